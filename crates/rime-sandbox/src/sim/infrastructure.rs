//! Infrastructure on the sandbox clock: applies resource by resource, drift checks, scheduled
//! reconciliations, all replayed by `settle` before anything reads the project's state.
//
// Other domains reading `infra_*` objects call `settle` first (a monitoring summary).
//
// Nothing runs in the background. Every infrastructure request first replays, in time order,
// what happened since the project was last settled: apply steps that finished, drift checks
// that completed, scheduled reconciliations (every `drift_detection.interval_hours`, on
// multiples of the interval since the Unix epoch). The result is a pure function of the
// stored objects and the clock.

use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::app::{Actor, App, Audit};
use crate::clock::rfc3339;
use crate::collection::{
    INFRA_APPLIES, INFRA_DRIFT_CHECKS, INFRA_PLANS, INFRA_RESOURCES, INFRA_STATES, PROJECTS,
};
use crate::domain::infrastructure::state::{
    self, Actual, Detected, invalidate_plans, save_state, state_of, sync_resource,
};
use crate::domain::infrastructure::types;
use crate::error::ApiResult;
use crate::store::Store;

/// Seconds a drift check takes: a fixed cost plus one per object checked.
pub const CHECK_BASE_SECONDS: i64 = 5;

/// One resource's slot in an apply.
pub struct Step {
    pub start: i64,
    pub end: i64,
    pub error: Option<String>,
}

/// Simulated seconds a change takes: the type's create time; modify and destroy half of it (≥ 2).
pub fn duration(kind: &str, change_type: &str) -> i64 {
    let base = types::spec(kind).map_or(5, |s| s.create_seconds);
    if change_type == "create" {
        base
    } else {
        (base / 2).max(2)
    }
}

/// The deterministic failure rule: creating or modifying a resource whose name contains `FAILS`
/// (any case, since S3 bucket names are lower case) fails; destroys always succeed.
pub fn failure(change: &Value) -> Option<String> {
    let name = change["resource_name"].as_str().unwrap_or_default();
    let change_type = change["change_type"].as_str().unwrap_or_default();
    if change_type == "destroy" || !name.to_ascii_uppercase().contains("FAILS") {
        return None;
    }
    let kind = change["resource_type"].as_str().unwrap_or_default();
    let provider = if kind.starts_with("aws_") {
        "AWS"
    } else {
        "Snowflake"
    };
    Some(format!(
        "{provider} rejected the {change_type} of {kind} {name} (simulated: the sandbox fails every resource whose name contains FAILS)"
    ))
}

/// The changes of a plan run one after another from `started`.
pub fn schedule(changes: &[Value], started: i64) -> Vec<Step> {
    let mut at = started;
    changes
        .iter()
        .map(|c| {
            let d = duration(
                c["resource_type"].as_str().unwrap_or_default(),
                c["change_type"].as_str().unwrap_or_default(),
            );
            let step = Step {
                start: at,
                end: at + d,
                error: failure(c),
            };
            at += d;
            step
        })
        .collect()
}

pub fn secs(ts: &Value) -> i64 {
    ts.as_str()
        .and_then(|s| s.parse::<Timestamp>().ok())
        .map_or(0, |t| t.as_second())
}

pub fn at(secs: i64) -> String {
    rfc3339(Timestamp::from_second(secs).unwrap_or(Timestamp::UNIX_EPOCH))
}

pub fn check_end(check: &Value) -> i64 {
    secs(&check["started_at"])
        + CHECK_BASE_SECONDS
        + check["resources_checked"].as_i64().unwrap_or(0)
}

fn plan_changes(store: &Store<'_>, apply: &Value) -> ApiResult<Vec<Value>> {
    let plan_id = apply["plan_id"].as_str().unwrap_or_default();
    Ok(store
        .get(INFRA_PLANS.kind, plan_id)?
        .and_then(|p| p.body["changes"].as_array().cloned())
        .unwrap_or_default())
}

/// Seconds between scheduled reconciliations, or `None` when drift detection is off.
fn interval(store: &Store<'_>, pid: &str) -> ApiResult<Option<i64>> {
    let dd = store
        .get(PROJECTS.kind, pid)?
        .map(|p| p.body["settings"]["drift_detection"].clone())
        .unwrap_or(Value::Null);
    if dd["enabled"] == false {
        return Ok(None);
    }
    Ok(Some(
        dd["interval_hours"].as_i64().unwrap_or(6).max(1) * 3600,
    ))
}

/// The first scheduled reconciliation in `(after, until]`.
fn next_tick(after: i64, until: i64, interval: Option<i64>) -> Option<i64> {
    let i = interval?;
    let t = (after.div_euclid(i) + 1) * i;
    (t <= until).then_some(t)
}

enum Event {
    Step { apply: String, index: usize },
    Check(String),
}

/// Replays everything that happened in the project since it was last settled.
pub fn settle(app: &App, conn: &Connection, pid: &str) -> ApiResult<()> {
    let store = Store(conn);
    let now = app.now().as_second();
    let key = format!("infra.settled.{pid}");
    let Some(cursor) = store.meta(&key)?.and_then(|s| s.parse::<i64>().ok()) else {
        return store.set_meta(&key, &now.to_string());
    };
    if now <= cursor {
        return Ok(());
    }
    let mut events: Vec<(i64, u8, i64, usize, Event)> = Vec::new();
    for a in store.all(INFRA_APPLIES.kind, Some(pid))? {
        if a.body["status"] != "running" {
            continue;
        }
        let steps = schedule(&plan_changes(&store, &a.body)?, secs(&a.body["started_at"]));
        for (index, s) in steps.iter().enumerate() {
            if s.end > cursor && s.end <= now {
                let apply = a.id.clone();
                events.push((s.end, 0, a.seq, index, Event::Step { apply, index }));
            }
        }
    }
    for c in store.all(INFRA_DRIFT_CHECKS.kind, Some(pid))? {
        let end = check_end(&c.body);
        if c.body["status"] == "running" && end > cursor && end <= now {
            events.push((end, 1, c.seq, 0, Event::Check(c.id.clone())));
        }
    }
    events.sort_by_key(|(t, class, seq, index, _)| (*t, *class, *seq, *index));
    let every = interval(&store, pid)?;
    let mut t = cursor;
    for (when, _, _, _, event) in events {
        if let Some(tick) = next_tick(t, when, every) {
            reconcile(app, conn, pid, tick, None)?;
        }
        match event {
            Event::Step { apply, index } => apply_step(app, conn, pid, &apply, index, when)?,
            Event::Check(id) => reconcile(app, conn, pid, when, Some(&id))?,
        }
        t = when;
    }
    if let Some(tick) = next_tick(t, now, every) {
        reconcile(app, conn, pid, tick, None)?;
    }
    progress(&store, pid, now)?;
    store.set_meta(&key, &now.to_string())
}

/// Marks the steps of running applies `applying` or `pending` as of `now`.
fn progress(store: &Store<'_>, pid: &str, now: i64) -> ApiResult<()> {
    for mut a in store.all(INFRA_APPLIES.kind, Some(pid))? {
        if a.body["status"] != "running" {
            continue;
        }
        let steps = schedule(&plan_changes(store, &a.body)?, secs(&a.body["started_at"]));
        let before = a.body.clone();
        if let Some(results) = a.body["results"].as_array_mut() {
            for (r, s) in results.iter_mut().zip(&steps) {
                if r["status"] == "pending" || r["status"] == "applying" {
                    let started = now >= s.start;
                    r["status"] = json!(if started { "applying" } else { "pending" });
                    r["started_at"] = if started {
                        json!(at(s.start))
                    } else {
                        Value::Null
                    };
                }
            }
        }
        if a.body != before {
            store.put_body(&a.id, &a.body)?;
        }
    }
    Ok(())
}

/// One resource of an apply finishes at `when`: the actual state follows, or the error is kept.
fn apply_step(
    app: &App,
    conn: &Connection,
    pid: &str,
    apply_id: &str,
    index: usize,
    when: i64,
) -> ApiResult<()> {
    let store = Store(conn);
    let Some(mut apply) = store.get(INFRA_APPLIES.kind, apply_id)? else {
        return Ok(());
    };
    let changes = plan_changes(&store, &apply.body)?;
    let steps = schedule(&changes, secs(&apply.body["started_at"]));
    let (Some(change), Some(step)) = (changes.get(index), steps.get(index)) else {
        return Ok(());
    };
    let rid = change["resource_id"].as_str().unwrap_or_default();
    let destroy = change["change_type"] == "destroy";
    let mut resource = store.get(INFRA_RESOURCES.kind, rid)?;
    let mut st = state_of(&store, pid, rid)?;
    let error = match (&step.error, &resource) {
        (Some(e), _) => Some(e.clone()),
        (None, None) if !destroy => Some("the resource was removed before it was applied".into()),
        _ => None,
    };
    match (destroy, &error) {
        (true, None) => {
            if let Some(r) = &resource {
                store.delete(&r.id)?;
            }
            if let Some(s) = &st {
                store.delete(&s.id)?;
            }
        }
        (false, None) => {
            if let (Some(r), Some(s)) = (resource.as_mut(), st.as_mut()) {
                let config = r.body["config"].clone();
                s.applied = Some(config.clone());
                s.real = Some(Actual {
                    config,
                    grants: Vec::new(),
                });
                s.detected = None;
                s.error = None;
                save_state(&store, pid, s)?;
                r.body["applied_at"] = json!(at(when));
                store.put_body(&r.id, &r.body)?;
                sync_resource(&store, r, s)?;
                // Rime manages it now: an object of that name made outside is adopted.
                let outside = state::outside_key(&s.kind, &s.name);
                if let Some(o) = store.find_by_name(INFRA_STATES.kind, pid, &outside)? {
                    store.delete(&o.id)?;
                }
            }
        }
        (_, Some(e)) => {
            if let (Some(r), Some(s)) = (resource.as_mut(), st.as_mut()) {
                s.error = Some(e.clone());
                save_state(&store, pid, s)?;
                sync_resource(&store, r, s)?;
            }
        }
    }
    let result = &mut apply.body["results"][index];
    result["status"] = json!(if error.is_some() {
        "failed"
    } else {
        "succeeded"
    });
    result["error"] = error.map_or(Value::Null, Value::String);
    result["started_at"] = json!(at(step.start));
    result["ended_at"] = json!(at(when));
    if index + 1 == changes.len() {
        let results = apply.body["results"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let failed = results.iter().filter(|r| r["status"] == "failed").count();
        apply.body["status"] = json!(if failed > 0 { "failed" } else { "succeeded" });
        apply.body["ended_at"] = json!(at(when));
        let actor = Actor::system();
        let mut audit = Audit::actor(&actor, None, "infrastructure.apply_completed")
            .on("infrastructure_apply", Some(apply_id), None)
            .project(pid)
            .details(json!({
                "plan_id": apply.body["plan_id"], "status": apply.body["status"],
                "succeeded": results.len() - failed, "failed": failed,
            }));
        if failed > 0 {
            audit = audit.failed();
        }
        audit.write(app, conn);
    }
    store.put_body(&apply.id, &apply.body)?;
    invalidate_plans(&store, pid)
}

/// Compares what really exists with what Rime applied, as a reconciliation at `when` would:
/// differences become (or stay) detected drift; a drift check finishing here records its count.
fn reconcile(
    app: &App,
    conn: &Connection,
    pid: &str,
    when: i64,
    check: Option<&str>,
) -> ApiResult<()> {
    let store = Store(conn);
    let stamp = at(when);
    let mut changed = false;
    let mut found = Vec::new();
    for mut st in state::states(&store, pid)? {
        let detected = if st.real == st.expected() {
            None
        } else {
            let since = match &st.detected {
                Some(d) if d.real == st.real => d.at.clone(),
                _ => stamp.clone(),
            };
            Some(Detected {
                at: since,
                real: st.real.clone(),
            })
        };
        if detected == st.detected {
            continue;
        }
        changed = true;
        st.detected = detected;
        found.extend(
            state::drift_items(&st)
                .into_iter()
                .filter(|i| i["detected_at"] == stamp.as_str())
                .map(|i| json!({"resource_type": i["resource_type"], "resource_name": i["resource_name"], "drift_type": i["drift_type"]})),
        );
        save_state(&store, pid, &st)?;
        if let Some(rid) = &st.resource_id
            && let Some(mut r) = store.get(INFRA_RESOURCES.kind, rid)?
        {
            sync_resource(&store, &mut r, &st)?;
        }
    }
    if changed {
        invalidate_plans(&store, pid)?;
    }
    if let Some(id) = check
        && let Some(mut c) = store.get(INFRA_DRIFT_CHECKS.kind, id)?
    {
        c.body["status"] = json!("completed");
        c.body["ended_at"] = json!(stamp);
        c.body["drift_detected"] = json!(state::all_drift(conn, pid)?.len());
        store.put_body(&c.id, &c.body)?;
    }
    if !found.is_empty() {
        let actor = Actor::system();
        Audit::actor(&actor, None, "infrastructure.drift_detected")
            .on("infrastructure_drift", None, None)
            .project(pid)
            .details(json!({"items": found}))
            .write(app, conn);
    }
    Ok(())
}
