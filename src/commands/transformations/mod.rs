//! `rime transformations` (alias `tf`): transformation projects on the registry, and the verb
//! groups for their models, runs and lineage.

mod draw;
mod follow;
mod lineage;
mod models;
mod runs;

pub use models::MODELS;
pub use runs::RUNS;

use clap::{Args, Subcommand};
use serde_json::Value;

use super::input::BodyArgs;
use crate::context::Context;
use crate::output::ColumnKind::{Count, Status, Text, Time};
use crate::output::col;
use crate::registry::{
    Body, Extra, Kind, NoArgs, Noun, Patch, Scope, Target, Verbs, create, delete, field, fixed,
    get, list, ro, update,
};

pub static TRANSFORMATIONS: Kind = Kind {
    name: "transformation",
    singular: "transformation",
    plural: "transformations",
    command: "transformations",
    path: "transformations",
    schema: "Transformation",
    names: &["name"],
    id_prefix: "tfm_",
    arg: ("TRANSFORMATION", "Transformation name or id"),
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
    config: true,
    ..Kind::BASE
};

pub struct Transformations;

impl Noun for Transformations {
    const KIND: &'static Kind = &TRANSFORMATIONS;
    type Filters = NoArgs;
    type Create = CreateFlags;
    type Update = UpdateFlags;
    type Extra = TransformationVerbs;
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

#[derive(Args, Debug)]
pub struct CreateFlags {
    /// Name (1-64 characters, unique in the project)
    #[arg(long)]
    pub name: Option<String>,
    /// kimball (the default) or data_vault; fixed once created
    #[arg(long, value_parser = ["kimball", "data_vault"])]
    pub methodology: Option<String>,
    /// Description
    #[arg(long)]
    pub description: Option<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

#[derive(Args, Debug)]
pub struct UpdateFlags {
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New description
    #[arg(long)]
    pub description: Option<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

impl Body for CreateFlags {
    async fn body(&self, _: &Context, _: &Scope) -> anyhow::Result<Value> {
        Ok(self.body.build(vec![
            ("name", text(&self.name)),
            ("methodology", text(&self.methodology)),
            ("description", text(&self.description)),
        ])?)
    }
}

impl Patch for UpdateFlags {
    async fn patch(&self, _: &Context, _: &Target<'_>) -> anyhow::Result<Value> {
        Ok(self.body.build(vec![
            ("name", text(&self.name)),
            ("description", text(&self.description)),
        ])?)
    }
}

pub fn text(v: &Option<String>) -> Option<Value> {
    v.clone().map(Value::String)
}
