//! Desired state: create, update and delete only mark pending changes; the type catalogue.

use axum::Json;
use axum::http::StatusCode;
use axum::response::Response;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::{running_apply, settled};
use crate::app::App;
use crate::body::{Body, Check, diff, merge_patch};
use crate::collection::{INFRA_RESOURCES, Param};
use crate::domain::infrastructure::state::{
    State as InfraState, invalidate_plans, resource_key, save_state, state_of, sync_resource, text,
};
use crate::domain::infrastructure::{config, types};
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, envelope_vec};
use crate::routes::extract::{InProject, Write};
use crate::store::{Filter, Obj, Store};

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
const STATUSES: &[&str] = &[
    "pending_create",
    "pending_update",
    "pending_delete",
    "active",
    "failed",
    "drifted",
];

pub async fn list(s: InProject) -> ApiResult<Response> {
    let listing = s.listing(
        &INFRA_RESOURCES,
        &[
            Param::OneOfAny("type", types::type_names),
            Param::OneOf("status", STATUSES),
            Param::Eq("name"),
        ],
    )?;
    listing.raw(&*settled(&s)?, &s.pid)
}

pub async fn catalogue(s: InProject) -> ApiResult<Json<Value>> {
    let params = PageParams::from_query(&s.query)?;
    let all = types::TYPES.iter().map(config::describe).collect();
    Ok(Json(envelope_vec(all, params)))
}

pub async fn create(s: InProject<Write>, Body(body): Body) -> ApiResult<(StatusCode, Json<Value>)> {
    let (app, pid) = (&s.app, &s.pid);
    let conn = settled(&s)?;
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
    let identifier = s.project.body["identifier"].as_str().unwrap_or_default();
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
    if INFRA_RESOURCES.named(&conn, pid, &key)?.is_some() {
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
    store.insert(
        INFRA_RESOURCES
            .new_obj(&id, pid, Some(pid), &resource)
            .named(Some(&key)),
    )?;
    let st = InfraState::for_resource(app.new_id("ist"), &resource);
    save_state(&store, pid, &st)?;
    invalidate_plans(&store, pid)?;
    s.audit("infrastructure.resource_created")
        .on("infrastructure_resource", Some(&id), Some(&name))
        .details(json!({"type": spec.name, "config": config}))
        .write(app, &conn);
    Ok((StatusCode::CREATED, Json(resource)))
}

fn bucket_taken(store: &Store<'_>, name: &str) -> ApiResult<bool> {
    let filters = vec![
        Filter::eq("$.type", "aws_s3_bucket"),
        Filter::eq("$.name", name),
    ];
    Ok(store
        .first(INFRA_RESOURCES.kind, None, filters, false)?
        .is_some())
}

pub async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let conn = settled(&s)?;
    Ok(Json(
        INFRA_RESOURCES.load(&conn, &s.pid, s.ids::<1>()[0])?.body,
    ))
}

/// Refuses to change a resource the running apply is working on.
fn check_not_applying(conn: &Connection, pid: &str, id: &str) -> ApiResult<()> {
    if let Some(apply) = running_apply(conn, pid)?
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

/// The path's resource and its state record (a new one if it has none yet).
fn with_state(app: &App, conn: &Connection, pid: &str, id: &str) -> ApiResult<(Obj, InfraState)> {
    let resource = INFRA_RESOURCES.load(conn, pid, id)?;
    let st = state_of(&Store(conn), pid, id)?
        .unwrap_or_else(|| InfraState::for_resource(app.new_id("ist"), &resource.body));
    Ok((resource, st))
}

pub async fn update(s: InProject<Write>, Body(patch): Body) -> ApiResult<Json<Value>> {
    let (app, pid, [id]) = (&s.app, &s.pid, s.ids());
    let conn = settled(&s)?;
    let store = Store(&conn);
    let (mut resource, mut st) = with_state(app, &conn, pid, id)?;
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
        let identifier = s.project.body["identifier"].as_str().unwrap_or_default();
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
    check_not_applying(&conn, pid, id)?;
    let before = resource.body["config"].clone();
    if config != before {
        resource.body["config"] = config.clone();
        resource.body["updated_at"] = json!(app.now_str());
        st.error = None;
        store.put_body(&resource.id, &resource.body)?;
        save_state(&store, pid, &st)?;
        sync_resource(&store, &mut resource, &st)?;
        invalidate_plans(&store, pid)?;
        let name = text(&resource.body, "name");
        s.audit("infrastructure.resource_updated")
            .on("infrastructure_resource", Some(id), Some(&name))
            .details(diff(&before, &config, &[]))
            .write(app, &conn);
    }
    Ok(Json(resource.body))
}

pub async fn remove(s: InProject<Write>) -> ApiResult<(StatusCode, Json<Value>)> {
    let (app, pid, [id]) = (&s.app, &s.pid, s.ids());
    let conn = settled(&s)?;
    let store = Store(&conn);
    let (mut resource, mut st) = with_state(app, &conn, pid, id)?;
    if !st.delete_requested {
        check_not_applying(&conn, pid, id)?;
        st.delete_requested = true;
        st.error = None;
        save_state(&store, pid, &st)?;
        resource.body["updated_at"] = json!(app.now_str());
        store.put_body(&resource.id, &resource.body)?;
        sync_resource(&store, &mut resource, &st)?;
        invalidate_plans(&store, pid)?;
        let name = text(&resource.body, "name");
        s.audit("infrastructure.resource_deleted")
            .on("infrastructure_resource", Some(id), Some(&name))
            .details(json!({"type": resource.body["type"], "destroyed_by": "the next apply"}))
            .write(app, &conn);
    }
    Ok((StatusCode::ACCEPTED, Json(resource.body)))
}
