//! `rime governance grants`: which Snowflake roles may see a privacy level (and below) or a PII type.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::{LEVELS, ListArgs, PII_TYPES};
use crate::context::Context;
use crate::output::ColumnKind;
use crate::output::col;
use crate::registry::{Kind, Parent, Scope, field, ro, verbs};

pub static GRANTS: Kind = Kind {
    name: "grant",
    singular: "grant",
    plural: "grants",
    command: "governance grants",
    parent: Parent::Project,
    path: "governance/grants",
    schema: "Grant",
    names: &[],
    id_prefix: "gnt_",
    arg: ("GRANT", "Grant id"),
    columns: &[
        col("ROLE", "role", ColumnKind::Text),
        col("LEVEL", "privacy_level", ColumnKind::Text),
        col("PII", "pii_type", ColumnKind::Text),
        col("CREATED", "created_at", ColumnKind::Time),
        col("BY", "created_by", ColumnKind::Text),
        col("ID", "id", ColumnKind::Text),
    ],
    fields: &[
        ro("id"),
        ro("project_id"),
        field("role"),
        field("privacy_level"),
        field("pii_type"),
        ro("created_at"),
        ro("updated_at"),
        ro("created_by"),
    ],
    config: true,
    ..Kind::BASE
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
            verbs::list(ctx, &GRANTS, Scope::top(), q, &a.list.page).await
        }
        GrantsCommand::Create(f) => {
            let mut body = serde_json::json!({"role": f.role});
            if let Some(l) = f.level {
                body["privacy_level"] = Value::String(l);
            }
            if let Some(p) = f.pii {
                body["pii_type"] = Value::String(p);
            }
            verbs::create(ctx, &GRANTS, Scope::top(), body)
                .await
                .map(drop)
        }
        GrantsCommand::Delete(a) => verbs::delete(ctx, &GRANTS, Scope::top(), &a.id, "").await,
    }
}
