//! `Lookup::Typed`: names unique per `type` (infrastructure), `TYPE/NAME` when two types share one.

use serde_json::Value;

use super::Kind;
use super::lookup::Scope;
use crate::context::Context;
use crate::error::CliError;
use crate::http::check_id;
use crate::http::page::{PageOpts, Pager};
use crate::output::terminal_safe;

impl Kind {
    /// The object a user named: an id, a name (names stored upper case, as Snowflake's are, also
    /// as typed in lower case), or `TYPE/NAME` when two types share a name. The server filters
    /// by `name` and `type`, so no list is walked.
    pub(super) async fn find_typed(
        &'static self,
        ctx: &Context,
        scope: &Scope,
        wanted: &str,
    ) -> anyhow::Result<Value> {
        check_id(wanted)?;
        let looks_like_id = wanted.starts_with(self.id_prefix);
        if looks_like_id && let Some(v) = self.get_by_id(ctx, scope, wanted).await? {
            return Ok(v);
        }
        let (kind, name) = match wanted.split_once('/') {
            Some((k, n)) if k.starts_with("snowflake_") || k.starts_with("aws_") => (Some(k), n),
            _ => (None, wanted),
        };
        let mut names = vec![name.to_string()];
        if name.to_ascii_uppercase() != name {
            names.push(name.to_ascii_uppercase());
        }
        for n in &names {
            let found = self.named(ctx, scope, kind, n).await?;
            match found.len() {
                0 => continue,
                1 => return Ok(found.into_iter().next().expect("one")),
                _ => return Err(ambiguous(&found, n)),
            }
        }
        if !looks_like_id
            && kind.is_none()
            && let Some(v) = self.get_by_id(ctx, scope, wanted).await?
        {
            return Ok(v);
        }
        Err(self.not_found(wanted, scope))
    }

    /// The objects whose stored name is `name` (optionally of one type).
    async fn named(
        &'static self,
        ctx: &Context,
        scope: &Scope,
        kind: Option<&str>,
        name: &str,
    ) -> anyhow::Result<Vec<Value>> {
        let mut query = vec![("name".to_string(), name.to_string())];
        if let Some(k) = kind {
            query.push(("type".to_string(), k.to_string()));
        }
        let client = ctx.client().await?;
        let path = self.collection(ctx, scope).await?;
        let mut pager = Pager::new(client, path, query, PageOpts::default());
        let mut found = Vec::new();
        while let Some(items) = pager.next_page().await? {
            found.extend(items);
        }
        Ok(found)
    }
}

fn ambiguous(found: &[Value], name: &str) -> anyhow::Error {
    let options: Vec<String> = found
        .iter()
        .map(|v| {
            format!(
                "{}/{}",
                v["type"].as_str().unwrap_or("?"),
                v["name"].as_str().unwrap_or("?")
            )
        })
        .collect();
    CliError::Usage(format!(
        "{} resources are named `{}`: say which with {}, or use the id",
        found.len(),
        terminal_safe(name),
        terminal_safe(&options.join(" or "))
    ))
    .into()
}
