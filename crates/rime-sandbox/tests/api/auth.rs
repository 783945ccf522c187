//! Section 2: login, rotating refresh with reuse detection, logout, browser logins and `/me`.

use serde_json::json;

use crate::support::*;

const EDITOR: (&str, &str) = ("editor@sandbox.rime.test", "correct-horse-editor");

fn tokens(env: &Env, email: &str, password: &str) -> (String, String) {
    let r = env
        .anon()
        .post("/auth/login", json!({"email": email, "password": password}));
    expect(&r, 200);
    (
        r.json["access_token"].as_str().expect("access").to_string(),
        r.json["refresh_token"]
            .as_str()
            .expect("refresh")
            .to_string(),
    )
}

fn refresh(env: &Env, token: &str) -> Resp {
    env.anon()
        .post("/auth/refresh", json!({"refresh_token": token}))
}

#[track_caller]
fn unauthorized(r: &Resp) {
    expect_error(r, 401, "unauthorized");
    assert_eq!(
        r.header("www-authenticate"),
        Some("Bearer"),
        "401 without WWW-Authenticate"
    );
}

#[test]
fn login_returns_a_token_pair_that_opens_me() {
    let env = Env::start();
    let r = env.anon().post(
        "/auth/login",
        json!({"email": env.sb.admin_email, "password": env.sb.admin_password}),
    );
    expect(&r, 200);
    assert_eq!(r.json["token_type"], "Bearer");
    assert_eq!(r.json["expires_in"], 3600);
    let me = env
        .bearer(r.json["access_token"].as_str().unwrap())
        .get("/me");
    expect(&me, 200);
    assert_eq!(me.json["user"]["email"], env.sb.admin_email);
    assert_eq!(me.json["auth"]["type"], "user");
    assert_eq!(me.json["auth"]["role"], "admin");
    assert_eq!(me.json["auth"]["expires_at"], "2026-11-28T10:00:00Z");
    assert_eq!(me.json["tenant"]["subdomain"], "sandbox");
    assert!(
        me.json["auth"].get("api_key_id").is_none(),
        "user auth has no key id"
    );
    // Emails are case-insensitive at login.
    let upper = env.anon().post(
        "/auth/login",
        json!({"email": env.sb.admin_email.to_uppercase(), "password": env.sb.admin_password}),
    );
    expect(&upper, 200);
}

#[test]
fn bad_credentials_and_bad_bodies() {
    let env = Env::start();
    let anon = env.anon();
    unauthorized(&anon.post(
        "/auth/login",
        json!({"email": env.sb.admin_email, "password": "nope"}),
    ));
    unauthorized(&anon.post(
        "/auth/login",
        json!({"email": "ghost@sandbox.rime.test", "password": "x"}),
    ));

    let r = anon.post("/auth/login", json!({}));
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["email", "password"]);
    let r = anon.post("/auth/login", json!({"email": 5, "password": true}));
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["email", "password"]);
    let r = anon.post(
        "/auth/login",
        json!({"email": "a@b.c", "password": "x", "mfa": 1}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["mfa"]);
    let r = anon.raw(
        "POST",
        "/auth/login",
        Some(("application/json", b"{\"email\":".to_vec())),
        &[],
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["body"]);
}

#[test]
fn suspended_users_cannot_log_in() {
    let env = Env::start();
    let editor = env.user_id(EDITOR.0);
    expect(
        &env.admin()
            .patch(&format!("/users/{editor}"), json!({"status": "suspended"})),
        200,
    );
    unauthorized(&env.anon().post(
        "/auth/login",
        json!({"email": EDITOR.0, "password": EDITOR.1}),
    ));
}

#[test]
fn missing_invalid_and_expired_tokens_are_401() {
    let env = Env::start();
    unauthorized(&env.anon().get("/me"));
    unauthorized(&env.bearer("rat_not-a-real-token").get("/me"));
    unauthorized(&env.bearer("rk_not-a-real-key").get("/me"));
    let basic = env.anon().call(
        "GET",
        "/me",
        None,
        &[("Authorization", "Basic YWRtaW46cHc=")],
    );
    unauthorized(&basic);

    let admin = env.admin();
    expect(&admin.get("/me"), 200);
    env.control("POST", "/clock", json!({"advance_seconds": 3599}));
    expect(&admin.get("/me"), 200);
    env.sb.advance(2);
    unauthorized(&admin.get("/me"));
}

#[test]
fn refresh_rotates_and_reuse_revokes_the_session() {
    let env = Env::start();
    let (a1, r1) = tokens(&env, EDITOR.0, EDITOR.1);
    let first = refresh(&env, &r1);
    expect(&first, 200);
    let a2 = first.json["access_token"].as_str().unwrap().to_string();
    let r2 = first.json["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(a1, a2);
    assert_ne!(r1, r2);
    unauthorized(&env.bearer(&a1).get("/me"));
    expect(&env.bearer(&a2).get("/me"), 200);

    // A spent token coming back means it leaked: the whole session ends.
    unauthorized(&refresh(&env, &r1));
    unauthorized(&env.bearer(&a2).get("/me"));
    unauthorized(&refresh(&env, &r2));
    unauthorized(&refresh(&env, "rrt_unknown"));
    let r = env
        .anon()
        .post("/auth/refresh", json!({"refresh_token": 7}));
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["refresh_token"]);
}

#[test]
fn refresh_outlives_the_access_token_but_not_30_days() {
    let env = Env::start();
    let (_, r1) = tokens(&env, EDITOR.0, EDITOR.1);
    env.sb.advance(3601);
    let next = refresh(&env, &r1);
    expect(&next, 200);
    let r2 = next.json["refresh_token"].as_str().unwrap().to_string();
    env.sb.advance(30 * 24 * 3600 + 1);
    unauthorized(&refresh(&env, &r2));
}

#[test]
fn logout_revokes_the_session() {
    let env = Env::start();
    let (access, refresh_token) = tokens(&env, EDITOR.0, EDITOR.1);
    let (other, _) = tokens(&env, EDITOR.0, EDITOR.1);
    unauthorized(
        &env.anon()
            .post("/auth/logout", json!({"refresh_token": refresh_token})),
    );
    let r = env
        .bearer(&access)
        .post("/auth/logout", json!({"refresh_token": refresh_token}));
    expect(&r, 204);
    assert!(r.body.is_empty(), "204 with a body");
    unauthorized(&env.bearer(&access).get("/me"));
    unauthorized(&refresh(&env, &refresh_token));
    // Other sessions of the same user live on.
    expect(&env.bearer(&other).get("/me"), 200);
    // An API key has no session to end.
    expect_error(&env.key().post("/auth/logout", json!({})), 403, "forbidden");
}

#[test]
fn providers_are_public() {
    let env = Env::start();
    let r = env.anon().get("/auth/providers");
    expect(&r, 200);
    let ids: Vec<&str> = r.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["okta", "entra", "google"]);
}

/// Follows a redirect to the sandbox itself (the stand-in IdP) and returns the next Location.
fn follow(env: &Env, location: &str) -> Resp {
    let path = location
        .strip_prefix(&env.sb.origin)
        .unwrap_or_else(|| panic!("redirect leaves the sandbox: {location}"));
    env.anon().raw("GET", path, None, &[])
}

fn query_param(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

#[test]
fn sso_login_ends_at_the_loopback_redirect_with_a_single_use_code() {
    let env = Env::start();
    let cb = "http://127.0.0.1:5555/cb";
    let start = env
        .anon()
        .get("/auth/sso/okta/login?redirect_uri=http://127.0.0.1:5555/cb&state=xyz");
    expect(&start, 302);
    let idp = follow(&env, start.header("location").expect("Location"));
    expect(&idp, 302);
    let back = idp.header("location").expect("Location").to_string();
    assert!(back.starts_with("http://127.0.0.1:5555/cb?"), "{back}");
    assert_eq!(query_param(&back, "state").as_deref(), Some("xyz"));
    let code = query_param(&back, "code").expect("code");

    let exchange = json!({"grant_type": "authorization_code", "code": code, "redirect_uri": cb});
    let r = env.anon().post("/auth/token", exchange.clone());
    expect(&r, 200);
    assert_eq!(r.json["token_type"], "Bearer");
    let me = env
        .bearer(r.json["access_token"].as_str().unwrap())
        .get("/me");
    assert_eq!(me.json["user"]["email"], env.sb.admin_email);
    unauthorized(&env.anon().post("/auth/token", exchange));
}

#[test]
fn browser_login_rules() {
    let env = Env::start();
    let anon = env.anon();
    let r = anon.get("/auth/sso/okta/login?redirect_uri=https://evil.example/cb&state=xyz");
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["redirect_uri"]);
    let r = anon.get("/auth/sso/okta/login?redirect_uri=http://127.0.0.1:5555/cb");
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["state"]);
    expect_error(
        &anon.get("/auth/sso/nope/login?redirect_uri=http://127.0.0.1:1/cb&state=s"),
        404,
        "resource_not_found",
    );

    // Google, a login hint, then a code bound to its redirect URI and to five minutes.
    let start = anon.get("/auth/google/login?redirect_uri=http://localhost:4000/done&state=s1&login_hint=editor@sandbox.rime.test");
    expect(&start, 302);
    let back = follow(&env, start.header("location").unwrap());
    let code = query_param(back.header("location").unwrap(), "code").unwrap();
    let wrong = json!({"grant_type": "authorization_code", "code": code, "redirect_uri": "http://localhost:4001/done"});
    unauthorized(&anon.post("/auth/token", wrong));

    let start = anon.get("/auth/google/login?redirect_uri=http://localhost:4000/done&state=s2&login_hint=editor@sandbox.rime.test");
    let back = follow(&env, start.header("location").unwrap());
    let code = query_param(back.header("location").unwrap(), "code").unwrap();
    env.sb.advance(301);
    let late = json!({"grant_type": "authorization_code", "code": code, "redirect_uri": "http://localhost:4000/done"});
    unauthorized(&anon.post("/auth/token", late));

    let r = anon.post(
        "/auth/token",
        json!({"grant_type": "password", "code": "x", "redirect_uri": "http://localhost:1/"}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["grant_type"]);
}

#[test]
fn me_with_an_api_key() {
    let env = Env::start();
    let r = env.key().get("/me");
    expect(&r, 200);
    assert!(r.json["user"].is_null());
    assert_eq!(r.json["auth"]["type"], "api_key");
    assert_eq!(r.json["auth"]["role"], "editor");
    assert_eq!(r.json["auth"]["project_id"], env.sb.demo_project_id);
    assert!(
        r.json["auth"]["api_key_id"]
            .as_str()
            .is_some_and(|k| !k.is_empty())
    );
    assert!(r.json["auth"]["expires_at"].is_null());
}

#[test]
fn the_date_header_follows_the_simulated_clock() {
    let env = Env::start();
    let r = env.anon().get("/auth/providers");
    assert_eq!(r.header("date"), Some("Sat, 28 Nov 2026 09:00:00 GMT"));
    env.sb.advance(3570);
    let (access, _) = tokens(&env, EDITOR.0, EDITOR.1);
    let me = env.bearer(&access).get("/me");
    expect(&me, 200);
    // What a token has left is its `expires_at` minus the server's `Date`.
    assert_eq!(me.header("date"), Some("Sat, 28 Nov 2026 09:59:30 GMT"));
    assert_eq!(me.json["auth"]["expires_at"], "2026-11-28T10:59:30Z");
    // Errors carry it too.
    let r = env.anon().get("/me");
    assert_eq!(r.header("date"), Some("Sat, 28 Nov 2026 09:59:30 GMT"));
}
