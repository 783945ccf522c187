//! Section 4: projects — validation, uniqueness, tier limits, merge patch, write-only secrets, cascade delete.

use serde_json::{Value, json};

use crate::support::*;

fn new_project(name: &str, identifier: &str) -> Value {
    json!({"name": name, "identifier": identifier})
}

#[test]
fn list_and_get_projects() {
    let env = Env::start();
    let viewer = env.as_role("viewer");
    let r = viewer.get("/projects");
    expect(&r, 200);
    let names: Vec<&str> = r.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["demo", "staging"]);
    let demo = &r.json["data"][0];
    assert_eq!(demo["id"], env.sb.demo_project_id);
    assert_eq!(demo["settings"]["snowflake"]["private_key_set"], true);
    assert_eq!(demo["settings"]["snowflake"]["password_set"], false);
    assert_eq!(demo["settings"]["aws"]["secret_access_key_set"], false);
    assert_eq!(
        demo["settings"]["drift_detection"],
        json!({"enabled": true, "interval_hours": 6})
    );
    let one = viewer.get(&format!("/projects/{}", env.sb.demo_project_id));
    expect(&one, 200);
    assert_eq!(&one.json, demo);
    expect_error(&viewer.get("/projects/prj_nope"), 404, "resource_not_found");
}

#[test]
fn create_project_with_defaults() {
    let env = Env::start();
    let r = env
        .admin()
        .post("/projects", new_project("Analytics", "analytics"));
    expect(&r, 201);
    assert_eq!(r.json["identifier"], "analytics");
    assert!(r.json["description"].is_null());
    assert_eq!(
        r.json["settings"],
        json!({"snowflake": null, "aws": null, "drift_detection": {"enabled": true, "interval_hours": 6}})
    );
    assert_eq!(r.json["created_at"], "2026-11-28T09:00:00Z");
    assert_eq!(r.json["created_at"], r.json["updated_at"]);
    let listed = env.admin().get("/projects");
    assert_eq!(
        ids(&listed).last().map(String::as_str),
        r.json["id"].as_str(),
        "newest last"
    );
}

#[test]
fn create_project_validation() {
    let env = Env::start();
    let admin = env.admin();
    for bad in [
        "A",
        "Upper",
        "9lives",
        "has_underscore",
        &format!("a{}", "b".repeat(31)),
    ] {
        let r = admin.post("/projects", new_project("x", bad));
        expect_error(&r, 400, "validation_error");
        assert_eq!(r.fields(), ["identifier"], "identifier {bad:?}");
    }
    let r = admin.post(
        "/projects",
        json!({"name": "n".repeat(65), "identifier": 3}),
    );
    assert_eq!(r.fields(), ["name", "identifier"]);
    let r = admin.post(
        "/projects",
        json!({"identifier": "ok-id", "settings": {"snowflake": {"account": 1}, "gcp": {}}}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(
        r.fields(),
        [
            "name",
            "settings.snowflake.account",
            "settings.snowflake.username",
            "settings.snowflake.auth_method",
            "settings.gcp"
        ]
    );
    let r = admin.post("/projects", json!({"name": "x", "identifier": "xx", "settings": {"aws": {"region": "us-east-1", "access_method": "assume_role"}}}));
    assert_eq!(r.fields(), ["settings.aws.role_arn"]);
    let r = admin.post("/projects", json!({"name": "x", "identifier": "xx", "settings": {"drift_detection": {"interval_hours": 0}}}));
    assert_eq!(r.fields(), ["settings.drift_detection.interval_hours"]);
}

#[test]
fn names_and_identifiers_are_unique() {
    let env = Env::start();
    let admin = env.admin();
    expect_error(
        &admin.post("/projects", new_project("demo", "other")),
        409,
        "conflict",
    );
    expect_error(
        &admin.post("/projects", new_project("Other", "demo")),
        409,
        "conflict",
    );
    let r = admin.post("/projects", new_project("Other", "other"));
    expect(&r, 201);
    let id = r.json["id"].as_str().unwrap();
    expect_error(
        &admin.patch(&format!("/projects/{id}"), json!({"name": "staging"})),
        409,
        "conflict",
    );
}

#[test]
fn who_may_create_update_and_delete() {
    let env = Env::start();
    let demo = format!("/projects/{}", env.sb.demo_project_id);
    let editor = env.as_role("editor");
    expect_error(
        &editor.post("/projects", new_project("e", "ee")),
        403,
        "forbidden",
    );
    expect(
        &editor.patch(&demo, json!({"description": "by the editor"})),
        200,
    );
    expect_error(&editor.delete(&demo), 403, "forbidden");
    for role in ["viewer", "governance_admin"] {
        let c = env.as_role(role);
        expect_error(
            &c.post("/projects", new_project("v", "vv")),
            403,
            "forbidden",
        );
        expect_error(
            &c.patch(&demo, json!({"description": "no"})),
            403,
            "forbidden",
        );
        expect_error(&c.delete(&demo), 403, "forbidden");
    }
}

#[test]
fn creating_past_the_tier_limit_is_forbidden() {
    let env = Env::start();
    env.tier("free");
    let r = env.admin().post("/projects", new_project("third", "third"));
    expect_error(&r, 403, "forbidden");
    let message = r.json["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("free") && message.contains('1'),
        "names tier and limit: {message}"
    );
    env.tier("small_business");
    expect(
        &env.admin().post("/projects", new_project("third", "third")),
        201,
    );
    expect_error(
        &env.admin()
            .post("/projects", new_project("fourth", "fourth")),
        403,
        "forbidden",
    );
}

#[test]
fn patch_merges_and_null_clears() {
    let env = Env::start();
    let admin = env.admin();
    let demo = format!("/projects/{}", env.sb.demo_project_id);
    let before = admin.get(&demo).json;
    env.sb.advance(120);
    let r = admin.patch(
        &demo,
        json!({"description": "New words", "settings": {"snowflake": {"warehouse": "BIG_WH"}}}),
    );
    expect(&r, 200);
    assert_eq!(r.json["name"], before["name"]);
    assert_eq!(r.json["description"], "New words");
    assert_eq!(r.json["settings"]["snowflake"]["warehouse"], "BIG_WH");
    assert_eq!(
        r.json["settings"]["snowflake"]["account"],
        before["settings"]["snowflake"]["account"]
    );
    assert_eq!(r.json["settings"]["snowflake"]["private_key_set"], true);
    assert_eq!(r.json["settings"]["aws"], before["settings"]["aws"]);
    assert_eq!(r.json["updated_at"], "2026-11-28T09:02:00Z");

    let r = admin.patch(&demo, json!({"description": null, "settings": {"snowflake": {"role": null}, "drift_detection": null}}));
    expect(&r, 200);
    assert!(r.json["description"].is_null());
    assert!(r.json["settings"]["snowflake"]["role"].is_null());
    assert_eq!(
        r.json["settings"]["drift_detection"],
        json!({"enabled": true, "interval_hours": 6})
    );
    let r = admin.patch(&demo, json!({"settings": {"aws": null}}));
    assert!(r.json["settings"]["aws"].is_null());
    assert_eq!(admin.get(&demo).json, r.json);

    // The identifier is immutable; sending it unchanged (an echoed object) is fine.
    let mut echo = r.json.clone();
    echo["created_at"] = json!("2000-01-01T00:00:00Z");
    let r = admin.patch(&demo, echo);
    expect(&r, 200);
    assert_ne!(r.json["created_at"], "2000-01-01T00:00:00Z");
    for identifier in [json!("renamed"), json!(null)] {
        let r = admin.patch(&demo, json!({ "identifier": identifier }));
        expect_error(&r, 400, "validation_error");
        assert_eq!(r.fields(), ["identifier"]);
    }
    let r = admin.patch(
        &demo,
        json!({"name": "", "settings": {"snowflake": {"auth_method": "token"}}}),
    );
    assert_eq!(r.fields(), ["name", "settings.snowflake.auth_method"]);
    expect_error(
        &admin.patch("/projects/prj_nope", json!({"name": "x"})),
        404,
        "resource_not_found",
    );
}

#[test]
fn secrets_are_write_only() {
    let env = Env::start();
    let admin = env.admin();
    let snowflake = json!({"account": "ab123", "username": "SVC", "auth_method": "password", "password": "hunter2-secret"});
    let aws = json!({"region": "ap-southeast-2", "access_method": "access_key", "access_key_id": "AKIA1", "secret_access_key": "aws-very-secret"});
    let r = admin.post("/projects", json!({"name": "Secretive", "identifier": "secretive", "settings": {"snowflake": snowflake, "aws": aws}}));
    expect(&r, 201);
    let path = format!("/projects/{}", r.json["id"].as_str().unwrap());
    let sf = &r.json["settings"]["snowflake"];
    assert_eq!(
        (sf["password_set"].clone(), sf["private_key_set"].clone()),
        (json!(true), json!(false))
    );
    assert!(sf.get("password").is_none());
    assert!(
        sf["role"].is_null() && sf["warehouse"].is_null(),
        "optional fields are present as null: {sf}"
    );
    assert_eq!(r.json["settings"]["aws"]["secret_access_key_set"], true);
    assert!(r.json["settings"]["aws"]["role_arn"].is_null());

    // Untouched by other changes, even when the client echoes the flags back.
    let r = admin.patch(
        &path,
        json!({"settings": {"snowflake": {"warehouse": "WH", "password_set": false}}}),
    );
    assert_eq!(r.json["settings"]["snowflake"]["password_set"], true);
    let r = admin.patch(
        &path,
        json!({"settings": {"snowflake": {"password": null}}}),
    );
    assert_eq!(r.json["settings"]["snowflake"]["password_set"], false);
    let r = admin.patch(
        &path,
        json!({"settings": {"snowflake": {"password": "second-secret"}}}),
    );
    assert_eq!(r.json["settings"]["snowflake"]["password_set"], true);

    // Clearing a connection forgets its secrets: a new one starts without them.
    let r = admin.patch(&path, json!({"settings": {"snowflake": null, "aws": null}}));
    assert!(r.json["settings"]["snowflake"].is_null() && r.json["settings"]["aws"].is_null());
    let r = admin.patch(&path, json!({"settings": {"snowflake": {"account": "x", "username": "y", "auth_method": "key_pair"}}}));
    assert_eq!(r.json["settings"]["snowflake"]["password_set"], false);

    for ex in env.sb.exchanges() {
        let text = ex.response.map(|v| v.to_string()).unwrap_or_default();
        for secret in ["hunter2-secret", "aws-very-secret", "second-secret"] {
            assert!(
                !text.contains(secret),
                "{} {} returned a secret: {text}",
                ex.method,
                ex.uri
            );
        }
    }
}

#[test]
fn delete_removes_the_project_and_its_keys() {
    let env = Env::start();
    let admin = env.admin();
    let demo = format!("/projects/{}", env.sb.demo_project_id);
    let r = admin.delete(&demo);
    expect(&r, 204);
    assert!(r.body.is_empty());
    expect_error(&admin.get(&demo), 404, "resource_not_found");
    expect_error(&admin.delete(&demo), 404, "resource_not_found");
    expect_error(&env.key().get("/me"), 401, "unauthorized");
    assert_eq!(admin.get("/tenant").json["usage"]["projects"], 1);
    // The name is free again.
    expect(&admin.post("/projects", new_project("demo", "demo")), 201);
}
