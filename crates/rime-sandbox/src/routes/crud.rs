//! Generic CRUD over a collection: list, get, create, merge-patch, delete, audited, in a project
//! or nested under a parent object of the project.
//
// A resource is described by a `Kind`: its collection row, route, writable fields, secrets,
// validator and the few hooks where it differs. The handlers here do the rest the same way for
// every such resource: 404 for an unknown project, parent or object, 400/422 from the validator,
// 409 on a duplicate name, write-only secrets kept aside with `*_set` flags, one audit entry per
// change.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::Connection;
use serde_json::{Map, Value, json};

use super::extract::{Access, Admin, Govern, InProject, Need, Write};
use crate::app::App;
use crate::body::{Body, Check, diff, merge_patch, strip_set_flags, take_secrets};
use crate::collection::{Collection, Param, Scope};
use crate::error::{ApiError, ApiResult};
use crate::store::{NewObj, Obj, Store};

/// What a validator sees besides the object.
pub struct Ctx<'a> {
    pub conn: &'a Connection,
    pub project_id: &'a str,
    /// The object holding this collection's objects, for nested ones (a model's transformation).
    pub parent: Option<&'a Obj>,
    /// The stored write-only values (`config.password` → value) after this request's changes.
    pub secrets: &'a Value,
    /// The object before this change (`None` on create).
    pub before: Option<&'a Obj>,
}

impl Ctx<'_> {
    pub fn secret(&self, path: &str) -> Option<&str> {
        self.secrets.get(path).and_then(Value::as_str)
    }

    /// Where the objects being validated live: the parent's id, or the project's.
    pub fn scope(&self) -> &str {
        self.parent.map_or(self.project_id, |p| p.id.as_str())
    }

    /// True when the project holds object `id` of `coll` (422 otherwise, for references).
    pub fn exists(&self, coll: &Collection, id: &str) -> ApiResult<bool> {
        coll.has(self.conn, self.project_id, id)
    }
}

/// The server-owned fields a created object carries besides `id`, `created_at` and `updated_at`.
#[derive(Debug, Clone, Copy)]
pub struct Stamps {
    pub project_id: bool,
    /// The parent's id under this name (`transformation_id`), for nested collections.
    pub parent: Option<&'static str>,
    /// Who created it (a user's email, else the API key's id).
    pub created_by: bool,
}

/// Shows a stored object as the API returns it.
pub type View = fn(&App, &Connection, &Obj) -> ApiResult<Value>;

pub struct Kind {
    pub coll: &'static Collection,
    /// The collection's route (`/projects/{project_id}/alert-rules`) and its item's parameter.
    pub path: &'static str,
    pub item: &'static str,
    pub id_prefix: &'static str,
    pub writable: &'static [&'static str],
    /// Derived fields a client may echo back (those a `view` adds); ignored on write.
    pub read_only: &'static [&'static str],
    /// Query parameters of the list.
    pub filters: &'static [Param],
    /// False for objects that are created and deleted but never changed (grants).
    pub patchable: bool,
    /// Who may create, change and delete (everyone who may see the project may read).
    pub access: Access,
    pub stamps: Stamps,
    /// Secret field paths for this object (they may depend on its `type`).
    pub secrets: fn(&Value) -> Vec<&'static str>,
    /// Checks the merged object (400 for shape, 422 for meaning) and returns its writable
    /// fields in canonical order, defaults filled in.
    pub validate: fn(&Ctx<'_>, &Value) -> ApiResult<Map<String, Value>>,
    /// How a stored object is shown, when not as stored.
    pub view: Option<View>,
    /// Runs before an update or delete (e.g. settle simulated state that depends on the object).
    pub before_change: fn(&App, &Connection, &Obj) -> ApiResult<()>,
    /// Refuses a delete while something depends on the object (409).
    pub check_delete: fn(&App, &Connection, &Obj) -> ApiResult<()>,
    /// The audit details of a creation.
    pub created: fn(&Value) -> Value,
    /// After the object is deleted: removes what it held; returns the audit details.
    pub removed: fn(&Connection, &Obj) -> ApiResult<Value>,
}

impl Kind {
    /// A project collection with the usual stamps, access and no hooks; override what differs.
    pub const fn new(
        coll: &'static Collection,
        path: &'static str,
        item: &'static str,
        id_prefix: &'static str,
        writable: &'static [&'static str],
        validate: fn(&Ctx<'_>, &Value) -> ApiResult<Map<String, Value>>,
    ) -> Kind {
        Kind {
            coll,
            path,
            item,
            id_prefix,
            writable,
            read_only: &[],
            filters: &[],
            patchable: true,
            access: Access::Write,
            stamps: Stamps {
                project_id: true,
                parent: None,
                created_by: true,
            },
            secrets: |_| Vec::new(),
            validate,
            view: None,
            before_change: |_, _, _| Ok(()),
            check_delete: |_, _, _| Ok(()),
            created: Value::clone,
            removed: |_, _| Ok(json!({})),
        }
    }

    fn read_only(&self) -> Vec<&'static str> {
        let s = self.stamps;
        let mut out = vec!["id"];
        out.extend(s.parent);
        out.extend(s.project_id.then_some("project_id"));
        out.extend(["created_at", "updated_at"]);
        out.extend(s.created_by.then_some("created_by"));
        out.extend(self.read_only);
        out
    }
}

/// A validator's canonical fields, from a JSON object literal.
pub fn fields(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// `GET/POST {path}` and `GET/PATCH/DELETE {path}/{item}`.
pub fn routes(k: &'static Kind) -> Router<Arc<App>> {
    match k.access {
        Access::Govern => routes_for::<Govern>(k),
        Access::Admin => routes_for::<Admin>(k),
        Access::Read | Access::Write | Access::User => routes_for::<Write>(k),
    }
}

fn routes_for<W: Need>(k: &'static Kind) -> Router<Arc<App>> {
    let one = get(move |s: InProject| async move { show(k, &s) })
        .delete(move |s: InProject<W>| async move { remove(k, &s) });
    let one = if k.patchable {
        one.patch(move |s: InProject<W>, Body(b): Body| async move { update(k, &s, b) })
    } else {
        one
    };
    Router::new()
        .route(
            k.path,
            get(move |s: InProject| async move { list(k, &s) })
                .post(move |s: InProject<W>, Body(b): Body| async move { create(k, &s, b) }),
        )
        .route(&format!("{}/{{{}}}", k.path, k.item), one)
}

/// The parent object (nested collections) and the scope `k`'s objects are stored in.
fn holder<N: Need>(
    k: &Kind,
    s: &InProject<N>,
    conn: &Connection,
) -> ApiResult<(Option<Obj>, String)> {
    match k.coll.scope {
        Scope::Under(parent) => {
            let p = s.object(conn, parent)?;
            let id = p.id.clone();
            Ok((Some(p), id))
        }
        Scope::Project | Scope::Tenant => Ok((None, s.pid.clone())),
    }
}

/// The path's id of the object itself (after the parent's, for nested collections).
fn item_id<'s, N: Need>(k: &Kind, s: &'s InProject<N>) -> &'s str {
    let [first, second] = s.ids();
    match k.coll.scope {
        Scope::Under(_) => second,
        Scope::Project | Scope::Tenant => first,
    }
}

fn view(k: &Kind, app: &App, conn: &Connection, o: &Obj) -> ApiResult<Value> {
    match k.view {
        Some(v) => v(app, conn, o),
        None => Ok(o.body.clone()),
    }
}

fn list(k: &'static Kind, s: &InProject) -> ApiResult<Response> {
    let listing = s.listing(k.coll, k.filters)?;
    let conn = s.db();
    let (_, scope) = holder(k, s, &conn)?;
    Ok(match k.view {
        None => listing.raw(&conn, &scope)?,
        Some(v) => listing
            .try_json(&conn, &scope, |o| v(&s.app, &conn, o))?
            .into_response(),
    })
}

fn show(k: &Kind, s: &InProject) -> ApiResult<Json<Value>> {
    let conn = s.db();
    let (_, scope) = holder(k, s, &conn)?;
    let obj = k.coll.load(&conn, &scope, item_id(k, s))?;
    Ok(Json(view(k, &s.app, &conn, &obj)?))
}

/// Applies `input` on top of `before` (a merge patch; create starts from nothing), moving secrets
/// aside, and validates the result. Returns the new body (without id and timestamps) and secrets.
fn merged(
    k: &Kind,
    conn: &Connection,
    (pid, parent): (&str, Option<&Obj>),
    before: Option<&Obj>,
    mut input: Value,
) -> ApiResult<(Map<String, Value>, Value)> {
    let mut shape = Check::new(&input);
    shape.only(k.writable, &k.read_only());
    // Unknown fields are reported together with the validator's own 400 details.
    let unknown = shape.details;
    if let Some(m) = input.as_object_mut() {
        m.retain(|key, _| k.writable.contains(&key.as_str()));
    }
    strip_set_flags(&mut input);
    let base = before.map(|b| b.body.clone()).unwrap_or_else(|| json!({}));
    let mut probe = base.clone();
    merge_patch(&mut probe, &input);
    let paths = (k.secrets)(&probe);
    let mut secrets = before.map(|b| b.secrets.clone()).unwrap_or(Value::Null);
    take_secrets(&mut input, &mut secrets, &paths);
    let mut after = base;
    merge_patch(&mut after, &input);
    // Secrets of another shape (a type that no longer applies) are forgotten.
    if let Some(store) = secrets.as_object_mut() {
        store.retain(|path, _| paths.contains(&path.as_str()));
    }
    let ctx = Ctx {
        conn,
        project_id: pid,
        parent,
        secrets: &secrets,
        before,
    };
    let mut fields = match (k.validate)(&ctx, &after) {
        // Unknown fields are named last, as a validator checking the request itself names them.
        Err(mut e) if e.status == StatusCode::BAD_REQUEST && !unknown.is_empty() => {
            e.details.extend(unknown);
            return Err(ApiError::validation(e.message, e.details));
        }
        // A 400 for unknown fields comes before any 422 about the object's meaning.
        _ if !unknown.is_empty() => {
            return Err(ApiError::validation("Request validation failed.", unknown));
        }
        result => result?,
    };
    // Re-derive the flags on the canonical object so every secret of its type is reported.
    let mut flagged = Value::Object(std::mem::take(&mut fields));
    take_secrets(&mut flagged, &mut secrets, &paths);
    let Value::Object(fields) = flagged else {
        unreachable!("an object stays an object")
    };
    Ok((fields, secrets))
}

fn create<N: Need>(
    k: &Kind,
    s: &InProject<N>,
    body: Value,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let conn = s.db();
    let (parent, scope) = holder(k, s, &conn)?;
    let (fields, secrets) = merged(k, &conn, (&s.pid, parent.as_ref()), None, body)?;
    let id = s.app.new_id(k.id_prefix);
    let now = s.app.now_str();
    let mut obj = Map::new();
    obj.insert("id".into(), Value::String(id.clone()));
    if let Some(field) = k.stamps.parent {
        obj.insert(field.into(), Value::String(scope.clone()));
    }
    if k.stamps.project_id {
        obj.insert("project_id".into(), Value::String(s.pid.clone()));
    }
    obj.extend(fields);
    obj.insert("created_at".into(), Value::String(now.clone()));
    obj.insert("updated_at".into(), Value::String(now));
    if k.stamps.created_by {
        obj.insert("created_by".into(), s.p.label().into());
    }
    let obj = Obj {
        seq: 0,
        id,
        scope,
        body: Value::Object(obj),
        secrets,
    };
    let name = obj.body["name"].as_str();
    Store(&conn).insert(
        NewObj::new(k.coll.kind, &obj.id, &obj.scope, Some(&s.pid), &obj.body)
            .named(name)
            .secrets(&obj.secrets),
    )?;
    let action = format!("{}.created", k.coll.kind);
    s.audit(&action)
        .on(k.coll.kind, Some(&obj.id), name)
        .details((k.created)(&obj.body))
        .write(&s.app, &conn);
    Ok((StatusCode::CREATED, Json(view(k, &s.app, &conn, &obj)?)))
}

fn update<N: Need>(k: &Kind, s: &InProject<N>, patch: Value) -> ApiResult<Json<Value>> {
    let conn = s.db();
    let (parent, scope) = holder(k, s, &conn)?;
    let before = k.coll.load(&conn, &scope, item_id(k, s))?;
    (k.before_change)(&s.app, &conn, &before)?;
    let (fields, secrets) = merged(k, &conn, (&s.pid, parent.as_ref()), Some(&before), patch)?;
    let mut after = before.clone();
    let obj = after
        .body
        .as_object_mut()
        .expect("stored objects are objects");
    obj.extend(fields);
    obj.insert("updated_at".into(), Value::String(s.app.now_str()));
    after.secrets = secrets;
    let name = after.body["name"].as_str();
    Store(&conn).update(&after.id, k.coll.kind, name, &after.body, &after.secrets)?;
    let empty = |v: &Value| v.is_null() || v.as_object().is_some_and(Map::is_empty);
    let secrets_changed =
        before.secrets != after.secrets && !(empty(&before.secrets) && empty(&after.secrets));
    let mut details = diff(&before.body, &after.body, &["updated_at"]);
    if secrets_changed {
        // Which secret changed is worth knowing; its value never is.
        details["secrets_changed"] = Value::Bool(true);
    }
    let action = format!("{}.updated", k.coll.kind);
    s.audit(&action)
        .on(k.coll.kind, Some(&after.id), name)
        .details(details)
        .write(&s.app, &conn);
    Ok(Json(view(k, &s.app, &conn, &after)?))
}

fn remove<N: Need>(k: &Kind, s: &InProject<N>) -> ApiResult<StatusCode> {
    let conn = s.db();
    let (_, scope) = holder(k, s, &conn)?;
    let obj = k.coll.load(&conn, &scope, item_id(k, s))?;
    (k.check_delete)(&s.app, &conn, &obj)?;
    (k.before_change)(&s.app, &conn, &obj)?;
    Store(&conn).delete(&obj.id)?;
    let details = (k.removed)(&conn, &obj)?;
    let action = format!("{}.deleted", k.coll.kind);
    s.audit(&action)
        .on(k.coll.kind, Some(&obj.id), obj.body["name"].as_str())
        .details(details)
        .write(&s.app, &conn);
    Ok(StatusCode::NO_CONTENT)
}
