//! JSON Schema validation for the subset the OpenAPI document uses, reporting the first mismatch's JSON pointer.

use serde_json::Value;

use super::pattern::Pattern;

/// Validates values against schemas of one document (for `$ref` resolution).
pub struct Validator<'d> {
    pub doc: &'d Value,
}

/// Appends a key to a JSON pointer, escaping `~` and `/`.
pub fn child(at: &str, key: &str) -> String {
    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"))
}

fn shown(at: &str) -> &str {
    if at.is_empty() { "/" } else { at }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn has_type(v: &Value, t: &str) -> bool {
    match t {
        "integer" => match v {
            Value::Number(n) => {
                n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
            }
            _ => false,
        },
        "number" => v.is_number(),
        other => kind(v) == other,
    }
}

/// RFC 3339 with a `T` separator and a `Z` offset: the contract's "RFC 3339 UTC".
pub fn is_utc_timestamp(s: &str) -> bool {
    s.len() >= 20
        && s.as_bytes().get(10) == Some(&b'T')
        && s.ends_with('Z')
        && s.parse::<jiff::Timestamp>().is_ok()
}

impl<'d> Validator<'d> {
    /// Resolves a local reference (`#/components/schemas/User`) to its target.
    pub fn resolve(&self, reference: &str) -> Option<&'d Value> {
        let pointer = reference.strip_prefix('#')?;
        let pointer = pointer.replace("%7B", "{").replace("%7D", "}");
        self.doc.pointer(&pointer)
    }

    /// Follows `$ref` chains (objects that are only a reference plus annotations).
    pub fn deref(&self, mut v: &'d Value) -> Result<&'d Value, String> {
        for _ in 0..32 {
            match v.get("$ref").and_then(Value::as_str) {
                Some(r) => {
                    v = self
                        .resolve(r)
                        .ok_or_else(|| format!("unresolved $ref {r}"))?
                }
                None => return Ok(v),
            }
        }
        Err("a $ref cycle".into())
    }

    /// Checks `v` against `schema`; `at` is the JSON pointer of `v` in the checked document.
    pub fn check(&self, schema: &'d Value, v: &Value, at: &str) -> Result<(), String> {
        let s = match schema {
            Value::Bool(true) => return Ok(()),
            Value::Bool(false) => {
                return Err(format!("at {}: no value is allowed here", shown(at)));
            }
            Value::Object(s) => s,
            _ => return Ok(()),
        };
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let target = self
                .resolve(r)
                .ok_or_else(|| format!("unresolved $ref {r}"))?;
            self.check(target, v, at)?;
        }
        if let Some(t) = s.get("type") {
            let allowed: Vec<&str> = match t {
                Value::String(one) => vec![one.as_str()],
                Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if !allowed.is_empty() && !allowed.iter().any(|t| has_type(v, t)) {
                return Err(format!(
                    "at {}: expected {}, got {} ({})",
                    shown(at),
                    allowed.join(" or "),
                    kind(v),
                    preview(v)
                ));
            }
        }
        if let Some(c) = s.get("const")
            && c != v
        {
            return Err(format!(
                "at {}: expected {c}, got {}",
                shown(at),
                preview(v)
            ));
        }
        if let Some(Value::Array(options)) = s.get("enum")
            && !options.contains(v)
        {
            return Err(format!(
                "at {}: {} is not one of {}",
                shown(at),
                preview(v),
                Value::Array(options.clone())
            ));
        }
        match v {
            Value::String(text) => self.string(s, text, at)?,
            Value::Number(n) => number(s, n.as_f64().unwrap_or(0.0), at)?,
            Value::Object(obj) => self.object(s, obj, at)?,
            Value::Array(items) => self.array(s, items, at)?,
            _ => {}
        }
        self.combinators(s, v, at)
    }

    fn string(
        &self,
        s: &serde_json::Map<String, Value>,
        text: &str,
        at: &str,
    ) -> Result<(), String> {
        let len = text.chars().count() as u64;
        if let Some(min) = s.get("minLength").and_then(Value::as_u64)
            && len < min
        {
            return Err(format!("at {}: shorter than {min} characters", shown(at)));
        }
        if let Some(max) = s.get("maxLength").and_then(Value::as_u64)
            && len > max
        {
            return Err(format!("at {}: longer than {max} characters", shown(at)));
        }
        if let Some(p) = s.get("pattern").and_then(Value::as_str) {
            let pattern = Pattern::compile(p)?;
            if !pattern.is_match(text) {
                return Err(format!("at {}: {text:?} does not match {p:?}", shown(at)));
            }
        }
        if s.get("format").and_then(Value::as_str) == Some("date-time") && !is_utc_timestamp(text) {
            return Err(format!(
                "at {}: {text:?} is not an RFC 3339 UTC timestamp",
                shown(at)
            ));
        }
        Ok(())
    }

    fn object(
        &self,
        s: &serde_json::Map<String, Value>,
        obj: &serde_json::Map<String, Value>,
        at: &str,
    ) -> Result<(), String> {
        if let Some(Value::Array(required)) = s.get("required")
            && let Some(missing) = required
                .iter()
                .filter_map(Value::as_str)
                .find(|k| !obj.contains_key(*k))
        {
            return Err(format!(
                "at {}: missing required field {missing:?}",
                shown(at)
            ));
        }
        let props = s.get("properties").and_then(Value::as_object);
        for (k, child_v) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(prop) => {
                    let resolved = self.deref(prop)?;
                    if resolved.get("writeOnly") == Some(&Value::Bool(true))
                        || prop.get("writeOnly") == Some(&Value::Bool(true))
                    {
                        return Err(format!("at {}: write-only field returned", child(at, k)));
                    }
                    self.check(prop, child_v, &child(at, k))?;
                }
                None => {
                    if let Some(extra) = s.get("additionalProperties") {
                        if extra == &Value::Bool(false) {
                            return Err(format!("at {}: unknown field", child(at, k)));
                        }
                        self.check(extra, child_v, &child(at, k))?;
                    }
                }
            }
        }
        Ok(())
    }

    fn array(
        &self,
        s: &serde_json::Map<String, Value>,
        items: &[Value],
        at: &str,
    ) -> Result<(), String> {
        let n = items.len() as u64;
        if s.get("minItems")
            .and_then(Value::as_u64)
            .is_some_and(|min| n < min)
        {
            return Err(format!(
                "at {}: fewer than {} items",
                shown(at),
                s["minItems"]
            ));
        }
        if s.get("maxItems")
            .and_then(Value::as_u64)
            .is_some_and(|max| n > max)
        {
            return Err(format!(
                "at {}: more than {} items",
                shown(at),
                s["maxItems"]
            ));
        }
        if let Some(item_schema) = s.get("items") {
            for (i, item) in items.iter().enumerate() {
                self.check(item_schema, item, &child(at, &i.to_string()))?;
            }
        }
        Ok(())
    }

    fn combinators(
        &self,
        s: &'d serde_json::Map<String, Value>,
        v: &Value,
        at: &str,
    ) -> Result<(), String> {
        if let Some(Value::Array(all)) = s.get("allOf") {
            for sub in all {
                self.check(sub, v, at)?;
            }
        }
        if let Some(Value::Array(any)) = s.get("anyOf") {
            let errors: Vec<String> = any
                .iter()
                .filter_map(|sub| self.check(sub, v, at).err())
                .collect();
            if errors.len() == any.len() {
                return Err(format!(
                    "at {}: matches none of anyOf ({})",
                    shown(at),
                    errors.join("; ")
                ));
            }
        }
        if let Some(Value::Array(one)) = s.get("oneOf") {
            let results: Vec<Result<(), String>> =
                one.iter().map(|sub| self.check(sub, v, at)).collect();
            let ok = results.iter().filter(|r| r.is_ok()).count();
            if ok != 1 {
                let why: Vec<String> = results.into_iter().filter_map(Result::err).collect();
                return Err(if ok == 0 {
                    format!(
                        "at {}: matches none of oneOf ({})",
                        shown(at),
                        why.join("; ")
                    )
                } else {
                    format!(
                        "at {}: matches {ok} alternatives of oneOf, expected exactly one",
                        shown(at)
                    )
                });
            }
        }
        if let Some(not) = s.get("not")
            && self.check(not, v, at).is_ok()
        {
            return Err(format!(
                "at {}: matches a schema it must not ({not})",
                shown(at)
            ));
        }
        Ok(())
    }
}

fn number(s: &serde_json::Map<String, Value>, n: f64, at: &str) -> Result<(), String> {
    let bound = |k: &str| s.get(k).and_then(Value::as_f64);
    if bound("minimum").is_some_and(|m| n < m) || bound("exclusiveMinimum").is_some_and(|m| n <= m)
    {
        return Err(format!("at {}: {n} is below the minimum", shown(at)));
    }
    if bound("maximum").is_some_and(|m| n > m) || bound("exclusiveMaximum").is_some_and(|m| n >= m)
    {
        return Err(format!("at {}: {n} is above the maximum", shown(at)));
    }
    Ok(())
}

/// A short rendering of a value for messages (documents can be large).
fn preview(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() > 80 {
        format!("{}…", text.chars().take(80).collect::<String>())
    } else {
        text
    }
}
