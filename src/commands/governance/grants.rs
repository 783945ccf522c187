//! `rime governance grants`: which Snowflake roles may see a privacy level (and below) or a PII type.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::{LEVELS, ListArgs, PII_TYPES};
use crate::commands::resource::{self, Resource, Seg};
use crate::context::Context;
use crate::output::{Column, ColumnKind};

pub const GRANTS: Resource = Resource {
    kind: "grant",
    command: "governance grants",
    path: &[Seg::Project, Seg::Lit("governance"), Seg::Lit("grants")],
    columns: &[
        Column {
            header: "ROLE",
            path: "role",
            kind: ColumnKind::Text,
        },
        Column {
            header: "LEVEL",
            path: "privacy_level",
            kind: ColumnKind::Text,
        },
        Column {
            header: "PII",
            path: "pii_type",
            kind: ColumnKind::Text,
        },
        Column {
            header: "CREATED",
            path: "created_at",
            kind: ColumnKind::Time,
        },
        Column {
            header: "BY",
            path: "created_by",
            kind: ColumnKind::Text,
        },
        Column {
            header: "ID",
            path: "id",
            kind: ColumnKind::Text,
        },
    ],
    fields: &[
        "id",
        "project_id",
        "role",
        "privacy_level",
        "pii_type",
        "created_at",
        "updated_at",
        "created_by",
    ],
    name_fields: &[],
    id_prefix: "gnt_",
};

#[derive(Args, Debug)]
#[command(
    after_help = "A grant on a privacy level lets the role see columns at that level and below; a grant on
a PII type lets it see columns of that type. Public columns are visible to every role, unclassified
ones to none.

Examples:
  rime governance grants create --role ANALYST --level internal
  rime governance grants create --role SUPPORT_AGENT --pii email"
)]
pub struct GrantsArgs {
    #[command(subcommand)]
    pub command: GrantsCommand,
}

#[derive(Subcommand, Debug)]
pub enum GrantsCommand {
    /// List grants
    #[command(visible_alias = "ls")]
    List(GrantsListArgs),
    /// Grant a role visibility of a privacy level or a PII type
    Create(GrantFlags),
    /// Revoke a grant
    #[command(visible_alias = "rm")]
    Delete(GrantId),
}

#[derive(Args, Debug)]
pub struct GrantsListArgs {
    /// Only this role's grants
    #[arg(long)]
    pub role: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Args, Debug)]
pub struct GrantFlags {
    /// A Snowflake role (stored upper case)
    #[arg(long, required = true)]
    pub role: String,
    /// Let the role see columns at this level and below
    #[arg(long, value_parser = LEVELS, required_unless_present = "pii", conflicts_with = "pii")]
    pub level: Option<String>,
    /// Let the role see columns of this PII type
    #[arg(long, value_parser = PII_TYPES)]
    pub pii: Option<String>,
}

#[derive(Args, Debug)]
pub struct GrantId {
    /// Grant id
    pub id: String,
}

pub async fn run(ctx: &Context, args: GrantsArgs) -> anyhow::Result<()> {
    match args.command {
        GrantsCommand::List(a) => {
            let q = a
                .role
                .map(|r| ("role".to_string(), r.to_ascii_uppercase()))
                .into_iter()
                .collect();
            resource::list(ctx, &GRANTS, &[], q, &a.list.page).await
        }
        GrantsCommand::Create(f) => {
            let mut body = serde_json::json!({"role": f.role});
            if let Some(l) = f.level {
                body["privacy_level"] = Value::String(l);
            }
            if let Some(p) = f.pii {
                body["pii_type"] = Value::String(p);
            }
            resource::create(ctx, &GRANTS, &[], body).await.map(drop)
        }
        GrantsCommand::Delete(a) => resource::delete(ctx, &GRANTS, &[], &a.id, "").await,
    }
}
