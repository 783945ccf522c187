//! Pipeline runs: start (manual, under the concurrency policy), list, show, cancel; each run's
//! state is the simulation's events folded up to now (`sim::pipelines`).

use axum::Json;
use axum::http::StatusCode;
use serde_json::{Value, json};

use super::definition::caught_up;
use crate::body::OptBody;
use crate::clock::rfc3339;
use crate::collection::{PIPELINE_RUNS, PIPELINES};
use crate::domain::pipelines::dag;
use crate::error::{ApiError, ApiResult, Detail};
use crate::routes::extract::{InProject, Write};
use crate::routes::run_filters::narrow;
use crate::sim::pipelines::runs::{Runs, admission, all_runs, insert_run, second, view_now};
use crate::store::Store;

/// A run's statuses, for `?status=`.
const STATUSES: &[&str] = &["queued", "running", "succeeded", "failed", "cancelled"];

pub async fn create(
    s: InProject<Write>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    crate::body::no_fields(body.as_ref())?;
    let (app, conn) = (&s.app, s.db());
    let pl = caught_up(&s, &conn)?;
    let id = &pl.id;
    let steps = pl.body["steps"].as_array().cloned().unwrap_or_default();
    if steps.is_empty() {
        return Err(ApiError::unprocessable(
            "The pipeline has no steps to run.",
            vec![Detail::new("steps", "the pipeline has no steps")],
        ));
    }
    let refs = dag::check_refs(&conn, &s.pid, &steps);
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
    let after = admission(&all_runs(&conn, id)?, policy, now).map_err(|(run, status)| {
        ApiError::conflict(format!(
            "Run {run} of this pipeline is still {status}, and its concurrency policy is skip."
        ))
    })?;
    let run = insert_run(app, &conn, &pl.body, "manual", now, after)?;
    let view = view_now(app, &conn, &run)?;
    s.audit("pipeline.run_started")
        .on(PIPELINES.kind, Some(id), pl.body["name"].as_str())
        .details(json!({"run_id": run.id, "trigger": "manual", "version": view["version"], "status": view["status"]}))
        .write(app, &conn);
    Ok((StatusCode::ACCEPTED, Json(view)))
}

pub async fn list(s: InProject) -> ApiResult<Json<Value>> {
    let listing = s.listing(&PIPELINE_RUNS, &[])?;
    let conn = s.db();
    let pl = caught_up(&s, &conn)?;
    let all = all_runs(&conn, &pl.id)?;
    let runs = Runs::new(&all, s.app.now());
    let listing = narrow(listing, &s.query, STATUSES, || {
        Ok(all.iter().map(|o| (o.id.clone(), runs.view(o).body)))
    })?;
    listing.json(&conn, &pl.id, |o| runs.view(o).body)
}

pub async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let conn = s.db();
    let pl = caught_up(&s, &conn)?;
    let run = PIPELINE_RUNS.load(&conn, &pl.id, s.ids::<2>()[1])?;
    Ok(Json(view_now(&s.app, &conn, &run)?))
}

pub async fn cancel(s: InProject<Write>) -> ApiResult<Json<Value>> {
    let (app, conn, [_, run_id]) = (&s.app, s.db(), s.ids());
    let pl = caught_up(&s, &conn)?;
    let mut run = PIPELINE_RUNS.load(&conn, &pl.id, run_id)?;
    let before = view_now(app, &conn, &run)?;
    if !matches!(before["status"].as_str(), Some("queued" | "running")) {
        return Err(ApiError::conflict(format!(
            "Run {run_id} already finished ({}).",
            before["status"].as_str().unwrap_or_default()
        )));
    }
    run.body["_sim"]["cancel"] = json!({"at": rfc3339(second(app.now())), "by": s.p.label()});
    Store(&conn).put_body(&run.id, &run.body)?;
    let after = view_now(app, &conn, &run)?;
    s.audit("pipeline.run_cancelled")
        .on(PIPELINES.kind, Some(&pl.id), pl.body["name"].as_str())
        .details(json!({"run_id": run_id, "was": before["status"]}))
        .write(app, &conn);
    Ok(Json(after))
}
