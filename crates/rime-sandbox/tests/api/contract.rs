//! The OpenAPI document itself: it is consistent, served at `/api/docs`, and the validator catches drift.

use rime_sandbox::{Exchange, contract};
use serde_json::{Value, json};

use crate::support::*;

#[test]
fn document_is_consistent() {
    if let Err(e) = contract::check_document() {
        panic!("the OpenAPI document is inconsistent:\n{e}");
    }
}

#[test]
fn docs_are_served() {
    let env = Env::start();
    let r = env.anon().get("/api/docs");
    expect(&r, 200);
    assert_eq!(r.json["openapi"], "3.1.0");
    assert!(r.json["paths"]["/projects/{project_id}"].is_object());
    assert_eq!(&r.json, rime_sandbox::openapi::document());
}

fn exchange(
    method: &str,
    uri: &str,
    route: Option<&str>,
    status: u16,
    response: Option<Value>,
) -> Exchange {
    Exchange {
        method: method.into(),
        uri: uri.into(),
        route: route.map(String::from),
        headers: vec![],
        body: None,
        body_len: 0,
        status,
        response_content_type: response.as_ref().map(|_| "application/json".to_string()),
        response,
        replayed: false,
        fault: None,
    }
}

fn error(code: &str) -> Value {
    json!({"error": {"code": code, "message": "m"}})
}

#[test]
fn the_validator_catches_drift() {
    let user = json!({
        "id": "usr_1", "email": "a@b.c", "first_name": "A", "last_name": "B", "role": "viewer",
        "status": "active", "last_login_at": null, "created_at": "2026-11-28T09:00:00Z",
        "updated_at": "2026-11-28T09:00:00Z", "a_future_field": [1, 2]
    });
    let route = Some("/api/v1/users/{user_id}");
    let ok = exchange("GET", "/api/v1/users/usr_1", route, 200, Some(user.clone()));
    assert_eq!(contract::validate_exchange(&ok), Ok(()));

    let mut missing = user.clone();
    missing.as_object_mut().unwrap().remove("status");
    let e = contract::validate_exchange(&exchange(
        "GET",
        "/api/v1/users/usr_1",
        route,
        200,
        Some(missing),
    ))
    .unwrap_err();
    assert!(
        e.contains("GET /api/v1/users/{user_id} → 200") && e.contains("\"status\""),
        "{e}"
    );

    let mut bad_time = user.clone();
    bad_time["created_at"] = json!("2026-11-28 09:00:00+13:00");
    let e = contract::validate_exchange(&exchange("GET", "/x", route, 200, Some(bad_time)))
        .unwrap_err();
    assert!(e.contains("at /created_at"), "{e}");

    let e =
        contract::validate_exchange(&exchange("GET", "/x", route, 418, Some(error("conflict"))))
            .unwrap_err();
    assert!(e.contains("undocumented status"), "{e}");
    let e = contract::validate_exchange(&exchange(
        "GET",
        "/api/v1/users/usr_1",
        route,
        404,
        Some(error("conflict")),
    ))
    .unwrap_err();
    assert!(e.contains("at /error/code"), "{e}");
    let e = contract::validate_exchange(&exchange(
        "GET",
        "/api/v1/teams",
        Some("/api/v1/teams"),
        200,
        Some(json!({})),
    ))
    .unwrap_err();
    assert!(e.contains("undocumented route /teams"), "{e}");
    let e = contract::validate_exchange(&exchange(
        "PUT",
        "/api/v1/users/u",
        route,
        200,
        Some(user.clone()),
    ))
    .unwrap_err();
    assert!(e.contains("undocumented method PUT"), "{e}");
    let e = contract::validate_exchange(&exchange(
        "DELETE",
        "/api/v1/users/u",
        route,
        204,
        Some(user),
    ))
    .unwrap_err();
    assert!(e.contains("without a body"), "{e}");

    // The router's fallbacks must be error envelopes; unrouted paths are matched by template.
    let unrouted = exchange(
        "GET",
        "/api/v1/nope",
        None,
        404,
        Some(error("resource_not_found")),
    );
    assert_eq!(contract::validate_exchange(&unrouted), Ok(()));
    let e = contract::validate_exchange(&exchange(
        "GET",
        "/api/v1/nope",
        None,
        404,
        Some(json!({"oops": 1})),
    ))
    .unwrap_err();
    assert!(e.contains("missing required field \"error\""), "{e}");
    let wrong_method = exchange(
        "PUT",
        "/api/v1/projects",
        None,
        405,
        Some(error("method_not_allowed")),
    );
    assert_eq!(contract::validate_exchange(&wrong_method), Ok(()));
    let replay = exchange("GET", "/api/v1/me", None, 418, Some(json!({})));
    assert!(
        contract::validate_exchange(&replay)
            .unwrap_err()
            .contains("undocumented status")
    );

    // Secrets may never come back, and API key listings never show one.
    let leaked = json!({"account": "a", "username": "u", "auth_method": "password", "role": null,
        "warehouse": null, "password_set": true, "private_key_set": false, "password": "x"});
    let e = contract::validate_schema("SnowflakeSettings", &leaked).unwrap_err();
    assert!(
        e.contains("write-only field returned") && e.contains("/password"),
        "{e}"
    );
    let key = json!({"id": "k", "name": "n", "prefix": "rk_abcde", "role": "viewer", "project_id": "p",
        "created_at": "2026-11-28T09:00:00Z", "created_by": null, "last_used_at": null, "expires_at": null});
    let mut with_secret = key.clone();
    with_secret["secret"] = json!(format!("rk_{}", "a".repeat(40)));
    assert_eq!(
        contract::validate_schema("ApiKeyCreated", &with_secret),
        Ok(())
    );
    assert!(contract::validate_schema("ApiKeyCreated", &key).is_err());
    let list = json!({"data": [with_secret], "has_more": false});
    assert!(contract::validate_schema("ApiKeyList", &list).is_err());
    let list = json!({"data": [key], "has_more": true});
    assert!(
        contract::validate_schema("ApiKeyList", &list)
            .unwrap_err()
            .contains("next_cursor")
    );
}

#[test]
fn injected_faults_are_checked_for_their_symptom() {
    let mut html = exchange("GET", "/api/v1/me", None, 502, None);
    html.fault = Some("NonJson".into());
    html.response_content_type = Some("text/html".into());
    assert_eq!(contract::validate_exchange(&html), Ok(()));
    let mut five = exchange("GET", "/api/v1/me", None, 503, Some(json!({"nope": true})));
    five.fault = Some("Status503".into());
    assert!(contract::validate_exchange(&five).is_err());
    let mut cut = exchange(
        "GET",
        "/api/v1/me",
        Some("/api/v1/me"),
        200,
        Some(json!({})),
    );
    cut.fault = Some("Truncate".into());
    assert!(
        contract::validate_exchange(&cut).is_err(),
        "a truncated answer is checked in full"
    );
}

#[test]
fn every_test_exchange_is_checked() {
    let env = Env::start();
    env.admin().get("/projects");
    env.anon().get("/nope");
    assert_eq!(env.validate(), 3, "login, list and the 404");
}
