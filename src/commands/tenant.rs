//! `rime tenant show`: the tenant's tier, limits and usage.

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::http::ApiPath;
use crate::output::ListSpec;

#[derive(Args, Debug)]
pub struct TenantArgs {
    #[command(subcommand)]
    pub command: TenantCommand,
}

#[derive(Subcommand, Debug)]
pub enum TenantCommand {
    /// Show the tenant, its tier, limits and usage
    Show,
}

pub async fn run(ctx: &Context, args: TenantArgs) -> anyhow::Result<()> {
    match args.command {
        TenantCommand::Show => {
            let tenant = ctx.client().await?.get(&ApiPath::of(["tenant"])).await?;
            ctx.show(&tenant, &ListSpec::default())
        }
    }
}
