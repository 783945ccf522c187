//! `infra apply` (confirm, apply exactly one plan, follow it) and `infra applies list|get|watch`.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::path;
use super::plan::{count, make, render};
use crate::commands::input::read_document;
use crate::commands::wait::{Poll, poll};
use crate::context::Context;
use crate::error::{CliError, HintExt};
use crate::http::ApiError;
use crate::output::ColumnKind::{Count, Status, Text, Time};
use crate::output::progress::{self, Snapshot};
use crate::output::{ListSpec, Stream, col, terminal_safe};
use crate::registry::prelude::*;
use crate::registry::{RunFilters, RunStatuses};

/// How often `--wait` and `watch` ask for the apply's state.
const POLL: Duration = Duration::from_millis(500);

#[derive(Args, Debug)]
pub struct ApplyArgs {
    /// Apply this plan (from `rime infra plan`); without it, a new plan is made and applied
    #[arg(long, value_name = "ID", conflicts_with = "plan_file")]
    pub plan: Option<String>,
    /// Apply the plan saved by `rime infra plan --out FILE`
    #[arg(long, value_name = "FILE")]
    pub plan_file: Option<String>,
    /// Follow the apply resource by resource; exit 0 when it succeeds, 9 when it fails
    #[arg(long)]
    pub wait: bool,
    /// Apply even when the plan destroys a resource that a kept one still names
    #[arg(long)]
    pub force: bool,
}

pub static APPLIES: Kind = Kind {
    columns: &[
        col("ID", "id", Text),
        col("STATUS", "status", Status),
        col("PLAN", "plan_id", Text),
        col("CHANGES", "results", Count),
        col("STARTED", "started_at", Time),
        col("ENDED", "ended_at", Time),
    ],
    fields: &[
        ro("id"),
        ro("project_id"),
        ro("plan_id"),
        ro("status"),
        ro("started_at"),
        ro("ended_at"),
        ro("results"),
    ],
    verbs: &[
        list("Applies, newest first"),
        get("One apply and its per-resource results"),
    ],
    ..Kind::project("infrastructure_apply", "InfraApply")
        .said("apply", "applies")
        .at("infra applies", "infrastructure/applies")
        .known_by(&[], "apl_", ("APPLY", "Apply id"))
};

pub struct Applies;

impl Declared for Applies {
    const KIND: &'static Kind = &APPLIES;
    type Parts = Parts<RunFilters<Self>, NoArgs, NoArgs, AppliesVerbs>;
}

impl RunStatuses for Applies {
    const STATUSES: &'static [&'static str] = &["running", "succeeded", "failed"];
    const PLURAL: &'static str = "applies";
    const STATUS_HELP: &'static str = "Only applies with this status";
}

#[derive(Subcommand, Debug)]
pub enum AppliesVerbs {
    Get(Item<Applies>),
    /// Follow a running apply until it ends (exit 0 succeeded, 9 failed)
    Watch(Item<Applies>),
}

impl Extra for AppliesVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            AppliesVerbs::Get(a) => show(ctx, &a.fetch(ctx).await?, true),
            AppliesVerbs::Watch(a) => {
                let apply = a.fetch(ctx).await?;
                let done = follow(ctx, apply["id"].as_str().unwrap_or(a.given())).await?;
                finish(ctx, &done)
            }
        }
    }
}

const RESULTS: ListSpec<'static> = ListSpec::of(&[
    col("CHANGE", "change_type", Text),
    col("TYPE", "resource_type", Text),
    col("NAME", "resource_name", Text),
    col("STATUS", "status", Status),
    col("ERROR", "error", Text),
]);

fn refuse_hint() -> &'static str {
    "review the changes with `rime infra plan`, then apply with --yes"
}

/// The plan to apply: the one named, the one saved in a file, or a new one.
async fn chosen_plan(ctx: &Context, a: &ApplyArgs) -> anyhow::Result<Value> {
    let id = match (&a.plan, &a.plan_file) {
        (Some(id), _) => id.clone(),
        (None, Some(file)) => {
            let saved = read_document(file)?;
            let Some(id) = saved["id"].as_str().filter(|_| saved["changes"].is_array()) else {
                return Err(CliError::Usage(format!(
                    "{file}: not a plan saved by `rime infra plan --out` (no `id` and `changes`)"
                ))
                .into());
            };
            let project = ctx.project_id().await?;
            if saved["project_id"].as_str().is_some_and(|p| p != project) {
                return Err(CliError::Usage(format!(
                    "{file}: the plan belongs to project {}, not the selected one; pass --project",
                    terminal_safe(saved["project_id"].as_str().unwrap_or("?"))
                ))
                .into());
            }
            id.to_string()
        }
        (None, None) => return make(ctx).await,
    };
    crate::http::check_id(&id)?;
    ctx.client()
        .await?
        .get(&path(ctx, &["plans", &id]).await?)
        .await
        .hint(
            format!("could not read plan {}", terminal_safe(&id)),
            "make one with `rime infra plan`",
        )
}

pub async fn apply(ctx: &Context, a: ApplyArgs) -> anyhow::Result<()> {
    if !ctx.settings.yes && !ctx.interactive {
        return Err(CliError::Usage(
            "this is not a terminal and --yes was not given; nothing was applied".into(),
        ))
        .hint("refusing to apply without confirmation", refuse_hint());
    }
    let plan = chosen_plan(ctx, &a).await?;
    let id = plan["id"].as_str().unwrap_or_default().to_string();
    if count(&plan) == 0 {
        ctx.out
            .status("No changes. The infrastructure matches the desired state; nothing to apply.");
        return Ok(());
    }
    let dangling = super::refs::dangling(ctx, &plan).await?;
    for line in &dangling {
        ctx.out.warn(line);
    }
    if !dangling.is_empty() && !a.force {
        return Err(CliError::Usage(format!(
            "the plan would leave {} dangling reference(s); nothing was applied",
            dangling.len()
        )))
        .hint(
            "refusing to apply",
            "change or delete the resources that name it (`rime infra update`), or pass --force",
        );
    }
    // A plan that is no longer ready goes straight to the API, which refuses it (409) and says why.
    if plan["status"] == "ready" {
        let preview = render(&ctx.out, &plan, Stream::Stderr);
        if ctx.settings.yes {
            ctx.out.status(preview.trim_end());
        } else {
            // The preview is part of the question, so `--quiet` never hides what is confirmed.
            let question = format!(
                "{}\n\nRime will make these changes in Snowflake and AWS. Only `yes` is accepted.",
                preview.trim_end()
            );
            if !ctx.out.confirm_typed(&question, "yes")? {
                return Err(
                    CliError::Cancelled("apply cancelled; nothing was changed".into()).into(),
                );
            }
        }
    }
    let started = ctx
        .client()
        .await?
        .post(&path(ctx, &["apply"]).await?, json!({"plan_id": id}))
        .await;
    let started = match started {
        Err(e)
            if e.downcast_ref::<ApiError>()
                .is_some_and(|x| x.status == 409) =>
        {
            return Err(e).hint(
                format!("could not apply plan {}", terminal_safe(&id)),
                "run `rime infra plan` again, review the new plan and apply that one",
            );
        }
        other => other.map_err(|e| e.context("could not apply the plan"))?,
    };
    let apply_id = started["id"].as_str().unwrap_or_default().to_string();
    if !a.wait {
        ctx.out.status(&format!(
            "apply {} started; follow it with `rime infra applies watch {}`",
            terminal_safe(&apply_id),
            terminal_safe(&apply_id)
        ));
        return show(ctx, &started, true);
    }
    let done = follow(ctx, &apply_id).await?;
    finish(ctx, &done)
}

/// One apply: a results table for people (after a status line), the object otherwise.
fn show(ctx: &Context, apply: &Value, with_header: bool) -> anyhow::Result<()> {
    if !ctx.out.human() {
        return ctx.show(apply, &APPLIES.spec());
    }
    if with_header {
        ctx.out.status(&header(apply));
    }
    let mut w = ctx.out.list(&RESULTS)?;
    for r in apply["results"].as_array().into_iter().flatten() {
        w.push(r)?;
    }
    w.finish()?;
    Ok(())
}

fn header(apply: &Value) -> String {
    let results = apply["results"].as_array().cloned().unwrap_or_default();
    let done = results
        .iter()
        .filter(|r| r["status"] == "succeeded" || r["status"] == "failed")
        .count();
    format!(
        "apply {} of plan {}: {} ({done}/{} done)",
        apply["id"].as_str().unwrap_or("?"),
        apply["plan_id"].as_str().unwrap_or("?"),
        apply["status"].as_str().unwrap_or("?"),
        results.len()
    )
}

fn symbol(change_type: &str) -> &'static str {
    match change_type {
        "create" => "+",
        "destroy" => "-",
        _ => "~",
    }
}

fn snapshot(apply: &Value) -> Snapshot {
    let items = apply["results"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, r)| progress::Item {
            key: format!("{i}"),
            label: format!(
                "{} {} {}",
                symbol(r["change_type"].as_str().unwrap_or("")),
                r["resource_type"].as_str().unwrap_or("?"),
                r["resource_name"].as_str().unwrap_or("?")
            ),
            state: r["status"].as_str().unwrap_or("pending").to_string(),
            progress: None,
            attempt: None,
            note: r["error"].as_str().map(String::from),
        })
        .collect();
    Snapshot {
        header: header(apply),
        items,
    }
}

/// Polls the apply, drawing per-resource progress, until it is no longer running.
async fn follow(ctx: &Context, id: &str) -> anyhow::Result<Value> {
    let done = |a: &Value| a["status"] != "running";
    poll(
        ctx,
        Poll {
            path: path(ctx, &["applies", id]).await?,
            view: &snapshot,
            done: &done,
            reattach: format!(
                "the apply goes on; follow it with `rime infra applies watch {}`",
                terminal_safe(id)
            ),
            interval: POLL,
        },
    )
    .await
}

/// Prints the finished apply; a failed one exits 9 naming the resources that failed.
fn finish(ctx: &Context, apply: &Value) -> anyhow::Result<()> {
    // The progress display has already shown the final header line.
    show(ctx, apply, false)?;
    if apply["status"] != "failed" {
        return Ok(());
    }
    let results = apply["results"].as_array().cloned().unwrap_or_default();
    let failed: Vec<String> = results
        .iter()
        .filter(|r| r["status"] == "failed")
        .map(|r| {
            format!(
                "{} {}: {}",
                terminal_safe(r["resource_type"].as_str().unwrap_or("?")),
                terminal_safe(r["resource_name"].as_str().unwrap_or("?")),
                terminal_safe(r["error"].as_str().unwrap_or("failed"))
            )
        })
        .collect();
    Err(CliError::Failed {
        what: format!(
            "apply {} failed: {} of {} changes failed",
            terminal_safe(apply["id"].as_str().unwrap_or("?")),
            failed.len(),
            results.len()
        ),
        details: failed,
    }
    .into())
}
