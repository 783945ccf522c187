//! What a model may be: its shape (400: names, kinds, sources, config per kind, tests) and its fit
//! in the transformation (422: kinds per methodology, known sources, raw tables only in staging, no cycles).

use serde_json::{Map, Value, json};

use super::graph::is_raw;
use super::{KINDS, graph_of, is_ident, is_snake, kinds_for, name_of};
use crate::body::Check;
use crate::error::{ApiError, ApiResult, Detail};

pub const WRITABLE: &[&str] = &["name", "kind", "description", "sources", "config", "tests"];
pub const READ_ONLY: &[&str] = &["id", "transformation_id", "created_at", "updated_at"];
const TEST_TYPES: &[&str] = &["not_null", "unique", "accepted_values", "relationships"];
const SEVERITIES: &[&str] = &["warn", "error"];
const MATERIALIZATIONS: &[&str] = &["table", "view", "incremental", "ephemeral"];

/// A model's writable fields, shape-checked and normalised (test names and severities filled in).
pub struct Spec {
    pub name: String,
    pub kind: String,
    pub description: Option<String>,
    pub sources: Vec<String>,
    pub config: Value,
    pub tests: Vec<Value>,
}

impl Spec {
    /// The writable fields, in their canonical order.
    pub fn fields(&self) -> Map<String, Value> {
        let Value::Object(fields) = json!({
            "name": self.name, "kind": self.kind, "description": self.description,
            "sources": self.sources, "config": self.config, "tests": self.tests,
        }) else {
            unreachable!("an object literal")
        };
        fields
    }

    /// The stored (and returned) model.
    pub fn body(&self, id: &str, tid: &str, created_at: &str, updated_at: &str) -> Value {
        let mut body = json!({"id": id, "transformation_id": tid});
        if let Some(m) = body.as_object_mut() {
            m.extend(self.fields());
            m.insert("created_at".into(), created_at.into());
            m.insert("updated_at".into(), updated_at.into());
        }
        body
    }
}

/// 400 with every shape problem, or the normalised model.
pub fn shape(body: &Value) -> ApiResult<Spec> {
    let mut c = Check::new(body);
    let name = c.string("name", true);
    if name.as_deref().is_some_and(|n| !is_snake(n, 63)) {
        c.fail(
            "name",
            "must be snake_case: a lowercase letter, then lowercase letters, digits or underscores (at most 63)",
        );
    }
    let kind = c.one_of("kind", KINDS, true);
    let description = c.string("description", false);
    let sources = c.strings("sources", true).unwrap_or_default();
    if c.raw("sources").is_some_and(Value::is_array) && sources.is_empty() {
        c.fail("sources", "must name at least one raw table or model");
    }
    for (i, s) in sources.iter().enumerate() {
        let at = format!("sources[{i}]");
        if let Some(table) = s.strip_prefix("raw.") {
            let parts: Vec<&str> = table.split('.').collect();
            if parts.len() > 2 || !parts.iter().all(|p| is_ident(p)) {
                c.fail(
                    &at,
                    "a raw table is written raw.<table> or raw.<schema>.<table>",
                );
            }
        } else if !is_snake(s, 63) {
            c.fail(
                &at,
                "must be a raw table (raw.<table>) or the name of a model",
            );
        }
        if sources[..i].contains(s) {
            c.fail(&at, "is listed twice");
        }
    }
    let config = c
        .object("config", false)
        .cloned()
        .unwrap_or_else(|| json!({}));
    if let Some(k) = &kind {
        check_config(&mut c, k, &config);
    }
    let tests = check_tests(&mut c, name.as_deref().unwrap_or("model"));
    c.only(WRITABLE, READ_ONLY);
    c.finish()?;
    Ok(Spec {
        name: name.expect("checked"),
        kind: kind.expect("checked"),
        description,
        sources,
        config,
        tests,
    })
}

fn ident(c: &mut Check<'_>, key: &str, required: bool) {
    if c.string(key, required).is_some_and(|s| !is_ident(&s)) {
        c.fail(
            key,
            "must be a column name (letters, digits and underscores)",
        );
    }
}

/// Common keys for every kind, plus the documented ones of staging, hub and hierarchy models.
fn check_config(c: &mut Check<'_>, kind: &str, config: &Value) {
    let mut k = Check::nested(config, "config");
    k.one_of("materialization", MATERIALIZATIONS, false);
    k.strings("tags", false);
    ident(&mut k, "unique_key", false);
    let mut allowed = vec!["materialization", "tags", "unique_key"];
    match kind {
        "staging" => {
            allowed.extend(["columns", "dedup_key"]);
            for (i, col) in k.array("columns", false).into_iter().flatten().enumerate() {
                if !col.is_object() {
                    k.fail(&format!("columns[{i}]"), "must be an object");
                    continue;
                }
                let mut cc = Check::nested(col, &format!("config.columns[{i}]"));
                ident(&mut cc, "name", true);
                ident(&mut cc, "rename", false);
                cc.string("cast", false);
                cc.boolean("selected", false);
                if cc
                    .raw("default")
                    .is_some_and(|d| d.is_object() || d.is_array())
                {
                    cc.fail("default", "must be a string, number, boolean or null");
                }
                cc.only(&["name", "rename", "cast", "default", "selected"], &[]);
                k.absorb(cc);
            }
            k.strings("dedup_key", false);
        }
        "dimension" => {
            allowed.push("scd_type");
            k.int("scd_type", false, 1, 2);
        }
        "fact" => {
            allowed.push("grain");
            k.string("grain", false);
        }
        "hub" => {
            allowed.push("business_key");
            ident(&mut k, "business_key", true);
        }
        "hierarchy" => {
            allowed.extend(["child_key", "parent_key", "label_column", "max_depth"]);
            ident(&mut k, "child_key", true);
            ident(&mut k, "parent_key", true);
            ident(&mut k, "label_column", false);
            k.int("max_depth", false, 1, 100);
        }
        _ => {}
    }
    k.only(&allowed, &[]);
    c.absorb(k);
}

/// Tests: a type, a column, a severity (default `error`); values for accepted_values, `to` and
/// `field` for relationships. Each is named `<type>_<model>_<column>` (dbt's convention).
fn check_tests(c: &mut Check<'_>, model: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    for (i, t) in c.array("tests", false).into_iter().flatten().enumerate() {
        let at = format!("tests[{i}]");
        if !t.is_object() {
            c.fail(&at, "must be an object");
            continue;
        }
        let mut tc = Check::nested(t, &at);
        let ty = tc.one_of("type", TEST_TYPES, true);
        let column = tc.string("column", true);
        if column.as_deref().is_some_and(|s| !is_ident(s)) {
            tc.fail(
                "column",
                "must be a column name (letters, digits and underscores)",
            );
        }
        let severity = tc
            .one_of("severity", SEVERITIES, false)
            .unwrap_or_else(|| "error".into());
        let mut test = Map::new();
        if ty.as_deref() == Some("accepted_values") {
            let values = tc.array("values", true);
            if values.is_some_and(Vec::is_empty) {
                tc.fail("values", "must list at least one accepted value");
            }
            for (j, v) in values.into_iter().flatten().enumerate() {
                if !(v.is_string() || v.is_number() || v.is_boolean()) {
                    tc.fail(
                        &format!("values[{j}]"),
                        "must be a string, number or boolean",
                    );
                }
            }
            test.insert(
                "values".into(),
                tc.raw("values").cloned().unwrap_or(Value::Null),
            );
        } else if tc.has("values") {
            tc.fail("values", "only accepted_values tests take values");
        }
        if ty.as_deref() == Some("relationships") {
            if tc.string("to", true).is_some_and(|s| !is_snake(&s, 63)) {
                tc.fail("to", "must be the name of a model");
            }
            ident(&mut tc, "field", true);
            test.insert("to".into(), tc.raw("to").cloned().unwrap_or(Value::Null));
            test.insert(
                "field".into(),
                tc.raw("field").cloned().unwrap_or(Value::Null),
            );
        } else {
            for key in ["to", "field"] {
                if tc.has(key) {
                    tc.fail(key, "only relationships tests take `to` and `field`");
                }
            }
        }
        tc.only(
            &["type", "column", "severity", "values", "to", "field"],
            &["name"],
        );
        if let (Some(ty), Some(col)) = (&ty, &column) {
            let key = (ty.clone(), col.clone());
            if let Some(j) = seen.iter().position(|k| *k == key) {
                tc.fail("column", format!("repeats the {ty} test of tests[{j}]"));
            }
            seen.push(key);
            test.insert("name".into(), json!(format!("{ty}_{model}_{col}")));
            test.insert("type".into(), json!(ty));
            test.insert("column".into(), json!(col));
            test.insert("severity".into(), json!(severity));
        }
        c.absorb(tc);
        out.push(Value::Object(test));
    }
    out
}

/// 422 unless the model fits its transformation beside `others` (the other models).
pub fn fit(spec: &Spec, methodology: &str, others: &[Value]) -> ApiResult<()> {
    let mut details = Vec::new();
    let allowed = kinds_for(methodology);
    if !allowed.contains(&spec.kind.as_str()) {
        details.push(Detail::new(
            "kind",
            format!(
                "a {methodology} transformation takes {} models",
                allowed.join(", ")
            ),
        ));
    }
    let known = |name: &str| name == spec.name || others.iter().any(|m| name_of(m) == name);
    if spec.kind == "staging" {
        if spec.sources.len() != 1 || !is_raw(&spec.sources[0]) {
            details.push(Detail::new(
                "sources",
                "a staging model reads exactly one raw table (raw.<table>)",
            ));
        }
    } else {
        for (i, s) in spec.sources.iter().enumerate() {
            if is_raw(s) {
                details.push(Detail::new(
                    format!("sources[{i}]"),
                    format!("only staging models read raw tables; add a staging model for {s}"),
                ));
            }
        }
    }
    for (i, s) in spec.sources.iter().enumerate() {
        if !is_raw(s) && !known(s) {
            details.push(Detail::new(
                format!("sources[{i}]"),
                format!("no model named '{s}' in this transformation"),
            ));
        }
    }
    for (i, t) in spec.tests.iter().enumerate() {
        if let Some(to) = t["to"].as_str().filter(|to| !known(to)) {
            details.push(Detail::new(
                format!("tests[{i}].to"),
                format!("no model named '{to}' in this transformation"),
            ));
        }
    }
    if !details.is_empty() {
        return Err(ApiError::unprocessable(
            "The model does not fit this transformation.",
            details,
        ));
    }
    let mut all: Vec<Value> = others.to_vec();
    all.push(json!({"name": spec.name, "sources": spec.sources}));
    if let Err(cycle) = graph_of(&all).order() {
        let path = cycle.join(" → ");
        return Err(ApiError::unprocessable(
            format!("The models would form a cycle: {path}."),
            vec![Detail::new("sources", format!("cycle: {path}"))],
        ));
    }
    Ok(())
}

/// Models that read `name` (as a source or through a relationships test).
pub fn readers(name: &str, models: &[Value]) -> Vec<String> {
    models
        .iter()
        .filter(|m| name_of(m) != name)
        .filter(|m| {
            m["sources"]
                .as_array()
                .is_some_and(|s| s.iter().any(|x| x == name))
                || m["tests"]
                    .as_array()
                    .is_some_and(|t| t.iter().any(|x| x["to"] == name))
        })
        .map(|m| name_of(m).to_string())
        .collect()
}
