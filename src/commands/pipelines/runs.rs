//! Pipeline runs: start (`--wait` polls, `--watch` streams), list, get, cancel and watch; the
//! exit code comes from the run's final status as REST reports it.

use clap::Subcommand;
use serde_json::{Value, json};

use super::stream::{self, Update};
use super::watch::{self, Watcher};
use super::{PIPELINES, Pipelines};
use crate::commands::wait::{self, Mode, Poll, Start, poll};
use crate::context::Context;
use crate::error::CliError;
use crate::http::ApiPath;
use crate::output::ColumnKind::{Count, Status, Text, Time};
use crate::output::{Column, ListSpec, col, terminal_safe};
use crate::registry::prelude::*;
use crate::registry::{Placed, RunFilters, RunStatuses, cancel};

pub static RUNS: Kind = Kind {
    columns: &[
        col("ID", "id", Text),
        col("STATUS", "status", Status),
        col("TRIGGER", "trigger", Text),
        col("VERSION", "version", Count),
        col("STARTED", "started_at", Time),
        col("SECONDS", "duration_seconds", Count),
        col("DONE", "counts.completed", Count),
        col("STEPS", "steps", Count),
    ],
    fields: &[
        ro("id"),
        ro("pipeline_id"),
        ro("project_id"),
        ro("version"),
        ro("trigger"),
        ro("status"),
        ro("created_at"),
        ro("started_at"),
        ro("ended_at"),
        ro("duration_seconds"),
        ro("cancelled_by"),
        ro("counts"),
        ro("steps"),
    ],
    verbs: &[
        list("List a pipeline's runs, newest first"),
        get("Show one run with its steps"),
        cancel("Cancel a queued or running run"),
    ],
    ..Kind::project("pipeline_run", "PipelineRun").runs_of(
        &PIPELINES,
        "pipelines runs",
        "plr_",
        None,
    )
};

pub struct Runs;

impl Declared for Runs {
    const KIND: &'static Kind = &RUNS;
    type Parts = Parts<RunFilters<Self>, NoArgs, NoArgs, RunVerbs>;
}

impl RunStatuses for Runs {
    const STATUSES: &'static [&'static str] =
        &["queued", "running", "succeeded", "failed", "cancelled"];
}

#[derive(Subcommand, Debug)]
pub enum RunVerbs {
    Get(Item<Runs>),
    Cancel(Item<Runs>),
    /// Follow a run live until it ends (exit 9 unless it succeeds; `-o ndjson` prints the frames)
    Watch(Item<Runs>),
}

impl Extra for RunVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            RunVerbs::Get(r) => show_run(ctx, &r.fetch(ctx).await?),
            RunVerbs::Cancel(r) => {
                let placed = r.place(ctx).await?;
                let l = Located::of(ctx, &placed).await?;
                let run = verbs::act(ctx, &placed.target(), "cancel").await?;
                ctx.out.status(&format!(
                    "cancelled run {} of pipeline {}",
                    l.rid(),
                    PIPELINES.label(&l.pipeline)
                ));
                show_run(ctx, &run)
            }
            RunVerbs::Watch(r) => {
                let l = Located::of(ctx, &r.place(ctx).await?).await?;
                follow(ctx, &l, false).await
            }
        }
    }
}

pub type StartArgs = Start<Pipelines>;

/// A run's steps, shown below it.
const STEP_COLUMNS: &[Column] = &[
    col("STEP", "key", Text),
    col("STATE", "state", Status),
    col("ATTEMPT", "attempt", Count),
    col("STARTED", "started_at", Time),
    col("ENDED", "ended_at", Time),
    col("ROWS", "progress.current", Count),
    col("ERROR", "error", Text),
];

/// A run and the pipeline it belongs to.
struct Located {
    pipeline: Value,
    run: Value,
}

impl Located {
    /// The run found on the command line, and its pipeline.
    async fn of(ctx: &Context, placed: &Placed) -> anyhow::Result<Located> {
        let run = placed.target().found(ctx).await?.clone();
        let pipeline = PIPELINES
            .find(ctx, Scope::top(), placed.scope.parent())
            .await?;
        Ok(Located { pipeline, run })
    }
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

pub async fn start(ctx: &Context, a: StartArgs) -> anyhow::Result<()> {
    let pipeline = a.of.fetch(ctx).await?;
    let label = PIPELINES.label(&pipeline);
    let scope = Scope::of([pipeline["id"].as_str().unwrap_or_default()]);
    let path = RUNS.collection(ctx, &scope).await?;
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
    match a.follow.mode() {
        Some(Mode::Watch) => return follow(ctx, &l, false).await,
        Some(Mode::Wait) => return follow(ctx, &l, true).await,
        None => {}
    }
    RUNS.show(ctx, &l.run)?;
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
    report(ctx, l, &final_run, !by_polling && ctx.out.streams())
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

/// A run: for a person, its summary then its steps; otherwise the object as it is.
fn show_run(ctx: &Context, run: &Value) -> anyhow::Result<()> {
    let steps = ListSpec::of(STEP_COLUMNS);
    Ok(ctx.out.with_items(run, "steps", &RUNS.spec(), &steps)?)
}
