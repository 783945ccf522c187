//! `rime export`: the project's configuration as files, byte-identical when nothing changed.

use std::path::PathBuf;

use clap::Args;
use serde_json::Value;

use super::{doc, shapes, state};
use crate::context::Context;
use crate::error::CliError;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Only these kinds (repeatable): connector, pipeline, alert_rule, …
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<String>,
    /// Write one file per resource under DIR (`connectors/orders-db.yaml`) instead of stdout
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// The kinds named by `--kind`, each checked (every kind when none is given).
pub fn selected(given: &[String]) -> anyhow::Result<Vec<&'static crate::registry::Kind>> {
    let all = doc::kinds();
    if given.is_empty() {
        return Ok(all);
    }
    let mut out = Vec::new();
    for g in given {
        match doc::by_name(g) {
            Some(k) => out.push(k),
            None => return Err(unknown_kind(g).into()),
        }
    }
    Ok(out)
}

pub fn unknown_kind(g: &str) -> CliError {
    let valid: Vec<&str> = doc::kinds().iter().map(|k| k.name).collect();
    CliError::Usage(format!(
        "unknown kind `{}`; valid kinds: {}",
        crate::output::terminal_safe(g),
        valid.join(", ")
    ))
}

/// One document as YAML text (without the `---` separator).
pub fn yaml(doc: &Value) -> anyhow::Result<String> {
    let text =
        serde_saphyr::to_string(doc).map_err(|e| anyhow::anyhow!("cannot write YAML: {e}"))?;
    Ok(text)
}

pub async fn run(ctx: &Context, a: ExportArgs) -> anyhow::Result<()> {
    let kinds = selected(&a.kinds)?;
    let st = state::fetch(ctx, &kinds).await?;
    // Kind order, then parent, then name: the same files for the same project.
    let mut docs: Vec<(usize, String, String, &'static crate::registry::Kind, Value)> = st
        .objects
        .iter()
        .filter_map(|o| {
            let at = kinds.iter().position(|k| doc::same(k, o.kind))?;
            let order = doc::kinds()
                .iter()
                .position(|k| doc::same(k, o.kind))
                .unwrap_or(at);
            let parent = o
                .parent
                .as_ref()
                .map(|(n, _)| n.clone())
                .unwrap_or_default();
            let d = shapes::for_export(o.kind, &o.doc(&st.names))?;
            Some((order, parent, o.name(), o.kind, d))
        })
        .collect();
    docs.sort_by(|a, b| (a.0, &a.1, &a.2).cmp(&(b.0, &b.1, &b.2)));
    match &a.dir {
        None => {
            let mut text = super::schema::comment(0);
            for (_, _, _, _, d) in &docs {
                text.push_str("---\n");
                text.push_str(&yaml(d)?);
            }
            ctx.out.text(&text)?;
        }
        Some(dir) => {
            // One file per resource; a connector's schema selection joins its connector's file.
            let mut files: Vec<(String, String)> = Vec::new();
            for (_, _, _, k, d) in &docs {
                let name = doc::file_name(k, d);
                let text = yaml(d)?;
                match files.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, t)) => {
                        t.push_str("---\n");
                        t.push_str(&text);
                    }
                    None => {
                        // The schema sits at the root of the files: `../` for each directory down.
                        let depth = name.matches('/').count();
                        files.push((name, super::schema::comment(depth) + &text))
                    }
                }
            }
            for (name, text) in &files {
                let file = dir.join(name);
                if let Some(parent) = file.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| {
                        CliError::config(parent, format!("cannot create the directory: {e}"))
                    })?;
                }
                std::fs::write(&file, text)
                    .map_err(|e| CliError::config(&file, format!("cannot write it: {e}")))?;
            }
            ctx.out.status(&format!(
                "exported {} resources to {}",
                docs.len(),
                dir.display()
            ));
        }
    }
    Ok(())
}
