//! Models: flags and files, list columns, replace-on-update, and every validation rule as the user sees it.

use serde_json::json;

use super::{last_body, make, model, tf};
use crate::common::Env;

const MODELS: &str = "/projects/{project_id}/transformations/{transformation_id}/models";
const MODEL: &str = "/projects/{project_id}/transformations/{transformation_id}/models/{model_id}";

#[test]
fn models_from_flags() {
    let env = Env::new();
    make(&env, "shop");
    let out = tf(
        &env,
        "tf models create shop --name stg_orders --kind staging --source raw.orders --test order_id:unique --test status:accepted_values=placed,shipped:warn -o json",
    )
    .ok();
    out.stderr_has("created model `stg_orders`");
    assert_eq!(
        last_body(&env, "POST", MODELS),
        json!({"name": "stg_orders", "kind": "staging", "sources": ["raw.orders"], "tests": [
            {"type": "unique", "column": "order_id"},
            {"type": "accepted_values", "column": "status", "values": ["placed", "shipped"], "severity": "warn"}
        ]})
    );
    let m = out.json();
    assert_eq!(m["tests"][0]["name"], "unique_stg_orders_order_id");
    assert_eq!(m["tests"][0]["severity"], "error", "the default severity");
    model(
        &env,
        "shop",
        "dim_order",
        "dimension",
        &["stg_orders"],
        &["order_id:relationships=stg_orders.order_id"],
    );

    let list = tf(&env, "tf models list shop").ok();
    let lines: Vec<&str> = list.stdout.lines().collect();
    assert_eq!(lines[0], "NAME\tKIND\tSOURCES\tTESTS\tUPDATED\tID");
    assert!(
        lines[1].starts_with("stg_orders\tstaging\traw.orders\t2\t2026-11-28T09:00:00Z\tmdl_"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("dim_order\tdimension\tstg_orders\t1\t"),
        "{}",
        lines[2]
    );
    assert_eq!(lines.len(), 3);
    let listed = tf(&env, "tf models ls shop -o json").ok().json();
    assert_eq!(listed[1]["tests"][0]["to"], "stg_orders");
    let id = listed[0]["id"].as_str().unwrap().to_string();
    for key in ["stg_orders", id.as_str()] {
        let got = tf(&env, format!("tf models get shop '{key}' -o json"))
            .ok()
            .json();
        assert_eq!(got["id"], id.as_str());
    }

    // --source and --test replace their lists; --no-tests clears; other fields stay.
    let out = tf(
        &env,
        "tf models update shop dim_order --source stg_orders --no-tests --description Orders -o json",
    )
    .ok();
    assert_eq!(
        last_body(&env, "PATCH", MODEL),
        json!({"description": "Orders", "sources": ["stg_orders"], "tests": []})
    );
    assert_eq!(out.json()["tests"], json!([]));
    assert_eq!(out.json()["kind"], "dimension");
    tf(&env, "tf models update shop dim_order")
        .code(2)
        .stderr_has("nothing to update");
    tf(&env, "tf models delete shop dim_order")
        .code(2)
        .stderr_has("--yes");
    tf(&env, "tf models rm shop dim_order --yes")
        .ok()
        .stderr_has("deleted model `dim_order`");
    tf(&env, "tf models get shop dim_order")
        .code(5)
        .stderr_has("hint: run `rime transformations models list shop` to see them");
    tf(&env, "tf models list nope")
        .code(5)
        .stderr_has("no transformation named");
}

#[test]
fn models_from_a_file_with_set_on_top() {
    let env = Env::new();
    let file = env.dir.path().join("hier.yaml");
    std::fs::write(
        &file,
        "name: hierarchy_org_chart\nkind: hierarchy\nsources: [stg_products]\nconfig:\n  child_key: node_id\n  parent_key: parent_id\n  label_column: title\ntests:\n  - {type: not_null, column: node_id}\n  - {type: accepted_values, column: level, values: [0, 1, 2], severity: warn}\n",
    )
    .unwrap();
    let m = tf(
        &env,
        format!(
            "tf models create retail_sales --from-file {} --set config.max_depth=5 -o json",
            file.display()
        ),
    )
    .ok()
    .json();
    assert_eq!(
        m["config"],
        json!({"child_key": "node_id", "parent_key": "parent_id", "label_column": "title", "max_depth": 5})
    );
    assert_eq!(m["tests"][1]["values"], json!([0, 1, 2]));
    // A fetched model goes back as it is (read-only fields are ignored).
    let fetched = env.dir.path().join("fetched.json");
    let got = tf(&env, "tf models get retail_sales fct_orders -o json").ok();
    std::fs::write(&fetched, &got.stdout).unwrap();
    let back = tf(
        &env,
        format!("tf models update retail_sales fct_orders --from-file {} --set 'description=Order lines' -o json", fetched.display()),
    )
    .ok()
    .json();
    assert_eq!(back["description"], "Order lines");
    assert_eq!(
        (&back["tests"], &back["config"]),
        (&got.json()["tests"], &got.json()["config"])
    );
    let bad = env.dir.path().join("bad.yaml");
    std::fs::write(&bad, "name: [unclosed\n").unwrap();
    tf(
        &env,
        format!(
            "tf models create retail_sales --from-file {}",
            bad.display()
        ),
    )
    .code(2)
    .stderr_has("bad.yaml: invalid YAML");
}

#[test]
fn bad_test_flags_are_refused_before_any_request() {
    let env = Env::new();
    for (spec, message) in [
        ("order_id", "expected COLUMN:TYPE[=ARGS][:SEVERITY]"),
        ("status:accepted_values", "accepted_values needs its values"),
        (
            "customer_id:relationships=dim_customer",
            "relationships=MODEL.FIELD",
        ),
        ("id:fuzzy", "unknown test type `fuzzy`"),
        ("id:unique=1", "a unique test takes no =ARGS"),
    ] {
        tf(
            &env,
            format!("tf models create retail_sales --name m --test {spec}"),
        )
        .code(2)
        .stderr_has(message);
    }
    tf(&env, "tf models create retail_sales --kind cube")
        .code(2)
        .stderr_has("possible values: staging, dimension, fact, mart, hub, link, satellite, business_vault, hierarchy");
    assert!(env.requests("POST", &format!("/api/v1{MODELS}")).is_empty());
}

/// Every model rule, as exit code and detail lines.
#[test]
fn validation_rules_show_their_details() {
    let env = Env::new();
    let create = |args: &[&str]| {
        let mut all = vec!["tf", "models", "create", "retail_sales"];
        all.extend_from_slice(args);
        tf(&env, &all)
    };
    create(&[
        "--name",
        "Bad-Name",
        "--kind",
        "mart",
        "--source",
        "fct_orders",
    ])
    .code(7)
    .stderr_has("  - name: must be snake_case");
    create(&["--name", "x", "--kind", "mart"])
        .code(7)
        .stderr_has("  - sources: is required");
    create(&["--name", "x", "--kind", "mart", "--source", "raw.bad-name"])
        .code(7)
        .stderr_has("  - sources[0]: must be a raw table (raw.<table>) or the name of a model");
    create(&[
        "--name",
        "hub_x",
        "--kind",
        "hub",
        "--source",
        "stg_orders",
        "--set",
        "config.business_key=id",
    ])
    .code(2)
    .stderr_has(
        "error: a kimball transformation takes staging, dimension, fact, mart, hierarchy models, not `hub`",
    );
    create(&["--name", "x", "--kind", "mart", "--source", "nope"])
        .code(7)
        .stderr_has("  - sources[0]: no model named 'nope' in this transformation");
    create(&[
        "--name",
        "stg_x",
        "--kind",
        "staging",
        "--source",
        "stg_orders",
    ])
    .code(7)
    .stderr_has("  - sources: a staging model reads exactly one raw table (raw.<table>)");
    create(&["--name", "x", "--kind", "fact", "--source", "raw.orders"])
        .code(7)
        .stderr_has("only staging models read raw tables; add a staging model for raw.orders");
    create(&[
        "--name",
        "x",
        "--kind",
        "mart",
        "--source",
        "fct_orders",
        "--test",
        "c:relationships=dim_nope.id",
    ])
    .code(7)
    .stderr_has("  - tests[0].to: no model named 'dim_nope' in this transformation");
    create(&[
        "--name",
        "x",
        "--kind",
        "mart",
        "--source",
        "fct_orders",
        "--set",
        r#"tests=[{"type":"accepted_values","column":"s"}]"#,
    ])
    .code(7)
    .stderr_has("  - tests[0].values: is required");
    create(&[
        "--name",
        "x",
        "--kind",
        "mart",
        "--source",
        "fct_orders",
        "--set",
        "config.grain=day",
    ])
    .code(7)
    .stderr_has("  - config.grain: is not a known field");
    create(&[
        "--name",
        "x",
        "--kind",
        "mart",
        "--source",
        "fct_orders",
        "--set",
        "kind=cube",
    ])
    .code(7)
    .stderr_has("  - kind: must be one of: staging, dimension");
    create(&[
        "--name",
        "h",
        "--kind",
        "hierarchy",
        "--source",
        "stg_products",
    ])
    .code(7)
    .stderr_has("  - config.child_key: is required")
    .stderr_has("  - config.parent_key: is required");
    create(&[
        "--name",
        "dim_customer",
        "--kind",
        "dimension",
        "--source",
        "stg_customers",
    ])
    .code(6)
    .stderr_has("A model named 'dim_customer' already exists in this transformation.");
    // A cycle can only come from an update: stg_orders ← fct_orders ← mart_sales_daily ← …
    tf(&env, "tf models update retail_sales dim_product --source mart_sales_daily")
        .code(7)
        .stderr_has("The models would form a cycle: mart_sales_daily → dim_product → fct_orders → mart_sales_daily.");
    tf(&env, "tf models update retail_sales dim_customer --name dim_client")
        .code(6)
        .stderr_has("Model 'dim_customer' is read by fct_orders; change their sources or tests before renaming it.");
    tf(&env, "tf models delete retail_sales stg_orders --yes")
        .code(6)
        .stderr_has("Model 'stg_orders' is read by fct_orders; change their sources or tests before deleting it.");
    env.login("viewer@sandbox.rime.test", "correct-horse-viewer");
    create(&["--name", "x", "--kind", "mart", "--source", "fct_orders"]).code(4);
}

#[test]
fn data_vault_kinds() {
    let env = Env::new();
    model(
        &env,
        "crm_vault",
        "sat_account",
        "satellite",
        &["hub_account"],
        &[],
    );
    tf(&env, "tf models create crm_vault --name dim_x --kind dimension --source hub_account")
        .code(2)
        .stderr_has("a data_vault transformation takes staging, hub, link, satellite, business_vault, mart, hierarchy models, not `dimension`");
    tf(
        &env,
        "tf models create crm_vault --name hub_x --kind hub --source stg_crm_contacts",
    )
    .code(7)
    .stderr_has("config.business_key: is required");
}

#[test]
fn model_lists_follow_every_page() {
    let env = Env::new();
    let all = tf(&env, "tf models list retail_sales --page-size 2 -o ndjson").ok();
    let names: Vec<String> = all
        .ndjson()
        .iter()
        .map(|m| m["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names.len(), 9);
    assert_eq!(names[0], "stg_customers");
    assert_eq!(names[8], "hierarchy_product_categories");
    let pages = env.requests("GET", &format!("/api/v1{MODELS}"));
    assert_eq!(pages.len(), 5, "9 models, 2 a page");
    assert!(pages.iter().all(|p| p.uri.contains("limit=2")));
    let capped = tf(&env, "tf models list retail_sales --max-items 3").ok();
    assert_eq!(capped.stdout.lines().count(), 4, "a header and 3 models");
    capped.stderr_has("resume with `--cursor ");
}
