//! `GET /audit-log`: admins read every recorded action, newest first, with filters.

use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;

use super::Query;
use crate::app::App;
use crate::auth::Principal;
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, raw_envelope};
use crate::store::{Filter, ListQuery, Store};

pub fn routes() -> Router<Arc<App>> {
    Router::new().route("/audit-log", get(list))
}

fn timestamp(
    q: &std::collections::HashMap<String, String>,
    key: &str,
) -> ApiResult<Option<String>> {
    match q.get(key) {
        None => Ok(None),
        Some(v) => match v.parse::<jiff::Timestamp>() {
            Ok(ts) => Ok(Some(crate::clock::rfc3339(ts))),
            Err(_) => Err(ApiError::field(key, "must be an RFC 3339 timestamp")),
        },
    }
}

async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    axum::extract::Query(q): Query,
) -> ApiResult<Response> {
    p.require_admin()?;
    let params = PageParams::from_query(&q)?;
    let mut filters = Vec::new();
    if let Some(actor) = q.get("actor") {
        let path = if actor.contains('@') {
            "$.actor.email"
        } else {
            "$.actor.id"
        };
        filters.push(Filter::eq(path, actor.as_str()));
    }
    for (param, path) in [
        ("action", "$.action"),
        ("resource_type", "$.resource_type"),
        ("project_id", "$.project_id"),
    ] {
        if let Some(v) = q.get(param) {
            filters.push(Filter::eq(path, v.as_str()));
        }
    }
    if let Some(since) = timestamp(&q, "since")? {
        filters.push(Filter::Ge("$.at".into(), since.into()));
    }
    if let Some(until) = timestamp(&q, "until")? {
        filters.push(Filter::Le("$.at".into(), until.into()));
    }
    let conn = app.db();
    let page = Store(&conn).list_raw(&ListQuery {
        kind: "audit",
        scope: Some(""),
        filters,
        newest_first: true,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    Ok(raw_envelope(&page))
}
