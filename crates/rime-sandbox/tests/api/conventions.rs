//! Section 1: error envelopes, 404/405/413/415, request ids, rate limits and idempotency keys.

use std::collections::HashSet;

use serde_json::json;

use crate::support::*;

#[test]
fn unknown_routes_and_methods() {
    let env = Env::start();
    let admin = env.admin();
    expect_error(&admin.get("/nope"), 404, "resource_not_found");
    expect_error(&admin.get("/projects/a/b/c"), 404, "resource_not_found");
    expect_error(
        &env.anon().get("/api/v2/projects"),
        404,
        "resource_not_found",
    );
    expect_error(&admin.delete("/me"), 405, "method_not_allowed");
    expect_error(
        &admin.call("PUT", "/projects", Some(json!({})), &[]),
        405,
        "method_not_allowed",
    );
    expect_error(
        &admin.call("PUT", "/users/usr_x", Some(json!({})), &[]),
        405,
        "method_not_allowed",
    );
}

#[test]
fn bodies_must_be_json_objects_under_one_mebibyte() {
    let env = Env::start();
    let admin = env.admin();
    let r = admin.raw(
        "POST",
        "/projects",
        Some(("text/plain", b"name=x".to_vec())),
        &[],
    );
    expect_error(&r, 415, "unsupported_media_type");
    let r = admin.raw(
        "POST",
        "/projects",
        Some(("application/x-www-form-urlencoded", b"name=x".to_vec())),
        &[],
    );
    expect_error(&r, 415, "unsupported_media_type");
    let r = admin.raw(
        "POST",
        "/projects",
        Some(("application/json", b"[1, 2]".to_vec())),
        &[],
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["body"]);
    let r = admin.raw("POST", "/projects", None, &[]);
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["body"]);
    let r = admin.raw(
        "POST",
        "/projects",
        Some(("application/json; charset=utf-8", b"{\"name\": }".to_vec())),
        &[],
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["body"]);

    let big = format!(
        "{{\"name\": \"big\", \"identifier\": \"big\", \"description\": \"{}\"}}",
        "x".repeat(1024 * 1024)
    );
    let r = admin.raw(
        "POST",
        "/projects",
        Some(("application/json", big.into_bytes())),
        &[],
    );
    expect_error(&r, 413, "payload_too_large");
    assert_eq!(
        admin.get("/tenant").json["usage"]["projects"],
        2,
        "nothing was created"
    );
}

#[test]
fn every_response_has_a_request_id_and_rate_limit_headers() {
    let env = Env::start();
    let admin = env.admin();
    let responses = [
        admin.get("/me"),
        admin.get("/nope"),
        admin.delete("/me"),
        env.anon().get("/me"),
        admin.post("/projects", json!({})),
        admin.get("/projects?limit=0"),
    ];
    let mut seen = HashSet::new();
    for r in &responses {
        let id = r.header("x-request-id").expect("X-Request-Id");
        assert!(id.starts_with("req_") && id.len() > 8, "{id}");
        assert!(seen.insert(id.to_string()), "request ids repeat: {id}");
        for h in [
            "x-ratelimit-limit",
            "x-ratelimit-remaining",
            "x-ratelimit-reset",
        ] {
            let value = r
                .header(h)
                .unwrap_or_else(|| panic!("{h} missing on {}", r.status));
            assert!(value.parse::<u64>().is_ok(), "{h}: {value}");
        }
    }
    let docs = env.anon().get("/api/docs");
    assert!(docs.header("x-request-id").is_some());
    let control = env.control("GET", "/info", json!(null));
    assert!(control.header("x-request-id").is_some());
}

#[test]
fn an_empty_bucket_answers_429() {
    let env = Env::start();
    let admin = env.admin();
    env.control("PUT", "/limits", json!({"capacity": 2, "per_second": 0.01}));
    let first = admin.get("/projects");
    expect(&first, 200);
    assert_eq!(first.header("x-ratelimit-limit"), Some("2"));
    assert_eq!(first.header("x-ratelimit-remaining"), Some("1"));
    expect(&admin.get("/projects"), 200);
    let r = admin.get("/projects");
    expect_error(&r, 429, "rate_limited");
    let retry: u64 = r
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .unwrap();
    assert!((1..=100).contains(&retry), "Retry-After {retry}");
    assert_eq!(r.header("x-ratelimit-remaining"), Some("0"));
    assert!(
        r.header("x-ratelimit-reset")
            .unwrap()
            .parse::<u64>()
            .unwrap()
            >= retry
    );
    // Buckets are per endpoint group.
    expect(&admin.get("/users"), 200);
    // Throttled requests are not remembered by idempotency keys.
    let body = json!({"name": "later", "identifier": "later"});
    let r = admin.call(
        "POST",
        "/projects",
        Some(body.clone()),
        &[("Idempotency-Key", "k-429")],
    );
    expect_error(&r, 429, "rate_limited");
    env.control(
        "PUT",
        "/limits",
        json!({"capacity": 100, "per_second": 100}),
    );
    let r = admin.call(
        "POST",
        "/projects",
        Some(body),
        &[("Idempotency-Key", "k-429")],
    );
    expect(&r, 201);
    assert!(r.header("idempotent-replayed").is_none());
}

#[test]
fn idempotent_replay_creates_exactly_one_resource() {
    let env = Env::start();
    let admin = env.admin();
    let body = json!({"name": "Once", "identifier": "once"});
    let key = [("Idempotency-Key", "create-once-1")];
    let first = admin.call("POST", "/projects", Some(body.clone()), &key);
    expect(&first, 201);
    assert!(first.header("idempotent-replayed").is_none());
    env.sb.advance(1800);
    let again = admin.call("POST", "/projects", Some(body.clone()), &key);
    expect(&again, 201);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.json, first.json);
    let names: Vec<String> = admin.get("/projects").json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].to_string())
        .collect();
    assert_eq!(names.iter().filter(|n| *n == "\"Once\"").count(), 1);

    // A new token of the same user is the same caller; another user is not.
    let same_user = env.admin();
    assert_eq!(
        same_user
            .call("POST", "/projects", Some(body.clone()), &key)
            .header("idempotent-replayed"),
        Some("true")
    );
    let editor_key = [("Idempotency-Key", "create-once-1")];
    let editor = env
        .as_role("editor")
        .call("POST", "/projects", Some(body.clone()), &editor_key);
    expect_error(&editor, 403, "forbidden");

    let other = admin.call(
        "POST",
        "/projects",
        Some(json!({"name": "Twice", "identifier": "twice"})),
        &key,
    );
    expect_error(&other, 422, "unprocessable_entity");
    // Failures are outcomes too: a 409 is replayed, not re-run.
    let dup = [("Idempotency-Key", "dup-1")];
    let conflict = admin.call(
        "POST",
        "/projects",
        Some(json!({"name": "demo", "identifier": "zzz"})),
        &dup,
    );
    expect_error(&conflict, 409, "conflict");
    let replay = admin.call(
        "POST",
        "/projects",
        Some(json!({"name": "demo", "identifier": "zzz"})),
        &dup,
    );
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));

    // A replay needs a caller who could make the request: an expired token gets 401.
    env.sb.advance(1801);
    unauthorized_replay(&admin.call("POST", "/projects", Some(body.clone()), &key));
    let admin = env.admin();
    let again = admin.call("POST", "/projects", Some(body.clone()), &key);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));

    // After 24 hours the key is forgotten.
    env.sb.advance(24 * 3600);
    let admin = env.admin();
    let later = admin.call("POST", "/projects", Some(body), &key);
    expect_error(&later, 409, "conflict");
    assert!(later.header("idempotent-replayed").is_none());

    let long = "k".repeat(256);
    let r = admin.call(
        "POST",
        "/projects",
        Some(json!({"name": "Long key", "identifier": "long-key"})),
        &[("Idempotency-Key", &long)],
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["Idempotency-Key"]);
}

#[track_caller]
fn unauthorized_replay(r: &Resp) {
    expect_error(r, 401, "unauthorized");
    assert!(
        r.header("idempotent-replayed").is_none(),
        "replayed to an expired token"
    );
}

#[test]
fn a_key_still_in_flight_is_409() {
    // The first request is made to look in flight by recording its key without an outcome, the
    // state the idempotency layer holds while a handler runs. Holding the database lock instead
    // would stall the sandbox's single worker thread, so no second request could be answered.
    let env = Env::start();
    let admin = env.admin();
    let user = env.user_id(&env.sb.admin_email.clone());
    let body = json!({"name": "Slow", "identifier": "slow"}).to_string();
    let mut fingerprint = b"POST /projects\n".to_vec();
    fingerprint.extend_from_slice(body.as_bytes());
    let digest = ring::digest::digest(&ring::digest::SHA256, &fingerprint);
    let hash: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    let now = env.sb.app().now().as_second();
    env.sb
        .app()
        .db()
        .execute(
            "INSERT INTO idempotency (principal, key, request_hash, created_at) VALUES (?1, 'slow-1', ?2, ?3)",
            (&user, &hash, now),
        )
        .expect("pending idempotency row");
    let r = admin.raw(
        "POST",
        "/projects",
        Some(("application/json", body.into_bytes())),
        &[("Idempotency-Key", "slow-1")],
    );
    expect_error(&r, 409, "conflict");
    assert!(
        r.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("in progress")
    );
}
