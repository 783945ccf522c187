//! `/projects/{id}/pipelines`: DAG definitions, versions, schedules, simulated runs and the
//! run's live event stream over WebSocket.

mod definition;
mod events;
mod runs;
mod steps;
mod versions;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::app::App;

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
