//! `/projects/{id}/infrastructure`: desired state, pending changes, plans, applies and drift (contract §6).

mod config;
mod drift;
pub mod jobs;
pub mod plans;
mod resources;
pub mod seed;
mod state;
mod types;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use rusqlite::Connection;

use crate::app::App;
use crate::error::ApiResult;
use crate::store::{Obj, Store};

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

/// The project (404 when missing), without settling.
fn project_of(app: &App, conn: &Connection, pid: &str) -> ApiResult<Obj> {
    super::project(app, conn, pid)
}

/// The project, brought up to the sandbox clock (finished apply steps, drift reconciliations).
fn open_project(app: &App, conn: &Connection, pid: &str) -> ApiResult<Obj> {
    let project = project_of(app, conn, pid)?;
    jobs::settle(app, conn, pid)?;
    Ok(project)
}

fn running_apply(store: &Store<'_>, pid: &str) -> ApiResult<Option<Obj>> {
    Ok(store
        .all(state::APPLY, Some(pid))?
        .into_iter()
        .find(|a| a.body["status"] == "running"))
}
