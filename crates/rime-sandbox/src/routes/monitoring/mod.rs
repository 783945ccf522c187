//! Monitoring (contract section 9): alert rules, notification channels, escalation policies, alerts, summary.

pub mod alerts;
pub mod channels;
pub mod policies;
pub mod rules;
mod seed;
pub mod simulate;
mod summary;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

pub use seed::seed;

use super::crud;
use crate::app::App;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .merge(crud::routes(
            &rules::RULES,
            "/projects/{project_id}/alert-rules",
            "rule_id",
        ))
        .merge(crud::routes(
            &channels::CHANNELS,
            "/projects/{project_id}/notification-channels",
            "channel_id",
        ))
        .route(
            "/projects/{project_id}/notification-channels/{channel_id}/test",
            post(channels::test),
        )
        .merge(crud::routes(
            &policies::POLICIES,
            "/projects/{project_id}/escalation-policies",
            "policy_id",
        ))
        .merge(alerts::routes())
        .route(
            "/projects/{project_id}/monitoring/summary",
            get(summary::summary),
        )
}
