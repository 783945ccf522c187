//! `/alerts`: list and show alerts (settled from the simulation first), acknowledge and resolve them.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::{Json, Router, routing::get, routing::post};
use rusqlite::Connection;
use serde_json::{Value, json};

use super::rules::SEVERITIES;
use super::simulate::{settle, view};
use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::body::{Check, OptBody};
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, envelope};
use crate::routes::Query;
use crate::store::{Filter, ListQuery, Obj, Store};

pub const STATUSES: &[&str] = &["firing", "acknowledged", "resolved"];

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/projects/{project_id}/alerts", get(list))
        .route("/projects/{project_id}/alerts/{alert_id}", get(show))
        .route(
            "/projects/{project_id}/alerts/{alert_id}/acknowledge",
            post(acknowledge),
        )
        .route(
            "/projects/{project_id}/alerts/{alert_id}/resolve",
            post(resolve),
        )
}

async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    axum::extract::Query(q): Query,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let params = PageParams::from_query(&q)?;
    let mut c = Check::new(&Value::Null);
    let mut filters = Vec::new();
    for (key, allowed) in [("status", STATUSES), ("severity", SEVERITIES)] {
        if let Some(v) = q.get(key) {
            if allowed.contains(&v.as_str()) {
                filters.push(Filter::eq(&format!("$.{key}"), v.as_str()));
            } else {
                c.fail(key, format!("must be one of: {}", allowed.join(", ")));
            }
        }
    }
    c.finish()?;
    if let Some(rule) = q.get("rule_id") {
        filters.push(Filter::eq("$.rule_id", rule.as_str()));
    }
    let conn = app.db();
    crate::routes::project(&app, &conn, &pid)?;
    settle(&app, &conn, &pid)?;
    let page = Store(&conn).list(&ListQuery {
        kind: "alert",
        scope: Some(&pid),
        filters,
        newest_first: true,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    let now = app.now();
    Ok(Json(envelope(&page, |o| view(&o.body, now))))
}

fn load(app: &App, conn: &Connection, pid: &str, id: &str) -> ApiResult<Obj> {
    crate::routes::project(app, conn, pid)?;
    settle(app, conn, pid)?;
    Store(conn).get_in("alert", pid, id, "Alert")
}

async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    let alert = load(&app, &conn, &pid, &id)?;
    Ok(Json(view(&alert.body, app.now())))
}

/// Moves an alert along firing → acknowledged → resolved; anything else is a 409.
fn transition(
    app: &App,
    p: &Principal,
    pid: &str,
    id: &str,
    body: Option<Value>,
    to: &str,
) -> ApiResult<Json<Value>> {
    p.require_project_write(pid)?;
    crate::body::no_fields(body.as_ref())?;
    let conn = app.db();
    let mut alert = load(app, &conn, pid, id)?;
    let from = alert.body["status"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let allowed = match to {
        "acknowledged" => from == "firing",
        _ => from == "firing" || from == "acknowledged",
    };
    if !allowed {
        return Err(ApiError::conflict(if from == to {
            format!("Alert '{id}' is already {to}.")
        } else {
            format!("Alert '{id}' is {from}; only a firing alert can be acknowledged.")
        }));
    }
    let who = crate::routes::crud::actor_label(p);
    let now = app.now_str();
    let (at, by) = if to == "acknowledged" {
        ("acknowledged_at", "acknowledged_by")
    } else {
        ("resolved_at", "resolved_by")
    };
    alert.body["status"] = to.into();
    alert.body[at] = now.into();
    alert.body[by] = who.into();
    Store(&conn).put_body(&alert.id, &alert.body)?;
    let action = format!("alert.{to}");
    Audit::by(p, &action)
        .on("alert", Some(&alert.id), alert.body["rule_name"].as_str())
        .project(pid)
        .details(json!({"status": {"from": from, "to": to}, "rule_id": alert.body["rule_id"]}))
        .write(app, &conn);
    Ok(Json(view(&alert.body, app.now())))
}

async fn acknowledge(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, id)): Path<(String, String)>,
    OptBody(body): OptBody,
) -> ApiResult<Json<Value>> {
    transition(&app, &p, &pid, &id, body, "acknowledged")
}

async fn resolve(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, id)): Path<(String, String)>,
    OptBody(body): OptBody,
) -> ApiResult<Json<Value>> {
    transition(&app, &p, &pid, &id, body, "resolved")
}
