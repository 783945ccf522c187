//! Pipeline CRUD: checks, structural versioning on save, schedules, delete refused while a run is active.

use axum::Json;
use axum::http::StatusCode;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::steps::check_steps;
use crate::app::App;
use crate::body::{Body, Check, diff, merge_patch};
use crate::collection::{PIPELINE_VERSIONS, PIPELINES, public};
use crate::domain::pipelines::{dag, schedule};
use crate::error::{ApiError, ApiResult, Detail};
use crate::routes::extract::{InProject, Need, Write};
use crate::sim::pipelines::runs;
use crate::store::{Obj, Store};

const WRITABLE: &[&str] = &["name", "description", "steps", "schedule"];
const READ_ONLY: &[&str] = &[
    "id",
    "project_id",
    "version",
    "created_at",
    "updated_at",
    "next_run_at",
];

/// A pipeline as the API returns it: with `next_run_at` from its schedule and the clock.
pub fn render(app: &App, body: &Value) -> Value {
    let mut v = public(body);
    v["next_run_at"] = schedule::next_run(&body["schedule"], app.now())
        .map(|t| Value::String(crate::clock::rfc3339(t)))
        .unwrap_or(Value::Null);
    v
}

pub async fn list(s: InProject) -> ApiResult<Json<Value>> {
    let listing = s.listing(&PIPELINES, &[])?;
    listing.json(&s.db(), &s.pid, |o| render(&s.app, &o.body))
}

pub async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let obj = s.object(&s.db(), &PIPELINES)?;
    Ok(Json(render(&s.app, &obj.body)))
}

/// The 422 checks of a definition: the DAG rules first, then references to other objects.
fn semantic(
    conn: &Connection,
    project_id: &str,
    steps: &[Value],
    mut more: Vec<Detail>,
) -> ApiResult<()> {
    let mut details = dag::check_graph(steps);
    details.extend(dag::check_refs(conn, project_id, steps));
    details.append(&mut more);
    if details.is_empty() {
        Ok(())
    } else {
        Err(ApiError::unprocessable(
            "The pipeline definition is invalid.",
            details,
        ))
    }
}

/// Stores version `n` of a pipeline.
pub fn insert_version(
    app: &App,
    conn: &Connection,
    pipeline: &Value,
    n: i64,
    created_by: Value,
) -> ApiResult<()> {
    let id = app.new_id("plv");
    let pid = pipeline["id"].as_str().unwrap_or_default();
    let project_id = pipeline["project_id"].as_str();
    let body = json!({
        "version": n, "pipeline_id": pid, "created_at": app.now_str(), "created_by": created_by,
        "steps": pipeline["steps"],
    });
    let number = n.to_string();
    let version = PIPELINE_VERSIONS.new_obj(&id, pid, project_id, &body);
    Store(conn).insert(version.named(Some(&number)))?;
    Ok(())
}

pub async fn create(s: InProject<Write>, Body(body): Body) -> ApiResult<(StatusCode, Json<Value>)> {
    let (app, project_id) = (&s.app, &s.pid);
    let conn = s.db();
    let mut c = Check::new(&body);
    let name = c.name("name", 100);
    let description = c.string("description", false);
    let raw_steps = c.array("steps", false).cloned().unwrap_or_default();
    let checked = check_steps(&mut c, &raw_steps, &Value::Null);
    let mut zone = Vec::new();
    let schedule = match c.raw("schedule") {
        None | Some(Value::Null) => Value::Null,
        Some(s) => schedule::check(&mut c, s, &mut zone).unwrap_or(Value::Null),
    };
    c.only(WRITABLE, READ_ONLY);
    c.finish()?;
    semantic(&conn, project_id, &checked.steps, zone)?;
    let name = name.expect("checked");
    let id = app.new_id("pln");
    let now = app.now_str();
    let pipeline = json!({
        "id": id, "project_id": project_id, "name": name, "description": description,
        "version": 1, "steps": checked.steps, "schedule": schedule,
        "created_at": now, "updated_at": now, "_schedule_checked_at": now,
    });
    let secrets = Value::Object(checked.secrets);
    let new = PIPELINES.new_obj(&id, project_id, Some(project_id), &pipeline);
    Store(&conn).insert(new.named(Some(&name)).secrets(&secrets))?;
    insert_version(app, &conn, &pipeline, 1, json!(s.p.label()))?;
    s.audit("pipeline.created")
        .on(PIPELINES.kind, Some(&id), Some(&name))
        .details(json!({"version": 1, "steps": keys(&pipeline["steps"]), "schedule": pipeline["schedule"]}))
        .write(app, &conn);
    Ok((StatusCode::CREATED, Json(render(app, &pipeline))))
}

fn keys(steps: &Value) -> Value {
    steps
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| s["key"].clone())
        .collect()
}

pub async fn update(s: InProject<Write>, Body(patch): Body) -> ApiResult<Json<Value>> {
    let (app, project_id) = (&s.app, &s.pid);
    let conn = s.db();
    // Firings due under the old schedule happen before the change takes effect.
    let before = caught_up(&s, &conn)?;
    let id = before.id.clone();
    let mut c = Check::new(&patch);
    if c.has("name") {
        c.name("name", 100);
    }
    c.string("description", false);
    let new_steps = match c.raw("steps") {
        None => None,
        Some(Value::Null) => Some(Vec::new()),
        Some(_) => Some(c.array("steps", true).cloned().unwrap_or_default()),
    };
    let checked = new_steps
        .as_ref()
        .map(|s| check_steps(&mut c, s, &before.secrets));
    let mut zone = Vec::new();
    let schedule = match c.raw("schedule") {
        None => before.body["schedule"].clone(),
        Some(Value::Null) => Value::Null,
        Some(s) => {
            let mut merged = before.body["schedule"].clone();
            merge_patch(&mut merged, s);
            schedule::check(&mut c, &merged, &mut zone).unwrap_or(Value::Null)
        }
    };
    c.only(WRITABLE, READ_ONLY);
    c.finish()?;
    let steps = checked
        .as_ref()
        .map(|ch| ch.steps.clone())
        .unwrap_or_else(|| before.body["steps"].as_array().cloned().unwrap_or_default());
    if checked.is_some() {
        semantic(&conn, project_id, &steps, zone)?;
    } else if !zone.is_empty() {
        return Err(ApiError::unprocessable(
            "The pipeline definition is invalid.",
            zone,
        ));
    }
    let mut after = before.body.clone();
    for field in ["name", "description"] {
        if let Some(v) = patch.get(field) {
            after[field] = v.clone();
        }
    }
    let secrets = checked
        .map(|ch| Value::Object(ch.secrets))
        .unwrap_or_else(|| before.secrets.clone());
    let old_version = before.body["version"].as_i64().unwrap_or(1);
    let structural =
        dag::structure(&steps) != dag::structure(after["steps"].as_array().map_or(&[][..], |v| v));
    after["steps"] = Value::Array(steps);
    if structural {
        after["version"] = (old_version + 1).into();
        insert_version(app, &conn, &after, old_version + 1, json!(s.p.label()))?;
    } else {
        // Reordered steps or a rotated secret: the current version shows the same content.
        refresh_current_version(&conn, &id, old_version, &after["steps"])?;
    }
    if schedule != before.body["schedule"] {
        after["_schedule_checked_at"] = app.now_str().into();
    }
    after["schedule"] = schedule;
    after["updated_at"] = app.now_str().into();
    let name = after["name"].as_str().unwrap_or_default().to_string();
    Store(&conn).update(&id, PIPELINES.kind, Some(&name), &after, &secrets)?;
    let mut details = diff(
        &public(&before.body),
        &public(&after),
        &["updated_at", "steps", "version"],
    );
    if structural {
        details["version"] = json!({"from": old_version, "to": old_version + 1});
        details["steps"] = keys(&after["steps"]);
    }
    s.audit("pipeline.updated")
        .on(PIPELINES.kind, Some(&id), Some(&name))
        .details(details)
        .write(app, &conn);
    Ok(Json(render(app, &after)))
}

fn refresh_current_version(conn: &Connection, pid: &str, n: i64, steps: &Value) -> ApiResult<()> {
    if let Some(mut v) = PIPELINE_VERSIONS.named(conn, pid, &n.to_string())?
        && &v.body["steps"] != steps
    {
        v.body["steps"] = steps.clone();
        Store(conn).put_body(&v.id, &v.body)?;
    }
    Ok(())
}

/// The path's pipeline, with the runs its schedule fired since it was last looked at started.
pub fn caught_up<N: Need>(s: &InProject<N>, conn: &Connection) -> ApiResult<Obj> {
    let found = s.object(conn, &PIPELINES)?;
    runs::catch_up(&s.app, conn, found)
}

pub async fn remove(s: InProject<Write>) -> ApiResult<StatusCode> {
    let conn = s.db();
    let obj = caught_up(&s, &conn)?;
    let id = &obj.id;
    if let Some(active) = runs::active(&s.app, &conn, id)?.last() {
        return Err(ApiError::conflict(format!(
            "Run {} of this pipeline is {}; cancel it before deleting the pipeline.",
            active["id"].as_str().unwrap_or_default(),
            active["status"].as_str().unwrap_or_default()
        )));
    }
    let store = Store(&conn);
    let removed = store.delete_scope(id)?;
    store.delete(id)?;
    s.audit("pipeline.deleted")
        .on(PIPELINES.kind, Some(id), obj.body["name"].as_str())
        .details(json!({"versions_and_runs_deleted": removed}))
        .write(&s.app, &conn);
    Ok(StatusCode::NO_CONTENT)
}
