//! Section 6: infrastructure — desired state, config rules, plans, applies on the clock, drift.

use serde_json::{Value, json};

use crate::support::*;

fn base(env: &Env) -> String {
    format!("/projects/{}/infrastructure", env.sb.demo_project_id)
}

fn create(env: &Env, c: &Client, body: Value) -> Value {
    let r = c.post(&base(env), body);
    expect(&r, 201);
    r.json
}

fn plan(env: &Env, c: &Client) -> Value {
    let r = c.post(&format!("{}/plan", base(env)), json!({}));
    expect(&r, 201);
    r.json
}

fn apply(env: &Env, c: &Client, plan_id: &str) -> Value {
    let r = c.post(&format!("{}/apply", base(env)), json!({"plan_id": plan_id}));
    expect(&r, 202);
    r.json
}

fn get(env: &Env, c: &Client, tail: &str) -> Value {
    let r = c.get(&format!("{}{tail}", base(env)));
    expect(&r, 200);
    r.json
}

fn drift(env: &Env, body: Value) -> Value {
    let mut body = body;
    body["project"] = json!(env.sb.demo_project_id);
    env.control("POST", "/infrastructure/drift", body).json
}

#[test]
fn the_demo_project_has_active_resources_and_one_pending_change() {
    let env = Env::start();
    let viewer = env.as_role("viewer");
    let list = get(&env, &viewer, "");
    let rows: Vec<(String, String)> = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap().into(),
                r["status"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(rows.len(), 7);
    assert!(rows.contains(&("TRANSFORM_WH".into(), "pending_update".into())));
    assert_eq!(rows.iter().filter(|r| r.1 == "active").count(), 6);
    let changes = get(&env, &viewer, "/changes");
    assert_eq!(changes["data"].as_array().unwrap().len(), 1);
    let c = &changes["data"][0];
    assert_eq!(c["change_type"], "modify");
    assert_eq!(c["resource_name"], "TRANSFORM_WH");
    assert_eq!(
        c["diff"],
        json!({"size": {"from": "small", "to": "medium"}})
    );
    let types = get(&env, &viewer, "/types");
    assert_eq!(types["data"].as_array().unwrap().len(), 11);
    let db = types["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["type"] == "snowflake_database")
        .unwrap();
    assert_eq!(db["config_keys"], json!(["comment", "data_retention_days"]));
    assert_eq!(db["config"][1]["default"], 1);
    assert_eq!(db["config"][1]["maximum"], 90);
    let only = get(&env, &viewer, "?type=aws_s3_bucket&status=active");
    assert_eq!(only["data"][0]["name"], "demo-landing");
    let bad = viewer.get(&format!("{}?status=sleeping&type=oracle_table", base(&env)));
    expect_error(&bad, 400, "validation_error");
    assert_eq!(bad.fields(), ["type", "status"]);
}

#[test]
fn create_applies_type_rules_and_defaults() {
    let env = Env::start();
    let admin = env.admin();
    let db = create(
        &env,
        &admin,
        json!({"type": "snowflake_database", "name": "analytics_sandbox"}),
    );
    assert_eq!(db["name"], "ANALYTICS_SANDBOX");
    assert_eq!(db["status"], "pending_create");
    assert_eq!(
        db["config"],
        json!({"comment": null, "data_retention_days": 1})
    );
    assert!(db["applied_at"].is_null());
    let bucket = create(
        &env,
        &admin,
        json!({"type": "aws_s3_bucket", "name": "exports", "config": {"versioning": true}}),
    );
    assert_eq!(bucket["name"], "demo-exports");
    let again = create(
        &env,
        &admin,
        json!({"type": "aws_s3_bucket", "name": "demo-exports-2"}),
    );
    assert_eq!(
        again["name"], "demo-exports-2",
        "an existing prefix is not doubled"
    );
    let wh = create(
        &env,
        &admin,
        json!({"type": "snowflake_warehouse", "name": "adhoc_wh", "config": {"size": "LARGE", "max_cluster_count": 3}}),
    );
    assert_eq!(wh["config"]["size"], "large");
    assert_eq!(wh["config"]["auto_suspend_seconds"], 600);
    let grant = create(
        &env,
        &admin,
        json!({"type": "snowflake_grant", "name": "reader", "config": {"role": "reader", "privileges": ["usage", "select", "USAGE"], "on_type": "database", "on_name": "analytics"}}),
    );
    assert_eq!(grant["config"]["privileges"], json!(["USAGE", "SELECT"]));
    assert_eq!(grant["config"]["on_name"], "ANALYTICS");

    let dup = admin.post(
        &base(&env),
        json!({"type": "snowflake_database", "name": "ANALYTICS_sandbox"}),
    );
    expect_error(&dup, 409, "conflict");
    for (body, fields) in [
        (
            json!({"type": "snowflake_database", "name": "X", "config": {"data_retention_days": 91}}),
            vec!["config.data_retention_days"],
        ),
        (
            json!({"type": "snowflake_warehouse", "name": "X", "config": {"size": "huge"}}),
            vec!["config.size"],
        ),
        (
            json!({"type": "snowflake_database", "name": "X", "config": {"colour": "blue"}}),
            vec!["config.colour"],
        ),
        (
            json!({"type": "snowflake_warehouse", "name": "X", "config": {"min_cluster_count": 4, "max_cluster_count": 2}}),
            vec!["config.min_cluster_count"],
        ),
        (
            json!({"type": "snowflake_grant", "name": "X", "config": {"privileges": []}}),
            vec![
                "config.role",
                "config.privileges",
                "config.on_type",
                "config.on_name",
            ],
        ),
        (json!({"type": "oracle_table", "name": "X"}), vec!["type"]),
        (
            json!({"type": "snowflake_database", "name": "1bad"}),
            vec!["name"],
        ),
        (
            json!({"type": "aws_s3_bucket", "name": "Upper"}),
            vec!["name"],
        ),
        (
            json!({"type": "snowflake_database", "name": "X", "config": "big"}),
            vec!["config"],
        ),
        (
            json!({"type": "snowflake_database", "name": "X", "colour": 1}),
            vec!["colour"],
        ),
    ] {
        let r = admin.post(&base(&env), body.clone());
        expect_error(&r, 400, "validation_error");
        assert_eq!(r.fields(), fields, "{body}");
    }
    let r = admin.post(
        &base(&env),
        json!({"type": "snowflake_database", "name": "X", "config": {"colour": "blue"}}),
    );
    assert!(
        r.text()
            .contains("valid keys: comment, data_retention_days"),
        "{}",
        r.text()
    );
    expect_error(
        &env.as_role("viewer")
            .post(&base(&env), json!({"type": "snowflake_role", "name": "R"})),
        403,
        "forbidden",
    );
    let by_key = env.key().post(
        &base(&env),
        json!({"type": "snowflake_role", "name": "ci_role"}),
    );
    expect(&by_key, 201);
}

#[test]
fn create_plan_apply_makes_resources_active_on_the_clock() {
    let env = Env::start();
    let admin = env.admin();
    let db = create(
        &env,
        &admin,
        json!({"type": "snowflake_database", "name": "MARTS", "config": {"data_retention_days": 14}}),
    );
    let p = plan(&env, &admin);
    assert_eq!(p["status"], "ready");
    assert_eq!(
        p["summary"],
        json!({"create": 1, "modify": 1, "destroy": 0})
    );
    let create_change = &p["changes"][0];
    assert_eq!(
        create_change["change_type"], "create",
        "creates come first: {p}"
    );
    assert_eq!(
        create_change["diff"],
        json!({"data_retention_days": {"from": null, "to": 14}})
    );
    let a = apply(&env, &admin, p["id"].as_str().unwrap());
    assert_eq!(a["status"], "running");
    assert_eq!(a["results"][0]["status"], "applying");
    assert_eq!(a["results"][1]["status"], "pending");
    let path = format!("/applies/{}", a["id"].as_str().unwrap());
    // A database takes 6 s, then the warehouse modify 5 s.
    env.sb.advance(6);
    let mid = get(&env, &admin, &path);
    assert_eq!(mid["results"][0]["status"], "succeeded");
    assert_eq!(mid["results"][1]["status"], "applying");
    assert_eq!(mid["status"], "running");
    let marts = get(&env, &admin, &format!("/{}", db["id"].as_str().unwrap()));
    assert_eq!(marts["status"], "active");
    assert_eq!(marts["applied_at"], "2026-11-28T09:00:06Z");
    env.sb.advance(5);
    let done = get(&env, &admin, &path);
    assert_eq!(done["status"], "succeeded");
    assert_eq!(done["ended_at"], "2026-11-28T09:00:11Z");
    assert_eq!(done["results"][1]["started_at"], "2026-11-28T09:00:06Z");
    assert!(
        get(&env, &admin, "/changes")["data"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        get(
            &env,
            &admin,
            &format!("/plans/{}", p["id"].as_str().unwrap())
        )["status"],
        "applied"
    );
    let again = admin.post(
        &format!("{}/apply", base(&env)),
        json!({"plan_id": p["id"]}),
    );
    expect_error(&again, 409, "conflict");
    assert!(again.text().contains("already applied"), "{}", again.text());
    let listed = get(&env, &admin, "/applies");
    assert_eq!(listed["data"][0]["id"], a["id"]);
    let actual = env
        .control(
            "GET",
            &format!("/infrastructure/actual/{}", env.sb.demo_project_id),
            Value::Null,
        )
        .json;
    let marts_state = actual["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "MARTS")
        .unwrap();
    assert_eq!(marts_state["real"]["config"]["data_retention_days"], 14);
    let audit = env
        .admin()
        .get("/audit-log?action=infrastructure.apply_completed");
    assert_eq!(audit.json["data"][0]["outcome"], "success");
}

#[test]
fn a_later_change_makes_a_plan_stale() {
    let env = Env::start();
    let admin = env.admin();
    let p = plan(&env, &admin);
    let wh = get(&env, &admin, "?name=TRANSFORM_WH")["data"][0].clone();
    let r = admin.patch(
        &format!("{}/{}", base(&env), wh["id"].as_str().unwrap()),
        json!({"config": {"size": "large"}}),
    );
    expect(&r, 200);
    assert_eq!(r.json["status"], "pending_update");
    let stale = admin.post(
        &format!("{}/apply", base(&env)),
        json!({"plan_id": p["id"]}),
    );
    expect_error(&stale, 409, "conflict");
    assert!(
        stale.text().contains("stale") && stale.text().contains("new plan"),
        "{}",
        stale.text()
    );
    assert_eq!(
        get(
            &env,
            &admin,
            &format!("/plans/{}", p["id"].as_str().unwrap())
        )["status"],
        "stale"
    );
    assert!(
        get(&env, &admin, "/applies")["data"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let missing = admin.post(&format!("{}/apply", base(&env)), json!({}));
    expect_error(&missing, 400, "validation_error");
    expect_error(
        &admin.post(
            &format!("{}/apply", base(&env)),
            json!({"plan_id": "pln_nope"}),
        ),
        404,
        "resource_not_found",
    );
    // Changing it back to what is applied leaves nothing to do.
    let back = admin.patch(
        &format!("{}/{}", base(&env), wh["id"].as_str().unwrap()),
        json!({"config": {"size": "small"}}),
    );
    assert_eq!(back.json["status"], "active");
    let empty = plan(&env, &admin);
    assert_eq!(
        empty["summary"],
        json!({"create": 0, "modify": 0, "destroy": 0})
    );
    let a = apply(&env, &admin, empty["id"].as_str().unwrap());
    assert_eq!(a["status"], "succeeded");
}

#[test]
fn updates_keep_names_and_types_and_respect_pending_deletes() {
    let env = Env::start();
    let admin = env.admin();
    let db = get(&env, &admin, "?name=RAW")["data"][0].clone();
    let path = format!("{}/{}", base(&env), db["id"].as_str().unwrap());
    let r = admin.patch(
        &path,
        json!({"name": "RAW2", "type": "snowflake_schema", "config": {"data_retention_days": -1}}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["type", "name", "config.data_retention_days"]);
    let ok = admin.patch(&path, json!({"name": "raw", "config": {"comment": null}}));
    expect(&ok, 200);
    assert_eq!(ok.json["config"]["comment"], Value::Null);
    let changes = get(&env, &admin, "/changes");
    let raw = changes["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["resource_name"] == "RAW")
        .unwrap();
    assert_eq!(
        raw["diff"],
        json!({"comment": {"from": "Landing zone for connector loads", "to": null}})
    );
    let del = admin.delete(&path);
    expect(&del, 202);
    assert_eq!(del.json["status"], "pending_delete");
    expect(&admin.delete(&path), 202);
    expect_error(
        &admin.patch(&path, json!({"config": {"comment": "x"}})),
        409,
        "conflict",
    );
    expect_error(
        &admin.get(&format!("{}/inf_nope", base(&env))),
        404,
        "resource_not_found",
    );
    expect_error(&env.as_role("viewer").delete(&path), 403, "forbidden");
}

#[test]
fn destroy_removes_the_resource_after_apply() {
    let env = Env::start();
    let admin = env.admin();
    let topic = get(&env, &admin, "?type=aws_sns_topic")["data"][0].clone();
    let id = topic["id"].as_str().unwrap();
    expect(&admin.delete(&format!("{}/{id}", base(&env))), 202);
    let p = plan(&env, &admin);
    assert_eq!(
        p["summary"],
        json!({"create": 0, "modify": 1, "destroy": 1})
    );
    let destroy = p["changes"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(destroy["change_type"], "destroy");
    assert_eq!(
        destroy["diff"],
        json!({"display_name": {"from": "Landing bucket events", "to": null}})
    );
    let a = apply(&env, &admin, p["id"].as_str().unwrap());
    // During the apply the resources it changes cannot be edited, and no new plan is made.
    let wh = get(&env, &admin, "?name=TRANSFORM_WH")["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let busy = admin.patch(
        &format!("{}/{wh}", base(&env)),
        json!({"config": {"size": "large"}}),
    );
    expect_error(&busy, 409, "conflict");
    assert!(
        busy.text().contains("is changing this resource"),
        "{}",
        busy.text()
    );
    expect_error(
        &admin.delete(&format!("{}/{wh}", base(&env))),
        409,
        "conflict",
    );
    expect_error(
        &admin.post(&format!("{}/plan", base(&env)), json!({})),
        409,
        "conflict",
    );
    env.sb.advance(60);
    let done = get(
        &env,
        &admin,
        &format!("/applies/{}", a["id"].as_str().unwrap()),
    );
    assert_eq!(done["status"], "succeeded");
    expect_error(
        &admin.get(&format!("{}/{id}", base(&env))),
        404,
        "resource_not_found",
    );
}

#[test]
fn a_resource_named_fails_fails_deterministically() {
    let env = Env::start();
    let admin = env.admin();
    let bad = create(
        &env,
        &admin,
        json!({"type": "aws_s3_bucket", "name": "fails-here"}),
    );
    let p = plan(&env, &admin);
    let a = apply(&env, &admin, p["id"].as_str().unwrap());
    env.sb.advance(30);
    let done = get(
        &env,
        &admin,
        &format!("/applies/{}", a["id"].as_str().unwrap()),
    );
    assert_eq!(done["status"], "failed");
    let failed: Vec<&Value> = done["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "failed")
        .collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["resource_name"], "demo-fails-here");
    assert!(failed[0]["error"].as_str().unwrap().contains("FAILS"));
    let r = get(&env, &admin, &format!("/{}", bad["id"].as_str().unwrap()));
    assert_eq!(r["status"], "failed");
    assert!(
        r["last_error"]
            .as_str()
            .unwrap()
            .contains("AWS rejected the create")
    );
    let retry = get(&env, &admin, "/changes");
    assert_eq!(retry["data"][0]["change_type"], "create");
    assert!(
        retry["data"][0]["summary"]
            .as_str()
            .unwrap()
            .contains("last attempt failed")
    );
    let audit = env
        .admin()
        .get("/audit-log?action=infrastructure.apply_completed");
    assert_eq!(audit.json["data"][0]["outcome"], "failure");
}

#[test]
fn drift_is_detected_by_a_check_and_reverted_by_the_next_apply() {
    let env = Env::start();
    let admin = env.admin();
    let changed = drift(
        &env,
        json!({"drift_type": "configuration_changed", "resource": "RAW", "config": {"data_retention_days": 0}}),
    );
    assert_eq!(changed["actual"]["config"]["data_retention_days"], 0);
    drift(
        &env,
        json!({"drift_type": "deleted_outside", "resource": "demo-landing"}),
    );
    drift(
        &env,
        json!({"drift_type": "permissions_changed", "resource": "ANALYTICS"}),
    );
    drift(
        &env,
        json!({"drift_type": "permissions_changed", "resource": "TRANSFORMER_ON_ANALYTICS"}),
    );
    drift(
        &env,
        json!({"drift_type": "added_outside", "resource_type": "snowflake_warehouse", "name": "ADHOC_WH", "config": {"size": "large"}}),
    );
    assert!(
        get(&env, &admin, "/drift")["data"]
            .as_array()
            .unwrap()
            .is_empty(),
        "not seen before a reconciliation"
    );
    let p = plan(&env, &admin);
    let check = admin.post(&format!("{}/drift/check", base(&env)), json!({}));
    expect(&check, 202);
    assert_eq!(check.json["status"], "running");
    assert_eq!(check.json["resources_checked"], 8);
    expect_error(
        &admin.post(&format!("{}/drift/check", base(&env)), json!({})),
        409,
        "conflict",
    );
    env.sb.advance(13);
    let done = get(
        &env,
        &admin,
        &format!("/drift/checks/{}", check.json["id"].as_str().unwrap()),
    );
    assert_eq!(done["status"], "completed");
    assert_eq!(done["ended_at"], "2026-11-28T09:00:13Z");
    assert_eq!(done["drift_detected"], 5);
    let items = get(&env, &admin, "/drift")["data"]
        .as_array()
        .unwrap()
        .clone();
    let kinds: Vec<(&str, &str)> = items
        .iter()
        .map(|i| {
            (
                i["resource_name"].as_str().unwrap(),
                i["drift_type"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("RAW", "configuration_changed"),
            ("ANALYTICS", "permissions_changed"),
            ("TRANSFORMER_ON_ANALYTICS", "permissions_changed"),
            ("demo-landing", "deleted_outside"),
            ("ADHOC_WH", "added_outside"),
        ]
    );
    assert_eq!(
        items[0]["diff"],
        json!({"data_retention_days": {"from": 7, "to": 0}})
    );
    assert_eq!(items[0]["detected_at"], "2026-11-28T09:00:13Z");
    assert!(
        items[1]["details"]
            .as_str()
            .unwrap()
            .contains("GRANT USAGE ON DATABASE ANALYTICS TO ROLE PUBLIC")
    );
    assert!(items[4]["resource_id"].is_null());
    assert_eq!(
        get(&env, &admin, "?name=RAW")["data"][0]["status"],
        "drifted"
    );
    assert_eq!(
        get(
            &env,
            &admin,
            &format!("/plans/{}", p["id"].as_str().unwrap())
        )["status"],
        "stale"
    );
    let fix = plan(&env, &admin);
    let by_name = |n: &str| {
        fix["changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["resource_name"] == n)
            .cloned()
            .unwrap()
    };
    assert_eq!(by_name("RAW")["change_type"], "modify");
    assert!(
        by_name("RAW")["summary"]
            .as_str()
            .unwrap()
            .starts_with("Revert changes made outside Rime")
    );
    assert_eq!(by_name("demo-landing")["change_type"], "create");
    assert_eq!(by_name("ANALYTICS")["diff"]["grants"]["to"], json!([]));
    assert_eq!(
        by_name("TRANSFORMER_ON_ANALYTICS")["diff"]["privileges"]["to"],
        json!(["USAGE", "CREATE SCHEMA"])
    );
    assert!(
        fix["changes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["resource_name"] != "ADHOC_WH"),
        "outside objects are not planned"
    );
    apply(&env, &admin, fix["id"].as_str().unwrap());
    env.sb.advance(120);
    let left = get(&env, &admin, "/drift")["data"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(
        left.len(),
        1,
        "only the unmanaged warehouse stays: {left:?}"
    );
    assert_eq!(
        get(&env, &admin, "?name=RAW")["data"][0]["status"],
        "active"
    );
}

#[test]
fn scheduled_reconciliation_detects_drift_without_a_check() {
    let env = Env::start();
    drift(
        &env,
        json!({"drift_type": "configuration_changed", "resource": "TRANSFORM_WH"}),
    );
    // The clock starts at 09:00; with the default 6-hour interval the next run is at 12:00.
    env.sb.advance(3 * 3600 - 1);
    let admin = env.admin();
    assert!(
        get(&env, &admin, "/drift")["data"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    env.sb.advance(1);
    let items = get(&env, &admin, "/drift");
    assert_eq!(items["data"][0]["detected_at"], "2026-11-28T12:00:00Z");
    assert_eq!(
        items["data"][0]["diff"],
        json!({"size": {"from": "small", "to": "large"}})
    );
    let audit = admin.get("/audit-log?action=infrastructure.drift_detected");
    assert_eq!(audit.json["data"][0]["actor"]["type"], "system");
    // With drift detection off, only an explicit check looks.
    let r = admin.patch(
        &format!("/projects/{}", env.sb.demo_project_id),
        json!({"settings": {"drift_detection": {"enabled": false}}}),
    );
    expect(&r, 200);
    drift(
        &env,
        json!({"drift_type": "deleted_outside", "resource": "RAW"}),
    );
    env.sb.advance(24 * 3600);
    let admin = env.admin();
    let items = get(&env, &admin, "/drift");
    assert_eq!(items["data"].as_array().unwrap().len(), 1, "{items}");
}

#[test]
fn the_drift_control_rejects_what_cannot_happen() {
    let env = Env::start();
    let admin = env.admin();
    create(
        &env,
        &admin,
        json!({"type": "snowflake_role", "name": "NEW_ROLE"}),
    );
    let addr = env.addr;
    let send = |body: Value| {
        crate::http::send(
            addr,
            &Req {
                method: "POST",
                path: "/_sandbox/infrastructure/drift",
                headers: vec![],
                body: Some(("application/json", body.to_string().into_bytes())),
            },
        )
        .unwrap()
    };
    let r =
        send(json!({"project": "demo", "drift_type": "deleted_outside", "resource": "NEW_ROLE"}));
    assert_eq!(r.status, 409, "{}", r.text());
    let r = send(
        json!({"project": "demo", "drift_type": "configuration_changed", "resource": "TRANSFORMER"}),
    );
    assert_eq!(
        r.status,
        400,
        "a role has no setting to change by default: {}",
        r.text()
    );
    let r = send(json!({"project": "demo", "drift_type": "melted"}));
    assert_eq!(r.status, 400);
    let r = send(json!({"project": "nope", "drift_type": "deleted_outside", "resource": "RAW"}));
    assert_eq!(r.status, 404);
}
