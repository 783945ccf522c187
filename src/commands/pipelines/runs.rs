//! Pipeline runs: start (`--wait` polls, `--watch` streams), list, get, cancel and watch; the
//! exit code comes from the run's final status as REST reports it.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::stream::{self, Update};
use super::watch::{self, Watcher};
use super::{PIPELINES, RUNS};
use crate::cli::PageArgs;
use crate::commands::wait::{self, Poll, poll};
use crate::context::Context;
use crate::error::CliError;
use crate::http::ApiPath;
use crate::http::page::{PageOpts, Pager};
use crate::output::{Column, ColumnKind, Format, ListSpec, terminal_safe};
use crate::registry::{Scope, verbs};

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Pipeline name or id
    pub pipeline: String,
    /// Wait for the run to finish, polling it (exit 9 unless it succeeds)
    #[arg(long, conflicts_with = "watch")]
    pub wait: bool,
    /// Follow the run live over WebSocket (exit 9 unless it succeeds; `-o ndjson` prints the frames)
    #[arg(long)]
    pub watch: bool,
}

#[derive(Subcommand, Debug)]
pub enum RunsCommand {
    /// List a pipeline's runs, newest first
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one run with its steps
    Get(RunRef),
    /// Cancel a queued or running run
    Cancel(RunRef),
    /// Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)
    Watch(RunRef),
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Pipeline name or id
    pub pipeline: String,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Args, Debug)]
pub struct RunRef {
    /// Run id
    pub run: String,
    /// The run's pipeline (name or id); without it every pipeline of the project is searched
    #[arg(long)]
    pub pipeline: Option<String>,
}

const STEP_COLUMNS: &[Column] = &[
    Column {
        header: "STEP",
        path: "key",
        kind: ColumnKind::Text,
    },
    Column {
        header: "STATE",
        path: "state",
        kind: ColumnKind::Status,
    },
    Column {
        header: "ATTEMPT",
        path: "attempt",
        kind: ColumnKind::Count,
    },
    Column {
        header: "STARTED",
        path: "started_at",
        kind: ColumnKind::Time,
    },
    Column {
        header: "ENDED",
        path: "ended_at",
        kind: ColumnKind::Time,
    },
    Column {
        header: "ROWS",
        path: "progress.current",
        kind: ColumnKind::Count,
    },
    Column {
        header: "ERROR",
        path: "error",
        kind: ColumnKind::Text,
    },
];

/// A run and the pipeline it belongs to.
struct Located {
    pipeline: Value,
    run: Value,
}

impl Located {
    fn pid(&self) -> &str {
        self.pipeline["id"].as_str().unwrap_or_default()
    }
    fn rid(&self) -> &str {
        self.run["id"].as_str().unwrap_or_default()
    }
    async fn run_path(&self, ctx: &Context) -> anyhow::Result<ApiPath> {
        RUNS.item_path(ctx, &Scope::of([self.pid()]), self.rid())
            .await
    }
    /// What to type to follow this run again.
    fn reattach(&self) -> String {
        format!(
            "the run goes on; re-attach with `rime pipelines runs watch {} --pipeline {}`",
            self.rid(),
            self.pid()
        )
    }
}

pub async fn run(ctx: &Context, c: RunsCommand) -> anyhow::Result<()> {
    match c {
        RunsCommand::List(a) => {
            let p = super::find(ctx, &a.pipeline).await?;
            let (id, _) = super::id_label(&p);
            verbs::list(ctx, &RUNS, &Scope::of([&id]), Vec::new(), &a.page).await
        }
        RunsCommand::Get(r) => {
            let l = locate(ctx, &r).await?;
            show_run(ctx, &l.run)
        }
        RunsCommand::Cancel(r) => {
            let l = locate(ctx, &r).await?;
            let path = l.run_path(ctx).await?.seg("cancel");
            let run = ctx
                .client()
                .await?
                .post_empty(&path)
                .await
                .map_err(|e| e.context(format!("could not cancel run {}", l.rid())))?;
            ctx.out.status(&format!(
                "cancelled run {} of pipeline {}",
                l.rid(),
                PIPELINES.label(&l.pipeline)
            ));
            show_run(ctx, &run)
        }
        RunsCommand::Watch(r) => {
            let l = locate(ctx, &r).await?;
            follow(ctx, &l, false).await
        }
    }
}

/// The run by id, in the given pipeline or else in whichever pipeline of the project has it.
async fn locate(ctx: &Context, r: &RunRef) -> anyhow::Result<Located> {
    if let Some(p) = &r.pipeline {
        let pipeline = super::find(ctx, p).await?;
        let (id, _) = super::id_label(&pipeline);
        let run = RUNS.find(ctx, &Scope::of([&id]), &r.run).await?;
        return Ok(Located { pipeline, run });
    }
    crate::http::check_id(&r.run)?;
    let client = ctx.client().await?;
    let path = PIPELINES.collection(ctx, Scope::top()).await?;
    let mut pager = Pager::new(client, path, Vec::new(), PageOpts::default());
    while let Some(page) = pager.next_page().await? {
        for pipeline in page {
            let id = pipeline["id"].as_str().unwrap_or_default().to_string();
            let run_path = RUNS.item_path(ctx, &Scope::of([&id]), &r.run).await?;
            match client.get(&run_path).await {
                Ok(run) => return Ok(Located { pipeline, run }),
                Err(e)
                    if e.downcast_ref::<crate::http::ApiError>()
                        .is_some_and(|a| a.status == 404) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Err(CliError::NotFound {
        message: format!(
            "no run `{}` in any pipeline of this project",
            terminal_safe(&r.run)
        ),
        hint: "run `rime pipelines runs list PIPELINE` to see a pipeline's runs".into(),
    }
    .into())
}

pub async fn start(ctx: &Context, a: RunArgs) -> anyhow::Result<()> {
    let pipeline = super::find(ctx, &a.pipeline).await?;
    let (id, label) = super::id_label(&pipeline);
    let path = RUNS.collection(ctx, &Scope::of([&id])).await?;
    let run = ctx
        .client()
        .await?
        .post(&path, json!({}))
        .await
        .map_err(|e| e.context(format!("could not start pipeline {label}")))?;
    let l = Located { pipeline, run };
    ctx.out.status(&format!(
        "started run {} of pipeline {label} (version {}, {})",
        l.rid(),
        l.run["version"],
        terminal_safe(l.run["status"].as_str().unwrap_or("?"))
    ));
    if a.watch {
        return follow(ctx, &l, false).await;
    }
    if a.wait {
        return follow(ctx, &l, true).await;
    }
    ctx.show(&l.run, &RUNS.spec())?;
    ctx.out.status(&format!(
        "follow it with `rime pipelines runs watch {} --pipeline {}`",
        l.rid(),
        l.pid()
    ));
    Ok(())
}

/// Follows a run to its end, by polling (`--wait`) or over the event stream, then reports it.
async fn follow(ctx: &Context, l: &Located, by_polling: bool) -> anyhow::Result<()> {
    let run_path = l.run_path(ctx).await?;
    let name = watch::plain_name(&l.pipeline);
    let final_run = if by_polling {
        let view = |run: &Value| watch::view(run, &name, None, ctx.out.show_progress());
        let done = |run: &Value| is_final(run);
        poll(
            ctx,
            Poll {
                path: run_path.clone(),
                view: &view,
                done: &done,
                reattach: l.reattach(),
                interval: stream::POLL_INTERVAL,
            },
        )
        .await?
    } else {
        let mut w = Watcher::new(ctx, name.clone());
        let events = run_path.clone().seg("events");
        let run = wait::bounded(ctx, &l.reattach(), async {
            stream::follow(ctx, &run_path, &events, &mut |u| w.on(u)).await?;
            let client = ctx.client().await?;
            let mut run = client.get(&run_path).await?;
            if !is_final(&run) {
                // The stream ended early; REST has the last word.
                stream::poll(ctx, &run_path, &mut |u: Update<'_>| w.on(u)).await?;
                run = client.get(&run_path).await?;
            }
            Ok(run)
        })
        .await?;
        w.finish(&run);
        run
    };
    report(
        ctx,
        l,
        &final_run,
        !by_polling && ctx.out.format() == Format::Ndjson,
    )
}

fn is_final(run: &Value) -> bool {
    matches!(
        run["status"].as_str(),
        Some("succeeded" | "failed" | "cancelled")
    )
}

/// Prints the final run (unless its frames went to stdout already); exit 9 unless it succeeded.
fn report(ctx: &Context, l: &Located, run: &Value, streamed: bool) -> anyhow::Result<()> {
    if !streamed {
        show_run(ctx, run)?;
    }
    let status = run["status"].as_str().unwrap_or("unknown");
    if status == "succeeded" {
        return Ok(());
    }
    let details: Vec<String> = run["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| matches!(s["state"].as_str(), Some("failed" | "cancelled")))
        .map(|s| {
            format!(
                "{} {}: {}",
                terminal_safe(s["key"].as_str().unwrap_or("?")),
                s["state"].as_str().unwrap_or("?"),
                terminal_safe(s["error"].as_str().unwrap_or("no error given"))
            )
        })
        .collect();
    Err(CliError::Failed {
        what: format!(
            "run {} of pipeline {} {status}",
            l.rid(),
            PIPELINES.label(&l.pipeline)
        ),
        details,
    }
    .into())
}

/// A run: in a table, its summary then its steps; otherwise the object as it is.
fn show_run(ctx: &Context, run: &Value) -> anyhow::Result<()> {
    let plain_table = ctx.out.format() == Format::Table
        && ctx.settings.fields.is_none()
        && ctx.settings.jq.is_none();
    if !plain_table {
        return ctx.show(run, &RUNS.spec());
    }
    let mut summary = run.clone();
    if let Some(m) = summary.as_object_mut() {
        m.remove("steps");
    }
    ctx.show(&summary, &RUNS.spec())?;
    ctx.out.text("\n")?;
    let spec = ListSpec {
        columns: STEP_COLUMNS,
        known_fields: &[],
    };
    let mut w = ctx.out.list(&spec)?;
    for s in run["steps"].as_array().into_iter().flatten() {
        w.push(s)?;
    }
    w.finish()?;
    Ok(())
}
