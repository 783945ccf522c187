//! One shape for every run history (issue 16 item 11): `runs list --status --since` in every group,
//! `runs get RUN` by id alone, and `--wait`/`--watch` accepted by every command that starts a run
//! with the same exit rule (0 if the run succeeded, 9 if not).

use serde_json::{Value, json};

use crate::common::Env;

/// Simulated time 600× faster, so a started run ends within a fraction of a second.
fn fast(env: &Env) {
    env.control("POST", "/clock", json!({"rate": 600}));
}

fn ids(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect()
}

/// A second before and after the run started.
fn around(run: &Value) -> (jiff::Timestamp, jiff::Timestamp) {
    let t: jiff::Timestamp = run["started_at"].as_str().unwrap().parse().unwrap();
    let s = jiff::SignedDuration::from_secs(1);
    (t - s, t + s)
}

/// What the sandbox received as the query of the last list of this route.
fn last_query(env: &Env, route: &str) -> String {
    let uri = env
        .requests("GET", route)
        .pop()
        .expect("a list request")
        .uri;
    uri.split_once('?')
        .map(|(_, q)| q.to_string())
        .unwrap_or_default()
}

#[test]
fn transformation_runs_list_filters_by_status_and_start_and_watch_exits_by_status() {
    let env = Env::new();
    fast(&env);
    let run = env
        .rime("-p demo tf run retail_sales --watch --interval 20ms -o json")
        .run()
        .ok()
        .json();
    assert_eq!(run["status"], "succeeded");
    let id = run["id"].as_str().unwrap();
    let list = |args: &str| {
        env.rime(format!("-p demo tf runs list retail_sales {args} -o json").as_str())
            .run()
            .ok()
            .json()
    };
    assert!(ids(&list("--status succeeded")).contains(&id));
    assert!(!ids(&list("--status running")).contains(&id));
    // The sandbox keeps its own (simulated) time: give instants around the run's start.
    let (before, after) = around(&run);
    assert!(ids(&list(&format!("--since {before}"))).contains(&id));
    assert!(!ids(&list(&format!("--since {after}"))).contains(&id));
    assert_eq!(list("--since 2099-01-01T00:00:00Z"), json!([]));
    let q = last_query(
        &env,
        "/api/v1/projects/{project_id}/transformations/{transformation_id}/runs",
    );
    assert!(q.contains("since=2099-01-01T00%3A00%3A00Z"), "{q}");
    let bad = env
        .rime("-p demo tf runs list retail_sales --status done")
        .run()
        .code(2);
    bad.stderr_has("[possible values: running, succeeded, failed, cancelled]");
    // By id alone, the transformation found by asking each one.
    let got = env
        .rime(format!("-p demo tf runs get {id} -o json").as_str())
        .run()
        .ok()
        .json();
    assert_eq!(got["id"], id);
}

#[test]
fn pipeline_runs_list_filters_by_status_and_start() {
    let env = Env::new();
    fast(&env);
    let run = env
        .rime("-p demo pl run nightly-sales --wait -o json")
        .run()
        .json();
    let id = run["id"].as_str().unwrap();
    let status = run["status"].as_str().unwrap();
    let list = |args: &str| {
        env.rime(format!("-p demo pl runs list nightly-sales {args} -o json").as_str())
            .run()
            .ok()
            .json()
    };
    let mine = list(&format!("--status {status}"));
    assert!(ids(&mine).contains(&id), "{mine}");
    assert!(
        mine.as_array()
            .unwrap()
            .iter()
            .all(|r| r["status"] == status),
        "{mine}"
    );
    assert!(!ids(&list("--status queued")).contains(&id));
    let (before, after) = around(&run);
    assert!(ids(&list(&format!("--since {before}"))).contains(&id));
    assert!(!ids(&list(&format!("--since {after}"))).contains(&id));
    assert_eq!(
        list("--since 2099-01-01T00:00:00Z --status failed"),
        json!([])
    );
    let q = last_query(
        &env,
        "/api/v1/projects/{project_id}/pipelines/{pipeline_id}/runs",
    );
    assert!(
        q.contains("status=failed") && q.contains("since=2099"),
        "{q}"
    );
    let got = env
        .rime(format!("-p demo pl runs get {id} -o json").as_str())
        .run()
        .ok()
        .json();
    assert_eq!(got["id"], id);
}

#[test]
fn connector_sync_watch_follows_to_the_end_and_exits_by_the_final_status() {
    let env = Env::new();
    fast(&env);
    let out = env
        .rime("-p demo conn sync orders-db --watch -o json")
        .run();
    let run = out.json();
    let expected = if run["status"] == "completed" { 0 } else { 9 };
    assert_eq!(out.code, expected, "{}", out.stderr);
    assert_ne!(run["status"], "running");
    let id = run["id"].as_str().unwrap();
    let listed = env
        .rime(
            format!(
                "-p demo conn runs list orders-db --status {} -o json",
                run["status"].as_str().unwrap()
            )
            .as_str(),
        )
        .run()
        .ok()
        .json();
    assert!(ids(&listed).contains(&id));
    env.rime("-p demo conn sync orders-db --wait --watch")
        .run()
        .code(2)
        .stderr_has("cannot be used with");
}
