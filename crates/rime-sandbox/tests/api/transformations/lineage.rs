//! The lineage graph, whole and around a model.

use serde_json::{Value, json};

use super::*;
use crate::support::*;

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
