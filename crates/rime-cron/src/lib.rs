//! Parses five-field cron schedules and computes their firing instants in an IANA time zone.
//!
//! Grammar: `minute hour day-of-month month day-of-week` (0–59, 0–23, 1–31,
//! 1–12, 0–6 with 0 = Sunday); each field is a comma list of `*`, `n`, `a-b`,
//! `*/s`, `a-b/s` or `a/s` (`a` through the field maximum). Several expressions
//! may be joined with `|`; the schedule fires at the union of their times.
//! Names, `?`, `L`, `W`, `#`, seconds and `@` macros are rejected.
//!
//! Day semantics follow Vixie cron: when both day fields are restricted the day
//! matches if *either* matches; a day field starting with `*` (including `*/s`)
//! counts as unrestricted, so the other one alone decides (ANDed with the step).
//!
//! Firing times are wall-clock times in the caller's zone, with DST handled as:
//! - spring-forward gap: every wall time inside the gap fires once, at the first
//!   instant after the gap (the transition itself, e.g. 03:00 NZDT);
//! - fall-back overlap: a repeated wall time fires once, at its earlier instant;
//!   the second pass through the repeated hour fires nothing.
//!
//! Results are strictly increasing with no duplicates. Searches look at most
//! [`SEARCH_YEARS`] calendar years ahead, so impossible schedules such as
//! `0 0 31 2 *` return nothing quickly.

use jiff::civil::{Date, DateTime};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{Timestamp, ToSpan};
use std::fmt;

/// How many calendar years past the start a search may look; eight covers the
/// longest gap between leap days (2096 to 2104).
pub const SEARCH_YEARS: i16 = 8;

const FIELDS: [(&str, u8, u8); 5] = [
    ("minute", 0, 59),
    ("hour", 0, 23),
    ("day-of-month", 1, 31),
    ("month", 1, 12),
    ("day-of-week", 0, 6),
];

/// A parsed schedule: one or more cron expressions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    exprs: Vec<Expr>,
}

/// One expression as bit sets (bit `n` set = value `n` allowed).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Expr {
    fields: [u64; 5],
    dom_star: bool,
    dow_star: bool,
    source: String,
}

/// Why an expression was rejected; `expression` is only set for `|` lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CronError {
    expression: Option<usize>,
    field: Option<usize>,
    reason: String,
}

impl CronError {
    fn new(reason: impl Into<String>) -> Self {
        CronError {
            expression: None,
            field: None,
            reason: reason.into(),
        }
    }
    /// 1-based position in a `|` list, when the schedule has several expressions.
    pub fn expression(&self) -> Option<usize> {
        self.expression
    }
    /// 1-based field number (1 = minute … 5 = day-of-week), if one field is at fault.
    pub fn field(&self) -> Option<usize> {
        self.field
    }
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for CronError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(e) = self.expression {
            write!(f, "expression {e}: ")?;
        }
        if let Some(n) = self.field {
            write!(f, "field {n} ({}): ", FIELDS[n - 1].0)?;
        }
        f.write_str(&self.reason)
    }
}

impl std::error::Error for CronError {}

/// A time zone name that is empty or not in the tz database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZoneError {
    name: String,
}

impl fmt::Display for ZoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.name.trim().is_empty() {
            f.write_str("empty time zone name")
        } else {
            write!(f, "unknown time zone {:?}", self.name)
        }
    }
}

impl std::error::Error for ZoneError {}

/// Looks up an IANA zone name (e.g. `Pacific/Auckland`, `UTC`).
pub fn zone(name: &str) -> Result<TimeZone, ZoneError> {
    let err = || ZoneError {
        name: name.to_string(),
    };
    if name.trim().is_empty() {
        return Err(err());
    }
    TimeZone::get(name).map_err(|_| err())
}

impl Schedule {
    /// Parses one expression or a `|`-separated list of them.
    pub fn parse(expr: &str) -> Result<Schedule, CronError> {
        let parts: Vec<&str> = expr.split('|').collect();
        let many = parts.len() > 1;
        let exprs = parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                Expr::parse(p).map_err(|mut e| {
                    e.expression = many.then_some(i + 1);
                    e
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(Schedule { exprs })
    }

    /// First firing strictly after `after`, or `None` if there is none within
    /// [`SEARCH_YEARS`].
    pub fn next_after(&self, after: Timestamp, tz: &TimeZone) -> Option<Timestamp> {
        let start = tz.to_datetime(after);
        let last = Date::new((start.year() + SEARCH_YEARS).min(9999), 12, 31).ok()?;
        self.next_within(after, start, last, tz)
    }

    /// The next `n` firings after `after`.
    pub fn upcoming(&self, after: Timestamp, tz: &TimeZone, n: usize) -> Vec<Timestamp> {
        let mut out = Vec::with_capacity(n.min(1024));
        let mut cur = after;
        while out.len() < n {
            let Some(t) = self.next_after(cur, tz) else {
                break;
            };
            out.push(t);
            cur = t;
        }
        out
    }

    /// Firings in `(after, until]`, at most `max` of them.
    pub fn between(
        &self,
        after: Timestamp,
        until: Timestamp,
        tz: &TimeZone,
        max: usize,
    ) -> Vec<Timestamp> {
        // A day of slack: a fall-back at midnight can put an instant before
        // `until` on a later civil date.
        let end = tz.to_datetime(until).date();
        let last = end.checked_add(1.day()).unwrap_or(end);
        let mut out = Vec::new();
        let mut cur = after;
        while out.len() < max {
            match self.next_within(cur, tz.to_datetime(cur), last, tz) {
                Some(t) if t <= until => {
                    out.push(t);
                    cur = t;
                }
                _ => break,
            }
        }
        out
    }

    /// Number of `|`-separated expressions.
    pub fn expressions(&self) -> usize {
        self.exprs.len()
    }

    fn next_within(
        &self,
        after: Timestamp,
        start: DateTime,
        last: Date,
        tz: &TimeZone,
    ) -> Option<Timestamp> {
        self.exprs
            .iter()
            .filter_map(|e| e.next(after, start, last, tz))
            .min()
    }
}

impl std::str::FromStr for Schedule {
    type Err = CronError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Schedule::parse(s)
    }
}

/// Normalised form: single spaces between fields, ` | ` between expressions.
impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.exprs.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            f.write_str(&e.source)?;
        }
        Ok(())
    }
}

impl Expr {
    fn parse(text: &str) -> Result<Expr, CronError> {
        let words: Vec<&str> = text.split_ascii_whitespace().collect();
        match words.as_slice() {
            [] => return Err(CronError::new("empty expression")),
            [w, ..] if w.starts_with('@') => {
                return Err(CronError::new(format!(
                    "macros like {w:?} are not supported"
                )));
            }
            w if w.len() != 5 => {
                return Err(CronError::new(format!(
                    "expected 5 fields (minute hour day-of-month month day-of-week), found {}",
                    w.len()
                )));
            }
            _ => {}
        }
        let mut fields = [0u64; 5];
        for (i, word) in words.iter().enumerate() {
            fields[i] = parse_field(word, FIELDS[i].1, FIELDS[i].2).map_err(|mut e| {
                e.field = Some(i + 1);
                e
            })?;
        }
        Ok(Expr {
            fields,
            dom_star: words[2].starts_with('*'),
            dow_star: words[4].starts_with('*'),
            source: words.join(" "),
        })
    }

    fn day_matches(&self, d: Date) -> bool {
        let dom = self.fields[2] >> d.day() & 1 == 1;
        let dow = self.fields[4] >> d.weekday().to_sunday_zero_offset() & 1 == 1;
        if self.dom_star || self.dow_star {
            dom && dow
        } else {
            dom || dow
        }
    }

    /// Walks civil dates from `start`'s date through `last`, skipping months and
    /// days wholesale. Civil-to-instant resolution is monotonic, so the first
    /// candidate at or after `start` that lands after `after` is the answer.
    fn next(
        &self,
        after: Timestamp,
        start: DateTime,
        last: Date,
        tz: &TimeZone,
    ) -> Option<Timestamp> {
        let mut first = start.date().first_of_month();
        while first <= last {
            if self.fields[3] >> first.month() & 1 == 1 {
                for day in 1..=first.days_in_month() {
                    let date = first.with().day(day).build().ok()?;
                    if date < start.date() || !self.day_matches(date) {
                        continue;
                    }
                    let from = if date == start.date() {
                        (start.hour(), start.minute())
                    } else {
                        (0, 0)
                    };
                    for hour in bits(self.fields[1]).filter(|&h| h >= from.0) {
                        for minute in bits(self.fields[0]).filter(|&m| (hour, m) >= from) {
                            let t = resolve(tz, date.at(hour, minute, 0, 0))?;
                            if t > after {
                                return Some(t);
                            }
                        }
                    }
                }
            }
            first = first.checked_add(1.month()).ok()?;
        }
        None
    }
}

/// Wall time to instant under the module's DST rules.
fn resolve(tz: &TimeZone, dt: DateTime) -> Option<Timestamp> {
    match tz.to_ambiguous_timestamp(dt).offset() {
        AmbiguousOffset::Unambiguous { offset } => offset.to_timestamp(dt).ok(),
        AmbiguousOffset::Fold { before, .. } => before.to_timestamp(dt).ok(),
        AmbiguousOffset::Gap { before, after } => {
            // Read with the post-gap offset the wall time lands just before the
            // transition, so the next transition is the end of this gap.
            let probe = after.to_timestamp(dt).ok()?;
            match tz.following(probe).next() {
                Some(tr) => Some(tr.timestamp()),
                None => before.to_timestamp(dt).ok(),
            }
        }
    }
}

fn bits(mask: u64) -> impl Iterator<Item = i8> {
    (0..64i8).filter(move |&b| mask >> b & 1 == 1)
}

fn parse_field(word: &str, min: u8, max: u8) -> Result<u64, CronError> {
    let mut mask = 0u64;
    for item in word.split(',') {
        if item.is_empty() {
            return Err(CronError::new("empty list item"));
        }
        let (base, step) = match item.split_once('/') {
            Some((b, s)) => {
                let size = u32::from(max - min) + 1;
                let step = number(s)?;
                if step == 0 || step > size {
                    return Err(CronError::new(format!("step {s} out of range 1-{size}")));
                }
                (b, Some(step as u8))
            }
            None => (item, None),
        };
        let value = |s: &str| -> Result<u8, CronError> {
            match number(s)? {
                v if v < u32::from(min) || v > u32::from(max) => Err(CronError::new(format!(
                    "value {s} out of range {min}-{max}"
                ))),
                v => Ok(v as u8),
            }
        };
        let (lo, hi) = if base == "*" {
            (min, max)
        } else if let Some((a, b)) = base.split_once('-') {
            let (a, b) = (value(a)?, value(b)?);
            if a > b {
                return Err(CronError::new(format!("range {a}-{b} is reversed")));
            }
            (a, b)
        } else {
            let a = value(base)?;
            (a, if step.is_some() { max } else { a })
        };
        for v in (lo..=hi).step_by(usize::from(step.unwrap_or(1))) {
            mask |= 1 << v;
        }
    }
    Ok(mask)
}

fn number(s: &str) -> Result<u32, CronError> {
    if let Some(c) = s.chars().find(|c| !c.is_ascii_digit()) {
        return Err(CronError::new(if c.is_ascii_alphabetic() {
            format!("names like {s:?} are not supported")
        } else {
            format!("unsupported character {c:?}")
        }));
    }
    if s.is_empty() {
        return Err(CronError::new("missing number"));
    }
    // Saturate: a huge number is just out of range, not a different error.
    Ok(s.parse().unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests;
