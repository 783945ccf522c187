//! `rime schema`: every config kind named, the seeded demo's export follows it, and an unknown
//! field is flagged by the schema and refused by `rime apply` alike.

use serde_json::Value;

use super::demo;

/// The parts of draft-07 the schema uses (type, const, enum, required, properties,
/// additionalProperties: false, items, pattern, allOf of if/then on `kind`, local `$ref`s):
/// what is wrong with `v`, one line each.
fn check(root: &Value, s: &Value, v: &Value, at: &str, out: &mut Vec<String>) {
    if let Some(r) = s["$ref"].as_str() {
        let name = r.strip_prefix("#/definitions/").expect("a local $ref");
        return check(root, &root["definitions"][name], v, at, out);
    }
    let is = |t: &str| match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "null" => v.is_null(),
        _ => true,
    };
    let types: Vec<&str> = match &s["type"] {
        Value::String(t) => vec![t],
        Value::Array(a) => a.iter().map(|t| t.as_str().unwrap()).collect(),
        _ => vec![],
    };
    if !types.is_empty() && !types.iter().any(|t| *t == "null" && v.is_null() || is(t)) {
        out.push(format!("{at}: not a {}", types.join(" or ")));
        return;
    }
    if let Some(c) = s.get("const")
        && c != v
    {
        out.push(format!("{at}: not {c}"));
    }
    if let Some(e) = s["enum"].as_array()
        && !e.contains(v)
    {
        out.push(format!("{at}: {v} is not one of the enum"));
    }
    if let (Some(p), Some(text)) = (s["pattern"].as_str(), v.as_str())
        && !regex::Regex::new(p).unwrap().is_match(text)
    {
        out.push(format!("{at}: `{text}` does not match {p}"));
    }
    if let Some(m) = v.as_object() {
        for r in s["required"].as_array().into_iter().flatten() {
            if !m.contains_key(r.as_str().unwrap()) {
                out.push(format!("{at}: `{}` is required", r.as_str().unwrap()));
            }
        }
        for (k, x) in m {
            match s["properties"].get(k) {
                Some(p) => check(root, p, x, &format!("{at}.{k}"), out),
                None if s["additionalProperties"] == false => {
                    out.push(format!("{at}: unknown field `{k}`"))
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(a)) = (s.get("items"), v.as_array()) {
        for (i, x) in a.iter().enumerate() {
            check(root, items, x, &format!("{at}[{i}]"), out);
        }
    }
    for part in s["allOf"].as_array().into_iter().flatten() {
        let mut miss = Vec::new();
        check(root, &part["if"], v, at, &mut miss);
        if miss.is_empty() {
            check(root, &part["then"], v, at, out);
        }
    }
}

fn problems(schema: &Value, doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check(schema, schema, doc, "doc", &mut out);
    out
}

#[test]
fn the_schema_names_every_config_kind_and_the_demo_export_follows_it() {
    let env = demo();
    env.rime("connectors schema deselect orders-db inventory --exclude-column customers.phone")
        .run()
        .ok();
    let schema = env.rime("schema").run().ok().json();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let kinds: Vec<&str> = schema["properties"]["kind"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    // The same kinds `apply` knows, in its order.
    let refused = env.dir.path().join("unknown-kind.yaml");
    std::fs::write(&refused, "kind: conector\nname: x\n").unwrap();
    let out = env
        .rime(format!("apply -f {}", refused.display()))
        .run()
        .code(2);
    out.stderr_has(format!("valid kinds: {}\n", kinds.join(", ")));
    for k in [
        "project",
        "connector",
        "connector_schema",
        "column",
        "pipeline",
        "alert_rule",
        "grant",
    ] {
        assert!(kinds.contains(&k), "{k} in {kinds:?}");
        assert_eq!(
            schema["definitions"][k]["additionalProperties"], false,
            "{k}"
        );
    }
    // The same bytes every time.
    assert_eq!(
        env.rime("schema").run().ok().stdout,
        env.rime("schema -o json").run().ok().stdout
    );
    let text = env.rime("export").run().ok().stdout;
    assert_eq!(
        text.lines().next(),
        Some("# yaml-language-server: $schema=rime.schema.json")
    );
    let docs: Vec<Value> = serde_saphyr::from_multiple(&text).unwrap();
    let mut seen: Vec<&str> = Vec::new();
    for d in &docs {
        let p = problems(&schema, d);
        assert!(p.is_empty(), "{p:?} in {d}");
        let k = d["kind"].as_str().unwrap();
        if !seen.contains(&k) {
            seen.push(k);
        }
    }
    assert_eq!(
        seen, kinds,
        "the demo exports every kind, in the schema's order"
    );
    // Under `--dir` each file points up to the root of the files.
    let dir = env.dir.path().join("files");
    env.rime(format!("export --dir {}", dir.display()))
        .run()
        .ok();
    let first = |p: &str| {
        std::fs::read_to_string(dir.join(p))
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        first("project.yaml"),
        "# yaml-language-server: $schema=rime.schema.json"
    );
    assert_eq!(
        first("connectors/orders-db.yaml"),
        "# yaml-language-server: $schema=../rime.schema.json"
    );
    // One kind alone.
    let one = env.rime("schema --kind connector").run().ok().json();
    assert_eq!(
        one["properties"]["kind"]["enum"],
        serde_json::json!(["connector"])
    );
    env.rime("schema --kind conector")
        .run()
        .code(2)
        .stderr_has("unknown kind `conector`; valid kinds: project, connector, ");
}

#[test]
fn an_unknown_field_is_flagged_by_the_schema_and_refused_by_apply() {
    let env = demo();
    let schema = env.rime("schema").run().ok().json();
    let text = "kind: connector\nname: x\ntype: postgresql\ntpye: postgresql\n";
    let doc: Value = serde_saphyr::from_str(text).unwrap();
    assert_eq!(problems(&schema, &doc), ["doc: unknown field `tpye`"]);
    let file = env.dir.path().join("bad.yaml");
    std::fs::write(&file, text).unwrap();
    env.rime(format!("apply -f {}", file.display()))
        .run()
        .code(2)
        .stderr_has("unknown field `tpye` for kind connector");
    // A secret is a reference, never the value; a reference or a variable is fine.
    let literal: Value = serde_saphyr::from_str(
        "kind: notification_channel\nname: c\ntype: slack\nconfig:\n  webhook_url: https://hooks.example/x\n",
    )
    .unwrap();
    assert_eq!(
        problems(&schema, &literal).len(),
        1,
        "{:?}",
        problems(&schema, &literal)
    );
    let referenced: Value = serde_saphyr::from_str(
        "kind: notification_channel\nname: c\ntype: ${var:kind}\nconfig:\n  webhook_url: ${env:SLACK_URL}\n",
    )
    .unwrap();
    assert!(problems(&schema, &referenced).is_empty());
}
