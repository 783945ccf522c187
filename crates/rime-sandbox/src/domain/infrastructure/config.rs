//! Config and name rules of the resource types: validation with defaults, names, the catalogue entry.

use serde_json::{Map, Value, json};

use super::types::{Key, Kind, NameRule, PRIVILEGES, TypeSpec};
use crate::body::Check;

fn valid_ident(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 255
        && s.split('.').all(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        })
}

/// Validates `config` for a type, naming problems `config.<key>`, and returns it normalised:
/// every key of the type present (its default, or null), identifiers and privileges upper case.
pub fn check_config(spec: &TypeSpec, config: &Value, c: &mut Check<'_>) -> Value {
    let mut k = Check::nested(config, "config");
    let mut out = Map::new();
    for key in spec.keys {
        let v = check_key(spec, key, &mut k);
        out.insert(
            key.name.to_string(),
            v.unwrap_or_else(|| key.default.value()),
        );
    }
    if let Some(obj) = config.as_object() {
        let known: Vec<&str> = spec.keys.iter().map(|k| k.name).collect();
        for unknown in obj.keys().filter(|key| !known.contains(&key.as_str())) {
            k.fail(
                unknown,
                format!(
                    "is not a config key of {}; valid keys: {}",
                    spec.name,
                    known.join(", ")
                ),
            );
        }
    } else if !config.is_null() {
        c.fail("config", "must be an object");
    }
    if let (Some(min), Some(max)) = (
        out.get("min_cluster_count").and_then(Value::as_i64),
        out.get("max_cluster_count").and_then(Value::as_i64),
    ) && min > max
    {
        k.fail(
            "min_cluster_count",
            format!("must not exceed max_cluster_count ({max})"),
        );
    }
    c.absorb(k);
    Value::Object(out)
}

fn check_key(spec: &TypeSpec, key: &Key, k: &mut Check<'_>) -> Option<Value> {
    let name = key.name;
    if k.raw(name).is_none_or(Value::is_null) {
        if key.required {
            k.fail(name, "is required");
        }
        return None;
    }
    match key.kind {
        Kind::Text => k.string(name, false).map(Value::String),
        Kind::Ident => {
            let s = k.string(name, false)?;
            if valid_ident(&s) {
                Some(Value::String(s.to_ascii_uppercase()))
            } else {
                k.fail(name, "must be a Snowflake identifier (letters, digits, _ and $; dotted for nested objects)");
                None
            }
        }
        Kind::Int(min, max) => k.int(name, false, min, max).map(Value::from),
        Kind::Bool => k.boolean(name, false).map(Value::Bool),
        Kind::Enum(allowed) => {
            let s = k.string(name, false)?.to_ascii_lowercase();
            if allowed.contains(&s.as_str()) {
                Some(Value::String(s))
            } else {
                k.fail(name, format!("must be one of: {}", allowed.join(", ")));
                None
            }
        }
        Kind::Strings => k
            .strings(name, false)
            .map(|v| Value::Array(v.into_iter().map(Value::String).collect())),
        Kind::Privileges => {
            let list = k.strings(name, false)?;
            if list.is_empty() {
                k.fail(name, "must name at least one privilege");
                return None;
            }
            let mut out: Vec<Value> = Vec::new();
            for p in list {
                let p = p.trim().to_ascii_uppercase().replace('_', " ");
                if !PRIVILEGES.contains(&p.as_str()) {
                    k.fail(
                        name,
                        format!(
                            "`{p}` is not a Snowflake privilege (one of: {})",
                            PRIVILEGES.join(", ")
                        ),
                    );
                    return None;
                }
                if !out.iter().any(|v| v == p.as_str()) {
                    out.push(Value::String(p));
                }
            }
            Some(Value::Array(out))
        }
        Kind::S3Url => {
            let s = k.string(name, false)?;
            if s.strip_prefix("s3://").is_some_and(|rest| !rest.is_empty()) {
                Some(Value::String(s))
            } else {
                k.fail(name, "must be an S3 URL like s3://bucket/path");
                None
            }
        }
        Kind::PolicyDocument => {
            let doc = k.object(name, false)?;
            if doc.get("Statement").is_none() {
                k.fail(
                    name,
                    format!("{} needs a `Statement` in its policy document", spec.name),
                );
                return None;
            }
            Some(doc.clone())
        }
    }
}

/// The stored name: Snowflake names upper case, S3 buckets prefixed with the project identifier.
pub fn normalise_name(
    spec: &TypeSpec,
    name: &str,
    project_identifier: &str,
) -> Result<String, String> {
    match spec.name_rule {
        NameRule::Snowflake => {
            if valid_ident(name) && !name.contains('.') {
                Ok(name.to_ascii_uppercase())
            } else {
                Err(
                    "must be a Snowflake identifier: a letter or _, then letters, digits, _ or $"
                        .into(),
                )
            }
        }
        NameRule::S3Bucket => {
            if name.chars().any(|c| c.is_ascii_uppercase()) {
                return Err("S3 bucket names must be lower case".into());
            }
            let prefix = format!("{project_identifier}-");
            let full = if name.starts_with(&prefix) {
                name.to_string()
            } else {
                format!("{prefix}{name}")
            };
            let b = full.as_bytes();
            let ok = (3..=63).contains(&b.len())
                && b.iter().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-' || *c == b'.'
                })
                && b[b.len() - 1].is_ascii_alphanumeric()
                && !full.contains("..");
            if ok {
                Ok(full)
            } else {
                Err(format!(
                    "with the project prefix (`{full}`) it must be 3 to 63 lower-case letters, digits, hyphens or dots, ending with a letter or digit"
                ))
            }
        }
        NameRule::SnsTopic => {
            let ok = (1..=256).contains(&name.len())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            ok.then(|| name.to_string())
                .ok_or_else(|| "must be 1 to 256 letters, digits, hyphens or underscores".into())
        }
        NameRule::Iam => {
            let ok = (1..=64).contains(&name.len())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+=,.@_-".contains(c));
            ok.then(|| name.to_string())
                .ok_or_else(|| "must be 1 to 64 letters, digits or +=,.@_-".into())
        }
    }
}

fn name_rule_text(rule: NameRule) -> &'static str {
    match rule {
        NameRule::Snowflake => "Snowflake identifier, stored upper case",
        NameRule::S3Bucket => {
            "lower case, 3-63 characters; the project identifier and a hyphen are prefixed"
        }
        NameRule::SnsTopic => "1-256 letters, digits, hyphens or underscores",
        NameRule::Iam => "1-64 letters, digits or +=,.@_-",
    }
}

fn kind_json(kind: Kind) -> (&'static str, Value) {
    match kind {
        Kind::Text | Kind::S3Url => ("string", Value::Null),
        Kind::Ident => ("string", json!("Snowflake identifier, stored upper case")),
        Kind::Int(min, max) => ("integer", json!(format!("{min} to {max}"))),
        Kind::Bool => ("boolean", Value::Null),
        Kind::Enum(values) => ("string", json!(format!("one of: {}", values.join(", ")))),
        Kind::Privileges => ("array", json!("Snowflake privileges, stored upper case")),
        Kind::Strings => ("array", Value::Null),
        Kind::PolicyDocument => ("object", json!("an IAM policy document with Statement")),
    }
}

/// One catalogue entry, as `GET …/infrastructure/types` returns it.
pub fn describe(spec: &TypeSpec) -> Value {
    let config: Vec<Value> = spec
        .keys
        .iter()
        .map(|k| {
            let (ty, constraint) = kind_json(k.kind);
            let mut v = json!({
                "key": k.name, "type": ty, "required": k.required,
                "default": k.default.value(), "constraint": constraint, "description": k.description,
            });
            match k.kind {
                Kind::Int(min, max) => {
                    v["minimum"] = json!(min);
                    v["maximum"] = json!(max);
                }
                Kind::Enum(values) => v["values"] = json!(values),
                _ => {}
            }
            v
        })
        .collect();
    json!({
        "type": spec.name,
        "provider": spec.provider,
        "description": spec.description,
        "name_rule": name_rule_text(spec.name_rule),
        "config_keys": spec.keys.iter().map(|k| k.name).collect::<Vec<_>>(),
        "config": config,
    })
}

/// A plausible out-of-band edit of one setting (the sandbox drift control's default): the first
/// number, switch or choice of the type, moved to another valid value.
pub fn drifted_config(spec: &TypeSpec, config: &Value) -> Option<(String, Value)> {
    spec.keys.iter().find_map(|k| {
        let cur = config.get(k.name).unwrap_or(&Value::Null);
        let new = match k.kind {
            Kind::Int(min, max) => {
                let v = cur.as_i64().unwrap_or(min);
                json!(if v < max {
                    (v * 2).clamp(v + 1, max)
                } else {
                    min
                })
            }
            Kind::Bool => json!(!cur.as_bool().unwrap_or(false)),
            Kind::Enum(values) => {
                let i = values.iter().position(|v| cur == *v).unwrap_or(0);
                json!(values[(i + 2) % values.len()])
            }
            _ => return None,
        };
        Some((k.name.to_string(), new))
    })
}
