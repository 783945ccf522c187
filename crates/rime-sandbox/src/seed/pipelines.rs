//! Demo data: the docs' example pipeline (two extracts in parallel → transform → validate →
//! webhook) in `demo`, with two versions, a schedule and two past runs.

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use super::{ADMIN_EMAIL, SeedCtx};
use crate::clock::rfc3339;
use crate::collection::{
    CONNECTORS, Collection, PIPELINE_RUNS, PIPELINE_VERSIONS, PIPELINES, TRANSFORMATIONS,
};
use crate::domain::pipelines::{dag, schedule};

const CRON: &str = "0 6 * * 1-5 | 0 12 * * 0";

/// A connector or transformation of the demo project matching `want`, if that domain seeded one.
fn find(ctx: &SeedCtx<'_>, coll: &Collection, field: &str, want: &str) -> Option<String> {
    coll.all(ctx.conn, &ctx.demo)
        .ok()?
        .into_iter()
        .find(|o| o.body[field] == want)
        .map(|o| o.id)
}

fn step(key: &str, name: &str, kind: &str, config: Value, deps: &[&str]) -> Value {
    json!({"key": key, "name": name, "type": kind, "config": config, "depends_on": deps,
           "failure_policy": "stop", "retry": {"max_attempts": 0, "delay_seconds": dag::DEFAULT_RETRY_DELAY},
           "timeout_seconds": dag::DEFAULT_TIMEOUT})
}

/// Extract and transform steps refer to seeded connectors and a transformation when those
/// domains provide them; otherwise the same stages run as custom SQL steps.
fn steps(ctx: &SeedCtx<'_>, with_validate: bool) -> Vec<Value> {
    let extract =
        |key: &str, name: &str, ty: &str, sql: &str| match find(ctx, &CONNECTORS, "type", ty) {
            Some(id) => step(key, name, "extract", json!({"connector_id": id}), &[]),
            None => step(key, name, "custom", json!({"sql": sql}), &[]),
        };
    let transformation = find(ctx, &TRANSFORMATIONS, "methodology", "kimball");
    let mut out = vec![
        extract(
            "extract_postgres",
            "Extract (PostgreSQL)",
            "postgresql",
            "COPY INTO RAW.SALES.ORDERS FROM @RAW.SALES.POSTGRES_STAGE",
        ),
        extract(
            "extract_rest_api",
            "Extract (REST API)",
            "rest_api",
            "COPY INTO RAW.CRM.USERS FROM @RAW.CRM.API_STAGE",
        ),
    ];
    let (transform, validate) = match &transformation {
        Some(id) => (
            ("transform", json!({"transformation_id": id})),
            ("validate", json!({"transformation_id": id})),
        ),
        None => (
            (
                "custom",
                json!({"sql": "CALL ANALYTICS.BUILD_SALES_STAR()"}),
            ),
            ("custom", json!({"sql": "CALL ANALYTICS.TEST_SALES_STAR()"})),
        ),
    };
    let mut t = step(
        "transform_kimball",
        "Transform (Kimball)",
        transform.0,
        transform.1,
        &["extract_postgres", "extract_rest_api"],
    );
    t["timeout_seconds"] = 1800.into();
    out.push(t);
    let webhook = json!({"url": "https://hooks.slack.com/services/T0RIME/B0DEMO/sandbox", "method": "POST",
                         "headers": {"Content-Type": "application/json"}, "secret_set": true});
    if with_validate {
        out.push(step(
            "validate",
            "Validate",
            validate.0,
            validate.1,
            &["transform_kimball"],
        ));
        out.push(step(
            "notify_slack",
            "Webhook (notify Slack)",
            "webhook",
            webhook,
            &["validate"],
        ));
    } else {
        out.push(step(
            "notify_slack",
            "Webhook (notify Slack)",
            "webhook",
            webhook,
            &["transform_kimball"],
        ));
    }
    out
}

pub fn seed(ctx: &SeedCtx<'_>) -> anyhow::Result<()> {
    let now = ctx.app.now();
    let (id, created) = ctx.id("pln");
    let by = json!(ADMIN_EMAIL);
    let v1 = steps(ctx, false);
    let v2 = steps(ctx, true);
    for (n, s) in [(1, &v1), (2, &v2)] {
        let (vid, at) = ctx.id("plv");
        let body = json!({"version": n, "pipeline_id": id, "created_at": at, "created_by": by, "steps": s});
        let number = n.to_string();
        let version = PIPELINE_VERSIONS.new_obj(&vid, &id, Some(&ctx.demo), &body);
        ctx.insert(version.named(Some(&number)))?;
    }
    let schedule = json!({"cron": CRON, "timezone": schedule::DEFAULT_ZONE, "concurrency_policy": "skip",
                          "window": null, "enabled": true});
    let updated = rfc3339(ctx.tick());
    let pipeline = json!({
        "id": id, "project_id": ctx.demo, "name": "nightly-sales",
        "description": "Orders from Postgres and CRM users from the REST API, modelled as a Kimball star, tested, then Slack is told.",
        "version": 2, "steps": v2, "schedule": schedule, "created_at": created, "updated_at": updated,
        // The scheduler has kept up until the sandbox started; the seeded runs are its history.
        "_schedule_checked_at": rfc3339(now),
    });
    let secrets = json!({"notify_slack": "whsec_sandbox_demo"});
    let new = ctx.in_demo(&PIPELINES, &id, &pipeline);
    ctx.insert(new.named(Some("nightly-sales")).secrets(&secrets))?;
    let plan = dag::dag_order(&v2);
    let window = now.checked_sub(SignedDuration::from_hours(24 * 14))?;
    let last_firing = schedule::due(&schedule, window, now, 1).pop();
    let manual = Timestamp::from_second(now.as_second() - 3 * 3600)?;
    let runs = [
        (last_firing, "scheduled", Value::Null),
        (
            Some(manual),
            "manual",
            // Cancelled while the extracts ran.
            json!({"at": rfc3339(manual + SignedDuration::from_secs(15)), "by": ADMIN_EMAIL}),
        ),
    ];
    for (start, trigger, cancel) in runs {
        let Some(start) = start else { continue };
        let (rid, _) = ctx.id("plr");
        let body = json!({
            "id": rid, "pipeline_id": id, "project_id": ctx.demo, "version": 2, "trigger": trigger,
            "created_at": rfc3339(start),
            "_sim": {"plan": plan, "start": rfc3339(start), "after": null, "cancel": cancel},
        });
        ctx.insert(PIPELINE_RUNS.new_obj(&rid, &id, Some(&ctx.demo), &body))?;
    }
    Ok(())
}
