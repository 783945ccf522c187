//! Turns one JSON value into the text of a table, TSV or CSV cell, by column kind.

use std::borrow::Cow;

use jiff::Timestamp;
use serde_json::Value;

use super::sanitize::{terminal_safe, tsv_safe};
use super::{ColumnKind, Style};

/// Who reads the cell decides how much it may be reshaped.
#[derive(Clone, Copy, Debug)]
pub(crate) enum CellMode {
    /// A person at a terminal: relative times, `-` for nothing, escapes for controls.
    Tty(Timestamp),
    /// `awk`/`cut`: exact values, but still one line per row and one tab per column (controls
    /// and backslashes escaped, see [`tsv_safe`]).
    Plain,
    /// Spreadsheet import: the csv crate quotes; [`super::render::csv_record`] makes cells inert.
    Csv,
}

fn compact(v: &Value) -> String {
    // Serialising a serde_json::Value to a String cannot fail.
    serde_json::to_string(v).unwrap_or_default()
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

/// The unescaped text; `Csv` and `Plain` differ only in what happens afterwards.
fn raw_text(v: &Value, kind: ColumnKind, mode: CellMode) -> String {
    match (kind, v) {
        (ColumnKind::Count, Value::Array(a)) => a.len().to_string(),
        (ColumnKind::Count, Value::Object(m)) => m.len().to_string(),
        (ColumnKind::Json, v) if !v.is_null() => compact(v),
        (_, Value::Array(a)) if !matches!(mode, CellMode::Csv) => {
            let parts: Option<Vec<String>> = a.iter().map(scalar).collect();
            parts.map_or_else(|| compact(v), |p| p.join(", "))
        }
        (_, Value::Array(_) | Value::Object(_)) => compact(v),
        (_, v) => scalar(v).unwrap_or_default(),
    }
}

/// Cell text for `value` (absent and null are the same thing to a reader).
pub(crate) fn cell_text(value: Option<&Value>, kind: ColumnKind, mode: CellMode) -> String {
    let v = value.unwrap_or(&Value::Null);
    match mode {
        CellMode::Csv => raw_text(v, kind, mode),
        CellMode::Plain => {
            let s = raw_text(v, kind, mode);
            match tsv_safe(&s) {
                Cow::Borrowed(_) => s,
                Cow::Owned(o) => o,
            }
        }
        CellMode::Tty(now) => {
            if v.is_null() {
                return "-".to_owned();
            }
            if let (ColumnKind::Time, Value::String(s)) = (kind, v)
                && let Some(rel) = relative_time(s, now)
            {
                return rel;
            }
            safe_owned(raw_text(v, kind, mode))
        }
    }
}

fn safe_owned(s: String) -> String {
    match terminal_safe(&s) {
        Cow::Borrowed(_) => s,
        Cow::Owned(o) => o,
    }
}

/// Colour for a status word; the word itself is always printed too.
pub(crate) fn status_style(status: &str) -> Option<Style> {
    let s = status.to_ascii_lowercase();
    match s.as_str() {
        "active" | "succeeded" | "completed" | "passed" | "pass" | "resolved" | "ready"
        | "applied" => Some(Style::Green),
        "failed" | "error" | "fail" | "firing" | "partially_failed" | "drifted" | "stale" => {
            Some(Style::Red)
        }
        "running" | "queued" | "warn" | "warned" | "acknowledged" | "paused" | "invited"
        | "suspended" => Some(Style::Yellow),
        s if s.starts_with("pending") => Some(Style::Yellow),
        "skipped" | "cancelled" | "revoked" => Some(Style::Dim),
        _ => None,
    }
}

const MINUTE: u64 = 60;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;
const WEEK: u64 = 7 * DAY;

/// `3m ago`, `in 2h`, or the UTC date once more than a week away; `None` if not RFC 3339.
pub(crate) fn relative_time(raw: &str, now: Timestamp) -> Option<String> {
    let ts: Timestamp = raw.parse().ok()?;
    let delta = now.as_second() - ts.as_second();
    let secs = delta.unsigned_abs();
    let amount = match secs {
        0..5 => return Some("just now".to_owned()),
        s if s < MINUTE => format!("{s}s"),
        s if s < HOUR => format!("{}m", s / MINUTE),
        s if s < DAY => format!("{}h", s / HOUR),
        s if s < WEEK => format!("{}d", s / DAY),
        _ => return Some(ts.strftime("%Y-%m-%d").to_string()),
    };
    Some(if delta >= 0 {
        format!("{amount} ago")
    } else {
        format!("in {amount}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn now() -> Timestamp {
        "2026-11-10T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn relative_times_with_fixed_now() {
        let rel = |s| relative_time(s, now()).unwrap();
        assert_eq!(rel("2026-11-10T11:59:58Z"), "just now");
        assert_eq!(rel("2026-11-10T11:59:30Z"), "30s ago");
        assert_eq!(rel("2026-11-10T11:57:00+00:00"), "3m ago");
        assert_eq!(rel("2026-11-10T14:00:00Z"), "in 2h");
        assert_eq!(rel("2026-11-10T13:00:00+02:00"), "1h ago");
        assert_eq!(rel("2026-11-07T12:00:00Z"), "3d ago");
        assert_eq!(rel("2026-11-02T08:00:00Z"), "2026-11-02");
        assert_eq!(rel("2027-01-01T00:00:00Z"), "2027-01-01");
        assert_eq!(relative_time("yesterday", now()), None);
    }

    #[test]
    fn cells_by_mode_and_kind() {
        let t = CellMode::Tty(now());
        let ts = json!("2026-11-10T11:57:00Z");
        assert_eq!(cell_text(Some(&ts), ColumnKind::Time, t), "3m ago");
        assert_eq!(
            cell_text(Some(&ts), ColumnKind::Time, CellMode::Plain),
            "2026-11-10T11:57:00Z"
        );
        assert_eq!(cell_text(None, ColumnKind::Text, t), "-");
        assert_eq!(cell_text(None, ColumnKind::Text, CellMode::Plain), "");
        let tags = json!(["a", 1, true]);
        assert_eq!(cell_text(Some(&tags), ColumnKind::Text, t), "a, 1, true");
        assert_eq!(
            cell_text(Some(&tags), ColumnKind::Text, CellMode::Csv),
            r#"["a",1,true]"#
        );
        assert_eq!(
            cell_text(Some(&tags), ColumnKind::Count, CellMode::Plain),
            "3"
        );
        let objs = json!([{"k": "v"}]);
        assert_eq!(
            cell_text(Some(&objs), ColumnKind::Text, t),
            r#"[{"k":"v"}]"#
        );
        let evil = json!("a\tb\u{1b}[2J");
        assert_eq!(
            cell_text(Some(&evil), ColumnKind::Text, CellMode::Plain),
            "a\\tb\\x1b[2J"
        );
        assert_eq!(
            cell_text(Some(&evil), ColumnKind::Text, CellMode::Csv),
            "a\tb\u{1b}[2J"
        );
    }

    #[test]
    fn status_words_map_to_colours() {
        assert_eq!(status_style("Active"), Some(Style::Green));
        assert_eq!(status_style("partially_failed"), Some(Style::Red));
        assert_eq!(status_style("pending_approval"), Some(Style::Yellow));
        assert_eq!(status_style("revoked"), Some(Style::Dim));
        assert_eq!(status_style("mystery"), None);
    }
}
