//! `/users`: invitations, role and status changes with last-admin protection, deletion, session revocation.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use rusqlite::Connection;
use serde_json::{Value, json};

use super::extract::{Admin, InTenant};
use crate::app::App;
use crate::auth::{self, ROLES};
use crate::body::{Body, Check, diff, merge_patch};
use crate::collection::{Param, USERS};
use crate::error::{ApiError, ApiResult};
use crate::store::Store;

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

async fn list(s: InTenant) -> ApiResult<Response> {
    let listing = USERS.query(&s.query, &[Param::Eq("role"), Param::Eq("status")])?;
    listing.raw(&s.db(), "")
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

async fn invite(s: InTenant<Admin>, Body(body): Body) -> ApiResult<(StatusCode, Json<Value>)> {
    let app = &s.app;
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
    let conn = s.db();
    let tier = super::tenant::tier(&conn)?;
    if let (_, Some(max)) = super::tenant::limits(&tier)
        && USERS.count(&conn, "")? >= max
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
    Store(&conn)
        .insert(USERS.new_obj(&id, "", None, &user).named(Some(&email)))
        .map_err(|e| {
            if e.status == StatusCode::CONFLICT {
                ApiError::conflict(format!("A user with email '{email}' already exists."))
            } else {
                e
            }
        })?;
    s.audit("user.invited")
        .on(USERS.kind, Some(&id), Some(&email))
        .details(json!({"role": role}))
        .write(app, &conn);
    Ok((StatusCode::CREATED, Json(user)))
}

fn get_user(conn: &Connection, id: &str) -> ApiResult<crate::store::Obj> {
    USERS.load(conn, "", id)
}

async fn show(s: InTenant) -> ApiResult<Json<Value>> {
    Ok(Json(get_user(&s.db(), &s.id)?.body))
}

/// Active admins other than `except`.
fn other_admins(conn: &Connection, except: &str) -> ApiResult<usize> {
    Ok(USERS
        .all(conn, "")?
        .iter()
        .filter(|u| u.id != except && u.body["role"] == "admin" && u.body["status"] != "suspended")
        .count())
}

async fn update(s: InTenant<Admin>, Body(patch): Body) -> ApiResult<Json<Value>> {
    let (app, id) = (&s.app, &s.id);
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
    let conn = s.db();
    let store = Store(&conn);
    let user = get_user(&conn, id)?;
    let mut after = user.body.clone();
    let mut writable = patch.clone();
    if let Some(m) = writable.as_object_mut() {
        m.retain(|k, _| ["first_name", "last_name", "role", "status"].contains(&k.as_str()));
    }
    merge_patch(&mut after, &writable);
    let was_admin = user.body["role"] == "admin" && user.body["status"] != "suspended";
    let stays_admin = after["role"] == "admin" && after["status"] != "suspended";
    if was_admin && !stays_admin && other_admins(&conn, id)? == 0 {
        return Err(ApiError::conflict(
            "This is the tenant's last admin; promote another admin first.",
        ));
    }
    if STATUSES.contains(&after["status"].as_str().unwrap_or("")) && after["status"] == "suspended"
    {
        auth::revoke_user_sessions(&conn, id)?;
    }
    after["updated_at"] = Value::String(app.now_str());
    store.update(
        id,
        USERS.kind,
        after["email"].as_str(),
        &after,
        &Value::Null,
    )?;
    s.audit("user.updated")
        .on(USERS.kind, Some(id), after["email"].as_str())
        .details(diff(&user.body, &after, &["updated_at"]))
        .write(app, &conn);
    Ok(Json(after))
}

async fn remove(s: InTenant<Admin>) -> ApiResult<StatusCode> {
    let (conn, id) = (s.db(), &s.id);
    let user = get_user(&conn, id)?;
    if user.body["role"] == "admin"
        && user.body["status"] != "suspended"
        && other_admins(&conn, id)? == 0
    {
        return Err(ApiError::conflict(
            "This is the tenant's last admin and cannot be deleted.",
        ));
    }
    auth::revoke_user_sessions(&conn, id)?;
    Store(&conn).delete(id)?;
    s.audit("user.deleted")
        .on(USERS.kind, Some(id), user.body["email"].as_str())
        .write(&s.app, &conn);
    Ok(StatusCode::NO_CONTENT)
}

async fn revoke_sessions(s: InTenant<Admin>) -> ApiResult<StatusCode> {
    let (conn, id) = (s.db(), &s.id);
    let user = get_user(&conn, id)?;
    auth::revoke_user_sessions(&conn, id)?;
    s.audit("user.sessions_revoked")
        .on(USERS.kind, Some(id), user.body["email"].as_str())
        .write(&s.app, &conn);
    Ok(StatusCode::NO_CONTENT)
}
