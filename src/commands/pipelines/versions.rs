//! `pipelines versions`: list, get, diff (added, removed and changed steps) and restore.

use std::collections::BTreeMap;

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use super::{PIPELINES, Pipelines};
use crate::context::Context;
use crate::output::ColumnKind::{Bool, Count, Text, Time};
use crate::output::{col, terminal_safe};
use crate::registry::prelude::*;

/// A pipeline's steps as they were at one version; the number is its id.
pub static VERSIONS: Kind = Kind {
    columns: &[
        col("VERSION", "version", Count),
        col("CURRENT", "is_current", Bool),
        col("STEPS", "steps", Count),
        col("CREATED", "created_at", Time),
        col("CREATED BY", "created_by", Text),
    ],
    fields: &[
        ro("version"),
        ro("is_current"),
        ro("pipeline_id"),
        ro("created_at"),
        ro("created_by"),
        ro("steps"),
    ],
    verbs: &[
        list("List a pipeline's versions, newest first"),
        get("Show one version (`--steps`: its steps as a table)"),
    ],
    ..Kind::project("pipeline_version", "PipelineVersion")
        .under(&PIPELINES)
        .said("version", "versions")
        .at("pipelines versions", "versions")
        .known_by(&[], "", ("VERSION", "Version number"))
};

pub struct Versions;

impl Declared for Versions {
    const KIND: &'static Kind = &VERSIONS;
    type Parts = Parts<NoArgs, NoArgs, NoArgs, VersionVerbs>;
}

#[derive(Subcommand, Debug)]
pub enum VersionVerbs {
    Get(GetArgs),
    /// Compare the steps of two versions (B defaults to the current one)
    Diff(DiffArgs),
    /// Make a new current version with an old version's steps
    Restore(RestoreArgs),
}

#[derive(Args, Debug)]
pub struct GetArgs {
    #[command(flatten)]
    pub pipeline: Item<Pipelines>,
    /// Version number
    #[arg(value_name = "VERSION")]
    pub number: u64,
    /// List the steps instead
    #[arg(long)]
    pub steps: bool,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    #[command(flatten)]
    pub pipeline: Item<Pipelines>,
    /// The older version
    pub a: u64,
    /// The newer version (default: the current one)
    pub b: Option<u64>,
}

#[derive(Args, Debug)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub pipeline: Item<Pipelines>,
    /// The version whose steps to restore
    #[arg(value_name = "VERSION")]
    pub number: u64,
}

impl Extra for VersionVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            VersionVerbs::Get(a) => {
                let v = version(ctx, &a.pipeline.fetch(ctx).await?, a.number).await?;
                if a.steps {
                    super::definition::show_steps(ctx, &v["steps"])
                } else {
                    VERSIONS.show(ctx, &v)
                }
            }
            VersionVerbs::Diff(a) => diff(ctx, a).await,
            VersionVerbs::Restore(a) => restore(ctx, a).await,
        }
    }
}

/// One version of a pipeline.
pub async fn version(ctx: &Context, pipeline: &Value, number: u64) -> anyhow::Result<Value> {
    let scope = Scope::of([pipeline["id"].as_str().unwrap_or_default()]);
    VERSIONS.find(ctx, &scope, &number.to_string()).await
}

async fn restore(ctx: &Context, a: RestoreArgs) -> anyhow::Result<()> {
    let p = a.pipeline.fetch(ctx).await?;
    let scope = Scope::of([p["id"].as_str().unwrap_or_default()]);
    let path = VERSIONS
        .item_path(ctx, &scope, &a.number.to_string())
        .await?;
    let created = ctx
        .client()
        .await?
        .post_empty(&path.seg("restore"))
        .await
        .map_err(|e| e.context(format!("could not restore version {}", a.number)))?;
    ctx.out.status(&format!(
        "restored version {} of pipeline {} as version {} (now current)",
        a.number,
        PIPELINES.label(&p),
        created["version"]
    ));
    VERSIONS.show(ctx, &created)
}

/// Dotted leaves of a step (`config.sql`, `retry.max_attempts`); `depends_on` as a sorted set.
fn leaves(step: &Value) -> BTreeMap<String, Value> {
    fn walk(prefix: &str, v: &Value, out: &mut BTreeMap<String, Value>) {
        match v {
            Value::Object(m) if !m.is_empty() => {
                for (k, c) in m {
                    let path = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&path, c, out);
                }
            }
            _ => {
                out.insert(prefix.to_string(), v.clone());
            }
        }
    }
    let mut s = step.clone();
    if let Some(d) = s["depends_on"].as_array_mut() {
        d.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
    }
    let mut out = BTreeMap::new();
    walk("", &s, &mut out);
    out.remove("key");
    out
}

/// `{added, removed, changed: [{key, changes: {field: {from, to}}}]}` between two step lists.
pub fn compare(a: &[Value], b: &[Value]) -> Value {
    let key = |s: &Value| s["key"].as_str().unwrap_or_default().to_string();
    let find = |list: &[Value], k: &str| list.iter().find(|s| key(s) == k).cloned();
    let added: Vec<Value> = b
        .iter()
        .filter(|s| find(a, &key(s)).is_none())
        .cloned()
        .collect();
    let removed: Vec<Value> = a
        .iter()
        .filter(|s| find(b, &key(s)).is_none())
        .cloned()
        .collect();
    let mut changed = Vec::new();
    for old in a {
        let Some(new) = find(b, &key(old)) else {
            continue;
        };
        let (lo, ln) = (leaves(old), leaves(&new));
        let mut changes = Map::new();
        for field in lo.keys().chain(ln.keys().filter(|k| !lo.contains_key(*k))) {
            let (from, to) = (
                lo.get(field).unwrap_or(&Value::Null),
                ln.get(field).unwrap_or(&Value::Null),
            );
            if from != to {
                changes.insert(field.clone(), json!({"from": from, "to": to}));
            }
        }
        if !changes.is_empty() {
            changed.push(json!({"key": key(old), "changes": changes}));
        }
    }
    json!({"added": added, "removed": removed, "changed": changed})
}

fn short(v: &Value) -> String {
    let text = match v {
        Value::Array(a) if a.iter().all(Value::is_string) => {
            let parts: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    terminal_safe(&text).into_owned()
}

fn describe(s: &Value) -> String {
    let mut line = format!(
        "{} ({})",
        terminal_safe(s["key"].as_str().unwrap_or_default()),
        terminal_safe(s["type"].as_str().unwrap_or_default())
    );
    if let Some(d) = s["depends_on"].as_array().filter(|d| !d.is_empty()) {
        line.push_str(&format!(
            " ← {}",
            short(&Value::Array(d.clone())).trim_matches(['[', ']'])
        ));
    }
    line
}

async fn diff(ctx: &Context, a: DiffArgs) -> anyhow::Result<()> {
    let p = a.pipeline.fetch(ctx).await?;
    let b = a.b.unwrap_or_else(|| p["version"].as_u64().unwrap_or(1));
    let (old, new) = (version(ctx, &p, a.a).await?, version(ctx, &p, b).await?);
    let steps = |v: &Value| v["steps"].as_array().cloned().unwrap_or_default();
    let mut d = compare(&steps(&old), &steps(&new));
    d["from"] = a.a.into();
    d["to"] = b.into();
    if !ctx.out.human() {
        ctx.out.value(&d)?;
        return Ok(());
    }
    let label = PIPELINES.label(&p);
    let mut out = format!("version {} → version {b} of pipeline {label}\n", a.a);
    let lists = |k: &str| d[k].as_array().cloned().unwrap_or_default();
    for s in lists("added") {
        out.push_str(&format!("+ {}\n", describe(&s)));
    }
    for s in lists("removed") {
        out.push_str(&format!("- {}\n", describe(&s)));
    }
    for c in lists("changed") {
        out.push_str(&format!(
            "~ {}\n",
            terminal_safe(c["key"].as_str().unwrap_or_default())
        ));
        for (field, ch) in c["changes"].as_object().into_iter().flatten() {
            out.push_str(&format!(
                "    {}: {} → {}\n",
                terminal_safe(field),
                short(&ch["from"]),
                short(&ch["to"])
            ));
        }
    }
    if ["added", "removed", "changed"]
        .iter()
        .all(|k| lists(k).is_empty())
    {
        out.push_str("no differences in the steps\n");
    }
    ctx.out.text(&out)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_names_added_removed_and_changed_fields() {
        let a = vec![
            json!({"key": "a", "type": "custom", "config": {"sql": "1"}, "depends_on": []}),
            json!({"key": "gone", "type": "custom", "depends_on": []}),
            json!({"key": "b", "type": "custom", "depends_on": ["a", "x"], "timeout_seconds": 60}),
        ];
        let b = vec![
            json!({"key": "a", "type": "custom", "config": {"sql": "2"}, "depends_on": []}),
            json!({"key": "b", "type": "custom", "depends_on": ["x", "a"], "timeout_seconds": 60}),
            json!({"key": "new", "type": "webhook", "depends_on": ["b"]}),
        ];
        let d = compare(&a, &b);
        assert_eq!(d["added"][0]["key"], "new");
        assert_eq!(d["removed"][0]["key"], "gone");
        assert_eq!(
            d["changed"],
            json!([{"key": "a", "changes": {"config.sql": {"from": "1", "to": "2"}}}]),
            "dependency order is not a change"
        );
    }
}
