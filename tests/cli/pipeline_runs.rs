//! `rime pipelines run/runs`: `--wait` exit codes, live watching over the WebSocket while the test
//! moves the clock, failure policies, retries, cancel, Ctrl-C, dropped and refused sockets.

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{Env, assert_has};
use crate::pipelines::{EVENTS, create, drive, env};

const RUN: &str = "/api/v1/projects/{project_id}/pipelines/{pipeline_id}/runs/{run_id}";

/// The CLI has opened (or tried to open) its event stream `n` times.
fn connected(env: &Env, n: usize) -> bool {
    env.requests("GET", EVENTS).len() >= n
}

fn frames(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad frame ({e}): {l}")))
        .collect()
}

/// Event frames without what differs between two runs of the same pipeline (ids and times
/// become offsets from the first frame).
fn shape(frames: &[Value]) -> Vec<Value> {
    let t0: jiff::Timestamp = frames[0]["at"].as_str().unwrap().parse().unwrap();
    frames
        .iter()
        .filter(|f| f["type"] != "snapshot")
        .map(|f| {
            let mut f = f.clone();
            let at: jiff::Timestamp = f["at"].as_str().unwrap().parse().unwrap();
            f["at"] = (at.as_second() - t0.as_second()).into();
            f
        })
        .collect()
}

pub const DIAMOND: &str = r#"
name: diamond
steps:
  prep: {type: custom, config: {sql: "CALL PREP()"}}
  left: {type: infrastructure, depends_on: prep}
  right: {type: custom, depends_on: prep, config: {sql: "CALL RIGHT()"}}
  publish: {type: webhook, depends_on: [left, right], config: {url: "https://hooks.example.com/p"}}
"#;

#[test]
fn wait_exits_0_on_success_and_9_listing_failed_steps() {
    let env = env();
    create(&env, DIAMOND);
    let out = drive(&env, env.rime("pl run diamond --wait -o json"), 10, &|| {
        true
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    let run = out.json();
    assert_eq!(run["status"], "succeeded");
    out.stderr_has("started run plr_");
    out.stderr_has("✓ publish succeeded — 5s");
    out.stderr_has("succeeded · 4/4 completed, 0 running · 1m25s");
    assert!(
        env.requests("GET", RUN).len() >= 2,
        "--wait polls over REST"
    );
    assert!(env.requests("GET", EVENTS).is_empty());

    let stop = create(
        &env,
        "name: stop\nsteps:\n  load_fail: {type: custom, config: {sql: x}}\n  after: {type: custom, depends_on: load_fail, config: {sql: x}}\n  side: {type: infrastructure}\n  side_next: {type: custom, depends_on: side, config: {sql: x}}\n",
    );
    let out = drive(&env, env.rime("pl run stop --wait"), 10, &|| true);
    assert_eq!(out.code, 9, "{}", out.stderr);
    out.stderr_has("error: run plr_");
    out.stderr_has(format!(
        "of pipeline `stop` ({}) failed",
        stop["id"].as_str().unwrap()
    ));
    out.stderr_has(
        "  - load_fail failed: Simulated failure: steps whose key contains 'fail' always fail.",
    );
    assert!(
        out.stdout.contains("side_next\tskipped"),
        "stop skips what has not started:\n{}",
        out.stdout
    );
    let cont = continuing(&env);
    let out = drive(
        &env,
        env.rime(format!("pl run {cont} --wait -o json")),
        10,
        &|| true,
    );
    assert_eq!(out.code, 9);
    let run = out.json();
    let state = |k: &str| {
        run["steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == k)
            .unwrap()["state"]
            .clone()
    };
    assert_eq!(
        (state("after"), state("side_next")),
        (json!("skipped"), json!("succeeded")),
        "continue lets other branches finish"
    );
}

/// The `stop` pipeline again, with `failure_policy: continue` on the failing step.
fn continuing(env: &Env) -> String {
    create(
        env,
        "name: continue\nsteps:\n  load_fail: {type: custom, config: {sql: x}, failure_policy: continue}\n  after: {type: custom, depends_on: load_fail, config: {sql: x}}\n  side: {type: infrastructure}\n  side_next: {type: custom, depends_on: side, config: {sql: x}}\n",
    );
    "continue".to_string()
}

#[test]
fn watching_streams_a_diamond_with_parallel_branches() {
    let env = env();
    create(&env, DIAMOND);
    let out = drive(
        &env,
        env.rime("pl run diamond --watch -o ndjson"),
        5,
        &|| connected(&env, 1),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let fs = frames(&out.stdout);
    for f in &fs {
        rime_sandbox::contract::validate_schema("PipelineRunFrame", f).unwrap();
        assert_ne!(f["type"], "heartbeat", "heartbeats are not data");
    }
    assert_eq!(fs[0]["type"], "snapshot");
    assert_eq!(fs[0]["seq"], 1);
    let brief: Vec<String> = fs[1..]
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {}",
                f["seq"],
                f["at"].as_str().unwrap(),
                f["type"].as_str().unwrap(),
                f["step_key"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        brief,
        [
            "2 2026-11-28T09:00:20Z step_finished prep",
            "3 2026-11-28T09:00:20Z step_started left",
            "4 2026-11-28T09:00:20Z step_started right",
            "5 2026-11-28T09:00:40Z step_finished right",
            "6 2026-11-28T09:01:20Z step_finished left",
            "7 2026-11-28T09:01:20Z step_started publish",
            "8 2026-11-28T09:01:25Z step_finished publish",
            "9 2026-11-28T09:01:25Z run_finished ",
        ],
        "left and right start together, publish waits for both"
    );
    // Without a terminal: one stderr line per state change.
    for line in [
        "▶ left running",
        "▶ right running",
        "✓ right succeeded — 20s",
        "✓ left succeeded — 1m00s",
    ] {
        assert!(out.stderr.contains(line), "{line}:\n{}", out.stderr);
    }
    assert_eq!(out.stderr.matches("▶ publish running").count(), 1);
    // The exit code came from REST, after the stream ended.
    let last = env
        .exchanges()
        .into_iter()
        .rev()
        .find(|e| e.route.as_deref() == Some(RUN))
        .unwrap();
    assert_eq!(last.response.unwrap()["status"], "succeeded");
}

#[test]
fn retries_show_attempts_and_cancel_ends_a_watch_with_exit_9() {
    let env = env();
    create(
        &env,
        "name: retry\nsteps:\n  flaky_api: {type: custom, config: {sql: x}, retry: {max_attempts: 1, delay_seconds: 10}}\n",
    );
    let out = drive(&env, env.rime("pl run retry --watch -o ndjson"), 5, &|| {
        connected(&env, 1)
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    let fs = frames(&out.stdout);
    let attempts: Vec<(String, Value)> = fs
        .iter()
        .filter(|f| f["step_key"] == "flaky_api")
        .map(|f| {
            (
                f["type"].as_str().unwrap().to_string(),
                f["attempt"].clone(),
            )
        })
        .collect();
    assert_eq!(
        attempts,
        [
            ("step_finished".to_string(), json!(1)),
            ("step_started".to_string(), json!(2)),
            ("step_finished".to_string(), json!(1 + 1))
        ]
    );
    assert_eq!(fs[1]["next_attempt_at"], "2026-11-28T09:00:20Z");
    out.stderr_has("✗ flaky_api failed — 10s — Simulated transient failure");
    out.stderr_has("▶ flaky_api running (attempt 2)");

    // Cancel from another process while watching: the watch ends with exit 9.
    create(
        &env,
        "name: long\nsteps:\n  a: {type: infrastructure}\n  b: {type: custom, depends_on: a, config: {sql: x}}\n",
    );
    let run = env.rime("pl run long -o json").run().ok();
    run.stderr_has("follow it with `rime pipelines runs watch plr_");
    let id = run.json()["id"].as_str().unwrap().to_string();
    let watch = env
        .rime(format!("pl runs watch {id}"))
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !connected(&env, 2) {
        assert!(Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(20));
    }
    env.sb.advance(30);
    let out = env
        .rime(format!("pl runs cancel {id} --pipeline long -o json"))
        .run()
        .ok();
    assert_eq!(out.json()["status"], "cancelled");
    let w = watch.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&w.stderr);
    assert_eq!(w.status.code(), Some(9), "{stderr}");
    assert_has(&stderr, "  - a cancelled: Cancelled.");
    assert_has(&stderr, "↷ b skipped — Skipped: the run was cancelled.");
    env.rime(format!("pl runs cancel {id}"))
        .run()
        .code(6)
        .stderr_has("already finished");
    let got = env.rime(format!("pl runs get {id}")).run().ok();
    got.stdout_has("status\tcancelled");
    got.stdout_has("STEP\tSTATE\tATTEMPT");
    let listed = env.rime("pl runs list long -o json").run().ok().json();
    assert_eq!(listed[0]["id"], id.as_str());
}

#[test]
fn a_dropped_socket_resumes_with_no_lost_or_repeated_frames() {
    let env = env();
    create(&env, DIAMOND);
    let calm = drive(
        &env,
        env.rime("pl run diamond --watch -o ndjson"),
        5,
        &|| connected(&env, 1),
    );
    assert_eq!(calm.code, 0, "{}", calm.stderr);
    env.control("PUT", "/faults", json!({"ws_drop_after_frames": 2}));
    let before = env.requests("GET", EVENTS).len();
    let rough = drive(
        &env,
        env.rime("pl run diamond --watch -o ndjson"),
        5,
        &|| connected(&env, before + 1),
    );
    assert_eq!(rough.code, 0, "{}", rough.stderr);
    let (a, b) = (frames(&calm.stdout), frames(&rough.stdout));
    let seqs: Vec<u64> = b
        .iter()
        .filter(|f| f["type"] != "snapshot")
        .map(|f| f["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(
        seqs,
        (2..=9).collect::<Vec<_>>(),
        "each event exactly once, in order"
    );
    assert_eq!(
        shape(&a),
        shape(&b),
        "the same events as an undisturbed run"
    );
    rough.stderr_has("event stream interrupted");
    rough.stderr_has("reconnected to the run's event stream");
    let resumed: Vec<String> = env.requests("GET", EVENTS)[before..]
        .iter()
        .map(|e| e.uri.clone())
        .collect();
    assert!(resumed.len() >= 4, "{resumed:?}");
    assert!(
        resumed[1..].iter().all(|u| u.contains("?after=")),
        "{resumed:?}"
    );
    let stats = env.control("GET", "/faults", Value::Null);
    assert!(stats["stats"]["ws_drops"].as_u64().unwrap() >= 3);
    // The same final state as the undisturbed run.
    let line = |s: &str| s.lines().last().unwrap().replace(char::is_numeric, "#");
    let (ra, rb) = (
        a.iter()
            .rev()
            .find(|f| f["type"] == "run_finished")
            .unwrap(),
        b.iter()
            .rev()
            .find(|f| f["type"] == "run_finished")
            .unwrap(),
    );
    assert_eq!(ra["status"], rb["status"]);
    assert_eq!(
        line(&calm.stderr).split(':').nth(1),
        line(&rough.stderr).split(':').nth(1)
    );
}

#[test]
fn a_server_that_refuses_upgrades_is_polled_instead() {
    let env = env();
    create(&env, DIAMOND);
    env.control("PUT", "/faults", json!({"ws_refuse": true}));
    let out = drive(&env, env.rime("pl run diamond --watch"), 5, &|| {
        connected(&env, 1)
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stderr_has("live updates are unavailable");
    out.stderr_has("polling the run instead");
    out.stdout_has("status\tsucceeded");
    out.stderr_has("✓ publish succeeded");
    assert_eq!(env.requests("GET", EVENTS)[0].status, 400);
    assert!(env.requests("GET", RUN).len() >= 2);
    // With -o ndjson the polled states come out as snapshot frames.
    let out = drive(
        &env,
        env.rime("pl run diamond --watch -o ndjson"),
        5,
        &|| connected(&env, 2),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let fs = frames(&out.stdout);
    assert!(
        fs.iter()
            .all(|f| f["type"] == "snapshot" && f["source"] == "poll")
    );
    assert_eq!(fs.last().unwrap()["run"]["status"], "succeeded");
}

#[test]
fn ctrl_c_detaches_and_prints_the_reattach_command() {
    let env = env();
    create(&env, DIAMOND);
    let child = env
        .rime("pl run diamond --watch")
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !connected(&env, 1) {
        assert!(Instant::now() < deadline);
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(100));
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert_has(
        &stderr,
        "the run goes on; re-attach with `rime pipelines runs watch plr_",
    );
    let runs = env.rime("pl runs list diamond -o json").run().ok().json();
    assert_eq!(runs[0]["status"], "running");
    // Re-attaching by run id alone finds its pipeline.
    let id = runs[0]["id"].as_str().unwrap().to_string();
    let out = drive(
        &env,
        env.rime(format!("pl runs watch {id} -o json --debug")),
        10,
        &|| connected(&env, 2),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.json()["status"], "succeeded");
    // The handshake is traced like any request, its bearer token redacted.
    out.stderr_has("/events (WebSocket upgrade)\n> authorization: Bearer [redacted]");
    let handshake = env.requests("GET", EVENTS).pop().unwrap();
    let token = handshake.header("authorization").unwrap()["Bearer ".len()..].to_string();
    assert!(token.len() > 20 && !out.stderr.contains(&token));
}
