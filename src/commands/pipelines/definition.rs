//! Pipeline definitions: list, get (`--steps`), create and update from a readable YAML/JSON file
//! plus flags, delete.

use clap::Args;
use serde_json::{Map, Value};

use super::{PIPELINES, STEP_COLUMNS, STEP_FIELDS};
use crate::cli::PageArgs;
use crate::commands::input::BodyArgs;
use crate::context::Context;
use crate::error::CliError;
use crate::output::ListSpec;
use crate::registry::{Scope, verbs};

#[derive(Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Args, Debug)]
pub struct GetArgs {
    /// Pipeline name or id
    pub pipeline: String,
    /// List the steps (key, type, dependencies, failure policy, retries, timeout) instead
    #[arg(long)]
    pub steps: bool,
}

#[derive(Args, Debug)]
pub struct DefinitionFlags {
    /// Name (unique in the project)
    #[arg(long)]
    pub name: Option<String>,
    /// Description
    #[arg(long)]
    pub description: Option<String>,
    /// The definition: name, description, steps (a list, or a mapping of key to step) and
    /// schedule, as YAML or JSON (`-` for standard input)
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<String>,
    /// Set a field, e.g. --set schedule.timezone=UTC (typed values, @file for a file's text)
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    #[command(flatten)]
    pub flags: DefinitionFlags,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Pipeline name or id
    pub pipeline: String,
    #[command(flatten)]
    pub flags: DefinitionFlags,
}

#[derive(Args, Debug)]
pub struct DeleteArgs {
    /// Pipeline name or id
    pub pipeline: String,
}

pub async fn list(ctx: &Context, a: ListArgs) -> anyhow::Result<()> {
    verbs::list(ctx, &PIPELINES, Scope::top(), Vec::new(), &a.page).await
}

pub async fn get(ctx: &Context, a: GetArgs) -> anyhow::Result<()> {
    if !a.steps {
        return verbs::get(ctx, &PIPELINES, Scope::top(), &a.pipeline).await;
    }
    show_steps(ctx, &super::find(ctx, &a.pipeline).await?["steps"])
}

/// Steps as a table (or a list in the JSON-shaped formats).
pub fn show_steps(ctx: &Context, steps: &Value) -> anyhow::Result<()> {
    let spec = ListSpec {
        columns: STEP_COLUMNS,
        known_fields: STEP_FIELDS,
    };
    let mut w = ctx.out.list(&spec)?;
    for s in steps.as_array().into_iter().flatten() {
        w.push(s)?;
    }
    w.finish()?;
    Ok(())
}

/// The body from the file and flags, in the API's shape: `steps` may be written as a mapping
/// of key to step, and a single `depends_on` key as a plain string.
fn body(flags: &DefinitionFlags) -> Result<Value, CliError> {
    let args = BodyArgs {
        from_file: flags.from_file.clone(),
        set: flags.set.clone(),
    };
    let mut body = args.build(vec![
        ("name", flags.name.clone().map(Value::String)),
        ("description", flags.description.clone().map(Value::String)),
    ])?;
    let origin = flags.from_file.as_deref().unwrap_or("--set");
    if let Some(steps) = body.get_mut("steps") {
        *steps = normalise_steps(steps.take(), origin)?;
    }
    Ok(body)
}

fn normalise_steps(steps: Value, origin: &str) -> Result<Value, CliError> {
    let list = match steps {
        Value::Object(by_key) => by_key
            .into_iter()
            .map(|(key, step)| match step {
                Value::Object(mut m) => {
                    let mut with_key = Map::new();
                    with_key.insert("key".into(), Value::String(key));
                    m.remove("key");
                    with_key.extend(m);
                    Ok(Value::Object(with_key))
                }
                Value::Null => Ok(serde_json::json!({ "key": key })),
                _ => Err(CliError::Usage(format!(
                    "{origin}: step `{key}` must be a mapping"
                ))),
            })
            .collect::<Result<Vec<_>, _>>()?,
        Value::Array(list) => list,
        other => return Ok(other),
    };
    Ok(Value::Array(
        list.into_iter()
            .map(|mut s| {
                if let Some(d) = s.get_mut("depends_on")
                    && d.is_string()
                {
                    *d = Value::Array(vec![d.take()]);
                }
                s
            })
            .collect(),
    ))
}

pub async fn create(ctx: &Context, a: CreateArgs) -> anyhow::Result<()> {
    let body = body(&a.flags)?;
    if body.get("name").is_none() {
        return Err(CliError::Usage(
            "a pipeline needs a name: pass --name or put `name:` in the --from-file document"
                .into(),
        )
        .into());
    }
    verbs::create(ctx, &PIPELINES, Scope::top(), body)
        .await
        .map(drop)
}

pub async fn update(ctx: &Context, a: UpdateArgs) -> anyhow::Result<()> {
    let patch = body(&a.flags)?;
    let before = super::find(ctx, &a.pipeline).await?;
    let id = before["id"].as_str().unwrap_or_default().to_string();
    let after = verbs::patch(ctx, &PIPELINES, Scope::top(), &id, patch).await?;
    if after["version"] != before["version"] {
        ctx.out.status(&format!(
            "the steps changed: version {} is now current (was {})",
            after["version"], before["version"]
        ));
    }
    Ok(())
}

pub async fn delete(ctx: &Context, a: DeleteArgs) -> anyhow::Result<()> {
    verbs::delete(
        ctx,
        &PIPELINES,
        Scope::top(),
        &a.pipeline,
        " with all its versions and runs",
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn steps_may_be_a_mapping_and_depends_on_a_string() {
        let steps = json!({"extract": {"type": "custom"}, "load": {"type": "custom", "depends_on": "extract"}});
        assert_eq!(
            normalise_steps(steps, "f.yaml").unwrap(),
            json!([{"key": "extract", "type": "custom"},
                   {"key": "load", "type": "custom", "depends_on": ["extract"]}])
        );
        assert!(normalise_steps(json!({"a": 5}), "f.yaml").is_err());
    }
}
