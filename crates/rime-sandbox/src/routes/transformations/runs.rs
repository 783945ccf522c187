//! Run endpoints: start (the whole transformation, or models with their upstream), list, show and
//! cancel; the simulation itself lives in `sim::transformations`.

use axum::Json;
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::body::{Check, OptBody};
use crate::clock::rfc3339;
use crate::collection::{TRANSFORMATION_RUNS, TRANSFORMATIONS};
use crate::error::{ApiError, ApiResult};
use crate::routes::extract::{InProject, Write};
use crate::routes::run_filters::narrow;
use crate::sim::transformations::{start_run, view};
use crate::store::Store;

/// A run's statuses, for `?status=`.
const STATUSES: &[&str] = &["running", "succeeded", "failed", "cancelled"];

pub async fn create(
    s: InProject<Write>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
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
    let conn = s.db();
    let t = s.object(&conn, &TRANSFORMATIONS)?;
    let stored = start_run(
        &s.app,
        &conn,
        &s.pid,
        &t.id,
        requested.clone(),
        full_refresh,
        "manual",
    )?;
    let run = view(&stored, s.app.now());
    s.audit("transformation_run.started")
        .on(
            TRANSFORMATION_RUNS.kind,
            run["id"].as_str(),
            t.body["name"].as_str(),
        )
        .details(
            json!({"transformation_id": t.id, "models": requested, "full_refresh": full_refresh}),
        )
        .write(&s.app, &conn);
    Ok((StatusCode::ACCEPTED, Json(run)))
}

pub async fn list(s: InProject) -> ApiResult<Json<Value>> {
    let listing = s.listing(&TRANSFORMATION_RUNS, &[])?;
    let conn = s.db();
    let t = s.object(&conn, &TRANSFORMATIONS)?;
    let now = s.app.now();
    let listing = narrow(listing, &s.query, STATUSES, || {
        let all = TRANSFORMATION_RUNS.all(&conn, &t.id)?;
        Ok(all.into_iter().map(move |o| (o.id, view(&o.body, now))))
    })?;
    listing.json(&conn, &t.id, |o| view(&o.body, now))
}

pub async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let conn = s.db();
    let t = s.object(&conn, &TRANSFORMATIONS)?;
    let run = TRANSFORMATION_RUNS.load(&conn, &t.id, s.ids::<2>()[1])?;
    Ok(Json(view(&run.body, s.app.now())))
}

/// Stops a running run now: running models end `cancelled`, pending ones `skipped`.
pub async fn cancel(s: InProject<Write>, OptBody(body): OptBody) -> ApiResult<Json<Value>> {
    crate::body::no_fields(body.as_ref())?;
    let conn = s.db();
    let t = s.object(&conn, &TRANSFORMATIONS)?;
    let [_, rid] = s.ids();
    let mut run = TRANSFORMATION_RUNS.load(&conn, &t.id, rid)?;
    let now = s.app.now();
    let current = view(&run.body, now);
    if current["status"] != "running" {
        return Err(ApiError::conflict(format!(
            "Run '{rid}' has already finished ({}).",
            current["status"].as_str().unwrap_or_default()
        )));
    }
    run.body["cancelled_at"] = json!(rfc3339(now));
    Store(&conn).put_body(rid, &run.body)?;
    s.audit("transformation_run.cancelled")
        .on(TRANSFORMATION_RUNS.kind, Some(rid), t.body["name"].as_str())
        .details(json!({"transformation_id": t.id}))
        .write(&s.app, &conn);
    Ok(Json(view(&run.body, now)))
}
