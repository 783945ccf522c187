//! How an apply runs: paced by the rate-limit headers (no 429 however large), a bar on a
//! terminal and one line per change otherwise, then the summary.

use serde_json::json;

use super::demo;
use crate::common::Env;

fn transformations(env: &Env, prefix: &str, n: usize) -> String {
    let docs: String = (0..n)
        .map(|i| format!("---\nkind: transformation\nname: {prefix}_{i:03}\nmethodology: kimball\ndescription: number {i}\n"))
        .collect();
    let file = env.dir.path().join(format!("{prefix}.yaml"));
    std::fs::write(&file, docs).unwrap();
    file.display().to_string()
}

const ROUTE: &str = "/api/v1/projects/{project_id}/transformations";

#[test]
fn a_300_resource_apply_under_a_low_rate_limit_meets_no_429() {
    let env = demo();
    let file = transformations(&env, "paced", 300);
    // A bucket of 20 refilled at 60 a second: 300 creates at full speed would drain it in a
    // moment, so all but the first 20 must wait for the headers to say a token is back.
    env.control(
        "PUT",
        "/limits",
        json!({"capacity": 20, "per_second": 60.0}),
    );
    let before = env.exchanges().len();
    let out = env.rime(format!("apply -f {file}")).run().ok();
    out.stderr_has("applied: 300 created, 0 updated, 0 deleted")
        .stderr_lacks("rate limited")
        .stderr_lacks("retrying in");
    let during: Vec<_> = env.exchanges().into_iter().skip(before).collect();
    let limited = during.iter().filter(|e| e.status == 429).count();
    assert_eq!(limited, 0, "the server answered 429 {limited} times");
    let posts = during
        .iter()
        .filter(|e| e.method == "POST" && e.route.as_deref() == Some(ROUTE))
        .count();
    assert_eq!(posts, 300, "one create per resource, none retried");
    // Ends correct: the files and the project agree, and each was created once.
    env.rime(format!("diff -f {file} --detailed-exitcode"))
        .run()
        .ok()
        .stdout_has("0 to create, 0 to update, 0 to delete, 300 unchanged");
    let audited = env
        .rime("api GET /audit-log --paginate --jq '[.[]|select(.action==\"transformation.created\" and (.resource_name|startswith(\"paced_\")))]|length'")
        .run()
        .ok();
    let created: usize = audited
        .stdout
        .lines()
        .map(|l| l.trim().parse::<usize>().unwrap_or(0))
        .sum();
    assert_eq!(created, 300, "{}", audited.stdout);
}

#[test]
fn off_a_terminal_each_change_is_one_line_then_the_summary() {
    let env = demo();
    let file = transformations(&env, "lined", 12);
    let out = env.rime(format!("apply -f {file}")).run().ok();
    let lines: Vec<&str> = out.stderr.lines().collect();
    let created: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with("created transformation `lined_"))
        .collect();
    assert_eq!(created.len(), 12, "{}", out.stderr);
    assert_eq!(
        lines.last().copied(),
        Some("applied: 12 created, 0 updated, 0 deleted, 0 unchanged"),
        "{}",
        out.stderr
    );
    // No bar, no cursor movement: lines a log keeps.
    out.stderr_lacks("\u{1b}[")
        .stderr_lacks("12/12")
        .stderr_lacks("\r");
}

#[cfg(target_os = "linux")]
#[test]
fn on_a_terminal_an_apply_draws_one_bar_and_ends_with_the_summary() {
    let env = demo();
    let file = transformations(&env, "barred", 80);
    let out = crate::tour::on_a_pty(&env, format!("apply -f {file} --color never"), |_| {});
    assert_eq!(out.code, 0, "{out:?}");
    // stdout and stderr both arrive on the terminal.
    out.stdout_has("applying 80 changes [")
        .stdout_has("] 80/80")
        .stdout_has("✓ applying 80 changes")
        .stdout_has("applied: 80 created, 0 updated, 0 deleted, 0 unchanged");
    // The changes show in the bar as they finish, not as a line each: a redraw shows only the
    // latest, so far fewer than eighty of them ever reach the screen.
    let shown = out
        .stdout
        .matches("created transformation `barred_")
        .count();
    assert!(
        shown < 80,
        "{shown} change lines on the terminal:\n{}",
        out.stdout
    );
    let listed = env
        .rime(
            "transformations list -o json --jq '[.[].name|select(startswith(\"barred_\"))]|length'",
        )
        .run()
        .ok();
    assert_eq!(listed.stdout.trim(), "80");
}
