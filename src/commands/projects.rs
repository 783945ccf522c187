//! `rime projects`: the containers of every other resource (name, identifier or id accepted).

use clap::Args;
use serde_json::Value;

use super::input::BodyArgs;
use super::secrets;
use crate::context::Context;
use crate::output::ColumnKind::{Text, Time};
use crate::output::col;
use crate::registry::{
    Body, Kind, Lookup, NoArgs, NoVerbs, Noun, Parent, Patch, Scope, Target, create, delete, field,
    fixed, get, list, ro, secret, update,
};

pub static PROJECTS: Kind = Kind {
    name: "project",
    singular: "project",
    plural: "projects",
    command: "projects",
    parent: Parent::Tenant,
    path: "projects",
    schema: "Project",
    names: &["name", "identifier"],
    id_prefix: "prj_",
    lookup: Lookup::Project,
    arg: ("PROJECT", "Project name, identifier or id"),
    columns: &[
        col("NAME", "name", Text),
        col("IDENTIFIER", "identifier", Text),
        col("DESCRIPTION", "description", Text),
        col("CREATED", "created_at", Time),
        col("ID", "id", Text),
    ],
    fields: &[
        ro("id"),
        field("name"),
        fixed("identifier"),
        field("description"),
        field("settings"),
        secret("settings.snowflake.password"),
        secret("settings.snowflake.private_key"),
        secret("settings.aws.secret_access_key"),
        ro("created_at"),
        ro("updated_at"),
    ],
    verbs: &[
        list("List projects"),
        get("Show one project"),
        create("Create a project"),
        update("Change a project (merge patch: only the fields given change)"),
        delete("Delete a project and everything in it").note(" and every resource in it"),
    ],
    config: true,
    ..Kind::BASE
};

pub struct Projects;

impl Noun for Projects {
    const KIND: &'static Kind = &PROJECTS;
    type Filters = NoArgs;
    type Create = ProjectsCreateArgs;
    type Update = ProjectFlags;
    type Extra = NoVerbs;
}

#[derive(Args, Debug)]
pub struct ProjectFlags {
    /// Display name (1-64 characters, unique)
    #[arg(long)]
    pub name: Option<String>,
    /// Description
    #[arg(long)]
    pub description: Option<String>,
    /// A connection secret of `settings` from standard input (KEY=-) or a file (KEY=@FILE):
    /// snowflake.password, snowflake.private_key or aws.secret_access_key
    #[arg(long, value_name = secrets::VALUE_NAME)]
    pub secret: Vec<String>,
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

fn text(v: &Option<String>) -> Option<Value> {
    v.clone().map(Value::String)
}

impl Body for ProjectsCreateArgs {
    async fn body(&self, _: &Context, _: &Scope) -> anyhow::Result<Value> {
        let f = &self.flags;
        let mut body = f.body.build(vec![
            ("name", text(&f.name)),
            ("identifier", text(&self.identifier)),
            ("description", text(&f.description)),
        ])?;
        secrets::apply(&mut body, &f.secret, &f.body.set, &PROJECTS, "settings")?;
        Ok(body)
    }
}

impl Patch for ProjectFlags {
    async fn patch(&self, _: &Context, _: &Target<'_>) -> anyhow::Result<Value> {
        let mut patch = self.body.build(vec![
            ("name", text(&self.name)),
            ("description", text(&self.description)),
        ])?;
        secrets::apply(
            &mut patch,
            &self.secret,
            &self.body.set,
            &PROJECTS,
            "settings",
        )?;
        Ok(patch)
    }
}
