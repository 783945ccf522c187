//! Connectors: the type catalogue, config secrets, schedules, discovery and file sniffing.

pub mod discovery;
pub mod schedule;
pub mod sniff;

use serde_json::{Value, json};

use crate::body::take_secrets;
use crate::store::Obj;

pub use crate::routes::connectors::catalogue;
use catalogue::TypeDef;

/// A new connector as stored: active, no runs yet, `next_run_at` not computed.
pub fn new_body(
    (id, pid, name): (&str, &str, &str),
    (kind, category): (&str, &str),
    config: Value,
    schedule: Value,
    at: &str,
) -> Value {
    json!({
        "id": id, "project_id": pid, "name": name, "type": kind, "category": category,
        "config": config, "schedule": schedule, "status": "active", "last_run": null,
        "next_run_at": null, "created_at": at, "updated_at": at,
    })
}

/// Splits a full config (secrets inline) into the stored config (with `*_set` flags) and secrets.
pub fn split_secrets(def: &TypeDef, mut full: Value) -> (Value, Value) {
    catalogue::with_defaults(def, &mut full);
    let paths = catalogue::secret_paths(def, &full);
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let mut wrapper = json!({ "config": full });
    let mut secrets = Value::Null;
    take_secrets(&mut wrapper, &mut secrets, &refs);
    (wrapper["config"].take(), secrets)
}

/// The config with its stored secrets put back (for validation, tests and simulated runs).
pub fn full_config(c: &Obj) -> Value {
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
pub fn strip_flags(mut v: Value) -> Value {
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
pub fn secret_values(kind: &str, full: &Value) -> Vec<String> {
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
