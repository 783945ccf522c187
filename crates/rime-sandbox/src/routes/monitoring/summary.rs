//! `GET /monitoring/summary`: the project's health, counted from other domains' objects and alerts.

use axum::Json;
use jiff::SignedDuration;
use serde_json::{Value, json};

use crate::collection::{ALERTS, CONNECTORS, INFRA_RESOURCES};
use crate::error::ApiResult;
use crate::routes::extract::InProject;
use crate::sim;

pub async fn summary(s: InProject) -> ApiResult<Json<Value>> {
    let (app, pid) = (&s.app, &s.pid);
    let conn = s.db();
    sim::alerts::settle(app, &conn, pid)?;
    let status = |o: &crate::store::Obj| o.body["status"].as_str().unwrap_or_default().to_string();

    // Connector statuses follow their (lazily materialised) runs: settle them first.
    sim::connectors::settle_project(app, &conn, pid)?;
    let connectors = CONNECTORS.all(&conn, pid)?;
    let failing = connectors.iter().filter(|c| status(c) == "error").count();
    let paused = connectors.iter().filter(|c| status(c) == "paused").count();

    // Run states are derived from the clock by the pipelines domain: ask it, don't read raw rows.
    let since = app.now() - SignedDuration::from_hours(24);
    let (mut succeeded, mut failed, mut running, mut queued, mut cancelled) = (0, 0, 0, 0, 0);
    for run in sim::pipelines::runs::project_runs(app, &conn, pid)? {
        let started = run["started_at"]
            .as_str()
            .and_then(|s| s.parse::<jiff::Timestamp>().ok());
        if started.is_some_and(|s| s < since) {
            continue;
        }
        match run["status"].as_str().unwrap_or_default() {
            "succeeded" => succeeded += 1,
            "failed" => failed += 1,
            "running" => running += 1,
            "queued" => queued += 1,
            "cancelled" => cancelled += 1,
            _ => {}
        }
    }

    let alerts = ALERTS.all(&conn, pid)?;
    let count = |st: &str, sev: Option<&str>| {
        alerts
            .iter()
            .filter(|a| status(a) == st && sev.is_none_or(|s| a.body["severity"] == s))
            .count()
    };

    // Applies and drift checks progress with the clock; bring them up to date before counting.
    sim::infrastructure::settle(app, &conn, pid)?;
    let resources = INFRA_RESOURCES.all(&conn, pid)?;
    let pending = resources
        .iter()
        .filter(|r| status(r).starts_with("pending_"))
        .count();
    let drifted = resources.iter().filter(|r| status(r) == "drifted").count();

    Ok(Json(json!({
        "project_id": pid,
        "generated_at": app.now_str(),
        "connectors": {"total": connectors.len(), "failing": failing, "paused": paused},
        "pipelines": {"runs_24h": {"succeeded": succeeded, "failed": failed, "running": running,
                                   "queued": queued, "cancelled": cancelled}},
        "alerts": {
            "firing": count("firing", None), "acknowledged": count("acknowledged", None),
            "firing_by_severity": {"critical": count("firing", Some("critical")),
                                   "warning": count("firing", Some("warning")),
                                   "info": count("firing", Some("info"))},
        },
        "infrastructure": {"pending_changes": pending, "drifted": drifted, "total": resources.len()},
    })))
}
