//! Run endpoints: manual sync (202), run history with filters, one run, cancel (see `sim::connectors` for the rules).

use std::sync::Arc;

use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};

use super::no_fields;
use crate::app::App;
use crate::body::OptBody;
use crate::clock::rfc3339;
use crate::collection::{CONNECTOR_RUNS, CONNECTORS, Param};
use crate::error::{ApiError, ApiResult};
use crate::routes::extract::{InProject, Write};
use crate::sim::connectors::{recount, running, save, settled, start_run, state_at, summary};
use crate::store::Store;

const RUN_STATUSES: &[&str] = &[
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

async fn sync(s: InProject<Write>, OptBody(body): OptBody) -> ApiResult<(StatusCode, Json<Value>)> {
    no_fields(&body)?;
    let (app, [cid]) = (&s.app, s.ids());
    let conn = s.db();
    let mut c = settled(app, &conn, &s.pid, cid)?;
    if let Some((run, _)) = running(&conn, &c)? {
        return Err(ApiError::conflict(format!(
            "Connector '{}' already has a run in progress ({}); wait for it or cancel it.",
            c.body["name"].as_str().unwrap_or(cid),
            run.id
        )));
    }
    let now = app.now();
    let run = start_run(app, &conn, &mut c, "manual", now)?;
    save(&conn, &mut c)?;
    s.audit("connector.sync_started")
        .on(CONNECTORS.kind, Some(&c.id), c.body["name"].as_str())
        .details(json!({"run_id": run["id"], "trigger": "manual"}))
        .write(app, &conn);
    Ok((StatusCode::ACCEPTED, Json(state_at(&run, now))))
}

async fn list(s: InProject) -> ApiResult<Json<Value>> {
    let listing = s.listing(
        &CONNECTOR_RUNS,
        &[
            Param::OneOf("status", RUN_STATUSES),
            Param::Since("since", "$.started_at"),
        ],
    )?;
    let [cid] = s.ids();
    let conn = s.db();
    settled(&s.app, &conn, &s.pid, cid)?;
    let now = s.app.now();
    listing.json(&conn, cid, |o| state_at(&o.body, now))
}

async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let [cid, rid] = s.ids();
    let conn = s.db();
    settled(&s.app, &conn, &s.pid, cid)?;
    let run = CONNECTOR_RUNS.load(&conn, cid, rid)?;
    Ok(Json(state_at(&run.body, s.app.now())))
}

async fn cancel(s: InProject<Write>, OptBody(body): OptBody) -> ApiResult<Json<Value>> {
    no_fields(&body)?;
    let (app, [cid, rid]) = (&s.app, s.ids());
    let conn = s.db();
    let mut c = settled(app, &conn, &s.pid, cid)?;
    let run = CONNECTOR_RUNS.load(&conn, cid, rid)?;
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
    s.audit("connector.run_cancelled")
        .on(CONNECTORS.kind, Some(&c.id), c.body["name"].as_str())
        .details(json!({"run_id": rid}))
        .write(app, &conn);
    Ok(Json(done))
}
