//! Connector CRUD with per-type config validation and write-only secrets, plus the connection test.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};

use super::catalogue::{self, TypeDef};
use super::sim::{self, render, settle_project, settled};
use super::{CONNECTOR, full_config, load, no_fields, project, schedule, schema, strip_flags};
use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::body::{Body, Check, OptBody, diff, merge_patch, take_secrets};
use crate::error::ApiResult;
use crate::page::{PageParams, envelope};
use crate::routes::Query;
use crate::store::{Filter, ListQuery, NewObj, Obj, Store};

const WRITABLE: &[&str] = &["name", "type", "config", "schedule"];
const READ_ONLY: &[&str] = &[
    "id",
    "project_id",
    "category",
    "status",
    "last_run",
    "next_run_at",
    "created_at",
    "updated_at",
];
pub const STATUSES: &[&str] = &["active", "paused", "error"];

pub fn routes() -> Router<Arc<App>> {
    let base = "/projects/{project_id}/connectors";
    Router::new()
        .route(base, get(list).post(create))
        .route(
            &format!("{base}/{{connector_id}}"),
            get(show).patch(update).delete(remove),
        )
        .route(&format!("{base}/{{connector_id}}/test"), post(test))
}

/// Splits a full config (secrets inline) into the stored config (with `*_set` flags) and secrets.
pub fn split_secrets(def: &TypeDef, mut full: Value) -> (Value, Value) {
    catalogue::with_defaults(def, &mut full);
    let paths = catalogue::secret_paths(def, &full);
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let mut wrapper = json!({ "config": full });
    let mut secrets = Value::Null;
    take_secrets(&mut wrapper, &mut secrets, &refs);
    (wrapper["config"].take(), secrets)
}

async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    axum::extract::Query(q): Query,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let params = PageParams::from_query(&q)?;
    let none = Value::Null;
    let mut c = Check::new(&none);
    let mut filters = Vec::new();
    if let Some(t) = q.get("type") {
        if catalogue::find(t).is_some() {
            filters.push(Filter::eq("$.type", t.as_str()));
        } else {
            c.fail(
                "type",
                format!("must be one of: {}", catalogue::type_names().join(", ")),
            );
        }
    }
    if let Some(s) = q.get("status") {
        if STATUSES.contains(&s.as_str()) {
            filters.push(Filter::eq("$.status", s.as_str()));
        } else {
            c.fail("status", format!("must be one of: {}", STATUSES.join(", ")));
        }
    }
    c.finish()?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    settle_project(&app, &conn, &pid)?;
    let page = Store(&conn).list(&ListQuery {
        kind: CONNECTOR,
        scope: Some(&pid),
        filters,
        newest_first: false,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    let now = app.now();
    Ok(Json(envelope(&page, |o| render(&conn, o, now))))
}

async fn create(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    Body(body): Body,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&pid)?;
    let mut c = Check::new(&body);
    c.only(WRITABLE, READ_ONLY);
    let name = c.name("name", 100);
    let kind = c.one_of("type", &catalogue::type_names(), true);
    let def = kind.as_deref().and_then(catalogue::find);
    let config = c.object("config", true).map(|v| strip_flags(v.clone()));
    if let (Some(def), Some(config)) = (def, &config) {
        catalogue::check_config(&mut c, def, config);
    }
    let sched = schedule::check(&mut c, body.get("schedule").unwrap_or(&Value::Null));
    c.finish()?;
    schedule::check_zone(sched.as_ref())?;
    let (def, name) = (def.expect("checked"), name.expect("checked"));
    let (config, secrets) = split_secrets(def, config.expect("checked"));

    let conn = app.db();
    project(&app, &conn, &pid)?;
    let id = app.new_id("con");
    let now = app.now();
    let now_s = app.now_str();
    let next = sched
        .as_ref()
        .map(|s| schedule::next_after_str(s, now))
        .unwrap_or(Value::Null);
    let mut obj = Obj {
        seq: 0,
        id: id.clone(),
        scope: pid.clone(),
        body: json!({
            "id": id, "project_id": pid, "name": name, "type": def.name, "category": def.category,
            "config": config, "schedule": sched, "status": "active", "last_run": null,
            "next_run_at": next, "created_at": now_s, "updated_at": now_s,
        }),
        secrets,
    };
    obj.body["status"] = sim::derive_status(&obj.body).into();
    Store(&conn).insert(NewObj {
        kind: CONNECTOR,
        id: &id,
        scope: &pid,
        project_id: Some(&pid),
        name: Some(&name),
        body: &obj.body,
        secrets: &obj.secrets,
    })?;
    schema::insert(
        &conn,
        &id,
        &pid,
        &schema::discovered(&id, def.name, &obj.body["config"], &now_s),
    )?;
    sim::wake(&conn, &obj)?;
    Audit::by(&p, "connector.created")
        .on("connector", Some(&id), Some(&name))
        .project(&pid)
        .details(obj.body.clone())
        .write(&app, &conn);
    Ok((StatusCode::CREATED, Json(obj.body)))
}

async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    let c = settled(&app, &conn, &pid, &cid)?;
    Ok(Json(render(&conn, &c, app.now())))
}

async fn update(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid)): Path<(String, String)>,
    Body(patch): Body,
) -> ApiResult<Json<Value>> {
    p.require_project_write(&pid)?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    // Whatever came due under the old settings happens before the change.
    let mut c = settled(&app, &conn, &pid, &cid)?;
    let before = c.body.clone();
    let def = catalogue::find(before["type"].as_str().unwrap_or_default()).expect("a stored type");
    let mut ck = Check::new(&patch);
    ck.only(WRITABLE, READ_ONLY);
    if ck.has("name") {
        ck.name("name", 100);
    }
    if ck.has("type") && patch["type"] != before["type"] {
        ck.fail("type", "is immutable; create a new connector instead");
    }
    let mut full = full_config(&c);
    match patch.get("config") {
        None => {}
        Some(Value::Object(_)) => {
            let changes = strip_flags(patch["config"].clone());
            // A new auth method replaces the whole `auth` object: the old method's fields and
            // secrets mean nothing to the new one.
            let method = changes["auth"]["method"].as_str();
            if method.is_some()
                && method != full["auth"]["method"].as_str()
                && let Some(m) = full.as_object_mut()
            {
                m.remove("auth");
            }
            merge_patch(&mut full, &changes);
        }
        Some(_) => ck.fail("config", "must be an object"),
    }
    catalogue::check_config(&mut ck, def, &full);
    let sched = match patch.get("schedule") {
        None => before["schedule"].clone(),
        Some(Value::Null) => Value::Null,
        Some(s) => {
            let mut merged = before["schedule"].clone();
            merge_patch(&mut merged, s);
            schedule::check(&mut ck, &merged).unwrap_or(Value::Null)
        }
    };
    ck.finish()?;
    schedule::check_zone(Some(&sched).filter(|s| !s.is_null()))?;

    let (config, secrets) = split_secrets(def, full);
    if let Some(n) = patch["name"].as_str() {
        c.body["name"] = n.into();
    }
    c.body["config"] = config;
    c.secrets = secrets;
    if sched != before["schedule"] {
        c.body["next_run_at"] = schedule::next_after_str(&sched, app.now());
        c.body["schedule"] = sched;
    }
    c.body["status"] = sim::derive_status(&c.body).into();
    c.body["updated_at"] = app.now_str().into();
    let name = c.body["name"].as_str().unwrap_or_default().to_string();
    Store(&conn).update(&cid, CONNECTOR, Some(&name), &c.body, &c.secrets)?;
    sim::wake(&conn, &c)?;
    Audit::by(&p, "connector.updated")
        .on("connector", Some(&cid), Some(&name))
        .project(&pid)
        .details(diff(
            &before,
            &c.body,
            &["updated_at", "status", "next_run_at", "last_run"],
        ))
        .write(&app, &conn);
    Ok(Json(render(&conn, &c, app.now())))
}

async fn remove(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    p.require_project_write(&pid)?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    let c = load(&conn, &pid, &cid)?;
    let store = Store(&conn);
    store.delete(&cid)?;
    // Runs, schema and uploads live in the connector's scope; the wake entry beside it.
    let removed = store.delete_scope(&cid)?;
    store.delete(&format!("{cid}~wake"))?;
    Audit::by(&p, "connector.deleted")
        .on("connector", Some(&cid), c.body["name"].as_str())
        .project(&pid)
        .details(json!({"type": c.body["type"], "records_deleted": removed}))
        .write(&app, &conn);
    Ok(StatusCode::NO_CONTENT)
}

async fn test(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid)): Path<(String, String)>,
    OptBody(body): OptBody,
) -> ApiResult<Json<Value>> {
    p.require_project_write(&pid)?;
    no_fields(&body)?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    let c = load(&conn, &pid, &cid)?;
    let kind = c.body["type"].as_str().unwrap_or_default();
    let checks: Vec<Value> = sim::probe(kind, &full_config(&c))
        .into_iter()
        .map(|(name, status, message, _)| json!({"name": name, "status": status, "message": message}))
        .collect();
    let success = checks.iter().all(|x| x["status"] != "failed");
    let mut audit = Audit::by(&p, "connector.tested")
        .on("connector", Some(&cid), c.body["name"].as_str())
        .project(&pid)
        .details(json!({"checks": checks}));
    if !success {
        audit = audit.failed();
    }
    audit.write(&app, &conn);
    Ok(Json(json!({"success": success, "checks": checks})))
}
