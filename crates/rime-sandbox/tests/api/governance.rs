//! Section 10: the catalogue (seeded and from connectors' schemas), classification with PII minimum
//! levels, masking, grants, PII scans on the clock and the compliance reports.

use serde_json::{Value, json};

use crate::support::*;

fn gov(env: &Env) -> String {
    format!("/projects/{}/governance", env.sb.demo_project_id)
}

fn all_columns(c: &Client, env: &Env, query: &str) -> Vec<Value> {
    let r = c.get(&format!("{}/columns?limit=100{query}", gov(env)));
    expect(&r, 200);
    r.json["data"].as_array().unwrap().clone()
}

fn paths(cols: &[Value]) -> Vec<String> {
    cols.iter()
        .map(|c| c["path"].as_str().unwrap().to_string())
        .collect()
}

fn column(c: &Client, env: &Env, path: &str) -> Value {
    let r = c.get(&format!("{}/columns/{path}", gov(env)));
    expect(&r, 200);
    r.json
}

const EMAIL: &str = "ANALYTICS.CRM.CUSTOMERS.EMAIL";
const IRD: &str = "ANALYTICS.CRM.CUSTOMERS.IRD_NUMBER";
const PHONE: &str = "ANALYTICS.CRM.CUSTOMERS.PHONE";

#[test]
fn the_catalogue_joins_seeds_and_connector_schemas() {
    let env = Env::start();
    let admin = env.admin();
    let pid = env.sb.demo_project_id.clone();
    let cols = all_columns(&admin, &env, "");
    assert!(cols.len() >= 37, "{}", cols.len());
    let ird = cols.iter().find(|c| c["path"] == IRD).unwrap();
    assert_eq!(
        (
            &ird["privacy_level"],
            &ird["masking"],
            &ird["source"]["type"]
        ),
        (&Value::Null, &json!("full"), &json!("seed"))
    );
    let email = column(&admin, &env, "analytics.crm.customers.email");
    assert_eq!(
        (&email["path"], &email["pii_type"], &email["masking"]),
        (&json!(EMAIL), &json!("email"), &json!("partial"))
    );
    let total = column(&admin, &env, "ANALYTICS.SALES.ORDERS.TOTAL_NZD");
    assert_eq!(total["masking"], "hash", "the seeded internal-level policy");
    assert!(
        total["masking_policy_id"]
            .as_str()
            .unwrap()
            .starts_with("msk_")
    );
    assert_eq!(
        column(&admin, &env, "ANALYTICS.SALES.PRODUCTS.PRICE_NZD")["masking"],
        Value::Null
    );
    expect_error(
        &admin.get(&format!(
            "{}/columns/ANALYTICS.CRM.CUSTOMERS.NOPE",
            gov(&env)
        )),
        404,
        "resource_not_found",
    );

    let connector = env
        .control(
            "POST",
            "/objects",
            json!({"kind": "connector", "scope": pid, "project_id": pid, "name": "shop-db",
                   "body": {"name": "shop-db", "status": "active"}}),
        )
        .json;
    let cid = connector["id"].as_str().unwrap();
    env.control(
        "POST",
        "/objects",
        json!({"kind": "connector_schema", "scope": cid, "project_id": pid, "body": {
            "connector_id": cid, "discovered_at": "2026-11-28T08:00:00Z", "tables": [
                {"name": "members", "selected": true, "columns": [
                    {"name": "id", "source_type": "int4", "snowflake_type": "NUMBER(38,0)", "nullable": false, "selected": true},
                    {"name": "contact email", "source_type": "text", "snowflake_type": "VARCHAR", "nullable": true, "selected": true},
                    {"name": "mobile_phone", "source_type": "text", "snowflake_type": "VARCHAR", "nullable": true, "selected": true},
                    {"name": "ird", "source_type": "text", "snowflake_type": "VARCHAR", "nullable": true, "selected": true},
                    {"name": "secret_notes", "source_type": "text", "snowflake_type": "VARCHAR", "nullable": true, "selected": false}]},
                {"name": "audit_trail", "selected": false, "columns": [
                    {"name": "x", "source_type": "text", "snowflake_type": "VARCHAR", "nullable": true, "selected": true}]}]}}),
    );
    // The demo connectors' schemas are catalogued too; look at this test's connector only.
    let raw = all_columns(&admin, &env, "&database=raw&schema=shop_db");
    assert_eq!(
        paths(&raw),
        [
            "RAW.SHOP_DB.MEMBERS.ID",
            "RAW.SHOP_DB.MEMBERS.CONTACT_EMAIL",
            "RAW.SHOP_DB.MEMBERS.MOBILE_PHONE",
            "RAW.SHOP_DB.MEMBERS.IRD"
        ]
    );
    assert_eq!(
        raw[1]["source"],
        json!({"type": "connector", "connector_id": cid})
    );
    assert_eq!(raw[0]["data_type"], "NUMBER(38,0)");

    let classified = all_columns(&admin, &env, "&classified=true");
    assert_eq!(classified.len(), 9);
    assert_eq!(
        paths(&all_columns(&admin, &env, "&pii_type=email")),
        [EMAIL]
    );
    assert_eq!(
        all_columns(&admin, &env, "&privacy_level=public&table=products").len(),
        4
    );
    let r = admin.get(&format!(
        "{}/columns?classified=maybe&privacy_level=secret&pii_type=tfn",
        gov(&env)
    ));
    expect_error(&r, 400, "validation_error");
    let mut fields = r.fields();
    fields.sort();
    assert_eq!(fields, ["classified", "pii_type", "privacy_level"]);
    let page = admin.get(&format!("{}/columns?limit=5", gov(&env)));
    assert_eq!(ids_or_paths(&page).len(), 5);
    let next = page.json["next_cursor"].as_str().unwrap();
    let page2 = admin.get(&format!("{}/columns?limit=5&cursor={next}", gov(&env)));
    assert_eq!(page2.json["data"][0]["path"], cols[5]["path"]);
}

fn ids_or_paths(r: &Resp) -> Vec<String> {
    paths(r.json["data"].as_array().unwrap())
}

#[test]
fn classification_enforces_minimum_levels_and_records_who() {
    let env = Env::start();
    let gov_admin = env.as_role("governance_admin");
    let item = |p: &str| format!("{}/columns/{p}", gov(&env));

    let low = gov_admin.patch(
        &item(IRD),
        json!({"privacy_level": "internal", "pii_type": "ird_number"}),
    );
    expect_error(&low, 422, "unprocessable_entity");
    assert_eq!(low.fields(), ["privacy_level"]);
    let bare = gov_admin.patch(&item(IRD), json!({"pii_type": "ird_number"}));
    expect_error(&bare, 422, "unprocessable_entity");
    let bad = gov_admin.patch(
        &item(IRD),
        json!({"privacy_level": "secret", "pii_type": "tfn", "owner": "x"}),
    );
    expect_error(&bad, 400, "validation_error");
    let mut fields = bad.fields();
    fields.sort();
    assert_eq!(fields, ["owner", "pii_type", "privacy_level"]);

    env.sb.advance(60);
    let ok = gov_admin.patch(
        &item(IRD),
        json!({"privacy_level": "restricted", "pii_type": "ird_number"}),
    );
    expect(&ok, 200);
    assert_eq!(
        (
            &ok.json["privacy_level"],
            &ok.json["pii_type"],
            &ok.json["masking"],
            &ok.json["classified_by"],
            &ok.json["classified_at"]
        ),
        (
            &json!("restricted"),
            &json!("ird_number"),
            &json!("full"),
            &json!("governance@sandbox.rime.test"),
            &json!("2026-11-28T09:01:00Z")
        )
    );
    let phone = gov_admin.patch(
        &item(PHONE),
        json!({"privacy_level": "confidential", "pii_type": "phone"}),
    );
    assert_eq!(phone.json["masking"], "partial");
    assert!(
        phone.json["masking_policy_id"].as_str().is_some(),
        "the seeded phone policy"
    );
    let moved = gov_admin.patch(&item(PHONE), json!({"privacy_level": "restricted"}));
    assert_eq!(moved.json["pii_type"], "phone");
    let cleared = gov_admin.patch(&item(PHONE), json!({"privacy_level": null}));
    expect(&cleared, 200);
    assert_eq!(
        (
            &cleared.json["pii_type"],
            &cleared.json["masking"],
            &cleared.json["classified_by"]
        ),
        (&Value::Null, &json!("full"), &Value::Null)
    );

    let admin = env.admin();
    for (who, status) in [
        (env.as_role("editor"), 403),
        (env.as_role("viewer"), 403),
        (env.key(), 403),
    ] {
        expect_error(
            &who.patch(&item(PHONE), json!({"privacy_level": "internal"})),
            status,
            "forbidden",
        );
    }
    expect(
        &admin.patch(&item(PHONE), json!({"privacy_level": "internal"})),
        200,
    );
    expect(&env.key().get(&item(PHONE)), 200);

    let log = admin.get("/audit-log?resource_type=column&limit=100").json;
    let actions: Vec<&str> = log["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "column.classified",
            "column.declassified",
            "column.reclassified",
            "column.classified",
            "column.classified"
        ]
    );
    let re = &log["data"][2];
    assert_eq!(re["details"]["from"]["privacy_level"], "confidential");
    assert_eq!(re["details"]["to"]["privacy_level"], "restricted");
    assert_eq!(re["resource_id"], PHONE);
}

#[test]
fn masking_policies_and_grants() {
    let env = Env::start();
    let g = env.as_role("governance_admin");
    let policies = format!("{}/masking-policies", gov(&env));
    for (body, status, field) in [
        (
            json!({"name": "p", "masking_type": "partial", "applies_to": {}}),
            400,
            "applies_to.privacy_level",
        ),
        (
            json!({"name": "p", "masking_type": "partial", "applies_to": {"privacy_level": "internal", "pii_type": "email"}}),
            400,
            "applies_to.pii_type",
        ),
        (
            json!({"name": "p", "masking_type": "scramble", "applies_to": {"pii_type": "email"}}),
            400,
            "masking_type",
        ),
        (
            json!({"name": "p", "masking_type": "hash", "applies_to": {"pii_type": "email"}, "config": {"algorithm": "md5"}}),
            400,
            "config.algorithm",
        ),
        (
            json!({"name": "p", "masking_type": "partial", "applies_to": {"pii_type": "name"}}),
            422,
            "masking_type",
        ),
        (
            json!({"name": "p", "masking_type": "date_truncate", "applies_to": {"pii_type": "email"}}),
            422,
            "masking_type",
        ),
    ] {
        let r = g.post(&policies, body.clone());
        assert_eq!(r.status, status, "{body}: {}", r.text());
        assert!(
            r.fields().contains(&field.to_string()),
            "{body}: {}",
            r.text()
        );
    }
    expect_error(
        &g.post(
            &policies,
            json!({"name": "dup", "masking_type": "full", "applies_to": {"pii_type": "phone"}}),
        ),
        409,
        "conflict",
    );
    let r = g.post(
        &policies,
        json!({"name": "email-hash", "masking_type": "hash", "applies_to": {"pii_type": "email"}}),
    );
    expect(&r, 201);
    assert_eq!(r.json["config"], json!({"algorithm": "sha256"}));
    let email = g.get(&format!("{}/columns/{EMAIL}", gov(&env))).json;
    assert_eq!(
        (&email["masking"], &email["masking_policy_id"]),
        (&json!("hash"), &r.json["id"])
    );
    let item = format!("{policies}/{}", r.json["id"].as_str().unwrap());
    let p = g.patch(
        &item,
        json!({"masking_type": "partial", "config": {"show_first": 1, "show_last": 0}}),
    );
    expect(&p, 200);
    assert_eq!(p.json["config"], json!({"show_first": 1, "show_last": 0}));
    expect_error(&env.as_role("editor").delete(&item), 403, "forbidden");
    expect(&g.delete(&item), 204);
    assert_eq!(
        g.get(&format!("{}/columns/{EMAIL}", gov(&env))).json["masking"],
        "partial"
    );

    let grants = format!("{}/grants", gov(&env));
    let created = g.post(
        &grants,
        json!({"role": "marketing_analyst", "pii_type": "email"}),
    );
    expect(&created, 201);
    assert_eq!(created.json["role"], "MARKETING_ANALYST");
    assert_eq!(created.json["privacy_level"], Value::Null);
    expect_error(
        &g.post(
            &grants,
            json!({"role": "Marketing_Analyst", "pii_type": "email"}),
        ),
        409,
        "conflict",
    );
    for body in [
        json!({"role": "x", "pii_type": "email", "privacy_level": "internal"}),
        json!({"role": "x"}),
        json!({"role": "1bad role", "privacy_level": "internal"}),
    ] {
        expect_error(&g.post(&grants, body), 400, "validation_error");
    }
    let gid = created.json["id"].as_str().unwrap();
    let listed = g.get(&format!("{grants}?role=MARKETING_ANALYST"));
    assert_eq!(ids(&listed), [gid]);
    let r = g.patch(&format!("{grants}/{gid}"), json!({"role": "X"}));
    assert_eq!(r.status, 405);
    expect(&g.delete(&format!("{grants}/{gid}")), 204);
    expect_error(
        &g.delete(&format!("{grants}/{gid}")),
        404,
        "resource_not_found",
    );
}

#[test]
fn pii_scans_find_nz_and_au_patterns_and_only_flag() {
    let env = Env::start();
    let g = env.as_role("governance_admin");
    let scans = format!("{}/pii-scans", gov(&env));
    let bad = g.post(&scans, json!({"database": "NOWHERE"}));
    expect_error(&bad, 422, "unprocessable_entity");
    assert_eq!(bad.fields(), ["database"]);
    expect_error(
        &g.post(&scans, json!({"tables": "x"})),
        400,
        "validation_error",
    );
    expect_error(
        &env.as_role("viewer").post(&scans, json!({})),
        403,
        "forbidden",
    );

    let started = g.post(&scans, json!({"database": "analytics"}));
    expect(&started, 202);
    let scan = started.json;
    assert_eq!(
        (&scan["status"], &scan["columns_scanned"]),
        (&json!("running"), &json!(28))
    );
    let item = format!("{scans}/{}", scan["id"].as_str().unwrap());
    env.sb.advance(37);
    assert_eq!(g.get(&item).json["status"], "running");
    env.sb.advance(1);
    let done = g.get(&item).json;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["ended_at"], "2026-11-28T09:00:38Z");
    let findings: Vec<(String, String, f64)> = done["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("ANALYTICS.")
                    .to_string(),
                f["pii_type"].as_str().unwrap().to_string(),
                f["confidence"].as_f64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("CRM.CUSTOMERS.FIRST_NAME", "name"),
        ("CRM.CUSTOMERS.LAST_NAME", "name"),
        ("CRM.CUSTOMERS.PHONE", "phone"),
        ("CRM.CUSTOMERS.IRD_NUMBER", "ird_number"),
        ("CRM.CUSTOMERS.NHI_NUMBER", "nhi_number"),
        ("CRM.CUSTOMERS.DATE_OF_BIRTH", "date_of_birth"),
        ("CRM.CUSTOMERS.STREET_ADDRESS", "address"),
        ("SALES.ORDERS.SHIPPING_ADDRESS", "address"),
        ("SUPPORT.TICKETS.CUSTOMER_EMAIL", "email"),
        ("SUPPORT.TICKETS.CONTACT_PHONE", "phone"),
        ("FINANCE.PAYOUTS.BANK_ACCOUNT", "bank_account"),
        ("HR.STAFF.FULL_NAME", "name"),
        ("HR.STAFF.PASSPORT_NUMBER", "passport"),
        ("HR.STAFF.DRIVERS_LICENCE", "drivers_licence"),
    ];
    assert_eq!(
        findings
            .iter()
            .map(|(p, t, _)| (p.as_str(), t.as_str()))
            .collect::<Vec<_>>(),
        expected
    );
    assert!(findings.iter().all(|(_, _, c)| *c == 1.0), "{findings:?}");

    let flagged = all_columns(&g, &env, "&flagged=true");
    assert_eq!(flagged.len(), expected.len());
    let ird = flagged.iter().find(|c| c["path"] == IRD).unwrap();
    assert_eq!(ird["flagged"]["pii_type"], "ird_number");
    assert_eq!(ird["privacy_level"], Value::Null, "a scan never classifies");
    let classified = g.patch(
        &format!("{}/columns/{IRD}", gov(&env)),
        json!({"privacy_level": "restricted", "pii_type": "ird_number"}),
    );
    assert_eq!(
        classified.json["flagged"],
        Value::Null,
        "classifying reviews the flag"
    );
    let dismissed = g.patch(
        &format!("{}/columns/{PHONE}", gov(&env)),
        json!({"flagged": null}),
    );
    assert_eq!(
        (&dismissed.json["flagged"], &dismissed.json["privacy_level"]),
        (&Value::Null, &Value::Null)
    );
    expect_error(
        &g.patch(
            &format!("{}/columns/{PHONE}", gov(&env)),
            json!({"flagged": {"pii_type": "phone"}}),
        ),
        400,
        "validation_error",
    );

    let listed = g.get(&scans);
    assert_eq!(ids(&listed)[0], scan["id"].as_str().unwrap());

    let admin = env.admin();
    let p = admin
        .post(
            "/projects",
            json!({"name": "No Snowflake", "identifier": "no-snowflake"}),
        )
        .json;
    let pid = p["id"].as_str().unwrap();
    env.control(
        "POST",
        "/objects",
        json!({"kind": "catalog_table", "scope": pid, "project_id": pid, "body": {
            "database": "LAKE", "schema": "PUBLIC", "table": "PEOPLE",
            "columns": [{"name": "EMAIL", "data_type": "VARCHAR", "samples": ["a@example.com"]}]}}),
    );
    let s = admin.post(&format!("/projects/{pid}/governance/pii-scans"), json!({}));
    expect(&s, 202);
    assert_eq!(s.json["columns_scanned"], 1);
    env.sb.advance(11);
    let failed = admin
        .get(&format!(
            "/projects/{pid}/governance/pii-scans/{}",
            s.json["id"].as_str().unwrap()
        ))
        .json;
    assert_eq!(failed["status"], "failed");
    assert!(failed["error"].as_str().unwrap().contains("Snowflake"));

    let log = admin
        .get("/audit-log?resource_type=pii_scan&limit=100")
        .json;
    let actions: Vec<&str> = log["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "pii_scan.failed",
            "pii_scan.started",
            "pii_scan.completed",
            "pii_scan.started"
        ]
    );
}

#[test]
fn coverage_and_access_matrix_reports() {
    let env = Env::start();
    let v = env.as_role("viewer");
    let cov = v.get(&format!("{}/reports/coverage", gov(&env)));
    expect(&cov, 200);
    // Raw connector columns (all unclassified in the seed) count too; ANALYTICS is the curated one.
    let dbs = cov.json["by_database"].as_array().unwrap();
    let total: u64 = dbs.iter().map(|d| d["total"].as_u64().unwrap()).sum();
    assert_eq!(cov.json["overall"]["classified"], 9);
    assert_eq!(cov.json["overall"]["total"], total);
    let analytics = dbs.iter().find(|d| d["database"] == "ANALYTICS").unwrap();
    assert_eq!(
        (
            &analytics["classified"],
            &analytics["total"],
            &analytics["percent"]
        ),
        (&json!(9), &json!(35), &json!(25.7))
    );
    let schemas: Vec<&str> = analytics["schemas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["schema"].as_str().unwrap())
        .collect();
    assert_eq!(
        schemas,
        ["CRM", "SALES", "SUPPORT", "FINANCE", "HR"],
        "INFORMATION_SCHEMA is left out"
    );
    let sales = &dbs[0]["schemas"][1];
    assert_eq!(
        (&sales["classified"], &sales["total"]),
        (&json!(7), &json!(10))
    );
    assert_eq!(
        sales["tables"][1],
        json!({"table": "PRODUCTS", "classified": 4, "total": 4, "percent": 100.0})
    );
    assert_eq!(
        cov.json["unclassified"].as_array().unwrap().len() as u64,
        total - 9
    );

    let m = v.get(&format!(
        "{}/reports/access-matrix?table=customers",
        gov(&env)
    ));
    expect(&m, 200);
    assert_eq!(
        m.json["roles"],
        json!([
            "ANALYST",
            "COMPLIANCE_OFFICER",
            "DATA_ENGINEER",
            "SUPPORT_AGENT"
        ])
    );
    let row = |p: &str| {
        m.json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["path"] == p)
            .unwrap()
            .clone()
    };
    assert_eq!(
        row(EMAIL)["visible_to"],
        json!(["COMPLIANCE_OFFICER", "DATA_ENGINEER", "SUPPORT_AGENT"])
    );
    assert_eq!(
        row("ANALYTICS.CRM.CUSTOMERS.CUSTOMER_ID")["visible_to"],
        json!(["ANALYST", "COMPLIANCE_OFFICER", "DATA_ENGINEER"])
    );
    assert_eq!(row(IRD)["visible_to"], json!([]));
    let analyst = v
        .get(&format!("{}/reports/access-matrix?role=analyst", gov(&env)))
        .json;
    let seen: Vec<&str> = analyst["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        seen.len(),
        8,
        "4 public products + 4 internal columns: {seen:?}"
    );
}
