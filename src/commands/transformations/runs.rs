//! `rime transformations run` and `runs`: start a run (optionally following it); runs list, get
//! and cancel are generic, watch follows one. A run is found by its id alone (every
//! transformation is asked) or with `--transformation`.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::json;

use super::follow::follow;
use super::{TRANSFORMATIONS, Transformations};
use crate::commands::wait::Follow;
use crate::context::Context;
use crate::output::ColumnKind::{Count, Status, Text, Time};
use crate::output::{col, terminal_safe};
use crate::registry::prelude::*;
use crate::registry::{RunFilters, RunStatuses, cancel};

pub static RUNS: Kind = Kind {
    columns: &[
        col("ID", "id", Text),
        col("STATUS", "status", Status),
        col("TRIGGER", "trigger", Text),
        col("MODELS", "models", Count),
        col("ROWS", "summary.rows_affected", Count),
        col("TESTS FAILED", "summary.tests_failed", Count),
        col("STARTED", "started_at", Time),
        col("SECONDS", "duration_seconds", Count),
    ],
    fields: &[
        ro("id"),
        ro("transformation_id"),
        ro("status"),
        ro("trigger"),
        ro("full_refresh"),
        ro("requested_models"),
        ro("started_at"),
        ro("ended_at"),
        ro("duration_seconds"),
        ro("models"),
        ro("tests"),
        ro("summary"),
    ],
    verbs: &[
        list("List runs, newest first"),
        get("Show one run as it stands"),
        cancel("Cancel a running run"),
    ],
    ..Kind::project("transformation_run", "TransformationRun").runs_of(
        &TRANSFORMATIONS,
        "transformations runs",
        "tfr_",
        None,
    )
};

pub struct Runs;

impl Declared for Runs {
    const KIND: &'static Kind = &RUNS;
    type Parts = Parts<RunFilters<Self>, NoArgs, NoArgs, RunVerbs>;
}

impl RunStatuses for Runs {
    const STATUSES: &'static [&'static str] = &["running", "succeeded", "failed", "cancelled"];
}

#[derive(Subcommand, Debug)]
pub enum RunVerbs {
    /// Follow a run until it ends, then print its test summary (exit 9 if it failed)
    Watch(WatchArgs),
}

impl Extra for RunVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        let RunVerbs::Watch(a) = self;
        let placed = a.run.place(ctx).await?;
        let t = TRANSFORMATIONS
            .find(ctx, Scope::top(), placed.scope.parent())
            .await?;
        let tid = t["id"].as_str().unwrap_or_default();
        let name = t["name"].as_str().unwrap_or(tid);
        follow(ctx, name, tid, a.run.given(), a.follow.interval).await
    }
}

#[derive(Args, Debug)]
pub struct FollowArgs {
    /// Time between polls while following, e.g. 2s, 500ms
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = crate::commands::wait::interval)]
    pub interval: Duration,
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    #[command(flatten)]
    pub run: Item<Runs>,
    #[command(flatten)]
    pub follow: FollowArgs,
}

#[derive(Args, Debug)]
pub struct StartArgs {
    #[command(flatten)]
    pub transformation: Item<Transformations>,
    /// Run only these models (comma-separated) and everything upstream of them
    #[arg(long, value_delimiter = ',', value_name = "MODEL,…")]
    pub models: Vec<String>,
    /// Rebuild incremental models from scratch
    #[arg(long)]
    pub full_refresh: bool,
    #[command(flatten)]
    pub until: Follow,
    #[command(flatten)]
    pub follow: FollowArgs,
}

pub async fn start(ctx: &Context, a: StartArgs) -> anyhow::Result<()> {
    let t = a.transformation.fetch(ctx).await?;
    let tid = t["id"].as_str().unwrap_or_default().to_string();
    let name = t["name"].as_str().unwrap_or(&tid).to_string();
    let mut body = json!({});
    if !a.models.is_empty() {
        body["models"] = json!(a.models);
    }
    if a.full_refresh {
        body["full_refresh"] = json!(true);
    }
    let path = RUNS.collection(ctx, &Scope::of([&tid])).await?;
    let run = ctx.client().await?.post(&path, body).await.map_err(|e| {
        e.context(format!(
            "could not start a run of `{}`",
            terminal_safe(&name)
        ))
    })?;
    let id = run["id"].as_str().unwrap_or_default().to_string();
    let count = run["models"].as_array().map_or(0, Vec::len);
    ctx.out.status(&format!(
        "started run {} of `{}` ({count} model{})",
        terminal_safe(&id),
        terminal_safe(&name),
        if count == 1 { "" } else { "s" }
    ));
    if a.until.mode().is_some() {
        return follow(ctx, &name, &tid, &id, a.follow.interval).await;
    }
    RUNS.show(ctx, &run)?;
    ctx.out.status(&format!(
        "follow it with `rime transformations runs watch {} {}`",
        terminal_safe(&name),
        terminal_safe(&id)
    ));
    Ok(())
}
