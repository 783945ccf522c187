//! Section 8 over REST: definitions and their checks, versions, schedules, and simulated runs.

use serde_json::{Value, json};

use crate::support::*;

/// `/projects/{demo}/pipelines…`
pub fn pl(env: &Env, rest: &str) -> String {
    format!("/projects/{}/pipelines{rest}", env.sb.demo_project_id)
}

/// A step of `kind` (custom by default: 20 s, no references).
pub fn step(key: &str, deps: &[&str]) -> Value {
    json!({"key": key, "type": "custom", "config": {"sql": "SELECT 1"}, "depends_on": deps})
}

/// Creates a pipeline and returns its id.
pub fn create(env: &Env, name: &str, steps: Value, extra: Value) -> String {
    let mut body = json!({"name": name, "steps": steps});
    if let Some(m) = extra.as_object() {
        for (k, v) in m {
            body[k] = v.clone();
        }
    }
    let r = env.admin().post(&pl(env, ""), body);
    expect(&r, 201);
    r.json["id"].as_str().unwrap().to_string()
}

/// Starts a run and returns it.
pub fn start(env: &Env, id: &str) -> Value {
    let r = env
        .admin()
        .post(&pl(env, &format!("/{id}/runs")), json!({}));
    expect(&r, 202);
    r.json
}

pub fn run(env: &Env, id: &str, run: &Value) -> Value {
    let r = env.admin().get(&pl(
        env,
        &format!("/{id}/runs/{}", run["id"].as_str().unwrap()),
    ));
    expect(&r, 200);
    r.json
}

pub fn state(run: &Value, key: &str) -> String {
    let s = run["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == key)
        .unwrap_or_else(|| panic!("no step {key} in {run}"));
    s["state"].as_str().unwrap().to_string()
}

pub fn step_of<'a>(run: &'a Value, key: &str) -> &'a Value {
    run["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == key)
        .unwrap()
}

/// A test-only object of another domain (connector, transformation, …) in the demo project.
pub fn insert(env: &Env, kind: &str, id: &str, scope: &str, body: Value) {
    let body = body.to_string().replace('\'', "''");
    let demo = &env.sb.demo_project_id;
    env.sb
        .app()
        .db()
        .execute_batch(&format!(
            "INSERT INTO objects (kind, id, scope, project_id, name, body) VALUES ('{kind}', '{id}', '{scope}', '{demo}', '{id}', '{body}')"
        ))
        .expect("test insert");
}

#[test]
fn the_demo_pipeline_is_the_docs_example() {
    let env = Env::start();
    let admin = env.admin();
    let list = admin.get(&pl(&env, ""));
    expect(&list, 200);
    let p = &list.json["data"][0];
    assert_eq!(p["name"], "nightly-sales");
    assert_eq!(p["version"], 2);
    let keys: Vec<&str> = p["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "extract_postgres",
            "extract_rest_api",
            "transform_kimball",
            "validate",
            "notify_slack"
        ]
    );
    assert_eq!(p["steps"][4]["config"]["secret_set"], true);
    assert_eq!(p["schedule"]["cron"], "0 6 * * 1-5 | 0 12 * * 0");
    // Saturday 22:00 NZDT → the next firing is Sunday 12:00 NZDT.
    assert_eq!(p["next_run_at"], "2026-11-28T23:00:00Z");
    let id = p["id"].as_str().unwrap();
    let versions = admin.get(&pl(&env, &format!("/{id}/versions")));
    let current: Vec<(u64, bool)> = versions.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["version"].as_u64().unwrap(), v["is_current"] == true))
        .collect();
    assert_eq!(current, [(2, true), (1, false)]);
    let runs = admin.get(&pl(&env, &format!("/{id}/runs")));
    let seen: Vec<(&str, &str)> = runs.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["trigger"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(seen, [("manual", "cancelled"), ("scheduled", "succeeded")]);
    let scheduled = &runs.json["data"][1];
    assert_eq!(scheduled["started_at"], "2026-11-26T17:00:00Z");
    // With the seeded connectors and transformation the stages are real steps:
    // extract 120 s, transform 90 s, validate 30 s, webhook 5 s.
    assert_eq!(scheduled["duration_seconds"], 245);
    assert!(!runs.text().contains("whsec_"), "a secret leaked");
}

#[test]
fn create_fills_defaults_and_starts_at_version_1() {
    let env = Env::start();
    let admin = env.admin();
    let r = admin.post(
        &pl(&env, ""),
        json!({"name": "orders", "steps": [
            step("load", &[]),
            {"key": "notify", "type": "webhook", "depends_on": ["load"],
             "config": {"url": "https://hooks.example.com/x", "secret": "s3cret"}},
            {"key": "apply", "type": "infrastructure"},
        ], "schedule": {"cron": "0  6 * * 1-5|0 12 * * 0"}}),
    );
    expect(&r, 201);
    let p = &r.json;
    assert_eq!(p["version"], 1);
    assert_eq!(p["description"], Value::Null);
    assert_eq!(
        p["steps"][0],
        json!({"key": "load", "name": "load", "type": "custom", "config": {"sql": "SELECT 1"},
               "depends_on": [], "failure_policy": "stop",
               "retry": {"max_attempts": 0, "delay_seconds": 30}, "timeout_seconds": 3600})
    );
    assert_eq!(
        p["steps"][1]["config"],
        json!({"url": "https://hooks.example.com/x", "method": "POST", "headers": {}, "secret_set": true})
    );
    assert_eq!(p["steps"][2]["config"], json!({"action": "plan_apply"}));
    assert_eq!(
        p["schedule"],
        json!({"cron": "0 6 * * 1-5 | 0 12 * * 0", "timezone": "Pacific/Auckland",
               "concurrency_policy": "skip", "window": null, "enabled": true})
    );
    assert!(!r.text().contains("s3cret"));
    let id = p["id"].as_str().unwrap();
    let v1 = admin.get(&pl(&env, &format!("/{id}/versions/1")));
    expect(&v1, 200);
    assert_eq!(v1.json["is_current"], true);
    assert_eq!(v1.json["created_by"], "admin@sandbox.rime.test");
    assert_eq!(v1.json["steps"], p["steps"]);
    expect_error(
        &admin.post(&pl(&env, ""), json!({"name": "orders"})),
        409,
        "conflict",
    );
    let audit = admin.get("/audit-log?action=pipeline.created");
    assert_eq!(audit.json["data"][0]["resource_id"], id);
    assert!(!audit.text().contains("s3cret"));
    // Viewers read but cannot write; the demo's editor API key may.
    let viewer = env.as_role("viewer");
    expect(&viewer.get(&pl(&env, &format!("/{id}"))), 200);
    expect_error(
        &viewer.post(&pl(&env, ""), json!({"name": "v"})),
        403,
        "forbidden",
    );
    expect(
        &env.key().post(&pl(&env, ""), json!({"name": "from-ci"})),
        201,
    );
    expect_error(
        &admin.get(&format!("/projects/prj_nope/pipelines/{id}")),
        404,
        "resource_not_found",
    );
    expect_error(
        &admin.get(&pl(&env, "/pln_nope")),
        404,
        "resource_not_found",
    );
}

#[test]
fn shape_errors_are_400_naming_each_field() {
    let env = Env::start();
    let admin = env.admin();
    let web = |config: Value| json!([{"key": "w", "type": "webhook", "config": config}]);
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (json!({}), vec!["name"]),
        (json!({"name": "x", "steps": "a"}), vec!["steps"]),
        (json!({"name": "x", "steps": [1]}), vec!["steps[0]"]),
        (
            json!({"name": "x", "steps": [{"key": "Bad-Key", "type": "custom", "config": {"sql": "s"}}]}),
            vec!["steps[0].key"],
        ),
        (
            json!({"name": "x", "steps": [{"key": "a", "type": "shell"}]}),
            vec!["steps[0].type"],
        ),
        (
            json!({"name": "x", "steps": [{"type": "custom", "config": {"sql": "s"}}]}),
            vec!["steps[0].key"],
        ),
        (
            json!({"name": "x", "steps": [{"key": "a", "type": "extract"}]}),
            vec!["steps[0].config.connector_id"],
        ),
        (
            json!({"name": "x", "steps": [{"key": "a", "type": "transform", "config": {}}]}),
            vec!["steps[0].config.transformation_id"],
        ),
        (
            json!({"name": "x", "steps": [{"key": "a", "type": "validate", "config": {"transformation_id": 5}}]}),
            vec!["steps[0].config.transformation_id"],
        ),
        (
            json!({"name": "x", "steps": [{"key": "a", "type": "custom", "config": {"sql": " "}}]}),
            vec!["steps[0].config.sql"],
        ),
        (
            json!({"name": "x", "steps": [{"key": "a", "type": "infrastructure", "config": {"action": "destroy"}}]}),
            vec!["steps[0].config.action"],
        ),
        (
            json!({"name": "x", "steps": web(json!({"url": "http://insecure.example.com"}))}),
            vec!["steps[0].config.url"],
        ),
        (
            json!({"name": "x", "steps": web(json!({"url": "https://x.io", "method": "DELETE", "headers": {"a": 1}}))}),
            vec!["steps[0].config.method", "steps[0].config.headers.a"],
        ),
        (
            json!({"name": "x", "steps": [{"key": "a", "type": "custom", "config": {"sql": "s"}, "depends_on": ["b", "b"], "retry": {"max_attempts": 6}, "timeout_seconds": 0, "failure_policy": "ignore", "colour": "red"}]}),
            vec![
                "steps[0].depends_on[1]",
                "steps[0].failure_policy",
                "steps[0].retry.max_attempts",
                "steps[0].timeout_seconds",
                "steps[0].colour",
            ],
        ),
        (
            json!({"name": "x", "schedule": {"cron": "0 6 * *"}}),
            vec!["schedule.cron"],
        ),
        (
            json!({"name": "x", "schedule": {"cron": "0 6 * * 1-5 | 61 * * * *"}}),
            vec!["schedule.cron"],
        ),
        (
            json!({"name": "x", "schedule": {"timezone": "UTC"}}),
            vec!["schedule.cron"],
        ),
        (
            json!({"name": "x", "schedule": {"cron": "* * * * *", "concurrency_policy": "drop", "window": {"start": "9:00", "end": "25:00"}}}),
            vec![
                "schedule.concurrency_policy",
                "schedule.window.start",
                "schedule.window.end",
            ],
        ),
        (
            json!({"name": "x", "schedule": {"cron": "* * * * *", "window": {"start": "09:00", "end": "09:00"}}}),
            vec!["schedule.window.end"],
        ),
    ];
    for (body, fields) in cases {
        let r = admin.post(&pl(&env, ""), body.clone());
        expect_error(&r, 400, "validation_error");
        assert_eq!(r.fields(), fields, "for {body}");
    }
    let r = admin.post(
        &pl(&env, ""),
        json!({"name": "x", "schedule": {"cron": "0 6 * * 1-5 | 61 * * * *"}}),
    );
    assert!(
        r.text()
            .contains("Invalid cron expression: expression 2: field 1 (minute)"),
        "{}",
        r.text()
    );
}

#[test]
fn dag_and_reference_errors_are_422_naming_the_steps() {
    let env = Env::start();
    let admin = env.admin();
    let post = |steps: Value| admin.post(&pl(&env, ""), json!({"name": "x", "steps": steps}));
    let r = post(json!([step("a", &[]), step("b", &["a"]), step("a", &[])]));
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(r.fields(), ["steps[2].key"]);
    let r = post(json!([step("a", &["ghost"])]));
    assert_eq!(r.fields(), ["steps[0].depends_on"]);
    assert!(r.text().contains("unknown step key 'ghost'"));
    let r = post(json!([
        step("a", &["c"]),
        step("b", &["a"]),
        step("c", &["b"]),
        step("d", &[])
    ]));
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(
        r.fields(),
        [
            "steps[0].depends_on",
            "steps[2].depends_on",
            "steps[1].depends_on"
        ]
    );
    assert!(
        r.text().contains("forms a cycle: a → c → b → a"),
        "{}",
        r.text()
    );
    let r = post(json!([step("a", &["a"])]));
    assert!(r.text().contains("forms a cycle: a → a"));
    let r = post(json!([
        {"key": "e", "type": "extract", "config": {"connector_id": "con_missing"}},
        {"key": "t", "type": "transform", "config": {"transformation_id": "trf_missing"}},
        {"key": "v", "type": "validate", "config": {"transformation_id": "trf_missing"}},
    ]));
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(
        r.fields(),
        [
            "steps[0].config.connector_id",
            "steps[1].config.transformation_id",
            "steps[2].config.transformation_id"
        ]
    );
    assert!(
        r.text()
            .contains("no connector with id 'con_missing' in this project")
    );
    let r = admin.post(
        &pl(&env, ""),
        json!({"name": "x", "schedule": {"cron": "0 6 * * *", "timezone": "Mars/Olympus"}}),
    );
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(r.fields(), ["schedule.timezone"]);
    // Objects of another project do not count; a transformation's models are checked by name.
    insert(
        &env,
        "connector",
        "con_pg",
        &env.sb.demo_project_id,
        json!({"id": "con_pg", "name": "pg", "type": "postgresql"}),
    );
    insert(
        &env,
        "connector",
        "con_other",
        "prj_elsewhere",
        json!({"id": "con_other"}),
    );
    insert(
        &env,
        "transformation",
        "trf_sales",
        &env.sb.demo_project_id,
        json!({"id": "trf_sales", "name": "sales"}),
    );
    insert(
        &env,
        "transformation_model",
        "mdl_orders",
        "trf_sales",
        json!({"id": "mdl_orders", "name": "fct_orders"}),
    );
    let r = post(json!([
        {"key": "e", "type": "extract", "config": {"connector_id": "con_other"}},
        {"key": "t", "type": "transform", "config": {"transformation_id": "trf_sales", "models": ["fct_orders", "dim_ghost"]}},
    ]));
    assert_eq!(
        r.fields(),
        ["steps[0].config.connector_id", "steps[1].config.models[1]"]
    );
    let ok = create(
        &env,
        "refs",
        json!([
            {"key": "e", "type": "extract", "config": {"connector_id": "con_pg"}},
            {"key": "t", "type": "transform", "depends_on": ["e"], "config": {"transformation_id": "trf_sales", "models": ["fct_orders"]}},
            {"key": "v", "type": "validate", "depends_on": ["t"], "config": {"transformation_id": "trf_sales"}},
        ]),
        json!({}),
    );
    // A reference deleted after saving stops new runs.
    env.sb
        .app()
        .db()
        .execute_batch("DELETE FROM objects WHERE id = 'con_pg'")
        .unwrap();
    let r = admin.post(&pl(&env, &format!("/{ok}/runs")), json!({}));
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(r.fields(), ["steps[0].config.connector_id"]);
    let empty = create(&env, "empty", json!([]), json!({}));
    let r = admin.post(&pl(&env, &format!("/{empty}/runs")), json!({}));
    expect_error(&r, 422, "unprocessable_entity");
    expect_error(
        &admin.post(&pl(&env, &format!("/{empty}/runs")), json!({"now": true})),
        400,
        "validation_error",
    );
}

#[test]
fn versions_bump_only_on_structural_change() {
    let env = Env::start();
    let admin = env.admin();
    let web = json!({"key": "hook", "type": "webhook", "depends_on": ["a"], "config": {"url": "https://h.example.com", "secret": "one"}});
    let id = create(
        &env,
        "v",
        json!([step("a", &[]), step("b", &["a"]), web]),
        json!({}),
    );
    let path = pl(&env, &format!("/{id}"));
    let version = |patch: Value| {
        let r = admin.patch(&path, patch.clone());
        expect(&r, 200);
        r.json["version"].as_u64().unwrap()
    };
    let steps = |v: Value| json!({"steps": v});
    let same = [
        step("a", &[]),
        step("b", &["a"]),
        json!({"key": "hook", "type": "webhook", "depends_on": ["a"], "config": {"url": "https://h.example.com"}}),
    ];
    // Not structural: name, description, schedule, step order, defaults spelled out, a new secret.
    assert_eq!(version(json!({"name": "v2", "description": "d"})), 1);
    assert_eq!(version(json!({"schedule": {"cron": "0 * * * *"}})), 1);
    assert_eq!(version(json!({"schedule": {"enabled": false}})), 1);
    assert_eq!(version(steps(json!([same[2], same[1], same[0]]))), 1);
    let mut explicit = step("a", &[]);
    explicit["failure_policy"] = "stop".into();
    explicit["timeout_seconds"] = 3600.into();
    explicit["name"] = "a".into();
    assert_eq!(version(steps(json!([explicit, same[1], same[2]]))), 1);
    let mut rotated = same[2].clone();
    rotated["config"]["secret"] = "two".into();
    assert_eq!(version(steps(json!([same[0], same[1], rotated]))), 1);
    // Structural: config, timeout, failure policy, retry, edges, added and removed steps.
    let mut b = step("b", &["a"]);
    b["config"]["sql"] = "SELECT 2".into();
    assert_eq!(version(steps(json!([same[0], b, same[2]]))), 2);
    b["timeout_seconds"] = 60.into();
    assert_eq!(version(steps(json!([same[0], b, same[2]]))), 3);
    b["failure_policy"] = "continue".into();
    assert_eq!(version(steps(json!([same[0], b, same[2]]))), 4);
    b["retry"] = json!({"max_attempts": 2});
    assert_eq!(version(steps(json!([same[0], b, same[2]]))), 5);
    b["depends_on"] = json!([]);
    assert_eq!(version(steps(json!([same[0], b, same[2]]))), 6);
    assert_eq!(version(steps(json!([same[0], b]))), 7);
    let r = admin.get(&path);
    assert_eq!(r.json["name"], "v2");
    assert_eq!(r.json["schedule"]["enabled"], false);
    let list = admin.get(&pl(&env, &format!("/{id}/versions?limit=3")));
    let numbers: Vec<u64> = list.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [7, 6, 5]);
    assert_eq!(list.json["data"][0]["is_current"], true);
    assert_eq!(list.json["data"][1]["is_current"], false);
    // Restore makes version 8 with version 1's steps; restoring the same content again is refused.
    let r = admin.post_empty(&pl(&env, &format!("/{id}/versions/1/restore")));
    expect(&r, 201);
    assert_eq!(r.json["version"], 8);
    assert_eq!(r.json["is_current"], true);
    let p = admin.get(&path).json;
    assert_eq!(p["version"], 8);
    assert_eq!(p["steps"].as_array().unwrap().len(), 3);
    assert_eq!(
        p["steps"][2]["config"]["secret_set"], false,
        "the secret went with the removed step"
    );
    let v1 = admin.get(&pl(&env, &format!("/{id}/versions/1"))).json;
    assert_eq!(v1["is_current"], false);
    expect_error(
        &admin.post_empty(&pl(&env, &format!("/{id}/versions/1/restore"))),
        409,
        "conflict",
    );
    for bad in ["99", "abc", "0"] {
        expect_error(
            &admin.get(&pl(&env, &format!("/{id}/versions/{bad}"))),
            404,
            "resource_not_found",
        );
    }
    let audit = admin.get("/audit-log?action=pipeline.version_restored");
    assert_eq!(
        audit.json["data"][0]["details"],
        json!({"restored": 1, "version": 8})
    );
    let r = admin.patch(&path, json!({"steps": [step("a", &["a"])]}));
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(
        admin.get(&path).json["version"],
        8,
        "a rejected change leaves no version"
    );
}

#[test]
fn deleting_is_refused_while_a_run_is_active() {
    let env = Env::start();
    let admin = env.admin();
    let id = create(&env, "short", json!([step("a", &[])]), json!({}));
    let r = start(&env, &id);
    let path = pl(&env, &format!("/{id}"));
    expect_error(&admin.delete(&path), 409, "conflict");
    env.sb.advance(20);
    expect(&admin.delete(&path), 204);
    expect_error(&admin.get(&path), 404, "resource_not_found");
    let run_path = pl(&env, &format!("/{id}/runs/{}", r["id"].as_str().unwrap()));
    expect_error(&admin.get(&run_path), 404, "resource_not_found");
}
