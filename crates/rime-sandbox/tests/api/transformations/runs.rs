//! Simulated runs: dependency order on the clock, failures, subsets, full refresh, cancel.

use serde_json::{Value, json};

use super::*;
use crate::support::*;

/// stg_a → dim_a → fct_ab ← stg_b, fct_ab → mart_ab; tests on dim_a.
fn star(env: &Env, name: &str, dim_tests: Value) -> Tf {
    let tf = Tf::new(env, name, "kimball");
    tf.ok_model("stg_a", "staging", &["raw.a"], json!([]));
    tf.ok_model("stg_b", "staging", &["raw.b"], json!([]));
    tf.ok_model("dim_a", "dimension", &["stg_a"], dim_tests);
    tf.ok_model("fct_ab", "fact", &["dim_a", "stg_b"], json!([]));
    tf.ok_model("mart_ab", "mart", &["fct_ab"], json!([]));
    tf
}

#[test]
fn runs_follow_the_dependency_order_on_the_sandbox_clock() {
    let env = Env::start();
    let tf = star(
        &env,
        "star",
        json!([{"type": "not_null", "column": "a_id"},
               {"type": "unique", "column": "name_broken", "severity": "warn"}]),
    );
    let r = tf.run(Value::Null);
    expect(&r, 202);
    let run = r.json;
    assert_eq!(
        (&run["status"], &run["trigger"]),
        (&json!("running"), &json!("manual"))
    );
    assert_eq!(
        statuses(&run),
        [
            ("stg_a", "running"),
            ("stg_b", "running"),
            ("dim_a", "pending"),
            ("fct_ab", "pending"),
            ("mart_ab", "pending")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    let id = run["id"].as_str().unwrap().to_string();
    let dim_start = secs("stg_a");
    let fct_start = (dim_start + secs("dim_a")).max(secs("stg_b"));
    let end = fct_start + secs("fct_ab") + secs("mart_ab");
    env.sb.advance(dim_start);
    let now = tf.get_run(&id);
    assert_eq!(model(&now, "stg_a")["status"], "succeeded");
    assert_eq!(model(&now, "stg_a")["rows_affected"], rows("stg_a"));
    assert_eq!(model(&now, "dim_a")["status"], "running");
    assert!(
        now["tests"].as_array().unwrap().is_empty(),
        "dim_a not tested yet"
    );
    env.sb.advance(end - dim_start - 1);
    let now = tf.get_run(&id);
    assert_eq!(now["status"], "running");
    assert_eq!(now["duration_seconds"], end - 1);
    assert_eq!(model(&now, "mart_ab")["status"], "running");
    env.sb.advance(1);
    let done = tf.get_run(&id);
    assert_eq!(
        done["status"], "succeeded",
        "a warning keeps the run succeeded"
    );
    assert_eq!(done["duration_seconds"], end);
    let (dim, fct) = (model(&done, "dim_a"), model(&done, "fct_ab"));
    assert_eq!(dim["started_at"], model(&done, "stg_a")["ended_at"]);
    assert_eq!(fct["duration_seconds"], secs("fct_ab"));
    assert!(fct["started_at"].as_str() >= dim["ended_at"].as_str());
    assert!(fct["started_at"].as_str() >= model(&done, "stg_b")["ended_at"].as_str());
    assert_eq!(
        done["tests"],
        json!([
            {"name": "not_null_dim_a_a_id", "model": "dim_a", "type": "not_null", "column": "a_id",
             "severity": "error", "status": "pass", "failures": 0},
            {"name": "unique_dim_a_name_broken", "model": "dim_a", "type": "unique", "column": "name_broken",
             "severity": "warn", "status": "warn", "failures": 1 + fnv1a("unique_dim_a_name_broken") % 25},
        ])
    );
    let total: u64 = ["stg_a", "stg_b", "dim_a", "fct_ab", "mart_ab"]
        .iter()
        .map(|n| rows(n))
        .sum();
    assert_eq!(done["summary"]["rows_affected"], total);
    let listed = tf.c.get(&format!("{}/runs", tf.base));
    assert_eq!(listed.json["data"][0]["id"], id.as_str());
}

#[test]
fn failures_mark_the_run_failed_and_skip_what_is_downstream() {
    let env = Env::start();
    let tf = star(
        &env,
        "errors",
        json!([{"type": "not_null", "column": "id_broken"}]),
    );
    let id = tf.run(json!({})).json["id"].as_str().unwrap().to_string();
    env.sb.advance(600);
    let run = tf.get_run(&id);
    assert_eq!(run["status"], "failed", "an error-severity test failed");
    assert_eq!(run["tests"][0]["status"], "fail");
    assert_eq!(run["summary"]["models_succeeded"], 5);

    tf.ok_model("fct_broken", "fact", &["stg_b"], json!([]));
    tf.ok_model("mart_b", "mart", &["fct_broken"], json!([]));
    let id = tf.run(json!({"models": ["mart_b", "stg_a"]})).json["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.sb.advance(600);
    let run = tf.get_run(&id);
    assert_eq!(run["status"], "failed");
    assert_eq!(
        statuses(&run),
        [
            ("stg_a", "succeeded"),
            ("stg_b", "succeeded"),
            ("fct_broken", "failed"),
            ("mart_b", "skipped")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    let broken = model(&run, "fct_broken");
    assert!(broken["error"].as_str().unwrap().contains("fct_broken"));
    assert!(broken["rows_affected"].is_null());
    let skipped = model(&run, "mart_b");
    assert_eq!(skipped["ended_at"], broken["ended_at"]);
    assert!(skipped["started_at"].is_null());
    assert_eq!(run["requested_models"], json!(["mart_b", "stg_a"]));
}

#[test]
fn subset_runs_take_their_upstream_and_full_refresh_rebuilds_incremental_models() {
    let env = Env::start();
    let tf = star(&env, "subset", json!([]));
    let fct = tf.model_id("fct_ab");
    expect(
        &tf.c.patch(
            &format!("{}/models/{fct}", tf.base),
            json!({"config": {"materialization": "incremental"}}),
        ),
        200,
    );
    let run = tf.run(json!({"models": ["fct_ab"]})).json;
    let names: Vec<String> = statuses(&run).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        ["stg_a", "stg_b", "dim_a", "fct_ab"],
        "upstream included, mart_ab not"
    );
    env.sb.advance(600);
    let run = tf.get_run(run["id"].as_str().unwrap());
    assert_eq!(model(&run, "fct_ab")["rows_affected"], rows("fct_ab") / 10);
    let run = tf
        .run(json!({"models": ["fct_ab"], "full_refresh": true}))
        .json;
    assert_eq!(run["full_refresh"], true);
    env.sb.advance(600);
    let run = tf.get_run(run["id"].as_str().unwrap());
    assert_eq!(model(&run, "fct_ab")["rows_affected"], rows("fct_ab"));

    let r = tf.run(json!({"models": ["fct_ab", "nope"]}));
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(r.fields(), ["models[1]"]);
    let r = tf.run(json!({"models": [], "full_refresh": "yes", "threads": 4}));
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["models", "full_refresh", "threads"]);
    expect(&tf.run(Value::Null), 202);
    expect_error(&tf.run(Value::Null), 409, "conflict");
    let empty = Tf::new(&env, "empty", "kimball");
    expect_error(&empty.run(Value::Null), 422, "unprocessable_entity");
}

#[test]
fn cancelling_a_run() {
    let env = Env::start();
    let tf = star(&env, "cancel", json!([]));
    let id = tf.run(Value::Null).json["id"].as_str().unwrap().to_string();
    env.sb.advance(secs("stg_a") + 1);
    expect_error(&tf.c.delete(&tf.base), 409, "conflict");
    let cancel = format!("{}/runs/{id}/cancel", tf.base);
    expect_error(
        &env.as_role("viewer").post(&cancel, json!({})),
        403,
        "forbidden",
    );
    expect_error(
        &tf.c.post(&cancel, json!({"now": true})),
        400,
        "validation_error",
    );
    let r = tf.c.post(&cancel, json!({}));
    expect(&r, 200);
    let run = r.json;
    assert_eq!(run["status"], "cancelled");
    assert_eq!(run["duration_seconds"], secs("stg_a") + 1);
    assert_eq!(model(&run, "stg_a")["status"], "succeeded");
    assert_eq!(model(&run, "dim_a")["status"], "cancelled");
    // stg_b takes 25 s: it finished just as the run was cancelled.
    assert_eq!(model(&run, "stg_b")["status"], "succeeded");
    assert_eq!(model(&run, "fct_ab")["status"], "skipped");
    assert_eq!(
        model(&run, "fct_ab")["error"],
        "Skipped: the run was cancelled."
    );
    assert_eq!(model(&run, "mart_ab")["status"], "skipped");
    assert_eq!(run["summary"]["models_cancelled"], 1);
    env.sb.advance(600);
    assert_eq!(tf.get_run(&id), run, "a cancelled run stays as it was");
    expect_error(&tf.c.post(&cancel, json!({})), 409, "conflict");
    expect_error(
        &tf.c
            .post(&format!("{}/runs/tfr_nope/cancel", tf.base), json!({})),
        404,
        "resource_not_found",
    );
    expect(&tf.c.delete(&tf.base), 204);
    expect_error(
        &tf.c.get(&format!("{}/runs/{id}", tf.base)),
        404,
        "resource_not_found",
    );
}
