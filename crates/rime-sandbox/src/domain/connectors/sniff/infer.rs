//! Column type inference: what a column's values could all be, narrowed value by value.

use serde_json::Value;

/// What a column's values could all be, narrowed value by value.
#[derive(Clone)]
pub(super) struct Infer {
    seen: bool,
    int: bool,
    float: bool,
    boolean: bool,
    bool_word: bool,
    date: bool,
    datetime: bool,
    variant: bool,
}

impl Infer {
    pub(super) fn new() -> Infer {
        Infer {
            seen: false,
            int: true,
            float: true,
            boolean: true,
            bool_word: false,
            date: true,
            datetime: true,
            variant: false,
        }
    }

    /// A CSV field (already known not to be null).
    pub(super) fn text(&mut self, v: &str) {
        let v = v.trim();
        self.seen = true;
        let lower = v.to_ascii_lowercase();
        let word = matches!(lower.as_str(), "true" | "false" | "yes" | "no");
        let int = is_int(v);
        self.int &= int;
        self.float &= int || is_decimal(v);
        self.boolean &= word || v == "0" || v == "1";
        self.bool_word |= word;
        let (d, dt) = date_kind(v);
        self.date &= d;
        self.datetime &= dt;
    }

    pub(super) fn json(&mut self, v: &Value) {
        match v {
            Value::Null => return,
            Value::Bool(_) => {
                self.bool_word = true;
                (self.int, self.float, self.date, self.datetime) = (false, false, false, false);
            }
            Value::Number(n) => {
                self.int &= n.is_i64() || n.is_u64();
                (self.boolean, self.date, self.datetime) = (false, false, false);
            }
            Value::String(s) => {
                let (d, dt) = date_kind(s);
                (self.int, self.float, self.boolean) = (false, false, false);
                self.date &= d;
                self.datetime &= dt;
            }
            Value::Array(_) | Value::Object(_) => self.variant = true,
        }
        self.seen = true;
    }

    pub(super) fn kind(&self) -> &'static str {
        match self {
            Infer { seen: false, .. } => "VARCHAR",
            Infer { variant: true, .. } => "VARIANT",
            Infer {
                boolean: true,
                bool_word: true,
                ..
            } => "BOOLEAN",
            Infer { int: true, .. } => "NUMBER",
            Infer { float: true, .. } => "FLOAT",
            Infer { date: true, .. } => "DATE",
            Infer { datetime: true, .. } => "TIMESTAMP",
            _ => "VARCHAR",
        }
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_int(v: &str) -> bool {
    let d = v.strip_prefix(['+', '-']).unwrap_or(v);
    digits(d) && d.len() <= 38
}

fn is_decimal(v: &str) -> bool {
    let d = v.strip_prefix(['+', '-']).unwrap_or(v);
    let (mantissa, exp) = match d.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (d, None),
    };
    let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    (digits(whole) || digits(frac))
        && (whole.is_empty() || digits(whole))
        && (frac.is_empty() || digits(frac))
        && exp.is_none_or(digits)
}

fn num(s: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (digits(s) && len.contains(&s.len()))
        .then(|| s.parse().ok())
        .flatten()
}

fn iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && num(&s[..4], 4..=4).is_some()
        && num(&s[5..7], 2..=2).is_some_and(|m| (1..=12).contains(&m))
        && num(&s[8..10], 2..=2).is_some_and(|d| (1..=31).contains(&d))
}

/// `DD/MM/YYYY` or `MM/DD/YYYY` (one- or two-digit day and month).
fn slash_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    let [a, b, y] = parts.as_slice() else {
        return false;
    };
    match (num(a, 1..=2), num(b, 1..=2), num(y, 4..=4)) {
        (Some(a), Some(b), Some(_)) => {
            (1..=31).contains(&a) && (1..=31).contains(&b) && a.min(b) <= 12
        }
        _ => false,
    }
}

/// `HH:MM`, `HH:MM:SS` or with a fraction, then an optional `Z` or `±HH:MM` / `±HHMM`.
fn time_of_day(s: &str) -> bool {
    let (clock, zone) = match s.find(['Z', 'z', '+', '-']) {
        Some(i) => s.split_at(i),
        None => (s, ""),
    };
    let zone_ok = match zone {
        "" | "Z" | "z" => true,
        z => {
            let z = z[1..].replace(':', "");
            num(&z, 4..=4).is_some()
        }
    };
    let clock = clock
        .split_once('.')
        .map(|(c, f)| if digits(f) { c } else { "" })
        .unwrap_or(clock);
    let parts: Vec<&str> = clock.split(':').collect();
    let ok = match parts.as_slice() {
        [h, m] | [h, m, _] => {
            num(h, 2..=2).is_some_and(|h| h < 24) && num(m, 2..=2).is_some_and(|m| m < 60)
        }
        _ => false,
    } && (parts.len() == 2 || num(parts[2], 2..=2).is_some_and(|s| s < 61));
    zone_ok && ok
}

/// (a date alone, a date possibly with a time).
fn date_kind(v: &str) -> (bool, bool) {
    if iso_date(v) || slash_date(v) {
        return (true, true);
    }
    let split = if v.len() > 10 && v.is_char_boundary(10) && iso_date(&v[..10]) {
        matches!(v.as_bytes()[10], b'T' | b't' | b' ').then(|| &v[11..])
    } else {
        v.split_once(' ')
            .filter(|(d, _)| slash_date(d))
            .map(|(_, t)| t)
    };
    (false, split.is_some_and(time_of_day))
}
