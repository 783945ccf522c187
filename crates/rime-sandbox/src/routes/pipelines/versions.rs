//! Pipeline versions: list (newest first), one version, and restore (a new version with old content).

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::definition::insert_version;
use super::{actor_label, dag, pipeline, public};
use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::error::{ApiError, ApiResult};
use crate::page::{PageParams, envelope};
use crate::store::{ListQuery, Obj, Store};

/// A version as the API shows it: `is_current` is whether the pipeline is at that version.
fn render_version(body: &Value, current: &Value) -> Value {
    let mut v = public(body);
    v["is_current"] = (body["version"] == *current).into();
    v
}

fn find(conn: &Connection, pipeline_id: &str, n: &str) -> ApiResult<Obj> {
    let number = n.parse::<u64>().ok().filter(|n| *n > 0);
    let found = match number {
        Some(n) => Store(conn).find_by_name("pipeline_version", pipeline_id, &n.to_string())?,
        None => None,
    };
    found.ok_or_else(|| {
        ApiError::not_found(format!("Version '{n}' of this pipeline was not found."))
    })
}

pub async fn list(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((project_id, id)): Path<(String, String)>,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&project_id)?;
    let params = PageParams::from_query(&q)?;
    let conn = app.db();
    let pl = pipeline(&app, &conn, &project_id, &id)?;
    let page = Store(&conn).list(&ListQuery {
        kind: "pipeline_version",
        scope: Some(&id),
        filters: Vec::new(),
        newest_first: true,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    Ok(Json(envelope(&page, |o| {
        render_version(&o.body, &pl.body["version"])
    })))
}

pub async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((project_id, id, n)): Path<(String, String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&project_id)?;
    let conn = app.db();
    let pl = pipeline(&app, &conn, &project_id, &id)?;
    let v = find(&conn, &id, &n)?;
    Ok(Json(render_version(&v.body, &pl.body["version"])))
}

pub async fn restore(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((project_id, id, n)): Path<(String, String, String)>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&project_id)?;
    let conn = app.db();
    let mut pl = pipeline(&app, &conn, &project_id, &id)?;
    let old = find(&conn, &id, &n)?;
    let current = pl.body["version"].as_i64().unwrap_or(1);
    let mut steps = old.body["steps"].as_array().cloned().unwrap_or_default();
    if dag::structure(&steps) == dag::structure(pl.body["steps"].as_array().map_or(&[][..], |v| v))
    {
        return Err(ApiError::conflict(format!(
            "Version {n} has the same steps as the current version {current}; nothing to restore."
        )));
    }
    let refs = dag::check_refs(&conn, &project_id, &steps);
    if !refs.is_empty() {
        return Err(ApiError::unprocessable(
            format!("Version {n} refers to objects that no longer exist."),
            refs,
        ));
    }
    // Secrets are kept by step key; a restored webhook step has one only if it still does.
    for s in &mut steps {
        let has_secret = pl
            .secrets
            .get(s["key"].as_str().unwrap_or_default())
            .is_some();
        if let Some(c) = s["config"]
            .as_object_mut()
            .filter(|c| c.contains_key("secret_set"))
        {
            c.insert("secret_set".into(), has_secret.into());
        }
    }
    let mut secrets = pl.secrets.clone();
    if let Some(m) = secrets.as_object_mut() {
        m.retain(|k, _| steps.iter().any(|s| s["key"] == k.as_str()));
    }
    let next = current + 1;
    pl.body["steps"] = Value::Array(steps);
    pl.body["version"] = next.into();
    pl.body["updated_at"] = app.now_str().into();
    let name = pl.body["name"].as_str().unwrap_or_default().to_string();
    Store(&conn).update(&id, "pipeline", Some(&name), &pl.body, &secrets)?;
    insert_version(&app, &conn, &pl.body, next, actor_label(&p))?;
    Audit::by(&p, "pipeline.version_restored")
        .on("pipeline", Some(&id), Some(&name))
        .project(&project_id)
        .details(json!({"restored": old.body["version"], "version": next}))
        .write(&app, &conn);
    let created = find(&conn, &id, &next.to_string())?;
    Ok((
        StatusCode::CREATED,
        Json(render_version(&created.body, &pl.body["version"])),
    ))
}
