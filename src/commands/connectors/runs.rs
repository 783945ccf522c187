//! `connectors runs list|get|cancel|watch`: a connector's run history, and one run found by id.

use clap::Subcommand;
use serde_json::Value;

use super::CONNECTORS;
use super::sync::{follow, summary, verdict};
use crate::context::Context;
use crate::output::ColumnKind::{Count, Status, Text, Time};
use crate::output::{Column, col, terminal_safe};
use crate::registry::prelude::*;
use crate::registry::{RunFilters, RunStatuses, cancel};

const TABLE_COLUMNS: &[Column] = &[
    col("TABLE", "name", Text),
    col("STATUS", "status", Status),
    col("ROWS", "rows_extracted", Count),
    col("OF", "rows_total", Count),
    col("ERROR", "error", Text),
];

/// A connector's sync runs; found by id alone when the connector is not given.
pub static RUNS: Kind = Kind {
    columns: &[
        col("ID", "id", Text),
        col("TRIGGER", "trigger", Text),
        col("STATUS", "status", Status),
        col("STARTED", "started_at", Time),
        col("SECONDS", "duration_seconds", Count),
        col("ROWS", "total_rows", Count),
        col("TABLES", "tables_attempted", Count),
        col("FAILED", "tables_failed", Count),
    ],
    detail: Some(("tables", TABLE_COLUMNS)),
    fields: &[
        ro("id"),
        ro("connector_id"),
        ro("project_id"),
        ro("trigger"),
        ro("status"),
        ro("started_at"),
        ro("ended_at"),
        ro("duration_seconds"),
        ro("total_rows"),
        ro("tables_attempted"),
        ro("tables_succeeded"),
        ro("tables_failed"),
        ro("tables"),
        ro("error"),
    ],
    verbs: &[
        list("List a connector's runs, newest first"),
        get("Show one run and its tables"),
        cancel("Cancel a running run (its finished tables keep their rows)"),
        get("Follow a run until it ends (exit 9 unless it completes; --timeout D limits the wait)")
            .named("watch"),
    ],
    ..Kind::project("connector_run", "Run").runs_of(
        &CONNECTORS,
        "connectors runs",
        "run_",
        Some('c'),
    )
};

pub struct Runs;

impl Declared for Runs {
    const KIND: &'static Kind = &RUNS;
    type Parts = Parts<RunFilters<Self>, NoArgs, NoArgs, RunVerbs>;
}

impl RunStatuses for Runs {
    const STATUSES: &'static [&'static str] = &[
        "running",
        "completed",
        "partially_failed",
        "failed",
        "skipped",
        "cancelled",
    ];
}

#[derive(Subcommand, Debug)]
pub enum RunVerbs {
    Get(Item<Runs>),
    Cancel(Item<Runs>),
    Watch(Item<Runs>),
}

impl Extra for RunVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        let (RunVerbs::Get(r) | RunVerbs::Cancel(r) | RunVerbs::Watch(r)) = &self;
        let placed = r.place(ctx).await?;
        let target = placed.target();
        let run = target.found(ctx).await?;
        let connector = connector_of(ctx, &target).await?;
        let name = connector["name"].as_str().unwrap_or("?");
        match &self {
            RunVerbs::Get(_) => {
                ctx.out.status(&summary(name, run));
                RUNS.show(ctx, run)
            }
            RunVerbs::Cancel(_) => {
                let done = verbs::act(ctx, &target, "cancel").await?;
                ctx.out.status(&format!(
                    "cancelled run {} of {} after {} rows",
                    terminal_safe(target.given),
                    CONNECTORS.label(&connector),
                    done["total_rows"].as_u64().unwrap_or(0)
                ));
                RUNS.show(ctx, &done)
            }
            RunVerbs::Watch(_) => {
                let done = if run["status"] == "running" {
                    follow(ctx, &connector, run).await?
                } else {
                    run.clone()
                };
                if !ctx.out.show_progress() {
                    // Without the run's one reason: the error that follows says it.
                    ctx.out.status(&super::sync::headline(name, &done));
                }
                RUNS.show(ctx, &super::sync::said_once(ctx, &done))?;
                verdict(&connector, &done)
            }
        }
    }
}

/// The run's connector: as found while placing the run, else looked up by its id.
async fn connector_of(ctx: &Context, run: &Target<'_>) -> anyhow::Result<Value> {
    match run.scope.parent_found() {
        Some(c) => Ok(c.clone()),
        None => CONNECTORS.find(ctx, Scope::top(), run.scope.parent()).await,
    }
}
