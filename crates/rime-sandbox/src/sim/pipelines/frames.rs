//! A run's events as they stand (the timeline cut at a cancel), the WebSocket frame of each, and
//! folding frames onto a run exactly as a client following the stream would.

use jiff::Timestamp;
use serde_json::{Value, json};

use super::timeline::{finished, number, timeline};
use super::{Event, Kind};
use crate::clock::rfc3339;

/// The events of a run as they stand: the timeline up to the cancel time, then the cancel's own
/// events; or, for a run cancelled before it started, only those.
pub fn events(steps: &[Value], start: Option<Timestamp>, cancel: Option<Timestamp>) -> Vec<Event> {
    let full = match start {
        Some(s) if cancel.is_none_or(|c| s <= c) => timeline(steps, s),
        _ => Vec::new(),
    };
    let Some(c) = cancel else {
        return full;
    };
    if full.last().is_some_and(|e| e.at <= c) {
        // Finished before the cancel arrived: nothing to cancel.
        return full;
    }
    let mut kept: Vec<(Timestamp, Kind)> = full
        .into_iter()
        .filter(|e| e.at <= c)
        .map(|e| (e.at, e.kind))
        .collect();
    let mut state = vec![("pending", false); steps.len()];
    for (_, k) in &kept {
        match k {
            Kind::Started { step, .. } => state[*step] = ("running", false),
            Kind::Finished {
                step,
                state: s,
                next_attempt_at,
                ..
            } => state[*step] = (s, next_attempt_at.is_some()),
            _ => {}
        }
    }
    for (i, (s, retrying)) in state.into_iter().enumerate() {
        match (s, retrying) {
            ("running", _) | ("failed", true) => kept.push((
                c,
                finished(i, "cancelled", Some("Cancelled.".into()), 0, None),
            )),
            ("pending", _) => kept.push((
                c,
                finished(
                    i,
                    "skipped",
                    Some("Skipped: the run was cancelled.".into()),
                    0,
                    None,
                ),
            )),
            _ => {}
        }
    }
    kept.push((
        c,
        Kind::RunFinished {
            status: "cancelled",
        },
    ));
    number(kept)
}

/// The frame the WebSocket sends for an event.
pub fn frame(steps: &[Value], e: &Event) -> Value {
    let key = |i: &usize| steps[*i]["key"].clone();
    let (kind, fields) = match &e.kind {
        Kind::Started { step, attempt } => (
            "step_started",
            json!({"step_key": key(step), "attempt": attempt}),
        ),
        Kind::Progress {
            step,
            current,
            total,
        } => (
            "step_progress",
            json!({"step_key": key(step), "progress": {"current": current, "total": total, "unit": "rows"}}),
        ),
        Kind::Finished {
            step,
            state,
            error,
            attempt,
            next_attempt_at,
        } => (
            "step_finished",
            json!({"step_key": key(step), "state": state, "error": error, "attempt": attempt,
                   "next_attempt_at": next_attempt_at.map(rfc3339)}),
        ),
        Kind::RunFinished { status } => ("run_finished", json!({"status": status})),
    };
    let mut f = json!({"seq": e.seq, "type": kind, "at": rfc3339(e.at)});
    if let (Some(m), Value::Object(extra)) = (f.as_object_mut(), fields) {
        m.extend(extra);
    }
    f
}

/// A step as a run shows it before anything happened to it.
pub fn initial_step(s: &Value) -> Value {
    json!({
        "key": s["key"], "name": s["name"], "type": s["type"], "depends_on": s["depends_on"],
        "state": "pending", "attempt": 0, "started_at": null, "ended_at": null,
        "progress": null, "error": null, "next_attempt_at": null,
    })
}

/// Applies one frame to a run's steps, exactly as a client following the stream would.
pub fn apply(run: &mut Value, f: &Value) {
    let at = f["at"].clone();
    if f["type"] == "run_finished" {
        run["status"] = f["status"].clone();
        run["ended_at"] = at;
        return;
    }
    let Some(step) = run["steps"]
        .as_array_mut()
        .and_then(|s| s.iter_mut().find(|s| s["key"] == f["step_key"]))
    else {
        return;
    };
    match f["type"].as_str() {
        Some("step_started") => {
            if f["attempt"] == 1 {
                step["started_at"] = at;
            }
            step["state"] = "running".into();
            step["attempt"] = f["attempt"].clone();
            step["ended_at"] = Value::Null;
            step["error"] = Value::Null;
            step["progress"] = Value::Null;
            step["next_attempt_at"] = Value::Null;
        }
        Some("step_progress") => step["progress"] = f["progress"].clone(),
        Some("step_finished") => {
            step["state"] = f["state"].clone();
            step["error"] = f["error"].clone();
            step["ended_at"] = at;
            step["next_attempt_at"] = f["next_attempt_at"].clone();
            if f["attempt"].as_u64().is_some_and(|a| a > 0) {
                step["attempt"] = f["attempt"].clone();
            }
        }
        _ => {}
    }
}
