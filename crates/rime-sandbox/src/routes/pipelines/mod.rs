//! `/projects/{id}/pipelines`: DAG definitions, versions, schedules, simulated runs and the
//! run's live event stream over WebSocket.

mod dag;
mod definition;
mod events;
pub mod runs;
mod schedule;
pub mod seed;
mod sim;
mod versions;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use rusqlite::Connection;
use serde_json::Value;

use crate::app::App;
use crate::error::ApiResult;
use crate::store::{Obj, Store};

#[allow(unused_imports, reason = "for other domains' summaries (monitoring)")]
pub use runs::project_runs;

const PIPELINE: &str = "/projects/{project_id}/pipelines/{pipeline_id}";

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route(
            "/projects/{project_id}/pipelines",
            get(definition::list).post(definition::create),
        )
        .route(
            PIPELINE,
            get(definition::show)
                .patch(definition::update)
                .delete(definition::remove),
        )
        .route(&format!("{PIPELINE}/versions"), get(versions::list))
        .route(
            &format!("{PIPELINE}/versions/{{version}}"),
            get(versions::show),
        )
        .route(
            &format!("{PIPELINE}/versions/{{version}}/restore"),
            post(versions::restore),
        )
        .route(
            &format!("{PIPELINE}/runs"),
            get(runs::list).post(runs::create),
        )
        .route(&format!("{PIPELINE}/runs/{{run_id}}"), get(runs::show))
        .route(
            &format!("{PIPELINE}/runs/{{run_id}}/cancel"),
            post(runs::cancel),
        )
        .route(
            &format!("{PIPELINE}/runs/{{run_id}}/events"),
            get(events::connect),
        )
}

/// The pipeline named by the path, after checking its project exists.
fn pipeline(app: &App, conn: &Connection, project_id: &str, id: &str) -> ApiResult<Obj> {
    super::project(app, conn, project_id)?;
    Store(conn).get_in("pipeline", project_id, id, "Pipeline")
}

/// The API view of a stored body: internal `_…` fields dropped.
fn public(body: &Value) -> Value {
    let mut v = body.clone();
    if let Some(m) = v.as_object_mut() {
        m.retain(|k, _| !k.starts_with('_'));
    }
    v
}

/// Who to name in `created_by` and audit details: the user's email, or the API key's id.
fn actor_label(p: &crate::auth::Principal) -> Value {
    p.actor
        .email
        .clone()
        .or_else(|| p.actor.id.clone())
        .map(Value::String)
        .unwrap_or(Value::Null)
}
