//! `GET …/lineage`: raw sources, models and tests as nodes, reads as edges; optionally around one model.

use std::collections::{BTreeSet, HashMap};

use axum::Json;
use serde_json::{Value, json};

use crate::app::App;
use crate::collection::{TRANSFORMATION_RUNS, TRANSFORMATIONS};
use crate::domain::transformations::{graph_of, is_raw, model_bodies, name_of, sources_of};
use crate::error::{ApiError, ApiResult};
use crate::routes::extract::InProject;
use crate::sim::transformations::view;

const DIRECTIONS: &[&str] = &["upstream", "downstream", "both"];

fn model_id(name: &str) -> String {
    format!("model:{name}")
}

/// The latest result of every test, from the newest run that evaluated it.
fn test_statuses(
    app: &App,
    conn: &rusqlite::Connection,
    tid: &str,
) -> ApiResult<HashMap<(String, String), Value>> {
    let mut found = HashMap::new();
    for run in TRANSFORMATION_RUNS.all(conn, tid)?.iter().rev() {
        let v = view(&run.body, app.now());
        for t in v["tests"].as_array().into_iter().flatten() {
            let key = (
                t["model"].as_str().unwrap_or_default().to_string(),
                t["name"].as_str().unwrap_or_default().to_string(),
            );
            found.entry(key).or_insert_with(|| t["status"].clone());
        }
    }
    Ok(found)
}

/// The whole graph: sources (by name), models (run order), tests (by model); edges in node order.
pub fn graph(
    models: &[Value],
    statuses: &HashMap<(String, String), Value>,
) -> (Vec<Value>, Vec<Value>) {
    let g = graph_of(models);
    let order = g.order().unwrap_or_else(|_| (0..models.len()).collect());
    let raw: BTreeSet<String> = models
        .iter()
        .flat_map(sources_of)
        .filter(|s| is_raw(s))
        .collect();
    let mut nodes: Vec<Value> = raw
        .iter()
        .map(|s| json!({"id": format!("source:{s}"), "name": s, "kind": "source"}))
        .collect();
    let mut edges: Vec<(String, String)> = Vec::new();
    for &i in &order {
        let m = &models[i];
        let name = name_of(m);
        nodes.push(json!({"id": model_id(name), "name": name, "kind": m["kind"]}));
        for s in sources_of(m) {
            let from = if is_raw(&s) {
                format!("source:{s}")
            } else {
                model_id(&s)
            };
            edges.push((from, model_id(name)));
        }
    }
    for &i in &order {
        let m = &models[i];
        let name = name_of(m);
        for t in m["tests"].as_array().into_iter().flatten() {
            let test = t["name"].as_str().unwrap_or_default();
            let id = format!("test:{name}.{test}");
            let status = statuses
                .get(&(name.to_string(), test.to_string()))
                .cloned()
                .unwrap_or(Value::Null);
            nodes.push(
                json!({"id": id, "name": test, "kind": "test", "model": name, "status": status}),
            );
            edges.push((model_id(name), id.clone()));
            if let Some(to) = t["to"].as_str().filter(|to| *to != name) {
                edges.push((model_id(to), id));
            }
        }
    }
    let pos: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n["id"].as_str().unwrap_or_default(), i))
        .collect();
    let key =
        |(f, t): &(String, String)| (pos.get(f.as_str()).copied(), pos.get(t.as_str()).copied());
    edges.sort_by_key(key);
    edges.dedup();
    let edges = edges
        .into_iter()
        .map(|(from, to)| json!({"from": from, "to": to}))
        .collect();
    (nodes, edges)
}

/// Node ids reachable from `start` following edges forward (downstream) or backward (upstream).
fn reach(edges: &[Value], start: &str, forward: bool) -> BTreeSet<String> {
    let (near, far) = if forward {
        ("from", "to")
    } else {
        ("to", "from")
    };
    let mut seen = BTreeSet::new();
    let mut stack = vec![start.to_string()];
    while let Some(id) = stack.pop() {
        if seen.insert(id.clone()) {
            stack.extend(
                edges
                    .iter()
                    .filter(|e| e[near] == id.as_str())
                    .filter_map(|e| e[far].as_str().map(String::from)),
            );
        }
    }
    seen
}

pub async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let q = &s.query;
    let direction = q.get("direction").map(String::as_str);
    if direction.is_some_and(|d| !DIRECTIONS.contains(&d)) {
        return Err(ApiError::field(
            "direction",
            "must be one of: upstream, downstream, both",
        ));
    }
    let focus = q.get("model").filter(|m| !m.is_empty());
    if direction.is_some() && focus.is_none() {
        return Err(ApiError::field(
            "direction",
            "needs `model`: the model to look around",
        ));
    }
    let conn = s.db();
    let tid = s.object(&conn, &TRANSFORMATIONS)?.id;
    let models = model_bodies(&conn, &tid)?;
    let (mut nodes, mut edges) = graph(&models, &test_statuses(&s.app, &conn, &tid)?);
    if let Some(focus) = focus {
        if !models.iter().any(|m| name_of(m) == focus.as_str()) {
            return Err(ApiError::not_found(format!(
                "No model named '{focus}' in this transformation."
            )));
        }
        let start = model_id(focus);
        let mut keep = BTreeSet::new();
        if direction != Some("downstream") {
            keep.extend(reach(&edges, &start, false));
        }
        if direction != Some("upstream") {
            keep.extend(reach(&edges, &start, true));
        }
        let kept = |id: &Value| id.as_str().is_some_and(|i| keep.contains(i));
        nodes.retain(|n| kept(&n["id"]));
        edges.retain(|e| kept(&e["from"]) && kept(&e["to"]));
    }
    Ok(Json(
        json!({"transformation_id": tid, "nodes": nodes, "edges": edges}),
    ))
}
