//! `/projects/{id}/infrastructure`: desired state, pending changes, plans, applies and drift (contract §6).
//
// Every handler first settles the project on the sandbox clock (`sim::infrastructure::settle`):
// finished apply steps, drift checks and scheduled reconciliations happen before it reads.

mod drift;
mod plans;
mod resources;

use std::sync::{Arc, MutexGuard};

use axum::Router;
use axum::routing::{get, post};
use rusqlite::Connection;

use crate::app::App;
use crate::collection::INFRA_APPLIES;
use crate::error::ApiResult;
use crate::routes::extract::{InProject, Need};
use crate::store::Obj;

const BASE: &str = "/projects/{project_id}/infrastructure";

pub fn routes() -> Router<Arc<App>> {
    let r = |tail: &str| format!("{BASE}{tail}");
    Router::new()
        .route(BASE, get(resources::list).post(resources::create))
        .route(&r("/types"), get(resources::catalogue))
        .route(&r("/changes"), get(plans::changes))
        .route(&r("/plan"), post(plans::plan))
        .route(&r("/plans/{plan_id}"), get(plans::show_plan))
        .route(&r("/apply"), post(plans::apply))
        .route(&r("/applies"), get(plans::applies))
        .route(&r("/applies/{apply_id}"), get(plans::show_apply))
        .route(&r("/drift"), get(drift::list))
        .route(&r("/drift/check"), post(drift::check))
        .route(&r("/drift/checks/{check_id}"), get(drift::show_check))
        .route(
            &r("/{resource_id}"),
            get(resources::show)
                .patch(resources::update)
                .delete(resources::remove),
        )
}

/// `/_sandbox/infrastructure/…`: edit "actual" state so drift appears; inspect it.
pub fn controls() -> Router<Arc<App>> {
    Router::new()
        .route("/infrastructure/drift", post(drift::control))
        .route("/infrastructure/actual/{project}", get(drift::actual))
}

/// The database, with the project brought up to the sandbox clock.
fn settled<N: Need>(s: &InProject<N>) -> ApiResult<MutexGuard<'_, Connection>> {
    let conn = s.db();
    crate::sim::infrastructure::settle(&s.app, &conn, &s.pid)?;
    Ok(conn)
}

fn running_apply(conn: &Connection, pid: &str) -> ApiResult<Option<Obj>> {
    Ok(INFRA_APPLIES
        .all(conn, pid)?
        .into_iter()
        .find(|a| a.body["status"] == "running"))
}
