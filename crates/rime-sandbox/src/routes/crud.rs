//! Generic project-scoped CRUD over a stored kind: list, get, create, merge-patch, delete, audited.
//
// A resource is described by a `Kind` (its store kind, writable fields, secrets, validation and
// permission); the handlers here do the rest the same way for every such resource: 404 for an
// unknown project or object, 400/422 from the kind's validator, 409 on a duplicate name, write-only
// secrets kept aside with `*_set` flags, and one audit entry per change.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::Connection;
use serde_json::{Map, Value, json};

use super::Query;
use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::body::{Body, Check, diff, merge_patch, take_secrets};
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, envelope};
use crate::store::{Filter, ListQuery, NewObj, Obj, Store};

/// What a validator sees besides the object.
pub struct Ctx<'a> {
    pub conn: &'a Connection,
    pub project_id: &'a str,
    /// The stored write-only values (`config.password` → value) after this request's changes.
    pub secrets: &'a Value,
    /// The object before this change (`None` on create).
    pub before: Option<&'a Obj>,
}

impl Ctx<'_> {
    pub fn secret(&self, path: &str) -> Option<&str> {
        self.secrets.get(path).and_then(Value::as_str)
    }
}

pub struct Kind {
    /// Store kind, audit `resource_type` and action prefix (`alert_rule.created`).
    pub kind: &'static str,
    /// For messages: "Alert rule".
    pub label: &'static str,
    pub id_prefix: &'static str,
    pub writable: &'static [&'static str],
    /// Query parameters of the list that filter on a top-level string field of the same name.
    pub filters: &'static [&'static str],
    /// False for objects that are created and deleted but never changed (grants).
    pub patchable: bool,
    /// Secret field paths for this object (they may depend on its `type`).
    pub secrets: fn(&Value) -> Vec<&'static str>,
    /// Checks the merged object (400 for shape, 422 for meaning) and returns its writable
    /// fields in canonical order, defaults filled in.
    pub validate: fn(&Ctx<'_>, &Value) -> ApiResult<Map<String, Value>>,
    pub can_write: fn(&Principal, &str) -> ApiResult<()>,
    /// Runs before an update or delete (e.g. settle simulated state that depends on the object).
    pub before_change: fn(&App, &Connection, &str, &Obj) -> ApiResult<()>,
    /// Refuses a delete while other objects refer to this one (409).
    pub check_delete: fn(&Connection, &str, &Obj) -> ApiResult<()>,
}

pub fn no_secrets(_: &Value) -> Vec<&'static str> {
    Vec::new()
}

pub fn nothing(_: &App, _: &Connection, _: &str, _: &Obj) -> ApiResult<()> {
    Ok(())
}

pub fn deletable(_: &Connection, _: &str, _: &Obj) -> ApiResult<()> {
    Ok(())
}

pub fn project_write(p: &Principal, project_id: &str) -> ApiResult<()> {
    p.require_project_write(project_id)
}

pub fn governance_write(p: &Principal, project_id: &str) -> ApiResult<()> {
    p.require_governance_write(project_id)
}

/// How a principal is named in `created_by` / `classified_by`: a user's email, else the key id.
pub fn actor_label(p: &Principal) -> Option<String> {
    p.actor.email.clone().or_else(|| p.actor.id.clone())
}

/// `GET/POST {collection}` and `GET/PATCH/DELETE {collection}/{item}`.
pub fn routes(k: &'static Kind, collection: &str, item_param: &str) -> Router<Arc<App>> {
    let item = format!("{collection}/{{{item_param}}}");
    Router::new()
        .route(
            collection,
            get(
                move |State(app): State<Arc<App>>,
                      p: Principal,
                      Path(pid): Path<String>,
                      axum::extract::Query(q): Query| async move {
                    list(k, &app, &p, &pid, &q)
                },
            )
            .post(
                move |State(app): State<Arc<App>>,
                      p: Principal,
                      Path(pid): Path<String>,
                      Body(body): Body| async move { create(k, &app, &p, &pid, body) },
            ),
        )
        .route(&item, {
            let item = get(
                move |State(app): State<Arc<App>>,
                      p: Principal,
                      Path((pid, id)): Path<(String, String)>| async move {
                    show(k, &app, &p, &pid, &id)
                },
            )
            .delete(
                move |State(app): State<Arc<App>>,
                      p: Principal,
                      Path((pid, id)): Path<(String, String)>| async move {
                    remove(k, &app, &p, &pid, &id)
                },
            );
            if k.patchable {
                item.patch(
                    move |State(app): State<Arc<App>>,
                          p: Principal,
                          Path((pid, id)): Path<(String, String)>,
                          Body(body): Body| async move {
                        update(k, &app, &p, &pid, &id, body)
                    },
                )
            } else {
                item
            }
        })
}

fn list(
    k: &Kind,
    app: &App,
    p: &Principal,
    pid: &str,
    q: &std::collections::HashMap<String, String>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(pid)?;
    let params = PageParams::from_query(q)?;
    let filters = k
        .filters
        .iter()
        .filter_map(|f| q.get(*f).map(|v| Filter::eq(&format!("$.{f}"), v.as_str())))
        .collect();
    let conn = app.db();
    super::project(app, &conn, pid)?;
    let page = Store(&conn).list(&ListQuery {
        kind: k.kind,
        scope: Some(pid),
        filters,
        newest_first: false,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    Ok(Json(envelope(&page, |o| o.body.clone())))
}

/// The object of kind `k` in project `pid` (404 naming the kind otherwise).
pub fn load(k: &Kind, conn: &Connection, pid: &str, id: &str) -> ApiResult<Obj> {
    Store(conn).get_in(k.kind, pid, id, k.label)
}

fn show(k: &Kind, app: &App, p: &Principal, pid: &str, id: &str) -> ApiResult<Json<Value>> {
    p.require_project_read(pid)?;
    let conn = app.db();
    super::project(app, &conn, pid)?;
    Ok(Json(load(k, &conn, pid, id)?.body))
}

/// `*_set` flags are derived; a client echoing them back must not change anything.
fn strip_set_flags(v: &mut Value) {
    if let Value::Object(m) = v {
        m.retain(|key, _| !key.ends_with("_set"));
        m.values_mut().for_each(strip_set_flags);
    }
}

/// Applies `input` on top of `before` (a merge patch; create starts from nothing), moving secrets
/// aside, and validates the result. Returns the new body (without id and timestamps) and secrets.
fn merged(
    k: &Kind,
    conn: &Connection,
    pid: &str,
    before: Option<&Obj>,
    mut input: Value,
) -> ApiResult<(Map<String, Value>, Value)> {
    let mut shape = Check::new(&input);
    let read_only = ["id", "project_id", "created_at", "updated_at", "created_by"];
    shape.only(k.writable, &read_only);
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
        secrets: &secrets,
        before,
    };
    let mut fields = match (k.validate)(&ctx, &after) {
        Err(e) if e.status == StatusCode::BAD_REQUEST && !unknown.is_empty() => {
            let mut details = unknown;
            details.extend(e.details);
            return Err(ApiError::validation(e.message, details));
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

fn create(
    k: &Kind,
    app: &App,
    p: &Principal,
    pid: &str,
    body: Value,
) -> ApiResult<(StatusCode, Json<Value>)> {
    (k.can_write)(p, pid)?;
    let conn = app.db();
    super::project(app, &conn, pid)?;
    let (fields, secrets) = merged(k, &conn, pid, None, body)?;
    let id = app.new_id(k.id_prefix);
    let now = app.now_str();
    let mut obj = Map::new();
    obj.insert("id".into(), Value::String(id.clone()));
    obj.insert("project_id".into(), Value::String(pid.to_string()));
    obj.extend(fields);
    obj.insert("created_at".into(), Value::String(now.clone()));
    obj.insert("updated_at".into(), Value::String(now));
    obj.insert("created_by".into(), actor_label(p).into());
    let obj = Value::Object(obj);
    let name = obj["name"].as_str().map(String::from);
    Store(&conn).insert(NewObj {
        kind: k.kind,
        id: &id,
        scope: pid,
        project_id: Some(pid),
        name: name.as_deref(),
        body: &obj,
        secrets: &secrets,
    })?;
    let action = format!("{}.created", k.kind);
    Audit::by(p, &action)
        .on(k.kind, Some(&id), name.as_deref())
        .project(pid)
        .details(obj.clone())
        .write(app, &conn);
    Ok((StatusCode::CREATED, Json(obj)))
}

fn update(
    k: &Kind,
    app: &App,
    p: &Principal,
    pid: &str,
    id: &str,
    patch: Value,
) -> ApiResult<Json<Value>> {
    (k.can_write)(p, pid)?;
    let conn = app.db();
    super::project(app, &conn, pid)?;
    let before = load(k, &conn, pid, id)?;
    (k.before_change)(app, &conn, pid, &before)?;
    let (fields, secrets) = merged(k, &conn, pid, Some(&before), patch)?;
    let mut after = before.body.clone();
    let obj = after.as_object_mut().expect("stored objects are objects");
    obj.extend(fields);
    obj.insert("updated_at".into(), Value::String(app.now_str()));
    let name = after["name"].as_str().map(String::from);
    Store(&conn).update(id, k.kind, name.as_deref(), &after, &secrets)?;
    let empty = |v: &Value| v.is_null() || v.as_object().is_some_and(Map::is_empty);
    let secrets_changed = before.secrets != secrets && !(empty(&before.secrets) && empty(&secrets));
    let mut details = diff(&before.body, &after, &["updated_at"]);
    if secrets_changed {
        // Which secret changed is worth knowing; its value never is.
        details["secrets_changed"] = Value::Bool(true);
    }
    let action = format!("{}.updated", k.kind);
    Audit::by(p, &action)
        .on(k.kind, Some(id), name.as_deref())
        .project(pid)
        .details(details)
        .write(app, &conn);
    Ok(Json(after))
}

fn remove(k: &Kind, app: &App, p: &Principal, pid: &str, id: &str) -> ApiResult<StatusCode> {
    (k.can_write)(p, pid)?;
    let conn = app.db();
    super::project(app, &conn, pid)?;
    let obj = load(k, &conn, pid, id)?;
    (k.check_delete)(&conn, pid, &obj)?;
    (k.before_change)(app, &conn, pid, &obj)?;
    Store(&conn).delete(id)?;
    let action = format!("{}.deleted", k.kind);
    Audit::by(p, &action)
        .on(k.kind, Some(id), obj.body["name"].as_str())
        .project(pid)
        .write(app, &conn);
    Ok(StatusCode::NO_CONTENT)
}
