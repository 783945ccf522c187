//! `/alerts`: list and show alerts (settled from the simulation first), acknowledge and resolve them.

use std::sync::Arc;

use axum::{Json, Router, routing::get, routing::post};
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::app::App;
use crate::body::OptBody;
use crate::collection::{ALERTS, Param};
use crate::domain::monitoring::SEVERITIES;
use crate::error::{ApiError, ApiResult};
use crate::routes::extract::{InProject, Need, Write};
use crate::sim::alerts::{settle, view};
use crate::store::{Obj, Store};

pub const STATUSES: &[&str] = &["firing", "acknowledged", "resolved"];

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/projects/{project_id}/alerts", get(list))
        .route("/projects/{project_id}/alerts/{alert_id}", get(show))
        .route(
            "/projects/{project_id}/alerts/{alert_id}/acknowledge",
            post(|s: InProject<Write>, OptBody(b): OptBody| async move {
                transition(&s, b, "acknowledged")
            }),
        )
        .route(
            "/projects/{project_id}/alerts/{alert_id}/resolve",
            post(|s: InProject<Write>, OptBody(b): OptBody| async move {
                transition(&s, b, "resolved")
            }),
        )
}

async fn list(s: InProject) -> ApiResult<Json<Value>> {
    let listing = s.listing(
        &ALERTS,
        &[
            Param::OneOf("status", STATUSES),
            Param::OneOf("severity", SEVERITIES),
            Param::Eq("rule_id"),
        ],
    )?;
    let conn = s.db();
    settle(&s.app, &conn, &s.pid)?;
    let now = s.app.now();
    listing.json(&conn, &s.pid, |o| view(&o.body, now))
}

/// The alert named by the path, after the simulation caught up.
fn load<N: Need>(s: &InProject<N>, conn: &Connection) -> ApiResult<Obj> {
    settle(&s.app, conn, &s.pid)?;
    ALERTS.load(conn, &s.pid, s.ids::<1>()[0])
}

async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let alert = load(&s, &s.db())?;
    Ok(Json(view(&alert.body, s.app.now())))
}

/// Moves an alert along firing → acknowledged → resolved; anything else is a 409.
fn transition(s: &InProject<Write>, body: Option<Value>, to: &str) -> ApiResult<Json<Value>> {
    crate::body::no_fields(body.as_ref())?;
    let conn = s.db();
    let mut alert = load(s, &conn)?;
    let id = &alert.id;
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
    let (at, by) = if to == "acknowledged" {
        ("acknowledged_at", "acknowledged_by")
    } else {
        ("resolved_at", "resolved_by")
    };
    alert.body["status"] = to.into();
    alert.body[at] = s.app.now_str().into();
    alert.body[by] = s.p.label().into();
    Store(&conn).put_body(&alert.id, &alert.body)?;
    let action = format!("alert.{to}");
    s.audit(&action)
        .on(
            ALERTS.kind,
            Some(&alert.id),
            alert.body["rule_name"].as_str(),
        )
        .details(json!({"status": {"from": from, "to": to}, "rule_id": alert.body["rule_id"]}))
        .write(&s.app, &conn);
    Ok(Json(view(&alert.body, s.app.now())))
}
