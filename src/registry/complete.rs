//! Shell completion of object names from the registry: any kind with names completes them, from a
//! short on-disk cache when it is fresh, else from the server with one bounded try; silent on error.

use std::ffi::OsStr;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use serde_json::{Value, json};

use super::{Kind, Parent, ParentArg};
use crate::config::{Env, Overrides};
use crate::context::Context;
use crate::http::page::{PageOpts, Pager};
use crate::output::Format;

/// How long fetched names answer a TAB without asking the server again.
pub const NAMES_TTL: Duration = Duration::from_secs(60);
/// A project's id by the name given to `--project` changes far more rarely.
const PROJECT_TTL: Duration = Duration::from_secs(600);
/// A cold TAB gives up after this (one try, no retries): a shell must never hang.
pub const COLD_LIMIT: Duration = Duration::from_secs(2);

/// What the words before the one being completed say: the global flags and the parents.
#[derive(Debug, Default)]
pub struct Line {
    pub flags: Overrides,
    /// The parent positionals, outermost first, as far as they were given.
    pub parents: Vec<String>,
    /// A kind's optional parent flag (`--connector C`).
    pub parent_flag: Option<String>,
}

static LINE: OnceLock<Line> = OnceLock::new();

/// Sets the command line the completers read (once, before the completion engine runs).
pub fn begin(line: Line) {
    let _ = LINE.set(line);
}

/// The completer of an argument that names an object of `kind` (nothing for id-only kinds).
pub fn names_of(kind: &'static Kind) -> Option<ArgValueCompleter> {
    (!kind.names.is_empty())
        .then(|| ArgValueCompleter::new(move |current: &OsStr| candidates(kind, current)))
}

/// The names of `kind` that start with `current`, for the line [`begin`] set.
pub fn candidates(kind: &'static Kind, current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(current) = current.to_str() else {
        return Vec::new();
    };
    let line = LINE.get_or_init(Line::default);
    names(kind, line)
        .unwrap_or_default()
        .into_iter()
        .filter(|n| n.starts_with(current))
        .map(CompletionCandidate::new)
        .collect()
}

/// The parents of `kind` the line names, or `None` when one is missing.
fn parents_of(kind: &'static Kind, line: &Line) -> Option<Vec<String>> {
    let n = kind.ancestors().len();
    if line.parents.len() >= n {
        return Some(line.parents[..n].to_vec());
    }
    match (kind.parent_arg, &line.parent_flag) {
        (ParentArg::Flag { .. }, Some(p)) if n == 1 => Some(vec![p.clone()]),
        _ => None,
    }
}

/// The settings for completion: the line's flags, and never a word on stderr.
fn context(line: &Line) -> Option<Context> {
    let flags = Overrides {
        quiet: true,
        no_input: true,
        debug: false,
        verbose: false,
        ..line.flags.clone()
    };
    Context::new(flags, Env::read(), Format::Table).ok()
}

fn names(kind: &'static Kind, line: &Line) -> Option<Vec<String>> {
    let parents = parents_of(kind, line)?;
    let ctx = context(line)?;
    let s = &ctx.settings;
    let project = s.project.as_ref().map(|p| p.value.clone());
    let endpoint = format!("{:?}", s.endpoint.value);
    let in_project = kind.in_project();
    let scope_key = [
        s.profile.value.as_str(),
        endpoint.as_str(),
        if in_project {
            project.as_deref().unwrap_or("")
        } else {
            ""
        },
    ]
    .join("\n");
    let key = format!("names\n{scope_key}\n{}\n{}", kind.name, parents.join("\n"));
    let dir = s.cache_dir.as_ref().map(|d| d.join("completion"));
    if let Some(hit) = dir.as_ref().and_then(|d| read(d, &key, NAMES_TTL)) {
        return Some(hit);
    }
    let project_key = format!("project\n{scope_key}");
    // A project given by id needs no lookup: completion trusts the prefix (a wrong guess only
    // completes nothing), so a cold TAB costs one request.
    let given_id = project.filter(|p| p.starts_with(crate::lookup::PROJECT_ID_PREFIX));
    let known_project = match (in_project, &dir) {
        (true, Some(d)) => read(d, &project_key, PROJECT_TTL).and_then(|v| v.into_iter().next()),
        _ => None,
    }
    .or(given_id.filter(|_| in_project));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    let fetched = rt.block_on(async {
        tokio::time::timeout(COLD_LIMIT, fetch(&ctx, kind, &parents, known_project))
            .await
            .ok()?
            .ok()
    })?;
    let (names, project_id) = fetched;
    if let Some(d) = &dir {
        write(d, &key, &names);
        if let (Some(id), true) = (project_id, in_project) {
            write(d, &project_key, &[id]);
        }
    }
    Some(names)
}

/// The names in `kind`'s collection under `parents`, and the project id it was found in.
async fn fetch(
    ctx: &Context,
    kind: &'static Kind,
    parents: &[String],
    known_project: Option<String>,
) -> anyhow::Result<(Vec<String>, Option<String>)> {
    ctx.quiet_client(COLD_LIMIT).await?;
    if let Some(id) = known_project {
        ctx.assume_project(id);
    }
    let scope = kind.scope(ctx, parents).await?;
    let path = kind.collection(ctx, &scope).await?;
    let project_id = match kind.parent {
        Parent::Tenant => None,
        _ => Some(ctx.project_id().await?.to_string()),
    };
    let opts = PageOpts {
        page_size: Some(100),
        ..PageOpts::default()
    };
    let mut pager = Pager::new(ctx.client().await?, path, Vec::new(), opts);
    let mut out = Vec::new();
    while let Some(items) = pager.next_page().await? {
        out.extend(items.iter().filter_map(|item| name_of(kind, item)));
    }
    Ok((out, project_id))
}

/// The first of the kind's names that a shell can take as one word (a project's identifier when
/// its name has spaces), else its id.
fn name_of(kind: &Kind, item: &Value) -> Option<String> {
    let word = |s: &&str| !s.is_empty() && !s.contains(|c: char| c.is_whitespace() || c == '\'');
    kind.names
        .iter()
        .filter_map(|f| item[*f].as_str())
        .chain(item["id"].as_str())
        .find(word)
        .map(str::to_string)
}

/// One cache entry per key (profile, endpoint, project, kind, parents), named by its hash.
fn entry(dir: &std::path::Path, key: &str) -> PathBuf {
    // FNV-1a: stable across builds, and collisions are caught by the key stored inside.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    dir.join(format!("{h:016x}.json"))
}

fn read(dir: &std::path::Path, key: &str, ttl: Duration) -> Option<Vec<String>> {
    let path = entry(dir, key);
    let age = SystemTime::now()
        .duration_since(std::fs::metadata(&path).ok()?.modified().ok()?)
        .ok()?;
    if age > ttl {
        return None;
    }
    let v: Value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    if v["key"] != key {
        return None;
    }
    let names = v["names"].as_array()?;
    Some(
        names
            .iter()
            .filter_map(|n| n.as_str().map(str::to_string))
            .collect(),
    )
}

/// Written by temp file and rename (a reader sees a whole entry or none), 0600 in a 0700 directory,
/// and not synced: it is a cache, and a TAB must not wait for the disk.
fn write(dir: &std::path::Path, key: &str, names: &[String]) {
    use std::io::Write;
    if crate::config::file::ensure_dir(dir).is_err() {
        return;
    }
    let path = entry(dir, key);
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    let body = json!({ "key": key, "names": names }).to_string();
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let written = opts
        .open(&tmp)
        .and_then(|mut f| f.write_all(body.as_bytes()));
    if written.is_err() || std::fs::rename(&tmp, &path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}
