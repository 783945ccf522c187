//! Requests the document forbids are refused everywhere, idempotency comes after authentication, and whole floats are integers.

use serde_json::{Value, json};

use crate::support::*;

fn demo(env: &Env, tail: &str) -> String {
    format!("/projects/{}{tail}", env.sb.demo_project_id)
}

/// A: an unknown value of an enum filter is a 400 naming the filter on every list (users, alert
/// rules, channels and masking policies used to answer an empty page).
#[test]
fn unknown_filter_values_are_400_on_every_list() {
    let env = Env::start();
    let admin = env.admin();
    for (path, param, good) in [
        ("/users".to_string(), "role", "viewer"),
        ("/users".to_string(), "status", "active"),
        (demo(&env, "/alert-rules"), "severity", "critical"),
        (demo(&env, "/alert-rules"), "resource_type", "pipeline"),
        (demo(&env, "/notification-channels"), "type", "slack"),
        (
            demo(&env, "/governance/masking-policies"),
            "masking_type",
            "partial",
        ),
        (demo(&env, "/alerts"), "severity", "info"),
        (demo(&env, "/infrastructure"), "type", "aws_s3_bucket"),
    ] {
        let r = admin.get(&format!("{path}?{param}=not-a-{param}"));
        expect_error(&r, 400, "validation_error");
        assert_eq!(r.fields(), [param], "{path}?{param}=…");
        let ok = admin.get(&format!("{path}?{param}={good}"));
        expect(&ok, 200);
    }
}

/// B: `null` where the schema does not allow it is a 400 naming the field, and changes nothing.
#[test]
fn null_is_refused_where_the_schema_does_not_allow_it() {
    let env = Env::start();
    let admin = env.admin();

    let r = admin.post("/auth/logout", json!({"refresh_token": null}));
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["refresh_token"]);
    expect(&admin.get("/me"), 200);

    let project = demo(&env, "");
    let before = admin.get(&project).json["settings"]["drift_detection"].clone();
    let r = admin.patch(
        &project,
        json!({"settings": {"drift_detection": {"interval_hours": null}}}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["settings.drift_detection.interval_hours"]);
    assert_eq!(
        admin.get(&project).json["settings"]["drift_detection"],
        before
    );

    let policies = demo(&env, "/governance/masking-policies");
    let r = admin.post(
        &policies,
        json!({"name": "nulls", "masking_type": "hash", "applies_to": {"privacy_level": "internal"}, "config": null}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["config"]);
    let made = admin.post(
        &policies,
        json!({"name": "hashes", "masking_type": "hash", "applies_to": {"pii_type": "passport"}, "config": {"algorithm": "sha512"}}),
    );
    expect(&made, 201);
    let one = format!("{policies}/{}", made.json["id"].as_str().unwrap());
    let r = admin.patch(&one, json!({"config": null}));
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["config"]);
    assert_eq!(admin.get(&one).json["config"]["algorithm"], "sha512");
}

/// The headers a replay may differ in: its own request id, date and rate-limit state.
const PER_EXCHANGE: &[&str] = &[
    "date",
    "x-request-id",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "content-length",
    "connection",
    "idempotent-replayed",
];

fn lasting_headers(r: &Resp) -> Vec<(String, String)> {
    let mut h: Vec<(String, String)> = r
        .headers
        .iter()
        .filter(|(k, _)| !PER_EXCHANGE.contains(&k.as_str()))
        .cloned()
        .collect();
    h.sort();
    h
}

/// C and D: authentication comes before the idempotency store, so a request without valid
/// credentials is answered 401 every time, with `WWW-Authenticate`, and never replayed.
#[test]
fn a_key_without_credentials_is_never_stored_or_replayed() {
    let env = Env::start();
    let key = [("Idempotency-Key", "anon-1")];
    let body = json!({"name": "Anon", "identifier": "anon"});
    for _ in 0..2 {
        let r = env
            .anon()
            .call("POST", "/projects", Some(body.clone()), &key);
        expect_error(&r, 401, "unauthorized");
        assert_eq!(r.header("www-authenticate"), Some("Bearer"));
        assert!(r.header("idempotent-replayed").is_none(), "a 401 replayed");
    }
    // Once signed in, the same key runs the request for the first time.
    let r = env
        .admin()
        .call("POST", "/projects", Some(body.clone()), &key);
    expect(&r, 201);
    assert!(r.header("idempotent-replayed").is_none());

    // A bad key is a 400 only for a caller who may learn about the request: 401 first.
    let long = "k".repeat(256);
    let r = env.anon().call(
        "POST",
        "/projects",
        Some(body.clone()),
        &[("Idempotency-Key", &long)],
    );
    expect_error(&r, 401, "unauthorized");
    let r = env.bearer("rat_not-a-token").call(
        "POST",
        "/projects",
        Some(body),
        &[("Idempotency-Key", &long)],
    );
    expect_error(&r, 401, "unauthorized");
}

/// C: operations without authentication scope a key to the request itself, so callers never
/// share keys; a failed login is not an outcome; the same login retried replays.
#[test]
fn unauthenticated_operations_scope_keys_to_the_request() {
    let env = Env::start();
    let key = [("Idempotency-Key", "login-1")];
    let login = |password: &str| {
        env.anon().call(
            "POST",
            "/auth/login",
            Some(json!({"email": env.sb.admin_email, "password": password})),
            &key,
        )
    };
    let wrong = login("not the password");
    expect_error(&wrong, 401, "unauthorized");
    let again = login("not the password");
    expect_error(&again, 401, "unauthorized");
    assert!(again.header("idempotent-replayed").is_none());
    // Another caller (another body) with the same key is simply another request.
    let right = login(&env.sb.admin_password.clone());
    expect(&right, 200);
    assert!(right.header("idempotent-replayed").is_none());
    let retry = login(&env.sb.admin_password.clone());
    expect(&retry, 200);
    assert_eq!(retry.header("idempotent-replayed"), Some("true"));
    assert_eq!(retry.json, right.json, "the retry gets the first tokens");
}

/// D: a replay repeats every header of the first response but the per-exchange ones.
#[test]
fn a_replay_keeps_every_header_of_the_first_response() {
    let env = Env::start();
    let admin = env.admin();
    let cases: Vec<(String, Value)> = vec![
        (
            "/projects".into(),
            json!({"name": "Headers", "identifier": "headers"}),
        ),
        (
            demo(&env, "/api-keys"),
            json!({"name": "ci", "role": "viewer"}),
        ),
        // A refusal is an outcome too (409), replayed with its headers.
        (
            "/projects".into(),
            json!({"name": "demo", "identifier": "dup"}),
        ),
    ];
    for (i, (path, body)) in cases.into_iter().enumerate() {
        let key = format!("headers-{i}");
        let key = [("Idempotency-Key", key.as_str())];
        let first = admin.call("POST", &path, Some(body.clone()), &key);
        let replay = admin.call("POST", &path, Some(body), &key);
        assert_eq!(replay.header("idempotent-replayed"), Some("true"), "{path}");
        assert_eq!(replay.status, first.status);
        assert_eq!(replay.body, first.body);
        assert_eq!(lasting_headers(&replay), lasting_headers(&first), "{path}");
        for h in ["x-request-id", "x-ratelimit-limit", "date"] {
            assert!(replay.header(h).is_some(), "a replay without {h}");
        }
    }
}

/// Whole numbers written as floats are integers (JSON Schema counts `30.0` as one).
#[test]
fn whole_floats_are_integers() {
    let env = Env::start();
    let admin = env.admin();
    let r = admin.post(
        &demo(&env, "/api-keys"),
        json!({"name": "thirty", "expires_in_days": 30.0}),
    );
    expect(&r, 201);
    assert_eq!(r.json["expires_at"], "2026-12-28T09:00:00Z");

    let r = admin.patch(
        &demo(&env, ""),
        json!({"settings": {"drift_detection": {"interval_hours": 12.0}}}),
    );
    expect(&r, 200);
    let hours = &r.json["settings"]["drift_detection"]["interval_hours"];
    assert!(
        hours.is_i64() && hours == 12,
        "stored as the integer 12: {hours}"
    );

    let r = admin.post(
        &demo(&env, "/api-keys"),
        json!({"name": "fraction", "expires_in_days": 30.5}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["expires_in_days"]);
}
