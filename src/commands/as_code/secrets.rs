//! Secrets on apply: sent on create and whenever the server holds none; a secret the server
//! holds is left alone unless `--rotate-secrets` asks, and plans show references, never values.

use serde_json::{Map, Value};

use crate::registry::{Kind, path};

/// What a plan shows in place of a secret's value.
const HIDDEN: &str = "(secret)";

fn is_reference(v: &Value) -> bool {
    v.as_str().is_some_and(|s| s.starts_with("${"))
}

/// In a server document (file form) a held secret reads `${env:…}`.
fn holds(server: &Value, secret: &str) -> bool {
    path::values(server, secret)
        .iter()
        .any(|v| v.as_str().is_some_and(|s| s.starts_with("${env:")))
}

/// A file value of the top-level field `top` as a plan may show it: every secret in it that is
/// not a `${…}` reference hidden.
pub fn masked(k: &Kind, top: &str, v: &Value) -> Value {
    let mut wrap = Value::Object(Map::from_iter([(top.to_string(), v.clone())]));
    for s in k.secrets().iter().filter(|s| path::head(s) == top) {
        for x in path::values_mut(&mut wrap, s) {
            if !x.is_null() && !is_reference(x) {
                *x = Value::String(HIDDEN.into());
            }
        }
    }
    wrap[top].take()
}

/// With `--rotate-secrets`: every secret the server holds that the files give, as a change of
/// its own (`config.password: (secret) → ${env:ORDERS_DB_PASSWORD}`), the value never shown.
pub fn rotations(
    k: &Kind,
    raw: &Map<String, Value>,
    server: &Value,
) -> Vec<(String, Value, Value)> {
    let raw = Value::Object(raw.clone());
    let mut out = Vec::new();
    for s in k.secrets() {
        let given = path::values(&raw, &s);
        if given.is_empty() || given.iter().all(|v| v.is_null()) || !holds(server, &s) {
            continue;
        }
        let shown: Vec<Value> = given
            .iter()
            .map(|v| {
                if is_reference(v) {
                    (*v).clone()
                } else {
                    Value::String("(a new secret)".into())
                }
            })
            .collect();
        let to = if s.contains("[]") {
            Value::Array(shown)
        } else {
            shown.into_iter().next().unwrap_or(Value::Null)
        };
        out.push((s, Value::String(HIDDEN.into()), to));
    }
    out
}

/// The top-level fields an update sends for its changed fields (`config.password` → `config`).
pub fn tops(fields: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in fields {
        let h = path::head(f).to_string();
        if !out.contains(&h) {
            out.push(h);
        }
    }
    out
}

fn remove_at(body: &mut Value, secret: &str) {
    let (parent, key) = match secret.rfind('.') {
        Some(i) => (&secret[..i], &secret[i + 1..]),
        None => ("", secret),
    };
    let holders = if parent.is_empty() {
        vec![body]
    } else {
        path::values_mut(body, parent)
    };
    for h in holders {
        if let Some(m) = h.as_object_mut() {
            m.remove(key);
        }
    }
}

/// Leaves out of `body` the secret at `secret` where the server holds it; in a list, item by
/// item, matched by their `key` or `name` (a pipeline's steps).
fn remove_held(body: &mut Value, server: &Value, secret: &str) {
    let Some((list, rest)) = secret.split_once("[].") else {
        if holds(server, secret) {
            remove_at(body, secret);
        }
        return;
    };
    let label = |item: &Value| {
        ["key", "name"]
            .iter()
            .find_map(|f| item.get(*f).and_then(Value::as_str))
            .map(String::from)
    };
    let items = format!("{list}[]");
    let held: Vec<String> = path::values(server, &items)
        .into_iter()
        .filter(|i| holds(i, rest))
        .filter_map(label)
        .collect();
    for item in path::values_mut(body, &items) {
        if label(item).is_some_and(|l| held.contains(&l)) {
            remove_at(item, rest);
        }
    }
}

/// An update's body, secrets decided: one the server holds is left out (a merge patch keeps it)
/// unless it is being rotated; a field sent only to rotate its secrets carries only them.
pub fn on_update(k: &Kind, body: &mut Value, fields: &[String], server: Option<&Value>) {
    let secrets = k.secrets();
    let rotating: Vec<&String> = fields.iter().filter(|f| secrets.contains(f)).collect();
    let plain: Vec<&str> = fields
        .iter()
        .filter(|f| !secrets.contains(f))
        .map(|f| path::head(f))
        .collect();
    if let Some(server) = server {
        for s in secrets.iter().filter(|s| !rotating.contains(s)) {
            remove_held(body, server, s);
        }
    }
    // Only rotating (`config.password` and nothing else of `config`): send just the secrets.
    let mut only = Value::Object(Map::new());
    let mut trimmed: Vec<&str> = Vec::new();
    for r in rotating.iter().filter(|r| !r.contains("[]")) {
        let top = path::head(r);
        if !plain.contains(&top) {
            copy_at(body, &mut only, r);
            if !trimmed.contains(&top) {
                trimmed.push(top);
            }
        }
    }
    for top in trimmed {
        body[top] = only[top].take();
    }
}

/// Copies the value at the dotted path `at` from `from` into `to`, making the objects on the way.
fn copy_at(from: &Value, to: &mut Value, at: &str) {
    let parts: Vec<&str> = at.split('.').collect();
    let (mut src, mut dst) = (from, to);
    for (i, p) in parts.iter().enumerate() {
        src = &src[*p];
        if i + 1 == parts.len() {
            dst[*p] = src.clone();
        } else {
            if !dst[*p].is_object() {
                dst[*p] = Value::Object(Map::new());
            }
            dst = &mut dst[*p];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::{connectors, projects};
    use serde_json::json;

    #[test]
    fn a_held_secret_is_left_out_of_an_update_unless_rotated() {
        let k = &connectors::CONNECTORS;
        let server = json!({"config": {"host": "a", "password": "${env:X_PASSWORD}"}});
        let mut body = json!({"config": {"host": "b", "password": "hunter2"}});
        on_update(k, &mut body, &["config".into()], Some(&server));
        assert_eq!(body, json!({"config": {"host": "b"}}));
        let mut body = json!({"config": {"host": "a", "password": "hunter2"}});
        on_update(k, &mut body, &["config.password".into()], Some(&server));
        assert_eq!(body, json!({"config": {"password": "hunter2"}}));
        // Not held by the server: sent, as on create.
        let mut body = json!({"config": {"host": "b", "password": "hunter2"}});
        on_update(
            k,
            &mut body,
            &["config".into()],
            Some(&json!({"config": {}})),
        );
        assert_eq!(body["config"]["password"], "hunter2");
    }

    #[test]
    fn plans_show_references_and_hide_values() {
        let k = &projects::PROJECTS;
        let raw = json!({"settings": {"snowflake": {"account": "a", "private_key": "${env:K}", "password": "hunter2"}}});
        let m = masked(k, "settings", &raw["settings"]);
        assert_eq!(m["snowflake"]["private_key"], "${env:K}");
        assert_eq!(m["snowflake"]["password"], HIDDEN);
        assert_eq!(m["snowflake"]["account"], "a");
        let server = json!({"settings": {"snowflake": {"private_key": "${env:K}"}}});
        let r = rotations(k, raw.as_object().unwrap(), &server);
        assert_eq!(
            r,
            vec![(
                "settings.snowflake.private_key".to_string(),
                json!(HIDDEN),
                json!("${env:K}")
            )]
        );
    }
}
