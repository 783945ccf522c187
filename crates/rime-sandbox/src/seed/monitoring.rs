//! Demo monitoring: three channels, the documented escalation chain and four alert rules.

use serde_json::{Value, json};

use super::{ADMIN_EMAIL, SeedCtx};
use crate::collection::{ALERT_RULES, Collection, ESCALATION_POLICIES, NOTIFICATION_CHANNELS};

fn insert(
    ctx: &SeedCtx<'_>,
    coll: (&Collection, &str),
    fields: Value,
    secrets: Value,
) -> anyhow::Result<String> {
    let name = fields["name"].as_str().map(String::from);
    ctx.demo_object(coll, name.as_deref(), fields, Some(ADMIN_EMAIL), &secrets)
}

pub fn seed(ctx: &SeedCtx<'_>) -> anyhow::Result<()> {
    let channel = |fields: Value, secrets: Value| {
        insert(ctx, (&NOTIFICATION_CHANNELS, "nch"), fields, secrets)
    };
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
        (&ESCALATION_POLICIES, "esc"),
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
            (&ALERT_RULES, "arl"),
            json!({"name": name, "resource_type": rt, "resource_id": rid, "metric": metric, "operator": op,
                   "threshold": threshold, "severity": severity, "channel_ids": channels,
                   "escalation_policy_id": if escalate { Value::from(policy.clone()) } else { Value::Null },
                   "enabled": true}),
            Value::Null,
        )?;
    }
    Ok(())
}
