//! `rime projects`: the containers of every other resource (name, identifier or id accepted).

use super::flags::{Fields, Flag, FlagTable, text};
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
    type Parts = Parts<NoArgs, Fields<CreateFlags>, Fields<UpdateFlags>>;
}

pub struct CreateFlags;

impl FlagTable for CreateFlags {
    const FLAGS: &'static [Flag] = &[
        text(
            "identifier",
            "IDENTIFIER",
            "Short identifier: lowercase letters, digits and hyphens; immutable (prefixes S3 bucket names)",
        ),
        NAME_FLAG,
        DESCRIPTION_FLAG,
    ];
}

pub struct UpdateFlags;

impl FlagTable for UpdateFlags {
    const FLAGS: &'static [Flag] = &[NAME_FLAG, DESCRIPTION_FLAG];
}

const NAME_FLAG: Flag = text("name", "NAME", "Display name (1-64 characters, unique)");
const DESCRIPTION_FLAG: Flag = text("description", "DESCRIPTION", "Description");
