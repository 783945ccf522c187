//! `rime transformations run` and `runs`: start a run (optionally following it), list, show,
//! cancel and watch runs.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::json;

use super::super::resource::{self, Resource, Seg};
use super::follow::follow;
use super::{TRANSFORMATIONS, hint_list, transformation_id};
use crate::cli::PageArgs;
use crate::context::Context;
use crate::output::{Column, ColumnKind, terminal_safe};

pub const RUNS: Resource = Resource {
    kind: "run",
    command: "transformations runs",
    path: &[
        Seg::Project,
        Seg::Lit("transformations"),
        Seg::Parent(0),
        Seg::Lit("runs"),
    ],
    columns: &[
        Column {
            header: "ID",
            path: "id",
            kind: ColumnKind::Text,
        },
        Column {
            header: "STATUS",
            path: "status",
            kind: ColumnKind::Status,
        },
        Column {
            header: "TRIGGER",
            path: "trigger",
            kind: ColumnKind::Text,
        },
        Column {
            header: "MODELS",
            path: "models",
            kind: ColumnKind::Count,
        },
        Column {
            header: "ROWS",
            path: "summary.rows_affected",
            kind: ColumnKind::Count,
        },
        Column {
            header: "TESTS FAILED",
            path: "summary.tests_failed",
            kind: ColumnKind::Count,
        },
        Column {
            header: "STARTED",
            path: "started_at",
            kind: ColumnKind::Time,
        },
        Column {
            header: "SECONDS",
            path: "duration_seconds",
            kind: ColumnKind::Count,
        },
    ],
    fields: &[
        "id",
        "transformation_id",
        "status",
        "trigger",
        "full_refresh",
        "requested_models",
        "started_at",
        "ended_at",
        "duration_seconds",
        "models",
        "tests",
        "summary",
    ],
    name_fields: &[],
    id_prefix: "tfr_",
};

#[derive(Args, Debug)]
pub struct FollowArgs {
    /// Time between polls while following, e.g. 2s, 500ms
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = parse_interval)]
    pub interval: Duration,
}

fn parse_interval(s: &str) -> Result<Duration, String> {
    crate::config::parse_duration(s)
        .filter(|d| !d.is_zero())
        .ok_or_else(|| format!("`{s}` is not a duration from 1ms to a year, like 2s or 500ms"))
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
    let t = TRANSFORMATIONS.find(ctx, &[], &a.transformation).await?;
    let tid = t["id"].as_str().unwrap_or_default().to_string();
    let name = t["name"].as_str().unwrap_or(&tid).to_string();
    let mut body = json!({});
    if !a.models.is_empty() {
        body["models"] = json!(a.models);
    }
    if a.full_refresh {
        body["full_refresh"] = json!(true);
    }
    let path = RUNS.collection(ctx, &[&tid]).await?;
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
            resource::list(ctx, &RUNS, &[&tid], Vec::new(), &a.page).await
        }
        RunsCommand::Get(a) => {
            let tid = transformation_id(ctx, &a.transformation).await?;
            hint_list(
                resource::get(ctx, &RUNS, &[&tid], &a.run).await,
                "runs",
                &a.transformation,
            )
        }
        RunsCommand::Cancel(a) => {
            let tid = transformation_id(ctx, &a.transformation).await?;
            let path = RUNS.item_path(ctx, &[&tid], &a.run).await?.seg("cancel");
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
                .find(ctx, &[], &a.run.transformation)
                .await?;
            let tid = t["id"].as_str().unwrap_or_default();
            let name = t["name"].as_str().unwrap_or(tid);
            follow(ctx, name, tid, &a.run.run, a.follow.interval).await
        }
    }
}
