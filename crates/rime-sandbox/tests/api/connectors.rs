//! Section 5: connectors — per-type validation, write-only secrets, schedules, tests, schema, demo data, bulk.

use serde_json::{Value, json};

use crate::support::*;

pub fn base(env: &Env) -> String {
    format!("/projects/{}/connectors", env.sb.demo_project_id)
}

pub fn pg(name: &str) -> Value {
    json!({"name": name, "type": "postgresql", "config": {
        "host": "db.example.com", "port": 5432, "database": "shop", "username": "rime",
        "password": "s3cret-pg-pw"}})
}

pub fn create(env: &Env, body: Value) -> Value {
    let r = env.admin().post(&base(env), body);
    expect(&r, 201);
    r.json
}

#[test]
fn create_hides_secrets_and_fills_defaults() {
    let env = Env::start();
    let c = create(&env, pg("orders"));
    assert_eq!(c["category"], "database");
    assert_eq!(c["status"], "active");
    assert_eq!(c["config"]["password_set"], true);
    assert!(c["config"].get("password").is_none());
    assert!(c["schedule"].is_null() && c["last_run"].is_null() && c["next_run_at"].is_null());
    let got = env
        .admin()
        .get(&format!("{}/{}", base(&env), c["id"].as_str().unwrap()));
    expect(&got, 200);
    assert_eq!(got.json, c);

    let file = create(
        &env,
        json!({"name": "uploads", "type": "file", "config": {"format": "csv"}}),
    );
    assert_eq!(
        file["config"],
        json!({"format": "csv", "delimiter": ",", "quote": "\"", "header_row": 1,
               "encoding": "utf-8", "null_values": [], "skip_rows": 0})
    );
    let xero = create(
        &env,
        json!({"name": "x", "type": "xero", "config": {"access_token": "t0k"}}),
    );
    assert_eq!(
        xero["config"],
        json!({"refresh_token_set": false, "access_token_set": true})
    );

    // The audit entry shows the config without any secret.
    let audit = env.admin().get("/audit-log?action=connector.created");
    let text = audit.text();
    assert!(
        text.contains("password_set") && !text.contains("s3cret-pg-pw") && !text.contains("t0k")
    );
}

#[test]
fn every_bad_field_is_one_detail() {
    let env = Env::start();
    let r = env.admin().post(
        &base(&env),
        json!({"name": "", "type": "postgresql", "config": {"host": "https://db", "port": 70000, "colour": "red"}}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(
        r.fields(),
        [
            "name",
            "config.host",
            "config.port",
            "config.database",
            "config.username",
            "config.password",
            "config.colour"
        ]
    );
    let r = env.admin().post(
        &base(&env),
        json!({"name": "n", "type": "teradata", "config": {}}),
    );
    assert_eq!(r.fields(), ["type"]);
    let r = env.admin().post(
        &base(&env),
        json!({"name": "api", "type": "rest_api", "config": {"base_url": "ftp://x",
               "auth": {"method": "bearer", "key_name": "k"},
               "endpoints": [{"path": "users", "table": "Users"}, {"path": "/u", "table": "u"}, {"path": "/v", "table": "u"}]}}),
    );
    assert_eq!(
        r.fields(),
        [
            "config.base_url",
            "config.auth.token",
            "config.auth.key_name",
            "config.endpoints[0].path",
            "config.endpoints[0].table",
            "config.endpoints[2].table"
        ]
    );
    let r = env.admin().post(
        &base(&env),
        json!({"name": "s", "type": "shopify", "config": {"shop_domain": "x.myshopify.com"}}),
    );
    assert_eq!(r.fields(), ["config.refresh_token"]);
    let r = env.admin().post(
        &base(&env),
        json!({"name": "f", "type": "file", "config": {"format": "json", "delimiter": ";"}}),
    );
    assert_eq!(r.fields(), ["config.delimiter"]);
    // Nothing was created by any of these.
    let list = env.admin().get(&format!("{}?limit=100", base(&env)));
    assert_eq!(ids(&list).len(), 11, "only the demo connectors");
}

#[test]
fn names_are_unique_and_types_immutable() {
    let env = Env::start();
    let c = create(&env, pg("orders"));
    expect_error(
        &env.admin().post(&base(&env), pg("orders")),
        409,
        "conflict",
    );
    let path = format!("{}/{}", base(&env), c["id"].as_str().unwrap());
    let r = env.admin().patch(&path, json!({"type": "mysql"}));
    assert_eq!(r.fields(), ["type"]);
    expect_error(
        &env.admin().patch(&path, json!({"name": "orders-db"})),
        409,
        "conflict",
    );
    // Clearing a required secret is a validation error; replacing it keeps it hidden.
    let r = env
        .admin()
        .patch(&path, json!({"config": {"password": null}}));
    assert_eq!(r.fields(), ["config.password"]);
    let r = env.admin().patch(&path, json!({"name": "orders-2", "config": {"password": "new-pw", "password_set": false, "port": 6543}}));
    expect(&r, 200);
    assert_eq!(
        (r.json["name"].as_str(), r.json["config"]["port"].as_i64()),
        (Some("orders-2"), Some(6543))
    );
    assert_eq!(r.json["config"]["password_set"], true);
    let audit = env
        .admin()
        .get("/audit-log?action=connector.updated")
        .text();
    assert!(audit.contains("orders-2") && !audit.contains("new-pw"));
}

#[test]
fn switching_rest_auth_forgets_the_old_secret() {
    let env = Env::start();
    let c = create(
        &env,
        json!({"name": "api", "type": "rest_api", "config": {"base_url": "https://api.example.com/v2",
               "auth": {"method": "basic", "username": "u", "password": "p"},
               "endpoints": [{"path": "/users", "table": "users"}]}}),
    );
    assert_eq!(
        c["config"]["auth"],
        json!({"method": "basic", "username": "u", "password_set": true})
    );
    let path = format!("{}/{}", base(&env), c["id"].as_str().unwrap());
    let r = env.admin().patch(
        &path,
        json!({"config": {"auth": {"method": "bearer", "username": null, "token": "tk"}}}),
    );
    expect(&r, 200);
    assert_eq!(
        r.json["config"]["auth"],
        json!({"method": "bearer", "token_set": true})
    );
    let r = env.admin().patch(
        &path,
        json!({"config": {"auth": {"method": "basic", "token": null}}}),
    );
    assert_eq!(
        r.fields(),
        ["config.auth.username", "config.auth.password"],
        "the old password is gone"
    );
}

#[test]
fn schedules_validate_cron_and_zone_and_compute_next_run_in_the_zone() {
    let env = Env::start();
    let mut body = pg("nightly");
    for bad in [
        "0 2 * *",
        "60 * * * *",
        "0 2 * * MON",
        "@daily",
        "0 2 * * * | 0 3 * * *",
    ] {
        body["schedule"] = json!({"cron": bad});
        let r = env.admin().post(&base(&env), body.clone());
        expect_error(&r, 400, "validation_error");
        assert_eq!(
            r.json["error"]["details"],
            json!([{"field": "schedule.cron", "message": "Invalid cron expression."}]),
            "{bad}"
        );
    }
    body["schedule"] = json!({"cron": "0 2 * * *", "timezone": "Mars/Olympus"});
    let r = env.admin().post(&base(&env), body.clone());
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(r.fields(), ["schedule.timezone"]);
    // 02:00 in Auckland (NZDT, +13 on 2026-11-29) is 13:00 UTC the day before.
    body["schedule"] = json!({"cron": "0 2 * * *"});
    let c = create(&env, body.clone());
    assert_eq!(
        c["schedule"],
        json!({"cron": "0 2 * * *", "timezone": "Pacific/Auckland", "enabled": true})
    );
    assert_eq!(c["next_run_at"], "2026-11-28T13:00:00Z");
    let path = format!("{}/{}", base(&env), c["id"].as_str().unwrap());
    let r = env
        .admin()
        .patch(&path, json!({"schedule": {"timezone": "UTC"}}));
    assert_eq!(r.json["next_run_at"], "2026-11-29T02:00:00Z");
    let r = env
        .admin()
        .patch(&path, json!({"schedule": {"enabled": false}}));
    assert_eq!(
        (r.json["status"].as_str(), r.json["next_run_at"].is_null()),
        (Some("paused"), true)
    );
    let r = env
        .admin()
        .get(&format!("{}?status=paused&limit=100", base(&env)));
    assert!(ids(&r).contains(&c["id"].as_str().unwrap().to_string()));
    let r = env.admin().patch(&path, json!({"schedule": null}));
    assert_eq!(
        (r.json["status"].as_str(), r.json["schedule"].is_null()),
        (Some("active"), true)
    );
    let r = env
        .admin()
        .patch(&path, json!({"schedule": {"enabled": true}}));
    assert_eq!(r.fields(), ["schedule.cron"]);
}

#[test]
fn connection_tests_follow_the_documented_rules() {
    let env = Env::start();
    let run_test = |body: Value| {
        let c = create(&env, body);
        let r = env.admin().post(
            &format!("{}/{}/test", base(&env), c["id"].as_str().unwrap()),
            json!({}),
        );
        expect(&r, 200);
        let statuses: Vec<String> = r.json["checks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                format!(
                    "{}={}",
                    c["name"].as_str().unwrap(),
                    c["status"].as_str().unwrap()
                )
            })
            .collect();
        (r.json["success"].as_bool().unwrap(), statuses.join(" "))
    };
    assert_eq!(
        run_test(pg("ok")),
        (
            true,
            "reachability=passed authentication=passed permissions=passed".into()
        )
    );
    let mut down = pg("down");
    down["config"]["host"] = json!("unreachable.db.example.com");
    assert_eq!(
        run_test(down),
        (
            false,
            "reachability=failed authentication=skipped permissions=skipped".into()
        )
    );
    let mut wrong = pg("wrong");
    wrong["config"]["password"] = json!("wrong");
    assert_eq!(
        run_test(wrong),
        (
            false,
            "reachability=passed authentication=failed permissions=skipped".into()
        )
    );
    let mut denied = pg("denied");
    denied["config"]["username"] = json!("noaccess_bot");
    assert_eq!(
        run_test(denied),
        (
            false,
            "reachability=passed authentication=passed permissions=failed".into()
        )
    );
    let c = create(&env, pg("extra"));
    for action in ["/test", "/sync", "/schema/refresh"] {
        let r = env.admin().post(
            &format!("{}/{}{action}", base(&env), c["id"].as_str().unwrap()),
            json!({"force": true}),
        );
        assert_eq!(r.fields(), ["force"], "{action}");
    }
    let failures = env.admin().get("/audit-log?action=connector.tested").json;
    let outcomes: Vec<&str> = failures["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["failure", "failure", "failure", "success"]);
}

#[test]
fn schema_selection_and_refresh() {
    let env = Env::start();
    let c = create(&env, pg("orders"));
    let path = format!("{}/{}/schema", base(&env), c["id"].as_str().unwrap());
    let s = env.admin().get(&path);
    expect(&s, 200);
    assert_eq!(
        (s.json["status"].as_str(), s.json["discovered_at"].as_str()),
        (Some("ready"), Some("2026-11-28T09:00:00Z"))
    );
    let orders = s.json["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "orders")
        .unwrap()
        .clone();
    assert_eq!(
        orders["columns"][0],
        json!({"name": "id", "source_type": "bigint", "snowflake_type": "NUMBER(19,0)", "nullable": false, "selected": true})
    );
    let r = env.admin().patch(
        &path,
        json!({"tables": [{"name": "payments", "selected": false},
        {"name": "customers", "columns": [{"name": "email", "selected": false}]}]}),
    );
    expect(&r, 200);
    let table = |v: &Value, n: &str| {
        v["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(table(&r.json, "payments")["selected"], false);
    assert_eq!(table(&r.json, "customers")["columns"][3]["selected"], false);
    let r = env.admin().patch(&path, json!({"tables": [{"name": "nope"}, {"name": "orders", "columns": [{"name": "zzz", "selected": true}]}]}));
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(r.fields(), ["tables[0].name", "tables[1].columns[0].name"]);
    expect_error(
        &env.admin()
            .patch(&path, json!({"tables": [{"selected": true}]})),
        400,
        "validation_error",
    );

    let r = env.admin().post(&format!("{path}/refresh"), json!({}));
    expect(&r, 202);
    assert_eq!(r.json["status"], "refreshing");
    expect_error(
        &env.admin().post(&format!("{path}/refresh"), json!({})),
        409,
        "conflict",
    );
    env.sb.advance(30);
    let s = env.admin().get(&path);
    assert_eq!(
        (s.json["status"].as_str(), s.json["discovered_at"].as_str()),
        (Some("ready"), Some("2026-11-28T09:00:30Z"))
    );
    assert_eq!(
        table(&s.json, "payments")["selected"],
        false,
        "a refresh keeps the selection"
    );
}

#[test]
fn demo_data_and_bulk_connectors_page_through() {
    let env = Env::start();
    let list = env
        .as_role("viewer")
        .get(&format!("{}?limit=100", base(&env)));
    expect(&list, 200);
    let data = list.json["data"].as_array().unwrap();
    assert_eq!(data.len(), 11);
    let status = |n: &str| {
        data.iter().find(|c| c["name"] == n).unwrap()["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        (
            status("orders-db"),
            status("xero-accounting"),
            status("legacy-erp")
        ),
        ("active".into(), "paused".into(), "error".into())
    );
    let by_type = env.admin().get(&format!("{}?type=rest_api", base(&env)));
    assert_eq!(by_type.json["data"].as_array().unwrap().len(), 1);
    let bad = env
        .admin()
        .get(&format!("{}?type=teradata&status=sleepy", base(&env)));
    assert_eq!(bad.fields(), ["type", "status"]);

    env.control(
        "POST",
        "/bulk",
        json!({"kind": "connector", "count": 250, "project_id": env.sb.demo_project_id}),
    );
    let mut cursor = String::new();
    let mut seen = 0;
    loop {
        let r = env
            .admin()
            .get(&format!("{}?limit=100{cursor}", base(&env)));
        expect(&r, 200);
        seen += r.json["data"].as_array().unwrap().len();
        match r.json["next_cursor"].as_str() {
            Some(c) => cursor = format!("&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(seen, 261);
    // The first GitHub connector is the demo one; the second was bulk-created.
    let bulk = env
        .admin()
        .get(&format!("{}?type=github&limit=2", base(&env)));
    let id = bulk.json["data"][1]["id"].as_str().unwrap().to_string();
    let s = env.admin().get(&format!("{}/{id}/schema", base(&env)));
    assert_eq!(
        s.json["tables"].as_array().unwrap().len(),
        5,
        "discovered on first use"
    );
}

#[test]
fn roles_and_keys_are_enforced() {
    let env = Env::start();
    let viewer = env.as_role("viewer");
    expect_error(&viewer.post(&base(&env), pg("v")), 403, "forbidden");
    let key = env.key();
    let c = key.post(&base(&env), pg("from-ci"));
    expect(&c, 201);
    let staging = env.admin().get("/projects").json["data"][1]["id"]
        .as_str()
        .unwrap()
        .to_string();
    expect_error(
        &key.get(&format!("/projects/{staging}/connectors")),
        403,
        "forbidden",
    );
    expect_error(
        &env.admin().get(&format!("{}/con_missing", base(&env))),
        404,
        "resource_not_found",
    );
    let gone = env.admin().delete(&format!(
        "{}/{}",
        base(&env),
        c.json["id"].as_str().unwrap()
    ));
    expect(&gone, 204);
    expect_error(
        &env.admin().get(&format!(
            "{}/{}/runs",
            base(&env),
            c.json["id"].as_str().unwrap()
        )),
        404,
        "resource_not_found",
    );
}

#[test]
fn every_connector_operation_is_served_and_checked_against_the_contract() {
    let env = Env::start();
    let admin = env.admin();
    let c = create(
        &env,
        json!({"name": "files", "type": "file", "config": {"format": "csv"}}),
    );
    let one = format!("{}/{}", base(&env), c["id"].as_str().unwrap());
    expect(&admin.get(&base(&env)), 200);
    expect(&admin.get(&one), 200);
    expect(&admin.patch(&one, json!({"name": "files-2"})), 200);
    expect(&admin.post(&format!("{one}/test"), json!({})), 200);
    let boundary = "b0undary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n\r\na\n1\n\r\n--{boundary}--\r\n"
    );
    let ct = format!("multipart/form-data; boundary={boundary}");
    expect(
        &admin.raw(
            "POST",
            &format!("{one}/upload"),
            Some((&ct, body.into_bytes())),
            &[],
        ),
        201,
    );
    expect(&admin.get(&format!("{one}/schema")), 200);
    expect(
        &admin.patch(
            &format!("{one}/schema"),
            json!({"tables": [{"name": "t", "selected": true}]}),
        ),
        200,
    );
    expect(
        &admin.post(&format!("{one}/schema/refresh"), json!({})),
        202,
    );
    let run = admin.post(&format!("{one}/sync"), json!({}));
    expect(&run, 202);
    let run_path = format!("{one}/runs/{}", run.json["id"].as_str().unwrap());
    expect(&admin.get(&format!("{one}/runs")), 200);
    expect(&admin.get(&run_path), 200);
    expect(&admin.post(&format!("{run_path}/cancel"), json!({})), 200);
    expect(&admin.delete(&one), 204);

    let doc = rime_sandbox::openapi::document();
    let mut documented: Vec<String> = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        if !path.starts_with("/projects/{project_id}/connectors") {
            continue;
        }
        for method in ["get", "post", "patch", "delete"] {
            if item.get(method).is_some() {
                documented.push(format!("{} /api/v1{path}", method.to_uppercase()));
            }
        }
    }
    let served: Vec<String> = env
        .sb
        .exchanges()
        .iter()
        .filter_map(|e| e.route.as_ref().map(|r| format!("{} {r}", e.method)))
        .collect();
    assert_eq!(documented.len(), 14);
    for op in &documented {
        assert!(served.contains(op), "{op} was not exercised");
    }
    // Drop validates every one of these responses against the document.
}

#[test]
fn the_contract_rejects_a_connector_that_shows_a_secret() {
    let env = Env::start();
    let c = create(&env, pg("orders"));
    assert_eq!(
        rime_sandbox::contract::validate_schema("Connector", &c),
        Ok(())
    );
    let mut leaked = c.clone();
    leaked["config"]["password"] = json!("s3cret-pg-pw");
    let e = rime_sandbox::contract::validate_schema("Connector", &leaked).unwrap_err();
    assert!(
        e.contains("write-only field returned") && e.contains("/config/password"),
        "{e}"
    );
    let rest = create(
        &env,
        json!({"name": "api", "type": "rest_api", "config": {"base_url": "https://api.example.com",
               "auth": {"method": "oauth2_client_credentials", "token_url": "https://auth.example.com/token",
                        "client_id": "rime", "client_secret": "cs"},
               "endpoints": [{"path": "/users", "table": "users"}]}}),
    );
    assert_eq!(rest["config"]["auth"]["client_secret_set"], true);
    let mut leaked = rest.clone();
    leaked["config"]["auth"]["client_secret"] = json!("cs");
    assert!(rime_sandbox::contract::validate_schema("Connector", &leaked).is_err());
    let mut wrong_type = c.clone();
    wrong_type["config"] = rest["config"].clone();
    assert!(
        rime_sandbox::contract::validate_schema("Connector", &wrong_type).is_err(),
        "config must fit the type"
    );
}
