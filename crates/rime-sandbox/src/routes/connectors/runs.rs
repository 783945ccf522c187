//! Run endpoints: manual sync (202), run history with filters, one run, cancel (see `sim` for the rules).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::sim::{recount, running, save, settled, start_run, state_at, summary};
use super::{RUN, no_fields, project};
use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::body::OptBody;
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult, Detail};
use crate::page::{PageParams, envelope};
use crate::routes::Query;
use crate::store::{Filter, ListQuery, Obj, Store};

pub const RUN_STATUSES: &[&str] = &[
    "running",
    "completed",
    "partially_failed",
    "failed",
    "skipped",
    "cancelled",
];

pub fn routes() -> Router<Arc<App>> {
    let base = "/projects/{project_id}/connectors/{connector_id}";
    Router::new()
        .route(&format!("{base}/sync"), post(sync))
        .route(&format!("{base}/runs"), get(list))
        .route(&format!("{base}/runs/{{run_id}}"), get(show))
        .route(&format!("{base}/runs/{{run_id}}/cancel"), post(cancel))
}

async fn sync(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid)): Path<(String, String)>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&pid)?;
    no_fields(&body)?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    let mut c = settled(&app, &conn, &pid, &cid)?;
    if let Some((run, _)) = running(&conn, &c)? {
        return Err(ApiError::conflict(format!(
            "Connector '{}' already has a run in progress ({}); wait for it or cancel it.",
            c.body["name"].as_str().unwrap_or(&cid),
            run.id
        )));
    }
    let now = app.now();
    let run = start_run(&app, &conn, &mut c, "manual", now)?;
    save(&conn, &mut c)?;
    Audit::by(&p, "connector.sync_started")
        .on("connector", Some(&c.id), c.body["name"].as_str())
        .project(&pid)
        .details(json!({"run_id": run["id"], "trigger": "manual"}))
        .write(&app, &conn);
    Ok((StatusCode::ACCEPTED, Json(state_at(&run, now))))
}

async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid)): Path<(String, String)>,
    axum::extract::Query(q): Query,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let params = PageParams::from_query(&q)?;
    let mut filters = Vec::new();
    let mut details = Vec::new();
    if let Some(s) = q.get("status") {
        if RUN_STATUSES.contains(&s.as_str()) {
            filters.push(Filter::eq("$.status", s.as_str()));
        } else {
            details.push(Detail::new(
                "status",
                format!("must be one of: {}", RUN_STATUSES.join(", ")),
            ));
        }
    }
    if let Some(s) = q.get("since") {
        match s.parse::<Timestamp>() {
            Ok(t) => filters.push(Filter::Ge("$.started_at".into(), rfc3339(t).into())),
            Err(_) => details.push(Detail::new("since", "must be an RFC 3339 timestamp")),
        }
    }
    if !details.is_empty() {
        return Err(ApiError::validation("Invalid query parameters.", details));
    }
    let conn = app.db();
    project(&app, &conn, &pid)?;
    settled(&app, &conn, &pid, &cid)?;
    let page = Store(&conn).list(&ListQuery {
        kind: RUN,
        scope: Some(&cid),
        filters,
        newest_first: true,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    let now = app.now();
    Ok(Json(envelope(&page, |o| state_at(&o.body, now))))
}

fn find_run(conn: &Connection, cid: &str, rid: &str) -> ApiResult<Obj> {
    match Store(conn).get(RUN, rid)? {
        Some(r) if r.scope == cid => Ok(r),
        _ => Err(ApiError::not_found(format!(
            "Run with ID '{rid}' was not found for this connector."
        ))),
    }
}

async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid, rid)): Path<(String, String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    settled(&app, &conn, &pid, &cid)?;
    let run = find_run(&conn, &cid, &rid)?;
    Ok(Json(state_at(&run.body, app.now())))
}

async fn cancel(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid, rid)): Path<(String, String, String)>,
    OptBody(body): OptBody,
) -> ApiResult<Json<Value>> {
    p.require_project_write(&pid)?;
    no_fields(&body)?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    let mut c = settled(&app, &conn, &pid, &cid)?;
    let run = find_run(&conn, &cid, &rid)?;
    if run.body["status"] != "running" {
        return Err(ApiError::conflict(format!(
            "Run '{rid}' has already finished ({}); only a running run can be cancelled.",
            run.body["status"].as_str().unwrap_or("unknown")
        )));
    }
    let now = app.now();
    let mut done = state_at(&run.body, now);
    for table in done["tables"].as_array_mut().into_iter().flatten() {
        if table["status"] == "running" {
            table["status"] = "failed".into();
            table["error"] = "Cancelled before this table finished.".into();
        }
    }
    done["status"] = "cancelled".into();
    done["ended_at"] = rfc3339(now).into();
    recount(&mut done, now);
    let mut stored = done.clone();
    stored["_sim"] = run.body["_sim"].clone();
    Store(&conn).put_body(&run.id, &stored)?;
    if c.body["last_run"]["id"] == run.body["id"] {
        c.body["last_run"] = summary(&done);
    }
    save(&conn, &mut c)?;
    Audit::by(&p, "connector.run_cancelled")
        .on("connector", Some(&c.id), c.body["name"].as_str())
        .project(&pid)
        .details(json!({"run_id": rid}))
        .write(&app, &conn);
    Ok(Json(done))
}
