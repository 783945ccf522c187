//! Transformation runs on the sandbox clock: a run is planned in full when it starts (dependency order, outcomes, rows,
//! test results) and shown as it stands at the moment it is read, on the sandbox clock.
//!
//! Deterministic rules (also in docs/transformations.md and the OpenAPI document), with
//! `h = fnv1a(model name)`:
//! - a model starts when every model it reads (within the run) has finished; models run in parallel;
//! - it takes `5 + h % 26` seconds; a model whose name ends in `_broken` fails, and every model
//!   downstream of it is skipped;
//! - rows affected: `100 × (1 + (h >> 8) % 500)`; a tenth of that for an `incremental` model unless
//!   the run is a full refresh; 0 for a `view` or `ephemeral` one;
//! - a model's tests are evaluated when it succeeds; a test on a column ending in `_broken` fails
//!   with `1 + fnv1a(test name) % 25` failing rows: `warn` for severity warn, `fail` for error;
//! - the run fails when a model fails or an error-severity test fails; warnings keep it succeeded.

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use rusqlite::Connection;

use crate::app::App;
use crate::clock::rfc3339;
use crate::collection::TRANSFORMATION_RUNS;
use crate::domain::transformations::{fnv1a, graph_of, model_bodies, name_of};
use crate::error::{ApiError, ApiResult, Detail};
use crate::store::Store;

fn duration_seconds(name: &str) -> i64 {
    5 + i64::from(fnv1a(name) % 26)
}

fn rows(model: &Value, full_refresh: bool) -> u64 {
    let base = 100 * (1 + u64::from(fnv1a(name_of(model)) >> 8) % 500);
    match model["config"]["materialization"].as_str() {
        Some("view" | "ephemeral") => 0,
        Some("incremental") if !full_refresh => base / 10,
        _ => base,
    }
}

fn failing_rows(test_name: &str) -> u64 {
    1 + u64::from(fnv1a(test_name) % 25)
}

fn ts(v: &Value) -> Option<Timestamp> {
    v.as_str().and_then(|s| s.parse().ok())
}

/// Every test of a model that has just succeeded, evaluated.
fn evaluate_tests(model: &Value) -> Vec<Value> {
    let tests = model["tests"].as_array().cloned().unwrap_or_default();
    tests
        .iter()
        .map(|t| {
            let name = t["name"].as_str().unwrap_or_default();
            let broken = t["column"].as_str().is_some_and(|c| c.ends_with("_broken"));
            let status = match (broken, t["severity"].as_str()) {
                (false, _) => "pass",
                (true, Some("warn")) => "warn",
                (true, _) => "fail",
            };
            json!({
                "name": name, "model": name_of(model), "type": t["type"], "column": t["column"],
                "severity": t["severity"], "status": status,
                "failures": if broken { failing_rows(name) } else { 0 },
            })
        })
        .collect()
}

/// The whole run as it will unfold: per model its outcome, start, end, rows, error and tests.
fn plan(
    models: &[Value],
    requested: Option<&[String]>,
    full_refresh: bool,
    start: Timestamp,
) -> ApiResult<Value> {
    let graph = graph_of(models);
    let order = graph.order().map_err(|cycle| {
        ApiError::unprocessable(
            format!("The models form a cycle: {}.", cycle.join(" → ")),
            Vec::new(),
        )
    })?;
    let chosen = match requested {
        Some(names) => {
            let roots: Vec<usize> = names.iter().filter_map(|n| graph.index(n)).collect();
            graph.upstream(&roots)
        }
        None => (0..models.len()).collect(),
    };
    // (end, succeeded) per planned model.
    let mut ends: Vec<Option<(Timestamp, bool)>> = vec![None; models.len()];
    let mut entries = Vec::new();
    let (mut last, mut failed) = (start, false);
    for i in order.into_iter().filter(|i| chosen.contains(i)) {
        let m = &models[i];
        let name = name_of(m);
        let ups: Vec<(Timestamp, bool)> = graph.reads[i].iter().filter_map(|&u| ends[u]).collect();
        let broken_up = ups.iter().filter(|(_, ok)| !ok).map(|(t, _)| *t).max();
        let entry = if let Some(at) = broken_up {
            ends[i] = Some((at, false));
            json!({"name": name, "kind": m["kind"], "outcome": "skipped", "start": null, "end": rfc3339(at),
                   "rows_affected": null, "error": "Skipped: a model it reads did not succeed.", "tests": []})
        } else {
            let begin = ups.iter().map(|(t, _)| *t).max().unwrap_or(start);
            let end = begin + SignedDuration::from_secs(duration_seconds(name));
            let ok = !name.ends_with("_broken");
            ends[i] = Some((end, ok));
            let tests = if ok { evaluate_tests(m) } else { Vec::new() };
            failed |= !ok || tests.iter().any(|t| t["status"] == "fail");
            json!({
                "name": name, "kind": m["kind"], "outcome": if ok { "succeeded" } else { "failed" },
                "start": rfc3339(begin), "end": rfc3339(end),
                "rows_affected": if ok { json!(rows(m, full_refresh)) } else { Value::Null },
                "error": if ok { Value::Null } else {
                    json!(format!("Database error in model {name}: SQL compilation error: invalid identifier 'BROKEN_COLUMN'."))
                },
                "tests": tests,
            })
        };
        last = last.max(ends[i].map_or(start, |(t, _)| t));
        entries.push(entry);
    }
    Ok(json!({
        "plan": entries,
        "planned_end": rfc3339(last),
        "planned_status": if failed { "failed" } else { "succeeded" },
    }))
}

fn seconds(from: Timestamp, to: Timestamp) -> i64 {
    to.duration_since(from).as_secs().max(0)
}

/// The API's Run as it stands at `now` (or when it was cancelled).
pub fn view(stored: &Value, now: Timestamp) -> Value {
    let started = ts(&stored["started_at"]).unwrap_or(now);
    let cancelled = ts(&stored["cancelled_at"]);
    let at = cancelled.map_or(now, |c| c.min(now));
    let mut models = Vec::new();
    let mut tests = Vec::new();
    let (mut ok, mut bad, mut skipped, mut stopped, mut rows) = (0, 0, 0, 0, 0u64);
    for e in stored["plan"].as_array().into_iter().flatten() {
        let (begin, end) = (ts(&e["start"]), ts(&e["end"]).unwrap_or(started));
        let planned = e["outcome"].as_str().unwrap_or("succeeded");
        let status = match (begin, planned) {
            (_, _) if at >= end => planned,
            (None, _) => "pending",
            (Some(b), _) if at < b => "pending",
            _ => "running",
        };
        let status = match (cancelled, status) {
            (Some(_), "pending") => "skipped",
            (Some(_), "running") => "cancelled",
            _ => status,
        };
        let finished = !matches!(status, "pending" | "running");
        let ended_at = match status {
            "cancelled" => cancelled,
            "skipped" if cancelled.is_some() && at < end => cancelled,
            _ if finished => Some(end),
            _ => None,
        };
        let shown_start = begin.filter(|b| *b <= at);
        let duration = shown_start.map(|b| seconds(b, ended_at.unwrap_or(at)));
        let error = match status {
            "failed" => e["error"].clone(),
            "skipped" if planned == "skipped" && at >= end => e["error"].clone(),
            "skipped" => json!("Skipped: the run was cancelled."),
            "cancelled" => json!("Cancelled while running."),
            _ => Value::Null,
        };
        match status {
            "succeeded" => {
                ok += 1;
                rows += e["rows_affected"].as_u64().unwrap_or(0);
                tests.extend(e["tests"].as_array().cloned().unwrap_or_default());
            }
            "failed" => bad += 1,
            "cancelled" => stopped += 1,
            "skipped" => skipped += 1,
            _ => {}
        }
        models.push(json!({
            "name": e["name"], "kind": e["kind"], "status": status,
            "started_at": shown_start.map(rfc3339), "ended_at": ended_at.map(rfc3339),
            "duration_seconds": duration,
            "rows_affected": if status == "succeeded" { e["rows_affected"].clone() } else { Value::Null },
            "error": error,
        }));
    }
    let planned_end = ts(&stored["planned_end"]).unwrap_or(started);
    let (status, ended) = match cancelled {
        Some(c) => ("cancelled", Some(c)),
        None if now >= planned_end => (
            stored["planned_status"].as_str().unwrap_or("succeeded"),
            Some(planned_end),
        ),
        None => ("running", None),
    };
    let count = |s: &str| tests.iter().filter(|t| t["status"] == s).count();
    json!({
        "id": stored["id"], "transformation_id": stored["transformation_id"],
        "status": status, "trigger": stored["trigger"], "full_refresh": stored["full_refresh"],
        "requested_models": stored["requested_models"],
        "started_at": stored["started_at"], "ended_at": ended.map(rfc3339),
        "duration_seconds": seconds(started, ended.unwrap_or(now)),
        "models": models,
        "summary": {
            "models_total": models.len(), "models_succeeded": ok, "models_failed": bad,
            "models_skipped": skipped, "models_cancelled": stopped, "tests_passed": count("pass"), "tests_warned": count("warn"),
            "tests_failed": count("fail"), "rows_affected": rows,
        },
        "tests": tests,
    })
}

/// What the run is and how it will unfold, as stored: the plan from `start`, plus who asked for what.
pub struct NewRun<'a> {
    pub id: &'a str,
    pub tid: &'a str,
    pub requested: Option<&'a [String]>,
    pub full_refresh: bool,
    pub trigger: &'a str,
    pub start: Timestamp,
}

pub fn new_run(models: &[Value], r: NewRun<'_>) -> ApiResult<Value> {
    let mut body = plan(models, r.requested, r.full_refresh, r.start)?;
    body["id"] = json!(r.id);
    body["transformation_id"] = json!(r.tid);
    body["trigger"] = json!(r.trigger);
    body["full_refresh"] = json!(r.full_refresh);
    body["requested_models"] = json!(r.requested);
    body["started_at"] = json!(rfc3339(r.start));
    body["cancelled_at"] = Value::Null;
    Ok(body)
}

/// The newest run of a transformation when it is still running.
pub fn active(app: &App, conn: &Connection, tid: &str) -> ApiResult<Option<Value>> {
    Ok(TRANSFORMATION_RUNS
        .first(conn, tid, Vec::new())?
        .map(|o| view(&o.body, app.now()))
        .filter(|v| v["status"] == "running"))
}

/// Starts a run (the route, and pipelines' transform steps with `trigger: pipeline`): `requested`
/// models plus everything upstream of them, or every model. Unknown names → 422, a run still
/// going → 409. Returns the stored body; show it with [`view`].
pub fn start_run(
    app: &App,
    conn: &Connection,
    pid: &str,
    tid: &str,
    requested: Option<Vec<String>>,
    full_refresh: bool,
    trigger: &str,
) -> ApiResult<Value> {
    let models = model_bodies(conn, tid)?;
    if models.is_empty() {
        return Err(ApiError::unprocessable(
            "The transformation has no models to run.",
            Vec::new(),
        ));
    }
    let unknown: Vec<Detail> = requested
        .iter()
        .flatten()
        .enumerate()
        .filter(|(_, n)| !models.iter().any(|m| name_of(m) == n.as_str()))
        .map(|(i, n)| {
            Detail::new(
                format!("models[{i}]"),
                format!("no model named '{n}' in this transformation"),
            )
        })
        .collect();
    if !unknown.is_empty() {
        return Err(ApiError::unprocessable(
            "Unknown models requested.",
            unknown,
        ));
    }
    if let Some(run) = active(app, conn, tid)? {
        return Err(ApiError::conflict(format!(
            "Run '{}' of this transformation is still running; wait for it or cancel it.",
            run["id"].as_str().unwrap_or_default()
        )));
    }
    let id = app.new_id("tfr");
    let body = new_run(
        &models,
        NewRun {
            id: &id,
            tid,
            requested: requested.as_deref(),
            full_refresh,
            trigger,
            start: app.now(),
        },
    )?;
    Store(conn).insert(TRANSFORMATION_RUNS.new_obj(&id, tid, Some(pid), &body))?;
    Ok(body)
}
