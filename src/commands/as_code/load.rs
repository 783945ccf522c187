//! Reading the files: multi-document YAML files and directories, `rime.yaml` targets and their
//! variables, `${env:}`/`${file:}`/`${var:}`; every mistake is found here, before any request.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::doc;
use super::shapes::{self, Shape};
use crate::commands::input;
use crate::context::Context;
use crate::error::CliError;
use crate::output::terminal_safe;
use crate::registry::{Kind, Parent};

/// One resource as the files give it.
pub struct Doc {
    pub kind: &'static Kind,
    pub parent: Option<String>,
    pub name: String,
    /// As written (references like `${env:X}` kept): what plans show and save.
    pub raw: Map<String, Value>,
    /// With every `${…}` resolved: what is sent.
    pub resolved: Map<String, Value>,
    /// `file, document N`.
    pub at: String,
}

impl Doc {
    pub fn key(&self) -> (&'static str, String, String) {
        (
            self.kind.name,
            self.parent.clone().unwrap_or_default(),
            self.name.clone(),
        )
    }
}

fn bad(msg: String) -> anyhow::Error {
    CliError::Usage(msg).into()
}

/// Every `.yaml`/`.yml` file under the paths given, sorted; `rime.yaml` is the project file.
fn files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found)?;
            found.sort();
            out.extend(found);
        } else if p.exists() {
            out.push(p.clone());
        } else {
            return Err(bad(format!("{}: no such file or directory", p.display())));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let rd = std::fs::read_dir(dir)
        .map_err(|e| CliError::config(dir, format!("cannot read the directory: {e}")))?;
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml")
            && p.file_name().is_some_and(|n| n != "rime.yaml")
        {
            out.push(p);
        }
    }
    Ok(())
}

/// The documents of one file (`---` separated), with YAML errors at file:line:column.
fn parse(file: &Path) -> anyhow::Result<Vec<Value>> {
    let name = file.display().to_string();
    let (_, text) = input::read_text(&name)?;
    serde_saphyr::from_multiple::<Value>(&text).map_err(|e| {
        let reason: String = e
            .without_snippet()
            .to_string()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        match e.location() {
            Some(at) => bad(format!(
                "{name}:{}:{}: invalid YAML: {}",
                at.line(),
                at.column(),
                reason
            )),
            None => bad(format!("{name}: invalid YAML: {reason}")),
        }
    })
}

/// `rime.yaml` beside the files (in the first path's directory), parsed, when there is one.
fn project_file(paths: &[PathBuf]) -> anyhow::Result<Option<(PathBuf, Value)>> {
    let root = paths.first().map(|p| {
        if p.is_dir() {
            p.clone()
        } else {
            p.parent().map(Path::to_path_buf).unwrap_or_default()
        }
    });
    let Some(file) = root.map(|r| r.join("rime.yaml")).filter(|f| f.exists()) else {
        return Ok(None);
    };
    let top = parse(&file)?.into_iter().next().unwrap_or(Value::Null);
    Ok(Some((file, top)))
}

/// What a target of `rime.yaml` names: where (a profile or a tenant), the project, variables.
#[derive(Debug, Default, PartialEq)]
pub struct Target {
    pub profile: Option<String>,
    pub tenant: Option<String>,
    pub project: Option<String>,
    pub variables: Map<String, Value>,
}

const TARGET_KEYS: &[&str] = &["profile", "tenant", "project", "variables"];

/// The target `name` of `rime.yaml`, checked: known keys, a profile or a tenant (not both).
pub fn target(paths: &[PathBuf], name: &str) -> anyhow::Result<Target> {
    let Some((file, top)) = project_file(paths)? else {
        return Err(bad(format!(
            "--target {}: no rime.yaml beside the files names targets",
            terminal_safe(name)
        )));
    };
    let at = file.display();
    let Some(chosen) = top["targets"].get(name).and_then(Value::as_object) else {
        let known: Vec<&str> = top["targets"]
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        return Err(bad(format!(
            "{at}: no target `{}`; targets: {}",
            terminal_safe(name),
            known.join(", ")
        )));
    };
    if let Some(k) = chosen.keys().find(|k| !TARGET_KEYS.contains(&k.as_str())) {
        return Err(bad(format!(
            "{at}: target `{}`: unknown field `{}`; valid fields: {}",
            terminal_safe(name),
            terminal_safe(k),
            TARGET_KEYS.join(", ")
        )));
    }
    let text = |key: &str| -> anyhow::Result<Option<String>> {
        match chosen.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if !s.is_empty() => Ok(Some(s.clone())),
            Some(_) => Err(bad(format!(
                "{at}: target `{}`: `{key}` is a name (text)",
                terminal_safe(name)
            ))),
        }
    };
    let t = Target {
        profile: text("profile")?,
        tenant: text("tenant")?,
        project: text("project")?,
        variables: chosen
            .get("variables")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default(),
    };
    if t.profile.is_some() && t.tenant.is_some() {
        return Err(bad(format!(
            "{at}: target `{}` names a profile and a tenant; keep one",
            terminal_safe(name)
        )));
    }
    Ok(t)
}

/// The command aimed at the target `--target` picks: its profile or tenant and its project fill
/// in what the command line does not say (`--profile`, `--tenant`, `--api-url`, `-p` win), over
/// the environment and the profile; `None` without a target or when it changes nothing.
pub fn aim(
    ctx: &Context,
    paths: &[PathBuf],
    name: Option<&str>,
) -> anyhow::Result<Option<Context>> {
    let Some(name) = name else { return Ok(None) };
    let t = target(paths, name)?;
    let mut flags = ctx.flags().clone();
    let mut took: Vec<String> = Vec::new();
    let typed_where = flags.profile.is_some() || flags.tenant.is_some() || flags.api_url.is_some();
    if !typed_where {
        if let Some(p) = &t.profile {
            took.push(format!("profile `{}`", terminal_safe(p)));
            flags.profile = Some(p.clone());
        }
        if let Some(tenant) = &t.tenant {
            took.push(format!("tenant `{}`", terminal_safe(tenant)));
            flags.tenant = Some(tenant.clone());
        }
    }
    if let (None, Some(p)) = (&flags.project, &t.project) {
        took.push(format!("project `{}`", terminal_safe(p)));
        flags.project = Some(p.clone());
    }
    if took.is_empty() {
        return Ok(None);
    }
    let aimed = ctx.retarget(flags)?;
    aimed.out.status(&format!(
        "target `{}`: {}",
        terminal_safe(name),
        took.join(", ")
    ));
    Ok(Some(aimed))
}

/// Variables: `rime.yaml`'s, then the target's, then `--var-file`s, then `--var k=v`.
pub fn variables(
    paths: &[PathBuf],
    target: Option<&str>,
    var_files: &[PathBuf],
    vars: &[String],
) -> anyhow::Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    if let Some((_, top)) = project_file(paths)?
        && let Some(v) = top["variables"].as_object()
    {
        extend(&mut out, v);
    }
    if let Some(t) = target {
        extend(&mut out, &self::target(paths, t)?.variables);
    }
    for f in var_files {
        for d in parse(f)? {
            if let Some(v) = d.as_object() {
                extend(&mut out, v);
            }
        }
    }
    for kv in vars {
        let Some((k, v)) = kv.split_once('=') else {
            return Err(bad(format!(
                "--var `{}` is not key=value",
                terminal_safe(kv)
            )));
        };
        out.insert(k.trim().to_string(), v.to_string());
    }
    Ok(out)
}

fn extend(out: &mut HashMap<String, String>, m: &Map<String, Value>) {
    for (k, v) in m {
        let s = match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        out.insert(k.clone(), s);
    }
}

/// `${env:X}`, `${file:path}` (beside the file) and `${var:x}` in every string, resolved.
fn resolve(
    v: &Value,
    file: &Path,
    vars: &HashMap<String, String>,
    at: &str,
) -> anyhow::Result<Value> {
    Ok(match v {
        Value::String(s) => Value::String(interpolate(s, file, vars, at)?),
        Value::Array(a) => Value::Array(
            a.iter()
                .map(|x| resolve(x, file, vars, at))
                .collect::<anyhow::Result<_>>()?,
        ),
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, x)| Ok((k.clone(), resolve(x, file, vars, at)?)))
                .collect::<anyhow::Result<_>>()?,
        ),
        other => other.clone(),
    })
}

fn interpolate(
    s: &str,
    file: &Path,
    vars: &HashMap<String, String>,
    at: &str,
) -> anyhow::Result<String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        let Some(end) = rest[i..].find('}') else {
            return Err(bad(format!(
                "{at}: unclosed `${{` in `{}`",
                terminal_safe(s)
            )));
        };
        let inner = &rest[i + 2..i + end];
        let value = match inner.split_once(':') {
            Some(("env", name)) => crate::config::reference(name).ok_or_else(|| {
                bad(format!("{at}: ${{env:{name}}} is not set; export {name} or remove the field to leave it as the server has it"))
            })?,
            Some(("var", name)) => vars.get(name).cloned().ok_or_else(|| {
                bad(format!("{at}: ${{var:{name}}} has no value; pass --var {name}=… or add it to rime.yaml"))
            })?,
            Some(("file", p)) => {
                let path = file.parent().unwrap_or(Path::new(".")).join(p);
                let (_, text) = input::read_text(&path.display().to_string())?;
                text.trim_end_matches('\n').to_string()
            }
            _ => return Err(bad(format!("{at}: `${{{}}}` is not ${{env:…}}, ${{file:…}} or ${{var:…}}", terminal_safe(inner)))),
        };
        out.push_str(&value);
        rest = &rest[i + end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Every document of the files, checked: known kind and fields, one definition per name,
/// `${…}` resolved, no cycle in a kind's references to itself.
pub fn load(paths: &[PathBuf], vars: &HashMap<String, String>) -> anyhow::Result<Vec<Doc>> {
    let mut docs: Vec<Doc> = Vec::new();
    let mut seen: HashMap<(&'static str, String, String), String> = HashMap::new();
    for file in files(paths)? {
        for (i, v) in parse(&file)?.into_iter().enumerate() {
            if v.is_null() {
                continue;
            }
            let at = format!("{}, document {}", file.display(), i + 1);
            let Some(m) = v.as_object() else {
                return Err(bad(format!(
                    "{at}: a document is a mapping with `kind:` and `name:`"
                )));
            };
            let kname = m.get("kind").and_then(Value::as_str).unwrap_or("");
            let Some(kind) = doc::by_name(kname) else {
                let valid: Vec<&str> = doc::kinds().iter().map(|k| k.name).collect();
                return Err(bad(format!(
                    "{at}: unknown kind `{}`; valid kinds: {}",
                    terminal_safe(kname),
                    valid.join(", ")
                )));
            };
            let mut allowed: Vec<String> = vec!["kind".into()];
            if let Parent::Kind(p) = kind.parent {
                allowed.push(p.name.into());
            }
            let name_key = doc::name_key(kind);
            allowed.extend(name_key.map(String::from));
            allowed.extend(doc::doc_fields(kind).iter().map(|f| doc::file_key(kind, f)));
            if let Some(k) = m.keys().find(|k| !allowed.contains(k)) {
                return Err(bad(format!(
                    "{at}: unknown field `{}` for kind {}; valid fields: {}",
                    terminal_safe(k),
                    kind.name,
                    allowed.join(", ")
                )));
            }
            let parent = match kind.parent {
                Parent::Kind(p) => Some(
                    m.get(p.name)
                        .and_then(Value::as_str)
                        .map(String::from)
                        .ok_or_else(|| {
                            bad(format!(
                                "{at}: a {} names its {} (`{}: …`)",
                                kind.singular, p.singular, p.name
                            ))
                        })?,
                ),
                _ => None,
            };
            let name = match (name_key, shapes::shape(kind)) {
                (Some(key), shape) => {
                    let n = m
                        .get(key)
                        .and_then(Value::as_str)
                        .map(String::from)
                        .ok_or_else(|| bad(format!("{at}: `{key}:` is missing")))?;
                    // Catalogue paths compare as Snowflake's unquoted identifiers do.
                    if shape == Shape::Found {
                        n.to_ascii_uppercase()
                    } else {
                        n
                    }
                }
                // A singleton goes by its parent (a connector's schema) or by nothing (the project).
                (None, Shape::Singleton) => parent.clone().unwrap_or_default(),
                (None, _) => doc::name_of(kind, &v),
            };
            let resolved = match resolve(&v, &file, vars, &at)? {
                Value::Object(r) => r,
                _ => unreachable!("resolving keeps a mapping a mapping"),
            };
            let (mut raw, mut resolved) = (m.clone(), resolved);
            if let (Some(key), Shape::Found) = (name_key, shapes::shape(kind)) {
                raw.insert(key.into(), Value::String(name.clone()));
                resolved.insert(key.into(), Value::String(name.clone()));
            }
            let d = Doc {
                kind,
                parent,
                name,
                raw,
                resolved,
                at: at.clone(),
            };
            if let Some(first) = seen.insert(d.key(), at.clone()) {
                return Err(bad(format!(
                    "{at}: {} is defined twice (first in {first})",
                    doc::label(kind, d.parent.as_deref(), &d.name)
                )));
            }
            docs.push(d);
        }
    }
    check_cycles(&docs)?;
    Ok(docs)
}

/// References of a kind to itself by name (a model's sources) must not go round in a circle.
fn check_cycles(docs: &[Doc]) -> anyhow::Result<()> {
    for d in docs {
        let mut path = vec![d.name.clone()];
        let mut seen = HashSet::new();
        if let Some(cycle) = cycle_from(d, docs, &mut path, &mut seen) {
            return Err(bad(format!(
                "{}: a reference cycle among {}: {}",
                d.at,
                d.kind.plural,
                cycle.join(" → ")
            )));
        }
    }
    Ok(())
}

pub fn self_refs(d: &Doc) -> Vec<String> {
    let mut out = Vec::new();
    for f in d
        .kind
        .fields
        .iter()
        .filter(|f| f.by_name && f.refers.is_some_and(|k| doc::same(k, d.kind)))
    {
        let v = Value::Object(d.raw.clone());
        for x in crate::registry::path::values(&v, f.path) {
            if let Some(s) = x.as_str() {
                out.push(s.to_string());
            }
        }
    }
    out
}

fn cycle_from(
    d: &Doc,
    docs: &[Doc],
    path: &mut Vec<String>,
    seen: &mut HashSet<String>,
) -> Option<Vec<String>> {
    for r in self_refs(d) {
        if r == path[0] {
            let mut c = path.clone();
            c.push(r);
            return Some(c);
        }
        if !seen.insert(r.clone()) {
            continue;
        }
        if let Some(next) = docs
            .iter()
            .find(|o| doc::same(o.kind, d.kind) && o.parent == d.parent && o.name == r)
        {
            path.push(r);
            if let Some(c) = cycle_from(next, docs, path, seen) {
                return Some(c);
            }
            path.pop();
        }
    }
    None
}
