//! `/projects/{project_id}/transformations`: Kimball and Data Vault projects, their models, runs and lineage.

mod crud;
mod graph;
mod lineage;
mod models;
mod rules;
pub mod runs;
pub mod seed;
mod simulate;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use rusqlite::Connection;

use crate::app::App;
use crate::error::ApiResult;
use crate::store::{Obj, Store};

pub use graph::Graph;
pub use simulate::view as run_view;

pub fn routes() -> Router<Arc<App>> {
    const T: &str = "/projects/{project_id}/transformations";
    const ONE: &str = "/projects/{project_id}/transformations/{transformation_id}";
    Router::new()
        .route(T, get(crud::list).post(crud::create))
        .route(
            ONE,
            get(crud::show).patch(crud::update).delete(crud::remove),
        )
        .route(
            &format!("{ONE}/models"),
            get(models::list).post(models::create),
        )
        .route(
            &format!("{ONE}/models/{{model_id}}"),
            get(models::show)
                .patch(models::update)
                .delete(models::remove),
        )
        .route(&format!("{ONE}/runs"), get(runs::list).post(runs::create))
        .route(&format!("{ONE}/runs/{{run_id}}"), get(runs::show))
        .route(&format!("{ONE}/runs/{{run_id}}/cancel"), post(runs::cancel))
        .route(&format!("{ONE}/lineage"), get(lineage::show))
}

pub const METHODOLOGIES: &[&str] = &["kimball", "data_vault"];
/// Every model kind; which ones a transformation accepts depends on its methodology.
pub const KINDS: &[&str] = &[
    "staging",
    "dimension",
    "fact",
    "mart",
    "hub",
    "link",
    "satellite",
    "business_vault",
    "hierarchy",
];
const KIMBALL: &[&str] = &["staging", "dimension", "fact", "mart", "hierarchy"];
const DATA_VAULT: &[&str] = &[
    "staging",
    "hub",
    "link",
    "satellite",
    "business_vault",
    "mart",
    "hierarchy",
];

pub fn kinds_for(methodology: &str) -> &'static [&'static str] {
    if methodology == "data_vault" {
        DATA_VAULT
    } else {
        KIMBALL
    }
}

/// Lower snake case, starting with a letter: model names and test columns' model references.
pub fn is_snake(s: &str, max: usize) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= max
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
}

/// A SQL identifier as raw tables and columns use them (letters, digits, underscores).
pub fn is_ident(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && (b[0].is_ascii_alphabetic() || b[0] == b'_')
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// FNV-1a (32 bit): the documented hash behind simulated durations, row counts and failures.
pub fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// The path's project and transformation, or 404.
pub fn transformation(app: &App, conn: &Connection, pid: &str, tid: &str) -> ApiResult<Obj> {
    super::project(app, conn, pid)?;
    Store(conn).get_in("transformation", pid, tid, "Transformation")
}

/// Every model of a transformation, in creation order.
pub fn models_of(conn: &Connection, tid: &str) -> ApiResult<Vec<Obj>> {
    Store(conn).all("transformation_model", Some(tid))
}

/// Names and string lists out of stored model bodies.
pub fn name_of(model: &serde_json::Value) -> &str {
    model["name"].as_str().unwrap_or_default()
}

pub fn sources_of(model: &serde_json::Value) -> Vec<String> {
    model["sources"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The dependency graph of stored models (creation order).
pub fn graph_of(models: &[serde_json::Value]) -> Graph {
    let parts: Vec<(String, Vec<String>)> = models
        .iter()
        .map(|m| (name_of(m).to_string(), sources_of(m)))
        .collect();
    Graph::new(parts.iter().map(|(n, s)| (n.as_str(), s.as_slice())))
}
