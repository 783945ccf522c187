//! Transformation CRUD: unique names, a methodology fixed at creation, Data Vault gated by tier.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::super::Query;
use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::body::{Body, Check, diff, merge_patch};
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, envelope};
use crate::store::{ListQuery, NewObj, Obj, Store};

const WRITABLE: &[&str] = &["name", "methodology", "description"];
const READ_ONLY: &[&str] = &[
    "id",
    "project_id",
    "created_at",
    "updated_at",
    "model_count",
    "last_run",
];

/// Tiers that include Data Vault (the docs: Business and above).
const DATA_VAULT_TIERS: &[&str] = &["business", "business_critical"];

/// The API object: the stored body plus the model count and the newest run's summary.
pub fn render(app: &App, conn: &Connection, o: &Obj) -> ApiResult<Value> {
    let store = Store(conn);
    let mut body = o.body.clone();
    body["model_count"] = json!(store.count("transformation_model", Some(&o.id))?);
    let newest = store.list(&ListQuery {
        kind: "transformation_run",
        scope: Some(&o.id),
        filters: Vec::new(),
        newest_first: true,
        limit: 1,
        after_seq: None,
    })?;
    body["last_run"] = match newest.items.first() {
        Some(run) => {
            let v = super::run_view(&run.body, app.now());
            json!({"id": v["id"], "status": v["status"], "started_at": v["started_at"], "ended_at": v["ended_at"]})
        }
        None => Value::Null,
    };
    Ok(body)
}

pub async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    axum::extract::Query(q): Query,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let params = PageParams::from_query(&q)?;
    let conn = app.db();
    super::super::project(&app, &conn, &pid)?;
    let page = Store(&conn).list(&ListQuery {
        kind: "transformation",
        scope: Some(&pid),
        filters: Vec::new(),
        newest_first: false,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    let mut data = Vec::with_capacity(page.items.len());
    for o in &page.items {
        data.push(render(&app, &conn, o)?);
    }
    let mut out = envelope(&page, |_| Value::Null);
    out["data"] = Value::Array(data);
    Ok(Json(out))
}

/// Builds a new transformation's stored body (routes and the demo seeder).
pub fn new_body(
    id: &str,
    pid: &str,
    name: &str,
    methodology: &str,
    description: Option<&str>,
    at: &str,
) -> Value {
    json!({
        "id": id, "project_id": pid, "name": name, "methodology": methodology,
        "description": description, "created_at": at, "updated_at": at,
    })
}

pub async fn create(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    Body(body): Body,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&pid)?;
    let mut c = Check::new(&body);
    let name = c.name("name", 64);
    let methodology = c
        .one_of("methodology", super::METHODOLOGIES, false)
        .unwrap_or_else(|| "kimball".into());
    let description = c.string("description", false);
    c.only(WRITABLE, READ_ONLY);
    c.finish()?;
    let name = name.expect("checked");
    let conn = app.db();
    super::super::project(&app, &conn, &pid)?;
    if methodology == "data_vault" {
        let tier = super::super::tenant::tier(&conn)?;
        if !DATA_VAULT_TIERS.contains(&tier.as_str()) {
            return Err(ApiError::forbidden(format!(
                "Data Vault transformations need the business tier or above; this tenant is on the {tier} tier."
            )));
        }
    }
    let id = app.new_id("tfm");
    let body = new_body(
        &id,
        &pid,
        &name,
        &methodology,
        description.as_deref(),
        &app.now_str(),
    );
    Store(&conn).insert(NewObj {
        kind: "transformation",
        id: &id,
        scope: &pid,
        project_id: Some(&pid),
        name: Some(&name),
        body: &body,
        secrets: &Value::Null,
    })?;
    Audit::by(&p, "transformation.created")
        .on("transformation", Some(&id), Some(&name))
        .project(&pid)
        .details(json!({"methodology": methodology}))
        .write(&app, &conn);
    let obj = Store(&conn)
        .get("transformation", &id)?
        .expect("just inserted");
    Ok((StatusCode::CREATED, Json(render(&app, &conn, &obj)?)))
}

pub async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    let t = super::transformation(&app, &conn, &pid, &tid)?;
    Ok(Json(render(&app, &conn, &t)?))
}

pub async fn update(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid)): Path<(String, String)>,
    Body(patch): Body,
) -> ApiResult<Json<Value>> {
    p.require_project_write(&pid)?;
    let conn = app.db();
    let before = super::transformation(&app, &conn, &pid, &tid)?;
    let mut c = Check::new(&patch);
    if c.has("name") {
        c.name("name", 64);
    }
    c.string("description", false);
    let current = before.body["methodology"].as_str().unwrap_or("kimball");
    if c.has("methodology") && c.raw("methodology").and_then(Value::as_str) != Some(current) {
        c.fail(
            "methodology",
            format!("is fixed at creation ({current}); create a new transformation to use another"),
        );
    }
    c.only(WRITABLE, READ_ONLY);
    c.finish()?;
    let mut writable = patch.clone();
    if let Some(m) = writable.as_object_mut() {
        m.retain(|k, _| k == "name" || k == "description");
    }
    let mut after = before.body.clone();
    merge_patch(&mut after, &writable);
    after["description"] = after.get("description").cloned().unwrap_or(Value::Null);
    after["updated_at"] = Value::String(app.now_str());
    let name = after["name"].as_str().unwrap_or_default().to_string();
    Store(&conn).update(&tid, "transformation", Some(&name), &after, &Value::Null)?;
    Audit::by(&p, "transformation.updated")
        .on("transformation", Some(&tid), Some(&name))
        .project(&pid)
        .details(diff(&before.body, &after, &["updated_at"]))
        .write(&app, &conn);
    let obj = Store(&conn).get("transformation", &tid)?.expect("exists");
    Ok(Json(render(&app, &conn, &obj)?))
}

/// Deletes the transformation with its models and runs; refused while a run is going.
pub async fn remove(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, tid)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    p.require_project_write(&pid)?;
    let conn = app.db();
    let t = super::transformation(&app, &conn, &pid, &tid)?;
    if let Some(run) = super::runs::active(&app, &conn, &tid)? {
        return Err(ApiError::conflict(format!(
            "Run '{}' of this transformation is still running; cancel it first.",
            run["id"].as_str().unwrap_or_default()
        )));
    }
    let store = Store(&conn);
    let models = store.count("transformation_model", Some(&tid))?;
    let runs = store.count("transformation_run", Some(&tid))?;
    store.delete_scope(&tid)?;
    store.delete(&tid)?;
    Audit::by(&p, "transformation.deleted")
        .on("transformation", Some(&tid), t.body["name"].as_str())
        .project(&pid)
        .details(json!({"models_deleted": models, "runs_deleted": runs}))
        .write(&app, &conn);
    Ok(StatusCode::NO_CONTENT)
}
