//! `rime governance dismiss PATH`: clears a PII scan's flag on a column (`PATCH …/columns/{path}`
//! with `{"flagged": null}`) and leaves its classification as it is.

use clap::Args;
use serde_json::json;

use super::COLUMNS;
use crate::context::Context;
use crate::output::terminal_safe;
use crate::registry::Scope;

#[derive(Args, Debug)]
#[command(after_help = "Examples:
  rime governance columns list --flagged
  rime governance dismiss ANALYTICS.SUPPORT.TICKETS.NOTES")]
pub struct DismissArgs {
    /// The flagged column: DATABASE.SCHEMA.TABLE.COLUMN
    pub path: String,
}

pub async fn run(ctx: &Context, a: DismissArgs) -> anyhow::Result<()> {
    let item = COLUMNS.item_path(ctx, Scope::top(), &a.path).await?;
    let column = ctx
        .client()
        .await?
        .patch(&item, json!({"flagged": null}))
        .await
        .map_err(|e| {
            e.context(format!(
                "could not dismiss the flag on `{}`",
                terminal_safe(&a.path)
            ))
        })?;
    ctx.out.status(&format!(
        "dismissed the PII flag on {}; its classification is unchanged",
        terminal_safe(column["path"].as_str().unwrap_or(&a.path))
    ));
    ctx.show(&column, &COLUMNS.spec())
}
