//! Pipeline runs on the sandbox clock: the whole ordered event list of a run, derived from its plan, start and
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

mod frames;
pub mod runs;
mod timeline;

use jiff::Timestamp;

pub use frames::{apply, events, frame, initial_step};

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

#[cfg(test)]
mod tests {
    use jiff::SignedDuration;
    use serde_json::{Value, json};

    use super::timeline::timeline;
    use super::*;

    fn secs(n: i64) -> SignedDuration {
        SignedDuration::from_secs(n)
    }

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
