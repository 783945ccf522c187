//! Section 3: the tenant, users, invitations, role and status changes, last-admin protection, sessions.

use serde_json::json;

use crate::support::*;

fn invite(email: &str, role: &str) -> serde_json::Value {
    json!({"email": email, "first_name": "Ana", "last_name": "Smith", "role": role})
}

#[test]
fn tenant_shows_tier_limits_and_usage() {
    let env = Env::start();
    let r = env.as_role("viewer").get("/tenant");
    expect(&r, 200);
    assert_eq!(r.json["tier"], "business");
    assert_eq!(r.json["limits"], json!({"projects": 10, "users": 50}));
    assert_eq!(r.json["usage"], json!({"projects": 2, "users": 7}));
    env.tier("business_critical");
    let r = env.admin().get("/tenant");
    assert_eq!(r.json["limits"], json!({"projects": null, "users": null}));
    expect_error(&env.key().get("/tenant"), 403, "forbidden");
}

#[test]
fn list_and_filter_users() {
    let env = Env::start();
    let viewer = env.as_role("viewer");
    let r = viewer.get("/users");
    expect(&r, 200);
    assert_eq!(ids(&r).len(), 7);
    assert_eq!(r.json["has_more"], false);
    let created: Vec<&str> = r.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["created_at"].as_str().unwrap())
        .collect();
    assert!(
        created.windows(2).all(|w| w[0] <= w[1]),
        "oldest first: {created:?}"
    );
    let r = viewer.get("/users?role=viewer");
    assert!(
        r.json["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["role"] == "viewer")
    );
    assert_eq!(ids(&r).len(), 3);
    let r = viewer.get("/users?status=invited");
    assert_eq!(ids(&r).len(), 1);
    assert_eq!(
        r.json["data"][0]["email"],
        "sophie.martin@sandbox.rime.test"
    );
    expect_error(&env.key().get("/users"), 403, "forbidden");
}

#[test]
fn invite_users() {
    let env = Env::start();
    let admin = env.admin();
    let r = admin.post("/users", invite("New.Person@Example.com", "editor"));
    expect(&r, 201);
    assert_eq!(r.json["email"], "new.person@example.com");
    assert_eq!(r.json["status"], "invited");
    assert!(r.json["last_login_at"].is_null());
    let id = r.json["id"].as_str().unwrap();
    assert_eq!(admin.get(&format!("/users/{id}")).json, r.json);

    expect_error(
        &admin.post("/users", invite("new.person@EXAMPLE.com", "viewer")),
        409,
        "conflict",
    );
    let r = admin.post(
        "/users",
        json!({"email": "not-an-email", "first_name": "", "role": "owner"}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["email", "first_name", "last_name", "role"]);
    let r = admin.post(
        "/users",
        json!({"email": 1, "first_name": "A", "last_name": "B", "role": "viewer"}),
    );
    assert_eq!(r.fields(), ["email"]);
    expect_error(
        &env.as_role("editor")
            .post("/users", invite("x@example.com", "viewer")),
        403,
        "forbidden",
    );
    expect_error(
        &env.as_role("viewer")
            .post("/users", invite("x@example.com", "viewer")),
        403,
        "forbidden",
    );
    expect_error(
        &env.as_role("governance_admin")
            .post("/users", invite("x@example.com", "viewer")),
        403,
        "forbidden",
    );
}

#[test]
fn inviting_past_the_tier_limit_is_forbidden() {
    let env = Env::start();
    env.tier("free");
    let r = env
        .admin()
        .post("/users", invite("one.more@example.com", "viewer"));
    expect_error(&r, 403, "forbidden");
    let message = r.json["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("free") && message.contains('3'),
        "names tier and limit: {message}"
    );
}

#[test]
fn get_unknown_user_is_404() {
    let env = Env::start();
    expect_error(
        &env.admin().get("/users/usr_nope"),
        404,
        "resource_not_found",
    );
    expect_error(
        &env.admin()
            .patch("/users/usr_nope", json!({"first_name": "X"})),
        404,
        "resource_not_found",
    );
    expect_error(
        &env.admin().delete("/users/usr_nope"),
        404,
        "resource_not_found",
    );
    expect_error(
        &env.admin().post_empty("/users/usr_nope/sessions/revoke"),
        404,
        "resource_not_found",
    );
}

#[test]
fn patch_is_a_merge_patch() {
    let env = Env::start();
    let admin = env.admin();
    let id = env.user_id("viewer@sandbox.rime.test");
    let before = admin.get(&format!("/users/{id}")).json;
    env.sb.advance(60);
    let r = admin.patch(
        &format!("/users/{id}"),
        json!({"first_name": "Mere", "role": "editor"}),
    );
    expect(&r, 200);
    assert_eq!(r.json["first_name"], "Mere");
    assert_eq!(r.json["last_name"], before["last_name"]);
    assert_eq!(r.json["role"], "editor");
    assert_eq!(r.json["created_at"], before["created_at"]);
    assert_eq!(r.json["updated_at"], "2026-11-28T09:01:00Z");

    // A fetched user can be sent back: read-only fields are ignored.
    let mut echo = r.json.clone();
    echo["email"] = json!("changed@example.com");
    let r = admin.patch(&format!("/users/{id}"), echo);
    expect(&r, 200);
    assert_eq!(r.json["email"], "viewer@sandbox.rime.test");

    let r = admin.patch(
        &format!("/users/{id}"),
        json!({"status": "invited", "role": "root", "nickname": "x"}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["role", "status", "nickname"]);
    let r = admin.patch(&format!("/users/{id}"), json!({"last_name": 5}));
    assert_eq!(r.fields(), ["last_name"]);
    expect_error(
        &env.as_role("editor")
            .patch(&format!("/users/{id}"), json!({"first_name": "X"})),
        403,
        "forbidden",
    );
}

#[test]
fn suspending_ends_sessions_and_reactivating_allows_login() {
    let env = Env::start();
    let admin = env.admin();
    let editor = env.as_role("editor");
    let id = env.user_id("editor@sandbox.rime.test");
    let r = admin.patch(&format!("/users/{id}"), json!({"status": "suspended"}));
    assert_eq!(r.json["status"], "suspended");
    expect_error(&editor.get("/me"), 401, "unauthorized");
    expect(
        &admin.patch(&format!("/users/{id}"), json!({"status": "active"})),
        200,
    );
    env.as_role("editor");
}

#[test]
fn the_last_admin_is_protected() {
    let env = Env::start();
    let admin = env.admin();
    let me = env.user_id(&env.sb.admin_email.clone());
    expect_error(
        &admin.patch(&format!("/users/{me}"), json!({"role": "editor"})),
        409,
        "conflict",
    );
    expect_error(
        &admin.patch(&format!("/users/{me}"), json!({"status": "suspended"})),
        409,
        "conflict",
    );
    expect_error(&admin.delete(&format!("/users/{me}")), 409, "conflict");

    let editor = env.user_id("editor@sandbox.rime.test");
    expect(
        &admin.patch(&format!("/users/{editor}"), json!({"role": "admin"})),
        200,
    );
    expect(
        &admin.patch(&format!("/users/{me}"), json!({"role": "viewer"})),
        200,
    );
}

#[test]
fn delete_user_ends_their_sessions() {
    let env = Env::start();
    let admin = env.admin();
    let viewer = env.as_role("viewer");
    let id = env.user_id("viewer@sandbox.rime.test");
    expect_error(
        &env.as_role("editor").delete(&format!("/users/{id}")),
        403,
        "forbidden",
    );
    let r = admin.delete(&format!("/users/{id}"));
    expect(&r, 204);
    assert!(r.body.is_empty());
    expect_error(
        &admin.get(&format!("/users/{id}")),
        404,
        "resource_not_found",
    );
    expect_error(&viewer.get("/me"), 401, "unauthorized");
    assert_eq!(admin.get("/tenant").json["usage"]["users"], 6);
}

#[test]
fn revoke_sessions() {
    let env = Env::start();
    let admin = env.admin();
    let editor = env.as_role("editor");
    let id = env.user_id("editor@sandbox.rime.test");
    expect_error(
        &editor.post_empty(&format!("/users/{id}/sessions/revoke")),
        403,
        "forbidden",
    );
    let r = admin.call("POST", &format!("/users/{id}/sessions/revoke"), None, &[]);
    expect(&r, 204);
    expect_error(&editor.get("/me"), 401, "unauthorized");
    expect(&admin.get("/me"), 200);
    env.as_role("editor");
}
