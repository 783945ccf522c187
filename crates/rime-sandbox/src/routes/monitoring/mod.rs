//! Monitoring (contract section 9): alert rules, notification channels, escalation policies, alerts, summary.

mod alerts;
mod channels;
mod policies;
mod rules;
mod summary;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use super::crud;
use crate::app::App;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .merge(crud::routes(&rules::RULES))
        .merge(crud::routes(&channels::CHANNELS))
        .route(
            "/projects/{project_id}/notification-channels/{channel_id}/test",
            post(channels::test),
        )
        .merge(crud::routes(&policies::POLICIES))
        .merge(alerts::routes())
        .route(
            "/projects/{project_id}/monitoring/summary",
            get(summary::summary),
        )
}
