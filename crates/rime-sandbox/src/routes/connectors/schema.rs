//! A connector's discovered schema: table and column selection (from the next sync) and re-discovery.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;
use serde_json::{Value, json};

use super::{SCHEMA, discovery, load, no_fields, project, public};
use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::body::{Body, Check, OptBody};
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult, Detail};
use crate::store::{NewObj, Obj, Store};

/// A refresh (re-discovery) takes this long on the sandbox clock.
pub const REFRESH_SECONDS: i64 = 30;

pub fn routes() -> Router<Arc<App>> {
    let base = "/projects/{project_id}/connectors/{connector_id}/schema";
    Router::new()
        .route(base, get(show).patch(update))
        .route(&format!("{base}/refresh"), post(refresh))
}

fn schema_id(cid: &str) -> String {
    format!("{cid}~schema")
}

/// A freshly discovered schema body.
pub fn discovered(c_id: &str, kind: &str, config: &Value, at: &str) -> Value {
    json!({
        "connector_id": c_id, "status": "ready", "discovered_at": at,
        "tables": discovery::tables(kind, config),
    })
}

pub fn insert(conn: &Connection, c_id: &str, pid: &str, body: &Value) -> ApiResult<()> {
    Store(conn)
        .insert(NewObj {
            kind: SCHEMA,
            id: &schema_id(c_id),
            scope: c_id,
            project_id: Some(pid),
            name: None,
            body,
            secrets: &Value::Null,
        })
        .map(drop)
}

pub fn put(conn: &Connection, c_id: &str, body: &Value) -> ApiResult<()> {
    Store(conn).put_body(&schema_id(c_id), body)
}

/// The connector's schema now: discovered on first use (bulk-created connectors have none yet),
/// with a refresh that has run its course applied.
pub fn current(app: &App, conn: &Connection, c: &Obj) -> ApiResult<Value> {
    let store = Store(conn);
    let kind = c.body["type"].as_str().unwrap_or_default();
    let Some(found) = store.get(SCHEMA, &schema_id(&c.id))? else {
        let body = discovered(
            &c.id,
            kind,
            &c.body["config"],
            c.body["created_at"].as_str().unwrap_or_default(),
        );
        insert(conn, &c.id, &c.scope, &body)?;
        return Ok(body);
    };
    let mut body = found.body;
    let due = body["_refresh_done_at"]
        .as_str()
        .and_then(|s| s.parse::<Timestamp>().ok())
        .filter(|t| *t <= app.now());
    if let Some(done) = due {
        // File connectors' tables come from their uploads, which a refresh re-reads unchanged.
        if kind != "file" {
            let mut fresh = discovery::tables(kind, &c.body["config"]);
            discovery::keep_selection(&mut fresh, &body);
            body["tables"] = fresh.into();
        }
        body["status"] = "ready".into();
        body["discovered_at"] = rfc3339(done).into();
        if let Some(m) = body.as_object_mut() {
            m.remove("_refresh_done_at");
        }
        put(conn, &c.id, &body)?;
    }
    Ok(body)
}

async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    let c = load(&conn, &pid, &cid)?;
    Ok(Json(public(&current(&app, &conn, &c)?)))
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

async fn update(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid)): Path<(String, String)>,
    Body(patch): Body,
) -> ApiResult<Json<Value>> {
    p.require_project_write(&pid)?;
    check_patch(&patch)?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    let c = load(&conn, &pid, &cid)?;
    let mut schema = current(&app, &conn, &c)?;
    apply(&mut schema, &patch)?;
    put(&conn, &cid, &schema)?;
    Audit::by(&p, "connector.schema_updated")
        .on("connector", Some(&cid), c.body["name"].as_str())
        .project(&pid)
        .details(json!({"tables": patch["tables"]}))
        .write(&app, &conn);
    Ok(Json(public(&schema)))
}

async fn refresh(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, cid)): Path<(String, String)>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_project_write(&pid)?;
    no_fields(&body)?;
    let conn = app.db();
    project(&app, &conn, &pid)?;
    let c = load(&conn, &pid, &cid)?;
    let mut schema = current(&app, &conn, &c)?;
    if schema["status"] == "refreshing" {
        return Err(ApiError::conflict(
            "A schema refresh is already in progress.",
        ));
    }
    schema["status"] = "refreshing".into();
    schema["_refresh_done_at"] =
        rfc3339(app.now() + SignedDuration::from_secs(REFRESH_SECONDS)).into();
    put(&conn, &cid, &schema)?;
    Audit::by(&p, "connector.schema_refresh_started")
        .on("connector", Some(&cid), c.body["name"].as_str())
        .project(&pid)
        .write(&app, &conn);
    Ok((StatusCode::ACCEPTED, Json(public(&schema))))
}
