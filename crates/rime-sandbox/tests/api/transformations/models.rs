//! Model rules: shape (400), fit (422), cycles, names and readers (409).

use serde_json::{Value, json};

use super::*;
use crate::support::*;

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
