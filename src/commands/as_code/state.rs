//! The project as the server has it, for every kind of projects as code: the server is the
//! only state (nothing stored locally to lose or lock).

use futures_util::future::try_join_all;
use futures_util::{StreamExt, TryStreamExt, stream};
use serde_json::Value;

use super::doc::{self, Names};
use super::shapes::{self, Shape};
use crate::context::Context;
use crate::http::ApiPath;
use crate::http::page::{PageOpts, Pager};
use crate::registry::{Kind, Parent, Scope};

/// One object: its kind, its parent (name and id) for nested kinds, and the object.
pub struct Object {
    pub kind: &'static Kind,
    pub parent: Option<(String, String)>,
    pub value: Value,
    /// Its name in files (`doc::local_name`).
    pub name: String,
}

impl Object {
    /// Its id, or a found object's key (a column's path); empty for a schema (its path is its
    /// parent's).
    pub fn id(&self) -> &str {
        let key = shapes::key_field(self.kind).unwrap_or("id");
        self.value[key].as_str().unwrap_or_default()
    }

    pub fn name(&self) -> String {
        self.name.clone()
    }

    /// The document a file would hold for it.
    pub fn doc(&self, names: &Names) -> Value {
        doc::to_doc(
            self.kind,
            &self.value,
            &self.name,
            self.parent.as_ref().map(|(n, _)| n.as_str()),
            names,
        )
    }
}

/// Reads in flight at a time for the per-parent and per-key reads.
const PARALLEL: usize = 8;

pub struct State {
    /// The project's identifier (S3 bucket names carry it).
    pub identifier: String,
    pub objects: Vec<Object>,
    pub names: Names,
}

async fn list(ctx: &Context, k: &'static Kind, scope: &Scope) -> anyhow::Result<Vec<Value>> {
    let path = k.collection(ctx, scope).await?;
    let client = ctx.client().await?;
    let opts = PageOpts {
        page_size: Some(100),
        ..PageOpts::default()
    };
    let mut pager = Pager::new(client, path, shapes::list_query(k), opts);
    let mut out = Vec::new();
    while let Some(items) = pager.next_page().await? {
        out.extend(items);
    }
    Ok(out)
}

/// Every object of `wanted` and of the kinds they refer to or sit in (names to swap for ids),
/// kinds listed side by side: a no-op apply of transformations never lists every model.
pub async fn fetch(ctx: &Context, wanted: &[&'static Kind]) -> anyhow::Result<State> {
    let mut need: Vec<&'static Kind> = wanted.to_vec();
    let mut i = 0;
    while i < need.len() {
        for d in doc::deps(need[i]) {
            if !need.iter().any(|n| doc::same(n, d)) {
                need.push(d);
            }
        }
        i += 1;
    }
    let kinds: Vec<&'static Kind> = doc::kinds()
        .into_iter()
        .filter(|k| need.iter().any(|n| doc::same(n, k)))
        .collect();
    let project = ctx.project_id().await?.to_string();
    let pv = ctx
        .client()
        .await?
        .get(&crate::http::ApiPath::root().seg("projects").seg(&project))
        .await?;
    let identifier = pv["identifier"].as_str().unwrap_or_default().to_string();
    let id = identifier.as_str();
    let top: Vec<&'static Kind> = kinds
        .iter()
        .copied()
        .filter(|k| matches!(k.parent, Parent::Project))
        .collect();
    let lists = try_join_all(top.iter().map(|k| list(ctx, k, Scope::top()))).await?;
    let mut objects: Vec<Object> = Vec::new();
    if let Some(k) = kinds.iter().find(|k| shapes::is_project(k)) {
        objects.push(Object {
            kind: k,
            parent: None,
            name: String::new(),
            value: pv.clone(),
        });
    }
    for (k, items) in top.iter().zip(lists) {
        objects.extend(items.into_iter().map(|value| Object {
            kind: k,
            parent: None,
            name: doc::local_name(k, &value, id),
            value,
        }));
    }
    for k in kinds.iter().filter(|k| matches!(k.parent, Parent::Kind(_))) {
        let Parent::Kind(p) = k.parent else { continue };
        let parents: Vec<(String, String)> = objects
            .iter()
            .filter(|o| doc::same(o.kind, p))
            .map(|o| (o.name(), o.id().to_string()))
            .collect();
        // A bounded number at a time: one read per parent (a schema per connector) adds up.
        let lists: Vec<Vec<Value>> = stream::iter(parents.iter().map(|(_, id)| async move {
            let scope = Scope::of([id.as_str()]);
            if shapes::shape(k) == Shape::Singleton {
                // One object at the path (a connector's schema), named after its parent.
                let path = k.collection(ctx, &scope).await?;
                Ok(vec![ctx.client().await?.get(&path).await?])
            } else {
                list(ctx, k, &scope).await
            }
        }))
        .buffered(PARALLEL)
        .try_collect()
        .await?;
        for (parent, items) in parents.into_iter().zip(lists) {
            let singleton = shapes::shape(k) == Shape::Singleton;
            objects.extend(items.into_iter().map(|value| Object {
                kind: k,
                parent: Some(parent.clone()),
                name: if singleton {
                    parent.0.clone()
                } else {
                    doc::local_name(k, &value, id)
                },
                value,
            }));
        }
    }
    let mut names = Names::default();
    for o in objects
        .iter()
        .filter(|o| shapes::shape(o.kind) == Shape::Owned)
    {
        names.add(o.kind, o.id(), &o.name());
    }
    Ok(State {
        identifier,
        objects,
        names,
    })
}

/// Where an update of one object goes: its item, a singleton's own path (the project, a
/// connector's `schema`), a found object's key (a column's path, known from the files).
pub async fn write_path(
    ctx: &Context,
    k: &'static Kind,
    scope: &Scope,
    id: &str,
    name: &str,
) -> anyhow::Result<ApiPath> {
    match shapes::shape(k) {
        Shape::Singleton if shapes::is_project(k) => {
            Ok(ApiPath::root().seg("projects").seg(ctx.project_id().await?))
        }
        Shape::Singleton => k.collection(ctx, scope).await,
        Shape::Found if id.is_empty() => k.item_path(ctx, scope, name).await,
        _ => k.item_path(ctx, scope, id).await,
    }
}

/// The project for these documents: `fetch` of their kinds, and each found object a document
/// names that a list does not show (columns are listed classified only) read by its key; one
/// the server does not have (404) stays absent.
pub async fn fetch_for(
    ctx: &Context,
    wanted: &[&'static Kind],
    docs: &[super::load::Doc],
) -> anyhow::Result<State> {
    let mut st = fetch(ctx, wanted).await?;
    let missing: Vec<&super::load::Doc> = docs
        .iter()
        .filter(|d| shapes::shape(d.kind) == Shape::Found)
        .filter(|d| {
            !st.objects
                .iter()
                .any(|o| doc::same(o.kind, d.kind) && o.name == d.name)
        })
        .collect();
    let found: Vec<Option<Value>> = stream::iter(missing.iter().map(|d| async move {
        let path = d.kind.item_path(ctx, Scope::top(), &d.name).await?;
        match ctx.client().await?.get(&path).await {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.downcast_ref::<crate::http::ApiError>()
                    .is_some_and(|a| a.status == 404) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }))
    .buffered(PARALLEL)
    .try_collect()
    .await?;
    for (d, value) in missing.into_iter().zip(found) {
        if let Some(value) = value {
            st.objects.push(Object {
                kind: d.kind,
                parent: None,
                name: d.name.clone(),
                value,
            });
        }
    }
    Ok(st)
}
