//! Following a run: the live per-model view while it goes, then the test summary on stdout,
//! warnings on stderr, and exit 9 unless it succeeded.

use std::time::Duration;

use serde_json::Value;

use super::super::wait::{Poll, poll};
use super::runs::RUNS;
use crate::context::Context;
use crate::error::CliError;
use crate::output::ColumnKind::{Count, Status, Text};
use crate::output::progress::{Item, Snapshot};
use crate::output::{Column, ListSpec, col, terminal_safe};
use crate::registry::Scope;

/// The test summary printed when a followed run ends.
const TEST_COLUMNS: &[Column] = &[
    col("TEST", "name", Text),
    col("MODEL", "model", Text),
    col("SEVERITY", "severity", Text),
    col("STATUS", "status", Status),
    col("FAILURES", "failures", Count),
];

/// Polls the run until it ends, then reports: the test summary on stdout (the run itself in the
/// JSON-shaped formats), warnings on stderr, and exit 9 unless it succeeded.
pub async fn follow(
    ctx: &Context,
    name: &str,
    tid: &str,
    run_id: &str,
    interval: Duration,
) -> anyhow::Result<()> {
    let path = RUNS.item_path(ctx, &Scope::of([tid]), run_id).await?;
    let view = |run: &Value| snapshot(name, run);
    let done = |run: &Value| run["status"] != "running";
    let run = poll(
        ctx,
        Poll {
            path,
            view: &view,
            done: &done,
            reattach: format!(
                "the run goes on; follow it with `rime transformations runs watch {} {}`",
                terminal_safe(name),
                terminal_safe(run_id)
            ),
            interval,
        },
    )
    .await?;
    report(ctx, name, &run)
}

/// The live view: a header with counts, one line per model.
pub fn snapshot(name: &str, run: &Value) -> Snapshot {
    let models = run["models"].as_array().cloned().unwrap_or_default();
    let count = |s: &str| models.iter().filter(|m| m["status"] == s).count();
    let status = run["status"].as_str().unwrap_or("running");
    let id = run["id"].as_str().unwrap_or_default();
    let secs = crate::output::duration(run["duration_seconds"].as_u64().unwrap_or(0));
    let header = if status == "running" {
        format!(
            "run {id} of {name}: running ({} done, {} running, {} pending) {secs}",
            count("succeeded") + count("failed") + count("skipped"),
            count("running"),
            count("pending")
        )
    } else {
        format!(
            "run {id} of {name} {status} in {secs}: {} succeeded, {} failed, {} skipped",
            count("succeeded"),
            count("failed") + count("cancelled"),
            count("skipped")
        )
    };
    let items = models
        .iter()
        .map(|m| {
            let note = match m["status"].as_str() {
                Some("succeeded") => m["rows_affected"]
                    .as_u64()
                    .map(|r| crate::output::count(r, "row")),
                Some("failed" | "skipped" | "cancelled") => m["error"].as_str().map(String::from),
                _ => None,
            };
            Item {
                key: m["name"].as_str().unwrap_or_default().to_string(),
                label: m["name"].as_str().unwrap_or_default().to_string(),
                state: m["status"].as_str().unwrap_or("pending").to_string(),
                progress: None,
                attempt: None,
                note,
            }
        })
        .collect();
    Snapshot { header, items }
}

fn report(ctx: &Context, name: &str, run: &Value) -> anyhow::Result<()> {
    let tests = run["tests"].as_array().cloned().unwrap_or_default();
    let count = |s: &str| tests.iter().filter(|t| t["status"] == s).count();
    let spec = ListSpec::of(TEST_COLUMNS);
    ctx.out.detail(run, &run["tests"], &spec, &RUNS.spec())?;
    for t in tests.iter().filter(|t| t["status"] == "warn") {
        ctx.out.warn(&format!(
            "test {} on {} found {} (severity warn)",
            terminal_safe(t["name"].as_str().unwrap_or_default()),
            terminal_safe(t["model"].as_str().unwrap_or_default()),
            crate::output::count(t["failures"].as_u64().unwrap_or(0), "failing row")
        ));
    }
    ctx.out.status(&format!(
        "tests: {} passed, {} warned, {} failed",
        count("pass"),
        count("warn"),
        count("fail")
    ));
    let status = run["status"].as_str().unwrap_or_default();
    if status == "succeeded" {
        return Ok(());
    }
    let mut details: Vec<String> = Vec::new();
    for m in run["models"].as_array().into_iter().flatten() {
        if matches!(m["status"].as_str(), Some("failed" | "cancelled")) {
            details.push(
                terminal_safe(&format!(
                    "model {} {}: {}",
                    m["name"].as_str().unwrap_or_default(),
                    m["status"].as_str().unwrap_or_default(),
                    m["error"].as_str().unwrap_or("no error given")
                ))
                .into_owned(),
            );
        }
    }
    for t in tests.iter().filter(|t| t["status"] == "fail") {
        details.push(
            terminal_safe(&format!(
                "test {} on {} failed: {}",
                t["name"].as_str().unwrap_or_default(),
                t["model"].as_str().unwrap_or_default(),
                crate::output::count(t["failures"].as_u64().unwrap_or(0), "failing row")
            ))
            .into_owned(),
        );
    }
    Err(CliError::Failed {
        what: format!(
            "run {} of {name} {status}",
            run["id"].as_str().unwrap_or_default()
        ),
        details,
    }
    .into())
}
