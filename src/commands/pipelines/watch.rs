//! The watch view of a run: frames folded onto the snapshot as the protocol documents, drawn with
//! the shared run display (steps in DAG order, state, elapsed, progress, attempt); `-o ndjson`
//! passes the raw frames to stdout.

use jiff::Timestamp;
use serde_json::{Value, json};

use super::stream::Update;
use crate::commands::wait::LiveClock;
use crate::context::Context;
use crate::output::progress::{Item, RunDisplay, Snapshot};
use crate::output::{ListSpec, terminal_safe};

fn ts(v: &Value) -> Option<Timestamp> {
    v.as_str().and_then(|s| s.parse().ok())
}

fn human(secs: i64) -> String {
    crate::output::duration(secs.max(0).unsigned_abs())
}

/// Applies one event frame to a run, exactly as the events endpoint documents.
pub fn apply(run: &mut Value, f: &Value) {
    // A server that sends a run or step that is not an object gets it shown as is, not a crash.
    if !run.is_object() {
        return;
    }
    if f["type"] == "run_finished" {
        run["status"] = f["status"].clone();
        run["ended_at"] = f["at"].clone();
        return;
    }
    if run["status"] == "queued" && f["type"] == "step_started" {
        run["status"] = "running".into();
        run["started_at"] = f["at"].clone();
    }
    let Some(step) = run["steps"].as_array_mut().and_then(|s| {
        s.iter_mut()
            .find(|s| s.is_object() && s["key"] == f["step_key"])
    }) else {
        return;
    };
    match f["type"].as_str() {
        Some("step_started") => {
            if f["attempt"] == 1 {
                step["started_at"] = f["at"].clone();
            }
            for k in ["ended_at", "error", "progress", "next_attempt_at"] {
                step[k] = Value::Null;
            }
            step["state"] = "running".into();
            step["attempt"] = f["attempt"].clone();
        }
        Some("step_progress") => step["progress"] = f["progress"].clone(),
        Some("step_finished") => {
            for k in ["state", "error", "next_attempt_at"] {
                step[k] = f[k].clone();
            }
            step["ended_at"] = f["at"].clone();
            if f["attempt"].as_u64().is_some_and(|a| a > 0) {
                step["attempt"] = f["attempt"].clone();
            }
        }
        _ => {}
    }
}

/// The server's clock as a polled run tells it: its start plus its duration so far.
fn polled_now(run: &Value) -> Option<Timestamp> {
    let start = ts(&run["started_at"])?;
    start
        .checked_add(jiff::SignedDuration::from_secs(
            run["duration_seconds"].as_i64()?,
        ))
        .ok()
}

/// The display's view of a run; `now` is the server's clock as last heard (elapsed times).
pub fn view(run: &Value, pipeline: &str, now: Option<Timestamp>, pad: bool) -> Snapshot {
    let steps = run["steps"].as_array().cloned().unwrap_or_default();
    let now = now.or_else(|| polled_now(run));
    let elapsed = |from: &Value, to: &Value| -> Option<i64> {
        let from = ts(from)?;
        let to = ts(to).or(now)?;
        Some(to.as_second() - from.as_second())
    };
    let count = |f: &dyn Fn(&Value) -> bool| steps.iter().filter(|s| f(s)).count();
    let running = count(&|s| s["state"] == "running");
    let pending = count(&|s| s["state"] == "pending" || !s["next_attempt_at"].is_null());
    let completed = steps.len() - running - pending;
    let status = run["status"].as_str().unwrap_or("unknown");
    let mut header = format!(
        "run {} of pipeline {}: {status} · {completed}/{} completed, {running} running",
        run["id"].as_str().unwrap_or("?"),
        pipeline,
        steps.len()
    );
    if let Some(e) = elapsed(&run["started_at"], &run["ended_at"]) {
        header.push_str(&format!(" · {}", human(e)));
    }
    let width = if pad {
        steps
            .iter()
            .map(|s| s["key"].as_str().unwrap_or_default().chars().count())
            .max()
            .unwrap_or(0)
    } else {
        0
    };
    let items = steps
        .iter()
        .map(|s| {
            let key = s["key"].as_str().unwrap_or_default();
            let mut notes = Vec::new();
            if let Some(e) = elapsed(&s["started_at"], &s["ended_at"]) {
                notes.push(human(e));
            }
            if let Some(err) = s["error"].as_str() {
                notes.push(err.to_string());
            }
            if let Some(next) = ts(&s["next_attempt_at"]) {
                notes.push(format!("retrying at {}", next.strftime("%H:%M:%S")));
            }
            let p = &s["progress"];
            Item {
                key: key.to_string(),
                label: format!("{key:width$}"),
                state: s["state"].as_str().unwrap_or("pending").to_string(),
                progress: p["current"].as_u64().map(|c| {
                    (
                        c,
                        p["total"].as_u64(),
                        p["unit"].as_str().unwrap_or("").to_string(),
                    )
                }),
                attempt: s["attempt"].as_u64().filter(|a| *a > 0),
                note: (!notes.is_empty()).then(|| notes.join(" — ")),
            }
        })
        .collect();
    Snapshot { header, items }
}

/// Follows a run for a person (the display on stderr) and, with `-o ndjson`, for a program.
pub struct Watcher<'a> {
    ctx: &'a Context,
    display: RunDisplay<'a>,
    run: Option<Value>,
    pipeline: String,
    clock: LiveClock,
}

impl<'a> Watcher<'a> {
    pub fn new(ctx: &'a Context, pipeline: String) -> Watcher<'a> {
        Watcher {
            ctx,
            display: RunDisplay::new(&ctx.out),
            run: None,
            pipeline,
            clock: LiveClock::default(),
        }
    }

    fn ndjson(&self) -> bool {
        self.ctx.out.streams()
    }

    fn emit(&self, frame: &Value) -> anyhow::Result<()> {
        self.ctx.out.object(frame, &ListSpec::default())?;
        Ok(())
    }

    pub fn on(&mut self, u: Update<'_>) -> anyhow::Result<()> {
        match u {
            Update::Frame(f) => {
                if self.ndjson() {
                    self.emit(f)?;
                }
                if let Some(at) = ts(&f["at"]) {
                    self.clock.heard(at);
                    self.ctx.out.heard_server_time(at);
                }
                if f["type"] == "snapshot" {
                    self.run = Some(f["run"].clone());
                } else if let Some(run) = &mut self.run {
                    apply(run, f);
                }
            }
            Update::Polled(run) => {
                if self.ndjson() {
                    self.emit(&json!({"seq": null, "type": "snapshot", "at": null, "run": run, "source": "poll"}))?;
                }
                // A polled run carries the server's clock in its duration.
                if let Some(at) = polled_now(run) {
                    self.clock.heard(at);
                    self.ctx.out.heard_server_time(at);
                }
                self.run = Some(run.clone());
            }
            Update::Tick => {}
        }
        if let Some(run) = &self.run {
            let pad = self.ctx.out.show_progress();
            self.display
                .update(&view(run, &self.pipeline, self.clock.now(), pad));
        }
        Ok(())
    }

    /// Leaves the run's final state (as REST reports it) on screen.
    pub fn finish(self, run: &Value) {
        if let Some(at) = ts(&run["ended_at"]) {
            self.ctx.out.heard_server_time(at);
        }
        let pad = self.ctx.out.show_progress();
        self.display.finish(&view(run, &self.pipeline, None, pad));
    }
}

/// A pipeline label without back-ticks, for headers.
pub fn plain_name(p: &Value) -> String {
    terminal_safe(p["name"].as_str().or(p["id"].as_str()).unwrap_or("?")).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_fold_and_the_view_counts_steps() {
        let mut run = json!({"id": "plr_1", "status": "running", "started_at": "2026-11-28T09:00:00Z",
            "ended_at": null, "steps": [
                {"key": "a", "state": "running", "attempt": 1, "started_at": "2026-11-28T09:00:00Z", "ended_at": null, "progress": null, "error": null, "next_attempt_at": null},
                {"key": "b", "state": "pending", "attempt": 0, "started_at": null, "ended_at": null, "progress": null, "error": null, "next_attempt_at": null}]});
        apply(
            &mut run,
            &json!({"seq": 2, "type": "step_progress", "at": "2026-11-28T09:00:12Z", "step_key": "a", "progress": {"current": 10, "total": 100, "unit": "rows"}}),
        );
        apply(
            &mut run,
            &json!({"seq": 3, "type": "step_finished", "at": "2026-11-28T09:00:20Z", "step_key": "a", "state": "failed", "error": "boom", "attempt": 1, "next_attempt_at": "2026-11-28T09:00:50Z"}),
        );
        let v = view(&run, "p", "2026-11-28T09:00:30Z".parse().ok(), false);
        assert_eq!(
            v.header,
            "run plr_1 of pipeline p: running · 0/2 completed, 0 running · 30s"
        );
        assert_eq!(
            v.items[0].note.as_deref(),
            Some("20s — boom — retrying at 09:00:50")
        );
        assert_eq!(v.items[0].progress, Some((10, Some(100), "rows".into())));
        assert_eq!(human(125), "2m05s");
        assert_eq!(human(3725), "1h02m");
    }
}
