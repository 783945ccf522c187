//! `rime format`: saved JSON, NDJSON or one object rendered in every format, `--jq` over the whole
//! input (one array, as for a listing), and the errors for unreadable or invalid input.

use serde_json::{Value, json};

use crate::common::Env;

/// Writes `text` to a file of the test's own and returns its path.
fn saved(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn connectors(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            json!({"id": format!("con_{i:03}"), "name": format!("source-{i}"),
                "status": if i % 3 == 0 { "paused" } else { "active" },
                "config": {"port": 5432 + i}, "created_at": "2026-11-01T00:00:00Z"})
        })
        .collect()
}

#[test]
fn an_array_renders_in_every_format() {
    let env = Env::bare();
    let dir = tempfile::tempdir().unwrap();
    let items = connectors(3);
    let file = saved(
        &dir,
        "all.json",
        &serde_json::to_string_pretty(&items).unwrap(),
    );

    let tsv = env.rime(format!("format {file}")).run().ok().stdout;
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0], ["ID", "NAME", "STATUS", "CONFIG", "CREATED_AT"]);
    assert_eq!(
        rows[2],
        [
            "con_001",
            "source-1",
            "active",
            r#"{"port":5433}"#,
            "2026-11-01T00:00:00Z"
        ]
    );
    assert_eq!(rows.len(), 4);

    let csv = env
        .rime(format!("format {file} -o csv --fields name,config.port"))
        .run()
        .ok()
        .stdout;
    assert_eq!(
        csv,
        "NAME,CONFIG.PORT\nsource-0,5432\nsource-1,5433\nsource-2,5434\n"
    );

    let json = env.rime(format!("format {file} -o json")).run().ok().json();
    assert_eq!(json, Value::Array(items.clone()));
    let nd = env
        .rime(format!("format {file} -o ndjson"))
        .run()
        .ok()
        .ndjson();
    assert_eq!(nd, items);
}

#[test]
fn ndjson_is_one_list_and_one_object_is_itself() {
    let env = Env::bare();
    let dir = tempfile::tempdir().unwrap();
    let items = connectors(4);
    let lines: Vec<String> = items.iter().map(Value::to_string).collect();
    let file = saved(&dir, "all.ndjson", &(lines.join("\n") + "\n"));
    let json = env.rime(format!("format {file} -o json")).run().ok().json();
    assert_eq!(json, Value::Array(items.clone()));

    // Standard input, and one object: the object view, not a list of one.
    let out = env
        .rime("format -o json")
        .stdin(items[1].to_string())
        .run()
        .ok()
        .json();
    assert_eq!(out, items[1]);
    let pairs = env.rime("format -").stdin(items[1].to_string()).run().ok();
    assert!(
        pairs.stdout.starts_with("FIELD\tVALUE\nid\tcon_001\n"),
        "{}",
        pairs.stdout
    );

    // An object before an array is a row of the same list, in its place.
    let mixed = format!("{}\n[{}, {}]\n", items[0], items[1], items[2]);
    let out = env
        .rime("format -o ndjson")
        .stdin(mixed)
        .run()
        .ok()
        .ndjson();
    assert_eq!(out, items[..3]);
}

#[test]
fn an_empty_array_is_an_empty_list() {
    let env = Env::bare();
    let out = env.rime("format -o json").stdin("[]").run().ok();
    assert_eq!(out.stdout, "[]\n");
    let out = env.rime("format -o yaml").stdin(" [ ] ").run().ok();
    assert_eq!(out.stdout, "[]\n");
    let out = env.rime("format --jq length").stdin("[]").run().ok();
    assert_eq!(out.stdout, "0\n");
}

#[test]
fn jq_sees_the_whole_input_as_one_array() {
    let env = Env::bare();
    let dir = tempfile::tempdir().unwrap();
    let items = connectors(6);
    let array = saved(&dir, "all.json", &Value::Array(items.clone()).to_string());
    let lines: Vec<String> = items.iter().map(Value::to_string).collect();
    let ndjson = saved(&dir, "all.ndjson", &lines.join("\n"));
    let filter = r#".[] | select(.status=="active") | .name"#;
    for file in [&array, &ndjson] {
        let out = env
            .rime(format!("format {file} --jq"))
            .arg(filter)
            .run()
            .ok();
        assert_eq!(out.stdout, "source-1\nsource-2\nsource-4\nsource-5\n");
        let out = env.rime(format!("format {file} --jq length")).run().ok();
        assert_eq!(out.stdout, "6\n");
    }
    // One object is the input itself; strings print raw even under `-o json` (as gh does).
    let one = saved(&dir, "one.json", &items[2].to_string());
    let out = env
        .rime(format!("format {one} --jq .config -o json"))
        .run()
        .ok();
    assert_eq!(out.json(), json!({"port": 5434}));
    let out = env
        .rime(format!("format {one} --jq .name -o json"))
        .run()
        .ok();
    assert_eq!(out.stdout, "source-2\n");
    // Arrays and objects together, in their order.
    let mixed = format!("{}\n{}\n", Value::Array(items[..2].to_vec()), items[5]);
    let out = env
        .rime(r#"format --jq 'map(.id) | join(",")'"#)
        .stdin(mixed)
        .run()
        .ok();
    assert_eq!(out.stdout, "con_000,con_001,con_005\n");
    // --fields shapes the items first; results that are objects make a table when asked.
    let out = env
        .rime(format!(
            "format {array} --fields name,status --jq '.[0] | keys'"
        ))
        .run()
        .ok();
    assert_eq!(out.stdout, "[\"name\",\"status\"]\n");
    let out = env
        .rime(format!(r#"format {array} -o csv --jq '.[] | select(.status=="paused") | {{name, port: .config.port}}'"#))
        .run()
        .ok();
    assert_eq!(out.stdout, "NAME,PORT\nsource-0,5432\nsource-3,5435\n");
}

#[test]
fn jq_numbers_and_text_survive_the_round_trip() {
    let env = Env::bare();
    let input =
        r#"[{"n": 12345678901234, "f": 1.5, "neg": -3, "s": "ä \u001b[2J", "u": null, "b": true}]"#;
    let out = env.rime("format --jq .[0] -o json").stdin(input).run().ok();
    assert_eq!(
        out.json(),
        json!({"n": 12345678901234_u64, "f": 1.5, "neg": -3, "s": "ä \u{1b}[2J", "u": null, "b": true})
    );
}

#[test]
fn bad_input_is_a_usage_error_with_its_position() {
    let env = Env::bare();
    let dir = tempfile::tempdir().unwrap();
    let bad = saved(&dir, "bad.json", "[{\"a\": 1},\n {\"a\": }]\n");
    for jq in [None, Some(".[] | .a")] {
        let mut args = vec!["format", bad.as_str()];
        if let Some(f) = jq {
            args.extend(["--jq", f]);
        }
        let out = env.rime(&args).run().code(2);
        out.stderr_has("bad.json: invalid JSON at line 2, column 8: expected value");
    }
    // jaq's reader would take these; JSON does not.
    for text in ["# a comment\n[1]", "[NaN]", ""] {
        let out = env.rime("format --jq .").stdin(text).run().code(2);
        out.stderr_has("<stdin>: invalid JSON at line");
    }
    let out = env
        .rime(format!(
            "format {}",
            dir.path().join("missing.json").display()
        ))
        .run()
        .code(2);
    out.stderr_has("cannot read it");
    // A runtime error keeps the results before it and fails the command.
    let out = env
        .rime("format --jq '.[] | .a'")
        .stdin(r#"[{"a": 1}, 5]"#)
        .run()
        .code(1);
    assert_eq!(out.stdout, "1\n");
    out.stderr_has("--jq failed");
}
