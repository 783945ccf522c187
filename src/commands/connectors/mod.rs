//! `rime connectors` (alias `conn`): connectors, their sync runs, schema selection, schedule and file uploads.

mod catalogue;
mod crud;
mod runs;
mod schedule;
mod schema;
mod sync;
mod upload;

use clap::Subcommand;

use crate::context::Context;
use crate::output::ColumnKind::{Status, Text, Time};
use crate::output::col;
use crate::registry::prelude::*;
use crate::registry::secrets_in;

pub use runs::RUNS;
pub use schema::SCHEMA;

pub static CONNECTORS: Kind = Kind {
    columns: &[
        col("NAME", "name", Text),
        col("TYPE", "type", Text),
        col("STATUS", "status", Status),
        col("SCHEDULE", "schedule.cron", Text),
        col("LAST RUN", "last_run.status", Status),
        col("LAST RUN AT", "last_run.started_at", Time),
        col("NEXT RUN", "next_run_at", Time),
        col("ID", "id", Text),
    ],
    fields: &[
        ro("id"),
        ro("project_id"),
        field("name"),
        fixed("type"),
        ro("category"),
        // Its keys depend on `type`; which of them are write-only, the catalogue knows.
        secrets_in("config", rime_catalogue::secret_keys),
        field("schedule"),
        field("schedule.cron"),
        field("schedule.timezone"),
        field("schedule.enabled"),
        ro("status"),
        ro("last_run"),
        ro("next_run_at"),
        ro("created_at"),
        ro("updated_at"),
    ],
    verbs: &[
        list("List connectors with their status, schedule, last and next run"),
        get("Show one connector"),
        create("Create a connector (see `rime connectors types` for each type's config keys)"),
        update("Change a connector's name or config (merge patch: only what is given changes)"),
        delete("Delete a connector and its run history").note(" and its run history"),
        action(
            "test",
            "test",
            "tested",
            "Test a connector's connection: reachability, authentication, permissions (exit 9 on failure)",
        ),
        action(
            "sync",
            "sync",
            "started",
            "Start a sync; with --wait, follow it to the end (exit 9 unless it completes)",
        ),
        action(
            "upload",
            "upload",
            "uploaded",
            "Upload a CSV or JSON file to a file connector (streamed, up to 100 MiB)",
        ),
    ],
    ..Kind::project("connector", "Connector")
        .said("connector", "connectors")
        .at("connectors", "connectors")
        .known_by(&["name"], "con_", ("CONNECTOR", "Connector name or id"))
        .config()
};

pub struct Connectors;

impl Declared for Connectors {
    const KIND: &'static Kind = &CONNECTORS;
    type Parts =
        Parts<crud::ConnectorFilters, crud::CreateFlags, crud::ConfigFlags, ConnectorVerbs>;
}

#[derive(Subcommand, Debug)]
pub enum ConnectorVerbs {
    /// List the connector types and their config keys
    Types,
    Test(Item<Connectors>),
    Sync(sync::SyncArgs),
    /// A connector's sync runs: list, get, cancel, watch
    Runs(Verbs<runs::Runs>),
    /// The discovered tables and columns, and which are synced
    Schema(Verbs<schema::Schema>),
    /// The sync schedule: set (with a preview of the next runs), pause, resume, clear
    Schedule {
        #[command(subcommand)]
        verb: schedule::ScheduleVerbs,
    },
    Upload(upload::UploadArgs),
}

impl Extra for ConnectorVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            ConnectorVerbs::Types => crud::types(ctx),
            ConnectorVerbs::Test(c) => sync::test(ctx, &c).await,
            ConnectorVerbs::Sync(a) => sync::sync(ctx, a).await,
            ConnectorVerbs::Runs(v) => v.run(ctx).await,
            ConnectorVerbs::Schema(v) => v.run(ctx).await,
            ConnectorVerbs::Schedule { verb } => verb.run(ctx).await,
            ConnectorVerbs::Upload(a) => upload::run(ctx, a).await,
        }
    }
}
