//! Escalation policies: ordered steps of (channel, wait minutes); the first waits 0, later ones ≥ 5.

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use crate::app::App;
use crate::body::Check;
use crate::collection::{ALERT_RULES, ESCALATION_POLICIES, NOTIFICATION_CHANNELS};
use crate::error::{ApiError, ApiResult, Detail};
use crate::routes::crud::{Ctx, Kind, fields};
use crate::store::Obj;

/// The documented minimum wait between escalation steps.
pub const MIN_WAIT_MINUTES: i64 = 5;

pub static POLICIES: Kind = Kind {
    check_delete,
    ..Kind::new(
        &ESCALATION_POLICIES,
        "/projects/{project_id}/escalation-policies",
        "policy_id",
        "esc",
        &["name", "steps"],
        validate,
    )
};

fn validate(ctx: &Ctx<'_>, v: &Value) -> ApiResult<Map<String, Value>> {
    let mut c = Check::new(v);
    let name = c.name("name", 100);
    let steps = c.array("steps", true).cloned().unwrap_or_default();
    if c.has("steps") && steps.is_empty() {
        c.fail("steps", "must have at least one step");
    }
    let mut parsed = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let mut s = Check::nested(step, &format!("steps[{i}]"));
        if !step.is_object() {
            c.fail(&format!("steps[{i}]"), "must be an object");
            continue;
        }
        let channel = s.string("channel_id", true);
        let wait = s.int("wait_minutes", true, 0, i64::from(i32::MAX));
        s.only(&["channel_id", "wait_minutes"], &[]);
        if let (Some(ch), Some(w)) = (channel, wait) {
            parsed.push(json!({"channel_id": ch, "wait_minutes": w}));
        }
        c.absorb(s);
    }
    c.finish()?;
    let mut bad = Vec::new();
    for (i, step) in parsed.iter().enumerate() {
        let wait = step["wait_minutes"].as_i64().unwrap_or(0);
        if i == 0 && wait != 0 {
            bad.push(Detail::new(
                "steps[0].wait_minutes",
                "the first step notifies at once: it must wait 0 minutes",
            ));
        }
        if i > 0 && wait < MIN_WAIT_MINUTES {
            bad.push(Detail::new(
                format!("steps[{i}].wait_minutes"),
                format!("must be at least {MIN_WAIT_MINUTES} minutes after the previous step"),
            ));
        }
        let channel = step["channel_id"].as_str().unwrap_or_default();
        if !ctx.exists(&NOTIFICATION_CHANNELS, channel)? {
            bad.push(Detail::new(
                format!("steps[{i}].channel_id"),
                format!("no notification channel `{channel}` in this project"),
            ));
        }
    }
    if !bad.is_empty() {
        return Err(ApiError::unprocessable(
            "The escalation policy is not valid.",
            bad,
        ));
    }
    Ok(fields(json!({"name": name, "steps": parsed})))
}

/// A policy still named by a rule cannot go (409).
fn check_delete(_: &App, conn: &Connection, policy: &Obj) -> ApiResult<()> {
    let rules = ALERT_RULES.all(conn, &policy.scope)?;
    match rules
        .iter()
        .find(|r| r.body["escalation_policy_id"] == policy.id.as_str())
    {
        Some(rule) => Err(ApiError::conflict(format!(
            "The policy is used by alert rule '{}'; remove it there first.",
            rule.body["name"].as_str().unwrap_or(&rule.id)
        ))),
        None => Ok(()),
    }
}
