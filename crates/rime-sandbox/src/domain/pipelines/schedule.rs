//! Pipeline schedules: multi-cron (` | `), IANA zone, concurrency policy and window; next firing.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use crate::body::Check;
use crate::error::Detail;

pub const DEFAULT_ZONE: &str = "Pacific/Auckland";
pub const POLICIES: &[&str] = &["skip", "queue", "allow"];

/// Checks a whole schedule (after merging a patch) and returns it normalised, or `None` when it
/// has shape errors (in `c`). An unknown zone is a 422 detail in `semantic`.
pub fn check(c: &mut Check<'_>, raw: &Value, semantic: &mut Vec<Detail>) -> Option<Value> {
    if !raw.is_object() {
        c.fail("schedule", "must be an object or null");
        return None;
    }
    let mut s = Check::nested(raw, "schedule");
    let cron = s
        .string("cron", true)
        .and_then(|text| match rime_cron::Schedule::parse(&text) {
            Ok(parsed) => Some(parsed.to_string()),
            Err(e) => {
                s.fail("cron", format!("Invalid cron expression: {e}."));
                None
            }
        });
    let zone = s
        .string("timezone", false)
        .unwrap_or_else(|| DEFAULT_ZONE.into());
    if rime_cron::zone(&zone).is_err() {
        semantic.push(Detail::new(
            "schedule.timezone",
            format!("'{zone}' is not an IANA time zone"),
        ));
    }
    let policy = s
        .one_of("concurrency_policy", POLICIES, false)
        .unwrap_or_else(|| "skip".into());
    let window = match s.object("window", false) {
        None => Value::Null,
        Some(w) => {
            let mut wc = Check::nested(w, "schedule.window");
            let start = wc.string("start", true);
            let end = wc.string("end", true);
            for (field, v) in [("start", &start), ("end", &end)] {
                if v.as_deref().is_some_and(|t| minutes(t).is_none()) {
                    wc.fail(field, "must be a time HH:MM (00:00 to 23:59)");
                }
            }
            if start.is_some() && start == end {
                wc.fail("end", "must differ from start");
            }
            wc.only(&["start", "end"], &[]);
            s.absorb(wc);
            json!({"start": start, "end": end})
        }
    };
    let enabled = s.boolean("enabled", false).unwrap_or(true);
    s.only(
        &[
            "cron",
            "timezone",
            "concurrency_policy",
            "window",
            "enabled",
        ],
        &[],
    );
    let ok = s.ok();
    c.absorb(s);
    ok.then(|| {
        json!({"cron": cron, "timezone": zone, "concurrency_policy": policy,
               "window": window, "enabled": enabled})
    })
}

/// Minutes after midnight of `HH:MM`.
fn minutes(t: &str) -> Option<u32> {
    let (h, m) = t.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

struct Parsed {
    cron: rime_cron::Schedule,
    tz: TimeZone,
    window: Option<(u32, u32)>,
}

fn parse(schedule: &Value) -> Option<Parsed> {
    let cron = rime_cron::Schedule::parse(schedule["cron"].as_str()?).ok()?;
    let tz = rime_cron::zone(schedule["timezone"].as_str().unwrap_or(DEFAULT_ZONE)).ok()?;
    let window = match &schedule["window"] {
        Value::Object(w) => Some((
            minutes(w.get("start")?.as_str()?)?,
            minutes(w.get("end")?.as_str()?)?,
        )),
        _ => None,
    };
    Some(Parsed { cron, tz, window })
}

impl Parsed {
    /// A firing counts only when its wall time in the zone lies in `[start, end)`; a window
    /// whose end is before its start runs over midnight.
    fn in_window(&self, t: Timestamp) -> bool {
        let Some((start, end)) = self.window else {
            return true;
        };
        let dt = self.tz.to_datetime(t);
        let m = dt.hour() as u32 * 60 + dt.minute() as u32;
        if start < end {
            (start..end).contains(&m)
        } else {
            m >= start || m < end
        }
    }
}

/// The next firing after `now` inside the window, when the schedule is enabled.
pub fn next_run(schedule: &Value, now: Timestamp) -> Option<Timestamp> {
    if schedule["enabled"] != true {
        return None;
    }
    let p = parse(schedule)?;
    let mut cur = now;
    // A narrow window may pass over many firings; a few thousand cover any sane schedule.
    for _ in 0..5000 {
        let t = p.cron.next_after(cur, &p.tz)?;
        if p.in_window(t) {
            return Some(t);
        }
        cur = t;
    }
    None
}

/// Firings in `(after, until]` inside the window, the most recent `max` of them.
pub fn due(schedule: &Value, after: Timestamp, until: Timestamp, max: usize) -> Vec<Timestamp> {
    if schedule["enabled"] != true || until <= after {
        return Vec::new();
    }
    let Some(p) = parse(schedule) else {
        return Vec::new();
    };
    // Only the most recent firings matter: look back over growing spans rather than walk every
    // minute of a long gap.
    for days in [Some(1), Some(7), Some(31), Some(400), None] {
        let from = days
            .and_then(|d| {
                until
                    .checked_sub(jiff::SignedDuration::from_hours(d * 24))
                    .ok()
            })
            .unwrap_or(after)
            .max(after);
        let all: Vec<Timestamp> = p
            .cron
            .between(from, until, &p.tz, 100_000)
            .into_iter()
            .filter(|t| p.in_window(*t))
            .collect();
        if all.len() >= max || from == after {
            return all[all.len().saturating_sub(max)..].to_vec();
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_filter_firings_and_wrap_midnight() {
        let s = json!({"cron": "0 * * * *", "timezone": "UTC", "enabled": true,
                       "window": {"start": "22:00", "end": "02:00"}});
        let now: Timestamp = "2026-11-28T09:30:00Z".parse().unwrap();
        assert_eq!(
            next_run(&s, now).unwrap().to_string(),
            "2026-11-28T22:00:00Z"
        );
        let fired = due(&s, now, "2026-11-29T09:30:00Z".parse().unwrap(), 10);
        let hours: Vec<i8> = fired
            .iter()
            .map(|t| t.to_zoned(TimeZone::UTC).hour())
            .collect();
        assert_eq!(hours, [22, 23, 0, 1]);
        let paused = json!({"cron": "0 * * * *", "timezone": "UTC", "enabled": false});
        assert!(next_run(&paused, now).is_none());
    }
}
