//! `rime infrastructure` (alias `infra`): desired state, pending changes, plan/apply, applies and drift.

mod apply;
mod drift;
mod plan;
mod refs;
mod resources;

pub use apply::APPLIES;

use serde_json::Value;

use crate::context::Context;
use crate::http::ApiPath;
use crate::output::ColumnKind::{Status, Text, Time};
use crate::output::terminal_safe;
use crate::registry::prelude::*;

pub static RESOURCES: Kind = Kind {
    lookup: Lookup::Typed,
    columns: &[
        NAME,
        col("TYPE", "type", Text),
        col("STATUS", "status", Status),
        col("APPLIED", "applied_at", Time),
        ID,
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
    verbs: &[
        list("List managed resources (the desired state)"),
        get("Show one resource (by name, TYPE/NAME or id)"),
        create("Add a resource to the desired state; nothing is provisioned until `apply`"),
        update("Change a resource's config (a merge patch); it becomes a pending change"),
        delete("Mark a resource for destruction by the next `apply`"),
    ],
    ..Kind::project("infrastructure_resource", "InfraResource")
        .said("infrastructure resource", "infrastructure resources")
        .at("infra", "infrastructure")
        .known_by(
            &["name"],
            "inf_",
            ("RESOURCE", "Resource name, TYPE/NAME or id"),
        )
        .config()
};

/// `rime infra`: the resources' verbs, and the plan/apply cycle as its own verbs.
pub type InfraArgs = Verbs<resources::Resources>;

pub async fn run(ctx: &Context, args: InfraArgs) -> anyhow::Result<()> {
    args.run(ctx).await
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
