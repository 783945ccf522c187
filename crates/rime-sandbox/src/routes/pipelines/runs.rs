//! Pipeline runs: start (manual and scheduled, under the concurrency policy), list, show, cancel;
//! each run's state is the simulation's events folded up to now.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::{actor_label, dag, pipeline, schedule, sim};
use crate::app::{Actor, App, Audit};
use crate::auth::Principal;
use crate::body::OptBody;
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult, Detail};
use crate::page::{PageParams, envelope};
use crate::store::{ListQuery, NewObj, Obj, Store};

/// At most this many missed scheduled firings are started when the schedule catches up.
const CATCH_UP_MAX: usize = 20;

type Q = Query<HashMap<String, String>>;

fn ts(v: &Value) -> Option<Timestamp> {
    v.as_str().and_then(|s| s.parse().ok())
}

/// Whole seconds: runs and their events are timed to the second.
fn second(t: Timestamp) -> Timestamp {
    Timestamp::from_second(t.as_second()).unwrap_or(t)
}

/// A run as of one instant.
pub struct View {
    pub body: Value,
    /// Every event of the run so far known (some may lie after `at`).
    pub events: Vec<sim::Event>,
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
        let events = sim::events(plan, self.start(run), ts(&sim["cancel"]["at"]));
        events
            .last()
            .filter(|e| matches!(e.kind, sim::Kind::RunFinished { .. }))
            .map(|e| e.at)
    }

    /// The run at `self.at`: its events so far folded onto its initial state.
    pub fn view(&self, run: &Obj) -> View {
        let sim = &run.body["_sim"];
        let plan: Vec<Value> = sim["plan"].as_array().cloned().unwrap_or_default();
        let start = self.start(run).filter(|s| *s <= self.at);
        let events = sim::events(&plan, start, ts(&sim["cancel"]["at"]));
        let visible = events.iter().take_while(|e| e.at <= self.at).count();
        let mut body = json!({
            "id": run.id, "pipeline_id": run.body["pipeline_id"], "project_id": run.body["project_id"],
            "version": run.body["version"], "trigger": run.body["trigger"],
            "status": if start.is_some() { "running" } else { "queued" },
            "created_at": run.body["created_at"],
            "started_at": start.map(rfc3339), "ended_at": null, "duration_seconds": null,
            "cancelled_by": null,
            "counts": {}, "steps": plan.iter().map(sim::initial_step).collect::<Vec<_>>(),
        });
        for e in &events[..visible] {
            sim::apply(&mut body, &sim::frame(&plan, e));
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

fn all_runs(conn: &Connection, pipeline_id: &str) -> ApiResult<Vec<Obj>> {
    Store(conn).all("pipeline_run", Some(pipeline_id))
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
#[allow(dead_code, reason = "for other domains' summaries (monitoring)")]
pub fn project_runs(app: &App, conn: &Connection, project_id: &str) -> ApiResult<Vec<Value>> {
    let mut out = Vec::new();
    for p in Store(conn).all("pipeline", Some(project_id))? {
        let all = all_runs(conn, &p.id)?;
        let runs = Runs::new(&all, app.now());
        out.extend(all.iter().map(|r| runs.view(r).body));
    }
    Ok(out)
}

/// How a new run starts under the concurrency policy at `at`: `Ok(None)` to start at once,
/// `Ok(Some(id))` to queue behind run `id`, `Err` when `skip` forbids it.
fn admission(all: &[Obj], policy: &str, at: Timestamp) -> Result<Option<String>, (String, String)> {
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

fn insert_run(
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
    let store = Store(conn);
    store.insert(NewObj {
        kind: "pipeline_run",
        id: &id,
        scope: pid,
        project_id,
        name: None,
        body: &body,
        secrets: &Value::Null,
    })?;
    Ok(store.get("pipeline_run", &id)?.expect("just inserted"))
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
    let system = Actor {
        kind: "system",
        id: None,
        email: None,
    };
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

fn render_one(app: &App, conn: &Connection, run: &Obj) -> ApiResult<Value> {
    let all = all_runs(conn, &run.scope)?;
    Ok(Runs::new(&all, app.now()).view(run).body)
}

fn find(conn: &Connection, pipeline_id: &str, run_id: &str) -> ApiResult<Obj> {
    Store(conn).get_in("pipeline_run", pipeline_id, run_id, "Pipeline run")
}

pub async fn create(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((project_id, id)): Path<(String, String)>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&project_id)?;
    crate::body::no_fields(body.as_ref())?;
    let conn = app.db();
    let found = pipeline(&app, &conn, &project_id, &id)?;
    let pl = catch_up(&app, &conn, found)?;
    let steps = pl.body["steps"].as_array().cloned().unwrap_or_default();
    if steps.is_empty() {
        return Err(ApiError::unprocessable(
            "The pipeline has no steps to run.",
            vec![Detail::new("steps", "the pipeline has no steps")],
        ));
    }
    let refs = dag::check_refs(&conn, &project_id, &steps);
    if !refs.is_empty() {
        return Err(ApiError::unprocessable(
            "The pipeline refers to objects that no longer exist.",
            refs,
        ));
    }
    let policy = pl.body["schedule"]["concurrency_policy"]
        .as_str()
        .unwrap_or("skip");
    let now = second(app.now());
    let after = admission(&all_runs(&conn, &id)?, policy, now).map_err(|(run, status)| {
        ApiError::conflict(format!(
            "Run {run} of this pipeline is still {status}, and its concurrency policy is skip."
        ))
    })?;
    let run = insert_run(&app, &conn, &pl.body, "manual", now, after)?;
    let view = render_one(&app, &conn, &run)?;
    Audit::by(&p, "pipeline.run_started")
        .on("pipeline", Some(&id), pl.body["name"].as_str())
        .project(&project_id)
        .details(json!({"run_id": run.id, "trigger": "manual", "version": view["version"], "status": view["status"]}))
        .write(&app, &conn);
    Ok((StatusCode::ACCEPTED, Json(view)))
}

pub async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((project_id, id)): Path<(String, String)>,
    Query(q): Q,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&project_id)?;
    let params = PageParams::from_query(&q)?;
    let conn = app.db();
    let found = pipeline(&app, &conn, &project_id, &id)?;
    catch_up(&app, &conn, found)?;
    let page = Store(&conn).list(&ListQuery {
        kind: "pipeline_run",
        scope: Some(&id),
        filters: Vec::new(),
        newest_first: true,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    let all = all_runs(&conn, &id)?;
    let runs = Runs::new(&all, app.now());
    Ok(Json(envelope(&page, |o| runs.view(o).body)))
}

pub async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((project_id, id, run_id)): Path<(String, String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&project_id)?;
    let conn = app.db();
    let found = pipeline(&app, &conn, &project_id, &id)?;
    catch_up(&app, &conn, found)?;
    let run = find(&conn, &id, &run_id)?;
    Ok(Json(render_one(&app, &conn, &run)?))
}

pub async fn cancel(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((project_id, id, run_id)): Path<(String, String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_write(&project_id)?;
    let conn = app.db();
    let found = pipeline(&app, &conn, &project_id, &id)?;
    let pl = catch_up(&app, &conn, found)?;
    let mut run = find(&conn, &id, &run_id)?;
    let before = render_one(&app, &conn, &run)?;
    if !matches!(before["status"].as_str(), Some("queued" | "running")) {
        return Err(ApiError::conflict(format!(
            "Run {run_id} already finished ({}).",
            before["status"].as_str().unwrap_or_default()
        )));
    }
    run.body["_sim"]["cancel"] = json!({"at": rfc3339(second(app.now())), "by": actor_label(&p)});
    Store(&conn).put_body(&run.id, &run.body)?;
    let after = render_one(&app, &conn, &run)?;
    Audit::by(&p, "pipeline.run_cancelled")
        .on("pipeline", Some(&id), pl.body["name"].as_str())
        .project(&project_id)
        .details(json!({"run_id": run_id, "was": before["status"]}))
        .write(&app, &conn);
    Ok(Json(after))
}

/// The run named by the path, as of now (for the event stream).
pub fn load(app: &App, project_id: &str, pipeline_id: &str, run_id: &str) -> ApiResult<View> {
    let conn = app.db();
    pipeline(app, &conn, project_id, pipeline_id)?;
    let run = find(&conn, pipeline_id, run_id)?;
    let all = all_runs(&conn, pipeline_id)?;
    Ok(Runs::new(&all, app.now()).view(&run))
}
