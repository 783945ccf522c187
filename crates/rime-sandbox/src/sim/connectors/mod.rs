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

mod probe;
mod runs;
pub mod schema;

use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::app::App;
use crate::clock::rfc3339;
use crate::collection::{CONNECTOR_RUNS, CONNECTOR_WAKES, CONNECTORS, public};
use crate::domain::connectors::schedule;
use crate::error::ApiResult;
use crate::store::{Obj, Store};

pub use probe::probe;
pub use runs::{ends_at, finished, plan, recount, start_planned, start_run, state_at, summary};

/// Scheduled firings materialised per connector per read; older missed ones are dropped.
pub const CATCH_UP: usize = 25;

fn ts(v: &Value) -> Option<Timestamp> {
    v.as_str().and_then(|s| s.parse().ok())
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
                runs::record_skipped(app, conn, c, t)?;
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
