//! Alerts on the sandbox clock: rules evaluated every five simulated minutes fire alerts from
//! reproducible metric values; escalation progress is derived when an alert is shown.
//
// Deterministic, documented in openapi/monitoring.yaml and docs/monitoring.md: every enabled rule
// is evaluated on cycles at whole multiples of 300 s of simulated time, from the first cycle after
// the rule was last saved (or after its previous alert was resolved). At cycle t the metric's value
// is a reproducible draw from the metric's range keyed by (rule id, t). The first breaching cycle
// fires one alert; while it is open (firing or acknowledged) the rule fires no other. Alerts are
// materialised when anything reads them, so no background task runs.

use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::app::{Actor, App, Audit};
use crate::clock::rfc3339;
use crate::collection::{ALERT_RULES, ALERTS, ESCALATION_POLICIES};
use crate::domain::monitoring::{Sim, metric};
use crate::error::ApiResult;
use crate::ids::Rng;
use crate::store::{Filter, Obj};

pub const CYCLE_SECONDS: i64 = 300;
/// A rule that never breaches is not scanned further back than this many cycles (~9.5 years).
const MAX_CYCLES: i64 = 1_000_000;

/// A value in [0, 1) that depends only on the rule id and the cycle instant.
fn draw(rule_id: &str, at: i64) -> f64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in rule_id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    Rng::new(h ^ (at as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)).unit()
}

/// The simulated value of a metric for a rule at a cycle instant (Unix seconds).
pub fn simulated(sim: Sim, rule_id: &str, at: i64) -> Value {
    let u = draw(rule_id, at);
    match sim {
        Sim::Int(lo, hi) => json!(lo + ((u * (hi - lo + 1) as f64) as i64).min(hi - lo)),
        Sim::Dec(lo, hi, places) => {
            let f = 10f64.powi(places);
            json!(((lo + u * (hi - lo)) * f).round() / f)
        }
        Sim::Text(list) => json!(list[((u * list.len() as f64) as usize).min(list.len() - 1)]),
    }
}

pub fn breaches(value: &Value, operator: &str, threshold: &Value) -> bool {
    match (value, threshold) {
        (Value::Number(v), Value::Number(t)) => {
            let (v, t) = (v.as_f64().unwrap_or(0.0), t.as_f64().unwrap_or(0.0));
            match operator {
                "gt" => v > t,
                "lt" => v < t,
                "eq" => v == t,
                "ne" => v != t,
                _ => false,
            }
        }
        (Value::String(v), Value::String(t)) => match operator {
            "eq" => v == t,
            "ne" => v != t,
            "contains" => v.to_lowercase().contains(&t.to_lowercase()),
            _ => false,
        },
        _ => false,
    }
}

fn ts(v: &Value) -> Option<Timestamp> {
    v.as_str().and_then(|s| s.parse().ok())
}

/// The first breaching cycle of `rule` not yet turned into an alert, with its value.
fn due(app: &App, conn: &Connection, rule: &Obj) -> ApiResult<Option<(i64, Value)>> {
    let b = &rule.body;
    if b["enabled"] != true {
        return Ok(None);
    }
    let (Some(rt), Some(name)) = (b["resource_type"].as_str(), b["metric"].as_str()) else {
        return Ok(None);
    };
    let Some(m) = metric(rt, name) else {
        return Ok(None);
    };
    let mut from = ts(&b["updated_at"]).map_or(0, |t| t.as_second());
    let last = ALERTS.first(
        conn,
        &rule.scope,
        vec![Filter::eq("$.rule_id", rule.id.as_str())],
    )?;
    if let Some(a) = last {
        match ts(&a.body["resolved_at"]) {
            Some(resolved) => from = from.max(resolved.as_second()),
            None => return Ok(None),
        }
    }
    let now = app.now().as_second();
    let operator = b["operator"].as_str().unwrap_or_default();
    let mut t = (from.div_euclid(CYCLE_SECONDS) + 1) * CYCLE_SECONDS;
    let mut cycles = 0;
    while t <= now && cycles < MAX_CYCLES {
        let v = simulated(m.sim, &rule.id, t);
        if breaches(&v, operator, &b["threshold"]) {
            return Ok(Some((t, v)));
        }
        t += CYCLE_SECONDS;
        cycles += 1;
    }
    Ok(None)
}

fn fire(
    app: &App,
    conn: &Connection,
    pid: &str,
    rule: &Obj,
    at: i64,
    value: Value,
) -> ApiResult<()> {
    let b = &rule.body;
    let steps = match b["escalation_policy_id"].as_str() {
        Some(id) => ESCALATION_POLICIES
            .get(conn, id)?
            .map(|p| p.body["steps"].clone())
            .unwrap_or(Value::Null),
        None => Value::Null,
    };
    let fired_at = rfc3339(Timestamp::from_second(at).unwrap_or_default());
    let shown = match &value {
        Value::String(s) if s.is_empty() => "\"\"".to_string(),
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    };
    let message = format!(
        "{} is {shown} ({} {})",
        b["metric"].as_str().unwrap_or_default(),
        b["operator"].as_str().unwrap_or_default(),
        b["threshold"]
    );
    let id = app.new_id("alt");
    let alert = json!({
        "id": id, "project_id": pid, "rule_id": rule.id, "rule_name": b["name"],
        "severity": b["severity"], "status": "firing",
        "resource_type": b["resource_type"], "resource_id": b["resource_id"],
        "metric": b["metric"], "operator": b["operator"], "value": value, "threshold": b["threshold"],
        "message": message, "fired_at": fired_at,
        "acknowledged_at": null, "acknowledged_by": null, "resolved_at": null, "resolved_by": null,
        "channel_ids": b["channel_ids"], "escalation_policy_id": b["escalation_policy_id"],
        // A snapshot, so later edits of the policy do not rewrite this alert's history.
        "escalation_steps": steps,
    });
    ALERTS.insert_in(conn, &id, pid, &alert)?;
    Audit::actor(&Actor::system(), None, "alert.fired")
        .on("alert", Some(&id), b["name"].as_str())
        .project(pid)
        .details(json!({"rule_id": rule.id, "value": alert["value"], "threshold": b["threshold"], "fired_at": fired_at}))
        .write(app, conn);
    Ok(())
}

/// Materialises the alerts of every rule of the project up to now, oldest first.
pub fn settle(app: &App, conn: &Connection, pid: &str) -> ApiResult<()> {
    let rules = ALERT_RULES.all(conn, pid)?;
    let mut due_now = Vec::new();
    for rule in &rules {
        if let Some((at, v)) = due(app, conn, rule)? {
            due_now.push((at, rule, v));
        }
    }
    due_now.sort_by_key(|(at, ..)| *at);
    for (at, rule, v) in due_now {
        fire(app, conn, pid, rule, at, v)?;
    }
    Ok(())
}

/// Before a rule changes or goes, its alerts so far are settled under its old definition.
pub fn settle_rule(app: &App, conn: &Connection, rule: &Obj) -> ApiResult<()> {
    if let Some((at, v)) = due(app, conn, rule)? {
        fire(app, conn, &rule.scope, rule, at, v)?;
    }
    Ok(())
}

/// The API view: escalation progress as of now, derived from the stored snapshot.
pub fn view(stored: &Value, now: Timestamp) -> Value {
    let mut a = stored.clone();
    let steps = a
        .as_object_mut()
        .and_then(|m| m.remove("escalation_steps"))
        .unwrap_or(Value::Null);
    let fired = ts(&a["fired_at"]).unwrap_or(now);
    let stop = [ts(&a["acknowledged_at"]), ts(&a["resolved_at"])]
        .into_iter()
        .flatten()
        .min();
    let mut notifications: Vec<Value> = a["channel_ids"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| json!({"at": a["fired_at"], "channel_id": c, "step": null}))
        .collect();
    let (mut step, mut next) = (None, Value::Null);
    if let Some(steps) = steps.as_array() {
        step = Some(0);
        let mut due = fired;
        for (i, s) in steps.iter().enumerate() {
            due += jiff::SignedDuration::from_mins(s["wait_minutes"].as_i64().unwrap_or(0));
            let halted = stop.is_some_and(|s| due >= s);
            if due <= now && !halted {
                step = Some(i + 1);
                notifications.push(
                    json!({"at": rfc3339(due), "channel_id": s["channel_id"], "step": i + 1}),
                );
            } else {
                if !halted && stop.is_none() {
                    next = Value::String(rfc3339(due));
                }
                break;
            }
        }
    }
    a["escalation_step"] = json!(step);
    a["next_escalation_at"] = next;
    a["notifications"] = Value::Array(notifications);
    a
}
