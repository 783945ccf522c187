//! Lineage of a small known graph, checked exactly as a tree, as DOT and as JSON, whole and around a model.

use serde_json::json;

use super::{make, model, tf};
use crate::common::Env;

/// raw.a → stg_a → dim_a → fct ← stg_b ← raw.b, a test on dim_a and a relationships test on fct.
fn small(env: &Env) -> String {
    make(env, "lin");
    model(env, "lin", "stg_a", "staging", &["raw.a"], &[]);
    model(env, "lin", "stg_b", "staging", &["raw.b"], &[]);
    model(env, "lin", "dim_a", "dimension", &["stg_a"], &["id:unique"]);
    model(
        env,
        "lin",
        "fct",
        "fact",
        &["dim_a", "stg_b"],
        &["a_id:relationships=dim_a.id"],
    );
    tf(env, "tf get lin -o json").ok().json()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

const TREE: &str = "\
raw.a [source]
└── stg_a [staging]
    └── dim_a [dimension]
        ├── fct [fact]
        │   └── relationships_fct_a_id [test]
        ├── unique_dim_a_id [test]
        └── relationships_fct_a_id [test]
raw.b [source]
└── stg_b [staging]
    └── fct [fact] (see above)
";

const DOT: &str = r##"digraph "lin" {
  rankdir=LR;
  node [shape=box, style="rounded,filled", fontname="Helvetica"];
  "source:raw.a" [label="raw.a", fillcolor="#d9d9d9"];
  "source:raw.b" [label="raw.b", fillcolor="#d9d9d9"];
  "model:stg_a" [label="stg_a", fillcolor="#9fc5e8"];
  "model:stg_b" [label="stg_b", fillcolor="#9fc5e8"];
  "model:dim_a" [label="dim_a", fillcolor="#b6d7a8"];
  "model:fct" [label="fct", fillcolor="#f9cb9c"];
  "test:dim_a.unique_dim_a_id" [label="unique_dim_a_id", fillcolor="#ffffff", shape=ellipse];
  "test:fct.relationships_fct_a_id" [label="relationships_fct_a_id", fillcolor="#ffffff", shape=ellipse];
  "source:raw.a" -> "model:stg_a";
  "source:raw.b" -> "model:stg_b";
  "model:stg_a" -> "model:dim_a";
  "model:stg_b" -> "model:fct";
  "model:dim_a" -> "model:fct";
  "model:dim_a" -> "test:dim_a.unique_dim_a_id";
  "model:dim_a" -> "test:fct.relationships_fct_a_id";
  "model:fct" -> "test:fct.relationships_fct_a_id";
}
"##;

#[test]
fn the_whole_graph_as_tree_dot_and_json() {
    let env = Env::new();
    let tid = small(&env);
    assert_eq!(tf(&env, "tf lineage lin").ok().stdout, TREE);
    assert_eq!(tf(&env, "tf lineage lin --format tree").ok().stdout, TREE);
    assert_eq!(tf(&env, "tf lineage lin --format dot").ok().stdout, DOT);
    let json_text = format!(
        concat!(
            r#"{{"transformation_id":"{tid}","nodes":["#,
            r#"{{"id":"source:raw.a","name":"raw.a","kind":"source"}},"#,
            r#"{{"id":"source:raw.b","name":"raw.b","kind":"source"}},"#,
            r#"{{"id":"model:stg_a","name":"stg_a","kind":"staging"}},"#,
            r#"{{"id":"model:stg_b","name":"stg_b","kind":"staging"}},"#,
            r#"{{"id":"model:dim_a","name":"dim_a","kind":"dimension"}},"#,
            r#"{{"id":"model:fct","name":"fct","kind":"fact"}},"#,
            r#"{{"id":"test:dim_a.unique_dim_a_id","name":"unique_dim_a_id","kind":"test","model":"dim_a","status":null}},"#,
            r#"{{"id":"test:fct.relationships_fct_a_id","name":"relationships_fct_a_id","kind":"test","model":"fct","status":null}}"#,
            r#"],"edges":["#,
            r#"{{"from":"source:raw.a","to":"model:stg_a"}},"#,
            r#"{{"from":"source:raw.b","to":"model:stg_b"}},"#,
            r#"{{"from":"model:stg_a","to":"model:dim_a"}},"#,
            r#"{{"from":"model:stg_b","to":"model:fct"}},"#,
            r#"{{"from":"model:dim_a","to":"model:fct"}},"#,
            r#"{{"from":"model:dim_a","to":"test:dim_a.unique_dim_a_id"}},"#,
            r#"{{"from":"model:dim_a","to":"test:fct.relationships_fct_a_id"}},"#,
            r#"{{"from":"model:fct","to":"test:fct.relationships_fct_a_id"}}"#,
            "]}}\n"
        ),
        tid = tid
    );
    let out = tf(&env, "tf lineage lin --format json").ok();
    assert_eq!(out.stdout, json_text);
    // `-o json` without --format gives the same object through the output layer (--jq works).
    let via_o = tf(&env, "tf lineage lin -o json").ok().json();
    assert_eq!(via_o, out.json());
    let kinds = tf(
        &env,
        r#"tf lineage lin --jq '[.nodes[].kind] | unique | join(",")'"#,
    )
    .ok();
    assert_eq!(kinds.stdout, "dimension,fact,source,staging,test\n");
    assert!(
        env.requests(
            "GET",
            "/api/v1/projects/{project_id}/transformations/{transformation_id}/lineage"
        )
        .iter()
        .all(|r| !r.uri.contains('?')),
        "no filter asked for"
    );
}

#[test]
fn around_one_model_upstream_downstream_or_both() {
    let env = Env::new();
    small(&env);
    assert_eq!(
        tf(&env, "tf lineage lin --model dim_a --upstream")
            .ok()
            .stdout,
        "dim_a [dimension]\n└── upstream\n    └── stg_a [staging]\n        └── raw.a [source]\n"
    );
    let lineage = env.requests(
        "GET",
        "/api/v1/projects/{project_id}/transformations/{transformation_id}/lineage",
    );
    assert!(
        lineage
            .last()
            .unwrap()
            .uri
            .ends_with("/lineage?model=dim_a&direction=upstream")
    );
    tf(&env, "tf run lin").ok();
    env.sb.advance(600);
    assert_eq!(
        tf(&env, "tf lineage lin --model dim_a --downstream")
            .ok()
            .stdout,
        "\
dim_a [dimension]
└── downstream
    ├── fct [fact]
    │   └── relationships_fct_a_id [test: pass]
    ├── unique_dim_a_id [test: pass]
    └── relationships_fct_a_id [test: pass]
"
    );
    assert_eq!(
        tf(&env, "tf lineage lin --model fct").ok().stdout,
        "\
fct [fact]
├── upstream
│   ├── stg_b [staging]
│   │   └── raw.b [source]
│   └── dim_a [dimension]
│       └── stg_a [staging]
│           └── raw.a [source]
└── downstream
    └── relationships_fct_a_id [test: pass]
"
    );
    let dot = tf(
        &env,
        "tf lineage lin --model stg_b --downstream --format dot",
    )
    .ok();
    dot.stdout_has("\"test:fct.relationships_fct_a_id\" [label=\"relationships_fct_a_id\", fillcolor=\"#ffffff\", shape=ellipse];");
    assert!(
        !dot.stdout.contains("dim_a\" ["),
        "dim_a is not downstream of stg_b: {}",
        dot.stdout
    );
    let json = tf(
        &env,
        "tf lineage lin --model stg_b --upstream --format json",
    )
    .ok()
    .json();
    assert_eq!(
        json["edges"],
        json!([{"from": "source:raw.b", "to": "model:stg_b"}])
    );

    tf(&env, "tf lineage lin --model nope")
        .code(5)
        .stderr_has("No model named 'nope' in this transformation.")
        .stderr_has("rime transformations models list lin");
    tf(&env, "tf lineage lin --upstream")
        .code(2)
        .stderr_has("--model");
    tf(&env, "tf lineage lin --model fct --upstream --downstream").code(2);
    tf(&env, "tf lineage lin --format svg")
        .code(2)
        .stderr_has("possible values: tree, dot, json");
}

#[test]
fn failed_tests_are_red_in_dot_and_marked_in_the_tree() {
    let env = Env::new();
    make(&env, "red");
    model(
        &env,
        "red",
        "stg_a",
        "staging",
        &["raw.a"],
        &["id_broken:not_null", "name_broken:unique:warn"],
    );
    tf(&env, "tf run red").ok();
    env.sb.advance(600);
    assert_eq!(
        tf(&env, "tf lineage red").ok().stdout,
        "raw.a [source]\n└── stg_a [staging]\n    ├── not_null_stg_a_id_broken [test: fail]\n    └── unique_stg_a_name_broken [test: warn]\n"
    );
    let dot = tf(&env, "tf lineage red --format dot").ok().stdout;
    assert!(
        dot.contains("[label=\"not_null_stg_a_id_broken\", fillcolor=\"#e06666\", shape=ellipse]"),
        "{dot}"
    );
    assert!(
        dot.contains("[label=\"unique_stg_a_name_broken\", fillcolor=\"#ffe599\", shape=ellipse]"),
        "{dot}"
    );
}
