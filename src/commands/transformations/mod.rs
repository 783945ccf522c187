//! `rime transformations` (alias `tf`): transformation projects, and the verb groups for their
//! models, runs and lineage.

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
use crate::cli::PageArgs;
use crate::context::Context;
use crate::error::CliError;
use crate::output::col;
use crate::output::{ColumnKind, terminal_safe};
use crate::registry::{Kind, Parent, Scope, field, fixed, ro, verbs};

pub static TRANSFORMATIONS: Kind = Kind {
    name: "transformation",
    singular: "transformation",
    plural: "transformations",
    command: "transformations",
    parent: Parent::Project,
    path: "transformations",
    schema: "Transformation",
    names: &["name"],
    id_prefix: "tfm_",
    arg: ("TRANSFORMATION", "Transformation name or id"),
    columns: &[
        col("NAME", "name", ColumnKind::Text),
        col("METHODOLOGY", "methodology", ColumnKind::Text),
        col("MODELS", "model_count", ColumnKind::Count),
        col("LAST RUN", "last_run.status", ColumnKind::Status),
        col("DESCRIPTION", "description", ColumnKind::Text),
        col("CREATED", "created_at", ColumnKind::Time),
        col("ID", "id", ColumnKind::Text),
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
    config: true,
    ..Kind::BASE
};

#[derive(Args, Debug)]
pub struct TransformationsArgs {
    #[command(subcommand)]
    pub command: TransformationsCommand,
}

#[derive(Subcommand, Debug)]
pub enum TransformationsCommand {
    /// List the project's transformations
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one transformation
    Get(TransformationArg),
    /// Create a transformation (Kimball by default; Data Vault needs the business tier)
    Create(CreateArgs),
    /// Rename a transformation or change its description (the methodology is fixed)
    Update(UpdateArgs),
    /// Delete a transformation with its models and runs
    #[command(visible_alias = "rm")]
    Delete(TransformationArg),
    /// Models of a transformation: list, get, create, update, delete
    #[command(visible_alias = "model")]
    Models(models::ModelsArgs),
    /// Run every model, or some with everything upstream of them
    Run(runs::RunArgs),
    /// Runs of a transformation: list, get, cancel, watch
    Runs(runs::RunsArgs),
    /// Draw the lineage graph: a tree, Graphviz DOT, or JSON
    Lineage(lineage::LineageArgs),
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Args, Debug)]
pub struct TransformationArg {
    /// Transformation name or id
    pub transformation: String,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
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
pub struct UpdateArgs {
    /// Transformation name or id
    pub transformation: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New description
    #[arg(long)]
    pub description: Option<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

pub fn text(v: &Option<String>) -> Option<Value> {
    v.clone().map(Value::String)
}

/// A model or run not found: the hint names the list command with its transformation.
pub fn hint_list<T>(r: anyhow::Result<T>, noun: &str, transformation: &str) -> anyhow::Result<T> {
    r.map_err(|e| match e.downcast::<CliError>() {
        Ok(CliError::NotFound { message, .. }) => CliError::NotFound {
            message,
            hint: format!(
                "run `rime transformations {noun} list {}` to see them",
                terminal_safe(transformation)
            ),
        }
        .into(),
        Ok(other) => other.into(),
        Err(e) => e,
    })
}

/// The id of the transformation named (by name or id) `name_or_id`.
pub async fn transformation_id(ctx: &Context, name_or_id: &str) -> anyhow::Result<String> {
    TRANSFORMATIONS.id_of(ctx, Scope::top(), name_or_id).await
}

pub async fn run(ctx: &Context, args: TransformationsArgs) -> anyhow::Result<()> {
    match args.command {
        TransformationsCommand::List(a) => {
            verbs::list(ctx, &TRANSFORMATIONS, Scope::top(), Vec::new(), &a.page).await
        }
        TransformationsCommand::Get(a) => {
            verbs::get(ctx, &TRANSFORMATIONS, Scope::top(), &a.transformation).await
        }
        TransformationsCommand::Create(a) => {
            let body = a.body.build(vec![
                ("name", text(&a.name)),
                ("methodology", text(&a.methodology)),
                ("description", text(&a.description)),
            ])?;
            verbs::create(ctx, &TRANSFORMATIONS, Scope::top(), body)
                .await
                .map(drop)
        }
        TransformationsCommand::Update(a) => {
            let patch = a.body.build(vec![
                ("name", text(&a.name)),
                ("description", text(&a.description)),
            ])?;
            verbs::patch(
                ctx,
                &TRANSFORMATIONS,
                Scope::top(),
                &a.transformation,
                patch,
            )
            .await
            .map(drop)
        }
        TransformationsCommand::Delete(a) => {
            verbs::delete(
                ctx,
                &TRANSFORMATIONS,
                Scope::top(),
                &a.transformation,
                " with its models and runs",
            )
            .await
        }
        TransformationsCommand::Models(a) => models::run(ctx, a).await,
        TransformationsCommand::Run(a) => runs::start(ctx, a).await,
        TransformationsCommand::Runs(a) => runs::run(ctx, a).await,
        TransformationsCommand::Lineage(a) => lineage::run(ctx, a).await,
    }
}
