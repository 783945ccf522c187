//! `rime pipelines` (alias `pl`): DAG definitions, their graph, versions, schedules, runs and the
//! live progress of a run.

mod definition;
mod graph;
mod runs;
mod schedule;
mod stream;
mod versions;
pub(crate) mod watch;

use clap::{Args, Subcommand};
use serde_json::Value;

use super::connectors::CONNECTORS;
use super::transformations::TRANSFORMATIONS;
use crate::context::Context;
use crate::output::col;
use crate::output::{Column, ColumnKind};
use crate::registry::{Kind, Parent, Scope, field, refers, ro};

pub static PIPELINES: Kind = Kind {
    name: "pipeline",
    singular: "pipeline",
    plural: "pipelines",
    command: "pipelines",
    parent: Parent::Project,
    path: "pipelines",
    schema: "Pipeline",
    names: &["name"],
    id_prefix: "pln_",
    arg: ("PIPELINE", "Pipeline name or id"),
    columns: &[
        col("NAME", "name", ColumnKind::Text),
        col("VERSION", "version", ColumnKind::Count),
        col("STEPS", "steps", ColumnKind::Count),
        col("SCHEDULE", "schedule.cron", ColumnKind::Text),
        col("ENABLED", "schedule.enabled", ColumnKind::Bool),
        col("NEXT RUN", "next_run_at", ColumnKind::Time),
        col("ID", "id", ColumnKind::Text),
    ],
    fields: &[
        ro("id"),
        ro("project_id"),
        field("name"),
        field("description"),
        ro("version"),
        field("steps"),
        field("schedule"),
        ro("next_run_at"),
        ro("created_at"),
        ro("updated_at"),
        refers("steps[].config.connector_id", &CONNECTORS),
        refers("steps[].config.transformation_id", &TRANSFORMATIONS),
    ],
    config: true,
    ..Kind::BASE
};

pub const STEP_COLUMNS: &[Column] = &[
    col("KEY", "key", ColumnKind::Text),
    col("NAME", "name", ColumnKind::Text),
    col("TYPE", "type", ColumnKind::Text),
    col("DEPENDS ON", "depends_on", ColumnKind::Text),
    col("ON FAILURE", "failure_policy", ColumnKind::Text),
    col("RETRIES", "retry.max_attempts", ColumnKind::Count),
    col("TIMEOUT", "timeout_seconds", ColumnKind::Count),
];
pub const STEP_FIELDS: &[&str] = &[
    "key",
    "name",
    "type",
    "config",
    "depends_on",
    "failure_policy",
    "retry",
    "timeout_seconds",
];

pub static VERSIONS: Kind = Kind {
    name: "pipeline_version",
    singular: "version",
    plural: "versions",
    command: "pipelines versions",
    parent: Parent::Kind(&PIPELINES),
    path: "versions",
    schema: "PipelineVersion",
    names: &[],
    id_prefix: "",
    arg: ("VERSION", "Version number"),
    columns: &[
        col("VERSION", "version", ColumnKind::Count),
        col("CURRENT", "is_current", ColumnKind::Bool),
        col("STEPS", "steps", ColumnKind::Count),
        col("CREATED", "created_at", ColumnKind::Time),
        col("CREATED BY", "created_by", ColumnKind::Text),
    ],
    fields: &[
        ro("version"),
        ro("is_current"),
        ro("pipeline_id"),
        ro("created_at"),
        ro("created_by"),
        ro("steps"),
    ],
    ..Kind::BASE
};

pub static RUNS: Kind = Kind {
    name: "pipeline_run",
    singular: "run",
    plural: "runs",
    command: "pipelines runs",
    parent: Parent::Kind(&PIPELINES),
    path: "runs",
    schema: "PipelineRun",
    names: &[],
    id_prefix: "plr_",
    arg: ("RUN", "Run id"),
    columns: &[
        col("ID", "id", ColumnKind::Text),
        col("STATUS", "status", ColumnKind::Status),
        col("TRIGGER", "trigger", ColumnKind::Text),
        col("VERSION", "version", ColumnKind::Count),
        col("STARTED", "started_at", ColumnKind::Time),
        col("SECONDS", "duration_seconds", ColumnKind::Count),
        col("DONE", "counts.completed", ColumnKind::Count),
        col("STEPS", "steps", ColumnKind::Count),
    ],
    fields: &[
        ro("id"),
        ro("pipeline_id"),
        ro("project_id"),
        ro("version"),
        ro("trigger"),
        ro("status"),
        ro("created_at"),
        ro("started_at"),
        ro("ended_at"),
        ro("duration_seconds"),
        ro("cancelled_by"),
        ro("counts"),
        ro("steps"),
    ],
    ..Kind::BASE
};

#[derive(Args, Debug)]
pub struct PipelinesArgs {
    #[command(subcommand)]
    pub command: PipelinesCommand,
}

#[derive(Subcommand, Debug)]
pub enum PipelinesCommand {
    /// List pipelines
    #[command(visible_alias = "ls")]
    List(definition::ListArgs),
    /// Show one pipeline (`--steps`: its steps as a table)
    Get(definition::GetArgs),
    /// Create a pipeline from a YAML or JSON file and flags
    Create(definition::CreateArgs),
    /// Change a pipeline; changed steps make a new version
    Update(definition::UpdateArgs),
    /// Delete a pipeline with its versions and runs
    #[command(visible_alias = "rm")]
    Delete(definition::DeleteArgs),
    /// Draw the DAG, layer by layer (or as Graphviz DOT)
    Graph(graph::GraphArgs),
    /// Versions: list, get, diff, restore
    #[command(subcommand)]
    Versions(versions::VersionsCommand),
    /// The schedule: show, set (with a preview), pause, resume, clear
    #[command(subcommand)]
    Schedule(schedule::ScheduleCommand),
    /// Start a run now (`--wait` or `--watch` to follow it to the end)
    Run(runs::RunArgs),
    /// Runs: list, get, cancel, watch
    #[command(subcommand)]
    Runs(runs::RunsCommand),
}

pub async fn run(ctx: &Context, args: PipelinesArgs) -> anyhow::Result<()> {
    match args.command {
        PipelinesCommand::List(a) => definition::list(ctx, a).await,
        PipelinesCommand::Get(a) => definition::get(ctx, a).await,
        PipelinesCommand::Create(a) => definition::create(ctx, a).await,
        PipelinesCommand::Update(a) => definition::update(ctx, a).await,
        PipelinesCommand::Delete(a) => definition::delete(ctx, a).await,
        PipelinesCommand::Graph(a) => graph::run(ctx, a).await,
        PipelinesCommand::Versions(c) => versions::run(ctx, c).await,
        PipelinesCommand::Schedule(c) => schedule::run(ctx, c).await,
        PipelinesCommand::Run(a) => runs::start(ctx, a).await,
        PipelinesCommand::Runs(c) => runs::run(ctx, c).await,
    }
}

/// The pipeline named (by name or id) in the current project.
pub async fn find(ctx: &Context, name_or_id: &str) -> anyhow::Result<Value> {
    PIPELINES.find(ctx, Scope::top(), name_or_id).await
}

/// A pipeline's id and a readable label.
pub fn id_label(p: &Value) -> (String, String) {
    (
        p["id"].as_str().unwrap_or_default().to_string(),
        PIPELINES.label(p),
    )
}
