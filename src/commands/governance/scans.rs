//! `rime governance scan` (start, optionally `--wait` for the findings) and `scans list|get`.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Place;
use crate::commands::wait::{Poll, poll};
use crate::context::Context;
use crate::error::CliError;
use crate::output::ColumnKind::{Count, Status, Text, Time};
use crate::output::progress::Snapshot;
use crate::output::{ListSpec, col, terminal_safe};
use crate::registry::prelude::*;
use crate::registry::{RunFilters, RunStatuses};

pub static SCANS: Kind = Kind {
    columns: &[
        col("ID", "id", Text),
        col("STATUS", "status", Status),
        col("COLUMNS", "columns_scanned", Count),
        col("FINDINGS", "findings", Count),
        col("STARTED", "started_at", Time),
        col("ENDED", "ended_at", Time),
    ],
    fields: &[
        ro("id"),
        ro("project_id"),
        ro("status"),
        ro("scope"),
        ro("include_classified"),
        ro("started_at"),
        ro("ended_at"),
        ro("columns_scanned"),
        ro("findings"),
        ro("error"),
        ro("started_by"),
    ],
    verbs: &[
        list("List PII scans, newest first"),
        get("Show a scan; its findings once completed"),
    ],
    ..Kind::project("pii_scan", "PiiScan")
        .said("PII scan", "PII scans")
        .at("governance scans", "governance/pii-scans")
        .known_by(&[], "pii_", ("ID", "Scan id"))
};

const FINDINGS: ListSpec<'static> = ListSpec::of(&[
    col("PATH", "path", Text),
    col("PII", "pii_type", Text),
    col("CONFIDENCE", "confidence", Count),
    col("MATCHED", "samples_matched", Count),
    col("SAMPLED", "samples_total", Count),
]);

pub struct Scans;

impl Declared for Scans {
    const KIND: &'static Kind = &SCANS;
    type Parts = Parts<RunFilters<Self>, NoArgs, NoArgs, ScansVerbs>;
}

impl RunStatuses for Scans {
    const STATUSES: &'static [&'static str] = &["running", "completed", "failed"];
    const PLURAL: &'static str = "scans";
    const STATUS_HELP: &'static str = "Only scans with this status";
}

#[derive(Subcommand, Debug)]
pub enum ScansVerbs {
    /// Show a scan; its findings once completed
    Get(Item<Scans>),
}

impl Extra for ScansVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        let ScansVerbs::Get(scan) = self;
        show(ctx, &scan.fetch(ctx).await?)
    }
}

#[derive(Args, Debug)]
#[command(
    after_help = "A scan samples unclassified columns (all with --include-classified), matches general and
NZ/AU patterns (emails, +64/+61 phones, IRD and NHI numbers with their check digits, NZ bank
accounts, …) and flags columns for review. It never classifies.

Example:
  rime governance scan --database ANALYTICS --wait"
)]
pub struct ScanArgs {
    #[command(flatten)]
    pub place: Place,
    /// Also sample columns that are already classified
    #[arg(long)]
    pub include_classified: bool,
    /// Wait for the scan and show its findings (exit 9 if it fails)
    #[arg(long)]
    pub wait: bool,
    /// How often to check while waiting
    #[arg(long, default_value = "2s", value_parser = crate::commands::wait::interval)]
    pub interval: Duration,
}

pub async fn start(ctx: &Context, a: ScanArgs) -> anyhow::Result<()> {
    let mut body = json!({});
    for (k, v) in a.place.query() {
        body[k] = Value::String(v);
    }
    if a.include_classified {
        body["include_classified"] = Value::Bool(true);
    }
    let path = SCANS.collection(ctx, Scope::top()).await?;
    let scan = ctx
        .client()
        .await?
        .post(&path, body)
        .await
        .map_err(|e| e.context("could not start the PII scan"))?;
    let id = scan["id"].as_str().unwrap_or_default().to_string();
    ctx.out.status(&format!(
        "started PII scan `{id}` of {} columns",
        scan["columns_scanned"].as_u64().unwrap_or(0)
    ));
    if !a.wait {
        ctx.show(&scan, &SCANS.spec())?;
        ctx.out.status(&format!(
            "see its findings with `rime governance scans get {id}`"
        ));
        return Ok(());
    }
    let view = |s: &Value| Snapshot {
        header: format!(
            "PII scan {}: {} ({} columns)",
            s["id"].as_str().unwrap_or("?"),
            s["status"].as_str().unwrap_or("?"),
            s["columns_scanned"].as_u64().unwrap_or(0)
        ),
        items: Vec::new(),
    };
    let done = |s: &Value| s["status"] != "running";
    let scan = poll(
        ctx,
        Poll {
            path: SCANS.item_path(ctx, Scope::top(), &id).await?,
            view: &view,
            done: &done,
            reattach: format!("the scan goes on; see it with `rime governance scans get {id}`"),
            interval: a.interval,
        },
    )
    .await?;
    show(ctx, &scan)?;
    if scan["status"] == "failed" {
        return Err(CliError::Failed {
            what: format!("PII scan `{id}` failed"),
            details: vec![
                terminal_safe(scan["error"].as_str().unwrap_or("no reason given")).into_owned(),
            ],
        }
        .into());
    }
    Ok(())
}

/// A finished scan as its findings table (table format), else the scan object.
fn show(ctx: &Context, scan: &Value) -> anyhow::Result<()> {
    if !ctx.out.human() || scan["status"] != "completed" {
        return ctx.show(scan, &SCANS.spec());
    }
    ctx.out.items(&scan["findings"], &FINDINGS)?;
    ctx.out.status(&format!(
        "{} in {} scanned; flagged columns: rime governance columns list --flagged",
        crate::output::count(
            scan["findings"].as_array().map_or(0, Vec::len) as u64,
            "finding"
        ),
        crate::output::count(scan["columns_scanned"].as_u64().unwrap_or(0), "column")
    ));
    Ok(())
}
