//! `rime connectors` (alias `conn`): connectors, their sync runs, schema selection, schedule and file uploads.

mod catalogue;
mod crud;
mod runs;
mod schedule;
mod schema;
mod sync;
mod upload;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::output::ColumnKind;
use crate::output::col;
use crate::registry::{Kind, Parent, ParentArg, Scope, field, fixed, ro, secret, verbs};

pub static CONNECTORS: Kind = Kind {
    name: "connector",
    singular: "connector",
    plural: "connectors",
    command: "connectors",
    parent: Parent::Project,
    path: "connectors",
    schema: "Connector",
    names: &["name"],
    id_prefix: "con_",
    arg: ("CONNECTOR", "Connector name or id"),
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
        ro("id"),
        ro("project_id"),
        field("name"),
        fixed("type"),
        ro("category"),
        field("config"),
        field("schedule"),
        ro("status"),
        ro("last_run"),
        ro("next_run_at"),
        ro("created_at"),
        ro("updated_at"),
        secret("config.password"),
        secret("config.connection_uri"),
        secret("config.refresh_token"),
        secret("config.access_token"),
        secret("config.api_token"),
        secret("config.token"),
        secret("config.auth.api_key"),
        secret("config.auth.token"),
        secret("config.auth.password"),
        secret("config.auth.client_secret"),
    ],
    config: true,
    ..Kind::BASE
};

/// A connector's runs; the parent is the connector id.
pub static RUNS: Kind = Kind {
    name: "connector_run",
    singular: "run",
    plural: "runs",
    command: "connectors runs",
    parent: Parent::Kind(&CONNECTORS),
    path: "runs",
    schema: "Run",
    names: &[],
    id_prefix: "run_",
    arg: ("RUN", "Run id"),
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
        ro("id"),
        ro("connector_id"),
        ro("project_id"),
        ro("trigger"),
        ro("status"),
        ro("started_at"),
        ro("ended_at"),
        ro("duration_seconds"),
        ro("total_rows"),
        ro("tables_attempted"),
        ro("tables_succeeded"),
        ro("tables_failed"),
        ro("tables"),
        ro("error"),
    ],
    parent_arg: ParentArg::Flag {
        long: "connector",
        short: Some('c'),
        help: "The run's connector (name or id); without it every connector of the project is searched",
    },
    ..Kind::BASE
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
        ConnectorsCommand::Get(a) => verbs::get(ctx, &CONNECTORS, Scope::top(), &a.connector).await,
        ConnectorsCommand::Create(a) => crud::create(ctx, a).await,
        ConnectorsCommand::Update(a) => crud::update(ctx, a).await,
        ConnectorsCommand::Delete(a) => {
            verbs::delete(
                ctx,
                &CONNECTORS,
                Scope::top(),
                &a.connector,
                " and its run history",
            )
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
