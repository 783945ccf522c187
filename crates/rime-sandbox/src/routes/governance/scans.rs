//! PII scans (202): start a scan of the catalogue (or part of it), list and show scans; the scan
//! itself runs on the sandbox clock (`sim::pii_scans`).

use axum::Json;
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::body::{Check, OptBody};
use crate::collection::{PII_SCANS, Param};
use crate::domain::governance::catalog;
use crate::error::{ApiError, ApiResult, Detail};
use crate::routes::extract::{Govern, InProject};
use crate::sim::pii_scans::{candidates, in_scope, settle};

pub async fn start(
    s: InProject<Govern>,
    OptBody(body): OptBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let (app, pid) = (&s.app, &s.pid);
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
    let conn = s.db();
    settle(app, &conn, pid)?;
    let catalogue = catalog::columns(&conn, pid)?;
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
    let scanned = candidates(&conn, pid, &scope, include_classified)?.len();
    let id = app.new_id("pii");
    let scan = json!({
        "id": id, "project_id": pid, "status": "running", "scope": scope,
        "include_classified": include_classified, "started_at": app.now_str(), "ended_at": null,
        "columns_scanned": scanned, "findings": [], "error": null, "started_by": s.p.label(),
    });
    PII_SCANS.insert_in(&conn, &id, pid, &scan)?;
    s.audit("pii_scan.started")
        .on(PII_SCANS.kind, Some(&id), None)
        .details(json!({"scope": scope, "include_classified": include_classified, "columns_scanned": scanned}))
        .write(app, &conn);
    Ok((StatusCode::ACCEPTED, Json(scan)))
}

pub async fn list(s: InProject) -> ApiResult<axum::response::Response> {
    let listing = s.listing(
        &PII_SCANS,
        &[
            Param::OneOf("status", &["running", "completed", "failed"]),
            Param::Since("since", "$.started_at"),
        ],
    )?;
    let conn = s.db();
    settle(&s.app, &conn, &s.pid)?;
    listing.raw(&conn, &s.pid)
}

pub async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let conn = s.db();
    settle(&s.app, &conn, &s.pid)?;
    Ok(Json(PII_SCANS.load(&conn, &s.pid, s.ids::<1>()[0])?.body))
}
