//! PII scans (202): a job on the sandbox clock that samples columns, reports findings and flags
//! columns for review. It never classifies.
//
// Timing [model]: a scan takes 10 s plus 1 s per column scanned. It then completes, or fails when
// the project has no Snowflake connection to sample with. Settled whenever scans or columns are read.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;
use serde_json::{Value, json};

use super::catalog::{self, CatColumn, normalise_path};
use super::columns::states;
use super::pii;
use crate::app::{Actor, App, Audit};
use crate::auth::Principal;
use crate::body::{Check, OptBody};
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult, Detail};
use crate::page::{PageParams, envelope};
use crate::routes::Query;
use crate::routes::crud::actor_label;
use crate::store::{ListQuery, NewObj, Obj, Store};

const BASE_SECONDS: i64 = 10;

fn in_scope(c: &CatColumn, scope: &Value) -> bool {
    [
        ("database", &c.database),
        ("schema", &c.schema),
        ("table", &c.table),
    ]
    .iter()
    .all(|(k, v)| {
        scope[*k]
            .as_str()
            .is_none_or(|want| want.eq_ignore_ascii_case(v))
    })
}

/// The columns a scan samples: in scope, and unclassified unless `include_classified`.
fn candidates(
    conn: &Connection,
    pid: &str,
    scope: &Value,
    include_classified: bool,
) -> ApiResult<Vec<CatColumn>> {
    let states = states(conn, pid)?;
    Ok(catalog::columns(conn, pid)?
        .into_iter()
        .filter(|c| in_scope(c, scope))
        .filter(|c| {
            include_classified
                || states
                    .get(&normalise_path(&c.path))
                    .is_none_or(|s| s.body["privacy_level"].is_null())
        })
        .collect())
}

fn has_snowflake(conn: &Connection, pid: &str) -> ApiResult<bool> {
    Ok(Store(conn)
        .get("project", pid)?
        .is_some_and(|p| p.body["settings"]["snowflake"].is_object()))
}

pub async fn start(
    State(app): State<Arc<App>>,
    p: Principal,
    Path(pid): Path<String>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    p.require_governance_write(&pid)?;
    let body = body.unwrap_or_else(|| json!({}));
    let mut c = Check::new(&body);
    c.only(&["database", "schema", "table", "include_classified"], &[]);
    let scope = json!({
        "database": c.string("database", false),
        "schema": c.string("schema", false),
        "table": c.string("table", false),
    });
    let include_classified = c.boolean("include_classified", false).unwrap_or(false);
    c.finish()?;
    let conn = app.db();
    crate::routes::project(&app, &conn, &pid)?;
    settle(&app, &conn, &pid)?;
    let catalogue = catalog::columns(&conn, &pid)?;
    if !catalogue.iter().any(|c| in_scope(c, &scope)) {
        let field = ["table", "schema", "database"]
            .into_iter()
            .find(|k| !scope[*k].is_null())
            .unwrap_or("database");
        return Err(ApiError::unprocessable(
            "No column of the catalogue is in the scan's scope.",
            vec![Detail::new(
                field,
                "matches no column of this project's catalogue",
            )],
        ));
    }
    let scanned = candidates(&conn, &pid, &scope, include_classified)?.len();
    let id = app.new_id("pii");
    let scan = json!({
        "id": id, "project_id": pid, "status": "running", "scope": scope,
        "include_classified": include_classified, "started_at": app.now_str(), "ended_at": null,
        "columns_scanned": scanned, "findings": [], "error": null, "started_by": actor_label(&p),
    });
    Store(&conn).insert(NewObj {
        kind: "pii_scan",
        id: &id,
        scope: &pid,
        project_id: Some(&pid),
        name: None,
        body: &scan,
        secrets: &Value::Null,
    })?;
    Audit::by(&p, "pii_scan.started")
        .on("pii_scan", Some(&id), None)
        .project(&pid)
        .details(json!({"scope": scope, "include_classified": include_classified, "columns_scanned": scanned}))
        .write(&app, &conn);
    Ok((StatusCode::ACCEPTED, Json(scan)))
}

/// Finishes every scan whose time is up: findings, flags on the columns, an audit entry.
pub fn settle(app: &App, conn: &Connection, pid: &str) -> ApiResult<()> {
    let store = Store(conn);
    let now = app.now();
    for mut scan in store.all("pii_scan", Some(pid))? {
        if scan.body["status"] != "running" {
            continue;
        }
        let started: Timestamp = scan.body["started_at"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or(now);
        let n = scan.body["columns_scanned"].as_i64().unwrap_or(0);
        let end = started + SignedDuration::from_secs(BASE_SECONDS + n);
        if end > now {
            continue;
        }
        scan.body["ended_at"] = rfc3339(end).into();
        let outcome = if has_snowflake(conn, pid)? {
            complete(app, conn, pid, &mut scan, end)?
        } else {
            scan.body["status"] = "failed".into();
            scan.body["error"] = "The project has no Snowflake connection to sample columns with; set settings.snowflake first.".into();
            "failed"
        };
        store.put_body(&scan.id, &scan.body)?;
        let system = Actor {
            kind: "system",
            id: None,
            email: None,
        };
        let action = format!("pii_scan.{outcome}");
        let audit = Audit::actor(&system, None, &action)
            .on("pii_scan", Some(&scan.id), None)
            .project(pid)
            .details(json!({"findings": scan.body["findings"].as_array().map_or(0, Vec::len), "error": scan.body["error"]}));
        if outcome == "failed" {
            audit.failed()
        } else {
            audit
        }
        .write(app, conn);
    }
    Ok(())
}

fn complete(
    app: &App,
    conn: &Connection,
    pid: &str,
    scan: &mut Obj,
    end: Timestamp,
) -> ApiResult<&'static str> {
    let include = scan.body["include_classified"] == true;
    let cols = candidates(conn, pid, &scan.body["scope"], include)?;
    let mut states = states(conn, pid)?;
    let store = Store(conn);
    let mut findings = Vec::new();
    for c in &cols {
        let Some(f) = pii::detect(&c.column, &c.samples) else {
            continue;
        };
        findings.push(
            json!({"path": c.path, "pii_type": f.pii_type, "confidence": f.confidence,
                             "samples_matched": f.matched, "samples_total": f.sampled}),
        );
        let key = normalise_path(&c.path);
        let flag = json!({"pii_type": f.pii_type, "confidence": f.confidence, "scan_id": scan.id, "flagged_at": rfc3339(end)});
        match states.get_mut(&key) {
            // A classification that already says this is left alone: nothing to review.
            Some(s) if s.body["pii_type"] == f.pii_type => {}
            Some(s) => {
                s.body["flagged"] = flag;
                store.put_body(&s.id, &s.body)?;
            }
            None => {
                let body = json!({"path": c.path, "privacy_level": null, "pii_type": null,
                                  "classified_by": null, "classified_at": null, "flagged": flag});
                let id = app.new_id("col");
                store.insert(NewObj {
                    kind: "column",
                    id: &id,
                    scope: pid,
                    project_id: Some(pid),
                    name: Some(&key),
                    body: &body,
                    secrets: &Value::Null,
                })?;
            }
        }
    }
    scan.body["status"] = "completed".into();
    scan.body["findings"] = Value::Array(findings);
    Ok("completed")
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
    crate::routes::project(&app, &conn, &pid)?;
    settle(&app, &conn, &pid)?;
    let page = Store(&conn).list(&ListQuery {
        kind: "pii_scan",
        scope: Some(&pid),
        filters: Vec::new(),
        newest_first: true,
        limit: params.limit,
        after_seq: params.after_seq,
    })?;
    Ok(Json(envelope(&page, |o| o.body.clone())))
}

pub async fn show(
    State(app): State<Arc<App>>,
    p: Principal,
    Path((pid, id)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    p.require_project_read(&pid)?;
    let conn = app.db();
    crate::routes::project(&app, &conn, &pid)?;
    settle(&app, &conn, &pid)?;
    Ok(Json(
        Store(&conn).get_in("pii_scan", &pid, &id, "PII scan")?.body,
    ))
}
