//! `rime infrastructure` (alias `infra`): desired state, pending changes, plan/apply, applies and drift.

mod apply;
mod drift;
mod plan;
mod resources;

use clap::{Args, Subcommand};
use serde_json::Value;

use crate::context::Context;
use crate::error::CliError;
use crate::http::page::{PageOpts, Pager};
use crate::http::{ApiError, ApiPath, check_id};
use crate::output::col;
use crate::output::{ColumnKind, terminal_safe};
use crate::registry::{Kind, Parent, Scope, field, fixed, ro};

pub static RESOURCES: Kind = Kind {
    name: "infrastructure_resource",
    singular: "infrastructure resource",
    plural: "infrastructure resources",
    command: "infra",
    parent: Parent::Project,
    path: "infrastructure",
    schema: "InfraResource",
    names: &["name"],
    id_prefix: "inf_",
    arg: ("RESOURCE", "Resource name, TYPE/NAME or id"),
    columns: &[
        col("NAME", "name", ColumnKind::Text),
        col("TYPE", "type", ColumnKind::Text),
        col("STATUS", "status", ColumnKind::Status),
        col("APPLIED", "applied_at", ColumnKind::Time),
        col("ID", "id", ColumnKind::Text),
    ],
    fields: &[
        ro("id"),
        ro("project_id"),
        fixed("type"),
        field("name"),
        field("config"),
        ro("status"),
        ro("created_at"),
        ro("updated_at"),
        ro("applied_at"),
        ro("last_error"),
    ],
    config: true,
    ..Kind::BASE
};

#[derive(Args, Debug)]
pub struct InfraArgs {
    #[command(subcommand)]
    pub command: InfraCommand,
}

#[derive(Subcommand, Debug)]
pub enum InfraCommand {
    /// List managed resources (the desired state)
    #[command(visible_alias = "ls")]
    List(resources::ListArgs),
    /// Show one resource (by name, TYPE/NAME or id)
    Get(resources::GetArgs),
    /// Add a resource to the desired state; nothing is provisioned until `apply`
    Create(resources::CreateArgs),
    /// Change a resource's config (a merge patch); it becomes a pending change
    Update(resources::UpdateArgs),
    /// Mark a resource for destruction by the next `apply`
    #[command(visible_alias = "rm")]
    Delete(resources::DeleteArgs),
    /// The resource types and their config keys
    Types(resources::TypesArgs),
    /// List pending changes (what the next plan would contain)
    Changes(plan::ChangesArgs),
    /// Preview the changes: + create, ~ modify, - destroy
    Plan(plan::PlanArgs),
    /// Apply a plan (making one first when none is given); type `yes` to confirm, or pass --yes
    Apply(apply::ApplyArgs),
    /// Past and running applies
    Applies(apply::AppliesArgs),
    /// Drift between the actual state and what Rime applied; `drift check` looks again
    Drift(drift::DriftArgs),
}

pub async fn run(ctx: &Context, args: InfraArgs) -> anyhow::Result<()> {
    match args.command {
        InfraCommand::List(a) => resources::list(ctx, a).await,
        InfraCommand::Get(a) => resources::get(ctx, a).await,
        InfraCommand::Create(a) => resources::create(ctx, a).await,
        InfraCommand::Update(a) => resources::update(ctx, a).await,
        InfraCommand::Delete(a) => resources::delete(ctx, a).await,
        InfraCommand::Types(a) => resources::types(ctx, a).await,
        InfraCommand::Changes(a) => plan::changes(ctx, a).await,
        InfraCommand::Plan(a) => plan::plan(ctx, a).await,
        InfraCommand::Apply(a) => apply::apply(ctx, a).await,
        InfraCommand::Applies(a) => apply::applies(ctx, a).await,
        InfraCommand::Drift(a) => drift::drift(ctx, a).await,
    }
}

/// `/projects/{id}/infrastructure/<tail…>`.
async fn path(ctx: &Context, tail: &[&str]) -> anyhow::Result<ApiPath> {
    let mut p = RESOURCES.collection(ctx, Scope::top()).await?;
    for seg in tail {
        p = p.seg(seg);
    }
    Ok(p)
}

/// `snowflake_database ANALYTICS (inf_…)`, terminal-safe.
fn label(v: &Value) -> String {
    format!(
        "{} {} ({})",
        terminal_safe(v["type"].as_str().unwrap_or("?")),
        terminal_safe(v["name"].as_str().unwrap_or("?")),
        terminal_safe(v["id"].as_str().unwrap_or("?"))
    )
}

async fn get_opt(ctx: &Context, path: &ApiPath) -> anyhow::Result<Option<Value>> {
    match ctx.client().await?.get(path).await {
        Ok(v) => Ok(Some(v)),
        Err(e)
            if e.downcast_ref::<ApiError>()
                .is_some_and(|a| a.status == 404) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Resources whose stored name is `name` (optionally of one type).
async fn named(ctx: &Context, kind: Option<&str>, name: &str) -> anyhow::Result<Vec<Value>> {
    let mut query = vec![("name".to_string(), name.to_string())];
    if let Some(k) = kind {
        query.push(("type".to_string(), k.to_string()));
    }
    let client = ctx.client().await?;
    let mut pager = Pager::new(client, path(ctx, &[]).await?, query, PageOpts::default());
    let mut found = Vec::new();
    while let Some(items) = pager.next_page().await? {
        found.extend(items);
    }
    Ok(found)
}

/// The resource a user named: an id, a name (Snowflake names also in lower case, as typed), or
/// `TYPE/NAME` when two types share a name.
pub async fn find(ctx: &Context, wanted: &str) -> anyhow::Result<Value> {
    check_id(wanted)?;
    if wanted.starts_with(RESOURCES.id_prefix)
        && let Some(v) = get_opt(ctx, &path(ctx, &[wanted]).await?).await?
    {
        return Ok(v);
    }
    let (kind, name) = match wanted.split_once('/') {
        Some((k, n)) if k.starts_with("snowflake_") || k.starts_with("aws_") => (Some(k), n),
        _ => (None, wanted),
    };
    let mut names = vec![name.to_string()];
    if name.to_ascii_uppercase() != name {
        names.push(name.to_ascii_uppercase());
    }
    for n in &names {
        let found = named(ctx, kind, n).await?;
        match found.len() {
            0 => continue,
            1 => return Ok(found.into_iter().next().expect("one")),
            _ => {
                let options: Vec<String> = found
                    .iter()
                    .map(|v| {
                        format!(
                            "{}/{}",
                            v["type"].as_str().unwrap_or("?"),
                            v["name"].as_str().unwrap_or("?")
                        )
                    })
                    .collect();
                return Err(CliError::Usage(format!(
                    "{} resources are named `{}`: say which with {}, or use the id",
                    found.len(),
                    terminal_safe(n),
                    terminal_safe(&options.join(" or "))
                ))
                .into());
            }
        }
    }
    if !wanted.starts_with(RESOURCES.id_prefix)
        && kind.is_none()
        && let Some(v) = get_opt(ctx, &path(ctx, &[wanted]).await?).await?
    {
        return Ok(v);
    }
    Err(CliError::NotFound {
        message: format!(
            "no infrastructure resource named or with id `{}`",
            terminal_safe(wanted)
        ),
        hint: "run `rime infra list` to see them".into(),
    }
    .into())
}
