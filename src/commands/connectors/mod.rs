//! `rime connectors` (alias `conn`): connectors, their sync runs, schema selection, schedule and file uploads.

mod catalogue;
mod crud;
mod runs;
mod schedule;
mod schema;
mod sync;
mod upload;

use clap::{Args, Subcommand};

use super::resource::{Resource, Seg};
use crate::context::Context;
use crate::output::{Column, ColumnKind};

const fn col(header: &'static str, path: &'static str, kind: ColumnKind) -> Column {
    Column { header, path, kind }
}

pub const CONNECTORS: Resource = Resource {
    kind: "connector",
    command: "connectors",
    path: &[Seg::Project, Seg::Lit("connectors")],
    columns: &[
        col("NAME", "name", ColumnKind::Text),
        col("TYPE", "type", ColumnKind::Text),
        col("STATUS", "status", ColumnKind::Status),
        col("SCHEDULE", "schedule.cron", ColumnKind::Text),
        col("LAST RUN", "last_run.status", ColumnKind::Status),
        col("LAST RUN AT", "last_run.started_at", ColumnKind::Time),
        col("NEXT RUN", "next_run_at", ColumnKind::Time),
        col("ID", "id", ColumnKind::Text),
    ],
    fields: &[
        "id",
        "project_id",
        "name",
        "type",
        "category",
        "config",
        "schedule",
        "status",
        "last_run",
        "next_run_at",
        "created_at",
        "updated_at",
    ],
    name_fields: &["name"],
    id_prefix: "con_",
};

/// A connector's runs; the parent is the connector id.
pub const RUNS: Resource = Resource {
    kind: "run",
    command: "connectors runs",
    path: &[
        Seg::Project,
        Seg::Lit("connectors"),
        Seg::Parent(0),
        Seg::Lit("runs"),
    ],
    columns: &[
        col("ID", "id", ColumnKind::Text),
        col("TRIGGER", "trigger", ColumnKind::Text),
        col("STATUS", "status", ColumnKind::Status),
        col("STARTED", "started_at", ColumnKind::Time),
        col("SECONDS", "duration_seconds", ColumnKind::Count),
        col("ROWS", "total_rows", ColumnKind::Count),
        col("TABLES", "tables_attempted", ColumnKind::Count),
        col("FAILED", "tables_failed", ColumnKind::Count),
    ],
    fields: &[
        "id",
        "connector_id",
        "project_id",
        "trigger",
        "status",
        "started_at",
        "ended_at",
        "duration_seconds",
        "total_rows",
        "tables_attempted",
        "tables_succeeded",
        "tables_failed",
        "tables",
        "error",
    ],
    name_fields: &[],
    id_prefix: "run_",
};

#[derive(Args, Debug)]
pub struct ConnectorsArgs {
    #[command(subcommand)]
    pub command: ConnectorsCommand,
}

#[derive(Subcommand, Debug)]
pub enum ConnectorsCommand {
    /// List connectors with their status, schedule, last and next run
    #[command(visible_alias = "ls")]
    List(crud::ListArgs),
    /// Show one connector
    Get(One),
    /// Create a connector (see `rime connectors types` for each type's config keys)
    Create(crud::CreateArgs),
    /// Change a connector's name or config (merge patch: only what is given changes)
    Update(crud::UpdateArgs),
    /// Delete a connector and its run history
    #[command(visible_alias = "rm")]
    Delete(One),
    /// List the connector types and their config keys
    Types,
    /// Test a connector's connection: reachability, authentication, permissions (exit 9 on failure)
    Test(One),
    /// Start a sync; with --wait, follow it to the end (exit 9 unless it completes)
    Sync(sync::SyncArgs),
    /// A connector's sync runs: list, get, cancel, watch
    Runs(runs::RunsArgs),
    /// The discovered tables and columns, and which are synced
    Schema(schema::SchemaArgs),
    /// The sync schedule: set (with a preview of the next runs), pause, resume, clear
    Schedule(schedule::ScheduleArgs),
    /// Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)
    Upload(upload::UploadArgs),
}

#[derive(Args, Debug)]
pub struct One {
    /// Connector name or id
    pub connector: String,
}

pub async fn run(ctx: &Context, args: ConnectorsArgs) -> anyhow::Result<()> {
    match args.command {
        ConnectorsCommand::List(a) => crud::list(ctx, a).await,
        ConnectorsCommand::Get(a) => {
            super::resource::get(ctx, &CONNECTORS, &[], &a.connector).await
        }
        ConnectorsCommand::Create(a) => crud::create(ctx, a).await,
        ConnectorsCommand::Update(a) => crud::update(ctx, a).await,
        ConnectorsCommand::Delete(a) => {
            super::resource::delete(ctx, &CONNECTORS, &[], &a.connector, " and its run history")
                .await
        }
        ConnectorsCommand::Types => crud::types(ctx),
        ConnectorsCommand::Test(a) => sync::test(ctx, &a.connector).await,
        ConnectorsCommand::Sync(a) => sync::sync(ctx, a).await,
        ConnectorsCommand::Runs(a) => runs::run(ctx, a).await,
        ConnectorsCommand::Schema(a) => schema::run(ctx, a).await,
        ConnectorsCommand::Schedule(a) => schedule::run(ctx, a).await,
        ConnectorsCommand::Upload(a) => upload::run(ctx, a).await,
    }
}
