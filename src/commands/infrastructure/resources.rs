//! `infra list|get|create|update|delete|types`: the desired state, and the type catalogue.

use clap::Args;
use serde_json::Value;

use super::{RESOURCES, find, label, path};
use crate::cli::PageArgs;
use crate::commands::input::{BodyArgs, parse_assignment};
use crate::context::Context;
use crate::error::CliError;
use crate::http::{Method, Request};
use crate::output::col;
use crate::output::{Column, ColumnKind, ListSpec, terminal_safe};
use crate::registry::{Scope, verbs};

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only this type, e.g. snowflake_warehouse (see `rime infra types`)
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Only this status: pending_create, pending_update, pending_delete, active, failed, drifted
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Args, Debug)]
pub struct GetArgs {
    /// Resource name, TYPE/NAME or id
    pub resource: String,
}

#[derive(Args, Debug)]
pub struct ConfigFlags {
    /// A config key, e.g. --config size=small --config auto_suspend_seconds=300 (values are
    /// typed: numbers, true/false/null, JSON arrays/objects; repeat for several keys)
    #[arg(long = "config", value_name = "KEY=VALUE")]
    pub config: Vec<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

impl ConfigFlags {
    /// The request body: the file, then `--type`/`--name`, then `--config`, then `--set`.
    fn build(&self, mut flags: Vec<(String, Option<Value>)>) -> Result<Value, CliError> {
        for a in &self.config {
            let (k, v) = parse_assignment(a, false)?;
            flags.push((format!("config.{k}"), Some(v)));
        }
        self.body
            .build(flags.iter().map(|(k, v)| (k.as_str(), v.clone())).collect())
    }
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Resource type, e.g. snowflake_warehouse (see `rime infra types`)
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Name (Snowflake names are stored upper case; S3 buckets get the project identifier prefixed)
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub flags: ConfigFlags,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Resource name, TYPE/NAME or id
    pub resource: String,
    #[command(flatten)]
    pub flags: ConfigFlags,
}

#[derive(Args, Debug)]
pub struct DeleteArgs {
    /// Resource name, TYPE/NAME or id
    pub resource: String,
}

#[derive(Args, Debug)]
pub struct TypesArgs {
    /// Show one type's config keys
    #[arg(value_name = "TYPE")]
    pub kind: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

const TYPES: ListSpec<'static> = ListSpec {
    columns: &[
        col("TYPE", "type", ColumnKind::Text),
        col("PROVIDER", "provider", ColumnKind::Text),
        col("CONFIG KEYS", "config_keys", ColumnKind::Text),
        col("DESCRIPTION", "description", ColumnKind::Text),
    ],
    known_fields: &[
        "type",
        "provider",
        "description",
        "name_rule",
        "config_keys",
        "config",
    ],
};

const KEYS: &[Column] = &[
    col("KEY", "key", ColumnKind::Text),
    col("TYPE", "type", ColumnKind::Text),
    col("REQUIRED", "required", ColumnKind::Bool),
    col("DEFAULT", "default", ColumnKind::Json),
    col("ALLOWED", "constraint", ColumnKind::Text),
    col("DESCRIPTION", "description", ColumnKind::Text),
];

fn text(v: &Option<String>) -> Option<Value> {
    v.clone().map(Value::String)
}

pub async fn list(ctx: &Context, a: ListArgs) -> anyhow::Result<()> {
    let mut filters = Vec::new();
    if let Some(k) = a.kind {
        filters.push(("type".to_string(), k));
    }
    if let Some(s) = a.status {
        filters.push(("status".to_string(), s));
    }
    verbs::list(ctx, &RESOURCES, Scope::top(), filters, &a.page).await
}

pub async fn get(ctx: &Context, a: GetArgs) -> anyhow::Result<()> {
    let v = find(ctx, &a.resource).await?;
    ctx.show(&v, &RESOURCES.spec())
}

pub async fn create(ctx: &Context, a: CreateArgs) -> anyhow::Result<()> {
    if a.flags.body.from_file.is_none() && (a.kind.is_none() || a.name.is_none()) {
        return Err(CliError::Usage(
            "give --type and --name (and --config KEY=VALUE for settings), or --from-file".into(),
        )
        .into());
    }
    let body = a.flags.build(vec![
        ("type".into(), text(&a.kind)),
        ("name".into(), text(&a.name)),
    ])?;
    verbs::create(ctx, &RESOURCES, Scope::top(), body).await?;
    ctx.out
        .status("pending: `rime infra plan` previews it, `rime infra apply` creates it");
    Ok(())
}

pub async fn update(ctx: &Context, a: UpdateArgs) -> anyhow::Result<()> {
    let patch = a.flags.build(Vec::new())?;
    if patch.as_object().is_none_or(|m| m.is_empty()) {
        return Err(CliError::Usage(
            "nothing to update: give --config KEY=VALUE, --set or --from-file".into(),
        )
        .into());
    }
    let target = find(ctx, &a.resource).await?;
    let id = target["id"].as_str().unwrap_or(&a.resource).to_string();
    verbs::patch(ctx, &RESOURCES, Scope::top(), &id, patch)
        .await
        .map(drop)
}

pub async fn delete(ctx: &Context, a: DeleteArgs) -> anyhow::Result<()> {
    let target = find(ctx, &a.resource).await?;
    let id = target["id"].as_str().unwrap_or(&a.resource).to_string();
    let what = label(&target);
    ctx.confirm(&format!(
        "mark {what} for destruction (the next apply destroys it)"
    ))?;
    let marked = ctx
        .client()
        .await?
        .call(Request::new(Method::DELETE, path(ctx, &[&id]).await?))
        .await
        .map_err(|e| e.context("could not delete the infrastructure resource"))?;
    ctx.out.status(&format!(
        "marked {what} for destruction; `rime infra plan` shows it, `rime infra apply` destroys it"
    ));
    ctx.show(&marked, &RESOURCES.spec())
}

pub async fn types(ctx: &Context, a: TypesArgs) -> anyhow::Result<()> {
    let all = path(ctx, &["types"]).await?;
    let Some(wanted) = a.kind else {
        verbs::stream(ctx, all, Vec::new(), &a.page, &TYPES, None).await?;
        return Ok(());
    };
    let page = ctx
        .client()
        .await?
        .call(Request::new(Method::GET, all).query("limit", "100"))
        .await?;
    let Some(found) = page["data"]
        .as_array()
        .and_then(|d| d.iter().find(|t| t["type"] == wanted.as_str()))
    else {
        return Err(CliError::NotFound {
            message: format!("no resource type `{}`", terminal_safe(&wanted)),
            hint: "run `rime infra types` to see them".into(),
        }
        .into());
    };
    if !ctx.out.human() {
        return ctx.show(found, &TYPES);
    }
    ctx.out.status(&format!(
        "{}: {} Names: {}.",
        terminal_safe(&wanted),
        terminal_safe(found["description"].as_str().unwrap_or("")),
        terminal_safe(found["name_rule"].as_str().unwrap_or(""))
    ));
    let mut w = ctx.out.list(&ListSpec {
        columns: KEYS,
        known_fields: &[],
    })?;
    for k in found["config"].as_array().into_iter().flatten() {
        w.push(k)?;
    }
    w.finish()?;
    Ok(())
}
