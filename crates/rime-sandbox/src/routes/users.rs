//! `/users`: invitations, role and status changes with last-admin protection, deletion, session revocation.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use rusqlite::Connection;
use serde_json::{Value, json};

use super::Query;
use crate::app::{App, Audit};
use crate::auth::{self, Principal, ROLES};
use crate::body::{Body, Check, diff, merge_patch};
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, raw_envelope};
use crate::store::{Filter, ListQuery, NewObj, Store};

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/users", get(list).post(invite))
        .route("/users/{user_id}", get(show).patch(update).delete(remove))
        .route("/users/{user_id}/sessions/revoke", post(revoke_sessions))
}

const STATUSES: &[&str] = &["invited", "active", "suspended"];
const READ_ONLY: &[&str] = &[
    "id",
    "email",
    "status",
    "last_login_at",
    "created_at",
    "updated_at",
];

async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    axum::extract::Query(q): Query,
) -> ApiResult<Response> {
    p.require_user()?;
    let params = PageParams::from_query(&q)?;
    let mut filters = Vec::new();
    if let Some(r) = q.get("role") {
        filters.push(Filter::eq("$.role", r.as_str()));
    }
    if let Some(s) = q.get("status") {
        filters.push(Filter::eq("$.status", s.as_str()));
    }
    let conn = app.db();
    let page = Store(&conn).list_raw(&ListQuery {
        kind: "user",
        scope: Some(""),
        filters,
        newest_first: false,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    Ok(raw_envelope(&page))
}

fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.contains(char::is_whitespace)
}

async fn invite(
    State(app): State<Arc<App>>,
    p: Principal,
    Body(body): Body,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_admin()?;
    let mut c = Check::new(&body);
    let email = c.string("email", true);
    if let Some(e) = &email
        && !valid_email(e)
    {
        c.fail("email", "must be an email address");
    }
    let first = c.name("first_name", 100);
    let last = c.name("last_name", 100);
    let role = c.one_of("role", ROLES, true);
    c.only(&["email", "first_name", "last_name", "role"], &[]);
    c.finish()?;
    let email = email.expect("checked").to_ascii_lowercase();
    let conn = app.db();
    let store = Store(&conn);
    let tier = super::tenant::tier(&conn)?;
    if let (_, Some(max)) = super::tenant::limits(&tier)
        && store.count("user", Some(""))? >= max
    {
        return Err(ApiError::forbidden(format!(
            "The {tier} tier allows at most {max} users."
        )));
    }
    let id = app.new_id("usr");
    let now = app.now_str();
    let user = json!({
        "id": id, "email": email, "first_name": first, "last_name": last, "role": role,
        "status": "invited", "last_login_at": null, "created_at": now, "updated_at": now,
    });
    store
        .insert(NewObj {
            kind: "user",
            id: &id,
            scope: "",
            project_id: None,
            name: Some(&email),
            body: &user,
            secrets: &Value::Null,
        })
        .map_err(|e| {
            if e.status == StatusCode::CONFLICT {
                ApiError::conflict(format!("A user with email '{email}' already exists."))
            } else {
                e
            }
        })?;
    Audit::by(&p, "user.invited")
        .on("user", Some(&id), Some(&email))
        .details(json!({"role": role}))
        .write(&app, &conn);
    Ok((StatusCode::CREATED, Json(user)))
}

fn get_user(conn: &Connection, id: &str) -> ApiResult<crate::store::Obj> {
    Store(conn).get_in("user", "", id, "User")
}

async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    p.require_user()?;
    let conn = app.db();
    Ok(Json(get_user(&conn, &id)?.body))
}

/// Active admins other than `except`.
fn other_admins(conn: &Connection, except: &str) -> ApiResult<usize> {
    Ok(Store(conn)
        .all("user", Some(""))?
        .iter()
        .filter(|u| u.id != except && u.body["role"] == "admin" && u.body["status"] != "suspended")
        .count())
}

async fn update(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(id): Path<String>,
    Body(patch): Body,
) -> ApiResult<Json<Value>> {
    p.require_admin()?;
    let mut c = Check::new(&patch);
    if c.has("first_name") {
        c.name("first_name", 100);
    }
    if c.has("last_name") {
        c.name("last_name", 100);
    }
    if c.has("role") {
        c.one_of("role", ROLES, true);
    }
    if c.has("status") {
        c.one_of("status", &["active", "suspended"], true);
    }
    c.only(
        &["first_name", "last_name", "role", "status"],
        READ_ONLY
            .iter()
            .filter(|f| **f != "status")
            .copied()
            .collect::<Vec<_>>()
            .as_slice(),
    );
    c.finish()?;
    let conn = app.db();
    let store = Store(&conn);
    let user = get_user(&conn, &id)?;
    let mut after = user.body.clone();
    let mut writable = patch.clone();
    if let Some(m) = writable.as_object_mut() {
        m.retain(|k, _| ["first_name", "last_name", "role", "status"].contains(&k.as_str()));
    }
    merge_patch(&mut after, &writable);
    let was_admin = user.body["role"] == "admin" && user.body["status"] != "suspended";
    let stays_admin = after["role"] == "admin" && after["status"] != "suspended";
    if was_admin && !stays_admin && other_admins(&conn, &id)? == 0 {
        return Err(ApiError::conflict(
            "This is the tenant's last admin; promote another admin first.",
        ));
    }
    if STATUSES.contains(&after["status"].as_str().unwrap_or("")) && after["status"] == "suspended"
    {
        auth::revoke_user_sessions(&conn, &id)?;
    }
    after["updated_at"] = Value::String(app.now_str());
    store.update(&id, "user", after["email"].as_str(), &after, &Value::Null)?;
    Audit::by(&p, "user.updated")
        .on("user", Some(&id), after["email"].as_str())
        .details(diff(&user.body, &after, &["updated_at"]))
        .write(&app, &conn);
    Ok(Json(after))
}

async fn remove(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    p.require_admin()?;
    let conn = app.db();
    let user = get_user(&conn, &id)?;
    if user.body["role"] == "admin"
        && user.body["status"] != "suspended"
        && other_admins(&conn, &id)? == 0
    {
        return Err(ApiError::conflict(
            "This is the tenant's last admin and cannot be deleted.",
        ));
    }
    auth::revoke_user_sessions(&conn, &id)?;
    Store(&conn).delete(&id)?;
    Audit::by(&p, "user.deleted")
        .on("user", Some(&id), user.body["email"].as_str())
        .write(&app, &conn);
    Ok(StatusCode::NO_CONTENT)
}

async fn revoke_sessions(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    p.require_admin()?;
    let conn = app.db();
    let user = get_user(&conn, &id)?;
    auth::revoke_user_sessions(&conn, &id)?;
    Audit::by(&p, "user.sessions_revoked")
        .on("user", Some(&id), user.body["email"].as_str())
        .write(&app, &conn);
    Ok(StatusCode::NO_CONTENT)
}
