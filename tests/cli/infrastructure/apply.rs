//! `infra plan` and `infra apply`: the whole cycle, stale plans, confirmation, failures, exit codes, progress.

use serde_json::{Value, json};

use super::{APPLY_ROUTE, PLAN_ROUTE, infra, resource, run_clock};
use crate::common::Env;

#[test]
fn create_plan_apply_makes_the_resource_active() {
    let env = Env::new();
    let created = infra(
        &env,
        "infra create --type snowflake_warehouse --name adhoc_wh --config size=small --config auto_suspend_seconds=120 --config auto_resume=false -o json",
    )
    .ok();
    let wh = created.json();
    assert_eq!(wh["name"], "ADHOC_WH");
    assert_eq!(wh["status"], "pending_create");
    created.stderr_has("created infrastructure resource `ADHOC_WH`");
    let post = env
        .requests("POST", "/api/v1/projects/{project_id}/infrastructure")
        .pop()
        .unwrap();
    assert_eq!(
        post.body.unwrap(),
        json!({"type": "snowflake_warehouse", "name": "adhoc_wh", "config": {"size": "small", "auto_suspend_seconds": 120, "auto_resume": false}})
    );

    let plan = infra(&env, "infra plan").ok();
    plan.stdout_has("+ create snowflake_warehouse ADHOC_WH");
    plan.stdout_has("auto_suspend_seconds: 120");
    plan.stdout_has("~ modify snowflake_warehouse TRANSFORM_WH");
    plan.stdout_has("Plan: 1 to create, 1 to modify, 0 to destroy.");
    // no colour when stdout is not a terminal
    plan.stdout_lacks("\u{1b}");
    plan.stderr_has("rime infra apply --plan pln_");

    run_clock(&env);
    let applied = infra(&env, "infra apply --yes --wait -o json").ok();
    let apply = applied.json();
    assert_eq!(apply["status"], "succeeded");
    let statuses: Vec<(&str, &str)> = apply["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["resource_name"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
            )
        })
        .collect();
    // Same dependency rank: the older resource goes first.
    assert_eq!(
        statuses,
        [("TRANSFORM_WH", "succeeded"), ("ADHOC_WH", "succeeded")]
    );
    // Per-resource progress: one stderr line per state change when stderr is not a terminal.
    applied.stderr_has("✓ + snowflake_warehouse ADHOC_WH succeeded");
    applied.stderr_has("✓ ~ snowflake_warehouse TRANSFORM_WH succeeded");
    applied.stderr_has(": succeeded (2/2 done)");
    // Without a plan, apply planned first and applied exactly that plan.
    let plans = env.requests("POST", PLAN_ROUTE);
    assert_eq!(plans.len(), 2);
    let made = plans.last().unwrap().response.clone().unwrap();
    let sent = env.requests("POST", APPLY_ROUTE).pop().unwrap();
    assert_eq!(sent.body.unwrap(), json!({"plan_id": made["id"]}));

    let wh = resource(&env, "adhoc_wh");
    assert_eq!(wh["status"], "active");
    assert_eq!(wh["config"]["auto_suspend_seconds"], 120);
    let active = infra(&env, "infra list --status active -o json")
        .ok()
        .json();
    assert_eq!(active.as_array().unwrap().len(), 8);
    let listed = infra(&env, "infra applies list -o json").ok().json();
    assert_eq!(listed[0]["id"], apply["id"]);
    let one = infra(
        &env,
        format!(
            "infra applies get {} -o json",
            apply["id"].as_str().unwrap()
        ),
    )
    .ok()
    .json();
    assert_eq!(one["results"].as_array().unwrap().len(), 2);
    let table = infra(
        &env,
        format!("infra applies get {}", apply["id"].as_str().unwrap()),
    )
    .ok();
    assert!(
        table
            .stdout
            .starts_with("CHANGE\tTYPE\tNAME\tSTATUS\tERROR\n"),
        "{}",
        table.stdout
    );
    table.stdout_has("create\tsnowflake_warehouse\tADHOC_WH\tsucceeded\t\n");
    table.stderr_has(": succeeded (2/2 done)");
    let none = infra(&env, "infra plan").ok();
    none.stdout_has("No changes.");
    let nothing = infra(&env, "infra apply --yes").ok();
    nothing.stderr_has("nothing to apply");
    assert_eq!(
        env.requests("POST", APPLY_ROUTE).len(),
        1,
        "nothing to apply, no apply"
    );
}

#[test]
fn a_stale_plan_is_refused_with_a_hint_to_plan_again() {
    let env = Env::new();
    let dir = env.dir.path().join("plan.json");
    let file = dir.to_str().unwrap();
    let saved = infra(&env, format!("infra plan --out {file} -o json"))
        .ok()
        .json();
    let on_disk: Value = serde_json::from_str(&std::fs::read_to_string(&dir).unwrap()).unwrap();
    assert_eq!(on_disk, saved);
    infra(&env, "infra update TRANSFORM_WH --config size=large").ok();
    let id = saved["id"].as_str().unwrap();
    for args in [["--plan", id], ["--plan-file", file]] {
        let out = infra(&env, format!("infra apply {} {} --yes", args[0], args[1])).code(6);
        out.stderr_has("stale");
        out.stderr_has("hint: run `rime infra plan` again");
    }
    assert_eq!(
        env.requests("POST", APPLY_ROUTE)
            .iter()
            .filter(|e| e.status == 409)
            .count(),
        2
    );
    assert!(
        infra(&env, "infra applies list -o json")
            .ok()
            .json()
            .as_array()
            .unwrap()
            .is_empty()
    );
    // A fresh plan applies; applying it a second time is refused the same way.
    let fresh = infra(&env, "infra plan -o json").ok().json();
    let fid = fresh["id"].as_str().unwrap();
    infra(&env, format!("infra apply --plan {fid} --yes")).ok();
    infra(&env, format!("infra apply --plan {fid} --yes"))
        .code(6)
        .stderr_has("already applied");
}

#[test]
fn apply_without_a_terminal_needs_yes_and_changes_nothing() {
    let env = Env::new();
    let out = infra(&env, "infra apply").code(2);
    out.stderr_has("refusing to apply without confirmation");
    out.stderr_has("--yes");
    infra(&env, "infra apply --plan pln_x").code(2);
    assert!(
        env.requests("POST", APPLY_ROUTE).is_empty(),
        "no apply request"
    );
    assert!(
        env.requests("POST", PLAN_ROUTE).is_empty(),
        "not even a plan"
    );
    assert_eq!(resource(&env, "TRANSFORM_WH")["status"], "pending_update");
}

#[test]
fn a_failing_resource_exits_9_naming_it() {
    let env = Env::new();
    infra(
        &env,
        "infra create --type snowflake_database --name BROKEN_FAILS",
    )
    .ok();
    run_clock(&env);
    let out = infra(&env, "infra apply --yes --wait").code(9);
    out.stderr_has("error: apply apl_");
    out.stderr_has("failed: 1 of 2 changes failed");
    out.stderr_has("  - snowflake_database BROKEN_FAILS: Snowflake rejected the create");
    out.stdout_has("create\tsnowflake_database\tBROKEN_FAILS\tfailed");
    let broken = resource(&env, "broken_fails");
    assert_eq!(broken["status"], "failed");
    assert!(broken["last_error"].as_str().unwrap().contains("FAILS"));
    let id = infra(&env, "infra applies list -o json").ok().json()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    infra(&env, format!("infra applies watch {id}"))
        .code(9)
        .stderr_has("BROKEN_FAILS");
    infra(&env, "infra applies get apl_nope")
        .code(5)
        .stderr_has("rime infra applies list");
    // Issue 16 item 11: applies lists filter like every runs list.
    let failed = infra(
        &env,
        "infra applies list --status failed --since 7d -o json",
    )
    .ok()
    .json();
    let failed = failed.as_array().unwrap();
    assert!(failed.iter().any(|a| a["id"] == id.as_str()));
    assert!(failed.iter().all(|a| a["status"] == "failed"));
    let later = infra(
        &env,
        "infra applies list --since 2999-01-01T00:00:00Z -o json",
    )
    .ok()
    .json();
    assert_eq!(later, json!([]));
    infra(&env, "infra applies list --status done")
        .code(2)
        .stderr_has("running, succeeded, failed");
    infra(&env, "infra applies list --since yesterday")
        .code(2)
        .stderr_has("an age such as 90m, 24h, 7d");
}

#[test]
fn detailed_exitcode_is_10_with_changes_and_0_without() {
    let env = Env::new();
    let out = infra(&env, "infra plan --detailed-exitcode").code(10);
    out.stdout_has("Plan: 0 to create, 1 to modify, 0 to destroy.");
    assert!(
        !out.stderr.contains("error"),
        "exit 10 is not an error: {}",
        out.stderr
    );
    run_clock(&env);
    infra(&env, "infra apply --yes --wait").ok();
    let out = infra(&env, "infra plan --detailed-exitcode -o json").code(0);
    assert_eq!(
        out.json()["summary"],
        json!({"create": 0, "modify": 0, "destroy": 0})
    );
}

#[test]
fn apply_wait_follows_each_resource_as_the_clock_moves() {
    let env = Env::new();
    infra(
        &env,
        "infra create --type snowflake_warehouse --name ADHOC_WH",
    )
    .ok();
    let mut child = env
        .rime("infra apply --yes --wait -p demo")
        .command()
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The clock is frozen: it moves 3 s after each poll the CLI makes, so every poll sees a
    // known moment (the modify takes 5 s, the create 10 s).
    let polls = || {
        env.requests(
            "GET",
            "/api/v1/projects/{project_id}/infrastructure/applies/{apply_id}",
        )
        .len()
    };
    let mut seen = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "apply --wait did not finish"
        );
        let now = polls();
        if now > seen {
            seen = now;
            env.sb.advance(3);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("snowflake_warehouse") && !l.starts_with(' '))
        .collect();
    assert_eq!(
        lines,
        [
            "▶ ~ snowflake_warehouse TRANSFORM_WH applying",
            "· + snowflake_warehouse ADHOC_WH pending",
            "✓ ~ snowflake_warehouse TRANSFORM_WH succeeded",
            "▶ + snowflake_warehouse ADHOC_WH applying",
            "✓ + snowflake_warehouse ADHOC_WH succeeded",
        ],
        "{stderr}"
    );
    assert_eq!(polls(), 6, "polls at 0, 3, 6, 9, 12 and 15 s");
}

#[test]
fn nothing_else_runs_while_an_apply_is_running() {
    let env = Env::new();
    let started = infra(&env, "infra apply --yes -o json").ok();
    let apply = started.json();
    assert_eq!(apply["status"], "running");
    let id = apply["id"].as_str().unwrap();
    started.stderr_has(format!("follow it with `rime infra applies watch {id}`"));
    infra(&env, "infra plan")
        .code(6)
        .stderr_has("still running");
    infra(&env, "infra update TRANSFORM_WH --config size=large")
        .code(6)
        .stderr_has("is changing this resource");
    env.sb.advance(60);
    let done = infra(&env, format!("infra applies watch {id} -o json"))
        .ok()
        .json();
    assert_eq!(done["status"], "succeeded");
}
