//! `rime governance grants`: which Snowflake roles may see a privacy level (and below) or a PII type.

use clap::Args;
use serde_json::{Value, json};

use super::{LEVELS, PII_TYPES};
use crate::context::Context;
use crate::output::ColumnKind::Text;
use crate::registry::prelude::*;

pub static GRANTS: Kind = Kind {
    columns: &[
        col("ROLE", "role", Text),
        col("LEVEL", "privacy_level", Text),
        col("PII", "pii_type", Text),
        CREATED,
        col("BY", "created_by", Text),
        ID,
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
    verbs: &[
        list("List grants"),
        create("Grant a role visibility of a privacy level or a PII type"),
        delete("Revoke a grant"),
    ],
    ..Kind::project("grant", "Grant")
        .said("grant", "grants")
        .at("governance grants", "governance/grants")
        .known_by(&[], "gnt_", ("ID", "Grant id"))
        .config()
};

pub struct Grants;

impl Declared for Grants {
    const KIND: &'static Kind = &GRANTS;
    const AFTER_HELP: &'static str =
        "A grant on a privacy level lets the role see columns at that level and below; a grant on
a PII type lets it see columns of that type. Public columns are visible to every role, unclassified
ones to none.

Examples:
  rime governance grants create --role ANALYST --level internal
  rime governance grants create --role SUPPORT_AGENT --pii email";
    type Parts = Parts<GrantsFilters, GrantFlags>;
}

#[derive(Args, Debug)]
pub struct GrantsFilters {
    /// Only this role's grants
    #[arg(long)]
    pub role: Option<String>,
}

impl Filters for GrantsFilters {
    fn plain(&self) -> Vec<(String, String)> {
        let role = self.role.as_ref().map(|r| r.to_ascii_uppercase());
        query_of([("role", &role)])
    }
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

impl Body for GrantFlags {
    async fn body(&self, _: &Context, _: &Scope) -> anyhow::Result<Value> {
        let mut body = json!({"role": self.role});
        for (k, v) in [("privacy_level", &self.level), ("pii_type", &self.pii)] {
            if let Some(v) = v {
                body[k] = Value::String(v.clone());
            }
        }
        Ok(body)
    }
}
