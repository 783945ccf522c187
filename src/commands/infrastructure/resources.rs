//! `rime infra`: the desired state (the generic verbs; delete marks for the next apply), the type
//! catalogue, and the plan/apply cycle as the noun's own verbs.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::{RESOURCES, apply, drift, label, path, plan};
use crate::cli::PageArgs;
use crate::commands::input::{BodyArgs, parse_assignment};
use crate::context::Context;
use crate::error::CliError;
use crate::http::{Method, Request};
use crate::output::ColumnKind::{Bool, Json, Text};
use crate::output::{Column, ListSpec, terminal_safe};
use crate::registry::prelude::*;

pub struct Resources;

impl Declared for Resources {
    const KIND: &'static Kind = &RESOURCES;
    type Parts = Parts<ResourceFilters, CreateFlags, ConfigFlags, InfraVerbs>;

    async fn create(ctx: &Context, scope: &Scope, flags: CreateFlags) -> anyhow::Result<()> {
        let body = flags.body(ctx, scope).await?;
        verbs::create(ctx, &RESOURCES, scope, body).await?;
        ctx.out
            .status("pending: `rime infra plan` previews it, `rime infra apply` creates it");
        Ok(())
    }
}

/// The plan/apply cycle, and delete (which only marks a resource for the next apply).
#[derive(Subcommand, Debug)]
pub enum InfraVerbs {
    Delete(Item<Resources>),
    /// The resource types and their config keys
    Types(TypesArgs),
    /// List pending changes (what the next plan would contain)
    Changes(PageArgs),
    /// Preview the changes: + create, ~ modify, - destroy
    Plan(plan::PlanArgs),
    /// Apply a plan (making one first when none is given); type `yes` to confirm, or pass --yes
    Apply(apply::ApplyArgs),
    /// Past and running applies
    Applies(Verbs<apply::Applies>),
    /// Drift between the actual state and what Rime applied; `drift check` looks again
    Drift(drift::DriftArgs),
}

impl Extra for InfraVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            InfraVerbs::Delete(r) => delete(ctx, &r.fetch(ctx).await?).await,
            InfraVerbs::Types(a) => types(ctx, a).await,
            InfraVerbs::Changes(page) => plan::changes(ctx, page).await,
            InfraVerbs::Plan(a) => plan::plan(ctx, a).await,
            InfraVerbs::Apply(a) => apply::apply(ctx, a).await,
            InfraVerbs::Applies(v) => v.run(ctx).await,
            InfraVerbs::Drift(a) => drift::drift(ctx, a).await,
        }
    }
}

#[derive(Args, Debug)]
pub struct ResourceFilters {
    /// Only this type, e.g. snowflake_warehouse (see `rime infra types`)
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Only this status: pending_create, pending_update, pending_delete, active, failed, drifted
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
}

impl Filters for ResourceFilters {
    fn plain(&self) -> Vec<(String, String)> {
        query_of([("type", &self.kind), ("status", &self.status)])
    }
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

impl Patch for ConfigFlags {
    async fn patch(&self, _: &Context, _: &Target<'_>) -> anyhow::Result<Value> {
        let patch = self.build(Vec::new())?;
        if patch.as_object().is_none_or(|m| m.is_empty()) {
            return Err(CliError::Usage(
                "nothing to update: give --config KEY=VALUE, --set or --from-file".into(),
            )
            .into());
        }
        Ok(patch)
    }
}

#[derive(Args, Debug)]
pub struct CreateFlags {
    /// Resource type, e.g. snowflake_warehouse (see `rime infra types`)
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Name (Snowflake names are stored upper case; S3 buckets get the project identifier prefixed)
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub flags: ConfigFlags,
}

impl Body for CreateFlags {
    async fn body(&self, _: &Context, _: &Scope) -> anyhow::Result<Value> {
        if self.flags.body.from_file.is_none() && (self.kind.is_none() || self.name.is_none()) {
            return Err(CliError::Usage(
                "give --type and --name (and --config KEY=VALUE for settings), or --from-file"
                    .into(),
            )
            .into());
        }
        let text = |v: &Option<String>| v.clone().map(Value::String);
        Ok(self.flags.build(vec![
            ("type".into(), text(&self.kind)),
            ("name".into(), text(&self.name)),
        ])?)
    }
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
        col("TYPE", "type", Text),
        col("PROVIDER", "provider", Text),
        col("CONFIG KEYS", "config_keys", Text),
        col("DESCRIPTION", "description", Text),
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
    col("KEY", "key", Text),
    col("TYPE", "type", Text),
    col("REQUIRED", "required", Bool),
    col("DEFAULT", "default", Json),
    col("ALLOWED", "constraint", Text),
    col("DESCRIPTION", "description", Text),
];

/// Marks the resource for destruction: nothing is destroyed until the next apply.
async fn delete(ctx: &Context, target: &Value) -> anyhow::Result<()> {
    let id = target["id"].as_str().unwrap_or_default();
    let what = label(target);
    ctx.confirm(&format!(
        "mark {what} for destruction (the next apply destroys it)"
    ))?;
    let marked = ctx
        .client()
        .await?
        .call(Request::new(Method::DELETE, path(ctx, &[id]).await?))
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
    Ok(ctx.out.items(&found["config"], &ListSpec::of(KEYS))?)
}
