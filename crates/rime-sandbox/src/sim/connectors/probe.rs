//! The simulated connection test: reachability, authentication, permissions, from the config alone.

use serde_json::Value;

use crate::domain::connectors::{catalogue, secret_values};

/// The simulated connection test: reachability, authentication, permissions (later ones skipped
/// after a failure). Returns `(name, status, message)` and, for failures, how long a run takes
/// to give up.
pub fn probe(kind: &str, full: &Value) -> Vec<(&'static str, &'static str, String, i64)> {
    if kind == "file" {
        return vec![
            (
                "reachability",
                "passed",
                "File connectors receive uploads; there is no source to reach.".into(),
                0,
            ),
            (
                "authentication",
                "skipped",
                "File connectors have no credentials.".into(),
                0,
            ),
            (
                "permissions",
                "passed",
                "Uploaded files are readable.".into(),
                0,
            ),
        ];
    }
    let host = catalogue::host_of(full);
    let target = host.clone().unwrap_or_else(|| format!("the {kind} API"));
    let user = ["username", "email"]
        .iter()
        .find_map(|k| full[*k].as_str())
        .or(full["auth"]["username"].as_str());
    let outcomes = [
        (
            "reachability",
            host.as_deref()
                .is_some_and(|h| h.starts_with("unreachable.")),
            format!("Could not connect to {target}: connection timed out after 10 s."),
            format!("Connected to {target}."),
            10,
        ),
        (
            "authentication",
            secret_values(kind, full).iter().any(|s| s == "wrong"),
            "The source rejected the credentials (authentication failed).".to_string(),
            "Credentials accepted.".to_string(),
            3,
        ),
        (
            "permissions",
            user.is_some_and(|u| u.starts_with("noaccess")),
            format!(
                "User '{}' cannot read the source's tables.",
                user.unwrap_or("")
            ),
            "Read access to the source's tables confirmed.".to_string(),
            5,
        ),
    ];
    let mut failed = false;
    outcomes
        .into_iter()
        .map(|(name, fails, bad, good, after)| {
            if failed {
                (
                    name,
                    "skipped",
                    "Skipped because an earlier check failed.".to_string(),
                    0,
                )
            } else if fails {
                failed = true;
                (name, "failed", bad, after)
            } else {
                (name, "passed", good, 0)
            }
        })
        .collect()
}
