//! Alert rules: a resource type's metric compared with a threshold, with channels and escalation.

use serde_json::{Map, Value, json};

use crate::body::Check;
use crate::collection::{ALERT_RULES, ESCALATION_POLICIES, NOTIFICATION_CHANNELS, Param};
use crate::domain::monitoring::{OPERATORS, RESOURCE_TYPES, SEVERITIES, metric, metric_names};
use crate::error::{ApiError, ApiResult, Detail};
use crate::routes::crud::{Ctx, Kind, fields};

pub static RULES: Kind = Kind {
    filters: &[Param::Eq("resource_type"), Param::Eq("severity")],
    before_change: crate::sim::alerts::settle_rule,
    ..Kind::new(
        &ALERT_RULES,
        "/projects/{project_id}/alert-rules",
        "rule_id",
        "arl",
        &[
            "name",
            "resource_type",
            "resource_id",
            "metric",
            "operator",
            "threshold",
            "severity",
            "channel_ids",
            "escalation_policy_id",
            "enabled",
        ],
        validate,
    )
};

fn validate(ctx: &Ctx<'_>, v: &Value) -> ApiResult<Map<String, Value>> {
    let mut c = Check::new(v);
    let name = c.name("name", 100);
    let resource_type = c.one_of("resource_type", RESOURCE_TYPES, true);
    let resource_id = c.string("resource_id", false);
    let metric_name = c.string("metric", true);
    let operator = c.one_of("operator", OPERATORS, true);
    let threshold = match c.raw("threshold") {
        None | Some(Value::Null) => {
            c.fail("threshold", "is required");
            None
        }
        Some(t @ (Value::Number(_) | Value::String(_))) => Some(t.clone()),
        Some(_) => {
            c.fail("threshold", "must be a number or a string");
            None
        }
    };
    let severity = c
        .one_of("severity", SEVERITIES, false)
        .unwrap_or_else(|| "warning".into());
    let channel_ids = c.strings("channel_ids", false).unwrap_or_default();
    let policy = c.string("escalation_policy_id", false);
    let enabled = c.boolean("enabled", false).unwrap_or(true);
    c.finish()?;
    let (resource_type, metric_name, operator, threshold) = (
        resource_type.expect("checked"),
        metric_name.expect("checked"),
        operator.expect("checked"),
        threshold.expect("checked"),
    );

    let mut bad = Vec::new();
    match metric(&resource_type, &metric_name) {
        None => bad.push(Detail::new(
            "metric",
            format!(
                "`{metric_name}` is not a metric of resource type {resource_type} (valid: {})",
                metric_names(&resource_type)
            ),
        )),
        Some(m) if m.is_text() => {
            if matches!(operator.as_str(), "gt" | "lt") {
                bad.push(Detail::new(
                    "operator",
                    format!("{operator} compares numbers; `{metric_name}` is a text metric (use eq, ne or contains)"),
                ));
            }
            if !threshold.is_string() {
                bad.push(Detail::new(
                    "threshold",
                    format!("must be a string for the text metric `{metric_name}`"),
                ));
            }
        }
        Some(_) => {
            if operator == "contains" {
                bad.push(Detail::new(
                    "operator",
                    "contains applies only to the text metrics error_message and status",
                ));
            }
            if !threshold.is_number() {
                bad.push(Detail::new(
                    "threshold",
                    format!("must be a number for the numeric metric `{metric_name}`"),
                ));
            }
        }
    }
    for (i, id) in channel_ids.iter().enumerate() {
        if channel_ids[..i].contains(id) {
            bad.push(Detail::new(
                format!("channel_ids[{i}]"),
                format!("`{id}` is listed twice"),
            ));
        } else if !ctx.exists(&NOTIFICATION_CHANNELS, id)? {
            bad.push(Detail::new(
                format!("channel_ids[{i}]"),
                format!("no notification channel `{id}` in this project"),
            ));
        }
    }
    if let Some(pid) = &policy
        && !ctx.exists(&ESCALATION_POLICIES, pid)?
    {
        bad.push(Detail::new(
            "escalation_policy_id",
            format!("no escalation policy `{pid}` in this project"),
        ));
    }
    if !bad.is_empty() {
        return Err(ApiError::unprocessable("The alert rule is not valid.", bad));
    }
    Ok(fields(json!({
        "name": name, "resource_type": resource_type, "resource_id": resource_id,
        "metric": metric_name, "operator": operator, "threshold": threshold, "severity": severity,
        "channel_ids": channel_ids, "escalation_policy_id": policy, "enabled": enabled,
    })))
}
