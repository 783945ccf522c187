//! The contract as OpenAPI 3.1: per-domain YAML fragments merged into one document, served at `/api/docs`.

use std::sync::OnceLock;

use axum::Json;
use serde_json::{Map, Value};

macro_rules! fragment {
    ($name:literal) => {
        ($name, include_str!(concat!("../../../openapi/", $name)))
    };
}

/// The fragments, in order, one per line. Each holds `paths` and `components.schemas` (core also `info`).
pub const FRAGMENTS: &[(&str, &str)] = &[
    fragment!("core.yaml"),
    fragment!("connectors.yaml"),
    fragment!("infrastructure.yaml"),
    fragment!("transformations.yaml"),
    fragment!("pipelines.yaml"),
    fragment!("monitoring.yaml"),
    fragment!("governance.yaml"),
];

/// The merged document (built once).
pub fn document() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| merge(FRAGMENTS).expect("the OpenAPI fragments are valid YAML"))
}

pub fn merge(fragments: &[(&str, &str)]) -> Result<Value, String> {
    let mut doc = Value::Object(Map::new());
    for (name, text) in fragments {
        let part: Value = serde_saphyr::from_str(text).map_err(|e| format!("{name}: {e}"))?;
        merge_into(&mut doc, part, name)?;
    }
    Ok(doc)
}

fn merge_into(doc: &mut Value, part: Value, name: &str) -> Result<(), String> {
    let Value::Object(part) = part else {
        return Err(format!("{name}: not a mapping"));
    };
    for (k, v) in part {
        match (doc.get_mut(&k), v) {
            (Some(Value::Object(existing)), Value::Object(new)) => {
                for (k2, v2) in new {
                    match (existing.get_mut(&k2), v2) {
                        (Some(Value::Object(inner)), Value::Object(new_inner)) => {
                            for (k3, v3) in new_inner {
                                if inner.insert(k3.clone(), v3).is_some() {
                                    return Err(format!("{name}: duplicate {k}.{k2}.{k3}"));
                                }
                            }
                        }
                        (Some(_), _) => return Err(format!("{name}: duplicate {k}.{k2}")),
                        (None, v2) => {
                            existing.insert(k2, v2);
                        }
                    }
                }
            }
            (Some(_), _) => return Err(format!("{name}: duplicate top-level key {k}")),
            (None, v) => {
                doc.as_object_mut().expect("object").insert(k, v);
            }
        }
    }
    Ok(())
}

pub async fn serve() -> Json<Value> {
    Json(document().clone())
}
