//! `rime transformations run` and `runs`: start a run (optionally following it), list, show,
//! cancel and watch runs.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::json;

use super::follow::follow;
use super::{TRANSFORMATIONS, hint_list, transformation_id};
use crate::cli::PageArgs;
use crate::context::Context;
use crate::output::col;
use crate::output::{ColumnKind, terminal_safe};
use crate::registry::{Kind, Parent, Scope, ro, verbs};

pub static RUNS: Kind = Kind {
    name: "transformation_run",
    singular: "run",
    plural: "runs",
    command: "transformations runs",
    parent: Parent::Kind(&TRANSFORMATIONS),
    path: "runs",
    schema: "TransformationRun",
    names: &[],
    id_prefix: "tfr_",
    arg: ("RUN", "Run id"),
    columns: &[
        col("ID", "id", ColumnKind::Text),
        col("STATUS", "status", ColumnKind::Status),
        col("TRIGGER", "trigger", ColumnKind::Text),
        col("MODELS", "models", ColumnKind::Count),
        col("ROWS", "summary.rows_affected", ColumnKind::Count),
        col("TESTS FAILED", "summary.tests_failed", ColumnKind::Count),
        col("STARTED", "started_at", ColumnKind::Time),
        col("SECONDS", "duration_seconds", ColumnKind::Count),
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
    ..Kind::BASE
};

#[derive(Args, Debug)]
pub struct FollowArgs {
    /// Time between polls while following, e.g. 2s, 500ms
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = crate::commands::wait::interval)]
    pub interval: Duration,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Transformation name or id
    pub transformation: String,
    /// Run only these models (comma-separated) and everything upstream of them
    #[arg(long, value_delimiter = ',', value_name = "MODEL,…")]
    pub models: Vec<String>,
    /// Rebuild incremental models from scratch
    #[arg(long)]
    pub full_refresh: bool,
    /// Follow the run until it ends; exit 9 if a model or an error-severity test fails
    #[arg(long)]
    pub wait: bool,
    #[command(flatten)]
    pub follow: FollowArgs,
}

#[derive(Args, Debug)]
pub struct RunsArgs {
    #[command(subcommand)]
    pub command: RunsCommand,
}

#[derive(Subcommand, Debug)]
pub enum RunsCommand {
    /// List runs, newest first
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one run as it stands
    Get(RunArg),
    /// Cancel a running run
    Cancel(RunArg),
    /// Follow a run until it ends, then print its test summary (exit 9 if it failed)
    Watch(WatchArgs),
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Transformation name or id
    pub transformation: String,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Args, Debug)]
pub struct RunArg {
    /// Transformation name or id
    pub transformation: String,
    /// Run id
    pub run: String,
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    #[command(flatten)]
    pub run: RunArg,
    #[command(flatten)]
    pub follow: FollowArgs,
}

pub async fn start(ctx: &Context, a: RunArgs) -> anyhow::Result<()> {
    let t = TRANSFORMATIONS
        .find(ctx, Scope::top(), &a.transformation)
        .await?;
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
    if a.wait {
        return follow(ctx, &name, &tid, &id, a.follow.interval).await;
    }
    ctx.show(&run, &RUNS.spec())?;
    ctx.out.status(&format!(
        "follow it with `rime transformations runs watch {} {}`",
        terminal_safe(&name),
        terminal_safe(&id)
    ));
    Ok(())
}

pub async fn run(ctx: &Context, args: RunsArgs) -> anyhow::Result<()> {
    match args.command {
        RunsCommand::List(a) => {
            let tid = transformation_id(ctx, &a.transformation).await?;
            verbs::list(ctx, &RUNS, &Scope::of([&tid]), Vec::new(), &a.page).await
        }
        RunsCommand::Get(a) => {
            let tid = transformation_id(ctx, &a.transformation).await?;
            hint_list(
                verbs::get(ctx, &RUNS, &Scope::of([&tid]), &a.run).await,
                "runs",
                &a.transformation,
            )
        }
        RunsCommand::Cancel(a) => {
            let tid = transformation_id(ctx, &a.transformation).await?;
            let path = RUNS
                .item_path(ctx, &Scope::of([&tid]), &a.run)
                .await?
                .seg("cancel");
            let run = ctx
                .client()
                .await?
                .post(&path, json!({}))
                .await
                .map_err(|e| {
                    e.context(format!("could not cancel run {}", terminal_safe(&a.run)))
                })?;
            ctx.out
                .status(&format!("cancelled run {}", terminal_safe(&a.run)));
            ctx.show(&run, &RUNS.spec())
        }
        RunsCommand::Watch(a) => {
            let t = TRANSFORMATIONS
                .find(ctx, Scope::top(), &a.run.transformation)
                .await?;
            let tid = t["id"].as_str().unwrap_or_default();
            let name = t["name"].as_str().unwrap_or(tid);
            follow(ctx, name, tid, &a.run.run, a.follow.interval).await
        }
    }
}
