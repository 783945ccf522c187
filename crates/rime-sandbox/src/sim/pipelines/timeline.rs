//! The complete, uncancelled timeline of a pipeline run: steps start when their upstream
//! succeeded, attempts end, fail, retry or time out, failures skip what depends on them.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use super::{Event, Kind, duration, rows};

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

pub(super) fn secs(n: i64) -> SignedDuration {
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

pub(super) fn number(events: Vec<(Timestamp, Kind)>) -> Vec<Event> {
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

pub(super) fn finished(
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
