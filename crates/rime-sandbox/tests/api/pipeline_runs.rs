//! Simulated pipeline runs on the sandbox clock: DAG order, failure policies, retries, timeouts,
//! cancel, concurrency policies and lazily started scheduled runs.

use serde_json::{Value, json};

use crate::pipelines::{create, pl, run, start, state, step, step_of};
use crate::support::*;

fn states(run: &Value) -> Vec<(String, String)> {
    run["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["key"].as_str().unwrap().to_string(),
                s["state"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_diamond_runs_its_branches_in_parallel() {
    let env = Env::start();
    let id = create(
        &env,
        "diamond",
        json!([step("publish", &["left", "right"]), step("prep", &[]),
               {"key": "left", "type": "webhook", "depends_on": ["prep"], "config": {"url": "https://h.example.com"}},
               step("right", &["prep"])]),
        json!({}),
    );
    let r = start(&env, &id);
    assert_eq!(r["status"], "running");
    assert_eq!(r["trigger"], "manual");
    assert_eq!(r["version"], 1);
    assert_eq!(r["started_at"], "2026-11-28T09:00:00Z");
    // DAG order: layer by layer, definition order within a layer.
    assert_eq!(
        states(&r),
        pairs(&[
            ("prep", "running"),
            ("left", "pending"),
            ("right", "pending"),
            ("publish", "pending")
        ])
    );
    assert_eq!(
        r["counts"],
        json!({"completed": 0, "running": 1, "pending": 3})
    );
    env.sb.advance(20);
    let r = run(&env, &id, &r);
    assert_eq!(
        states(&r),
        pairs(&[
            ("prep", "succeeded"),
            ("left", "running"),
            ("right", "running"),
            ("publish", "pending")
        ])
    );
    assert_eq!(
        step_of(&r, "left")["started_at"],
        step_of(&r, "right")["started_at"]
    );
    env.sb.advance(5);
    let r = run(&env, &id, &r);
    assert_eq!(state(&r, "left"), "succeeded");
    assert_eq!(state(&r, "right"), "running");
    assert_eq!(state(&r, "publish"), "pending", "waits for both branches");
    assert_eq!(r["duration_seconds"], 25);
    env.sb.advance(15);
    let r = run(&env, &id, &r);
    assert_eq!(state(&r, "publish"), "running");
    assert_eq!(step_of(&r, "publish")["started_at"], "2026-11-28T09:00:40Z");
    env.sb.advance(20);
    let r = run(&env, &id, &r);
    assert_eq!(r["status"], "succeeded");
    assert_eq!(r["ended_at"], "2026-11-28T09:01:00Z");
    assert_eq!(r["duration_seconds"], 60);
    assert_eq!(
        r["counts"],
        json!({"completed": 4, "running": 0, "pending": 0})
    );
}

#[test]
fn stop_skips_everything_not_started_and_continue_lets_other_branches_finish() {
    let env = Env::start();
    // A failing root beside a 60 s infrastructure step, each with a dependent.
    let steps = |policy: &str| {
        json!([
            {"key": "load_fail", "type": "custom", "config": {"sql": "x"}, "failure_policy": policy},
            step("after_fail", &["load_fail"]),
            {"key": "slow", "type": "infrastructure"},
            step("after_slow", &["slow"]),
        ])
    };
    let stop = create(&env, "stop", steps("stop"), json!({}));
    let cont = create(&env, "continue", steps("continue"), json!({}));
    let (a, b) = (start(&env, &stop), start(&env, &cont));
    env.sb.advance(10);
    let (ra, rb) = (run(&env, &stop, &a), run(&env, &cont, &b));
    for r in [&ra, &rb] {
        assert_eq!(state(r, "load_fail"), "failed");
        assert_eq!(
            step_of(r, "load_fail")["error"],
            "Simulated failure: steps whose key contains 'fail' always fail."
        );
        assert_eq!(state(r, "after_fail"), "skipped");
        assert_eq!(
            step_of(r, "after_fail")["error"],
            "Skipped: upstream step 'load_fail' failed."
        );
        assert_eq!(state(r, "slow"), "running", "in-flight steps finish");
    }
    assert_eq!(state(&ra, "after_slow"), "skipped");
    assert_eq!(
        step_of(&ra, "after_slow")["error"],
        "Skipped: the run stopped after step 'load_fail' failed."
    );
    assert_eq!(state(&rb, "after_slow"), "pending");
    env.sb.advance(200);
    let (ra, rb) = (run(&env, &stop, &a), run(&env, &cont, &b));
    assert_eq!(ra["status"], "failed");
    assert_eq!(
        ra["ended_at"], "2026-11-28T09:01:00Z",
        "ends when the in-flight step ends"
    );
    assert_eq!(state(&ra, "slow"), "succeeded");
    assert_eq!(rb["status"], "failed");
    assert_eq!(state(&rb, "after_slow"), "succeeded");
    assert_eq!(rb["ended_at"], "2026-11-28T09:01:20Z");
}

#[test]
fn retries_count_attempts_and_timeouts_fail_steps() {
    let env = Env::start();
    let id = create(
        &env,
        "retry",
        json!([
            {"key": "flaky_api", "type": "custom", "config": {"sql": "x"}, "retry": {"max_attempts": 2, "delay_seconds": 15}},
            {"key": "always_fail", "type": "custom", "config": {"sql": "x"}, "failure_policy": "continue", "retry": {"max_attempts": 1, "delay_seconds": 5}},
            {"key": "big_extract", "type": "custom", "config": {"sql": "x"}, "timeout_seconds": 12, "failure_policy": "continue"},
        ]),
        json!({}),
    );
    let r = start(&env, &id);
    env.sb.advance(10);
    let r = run(&env, &id, &r);
    let flaky = step_of(&r, "flaky_api");
    assert_eq!(
        (flaky["state"].as_str(), flaky["attempt"].as_u64()),
        (Some("failed"), Some(1))
    );
    assert_eq!(flaky["next_attempt_at"], "2026-11-28T09:00:25Z");
    assert_eq!(
        r["counts"]["pending"], 2,
        "a step waiting for its retry counts as pending"
    );
    env.sb.advance(5);
    let r = run(&env, &id, &r);
    assert_eq!(step_of(&r, "always_fail")["attempt"], 2);
    assert_eq!(state(&r, "always_fail"), "running");
    assert_eq!(state(&r, "big_extract"), "failed");
    assert_eq!(
        step_of(&r, "big_extract")["error"],
        "Timed out after 12 seconds."
    );
    env.sb.advance(10);
    let r = run(&env, &id, &r);
    let flaky = step_of(&r, "flaky_api");
    assert_eq!(
        (flaky["state"].as_str(), flaky["attempt"].as_u64()),
        (Some("running"), Some(2))
    );
    assert_eq!(
        flaky["started_at"], "2026-11-28T09:00:00Z",
        "started_at is the first attempt's"
    );
    assert_eq!(flaky["error"], Value::Null);
    assert_eq!(state(&r, "always_fail"), "failed");
    assert_eq!(
        step_of(&r, "always_fail")["next_attempt_at"],
        Value::Null,
        "no retries left"
    );
    env.sb.advance(20);
    let r = run(&env, &id, &r);
    assert_eq!(state(&r, "flaky_api"), "succeeded");
    assert_eq!(step_of(&r, "flaky_api")["attempt"], 2);
    assert_eq!(r["status"], "failed");
}

#[test]
fn cancel_ends_running_steps_and_skips_pending_ones() {
    let env = Env::start();
    let admin = env.admin();
    let id = create(
        &env,
        "cancel",
        json!([{"key": "extract_orders", "type": "custom", "config": {"sql": "x"}}, step("b", &["extract_orders"])]),
        json!({}),
    );
    let r = start(&env, &id);
    env.sb.advance(7);
    let cancel = pl(
        &env,
        &format!("/{id}/runs/{}/cancel", r["id"].as_str().unwrap()),
    );
    let c = admin.post_empty(&cancel);
    expect(&c, 200);
    assert_eq!(c.json["status"], "cancelled");
    assert_eq!(c.json["ended_at"], "2026-11-28T09:00:07Z");
    assert_eq!(c.json["cancelled_by"], "admin@sandbox.rime.test");
    assert_eq!(
        states(&c.json),
        pairs(&[("extract_orders", "cancelled"), ("b", "skipped")])
    );
    assert_eq!(
        step_of(&c.json, "b")["error"],
        "Skipped: the run was cancelled."
    );
    env.sb.advance(100);
    assert_eq!(
        run(&env, &id, &r),
        c.json,
        "a cancelled run stays as it was"
    );
    expect_error(&admin.post_empty(&cancel), 409, "conflict");
    expect_error(
        &admin.post_empty(&pl(&env, &format!("/{id}/runs/plr_nope/cancel"))),
        404,
        "resource_not_found",
    );
    let viewer = env.as_role("viewer");
    expect_error(
        &viewer.call("POST", &pl(&env, &format!("/{id}/runs")), None, &[]),
        403,
        "forbidden",
    );
}

#[test]
fn concurrency_policies_skip_queue_and_allow() {
    let env = Env::start();
    let admin = env.admin();
    let with = |policy: &str| json!({"schedule": {"cron": "0 0 1 1 *", "timezone": "UTC", "concurrency_policy": policy}});
    let skip = create(&env, "skip", json!([step("a", &[])]), json!({}));
    let first = start(&env, &skip);
    let r = admin.post(&pl(&env, &format!("/{skip}/runs")), json!({}));
    expect_error(&r, 409, "conflict");
    assert!(r.text().contains(first["id"].as_str().unwrap()));

    let queue = create(&env, "queue", json!([step("a", &[])]), with("queue"));
    let q1 = start(&env, &queue);
    let q2 = start(&env, &queue);
    let q3 = start(&env, &queue);
    assert_eq!(q2["status"], "queued");
    assert_eq!(q2["started_at"], Value::Null);
    assert_eq!(
        q2["counts"],
        json!({"completed": 0, "running": 0, "pending": 1})
    );
    env.sb.advance(20);
    let q2 = run(&env, &queue, &q2);
    assert_eq!(q2["status"], "running");
    assert_eq!(
        q2["started_at"], "2026-11-28T09:00:20Z",
        "starts when the run ahead ends"
    );
    assert_eq!(run(&env, &queue, &q3)["status"], "queued");
    // Cancelling a queued run skips all its steps; the one behind it moves up.
    let c = admin.post_empty(&pl(
        &env,
        &format!("/{queue}/runs/{}/cancel", q3["id"].as_str().unwrap()),
    ));
    assert_eq!(c.json["status"], "cancelled");
    assert_eq!(c.json["started_at"], Value::Null);
    assert_eq!(state(&c.json, "a"), "skipped");
    let q4 = start(&env, &queue);
    env.sb.advance(20);
    assert_eq!(run(&env, &queue, &q1)["status"], "succeeded");
    assert_eq!(run(&env, &queue, &q4)["started_at"], "2026-11-28T09:00:40Z");

    let allow = create(&env, "allow", json!([step("a", &[])]), with("allow"));
    let (a1, a2) = (start(&env, &allow), start(&env, &allow));
    assert_eq!(
        (a1["status"].as_str(), a2["status"].as_str()),
        (Some("running"), Some("running"))
    );
    let list = admin.get(&pl(&env, &format!("/{allow}/runs")));
    assert_eq!(list.json["data"][0]["id"], a2["id"], "newest first");
}

#[test]
fn scheduled_runs_start_lazily_within_the_window_under_the_policy() {
    let env = Env::start();
    // Every 10 minutes (and 09:05), 09:00–09:30 UTC only; each run takes 20 s. (Long advances
    // outlive access tokens: each call signs in afresh.)
    let id = create(
        &env,
        "every10",
        json!([step("a", &[])]),
        json!({"schedule": {"cron": "*/10 * * * * | 5 9 * * *", "timezone": "UTC", "window": {"start": "09:00", "end": "09:30"}}}),
    );
    let p = env.admin().get(&pl(&env, &format!("/{id}"))).json;
    assert_eq!(p["next_run_at"], "2026-11-28T09:05:00Z");
    env.sb.advance(3600);
    let runs = env.admin().get(&pl(&env, &format!("/{id}/runs")));
    let starts: Vec<&str> = runs.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            assert_eq!(r["trigger"], "scheduled");
            assert_eq!(r["status"], "succeeded");
            r["started_at"].as_str().unwrap()
        })
        .collect();
    assert_eq!(
        starts,
        [
            "2026-11-28T09:20:00Z",
            "2026-11-28T09:10:00Z",
            "2026-11-28T09:05:00Z"
        ],
        "09:00 is not after the schedule was set, 09:30 onwards is outside the window"
    );
    assert_eq!(
        env.admin().get(&pl(&env, &format!("/{id}"))).json["next_run_at"],
        "2026-11-29T09:00:00Z"
    );
    // Under skip, firings while a run is active start nothing. This run lasts 26 minutes: six
    // attempts of a failing step, 300 s apart.
    let slow = create(
        &env,
        "slow",
        json!([{"key": "x_fail", "type": "custom", "config": {"sql": "x"}, "retry": {"max_attempts": 5, "delay_seconds": 300}},
               step("b", &["x_fail"])]),
        json!({"schedule": {"cron": "*/10 * * * *", "timezone": "UTC"}}),
    );
    start(&env, &slow);
    env.sb.advance(35 * 60);
    let runs = env.admin().get(&pl(&env, &format!("/{slow}/runs")));
    let seen: Vec<(&str, &str, &str)> = runs.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["trigger"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
                r["started_at"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("scheduled", "running", "2026-11-28T10:30:00Z"),
            ("manual", "failed", "2026-11-28T10:00:00Z")
        ],
        "10:10 and 10:20 fired while the manual run was active"
    );
    assert_eq!(runs.json["data"][1]["ended_at"], "2026-11-28T10:26:00Z");
    let paused = env.admin().patch(
        &pl(&env, &format!("/{id}")),
        json!({"schedule": {"enabled": false}}),
    );
    assert_eq!(paused.json["next_run_at"], Value::Null);
    let audit = env
        .admin()
        .get("/audit-log?action=pipeline.run_started&limit=1");
    assert_eq!(audit.json["data"][0]["actor"]["type"], "system");
}
