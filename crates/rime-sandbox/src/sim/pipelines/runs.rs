//! Stored pipeline runs as of now: each one's events folded up to the clock, queued runs that
//! start when the run they wait for ends, admission under the concurrency policy and the
//! scheduler's lazy catch-up.

use std::cell::RefCell;
use std::collections::HashMap;

use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::{Event, Kind, apply, events, frame, initial_step};
use crate::app::{Actor, App, Audit};
use crate::clock::rfc3339;
use crate::collection::{PIPELINE_RUNS, PIPELINES};
use crate::domain::pipelines::{dag, schedule};
use crate::error::ApiResult;
use crate::store::{Obj, Store};

/// At most this many missed scheduled firings are started when the schedule catches up.
const CATCH_UP_MAX: usize = 20;

fn ts(v: &Value) -> Option<Timestamp> {
    v.as_str().and_then(|s| s.parse().ok())
}

/// Whole seconds: runs and their events are timed to the second.
pub fn second(t: Timestamp) -> Timestamp {
    Timestamp::from_second(t.as_second()).unwrap_or(t)
}

/// A run as of one instant.
pub struct View {
    pub body: Value,
    /// Every event of the run so far known (some may lie after `at`).
    pub events: Vec<Event>,
    /// How many of `events` have happened by `at` (they are a prefix).
    pub visible: usize,
    pub plan: Vec<Value>,
    /// The instant this view is of.
    pub at: Timestamp,
}

impl View {
    pub fn finished(&self) -> bool {
        matches!(
            self.body["status"].as_str(),
            Some("succeeded" | "failed" | "cancelled")
        )
    }
    pub fn active(&self) -> bool {
        matches!(self.body["status"].as_str(), Some("queued" | "running"))
    }
}

/// The runs of one pipeline, able to resolve when a queued run starts (when the run it waits
/// for ends, if that is not after `at`).
pub struct Runs<'a> {
    all: &'a [Obj],
    at: Timestamp,
    starts: RefCell<HashMap<String, Option<Timestamp>>>,
}

impl<'a> Runs<'a> {
    pub fn new(all: &'a [Obj], at: Timestamp) -> Runs<'a> {
        Runs {
            all,
            at,
            starts: RefCell::new(HashMap::new()),
        }
    }

    fn start(&self, run: &Obj) -> Option<Timestamp> {
        if let Some(s) = self.starts.borrow().get(&run.id) {
            return *s;
        }
        let sim = &run.body["_sim"];
        let s = match ts(&sim["start"]) {
            Some(s) => Some(s),
            None => sim["after"]
                .as_str()
                .and_then(|a| self.all.iter().find(|o| o.id == a))
                .and_then(|pred| self.end(pred))
                .filter(|end| *end <= self.at),
        };
        self.starts.borrow_mut().insert(run.id.clone(), s);
        s
    }

    fn end(&self, run: &Obj) -> Option<Timestamp> {
        let sim = &run.body["_sim"];
        let plan = sim["plan"].as_array().map_or(&[][..], |v| v);
        let events = events(plan, self.start(run), ts(&sim["cancel"]["at"]));
        events
            .last()
            .filter(|e| matches!(e.kind, Kind::RunFinished { .. }))
            .map(|e| e.at)
    }

    /// The run at `self.at`: its events so far folded onto its initial state.
    pub fn view(&self, run: &Obj) -> View {
        let sim = &run.body["_sim"];
        let plan: Vec<Value> = sim["plan"].as_array().cloned().unwrap_or_default();
        let start = self.start(run).filter(|s| *s <= self.at);
        let events = events(&plan, start, ts(&sim["cancel"]["at"]));
        let visible = events.iter().take_while(|e| e.at <= self.at).count();
        let mut body = json!({
            "id": run.id, "pipeline_id": run.body["pipeline_id"], "project_id": run.body["project_id"],
            "version": run.body["version"], "trigger": run.body["trigger"],
            "status": if start.is_some() { "running" } else { "queued" },
            "created_at": run.body["created_at"],
            "started_at": start.map(rfc3339), "ended_at": null, "duration_seconds": null,
            "cancelled_by": null,
            "counts": {}, "steps": plan.iter().map(initial_step).collect::<Vec<_>>(),
        });
        for e in &events[..visible] {
            apply(&mut body, &frame(&plan, e));
        }
        finish_body(&mut body, start, self.at);
        if body["status"] == "cancelled" {
            body["cancelled_by"] = sim["cancel"]["by"].clone();
        }
        View {
            body,
            events,
            visible,
            plan,
            at: self.at,
        }
    }
}

/// The derived fields: counts and duration.
fn finish_body(body: &mut Value, start: Option<Timestamp>, at: Timestamp) {
    let (mut completed, mut running, mut pending) = (0, 0, 0);
    for s in body["steps"].as_array().into_iter().flatten() {
        match (s["state"].as_str(), s["next_attempt_at"].is_null()) {
            (Some("running"), _) => running += 1,
            (Some("pending"), _) | (Some("failed"), false) => pending += 1,
            _ => completed += 1,
        }
    }
    body["counts"] = json!({"completed": completed, "running": running, "pending": pending});
    if let Some(s) = start {
        let end = ts(&body["ended_at"]).unwrap_or(at);
        body["duration_seconds"] = (end.as_second() - s.as_second()).max(0).into();
    }
}

pub fn all_runs(conn: &Connection, pipeline_id: &str) -> ApiResult<Vec<Obj>> {
    PIPELINE_RUNS.all(conn, pipeline_id)
}

/// The pipeline's runs that are queued or running now, oldest first.
pub fn active(app: &App, conn: &Connection, pipeline_id: &str) -> ApiResult<Vec<Value>> {
    let all = all_runs(conn, pipeline_id)?;
    let runs = Runs::new(&all, app.now());
    Ok(all
        .iter()
        .map(|r| runs.view(r))
        .filter(View::active)
        .map(|v| v.body)
        .collect())
}

/// Every run of a project as the API shows them now (for summaries elsewhere in the sandbox).
pub fn project_runs(app: &App, conn: &Connection, project_id: &str) -> ApiResult<Vec<Value>> {
    let mut out = Vec::new();
    for p in PIPELINES.all(conn, project_id)? {
        let all = all_runs(conn, &p.id)?;
        let runs = Runs::new(&all, app.now());
        out.extend(all.iter().map(|r| runs.view(r).body));
    }
    Ok(out)
}

/// How a new run starts under the concurrency policy at `at`: `Ok(None)` to start at once,
/// `Ok(Some(id))` to queue behind run `id`, `Err` when `skip` forbids it.
pub fn admission(
    all: &[Obj],
    policy: &str,
    at: Timestamp,
) -> Result<Option<String>, (String, String)> {
    let runs = Runs::new(all, at);
    let active: Vec<View> = all
        .iter()
        .filter(|r| ts(&r.body["created_at"]).is_none_or(|c| c <= at))
        .map(|r| runs.view(r))
        .filter(View::active)
        .collect();
    let Some(last) = active.last() else {
        return Ok(None);
    };
    let id = last.body["id"].as_str().unwrap_or_default().to_string();
    match policy {
        "queue" => Ok(Some(id)),
        "allow" => Ok(None),
        _ => Err((id, last.body["status"].as_str().unwrap_or_default().into())),
    }
}

pub fn insert_run(
    app: &App,
    conn: &Connection,
    pipeline: &Value,
    trigger: &str,
    created: Timestamp,
    after: Option<String>,
) -> ApiResult<Obj> {
    let id = app.new_id("plr");
    let pid = pipeline["id"].as_str().unwrap_or_default();
    let project_id = pipeline["project_id"].as_str();
    let steps = pipeline["steps"].as_array().map_or(&[][..], |v| v);
    let body = json!({
        "id": id, "pipeline_id": pid, "project_id": project_id, "version": pipeline["version"],
        "trigger": trigger, "created_at": rfc3339(created),
        "_sim": {
            "plan": dag::dag_order(steps),
            "start": if after.is_none() { Value::String(rfc3339(created)) } else { Value::Null },
            "after": after, "cancel": null,
        },
    });
    Store(conn).insert(PIPELINE_RUNS.new_obj(&id, pid, project_id, &body))?;
    Ok(PIPELINE_RUNS.get(conn, &id)?.expect("just inserted"))
}

/// Starts the runs the schedule fired since it was last looked at (the most recent
/// [`CATCH_UP_MAX`]), each under the concurrency policy as of its firing. Runs are derived
/// lazily like everything else in the sandbox, so every runs endpoint catches up first.
pub fn catch_up(app: &App, conn: &Connection, mut p: Obj) -> ApiResult<Obj> {
    let schedule = p.body["schedule"].clone();
    if schedule.is_null() {
        return Ok(p);
    }
    let now = app.now();
    let checked = ts(&p.body["_schedule_checked_at"]).unwrap_or(now);
    let fired = schedule::due(&schedule, checked, now, CATCH_UP_MAX);
    if fired.is_empty() || p.body["steps"].as_array().is_none_or(Vec::is_empty) {
        return Ok(p);
    }
    let policy = schedule["concurrency_policy"].as_str().unwrap_or("skip");
    let system = Actor::system();
    for at in fired {
        let all = all_runs(conn, &p.id)?;
        let Ok(after) = admission(&all, policy, at) else {
            continue;
        };
        let run = insert_run(app, conn, &p.body, "scheduled", at, after)?;
        Audit::actor(&system, None, "pipeline.run_started")
            .on("pipeline", Some(&p.id), p.body["name"].as_str())
            .project(p.body["project_id"].as_str().unwrap_or_default())
            .details(
                json!({"run_id": run.id, "trigger": "scheduled", "scheduled_for": rfc3339(at)}),
            )
            .write(app, conn);
    }
    p.body["_schedule_checked_at"] = Value::String(rfc3339(now));
    Store(conn).put_body(&p.id, &p.body)?;
    Ok(p)
}

/// A run as the API shows it now.
pub fn view_now(app: &App, conn: &Connection, run: &Obj) -> ApiResult<Value> {
    let all = all_runs(conn, &run.scope)?;
    Ok(Runs::new(&all, app.now()).view(run).body)
}
