//! Audit-log support: secret scrubbing for entries (the `GET /audit-log` route lives in routes).

use serde_json::Value;

/// Key fragments that mark a value as secret; such values never reach the audit log.
const SECRET_MARKERS: &[&str] = &[
    "password",
    "secret",
    "token",
    "api_key",
    "private_key",
    "connection_uri",
    "integration_key",
    "webhook_url",
];

pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    !k.ends_with("_set") && SECRET_MARKERS.iter().any(|m| k.contains(m))
}

/// Replaces secret-looking values anywhere in `v` with `"[redacted]"`.
pub fn scrub(mut v: Value) -> Value {
    scrub_in_place(&mut v);
    v
}

fn scrub_in_place(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if is_secret_key(k) && !child.is_null() && !child.is_boolean() {
                    *child = Value::String("[redacted]".into());
                } else {
                    scrub_in_place(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(scrub_in_place),
        _ => {}
    }
}
