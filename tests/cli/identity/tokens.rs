//! The token lifecycle: refresh before expiry by the server's clock, refresh serialised across
//! processes, `auth token` for scripts, `auth refresh`, status, and logout revoking server-side.

use std::process::Stdio;

use serde_json::json;

use super::stored_field;
use crate::common::Env;

fn unauthorized(env: &Env) -> usize {
    env.exchanges().iter().filter(|e| e.status == 401).count()
}

#[test]
fn a_token_about_to_expire_by_the_server_clock_is_refreshed_before_use() {
    let env = Env::new();
    let first = stored_field(&env, "access_token").unwrap();
    // 30 s left on the server's clock; this machine's clock has not moved.
    env.sb.advance(3570);
    let out = env.rime("auth token").run().ok();
    let token = out.stdout.trim().to_string();
    assert_ne!(
        token, first,
        "a token with 30 s left is not handed to a script"
    );
    assert_eq!(
        out.stdout,
        format!("{token}\n"),
        "the token alone on stdout"
    );
    assert_eq!(env.requests("POST", "/api/v1/auth/refresh").len(), 1);
    assert_eq!(
        unauthorized(&env),
        0,
        "refreshed before use, not after a 401"
    );
    assert_eq!(stored_field(&env, "access_token").unwrap(), token);

    // `auth token` feeds `rime api` (or anything else) through RIME_TOKEN.
    let me = env
        .rime("api GET /me")
        .env("RIME_TOKEN", &token)
        .run()
        .ok()
        .json();
    assert_eq!(me["user"]["email"], rime_sandbox::ADMIN_EMAIL);
    let last = env.exchanges().pop().unwrap();
    assert_eq!(
        last.header("authorization"),
        Some(format!("Bearer {token}").as_str())
    );
    // The rotation ended the old access token.
    env.rime("api GET /me")
        .env("RIME_TOKEN", &first)
        .run()
        .code(3);

    // A command making several requests notices the server's clock on the first answer and
    // refreshes before the next one.
    env.sb.advance(3570);
    let users = env
        .rime("users list --page-size 2 -o json")
        .run()
        .ok()
        .json();
    assert!(users.as_array().unwrap().len() > 2);
    assert!(
        env.requests("GET", "/api/v1/users").len() >= 2,
        "several pages"
    );
    assert_eq!(env.requests("POST", "/api/v1/auth/refresh").len(), 2);
    assert_eq!(
        unauthorized(&env),
        1,
        "only the deliberate call with the old token"
    );
}

#[test]
fn an_expired_token_is_refreshed_once_by_many_processes_at_once() {
    let env = Env::new();
    env.sb.advance(3700);
    let children: Vec<_> = (0..6)
        .map(|_| {
            env.rime("projects list -o json")
                .command()
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("rime runs")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(list.as_array().unwrap().iter().any(|p| p["name"] == "demo"));
    }
    assert_eq!(
        env.requests("POST", "/api/v1/auth/refresh").len(),
        1,
        "one process refreshed; the others picked up its token"
    );
    // The session survived: no refresh token was spent twice.
    let reused = env
        .rime(r#"api GET /audit-log --paginate --jq '[.[] | select(.action == "auth.refresh_token_reused")] | length'"#)
        .run()
        .ok();
    assert_eq!(reused.stdout.trim(), "0");
    env.rime("auth status").run().ok();
    assert_eq!(env.requests("POST", "/api/v1/auth/refresh").len(), 1);
}

#[test]
fn status_shows_the_session_with_the_token_masked() {
    let env = Env::new();
    let token = stored_field(&env, "access_token").unwrap();
    let s = env.rime("auth status -o json").run().ok().json();
    assert_eq!(s["profile"], "test");
    assert_eq!(s["tenant"], "sandbox");
    assert_eq!(s["auth_type"], "user");
    assert_eq!(s["user"], rime_sandbox::ADMIN_EMAIL);
    assert_eq!(s["role"], "admin");
    assert_eq!(s["expires_at"], "2026-11-28T10:00:00Z");
    let left = s["expires_in_seconds"].as_i64().unwrap();
    assert!((3590..=3600).contains(&left), "{left}");
    assert_eq!(s["refreshable"], true);
    assert!(
        s["secret_store"]
            .as_str()
            .unwrap()
            .contains("credentials.toml"),
        "{s}"
    );
    assert_eq!(s["token"], format!("{}…********", &token[..6]));
    let shown = env
        .rime("auth status --show-token -o json")
        .run()
        .ok()
        .json();
    assert_eq!(shown["token"], token.as_str());
    let table = env.rime("auth status").run().ok();
    table.stdout_has("role\tadmin").stdout_lacks(&token);
    // RIME_TOKEN wins and says so.
    let key = env.sb.api_key.clone();
    let s = env
        .rime("auth status -o json")
        .env("RIME_TOKEN", &key)
        .run()
        .ok()
        .json();
    assert_eq!(s["auth_type"], "api_key");
    assert_eq!(s["project_id"], env.demo());
    assert!(s["secret_store"].as_str().unwrap().contains("RIME_TOKEN"));
    Env::bare()
        .rime("auth status")
        .run()
        .code(3)
        .stderr_has("not logged in");
}

#[test]
fn auth_refresh_rotates_the_stored_session() {
    let env = Env::new();
    let (access, refresh) = (
        stored_field(&env, "access_token").unwrap(),
        stored_field(&env, "refresh_token").unwrap(),
    );
    env.rime("auth refresh")
        .run()
        .ok()
        .stderr_has("refreshed the session of profile `test`");
    let sent = env.requests("POST", "/api/v1/auth/refresh");
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].body.as_ref().unwrap()["refresh_token"],
        refresh.as_str()
    );
    assert_ne!(stored_field(&env, "access_token").unwrap(), access);
    assert_ne!(stored_field(&env, "refresh_token").unwrap(), refresh);
    env.rime("auth refresh")
        .env("RIME_TOKEN", "x")
        .run()
        .code(2)
        .stderr_has("RIME_TOKEN");
    env.rime("auth login --with-token")
        .stdin(&env.sb.api_key)
        .run()
        .ok();
    snapshot!(env, "auth refresh");
}

#[test]
fn logout_revokes_the_session_on_the_server_then_deletes_the_secret() {
    let env = Env::new();
    let access = stored_field(&env, "access_token").unwrap();
    let refresh = stored_field(&env, "refresh_token").unwrap();
    env.rime("auth logout")
        .run()
        .ok()
        .stderr_has("ended the session on the server")
        .stderr_has("logged out of profile `test`");
    let sent = env.requests("POST", "/api/v1/auth/logout");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].status, 204);
    assert_eq!(
        sent[0].header("authorization"),
        Some(format!("Bearer {access}").as_str())
    );
    assert!(stored_field(&env, "access_token").is_none());
    // Neither half of the old session works any more.
    env.rime("api GET /me")
        .env("RIME_TOKEN", &access)
        .run()
        .code(3);
    env.rime("api POST /auth/refresh --input -")
        .env("RIME_TOKEN", &access)
        .stdin(json!({ "refresh_token": refresh }).to_string())
        .run()
        .code(3);
    snapshot!(env, "projects list");
    env.rime("auth logout")
        .run()
        .ok()
        .stderr_has("is not logged in");
}

#[test]
fn logout_works_when_the_server_is_unreachable_and_says_so() {
    let env = Env::new();
    let access = stored_field(&env, "access_token").unwrap();
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/api/v1", dead.local_addr().unwrap());
    drop(dead);
    let started = std::time::Instant::now();
    env.rime(format!("--api-url {url} auth logout"))
        .run()
        .ok()
        .stderr_has("could not end the session on the server")
        .stderr_has("logged out of profile `test`");
    assert!(started.elapsed() < std::time::Duration::from_secs(15));
    assert!(stored_field(&env, "access_token").is_none());
    // As the warning says, the session itself lives on until it expires or is revoked.
    env.rime("api GET /me")
        .env("RIME_TOKEN", &access)
        .run()
        .ok();
}

#[test]
fn logout_of_an_api_key_keeps_the_key() {
    let env = Env::bare();
    env.rime("auth login --with-token")
        .stdin(&env.sb.api_key)
        .run()
        .ok();
    env.rime("auth logout")
        .run()
        .ok()
        .stderr_has("the API key stays valid");
    assert!(env.requests("POST", "/api/v1/auth/logout").is_empty());
    assert!(stored_field(&env, "access_token").is_none());
}

#[test]
fn without_a_session_token_and_refresh_exit_3() {
    let env = Env::bare();
    snapshot!(env, "auth token");
    env.rime("auth refresh").run().code(3);
    // A session revoked on the server (here: by an admin) cannot be refreshed back to life.
    let env = Env::new();
    env.rime(format!(
        "users revoke-sessions {}",
        rime_sandbox::ADMIN_EMAIL
    ))
    .run()
    .ok();
    snapshot!(env, "auth status");
    env.rime("auth token").run().code(3);
}

#[test]
fn a_refresh_that_fails_for_want_of_a_server_uses_the_token_while_it_lasts() {
    let env = Env::new();
    let first = stored_field(&env, "access_token").unwrap();
    env.sb.advance(3570);
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "status500", "method": "POST", "path_prefix": "/api/v1/auth/refresh", "times": 5}]),
    );
    let out = env
        .rime("users list --page-size 2 -o json --max-retries 0")
        .run()
        .ok();
    out.stderr_has("could not refresh the access token")
        .stderr_has("using it for the");
    assert!(out.json().as_array().unwrap().len() > 2);
    // Injected faults answer before routing, so match on the URI.
    let refreshes: Vec<u16> = env
        .exchanges()
        .iter()
        .filter(|e| e.uri == "/api/v1/auth/refresh")
        .map(|e| e.status)
        .collect();
    assert_eq!(
        refreshes,
        [500],
        "tried once (--max-retries 0), then carried on"
    );
    assert_eq!(
        stored_field(&env, "access_token").unwrap(),
        first,
        "nothing new stored"
    );
}
