//! Run endpoints: start (the whole transformation, or models with their upstream), list, show and
//! cancel; the simulation itself lives in `simulate`.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::super::Query;
use super::simulate::{NewRun, new_run, view};
use super::{models_of, name_of};
use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::body::{Check, OptBody};
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult, Detail};
use crate::page::{PageParams, envelope};
use crate::store::{ListQuery, NewObj, Store};

/// The newest run of a transformation when it is still running.
pub fn active(app: &App, conn: &Connection, tid: &str) -> ApiResult<Option<Value>> {
    let newest = Store(conn).list(&ListQuery {
        kind: "transformation_run",
        scope: Some(tid),
        filters: Vec::new(),
        newest_first: true,
        limit: 1,
        after_seq: None,
    })?;
    Ok(newest
        .items
        .first()
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
    let models: Vec<Value> = models_of(conn, tid)?.into_iter().map(|o| o.body).collect();
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
    Store(conn).insert(NewObj {
        kind: "transformation_run",
        id: &id,
        scope: tid,
        project_id: Some(pid),
        name: None,
        body: &body,
        secrets: &Value::Null,
    })?;
    Ok(body)
}

pub async fn create(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid)): Path<(String, String)>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&pid)?;
    let body = body.unwrap_or_else(|| json!({}));
    let mut c = Check::new(&body);
    let requested = c.strings("models", false);
    if requested.as_ref().is_some_and(Vec::is_empty) {
        c.fail(
            "models",
            "must name at least one model (leave it out to run them all)",
        );
    }
    let full_refresh = c.boolean("full_refresh", false).unwrap_or(false);
    c.only(&["models", "full_refresh"], &[]);
    c.finish()?;
    let conn = app.db();
    let t = super::transformation(&app, &conn, &pid, &tid)?;
    let stored = start_run(
        &app,
        &conn,
        &pid,
        &tid,
        requested.clone(),
        full_refresh,
        "manual",
    )?;
    let run = view(&stored, app.now());
    Audit::by(&p, "transformation_run.started")
        .on(
            "transformation_run",
            run["id"].as_str(),
            t.body["name"].as_str(),
        )
        .project(&pid)
        .details(
            json!({"transformation_id": tid, "models": requested, "full_refresh": full_refresh}),
        )
        .write(&app, &conn);
    Ok((StatusCode::ACCEPTED, Json(run)))
}

pub async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid)): Path<(String, String)>,
    axum::extract::Query(q): Query,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let params = PageParams::from_query(&q)?;
    let conn = app.db();
    super::transformation(&app, &conn, &pid, &tid)?;
    let page = Store(&conn).list(&ListQuery {
        kind: "transformation_run",
        scope: Some(&tid),
        filters: Vec::new(),
        newest_first: true,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    let now = app.now();
    Ok(Json(envelope(&page, |o| view(&o.body, now))))
}

pub async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid, rid)): Path<(String, String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    super::transformation(&app, &conn, &pid, &tid)?;
    let run = Store(&conn).get_in("transformation_run", &tid, &rid, "Run")?;
    Ok(Json(view(&run.body, app.now())))
}

/// Stops a running run now: running models end `cancelled`, pending ones `skipped`.
pub async fn cancel(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid, rid)): Path<(String, String, String)>,
    OptBody(body): OptBody,
) -> ApiResult<Json<Value>> {
    p.require_project_write(&pid)?;
    crate::body::no_fields(body.as_ref())?;
    let conn = app.db();
    let t = super::transformation(&app, &conn, &pid, &tid)?;
    let mut run = Store(&conn).get_in("transformation_run", &tid, &rid, "Run")?;
    let now = app.now();
    let current = view(&run.body, now);
    if current["status"] != "running" {
        return Err(ApiError::conflict(format!(
            "Run '{rid}' has already finished ({}).",
            current["status"].as_str().unwrap_or_default()
        )));
    }
    run.body["cancelled_at"] = json!(rfc3339(now));
    Store(&conn).put_body(&rid, &run.body)?;
    Audit::by(&p, "transformation_run.cancelled")
        .on("transformation_run", Some(&rid), t.body["name"].as_str())
        .project(&pid)
        .details(json!({"transformation_id": tid}))
        .write(&app, &conn);
    Ok(Json(view(&run.body, now)))
}
