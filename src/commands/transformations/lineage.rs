//! `rime transformations lineage`: the graph of sources, models and tests as a terminal tree,
//! Graphviz DOT (colours from the docs' legend) or the API's JSON.

use std::collections::HashSet;

use clap::{Args, ValueEnum};
use reqwest::Method;
use serde_json::Value;

use super::TRANSFORMATIONS;
use crate::context::Context;
use crate::error::HintExt;
use crate::http::{ApiError, Request};
use crate::output::{Format, ListSpec, terminal_safe};

#[derive(Args, Debug)]
pub struct LineageArgs {
    /// Transformation name or id
    pub transformation: String,
    /// Centre the graph on this model
    #[arg(long, value_name = "NAME")]
    pub model: Option<String>,
    /// With --model: only what it reads, transitively
    #[arg(long, requires = "model", conflicts_with = "downstream")]
    pub upstream: bool,
    /// With --model: only what reads it, its tests included
    #[arg(long, requires = "model")]
    pub downstream: bool,
    /// tree (the default), dot (Graphviz) or json (the API object; `-o json` and `--jq` also give it)
    #[arg(long, value_enum)]
    pub format: Option<LineageFormat>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineageFormat {
    Tree,
    Dot,
    Json,
}

pub async fn run(ctx: &Context, a: LineageArgs) -> anyhow::Result<()> {
    let t = TRANSFORMATIONS.find(ctx, &[], &a.transformation).await?;
    let tid = t["id"].as_str().unwrap_or_default();
    let name = t["name"].as_str().unwrap_or(tid);
    let path = TRANSFORMATIONS
        .item_path(ctx, &[], tid)
        .await?
        .seg("lineage");
    let mut req = Request::new(Method::GET, path);
    if let Some(m) = &a.model {
        req = req.query("model", m.as_str());
    }
    if a.upstream {
        req = req.query("direction", "upstream");
    } else if a.downstream {
        req = req.query("direction", "downstream");
    }
    let graph = match ctx.client().await?.call(req).await {
        Err(e)
            if a.model.is_some()
                && e.downcast_ref::<ApiError>()
                    .is_some_and(|x| x.status == 404) =>
        {
            return Err(e).hint(
                format!(
                    "no lineage for model `{}`",
                    terminal_safe(a.model.as_deref().unwrap_or_default())
                ),
                format!(
                    "run `rime transformations models list {}` to see its models",
                    terminal_safe(name)
                ),
            );
        }
        other => other?,
    };
    let text = match a.format {
        Some(LineageFormat::Dot) => dot(&graph, name),
        Some(LineageFormat::Json) => {
            let json = if ctx.out.stdout_is_tty() {
                serde_json::to_string_pretty(&graph)
            } else {
                serde_json::to_string(&graph)
            };
            format!("{}\n", json.unwrap_or_default())
        }
        // Asking for a data format or a jq filter means the data, not a drawing.
        None if ctx.out.format() != Format::Table || ctx.settings.jq.is_some() => {
            return ctx.show(&graph, &ListSpec::default());
        }
        Some(LineageFormat::Tree) | None => {
            tree(&graph, a.model.as_deref(), !a.downstream, !a.upstream)
        }
    };
    ctx.out.text(&text)?;
    Ok(())
}

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
