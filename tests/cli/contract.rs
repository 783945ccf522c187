//! What the CLI sends honours the document: no body where an operation takes none, and the harness checks every request.

use rime_sandbox::contract;

use crate::common::Env;
use crate::pipelines::{create, env};

const CANCEL: &str = "/api/v1/projects/{project_id}/pipelines/{pipeline_id}/runs/{run_id}/cancel";
const RESTORE: &str =
    "/api/v1/projects/{project_id}/pipelines/{pipeline_id}/versions/{version}/restore";

/// The one request to `route`, which must carry no body and so no `Content-Type`.
#[track_caller]
fn sent_without_a_body(env: &Env, route: &str) {
    let sent = env.requests("POST", route);
    assert_eq!(sent.len(), 1, "{route}");
    assert_eq!(
        sent[0].body_len, 0,
        "{route} got a body: {:?}",
        sent[0].body
    );
    assert!(
        sent[0].header("content-type").is_none(),
        "{route} got a Content-Type without a body"
    );
}

#[test]
fn cancel_and_restore_send_no_body() {
    let env = env();
    create(&env, "name: long\nsteps:\n  a: {type: infrastructure}\n");
    let run = env.rime("pl run long -o json").run().ok().json();
    let id = run["id"].as_str().unwrap();
    let out = env
        .rime(format!("pl runs cancel {id} --pipeline long -o json"))
        .run()
        .ok();
    assert_eq!(out.json()["status"], "cancelled");
    sent_without_a_body(&env, CANCEL);

    let out = env
        .rime("pl versions restore nightly-sales 1 -o json")
        .run()
        .ok();
    assert_eq!(out.json()["version"], 3);
    sent_without_a_body(&env, RESTORE);
}

/// The harness's end-of-test check covers requests: a body sent where the document declares
/// none, or a request the document calls invalid that the server accepted, fails the test.
#[test]
fn the_harness_checks_what_the_cli_sent() {
    let env = env();
    env.rime("pl get nightly-sales -o json").run().ok();
    let all = env.exchanges();
    assert!(contract::validate_all(&all).is_ok());

    let get = all
        .iter()
        .find(|e| e.method == "GET" && e.route.is_some())
        .expect("the CLI read something")
        .clone();
    let mut with_body = get.clone();
    with_body.body = Some(serde_json::json!({}));
    with_body.body_len = 2;
    let e = contract::validate_exchange(&with_body).unwrap_err();
    assert!(e.contains("declares none"), "{e}");

    let mut bad_query = get;
    bad_query.uri = format!("{}?expand=%FF", bad_query.uri);
    assert!(
        contract::validate_exchange(&bad_query).is_ok(),
        "an undeclared query parameter is not the CLI's to break"
    );
    let restore = env
        .rime("pl versions restore nightly-sales 1 -o json")
        .run()
        .ok();
    assert_eq!(restore.code, 0);
    let mut restore = env.requests("POST", RESTORE).remove(0);
    restore
        .headers
        .retain(|(k, _)| !k.eq_ignore_ascii_case("idempotency-key"));
    restore
        .headers
        .push(("idempotency-key".into(), "x".repeat(256)));
    let e = contract::validate_exchange(&restore).unwrap_err();
    assert!(
        e.contains("accepted a request the document calls invalid")
            && e.contains("Idempotency-Key"),
        "{e}"
    );
}
