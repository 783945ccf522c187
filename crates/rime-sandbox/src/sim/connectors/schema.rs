//! A connector's discovered schema over time: discovered on first use, re-discovered by a refresh
//! that completes `REFRESH_SECONDS` after it started.

use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::app::App;
use crate::clock::rfc3339;
use crate::collection::CONNECTOR_SCHEMAS;
use crate::domain::connectors::discovery;
use crate::error::{ApiError, ApiResult};
use crate::store::{Obj, Store};

/// A refresh (re-discovery) takes this long on the sandbox clock.
pub const REFRESH_SECONDS: i64 = 30;

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
    let id = schema_id(c_id);
    Store(conn)
        .insert(CONNECTOR_SCHEMAS.new_obj(&id, c_id, Some(pid), body))
        .map(drop)
}

pub fn put(conn: &Connection, c_id: &str, body: &Value) -> ApiResult<()> {
    Store(conn).put_body(&schema_id(c_id), body)
}

/// The connector's schema now: discovered on first use (bulk-created connectors have none yet),
/// with a refresh that has run its course applied.
pub fn current(app: &App, conn: &Connection, c: &Obj) -> ApiResult<Value> {
    let kind = c.body["type"].as_str().unwrap_or_default();
    let Some(found) = CONNECTOR_SCHEMAS.get(conn, &schema_id(&c.id))? else {
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

/// Starts a re-discovery that completes `REFRESH_SECONDS` from now (409 while one runs).
pub fn start_refresh(app: &App, conn: &Connection, c: &Obj) -> ApiResult<Value> {
    let mut schema = current(app, conn, c)?;
    if schema["status"] == "refreshing" {
        return Err(ApiError::conflict(
            "A schema refresh is already in progress.",
        ));
    }
    schema["status"] = "refreshing".into();
    schema["_refresh_done_at"] =
        rfc3339(app.now() + SignedDuration::from_secs(REFRESH_SECONDS)).into();
    put(conn, &c.id, &schema)?;
    Ok(schema)
}
