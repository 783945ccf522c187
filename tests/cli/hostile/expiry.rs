//! A token lifetime from a hostile server: `expires_in` of i64::MAX (or any huge number) is
//! clamped, never stored as a negative `expires_at`; zero, negative or non-numeric is refused.

use serde_json::json;

use super::server::{Hostile, json as reply};
use crate::common::Env;

/// A server whose logins answer with `expires_in`, and that answers `/me` and an empty list.
fn server(expires_in: serde_json::Value) -> Hostile {
    Hostile::start(move |req| match (req.method.as_str(), req.path()) {
        ("POST", "/api/v1/auth/login") => reply(
            200,
            &json!({"access_token": "tok_exp_0123456789", "refresh_token": "rt_exp_0123456789",
                    "expires_in": expires_in})
            .to_string(),
        ),
        ("GET", "/api/v1/me") => reply(
            200,
            r#"{"user": {"email": "a@example.com"}, "auth": {"type": "session"}}"#,
        ),
        ("GET", "/api/v1/projects") => reply(200, r#"{"data": [], "has_more": false}"#),
        _ => reply(404, r#"{"error": {"code": "not_found", "message": "no"}}"#),
    })
}

/// The stored access token and its expiry.
fn stored(env: &Env) -> (Option<String>, Option<i64>) {
    let text = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    let doc = text.parse::<toml_edit::DocumentMut>().unwrap();
    let p = &doc["profiles"]["test"];
    (
        p["access_token"].as_str().map(String::from),
        p["expires_at"].as_integer(),
    )
}

fn login(env: &Env, h: &Hostile) -> crate::common::Out {
    env.rime([
        "--api-url",
        h.api_url().as_str(),
        "auth",
        "login",
        "--email",
        "a@example.com",
        "--password-stdin",
    ])
    .stdin("pw")
    .run()
}

#[test]
fn a_huge_expires_in_is_clamped_and_a_non_positive_one_refused() {
    let now = jiff::Timestamp::now().as_second();
    for huge in [
        json!(i64::MAX),
        json!(u64::MAX),
        json!(1e300),
        json!(9_999_999_999_i64),
    ] {
        let env = Env::new();
        let h = server(huge.clone());
        login(&env, &h).ok();
        let (token, at) = stored(&env);
        assert_eq!(token.as_deref(), Some("tok_exp_0123456789"), "{huge}");
        let at = at.expect("an expiry is stored");
        assert!(
            at > now && at <= now + 367 * 86400,
            "{huge}: stored expires_at {at} (now {now})"
        );
        // The session works: no refresh is attempted for a token that has not expired.
        env.rime(["--api-url", h.api_url().as_str(), "projects", "list"])
            .run()
            .ok();
        assert!(
            !h.requests()
                .iter()
                .any(|r| r.path() == "/api/v1/auth/refresh"),
            "{huge}: refreshed a fresh token"
        );
    }
    for bad in [
        json!(-1),
        json!(0),
        json!(i64::MIN),
        json!("3600"),
        json!(-1e300),
    ] {
        let env = Env::new();
        let h = server(bad.clone());
        let before = stored(&env);
        login(&env, &h)
            .code(1)
            .stderr_has("invalid expires_in")
            .stderr_has("expected a positive number of seconds");
        assert_eq!(stored(&env), before, "{bad}: nothing was stored");
    }
}
