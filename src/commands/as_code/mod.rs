//! Projects as code: `rime export`, `rime diff` and `rime apply`, built on the Kinds of the
//! registry (docs/as-code.md). The server is the only state; files name resources by name.

mod apply;
mod doc;
pub mod export;
mod load;
mod plan;
pub mod schema;
mod secrets;
mod shapes;
mod state;
mod targets;

use std::path::PathBuf;

use clap::Args;
use serde_json::Value;

pub use export::ExportArgs;
pub use schema::SchemaArgs;

use crate::context::Context;
use crate::error::CliError;
use crate::output::ListSpec;

const PLAN: ListSpec<'static> = ListSpec {
    columns: &[],
    known_fields: &["project_id", "summary", "changes"],
};

#[derive(Args, Debug)]
pub struct FilesArgs {
    /// Files or directories of YAML documents (repeatable)
    #[arg(short = 'f', long = "file", value_name = "PATH", required = true)]
    pub files: Vec<PathBuf>,
    /// Pick a target of rime.yaml: its profile or tenant, project and variables (flags win)
    #[arg(long, value_name = "NAME")]
    pub target: Option<String>,
    /// A variable for `${var:NAME}` (repeatable): NAME=VALUE
    #[arg(long = "var", value_name = "NAME=VALUE")]
    pub vars: Vec<String>,
    /// A YAML file of variables (repeatable)
    #[arg(long = "var-file", value_name = "FILE")]
    pub var_files: Vec<PathBuf>,
    /// Also delete resources of the kinds in the files that the files no longer name
    #[arg(long)]
    pub prune: bool,
    /// Only resources of these kinds (repeatable)
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<String>,
    /// Only resources with these names (repeatable)
    #[arg(long = "name", value_name = "NAME")]
    pub names: Vec<String>,
    /// Also send the secrets the server already holds, from their references (otherwise a
    /// secret is sent only on create or when the server holds none)
    #[arg(long)]
    pub rotate_secrets: bool,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    #[command(flatten)]
    pub files: FilesArgs,
    /// Also save the plan (JSON) to FILE, for `rime apply --plan FILE`
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Exit 0 when there is nothing to change and 10 when there are changes (for CI gates)
    #[arg(long)]
    pub detailed_exitcode: bool,
}

#[derive(Args, Debug)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub files: FilesArgs,
    /// Apply exactly this saved plan (from `rime diff --out`); refused if the project moved on
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
    /// Show the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// Files loaded and checked, the project fetched, the plan made: everything before a write.
async fn prepare(
    ctx: &Context,
    a: &FilesArgs,
) -> anyhow::Result<(Vec<load::Doc>, state::State, plan::Plan)> {
    let vars = targets::variables(&a.files, a.target.as_deref(), &a.var_files, &a.vars)?;
    let kinds = export::selected(&a.kinds)?;
    let docs: Vec<load::Doc> = load::load(&a.files, &vars)?
        .into_iter()
        .filter(|d| a.kinds.is_empty() || kinds.iter().any(|k| doc::same(k, d.kind)))
        .filter(|d| a.names.is_empty() || a.names.contains(&d.name))
        .collect();
    let mut wanted: Vec<&'static crate::registry::Kind> = Vec::new();
    for d in &docs {
        if !wanted.iter().any(|k| doc::same(k, d.kind)) {
            wanted.push(d.kind);
        }
    }
    let st = state::fetch_for(ctx, &wanted, &docs).await?;
    let mut p = plan::make(&docs, &st, a.prune, a.rotate_secrets)?;
    if !a.names.is_empty() {
        p.changes.retain(|c| a.names.contains(&c.name));
    }
    Ok((docs, st, p))
}

fn show(ctx: &Context, p: &plan::Plan, project: &str) -> anyhow::Result<()> {
    if ctx.out.human() {
        ctx.out.text(&p.render())?;
    } else {
        ctx.show(&p.json(project), &PLAN)?;
    }
    Ok(())
}

pub async fn diff(ctx: &Context, a: DiffArgs) -> anyhow::Result<()> {
    let aimed = targets::aim(ctx, &a.files.files, a.files.target.as_deref())?;
    let ctx = aimed.as_ref().unwrap_or(ctx);
    let (_, _, p) = prepare(ctx, &a.files).await?;
    let project = ctx.project_id().await?.to_string();
    if let Some(file) = &a.out {
        let text = serde_json::to_string_pretty(&p.json(&project))? + "\n";
        std::fs::write(file, text)
            .map_err(|e| CliError::config(file, format!("cannot save the plan: {e}")))?;
        ctx.out.status(&format!(
            "saved the plan to {}; apply exactly it with `rime apply -f … --plan {}`",
            file.display(),
            file.display()
        ));
    }
    show(ctx, &p, &project)?;
    if a.detailed_exitcode && !p.changes.is_empty() {
        return Err(CliError::Exit(10).into());
    }
    Ok(())
}

pub async fn apply(ctx: &Context, a: ApplyArgs) -> anyhow::Result<()> {
    let aimed = targets::aim(ctx, &a.files.files, a.files.target.as_deref())?;
    let ctx = aimed.as_ref().unwrap_or(ctx);
    // Every request of the apply, reads included, waits for its endpoint group's bucket.
    ctx.client().await?.pace_by_rate_limits();
    let (docs, st, p) = prepare(ctx, &a.files).await?;
    let project = ctx.project_id().await?.to_string();
    if let Some(file) = &a.plan {
        let (_, text) = crate::commands::input::read_text(&file.display().to_string())?;
        let saved: Value = serde_json::from_str(&text)
            .map_err(|e| CliError::config(file, format!("not a saved plan: {e}")))?;
        let now = p.json(&project);
        if saved != now {
            return Err(stale(&saved, &now).into());
        }
    }
    if a.dry_run {
        return show(ctx, &p, &project);
    }
    if p.changes.is_empty() {
        ctx.out
            .status(&format!("nothing to change: {}", p.summary()));
        return Ok(());
    }
    if p.changes.iter().any(|c| c.action == plan::Action::Delete) {
        let n = p
            .changes
            .iter()
            .filter(|c| c.action == plan::Action::Delete)
            .count();
        ctx.confirm(&format!("delete {n} resources the files no longer name"))?;
    }
    let done = apply::run(ctx, &p, &docs, &st).await?;
    ctx.out.status(&format!(
        "applied: {} created, {} updated, {} deleted, {} unchanged",
        done.created, done.updated, done.deleted, p.unchanged
    ));
    Ok(())
}

/// What differs between a saved plan and the plan of now, in one line.
fn stale(saved: &Value, now: &Value) -> CliError {
    let list = |v: &Value| -> Vec<String> {
        v["changes"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|c| {
                        format!(
                            "{} {} {}",
                            c["action"].as_str().unwrap_or("?"),
                            c["kind"].as_str().unwrap_or("?"),
                            c["name"].as_str().unwrap_or("?")
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let (s, n) = (list(saved), list(now));
    let mut what: Vec<String> = s
        .iter()
        .filter(|c| !n.contains(c))
        .map(|c| format!("`{c}` no longer planned"))
        .collect();
    what.extend(
        n.iter()
            .filter(|c| !s.contains(c))
            .map(|c| format!("`{c}` now planned")),
    );
    if saved["project_id"] != now["project_id"] {
        what.insert(0, "the plan is for another project".into());
    }
    if what.is_empty() {
        what.push("the fields to change differ".into());
    }
    CliError::Stale {
        message: format!(
            "the saved plan is stale: the project moved on since it was made ({})",
            what.join("; ")
        ),
        hint: "run `rime diff -f … --out plan.json` again and review the new plan".into(),
    }
}
