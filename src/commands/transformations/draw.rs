//! Drawing a lineage graph: a terminal tree from the raw sources (or around one model) and
//! Graphviz DOT with the colours of the docs' lineage legend.

use std::collections::HashSet;

use serde_json::Value;

use crate::output::terminal_safe;

fn node<'g>(graph: &'g Value, id: &str) -> Option<&'g Value> {
    graph["nodes"].as_array()?.iter().find(|n| n["id"] == id)
}

/// `name [kind]`, or `name [test: status]` once a run evaluated the test.
fn label(graph: &Value, id: &str) -> String {
    let Some(n) = node(graph, id) else {
        return terminal_safe(id).into_owned();
    };
    let name = terminal_safe(n["name"].as_str().unwrap_or(id)).into_owned();
    let kind = terminal_safe(n["kind"].as_str().unwrap_or("?")).into_owned();
    match n["status"].as_str() {
        Some(status) => format!("{name} [{kind}: {}]", terminal_safe(status)),
        None => format!("{name} [{kind}]"),
    }
}

/// Edge neighbours in edge order: what reads `id` (forward) or what it reads (backward).
fn next<'g>(graph: &'g Value, id: &str, forward: bool) -> Vec<&'g str> {
    let (near, far) = if forward {
        ("from", "to")
    } else {
        ("to", "from")
    };
    graph["edges"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e[near] == id)
        .filter_map(|e| e[far].as_str())
        .collect()
}

fn walk(
    graph: &Value,
    id: &str,
    prefix: &str,
    forward: bool,
    seen: &mut HashSet<String>,
    out: &mut String,
) {
    let kids = next(graph, id, forward);
    for (i, kid) in kids.iter().enumerate() {
        let last = i + 1 == kids.len();
        // A node reached again is drawn once in full; later mentions point back to it.
        let repeat = !next(graph, kid, forward).is_empty() && seen.contains(*kid);
        out.push_str(&format!(
            "{prefix}{}{}{}\n",
            if last { "└── " } else { "├── " },
            label(graph, kid),
            if repeat { " (see above)" } else { "" }
        ));
        if !repeat {
            seen.insert(kid.to_string());
            let deeper = format!("{prefix}{}", if last { "    " } else { "│   " });
            walk(graph, kid, &deeper, forward, seen, out);
        }
    }
}

/// The whole graph from its roots (raw sources) down; or, around `focus`, an `upstream` branch
/// (what it reads) and a `downstream` branch (what reads it).
pub fn tree(graph: &Value, focus: Option<&str>, upstream: bool, downstream: bool) -> String {
    let mut out = String::new();
    let Some(focus) = focus else {
        let mut seen = HashSet::new();
        let targets: HashSet<&str> = graph["edges"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e["to"].as_str())
            .collect();
        for n in graph["nodes"].as_array().into_iter().flatten() {
            let id = n["id"].as_str().unwrap_or_default();
            if targets.contains(id) {
                continue;
            }
            out.push_str(&format!("{}\n", label(graph, id)));
            seen.insert(id.to_string());
            walk(graph, id, "", true, &mut seen, &mut out);
        }
        return out;
    };
    let id = format!("model:{focus}");
    out.push_str(&format!("{}\n", label(graph, &id)));
    let branches: Vec<(&str, bool)> = [
        ("upstream", false, upstream),
        ("downstream", true, downstream),
    ]
    .into_iter()
    .filter(|b| b.2)
    .map(|(title, forward, _)| (title, forward))
    .collect();
    for (i, (title, forward)) in branches.iter().enumerate() {
        let last = i + 1 == branches.len();
        let none = next(graph, &id, *forward).is_empty();
        out.push_str(&format!(
            "{}{title}{}\n",
            if last { "└── " } else { "├── " },
            if none { " (none)" } else { "" }
        ));
        let mut seen = HashSet::from([id.clone()]);
        walk(
            graph,
            &id,
            if last { "    " } else { "│   " },
            *forward,
            &mut seen,
            &mut out,
        );
    }
    out
}

fn quote(s: &str) -> String {
    format!(
        "\"{}\"",
        terminal_safe(s).replace('\\', "\\\\").replace('"', "\\\"")
    )
}

/// Fill colours of the docs' lineage legend; tests are red when failed.
fn fill(kind: &str, status: Option<&str>) -> &'static str {
    match (kind, status) {
        ("source", _) => "#d9d9d9",
        ("staging", _) => "#9fc5e8",
        ("dimension" | "hub", _) => "#b6d7a8",
        ("fact" | "link", _) => "#f9cb9c",
        ("satellite", _) => "#b4a7d6",
        ("business_vault", _) => "#a2d9d9",
        ("mart", _) => "#ffd966",
        ("hierarchy", _) => "#9fa8da",
        ("test", Some("fail")) => "#e06666",
        ("test", Some("warn")) => "#ffe599",
        _ => "#ffffff",
    }
}

/// Graphviz DOT, left to right; `dot -Tsvg` draws it.
pub fn dot(graph: &Value, title: &str) -> String {
    let mut out = format!("digraph {} {{\n", quote(title));
    out.push_str("  rankdir=LR;\n");
    out.push_str("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    for n in graph["nodes"].as_array().into_iter().flatten() {
        let kind = n["kind"].as_str().unwrap_or_default();
        out.push_str(&format!(
            "  {} [label={}, fillcolor=\"{}\"{}];\n",
            quote(n["id"].as_str().unwrap_or_default()),
            quote(n["name"].as_str().unwrap_or_default()),
            fill(kind, n["status"].as_str()),
            if kind == "test" {
                ", shape=ellipse"
            } else {
                ""
            }
        ));
    }
    for e in graph["edges"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "  {} -> {};\n",
            quote(e["from"].as_str().unwrap_or_default()),
            quote(e["to"].as_str().unwrap_or_default())
        ));
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// raw.a → stg_a → dim_a → fct ← stg_b ← raw.b; dim_a → test; fct read twice from the roots.
    fn graph() -> Value {
        json!({
            "nodes": [
                {"id": "source:raw.a", "name": "raw.a", "kind": "source"},
                {"id": "source:raw.b", "name": "raw.b", "kind": "source"},
                {"id": "model:stg_a", "name": "stg_a", "kind": "staging"},
                {"id": "model:stg_b", "name": "stg_b", "kind": "staging"},
                {"id": "model:dim_a", "name": "dim_a", "kind": "dimension"},
                {"id": "model:fct", "name": "fct", "kind": "fact"},
                {"id": "model:mart", "name": "mart", "kind": "mart"},
                {"id": "test:dim_a.t", "name": "t", "kind": "test", "model": "dim_a", "status": "fail"}
            ],
            "edges": [
                {"from": "source:raw.a", "to": "model:stg_a"},
                {"from": "source:raw.b", "to": "model:stg_b"},
                {"from": "model:stg_a", "to": "model:dim_a"},
                {"from": "model:stg_b", "to": "model:fct"},
                {"from": "model:dim_a", "to": "model:fct"},
                {"from": "model:dim_a", "to": "test:dim_a.t"},
                {"from": "model:fct", "to": "model:mart"}
            ]
        })
    }

    #[test]
    fn whole_tree_draws_shared_nodes_once() {
        assert_eq!(
            tree(&graph(), None, true, true),
            "raw.a [source]
└── stg_a [staging]
    └── dim_a [dimension]
        ├── fct [fact]
        │   └── mart [mart]
        └── t [test: fail]
raw.b [source]
└── stg_b [staging]
    └── fct [fact] (see above)
"
        );
    }

    #[test]
    fn focused_tree_has_upstream_and_downstream_branches() {
        assert_eq!(
            tree(&graph(), Some("dim_a"), true, true),
            "dim_a [dimension]
├── upstream
│   └── stg_a [staging]
│       └── raw.a [source]
└── downstream
    ├── fct [fact]
    │   └── mart [mart]
    └── t [test: fail]
"
        );
        assert_eq!(
            tree(&graph(), Some("mart"), false, true),
            "mart [mart]\n└── downstream (none)\n"
        );
    }

    #[test]
    fn dot_quotes_and_colours() {
        let g =
            json!({"nodes": [{"id": "model:a\"b", "name": "a\"b", "kind": "mart"}], "edges": []});
        assert_eq!(
            dot(&g, "t"),
            "digraph \"t\" {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n  \"model:a\\\"b\" [label=\"a\\\"b\", fillcolor=\"#ffd966\"];\n}\n"
        );
    }
}
