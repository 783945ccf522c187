//! Pipeline steps: shape checks (400), DAG rules and references (422), layering and structural identity.

use std::collections::{BTreeMap, HashMap};

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use crate::body::Check;
use crate::error::Detail;
use crate::store::Store;

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
pub const DEFAULT_TIMEOUT: i64 = 3600;
pub const DEFAULT_RETRY_DELAY: i64 = 30;

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

/// The DAG rules: unique keys, known `depends_on` keys, no cycles. Details name the steps.
pub fn check_graph(steps: &[Value]) -> Vec<Detail> {
    let mut details = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, s) in steps.iter().enumerate() {
        let key = s["key"].as_str().unwrap_or_default();
        match index.get(key) {
            Some(j) => details.push(Detail::new(
                format!("steps[{i}].key"),
                format!("duplicates the key '{key}' of steps[{j}]"),
            )),
            None => {
                index.insert(key, i);
            }
        }
    }
    for (i, s) in steps.iter().enumerate() {
        for d in deps(s) {
            if !index.contains_key(d) {
                details.push(Detail::new(
                    format!("steps[{i}].depends_on"),
                    format!("refers to an unknown step key '{d}'"),
                ));
            }
        }
    }
    if details.is_empty()
        && let Some(cycle) = find_cycle(steps, &index)
    {
        let path = cycle
            .iter()
            .chain(cycle.first())
            .map(|&i| steps[i]["key"].as_str().unwrap_or_default())
            .collect::<Vec<_>>()
            .join(" → ");
        for &i in &cycle {
            details.push(Detail::new(
                format!("steps[{i}].depends_on"),
                format!("forms a cycle: {path}"),
            ));
        }
    }
    details
}

fn deps(step: &Value) -> impl Iterator<Item = &str> {
    step["depends_on"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

/// One cycle (step indices, each depending on the next), found by depth-first search.
fn find_cycle(steps: &[Value], index: &HashMap<&str, usize>) -> Option<Vec<usize>> {
    // 0 = unvisited, 1 = on the current path, 2 = done.
    let mut mark = vec![0u8; steps.len()];
    let mut path = Vec::new();
    fn visit(
        i: usize,
        steps: &[Value],
        index: &HashMap<&str, usize>,
        mark: &mut [u8],
        path: &mut Vec<usize>,
    ) -> Option<Vec<usize>> {
        mark[i] = 1;
        path.push(i);
        for d in deps(&steps[i]) {
            let j = index[d];
            if mark[j] == 1 {
                let from = path.iter().position(|&p| p == j).expect("on the path");
                return Some(path[from..].to_vec());
            }
            if mark[j] == 0
                && let Some(c) = visit(j, steps, index, mark, path)
            {
                return Some(c);
            }
        }
        path.pop();
        mark[i] = 2;
        None
    }
    (0..steps.len()).find_map(|i| {
        if mark[i] == 0 {
            visit(i, steps, index, &mut mark, &mut path)
        } else {
            None
        }
    })
}

/// References to other domains' objects in this project: connectors and transformations
/// (and a transform step's models, by name).
pub fn check_refs(conn: &Connection, project_id: &str, steps: &[Value]) -> Vec<Detail> {
    let store = Store(conn);
    let mut details = Vec::new();
    let exists = |kind: &str, id: &str| {
        store
            .get(kind, id)
            .ok()
            .flatten()
            .filter(|o| o.scope == project_id)
    };
    for (i, s) in steps.iter().enumerate() {
        let config = &s["config"];
        let (field, kind, label) = match s["type"].as_str() {
            Some("extract") => ("connector_id", "connector", "connector"),
            Some("transform") | Some("validate") => {
                ("transformation_id", "transformation", "transformation")
            }
            _ => continue,
        };
        let id = config[field].as_str().unwrap_or_default();
        let Some(target) = exists(kind, id) else {
            details.push(Detail::new(
                format!("steps[{i}].config.{field}"),
                format!("no {label} with id '{id}' in this project"),
            ));
            continue;
        };
        let models: Vec<String> = store
            .all("transformation_model", Some(&target.id))
            .unwrap_or_default()
            .iter()
            .filter_map(|m| m.body["name"].as_str().map(String::from))
            .collect();
        for (j, m) in config["models"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let m = m.as_str().unwrap_or_default();
            if !models.iter().any(|n| n == m) {
                details.push(Detail::new(
                    format!("steps[{i}].config.models[{j}]"),
                    format!("transformation '{id}' has no model '{m}'"),
                ));
            }
        }
    }
    details
}

/// Step indices by layer: a step's layer is one more than its deepest upstream step, so roots
/// are layer 0; within a layer the definition order is kept. Assumes a valid DAG.
pub fn layers(steps: &[Value]) -> Vec<Vec<usize>> {
    let index: HashMap<&str, usize> = steps
        .iter()
        .enumerate()
        .map(|(i, s)| (s["key"].as_str().unwrap_or_default(), i))
        .collect();
    let mut depth: Vec<Option<usize>> = vec![None; steps.len()];
    fn depth_of(
        i: usize,
        steps: &[Value],
        index: &HashMap<&str, usize>,
        depth: &mut [Option<usize>],
        guard: usize,
    ) -> usize {
        if let Some(d) = depth[i] {
            return d;
        }
        // The guard stops runaway recursion should a cycle ever slip through.
        let d = if guard > steps.len() {
            0
        } else {
            deps(&steps[i])
                .filter_map(|k| index.get(k))
                .map(|&j| depth_of(j, steps, index, depth, guard + 1) + 1)
                .max()
                .unwrap_or(0)
        };
        depth[i] = Some(d);
        d
    }
    let mut out: Vec<Vec<usize>> = Vec::new();
    for i in 0..steps.len() {
        let d = depth_of(i, steps, &index, &mut depth, 0);
        if out.len() <= d {
            out.resize(d + 1, Vec::new());
        }
        out[d].push(i);
    }
    out
}

/// The steps in DAG order (layer by layer), as a run lists them.
pub fn dag_order(steps: &[Value]) -> Vec<Value> {
    layers(steps)
        .into_iter()
        .flatten()
        .map(|i| steps[i].clone())
        .collect()
}

/// What makes two definitions the same version: every step by key, with its dependencies as a
/// set; the order of steps (canvas layout) and whether a webhook secret is set do not count.
pub fn structure(steps: &[Value]) -> Value {
    let mut map = BTreeMap::new();
    for s in steps {
        let mut s = s.clone();
        if let Some(c) = s["config"].as_object_mut() {
            c.remove("secret_set");
        }
        if let Some(d) = s["depends_on"].as_array_mut() {
            d.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
        }
        map.insert(s["key"].as_str().unwrap_or_default().to_string(), s);
    }
    json!(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(key: &str, deps: &[&str]) -> Value {
        json!({"key": key, "depends_on": deps})
    }

    #[test]
    fn cycles_are_named_with_their_path() {
        let steps = vec![step("a", &["c"]), step("b", &["a"]), step("c", &["b"])];
        let d = check_graph(&steps);
        assert_eq!(d.len(), 3);
        assert_eq!(d[0].field, "steps[0].depends_on");
        assert_eq!(d[0].message, "forms a cycle: a → c → b → a");
        let self_loop = check_graph(&[step("a", &["a"])]);
        assert_eq!(self_loop[0].message, "forms a cycle: a → a");
    }

    #[test]
    fn diamond_layers() {
        let steps = vec![
            step("d", &["b", "c"]),
            step("a", &[]),
            step("b", &["a"]),
            step("c", &["a"]),
        ];
        assert!(check_graph(&steps).is_empty());
        assert_eq!(layers(&steps), vec![vec![1], vec![2, 3], vec![0]]);
    }
}
