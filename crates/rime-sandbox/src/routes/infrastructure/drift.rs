//! Drift: the detected items, on-demand checks, and the `/_sandbox` control that edits "actual" state.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::settled;
use crate::app::App;
use crate::body::{Body, Check, OptBody, merge_patch};
use crate::collection::{INFRA_DRIFT_CHECKS, INFRA_RESOURCES, INFRA_STATES, PROJECTS};
use crate::domain::infrastructure::state::{self, Actual, save_state, state_of};
use crate::domain::infrastructure::{config, types};
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, envelope_vec};
use crate::routes::extract::{InProject, Write};
use crate::sim::infrastructure::{self as jobs, CHECK_BASE_SECONDS};
use crate::store::Store;

pub const DRIFT_TYPES: &[&str] = &[
    "configuration_changed",
    "deleted_outside",
    "added_outside",
    "permissions_changed",
];

pub async fn list(s: InProject) -> ApiResult<Json<Value>> {
    let params = PageParams::from_query(&s.query)?;
    let drift = state::all_drift(&*settled(&s)?, &s.pid)?;
    Ok(Json(envelope_vec(drift, params)))
}

pub async fn check(
    s: InProject<Write>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    crate::body::no_fields(body.as_ref())?;
    let (app, pid) = (&s.app, &s.pid);
    let conn = settled(&s)?;
    if let Some(running) = INFRA_DRIFT_CHECKS
        .all(&conn, pid)?
        .into_iter()
        .find(|c| c.body["status"] == "running")
    {
        return Err(ApiError::conflict(format!(
            "Drift check {} is already running.",
            running.id
        )));
    }
    let checked = INFRA_STATES.count(&conn, pid)?;
    let id = app.new_id("dck");
    let check = json!({
        "id": id, "project_id": pid, "status": "running", "started_at": jobs::at(app.now().as_second()),
        "ended_at": null, "resources_checked": checked, "drift_detected": null,
    });
    INFRA_DRIFT_CHECKS.insert_in(&conn, &id, pid, &check)?;
    s.audit("infrastructure.drift_check_started")
        .on("infrastructure_drift_check", Some(&id), None)
        .details(
            json!({"resources_checked": checked, "duration_seconds": CHECK_BASE_SECONDS + checked}),
        )
        .write(app, &conn);
    Ok((StatusCode::ACCEPTED, Json(check)))
}

pub async fn show_check(s: InProject) -> ApiResult<Json<Value>> {
    let conn = settled(&s)?;
    let check = INFRA_DRIFT_CHECKS.load(&conn, &s.pid, s.ids::<1>()[0])?;
    Ok(Json(check.body))
}

/// A project by id or name (controls are typed by people and tests).
fn project_id(conn: &Connection, wanted: &str) -> ApiResult<String> {
    if let Some(p) = PROJECTS.get(conn, wanted)? {
        return Ok(p.id);
    }
    PROJECTS
        .named(conn, "", wanted)?
        .map(|p| p.id)
        .ok_or_else(|| ApiError::not_found(format!("No project '{wanted}'.")))
}

/// `POST /_sandbox/infrastructure/drift`: changes what "really exists", as someone working
/// directly in Snowflake or AWS would. Rime notices at its next reconciliation (a drift check,
/// or the scheduled one).
pub async fn control(State(app): State<Arc<App>>, Body(body): Body) -> ApiResult<Json<Value>> {
    let mut c = Check::new(&body);
    let project = c.string("project", true);
    let drift_type = c.one_of("drift_type", DRIFT_TYPES, true);
    let resource = c.string("resource", false);
    let resource_type = c.one_of("resource_type", &types::type_names(), false);
    let name = c.string("name", false);
    let config = c.object("config", false).cloned();
    let grant = c.object("grant", false).cloned();
    c.only(
        &[
            "project",
            "drift_type",
            "resource",
            "resource_type",
            "name",
            "config",
            "grant",
        ],
        &[],
    );
    if drift_type.as_deref() == Some("added_outside") {
        if resource_type.is_none() {
            c.fail("resource_type", "is required for added_outside");
        }
        if name.is_none() {
            c.fail("name", "is required for added_outside");
        }
    } else if drift_type.is_some() && resource.is_none() {
        c.fail("resource", "is required (a resource id or name)");
    }
    c.finish()?;
    let conn = app.db();
    let store = Store(&conn);
    let pid = project_id(&conn, &project.expect("checked"))?;
    jobs::settle(&app, &conn, &pid)?;
    let drift_type = drift_type.expect("checked");
    let now = app.now_str();
    if drift_type == "added_outside" {
        let (kind, name) = (resource_type.expect("checked"), name.expect("checked"));
        let spec = types::spec(&kind).expect("checked");
        let mut k = Check::new(&Value::Null);
        let config = config::check_config(spec, &config.unwrap_or(Value::Null), &mut k);
        k.finish()?;
        let key = state::outside_key(&kind, &name);
        let mut st: state::State = match INFRA_STATES.named(&conn, &pid, &key)? {
            Some(o) => {
                serde_json::from_value(o.body).map_err(|e| ApiError::internal(e.to_string()))?
            }
            None => state::State {
                id: app.new_id("ist"),
                resource_id: None,
                kind: kind.clone(),
                name: name.clone(),
                applied: None,
                real: None,
                detected: None,
                delete_requested: false,
                error: None,
            },
        };
        st.real = Some(Actual {
            config,
            grants: Vec::new(),
        });
        save_state(&store, &pid, &st)?;
        return Ok(Json(
            json!({"project_id": pid, "drift_type": drift_type, "resource_id": null, "type": kind, "name": name, "actual": st.real, "changed_at": now}),
        ));
    }
    let wanted = resource.expect("checked");
    let res = match INFRA_RESOURCES.get(&conn, &wanted)? {
        Some(r) if r.scope == pid => r,
        _ => INFRA_RESOURCES
            .all(&conn, &pid)?
            .into_iter()
            .find(|r| r.body["name"] == wanted.as_str())
            .ok_or_else(|| {
                ApiError::not_found(format!(
                    "No infrastructure resource '{wanted}' in that project."
                ))
            })?,
    };
    let mut st = state_of(&store, &pid, &res.id)?
        .ok_or_else(|| ApiError::internal("resource without state"))?;
    let Some(mut real) = st.real.clone() else {
        return Err(ApiError::conflict(format!(
            "{} {} does not exist yet (apply it first).",
            st.kind, st.name
        )));
    };
    let spec = types::spec(&st.kind).expect("stored type");
    match drift_type.as_str() {
        "deleted_outside" => st.real = None,
        "configuration_changed" => {
            let patch = match config {
                Some(p) => p,
                None => {
                    let (k, v) = config::drifted_config(spec, &real.config).ok_or_else(|| {
                        ApiError::field(
                            "config",
                            format!(
                                "{} has no setting to change by default; pass config",
                                st.kind
                            ),
                        )
                    })?;
                    let mut m = serde_json::Map::new();
                    m.insert(k, v);
                    Value::Object(m)
                }
            };
            merge_patch(&mut real.config, &patch);
            st.real = Some(real);
        }
        _ => {
            if st.kind == "snowflake_grant" {
                // REVOKE outside Rime: the last privilege goes, unless config says otherwise.
                let privileges = match config.as_ref().and_then(|c| c.get("privileges")) {
                    Some(p) => p.clone(),
                    None => {
                        let mut p = real.config["privileges"]
                            .as_array()
                            .cloned()
                            .unwrap_or_default();
                        p.pop();
                        Value::Array(p)
                    }
                };
                real.config["privileges"] = privileges;
            } else {
                real.grants.push(
                    grant.unwrap_or_else(|| json!({"role": "PUBLIC", "privileges": ["USAGE"]})),
                );
            }
            st.real = Some(real);
        }
    }
    save_state(&store, &pid, &st)?;
    Ok(Json(json!({
        "project_id": pid, "drift_type": drift_type, "resource_id": res.id, "type": st.kind,
        "name": st.name, "actual": st.real, "changed_at": now,
    })))
}

/// `GET /_sandbox/infrastructure/actual/{project}`: every state record (applied, real, detected).
pub async fn actual(
    State(app): State<Arc<App>>,
    Path(project): Path<String>,
) -> ApiResult<Json<Value>> {
    let conn = app.db();
    let pid = project_id(&conn, &project)?;
    jobs::settle(&app, &conn, &pid)?;
    let states = state::states(&Store(&conn), &pid)?;
    Ok(Json(json!({"project_id": pid, "data": states})))
}
