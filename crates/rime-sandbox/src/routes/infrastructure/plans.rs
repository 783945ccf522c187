//! Pending changes, plans that record what they saw, and applies (202 jobs on the sandbox clock).

use axum::Json;
use axum::http::StatusCode;
use axum::response::Response;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::{running_apply, settled};
use crate::app::{Actor, App, Audit};
use crate::body::{Body, Check, OptBody};
use crate::collection::{INFRA_APPLIES, INFRA_PLANS, Param};
use crate::domain::infrastructure::state;
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, envelope_vec};
use crate::routes::extract::{InProject, Write};
use crate::sim::infrastructure::at;
use crate::store::Store;

pub async fn changes(s: InProject) -> ApiResult<Json<Value>> {
    let params = PageParams::from_query(&s.query)?;
    let all = state::changes(&Store(&*settled(&s)?), &s.pid)?;
    Ok(Json(envelope_vec(all, params)))
}

fn apply_running(conn: &Connection, pid: &str) -> ApiResult<()> {
    match running_apply(conn, pid)? {
        Some(a) => Err(ApiError::conflict(format!(
            "Apply {} is still running; wait for it to finish, then plan again.",
            a.id
        ))),
        None => Ok(()),
    }
}

/// Records the project's pending changes as a plan. Public for other domains (a pipeline's
/// plan-and-apply step): settle the project first, as every route here does.
pub fn make_plan(
    app: &App,
    conn: &Connection,
    (by, ip): (&Actor, Option<&str>),
    pid: &str,
) -> ApiResult<Value> {
    apply_running(conn, pid)?;
    let changes = state::changes(&Store(conn), pid)?;
    let id = app.new_id("pln");
    let plan = json!({
        "id": id, "project_id": pid, "status": "ready", "created_at": app.now_str(),
        "fingerprint": state::fingerprint(&changes), "summary": state::summary(&changes),
        "changes": changes, "apply_id": null,
    });
    INFRA_PLANS.insert_in(conn, &id, pid, &plan)?;
    Audit::actor(by, ip, "infrastructure.planned")
        .on("infrastructure_plan", Some(&id), None)
        .project(pid)
        .details(json!({"summary": plan["summary"]}))
        .write(app, conn);
    Ok(plan)
}

pub async fn plan(
    s: InProject<Write>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    crate::body::no_fields(body.as_ref())?;
    let conn = settled(&s)?;
    let by = (&s.p.actor, s.p.source_ip.as_deref());
    let plan = make_plan(&s.app, &conn, by, &s.pid)?;
    Ok((StatusCode::CREATED, Json(plan)))
}

pub async fn show_plan(s: InProject) -> ApiResult<Json<Value>> {
    let conn = settled(&s)?;
    Ok(Json(INFRA_PLANS.load(&conn, &s.pid, s.ids::<1>()[0])?.body))
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
    let mut plan = INFRA_PLANS.load(conn, pid, plan_id)?;
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
    apply_running(conn, pid)?;
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
                "started_at": if i == 0 { json!(at(now)) } else { Value::Null }, "ended_at": null,
            })
        })
        .collect();
    let done = results.is_empty();
    let id = app.new_id("apl");
    let apply = json!({
        "id": id, "project_id": pid, "plan_id": plan_id,
        "status": if done { "succeeded" } else { "running" },
        "started_at": at(now), "ended_at": if done { json!(at(now)) } else { Value::Null },
        "results": results,
    });
    INFRA_APPLIES.insert_in(conn, &id, pid, &apply)?;
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

pub async fn apply(s: InProject<Write>, Body(body): Body) -> ApiResult<(StatusCode, Json<Value>)> {
    let mut c = Check::new(&body);
    let plan_id = c.string("plan_id", true);
    c.only(&["plan_id"], &[]);
    c.finish()?;
    let conn = settled(&s)?;
    let by = (&s.p.actor, s.p.source_ip.as_deref());
    let apply = start_apply(&s.app, &conn, by, &s.pid, &plan_id.expect("checked"))?;
    Ok((StatusCode::ACCEPTED, Json(apply)))
}

pub async fn applies(s: InProject) -> ApiResult<Response> {
    let listing = s.listing(
        &INFRA_APPLIES,
        &[
            Param::OneOf("status", &["running", "succeeded", "failed"]),
            Param::Since("since", "$.started_at"),
        ],
    )?;
    listing.raw(&*settled(&s)?, &s.pid)
}

pub async fn show_apply(s: InProject) -> ApiResult<Json<Value>> {
    let conn = settled(&s)?;
    Ok(Json(
        INFRA_APPLIES.load(&conn, &s.pid, s.ids::<1>()[0])?.body,
    ))
}
