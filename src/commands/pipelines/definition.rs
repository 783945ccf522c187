//! Pipeline definitions: `get --steps`, and create and update from a readable YAML/JSON file plus
//! flags (a mapping of steps, a lone `depends_on`); changed steps are reported as a new version.

use clap::Args;
use serde_json::{Map, Value};

use super::{PIPELINES, Pipelines, STEP_COLUMNS, STEP_FIELDS};
use crate::commands::input::BodyArgs;
use crate::context::Context;
use crate::error::CliError;
use crate::output::ListSpec;
use crate::registry::{Body, Item, Patch, Scope, Target, verbs};

#[derive(Args, Debug)]
pub struct GetArgs {
    #[command(flatten)]
    pub pipeline: Item<Pipelines>,
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
    #[arg(short = 'f', long, visible_alias = "file", value_name = "FILE")]
    pub from_file: Option<String>,
    /// Set a field, e.g. --set schedule.timezone=UTC (typed values, @file for a file's text)
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
}

pub async fn get(ctx: &Context, a: GetArgs) -> anyhow::Result<()> {
    let pipeline = a.pipeline.fetch(ctx).await?;
    if a.steps {
        show_steps(ctx, &pipeline["steps"])
    } else {
        PIPELINES.show(ctx, &pipeline)
    }
}

/// Steps as a table (or a list in the JSON-shaped formats).
pub fn show_steps(ctx: &Context, steps: &Value) -> anyhow::Result<()> {
    let spec = ListSpec {
        columns: STEP_COLUMNS,
        known_fields: STEP_FIELDS,
    };
    Ok(ctx.out.items(steps, &spec)?)
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

impl Body for DefinitionFlags {
    async fn body(&self, _: &Context, _: &Scope) -> anyhow::Result<Value> {
        let body = body(self)?;
        if body.get("name").is_none() {
            return Err(CliError::Usage(
                "a pipeline needs a name: pass --name or put `name:` in the --from-file document"
                    .into(),
            )
            .into());
        }
        Ok(body)
    }
}

impl Patch for DefinitionFlags {
    async fn patch(&self, _: &Context, _: &Target<'_>) -> anyhow::Result<Value> {
        Ok(body(self)?)
    }
}

/// The update, saying when changed steps made a new version.
pub async fn update(ctx: &Context, t: &Target<'_>, flags: DefinitionFlags) -> anyhow::Result<()> {
    let patch = flags.patch(ctx, t).await?;
    let before = t.found(ctx).await?["version"].clone();
    let after = verbs::update(ctx, t, patch).await?;
    if after["version"] != before {
        ctx.out.status(&format!(
            "the steps changed: version {} is now current (was {before})",
            after["version"]
        ));
    }
    Ok(())
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
