//! PII scans on the sandbox clock: a scan samples its columns for 10 s plus 1 s per column, then
//! reports findings and flags the columns for review. It never classifies.
//
// It completes, or fails when the project has no Snowflake connection to sample with. Settled
// whenever scans or columns are read.

use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::app::{Actor, App, Audit};
use crate::clock::rfc3339;
use crate::collection::{COLUMNS, PII_SCANS, PROJECTS};
use crate::domain::governance::catalog::{self, CatColumn, normalise_path, states};
use crate::domain::governance::pii;
use crate::error::ApiResult;
use crate::store::{Obj, Store};

const BASE_SECONDS: i64 = 10;

pub fn in_scope(c: &CatColumn, scope: &Value) -> bool {
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
pub fn candidates(
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
    Ok(PROJECTS
        .get(conn, pid)?
        .is_some_and(|p| p.body["settings"]["snowflake"].is_object()))
}

/// Finishes every scan whose time is up: findings, flags on the columns, an audit entry.
pub fn settle(app: &App, conn: &Connection, pid: &str) -> ApiResult<()> {
    let store = Store(conn);
    let now = app.now();
    for mut scan in PII_SCANS.all(conn, pid)? {
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
        let system = Actor::system();
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
                store.insert(
                    COLUMNS
                        .new_obj(&id, pid, Some(pid), &body)
                        .named(Some(&key)),
                )?;
            }
        }
    }
    scan.body["status"] = "completed".into();
    scan.body["findings"] = Value::Array(findings);
    Ok("completed")
}
