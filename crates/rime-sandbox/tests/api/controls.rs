//! Hostile calls to the `/_sandbox` controls: any JSON value, out-of-range clocks, huge bulk
//! requests and cross-site (form, DNS-rebinding) requests end in a 4xx, change nothing, and leave
//! the sandbox answering ordinary requests.

use std::net::SocketAddr;

use serde_json::{Value, json};

use crate::http::{Req, Resp, send};
use crate::support::*;

/// One raw control call with a JSON content type and the given body text.
fn call(env: &Env, method: &str, path: &str, body: &str) -> Resp {
    call_with(env.addr, method, path, Some(body), &[])
}

fn call_with(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&str>,
    headers: &[(&'static str, String)],
) -> Resp {
    let req = Req {
        method,
        path,
        headers: headers.to_vec(),
        body: body.map(|b| ("application/json", b.as_bytes().to_vec())),
    };
    send(addr, &req).unwrap_or_else(|e| panic!("{method} {path} {body:?}: {e}"))
}

/// Values no control should accept where a number, string, list or object is expected — and
/// that must never take the sandbox down either way.
fn hostile_values() -> Vec<Value> {
    let deep = (0..200).fold(json!(1), |v, _| json!([v]));
    vec![
        json!(null),
        json!(true),
        json!(-1),
        json!(-0.5),
        json!(0),
        json!(1e30),
        json!(-1e30),
        json!(1e19),
        json!(1.7976931348623157e308),
        json!(u64::MAX),
        json!(i64::MIN),
        json!("NaN"),
        json!("inf"),
        json!("-Infinity"),
        json!("1e30"),
        json!(""),
        json!("x".repeat(10_000)),
        json!("\u{1b}[2J\u{0}"),
        json!([]),
        json!([1, "a", null]),
        json!({}),
        json!({"nested": {"deeper": [1e30]}}),
        deep,
    ]
}

/// Every control that changes state, with the fields it knows.
const CONTROLS: &[(&str, &str, &[&str])] = &[
    ("POST", "/_sandbox/reset", &[]),
    (
        "PUT",
        "/_sandbox/faults",
        &[
            "rate_429",
            "retry_after_seconds",
            "rate_500",
            "rate_502",
            "rate_503",
            "drop_before",
            "drop_after",
            "truncate",
            "non_json",
            "latency_ms",
            "jitter_ms",
            "ws_drop_after_frames",
            "ws_refuse",
            "path_prefix",
            "methods",
        ],
    ),
    ("DELETE", "/_sandbox/faults", &[]),
    (
        "POST",
        "/_sandbox/faults/script",
        &["fault", "method", "path_prefix", "times"],
    ),
    ("POST", "/_sandbox/clock", &["advance_seconds", "rate"]),
    ("PUT", "/_sandbox/limits", &["capacity", "per_second"]),
    ("PUT", "/_sandbox/tenant", &["tier"]),
    ("POST", "/_sandbox/bulk", &["kind", "count", "project_id"]),
    (
        "POST",
        "/_sandbox/objects",
        &["kind", "scope", "project_id", "name", "body"],
    ),
    (
        "POST",
        "/_sandbox/infrastructure/drift",
        &[
            "project",
            "drift_type",
            "resource",
            "resource_type",
            "name",
            "config",
            "grant",
        ],
    ),
];

/// The sandbox still does its job: the clock reads sanely, the faults can be cleared and a signed-in
/// caller gets the tenant.
#[track_caller]
fn still_serves(env: &Env, after: &str) {
    env.control("DELETE", "/faults", json!(null));
    env.control(
        "PUT",
        "/limits",
        json!({"capacity": 1200, "per_second": 600.0}),
    );
    let clock = env.control("GET", "/clock", json!(null));
    let now = clock.json["now"].as_str().unwrap_or_default().to_string();
    assert!(
        now.parse::<jiff::Timestamp>().is_ok(),
        "after {after}: the clock reads {now:?}"
    );
    // A fresh sign-in each time: an accepted reset ends every session.
    let r = env.admin().get("/tenant");
    assert_eq!(r.status, 200, "after {after}: {}", r.text());
}

#[test]
fn the_sandbox_survives_every_control_call_with_any_json_value() {
    let env = Env::start();
    let values = hostile_values();
    let mut calls = 0;
    for (method, path, fields) in CONTROLS {
        // Whole bodies that are not objects at all, or not JSON.
        let mut bodies: Vec<String> = values.iter().map(Value::to_string).collect();
        bodies.extend(["{".into(), "NaN".into(), "{\"a\":1}garbage".into()]);
        // Each field alone, and all fields at once, with every hostile value.
        for v in &values {
            for f in *fields {
                bodies.push(json!({ *f: v }).to_string());
            }
            let all: serde_json::Map<String, Value> =
                fields.iter().map(|f| (f.to_string(), v.clone())).collect();
            bodies.push(Value::Object(all).to_string());
        }
        // A list of hostile scripted faults.
        if path.ends_with("/script") {
            for v in &values {
                bodies.push(json!([{"fault": "status500", "times": v}]).to_string());
            }
        }
        for body in &bodies {
            let r = call(&env, method, path, body);
            calls += 1;
            assert!(
                r.status < 500,
                "{method} {path} {body:.200}: {} {}",
                r.status,
                r.text()
            );
            if r.status >= 400 {
                assert!(
                    !r.code().is_empty(),
                    "{method} {path} {body:.200}: an error outside the envelope: {}",
                    r.text()
                );
            }
            // An accepted call may legitimately disturb (faults, limits): undo and check.
            if r.status < 300 && *method != "DELETE" {
                still_serves(&env, &format!("{method} {path} {body:.100}"));
            }
        }
        still_serves(&env, &format!("{method} {path}"));
    }
    assert!(calls > 1000, "{calls}");
}

#[test]
fn out_of_range_clock_values_are_refused_and_the_clock_keeps_working() {
    let env = Env::start();
    let refused = [
        json!({"rate": 1e30}),
        json!({"rate": -1}),
        json!({"rate": "NaN"}),
        json!({"rate": "inf"}),
        json!({"advance_seconds": 1e19}),
        json!({"advance_seconds": -60}),
        json!({"advance_seconds": "NaN"}),
        json!({"advance_seconds": 1e308}),
        // Valid rate, invalid step: neither applies.
        json!({"rate": 2.0, "advance_seconds": -1}),
    ];
    let before = env.control("GET", "/clock", json!(null)).json;
    for body in &refused {
        let r = call(&env, "POST", "/_sandbox/clock", &body.to_string());
        expect_error(&r, 400, "validation_error");
    }
    // 95 years at a time reaches the end of time, and the step past it is refused.
    let mut steps = 0;
    loop {
        let r = call(
            &env,
            "POST",
            "/_sandbox/clock",
            r#"{"advance_seconds": 3.0e9}"#,
        );
        if r.status == 400 {
            assert!(r.text().contains("9999"), "{}", r.text());
            break;
        }
        expect(&r, 200);
        steps += 1;
        assert!(steps < 200, "the clock never reached its end");
    }
    let clock = env.control("GET", "/clock", json!(null)).json;
    assert_eq!(clock["rate"], before["rate"], "no refused rate applied");
    assert!(clock["now"].as_str().unwrap().starts_with("9"), "{clock}");
    // The fastest accepted rate runs without poisoning anything.
    let fast = call(&env, "POST", "/_sandbox/clock", r#"{"rate": 1000000}"#);
    expect(&fast, 200);
    // Still answering at the end of time: controls, sign-ins, a reset.
    env.control("GET", "/info", json!(null));
    env.admin();
    env.control("POST", "/reset", json!(null));
    env.control("GET", "/info", json!(null));
}

#[test]
fn bulk_is_capped_and_other_requests_are_answered_while_it_runs() {
    let env = Env::start();
    for count in [
        json!(1_000_000_000u64),
        json!(100_001),
        json!(-1),
        json!(1e30),
    ] {
        let r = call(
            &env,
            "POST",
            "/_sandbox/bulk",
            &json!({"kind": "user", "count": count}).to_string(),
        );
        expect_error(&r, 400, "validation_error");
    }
    assert_eq!(
        env.control("GET", "/info", json!(null)).status,
        200,
        "nothing was generated"
    );

    let token = env.admin().token.unwrap();
    let addr = env.addr;
    let big = std::thread::spawn(move || {
        call_with(
            addr,
            "POST",
            "/_sandbox/bulk",
            Some(r#"{"kind": "user", "count": 20000}"#),
            &[],
        )
    });
    // Wait until the bulk call has started writing (its first chunks are visible), then ask
    // for something else: the answer must come while the bulk call is still running.
    let users = || env.bearer(&token).get("/users?limit=1");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let mut answered_during = false;
    while !big.is_finished() && std::time::Instant::now() < deadline {
        let r = users();
        expect(&r, 200);
        if !big.is_finished() && r.json["data"].as_array().is_some_and(|d| !d.is_empty()) {
            let info = env.control("GET", "/info", json!(null));
            if !big.is_finished() && info.status == 200 {
                answered_during = true;
                break;
            }
        }
    }
    let done = big.join().unwrap();
    expect(&done, 200);
    assert_eq!(done.json["created"], 20000);
    assert!(
        answered_during,
        "no other request was answered while the bulk call ran"
    );
}

#[test]
fn controls_refuse_cross_site_and_rebound_requests() {
    let env = Env::start();
    let admin = env.admin();
    expect(
        &admin.post("/projects", json!({"name": "keep", "identifier": "keep"})),
        201,
    );
    let projects = || ids(&admin.get("/projects")).len();
    assert_eq!(projects(), 3);

    // What an HTML form can send: no JSON content type. Refused before anything happens.
    for ct in [
        "application/x-www-form-urlencoded",
        "text/plain",
        "multipart/form-data; boundary=x",
    ] {
        let r = send(
            env.addr,
            &Req {
                method: "POST",
                path: "/_sandbox/reset",
                headers: vec![],
                body: Some((ct, b"a=b".to_vec())),
            },
        )
        .unwrap();
        expect_error(&r, 415, "unsupported_media_type");
    }
    let bare = send(
        env.addr,
        &Req {
            method: "POST",
            path: "/_sandbox/reset",
            headers: vec![],
            body: None,
        },
    )
    .unwrap();
    expect_error(&bare, 415, "unsupported_media_type");
    let faults = send(
        env.addr,
        &Req {
            method: "PUT",
            path: "/_sandbox/faults",
            headers: vec![],
            body: Some(("text/plain", br#"{"rate_500": 1}"#.to_vec())),
        },
    )
    .unwrap();
    expect_error(&faults, 415, "unsupported_media_type");
    assert_eq!(projects(), 3, "no refused reset ran");
    expect(&admin.get("/tenant"), 200);

    // DNS rebinding: the page's own host name (or another port) in `Host`, reads included.
    let port = env.addr.port();
    for host in [
        format!("evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
        format!("localhost.:{port}"),
        format!("127.0.0.1:{}", port.wrapping_add(1)),
        format!("127.0.0.1:+{port}"),
        "127.0.0.1".to_string(),
        format!("[::2]:{port}"),
        String::new(),
    ] {
        for (method, path, body) in [
            ("GET", "/_sandbox/info", None),
            ("POST", "/_sandbox/reset", Some("{}")),
        ] {
            let r = call_with(env.addr, method, path, body, &[("Host", host.clone())]);
            expect_error(&r, 403, "forbidden");
            assert!(r.text().contains("loopback Host"), "{}", r.text());
        }
    }
    assert_eq!(projects(), 3, "no rebound reset ran");

    // Loopback names with the right port work, as the CLI, the tests and the benchmarks send them.
    for host in [
        format!("localhost:{port}"),
        format!("LocalHost:{port}"),
        format!("[::1]:{port}"),
        format!("127.0.0.1:{port}"),
    ] {
        let r = call_with(
            env.addr,
            "GET",
            "/_sandbox/info",
            None,
            &[("Host", host.clone())],
        );
        expect(&r, 200);
    }
    let r = call(&env, "POST", "/_sandbox/reset", "");
    expect(&r, 204);
    assert_eq!(
        ids(&env.admin().get("/projects")).len(),
        2,
        "the JSON reset ran"
    );
}

#[test]
fn the_binary_refuses_out_of_range_clock_rates_with_a_usage_error() {
    for rate in ["1e30", "inf", "NaN", "-1", "1000001"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_rime-sandbox"))
            .env_remove("RUST_BACKTRACE")
            .args(["--bind", "127.0.0.1:0", &format!("--clock-rate={rate}")])
            .output()
            .expect("rime-sandbox runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{rate}: {stderr}");
        assert!(stderr.contains("--clock-rate"), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}
