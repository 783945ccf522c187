//! Model CRUD under a transformation: unique snake_case names, rules from `rules`, no dangling readers.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Value, json};

use super::super::Query;
use super::rules::{self, READ_ONLY, WRITABLE};
use super::{models_of, name_of};
use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::body::{Body, Check, diff, merge_patch};
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, envelope};
use crate::store::{ListQuery, NewObj, Store};

pub async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid)): Path<(String, String)>,
    axum::extract::Query(q): Query,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let params = PageParams::from_query(&q)?;
    let conn = app.db();
    super::transformation(&app, &conn, &pid, &tid)?;
    let page = Store(&conn).list(&ListQuery {
        kind: "transformation_model",
        scope: Some(&tid),
        filters: Vec::new(),
        newest_first: false,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    Ok(Json(envelope(&page, |o| o.body.clone())))
}

fn taken(name: &str) -> ApiError {
    ApiError::conflict(format!(
        "A model named '{name}' already exists in this transformation."
    ))
}

pub async fn create(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid)): Path<(String, String)>,
    Body(body): Body,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&pid)?;
    let spec = rules::shape(&body)?;
    let conn = app.db();
    let t = super::transformation(&app, &conn, &pid, &tid)?;
    let others: Vec<Value> = models_of(&conn, &tid)?
        .into_iter()
        .map(|o| o.body)
        .collect();
    if others.iter().any(|m| name_of(m) == spec.name) {
        return Err(taken(&spec.name));
    }
    rules::fit(
        &spec,
        t.body["methodology"].as_str().unwrap_or("kimball"),
        &others,
    )?;
    let id = app.new_id("mdl");
    let now = app.now_str();
    let model = spec.body(&id, &tid, &now, &now);
    Store(&conn).insert(NewObj {
        kind: "transformation_model",
        id: &id,
        scope: &tid,
        project_id: Some(&pid),
        name: Some(&spec.name),
        body: &model,
        secrets: &Value::Null,
    })?;
    Audit::by(&p, "transformation_model.created")
        .on("transformation_model", Some(&id), Some(&spec.name))
        .project(&pid)
        .details(json!({"transformation_id": tid, "kind": spec.kind, "sources": spec.sources}))
        .write(&app, &conn);
    Ok((StatusCode::CREATED, Json(model)))
}

pub async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid, mid)): Path<(String, String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    super::transformation(&app, &conn, &pid, &tid)?;
    let m = Store(&conn).get_in("transformation_model", &tid, &mid, "Model")?;
    Ok(Json(m.body))
}

/// 409 while other models read `name`: renaming or deleting it would leave them dangling.
fn unread(name: &str, models: &[Value], action: &str) -> ApiResult<()> {
    let readers = rules::readers(name, models);
    if readers.is_empty() {
        return Ok(());
    }
    Err(ApiError::conflict(format!(
        "Model '{name}' is read by {}; change their sources or tests before {action} it.",
        readers.join(", ")
    )))
}

pub async fn update(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid, mid)): Path<(String, String, String)>,
    Body(patch): Body,
) -> ApiResult<Json<Value>> {
    p.require_project_write(&pid)?;
    let mut c = Check::new(&patch);
    c.only(WRITABLE, READ_ONLY);
    c.finish()?;
    let conn = app.db();
    let t = super::transformation(&app, &conn, &pid, &tid)?;
    let before = Store(&conn).get_in("transformation_model", &tid, &mid, "Model")?;
    let mut writable = patch.clone();
    if let Some(m) = writable.as_object_mut() {
        m.retain(|k, _| WRITABLE.contains(&k.as_str()));
    }
    let mut merged = before.body.clone();
    merge_patch(&mut merged, &writable);
    let spec = rules::shape(&merged)?;
    let others: Vec<Value> = models_of(&conn, &tid)?
        .into_iter()
        .filter(|o| o.id != mid)
        .map(|o| o.body)
        .collect();
    let old_name = name_of(&before.body).to_string();
    if spec.name != old_name {
        if others.iter().any(|m| name_of(m) == spec.name) {
            return Err(taken(&spec.name));
        }
        unread(&old_name, &others, "renaming")?;
    }
    rules::fit(
        &spec,
        t.body["methodology"].as_str().unwrap_or("kimball"),
        &others,
    )?;
    let created = before.body["created_at"].as_str().unwrap_or_default();
    let after = spec.body(&mid, &tid, created, &app.now_str());
    Store(&conn).update(
        &mid,
        "transformation_model",
        Some(&spec.name),
        &after,
        &Value::Null,
    )?;
    Audit::by(&p, "transformation_model.updated")
        .on("transformation_model", Some(&mid), Some(&spec.name))
        .project(&pid)
        .details(diff(&before.body, &after, &["updated_at"]))
        .write(&app, &conn);
    Ok(Json(after))
}

pub async fn remove(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid, mid)): Path<(String, String, String)>,
) -> ApiResult<StatusCode> {
    p.require_project_write(&pid)?;
    let conn = app.db();
    super::transformation(&app, &conn, &pid, &tid)?;
    let m = Store(&conn).get_in("transformation_model", &tid, &mid, "Model")?;
    let models: Vec<Value> = models_of(&conn, &tid)?
        .into_iter()
        .map(|o| o.body)
        .collect();
    unread(name_of(&m.body), &models, "deleting")?;
    Store(&conn).delete(&mid)?;
    Audit::by(&p, "transformation_model.deleted")
        .on("transformation_model", Some(&mid), m.body["name"].as_str())
        .project(&pid)
        .details(json!({"transformation_id": tid}))
        .write(&app, &conn);
    Ok(StatusCode::NO_CONTENT)
}
