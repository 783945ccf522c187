//! Section 11: the audit log records logins and every change, never a secret, and only admins read it.

use serde_json::{Value, json};

use crate::support::*;

fn entries(admin: &Client, query: &str) -> Vec<Value> {
    let r = admin.get(&format!("/audit-log?limit=100{query}"));
    expect(&r, 200);
    r.json["data"].as_array().unwrap().clone()
}

fn find<'a>(all: &'a [Value], action: &str) -> &'a Value {
    all.iter()
        .find(|e| e["action"] == action)
        .unwrap_or_else(|| panic!("no {action} entry in {all:#?}"))
}

#[test]
fn changes_and_logins_are_recorded_without_secrets() {
    let env = Env::start();
    let anon = env.anon();
    expect(
        &anon.post(
            "/auth/login",
            json!({"email": env.sb.admin_email, "password": "wrong-guess-pw"}),
        ),
        401,
    );
    let login = anon.post(
        "/auth/login",
        json!({"email": env.sb.admin_email, "password": env.sb.admin_password}),
    );
    let access = login.json["access_token"].as_str().unwrap().to_string();
    let refresh = login.json["refresh_token"].as_str().unwrap().to_string();
    let admin = env.bearer(&access);

    let settings = json!({"snowflake": {"account": "a1", "username": "u", "auth_method": "password", "password": "pw-in-project"}});
    let p = admin.post(
        "/projects",
        json!({"name": "Audited", "identifier": "audited", "settings": settings}),
    );
    let pid = p.json["id"].as_str().unwrap().to_string();
    expect(
        &admin.patch(
            &format!("/projects/{pid}"),
            json!({"description": "d", "settings": {"snowflake": {"password": "pw-rotated"}}}),
        ),
        200,
    );
    let u = admin.post(
        "/users",
        json!({"email": "aud@example.com", "first_name": "A", "last_name": "U", "role": "viewer"}),
    );
    let uid = u.json["id"].as_str().unwrap().to_string();
    expect(
        &admin.patch(&format!("/users/{uid}"), json!({"role": "editor"})),
        200,
    );
    let k = admin.post(
        &format!("/projects/{pid}/api-keys"),
        json!({"name": "audited-key"}),
    );
    let secret = k.json["secret"].as_str().unwrap().to_string();
    let kid = k.json["id"].as_str().unwrap().to_string();
    expect(
        &admin.delete(&format!("/projects/{pid}/api-keys/{kid}")),
        204,
    );
    expect(&admin.delete(&format!("/projects/{pid}")), 204);

    let all = entries(&admin, "");
    let failed = find(&all, "auth.login_failed");
    assert_eq!(failed["outcome"], "failure");
    assert_eq!(failed["actor"]["email"], env.sb.admin_email);
    assert_eq!(failed["source_ip"], "127.0.0.1");
    let ok = find(&all, "auth.login");
    assert_eq!(ok["outcome"], "success");
    for (action, resource_id) in [
        ("project.created", pid.as_str()),
        ("project.updated", pid.as_str()),
        ("project.deleted", pid.as_str()),
        ("user.invited", uid.as_str()),
        ("user.updated", uid.as_str()),
        ("api_key.created", kid.as_str()),
        ("api_key.revoked", kid.as_str()),
    ] {
        let e = find(&all, action);
        assert_eq!(e["resource_id"], resource_id, "{action}");
        assert_eq!(e["outcome"], "success", "{action}");
        assert_eq!(e["actor"]["type"], "user", "{action}");
        assert_eq!(e["actor"]["email"], env.sb.admin_email, "{action}");
    }
    assert_eq!(find(&all, "project.created")["project_id"], pid.as_str());
    assert_eq!(
        find(&all, "user.updated")["details"]["role"],
        json!({"from": "viewer", "to": "editor"})
    );

    let text = serde_json::to_string(&all).unwrap();
    for leaked in [
        "wrong-guess-pw",
        env.sb.admin_password.as_str(),
        "pw-in-project",
        "pw-rotated",
        secret.as_str(),
        access.as_str(),
        refresh.as_str(),
        env.sb.api_key.as_str(),
    ] {
        assert!(
            !text.contains(leaked),
            "the audit log contains a secret ({leaked})"
        );
    }
}

#[test]
fn api_key_actions_name_the_key() {
    let env = Env::start();
    let demo = format!("/projects/{}", env.sb.demo_project_id);
    expect(
        &env.key()
            .patch(&demo, json!({"description": "ci was here"})),
        200,
    );
    let e = entries(&env.admin(), "&action=project.updated")[0].clone();
    assert_eq!(e["actor"]["type"], "api_key");
    assert!(e["actor"]["email"].is_null());
    assert_eq!(
        e["actor"]["id"],
        env.key().get("/me").json["auth"]["api_key_id"]
    );
}

#[test]
fn filters() {
    let env = Env::start();
    let admin = env.admin();
    env.as_role("editor");
    env.sb.advance(1800);
    expect(
        &admin.post("/projects", json!({"name": "later", "identifier": "later"})),
        201,
    );
    let by_action = entries(&admin, "&action=auth.login");
    assert_eq!(by_action.len(), 2);
    let by_actor = entries(&admin, "&actor=editor@sandbox.rime.test");
    assert_eq!(by_actor.len(), 1);
    let id = by_actor[0]["actor"]["id"].as_str().unwrap().to_string();
    assert_eq!(entries(&admin, &format!("&actor={id}")).len(), 1);
    assert_eq!(entries(&admin, "&resource_type=project").len(), 1);
    let since = entries(&admin, "&since=2026-11-28T09:15:00Z");
    assert_eq!(since.len(), 1);
    assert_eq!(since[0]["action"], "project.created");
    assert_eq!(entries(&admin, "&until=2026-11-28T09:15:00Z").len(), 2);
    let pid = since[0]["project_id"].as_str().unwrap().to_string();
    assert_eq!(entries(&admin, &format!("&project_id={pid}")).len(), 1);
    let r = admin.get("/audit-log?since=yesterday");
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["since"]);
}

#[test]
fn only_admins_read_it() {
    let env = Env::start();
    for role in ["editor", "viewer", "governance_admin"] {
        expect_error(&env.as_role(role).get("/audit-log"), 403, "forbidden");
    }
    expect_error(&env.key().get("/audit-log"), 403, "forbidden");
    expect_error(&env.anon().get("/audit-log"), 401, "unauthorized");
}
