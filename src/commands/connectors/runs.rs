//! `connectors runs list|get|cancel|watch`: a connector's run history, and one run found by id.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::CONNECTORS;
use super::sync::{follow, summary, verdict};
use crate::context::Context;
use crate::error::CliError;
use crate::output::ColumnKind::{Count, Status, Text, Time};
use crate::output::{Column, col, terminal_safe};
use crate::registry::{
    Extra, Filters, Item, Kind, NoArgs, Noun, Parent, ParentArg, Scope, Target, action, get, list,
    ro, verbs,
};

const TABLE_COLUMNS: &[Column] = &[
    col("TABLE", "name", Text),
    col("STATUS", "status", Status),
    col("ROWS", "rows_extracted", Count),
    col("OF", "rows_total", Count),
    col("ERROR", "error", Text),
];

/// A connector's sync runs; found by id alone when the connector is not given.
pub static RUNS: Kind = Kind {
    name: "connector_run",
    singular: "run",
    plural: "runs",
    command: "connectors runs",
    parent: Parent::Kind(&CONNECTORS),
    path: "runs",
    schema: "Run",
    id_prefix: "run_",
    arg: ("RUN", "Run id"),
    parent_arg: ParentArg::Flag {
        long: "connector",
        short: Some('c'),
        help: "The run's connector (name or id); without it every connector of the project is searched",
    },
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
        action(
            "cancel",
            "cancel",
            "cancelled",
            "Cancel a running run (its finished tables keep their rows)",
        ),
        get("Follow a run until it ends (exit 9 unless it completes; --timeout D limits the wait)")
            .named("watch"),
    ],
    ..Kind::BASE
};

pub struct Runs;

impl Noun for Runs {
    const KIND: &'static Kind = &RUNS;
    type Filters = RunFilters;
    type Create = NoArgs;
    type Update = NoArgs;
    type Extra = RunVerbs;
}

const RUN_STATUSES: [&str; 6] = [
    "running",
    "completed",
    "partially_failed",
    "failed",
    "skipped",
    "cancelled",
];

#[derive(Args, Debug)]
pub struct RunFilters {
    /// Only runs with this status
    #[arg(long, value_parser = RUN_STATUSES)]
    pub status: Option<String>,
    /// Only runs started since: an RFC 3339 time or an age such as 90m, 24h, 7d
    #[arg(long, value_name = "TIME|AGE")]
    pub since: Option<String>,
}

impl Filters for RunFilters {
    async fn query(&self, _: &Context, _: &Scope) -> anyhow::Result<Vec<(String, String)>> {
        let since = match &self.since {
            Some(s) => Some(since(s, jiff::Timestamp::now())?),
            None => None,
        };
        Ok(crate::registry::query_of([
            ("status", &self.status),
            ("since", &since),
        ]))
    }
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

/// `--since`: an RFC 3339 instant, or an age (`90s`, `30m`, `24h`, `7d`, `2w`) before `now`.
pub fn since(s: &str, now: jiff::Timestamp) -> Result<String, CliError> {
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Ok(t.to_string());
    }
    let bad = || {
        CliError::Usage(format!(
            "`--since {s}`: give an RFC 3339 time (2026-11-28T09:00:00Z) or an age such as 90m, 24h, 7d"
        ))
    };
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let n: i64 = s[..split].parse().map_err(|_| bad())?;
    let unit = match &s[split..] {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return Err(bad()),
    };
    let then = now
        .checked_sub(jiff::SignedDuration::from_secs(n.saturating_mul(unit)))
        .map_err(|_| bad())?;
    // Whole seconds: the API's timestamps have no fractions.
    let then = jiff::Timestamp::from_second(then.as_second()).map_err(|_| bad())?;
    Ok(then.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn since_takes_instants_and_ages() {
        let now: jiff::Timestamp = "2026-11-28T09:00:00Z".parse().unwrap();
        assert_eq!(super::since("24h", now).unwrap(), "2026-11-27T09:00:00Z");
        assert_eq!(super::since("7d", now).unwrap(), "2026-11-21T09:00:00Z");
        assert_eq!(
            super::since("2026-11-01T12:00:00+13:00", now).unwrap(),
            "2026-10-31T23:00:00Z"
        );
        assert!(super::since("yesterday", now).is_err());
        assert!(super::since("5y", now).is_err());
    }
}
