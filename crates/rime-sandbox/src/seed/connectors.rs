//! Demo connectors for the `demo` project (with schedules and run history) and the bulk generator's rows.

use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{Value, json};

use super::SeedCtx;
use crate::app::App;
use crate::clock::rfc3339;
use crate::collection::{CONNECTOR_UPLOADS, CONNECTORS, PROJECTS};
use crate::domain::connectors::{catalogue, new_body, schedule, split_secrets};
use crate::error::{ApiError, ApiResult};
use crate::sim::connectors::{self as sim, schema};
use crate::store::{Obj, Store};

/// The instant the seeded history leads up to (the test clock's start): every demo schedule's
/// firings up to here are in the history, the next one is after it.
const HISTORY_UNTIL: &str = "2026-11-28T09:00:00Z";

struct Demo {
    name: &'static str,
    kind: &'static str,
    config: Value,
    /// (cron, timezone, enabled)
    schedule: Option<(&'static str, &'static str, bool)>,
    /// How far back the scheduled history reaches, in hours.
    history_hours: i64,
    /// Manual runs, as RFC 3339 start times.
    manual: &'static [&'static str],
}

fn demos() -> Vec<Demo> {
    let nz = schedule::DEFAULT_ZONE;
    vec![
        Demo {
            name: "orders-db",
            kind: "postgresql",
            config: json!({"host": "pg-prod.kiwi-outdoors.internal", "port": 5432, "database": "shop",
                           "username": "rime_reader", "password": "sandbox-pg-secret", "ssl_mode": "require"}),
            schedule: Some(("30 * * * *", nz, true)),
            history_hours: 150,
            manual: &[],
        },
        Demo {
            name: "crm-salesforce",
            kind: "salesforce",
            config: json!({"environment": "production", "refresh_token": "sandbox-sf-refresh"}),
            schedule: Some(("0 6 * * *", nz, true)),
            history_hours: 14 * 24,
            manual: &[],
        },
        Demo {
            name: "xero-accounting",
            kind: "xero",
            config: json!({"refresh_token": "sandbox-xero-refresh"}),
            schedule: Some(("0 2 * * *", nz, false)),
            history_hours: 0,
            manual: &[
                "2026-11-18T13:00:00Z",
                "2026-11-19T13:00:00Z",
                "2026-11-20T13:00:00Z",
            ],
        },
        Demo {
            name: "shopify-store",
            kind: "shopify",
            config: json!({"shop_domain": "kiwi-outdoors.myshopify.com", "access_token": "sandbox-shopify-token"}),
            schedule: Some(("0 */6 * * *", "UTC", true)),
            history_hours: 72,
            manual: &[],
        },
        Demo {
            name: "support-jira",
            kind: "jira",
            config: json!({"instance_url": "https://kiwi-outdoors.atlassian.net", "email": "data@kiwi-outdoors.co.nz",
                           "api_token": "sandbox-jira-token", "projects": ["SUP", "OPS"]}),
            schedule: None,
            history_hours: 0,
            manual: &["2026-11-20T21:05:00Z", "2026-11-26T03:40:00Z"],
        },
        Demo {
            name: "engineering-github",
            kind: "github",
            config: json!({"organization": "kiwi-outdoors", "token": "sandbox-github-token"}),
            schedule: Some(("0 3 * * 1", nz, true)),
            history_hours: 21 * 24,
            manual: &[],
        },
        Demo {
            name: "legacy-erp",
            kind: "mysql",
            config: json!({"host": "unreachable.erp.kiwi-outdoors.internal", "port": 3306, "database": "erp",
                           "username": "rime", "password": "sandbox-mysql-secret"}),
            schedule: Some(("0 4 * * *", nz, true)),
            history_hours: 72,
            manual: &[],
        },
        Demo {
            name: "events-mongo",
            kind: "mongodb",
            config: json!({"connection_uri": "mongodb+srv://rime:sandbox@events.kiwi-outdoors.mongodb.net", "database": "events"}),
            schedule: None,
            history_hours: 0,
            manual: &["2026-11-27T22:15:00Z"],
        },
        Demo {
            name: "weather-api",
            kind: "rest_api",
            config: json!({"base_url": "https://api.weather.example/v2",
                           "auth": {"method": "api_key", "key_name": "X-API-Key", "api_key": "sandbox-weather-key", "location": "header"},
                           "endpoints": [{"path": "/observations", "table": "observations"},
                                         {"path": "/forecasts", "table": "forecasts"},
                                         {"path": "/stations/broken", "table": "broken_stations"}]}),
            schedule: Some(("0 */3 * * *", nz, true)),
            history_hours: 24,
            manual: &[],
        },
        Demo {
            name: "store-targets",
            kind: "file",
            config: json!({"format": "csv"}),
            schedule: None,
            history_hours: 0,
            manual: &["2026-11-02T20:00:00Z"],
        },
        Demo {
            name: "budget-sheets",
            kind: "google_sheets",
            config: json!({"spreadsheet_id": "1Kx9vQw3budget2026", "refresh_token": "sandbox-sheets-refresh"}),
            schedule: Some(("0 7 * * 1-5", nz, true)),
            history_hours: 7 * 24,
            manual: &[],
        },
    ]
}

/// Seeds the demo connectors; runs are recorded as they would have happened, oldest first.
pub fn seed(ctx: &SeedCtx<'_>) -> anyhow::Result<()> {
    let until: Timestamp = HISTORY_UNTIL.parse()?;
    // Some 300 rows: one transaction instead of one per statement.
    ctx.conn.execute_batch("SAVEPOINT connectors_seed")?;
    for demo in demos() {
        if let Err(e) = seed_one(ctx, &demo, until) {
            ctx.conn
                .execute_batch("ROLLBACK TO connectors_seed; RELEASE connectors_seed")?;
            anyhow::bail!("seeding {}: {}", demo.name, e.message);
        }
    }
    ctx.conn.execute_batch("RELEASE connectors_seed")?;
    Ok(())
}

fn seed_one(ctx: &SeedCtx<'_>, demo: &Demo, until: Timestamp) -> ApiResult<()> {
    let (app, conn) = (ctx.app, ctx.conn);
    let def = catalogue::find(demo.kind).expect("a catalogue type");
    let (config, secrets) = split_secrets(def, demo.config.clone());
    let (id, at) = ctx.id("con");
    let sched = demo
        .schedule
        .map(|(cron, tz, enabled)| json!({"cron": cron, "timezone": tz, "enabled": enabled}));
    let body = new_body(
        (&id, &ctx.demo, demo.name),
        (def.name, def.category),
        config,
        json!(sched),
        &at,
    );
    let mut c = Obj {
        seq: 0,
        id: id.clone(),
        scope: ctx.demo.clone(),
        body,
        secrets,
    };
    let new = ctx.in_demo(&CONNECTORS, &id, &c.body);
    Store(conn).insert(new.named(Some(demo.name)).secrets(&c.secrets))?;
    schema::insert(
        conn,
        &id,
        &ctx.demo,
        &schema::discovered(&id, def.name, &c.body["config"], &at),
    )?;
    if demo.kind == "file" {
        seed_upload(
            app,
            conn,
            &c,
            "2026-11-02T19:55:00Z".parse().expect("timestamp"),
        )?;
    }
    let mut starts: Vec<(&str, Timestamp)> = demo
        .manual
        .iter()
        .map(|t| ("manual", t.parse().expect("timestamp")))
        .collect();
    if let Some(s) = &sched
        && demo.history_hours > 0
    {
        let (cron, tz) = (
            rime_cron::Schedule::parse(s["cron"].as_str().unwrap_or_default())
                .expect("a demo cron"),
            rime_cron::zone(s["timezone"].as_str().unwrap_or_default()).expect("a demo zone"),
        );
        let from = until - jiff::SignedDuration::from_hours(demo.history_hours);
        starts.extend(
            cron.between(from, until, &tz, 10_000)
                .into_iter()
                .map(|t| ("scheduled", t)),
        );
    }
    starts.sort_by_key(|(_, t)| *t);
    let tables = sim::plan(app, conn, &c)?;
    for (trigger, t) in starts {
        let run = sim::start_planned(app, conn, &mut c, trigger, t, tables.clone())?;
        let end = sim::ends_at(&run).unwrap_or(t);
        let done = sim::finished(&run, end);
        Store(conn).put_body(run["id"].as_str().unwrap_or_default(), &done)?;
        c.body["last_run"] = sim::summary(&done);
    }
    if let Some(s) = &sched {
        c.body["next_run_at"] = schedule::next_after_str(s, until);
    }
    sim::save(conn, &mut c)
}

/// The demo file connector's upload of store targets, and the table it became.
fn seed_upload(app: &App, conn: &Connection, c: &Obj, at: Timestamp) -> ApiResult<()> {
    let columns = [
        ("store_id", "NUMBER", "NUMBER(38,0)"),
        ("region", "VARCHAR", "VARCHAR"),
        ("month", "DATE", "DATE"),
        ("target_nzd", "FLOAT", "FLOAT"),
    ];
    let id = app.ids.id("upl", at);
    let body = json!({
        "id": id, "connector_id": c.id, "filename": "store_targets.csv", "format": "csv",
        "size_bytes": 2_214, "rows_detected": 48,
        "columns": columns.iter().map(|(n, k, _)| json!({"name": n, "inferred_type": k})).collect::<Vec<_>>(),
        "uploaded_at": rfc3339(at),
    });
    Store(conn).insert(CONNECTOR_UPLOADS.new_obj(&id, &c.id, Some(&c.scope), &body))?;
    let table = json!({
        "name": "store_targets", "selected": true, "row_count": 48,
        "columns": columns.iter().map(|(n, _, sf)| json!({
            "name": n, "source_type": "string", "snowflake_type": sf, "nullable": true, "selected": true,
        })).collect::<Vec<_>>(),
    });
    schema::put(
        conn,
        &c.id,
        &json!({"connector_id": c.id, "status": "ready", "discovered_at": rfc3339(at), "tables": [table]}),
    )
}

/// One generated connector for `POST /_sandbox/bulk` (kind `connector`): a single cheap row, no
/// schedule, no runs; its schema is discovered when first asked for.
pub fn bulk_one(
    app: &App,
    store: &Store<'_>,
    n: usize,
    project_id: Option<&str>,
    now: &str,
) -> ApiResult<()> {
    let pid =
        project_id.ok_or_else(|| ApiError::field("project_id", "is required for connectors"))?;
    PROJECTS.load(store.0, "", pid)?;
    let id = app.new_id("con");
    let name = format!("bulk-connector-{n:06}");
    let (kind, category, config, secrets) = match n % 3 {
        0 => (
            "postgresql",
            "database",
            json!({"host": format!("db{n}.bulk.internal"), "port": 5432, "database": "bulk", "username": "rime", "password_set": true}),
            json!({"config.password": "bulk"}),
        ),
        1 => (
            "github",
            "devops",
            json!({"organization": format!("bulk-org-{n}"), "token_set": true}),
            json!({"config.token": "bulk"}),
        ),
        _ => ("file", "file", json!({"format": "json"}), Value::Null),
    };
    let body = new_body(
        (&id, pid, &name),
        (kind, category),
        config,
        Value::Null,
        now,
    );
    let new = CONNECTORS.new_obj(&id, pid, Some(pid), &body);
    store
        .insert(new.named(Some(&name)).secrets(&secrets))
        .map(drop)
}
