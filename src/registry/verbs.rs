//! The generic verbs over a kind: list, get, create, update (merge patch), delete and actions; each
//! says what changed on stderr and shows the object as the server now has it on stdout.

use serde_json::Value;

use super::Kind;
use super::lookup::{Scope, Target};
use crate::cli::PageArgs;
use crate::context::Context;
use crate::error::{CliError, HintExt};
use crate::http::ApiPath;
use crate::http::page::{PageOpts, Pager};
use crate::output::{ListSpec, terminal_safe};

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
/// the walk stops early (cap, failure, Ctrl-C). Says `empty` when there was nothing to show.
pub async fn stream(
    ctx: &Context,
    path: ApiPath,
    query: Vec<(String, String)>,
    page: &PageArgs,
    spec: &ListSpec<'_>,
    empty: Option<&str>,
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
        // The items' text, unparsed: the output writes it on or parses it as its format needs.
        let next = match pager.next_raw_page().await {
            Ok(n) => n,
            Err(e) => {
                // Close what was printed (valid JSON up to here); print nothing if nothing came.
                let printed = writer.pushed() > 0;
                if printed {
                    let _ = writer.finish();
                }
                // The cursor given is no place to resume from when it is what failed.
                let given = page.cursor.as_deref();
                return match pager.resume_cursor().filter(|c| Some(*c) != given) {
                    Some(c) => Err(e).hint(
                        "the listing stopped part-way",
                        format!("resume with `--cursor {c}`"),
                    ),
                    None if given.is_some() && !printed => Err(e).hint(
                        "the listing could not start from that cursor",
                        "pass a cursor rime printed earlier, or list again without `--cursor`",
                    ),
                    None => Err(e),
                };
            }
        };
        let Some(items) = next else { break };
        for item in &items {
            writer.push_raw(item)?;
        }
        writer.end_page()?;
    }
    ctx.set_interrupt_hint(None);
    let n = match empty {
        Some(notice) => writer.finish_noting(notice)?,
        None => writer.finish()?,
    };
    if let Some(c) = pager.resume_cursor() {
        ctx.out
            .status(&format!("more items available; resume with `--cursor {c}`"));
    }
    Ok(n)
}

/// Lists a kind under its parents, with filters as query parameters.
pub async fn list(
    ctx: &Context,
    kind: &'static Kind,
    scope: &Scope,
    filters: Vec<(String, String)>,
    page: &PageArgs,
) -> anyhow::Result<()> {
    let path = kind.collection(ctx, scope).await?;
    let empty = format!("no {} found", kind.plural);
    stream(ctx, path, filters, page, &kind.spec(), Some(&empty)).await?;
    Ok(())
}

/// A singleton (`/tenant`, `/projects/{p}/monitoring/summary`, a connector's schema) as the
/// server has it.
pub async fn fetch_one(ctx: &Context, kind: &'static Kind, scope: &Scope) -> anyhow::Result<Value> {
    let path = kind.collection(ctx, scope).await?;
    ctx.client().await?.get(&path).await
}

pub async fn create(
    ctx: &Context,
    kind: &'static Kind,
    scope: &Scope,
    body: Value,
) -> anyhow::Result<Value> {
    let created = post(ctx, kind, scope, body).await?;
    changed(ctx, kind, "created", created)
}

/// Posts a new object to the collection and returns it as created, saying nothing: for a create
/// that shows its result its own way (an API key's secret).
pub async fn post(
    ctx: &Context,
    kind: &'static Kind,
    scope: &Scope,
    body: Value,
) -> anyhow::Result<Value> {
    let path = kind.collection(ctx, scope).await?;
    ctx.client()
        .await?
        .post(&path, body)
        .await
        .map_err(|e| e.context(format!("could not create the {}", kind.singular)))
}

/// Says what changed on stderr and shows the object as the server now has it on stdout.
fn changed(ctx: &Context, kind: &'static Kind, verb: &str, v: Value) -> anyhow::Result<Value> {
    ctx.out
        .status(&format!("{verb} {} {}", kind.singular, kind.label(&v)));
    kind.show(ctx, &v)?;
    Ok(v)
}

/// Merge-patches the target; an empty patch is refused before any request.
pub async fn update(ctx: &Context, target: &Target<'_>, patch: Value) -> anyhow::Result<Value> {
    let kind = target.kind;
    if patch.as_object().is_none_or(|m| m.is_empty()) {
        return Err(CliError::Usage(format!(
            "nothing to update: give at least one field for the {}",
            kind.singular
        ))
        .into());
    }
    let path = target.path(ctx).await?;
    let updated = ctx
        .client()
        .await?
        .patch(&path, patch)
        .await
        .map_err(|e| e.context(format!("could not update the {}", kind.singular)))?;
    changed(ctx, kind, "updated", updated)
}

/// Deletes an object already looked up, after confirmation (`--yes`, or a prompt on a terminal);
/// `note` says what else goes with it.
pub async fn delete_found(
    ctx: &Context,
    kind: &'static Kind,
    scope: &Scope,
    v: &Value,
    note: &str,
) -> anyhow::Result<()> {
    let id = v["id"].as_str().unwrap_or_default().to_string();
    let label = kind.label(v);
    ctx.confirm(&format!("delete {} {label}{note}", kind.singular))?;
    let path = kind.item_path(ctx, scope, &id).await?;
    ctx.client()
        .await?
        .delete(&path)
        .await
        .map_err(|e| e.context(format!("could not delete the {}", kind.singular)))?;
    ctx.out
        .status(&format!("deleted {} {label}", kind.singular));
    Ok(())
}

/// `POST …/{id}/<segment>` with no body: returns what the server answered.
pub async fn act(ctx: &Context, target: &Target<'_>, segment: &str) -> anyhow::Result<Value> {
    let mut path = target.path(ctx).await?;
    for seg in segment.split('/') {
        path = path.seg(seg);
    }
    let verb = segment.rsplit('/').next().unwrap_or(segment);
    // Actions take no input: their `EmptyBody` is optional, so none is sent.
    ctx.client().await?.post_empty(&path).await.map_err(|e| {
        e.context(format!(
            "could not {verb} {} `{}`",
            target.kind.singular,
            terminal_safe(target.given)
        ))
    })
}
