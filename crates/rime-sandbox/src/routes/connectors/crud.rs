//! Connector CRUD with per-type config validation and write-only secrets, plus the connection test.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};

use super::no_fields;
use crate::app::App;
use crate::body::{Body, Check, OptBody, diff, merge_patch};
use crate::collection::{CONNECTORS, Param};
use crate::domain::connectors::{
    catalogue, full_config, new_body, schedule, split_secrets, strip_flags,
};
use crate::error::ApiResult;
use crate::routes::extract::{InProject, Write};
use crate::sim::connectors::{self as sim, render, schema, settle_project, settled};
use crate::store::{Obj, Store};

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
const STATUSES: &[&str] = &["active", "paused", "error"];

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

async fn list(s: InProject) -> ApiResult<Json<Value>> {
    let listing = s.listing(
        &CONNECTORS,
        &[
            Param::OneOfAny("type", catalogue::type_names),
            Param::OneOf("status", STATUSES),
        ],
    )?;
    let conn = s.db();
    settle_project(&s.app, &conn, &s.pid)?;
    let now = s.app.now();
    listing.json(&conn, &s.pid, |o| render(&conn, o, now))
}

async fn create(s: InProject<Write>, Body(body): Body) -> ApiResult<(StatusCode, Json<Value>)> {
    let (app, pid) = (&s.app, &s.pid);
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

    let conn = s.db();
    let id = app.new_id("con");
    let now = app.now();
    let now_s = app.now_str();
    let mut body = new_body(
        (&id, pid, &name),
        (def.name, def.category),
        config,
        json!(sched),
        &now_s,
    );
    body["next_run_at"] = sched
        .as_ref()
        .map(|s| schedule::next_after_str(s, now))
        .unwrap_or(Value::Null);
    let mut obj = Obj {
        seq: 0,
        id: id.clone(),
        scope: pid.clone(),
        body,
        secrets,
    };
    obj.body["status"] = sim::derive_status(&obj.body).into();
    let new = CONNECTORS.new_obj(&id, pid, Some(pid), &obj.body);
    Store(&conn).insert(new.named(Some(&name)).secrets(&obj.secrets))?;
    let discovered = schema::discovered(&id, def.name, &obj.body["config"], &now_s);
    schema::insert(&conn, &id, pid, &discovered)?;
    sim::wake(&conn, &obj)?;
    s.audit("connector.created")
        .on(CONNECTORS.kind, Some(&id), Some(&name))
        .details(obj.body.clone())
        .write(app, &conn);
    Ok((StatusCode::CREATED, Json(obj.body)))
}

async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let conn = s.db();
    let c = settled(&s.app, &conn, &s.pid, s.ids::<1>()[0])?;
    Ok(Json(render(&conn, &c, s.app.now())))
}

async fn update(s: InProject<Write>, Body(patch): Body) -> ApiResult<Json<Value>> {
    let (app, [cid]) = (&s.app, s.ids());
    let conn = s.db();
    // Whatever came due under the old settings happens before the change.
    let mut c = settled(app, &conn, &s.pid, cid)?;
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
    Store(&conn).update(cid, CONNECTORS.kind, Some(&name), &c.body, &c.secrets)?;
    sim::wake(&conn, &c)?;
    s.audit("connector.updated")
        .on(CONNECTORS.kind, Some(cid), Some(&name))
        .details(diff(
            &before,
            &c.body,
            &["updated_at", "status", "next_run_at", "last_run"],
        ))
        .write(app, &conn);
    Ok(Json(render(&conn, &c, app.now())))
}

async fn remove(s: InProject<Write>) -> ApiResult<StatusCode> {
    let conn = s.db();
    let c = s.object(&conn, &CONNECTORS)?;
    let store = Store(&conn);
    store.delete(&c.id)?;
    // Runs, schema and uploads live in the connector's scope; the wake entry beside it.
    let removed = store.delete_scope(&c.id)?;
    store.delete(&format!("{}~wake", c.id))?;
    s.audit("connector.deleted")
        .on(CONNECTORS.kind, Some(&c.id), c.body["name"].as_str())
        .details(json!({"type": c.body["type"], "records_deleted": removed}))
        .write(&s.app, &conn);
    Ok(StatusCode::NO_CONTENT)
}

async fn test(s: InProject<Write>, OptBody(body): OptBody) -> ApiResult<Json<Value>> {
    no_fields(&body)?;
    let conn = s.db();
    let c = s.object(&conn, &CONNECTORS)?;
    let kind = c.body["type"].as_str().unwrap_or_default();
    let checks: Vec<Value> = sim::probe(kind, &full_config(&c))
        .into_iter()
        .map(|(name, status, message, _)| json!({"name": name, "status": status, "message": message}))
        .collect();
    let success = checks.iter().all(|x| x["status"] != "failed");
    let mut audit = s
        .audit("connector.tested")
        .on(CONNECTORS.kind, Some(&c.id), c.body["name"].as_str())
        .details(json!({"checks": checks}));
    if !success {
        audit = audit.failed();
    }
    audit.write(&s.app, &conn);
    Ok(Json(json!({"success": success, "checks": checks})))
}
