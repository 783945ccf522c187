//! Carrying out a plan: kinds in dependency order (deletes in reverse), the changes of one kind
//! side by side, bounded and paced by the rate-limit headers, every create keyed by the change
//! so a re-run never duplicates; a bar on a terminal, a line per change otherwise.

use std::collections::HashSet;

use futures_util::StreamExt;
use futures_util::stream;
use serde_json::Value;

use super::doc::{self, Names};
use super::load::{self, Doc};
use super::plan::{self, Action, Change, Plan};
use super::secrets;
use super::state::{self, State};
use crate::commands::wait::{LiveClock, TICK};
use crate::context::Context;
use crate::http::{Method, Request};
use crate::output::batch::BatchView;
use crate::registry::{Parent, Scope};

/// At most this many requests in flight; the client paces them by each endpoint group's
/// rate-limit headers (`Client::pace_by_rate_limits`), so a large apply slows instead of
/// meeting 429s.
const PARALLEL: usize = 8;

pub struct Done {
    pub created: usize,
    pub updated: usize,
    pub deleted: usize,
}

/// A key for a create: the project, the resource and the body, hashed. The same change sent
/// again (after a crash, from another machine) replays the first answer.
fn key(project: &str, c: &Change, body: &Value) -> String {
    let text = format!(
        "{project}\n{}\n{}\n{}\n{body}",
        c.kind.name,
        c.parent.as_deref().unwrap_or(""),
        c.name
    );
    let digest = ring::digest::digest(&ring::digest::SHA256, text.as_bytes());
    let hex: String = digest
        .as_ref()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("rime-apply-{hex}")
}

async fn scope_of(c: &Change, names: &Names) -> anyhow::Result<Scope> {
    Ok(match (c.kind.parent, &c.parent) {
        (Parent::Kind(p), Some(parent)) => {
            let id = names
                .by_name
                .get(&(p.name, parent.clone()))
                .cloned()
                .ok_or_else(|| {
                    crate::error::CliError::Usage(format!(
                        "no {} `{parent}` for {}",
                        p.singular,
                        c.label()
                    ))
                })?;
            Scope::of([id])
        }
        _ => Scope::default(),
    })
}

async fn one(
    ctx: &Context,
    project: &str,
    c: &Change,
    docs: &[Doc],
    st: &State,
    names: &Names,
    view: &BatchView<'_>,
) -> anyhow::Result<Option<(String, String)>> {
    let client = ctx.client().await?;
    let scope = scope_of(c, names).await?;
    match c.action {
        Action::Create => {
            let d = &docs[c.at];
            let body = plan::body(d, None, names)?;
            let path = c.kind.collection(ctx, &scope).await?;
            let mut req = Request::new(Method::POST, path).json(body.clone());
            req.idempotency_key = Some(key(project, c, &body));
            let made = client
                .call(req)
                .await
                .map_err(|e| e.context(format!("could not create {}", c.label())))?;
            view.done(&format!("created {}", c.label()));
            Ok(made["id"].as_str().map(|id| {
                (
                    id.to_string(),
                    doc::local_name(c.kind, &made, &st.identifier),
                )
            }))
        }
        Action::Update => {
            let d = &docs[c.at];
            let fields: Vec<String> = c.fields.iter().map(|(f, _, _)| f.clone()).collect();
            let mut body = plan::body(d, Some(&secrets::tops(&fields)), names)?;
            let id = names
                .by_name
                .get(&(c.kind.name, c.name.clone()))
                .cloned()
                .unwrap_or_default();
            let found = st.objects.iter().find(|o| {
                doc::same(o.kind, c.kind)
                    && o.name() == c.name
                    && o.parent.as_ref().map(|(n, _)| n) == c.parent.as_ref()
            });
            let id = found.map(|o| o.id().to_string()).unwrap_or(id);
            let server = found.map(|o| o.doc(&st.names));
            secrets::on_update(c.kind, &mut body, &fields, server.as_ref());
            let path = state::write_path(ctx, c.kind, &scope, &id, &c.name).await?;
            client
                .patch(&path, body)
                .await
                .map_err(|e| e.context(format!("could not update {}", c.label())))?;
            view.done(&format!("updated {} ({})", c.label(), fields.join(", ")));
            Ok(None)
        }
        Action::Delete => {
            let o = &st.objects[c.at];
            let path = c.kind.item_path(ctx, &scope, o.id()).await?;
            client
                .delete(&path)
                .await
                .map_err(|e| e.context(format!("could not delete {}", c.label())))?;
            view.done(&format!("deleted {}", c.label()));
            Ok(None)
        }
    }
}

/// Runs the plan under its view, whose clock is the server's as last heard (the `Date` of the
/// latest answer), moved on by the local clock and redrawn every tick.
pub async fn run(ctx: &Context, p: &Plan, docs: &[Doc], st: &State) -> anyhow::Result<Done> {
    let client = ctx.client().await?;
    let view = BatchView::new(
        &ctx.out,
        p.changes.len() as u64,
        &format!(
            "applying {}",
            crate::output::count(p.changes.len() as u64, "change")
        ),
    );
    let mut clock = LiveClock::default();
    let server_now = || {
        let offset = jiff::SignedDuration::from_secs(client.server_offset().unwrap_or(0));
        jiff::Timestamp::now()
            .checked_add(offset)
            .unwrap_or_else(|_| jiff::Timestamp::now())
    };
    clock.heard(server_now());
    let started = clock.now();
    let elapsed = |clock: &LiveClock| {
        let (now, start) = (clock.now()?, started?);
        u64::try_from(now.as_second() - start.as_second()).ok()
    };
    let work = changes(ctx, p, docs, st, &view);
    tokio::pin!(work);
    let result = loop {
        tokio::select! {
            r = &mut work => break r,
            () = tokio::time::sleep(TICK), if view.live() => {
                clock.heard(server_now());
                view.tick(elapsed(&clock));
            }
        }
    };
    clock.heard(server_now());
    match &result {
        Ok(_) => view.finish(elapsed(&clock)),
        Err(_) => view.abandon(),
    }
    result
}

/// Creates and updates kind by kind in dependency order (within a kind, in waves when its
/// objects name each other), then deletes in reverse order.
async fn changes(
    ctx: &Context,
    p: &Plan,
    docs: &[Doc],
    st: &State,
    view: &BatchView<'_>,
) -> anyhow::Result<Done> {
    let project = ctx.project_id().await?.to_string();
    let mut names = Names::default();
    names.by_id.clone_from(&st.names.by_id);
    names.by_name.clone_from(&st.names.by_name);
    let mut done = Done {
        created: 0,
        updated: 0,
        deleted: 0,
    };
    for k in doc::kinds() {
        let mut todo: Vec<&Change> = p
            .changes
            .iter()
            .filter(|c| doc::same(c.kind, k) && c.action != Action::Delete)
            .collect();
        let mut finished: HashSet<String> = HashSet::new();
        while !todo.is_empty() {
            // A wave: changes whose references to their own kind are already in place.
            let pending: HashSet<String> = todo.iter().map(|c| c.name.clone()).collect();
            let (wave, rest): (Vec<&Change>, Vec<&Change>) = todo.into_iter().partition(|c| {
                load::self_refs(&docs[c.at])
                    .iter()
                    .all(|r| !pending.contains(r) || finished.contains(r) || *r == c.name)
            });
            let wave = if wave.is_empty() { rest.clone() } else { wave };
            let rest: Vec<&Change> = rest
                .into_iter()
                .filter(|c| !wave.iter().any(|w| std::ptr::eq(*w, *c)))
                .collect();
            let results: Vec<anyhow::Result<Option<(String, String)>>> = stream::iter(
                wave.iter()
                    .map(|c| one(ctx, &project, c, docs, st, &names, view)),
            )
            .buffer_unordered(PARALLEL)
            .collect()
            .await;
            for r in results {
                if let Some((id, name)) = r? {
                    names.add(k, &id, &name);
                }
            }
            for c in &wave {
                finished.insert(c.name.clone());
                match c.action {
                    Action::Create => done.created += 1,
                    _ => done.updated += 1,
                }
            }
            todo = rest;
        }
    }
    for k in doc::kinds().into_iter().rev() {
        let dels: Vec<&Change> = p
            .changes
            .iter()
            .filter(|c| doc::same(c.kind, k) && c.action == Action::Delete)
            .collect();
        let results: Vec<anyhow::Result<Option<(String, String)>>> = stream::iter(
            dels.iter()
                .map(|c| one(ctx, &project, c, docs, st, &names, view)),
        )
        .buffer_unordered(PARALLEL)
        .collect()
        .await;
        for r in results {
            r?;
            done.deleted += 1;
        }
    }
    Ok(done)
}
