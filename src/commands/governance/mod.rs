//! `rime governance`: columns and their classification, masking policies, grants, PII scans, reports.

mod bulk;
mod columns;
mod grants;
mod masking;
mod reports;
mod scans;

pub use columns::COLUMNS;
pub use grants::GRANTS;
pub use masking::MASKING;
pub use scans::SCANS;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::registry::{Verbs, query_of};

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
    Columns(Verbs<columns::Columns>),
    /// Masking policies: how classified columns are masked
    #[command(visible_alias = "masking-policy")]
    MaskingPolicies(Verbs<masking::Masking>),
    /// Role grants: which Snowflake roles see which columns unmasked
    #[command(visible_alias = "grant")]
    Grants(Verbs<grants::Grants>),
    /// Start a PII scan (flags columns for review; never classifies)
    Scan(scans::ScanArgs),
    /// Past PII scans and their findings
    Scans(Verbs<scans::Scans>),
    /// Compliance reports: classification coverage, access matrix
    Report(reports::ReportArgs),
}

/// Where in the catalogue (column lists, scans, the access matrix).
#[derive(Args, Debug)]
pub struct Place {
    /// Only this database
    #[arg(long)]
    pub database: Option<String>,
    /// Only this schema
    #[arg(long)]
    pub schema: Option<String>,
    /// Only this table
    #[arg(long)]
    pub table: Option<String>,
}

impl Place {
    pub fn query(&self) -> Vec<(String, String)> {
        query_of([
            ("database", &self.database),
            ("schema", &self.schema),
            ("table", &self.table),
        ])
    }
}

pub async fn run(ctx: &Context, args: GovernanceArgs) -> anyhow::Result<()> {
    match args.command {
        GovernanceCommand::Columns(v) => v.run(ctx).await,
        GovernanceCommand::MaskingPolicies(v) => v.run(ctx).await,
        GovernanceCommand::Grants(v) => v.run(ctx).await,
        GovernanceCommand::Scan(a) => scans::start(ctx, a).await,
        GovernanceCommand::Scans(v) => v.run(ctx).await,
        GovernanceCommand::Report(a) => reports::run(ctx, a).await,
    }
}
