//! `infra drift` (the detected items) and `infra drift check [--wait]` (reconcile now).

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::path;
use crate::cli::PageArgs;
use crate::commands::wait::{Poll, poll};
use crate::context::Context;
use crate::output::col;
use crate::output::progress::Snapshot;
use crate::output::{ColumnKind, ListSpec, terminal_safe};
use crate::registry::verbs;

const POLL: Duration = Duration::from_millis(500);

#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct DriftArgs {
    #[command(subcommand)]
    pub command: Option<DriftCommand>,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Subcommand, Debug)]
pub enum DriftCommand {
    /// Compare the actual state with what Rime applied now, instead of at the next scheduled run
    Check(CheckArgs),
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Wait until the check has finished
    #[arg(long)]
    pub wait: bool,
}

const DRIFT: ListSpec<'static> = ListSpec {
    columns: &[
        col("DRIFT", "drift_type", ColumnKind::Text),
        col("TYPE", "resource_type", ColumnKind::Text),
        col("NAME", "resource_name", ColumnKind::Text),
        col("DETECTED", "detected_at", ColumnKind::Time),
        col("DETAILS", "details", ColumnKind::Text),
    ],
    known_fields: &[
        "resource_id",
        "resource_type",
        "resource_name",
        "drift_type",
        "detected_at",
        "details",
        "diff",
    ],
};

const CHECK: ListSpec<'static> = ListSpec {
    columns: &[col("STATUS", "status", ColumnKind::Status)],
    known_fields: &[
        "id",
        "project_id",
        "status",
        "started_at",
        "ended_at",
        "resources_checked",
        "drift_detected",
    ],
};

pub async fn drift(ctx: &Context, a: DriftArgs) -> anyhow::Result<()> {
    match a.command {
        Some(DriftCommand::Check(c)) => check(ctx, c).await,
        None => {
            let path = path(ctx, &["drift"]).await?;
            let empty = "no drift detected; `rime infra drift check` compares the actual state now";
            verbs::stream(ctx, path, Vec::new(), &a.page, &DRIFT, Some(empty)).await?;
            Ok(())
        }
    }
}

fn header(c: &Value) -> String {
    let id = c["id"].as_str().unwrap_or("?");
    match c["drift_detected"].as_u64() {
        Some(n) => format!(
            "drift check {id}: {} ({n} drift item{} found)",
            c["status"].as_str().unwrap_or("?"),
            if n == 1 { "" } else { "s" }
        ),
        None => format!(
            "drift check {id}: {} ({} objects)",
            c["status"].as_str().unwrap_or("?"),
            c["resources_checked"]
        ),
    }
}

async fn check(ctx: &Context, a: CheckArgs) -> anyhow::Result<()> {
    let started = ctx
        .client()
        .await?
        .post(&path(ctx, &["drift", "check"]).await?, json!({}))
        .await
        .map_err(|e| e.context("could not start a drift check"))?;
    let id = started["id"].as_str().unwrap_or_default().to_string();
    if !a.wait {
        ctx.out.status(&format!(
            "drift check {} started; `rime infra drift` lists what it finds once it has finished",
            terminal_safe(&id)
        ));
        return ctx.show(&started, &CHECK);
    }
    crate::http::check_id(&id)?;
    let view = |c: &Value| Snapshot {
        header: header(c),
        items: Vec::new(),
    };
    let done = |c: &Value| c["status"] != "running";
    let finished = poll(
        ctx,
        Poll {
            path: path(ctx, &["drift", "checks", &id]).await?,
            view: &view,
            done: &done,
            reattach:
                "the check goes on; `rime infra drift` shows its findings once it has finished"
                    .into(),
            interval: POLL,
        },
    )
    .await?;
    if finished["drift_detected"].as_u64().unwrap_or(0) > 0 {
        ctx.out.status("see them with `rime infra drift`");
    }
    ctx.show(&finished, &CHECK)
}
