//! Global behaviour: exit codes, usage errors, transport safety, `rime api`, version and help.

use serde_json::json;

use crate::common::Env;

#[test]
fn version_and_help_need_no_config() {
    let env = Env::bare();
    let out = env
        .rime("--version")
        .env("RIME_CONFIG_DIR", "/nonexistent/rime")
        .run()
        .ok();
    assert!(out.stdout.starts_with("rime 0.1.0 ("), "{}", out.stdout);
    let out = env.rime("--help").run().ok();
    out.stdout_has("projects").stdout_has("--output");
}

#[test]
fn bad_flags_exit_2() {
    let env = Env::new();
    snapshot!(env, "projects list --bogus");
    snapshot!(env, "projects list -o xml");
    env.rime("projects list --page-size 500").run().code(2);
    snapshot!(env, "projects list --fields nmae");
    snapshot!(env, "projects list --jq '.[] | select('");
    assert!(
        env.requests("GET", "/api/v1/projects").len() <= 1,
        "bad --fields/--jq must fail before requests"
    );
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let env = Env::new();
    let out = env
        .rime("--api-url http://api.example.com/api/v1 projects list")
        .run()
        .code(2);
    out.stderr_has("refusing plain http://");
    for tenant in ["acme.evil.com", "../x", "Acme"] {
        env.rime(format!("--tenant {tenant} projects list"))
            .run()
            .code(2)
            .stderr_has("invalid tenant");
    }
}

#[test]
fn not_logged_in_exits_3_with_a_hint() {
    let env = Env::bare();
    snapshot!(env, "projects list");
}

#[test]
fn api_errors_map_to_exit_codes_with_request_ids() {
    let env = Env::new();
    let out = env
        .rime("projects get prj_01ZZZZZZZZZZZZZZZZZZZZZZZZ")
        .run()
        .code(5);
    out.stderr_has("hint: run `rime projects list`");
    let out = env
        .rime("projects create --name demo --identifier demo2")
        .run()
        .code(6);
    out.stderr_has("already exists")
        .stderr_has("request id: req_");
    let out = env
        .rime("projects create --name '' --identifier 9bad")
        .run()
        .code(7);
    out.stderr_has("  - name:").stderr_has("  - identifier:");
    env.login("viewer@sandbox.rime.test", "correct-horse-viewer");
    snapshot!(env, "projects update demo --description x");
}

#[test]
fn api_command_sends_fields_input_and_paginates() {
    let env = Env::new();
    let out = env
        .rime("api POST /projects -f name=analytics -f identifier=analytics -F settings.drift_detection.interval_hours=12")
        .run()
        .ok();
    let created = out.json();
    assert_eq!(created["settings"]["drift_detection"]["interval_hours"], 12);
    let sent = env.requests("POST", "/api/v1/projects");
    assert_eq!(
        sent.last().unwrap().body.as_ref().unwrap()["settings"]["drift_detection"]["interval_hours"],
        json!(12)
    );
    assert!(
        sent.last()
            .unwrap()
            .header("idempotency-key")
            .is_some_and(|k| k.len() == 32)
    );

    let id = created["id"].as_str().unwrap().to_string();
    env.rime(format!("api PATCH /projects/{id} --input -"))
        .stdin(r#"{"description":"from stdin"}"#)
        .run()
        .ok();
    let got = env
        .rime(format!("api GET /projects/{id}"))
        .run()
        .ok()
        .json();
    assert_eq!(got["description"], "from stdin");

    env.control("PUT", "/tenant", json!({"tier": "business_critical"}));
    env.control("POST", "/bulk", json!({"kind": "user", "count": 130}));
    let out = env
        .rime("api GET /users?limit=40 --paginate --jq length")
        .run()
        .ok();
    assert_eq!(out.stdout.trim(), "137", "{}", out.stderr);
    assert_eq!(
        env.requests("GET", "/api/v1/users").len(),
        4,
        "137 users in pages of 40"
    );

    let out = env.rime("api GET /tenant -i").run().ok();
    assert!(
        out.stdout.starts_with("HTTP 200 OK\n") && out.stdout.contains("x-request-id: req_"),
        "{}",
        out.stdout
    );
    snapshot!(env, "api GET /nope");
    env.rime("api GET /projects/../tenant").run().code(2);
}

#[test]
fn ids_travel_percent_encoded_as_one_segment() {
    let env = Env::new();
    for id in ["a/b", "x..y", "what?", "h#sh", "sp ace", "ünï"] {
        env.rime(format!("projects get '{id}'")).run().code(5);
    }
    let uris: Vec<String> = env
        .exchanges()
        .iter()
        .filter(|e| e.method == "GET")
        .map(|e| e.uri.clone())
        .collect();
    for want in [
        "/api/v1/projects/a%2Fb",
        "/api/v1/projects/x..y",
        "/api/v1/projects/what%3F",
        "/api/v1/projects/h%23sh",
        "/api/v1/projects/sp%20ace",
        "/api/v1/projects/%C3%BCn%C3%AF",
    ] {
        assert!(uris.iter().any(|u| u == want), "{want} not among {uris:?}");
    }
    env.rime("projects get ..").run().code(2);
}
