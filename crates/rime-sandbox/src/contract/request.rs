//! Requests against the document: path, query and header parameters and the JSON body, each failure named as `details[].field`.

use serde_json::Value;

use super::schema::{Failure, Loc, Mode, Problem, Seg, Validator};

/// One documented operation (a method of a path item).
#[derive(Clone, Copy)]
pub struct Operation {
    /// The path template inside `/api/v1` (`/projects/{project_id}`), or outside it (`/api/docs`).
    pub template: &'static str,
    pub method: &'static str,
    pub op: &'static Value,
    item: &'static Value,
}

/// What a request carried, as the server received it.
pub struct Request<'a> {
    /// The concrete path, percent-encoded, without the `/api/v1` prefix.
    pub path: &'a str,
    /// The raw query string (without `?`).
    pub query: &'a str,
    /// Header lookup by lower-case name.
    pub header: &'a dyn Fn(&str) -> Option<String>,
    pub body: Body<'a>,
}

pub enum Body<'a> {
    /// No body (or only white space).
    Absent,
    Json(&'a Value),
    /// Bytes that are not JSON, or too large to have been kept.
    Other,
}

/// One `details[]` entry of a 400.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub field: String,
    pub message: String,
}

/// The verdict on a request: its problems, and the fields whose further checks the document
/// states in `x-rime-checks` (a 400 naming one of those is a stated rule, not a surprise).
#[derive(Debug, Default)]
pub struct Verdict {
    pub details: Vec<Detail>,
    pub checked_fields: Vec<String>,
}

impl Verdict {
    pub fn is_valid(&self) -> bool {
        self.details.is_empty()
    }

    /// Whether a 400's detail field is explained: a problem found here, or under a field the
    /// document says the server checks further.
    pub fn states(&self, field: &str) -> bool {
        let under = |base: &str| {
            field == base
                || field.starts_with(&format!("{base}."))
                || field.starts_with(&format!("{base}["))
        };
        // `body` is the whole body: a rule stated on it covers every field.
        self.details.iter().any(|d| under(&d.field))
            || self.checked_fields.iter().any(|f| f == "body" || under(f))
    }
}

fn validator() -> Validator<'static> {
    Validator {
        doc: crate::openapi::document(),
    }
}

const METHODS: &[&str] = &["get", "put", "post", "patch", "delete"];

impl Operation {
    /// The operation for a route template as axum names it (`/api/v1/projects/{project_id}`).
    pub fn for_route(route: &str, method: &str) -> Option<Operation> {
        let key = route.strip_prefix("/api/v1").unwrap_or(route);
        Operation::find(key, method)
    }

    /// The operation for a documented template and a method (any case).
    pub fn find(template: &str, method: &str) -> Option<Operation> {
        let v = validator();
        let (template, item) = v.doc["paths"].as_object()?.get_key_value(template)?;
        let item = v.deref(item).ok()?;
        let method = METHODS
            .iter()
            .find(|m| m.eq_ignore_ascii_case(method))
            .copied()?;
        let op = item.get(method)?;
        Some(Operation {
            template: template.as_str(),
            method,
            op,
            item,
        })
    }

    /// Every documented operation, in document order.
    pub fn all() -> Vec<Operation> {
        let doc = crate::openapi::document();
        let mut out = Vec::new();
        for (template, _) in doc["paths"].as_object().into_iter().flatten() {
            for m in METHODS {
                if let Some(op) = Operation::find(template, m) {
                    out.push(op);
                }
            }
        }
        out
    }

    pub fn id(&self) -> &'static str {
        self.op["operationId"].as_str().unwrap_or("")
    }

    /// Whether the caller must be authenticated (`security: []` opts out of the default).
    pub fn needs_auth(&self) -> bool {
        match self.op.get("security") {
            Some(Value::Array(s)) => !s.is_empty(),
            _ => crate::openapi::document()["security"]
                .as_array()
                .is_some_and(|s| !s.is_empty()),
        }
    }

    /// Path-item and operation parameters, dereferenced (the operation's win by name and place).
    pub fn parameters(&self) -> Vec<&'static Value> {
        let v = validator();
        let mut out: Vec<&'static Value> = Vec::new();
        for list in [&self.op["parameters"], &self.item["parameters"]] {
            for p in list.as_array().into_iter().flatten() {
                let Ok(p) = v.deref(p) else { continue };
                if !out
                    .iter()
                    .any(|q| q["name"] == p["name"] && q["in"] == p["in"])
                {
                    out.push(p);
                }
            }
        }
        out
    }

    /// The request body object, if the operation declares one.
    pub fn request_body(&self) -> Option<&'static Value> {
        let rb = self.op.get("requestBody")?;
        validator().deref(rb).ok()
    }

    /// The JSON schema of the body, when the body is JSON.
    pub fn json_schema(&self) -> Option<&'static Value> {
        self.request_body()?
            .get("content")?
            .get("application/json")?
            .get("schema")
    }

    pub fn body_required(&self) -> bool {
        self.request_body()
            .is_some_and(|rb| rb["required"] == Value::Bool(true))
    }

    /// Values of the template's `{name}` segments in a concrete path (still percent-encoded).
    pub fn path_values(&self, path: &str) -> Vec<(String, String)> {
        self.template
            .split('/')
            .zip(path.split('/'))
            .filter(|(t, _)| t.starts_with('{') && t.ends_with('}'))
            .map(|(t, s)| (t[1..t.len() - 1].to_string(), s.to_string()))
            .collect()
    }
}

/// Percent-decoding (`+` stays `+` in paths; in queries it is a space).
pub fn decode(s: &str, plus_is_space: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b'+' if plus_is_space => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Query parameters, decoded; a repeated name keeps its last value (as the handlers read them).
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (k, v) = (decode(k, true), decode(v, true));
        out.retain(|(x, _)| *x != k);
        out.push((k, v));
    }
    out
}

/// The primary JSON type a parameter's schema wants (query values arrive as text).
fn param_type(schema: &'static Value) -> &'static str {
    let v = validator();
    let s = v.deref(schema).unwrap_or(schema);
    let t = match &s["type"] {
        Value::String(t) => t.as_str(),
        Value::Array(ts) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or("string"),
        _ => "string",
    };
    match t {
        "integer" => "integer",
        "number" => "number",
        "boolean" => "boolean",
        _ => "string",
    }
}

/// A query or header value as the JSON its schema describes, or a type failure's message.
fn coerce(raw: &str, schema: &'static Value) -> Result<Value, Problem> {
    let wrong = |t: &str| Problem::Type {
        expected: vec![t.to_string()],
        got: Value::String(raw.to_string()),
    };
    Ok(match param_type(schema) {
        "integer" => {
            let n: i64 = raw.parse().map_err(|_| wrong("integer"))?;
            Value::from(n)
        }
        "number" => {
            let n: f64 = raw.parse().map_err(|_| wrong("number"))?;
            serde_json::Number::from_f64(n)
                .map(Value::Number)
                .ok_or_else(|| wrong("number"))?
        }
        "boolean" => match raw {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(wrong("boolean")),
        },
        _ => Value::String(raw.to_string()),
    })
}

fn detail(field: String, problem: &Problem) -> Detail {
    Detail {
        field,
        message: problem.request_message(),
    }
}

/// The field a failure names: the body's fields by path (`body` for the body itself); a
/// parameter by its name.
fn field_of(f: &Failure, root: &str) -> String {
    f.at.field(root)
}

/// Checks a request against its operation; the body only when the operation's body is JSON.
pub fn check(op: &Operation, req: &Request<'_>) -> Verdict {
    let v = validator();
    let mut verdict = Verdict::default();
    let path_values = op.path_values(req.path);
    let query = query_pairs(req.query);
    for p in op.parameters() {
        let Some(name) = p["name"].as_str() else {
            continue;
        };
        let raw = match p["in"].as_str() {
            Some("path") => path_values
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, s)| decode(s, false)),
            Some("query") => query
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone()),
            Some("header") => (req.header)(&name.to_ascii_lowercase()),
            _ => None,
        };
        if p.get("x-rime-checks").is_some() {
            verdict.checked_fields.push(name.to_string());
        }
        let Some(schema) = p.get("schema") else {
            continue;
        };
        let Some(raw) = raw else {
            if p["required"] == Value::Bool(true) {
                verdict
                    .details
                    .push(detail(name.to_string(), &Problem::Required));
            }
            continue;
        };
        match coerce(&raw, schema) {
            Err(problem) => verdict.details.push(detail(name.to_string(), &problem)),
            Ok(value) => {
                let out = v.validate(schema, &value, Mode::Request);
                if !out.checks.is_empty() {
                    verdict.checked_fields.push(name.to_string());
                }
                if let Some(f) = out.failures.first() {
                    verdict.details.push(detail(name.to_string(), &f.problem));
                }
            }
        }
    }
    if op.json_schema().is_none() {
        // A form's parts are read (and checked) by the handler as its schema describes them.
        if let Some(form) = op
            .request_body()
            .and_then(|rb| rb["content"].get("multipart/form-data"))
        {
            let props = form["schema"]["properties"].as_object();
            verdict
                .checked_fields
                .extend(props.into_iter().flatten().map(|(k, _)| k.clone()));
        }
        if matches!(req.body, Body::Absent) && op.body_required() {
            verdict.details.push(Detail {
                field: "body".into(),
                message: "is required".into(),
            });
        }
    } else if let Some(schema) = op.json_schema() {
        match &req.body {
            Body::Absent if op.body_required() => verdict.details.push(Detail {
                field: "body".into(),
                message: "a JSON object body is required".into(),
            }),
            Body::Absent => {}
            Body::Other => verdict.details.push(Detail {
                field: "body".into(),
                message: "is not JSON".into(),
            }),
            Body::Json(value) => {
                let out = v.validate(schema, value, Mode::Request);
                verdict
                    .checked_fields
                    .extend(out.checks.iter().map(|l| l.field("body")));
                verdict.details.extend(
                    out.failures
                        .iter()
                        .map(|f| detail(field_of(f, "body"), &f.problem)),
                );
            }
        }
    }
    verdict
}

/// The location a `details[].field` names (`steps[0].key` → steps / 0 / key).
pub fn loc_of(field: &str) -> Loc {
    let mut segs = Vec::new();
    for part in field.split('.') {
        let (name, rest) = part.split_once('[').unwrap_or((part, ""));
        if !name.is_empty() {
            segs.push(Seg::Key(name.to_string()));
        }
        for idx in rest.split('[') {
            if let Ok(i) = idx.trim_end_matches(']').parse() {
                segs.push(Seg::Index(i));
            }
        }
    }
    Loc(segs)
}
