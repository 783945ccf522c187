//! `rime governance`: columns and their classification, masking policies, grants, PII scans, reports.

mod bulk;
mod columns;
mod dismiss;
mod grants;
mod masking;
mod reports;
mod scans;

pub use columns::COLUMNS;
pub use grants::GRANTS;
pub use masking::MASKING;
pub use scans::SCANS;

use clap::{Args, Subcommand};

use crate::cli::PageArgs;
use crate::context::Context;

/// Privacy levels, least to most sensitive.
pub const LEVELS: [&str; 4] = ["public", "internal", "confidential", "restricted"];
pub const PII_TYPES: [&str; 10] = [
    "name",
    "email",
    "phone",
    "address",
    "ird_number",
    "nhi_number",
    "date_of_birth",
    "bank_account",
    "passport",
    "drivers_licence",
];

#[derive(Args, Debug)]
pub struct GovernanceArgs {
    #[command(subcommand)]
    pub command: GovernanceCommand,
}

#[derive(Subcommand, Debug)]
pub enum GovernanceCommand {
    /// The column catalogue: list, inspect and classify columns
    #[command(visible_alias = "column")]
    Columns(columns::ColumnsArgs),
    /// Masking policies: how classified columns are masked
    #[command(visible_alias = "masking-policy")]
    MaskingPolicies(masking::MaskingArgs),
    /// Role grants: which Snowflake roles see which columns unmasked
    #[command(visible_alias = "grant")]
    Grants(grants::GrantsArgs),
    /// Start a PII scan (flags columns for review; never classifies)
    Scan(scans::ScanArgs),
    /// Dismiss a PII scan's flag on a column (its classification stays as it is)
    Dismiss(dismiss::DismissArgs),
    /// Past PII scans and their findings
    Scans(scans::ScansArgs),
    /// Compliance reports: classification coverage, access matrix
    Report(reports::ReportArgs),
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    pub page: PageArgs,
}

pub async fn run(ctx: &Context, args: GovernanceArgs) -> anyhow::Result<()> {
    match args.command {
        GovernanceCommand::Columns(a) => columns::run(ctx, a).await,
        GovernanceCommand::MaskingPolicies(a) => masking::run(ctx, a).await,
        GovernanceCommand::Grants(a) => grants::run(ctx, a).await,
        GovernanceCommand::Scan(a) => scans::start(ctx, a).await,
        GovernanceCommand::Dismiss(a) => dismiss::run(ctx, a).await,
        GovernanceCommand::Scans(a) => scans::run(ctx, a).await,
        GovernanceCommand::Report(a) => reports::run(ctx, a).await,
    }
}
