//! Pipeline DAGs: the graph rules of steps (unique keys, known dependencies, no cycles), the
//! references they make, layering and structural identity.

use std::collections::{BTreeMap, HashMap};

use rusqlite::Connection;
use serde_json::{Value, json};

use crate::collection::{CONNECTORS, MODELS, TRANSFORMATIONS};
use crate::error::Detail;

pub const DEFAULT_TIMEOUT: i64 = 3600;
pub const DEFAULT_RETRY_DELAY: i64 = 30;

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
    let mut details = Vec::new();
    for (i, s) in steps.iter().enumerate() {
        let config = &s["config"];
        let (field, coll, label) = match s["type"].as_str() {
            Some("extract") => ("connector_id", &CONNECTORS, "connector"),
            Some("transform") | Some("validate") => {
                ("transformation_id", &TRANSFORMATIONS, "transformation")
            }
            _ => continue,
        };
        let id = config[field].as_str().unwrap_or_default();
        let target = coll.get(conn, id).ok().flatten();
        let Some(target) = target.filter(|o| o.scope == project_id) else {
            details.push(Detail::new(
                format!("steps[{i}].config.{field}"),
                format!("no {label} with id '{id}' in this project"),
            ));
            continue;
        };
        let models: Vec<String> = MODELS
            .all(conn, &target.id)
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
