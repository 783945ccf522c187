//! `connectors runs list|get|cancel|watch`: a connector's run history, and one run found by id.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::sync::{arg_for, follow, show_run, summary, verdict};
use super::{CONNECTORS, RUNS};
use crate::cli::PageArgs;
use crate::context::Context;
use crate::error::CliError;
use crate::http::page::{PageOpts, Pager};
use crate::http::{ApiError, check_id};
use crate::output::terminal_safe;
use crate::registry::{Scope, verbs};

const RUN_STATUSES: [&str; 6] = [
    "running",
    "completed",
    "partially_failed",
    "failed",
    "skipped",
    "cancelled",
];

#[derive(Args, Debug)]
pub struct RunsArgs {
    #[command(subcommand)]
    pub command: RunsCommand,
}

#[derive(Subcommand, Debug)]
pub enum RunsCommand {
    /// List a connector's runs, newest first
    #[command(visible_alias = "ls")]
    List(RunsListArgs),
    /// Show one run and its tables
    Get(RunRef),
    /// Cancel a running run (its finished tables keep their rows)
    Cancel(RunRef),
    /// Follow a run until it ends (exit 9 unless it completes; --timeout D limits the wait)
    Watch(RunRef),
}

#[derive(Args, Debug)]
pub struct RunsListArgs {
    /// Connector name or id
    pub connector: String,
    /// Only runs with this status
    #[arg(long, value_parser = RUN_STATUSES)]
    pub status: Option<String>,
    /// Only runs started since: an RFC 3339 time or an age such as 90m, 24h, 7d
    #[arg(long, value_name = "TIME|AGE")]
    pub since: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Args, Debug)]
pub struct RunRef {
    /// Run id
    pub run: String,
    /// The run's connector (name or id); without it every connector of the project is searched
    #[arg(long, short = 'c', value_name = "CONNECTOR")]
    pub connector: Option<String>,
}

pub async fn run(ctx: &Context, a: RunsArgs) -> anyhow::Result<()> {
    match a.command {
        RunsCommand::List(a) => {
            let cid = CONNECTORS.id_of(ctx, Scope::top(), &a.connector).await?;
            let mut filters = Vec::new();
            if let Some(s) = a.status {
                filters.push(("status".to_string(), s));
            }
            if let Some(s) = &a.since {
                filters.push(("since".to_string(), since(s, jiff::Timestamp::now())?));
            }
            verbs::list(ctx, &RUNS, &Scope::of([&cid]), filters, &a.page).await
        }
        RunsCommand::Get(r) => {
            let (connector, run) = locate(ctx, &r).await?;
            ctx.out
                .status(&summary(connector["name"].as_str().unwrap_or("?"), &run));
            show_run(ctx, &run)
        }
        RunsCommand::Cancel(r) => {
            let (connector, _) = locate(ctx, &r).await?;
            let cid = connector["id"].as_str().unwrap_or_default();
            let path = RUNS
                .item_path(ctx, &Scope::of([cid]), &r.run)
                .await?
                .seg("cancel");
            let done = ctx
                .client()
                .await?
                .post(&path, json!({}))
                .await
                .map_err(|e| {
                    e.context(format!("could not cancel run {}", terminal_safe(&r.run)))
                })?;
            ctx.out.status(&format!(
                "cancelled run {} of {} after {} rows",
                terminal_safe(&r.run),
                CONNECTORS.label(&connector),
                done["total_rows"].as_u64().unwrap_or(0)
            ));
            show_run(ctx, &done)
        }
        RunsCommand::Watch(r) => {
            let (connector, run) = locate(ctx, &r).await?;
            let done = if run["status"] == "running" {
                follow(ctx, &connector, &run).await?
            } else {
                run
            };
            if !ctx.out.show_progress() {
                ctx.out
                    .status(&summary(connector["name"].as_str().unwrap_or("?"), &done));
            }
            show_run(ctx, &done)?;
            verdict(&connector, &done)
        }
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

/// The run and its connector: directly with `--connector`, else by asking each connector.
async fn locate(ctx: &Context, r: &RunRef) -> anyhow::Result<(Value, Value)> {
    check_id(&r.run)?;
    let client = ctx.client().await?;
    let not_found = |e: &anyhow::Error| {
        e.downcast_ref::<ApiError>()
            .is_some_and(|a| a.status == 404)
    };
    if let Some(c) = &r.connector {
        let connector = CONNECTORS.find(ctx, Scope::top(), c).await?;
        let cid = connector["id"].as_str().unwrap_or_default();
        return match client
            .get(&RUNS.item_path(ctx, &Scope::of([cid]), &r.run).await?)
            .await
        {
            Ok(run) => Ok((connector, run)),
            Err(e) if not_found(&e) => Err(CliError::NotFound {
                message: format!(
                    "connector {} has no run `{}`",
                    CONNECTORS.label(&connector),
                    terminal_safe(&r.run)
                ),
                hint: format!(
                    "run `rime connectors runs list {}` to see its runs",
                    arg_for(&connector)
                ),
            }
            .into()),
            Err(e) => Err(e),
        };
    }
    let mut pager = Pager::new(
        client,
        CONNECTORS.collection(ctx, Scope::top()).await?,
        Vec::new(),
        PageOpts::default(),
    );
    while let Some(page) = pager.next_page().await? {
        for connector in page {
            let cid = connector["id"].as_str().unwrap_or_default();
            match client
                .get(&RUNS.item_path(ctx, &Scope::of([cid]), &r.run).await?)
                .await
            {
                Ok(run) => return Ok((connector, run)),
                Err(e) if not_found(&e) => continue,
                Err(e) => return Err(e),
            }
        }
    }
    Err(CliError::NotFound {
        message: format!(
            "no connector of this project has a run `{}`",
            terminal_safe(&r.run)
        ),
        hint: "check the id; `rime connectors runs list CONNECTOR` shows a connector's runs".into(),
    }
    .into())
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
