//! Section 2 (API keys): secrets shown once, project scope, roles, revocation and expiry.

use serde_json::{Value, json};

use crate::support::*;

fn keys_path(env: &Env) -> String {
    format!("/projects/{}/api-keys", env.sb.demo_project_id)
}

fn create(env: &Env, body: Value) -> Resp {
    let r = env.admin().post(&keys_path(env), body);
    expect(&r, 201);
    r
}

#[test]
fn the_secret_is_shown_once() {
    let env = Env::start();
    let r = create(&env, json!({"name": "ci", "role": "editor"}));
    let secret = r.json["secret"].as_str().unwrap().to_string();
    let rest = secret.strip_prefix("rk_").expect("rk_ prefix");
    assert_eq!(rest.len(), 40);
    assert!(rest.chars().all(|c| c.is_ascii_alphanumeric()), "{secret}");
    assert_eq!(r.json["prefix"], secret[..8]);
    assert_eq!(r.json["role"], "editor");
    assert_eq!(r.json["project_id"], env.sb.demo_project_id);
    assert_eq!(r.json["created_by"], env.sb.admin_email);
    assert!(r.json["expires_at"].is_null() && r.json["last_used_at"].is_null());

    let list = env.admin().get(&keys_path(&env));
    expect(&list, 200);
    assert_eq!(ids(&list).len(), 2, "the seeded key and the new one");
    assert!(!list.text().contains(&secret), "a listing shows a secret");
    assert!(
        list.json["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|k| k.get("secret").is_none())
    );

    let key = env.bearer(&secret);
    expect(
        &key.get(&format!("/projects/{}", env.sb.demo_project_id)),
        200,
    );
    let me = key.get("/me");
    assert_eq!(me.json["auth"]["api_key_id"], r.json["id"]);
    let listed = env.admin().get(&keys_path(&env));
    let used = listed.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == r.json["id"])
        .unwrap()
        .clone();
    assert_eq!(used["last_used_at"], "2026-11-28T09:00:00Z");
}

#[test]
fn keys_stay_inside_their_project() {
    let env = Env::start();
    let key = env.key();
    let staging = ids(&env.admin().get("/projects"))[1].clone();
    expect_error(&key.get(&format!("/projects/{staging}")), 403, "forbidden");
    expect_error(
        &key.patch(&format!("/projects/{staging}"), json!({"description": "x"})),
        403,
        "forbidden",
    );
    for path in ["/tenant", "/users", "/projects", "/audit-log"] {
        expect_error(&key.get(path), 403, "forbidden");
    }
    expect_error(
        &key.post("/projects", json!({"name": "k", "identifier": "kk"})),
        403,
        "forbidden",
    );
    expect_error(&key.get(&keys_path(&env)), 403, "forbidden");
    expect_error(
        &key.post(&keys_path(&env), json!({"name": "self"})),
        403,
        "forbidden",
    );
    // An editor key may change its own project.
    expect(
        &key.patch(
            &format!("/projects/{}", env.sb.demo_project_id),
            json!({"description": "from CI"}),
        ),
        200,
    );
}

#[test]
fn a_viewer_key_cannot_write() {
    let env = Env::start();
    let r = create(&env, json!({"name": "read-only"}));
    assert_eq!(r.json["role"], "viewer", "the default role");
    let key = env.bearer(r.json["secret"].as_str().unwrap());
    let demo = format!("/projects/{}", env.sb.demo_project_id);
    expect(&key.get(&demo), 200);
    expect_error(
        &key.patch(&demo, json!({"description": "x"})),
        403,
        "forbidden",
    );
}

#[test]
fn revoked_and_expired_keys_are_401() {
    let env = Env::start();
    let r = create(&env, json!({"name": "short", "expires_in_days": 1}));
    assert_eq!(r.json["expires_at"], "2026-11-29T09:00:00Z");
    let short = env.bearer(r.json["secret"].as_str().unwrap());
    expect(&short.get("/me"), 200);
    env.sb.advance(86_400);
    expect_error(&short.get("/me"), 401, "unauthorized");

    let seeded_id = env.key().get("/me").json["auth"]["api_key_id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = env
        .admin()
        .delete(&format!("{}/{seeded_id}", keys_path(&env)));
    expect(&r, 204);
    let r = env.key().get("/me");
    expect_error(&r, 401, "unauthorized");
    assert_eq!(r.header("www-authenticate"), Some("Bearer"));
    expect_error(
        &env.admin()
            .delete(&format!("{}/{seeded_id}", keys_path(&env))),
        404,
        "resource_not_found",
    );
}

#[test]
fn key_management_rules() {
    let env = Env::start();
    let admin = env.admin();
    let path = keys_path(&env);
    let r = admin.post(
        &path,
        json!({"role": "admin", "expires_in_days": 0, "scope": "all"}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["name", "role", "expires_in_days", "scope"]);
    expect_error(
        &admin.post(&path, json!({"name": "ci-demo"})),
        409,
        "conflict",
    );
    expect_error(
        &env.as_role("editor").post(&path, json!({"name": "e"})),
        403,
        "forbidden",
    );
    expect_error(&env.as_role("editor").get(&path), 403, "forbidden");
    expect_error(
        &admin.get("/projects/prj_nope/api-keys"),
        404,
        "resource_not_found",
    );
    expect_error(
        &admin.post("/projects/prj_nope/api-keys", json!({"name": "x"})),
        404,
        "resource_not_found",
    );

    // A key id is only found under its own project.
    let staging = ids(&admin.get("/projects"))[1].clone();
    let seeded = ids(&admin.get(&path))[0].clone();
    expect_error(
        &admin.delete(&format!("/projects/{staging}/api-keys/{seeded}")),
        404,
        "resource_not_found",
    );
    expect(&env.key().get("/me"), 200);
}
