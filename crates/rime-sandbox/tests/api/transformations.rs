//! Section 7: transformations — methodology and tier, model rules (400/422/409), cycles, simulated
//! runs (order, subsets, failures, cancel), lineage.

use serde_json::{Value, json};

use crate::support::*;

/// The documented simulation hash (FNV-1a, 32 bit).
fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn secs(name: &str) -> i64 {
    5 + i64::from(fnv1a(name) % 26)
}

fn rows(name: &str) -> u64 {
    100 * (1 + u64::from(fnv1a(name) >> 8) % 500)
}

struct Tf {
    c: Client,
    base: String,
}

impl Tf {
    /// A new transformation in the demo project.
    fn new(env: &Env, name: &str, methodology: &str) -> Tf {
        let c = env.admin();
        let r = c.post(
            &format!("/projects/{}/transformations", env.sb.demo_project_id),
            json!({"name": name, "methodology": methodology}),
        );
        expect(&r, 201);
        let base = format!(
            "/projects/{}/transformations/{}",
            env.sb.demo_project_id,
            r.json["id"].as_str().unwrap()
        );
        Tf { c, base }
    }

    fn model(&self, body: Value) -> Resp {
        self.c.post(&format!("{}/models", self.base), body)
    }

    fn ok_model(&self, name: &str, kind: &str, sources: &[&str], tests: Value) -> Value {
        let r = self.model(json!({"name": name, "kind": kind, "sources": sources, "tests": tests}));
        expect(&r, 201);
        r.json
    }

    fn model_id(&self, name: &str) -> String {
        let r = self.c.get(&format!("{}/models", self.base));
        r.json["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == name)
            .and_then(|m| m["id"].as_str())
            .unwrap()
            .to_string()
    }

    /// Starts a run; `Value::Null` sends no body at all.
    fn run(&self, body: Value) -> Resp {
        let body = (!body.is_null()).then_some(body);
        self.c
            .call("POST", &format!("{}/runs", self.base), body, &[])
    }

    fn get_run(&self, id: &str) -> Value {
        let r = self.c.get(&format!("{}/runs/{id}", self.base));
        expect(&r, 200);
        r.json
    }
}

fn model<'a>(run: &'a Value, name: &str) -> &'a Value {
    run["models"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == name)
        .unwrap_or_else(|| panic!("no model {name} in {run}"))
}

fn statuses(run: &Value) -> Vec<(String, String)> {
    run["models"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap().to_string(),
                m["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_demo_project_has_a_kimball_and_a_data_vault_transformation() {
    let env = Env::start();
    let viewer = env.as_role("viewer");
    let r = viewer.get(&format!(
        "/projects/{}/transformations",
        env.sb.demo_project_id
    ));
    expect(&r, 200);
    let data = r.json["data"].as_array().unwrap();
    assert_eq!(data.len(), 2);
    assert_eq!(
        (
            &data[0]["name"],
            &data[0]["methodology"],
            &data[0]["model_count"]
        ),
        (&json!("retail_sales"), &json!("kimball"), &json!(9))
    );
    assert_eq!(data[0]["last_run"]["status"], "succeeded");
    assert_eq!(
        (
            &data[1]["name"],
            &data[1]["methodology"],
            &data[1]["model_count"]
        ),
        (&json!("crm_vault"), &json!("data_vault"), &json!(8))
    );
    assert!(data[1]["last_run"].is_null());
    let runs = viewer.get(&format!(
        "/projects/{}/transformations/{}/runs",
        env.sb.demo_project_id,
        data[0]["id"].as_str().unwrap()
    ));
    let run = &runs.json["data"][0];
    assert_eq!(run["trigger"], "scheduled");
    assert_eq!(run["summary"]["models_succeeded"], 9);
    assert_eq!(run["summary"]["tests_warned"], 1, "{run}");
    assert_eq!(run["summary"]["tests_failed"], 0);
    let warn = run["tests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["status"] == "warn")
        .unwrap();
    assert_eq!(warn["name"], "not_null_fct_orders_discount_broken");
    assert_eq!(
        warn["failures"],
        1 + fnv1a("not_null_fct_orders_discount_broken") % 25
    );
}

#[test]
fn creating_transformations() {
    let env = Env::start();
    let admin = env.admin();
    let path = format!("/projects/{}/transformations", env.sb.demo_project_id);
    let r = admin.post(&path, json!({"name": "orders"}));
    expect(&r, 201);
    assert_eq!(r.json["methodology"], "kimball", "Kimball is the default");
    assert_eq!(r.json["model_count"], 0);
    assert!(r.json["last_run"].is_null() && r.json["description"].is_null());
    expect_error(
        &admin.post(&path, json!({"name": "orders"})),
        409,
        "conflict",
    );
    let r = admin.post(
        &path,
        json!({"name": "", "methodology": "inmon", "extra": 1}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["name", "methodology", "extra"]);
    expect_error(
        &env.as_role("viewer").post(&path, json!({"name": "v"})),
        403,
        "forbidden",
    );
    expect_error(
        &admin.post("/projects/prj_nope/transformations", json!({"name": "x"})),
        404,
        "resource_not_found",
    );
    let r = env
        .key()
        .post(&path, json!({"name": "vault", "methodology": "data_vault"}));
    expect(&r, 201);

    env.tier("small_business");
    let r = admin.post(
        &path,
        json!({"name": "vault2", "methodology": "data_vault"}),
    );
    expect_error(&r, 403, "forbidden");
    assert!(
        r.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("small_business")
    );
    expect(&admin.post(&path, json!({"name": "kimball2"})), 201);
}

#[test]
fn the_methodology_is_fixed_at_creation() {
    let env = Env::start();
    let tf = Tf::new(&env, "sales", "kimball");
    let r = tf.c.patch(&tf.base, json!({"methodology": "data_vault"}));
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["methodology"]);
    let r = tf.c.patch(&tf.base, json!({"methodology": null}));
    expect_error(&r, 400, "validation_error");
    let r = tf.c.patch(
        &tf.base,
        json!({"methodology": "kimball", "name": "sales_v2", "description": "Star schema"}),
    );
    expect(&r, 200);
    assert_eq!(
        (&r.json["name"], &r.json["description"]),
        (&json!("sales_v2"), &json!("Star schema"))
    );
    let r = tf.c.patch(&tf.base, json!({"description": null}));
    assert!(r.json["description"].is_null());
    expect_error(
        &tf.c.patch(&tf.base, json!({"name": "retail_sales"})),
        409,
        "conflict",
    );
}

#[test]
fn model_shape_problems_answer_400_with_details() {
    let env = Env::start();
    let tf = Tf::new(&env, "t", "kimball");
    tf.ok_model("stg_a", "staging", &["raw.a"], json!([]));
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (json!({}), vec!["name", "kind", "sources"]),
        (
            json!({"name": "Bad-Name", "kind": "cube", "sources": []}),
            vec!["name", "kind", "sources"],
        ),
        (
            json!({"name": "d", "kind": "dimension", "sources": ["raw.", "Not A Model", "stg_a", "stg_a"], "colour": 1}),
            vec!["sources[0]", "sources[1]", "sources[3]", "colour"],
        ),
        (
            json!({"name": "h", "kind": "hierarchy", "sources": ["stg_a"], "config": {"parent_key": "p-k", "max_depth": 0, "shape": "x"}}),
            vec![
                "config.child_key",
                "config.parent_key",
                "config.max_depth",
                "config.shape",
            ],
        ),
        (
            json!({"name": "s", "kind": "staging", "sources": ["raw.x"], "config": {"materialization": "cube", "columns": [{"rename": "x"}, 3], "scd_type": 2}}),
            vec![
                "config.materialization",
                "config.columns[0].name",
                "config.columns[1]",
                "config.scd_type",
            ],
        ),
        (
            json!({"name": "d", "kind": "dimension", "sources": ["stg_a"], "tests": [
                {"type": "not_null"},
                {"type": "accepted_values", "column": "status"},
                {"type": "accepted_values", "column": "kind", "values": []},
                {"type": "relationships", "column": "customer_id"},
                {"type": "unique", "column": "id", "severity": "fatal", "values": [1], "to": "x"},
                {"type": "fuzzy", "column": "id"},
                {"type": "not_null", "column": "a"},
                {"type": "not_null", "column": "a"},
                "not_null"
            ]}),
            vec![
                "tests[0].column",
                "tests[1].values",
                "tests[2].values",
                "tests[3].to",
                "tests[3].field",
                "tests[4].severity",
                "tests[4].values",
                "tests[4].to",
                "tests[5].type",
                "tests[7].column",
                "tests[8]",
            ],
        ),
    ];
    for (body, fields) in cases {
        let r = tf.model(body.clone());
        expect_error(&r, 400, "validation_error");
        assert_eq!(r.fields(), fields, "{body}");
    }
}

#[test]
fn model_fit_problems_answer_422_with_details() {
    let env = Env::start();
    let tf = Tf::new(&env, "k", "kimball");
    tf.ok_model("stg_a", "staging", &["raw.a"], json!([]));
    let cases: Vec<(Value, Vec<&str>)> = vec![
        (
            json!({"name": "hub_x", "kind": "hub", "sources": ["stg_a"], "config": {"business_key": "id"}}),
            vec!["kind"],
        ),
        (
            json!({"name": "stg_b", "kind": "staging", "sources": ["stg_a"]}),
            vec!["sources"],
        ),
        (
            json!({"name": "stg_c", "kind": "staging", "sources": ["raw.b", "raw.c"]}),
            vec!["sources"],
        ),
        (
            json!({"name": "dim_b", "kind": "dimension", "sources": ["raw.b", "nope"]}),
            vec!["sources[0]", "sources[1]"],
        ),
        (
            json!({"name": "fct", "kind": "fact", "sources": ["stg_a"], "tests": [{"type": "relationships", "column": "c", "to": "dim_missing", "field": "id"}]}),
            vec!["tests[0].to"],
        ),
    ];
    for (body, fields) in cases {
        let r = tf.model(body.clone());
        expect_error(&r, 422, "unprocessable_entity");
        assert_eq!(r.fields(), fields, "{body}");
    }
    let r = tf.model(json!({"name": "stg_b", "kind": "staging", "sources": ["stg_a"]}));
    assert_eq!(
        r.json["error"]["details"][0]["message"],
        "a staging model reads exactly one raw table (raw.<table>)"
    );
    let r = tf.model(json!({"name": "hub_x", "kind": "hub", "sources": ["stg_a"], "config": {"business_key": "id"}}));
    assert_eq!(
        r.json["error"]["details"][0]["message"],
        "a kimball transformation takes staging, dimension, fact, mart, hierarchy models"
    );

    let vault = Tf::new(&env, "v", "data_vault");
    vault.ok_model("stg_a", "staging", &["raw.a"], json!([]));
    for (kind, config) in [
        ("hub", json!({"business_key": "customer_id"})),
        ("link", json!({})),
        ("satellite", json!({})),
        ("business_vault", json!({})),
        ("mart", json!({})),
        (
            "hierarchy",
            json!({"child_key": "id", "parent_key": "parent_id"}),
        ),
    ] {
        let r = vault.model(json!({"name": format!("m_{kind}"), "kind": kind, "sources": ["stg_a"], "config": config}));
        expect(&r, 201);
    }
    for kind in ["dimension", "fact"] {
        let r =
            vault.model(json!({"name": format!("m_{kind}"), "kind": kind, "sources": ["stg_a"]}));
        expect_error(&r, 422, "unprocessable_entity");
        assert_eq!(r.fields(), ["kind"]);
    }
}

#[test]
fn cycles_are_refused_naming_the_models() {
    let env = Env::start();
    let tf = Tf::new(&env, "c", "kimball");
    tf.ok_model("stg", "staging", &["raw.x"], json!([]));
    tf.ok_model("a", "dimension", &["stg"], json!([]));
    tf.ok_model("b", "fact", &["a"], json!([]));
    tf.ok_model("c", "mart", &["b"], json!([]));
    let a = tf.model_id("a");
    let r = tf.c.patch(
        &format!("{}/models/{a}", tf.base),
        json!({"sources": ["c"]}),
    );
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(
        r.json["error"]["message"],
        "The models would form a cycle: c → a → b → c."
    );
    assert_eq!(
        r.json["error"]["details"],
        json!([{"field": "sources", "message": "cycle: c → a → b → c"}])
    );
    let r = tf.model(json!({"name": "d", "kind": "mart", "sources": ["d"]}));
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(
        r.json["error"]["message"],
        "The models would form a cycle: d → d."
    );
}

#[test]
fn names_are_unique_and_read_models_cannot_be_renamed_or_deleted() {
    let env = Env::start();
    let tf = Tf::new(&env, "n", "kimball");
    let stg = tf.ok_model("stg_a", "staging", &["raw.a"], json!([]));
    assert_eq!(stg["config"], json!({}));
    assert!(stg["description"].is_null());
    let dim = tf.ok_model(
        "dim_a",
        "dimension",
        &["stg_a"],
        json!([{"type": "relationships", "column": "a_id", "to": "stg_a", "field": "id"}]),
    );
    assert_eq!(
        dim["tests"],
        json!([{"name": "relationships_dim_a_a_id", "type": "relationships", "column": "a_id",
                "severity": "error", "to": "stg_a", "field": "id"}])
    );
    let r = tf.model(json!({"name": "stg_a", "kind": "staging", "sources": ["raw.b"]}));
    expect_error(&r, 409, "conflict");
    let stg_id = tf.model_id("stg_a");
    let dim_id = tf.model_id("dim_a");
    let r = tf.c.patch(
        &format!("{}/models/{stg_id}", tf.base),
        json!({"name": "stg_renamed"}),
    );
    expect_error(&r, 409, "conflict");
    assert!(
        r.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("read by dim_a")
    );
    let r = tf.c.patch(
        &format!("{}/models/{dim_id}", tf.base),
        json!({"name": "stg_a"}),
    );
    expect_error(&r, 409, "conflict");
    expect_error(
        &tf.c.delete(&format!("{}/models/{stg_id}", tf.base)),
        409,
        "conflict",
    );
    // A merge patch: sources and tests are replaced whole, config merged, nulls clear.
    let r = tf.c.patch(
        &format!("{}/models/{dim_id}", tf.base),
        json!({"name": "dim_b", "tests": null, "config": {"scd_type": 2}, "description": "Accounts"}),
    );
    expect(&r, 200);
    assert_eq!(
        (
            &r.json["name"],
            &r.json["tests"],
            &r.json["config"],
            &r.json["description"]
        ),
        (
            &json!("dim_b"),
            &json!([]),
            &json!({"scd_type": 2}),
            &json!("Accounts")
        )
    );
    let r = tf.c.patch(
        &format!("{}/models/{dim_id}", tf.base),
        json!({"id": "other", "oops": 1}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["oops"]);
    expect(&tf.c.delete(&format!("{}/models/{dim_id}", tf.base)), 204);
    expect(&tf.c.delete(&format!("{}/models/{stg_id}", tf.base)), 204);
    expect_error(
        &tf.c.get(&format!("{}/models/{stg_id}", tf.base)),
        404,
        "resource_not_found",
    );
    expect_error(
        &env.as_role("viewer")
            .delete(&format!("{}/models/{stg_id}", tf.base)),
        403,
        "forbidden",
    );
}

/// stg_a → dim_a → fct_ab ← stg_b, fct_ab → mart_ab; tests on dim_a.
fn star(env: &Env, name: &str, dim_tests: Value) -> Tf {
    let tf = Tf::new(env, name, "kimball");
    tf.ok_model("stg_a", "staging", &["raw.a"], json!([]));
    tf.ok_model("stg_b", "staging", &["raw.b"], json!([]));
    tf.ok_model("dim_a", "dimension", &["stg_a"], dim_tests);
    tf.ok_model("fct_ab", "fact", &["dim_a", "stg_b"], json!([]));
    tf.ok_model("mart_ab", "mart", &["fct_ab"], json!([]));
    tf
}

#[test]
fn runs_follow_the_dependency_order_on_the_sandbox_clock() {
    let env = Env::start();
    let tf = star(
        &env,
        "star",
        json!([{"type": "not_null", "column": "a_id"},
               {"type": "unique", "column": "name_broken", "severity": "warn"}]),
    );
    let r = tf.run(Value::Null);
    expect(&r, 202);
    let run = r.json;
    assert_eq!(
        (&run["status"], &run["trigger"]),
        (&json!("running"), &json!("manual"))
    );
    assert_eq!(
        statuses(&run),
        [
            ("stg_a", "running"),
            ("stg_b", "running"),
            ("dim_a", "pending"),
            ("fct_ab", "pending"),
            ("mart_ab", "pending")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    let id = run["id"].as_str().unwrap().to_string();
    let dim_start = secs("stg_a");
    let fct_start = (dim_start + secs("dim_a")).max(secs("stg_b"));
    let end = fct_start + secs("fct_ab") + secs("mart_ab");
    env.sb.advance(dim_start);
    let now = tf.get_run(&id);
    assert_eq!(model(&now, "stg_a")["status"], "succeeded");
    assert_eq!(model(&now, "stg_a")["rows_affected"], rows("stg_a"));
    assert_eq!(model(&now, "dim_a")["status"], "running");
    assert!(
        now["tests"].as_array().unwrap().is_empty(),
        "dim_a not tested yet"
    );
    env.sb.advance(end - dim_start - 1);
    let now = tf.get_run(&id);
    assert_eq!(now["status"], "running");
    assert_eq!(now["duration_seconds"], end - 1);
    assert_eq!(model(&now, "mart_ab")["status"], "running");
    env.sb.advance(1);
    let done = tf.get_run(&id);
    assert_eq!(
        done["status"], "succeeded",
        "a warning keeps the run succeeded"
    );
    assert_eq!(done["duration_seconds"], end);
    let (dim, fct) = (model(&done, "dim_a"), model(&done, "fct_ab"));
    assert_eq!(dim["started_at"], model(&done, "stg_a")["ended_at"]);
    assert_eq!(fct["duration_seconds"], secs("fct_ab"));
    assert!(fct["started_at"].as_str() >= dim["ended_at"].as_str());
    assert!(fct["started_at"].as_str() >= model(&done, "stg_b")["ended_at"].as_str());
    assert_eq!(
        done["tests"],
        json!([
            {"name": "not_null_dim_a_a_id", "model": "dim_a", "type": "not_null", "column": "a_id",
             "severity": "error", "status": "pass", "failures": 0},
            {"name": "unique_dim_a_name_broken", "model": "dim_a", "type": "unique", "column": "name_broken",
             "severity": "warn", "status": "warn", "failures": 1 + fnv1a("unique_dim_a_name_broken") % 25},
        ])
    );
    let total: u64 = ["stg_a", "stg_b", "dim_a", "fct_ab", "mart_ab"]
        .iter()
        .map(|n| rows(n))
        .sum();
    assert_eq!(done["summary"]["rows_affected"], total);
    let listed = tf.c.get(&format!("{}/runs", tf.base));
    assert_eq!(listed.json["data"][0]["id"], id.as_str());
}

#[test]
fn failures_mark_the_run_failed_and_skip_what_is_downstream() {
    let env = Env::start();
    let tf = star(
        &env,
        "errors",
        json!([{"type": "not_null", "column": "id_broken"}]),
    );
    let id = tf.run(json!({})).json["id"].as_str().unwrap().to_string();
    env.sb.advance(600);
    let run = tf.get_run(&id);
    assert_eq!(run["status"], "failed", "an error-severity test failed");
    assert_eq!(run["tests"][0]["status"], "fail");
    assert_eq!(run["summary"]["models_succeeded"], 5);

    tf.ok_model("fct_broken", "fact", &["stg_b"], json!([]));
    tf.ok_model("mart_b", "mart", &["fct_broken"], json!([]));
    let id = tf.run(json!({"models": ["mart_b", "stg_a"]})).json["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.sb.advance(600);
    let run = tf.get_run(&id);
    assert_eq!(run["status"], "failed");
    assert_eq!(
        statuses(&run),
        [
            ("stg_a", "succeeded"),
            ("stg_b", "succeeded"),
            ("fct_broken", "failed"),
            ("mart_b", "skipped")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    let broken = model(&run, "fct_broken");
    assert!(broken["error"].as_str().unwrap().contains("fct_broken"));
    assert!(broken["rows_affected"].is_null());
    let skipped = model(&run, "mart_b");
    assert_eq!(skipped["ended_at"], broken["ended_at"]);
    assert!(skipped["started_at"].is_null());
    assert_eq!(run["requested_models"], json!(["mart_b", "stg_a"]));
}

#[test]
fn subset_runs_take_their_upstream_and_full_refresh_rebuilds_incremental_models() {
    let env = Env::start();
    let tf = star(&env, "subset", json!([]));
    let fct = tf.model_id("fct_ab");
    expect(
        &tf.c.patch(
            &format!("{}/models/{fct}", tf.base),
            json!({"config": {"materialization": "incremental"}}),
        ),
        200,
    );
    let run = tf.run(json!({"models": ["fct_ab"]})).json;
    let names: Vec<String> = statuses(&run).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        ["stg_a", "stg_b", "dim_a", "fct_ab"],
        "upstream included, mart_ab not"
    );
    env.sb.advance(600);
    let run = tf.get_run(run["id"].as_str().unwrap());
    assert_eq!(model(&run, "fct_ab")["rows_affected"], rows("fct_ab") / 10);
    let run = tf
        .run(json!({"models": ["fct_ab"], "full_refresh": true}))
        .json;
    assert_eq!(run["full_refresh"], true);
    env.sb.advance(600);
    let run = tf.get_run(run["id"].as_str().unwrap());
    assert_eq!(model(&run, "fct_ab")["rows_affected"], rows("fct_ab"));

    let r = tf.run(json!({"models": ["fct_ab", "nope"]}));
    expect_error(&r, 422, "unprocessable_entity");
    assert_eq!(r.fields(), ["models[1]"]);
    let r = tf.run(json!({"models": [], "full_refresh": "yes", "threads": 4}));
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["models", "full_refresh", "threads"]);
    expect(&tf.run(Value::Null), 202);
    expect_error(&tf.run(Value::Null), 409, "conflict");
    let empty = Tf::new(&env, "empty", "kimball");
    expect_error(&empty.run(Value::Null), 422, "unprocessable_entity");
}

#[test]
fn cancelling_a_run() {
    let env = Env::start();
    let tf = star(&env, "cancel", json!([]));
    let id = tf.run(Value::Null).json["id"].as_str().unwrap().to_string();
    env.sb.advance(secs("stg_a") + 1);
    expect_error(&tf.c.delete(&tf.base), 409, "conflict");
    let cancel = format!("{}/runs/{id}/cancel", tf.base);
    expect_error(
        &env.as_role("viewer").post(&cancel, json!({})),
        403,
        "forbidden",
    );
    expect_error(
        &tf.c.post(&cancel, json!({"now": true})),
        400,
        "validation_error",
    );
    let r = tf.c.post(&cancel, json!({}));
    expect(&r, 200);
    let run = r.json;
    assert_eq!(run["status"], "cancelled");
    assert_eq!(run["duration_seconds"], secs("stg_a") + 1);
    assert_eq!(model(&run, "stg_a")["status"], "succeeded");
    assert_eq!(model(&run, "dim_a")["status"], "cancelled");
    // stg_b takes 25 s: it finished just as the run was cancelled.
    assert_eq!(model(&run, "stg_b")["status"], "succeeded");
    assert_eq!(model(&run, "fct_ab")["status"], "skipped");
    assert_eq!(
        model(&run, "fct_ab")["error"],
        "Skipped: the run was cancelled."
    );
    assert_eq!(model(&run, "mart_ab")["status"], "skipped");
    assert_eq!(run["summary"]["models_cancelled"], 1);
    env.sb.advance(600);
    assert_eq!(tf.get_run(&id), run, "a cancelled run stays as it was");
    expect_error(&tf.c.post(&cancel, json!({})), 409, "conflict");
    expect_error(
        &tf.c
            .post(&format!("{}/runs/tfr_nope/cancel", tf.base), json!({})),
        404,
        "resource_not_found",
    );
    expect(&tf.c.delete(&tf.base), 204);
    expect_error(
        &tf.c.get(&format!("{}/runs/{id}", tf.base)),
        404,
        "resource_not_found",
    );
}

#[test]
fn lineage_has_sources_models_and_tests() {
    let env = Env::start();
    let tf = Tf::new(&env, "lin", "kimball");
    tf.ok_model("stg_a", "staging", &["raw.a"], json!([]));
    tf.ok_model(
        "dim_a",
        "dimension",
        &["stg_a"],
        json!([{"type": "unique", "column": "id_broken", "severity": "warn"}]),
    );
    tf.ok_model("mart_a", "mart", &["dim_a"], json!([]));
    let r = tf.c.get(&format!("{}/lineage", tf.base));
    expect(&r, 200);
    assert_eq!(
        r.json["nodes"],
        json!([
            {"id": "source:raw.a", "name": "raw.a", "kind": "source"},
            {"id": "model:stg_a", "name": "stg_a", "kind": "staging"},
            {"id": "model:dim_a", "name": "dim_a", "kind": "dimension"},
            {"id": "model:mart_a", "name": "mart_a", "kind": "mart"},
            {"id": "test:dim_a.unique_dim_a_id_broken", "name": "unique_dim_a_id_broken", "kind": "test",
             "model": "dim_a", "status": null},
        ])
    );
    assert_eq!(
        r.json["edges"],
        json!([
            {"from": "source:raw.a", "to": "model:stg_a"},
            {"from": "model:stg_a", "to": "model:dim_a"},
            {"from": "model:dim_a", "to": "model:mart_a"},
            {"from": "model:dim_a", "to": "test:dim_a.unique_dim_a_id_broken"},
        ])
    );
    tf.run(Value::Null);
    env.sb.advance(600);
    let r = tf.c.get(&format!(
        "{}/lineage?model=dim_a&direction=downstream",
        tf.base
    ));
    let ids: Vec<&str> = r.json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "model:dim_a",
            "model:mart_a",
            "test:dim_a.unique_dim_a_id_broken"
        ]
    );
    assert_eq!(r.json["nodes"][2]["status"], "warn");
    let r = tf.c.get(&format!(
        "{}/lineage?model=dim_a&direction=upstream",
        tf.base
    ));
    let ids: Vec<&str> = r.json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["source:raw.a", "model:stg_a", "model:dim_a"]);
    assert_eq!(r.json["edges"].as_array().unwrap().len(), 2);
    let r = tf.c.get(&format!("{}/lineage?model=mart_a", tf.base));
    assert_eq!(
        r.json["nodes"].as_array().unwrap().len(),
        4,
        "both sides, not dim_a's test"
    );
    let r = tf.c.get(&format!("{}/lineage?direction=sideways", tf.base));
    expect_error(&r, 400, "validation_error");
    expect_error(
        &tf.c.get(&format!("{}/lineage?direction=upstream", tf.base)),
        400,
        "validation_error",
    );
    expect_error(
        &tf.c.get(&format!("{}/lineage?model=nope", tf.base)),
        404,
        "resource_not_found",
    );
}
