//! Transformations: methodologies and model kinds, the rules of a model, and the model graph.

mod graph;
pub mod rules;

use rusqlite::Connection;
use serde_json::Value;

use crate::collection::MODELS;
use crate::error::ApiResult;
use crate::store::Obj;

pub use graph::{Graph, is_raw};

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
/// The kinds a methodology takes (one list with the CLI's, in rime-catalogue); an unknown
/// methodology is refused before any model is checked, so it reads as Kimball here.
pub fn kinds_for(methodology: &str) -> &'static [&'static str] {
    rime_catalogue::model_kinds(methodology)
        .or(rime_catalogue::model_kinds("kimball"))
        .unwrap_or_default()
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

/// Every model of a transformation, in creation order.
pub fn models_of(conn: &Connection, tid: &str) -> ApiResult<Vec<Obj>> {
    MODELS.all(conn, tid)
}

/// The bodies of a transformation's models, in creation order.
pub fn model_bodies(conn: &Connection, tid: &str) -> ApiResult<Vec<Value>> {
    Ok(models_of(conn, tid)?.into_iter().map(|o| o.body).collect())
}

/// Names and string lists out of stored model bodies.
pub fn name_of(model: &Value) -> &str {
    model["name"].as_str().unwrap_or_default()
}

pub fn sources_of(model: &Value) -> Vec<String> {
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
pub fn graph_of(models: &[Value]) -> Graph {
    let parts: Vec<(String, Vec<String>)> = models
        .iter()
        .map(|m| (name_of(m).to_string(), sources_of(m)))
        .collect();
    Graph::new(parts.iter().map(|(n, s)| (n.as_str(), s.as_slice())))
}
