//! Desired state: create, update and delete only mark pending changes; the type catalogue.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Value, json};

use super::state::{
    RESOURCE, State as InfraState, invalidate_plans, resource_key, save_state, state_of,
    sync_resource, text,
};
use super::{config, running_apply, types};
use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::body::{Body, Check, diff, merge_patch};
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, envelope, envelope_vec};
use crate::routes::Query;
use crate::store::{Filter, ListQuery, NewObj, Obj, Store};

const WRITABLE: &[&str] = &["type", "name", "config"];
/// Fields of a Resource a client may echo back (`get -o json` → `create --from-file`); ignored.
const READ_ONLY: &[&str] = &[
    "id",
    "project_id",
    "status",
    "created_at",
    "updated_at",
    "applied_at",
    "last_error",
];
pub const STATUSES: &[&str] = &[
    "pending_create",
    "pending_update",
    "pending_delete",
    "active",
    "failed",
    "drifted",
];

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!(
        "Infrastructure resource with ID '{id}' was not found in this project."
    ))
}

pub fn load(store: &Store<'_>, pid: &str, id: &str) -> ApiResult<Obj> {
    match store.get(RESOURCE, id)? {
        Some(o) if o.scope == pid => Ok(o),
        _ => Err(not_found(id)),
    }
}

pub async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    axum::extract::Query(q): Query,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let params = PageParams::from_query(&q)?;
    let mut filters = Vec::new();
    let mut c = Check::new(&Value::Null);
    if let Some(t) = q.get("type") {
        if types::spec(t).is_none() {
            c.fail(
                "type",
                format!("must be one of: {}", types::type_names().join(", ")),
            );
        }
        filters.push(Filter::eq("$.type", t.as_str()));
    }
    if let Some(s) = q.get("status") {
        if !STATUSES.contains(&s.as_str()) {
            c.fail("status", format!("must be one of: {}", STATUSES.join(", ")));
        }
        filters.push(Filter::eq("$.status", s.as_str()));
    }
    if let Some(n) = q.get("name") {
        filters.push(Filter::eq("$.name", n.as_str()));
    }
    c.finish()?;
    let conn = app.db();
    super::open_project(&app, &conn, &pid)?;
    let page = Store(&conn).list(&ListQuery {
        kind: RESOURCE,
        scope: Some(&pid),
        filters,
        newest_first: false,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    Ok(Json(envelope(&page, |o| o.body.clone())))
}

pub async fn catalogue(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    axum::extract::Query(q): Query,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let params = PageParams::from_query(&q)?;
    super::project_of(&app, &app.db(), &pid)?;
    let all = types::TYPES.iter().map(config::describe).collect();
    Ok(Json(envelope_vec(all, params)))
}

pub async fn create(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    Body(body): Body,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&pid)?;
    let conn = app.db();
    let project = super::open_project(&app, &conn, &pid)?;
    let store = Store(&conn);
    let mut c = Check::new(&body);
    let kind = c.string("type", true);
    let spec = kind.as_deref().and_then(|k| {
        let s = types::spec(k);
        if s.is_none() {
            c.fail(
                "type",
                format!("must be one of: {}", types::type_names().join(", ")),
            );
        }
        s
    });
    let raw_name = c.name("name", 255);
    let config =
        spec.map(|s| config::check_config(s, c.raw("config").unwrap_or(&Value::Null), &mut c));
    let identifier = project.body["identifier"].as_str().unwrap_or_default();
    let name = match (spec, raw_name) {
        (Some(s), Some(n)) => match config::normalise_name(s, &n, identifier) {
            Ok(n) => Some(n),
            Err(msg) => {
                c.fail("name", msg);
                None
            }
        },
        _ => None,
    };
    c.only(WRITABLE, READ_ONLY);
    c.finish()?;
    let (spec, name, config) = (
        spec.expect("checked"),
        name.expect("checked"),
        config.expect("checked"),
    );
    let key = resource_key(spec.name, &name);
    if store.find_by_name(RESOURCE, &pid, &key)?.is_some() {
        return Err(ApiError::conflict(format!(
            "A {} named '{name}' already exists in this project.",
            spec.name
        )));
    }
    if spec.name_rule == types::NameRule::S3Bucket && bucket_taken(&store, &name)? {
        return Err(ApiError::conflict(format!(
            "S3 bucket names are globally unique: '{name}' is taken."
        )));
    }
    let id = app.new_id("inf");
    let now = app.now_str();
    let resource = json!({
        "id": id, "project_id": pid, "type": spec.name, "name": name, "config": config,
        "status": "pending_create", "created_at": now, "updated_at": now,
        "applied_at": null, "last_error": null,
    });
    store.insert(NewObj {
        kind: RESOURCE,
        id: &id,
        scope: &pid,
        project_id: Some(&pid),
        name: Some(&key),
        body: &resource,
        secrets: &Value::Null,
    })?;
    save_state(
        &store,
        &pid,
        &InfraState::for_resource(app.new_id("ist"), &resource),
    )?;
    invalidate_plans(&store, &pid)?;
    Audit::by(&p, "infrastructure.resource_created")
        .on("infrastructure_resource", Some(&id), Some(&name))
        .project(&pid)
        .details(json!({"type": spec.name, "config": config}))
        .write(&app, &conn);
    Ok((StatusCode::CREATED, Json(resource)))
}

fn bucket_taken(store: &Store<'_>, name: &str) -> ApiResult<bool> {
    let page = store.list(&ListQuery {
        kind: RESOURCE,
        scope: None,
        filters: vec![
            Filter::eq("$.type", "aws_s3_bucket"),
            Filter::eq("$.name", name),
        ],
        newest_first: false,
        limit: 1,
        after_seq: None,
    })?;
    Ok(!page.items.is_empty())
}

pub async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    super::open_project(&app, &conn, &pid)?;
    Ok(Json(load(&Store(&conn), &pid, &id)?.body))
}

/// Refuses to change a resource the running apply is working on.
fn check_not_applying(store: &Store<'_>, pid: &str, id: &str) -> ApiResult<()> {
    if let Some(apply) = running_apply(store, pid)?
        && apply.body["results"]
            .as_array()
            .is_some_and(|r| r.iter().any(|r| r["resource_id"] == id))
    {
        return Err(ApiError::conflict(format!(
            "Apply {} is changing this resource; wait for it to finish.",
            apply.id
        )));
    }
    Ok(())
}

pub async fn update(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, id)): Path<(String, String)>,
    Body(patch): Body,
) -> ApiResult<Json<Value>> {
    p.require_project_write(&pid)?;
    let conn = app.db();
    let project = super::open_project(&app, &conn, &pid)?;
    let store = Store(&conn);
    let mut resource = load(&store, &pid, &id)?;
    let mut st = state_of(&store, &pid, &id)?
        .unwrap_or_else(|| InfraState::for_resource(app.new_id("ist"), &resource.body));
    let kind = text(&resource.body, "type");
    let spec = types::spec(&kind).ok_or_else(|| ApiError::internal("unknown stored type"))?;
    let mut c = Check::new(&patch);
    if let Some(t) = c.string("type", false)
        && t != kind
    {
        c.fail(
            "type",
            "is immutable; create a new resource and delete this one",
        );
    }
    if let Some(n) = c.string("name", false) {
        let identifier = project.body["identifier"].as_str().unwrap_or_default();
        if config::normalise_name(spec, &n, identifier).ok().as_deref()
            != resource.body["name"].as_str()
        {
            c.fail(
                "name",
                "is immutable; create a new resource and delete this one",
            );
        }
    }
    let mut merged = resource.body["config"].clone();
    match c.raw("config") {
        Some(v @ Value::Object(_)) => merge_patch(&mut merged, v),
        Some(Value::Null) | None => {}
        Some(_) => c.fail("config", "must be an object"),
    }
    let config = config::check_config(spec, &merged, &mut c);
    c.only(WRITABLE, READ_ONLY);
    c.finish()?;
    if st.delete_requested {
        return Err(ApiError::conflict(
            "This resource is pending deletion; it cannot be changed.",
        ));
    }
    check_not_applying(&store, &pid, &id)?;
    let before = resource.body["config"].clone();
    if config != before {
        resource.body["config"] = config.clone();
        resource.body["updated_at"] = json!(app.now_str());
        st.error = None;
        store.put_body(&resource.id, &resource.body)?;
        save_state(&store, &pid, &st)?;
        sync_resource(&store, &mut resource, &st)?;
        invalidate_plans(&store, &pid)?;
        let name = text(&resource.body, "name");
        Audit::by(&p, "infrastructure.resource_updated")
            .on("infrastructure_resource", Some(&id), Some(&name))
            .project(&pid)
            .details(diff(&before, &config, &[]))
            .write(&app, &conn);
    }
    Ok(Json(resource.body))
}

pub async fn remove(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, id)): Path<(String, String)>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&pid)?;
    let conn = app.db();
    super::open_project(&app, &conn, &pid)?;
    let store = Store(&conn);
    let mut resource = load(&store, &pid, &id)?;
    let mut st = state_of(&store, &pid, &id)?
        .unwrap_or_else(|| InfraState::for_resource(app.new_id("ist"), &resource.body));
    if !st.delete_requested {
        check_not_applying(&store, &pid, &id)?;
        st.delete_requested = true;
        st.error = None;
        save_state(&store, &pid, &st)?;
        resource.body["updated_at"] = json!(app.now_str());
        store.put_body(&resource.id, &resource.body)?;
        sync_resource(&store, &mut resource, &st)?;
        invalidate_plans(&store, &pid)?;
        let name = text(&resource.body, "name");
        Audit::by(&p, "infrastructure.resource_deleted")
            .on("infrastructure_resource", Some(&id), Some(&name))
            .project(&pid)
            .details(json!({"type": resource.body["type"], "destroyed_by": "the next apply"}))
            .write(&app, &conn);
    }
    Ok((StatusCode::ACCEPTED, Json(resource.body)))
}
