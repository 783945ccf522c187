//! `pipelines graph`: the DAG drawn as text, layer by layer from the roots, or as Graphviz DOT.

use std::collections::HashMap;

use clap::{Args, ValueEnum};
use serde_json::{Value, json};

use super::Pipelines;
use super::versions::version;
use crate::context::Context;
use crate::output::terminal_safe;
use crate::registry::Item;

#[derive(Args, Debug)]
pub struct GraphArgs {
    #[command(flatten)]
    pub pipeline: Item<Pipelines>,
    /// How to draw it (`-o json` gives the layers and edges as data)
    #[arg(long, value_enum, default_value_t = GraphFormat::Text)]
    pub format: GraphFormat,
    /// Draw this version instead of the current one
    #[arg(value_name = "VERSION")]
    pub number: Option<u64>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Text,
    Dot,
}

fn deps(step: &Value) -> Vec<&str> {
    step["depends_on"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// Step indices by layer: one more than the deepest upstream step; definition order within.
pub fn layers(steps: &[Value]) -> Vec<Vec<usize>> {
    let index: HashMap<&str, usize> = steps
        .iter()
        .enumerate()
        .map(|(i, s)| (s["key"].as_str().unwrap_or_default(), i))
        .collect();
    let mut depth: Vec<Option<usize>> = vec![None; steps.len()];
    // Iterate to a fixed point rather than recurse: a server is trusted for acyclicity, but a
    // malformed answer must not hang or overflow the stack (its steps stay at their last depth).
    for _ in 0..=steps.len() {
        let mut changed = false;
        for (i, s) in steps.iter().enumerate() {
            let d = deps(s)
                .iter()
                .filter_map(|k| index.get(k))
                .map(|&j| depth[j].map_or(1, |d| d + 1))
                .max()
                .unwrap_or(0);
            if depth[i] != Some(d) {
                depth[i] = Some(d);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (i, d) in depth.iter().enumerate() {
        let d = d.unwrap_or(0).min(steps.len());
        if out.len() <= d {
            out.resize(d + 1, Vec::new());
        }
        out[d].push(i);
    }
    out.retain(|l| !l.is_empty());
    out
}

fn text(title: &str, steps: &[Value]) -> String {
    let width = |f: &str| {
        steps
            .iter()
            .map(|s| {
                terminal_safe(s[f].as_str().unwrap_or_default())
                    .chars()
                    .count()
            })
            .max()
            .unwrap_or(0)
    };
    let (kw, tw, nw) = (width("key"), width("type"), width("name"));
    let mut out = format!("{title}\n");
    let layers = layers(steps);
    let margin = "layer 00  ".len();
    for (n, layer) in layers.iter().enumerate() {
        if n > 0 {
            out.push_str(&format!("{:margin$}   │\n{:margin$}   ▼\n", "", ""));
        }
        for (j, &i) in layer.iter().enumerate() {
            let s = &steps[i];
            let lead = if j == 0 {
                format!("layer {:<2}  ", n + 1)
            } else {
                " ".repeat(margin)
            };
            let field = |f: &str| terminal_safe(s[f].as_str().unwrap_or_default()).into_owned();
            let mut line = format!(
                "{lead}{:kw$}  {:tw$}  {:nw$}",
                field("key"),
                field("type"),
                field("name")
            );
            let up = deps(s);
            if !up.is_empty() {
                line.push_str(&format!("  ← {}", terminal_safe(&up.join(", "))));
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

fn dot_quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn dot(name: &str, steps: &[Value]) -> String {
    let mut out = format!(
        "digraph {} {{\n  rankdir=LR;\n  node [shape=box];\n",
        dot_quote(name)
    );
    for s in steps {
        let key = s["key"].as_str().unwrap_or_default();
        let label = format!(
            "{}\\n{}",
            s["name"]
                .as_str()
                .unwrap_or(key)
                .replace('\\', "\\\\")
                .replace('"', "\\\""),
            s["type"].as_str().unwrap_or_default()
        );
        out.push_str(&format!("  {} [label=\"{label}\"];\n", dot_quote(key)));
    }
    for s in steps {
        for d in deps(s) {
            out.push_str(&format!(
                "  {} -> {};\n",
                dot_quote(d),
                dot_quote(s["key"].as_str().unwrap_or_default())
            ));
        }
    }
    out.push_str("}\n");
    out
}

pub async fn run(ctx: &Context, a: GraphArgs) -> anyhow::Result<()> {
    let p = a.pipeline.fetch(ctx).await?;
    let v = match a.number {
        None => p.clone(),
        Some(n) => version(ctx, &p, n).await?,
    };
    let (version, steps) = (
        &v["version"],
        v["steps"].as_array().cloned().unwrap_or_default(),
    );
    let name = p["name"].as_str().or(p["id"].as_str()).unwrap_or_default();
    if !ctx.out.human() && a.format == GraphFormat::Text {
        let keys =
            |l: &Vec<usize>| -> Vec<Value> { l.iter().map(|&i| steps[i]["key"].clone()).collect() };
        let edges: Vec<Value> = steps
            .iter()
            .flat_map(|s| {
                deps(s)
                    .into_iter()
                    .map(move |d| json!({"from": d, "to": s["key"]}))
            })
            .collect();
        let data = json!({"pipeline": name, "version": version,
                          "layers": layers(&steps).iter().map(keys).collect::<Vec<_>>(), "edges": edges});
        ctx.out.value(&data)?;
        return Ok(());
    }
    let drawn = match a.format {
        GraphFormat::Dot => dot(name, &steps),
        GraphFormat::Text if steps.is_empty() => {
            format!("{} · version {version} · no steps\n", terminal_safe(name))
        }
        GraphFormat::Text => text(
            &format!(
                "{} · version {version} · {} steps\n",
                terminal_safe(name),
                steps.len()
            ),
            &steps,
        ),
    };
    ctx.out.text(&drawn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(key: &str, deps: &[&str]) -> Value {
        json!({"key": key, "name": key.to_uppercase(), "type": "custom", "depends_on": deps})
    }

    #[test]
    fn layers_and_drawings() {
        let steps = vec![
            step("publish", &["left", "right"]),
            step("prep", &[]),
            step("left", &["prep"]),
            step("right", &["prep"]),
        ];
        assert_eq!(layers(&steps), vec![vec![1], vec![2, 3], vec![0]]);
        let drawn = text("t", &steps);
        assert_eq!(
            drawn,
            "t\nlayer 1   prep     custom  PREP\n             │\n             ▼\nlayer 2   left     custom  LEFT     ← prep\n          right    custom  RIGHT    ← prep\n             │\n             ▼\nlayer 3   publish  custom  PUBLISH  ← left, right\n"
        );
        assert!(dot("a\"b", &steps).contains("digraph \"a\\\"b\" {"));
        // A cycle from a broken server still terminates.
        assert_eq!(
            layers(&[step("a", &["b"]), step("b", &["a"])]).concat(),
            [0, 1]
        );
    }
}
