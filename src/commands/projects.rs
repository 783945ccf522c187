//! `rime projects`: the containers of every other resource (name, identifier or id accepted).

use clap::Args;
use serde_json::Value;

use super::input::BodyArgs;
use super::secrets;
use crate::context::Context;
use crate::output::ColumnKind::Text;
use crate::registry::prelude::*;

pub static PROJECTS: Kind = Kind {
    lookup: Lookup::Project,
    columns: &[
        NAME,
        col("IDENTIFIER", "identifier", Text),
        col("DESCRIPTION", "description", Text),
        CREATED,
        ID,
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
    ..Kind::tenant("project", "Project")
        .said("project", "projects")
        .at("projects", "projects")
        .known_by(
            &["name", "identifier"],
            "prj_",
            ("PROJECT", "Project name, identifier or id"),
        )
        .config()
};

pub struct Projects;

impl Declared for Projects {
    const KIND: &'static Kind = &PROJECTS;
    type Parts = Parts<NoArgs, ProjectsCreateArgs, ProjectFlags>;
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
