//! Values from schemas: random instances the document calls valid, and mutations of them it calls invalid.

use rime_sandbox::contract::Pattern;
use rime_sandbox::contract::schema::{Mode, Validator};
use serde_json::{Map, Value, json};

/// splitmix64: small, seedable, good enough to explore a document.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Characters for free text: the awkward ones a handler might trip on, not only letters.
const TEXT: &[char] = &[
    'a', 'b', 'z', 'A', 'Q', '0', '7', '_', '-', '.', ' ', '/', ':', '@', '$', '#', ',', '\'', '"',
    'é', 'ß', '中', '😀', '\u{a0}', '\t',
];

/// Characters negated classes and `.` draw from in patterns.
pub fn alphabet() -> Vec<char> {
    ('!'..='~').chain(['é', ' ', '中']).collect()
}

const CRONS: &[&str] = &[
    "0 6 * * *",
    "*/15 * * * *",
    "30 2 1 * *",
    "0 9-17 * * 1-5",
    "5,35 * * * 0",
];

pub struct Gen<'d> {
    pub v: Validator<'d>,
    pub rng: Rng,
    pub alphabet: Vec<char>,
}

fn types_of(s: &Value) -> Vec<String> {
    match &s["type"] {
        Value::String(t) => vec![t.clone()],
        Value::Array(ts) => ts
            .iter()
            .filter_map(|t| t.as_str().map(String::from))
            .collect(),
        _ => vec![],
    }
}

fn merge(into: &mut Value, from: Value) {
    match (into, from) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(&k) {
                    Some(existing) if existing.is_object() && v.is_object() => merge(existing, v),
                    _ => {
                        a.insert(k, v);
                    }
                }
            }
        }
        (slot, other) => *slot = other,
    }
}

impl<'d> Gen<'d> {
    /// A valid instance of `schema`, or `None` after enough failed attempts.
    pub fn valid(&mut self, schema: &'d Value) -> Option<Value> {
        for _ in 0..40 {
            let candidate = self.value(schema, 0, false);
            if self
                .v
                .validate(schema, &candidate, Mode::Request)
                .failures
                .is_empty()
            {
                return Some(candidate);
            }
        }
        None
    }

    fn value(&mut self, schema: &'d Value, depth: usize, force: bool) -> Value {
        let s = self.v.deref(schema).unwrap_or(schema);
        if !s.is_object() {
            return self.scalar();
        }
        if let Some(c) = s.get("const") {
            return c.clone();
        }
        if let Some(Value::Array(options)) = s.get("enum") {
            return self.rng.pick(options).clone();
        }
        let mut types = types_of(s);
        if types.is_empty() && (s.get("properties").is_some() || s.get("required").is_some()) {
            types.push("object".into());
        }
        let nullable = types.iter().any(|t| t == "null");
        types.retain(|t| t != "null");
        if nullable && (types.is_empty() || self.rng.chance(15)) {
            return Value::Null;
        }
        let mut out = match types.first().map(String::as_str) {
            Some("string") => self.string(s),
            Some("integer") => self.integer(s),
            Some("number") => {
                if self.rng.chance(50) {
                    self.integer(s)
                } else {
                    json!(self.integer(s).as_i64().unwrap_or(0) as f64 + 0.25)
                }
            }
            Some("boolean") => Value::Bool(self.rng.chance(50)),
            Some("array") => self.array(s, depth),
            Some("object") => self.object(s, depth, force),
            _ if s.get("$ref").is_none()
                && s.get("allOf").is_none()
                && s.get("oneOf").is_none()
                && s.get("anyOf").is_none() =>
            {
                self.scalar()
            }
            _ => Value::Object(Map::new()),
        };
        // Combinators add to (and override) the value built from the schema's own keywords.
        if let Some(target) = s.get("$ref").and_then(Value::as_str)
            && let Some(t) = self.v.resolve(target)
        {
            let more = self.value(t, depth + 1, force);
            merge(&mut out, more);
        }
        if let Some(Value::Array(all)) = s.get("allOf") {
            for sub in all {
                let more = self.value(sub, depth + 1, true);
                merge(&mut out, more);
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(subs)) = s.get(key) {
                let sub = self.rng.pick(subs);
                let more = self.value(sub, depth + 1, true);
                merge(&mut out, more);
                self.fit_branch(s, sub, &mut out, depth);
            }
        }
        if let Some(cond) = s.get("if")
            && self
                .v
                .validate(cond, &out, Mode::Request)
                .failures
                .is_empty()
            && let Some(then) = s.get("then")
        {
            let more = self.value(then, depth + 1, true);
            merge(&mut out, more);
        }
        out
    }

    /// A branch that only requires (or forbids) fields of its parent: give the required ones a
    /// value from the parent's own schema, drop the forbidden ones.
    fn fit_branch(&mut self, parent: &'d Value, sub: &'d Value, out: &mut Value, depth: usize) {
        let sub = self.v.deref(sub).unwrap_or(sub);
        let own = sub["properties"].as_object();
        for k in sub["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            // A branch's own schema for the field is used as it is; `true` only says it exists.
            if own.is_some_and(|p| p.get(k).is_some_and(Value::is_object)) {
                continue;
            }
            if let Some(p) = parent["properties"].get(k) {
                let v = self.value(p, depth + 1, false);
                if let Some(m) = out.as_object_mut() {
                    m.insert(k.to_string(), v);
                }
            }
        }
        let forbidden = own
            .into_iter()
            .flatten()
            .filter(|(_, p)| **p == Value::Bool(false))
            .map(|(k, _)| k.as_str());
        let not_required = sub["not"]["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str);
        for k in forbidden.chain(not_required) {
            if let Some(m) = out.as_object_mut() {
                m.remove(k);
            }
        }
    }

    fn scalar(&mut self) -> Value {
        match self.rng.below(4) {
            0 => json!(self.rng.below(1000)),
            1 => Value::Bool(self.rng.chance(50)),
            2 => Value::String(self.text(0, 8)),
            _ => Value::String("x".into()),
        }
    }

    fn text(&mut self, min: usize, max: usize) -> String {
        let len = min + self.rng.below(max.saturating_sub(min) + 1);
        (0..len).map(|_| *self.rng.pick(TEXT)).collect()
    }

    fn string(&mut self, s: &Value) -> Value {
        let min = s["minLength"].as_u64().unwrap_or(0) as usize;
        let max = s["maxLength"]
            .as_u64()
            .map(|m| m as usize)
            .unwrap_or(min + 12);
        let text = match s["format"].as_str() {
            Some("date-time") => format!(
                "2026-11-{:02}T09:{:02}:00Z",
                1 + self.rng.below(28),
                self.rng.below(60)
            ),
            Some("cron") => self.rng.pick(CRONS).to_string(),
            Some("cron-list") => {
                let n = 1 + self.rng.below(2);
                (0..n)
                    .map(|_| *self.rng.pick(CRONS))
                    .collect::<Vec<_>>()
                    .join(" | ")
            }
            Some("email") if s.get("pattern").is_none() => {
                format!("u{}@example.com", self.rng.below(1000))
            }
            _ => match s["pattern"].as_str().and_then(|p| Pattern::compile(p).ok()) {
                Some(p) => {
                    let mut pick = |n: usize| self.rng.below(n);
                    p.sample(&mut pick, &self.alphabet)
                }
                None => self.text(min, max.min(min + 12)),
            },
        };
        Value::String(text)
    }

    fn integer(&mut self, s: &Value) -> Value {
        let lo = s["minimum"]
            .as_i64()
            .or_else(|| s["exclusiveMinimum"].as_i64().map(|m| m + 1));
        let hi = s["maximum"]
            .as_i64()
            .or_else(|| s["exclusiveMaximum"].as_i64().map(|m| m - 1));
        let (lo, hi) = match (lo, hi) {
            (Some(l), Some(h)) => (l, h),
            (Some(l), None) => (l, l + 1000),
            (None, Some(h)) => (h - 1000, h),
            (None, None) => (-5, 1000),
        };
        let n = match self.rng.below(4) {
            0 => lo,
            1 => hi,
            _ => lo + (self.rng.next() % ((hi - lo + 1).max(1) as u64)) as i64,
        };
        json!(n)
    }

    fn array(&mut self, s: &'d Value, depth: usize) -> Value {
        let min = s["minItems"].as_u64().unwrap_or(0) as usize;
        let cap = if depth > 3 { min } else { min + 3 };
        let max = s["maxItems"]
            .as_u64()
            .map(|m| m as usize)
            .unwrap_or(cap)
            .min(cap);
        let n = min + self.rng.below(max.saturating_sub(min) + 1);
        let mut items: Vec<Value> = Vec::new();
        for _ in 0..n {
            let item = match s.get("items") {
                Some(i) => self.value(i, depth + 1, false),
                None => self.scalar(),
            };
            if s["uniqueItems"] == Value::Bool(true) && items.contains(&item) {
                continue;
            }
            items.push(item);
        }
        Value::Array(items)
    }

    /// Required properties always; optional ones half the time (all of them in `force`d
    /// combinator branches, whose listed properties are what the branch is about).
    fn object(&mut self, s: &'d Value, depth: usize, force: bool) -> Value {
        let mut out = Map::new();
        let required: Vec<&str> = s["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        if let Some(props) = s["properties"].as_object() {
            for (k, p) in props {
                let resolved = self.v.deref(p).unwrap_or(p);
                let read_only =
                    resolved["readOnly"] == Value::Bool(true) || p["readOnly"] == Value::Bool(true);
                if read_only || *p == Value::Bool(false) {
                    continue;
                }
                let wanted =
                    required.contains(&k.as_str()) || force || (depth < 4 && self.rng.chance(50));
                if wanted {
                    out.insert(k.clone(), self.value(p, depth + 1, false));
                }
            }
        }
        for k in &required {
            if !out.contains_key(*k) {
                out.insert(k.to_string(), self.scalar());
            }
        }
        if let Some(extra) = s.get("additionalProperties").filter(|e| e.is_object())
            && s.get("properties").is_none()
        {
            for i in 0..self.rng.below(3) {
                out.insert(
                    format!("k{i}_{}", self.rng.below(100)),
                    self.value(extra, depth + 1, false),
                );
            }
        }
        Value::Object(out)
    }
}

/// Where a mutation happens, and the `details[].field` a server must name for it.
pub struct Mutation {
    pub value: Value,
    pub field: String,
    pub what: String,
}

/// Every location of a value, as (pointer segments, the value there).
fn locations(v: &Value) -> Vec<Vec<Value>> {
    let mut out = Vec::new();
    fn walk(v: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
        out.push(at.clone());
        match v {
            Value::Object(m) => {
                for (k, c) in m {
                    at.push(json!(k));
                    walk(c, at, out);
                    at.pop();
                }
            }
            Value::Array(items) => {
                for (i, c) in items.iter().enumerate() {
                    at.push(json!(i));
                    walk(c, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    walk(v, &mut Vec::new(), &mut out);
    out
}

fn field(at: &[Value]) -> String {
    let mut out = String::new();
    for seg in at {
        match seg {
            Value::Number(i) => out.push_str(&format!("[{i}]")),
            Value::String(k) if out.is_empty() => out.push_str(k),
            Value::String(k) => {
                out.push('.');
                out.push_str(k);
            }
            _ => {}
        }
    }
    if out.is_empty() || out.starts_with('[') {
        format!("body{out}")
    } else {
        out
    }
}

fn get_mut<'v>(v: &'v mut Value, at: &[Value]) -> Option<&'v mut Value> {
    let mut cur = v;
    for seg in at {
        cur = match seg {
            Value::Number(i) => cur.get_mut(i.as_u64()? as usize)?,
            Value::String(k) => cur.get_mut(k.as_str())?,
            _ => return None,
        };
    }
    Some(cur)
}

/// Candidate invalid variants of `valid` (the caller keeps those the document calls invalid).
pub fn mutations(valid: &Value, rng: &mut Rng) -> Vec<Mutation> {
    let mut out = Vec::new();
    for at in locations(valid) {
        let mut at_value = valid.clone();
        let Some(here) = get_mut(&mut at_value, &at) else {
            continue;
        };
        let here = here.clone();
        let f = field(&at);
        let mut variant = |what: &str, new: Value, field: String| {
            let mut copy = valid.clone();
            if let Some(slot) = get_mut(&mut copy, &at) {
                *slot = new;
                out.push(Mutation {
                    value: copy,
                    field,
                    what: what.into(),
                });
            }
        };
        let wrong_type = match &here {
            Value::String(_) => json!(4242),
            Value::Number(_) => json!("4242"),
            Value::Bool(_) => json!("yes"),
            Value::Object(_) | Value::Array(_) => json!("x"),
            Value::Null => json!({"zz": 1}),
        };
        variant("a value of the wrong type", wrong_type, f.clone());
        variant("null", Value::Null, f.clone());
        match &here {
            Value::String(s) => {
                variant("an empty string", json!(""), f.clone());
                variant("a changed string", json!(format!("{s} !ZZ")), f.clone());
                variant("a very long string", json!("y".repeat(300)), f.clone());
            }
            Value::Number(n) => {
                let x = n.as_f64().unwrap_or(0.0);
                variant("a huge number", json!(x + 1.0e7), f.clone());
                variant("a very negative number", json!(x - 1.0e7), f.clone());
                variant("a fraction", json!(x + 0.5), f.clone());
            }
            Value::Array(items) => {
                variant("an empty array", json!([]), f.clone());
                if let Some(first) = items.first() {
                    let mut twice = items.clone();
                    twice.push(first.clone());
                    variant(
                        "a repeated item",
                        Value::Array(twice),
                        format!("{f}[{}]", items.len()),
                    );
                }
            }
            Value::Object(m) => {
                let mut extra = m.clone();
                extra.insert("zz_unknown".into(), json!(1));
                let unknown_field = if at.is_empty() {
                    "zz_unknown".to_string()
                } else {
                    format!("{f}.zz_unknown")
                };
                variant("an unknown field", Value::Object(extra), unknown_field);
                for k in m.keys() {
                    let mut fewer = m.clone();
                    fewer.remove(k);
                    let removed = if at.is_empty() {
                        k.clone()
                    } else {
                        format!("{f}.{k}")
                    };
                    variant("a field removed", Value::Object(fewer), removed);
                }
            }
            _ => {}
        }
    }
    // Keep a random handful: every operation gets several, none gets hundreds.
    let mut chosen = Vec::new();
    while !out.is_empty() && chosen.len() < 12 {
        let i = rng.below(out.len());
        chosen.push(out.swap_remove(i));
    }
    chosen
}
