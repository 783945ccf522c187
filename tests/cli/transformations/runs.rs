//! Runs: `run --wait` (exit 9 on a failed model or error test, 0 with warnings), subsets, the live
//! lines, `runs list|get|cancel|watch`.

use serde_json::json;

use super::{fast_clock, fnv1a, last_body, model, star, tf};
use crate::common::Env;

const RUNS: &str = "/projects/{project_id}/transformations/{transformation_id}/runs";

fn failures(test: &str) -> u32 {
    1 + fnv1a(test) % 25
}

/// `1 failing row`, `7 failing rows`: as rime counts them.
fn failing_rows(test: &str) -> String {
    match failures(test) {
        1 => "1 failing row".to_string(),
        n => format!("{n} failing rows"),
    }
}

#[test]
fn only_warn_failures_exit_0_and_show_the_warnings() {
    let env = Env::new();
    fast_clock(&env);
    let out = tf(&env, "tf run retail_sales --wait --interval 20ms").ok();
    let warn = "not_null_fct_orders_discount_broken";
    assert_eq!(
        out.stdout.lines().next(),
        Some("TEST\tMODEL\tSEVERITY\tSTATUS\tFAILURES")
    );
    out.stdout_has(format!(
        "{warn}\tfct_orders\twarn\twarn\t{}\n",
        failures(warn)
    ));
    out.stdout_has("unique_stg_orders_order_id\tstg_orders\terror\tpass\t0\n");
    assert_eq!(out.stdout.lines().count(), 9, "a header and 8 tests");
    let err = &out.stderr;
    assert!(err.contains("started run tfr_"), "{err}");
    assert!(err.contains("✓ fct_orders succeeded — 3680 rows"), "{err}");
    assert!(
        err.contains(" of retail_sales succeeded in 1m15s: 9 succeeded, 0 failed, 0 skipped"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "warning: test {warn} on fct_orders found {} (severity warn)",
            failing_rows(warn)
        )),
        "{err}"
    );
    assert!(err.contains("tests: 7 passed, 1 warned, 0 failed"), "{err}");
    assert_eq!(last_body(&env, "POST", RUNS), json!({}));
}

#[test]
fn a_failing_error_test_exits_9() {
    let env = Env::new();
    star(&env, "star", &["id_broken:not_null", "name:unique"]);
    fast_clock(&env);
    let out = tf(&env, "tf run star --wait --interval 20ms").code(9);
    let test = "not_null_dim_a_id_broken";
    assert_eq!(
        out.stdout,
        format!(
            "TEST\tMODEL\tSEVERITY\tSTATUS\tFAILURES\n{test}\tdim_a\terror\tfail\t{}\nunique_dim_a_name\tdim_a\terror\tpass\t0\n",
            failures(test)
        )
    );
    let err = &out.stderr;
    assert!(err.contains("tests: 1 passed, 0 warned, 1 failed"), "{err}");
    assert!(err.contains(" of star failed\n"), "{err}");
    assert!(
        err.contains(&format!(
            "  - test {test} on dim_a failed: {}",
            failing_rows(test)
        )),
        "{err}"
    );
    // JSON output carries the whole run instead of the table.
    let out = tf(&env, "tf run star --wait --interval 20ms -o json").code(9);
    let run = out.json();
    assert_eq!(run["status"], "failed");
    assert_eq!(run["summary"]["tests_failed"], 1);
}

#[test]
fn a_failing_model_exits_9_and_skips_what_reads_it() {
    let env = Env::new();
    star(&env, "star", &[]);
    model(&env, "star", "fct_broken", "fact", &["stg_b"], &[]);
    model(&env, "star", "mart_b", "mart", &["fct_broken"], &[]);
    fast_clock(&env);
    let out = tf(
        &env,
        "tf run star --models mart_b,dim_a --wait --interval 20ms",
    )
    .code(9);
    let err = &out.stderr;
    assert!(err.contains("started run tfr_"), "{err}");
    assert!(
        err.contains("(5 models)"),
        "stg_a, stg_b, dim_a, fct_broken, mart_b: {err}"
    );
    assert!(
        err.contains("✗ fct_broken failed — Database error in model fct_broken"),
        "{err}"
    );
    assert!(
        err.contains("↷ mart_b skipped — Skipped: a model it reads did not succeed."),
        "{err}"
    );
    assert!(err.contains("3 succeeded, 1 failed, 1 skipped"), "{err}");
    assert!(
        err.contains("  - model fct_broken failed: Database error in model fct_broken"),
        "{err}"
    );
    assert!(
        !err.contains("fct_ab"),
        "not requested, not upstream: {err}"
    );
    assert_eq!(out.stdout, "TEST\tMODEL\tSEVERITY\tSTATUS\tFAILURES\n");
    assert_eq!(
        last_body(&env, "POST", RUNS),
        json!({"models": ["mart_b", "dim_a"]})
    );
}

#[test]
fn starting_a_run_without_waiting() {
    let env = Env::new();
    star(&env, "star", &[]);
    let out = tf(&env, "tf run star --models fct_ab --full-refresh -o json").ok();
    let run = out.json();
    let names: Vec<&str> = run["models"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["stg_a", "stg_b", "dim_a", "fct_ab"],
        "its upstream, not mart_ab"
    );
    assert_eq!(
        (&run["status"], &run["full_refresh"]),
        (&json!("running"), &json!(true))
    );
    assert_eq!(
        last_body(&env, "POST", RUNS),
        json!({"models": ["fct_ab"], "full_refresh": true})
    );
    let id = run["id"].as_str().unwrap();
    out.stderr_has(format!("started run {id} of `star` (4 models)"));
    out.stderr_has(format!(
        "follow it with `rime transformations runs watch star {id}`"
    ));

    tf(&env, "tf run star")
        .code(6)
        .stderr_has("is still running; wait for it or cancel it.");
    tf(&env, "tf run star --models fct_ab,nope")
        .code(7)
        .stderr_has("  - models[1]: no model named 'nope' in this transformation");
    super::make(&env, "empty");
    tf(&env, "tf run empty")
        .code(7)
        .stderr_has("The transformation has no models to run.");
    tf(&env, "tf run star --interval 0s")
        .code(2)
        .stderr_has("not a duration");
    tf(&env, "tf run nope").code(5);
}

#[test]
fn runs_list_get_watch_and_cancel() {
    let env = Env::new();
    star(&env, "star", &["name_broken:unique:warn"]);
    let id = tf(&env, "tf run star -o json").ok().json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let listed = tf(&env, "tf runs list star -o json").ok().json();
    assert_eq!(listed[0]["id"], id.as_str());
    let table = tf(&env, "tf runs ls star").ok();
    assert_eq!(
        table.stdout,
        format!(
            "ID\tSTATUS\tTRIGGER\tMODELS\tROWS\tTESTS FAILED\tSTARTED\tSECONDS\n{id}\trunning\tmanual\t5\t0\t0\t2026-11-28T09:00:00Z\t0\n"
        )
    );
    env.sb.advance(600);
    let got = tf(&env, format!("tf runs get star {id} -o json"))
        .ok()
        .json();
    assert_eq!(got["status"], "succeeded");
    // The run id alone finds it in whichever transformation has it; the flag names one.
    for form in [
        format!("tf runs get {id} -o json"),
        format!("tf runs get {id} --transformation star -o json"),
    ] {
        assert_eq!(tf(&env, form).ok().json(), got);
    }
    // The run ended before watching began: one deterministic report.
    let out = tf(&env, format!("tf runs watch star {id}")).ok();
    let header = format!("run {id} of star succeeded in 1m15s: 5 succeeded, 0 failed, 0 skipped");
    assert_eq!(
        out.stderr,
        format!(
            "{header}\n✓ stg_a succeeded — 20800 rows\n✓ stg_b succeeded — 24500 rows\n✓ dim_a succeeded — 4500 rows\n\
             ✓ fct_ab succeeded — 10100 rows\n✓ mart_ab succeeded — 26000 rows\n\
             warning: test unique_dim_a_name_broken on dim_a found {} (severity warn)\n\
             tests: 0 passed, 1 warned, 0 failed\n",
            failing_rows("unique_dim_a_name_broken")
        )
    );
    // A jq filter reads the run itself, not the test table.
    let total = tf(
        &env,
        format!("tf runs watch {id} --jq .summary.models_total"),
    )
    .ok();
    assert_eq!(total.stdout, "5\n");
    tf(&env, format!("tf runs cancel star {id}"))
        .code(6)
        .stderr_has("has already finished (succeeded).");

    let id2 = tf(&env, "tf run star -o json").ok().json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.sb.advance(30);
    let out = tf(&env, format!("tf runs cancel star {id2} -o json")).ok();
    out.stderr_has(format!("cancelled run `{id2}`"));
    let run = out.json();
    assert_eq!(run["status"], "cancelled");
    assert_eq!(run["models"][2]["status"], "cancelled", "dim_a was running");
    assert_eq!(run["models"][4]["status"], "skipped");
    let out = tf(&env, format!("tf runs watch star {id2}")).code(9);
    out.stderr_has(format!("run {id2} of star cancelled"));
    out.stderr_has("  - model dim_a cancelled: Cancelled while running.");
    let watched = tf(&env, format!("tf runs watch {id2} -o json")).code(9);
    assert_eq!(watched.json()["status"], "cancelled");
    tf(&env, "tf runs cancel star tfr_nope")
        .code(5)
        .stderr_has("Run with ID 'tfr_nope' was not found.");
    tf(&env, "tf runs get star tfr_nope")
        .code(5)
        .stderr_has("no run named or with id `tfr_nope`")
        .stderr_has("hint: run `rime transformations runs list star` to see them");
    tf(&env, "tf runs get tfr_nope")
        .code(5)
        .stderr_has("no run `tfr_nope` in any transformation of this project")
        .stderr_has("hint: run `rime transformations runs list TRANSFORMATION` to see a transformation's runs");
    env.login("viewer@sandbox.rime.test", "correct-horse-viewer");
    tf(&env, "tf run star").code(4);
}

#[test]
fn ctrl_c_while_waiting_detaches_with_exit_130_and_says_how_to_reattach() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let env = Env::new();
    let mut cmd = env
        .rime("-p demo tf run retail_sales --wait --interval 50ms")
        .command();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    // The clock is frozen, so the run never ends: interrupt it once it has started.
    while !seen.contains("started run") {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "rime ended early: {seen}"
        );
        seen.push_str(&line);
    }
    let id = seen.split_whitespace().nth(2).unwrap().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    assert_eq!(status.code(), Some(130), "{seen}{rest}");
    assert!(
        rest.contains(&format!(
            "the run goes on; follow it with `rime transformations runs watch retail_sales {id}`"
        )) && !rest.contains("error:")
            && !rest.contains("hint:"),
        "Ctrl-C on a waiter is a normal end: {seen}{rest}"
    );
    let run = tf(&env, format!("tf runs get retail_sales {id} -o json"))
        .ok()
        .json();
    assert_eq!(run["status"], "running", "detaching does not cancel");
}
