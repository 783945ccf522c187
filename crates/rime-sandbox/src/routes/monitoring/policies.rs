//! Escalation policies: ordered steps of (channel, wait minutes); the first waits 0, later ones ≥ 5.

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use super::rules::exists;
use crate::body::Check;
use crate::error::{ApiError, ApiResult, Detail};
use crate::routes::crud::{self, Ctx, Kind};
use crate::store::{Obj, Store};

/// The documented minimum wait between escalation steps.
pub const MIN_WAIT_MINUTES: i64 = 5;

pub static POLICIES: Kind = Kind {
    kind: "escalation_policy",
    label: "Escalation policy",
    id_prefix: "esc",
    writable: &["name", "steps"],
    filters: &[],
    patchable: true,
    secrets: crud::no_secrets,
    validate,
    can_write: crud::project_write,
    before_change: crud::nothing,
    check_delete,
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
            parsed.push((ch, w));
        }
        c.absorb(s);
    }
    c.finish()?;
    let mut bad = Vec::new();
    for (i, (channel, wait)) in parsed.iter().enumerate() {
        if i == 0 && *wait != 0 {
            bad.push(Detail::new(
                "steps[0].wait_minutes",
                "the first step notifies at once: it must wait 0 minutes",
            ));
        }
        if i > 0 && *wait < MIN_WAIT_MINUTES {
            bad.push(Detail::new(
                format!("steps[{i}].wait_minutes"),
                format!("must be at least {MIN_WAIT_MINUTES} minutes after the previous step"),
            ));
        }
        if !exists(ctx, "notification_channel", channel)? {
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
    let steps: Vec<Value> = parsed
        .into_iter()
        .map(|(channel_id, wait_minutes)| json!({"channel_id": channel_id, "wait_minutes": wait_minutes}))
        .collect();
    let mut out = Map::new();
    out.insert("name".into(), name.expect("checked").into());
    out.insert("steps".into(), steps.into());
    Ok(out)
}

/// A policy still named by a rule cannot go (409).
fn check_delete(conn: &Connection, pid: &str, policy: &Obj) -> ApiResult<()> {
    for rule in Store(conn).all("alert_rule", Some(pid))? {
        if rule.body["escalation_policy_id"] == policy.id.as_str() {
            return Err(ApiError::conflict(format!(
                "The policy is used by alert rule '{}'; remove it there first.",
                rule.body["name"].as_str().unwrap_or(&rule.id)
            )));
        }
    }
    Ok(())
}
