//! Pending changes, plans that record what they saw, and applies (202 jobs on the sandbox clock).

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::state::{self, APPLY, PLAN};
use super::{jobs, running_apply};
use crate::app::{Actor, App, Audit};
use crate::auth::Principal;
use crate::body::{Body, Check, OptBody};
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, envelope, envelope_vec};
use crate::routes::Query;
use crate::store::{ListQuery, NewObj, Store};

pub async fn changes(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    axum::extract::Query(q): Query,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let params = PageParams::from_query(&q)?;
    let conn = app.db();
    super::open_project(&app, &conn, &pid)?;
    let all = state::changes(&Store(&conn), &pid)?;
    Ok(Json(envelope_vec(all, params)))
}

fn apply_running(store: &Store<'_>, pid: &str) -> ApiResult<()> {
    match running_apply(store, pid)? {
        Some(a) => Err(ApiError::conflict(format!(
            "Apply {} is still running; wait for it to finish, then plan again.",
            a.id
        ))),
        None => Ok(()),
    }
}

/// Records the project's pending changes as a plan. Public for other domains (a pipeline's
/// plan-and-apply step): call `jobs::settle` first, as every route here does.
pub fn make_plan(
    app: &App,
    conn: &Connection,
    (by, ip): (&Actor, Option<&str>),
    pid: &str,
) -> ApiResult<Value> {
    let store = Store(conn);
    apply_running(&store, pid)?;
    let changes = state::changes(&store, pid)?;
    let id = app.new_id("pln");
    let plan = json!({
        "id": id, "project_id": pid, "status": "ready", "created_at": app.now_str(),
        "fingerprint": state::fingerprint(&changes), "summary": state::summary(&changes),
        "changes": changes, "apply_id": null,
    });
    store.insert(NewObj {
        kind: PLAN,
        id: &id,
        scope: pid,
        project_id: Some(pid),
        name: None,
        body: &plan,
        secrets: &Value::Null,
    })?;
    Audit::actor(by, ip, "infrastructure.planned")
        .on("infrastructure_plan", Some(&id), None)
        .project(pid)
        .details(json!({"summary": plan["summary"]}))
        .write(app, conn);
    Ok(plan)
}

pub async fn plan(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&pid)?;
    crate::body::no_fields(body.as_ref())?;
    let conn = app.db();
    super::open_project(&app, &conn, &pid)?;
    Ok((
        StatusCode::CREATED,
        Json(make_plan(
            &app,
            &conn,
            (&p.actor, p.source_ip.as_deref()),
            &pid,
        )?),
    ))
}

pub async fn show_plan(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    super::open_project(&app, &conn, &pid)?;
    Ok(Json(Store(&conn).get_in(PLAN, &pid, &id, "Plan")?.body))
}

/// Starts applying a ready plan: exactly its changes, one after another on the sandbox clock.
pub fn start_apply(
    app: &App,
    conn: &Connection,
    (by, ip): (&Actor, Option<&str>),
    pid: &str,
    plan_id: &str,
) -> ApiResult<Value> {
    let store = Store(conn);
    let mut plan = store.get_in(PLAN, pid, plan_id, "Plan")?;
    match plan.body["status"].as_str() {
        Some("applied") => {
            return Err(ApiError::conflict(format!(
                "Plan {plan_id} was already applied (apply {}). Create a new plan to see what is left to change.",
                plan.body["apply_id"].as_str().unwrap_or("?")
            )));
        }
        Some("stale") => {
            return Err(ApiError::conflict(format!(
                "Plan {plan_id} is stale: the desired or actual state changed after it was made. Create a new plan, review it and apply that one."
            )));
        }
        _ => {}
    }
    apply_running(&store, pid)?;
    let changes = plan.body["changes"].as_array().cloned().unwrap_or_default();
    let now = app.now().as_second();
    let results: Vec<Value> = changes
        .iter()
        .enumerate()
        .map(|(i, c)| {
            json!({
                "resource_id": c["resource_id"], "resource_type": c["resource_type"],
                "resource_name": c["resource_name"], "change_type": c["change_type"],
                "status": if i == 0 { "applying" } else { "pending" }, "error": null,
                "started_at": if i == 0 { json!(jobs::at(now)) } else { Value::Null }, "ended_at": null,
            })
        })
        .collect();
    let done = results.is_empty();
    let id = app.new_id("apl");
    let apply = json!({
        "id": id, "project_id": pid, "plan_id": plan_id,
        "status": if done { "succeeded" } else { "running" },
        "started_at": jobs::at(now), "ended_at": if done { json!(jobs::at(now)) } else { Value::Null },
        "results": results,
    });
    store.insert(NewObj {
        kind: APPLY,
        id: &id,
        scope: pid,
        project_id: Some(pid),
        name: None,
        body: &apply,
        secrets: &Value::Null,
    })?;
    plan.body["status"] = json!("applied");
    plan.body["apply_id"] = json!(id);
    store.put_body(&plan.id, &plan.body)?;
    let planned: Vec<Value> = changes
        .iter()
        .map(|c| json!({"change_type": c["change_type"], "resource_type": c["resource_type"], "resource_name": c["resource_name"]}))
        .collect();
    Audit::actor(by, ip, "infrastructure.applied")
        .on("infrastructure_apply", Some(&id), None)
        .project(pid)
        .details(json!({"plan_id": plan_id, "changes": planned}))
        .write(app, conn);
    Ok(apply)
}

pub async fn apply(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    Body(body): Body,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&pid)?;
    let mut c = Check::new(&body);
    let plan_id = c.string("plan_id", true);
    c.only(&["plan_id"], &[]);
    c.finish()?;
    let conn = app.db();
    super::open_project(&app, &conn, &pid)?;
    let plan_id = plan_id.expect("checked");
    Ok((
        StatusCode::ACCEPTED,
        Json(start_apply(
            &app,
            &conn,
            (&p.actor, p.source_ip.as_deref()),
            &pid,
            &plan_id,
        )?),
    ))
}

pub async fn applies(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    axum::extract::Query(q): Query,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let params = PageParams::from_query(&q)?;
    let conn = app.db();
    super::open_project(&app, &conn, &pid)?;
    let page = Store(&conn).list(&ListQuery {
        kind: APPLY,
        scope: Some(&pid),
        filters: Vec::new(),
        newest_first: true,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    Ok(Json(envelope(&page, |o| o.body.clone())))
}

pub async fn show_apply(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    super::open_project(&app, &conn, &pid)?;
    Ok(Json(Store(&conn).get_in(APPLY, &pid, &id, "Apply")?.body))
}
