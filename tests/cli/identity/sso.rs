//! Browser logins with the sandbox's stand-in identity provider; the test plays the browser.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::{Running, http_get, stored_field};
use crate::common::{Env, assert_has};

fn query(url: &str) -> HashMap<String, String> {
    url::Url::parse(url)
        .unwrap()
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Follows the login URL through the IdP to the loopback callback URL (not yet visited).
fn browse_to_callback(login_url: &str) -> String {
    let (status, idp, _) = http_get(login_url);
    assert_eq!(
        status, 302,
        "the login URL redirects to the identity provider"
    );
    let idp = idp.expect("a Location");
    assert!(idp.contains("/_sandbox/idp/authorize?"), "{idp}");
    let (status, callback, _) = http_get(&idp);
    assert_eq!(status, 302, "the identity provider redirects back");
    callback.expect("a Location")
}

#[test]
fn sso_login_end_to_end_through_the_loopback_callback() {
    let env = Env::bare();
    let mut run = Running::start(
        env.rime("auth login --sso okta --no-browser --email editor@sandbox.rime.test"),
    );
    let login_url = run.line_with("/auth/sso/okta/login?").trim().to_string();
    assert!(login_url.starts_with(&env.sb.base_url), "{login_url}");
    let q = query(&login_url);
    let redirect = q["redirect_uri"].clone();
    let port: u16 = redirect
        .strip_prefix("http://127.0.0.1:")
        .and_then(|r| r.strip_suffix("/callback"))
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("a loopback redirect_uri on a port: {redirect}"));
    assert_ne!(port, 0);
    assert_eq!(q["state"].len(), 32, "128 random bits, hex");
    assert_eq!(q["login_hint"], "editor@sandbox.rime.test");

    // A stray request (a browser's favicon) is answered 404 and the wait goes on.
    let (status, _, _) = http_get(&format!("http://127.0.0.1:{port}/favicon.ico"));
    assert_eq!(status, 404);

    let callback = browse_to_callback(&login_url);
    assert!(callback.starts_with(&redirect), "{callback}");
    assert_eq!(query(&callback)["state"], q["state"]);
    let (status, _, page) = http_get(&callback);
    assert_eq!(status, 200);
    assert!(page.contains("Logged in"), "{page}");

    let (code, stdout, stderr) = run.finish();
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert_has(
        &stderr,
        "logged in to sandbox as editor@sandbox.rime.test (editor)",
    );
    let exchanged = env.requests("POST", "/api/v1/auth/token");
    assert_eq!(exchanged.len(), 1);
    let body = exchanged[0].body.as_ref().unwrap();
    assert_eq!(body["grant_type"], "authorization_code");
    assert_eq!(body["redirect_uri"], redirect.as_str());
    assert_eq!(body["code"], query(&callback)["code"].as_str());
    assert!(exchanged[0].header("authorization").is_none());
    // Verified against /me with the new token before it was stored.
    let token = stored_field(&env, "access_token").expect("stored");
    let me = env.requests("GET", "/api/v1/me");
    assert_eq!(
        me[0].header("authorization"),
        Some(format!("Bearer {token}").as_str())
    );
    assert!(stored_field(&env, "refresh_token").is_some());
    let status = env.rime("auth status -o json").run().ok().json();
    assert_eq!(status["user"], "editor@sandbox.rime.test");
    assert_eq!(status["role"], "editor");
}

#[test]
fn a_tampered_state_is_rejected_and_the_previous_login_kept() {
    let env = Env::new();
    let before = stored_field(&env, "access_token").unwrap();
    let mut run = Running::start(env.rime("auth login --google --no-browser"));
    let login_url = run.line_with("/auth/google/login?").trim().to_string();
    let callback = browse_to_callback(&login_url);
    let state = query(&callback)["state"].clone();
    let forged = callback.replace(
        &format!("state={state}"),
        "state=0123456789abcdef0123456789abcdef",
    );
    assert_ne!(forged, callback);
    let (status, _, page) = http_get(&forged);
    assert_eq!(status, 400);
    assert!(page.contains("rejected"), "{page}");

    let (code, _, stderr) = run.finish();
    assert_eq!(code, 3, "{stderr}");
    assert_has(&stderr, "different `state`");
    assert_has(&stderr, "nothing was stored");
    assert!(
        env.requests("POST", "/api/v1/auth/token").is_empty(),
        "the code was never exchanged"
    );
    assert_eq!(stored_field(&env, "access_token").unwrap(), before);
    let status = env.rime("auth status -o json").run().ok().json();
    assert_eq!(status["user"], rime_sandbox::ADMIN_EMAIL);
}

#[test]
fn browser_logins_fail_fast_without_a_person() {
    let env = Env::bare();
    let started = Instant::now();
    env.rime("auth login --sso okta")
        .env("CI", "true")
        .run()
        .code(2)
        .stderr_has("CI is set")
        .stderr_has("rime api-keys create");
    snapshot!(env, "auth login --google");
    assert!(started.elapsed() < Duration::from_secs(5), "no waiting");
    assert!(env.exchanges().is_empty(), "nothing was sent");
    // --no-browser only makes sense with a browser login.
    env.rime("auth login --no-browser").run().code(2);
    env.rime("auth login --sso okta --google").run().code(2);
}

#[test]
fn unknown_providers_and_logins_that_never_return() {
    let env = Env::bare();
    snapshot!(env, "auth login --sso nope --no-browser");
    let started = Instant::now();
    let out = env
        .rime("auth login --sso entra --no-browser --browser-timeout 1s")
        .run()
        .code(3);
    out.stderr_has("did not come back within 1s");
    out.stderr_has("/auth/sso/entra/login?");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(!env.config_dir().join("credentials.toml").exists());
    snapshot!(env, "auth login --google --browser-timeout soon");
}

#[test]
fn providers_are_listed_without_a_login() {
    let env = Env::bare();
    let list = env.rime("auth providers -o json").run().ok().json();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["okta", "entra", "google"]);
    assert_eq!(list[0]["type"], "saml");
    let table = env.rime("auth providers").run().ok();
    assert!(
        table.stdout.starts_with("ID\tTYPE\tNAME\n") && table.stdout.contains("entra\toidc\t"),
        "{}",
        table.stdout
    );
    let sent = env.requests("GET", "/api/v1/auth/providers");
    assert!(sent.iter().all(|e| e.header("authorization").is_none()));
}
