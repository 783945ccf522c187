//! `rime transformations` (alias `tf`): transformation projects on the registry, and the verb
//! groups for their models, runs and lineage.

mod draw;
mod follow;
mod lineage;
mod models;
mod runs;

pub use models::MODELS;
pub use runs::RUNS;

use clap::Subcommand;

use super::flags::{Fields, Flag, FlagTable, text};
use crate::context::Context;
use crate::output::ColumnKind::{Count, Status, Text, Time};
use crate::output::col;
use crate::registry::prelude::*;

pub static TRANSFORMATIONS: Kind = Kind {
    columns: &[
        col("NAME", "name", Text),
        col("METHODOLOGY", "methodology", Text),
        col("MODELS", "model_count", Count),
        col("LAST RUN", "last_run.status", Status),
        col("DESCRIPTION", "description", Text),
        col("CREATED", "created_at", Time),
        col("ID", "id", Text),
    ],
    fields: &[
        ro("id"),
        ro("project_id"),
        field("name"),
        fixed("methodology"),
        field("description"),
        ro("model_count"),
        ro("last_run"),
        ro("created_at"),
        ro("updated_at"),
    ],
    verbs: &[
        list("List the project's transformations"),
        get("Show one transformation"),
        create("Create a transformation (Kimball by default; Data Vault needs the business tier)"),
        update("Rename a transformation or change its description (the methodology is fixed)"),
        delete("Delete a transformation with its models and runs")
            .note(" with its models and runs"),
    ],
    ..Kind::project("transformation", "Transformation")
        .said("transformation", "transformations")
        .at("transformations", "transformations")
        .known_by(
            &["name"],
            "tfm_",
            ("TRANSFORMATION", "Transformation name or id"),
        )
        .config()
};

pub struct Transformations;

impl Declared for Transformations {
    const KIND: &'static Kind = &TRANSFORMATIONS;
    type Parts = Parts<NoArgs, Fields<CreateFlags>, Fields<UpdateFlags>, TransformationVerbs>;
}

/// `rime transformations …`, as `main` parses it.
pub type TransformationsArgs = Verbs<Transformations>;

pub async fn run(ctx: &Context, args: TransformationsArgs) -> anyhow::Result<()> {
    args.run(ctx).await
}

#[derive(Subcommand, Debug)]
pub enum TransformationVerbs {
    /// Models of a transformation: list, get, create, update, delete
    #[command(visible_alias = "model")]
    Models(Verbs<models::Models>),
    /// Run every model, or some with everything upstream of them
    Run(runs::StartArgs),
    /// Runs of a transformation: list, get, cancel, watch
    Runs(Verbs<runs::Runs>),
    /// Draw the lineage graph: a tree, Graphviz DOT, or JSON
    Lineage(lineage::LineageArgs),
}

impl Extra for TransformationVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            TransformationVerbs::Models(v) => v.run(ctx).await,
            TransformationVerbs::Run(a) => runs::start(ctx, a).await,
            TransformationVerbs::Runs(v) => v.run(ctx).await,
            TransformationVerbs::Lineage(a) => lineage::run(ctx, a).await,
        }
    }
}

pub struct CreateFlags;

impl FlagTable for CreateFlags {
    const FLAGS: &'static [Flag] = &[
        text(
            "name",
            "NAME",
            "Name (1-64 characters, unique in the project)",
        ),
        text(
            "methodology",
            "METHODOLOGY",
            "kimball (the default) or data_vault; fixed once created",
        )
        .one_of(&["kimball", "data_vault"]),
        text("description", "DESCRIPTION", "Description"),
    ];
}

pub struct UpdateFlags;

impl FlagTable for UpdateFlags {
    const FLAGS: &'static [Flag] = &[
        text("name", "NAME", "New name"),
        text("description", "DESCRIPTION", "New description"),
    ];
}
