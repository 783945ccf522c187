//! `infra changes` and `infra plan`: the pending changes, and the preview infrastructure people expect.

use std::path::PathBuf;

use clap::Args;
use serde_json::{Value, json};

use super::path;
use crate::cli::PageArgs;
use crate::context::Context;
use crate::error::CliError;
use crate::output::col;
use crate::output::{ColumnKind, ListSpec, Output, Stream, Style, terminal_safe};
use crate::registry::verbs;

#[derive(Args, Debug)]
pub struct PlanArgs {
    /// Also save the plan (JSON) to FILE, for `rime infra apply --plan-file FILE`
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Exit 0 when there is nothing to change and 10 when there are changes (for CI drift gates)
    #[arg(long)]
    pub detailed_exitcode: bool,
}

const CHANGES: ListSpec<'static> = ListSpec {
    columns: &[
        col("CHANGE", "change_type", ColumnKind::Text),
        col("TYPE", "resource_type", ColumnKind::Text),
        col("NAME", "resource_name", ColumnKind::Text),
        col("SUMMARY", "summary", ColumnKind::Text),
        col("RESOURCE", "resource_id", ColumnKind::Text),
    ],
    known_fields: &[
        "resource_id",
        "resource_type",
        "resource_name",
        "change_type",
        "summary",
        "diff",
    ],
};

pub const PLAN: ListSpec<'static> = ListSpec {
    columns: &[],
    known_fields: &[
        "id",
        "project_id",
        "status",
        "created_at",
        "fingerprint",
        "summary",
        "changes",
        "apply_id",
    ],
};

pub async fn changes(ctx: &Context, page: PageArgs) -> anyhow::Result<()> {
    let path = path(ctx, &["changes"]).await?;
    let empty = "no pending changes: the desired state is applied";
    verbs::stream(ctx, path, Vec::new(), &page, &CHANGES, Some(empty)).await?;
    Ok(())
}

/// Asks the API for a new plan of the project's pending changes.
pub async fn make(ctx: &Context) -> anyhow::Result<Value> {
    ctx.client()
        .await?
        .post(&path(ctx, &["plan"]).await?, json!({}))
        .await
        .map_err(|e| e.context("could not plan the changes"))
}

pub fn count(plan: &Value) -> usize {
    plan["changes"].as_array().map_or(0, Vec::len)
}

pub async fn plan(ctx: &Context, a: PlanArgs) -> anyhow::Result<()> {
    let plan = make(ctx).await?;
    if let Some(file) = &a.out {
        let text = serde_json::to_string_pretty(&plan)? + "\n";
        std::fs::write(file, text)
            .map_err(|e| CliError::config(file, format!("cannot save the plan: {e}")))?;
    }
    if ctx.out.human() {
        ctx.out.text(&render(&ctx.out, &plan, Stream::Stdout))?;
    } else {
        ctx.show(&plan, &PLAN)?;
    }
    for line in super::refs::dangling(ctx, &plan).await? {
        ctx.out.warn(&line);
    }
    let id = terminal_safe(plan["id"].as_str().unwrap_or("?")).into_owned();
    if let Some(file) = &a.out {
        ctx.out
            .status(&format!("saved plan {id} to {}", file.display()));
    }
    if count(&plan) > 0 {
        ctx.out.status(&format!(
            "apply exactly this plan with `rime infra apply --plan {id}`"
        ));
        if a.detailed_exitcode {
            return Err(CliError::Exit(10).into());
        }
    }
    Ok(())
}

/// A JSON value as the preview shows it (strings quoted, like Terraform), terminal-safe.
fn shown(v: &Value) -> String {
    terminal_safe(&serde_json::to_string(v).unwrap_or_default()).into_owned()
}

/// The preview: changes grouped as `+ create`, `~ modify` (with `field: old → new`) and
/// `- destroy`, then the summary line. Every piece of server text is made terminal-safe.
pub fn render(out: &Output, plan: &Value, stream: Stream) -> String {
    let changes = plan["changes"].as_array().cloned().unwrap_or_default();
    if changes.is_empty() {
        return "No changes. The infrastructure matches the desired state.\n".into();
    }
    let mut s = String::from("Rime will make these changes:\n");
    let groups = [
        ("create", "+", Style::Green),
        ("modify", "~", Style::Yellow),
        ("destroy", "-", Style::Red),
    ];
    for (kind, symbol, style) in groups {
        let group: Vec<&Value> = changes
            .iter()
            .filter(|c| c["change_type"] == kind)
            .collect();
        if group.is_empty() {
            continue;
        }
        s.push('\n');
        for c in group {
            let head = format!(
                "{symbol} {kind} {} {}",
                terminal_safe(c["resource_type"].as_str().unwrap_or("?")),
                terminal_safe(c["resource_name"].as_str().unwrap_or("?"))
            );
            s.push_str(&format!("  {}\n", out.paint(&head, style, stream)));
            let summary = terminal_safe(c["summary"].as_str().unwrap_or("")).into_owned();
            if !summary.is_empty() {
                s.push_str(&format!(
                    "      {}\n",
                    out.paint(&summary, Style::Dim, stream)
                ));
            }
            if kind == "destroy" {
                continue;
            }
            let diff = c["diff"].as_object().cloned().unwrap_or_default();
            let width = diff.keys().map(|k| k.chars().count()).max().unwrap_or(0);
            for (field, d) in &diff {
                let value = if kind == "create" {
                    shown(&d["to"])
                } else {
                    format!("{} → {}", shown(&d["from"]), shown(&d["to"]))
                };
                let field = terminal_safe(field);
                let pad = " ".repeat(width.saturating_sub(field.chars().count()));
                s.push_str(&format!("      {field}:{pad} {value}\n"));
            }
        }
    }
    let n = &plan["summary"];
    let num = |k: &str| n[k].as_u64().unwrap_or(0);
    s.push_str(&format!(
        "\n{} {} to create, {} to modify, {} to destroy.\n",
        out.paint("Plan:", Style::Bold, stream),
        num("create"),
        num("modify"),
        num("destroy")
    ));
    s
}
