//! `/projects/{id}/api-keys`: project-scoped keys whose secret is shown once and stored hashed.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{delete, get};
use axum::{Json, Router};
use jiff::SignedDuration;
use serde_json::{Value, json};

use super::Query;
use crate::app::{App, Audit};
use crate::auth::{self, Principal};
use crate::body::{Body, Check};
use crate::error::ApiResult;
use crate::ids::IdGen;
use crate::page::{PageParams, raw_envelope};
use crate::store::{ListQuery, NewObj, Store};

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/projects/{project_id}/api-keys", get(list).post(create))
        .route("/projects/{project_id}/api-keys/{key_id}", delete(revoke))
}

async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    axum::extract::Query(q): Query,
) -> ApiResult<Response> {
    p.require_admin()?;
    let params = PageParams::from_query(&q)?;
    let conn = app.db();
    super::project(&app, &conn, &pid)?;
    let page = Store(&conn).list_raw(&ListQuery {
        kind: "api_key",
        scope: Some(&pid),
        filters: Vec::new(),
        newest_first: false,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    Ok(raw_envelope(&page))
}

/// Creates a key; used by the route and by seeding (which needs the secret back).
pub fn mint(
    app: &App,
    conn: &rusqlite::Connection,
    pid: &str,
    name: &str,
    role: &str,
    expires_in_days: Option<i64>,
    created_by: Option<&str>,
) -> ApiResult<(Value, String)> {
    let secret = format!("rk_{}", IdGen::secret(40));
    let id = app.new_id("key");
    let now = app.now();
    let key = json!({
        "id": id,
        "name": name,
        "prefix": &secret[..8],
        "role": role,
        "project_id": pid,
        "created_at": crate::clock::rfc3339(now),
        "created_by": created_by,
        "last_used_at": null,
        "expires_at": expires_in_days.map(|d| crate::clock::rfc3339(now + SignedDuration::from_hours(24 * d))),
    });
    Store(conn).insert(NewObj {
        kind: "api_key",
        id: &id,
        scope: pid,
        project_id: Some(pid),
        name: Some(name),
        body: &key,
        secrets: &Value::Null,
    })?;
    auth::store_api_key_secret(conn, &id, &secret)?;
    Ok((key, secret))
}

async fn create(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    Body(body): Body,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_admin()?;
    let mut c = Check::new(&body);
    let name = c.name("name", 64);
    let role = c
        .one_of("role", &["editor", "viewer"], false)
        .unwrap_or_else(|| "viewer".into());
    let days = c.int("expires_in_days", false, 1, 365);
    c.only(&["name", "role", "expires_in_days"], &[]);
    c.finish()?;
    let conn = app.db();
    super::project(&app, &conn, &pid)?;
    let name = name.expect("checked");
    let (mut key, secret) = mint(
        &app,
        &conn,
        &pid,
        &name,
        &role,
        days,
        p.actor.email.as_deref(),
    )?;
    Audit::by(&p, "api_key.created")
        .on("api_key", key["id"].as_str(), Some(&name))
        .project(&pid)
        .details(json!({"role": role, "prefix": key["prefix"]}))
        .write(&app, &conn);
    key["secret"] = Value::String(secret);
    Ok((StatusCode::CREATED, Json(key)))
}

async fn revoke(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, key_id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    p.require_admin()?;
    let conn = app.db();
    super::project(&app, &conn, &pid)?;
    let key = Store(&conn).get_in("api_key", &pid, &key_id, "API key")?;
    Store(&conn).delete(&key_id)?;
    auth::delete_api_key_secret(&conn, &key_id)?;
    Audit::by(&p, "api_key.revoked")
        .on("api_key", Some(&key_id), key.body["name"].as_str())
        .project(&pid)
        .write(&app, &conn);
    Ok(StatusCode::NO_CONTENT)
}
