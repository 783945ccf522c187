//! `--status` and `--since` of a runs list (applies, scans): the query they make. The status
//! values differ per kind, so each kind's flag struct lists its own and calls [`runs_query`].
// connectors/runs.rs keeps its own `since` for now; it folds into this one when the groups'
// runs filters are unified.

use crate::error::CliError;

/// The query of `--status S --since TIME|AGE` (`since` relative to now).
pub fn runs_query(
    status: &Option<String>,
    since: &Option<String>,
) -> Result<Vec<(String, String)>, CliError> {
    let since = match since {
        Some(s) => Some(self::since(s, jiff::Timestamp::now())?),
        None => None,
    };
    Ok(super::query_of([("status", status), ("since", &since)]))
}

/// `--since`: an RFC 3339 instant, or an age (`90s`, `30m`, `24h`, `7d`, `2w`) before `now`.
pub fn since(s: &str, now: jiff::Timestamp) -> Result<String, CliError> {
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Ok(t.to_string());
    }
    let bad = || {
        CliError::Usage(format!(
            "`--since {s}`: give an RFC 3339 time (2026-11-28T09:00:00Z) or an age such as 90m, 24h, 7d"
        ))
    };
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let n: i64 = s[..split].parse().map_err(|_| bad())?;
    let unit = match &s[split..] {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return Err(bad()),
    };
    let then = now
        .checked_sub(jiff::SignedDuration::from_secs(n.saturating_mul(unit)))
        .map_err(|_| bad())?;
    // Whole seconds: the API's timestamps have no fractions.
    let then = jiff::Timestamp::from_second(then.as_second()).map_err(|_| bad())?;
    Ok(then.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn since_takes_instants_and_ages() {
        let now: jiff::Timestamp = "2026-11-28T09:00:00Z".parse().unwrap();
        assert_eq!(super::since("7d", now).unwrap(), "2026-11-21T09:00:00Z");
        assert_eq!(
            super::since("2026-11-01T12:00:00+13:00", now).unwrap(),
            "2026-10-31T23:00:00Z"
        );
        assert!(super::since("5y", now).is_err());
    }
}
