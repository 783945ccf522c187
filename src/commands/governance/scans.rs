//! `rime governance scan` (start, optionally `--wait` for the findings) and `scans list|get`.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::ListArgs;
use crate::commands::wait::{Poll, poll};
use crate::context::Context;
use crate::error::CliError;
use crate::output::col;
use crate::output::progress::Snapshot;
use crate::output::{Column, ColumnKind, Format, ListSpec, terminal_safe};
use crate::registry::{Kind, Parent, Scope, ro, verbs};

pub static SCANS: Kind = Kind {
    name: "pii_scan",
    singular: "PII scan",
    plural: "PII scans",
    command: "governance scans",
    parent: Parent::Project,
    path: "governance/pii-scans",
    schema: "PiiScan",
    names: &[],
    id_prefix: "pii_",
    arg: ("SCAN", "Scan id"),
    columns: &[
        col("ID", "id", ColumnKind::Text),
        col("STATUS", "status", ColumnKind::Status),
        col("COLUMNS", "columns_scanned", ColumnKind::Count),
        col("FINDINGS", "findings", ColumnKind::Count),
        col("STARTED", "started_at", ColumnKind::Time),
        col("ENDED", "ended_at", ColumnKind::Time),
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
    ..Kind::BASE
};

const FINDING_COLUMNS: &[Column] = &[
    Column {
        header: "PATH",
        path: "path",
        kind: ColumnKind::Text,
    },
    Column {
        header: "PII",
        path: "pii_type",
        kind: ColumnKind::Text,
    },
    Column {
        header: "CONFIDENCE",
        path: "confidence",
        kind: ColumnKind::Count,
    },
    Column {
        header: "MATCHED",
        path: "samples_matched",
        kind: ColumnKind::Count,
    },
    Column {
        header: "SAMPLED",
        path: "samples_total",
        kind: ColumnKind::Count,
    },
];

#[derive(Args, Debug)]
#[command(
    after_help = "A scan samples unclassified columns (all with --include-classified), matches general and
NZ/AU patterns (emails, +64/+61 phones, IRD and NHI numbers with their check digits, NZ bank
accounts, …) and flags columns for review. It never classifies.

Example:
  rime governance scan --database ANALYTICS --wait"
)]
pub struct ScanArgs {
    /// Only this database
    #[arg(long)]
    pub database: Option<String>,
    /// Only this schema
    #[arg(long)]
    pub schema: Option<String>,
    /// Only this table
    #[arg(long)]
    pub table: Option<String>,
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

#[derive(Args, Debug)]
pub struct ScansArgs {
    #[command(subcommand)]
    pub command: ScansCommand,
}

#[derive(Subcommand, Debug)]
pub enum ScansCommand {
    /// List PII scans, newest first
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show a scan; its findings once completed
    Get(ScanId),
}

#[derive(Args, Debug)]
pub struct ScanId {
    /// Scan id
    pub id: String,
}

pub async fn start(ctx: &Context, a: ScanArgs) -> anyhow::Result<()> {
    let mut body = json!({});
    for (k, v) in [
        ("database", &a.database),
        ("schema", &a.schema),
        ("table", &a.table),
    ] {
        if let Some(v) = v {
            body[k] = Value::String(v.clone());
        }
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
    let plain = ctx.out.format() == Format::Table
        && ctx.settings.jq.is_none()
        && ctx.settings.fields.is_none();
    if !plain || scan["status"] != "completed" {
        return ctx.show(scan, &SCANS.spec());
    }
    let findings = scan["findings"].as_array().cloned().unwrap_or_default();
    let mut w = ctx.out.list(&ListSpec {
        columns: FINDING_COLUMNS,
        known_fields: &[],
    })?;
    for f in &findings {
        w.push(f)?;
    }
    w.finish()?;
    ctx.out.status(&format!(
        "{} in {} scanned; flagged columns: rime governance columns list --flagged",
        crate::output::count(findings.len() as u64, "finding"),
        crate::output::count(scan["columns_scanned"].as_u64().unwrap_or(0), "column")
    ));
    Ok(())
}

pub async fn run(ctx: &Context, args: ScansArgs) -> anyhow::Result<()> {
    match args.command {
        ScansCommand::List(a) => verbs::list(ctx, &SCANS, Scope::top(), Vec::new(), &a.page).await,
        ScansCommand::Get(a) => {
            let scan = SCANS.find(ctx, Scope::top(), &a.id).await?;
            show(ctx, &scan)
        }
    }
}
