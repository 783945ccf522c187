//! `GET /audit-log`: admins read every recorded action, newest first, with filters.

use std::sync::Arc;

use axum::Router;
use axum::response::Response;
use axum::routing::get;

use super::extract::{Admin, InTenant};
use crate::app::App;
use crate::collection::{AUDIT_LOG, Param};
use crate::error::ApiResult;
use crate::store::Filter;

pub fn routes() -> Router<Arc<App>> {
    Router::new().route("/audit-log", get(list))
}

/// `?actor=` is a user's email, or an actor's id.
fn actor(v: &str) -> Filter {
    let path = if v.contains('@') {
        "$.actor.email"
    } else {
        "$.actor.id"
    };
    Filter::eq(path, v)
}

async fn list(s: InTenant<Admin>) -> ApiResult<Response> {
    let listing = AUDIT_LOG.query(
        &s.query,
        &[
            Param::With("actor", actor),
            Param::Eq("action"),
            Param::Eq("resource_type"),
            Param::Eq("project_id"),
            Param::Since("since", "$.at"),
            Param::Until("until", "$.at"),
        ],
    )?;
    listing.raw(&s.db(), "")
}
