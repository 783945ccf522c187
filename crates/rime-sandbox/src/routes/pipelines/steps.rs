//! Pipeline steps as a request gives them: shape checks (400) naming fields `steps[i].…`, defaults,
//! and webhook secrets kept apart by step key.

use serde_json::{Map, Value, json};

use crate::body::Check;
use crate::domain::pipelines::dag::{DEFAULT_RETRY_DELAY, DEFAULT_TIMEOUT};

pub const TYPES: &[&str] = &[
    "extract",
    "transform",
    "infrastructure",
    "validate",
    "webhook",
    "custom",
];
const STEP_FIELDS: &[&str] = &[
    "key",
    "name",
    "type",
    "config",
    "depends_on",
    "failure_policy",
    "retry",
    "timeout_seconds",
];
pub const MAX_STEPS: usize = 100;

pub fn valid_key(k: &str) -> bool {
    let b = k.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_lowercase()
        && b[1..]
            .iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
}

/// Steps after shape checks, with defaults filled in; webhook secrets are kept apart by step key.
pub struct Checked {
    pub steps: Vec<Value>,
    pub secrets: Map<String, Value>,
}

/// Checks the shape of every step, naming fields `steps[i].…`. `old_secrets` are the webhook
/// secrets stored so far (by step key): an absent `secret` keeps the stored one, `null` clears it.
pub fn check_steps(c: &mut Check<'_>, raw: &[Value], old_secrets: &Value) -> Checked {
    if raw.len() > MAX_STEPS {
        c.fail("steps", format!("must have at most {MAX_STEPS} steps"));
    }
    let mut steps = Vec::with_capacity(raw.len());
    let mut secrets = Map::new();
    for (i, step) in raw.iter().enumerate() {
        let at = format!("steps[{i}]");
        if !step.is_object() {
            c.fail(&at, "must be an object");
            continue;
        }
        let mut s = Check::nested(step, &at);
        let key = s.string("key", true);
        if key.as_deref().is_some_and(|k| !valid_key(k)) {
            s.fail(
                "key",
                "must match ^[a-z][a-z0-9_]*$ (at most 64 characters)",
            );
        }
        let key = key.unwrap_or_default();
        let name = match s.has("name") && !s.raw("name").is_some_and(Value::is_null) {
            true => s.name("name", 100),
            false => Some(key.clone()),
        };
        let kind = s.one_of("type", TYPES, true);
        let depends_on = s.strings("depends_on", false).unwrap_or_default();
        let mut seen = Vec::new();
        for (j, d) in depends_on.iter().enumerate() {
            if seen.contains(&d) {
                s.fail(&format!("depends_on[{j}]"), format!("repeats '{d}'"));
            }
            seen.push(d);
        }
        let policy = s
            .one_of("failure_policy", &["stop", "continue"], false)
            .unwrap_or_else(|| "stop".into());
        let mut retry = json!({"max_attempts": 0, "delay_seconds": DEFAULT_RETRY_DELAY});
        if let Some(r) = s.object("retry", false) {
            let mut rc = Check::nested(r, &format!("{at}.retry"));
            if let Some(n) = rc.int("max_attempts", false, 0, 5) {
                retry["max_attempts"] = n.into();
            }
            if let Some(d) = rc.int("delay_seconds", false, 0, 3600) {
                retry["delay_seconds"] = d.into();
            }
            rc.only(&["max_attempts", "delay_seconds"], &[]);
            s.absorb(rc);
        }
        let timeout = s
            .int("timeout_seconds", false, 1, 86_400)
            .unwrap_or(DEFAULT_TIMEOUT);
        let empty = json!({});
        let config_in = s.object("config", false).unwrap_or(&empty);
        let config = kind.as_deref().map(|k| {
            check_config(
                &mut s,
                k,
                config_in,
                &format!("{at}.config"),
                &key,
                old_secrets,
                &mut secrets,
            )
        });
        s.only(STEP_FIELDS, &[]);
        let ok = s.ok();
        c.absorb(s);
        if ok {
            steps.push(json!({
                "key": key, "name": name, "type": kind, "config": config,
                "depends_on": depends_on, "failure_policy": policy, "retry": retry,
                "timeout_seconds": timeout,
            }));
        }
    }
    Checked { steps, secrets }
}

fn check_config(
    s: &mut Check<'_>,
    kind: &str,
    config: &Value,
    at: &str,
    key: &str,
    old_secrets: &Value,
    secrets: &mut Map<String, Value>,
) -> Value {
    let mut c = Check::nested(config, at);
    let out = match kind {
        "extract" => {
            let id = c.string("connector_id", true);
            c.only(&["connector_id"], &[]);
            json!({"connector_id": id})
        }
        "transform" => {
            let id = c.string("transformation_id", true);
            let models = c.strings("models", false);
            c.only(&["transformation_id", "models"], &[]);
            let mut v = json!({"transformation_id": id});
            if let Some(m) = models {
                v["models"] = json!(m);
            }
            v
        }
        "validate" => {
            let id = c.string("transformation_id", true);
            c.only(&["transformation_id"], &[]);
            json!({"transformation_id": id})
        }
        "infrastructure" => {
            let action = c
                .one_of("action", &["plan_apply"], false)
                .unwrap_or_else(|| "plan_apply".into());
            c.only(&["action"], &[]);
            json!({"action": action})
        }
        "webhook" => {
            let url = c.string("url", true);
            if url.as_deref().is_some_and(|u| {
                !u.starts_with("https://") || u.len() <= "https://".len() || u.contains(' ')
            }) {
                c.fail("url", "must be an https:// URL");
            }
            let method = c
                .one_of("method", &["POST", "PUT", "PATCH", "GET"], false)
                .unwrap_or_else(|| "POST".into());
            let headers = c.object("headers", false).cloned().unwrap_or(json!({}));
            if let Some(h) = headers.as_object() {
                for (name, v) in h {
                    if !v.is_string() {
                        c.fail(&format!("headers.{name}"), "must be a string");
                    }
                }
            }
            match c.raw("secret") {
                Some(Value::String(secret)) => {
                    secrets.insert(key.to_string(), Value::String(secret.clone()));
                }
                Some(Value::Null) => {}
                Some(_) => c.fail("secret", "must be a string"),
                None => {
                    if let Some(old) = old_secrets.get(key) {
                        secrets.insert(key.to_string(), old.clone());
                    }
                }
            }
            c.only(&["url", "method", "headers", "secret"], &["secret_set"]);
            json!({"url": url, "method": method, "headers": headers,
                   "secret_set": secrets.contains_key(key)})
        }
        _ => {
            let sql = c.string("sql", true);
            if sql.as_deref().is_some_and(|q| q.trim().is_empty()) {
                c.fail("sql", "must not be empty");
            }
            c.only(&["sql"], &[]);
            json!({"sql": sql})
        }
    };
    s.absorb(c);
    out
}
