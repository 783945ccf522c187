//! Request bodies: the JSON extractor (400/413/415 in the envelope), field checks, merge patch, secrets.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use serde_json::{Map, Value};

use crate::error::{ApiError, ApiResult, Detail};

/// Limit for ordinary JSON bodies; uploads have their own route limit.
pub const JSON_LIMIT: usize = 1024 * 1024;

/// A JSON object body. Empty bodies are allowed only through [`OptBody`].
pub struct Body(pub Value);

/// An optional JSON object body (action endpoints such as `sync`).
pub struct OptBody(pub Option<Value>);

async fn read<S: Send + Sync>(req: Request, state: &S) -> ApiResult<Option<Value>> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.as_bytes().to_vec());
    let bytes = Bytes::from_request(req, state).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::status(StatusCode::PAYLOAD_TOO_LARGE)
        } else {
            ApiError::field("body", format!("could not read the request body: {e}"))
        }
    })?;
    let value = parse(content_type.as_deref(), &bytes)?;
    if value.as_ref().is_some_and(|v| !v.is_object()) {
        return Err(ApiError::field("body", "must be a JSON object"));
    }
    Ok(value)
}

/// Whether a `Content-Type` is JSON (`application/json` or `application/*+json`).
pub fn is_json_type(content_type: Option<&[u8]>) -> bool {
    content_type
        .and_then(|v| std::str::from_utf8(v).ok())
        .map(|v| {
            let mime = v
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            mime == "application/json"
                || (mime.starts_with("application/") && mime.ends_with("+json"))
        })
        .unwrap_or(false)
}

/// A request body as JSON: `None` when empty (or only white space), 415 when not declared
/// JSON, 400 naming `body` when malformed.
pub fn parse(content_type: Option<&[u8]>, bytes: &[u8]) -> ApiResult<Option<Value>> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    if !is_json_type(content_type) {
        return Err(ApiError::status(StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
    let mut value: Value = serde_json::from_slice(bytes).map_err(|e| {
        ApiError::validation(
            "Request body is not valid JSON.",
            vec![Detail::new(
                "body",
                format!(
                    "invalid JSON at line {} column {}: {}",
                    e.line(),
                    e.column(),
                    short(&e)
                ),
            )],
        )
    })?;
    whole_numbers(&mut value);
    Ok(Some(value))
}

/// `30.0` is the integer 30 (JSON Schema says so): whole numbers written as floats become
/// integers, so every handler reads them as integers.
pub fn whole_numbers(v: &mut Value) {
    match v {
        Value::Number(n) if !n.is_i64() && !n.is_u64() => {
            if let Some(f) = n.as_f64()
                && f.fract() == 0.0
                && f.abs() < 9.0e15
            {
                *v = Value::from(f as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers),
        Value::Object(m) => m.values_mut().for_each(whole_numbers),
        _ => {}
    }
}

fn short(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.find(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

impl<S: Send + Sync> FromRequest<S> for Body {
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match read(req, state).await? {
            Some(v) => Ok(Body(v)),
            None => Err(ApiError::field("body", "a JSON object body is required")),
        }
    }
}

impl<S: Send + Sync> FromRequest<S> for OptBody {
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        Ok(OptBody(read(req, state).await?))
    }
}

/// Action endpoints (`plan`, `cancel`, `acknowledge`, …) accept an empty body or `{}`, nothing else.
pub fn no_fields(body: Option<&Value>) -> ApiResult<()> {
    if let Some(b) = body {
        let mut c = Check::new(b);
        c.only(&[], &[]);
        c.finish()?;
    }
    Ok(())
}

/// RFC 7396 JSON merge patch: absent = unchanged, null = clear.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(p) => {
            if !target.is_object() {
                *target = Value::Object(Map::new());
            }
            let t = target.as_object_mut().expect("object");
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        other => *target = other.clone(),
    }
}

/// An integer, including a whole number written as a float (`30.0`).
fn integer(n: &serde_json::Number) -> Option<i64> {
    n.as_i64().or_else(|| {
        n.as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
            .map(|f| f as i64)
    })
}

/// Field-by-field validation that gathers every problem before answering 400.
pub struct Check<'a> {
    obj: &'a Map<String, Value>,
    prefix: String,
    pub details: Vec<Detail>,
}

static EMPTY: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);

impl<'a> Check<'a> {
    pub fn new(body: &'a Value) -> Check<'a> {
        Check {
            obj: body.as_object().unwrap_or(&EMPTY),
            prefix: String::new(),
            details: Vec::new(),
        }
    }

    /// Checks a nested object, naming fields `prefix.key` in details.
    pub fn nested(body: &'a Value, prefix: &str) -> Check<'a> {
        Check {
            obj: body.as_object().unwrap_or(&EMPTY),
            prefix: format!("{prefix}."),
            details: Vec::new(),
        }
    }

    pub fn path(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    pub fn fail(&mut self, key: &str, message: impl Into<String>) {
        let field = self.path(key);
        self.details.push(Detail::new(field, message));
    }

    pub fn has(&self, key: &str) -> bool {
        self.obj.contains_key(key)
    }

    pub fn raw(&self, key: &str) -> Option<&'a Value> {
        self.obj.get(key)
    }

    /// Rejects keys that are neither writable nor known read-only fields.
    pub fn only(&mut self, writable: &[&str], read_only: &[&str]) {
        let unknown: Vec<String> = self
            .obj
            .keys()
            .filter(|k| !writable.contains(&k.as_str()) && !read_only.contains(&k.as_str()))
            .cloned()
            .collect();
        for k in unknown {
            self.fail(&k, "is not a known field");
        }
    }

    pub fn string(&mut self, key: &str, required: bool) -> Option<String> {
        match self.obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.fail(key, "is required");
                }
                None
            }
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.fail(key, "must be a string");
                None
            }
        }
    }

    /// A required non-empty string with a length cap.
    pub fn name(&mut self, key: &str, max: usize) -> Option<String> {
        let s = self.string(key, true)?;
        let len = s.chars().count();
        if len == 0 || len > max {
            self.fail(key, format!("must be 1 to {max} characters"));
            return None;
        }
        Some(s)
    }

    pub fn one_of(&mut self, key: &str, allowed: &[&str], required: bool) -> Option<String> {
        let s = self.string(key, required)?;
        if allowed.contains(&s.as_str()) {
            Some(s)
        } else {
            self.fail(key, format!("must be one of: {}", allowed.join(", ")));
            None
        }
    }

    pub fn int(&mut self, key: &str, required: bool, min: i64, max: i64) -> Option<i64> {
        match self.obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.fail(key, "is required");
                }
                None
            }
            Some(Value::Number(n)) if integer(n).is_some() => {
                let v = integer(n).expect("checked");
                if v < min || v > max {
                    self.fail(key, format!("must be between {min} and {max}"));
                    None
                } else {
                    Some(v)
                }
            }
            Some(_) => {
                self.fail(key, "must be an integer");
                None
            }
        }
    }

    pub fn boolean(&mut self, key: &str, required: bool) -> Option<bool> {
        match self.obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.fail(key, "is required");
                }
                None
            }
            Some(Value::Bool(b)) => Some(*b),
            Some(_) => {
                self.fail(key, "must be a boolean");
                None
            }
        }
    }

    pub fn object(&mut self, key: &str, required: bool) -> Option<&'a Value> {
        match self.obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.fail(key, "is required");
                }
                None
            }
            Some(v @ Value::Object(_)) => Some(v),
            Some(_) => {
                self.fail(key, "must be an object");
                None
            }
        }
    }

    pub fn array(&mut self, key: &str, required: bool) -> Option<&'a Vec<Value>> {
        match self.obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.fail(key, "is required");
                }
                None
            }
            Some(Value::Array(a)) => Some(a),
            Some(_) => {
                self.fail(key, "must be an array");
                None
            }
        }
    }

    pub fn strings(&mut self, key: &str, required: bool) -> Option<Vec<String>> {
        let arr = self.array(key, required)?;
        let mut out = Vec::with_capacity(arr.len());
        for (i, v) in arr.iter().enumerate() {
            match v.as_str() {
                Some(s) => out.push(s.to_string()),
                None => {
                    self.fail(&format!("{key}[{i}]"), "must be a string");
                    return None;
                }
            }
        }
        Some(out)
    }

    /// Adds another checker's findings (nested objects).
    pub fn absorb(&mut self, other: Check<'_>) {
        self.details.extend(other.details);
    }

    pub fn ok(&self) -> bool {
        self.details.is_empty()
    }

    pub fn finish(self) -> ApiResult<()> {
        if self.details.is_empty() {
            Ok(())
        } else {
            Err(ApiError::validation(
                "Request validation failed.",
                self.details,
            ))
        }
    }
}

/// Moves write-only secret fields out of `body` into `secrets`, leaving `<field>_set` flags.
/// `paths` are dotted (`config.password`). A JSON null clears the stored secret.
pub fn take_secrets(body: &mut Value, secrets: &mut Value, paths: &[&str]) {
    if !secrets.is_object() {
        *secrets = Value::Object(Map::new());
    }
    for path in paths {
        let (parent_path, field) = match path.rsplit_once('.') {
            Some((p, f)) => (Some(p), f),
            None => (None, *path),
        };
        let parent = match parent_path {
            Some(p) => pointer_mut(body, p),
            None => Some(&mut *body),
        };
        let Some(Value::Object(parent)) = parent else {
            continue;
        };
        if let Some(v) = parent.remove(field) {
            let store = secrets.as_object_mut().expect("object");
            if v.is_null() {
                store.remove(*path);
            } else {
                store.insert(path.to_string(), v);
            }
        }
        let is_set = secrets.get(*path).is_some();
        parent.insert(format!("{field}_set"), Value::Bool(is_set));
    }
}

/// `*_set` flags are derived; a client echoing them back must not change anything (nor create
/// keys named like them).
pub fn strip_set_flags(v: &mut Value) {
    if let Value::Object(m) = v {
        m.retain(|key, _| !key.ends_with("_set"));
        m.values_mut().for_each(strip_set_flags);
    }
}

fn pointer_mut<'v>(v: &'v mut Value, dotted: &str) -> Option<&'v mut Value> {
    let mut cur = v;
    for seg in dotted.split('.') {
        cur = cur.as_object_mut()?.get_mut(seg)?;
    }
    Some(cur)
}

/// `{field: {from, to}}` for top-level (and one level nested) changes, secrets excluded.
pub fn diff(before: &Value, after: &Value, ignore: &[&str]) -> Value {
    let mut out = Map::new();
    let (Some(b), Some(a)) = (before.as_object(), after.as_object()) else {
        return Value::Object(out);
    };
    let keys: Vec<&String> = b
        .keys()
        .chain(a.keys().filter(|k| !b.contains_key(*k)))
        .collect();
    for k in keys {
        if ignore.contains(&k.as_str()) || k.ends_with("_set") {
            continue;
        }
        let (from, to) = (
            b.get(k).unwrap_or(&Value::Null),
            a.get(k).unwrap_or(&Value::Null),
        );
        if from != to {
            out.insert(k.clone(), serde_json::json!({"from": from, "to": to}));
        }
    }
    Value::Object(out)
}
