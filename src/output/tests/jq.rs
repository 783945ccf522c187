//! `--jq` sees the whole result once, prints like `jq -r`, and honours an explicit `-o`.

use serde_json::{Value, json};

use super::*;
use crate::output::OutputError;

fn with_jq(expr: &str) -> impl FnOnce(&mut OutputOptions) {
    let expr = expr.to_owned();
    move |o| o.jq = Some(expr)
}

#[test]
fn jq_sees_all_pages_as_one_array() {
    let h = harness(with_jq("length"));
    assert_eq!(write_pages(&h.out, &three_pages()), 9);
    assert_eq!(h.stdout.text(), "9\n");

    let h = harness(with_jq("[.[].id] | add"));
    write_pages(&h.out, &three_pages());
    assert_eq!(h.stdout.text(), "36\n");
}

#[test]
fn jq_strings_are_raw_and_other_values_compact() {
    let h = harness(with_jq(".[] | .name, .tags"));
    write_pages(&h.out, &[items(2)]);
    assert_eq!(
        h.stdout.text(),
        "ds-0\n[\"a\",\"b\"]\nds-1\n[\"a\",\"b\"]\n"
    );
}

#[test]
fn jq_runs_after_fields_projection() {
    let h = harness(|o| {
        o.fields = Some("name,settings.snowflake.account".into());
        o.jq = Some(".[0]".into());
    });
    write_pages(&h.out, &[items(2)]);
    let v: Value = serde_json::from_str(&h.stdout.text()).unwrap();
    assert_eq!(
        v,
        json!({"name": "ds-0", "settings": {"snowflake": {"account": "acct-0"}}})
    );
}

#[test]
fn jq_errors_are_reported_at_construction_with_position() {
    let mut opts = base_opts();
    opts.jq = Some(".items | map(.name".into());
    let err = Output::with_writers(opts, Box::new(Buf::default()), Box::new(Buf::default()))
        .err()
        .unwrap();
    let OutputError::Jq { message } = &err else {
        panic!("{err:?}")
    };
    assert!(
        message.starts_with("invalid --jq expression at 1:"),
        "{message}"
    );

    let mut opts = base_opts();
    opts.jq = Some(".a | )".into());
    let err = Output::new(opts).err().unwrap();
    assert_eq!(
        err.to_string(),
        "invalid --jq expression at 1:6: unexpected token `)`"
    );
}

#[test]
fn jq_runtime_errors_surface() {
    let h = harness(with_jq(".[] | .name + 1"));
    let mut list = h.out.list(&spec()).unwrap();
    list.push(&item(0)).unwrap();
    let err = list.finish().unwrap_err();
    assert!(matches!(err, OutputError::JqRuntime { .. }), "{err:?}");
}

#[test]
fn explicit_json_prints_strings_raw_and_the_rest_as_json() {
    let h = harness(|o| {
        explicit(Format::Json)(o);
        o.jq = Some(".[] | .name".into());
    });
    write_pages(&h.out, &[items(2)]);
    assert_eq!(h.stdout.text(), "ds-0\nds-1\n");

    let h = harness(|o| {
        explicit(Format::Json)(o);
        o.stdout_tty = true;
        o.jq = Some(".[0] | {id, name}".into());
    });
    write_pages(&h.out, &[items(2)]);
    assert_eq!(
        h.stdout.text(),
        "{\n  \"id\": 0,\n  \"name\": \"ds-0\"\n}\n"
    );
}

#[test]
fn explicit_yaml_prints_documents() {
    let h = harness(|o| {
        explicit(Format::Yaml)(o);
        o.jq = Some(".[] | {id}".into());
    });
    write_pages(&h.out, &[items(3)]);
    let docs: Vec<Value> = serde_saphyr::from_multiple(&h.stdout.text()).unwrap();
    assert_eq!(docs, [json!({"id": 0}), json!({"id": 1}), json!({"id": 2})]);
}

#[test]
fn explicit_tables_render_object_results_as_rows() {
    let h = harness(|o| {
        explicit(Format::Csv)(o);
        o.jq = Some(".[] | {id, status} | if .id == 1 then . + {extra: true} else . end".into());
    });
    write_pages(&h.out, &[items(2)]);
    assert_eq!(
        h.stdout.text(),
        "ID,STATUS,EXTRA\n0,active,\n1,failed,true\n"
    );

    let h = harness(|o| {
        explicit(Format::Table)(o);
        o.jq = Some(".[] | .id".into());
    });
    write_pages(&h.out, &[items(2)]);
    assert_eq!(h.stdout.text(), "0\n1\n", "non-objects fall back to lines");
}

#[test]
fn jq_on_a_terminal_neutralises_escapes() {
    let h = harness(|o| {
        o.stdout_tty = true;
        o.jq = Some(".[0].name".into());
    });
    let mut evil = item(0);
    evil["name"] = json!("line1\nline2\u{1b}[2J");
    write_pages(&h.out, &[vec![evil.clone()]]);
    assert_eq!(h.stdout.text(), "line1\nline2\\x1b[2J\n");

    let h = harness(with_jq(".[0].name"));
    write_pages(&h.out, &[vec![evil]]);
    assert_eq!(
        h.stdout.text(),
        "line1\nline2\u{1b}[2J\n",
        "pipes get the exact data"
    );
}

#[test]
fn jq_applies_to_objects_and_values() {
    let h = harness(with_jq(".settings.snowflake.account"));
    h.out.object(&item(4), &spec()).unwrap();
    assert_eq!(h.stdout.text(), "acct-4\n");

    let h = harness(with_jq("map(.a) | add"));
    h.out.value(&json!([{"a": 1}, {"a": 2}])).unwrap();
    assert_eq!(h.stdout.text(), "3\n");
}
