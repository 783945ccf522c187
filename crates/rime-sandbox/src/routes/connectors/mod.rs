//! `/projects/{id}/connectors/…` (contract §5): connectors, simulated runs, schema, schedules and uploads.
//
// Everything time-dependent is a function of the sandbox clock, computed when something is read:
// runs progress and finish, and scheduled runs come due, the moment a connector (or its runs) is
// next looked at. A small `connector_wake` index (one row per connector that can change by
// itself: a run in progress or an enabled schedule) keeps that cheap on very large projects.
// Other domains reading connectors call `sim::settle_project` first, and start runs (pipeline
// extract steps) with `sim::start_run`.

mod catalogue;
mod crud;
mod discovery;
mod runs;
mod schedule;
mod schema;
mod seed;
pub mod sim;
mod sniff;
mod upload;

use std::sync::Arc;

use axum::Router;
use rusqlite::Connection;
use serde_json::{Map, Value};

use crate::app::App;
use crate::error::{ApiError, ApiResult};
use crate::store::{Obj, Store};

pub use seed::{bulk_one, seed};

pub const CONNECTOR: &str = "connector";
pub const RUN: &str = "connector_run";
pub const SCHEMA: &str = "connector_schema";
pub const UPLOAD: &str = "connector_upload";
const WAKE: &str = "connector_wake";

pub fn routes() -> Router<Arc<App>> {
    crud::routes()
        .merge(runs::routes())
        .merge(schema::routes())
        .merge(upload::routes())
}

/// A connector of this project, as stored (call [`sim::settle`] before showing it).
fn load(conn: &Connection, pid: &str, cid: &str) -> ApiResult<Obj> {
    match Store(conn).get(CONNECTOR, cid)? {
        Some(o) if o.scope == pid => Ok(o),
        _ => Err(ApiError::not_found(format!(
            "Connector with ID '{cid}' was not found in this project."
        ))),
    }
}

/// The project must exist (404) before anything inside it is looked at.
fn project(app: &App, conn: &Connection, pid: &str) -> ApiResult<()> {
    super::project(app, conn, pid).map(drop)
}

/// Action endpoints (test, sync, cancel, refresh) take no fields: no body, or `{}`.
fn no_fields(body: &Option<Value>) -> ApiResult<()> {
    match body
        .as_ref()
        .and_then(Value::as_object)
        .and_then(|m| m.keys().next())
    {
        Some(k) => Err(ApiError::field(k.clone(), "is not a known field")),
        None => Ok(()),
    }
}

/// The API view of a stored body: keys starting with `_` are the simulation's own bookkeeping.
fn public(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect::<Map<String, Value>>(),
        ),
        other => other.clone(),
    }
}

/// The config with its stored secrets put back (for validation, tests and simulated runs).
fn full_config(c: &Obj) -> Value {
    let mut config = strip_flags(c.body["config"].clone());
    if let Some(secrets) = c.secrets.as_object() {
        for (path, value) in secrets {
            let Some(rest) = path.strip_prefix("config.") else {
                continue;
            };
            let mut target = &mut config;
            let segs: Vec<&str> = rest.split('.').collect();
            for seg in &segs[..segs.len() - 1] {
                target = &mut target[*seg];
            }
            if let Some(obj) = target.as_object_mut() {
                obj.insert(segs[segs.len() - 1].to_string(), value.clone());
            }
        }
    }
    config
}

/// `*_set` flags are derived; a client echoing them back must not turn them into config keys.
fn strip_flags(mut v: Value) -> Value {
    fn walk(v: &mut Value) {
        if let Value::Object(m) = v {
            m.retain(|k, _| !k.ends_with("_set"));
            m.values_mut().for_each(walk);
        } else if let Value::Array(a) = v {
            a.iter_mut().for_each(walk);
        }
    }
    walk(&mut v);
    v
}

/// Every secret value of a config (secrets inline), for the simulated `wrong` password rule.
fn secret_values(kind: &str, full: &Value) -> Vec<String> {
    let Some(def) = catalogue::find(kind) else {
        return Vec::new();
    };
    catalogue::secret_paths(def, full)
        .iter()
        .filter_map(|p| {
            let pointer = format!("/{}", p.replace('.', "/"));
            let pointer = pointer.strip_prefix("/config").unwrap_or(&pointer);
            full.pointer(pointer)
                .and_then(Value::as_str)
                .map(String::from)
        })
        .collect()
}
