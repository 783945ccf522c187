//! `kill -9` in the middle of a 200-resource apply, then apply again: the project ends as the
//! files say, and the audit log shows each resource created once.

use std::process::Stdio;

use super::demo;
use crate::common::wait_until;

#[test]
fn an_apply_killed_midway_is_finished_by_running_it_again_without_duplicates() {
    let env = demo();
    let docs: String = (0..200)
        .map(|i| format!("---\nkind: transformation\nname: crash_{i:03}\nmethodology: kimball\ndescription: number {i}\n"))
        .collect();
    let file = env.dir.path().join("many.yaml");
    std::fs::write(&file, docs).unwrap();
    let route = "/api/v1/projects/{project_id}/transformations";
    let mut child = env
        .rime(format!("apply -f {}", file.display()))
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_until("some creates reached the server", || {
        env.requests("POST", route).len() >= 40
    });
    child.kill().unwrap(); // SIGKILL: no chance to tidy up
    child.wait().unwrap();
    let after_kill = env.requests("POST", route).len();
    assert!(
        after_kill < 200,
        "killed before the end ({after_kill} creates)"
    );
    let out = env.rime(format!("apply -f {}", file.display())).run().ok();
    out.stderr_has("applied: ");
    // Again: nothing left to do.
    env.rime(format!("diff -f {} --detailed-exitcode", file.display()))
        .run()
        .ok();
    let listed = env
        .rime(
            "transformations list -o json --jq '[.[].name|select(startswith(\"crash_\"))]|length'",
        )
        .run()
        .ok();
    assert_eq!(listed.stdout.trim(), "200");
    let audited = env
        .rime("api GET /audit-log --paginate --jq '[.[]|select(.action==\"transformation.created\")]|length'")
        .run()
        .ok();
    let created: usize = audited
        .stdout
        .lines()
        .map(|l| l.trim().parse::<usize>().unwrap_or(0))
        .sum();
    assert_eq!(
        created, 200,
        "each transformation created once: {}",
        audited.stdout
    );
}
