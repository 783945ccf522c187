//! `rime transformations run` and `runs`: start, follow (a live per-model view, then the test
//! summary; exit 9 when a model or an error-severity test fails), list, show and cancel runs.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::super::resource::{self, Resource, Seg};
use super::super::wait::{Poll, poll};
use super::{TRANSFORMATIONS, transformation_id};
use crate::cli::PageArgs;
use crate::context::Context;
use crate::error::CliError;
use crate::output::progress::{Item, Snapshot};
use crate::output::{Column, ColumnKind, Format, ListSpec, terminal_safe};

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

/// The test summary printed when a followed run ends.
const TEST_COLUMNS: &[Column] = &[
    Column {
        header: "TEST",
        path: "name",
        kind: ColumnKind::Text,
    },
    Column {
        header: "MODEL",
        path: "model",
        kind: ColumnKind::Text,
    },
    Column {
        header: "SEVERITY",
        path: "severity",
        kind: ColumnKind::Text,
    },
    Column {
        header: "STATUS",
        path: "status",
        kind: ColumnKind::Status,
    },
    Column {
        header: "FAILURES",
        path: "failures",
        kind: ColumnKind::Count,
    },
];

#[derive(Args, Debug)]
pub struct FollowArgs {
    /// Time between polls while following, e.g. 2s, 500ms
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = parse_interval)]
    pub interval: Duration,
}

fn parse_interval(s: &str) -> Result<Duration, String> {
    crate::config::parse_duration(s)
        .filter(|d| !d.is_zero())
        .ok_or_else(|| format!("`{s}` is not a duration like 2s or 500ms"))
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
            resource::get(ctx, &RUNS, &[&tid], &a.run).await
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

/// Polls the run until it ends, then reports: the test summary on stdout (the run itself in the
/// JSON-shaped formats), warnings on stderr, and exit 9 unless it succeeded.
async fn follow(
    ctx: &Context,
    name: &str,
    tid: &str,
    run_id: &str,
    interval: Duration,
) -> anyhow::Result<()> {
    let path = RUNS.item_path(ctx, &[tid], run_id).await?;
    let view = |run: &Value| snapshot(name, run);
    let done = |run: &Value| run["status"] != "running";
    let run = poll(
        ctx,
        Poll {
            path,
            view: &view,
            done: &done,
            reattach: format!(
                "the run goes on; follow it with `rime transformations runs watch {} {}`",
                terminal_safe(name),
                terminal_safe(run_id)
            ),
            interval,
            timeout: None,
        },
    )
    .await?;
    report(ctx, name, &run)
}

fn clock(secs: i64) -> String {
    if secs < 60 {
        format!("{secs}s")
    } else {
        format!("{}m{:02}s", secs / 60, secs % 60)
    }
}

/// The live view: a header with counts, one line per model.
pub fn snapshot(name: &str, run: &Value) -> Snapshot {
    let models = run["models"].as_array().cloned().unwrap_or_default();
    let count = |s: &str| models.iter().filter(|m| m["status"] == s).count();
    let status = run["status"].as_str().unwrap_or("running");
    let id = run["id"].as_str().unwrap_or_default();
    let secs = clock(run["duration_seconds"].as_i64().unwrap_or(0));
    let header = if status == "running" {
        format!(
            "run {id} of {name}: running ({} done, {} running, {} pending) {secs}",
            count("succeeded") + count("failed") + count("skipped"),
            count("running"),
            count("pending")
        )
    } else {
        format!(
            "run {id} of {name} {status} in {secs}: {} succeeded, {} failed, {} skipped",
            count("succeeded"),
            count("failed") + count("cancelled"),
            count("skipped")
        )
    };
    let items = models
        .iter()
        .map(|m| {
            let note = match m["status"].as_str() {
                Some("succeeded") => m["rows_affected"].as_u64().map(|r| format!("{r} rows")),
                Some("failed" | "skipped" | "cancelled") => m["error"].as_str().map(String::from),
                _ => None,
            };
            Item {
                key: m["name"].as_str().unwrap_or_default().to_string(),
                label: m["name"].as_str().unwrap_or_default().to_string(),
                state: m["status"].as_str().unwrap_or("pending").to_string(),
                progress: None,
                attempt: None,
                note,
            }
        })
        .collect();
    Snapshot { header, items }
}

fn report(ctx: &Context, name: &str, run: &Value) -> anyhow::Result<()> {
    let tests = run["tests"].as_array().cloned().unwrap_or_default();
    let count = |s: &str| tests.iter().filter(|t| t["status"] == s).count();
    if ctx.out.format() == Format::Table {
        let mut list = ctx.out.list(&ListSpec {
            columns: TEST_COLUMNS,
            known_fields: &[],
        })?;
        for t in &tests {
            list.push(t)?;
        }
        list.finish()?;
    } else {
        ctx.show(run, &RUNS.spec())?;
    }
    for t in tests.iter().filter(|t| t["status"] == "warn") {
        ctx.out.warn(&format!(
            "test {} on {} found {} failing row(s) (severity warn)",
            t["name"].as_str().unwrap_or_default(),
            t["model"].as_str().unwrap_or_default(),
            t["failures"]
        ));
    }
    ctx.out.status(&format!(
        "tests: {} passed, {} warned, {} failed",
        count("pass"),
        count("warn"),
        count("fail")
    ));
    let status = run["status"].as_str().unwrap_or_default();
    if status == "succeeded" {
        return Ok(());
    }
    let mut details: Vec<String> = Vec::new();
    for m in run["models"].as_array().into_iter().flatten() {
        if matches!(m["status"].as_str(), Some("failed" | "cancelled")) {
            details.push(
                terminal_safe(&format!(
                    "model {} {}: {}",
                    m["name"].as_str().unwrap_or_default(),
                    m["status"].as_str().unwrap_or_default(),
                    m["error"].as_str().unwrap_or("no error given")
                ))
                .into_owned(),
            );
        }
    }
    for t in tests.iter().filter(|t| t["status"] == "fail") {
        details.push(
            terminal_safe(&format!(
                "test {} on {} failed: {} failing row(s)",
                t["name"].as_str().unwrap_or_default(),
                t["model"].as_str().unwrap_or_default(),
                t["failures"]
            ))
            .into_owned(),
        );
    }
    Err(CliError::Failed {
        what: format!(
            "run {} of {name} {status}",
            run["id"].as_str().unwrap_or_default()
        ),
        details,
    }
    .into())
}
