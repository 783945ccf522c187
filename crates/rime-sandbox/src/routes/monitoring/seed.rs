//! Demo monitoring: three channels, the documented escalation chain and four alert rules.

use serde_json::{Value, json};

use crate::seed::{ADMIN_EMAIL, SeedCtx};

fn insert(
    ctx: &SeedCtx<'_>,
    kind: &str,
    prefix: &str,
    fields: Value,
    secrets: Value,
) -> anyhow::Result<String> {
    let (id, at) = ctx.id(prefix);
    let mut body = json!({"id": id, "project_id": ctx.demo});
    let obj = body.as_object_mut().expect("object");
    obj.extend(fields.as_object().cloned().unwrap_or_default());
    obj.insert("created_at".into(), at.clone().into());
    obj.insert("updated_at".into(), at.into());
    obj.insert("created_by".into(), ADMIN_EMAIL.into());
    let name = body["name"].as_str().map(String::from);
    ctx.insert(
        kind,
        &id,
        &ctx.demo,
        Some(&ctx.demo),
        name.as_deref(),
        &body,
        &secrets,
    )?;
    Ok(id)
}

pub fn seed(ctx: &SeedCtx<'_>) -> anyhow::Result<()> {
    let channel =
        |fields: Value, secrets: Value| insert(ctx, "notification_channel", "nch", fields, secrets);
    let email = channel(
        json!({"name": "data-team-email", "type": "email", "config": {
            "smtp_host": "smtp.sandbox.rime.test", "smtp_port": 587, "username": "alerts@sandbox.rime.test",
            "from_address": "alerts@sandbox.rime.test", "recipients": ["data-team@sandbox.rime.test"],
            "password_set": true}}),
        json!({"config.password": "sandbox-smtp-password"}),
    )?;
    let slack = channel(
        json!({"name": "data-alerts-slack", "type": "slack", "config": {
            "channel": "#data-alerts", "username": "Rime", "webhook_url_set": true}}),
        json!({"config.webhook_url": "https://hooks.slack.com/services/T0SANDBOX/B0SANDBOX/sandboxsandboxsandbox"}),
    )?;
    let pagerduty = channel(
        json!({"name": "on-call-pagerduty", "type": "pagerduty", "config": {"integration_key_set": true}}),
        json!({"config.integration_key": "sandbox0integration0key0000000000"}),
    )?;
    let policy = insert(
        ctx,
        "escalation_policy",
        "esc",
        json!({"name": "data-platform-on-call", "steps": [
            {"channel_id": email, "wait_minutes": 0},
            {"channel_id": slack, "wait_minutes": 15},
            {"channel_id": pagerduty, "wait_minutes": 30},
        ]}),
        Value::Null,
    )?;
    for (name, rt, rid, metric, op, threshold, severity, channels, escalate) in [
        (
            "Warehouse credit usage > 100",
            "warehouse",
            Some("RIME_WH"),
            "credit_usage",
            "gt",
            json!(100),
            "warning",
            vec![slack.clone()],
            false,
        ),
        (
            "Snowpipe ingestion delay > 5 minutes",
            "snowpipe",
            None,
            "ingestion_delay_minutes",
            "gt",
            json!(5),
            "critical",
            vec![],
            true,
        ),
        (
            "Pipeline status != succeeded",
            "pipeline",
            None,
            "status",
            "ne",
            json!("succeeded"),
            "critical",
            vec![],
            true,
        ),
        (
            "Connector error mentions timeout",
            "connector_run",
            None,
            "error_message",
            "contains",
            json!("timeout"),
            "warning",
            vec![email.clone()],
            false,
        ),
    ] {
        insert(
            ctx,
            "alert_rule",
            "arl",
            json!({"name": name, "resource_type": rt, "resource_id": rid, "metric": metric, "operator": op,
                   "threshold": threshold, "severity": severity, "channel_ids": channels,
                   "escalation_policy_id": if escalate { Value::from(policy.clone()) } else { Value::Null },
                   "enabled": true}),
            Value::Null,
        )?;
    }
    Ok(())
}
