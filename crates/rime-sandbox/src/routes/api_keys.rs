//! `/projects/{id}/api-keys`: project-scoped keys whose secret is shown once and stored hashed.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{delete, get};
use axum::{Json, Router};
use serde_json::{Value, json};

use super::extract::{Admin, InProject};
use crate::app::App;
use crate::auth;
use crate::body::{Body, Check};
use crate::collection::API_KEYS;
use crate::error::ApiResult;
use crate::store::Store;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/projects/{project_id}/api-keys", get(list).post(create))
        .route("/projects/{project_id}/api-keys/{key_id}", delete(revoke))
}

async fn list(s: InProject<Admin>) -> ApiResult<Response> {
    let listing = s.listing(&API_KEYS, &[])?;
    listing.raw(&s.db(), &s.pid)
}

async fn create(s: InProject<Admin>, Body(body): Body) -> ApiResult<(StatusCode, Json<Value>)> {
    let mut c = Check::new(&body);
    let name = c.name("name", 64);
    let role = c
        .one_of("role", &["editor", "viewer"], false)
        .unwrap_or_else(|| "viewer".into());
    let days = c.int("expires_in_days", false, 1, 365);
    c.only(&["name", "role", "expires_in_days"], &[]);
    c.finish()?;
    let conn = s.db();
    let name = name.expect("checked");
    let by = s.p.actor.email.as_deref();
    let (mut key, secret) = auth::mint_api_key(&s.app, &conn, &s.pid, (&name, &role), days, by)?;
    s.audit("api_key.created")
        .on(API_KEYS.kind, key["id"].as_str(), Some(&name))
        .details(json!({"role": role, "prefix": key["prefix"]}))
        .write(&s.app, &conn);
    key["secret"] = Value::String(secret);
    Ok((StatusCode::CREATED, Json(key)))
}

async fn revoke(s: InProject<Admin>) -> ApiResult<StatusCode> {
    let conn = s.db();
    let key = s.object(&conn, &API_KEYS)?;
    Store(&conn).delete(&key.id)?;
    auth::delete_api_key_secret(&conn, &key.id)?;
    s.audit("api_key.revoked")
        .on(API_KEYS.kind, Some(&key.id), key.body["name"].as_str())
        .write(&s.app, &conn);
    Ok(StatusCode::NO_CONTENT)
}
