//! `connectors test` and `connectors sync [--wait]`: runs followed live to their end, with exit 9 unless they complete.

use std::time::Duration;

use clap::Args;
use serde_json::{Value, json};

use super::{CONNECTORS, RUNS};
use crate::commands::wait::{Poll, poll};
use crate::context::Context;
use crate::error::CliError;
use crate::output::progress::{Item, Snapshot};
use crate::output::{Column, ColumnKind, ListSpec, duration, terminal_safe};
use crate::registry::Scope;

const POLL_INTERVAL: Duration = Duration::from_millis(500);

#[derive(Args, Debug)]
pub struct SyncArgs {
    /// Connector name or id
    pub connector: String,
    /// Follow the run to its end, table by table (exit 9 unless it completes; the global
    /// --timeout D also limits how long to wait)
    #[arg(long)]
    pub wait: bool,
}

const TABLE_COLUMNS: &[Column] = &[
    Column {
        header: "TABLE",
        path: "name",
        kind: ColumnKind::Text,
    },
    Column {
        header: "STATUS",
        path: "status",
        kind: ColumnKind::Status,
    },
    Column {
        header: "ROWS",
        path: "rows_extracted",
        kind: ColumnKind::Count,
    },
    Column {
        header: "OF",
        path: "rows_total",
        kind: ColumnKind::Count,
    },
    Column {
        header: "ERROR",
        path: "error",
        kind: ColumnKind::Text,
    },
];
const TABLE_SPEC: ListSpec<'static> = ListSpec {
    columns: TABLE_COLUMNS,
    known_fields: &["name", "status", "rows_extracted", "rows_total", "error"],
};

const CHECK_COLUMNS: &[Column] = &[
    Column {
        header: "CHECK",
        path: "name",
        kind: ColumnKind::Text,
    },
    Column {
        header: "STATUS",
        path: "status",
        kind: ColumnKind::Status,
    },
    Column {
        header: "MESSAGE",
        path: "message",
        kind: ColumnKind::Text,
    },
];

/// A run: its tables in table output, the whole run otherwise.
pub fn show_run(ctx: &Context, run: &Value) -> anyhow::Result<()> {
    Ok(ctx
        .out
        .detail(run, &run["tables"], &TABLE_SPEC, &RUNS.spec())?)
}

/// One line about a run, for people.
pub fn summary(name: &str, run: &Value) -> String {
    let mut s = format!(
        "run {} of `{}` ({}): {} {}, {} rows, {}/{} tables",
        run["id"].as_str().unwrap_or("?"),
        terminal_safe(name),
        run["trigger"].as_str().unwrap_or("?"),
        run["status"].as_str().unwrap_or("?"),
        duration(run["duration_seconds"].as_u64().unwrap_or(0)),
        run["total_rows"].as_u64().unwrap_or(0),
        run["tables_succeeded"].as_u64().unwrap_or(0),
        run["tables_attempted"].as_u64().unwrap_or(0),
    );
    if let Some(e) = run["error"].as_str() {
        s.push_str(&format!(" — {}", terminal_safe(e)));
    }
    s
}

fn snapshot(name: &str, run: &Value) -> Snapshot {
    let items = run["tables"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            let name = t["name"].as_str().unwrap_or("?").to_string();
            Item {
                key: name.clone(),
                label: name,
                state: t["status"].as_str().unwrap_or("running").to_string(),
                progress: Some((
                    t["rows_extracted"].as_u64().unwrap_or(0),
                    t["rows_total"].as_u64(),
                    "rows".to_string(),
                )),
                attempt: None,
                note: t["error"].as_str().map(String::from),
            }
        })
        .collect();
    Snapshot {
        header: summary(name, run),
        items,
    }
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
    let mut details: Vec<String> = run["tables"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| t["status"] == "failed")
        .map(|t| {
            // Details are printed as they are: server text is made inert here.
            format!(
                "{}: {}",
                terminal_safe(t["name"].as_str().unwrap_or("?")),
                terminal_safe(t["error"].as_str().unwrap_or("failed"))
            )
        })
        .collect();
    if details.is_empty()
        && let Some(e) = run["error"].as_str()
    {
        details.push(terminal_safe(e).into_owned());
    }
    Err(CliError::Failed {
        what: format!(
            "run {} of `{}` ended {}: {} of {} tables failed",
            terminal_safe(run["id"].as_str().unwrap_or("?")),
            terminal_safe(connector["name"].as_str().unwrap_or("?")),
            terminal_safe(status),
            run["tables_failed"].as_u64().unwrap_or(0),
            run["tables_attempted"].as_u64().unwrap_or(0),
        ),
        details,
    }
    .into())
}

pub async fn test(ctx: &Context, name: &str) -> anyhow::Result<()> {
    let connector = CONNECTORS.find(ctx, Scope::top(), name).await?;
    let id = connector["id"].as_str().unwrap_or(name);
    let path = CONNECTORS
        .item_path(ctx, Scope::top(), id)
        .await?
        .seg("test");
    let result = ctx
        .client()
        .await?
        .post(&path, json!({}))
        .await
        .map_err(|e| {
            e.context(format!(
                "could not test connector {}",
                CONNECTORS.label(&connector)
            ))
        })?;
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
    if result["success"] == Value::Bool(true) {
        ctx.out.status(&format!(
            "connection test of {} passed",
            CONNECTORS.label(&connector)
        ));
        return Ok(());
    }
    let failed: Vec<String> = result["checks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["status"] == "failed")
        .map(|c| {
            format!(
                "{}: {}",
                terminal_safe(c["name"].as_str().unwrap_or("?")),
                terminal_safe(c["message"].as_str().unwrap_or(""))
            )
        })
        .collect();
    Err(CliError::Failed {
        what: format!("connection test of {} failed", CONNECTORS.label(&connector)),
        details: failed,
    }
    .into())
}

pub async fn sync(ctx: &Context, a: SyncArgs) -> anyhow::Result<()> {
    let connector = CONNECTORS.find(ctx, Scope::top(), &a.connector).await?;
    let id = connector["id"].as_str().unwrap_or(&a.connector);
    let path = CONNECTORS
        .item_path(ctx, Scope::top(), id)
        .await?
        .seg("sync");
    let run = ctx
        .client()
        .await?
        .post(&path, json!({}))
        .await
        .map_err(|e| {
            e.context(format!(
                "could not start a sync of {}",
                CONNECTORS.label(&connector)
            ))
        })?;
    let rid = run["id"].as_str().unwrap_or_default();
    ctx.out.status(&format!(
        "started sync run {rid} of {}",
        CONNECTORS.label(&connector)
    ));
    if !a.wait {
        ctx.out.status(&format!(
            "follow it with `{}`",
            watch_command(ctx, &connector, rid)
        ));
        return show_run(ctx, &run);
    }
    let done = follow(ctx, &connector, &run).await?;
    show_run(ctx, &done)?;
    verdict(&connector, &done)
}
