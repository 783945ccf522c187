//! A connector's discovered schema: table and column selection (from the next sync) and re-discovery.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};

use super::no_fields;
use crate::app::App;
use crate::body::{Body, Check, OptBody};
use crate::collection::{CONNECTORS, public};
use crate::error::{ApiError, ApiResult, Detail};
use crate::routes::extract::{InProject, Write};
use crate::sim::connectors::schema::{current, put, start_refresh};

pub fn routes() -> Router<Arc<App>> {
    let base = "/projects/{project_id}/connectors/{connector_id}/schema";
    Router::new()
        .route(base, get(show).patch(update))
        .route(&format!("{base}/refresh"), post(refresh))
}

async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let conn = s.db();
    let c = s.object(&conn, &CONNECTORS)?;
    Ok(Json(public(&current(&s.app, &conn, &c)?)))
}

/// Checks the shape of `{tables: [{name, selected?, columns?: [{name, selected}]}]}` (400).
fn check_patch(patch: &Value) -> ApiResult<()> {
    let mut c = Check::new(patch);
    c.only(&["tables"], &[]);
    for (i, t) in c
        .array("tables", true)
        .cloned()
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let prefix = format!("tables[{i}]");
        if !t.is_object() {
            c.details.push(Detail::new(prefix, "must be an object"));
            continue;
        }
        let mut tc = Check::nested(t, &prefix);
        tc.name("name", 255);
        tc.boolean("selected", false);
        tc.only(&["name", "selected", "columns"], &[]);
        for (j, col) in tc
            .array("columns", false)
            .cloned()
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            let mut cc = Check::nested(col, &format!("{prefix}.columns[{j}]"));
            if !col.is_object() {
                cc.details.push(Detail::new(
                    format!("{prefix}.columns[{j}]"),
                    "must be an object",
                ));
            } else {
                cc.name("name", 255);
                cc.boolean("selected", true);
                cc.only(&["name", "selected"], &[]);
            }
            tc.absorb(cc);
        }
        c.absorb(tc);
    }
    c.finish()
}

/// Applies a selection patch; names that are not in the schema are a 422 naming each one.
fn apply(schema: &mut Value, patch: &Value) -> ApiResult<()> {
    let mut unknown = Vec::new();
    let tables = schema["tables"]
        .as_array_mut()
        .expect("a schema has tables");
    for (i, change) in patch["tables"].as_array().into_iter().flatten().enumerate() {
        let name = change["name"].as_str().unwrap_or_default();
        let Some(table) = tables.iter_mut().find(|t| t["name"] == name) else {
            unknown.push(Detail::new(
                format!("tables[{i}].name"),
                format!("no table '{name}' in the discovered schema"),
            ));
            continue;
        };
        if let Some(sel) = change["selected"].as_bool() {
            table["selected"] = sel.into();
        }
        for (j, col) in change["columns"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let cname = col["name"].as_str().unwrap_or_default();
            match table["columns"]
                .as_array_mut()
                .and_then(|cs| cs.iter_mut().find(|c| c["name"] == cname))
            {
                Some(existing) => existing["selected"] = col["selected"].clone(),
                None => unknown.push(Detail::new(
                    format!("tables[{i}].columns[{j}].name"),
                    format!("no column '{cname}' in table '{name}'"),
                )),
            }
        }
    }
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(ApiError::unprocessable(
            "The selection names tables or columns that were not discovered.",
            unknown,
        ))
    }
}

async fn update(s: InProject<Write>, Body(patch): Body) -> ApiResult<Json<Value>> {
    check_patch(&patch)?;
    let conn = s.db();
    let c = s.object(&conn, &CONNECTORS)?;
    let mut schema = current(&s.app, &conn, &c)?;
    apply(&mut schema, &patch)?;
    put(&conn, &c.id, &schema)?;
    s.audit("connector.schema_updated")
        .on(CONNECTORS.kind, Some(&c.id), c.body["name"].as_str())
        .details(json!({"tables": patch["tables"]}))
        .write(&s.app, &conn);
    Ok(Json(public(&schema)))
}

async fn refresh(
    s: InProject<Write>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    no_fields(&body)?;
    let conn = s.db();
    let c = s.object(&conn, &CONNECTORS)?;
    let schema = start_refresh(&s.app, &conn, &c)?;
    s.audit("connector.schema_refresh_started")
        .on(CONNECTORS.kind, Some(&c.id), c.body["name"].as_str())
        .write(&s.app, &conn);
    Ok((StatusCode::ACCEPTED, Json(public(&schema))))
}
