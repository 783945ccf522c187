//! Finding a project by name, identifier or id, below the context (which resolves `--project`
//! with it): by id first when the text looks like one, else by name, then by id after all.

use serde_json::Value;

use crate::error::CliError;
use crate::http::page::{PageOpts, Pager};
use crate::http::{ApiPath, Client, check_id};
use crate::output::terminal_safe;

/// Ids are opaque; the prefix only decides which lookup to try first.
pub const PROJECT_ID_PREFIX: &str = "prj_";

/// The project named (by name, identifier or id) `wanted`.
pub async fn project(client: &Client, wanted: &str) -> anyhow::Result<Value> {
    check_id(wanted)?;
    let looks_like_id = wanted.starts_with(PROJECT_ID_PREFIX);
    if looks_like_id
        && let Some(v) = client
            .get_if_exists(&ApiPath::of(["projects", wanted]))
            .await?
    {
        return Ok(v);
    }
    let mut pager = Pager::new(
        client,
        ApiPath::of(["projects"]),
        Vec::new(),
        PageOpts::default(),
    );
    while let Some(items) = pager.next_page().await? {
        if let Some(found) = items.into_iter().find(|p| {
            p["name"].as_str() == Some(wanted) || p["identifier"].as_str() == Some(wanted)
        }) {
            return Ok(found);
        }
    }
    if !looks_like_id
        && let Some(v) = client
            .get_if_exists(&ApiPath::of(["projects", wanted]))
            .await?
    {
        return Ok(v);
    }
    Err(CliError::NotFound {
        message: format!("no project named or with id `{}`", terminal_safe(wanted)),
        hint: "run `rime projects list` to see them".into(),
    }
    .into())
}
