//! `GET /tenant`: the tenant, its tier limits and current usage.

use std::sync::Arc;

use axum::routing::get;
use axum::{Json, Router};
use rusqlite::Connection;
use serde_json::{Value, json};

use super::extract::InTenant;
use crate::app::App;
use crate::collection::{PROJECTS, USERS};
use crate::error::ApiResult;
use crate::store::Store;

pub fn routes() -> Router<Arc<App>> {
    Router::new().route("/tenant", get(show))
}

pub const TIERS: &[&str] = &["free", "small_business", "business", "business_critical"];

/// (projects, users) limits per tier; `None` = unlimited.
pub fn limits(tier: &str) -> (Option<i64>, Option<i64>) {
    match tier {
        "free" => (Some(1), Some(3)),
        "small_business" => (Some(3), Some(10)),
        "business" => (Some(10), Some(50)),
        _ => (None, None),
    }
}

pub fn tier(conn: &Connection) -> ApiResult<String> {
    let t = Store(conn)
        .meta("tenant")?
        .and_then(|s| serde_json::from_str::<Value>(&s).ok());
    Ok(t.and_then(|t| t["tier"].as_str().map(String::from))
        .unwrap_or_else(|| "business".into()))
}

pub fn tenant_body(_app: &App, conn: &Connection) -> ApiResult<Value> {
    let store = Store(conn);
    let mut t: Value = store
        .meta("tenant")?
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_else(|| json!({}));
    let tier = t["tier"].as_str().unwrap_or("business").to_string();
    let (projects, users) = limits(&tier);
    t["limits"] = json!({"projects": projects, "users": users});
    t["usage"] = json!({"projects": PROJECTS.count(conn, "")?, "users": USERS.count(conn, "")?});
    Ok(t)
}

async fn show(s: InTenant) -> ApiResult<Json<Value>> {
    Ok(Json(tenant_body(&s.app, &s.db())?))
}
