//! Shared list/get/create/update/delete over a small resource description: a new resource is its
//! path, columns and fields, not a copy of another command file.

use serde_json::Value;

use crate::cli::PageArgs;
use crate::context::Context;
use crate::error::{CliError, HintExt};
use crate::http::page::{PageOpts, Pager};
use crate::http::{ApiError, ApiPath, check_id};
use crate::output::{Column, ListSpec, terminal_safe};

/// One segment of a collection path.
pub enum Seg {
    Lit(&'static str),
    /// The selected project's id.
    Project,
    /// The n-th resolved parent id passed by the caller (a connector for its runs, …).
    Parent(usize),
}

pub struct Resource {
    /// Singular, for messages: "project".
    pub kind: &'static str,
    /// The command that lists them, for hints: "projects", "connectors runs".
    pub command: &'static str,
    pub path: &'static [Seg],
    pub columns: &'static [Column],
    /// Known top-level fields (`--fields` is checked against them).
    pub fields: &'static [&'static str],
    /// Fields a user may name the resource by (besides its id); empty = ids only.
    pub name_fields: &'static [&'static str],
    /// Id prefix used only to decide which lookup to try first (ids stay opaque).
    pub id_prefix: &'static str,
}

impl Resource {
    pub fn spec(&self) -> ListSpec<'static> {
        ListSpec {
            columns: self.columns,
            known_fields: self.fields,
        }
    }

    pub async fn collection(&self, ctx: &Context, parents: &[&str]) -> anyhow::Result<ApiPath> {
        let mut path = ApiPath::root();
        for seg in self.path {
            path = match seg {
                Seg::Lit(s) => path.seg(s),
                Seg::Project => path.seg("projects").seg(Box::pin(ctx.project_id()).await?),
                Seg::Parent(i) => path.seg(parents.get(*i).copied().unwrap_or_default()),
            };
        }
        Ok(path)
    }

    pub async fn item_path(
        &self,
        ctx: &Context,
        parents: &[&str],
        id: &str,
    ) -> anyhow::Result<ApiPath> {
        check_id(id)?;
        Ok(self.collection(ctx, parents).await?.seg(id))
    }

    /// The object named by `name_or_id`: by id first when it looks like one, else by name.
    pub async fn find(
        &self,
        ctx: &Context,
        parents: &[&str],
        name_or_id: &str,
    ) -> anyhow::Result<Value> {
        check_id(name_or_id)?;
        let looks_like_id = !self.id_prefix.is_empty() && name_or_id.starts_with(self.id_prefix);
        if looks_like_id || self.name_fields.is_empty() {
            match self.get_by_id(ctx, parents, name_or_id).await? {
                Some(v) => return Ok(v),
                None if self.name_fields.is_empty() => return Err(self.not_found(name_or_id)),
                None => {}
            }
        }
        if let Some(v) = self.find_by_name(ctx, parents, name_or_id).await? {
            return Ok(v);
        }
        if !looks_like_id && let Some(v) = self.get_by_id(ctx, parents, name_or_id).await? {
            return Ok(v);
        }
        Err(self.not_found(name_or_id))
    }

    pub async fn id_of(
        &self,
        ctx: &Context,
        parents: &[&str],
        name_or_id: &str,
    ) -> anyhow::Result<String> {
        let v = self.find(ctx, parents, name_or_id).await?;
        Ok(v["id"].as_str().unwrap_or(name_or_id).to_string())
    }

    async fn get_by_id(
        &self,
        ctx: &Context,
        parents: &[&str],
        id: &str,
    ) -> anyhow::Result<Option<Value>> {
        let path = self.item_path(ctx, parents, id).await?;
        match ctx.client().await?.get(&path).await {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.downcast_ref::<ApiError>()
                    .is_some_and(|a| a.status == 404) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    async fn find_by_name(
        &self,
        ctx: &Context,
        parents: &[&str],
        name: &str,
    ) -> anyhow::Result<Option<Value>> {
        let path = self.collection(ctx, parents).await?;
        let client = ctx.client().await?;
        let mut pager = Pager::new(client, path, Vec::new(), PageOpts::default());
        while let Some(items) = pager.next_page().await? {
            if let Some(found) = items.into_iter().find(|item| {
                self.name_fields
                    .iter()
                    .any(|f| item[*f].as_str() == Some(name))
            }) {
                return Ok(Some(found));
            }
        }
        Ok(None)
    }

    /// Like `find`, for collections without a `GET …/{id}`: walks the list matching the id or a
    /// name field.
    pub async fn find_listed(
        &self,
        ctx: &Context,
        parents: &[&str],
        name_or_id: &str,
    ) -> anyhow::Result<Value> {
        check_id(name_or_id)?;
        let path = self.collection(ctx, parents).await?;
        let client = ctx.client().await?;
        let mut pager = Pager::new(client, path, Vec::new(), PageOpts::default());
        while let Some(items) = pager.next_page().await? {
            if let Some(found) = items.into_iter().find(|item| {
                item["id"].as_str() == Some(name_or_id)
                    || self
                        .name_fields
                        .iter()
                        .any(|f| item[*f].as_str() == Some(name_or_id))
            }) {
                return Ok(found);
            }
        }
        Err(self.not_found(name_or_id))
    }

    fn not_found(&self, what: &str) -> anyhow::Error {
        CliError::NotFound {
            message: format!(
                "no {} named or with id `{}`",
                self.kind,
                terminal_safe(what)
            ),
            hint: format!("run `rime {} list` to see them", self.command),
        }
        .into()
    }

    /// A readable label: `name (id)`.
    pub fn label(&self, v: &Value) -> String {
        let id = v["id"].as_str().unwrap_or("?");
        match self.name_fields.iter().find_map(|f| v[*f].as_str()) {
            Some(name) if name != id => format!("`{}` ({id})", terminal_safe(name)),
            _ => format!("`{id}`"),
        }
    }
}

impl From<&PageArgs> for PageOpts {
    fn from(p: &PageArgs) -> PageOpts {
        PageOpts {
            page_size: p.page_size,
            max_items: if p.all { None } else { p.max_items },
            cursor: p.cursor.clone(),
            single_page: p.no_paginate,
        }
    }
}

/// Streams a list endpoint to the output as pages arrive; prints the resume cursor on stderr when
/// the walk stops early (cap, failure, Ctrl-C). Returns how many items were written.
pub async fn stream(
    ctx: &Context,
    path: ApiPath,
    query: Vec<(String, String)>,
    page: &PageArgs,
    spec: &ListSpec<'_>,
) -> anyhow::Result<usize> {
    let client = ctx.client().await?;
    let mut writer = ctx.out.list(spec)?;
    let mut pager = Pager::new(client, path, query, PageOpts::from(page));
    loop {
        ctx.set_interrupt_hint(
            pager
                .resume_cursor()
                .map(|c| format!("resume with `--cursor {c}`")),
        );
        let next = match pager.next_page().await {
            Ok(n) => n,
            Err(e) => {
                // Close what was printed (valid JSON up to here); print nothing if nothing came.
                if writer.pushed() > 0 {
                    let _ = writer.finish();
                }
                return match pager.resume_cursor() {
                    Some(c) => Err(e).hint(
                        "the listing stopped part-way",
                        format!("resume with `--cursor {c}`"),
                    ),
                    None => Err(e),
                };
            }
        };
        let Some(items) = next else { break };
        for item in &items {
            writer.push(item)?;
        }
        writer.end_page()?;
    }
    ctx.set_interrupt_hint(None);
    let n = writer.finish()?;
    if let Some(c) = pager.resume_cursor() {
        ctx.out
            .status(&format!("more items available; resume with `--cursor {c}`"));
    }
    Ok(n)
}

pub async fn list(
    ctx: &Context,
    res: &Resource,
    parents: &[&str],
    filters: Vec<(String, String)>,
    page: &PageArgs,
) -> anyhow::Result<()> {
    let path = res.collection(ctx, parents).await?;
    let n = stream(ctx, path, filters, page, &res.spec()).await?;
    if n == 0 && ctx.out.stdout_is_tty() && ctx.settings.jq.is_none() {
        ctx.out.status(&format!("no {}s found", res.kind));
    }
    Ok(())
}

pub async fn get(
    ctx: &Context,
    res: &Resource,
    parents: &[&str],
    name_or_id: &str,
) -> anyhow::Result<()> {
    let v = res.find(ctx, parents, name_or_id).await?;
    ctx.show(&v, &res.spec())
}

pub async fn create(
    ctx: &Context,
    res: &Resource,
    parents: &[&str],
    body: Value,
) -> anyhow::Result<Value> {
    let path = res.collection(ctx, parents).await?;
    let created = ctx
        .client()
        .await?
        .post(&path, body)
        .await
        .map_err(|e| e.context(format!("could not create the {}", res.kind)))?;
    changed(ctx, res, "created", created)
}

/// Says what changed on stderr and shows the object as the server now has it on stdout.
fn changed(ctx: &Context, res: &Resource, verb: &str, v: Value) -> anyhow::Result<Value> {
    ctx.out
        .status(&format!("{verb} {} {}", res.kind, res.label(&v)));
    ctx.show(&v, &res.spec())?;
    Ok(v)
}

pub async fn update(
    ctx: &Context,
    res: &Resource,
    parents: &[&str],
    name_or_id: &str,
    patch: Value,
) -> anyhow::Result<Value> {
    if patch.as_object().is_none_or(|m| m.is_empty()) {
        return Err(CliError::Usage(format!(
            "nothing to update: give at least one field for the {}",
            res.kind
        ))
        .into());
    }
    let id = res.id_of(ctx, parents, name_or_id).await?;
    let path = res.item_path(ctx, parents, &id).await?;
    let updated = ctx
        .client()
        .await?
        .patch(&path, patch)
        .await
        .map_err(|e| e.context(format!("could not update the {}", res.kind)))?;
    changed(ctx, res, "updated", updated)
}

/// Deletes after confirmation (`--yes`, or a prompt on a terminal).
pub async fn delete(
    ctx: &Context,
    res: &Resource,
    parents: &[&str],
    name_or_id: &str,
    consequence: &str,
) -> anyhow::Result<()> {
    let v = res.find(ctx, parents, name_or_id).await?;
    delete_found(ctx, res, parents, &v, consequence).await
}

/// Deletes an object already looked up, after confirmation.
pub async fn delete_found(
    ctx: &Context,
    res: &Resource,
    parents: &[&str],
    v: &Value,
    consequence: &str,
) -> anyhow::Result<()> {
    let id = v["id"].as_str().unwrap_or_default().to_string();
    let label = res.label(v);
    ctx.confirm(&format!("delete {} {label}{consequence}", res.kind))?;
    let path = res.item_path(ctx, parents, &id).await?;
    ctx.client()
        .await?
        .delete(&path)
        .await
        .map_err(|e| e.context(format!("could not delete the {}", res.kind)))?;
    ctx.out.status(&format!("deleted {} {label}", res.kind));
    Ok(())
}
