//! The run simulation: the whole ordered event list of a run, derived from its plan, start and
//! cancel time alone; the Run object is those events folded up to "now", so the REST view and the
//! WebSocket frames can never disagree and `?after=` replays are exact.
//!
//! Rules (documented in `openapi/pipelines.yaml` and `docs/pipelines.md`):
//! - roots start together when the run starts; a step starts once every upstream step succeeded;
//! - an attempt lasts by type: extract 120 s, transform 90 s, infrastructure 60 s, validate 30 s,
//!   webhook 5 s, custom 20 s;
//! - a key containing `fail` fails every attempt, one containing `flaky` fails its first attempt;
//!   a failing attempt fails halfway through; an attempt longer than `timeout_seconds` fails when
//!   the timeout expires;
//! - a failed attempt is retried `retry.max_attempts` times, `retry.delay_seconds` apart;
//! - a step that finally failed skips its downstream steps; under `failure_policy: stop` the run
//!   also starts nothing new (not-yet-started steps are skipped; in-flight ones finish);
//! - extract steps report rows every 10 % of their duration;
//! - cancel: running (or retry-waiting) steps end `cancelled`, pending ones `skipped`.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use crate::clock::rfc3339;

/// Seconds one attempt of a step type takes.
pub fn duration(kind: &str) -> i64 {
    match kind {
        "extract" => 120,
        "transform" => 90,
        "infrastructure" => 60,
        "validate" => 30,
        "webhook" => 5,
        _ => 20,
    }
}

/// Rows an extract step reads: 5,000 to 52,500 in steps of 2,500, from its key (FNV-1a).
pub fn rows(key: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    5_000 + (h % 20) * 2_500
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Started {
        step: usize,
        attempt: u32,
    },
    Progress {
        step: usize,
        current: u64,
        total: u64,
    },
    Finished {
        step: usize,
        state: &'static str,
        error: Option<String>,
        attempt: u32,
        next_attempt_at: Option<Timestamp>,
    },
    RunFinished {
        status: &'static str,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub seq: u64,
    pub at: Timestamp,
    pub kind: Kind,
}

/// One step as the simulation needs it.
struct Step {
    key: String,
    kind: String,
    deps: Vec<usize>,
    stop: bool,
    retries: u32,
    delay: i64,
    timeout: i64,
}

fn plan(steps: &[Value]) -> Vec<Step> {
    let keys: Vec<&str> = steps
        .iter()
        .map(|s| s["key"].as_str().unwrap_or_default())
        .collect();
    steps
        .iter()
        .map(|s| Step {
            key: s["key"].as_str().unwrap_or_default().to_string(),
            kind: s["type"].as_str().unwrap_or("custom").to_string(),
            deps: s["depends_on"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|d| keys.iter().position(|k| Some(*k) == d.as_str()))
                .collect(),
            stop: s["failure_policy"].as_str() != Some("continue"),
            retries: s["retry"]["max_attempts"].as_u64().unwrap_or(0) as u32,
            delay: s["retry"]["delay_seconds"].as_i64().unwrap_or(30),
            timeout: s["timeout_seconds"].as_i64().unwrap_or(3600),
        })
        .collect()
}

/// Something due at a time; at equal times progress comes first, then attempt ends, then starts
/// (so a dependent starts after the step it waited for finished), each by step order.
#[derive(Debug, PartialEq, Eq)]
struct Due {
    at: Timestamp,
    class: u8,
    step: usize,
    attempt: u32,
    what: What,
}

#[derive(Debug, PartialEq, Eq)]
enum What {
    Progress(u64, u64),
    End(Option<String>),
    Start,
}

impl Ord for Due {
    fn cmp(&self, o: &Self) -> Ordering {
        // Reversed: BinaryHeap pops the greatest, we want the earliest.
        (o.at, o.class, o.step, o.attempt).cmp(&(self.at, self.class, self.step, self.attempt))
    }
}
impl PartialOrd for Due {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

#[derive(Clone, Copy, PartialEq)]
enum St {
    Waiting,
    Ready,
    Busy,
    Succeeded,
    Failed,
    Skipped,
}

fn secs(n: i64) -> SignedDuration {
    SignedDuration::from_secs(n)
}

/// The complete, uncancelled timeline of a run started at `start`.
pub fn timeline(steps: &[Value], start: Timestamp) -> Vec<Event> {
    let plan = plan(steps);
    let mut st = vec![St::Waiting; plan.len()];
    let mut queue = BinaryHeap::new();
    let mut out: Vec<(Timestamp, Kind)> = Vec::new();
    let mut stopped = false;
    for (i, s) in plan.iter().enumerate() {
        if s.deps.is_empty() {
            st[i] = St::Ready;
            queue.push(start_at(start, i, 1));
        }
    }
    let mut last = start;
    while let Some(due) = queue.pop() {
        let (t, i) = (due.at, due.step);
        last = t;
        match due.what {
            What::Start => {
                if st[i] != St::Ready && st[i] != St::Busy {
                    continue;
                }
                st[i] = St::Busy;
                out.push((
                    t,
                    Kind::Started {
                        step: i,
                        attempt: due.attempt,
                    },
                ));
                schedule_attempt(&plan[i], i, due.attempt, t, &mut queue);
            }
            What::Progress(current, total) => out.push((
                t,
                Kind::Progress {
                    step: i,
                    current,
                    total,
                },
            )),
            What::End(None) => {
                st[i] = St::Succeeded;
                out.push((t, finished(i, "succeeded", None, due.attempt, None)));
                for (j, s) in plan.iter().enumerate() {
                    let ready = st[j] == St::Waiting
                        && s.deps.contains(&i)
                        && s.deps.iter().all(|&d| st[d] == St::Succeeded);
                    if ready && !stopped {
                        st[j] = St::Ready;
                        queue.push(start_at(t, j, 1));
                    }
                }
            }
            What::End(Some(error)) => {
                let s = &plan[i];
                if due.attempt <= s.retries {
                    let next = t + secs(s.delay);
                    out.push((
                        t,
                        finished(i, "failed", Some(error), due.attempt, Some(next)),
                    ));
                    queue.push(Due {
                        at: next,
                        class: 2,
                        step: i,
                        attempt: due.attempt + 1,
                        what: What::Start,
                    });
                    continue;
                }
                st[i] = St::Failed;
                out.push((t, finished(i, "failed", Some(error), due.attempt, None)));
                let key = &s.key;
                for j in downstream(&plan, i) {
                    if matches!(st[j], St::Waiting | St::Ready) {
                        st[j] = St::Skipped;
                        let why = format!("Skipped: upstream step '{key}' failed.");
                        out.push((t, finished(j, "skipped", Some(why), 0, None)));
                    }
                }
                if s.stop {
                    stopped = true;
                    for (j, state) in st.iter_mut().enumerate() {
                        if matches!(state, St::Waiting | St::Ready) {
                            *state = St::Skipped;
                            let why =
                                format!("Skipped: the run stopped after step '{key}' failed.");
                            out.push((t, finished(j, "skipped", Some(why), 0, None)));
                        }
                    }
                }
            }
        }
    }
    let status = if st.contains(&St::Failed) {
        "failed"
    } else {
        "succeeded"
    };
    out.push((last, Kind::RunFinished { status }));
    number(out)
}

fn number(events: Vec<(Timestamp, Kind)>) -> Vec<Event> {
    events
        .into_iter()
        .enumerate()
        .map(|(n, (at, kind))| Event {
            seq: n as u64 + 1,
            at,
            kind,
        })
        .collect()
}

fn start_at(at: Timestamp, step: usize, attempt: u32) -> Due {
    Due {
        at,
        class: 2,
        step,
        attempt,
        what: What::Start,
    }
}

fn finished(
    step: usize,
    state: &'static str,
    error: Option<String>,
    attempt: u32,
    next_attempt_at: Option<Timestamp>,
) -> Kind {
    Kind::Finished {
        step,
        state,
        error,
        attempt,
        next_attempt_at,
    }
}

/// Every step that depends on `i`, directly or not.
fn downstream(plan: &[Step], i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut stack = vec![i];
    while let Some(n) = stack.pop() {
        for (j, s) in plan.iter().enumerate() {
            if s.deps.contains(&n) && !out.contains(&j) {
                out.push(j);
                stack.push(j);
            }
        }
    }
    out.sort_unstable();
    out
}

fn schedule_attempt(s: &Step, i: usize, attempt: u32, t: Timestamp, q: &mut BinaryHeap<Due>) {
    let d = duration(&s.kind);
    let half = (d / 2).max(1);
    let mut end: (i64, Option<String>) = (d, None);
    if s.key.contains("fail") {
        end = (
            half,
            Some("Simulated failure: steps whose key contains 'fail' always fail.".into()),
        );
    } else if s.key.contains("flaky") && attempt == 1 {
        end = (
            half,
            Some(
                "Simulated transient failure: steps whose key contains 'flaky' fail their first attempt."
                    .into(),
            ),
        );
    }
    if s.timeout < end.0 {
        end = (
            s.timeout,
            Some(format!("Timed out after {} seconds.", s.timeout)),
        );
    }
    if s.kind == "extract" {
        let total = rows(&s.key);
        for tenth in 1..=10i64 {
            let after = d * tenth / 10;
            let reached = after < end.0 || (tenth == 10 && end.1.is_none());
            if reached {
                q.push(Due {
                    at: t + secs(after),
                    class: 0,
                    step: i,
                    attempt,
                    what: What::Progress(total * tenth as u64 / 10, total),
                });
            }
        }
    }
    q.push(Due {
        at: t + secs(end.0),
        class: 1,
        step: i,
        attempt,
        what: What::End(end.1),
    });
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> Timestamp {
        "2026-11-28T09:00:00Z".parse().unwrap()
    }

    fn step(key: &str, kind: &str, deps: &[&str]) -> Value {
        json!({"key": key, "type": kind, "depends_on": deps, "failure_policy": "stop",
               "retry": {"max_attempts": 0, "delay_seconds": 30}, "timeout_seconds": 3600})
    }

    fn summary(steps: &[Value], evs: &[Event]) -> Vec<String> {
        evs.iter()
            .map(|e| {
                let f = frame(steps, e);
                format!(
                    "{} {} {}{}",
                    e.at.as_second() - t0().as_second(),
                    f["type"].as_str().unwrap(),
                    f["step_key"].as_str().unwrap_or(""),
                    f["state"]
                        .as_str()
                        .or(f["status"].as_str())
                        .map(|s| format!(" {s}"))
                        .unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn a_diamond_runs_its_branches_together() {
        let steps = vec![
            step("a", "custom", &[]),
            step("b", "validate", &["a"]),
            step("c", "custom", &["a"]),
            step("d", "webhook", &["b", "c"]),
        ];
        let evs = timeline(&steps, t0());
        assert_eq!(
            summary(&steps, &evs),
            [
                "0 step_started a",
                "20 step_finished a succeeded",
                "20 step_started b",
                "20 step_started c",
                "40 step_finished c succeeded",
                "50 step_finished b succeeded",
                "50 step_started d",
                "55 step_finished d succeeded",
                "55 run_finished  succeeded",
            ]
        );
    }

    #[test]
    fn retries_and_cancel() {
        let mut s = step("flaky_load", "custom", &[]);
        s["retry"] = json!({"max_attempts": 1, "delay_seconds": 5});
        let steps = vec![s, step("after", "custom", &["flaky_load"])];
        let evs = timeline(&steps, t0());
        assert_eq!(
            summary(&steps, &evs),
            [
                "0 step_started flaky_load",
                "10 step_finished flaky_load failed",
                "15 step_started flaky_load",
                "35 step_finished flaky_load succeeded",
                "35 step_started after",
                "55 step_finished after succeeded",
                "55 run_finished  succeeded",
            ]
        );
        let cancelled = events(&steps, Some(t0()), Some(t0() + secs(12)));
        assert_eq!(
            summary(&steps, &cancelled)[2..],
            [
                "12 step_finished flaky_load cancelled",
                "12 step_finished after skipped",
                "12 run_finished  cancelled"
            ]
        );
    }
}
