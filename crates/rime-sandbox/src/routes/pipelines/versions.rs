//! Pipeline versions: list (newest first), one version, and restore (a new version with old content).

use axum::Json;
use axum::http::StatusCode;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::definition::insert_version;
use crate::collection::{PIPELINE_VERSIONS, PIPELINES, public};
use crate::domain::pipelines::dag;
use crate::error::{ApiError, ApiResult};
use crate::routes::extract::{InProject, Write};
use crate::store::{Obj, Store};

/// A version as the API shows it: `is_current` is whether the pipeline is at that version.
fn render_version(body: &Value, current: &Value) -> Value {
    let mut v = public(body);
    v["is_current"] = (body["version"] == *current).into();
    v
}

fn find(conn: &Connection, pipeline_id: &str, n: &str) -> ApiResult<Obj> {
    let number = n.parse::<u64>().ok().filter(|n| *n > 0);
    let found = match number {
        Some(n) => PIPELINE_VERSIONS.named(conn, pipeline_id, &n.to_string())?,
        None => None,
    };
    found.ok_or_else(|| {
        ApiError::not_found(format!("Version '{n}' of this pipeline was not found."))
    })
}

pub async fn list(s: InProject) -> ApiResult<Json<Value>> {
    let listing = s.listing(&PIPELINE_VERSIONS, &[])?;
    let conn = s.db();
    let pl = s.object(&conn, &PIPELINES)?;
    listing.json(&conn, &pl.id, |o| {
        render_version(&o.body, &pl.body["version"])
    })
}

pub async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let conn = s.db();
    let pl = s.object(&conn, &PIPELINES)?;
    let v = find(&conn, &pl.id, s.ids::<2>()[1])?;
    Ok(Json(render_version(&v.body, &pl.body["version"])))
}

pub async fn restore(s: InProject<Write>) -> ApiResult<(StatusCode, Json<Value>)> {
    let (app, project_id, [_, n]) = (&s.app, &s.pid, s.ids());
    let conn = s.db();
    let mut pl = s.object(&conn, &PIPELINES)?;
    let id = pl.id.clone();
    let old = find(&conn, &id, n)?;
    let current = pl.body["version"].as_i64().unwrap_or(1);
    let mut steps = old.body["steps"].as_array().cloned().unwrap_or_default();
    if dag::structure(&steps) == dag::structure(pl.body["steps"].as_array().map_or(&[][..], |v| v))
    {
        return Err(ApiError::conflict(format!(
            "Version {n} has the same steps as the current version {current}; nothing to restore."
        )));
    }
    let refs = dag::check_refs(&conn, project_id, &steps);
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
    Store(&conn).update(&id, PIPELINES.kind, Some(&name), &pl.body, &secrets)?;
    insert_version(app, &conn, &pl.body, next, json!(s.p.label()))?;
    s.audit("pipeline.version_restored")
        .on(PIPELINES.kind, Some(&id), Some(&name))
        .details(json!({"restored": old.body["version"], "version": next}))
        .write(app, &conn);
    let created = find(&conn, &id, &next.to_string())?;
    Ok((
        StatusCode::CREATED,
        Json(render_version(&created.body, &pl.body["version"])),
    ))
}
