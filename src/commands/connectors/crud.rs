//! `connectors list|create|update|types`: typed `--config`, secrets from stdin, files or a hidden prompt.

use clap::Args;
use clap::builder::PossibleValuesParser;
use serde_json::Value;

use super::catalogue;
use crate::commands::input::{BodyArgs, set_path};
use crate::commands::secrets;
use crate::context::Context;
use crate::error::CliError;
use crate::output::ColumnKind::Text;
use crate::output::{Column, ListSpec, col};
use crate::registry::{Body, Filters, Patch, Scope, Target, query_of};

#[derive(Args, Debug)]
pub struct ConnectorFilters {
    /// Only connectors of this type (see `rime connectors types`)
    #[arg(long = "type", value_name = "TYPE", value_parser = PossibleValuesParser::new(catalogue::names()))]
    pub kind: Option<String>,
    /// Only connectors with this status
    #[arg(long, value_parser = ["active", "paused", "error"])]
    pub status: Option<String>,
}

impl Filters for ConnectorFilters {
    async fn query(&self, _: &Context, _: &Scope) -> anyhow::Result<Vec<(String, String)>> {
        Ok(query_of([("type", &self.kind), ("status", &self.status)]))
    }
}

/// Name, config and secrets, shared by `create` and `update`.
#[derive(Args, Debug)]
pub struct ConfigFlags {
    /// Display name, unique in the project
    #[arg(long)]
    pub name: Option<String>,
    /// A config value, e.g. --config host=db.internal --config port=5432 (repeatable; dotted keys
    /// nest: auth.method=bearer; lists: projects=SUP,OPS; JSON: endpoints='[{"path":"/u","table":"u"}]')
    #[arg(long = "config", value_name = "KEY=VALUE")]
    pub config: Vec<String>,
    /// A secret config value from standard input (password=-) or a file (password=@FILE); never
    /// from the command line. On a terminal, missing required secrets are asked for (hidden)
    #[arg(long = "secret", value_name = secrets::VALUE_NAME)]
    pub secret: Vec<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

#[derive(Args, Debug)]
pub struct CreateFlags {
    /// Connector type (see `rime connectors types`); may come from --from-file instead
    #[arg(long = "type", value_name = "TYPE", value_parser = PossibleValuesParser::new(catalogue::names()))]
    pub kind: Option<String>,
    /// Sync schedule, five cron fields (e.g. "0 2 * * *"); see `connectors schedule set` for a preview
    #[arg(long, value_name = "CRON")]
    pub cron: Option<String>,
    /// IANA time zone of --cron [default: Pacific/Auckland]
    #[arg(long, value_name = "ZONE", requires = "cron")]
    pub timezone: Option<String>,
    #[command(flatten)]
    pub flags: ConfigFlags,
}

/// The request body: the file, the flags, `--set`, then `--config` and `--secret` on top.
fn build(
    a: &ConfigFlags,
    flags: Vec<(&str, Option<Value>)>,
    kind: Option<&str>,
) -> Result<Value, CliError> {
    for s in &a.body.set {
        let key = s.split('=').next().unwrap_or_default();
        if let Some(k) = key
            .strip_prefix("config.")
            .filter(|k| catalogue::is_secret(k))
        {
            return Err(secrets::on_argv(k));
        }
    }
    let mut body = a.body.build(flags)?;
    let info = kind.or(body["type"].as_str()).and_then(catalogue::find);
    for c in &a.config {
        let Some((key, raw)) = c.split_once('=') else {
            return Err(CliError::Usage(format!("`--config {c}` is not KEY=VALUE")));
        };
        let key = key.trim();
        if key.is_empty() || key.split('.').any(str::is_empty) {
            return Err(CliError::Usage(format!(
                "`--config {c}`: the key must be a name or a dotted path"
            )));
        }
        if catalogue::is_secret(key) {
            return Err(secrets::on_argv(key));
        }
        set_path(
            &mut body,
            &format!("config.{key}"),
            catalogue::value_for(info, key, raw),
        )?;
    }
    for s in secrets::read(&a.secret, &[])? {
        set_path(
            &mut body,
            &format!("config.{}", s.key),
            Value::String(s.value),
        )?;
    }
    Ok(body)
}

fn text(v: &Option<String>) -> Option<Value> {
    v.clone().map(Value::String)
}

impl Body for CreateFlags {
    async fn body(&self, ctx: &Context, _: &Scope) -> anyhow::Result<Value> {
        let mut body = build(
            &self.flags,
            vec![("name", text(&self.flags.name)), ("type", text(&self.kind))],
            self.kind.as_deref(),
        )?;
        let Some(kind) = body["type"].as_str().map(String::from) else {
            return Err(CliError::Usage(
                "--type is required (or `type` in --from-file); `rime connectors types` lists them"
                    .into(),
            )
            .into());
        };
        if let Some(cron) = &self.cron {
            set_path(&mut body, "schedule.cron", Value::String(cron.clone()))?;
            if let Some(tz) = &self.timezone {
                set_path(&mut body, "schedule.timezone", Value::String(tz.clone()))?;
            }
        }
        // A required secret not given is asked for on a terminal; without one, the error names
        // the flag before any request.
        if let Some(info) = catalogue::find(&kind) {
            for key in catalogue::missing_secrets(info, &body["config"]) {
                let what = format!("{key} for the {kind} connector");
                let value = secrets::required(ctx, &key, &what)?;
                set_path(&mut body, &format!("config.{key}"), Value::String(value))?;
            }
        }
        Ok(body)
    }
}

/// Config values are typed by the connector's current type.
impl Patch for ConfigFlags {
    async fn patch(&self, ctx: &Context, target: &Target<'_>) -> anyhow::Result<Value> {
        let current = target.found(ctx).await?;
        Ok(build(
            self,
            vec![("name", text(&self.name))],
            current["type"].as_str(),
        )?)
    }
}

const TYPE_COLUMNS: &[Column] = &[
    col("TYPE", "type", Text),
    col("CATEGORY", "category", Text),
    col("REQUIRED", "required", Text),
    col("SECRETS", "secrets", Text),
    col("OPTIONAL", "optional", Text),
];

/// Every type with its config keys, from the contract (no API call).
pub fn types(ctx: &Context) -> anyhow::Result<()> {
    let spec = ListSpec {
        columns: TYPE_COLUMNS,
        known_fields: &["type", "category", "required", "secrets", "optional"],
    };
    let mut w = ctx.out.list(&spec)?;
    for t in catalogue::TYPES {
        w.push(&catalogue::describe(t))?;
    }
    w.finish()?;
    Ok(())
}
