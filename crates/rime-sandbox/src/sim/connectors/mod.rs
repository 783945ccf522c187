//! Connector runs on the sandbox clock: plans, progress at any instant, lazy scheduled runs, wake index.
//
// Everything time-dependent is a function of the sandbox clock, computed when something is read:
// runs progress and finish, and scheduled runs come due, the moment a connector (or its runs) is
// next looked at. A small wake index (one row per connector that can change by itself: a run in
// progress or an enabled schedule) keeps that cheap on very large projects. Other domains reading
// connectors call `settle_project` first.
//
// Deterministic rules (also in docs/connectors.md and the OpenAPI descriptions):
// - a run extracts every selected table at once; a table of R rows takes 10 + ceil(R / 2000)
//   seconds and its `rows_extracted` grows linearly; R is the table's `row_count` (file uploads)
//   or a hash of connector id and table name (1,000–250,000);
// - a table whose name contains `broken` fails half-way through;
// - a connector whose host starts with `unreachable.` fails the whole run after 10 s, one with a
//   secret equal to `wrong` after 3 s (authentication), a user name starting `noaccess` after
//   5 s (permissions); every table is then `failed` with that error;
// - the run ends `completed` (no table failed), `failed` (none succeeded) or `partially_failed`;
// - a scheduled firing while a run is in progress is recorded `skipped`.

use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;
use serde_json::{Value, json};

pub mod schema;

use crate::app::App;
use crate::clock::rfc3339;
use crate::collection::{CONNECTOR_RUNS, CONNECTOR_WAKES, CONNECTORS, public};
use crate::domain::connectors::{catalogue, discovery, full_config, schedule, secret_values};
use crate::error::ApiResult;
use crate::store::{Obj, Store};

const ROWS_PER_SECOND: u64 = 2_000;
const TABLE_BASE_SECONDS: i64 = 10;
/// Scheduled firings materialised per connector per read; older missed ones are dropped.
pub const CATCH_UP: usize = 25;

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

fn ts(v: &Value) -> Option<Timestamp> {
    v.as_str().and_then(|s| s.parse().ok())
}

fn secs(n: i64) -> SignedDuration {
    SignedDuration::from_secs(n)
}

/// The simulated connection test: reachability, authentication, permissions (later ones skipped
/// after a failure). Returns `(name, status, message)` and, for failures, how long a run takes
/// to give up.
pub fn probe(kind: &str, full: &Value) -> Vec<(&'static str, &'static str, String, i64)> {
    if kind == "file" {
        return vec![
            (
                "reachability",
                "passed",
                "File connectors receive uploads; there is no source to reach.".into(),
                0,
            ),
            (
                "authentication",
                "skipped",
                "File connectors have no credentials.".into(),
                0,
            ),
            (
                "permissions",
                "passed",
                "Uploaded files are readable.".into(),
                0,
            ),
        ];
    }
    let host = catalogue::host_of(full);
    let target = host.clone().unwrap_or_else(|| format!("the {kind} API"));
    let user = ["username", "email"]
        .iter()
        .find_map(|k| full[*k].as_str())
        .or(full["auth"]["username"].as_str());
    let outcomes = [
        (
            "reachability",
            host.as_deref()
                .is_some_and(|h| h.starts_with("unreachable.")),
            format!("Could not connect to {target}: connection timed out after 10 s."),
            format!("Connected to {target}."),
            10,
        ),
        (
            "authentication",
            secret_values(kind, full).iter().any(|s| s == "wrong"),
            "The source rejected the credentials (authentication failed).".to_string(),
            "Credentials accepted.".to_string(),
            3,
        ),
        (
            "permissions",
            user.is_some_and(|u| u.starts_with("noaccess")),
            format!(
                "User '{}' cannot read the source's tables.",
                user.unwrap_or("")
            ),
            "Read access to the source's tables confirmed.".to_string(),
            5,
        ),
    ];
    let mut failed = false;
    outcomes
        .into_iter()
        .map(|(name, fails, bad, good, after)| {
            if failed {
                (
                    name,
                    "skipped",
                    "Skipped because an earlier check failed.".to_string(),
                    0,
                )
            } else if fails {
                failed = true;
                (name, "failed", bad, after)
            } else {
                (name, "passed", good, 0)
            }
        })
        .collect()
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

/// `error` when the last run failed (partly or wholly), `paused` with a disabled schedule.
pub fn derive_status(connector: &Value) -> &'static str {
    let last = connector["last_run"]["status"].as_str().unwrap_or("");
    if matches!(last, "failed" | "partially_failed") {
        "error"
    } else if connector["schedule"]["enabled"] == Value::Bool(false) {
        "paused"
    } else {
        "active"
    }
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

fn record_skipped(app: &App, conn: &Connection, c: &Obj, at: Timestamp) -> ApiResult<()> {
    let mut run = new_run(c, &app.ids.id("run", at), "scheduled", at);
    run["status"] = "skipped".into();
    run["ended_at"] = rfc3339(at).into();
    insert_run(conn, c, &run)
}

/// The connector's run in progress, if any, with the instant it ends.
pub fn running(conn: &Connection, c: &Obj) -> ApiResult<Option<(Obj, Timestamp)>> {
    if c.body["last_run"]["status"] != "running" {
        return Ok(None);
    }
    let id = c.body["last_run"]["id"].as_str().unwrap_or_default();
    Ok(Store(conn)
        .get(CONNECTOR_RUNS.kind, id)?
        .filter(|r| r.body["status"] == "running")
        .and_then(|r| ends_at(&r.body).map(|e| (r, e))))
}

/// Brings a connector up to `now`: finishes its run if it ended, records the scheduled runs that
/// came due (skipped while another runs), and saves it when anything changed.
pub fn settle(app: &App, conn: &Connection, c: &mut Obj) -> ApiResult<()> {
    let now = app.now();
    let store = Store(conn);
    let mut changed = false;
    let sched = c.body["schedule"].clone();
    if let Some(due) = ts(&c.body["next_run_at"]).filter(|t| *t <= now)
        && let Some(start) = schedule::catch_up_start(&sched, due, now, CATCH_UP)
    {
        c.body["next_run_at"] = rfc3339(start).into();
        changed = true;
    }
    loop {
        let current = running(conn, c)?;
        let run_end = current.as_ref().map(|(_, e)| *e);
        let fire = ts(&c.body["next_run_at"]).filter(|_| sched["enabled"] == Value::Bool(true));
        let Some(t) = [run_end, fire]
            .into_iter()
            .flatten()
            .min()
            .filter(|t| *t <= now)
        else {
            break;
        };
        changed = true;
        match current {
            Some((run, end)) if end == t => {
                let done = finished(&run.body, t);
                store.put_body(&run.id, &done)?;
                c.body["last_run"] = summary(&done);
            }
            Some(_) => {
                record_skipped(app, conn, c, t)?;
                c.body["next_run_at"] = schedule::next_after_str(&sched, t);
            }
            None => {
                start_run(app, conn, c, "scheduled", t)?;
                c.body["next_run_at"] = schedule::next_after_str(&sched, t);
            }
        }
    }
    if changed {
        save(conn, c)?;
    }
    Ok(())
}

/// Saves a connector whose runs or schedule moved, with its derived status and wake entry.
pub fn save(conn: &Connection, c: &mut Obj) -> ApiResult<()> {
    c.body["status"] = derive_status(&c.body).into();
    Store(conn).put_body(&c.id, &c.body)?;
    wake(conn, c)
}

/// Keeps the connector's wake entry: the next instant it can change by itself, if any.
pub fn wake(conn: &Connection, c: &Obj) -> ApiResult<()> {
    let store = Store(conn);
    let run_end = running(conn, c)?.map(|(_, e)| e);
    let fire =
        ts(&c.body["next_run_at"]).filter(|_| c.body["schedule"]["enabled"] == Value::Bool(true));
    let id = format!("{}~wake", c.id);
    match [run_end, fire].into_iter().flatten().min() {
        None => {
            store.delete(&id)?;
        }
        Some(at) => {
            let body = json!({"connector_id": c.id, "at": rfc3339(at)});
            if CONNECTOR_WAKES.get(conn, &id)?.is_some() {
                store.put_body(&id, &body)?;
            } else {
                CONNECTOR_WAKES.insert_in(conn, &id, &c.scope, &body)?;
            }
        }
    }
    Ok(())
}

/// Settles every connector of a project that is due (before lists and filters read them).
/// Other domains (monitoring summaries, pipelines) call this before reading connectors.
pub fn settle_project(app: &App, conn: &Connection, pid: &str) -> ApiResult<()> {
    let now = app.now();
    for w in CONNECTOR_WAKES.all(conn, pid)? {
        if ts(&w.body["at"]).is_some_and(|at| at <= now)
            && let Some(mut c) =
                CONNECTORS.get(conn, w.body["connector_id"].as_str().unwrap_or_default())?
        {
            settle(app, conn, &mut c)?;
        }
    }
    Ok(())
}

/// A connector brought up to date.
pub fn settled(app: &App, conn: &Connection, pid: &str, cid: &str) -> ApiResult<Obj> {
    let mut c = CONNECTORS.load(conn, pid, cid)?;
    settle(app, conn, &mut c)?;
    Ok(c)
}

/// The connector as the API shows it, with its running `last_run` computed live.
pub fn render(conn: &Connection, c: &Obj, now: Timestamp) -> Value {
    let mut body = public(&c.body);
    if let Ok(Some((run, _))) = running(conn, c) {
        body["last_run"] = summary(&state_at(&run.body, now));
    }
    body
}
