//! Fault injection as a client sees it on the wire, and the controls that are never faulted.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::*;

fn faults(env: &Env, config: Value) {
    env.control("PUT", "/faults", config);
}

fn clear(env: &Env) {
    env.control("DELETE", "/faults", json!(null));
}

fn project_count(env: &Env, admin: &Client) -> u64 {
    clear(env);
    admin.get("/tenant").json["usage"]["projects"]
        .as_u64()
        .unwrap()
}

#[track_caller]
fn has_request_id(r: &Resp) {
    assert!(
        r.header("x-request-id")
            .is_some_and(|v| v.starts_with("req_")),
        "no X-Request-Id on {}",
        r.status
    );
}

#[test]
fn injected_statuses() {
    let env = Env::start();
    let admin = env.admin();
    faults(&env, json!({"rate_429": 1.0, "retry_after_seconds": 7}));
    let r = admin.get("/me");
    expect_error(&r, 429, "rate_limited");
    assert_eq!(r.header("retry-after"), Some("7"));
    has_request_id(&r);
    for (config, status) in [("rate_500", 500), ("rate_502", 502), ("rate_503", 503)] {
        faults(&env, json!({config: 1.0}));
        let r = admin.get("/projects");
        expect_error(&r, status, "internal_error");
        has_request_id(&r);
        if status == 503 {
            assert_eq!(r.header("retry-after"), Some("1"));
        }
    }
    clear(&env);
    expect(&admin.get("/me"), 200);
}

#[test]
fn drop_before_the_handler_leaves_nothing_behind() {
    let env = Env::start();
    let admin = env.admin();
    faults(&env, json!({"drop_before": 1.0}));
    let r = admin.try_raw(
        "POST",
        "/projects",
        Some((
            "application/json",
            br#"{"name":"lost","identifier":"lost"}"#.to_vec(),
        )),
        &[],
    );
    assert!(
        matches!(r, Err(Transport::Closed)),
        "expected a closed connection, got {r:?}"
    );
    assert_eq!(project_count(&env, &admin), 2);
}

#[test]
fn drop_after_the_handler_leaves_the_work_done() {
    let env = Env::start();
    let admin = env.admin();
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "drop_after", "method": "POST", "path_prefix": "/api/v1/projects"}]),
    );
    let r = admin.try_raw(
        "POST",
        "/projects",
        Some((
            "application/json",
            br#"{"name":"ghost","identifier":"ghost"}"#.to_vec(),
        )),
        &[],
    );
    assert!(
        matches!(r, Err(Transport::Closed)),
        "expected a closed connection, got {r:?}"
    );
    assert_eq!(
        project_count(&env, &admin),
        3,
        "the project exists although the client saw no answer"
    );
    // The script was used up: the retry gets a real (conflicting) answer.
    let retry = admin.post("/projects", json!({"name": "ghost", "identifier": "ghost"}));
    expect_error(&retry, 409, "conflict");
}

#[test]
fn truncated_and_non_json_bodies() {
    let env = Env::start();
    let admin = env.admin();
    let full = admin.get("/projects");
    faults(&env, json!({"truncate": 1.0}));
    let r = admin.get("/projects");
    assert_eq!(r.status, 200);
    has_request_id(&r);
    assert!(
        !r.body.is_empty() && r.body.len() < full.body.len(),
        "{} of {} bytes",
        r.body.len(),
        full.body.len()
    );
    assert!(
        serde_json::from_slice::<Value>(&r.body).is_err(),
        "a truncated body still parsed"
    );

    faults(&env, json!({"non_json": 1.0}));
    let r = admin.get("/projects");
    assert_eq!(r.status, 502);
    has_request_id(&r);
    assert!(
        r.header("content-type")
            .is_some_and(|c| c.starts_with("text/html"))
    );
    assert!(r.text().starts_with("<html"), "{}", r.text());
}

#[test]
fn latency_is_added() {
    let env = Env::start();
    let admin = env.admin();
    faults(&env, json!({"latency_ms": 80}));
    let started = Instant::now();
    expect(&admin.get("/me"), 200);
    assert!(
        started.elapsed() >= Duration::from_millis(80),
        "{:?}",
        started.elapsed()
    );
    // Controls are never delayed: with ten minutes of latency on every path, a control call is
    // still answered (the control client gives up after 20 s).
    faults(&env, json!({"latency_ms": 600_000, "path_prefix": "/"}));
    let info = env.control("GET", "/info", json!(null));
    assert_eq!(info.json["tenant"], "sandbox");
    clear(&env);
}

#[test]
fn scripts_methods_and_prefixes() {
    let env = Env::start();
    let admin = env.admin();
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "status503", "times": 2, "path_prefix": "/api/v1/me"}]),
    );
    expect(&admin.get("/projects"), 200);
    expect_error(&admin.get("/me"), 503, "internal_error");
    expect_error(&admin.get("/me"), 503, "internal_error");
    expect(&admin.get("/me"), 200);

    faults(&env, json!({"rate_500": 1.0, "methods": ["POST"]}));
    expect(&admin.get("/me"), 200);
    expect_error(
        &admin.post("/projects", json!({"name": "n", "identifier": "nn"})),
        500,
        "internal_error",
    );
    let stats = env.control("GET", "/faults", json!(null)).json["stats"].clone();
    assert_eq!(stats["status_5xx"], 3);
    assert_eq!(stats["injected"], 3);
}

#[test]
fn controls_are_never_faulted() {
    let env = Env::start();
    let admin = env.admin();
    faults(&env, json!({"rate_500": 1.0, "path_prefix": "/"}));
    let info = env.control("GET", "/info", json!(null));
    assert_eq!(info.json["tenant"], "sandbox");
    env.control("GET", "/clock", json!(null));
    expect_error(&env.anon().get("/api/docs"), 500, "internal_error");
    expect_error(&admin.get("/me"), 500, "internal_error");
    faults(&env, json!({"drop_before": 1.0, "path_prefix": "/"}));
    env.control("GET", "/faults", json!(null));
    clear(&env);
    expect(&admin.get("/me"), 200);
}
