//! The funnel under failure: refresh on 401, Retry-After on 429, backoff on 5xx, dropped POSTs, redaction.

use serde_json::json;

use crate::common::{Env, files_under};

#[test]
fn an_expired_token_is_refreshed_once_and_the_call_replayed() {
    let env = Env::new();
    env.sb.advance(3601);
    let out = env.rime("projects list -v").run().ok();
    out.stdout_has("demo");
    let ex = env.exchanges();
    let tail: Vec<(String, u16)> = ex
        .iter()
        .rev()
        .take(3)
        .rev()
        .map(|e| (e.uri.clone(), e.status))
        .collect();
    assert_eq!(tail[0].1, 401, "{tail:?}");
    assert_eq!(
        (tail[1].0.as_str(), tail[1].1),
        ("/api/v1/auth/refresh", 200)
    );
    assert_eq!(tail[2].1, 200);
    // The rotated token was stored: the next call needs no refresh.
    env.rime("projects list").run().ok();
    assert_eq!(env.requests("POST", "/api/v1/auth/refresh").len(), 1);
}

#[test]
fn a_revoked_session_asks_for_login_with_exit_3() {
    let env = Env::new();
    env.sb.advance(31 * 24 * 3600);
    snapshot!(env, "projects list");
}

#[test]
fn rate_limits_are_waited_out_with_a_visible_line() {
    let env = Env::new();
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "rate_limit", "method": "GET", "path_prefix": "/api/v1/projects"}]),
    );
    env.control("PUT", "/faults", json!({"retry_after_seconds": 1}));
    let started = std::time::Instant::now();
    let out = env.rime("projects list").run().ok();
    assert!(
        started.elapsed() >= std::time::Duration::from_millis(950),
        "Retry-After: 1 honoured"
    );
    out.stderr_has("rate limited; retrying in 1s (attempt 2/5, request id req_");
}

#[test]
fn rate_limits_beyond_the_retries_exit_8() {
    let env = Env::new();
    env.control("PUT", "/limits", json!({"capacity": 1, "per_second": 0.01}));
    env.rime("projects list").run().ok();
    // The bucket refills in 100 s, longer than rime will ever wait: it gives up at once.
    let started = std::time::Instant::now();
    let out = env.rime("projects list").run();
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    snapshot!(env, out);
}

#[test]
fn server_errors_are_retried_until_success() {
    let env = Env::new();
    env.control("POST", "/faults/script", json!([{"fault": "status500", "method": "GET", "path_prefix": "/api/v1/projects", "times": 2}]));
    let out = env.rime("projects list").run().ok();
    assert_eq!(
        out.stderr.matches("server error 500; retrying").count(),
        2,
        "{}",
        out.stderr
    );
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "status502", "path_prefix": "/api/v1/projects", "times": 9}]),
    );
    snapshot!(env, "projects list --max-retries 1");
}

#[test]
fn a_post_whose_answer_was_lost_creates_exactly_one_resource() {
    let env = Env::new();
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "drop_after", "method": "POST", "path_prefix": "/api/v1/projects"}]),
    );
    let out = env
        .rime("projects create --name once --identifier once -o json")
        .run()
        .ok();
    assert_eq!(out.json()["name"], "once");
    out.stderr_has("retrying");
    let posts = env.requests("POST", "/api/v1/projects");
    assert_eq!(posts.len(), 2);
    assert_eq!(
        posts[0].header("idempotency-key"),
        posts[1].header("idempotency-key")
    );
    assert!(
        posts[1].replayed,
        "the retry was answered from the idempotency store"
    );
    let names = env
        .rime(r#"projects list --jq '[.[] | select(.name == "once")] | length'"#)
        .run()
        .ok();
    assert_eq!(names.stdout.trim(), "1");
}

#[test]
fn connections_dropped_before_the_handler_are_retried() {
    let env = Env::new();
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "drop_before", "path_prefix": "/api/v1/projects", "times": 2}]),
    );
    let out = env.rime("projects get demo").run().ok();
    assert_eq!(
        out.stderr.matches("retrying in").count(),
        2,
        "{}",
        out.stderr
    );
}

#[test]
fn truncated_and_non_json_bodies_give_clear_errors() {
    let env = Env::new();
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "truncate", "path_prefix": "/api/v1/projects", "times": 10}]),
    );
    snapshot!(env, "projects list --max-retries 1");
    env.control("DELETE", "/faults", serde_json::Value::Null);
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "non_json", "path_prefix": "/api/v1/projects", "times": 10}]),
    );
    snapshot!(env, "projects list --max-retries 1");
}

#[test]
fn debug_traces_redact_every_secret() {
    let env = Env::bare();
    let login = env
        .rime(format!(
            "auth login --email {} --password-stdin --debug",
            rime_sandbox::ADMIN_EMAIL
        ))
        .stdin(rime_sandbox::ADMIN_PASSWORD)
        .run()
        .ok();
    let list = env.rime("projects list --debug").run().ok();
    let key = env
        .rime(format!(
            "api POST /projects/{}/api-keys -f name=dbg --debug -o json",
            env.demo()
        ))
        .run()
        .ok();
    let secret = key.json()["secret"].as_str().unwrap().to_string();
    let creds = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    let token = creds
        .lines()
        .find_map(|l| l.strip_prefix("access_token = \""))
        .unwrap()
        .trim_end_matches('"')
        .to_string();
    let refresh = creds
        .lines()
        .find_map(|l| l.strip_prefix("refresh_token = \""))
        .unwrap()
        .trim_end_matches('"')
        .to_string();
    for trace in [&login.stderr, &list.stderr, &key.stderr] {
        assert!(
            trace.contains("> POST") || trace.contains("> GET"),
            "a trace was printed: {trace}"
        );
        for s in [rime_sandbox::ADMIN_PASSWORD, &token, &refresh, &secret] {
            assert!(!trace.contains(s), "secret leaked into --debug output");
        }
    }
    list.stderr_has("authorization: Bearer [redacted]")
        .stderr_has("request id req_");
    // Files rime wrote, other than the credential store, hold no secret either.
    for f in files_under(env.dir.path()) {
        if f.ends_with("credentials.toml") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for s in [rime_sandbox::ADMIN_PASSWORD, &token, &refresh] {
            assert!(!text.contains(s), "{} holds a secret", f.display());
        }
    }
}

#[test]
fn rime_token_is_used_as_is_and_never_stored() {
    let env = Env::bare();
    let key = env.sb.api_key.clone();
    // An API key reaches only its project: the name resolves through /me, other calls are refused.
    let out = env
        .rime("projects get demo -o json")
        .env("RIME_TOKEN", &key)
        .run()
        .ok();
    assert_eq!(out.json()["id"], env.demo());
    env.rime("projects get staging")
        .env("RIME_TOKEN", &key)
        .run()
        .code(2)
        .stderr_has("belongs to project `demo`");
    env.rime("tenant show")
        .env("RIME_TOKEN", &key)
        .run()
        .code(4)
        .stderr_has("API keys may only");
    assert!(
        !env.config_dir().join("credentials.toml").exists(),
        "RIME_TOKEN is never stored"
    );
    assert!(
        env.exchanges()
            .iter()
            .all(|e| e.header("authorization") == Some(format!("Bearer {key}").as_str()))
    );
}

#[test]
fn a_delete_whose_answer_was_lost_succeeds_once() {
    let env = Env::new();
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "drop_after", "method": "DELETE", "path_prefix": "/api/v1/projects"}]),
    );
    let out = env.rime("conn delete legacy-erp --yes -p demo").run().ok();
    out.stderr_has("retrying in")
        .stderr_has("already gone; the attempt whose answer was lost deleted it")
        .stderr_has("deleted connector `legacy-erp`");
    let deletes = env.requests(
        "DELETE",
        "/api/v1/projects/{project_id}/connectors/{connector_id}",
    );
    assert_eq!(
        deletes.iter().map(|e| e.status).collect::<Vec<_>>(),
        [204, 404],
        "the first went through; its retry found it gone"
    );
    // Without a lost answer a 404 is still a 404.
    env.rime(format!(
        "api DELETE /projects/{}/connectors/con_missing",
        env.demo()
    ))
    .run()
    .code(5);
}

#[test]
fn a_rate_limited_event_stream_handshake_reconnects_instead_of_polling() {
    let env = Env::new();
    env.rime("pl create --from-file - -p demo")
        .stdin("name: quick\nsteps:\n  a: {type: custom, config: {sql: select 1}}\n")
        .run()
        .ok();
    let pid = env.rime("pl get quick -p demo -o json").run().ok().json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    // The first GET under the pipeline's runs after the POST is the WebSocket handshake.
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "rate_limit", "method": "GET",
            "path_prefix": format!("/api/v1/projects/{}/pipelines/{pid}/runs/", env.demo())},
            {"fault": "status503", "method": "GET",
            "path_prefix": format!("/api/v1/projects/{}/pipelines/{pid}/runs/", env.demo())}]),
    );
    let out = crate::pipelines::drive(&env, env.rime("pl run quick --watch -p demo"), 5, &|| {
        !env.requests("GET", crate::pipelines::EVENTS).is_empty()
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stderr_has("event stream interrupted (")
        .stderr_has("429 Too Many Requests")
        .stderr_has("503 Service Unavailable")
        .stderr_has("reconnected to the run's event stream");
    out.stderr_lacks("polling the run instead");
    // Faulted answers never reach the router, so they carry no route: match the path.
    let statuses: Vec<u16> = env
        .exchanges()
        .iter()
        .filter(|e| e.uri.contains("/events"))
        .map(|e| e.status)
        .collect();
    assert_eq!(statuses, [429, 503, 101]);
}
