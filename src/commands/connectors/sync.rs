//! `connectors test` and `connectors sync [--wait]`: runs followed live to their end, with exit 9 unless they complete.

use std::time::Duration;

use serde_json::Value;

use super::{CONNECTORS, Connectors, RUNS};
use crate::commands::wait::{Poll, Start, poll};
use crate::context::Context;
use crate::error::{CliError, HintExt};
use crate::output::ColumnKind::{Status, Text};
use crate::output::progress::{self, Snapshot};
use crate::output::{Column, ListSpec, col, duration, terminal_safe};
use crate::registry::{Item, Scope, verbs};

const POLL_INTERVAL: Duration = Duration::from_millis(500);

pub type SyncArgs = Start<Connectors>;

const CHECK_COLUMNS: &[Column] = &[
    col("CHECK", "name", Text),
    col("STATUS", "status", Status),
    col("MESSAGE", "message", Text),
];

/// One line about a run, for people.
pub fn summary(name: &str, run: &Value) -> String {
    let mut s = format!(
        "run {} of `{}` ({}): {} {}, {}, {}/{} tables",
        run["id"].as_str().unwrap_or("?"),
        terminal_safe(name),
        run["trigger"].as_str().unwrap_or("?"),
        run["status"].as_str().unwrap_or("?"),
        duration(run["duration_seconds"].as_u64().unwrap_or(0)),
        crate::output::count(run["total_rows"].as_u64().unwrap_or(0), "row"),
        run["tables_succeeded"].as_u64().unwrap_or(0),
        run["tables_attempted"].as_u64().unwrap_or(0),
    );
    if let Some(e) = run["error"].as_str() {
        s.push_str(&format!(" — {}", terminal_safe(e)));
    }
    s
}

/// The one reason a run failed for, when its failed tables (two or more) and the run, if it
/// gives one, all give the same one.
fn one_reason(run: &Value) -> Option<&str> {
    let reasons: Vec<Option<&str>> = run["tables"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| t["status"] == "failed")
        .map(|t| t["error"].as_str())
        .collect();
    // One failed table is named with its reason, as ever.
    if reasons.len() < 2 {
        return None;
    }
    let first = reasons[0]?;
    let same = reasons.iter().all(|r| *r == Some(first));
    (same && run["error"].as_str().is_none_or(|e| e == first)).then_some(first)
}

/// The run as a person reads it on a terminal: a table's error that is the run's one reason is
/// said once, for the run, and each such table's cell points at it.
pub fn said_once(ctx: &Context, run: &Value) -> Value {
    let mut run = run.clone();
    if !(ctx.out.human() && ctx.out.stdout_is_tty()) {
        return run;
    }
    let Some(reason) = one_reason(&run).map(String::from) else {
        return run;
    };
    run["error"] = reason.clone().into();
    for t in run["tables"].as_array_mut().into_iter().flatten() {
        if t["error"].as_str() == Some(reason.as_str()) {
            t["error"] = "(the run's error)".into();
        }
    }
    run
}

/// The run's one line, leaving its one reason (if it failed for one) to the error that follows.
pub fn headline(name: &str, run: &Value) -> String {
    snapshot(name, run).header
}

fn snapshot(name: &str, run: &Value) -> Snapshot {
    // The one reason is said once, by the error that ends the wait.
    let reason = one_reason(run).filter(|_| run["status"] != "running");
    let items = run["tables"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            let name = t["name"].as_str().unwrap_or("?").to_string();
            progress::Item {
                key: name.clone(),
                label: name,
                state: t["status"].as_str().unwrap_or("running").to_string(),
                progress: Some((
                    t["rows_extracted"].as_u64().unwrap_or(0),
                    t["rows_total"].as_u64(),
                    "rows".to_string(),
                )),
                attempt: None,
                note: t["error"]
                    .as_str()
                    .filter(|e| Some(*e) != reason)
                    .map(String::from),
            }
        })
        .collect();
    let mut header = summary(name, run);
    if let Some(r) = reason
        && let Some(cut) = header.rfind(&format!(" — {}", terminal_safe(r)))
    {
        header.truncate(cut);
    }
    Snapshot { header, items }
}

/// How to name the connector in a command line: its name when that needs no quoting.
pub fn arg_for(connector: &Value) -> String {
    let name = connector["name"].as_str().unwrap_or_default();
    let plain = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    if plain {
        name
    } else {
        connector["id"].as_str().unwrap_or_default()
    }
    .to_string()
}

fn watch_command(ctx: &Context, connector: &Value, run_id: &str) -> String {
    let project = ctx
        .flags()
        .project
        .as_deref()
        .map(|p| format!(" -p {p}"))
        .unwrap_or_default();
    format!(
        "rime connectors runs watch {run_id} --connector {}{project}",
        arg_for(connector)
    )
}

/// Polls the run until it ends, drawing its tables; Ctrl-C leaves it running.
pub async fn follow(ctx: &Context, connector: &Value, run: &Value) -> anyhow::Result<Value> {
    let cid = connector["id"].as_str().unwrap_or_default();
    let rid = run["id"].as_str().unwrap_or_default();
    let name = connector["name"].as_str().unwrap_or(cid).to_string();
    let view = move |r: &Value| snapshot(&name, r);
    poll(
        ctx,
        Poll {
            path: RUNS.item_path(ctx, &Scope::of([cid]), rid).await?,
            view: &view,
            done: &|r: &Value| r["status"] != "running",
            reattach: format!(
                "the run goes on; follow it with `{}`",
                watch_command(ctx, connector, rid)
            ),
            interval: POLL_INTERVAL,
        },
    )
    .await
}

/// Exit 0 for a completed run; otherwise exit 9 naming the failing tables.
pub fn verdict(connector: &Value, run: &Value) -> anyhow::Result<()> {
    let status = run["status"].as_str().unwrap_or("unknown");
    if status == "completed" {
        return Ok(());
    }
    let what = format!(
        "run {} of `{}` ended {}: {} of {} tables failed",
        terminal_safe(run["id"].as_str().unwrap_or("?")),
        terminal_safe(connector["name"].as_str().unwrap_or("?")),
        terminal_safe(status),
        run["tables_failed"].as_u64().unwrap_or(0),
        run["tables_attempted"].as_u64().unwrap_or(0),
    );
    // One reason for every failed table is said once, on the line itself.
    if let Some(reason) = one_reason(run) {
        return Err(CliError::Failed {
            what: format!("{what}: {}", terminal_safe(reason)),
            details: Vec::new(),
        }
        .into());
    }
    let mut details = failed(&run["tables"], "error", "failed");
    if details.is_empty()
        && let Some(e) = run["error"].as_str()
    {
        details.push(terminal_safe(e).into_owned());
    }
    Err(CliError::Failed { what, details }.into())
}

/// `name: message` of each failed item (a run's tables, a test's checks); details are printed as
/// they are, so server text is made inert here.
fn failed(items: &Value, message: &str, otherwise: &str) -> Vec<String> {
    items
        .as_array()
        .into_iter()
        .flatten()
        .filter(|i| i["status"] == "failed")
        .map(|i| {
            format!(
                "{}: {}",
                terminal_safe(i["name"].as_str().unwrap_or("?")),
                terminal_safe(i[message].as_str().unwrap_or(otherwise))
            )
        })
        .collect()
}

pub async fn test(ctx: &Context, connector: &Item<Connectors>) -> anyhow::Result<()> {
    let placed = connector.place(ctx).await?;
    let target = placed.target();
    let label = CONNECTORS.label(target.found(ctx).await?);
    let result = verbs::act(ctx, &target, "test").await?;
    let spec = ListSpec {
        columns: CHECK_COLUMNS,
        known_fields: &["name", "status", "message"],
    };
    let object_spec = ListSpec {
        columns: CHECK_COLUMNS,
        known_fields: &["success", "checks"],
    };
    ctx.out
        .detail(&result, &result["checks"], &spec, &object_spec)?;
    if result["success"] == true {
        ctx.out
            .status(&format!("connection test of {label} passed"));
        return Ok(());
    }
    Err(CliError::Failed {
        what: format!("connection test of {label} failed"),
        details: failed(&result["checks"], "message", ""),
    }
    .into())
}

pub async fn sync(ctx: &Context, a: SyncArgs) -> anyhow::Result<()> {
    let placed = a.of.place(ctx).await?;
    let target = placed.target();
    let connector = target.found(ctx).await?;
    let run = match verbs::act(ctx, &target, "sync").await {
        Ok(run) => run,
        Err(e) => {
            // A 409 names the run in progress: the next step is to watch that one.
            let busy = e
                .chain()
                .find_map(|c| c.downcast_ref::<crate::http::ApiError>())
                .filter(|api| api.status == 409)
                .and_then(|api| run_in(&api.message));
            return match busy {
                Some(rid) => Err(e).hint(
                    format!("cannot start a sync of {}", CONNECTORS.label(connector)),
                    format!(
                        "watch that run with `{}`",
                        watch_command(ctx, connector, &rid)
                    ),
                ),
                None => Err(e),
            };
        }
    };
    let rid = run["id"].as_str().unwrap_or_default();
    ctx.out.status(&format!(
        "started sync run {rid} of {}",
        CONNECTORS.label(connector)
    ));
    if a.follow.mode().is_none() {
        ctx.out.status(&format!(
            "follow it with `{}`",
            watch_command(ctx, connector, rid)
        ));
        return RUNS.show(ctx, &run);
    }
    let done = follow(ctx, connector, &run).await?;
    RUNS.show(ctx, &said_once(ctx, &done))?;
    verdict(connector, &done)
}

/// The run id a conflict names: `… already has a run in progress (run_…); …`.
fn run_in(message: &str) -> Option<String> {
    let at = message.find("(run_")? + 1;
    let id: String = message[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (id.len() > 4).then_some(id)
}
