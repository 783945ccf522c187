//! `rime pipelines` (alias `pl`): DAG definitions, their graph, versions, schedules, runs and the
//! live progress of a run.

mod definition;
mod graph;
mod runs;
mod schedule;
mod stream;
mod versions;
pub(crate) mod watch;

use clap::Subcommand;

use super::connectors::CONNECTORS;
use super::transformations::{MODELS, TRANSFORMATIONS};
use crate::context::Context;
use crate::output::ColumnKind::{Bool, Count, Text, Time};
use crate::output::{Column, col};
use crate::registry::prelude::*;
use crate::registry::refers_by_name;

pub use runs::RUNS;
pub use versions::VERSIONS;

pub static PIPELINES: Kind = Kind {
    columns: &[
        col("NAME", "name", Text),
        col("VERSION", "version", Count),
        col("STEPS", "steps", Count),
        col("SCHEDULE", "schedule.cron", Text),
        col("ENABLED", "schedule.enabled", Bool),
        col("NEXT RUN", "next_run_at", Time),
        col("ID", "id", Text),
    ],
    fields: &[
        ro("id"),
        ro("project_id"),
        field("name"),
        field("description"),
        ro("version"),
        field("steps"),
        refers("steps[].config.connector_id", &CONNECTORS),
        refers("steps[].config.transformation_id", &TRANSFORMATIONS),
        refers_by_name("steps[].config.models[]", &MODELS),
        secret("steps[].config.secret"),
        field("schedule"),
        ro("next_run_at"),
        ro("created_at"),
        ro("updated_at"),
    ],
    verbs: &[
        list("List pipelines"),
        get("Show one pipeline (`--steps`: its steps as a table)"),
        create("Create a pipeline from a YAML or JSON file and flags"),
        update("Change a pipeline; changed steps make a new version"),
        delete("Delete a pipeline with its versions and runs")
            .note(" with all its versions and runs"),
    ],
    ..Kind::project("pipeline", "Pipeline")
        .said("pipeline", "pipelines")
        .at("pipelines", "pipelines")
        .known_by(&["name"], "pln_", ("PIPELINE", "Pipeline name or id"))
        .config()
};

/// A definition's steps, as `get --steps` lists them.
const STEP_COLUMNS: &[Column] = &[
    col("KEY", "key", Text),
    col("NAME", "name", Text),
    col("TYPE", "type", Text),
    col("DEPENDS ON", "depends_on", Text),
    col("ON FAILURE", "failure_policy", Text),
    col("RETRIES", "retry.max_attempts", Count),
    col("TIMEOUT", "timeout_seconds", Count),
];
const STEP_FIELDS: &[&str] = &[
    "key",
    "name",
    "type",
    "config",
    "depends_on",
    "failure_policy",
    "retry",
    "timeout_seconds",
];

pub struct Pipelines;

impl Declared for Pipelines {
    const KIND: &'static Kind = &PIPELINES;
    type Parts =
        Parts<NoArgs, definition::DefinitionFlags, definition::DefinitionFlags, PipelineVerbs>;

    async fn update(
        ctx: &Context,
        target: &crate::registry::Target<'_>,
        flags: definition::DefinitionFlags,
    ) -> anyhow::Result<()> {
        definition::update(ctx, target, flags).await
    }
}

/// `rime pipelines …`, as `main` parses it.
pub type PipelinesArgs = Verbs<Pipelines>;

pub async fn run(ctx: &Context, args: PipelinesArgs) -> anyhow::Result<()> {
    args.run(ctx).await
}

#[derive(Subcommand, Debug)]
pub enum PipelineVerbs {
    Get(definition::GetArgs),
    /// Draw the DAG, layer by layer (or as Graphviz DOT)
    Graph(graph::GraphArgs),
    /// Versions: list, get, diff, restore
    Versions(Verbs<versions::Versions>),
    /// The schedule: show, set (with a preview), pause, resume, clear
    #[command(subcommand)]
    Schedule(schedule::ScheduleCommand),
    /// Start a run now (`--wait` or `--watch` to follow it to the end)
    Run(runs::StartArgs),
    /// Runs: list, get, cancel, watch
    Runs(Verbs<runs::Runs>),
}

impl Extra for PipelineVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            PipelineVerbs::Get(a) => definition::get(ctx, a).await,
            PipelineVerbs::Graph(a) => graph::run(ctx, a).await,
            PipelineVerbs::Versions(v) => v.run(ctx).await,
            PipelineVerbs::Schedule(c) => schedule::run(ctx, c).await,
            PipelineVerbs::Run(a) => runs::start(ctx, a).await,
            PipelineVerbs::Runs(v) => v.run(ctx).await,
        }
    }
}
