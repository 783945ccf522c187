//! `rime projects`: list, get, create, update and delete projects (name, identifier or id accepted).

use clap::{Args, Subcommand};
use serde_json::Value;

use super::input::BodyArgs;
use super::resource::{self, Resource, Seg};
use crate::cli::PageArgs;
use crate::context::Context;
use crate::output::{Column, ColumnKind};

pub const PROJECTS: Resource = Resource {
    kind: "project",
    command: "projects",
    path: &[Seg::Lit("projects")],
    columns: &[
        Column {
            header: "NAME",
            path: "name",
            kind: ColumnKind::Text,
        },
        Column {
            header: "IDENTIFIER",
            path: "identifier",
            kind: ColumnKind::Text,
        },
        Column {
            header: "DESCRIPTION",
            path: "description",
            kind: ColumnKind::Text,
        },
        Column {
            header: "CREATED",
            path: "created_at",
            kind: ColumnKind::Time,
        },
        Column {
            header: "ID",
            path: "id",
            kind: ColumnKind::Text,
        },
    ],
    fields: &[
        "id",
        "name",
        "identifier",
        "description",
        "settings",
        "created_at",
        "updated_at",
    ],
    name_fields: &["name", "identifier"],
    id_prefix: "prj_",
};

#[derive(Args, Debug)]
pub struct ProjectsArgs {
    #[command(subcommand)]
    pub command: ProjectsCommand,
}

#[derive(Subcommand, Debug)]
pub enum ProjectsCommand {
    /// List projects
    #[command(visible_alias = "ls")]
    List(ProjectsListArgs),
    /// Show one project
    Get(ProjectsGetArgs),
    /// Create a project
    Create(ProjectsCreateArgs),
    /// Change a project (merge patch: only the fields given change)
    Update(ProjectsUpdateArgs),
    /// Delete a project and everything in it
    #[command(visible_alias = "rm")]
    Delete(ProjectsDeleteArgs),
}

#[derive(Args, Debug)]
pub struct ProjectsListArgs {
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Args, Debug)]
pub struct ProjectsGetArgs {
    /// Project name, identifier or id
    pub project: String,
}

#[derive(Args, Debug)]
pub struct ProjectFlags {
    /// Display name (1-64 characters, unique)
    #[arg(long)]
    pub name: Option<String>,
    /// Description
    #[arg(long)]
    pub description: Option<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

#[derive(Args, Debug)]
pub struct ProjectsCreateArgs {
    /// Short identifier: lowercase letters, digits and hyphens; immutable (prefixes S3 bucket names)
    #[arg(long)]
    pub identifier: Option<String>,
    #[command(flatten)]
    pub flags: ProjectFlags,
}

#[derive(Args, Debug)]
pub struct ProjectsUpdateArgs {
    /// Project name, identifier or id
    pub project: String,
    #[command(flatten)]
    pub flags: ProjectFlags,
}

#[derive(Args, Debug)]
pub struct ProjectsDeleteArgs {
    /// Project name, identifier or id
    pub project: String,
}

fn text(v: &Option<String>) -> Option<Value> {
    v.clone().map(Value::String)
}

pub async fn run(ctx: &Context, args: ProjectsArgs) -> anyhow::Result<()> {
    match args.command {
        ProjectsCommand::List(a) => resource::list(ctx, &PROJECTS, &[], Vec::new(), &a.page).await,
        ProjectsCommand::Get(a) => {
            let project = if ctx.client().await?.is_api_key() {
                let id = ctx.project_named(&a.project).await?;
                ctx.client()
                    .await?
                    .get(&PROJECTS.item_path(ctx, &[], &id).await?)
                    .await?
            } else {
                PROJECTS.find(ctx, &[], &a.project).await?
            };
            ctx.show(&project, &PROJECTS.spec())
        }
        ProjectsCommand::Create(a) => {
            let body = a.flags.body.build(vec![
                ("name", text(&a.flags.name)),
                ("identifier", text(&a.identifier)),
                ("description", text(&a.flags.description)),
            ])?;
            resource::create(ctx, &PROJECTS, &[], body).await.map(drop)
        }
        ProjectsCommand::Update(a) => {
            let patch = a.flags.body.build(vec![
                ("name", text(&a.flags.name)),
                ("description", text(&a.flags.description)),
            ])?;
            let id = ctx.project_named(&a.project).await?;
            resource::update(ctx, &PROJECTS, &[], &id, patch)
                .await
                .map(drop)
        }
        ProjectsCommand::Delete(a) => {
            resource::delete(ctx, &PROJECTS, &[], &a.project, " and every resource in it").await
        }
    }
}
