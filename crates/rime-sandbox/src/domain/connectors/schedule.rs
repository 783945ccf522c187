//! Connector schedules: five-field cron in an IANA zone (default Pacific/Auckland), `next_run_at` in that zone.

use jiff::Timestamp;
use rime_cron::Schedule;
use serde_json::{Value, json};

use crate::body::Check;
use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult, Detail};

pub const DEFAULT_ZONE: &str = "Pacific/Auckland";
pub const INVALID_CRON: &str = "Invalid cron expression.";

/// Checks a schedule object (400-level problems) and returns it normalised:
/// `{cron, timezone, enabled}` with the defaults filled. `null` clears the schedule.
pub fn check(c: &mut Check<'_>, value: &Value) -> Option<Value> {
    if value.is_null() {
        return None;
    }
    if !value.is_object() {
        c.fail("schedule", "must be an object or null");
        return None;
    }
    let mut s = Check::nested(value, "schedule");
    s.only(&["cron", "timezone", "enabled"], &[]);
    let cron = s.string("cron", true).map(|c| c.trim().to_string());
    if let Some(expr) = &cron
        && parse(expr).is_none()
    {
        s.fail("cron", INVALID_CRON);
    }
    let timezone = s.string("timezone", false);
    let enabled = s.boolean("enabled", false);
    let ok = s.ok();
    c.absorb(s);
    ok.then(|| {
        json!({
            "cron": cron.unwrap_or_default(),
            "timezone": timezone.unwrap_or_else(|| DEFAULT_ZONE.to_string()),
            "enabled": enabled.unwrap_or(true),
        })
    })
}

/// A well-formed schedule whose zone is unknown is semantically invalid: 422.
pub fn check_zone(schedule: Option<&Value>) -> ApiResult<()> {
    let Some(tz) = schedule.and_then(|s| s["timezone"].as_str()) else {
        return Ok(());
    };
    match rime_cron::zone(tz) {
        Ok(_) => Ok(()),
        Err(_) => Err(ApiError::unprocessable(
            format!("Unknown time zone '{tz}'."),
            vec![Detail::new(
                "schedule.timezone",
                "must be an IANA time zone name such as Pacific/Auckland or UTC",
            )],
        )),
    }
}

/// Connectors take exactly one five-field expression (pipelines may join several with `|`).
fn parse(expr: &str) -> Option<Schedule> {
    if expr.contains('|') {
        return None;
    }
    Schedule::parse(expr).ok()
}

/// The first firing strictly after `after`, when the schedule is enabled.
pub fn next_after(schedule: &Value, after: Timestamp) -> Option<Timestamp> {
    if schedule["enabled"] != Value::Bool(true) {
        return None;
    }
    let (sched, tz) = parts(schedule)?;
    sched.next_after(after, &tz)
}

pub fn next_after_str(schedule: &Value, after: Timestamp) -> Value {
    next_after(schedule, after)
        .map(|t| Value::String(rfc3339(t)))
        .unwrap_or(Value::Null)
}

fn parts(schedule: &Value) -> Option<(Schedule, jiff::tz::TimeZone)> {
    let sched = parse(schedule["cron"].as_str()?)?;
    let tz = rime_cron::zone(schedule["timezone"].as_str().unwrap_or(DEFAULT_ZONE)).ok()?;
    Some((sched, tz))
}

/// When more than `cap` firings came due in `[from, now]`, the instant of the earliest of the
/// last `cap` of them (older ones are dropped); `None` when `cap` or fewer are due.
pub fn catch_up_start(
    schedule: &Value,
    from: Timestamp,
    now: Timestamp,
    cap: usize,
) -> Option<Timestamp> {
    let (sched, tz) = parts(schedule)?;
    let before = from - jiff::SignedDuration::from_secs(1);
    let first = sched.upcoming(before, &tz, cap + 1);
    if first.len() <= cap || first[cap] > now {
        return None;
    }
    // Widen a window back from `now` until it holds `cap` firings: cheap for dense schedules and
    // sparse ones alike, and never walks every missed firing of a long pause.
    let mut window = jiff::SignedDuration::from_hours(1);
    loop {
        let lo = (now - window).max(before);
        let found = sched.between(lo, now, &tz, 100_000);
        if found.len() >= cap || lo == before {
            return found.get(found.len().saturating_sub(cap)).copied();
        }
        window = window.checked_mul(8).unwrap_or(window);
    }
}
