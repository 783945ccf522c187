//! `connectors list|create|update|types`: typed `--config`, secrets from stdin, files or a hidden prompt.

use std::io::Read;

use clap::Args;
use clap::builder::PossibleValuesParser;
use serde_json::Value;

use super::catalogue;
use crate::commands::input::{BodyArgs, read_text, set_path};
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
    #[arg(long = "secret", value_name = "KEY=-|@FILE")]
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

/// Reads `KEY=-` (stdin, once) or `KEY=@FILE`; a plain value is refused so secrets stay off argv.
fn read_secret(spec: &str, stdin_used: &mut bool) -> Result<(String, Value), CliError> {
    let Some((key, source)) = spec.split_once('=') else {
        return Err(CliError::Usage(format!(
            "`--secret {}` must be KEY=- (standard input) or KEY=@FILE",
            spec.split('=').next().unwrap_or(spec)
        )));
    };
    let key = key.trim();
    if key.is_empty() || key.split('.').any(str::is_empty) {
        return Err(CliError::Usage(
            "`--secret` needs a key, e.g. password=-".into(),
        ));
    }
    let text = match source {
        "-" => {
            if std::mem::replace(stdin_used, true) {
                return Err(CliError::Usage(
                    "only one --secret can read standard input; use KEY=@FILE for the others"
                        .into(),
                ));
            }
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| CliError::Usage(format!("cannot read standard input: {e}")))?;
            s
        }
        s if s.starts_with('@') && s.len() > 1 => read_text(&s[1..])?.1,
        _ => {
            return Err(CliError::Usage(format!(
                "secrets are never taken from the command line: use --secret {key}=- (standard input) or --secret {key}=@FILE"
            )));
        }
    };
    let text = text.trim_end_matches(['\n', '\r']).to_string();
    if text.is_empty() {
        return Err(CliError::Usage(format!("the secret for `{key}` is empty")));
    }
    Ok((key.to_string(), Value::String(text)))
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
            return Err(secret_on_argv(k));
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
            return Err(secret_on_argv(key));
        }
        set_path(
            &mut body,
            &format!("config.{key}"),
            catalogue::value_for(info, key, raw),
        )?;
    }
    let mut stdin_used = false;
    for s in &a.secret {
        let (key, value) = read_secret(s, &mut stdin_used)?;
        set_path(&mut body, &format!("config.{key}"), value)?;
    }
    Ok(body)
}

fn secret_on_argv(key: &str) -> CliError {
    CliError::Usage(format!(
        "`{key}` is a secret and is never taken from the command line: use --secret {key}=- (standard input) or --secret {key}=@FILE"
    ))
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
        if let Some(info) = catalogue::find(&kind)
            && ctx.interactive
        {
            for key in catalogue::missing_secrets(info, &body["config"]) {
                let value = ctx
                    .out
                    .secret(&format!("{key} for the {kind} connector (input hidden): "))
                    .map_err(|e| CliError::Usage(format!("cannot read the secret: {e}")))?;
                if !value.is_empty() {
                    set_path(&mut body, &format!("config.{key}"), Value::String(value))?;
                }
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
