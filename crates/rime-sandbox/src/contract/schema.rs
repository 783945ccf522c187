//! JSON Schema validation for the subset the OpenAPI document uses: every failure, located, for requests and responses.
//
// Requests and responses differ in two ways: a response may never carry a `writeOnly` field,
// and messages are worded for their reader (a request's read like the sandbox handlers' own
// `details[].message`, a response's name the schema rule). Schemas may carry `x-rime-checks`:
// a rule the server checks beyond JSON Schema (state, or a relation between fields); the
// validator records where such schemas applied so callers can tell a stated 400 from an
// unstated one.

use serde_json::{Map, Value};

use super::pattern::Pattern;

/// Validates values against schemas of one document (for `$ref` resolution).
pub struct Validator<'d> {
    pub doc: &'d Value,
}

/// Appends a key to a JSON pointer, escaping `~` and `/`.
pub fn child(at: &str, key: &str) -> String {
    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// One step into a JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// Where a value sits in the checked document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loc(pub Vec<Seg>);

impl Loc {
    pub fn key(&self, k: &str) -> Loc {
        let mut v = self.0.clone();
        v.push(Seg::Key(k.to_string()));
        Loc(v)
    }
    pub fn index(&self, i: usize) -> Loc {
        let mut v = self.0.clone();
        v.push(Seg::Index(i));
        Loc(v)
    }
    /// JSON pointer (`/settings/snowflake/account`, `/steps/0/key`).
    pub fn pointer(&self) -> String {
        self.0.iter().fold(String::new(), |at, s| match s {
            Seg::Key(k) => child(&at, k),
            Seg::Index(i) => format!("{at}/{i}"),
        })
    }
    /// The sandbox's `details[].field` form: dotted keys, `[i]` indexes (`steps[0].key`);
    /// `root` names the whole value.
    pub fn field(&self, root: &str) -> String {
        let mut out = String::new();
        for s in &self.0 {
            match s {
                Seg::Key(k) if out.is_empty() => out.push_str(k),
                Seg::Key(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                Seg::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        if out.is_empty() || out.starts_with('[') {
            format!("{root}{out}")
        } else {
            out
        }
    }
    /// Whether `self` is `other` or lies inside it.
    pub fn within(&self, other: &Loc) -> bool {
        self.0.starts_with(&other.0)
    }
}

/// Which side of an exchange a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Request,
    Response,
}

/// What is wrong at a location.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Type {
        expected: Vec<String>,
        got: Value,
    },
    Const(Value),
    Enum(Vec<Value>),
    /// The location is the missing field itself.
    Required,
    /// `field` is required because `because` is present.
    RequiredWith(String),
    /// A field the schema does not declare; the declared ones, for the message.
    Unknown(Vec<String>),
    WriteOnly,
    MinLength(u64),
    MaxLength(u64),
    Pattern(String),
    /// A `format` (or a pattern that did not compile) not met; the reason, when one is known.
    Format(String, Option<String>),
    /// A pattern not met, in the words of the schema's `x-message` (what the rule means).
    Said(String),
    /// Outside both bounds' range (`minimum` and `maximum`).
    Range(f64, f64),
    Minimum(f64, bool),
    Maximum(f64, bool),
    MultipleOf(f64),
    MinItems(u64),
    MaxItems(u64),
    /// This item repeats the item at the index.
    Duplicate(usize),
    MinProperties(u64, Vec<String>),
    MaxProperties(u64, Vec<String>),
    /// The field may not be given here (a `not: {required: [field]}`).
    NotAllowed,
    Not,
    False,
    SeveralOneOf,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub at: Loc,
    pub problem: Problem,
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

/// JSON Schema counts `30.0` as an integer.
pub fn has_type(v: &Value, t: &str) -> bool {
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

/// The custom formats the sandbox enforces: `date-time` (RFC 3339 UTC), `cron` (one five-field
/// expression) and `cron-list` (one or more joined by `|`). Other formats are annotations.
pub fn format_ok(format: &str, s: &str) -> bool {
    match format {
        "date-time" => is_utc_timestamp(s),
        "cron" => !s.contains('|') && rime_cron::Schedule::parse(s.trim()).is_ok(),
        "cron-list" => rime_cron::Schedule::parse(s).is_ok(),
        _ => true,
    }
}

/// Numbers as JSON writes them: `5`, not `5.0`.
fn num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

fn listed(values: &[Value]) -> String {
    values
        .iter()
        .map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
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

impl Problem {
    /// A `details[].message`, worded like the sandbox handlers' own.
    pub fn request_message(&self) -> String {
        match self {
            Problem::Type { expected, .. } => {
                let names: Vec<String> = expected
                    .iter()
                    .filter(|t| *t != "null")
                    .map(|t| match t.as_str() {
                        "integer" => "an integer".to_string(),
                        "object" | "array" => format!("an {t}"),
                        other => format!("a {other}"),
                    })
                    .collect();
                let mut m = format!("must be {}", names.join(" or "));
                if expected.iter().any(|t| t == "null") {
                    m.push_str(" or null");
                }
                if names.is_empty() {
                    m = "must be null".into();
                }
                m
            }
            Problem::Const(c) => format!("must be {}", listed(std::slice::from_ref(c))),
            Problem::Enum(options) => format!("must be one of: {}", listed(options)),
            Problem::Required => "is required".into(),
            Problem::RequiredWith(because) => format!("is required with {because}"),
            Problem::Unknown(known) if known.is_empty() => "is not a known field".into(),
            Problem::Unknown(known) => {
                format!("is not a known field; valid keys: {}", known.join(", "))
            }
            Problem::WriteOnly => "is write-only".into(),
            Problem::MinLength(1) => "must not be empty".into(),
            Problem::MinLength(n) => format!("must be at least {n} characters"),
            Problem::MaxLength(n) => format!("must be at most {n} characters"),
            Problem::Pattern(p) => format!("must match {p}"),
            Problem::Format(f, why) => match (f.as_str(), why) {
                ("cron" | "cron-list", None) => "Invalid cron expression.".into(),
                ("cron" | "cron-list", Some(why)) => format!("Invalid cron expression: {why}."),
                ("date-time", _) => "must be an RFC 3339 timestamp".into(),
                (other, _) => format!("must be a valid {other}"),
            },
            Problem::Said(m) => m.clone(),
            Problem::Range(lo, hi) => format!("must be between {} and {}", num(*lo), num(*hi)),
            Problem::Minimum(m, false) => format!("must be at least {}", num(*m)),
            Problem::Minimum(m, true) => format!("must be greater than {}", num(*m)),
            Problem::Maximum(m, false) => format!("must be at most {}", num(*m)),
            Problem::Maximum(m, true) => format!("must be less than {}", num(*m)),
            Problem::MultipleOf(m) => format!("must be a multiple of {}", num(*m)),
            Problem::MinItems(1) => "must list at least one item".into(),
            Problem::MinItems(n) => format!("must list at least {n} items"),
            Problem::MaxItems(n) => format!("must list at most {n} items"),
            Problem::Duplicate(i) => format!("repeats item [{i}]"),
            Problem::MinProperties(_, names) if !names.is_empty() => {
                format!("give one of: {}", names.join(", "))
            }
            Problem::MinProperties(n, _) => format!("must have at least {n} fields"),
            Problem::MaxProperties(_, names) if !names.is_empty() => {
                format!("give only one of: {}", names.join(", "))
            }
            Problem::MaxProperties(n, _) => format!("must have at most {n} fields"),
            Problem::NotAllowed => "is not allowed here".into(),
            Problem::Not => "matches a form that is not allowed".into(),
            Problem::False => "is not allowed".into(),
            Problem::SeveralOneOf => "matches several of the allowed forms".into(),
        }
    }

    /// A message naming the schema rule (responses; the document's own consistency).
    pub fn response_message(&self) -> String {
        match self {
            Problem::Type { expected, got } => format!(
                "expected {}, got {} ({})",
                expected.join(" or "),
                kind(got),
                preview(got)
            ),
            Problem::Const(c) => format!("expected {c}"),
            Problem::Enum(options) => format!("not one of {}", Value::Array(options.clone())),
            Problem::Required => "missing required field".into(),
            Problem::Unknown(_) => "unknown field".into(),
            Problem::WriteOnly => "write-only field returned".into(),
            other => other.request_message(),
        }
    }
}

impl Failure {
    /// `at /x: message` for response checks (the field name is part of `at`).
    pub fn describe(&self) -> String {
        let at = self.at.pointer();
        let shown = if at.is_empty() { "/" } else { at.as_str() };
        match &self.problem {
            Problem::Required => {
                let (parent, name) = match self.at.0.split_last() {
                    Some((Seg::Key(k), rest)) => (Loc(rest.to_vec()).pointer(), k.clone()),
                    _ => (at.clone(), String::new()),
                };
                let parent = if parent.is_empty() {
                    "/".into()
                } else {
                    parent
                };
                format!("at {parent}: missing required field {name:?}")
            }
            p => format!("at {shown}: {}", p.response_message()),
        }
    }
}

/// A discriminator mismatch: a `const`/`enum` failure on one of the branches' pinned properties.
fn discriminator_failure(f: &Failure, at: &Loc, keys: &[String]) -> bool {
    matches!(f.problem, Problem::Const(_) | Problem::Enum(_))
        && f.at.0.len() == at.0.len() + 1
        && f.at.within(at)
        && matches!(f.at.0.last(), Some(Seg::Key(k)) if keys.contains(k))
}

/// What a walk found: failures, and where `x-rime-checks` rules applied.
#[derive(Default)]
pub struct Outcome {
    pub failures: Vec<Failure>,
    pub checks: Vec<Loc>,
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

    /// Checks a response value: the first failure as `at /pointer: message`.
    pub fn check(&self, schema: &'d Value, v: &Value, at: &str) -> Result<(), String> {
        let loc = Loc(at
            .split('/')
            .skip(1)
            .map(|s| Seg::Key(s.replace("~1", "/").replace("~0", "~")))
            .collect());
        let mut out = Outcome::default();
        self.walk(schema, v, &loc, Mode::Response, &mut out);
        match out.failures.first() {
            None => Ok(()),
            Some(f) => Err(f.describe()),
        }
    }

    /// Every failure of `v` against `schema`, and where `x-rime-checks` rules applied.
    pub fn validate(&self, schema: &'d Value, v: &Value, mode: Mode) -> Outcome {
        let mut out = Outcome::default();
        self.walk(schema, v, &Loc::default(), mode, &mut out);
        // One report per location: the first (most specific) wins.
        let mut seen: Vec<Loc> = Vec::new();
        out.failures.retain(|f| {
            if seen.contains(&f.at) {
                false
            } else {
                seen.push(f.at.clone());
                true
            }
        });
        out
    }

    fn walk(&self, schema: &'d Value, v: &Value, at: &Loc, mode: Mode, out: &mut Outcome) {
        let s = match schema {
            Value::Bool(true) => return,
            Value::Bool(false) => {
                return out.failures.push(Failure {
                    at: at.clone(),
                    problem: Problem::False,
                });
            }
            Value::Object(s) => s,
            _ => return,
        };
        let fail = |out: &mut Outcome, problem| {
            out.failures.push(Failure {
                at: at.clone(),
                problem,
            })
        };
        if s.contains_key("x-rime-checks") {
            out.checks.push(at.clone());
        }
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            match self.resolve(r) {
                Some(target) => {
                    let before = out.failures.len();
                    self.walk(target, v, at, mode, out);
                    if out.failures.len() > before && type_failed(&out.failures[before..], at) {
                        return;
                    }
                }
                None => {
                    return fail(out, Problem::Format(format!("unresolved $ref {r}"), None));
                }
            }
        }
        if let Some(t) = s.get("type") {
            let allowed: Vec<&str> = match t {
                Value::String(one) => vec![one.as_str()],
                Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if !allowed.is_empty() && !allowed.iter().any(|t| has_type(v, t)) {
                return fail(
                    out,
                    Problem::Type {
                        expected: allowed.iter().map(|t| t.to_string()).collect(),
                        got: v.clone(),
                    },
                );
            }
        }
        if let Some(c) = s.get("const")
            && !same(c, v)
        {
            return fail(out, Problem::Const(c.clone()));
        }
        if let Some(Value::Array(options)) = s.get("enum")
            && !options.iter().any(|o| same(o, v))
        {
            return fail(out, Problem::Enum(options.clone()));
        }
        let start = out.failures.len();
        match v {
            Value::String(text) => string(s, text, at, mode, out),
            Value::Number(n) => number(s, n.as_f64().unwrap_or(0.0), at, out),
            Value::Object(obj) => self.object(s, obj, at, mode, out),
            Value::Array(items) => self.array(s, items, at, mode, out),
            _ => {}
        }
        self.combinators(s, v, at, mode, out);
        if v.is_object() {
            // An object's failures in the order its schema lists the fields (unknown ones
            // last), as a reader of the schema checks them.
            let mut order = Vec::new();
            self.field_order(schema, &mut order, 0);
            let rank = |f: &Failure| match f.at.0.get(at.0.len()) {
                Some(Seg::Key(k)) if f.at.within(at) => {
                    order.iter().position(|x| x == k).unwrap_or(usize::MAX - 1)
                }
                _ => usize::MAX,
            };
            out.failures[start..].sort_by_key(rank);
        } else if v.is_array() {
            let rank = |f: &Failure| match f.at.0.get(at.0.len()) {
                Some(Seg::Index(i)) if f.at.within(at) => *i,
                _ => usize::MAX,
            };
            out.failures[start..].sort_by_key(rank);
        }
    }

    /// The property names a schema declares, its `$ref` and `allOf` parts included, in order.
    fn field_order(&self, schema: &'d Value, order: &mut Vec<String>, depth: usize) {
        if depth > 8 {
            return;
        }
        let s = self.deref(schema).unwrap_or(schema);
        for k in s["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            if !order.contains(k) {
                order.push(k.clone());
            }
        }
        for sub in s["allOf"].as_array().into_iter().flatten() {
            self.field_order(sub, order, depth + 1);
        }
    }

    fn object(
        &self,
        s: &'d Map<String, Value>,
        obj: &Map<String, Value>,
        at: &Loc,
        mode: Mode,
        out: &mut Outcome,
    ) {
        if let Some(Value::Array(required)) = s.get("required") {
            for k in required.iter().filter_map(Value::as_str) {
                if obj.contains_key(k) {
                    continue;
                }
                // A missing object that itself has required fields is reported as those
                // fields (`config.business_key`): what the caller must add.
                let inner: Vec<&str> = (mode == Mode::Request)
                    .then(|| s.get("properties"))
                    .flatten()
                    .and_then(|p| p.get(k))
                    .and_then(|p| self.deref(p).ok())
                    .and_then(|p| p.get("required"))
                    .and_then(Value::as_array)
                    .map(|r| r.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                if inner.is_empty() {
                    out.failures.push(Failure {
                        at: at.key(k),
                        problem: Problem::Required,
                    });
                }
                for field in inner {
                    out.failures.push(Failure {
                        at: at.key(k).key(field),
                        problem: Problem::Required,
                    });
                }
            }
        }
        if let Some(Value::Object(deps)) = s.get("dependentRequired") {
            for (k, needs) in deps {
                if !obj.contains_key(k) {
                    continue;
                }
                for n in needs
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                {
                    if !obj.contains_key(n) {
                        out.failures.push(Failure {
                            at: at.key(n),
                            problem: Problem::RequiredWith(k.clone()),
                        });
                    }
                }
            }
        }
        let props = s.get("properties").and_then(Value::as_object);
        let names = || {
            props
                .map(|p| p.keys().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        };
        let count = obj.len() as u64;
        if let Some(min) = s.get("minProperties").and_then(Value::as_u64)
            && count < min
        {
            out.failures.push(Failure {
                at: at.clone(),
                problem: Problem::MinProperties(min, names()),
            });
        }
        if let Some(max) = s.get("maxProperties").and_then(Value::as_u64)
            && count > max
        {
            out.failures.push(Failure {
                at: at.clone(),
                problem: Problem::MaxProperties(max, names()),
            });
        }
        for (k, child_v) in obj {
            let here = at.key(k);
            if let Some(names) = s.get("propertyNames") {
                self.walk(names, &Value::String(k.clone()), &here, mode, out);
            }
            match props.and_then(|p| p.get(k)) {
                Some(prop) => {
                    if mode == Mode::Response && self.write_only(prop) {
                        out.failures.push(Failure {
                            at: here,
                            problem: Problem::WriteOnly,
                        });
                        continue;
                    }
                    self.walk(prop, child_v, &here, mode, out);
                }
                None => match s.get("additionalProperties") {
                    Some(Value::Bool(false)) => {
                        let known = names()
                            .into_iter()
                            .filter(|k| {
                                props.is_some_and(|p| p[k.as_str()].get("readOnly").is_none())
                            })
                            .collect();
                        out.failures.push(Failure {
                            at: here,
                            problem: Problem::Unknown(known),
                        })
                    }
                    Some(extra) => self.walk(extra, child_v, &here, mode, out),
                    None => {}
                },
            }
        }
    }

    fn write_only(&self, prop: &'d Value) -> bool {
        let flag = |v: &Value| v.get("writeOnly") == Some(&Value::Bool(true));
        flag(prop) || self.deref(prop).is_ok_and(flag)
    }

    fn array(
        &self,
        s: &'d Map<String, Value>,
        items: &[Value],
        at: &Loc,
        mode: Mode,
        out: &mut Outcome,
    ) {
        let n = items.len() as u64;
        if let Some(min) = s.get("minItems").and_then(Value::as_u64)
            && n < min
        {
            out.failures.push(Failure {
                at: at.clone(),
                problem: Problem::MinItems(min),
            });
        }
        if let Some(max) = s.get("maxItems").and_then(Value::as_u64)
            && n > max
        {
            out.failures.push(Failure {
                at: at.clone(),
                problem: Problem::MaxItems(max),
            });
        }
        if s.get("uniqueItems") == Some(&Value::Bool(true)) {
            for (i, item) in items.iter().enumerate() {
                if let Some(j) = items[..i].iter().position(|x| same(x, item)) {
                    out.failures.push(Failure {
                        at: at.index(i),
                        problem: Problem::Duplicate(j),
                    });
                }
            }
        }
        if let Some(item_schema) = s.get("items") {
            for (i, item) in items.iter().enumerate() {
                self.walk(item_schema, item, &at.index(i), mode, out);
            }
        }
        // `x-unique-by`: items may not repeat these fields (an endpoint's `table`, a test's
        // `type` and `column`); the repeat is named at its last field.
        let by: Vec<&str> = match s.get("x-unique-by") {
            Some(Value::String(one)) => vec![one.as_str()],
            Some(Value::Array(many)) => many.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        if let Some(last) = by.last() {
            let key = |item: &Value| -> Option<Vec<Value>> {
                by.iter().map(|f| item.get(*f).cloned()).collect()
            };
            for (i, item) in items.iter().enumerate() {
                let Some(k) = key(item) else { continue };
                if let Some(j) = items[..i].iter().position(|x| key(x).as_ref() == Some(&k)) {
                    out.failures.push(Failure {
                        at: at.index(i).key(last),
                        problem: Problem::Duplicate(j),
                    });
                }
            }
        }
    }

    fn branch(&self, sub: &'d Value, v: &Value, at: &Loc, mode: Mode) -> Outcome {
        let mut o = Outcome::default();
        self.walk(sub, v, at, mode, &mut o);
        o
    }

    fn combinators(
        &self,
        s: &'d Map<String, Value>,
        v: &Value,
        at: &Loc,
        mode: Mode,
        out: &mut Outcome,
    ) {
        if let Some(Value::Array(all)) = s.get("allOf") {
            for sub in all {
                self.walk(sub, v, at, mode, out);
            }
        }
        for key in ["anyOf", "oneOf"] {
            let Some(Value::Array(subs)) = s.get(key) else {
                continue;
            };
            let mut results: Vec<Outcome> = subs
                .iter()
                .map(|sub| self.branch(sub, v, at, mode))
                .collect();
            let passing: Vec<usize> = (0..results.len())
                .filter(|i| results[*i].failures.is_empty())
                .collect();
            match passing.len() {
                0 => {
                    let keys = self.discriminators(subs);
                    out.failures.extend(best(results, at, &keys));
                }
                n if n > 1 && key == "oneOf" => {
                    // Without its discriminator the value matches every branch; the missing
                    // field is reported where it is required.
                    let keys = self.discriminators(subs);
                    if keys.iter().all(|k| v.get(k).is_some()) {
                        out.failures.push(Failure {
                            at: at.clone(),
                            problem: Problem::SeveralOneOf,
                        });
                    }
                }
                _ => out.checks.append(&mut results[passing[0]].checks),
            }
        }
        if let Some(not) = s.get("not")
            && self.branch(not, v, at, mode).failures.is_empty()
        {
            let only_required = not.as_object().is_some_and(|n| n.len() == 1);
            match not.get("required").and_then(Value::as_array) {
                Some(keys) if only_required => {
                    for k in keys.iter().filter_map(Value::as_str) {
                        out.failures.push(Failure {
                            at: at.key(k),
                            problem: Problem::NotAllowed,
                        });
                    }
                }
                _ => out.failures.push(Failure {
                    at: at.clone(),
                    problem: Problem::Not,
                }),
            }
        }
        if let Some(cond) = s.get("if") {
            let mut test = self.branch(cond, v, at, mode);
            let next = if test.failures.is_empty() {
                out.checks.append(&mut test.checks);
                s.get("then")
            } else {
                s.get("else")
            };
            if let Some(next) = next {
                self.walk(next, v, at, mode, out);
            }
        }
    }
}

impl<'d> Validator<'d> {
    /// Properties every branch pins with `const` or `enum` (`type`, `method`, `kind`): what
    /// tells the branches apart.
    fn discriminators(&self, subs: &'d [Value]) -> Vec<String> {
        let pinned = |sub: &'d Value| -> Vec<String> {
            let sub = self.deref(sub).unwrap_or(sub);
            sub["properties"]
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(_, p)| {
                    let p = self.deref(p).unwrap_or(p);
                    p.get("const").is_some() || p.get("enum").is_some()
                })
                .map(|(k, _)| k.clone())
                .collect()
        };
        let mut keys = subs.first().map(pinned).unwrap_or_default();
        for sub in subs.iter().skip(1) {
            let these = pinned(sub);
            keys.retain(|k| these.contains(k));
        }
        keys
    }
}

/// Whether a `$ref` target already failed on the value's type (then nothing more is useful).
fn type_failed(failures: &[Failure], at: &Loc) -> bool {
    failures
        .iter()
        .any(|f| f.at == *at && matches!(f.problem, Problem::Type { .. } | Problem::Enum(_)))
}

/// The failures of the branch the value most plausibly meant: one whose discriminators match
/// (else one merged discriminator failure), and among those one the value's type fits, with the
/// fewest failures.
fn best(results: Vec<Outcome>, at: &Loc, keys: &[String]) -> Vec<Failure> {
    let wrong_type = |r: &Outcome| {
        r.failures
            .iter()
            .any(|f| f.at == *at && matches!(f.problem, Problem::Type { .. }))
    };
    let meant: Vec<&Outcome> = results
        .iter()
        .filter(|r| {
            !r.failures
                .iter()
                .any(|f| discriminator_failure(f, at, keys))
        })
        .collect();
    if let Some(b) = meant
        .iter()
        .min_by_key(|r| (wrong_type(r), r.failures.len()))
    {
        return b.failures.clone();
    }
    // Every branch rejects a discriminator: if it is the same field, list every allowed value.
    let firsts: Vec<&Failure> = results
        .iter()
        .filter_map(|r| {
            r.failures
                .iter()
                .find(|f| discriminator_failure(f, at, keys))
        })
        .collect();
    if let Some(first) = firsts.first()
        && firsts.iter().all(|f| f.at == first.at)
    {
        let mut values: Vec<Value> = Vec::new();
        for f in &firsts {
            let more = match &f.problem {
                Problem::Const(c) => vec![c.clone()],
                Problem::Enum(e) => e.clone(),
                _ => vec![],
            };
            for m in more {
                if !values.contains(&m) {
                    values.push(m);
                }
            }
        }
        return vec![Failure {
            at: first.at.clone(),
            problem: Problem::Enum(values),
        }];
    }
    results
        .into_iter()
        .min_by_key(|r| r.failures.len())
        .map(|r| r.failures)
        .unwrap_or_default()
}

/// JSON equality where `30` and `30.0` are the same number.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

fn string(s: &Map<String, Value>, text: &str, at: &Loc, mode: Mode, out: &mut Outcome) {
    let mut fail = |problem| {
        out.failures.push(Failure {
            at: at.clone(),
            problem,
        })
    };
    let len = text.chars().count() as u64;
    if let Some(min) = s.get("minLength").and_then(Value::as_u64)
        && len < min
    {
        return fail(Problem::MinLength(min));
    }
    if let Some(max) = s.get("maxLength").and_then(Value::as_u64)
        && len > max
    {
        return fail(Problem::MaxLength(max));
    }
    if let Some(p) = s.get("pattern").and_then(Value::as_str) {
        match compiled(p) {
            Ok(pattern) if pattern.is_match(text) => {}
            Ok(_) => {
                return fail(match s.get("x-message").and_then(Value::as_str) {
                    Some(m) => Problem::Said(m.to_string()),
                    None => Problem::Pattern(p.to_string()),
                });
            }
            Err(e) => return fail(Problem::Format(e, None)),
        }
    }
    // A request may write any offset (`+13:00`); the server answers in UTC (`Z`).
    let lenient =
        mode == Mode::Request && s.get("format").and_then(Value::as_str) == Some("date-time");
    if lenient {
        if text.parse::<jiff::Timestamp>().is_err() {
            fail(Problem::Format("date-time".into(), None));
        }
    } else if let Some(f) = s.get("format").and_then(Value::as_str)
        && !format_ok(f, text)
    {
        // A list of crons says which part is wrong (the single form keeps the contract's text).
        let why = (f == "cron-list")
            .then(|| {
                rime_cron::Schedule::parse(text)
                    .err()
                    .map(|e| e.to_string())
            })
            .flatten();
        fail(Problem::Format(f.to_string(), why));
    }
}

/// Patterns compile once per process: the document's patterns are few, requests many.
fn compiled(p: &str) -> Result<std::sync::Arc<Pattern>, String> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Pattern>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hit) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(p) {
        return Ok(hit.clone());
    }
    let pattern = Arc::new(Pattern::compile(p)?);
    cache
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(p.to_string(), pattern.clone());
    Ok(pattern)
}

fn number(s: &Map<String, Value>, n: f64, at: &Loc, out: &mut Outcome) {
    let bound = |k: &str| s.get(k).and_then(Value::as_f64);
    let outside = |lo: f64, hi: f64| n < lo || n > hi;
    let problem = if let (Some(lo), Some(hi)) = (bound("minimum"), bound("maximum"))
        && outside(lo, hi)
    {
        Some(Problem::Range(lo, hi))
    } else if let Some(m) = bound("minimum").filter(|m| n < *m) {
        Some(Problem::Minimum(m, false))
    } else if let Some(m) = bound("exclusiveMinimum").filter(|m| n <= *m) {
        Some(Problem::Minimum(m, true))
    } else if let Some(m) = bound("maximum").filter(|m| n > *m) {
        Some(Problem::Maximum(m, false))
    } else if let Some(m) = bound("exclusiveMaximum").filter(|m| n >= *m) {
        Some(Problem::Maximum(m, true))
    } else {
        bound("multipleOf")
            .filter(|m| *m > 0.0 && (n / m).fract() != 0.0)
            .map(Problem::MultipleOf)
    };
    if let Some(problem) = problem {
        out.failures.push(Failure {
            at: at.clone(),
            problem,
        });
    }
}
