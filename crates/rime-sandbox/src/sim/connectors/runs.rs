//! One connector run: its plan (the selected tables), progress at any instant, how it ends.

use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;
use serde_json::{Value, json};

use super::{probe, schema, ts};
use crate::app::App;
use crate::clock::rfc3339;
use crate::collection::{CONNECTOR_RUNS, public};
use crate::domain::connectors::{discovery, full_config};
use crate::error::ApiResult;
use crate::store::{Obj, Store};

const ROWS_PER_SECOND: u64 = 2_000;
const TABLE_BASE_SECONDS: i64 = 10;

fn table_seconds(rows: u64) -> i64 {
    TABLE_BASE_SECONDS + rows.div_ceil(ROWS_PER_SECOND) as i64
}

fn breaks(name: &str) -> bool {
    name.to_ascii_lowercase().contains("broken")
}

/// Seconds after the start at which a table stops (done, or failed half-way).
fn table_end(name: &str, rows: u64) -> i64 {
    let d = table_seconds(rows);
    if breaks(name) { (d / 2).max(1) } else { d }
}

fn secs(n: i64) -> SignedDuration {
    SignedDuration::from_secs(n)
}

/// Counts and duration from the tables, at `t` (or the run's end).
pub fn recount(run: &mut Value, t: Timestamp) {
    let tables = run["tables"].as_array().cloned().unwrap_or_default();
    let count = |s: &str| tables.iter().filter(|x| x["status"] == s).count();
    let total: u64 = tables
        .iter()
        .filter_map(|x| x["rows_extracted"].as_u64())
        .sum();
    let started = ts(&run["started_at"]).unwrap_or(t);
    let until = ts(&run["ended_at"]).unwrap_or(t);
    run["total_rows"] = total.into();
    run["tables_attempted"] = tables.len().into();
    run["tables_succeeded"] = count("completed").into();
    run["tables_failed"] = count("failed").into();
    run["duration_seconds"] = (until.as_second() - started.as_second()).max(0).into();
}

/// The run as it stands at `t`: finished runs as stored, running ones computed from their plan.
pub fn state_at(run: &Value, t: Timestamp) -> Value {
    let mut out = public(run);
    if run["status"] != "running" {
        return out;
    }
    let Some(started) = ts(&run["started_at"]) else {
        return out;
    };
    let elapsed = (t.as_second() - started.as_second()).max(0);
    let sim = &run["_sim"];
    let tables = out["tables"].as_array_mut().expect("a run has tables");
    if let Some(fail_after) = sim["fail_after"].as_i64() {
        if elapsed >= fail_after {
            let error = sim["error"].clone();
            for table in tables.iter_mut() {
                table["status"] = "failed".into();
                table["error"] = error.clone();
            }
            out["status"] = "failed".into();
            out["error"] = error;
            out["ended_at"] = rfc3339(started + secs(fail_after)).into();
        }
    } else {
        let mut last = 0;
        for table in tables.iter_mut() {
            let name = table["name"].as_str().unwrap_or_default().to_string();
            let rows = table["rows_total"].as_u64().unwrap_or(0);
            let (d, end) = (table_seconds(rows), table_end(&name, rows));
            last = last.max(end);
            let upto = elapsed.min(end) as u64;
            table["rows_extracted"] = (rows * upto / d as u64).into();
            if elapsed >= end {
                if breaks(&name) {
                    table["status"] = "failed".into();
                    table["error"] = format!(
                        "permission denied for relation {name} (simulated: table names containing `broken` fail)"
                    )
                    .into();
                } else {
                    table["status"] = "completed".into();
                }
            }
        }
        if elapsed >= last {
            let failed = tables.iter().filter(|x| x["status"] == "failed").count();
            out["status"] = match failed {
                0 => "completed",
                n if n == tables.len() => "failed",
                _ => "partially_failed",
            }
            .into();
            out["ended_at"] = rfc3339(started + secs(last)).into();
        }
    }
    recount(&mut out, t);
    out
}

pub fn ends_at(run: &Value) -> Option<Timestamp> {
    ts(&run["_sim"]["ends_at"])
}

/// The part of a run a connector shows as `last_run`.
pub fn summary(run: &Value) -> Value {
    json!({
        "id": run["id"], "trigger": run["trigger"], "status": run["status"],
        "started_at": run["started_at"], "ended_at": run["ended_at"],
        "duration_seconds": run["duration_seconds"], "total_rows": run["total_rows"],
        "tables_failed": run["tables_failed"],
    })
}

fn new_run(c: &Obj, id: &str, trigger: &str, at: Timestamp) -> Value {
    json!({
        "id": id, "connector_id": c.id, "project_id": c.scope, "trigger": trigger,
        "status": "running", "started_at": rfc3339(at), "ended_at": null, "duration_seconds": 0,
        "total_rows": 0, "tables_attempted": 0, "tables_succeeded": 0, "tables_failed": 0,
        "tables": [], "error": null,
    })
}

fn insert_run(conn: &Connection, c: &Obj, run: &Value) -> ApiResult<()> {
    let id = run["id"].as_str().unwrap_or_default();
    Store(conn)
        .insert(CONNECTOR_RUNS.new_obj(id, &c.id, Some(&c.scope), run))
        .map(drop)
}

/// Starts a run at `at` with the connector's current selection and config; records it and makes
/// it the connector's `last_run` (the caller saves the connector). Pipelines' extract steps may
/// start runs through this too (`trigger: pipeline`).
pub fn start_run(
    app: &App,
    conn: &Connection,
    c: &mut Obj,
    trigger: &str,
    at: Timestamp,
) -> ApiResult<Value> {
    let tables = plan(app, conn, c)?;
    start_planned(app, conn, c, trigger, at, tables)
}

/// The tables a run started now would extract: the selected ones, with their row counts.
pub fn plan(app: &App, conn: &Connection, c: &Obj) -> ApiResult<Vec<Value>> {
    let schema = schema::current(app, conn, c)?;
    Ok(schema["tables"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| t["selected"] == Value::Bool(true))
        .map(|t| {
            let name = t["name"].as_str().unwrap_or_default();
            let rows = t["row_count"]
                .as_u64()
                .unwrap_or_else(|| discovery::rows_for(&c.id, name));
            json!({"name": name, "status": "running", "rows_extracted": 0, "rows_total": rows, "error": null})
        })
        .collect())
}

/// [`start_run`] with the tables already planned (seeding plans once for a whole history).
pub fn start_planned(
    app: &App,
    conn: &Connection,
    c: &mut Obj,
    trigger: &str,
    at: Timestamp,
    tables: Vec<Value>,
) -> ApiResult<Value> {
    let kind = c.body["type"].as_str().unwrap_or_default().to_string();
    let failure = probe(&kind, &full_config(c))
        .into_iter()
        .find(|p| p.1 == "failed")
        .map(|p| (p.3, p.2));
    let (fail_after, error) = match failure {
        _ if tables.is_empty() => (
            Some(0),
            Some("No tables are selected for extraction.".to_string()),
        ),
        Some((after, msg)) => (Some(after), Some(msg)),
        None => (None, None),
    };
    let last = tables
        .iter()
        .map(|t| {
            table_end(
                t["name"].as_str().unwrap_or_default(),
                t["rows_total"].as_u64().unwrap_or(0),
            )
        })
        .max()
        .unwrap_or(0);
    let id = app.ids.id("run", at);
    let mut run = new_run(c, &id, trigger, at);
    run["tables"] = tables.into();
    run["_sim"] = json!({
        "ends_at": rfc3339(at + secs(fail_after.unwrap_or(last))),
        "fail_after": fail_after, "error": error,
    });
    recount(&mut run, at);
    // A run that fails at once (nothing selected) is final the moment it is recorded.
    if fail_after == Some(0) {
        run = finished(&run, at);
    }
    insert_run(conn, c, &run)?;
    c.body["last_run"] = summary(&state_at(&run, at));
    Ok(run)
}

/// The final stored form of a run that ended by `t`, keeping the plan for reference.
pub fn finished(run: &Value, t: Timestamp) -> Value {
    let mut done = state_at(run, t);
    done["_sim"] = run["_sim"].clone();
    done
}

pub(super) fn record_skipped(
    app: &App,
    conn: &Connection,
    c: &Obj,
    at: Timestamp,
) -> ApiResult<()> {
    let mut run = new_run(c, &app.ids.id("run", at), "scheduled", at);
    run["status"] = "skipped".into();
    run["ended_at"] = rfc3339(at).into();
    insert_run(conn, c, &run)
}
