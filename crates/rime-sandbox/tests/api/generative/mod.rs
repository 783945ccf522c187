//! The whole document as properties: valid requests built from its schemas are never refused for an unstated reason, invalid ones are refused naming the field.
//
// For every operation: requests built from its parameter and body schemas (path parameters name
// real seeded objects, so handlers get past their lookups) must not be answered 400 unless every
// detail names a field whose further checks the document states (`x-rime-checks`), nor 5xx.
// Mutations of them that the document calls invalid (a wrong type, a missing or unknown field,
// a value out of range, a bad query value or header) must be answered 400 naming that field.
// Every exchange is also checked against the response schemas when the sandbox drops.
//
// RIME_CONTRACT_SEED picks the random seed (default fixed, so CI is repeatable; a failure prints
// it); RIME_CONTRACT_ROUNDS the valid requests per operation (default 3).

mod values;

use std::collections::HashMap;
use std::time::Instant;

use rime_sandbox::Options;
use rime_sandbox::contract::request::{self, Operation};
use rime_sandbox::contract::schema::Validator;
use serde_json::{Value, json};

use crate::support::*;
use values::{Gen, Rng};

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(default)
}

/// A request built for an operation.
struct Built {
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Value>,
    /// A `multipart/form-data` upload (a small CSV file in part `file`).
    multipart: bool,
}

const BOUNDARY: &str = "rime-contract-boundary";

fn multipart_csv() -> (&'static str, Vec<u8>) {
    let body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"orders.csv\"\r\n\
         Content-Type: text/csv\r\n\r\nid,total\r\n1,9.5\r\n2,12\r\n--{BOUNDARY}--\r\n"
    );
    (
        "multipart/form-data; boundary=rime-contract-boundary",
        body.into_bytes(),
    )
}

struct Run<'e> {
    env: &'e Env,
    token: String,
    values: Gen<'static>,
    /// Concrete collection path → the id of an item in it.
    ids: HashMap<String, String>,
    sent: usize,
    failures: Vec<String>,
    covered: HashMap<&'static str, (usize, usize)>,
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Run<'_> {
    fn send(&mut self, op: &Operation, b: &Built, raw_body: Option<(&str, Vec<u8>)>) -> Resp {
        self.sent += 1;
        let mut path = format!("/api/v1{}", b.path);
        if op.template == "/api/docs" {
            path = b.path.clone();
        }
        if !b.query.is_empty() {
            let q: Vec<String> = b
                .query
                .iter()
                .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                .collect();
            path = format!("{path}?{}", q.join("&"));
        }
        let body = raw_body.or_else(|| {
            if b.multipart {
                return Some(multipart_csv());
            }
            b.body
                .as_ref()
                .map(|v| ("application/json", v.to_string().into_bytes()))
        });
        let mut attempt = 0;
        loop {
            let mut headers: Vec<(&str, &str)> = b
                .headers
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let auth = format!("Bearer {}", self.token);
            if op.needs_auth() {
                headers.push(("Authorization", auth.as_str()));
            }
            let r = self.env.anon().raw(
                op.method.to_ascii_uppercase().as_str(),
                &path,
                body.clone(),
                &headers,
            );
            // A generated logout or session revocation may end this session: sign in again.
            if r.status == 401 && op.needs_auth() && attempt == 0 {
                self.token = login_token(self.env);
                attempt += 1;
                continue;
            }
            return r;
        }
    }

    /// The id of an item of the collection at `prefix` (a concrete path), made or found.
    fn item_id(&mut self, prefix: &str, template_prefix: &str, param: &str) -> String {
        if let Some(id) = self.ids.get(prefix) {
            return id.clone();
        }
        // The first (seeded, so populated) item; for users the last, never the signed-in admin.
        let pick = |r: &Resp| -> Option<String> {
            let items = r.json["data"].as_array()?;
            let item = if param == "user_id" {
                items.last()?
            } else {
                items.first()?
            };
            let v = item
                .get(param)
                .filter(|v| !v.is_object())
                .unwrap_or(&item["id"]);
            match v {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }
        };
        let found = if param == "provider_id" {
            pick(&self.env.anon().get("/auth/providers"))
        } else if Operation::find(template_prefix, "get").is_some() {
            let r = self
                .env
                .bearer(&self.token)
                .get(&format!("{prefix}?limit=100"));
            pick(&r)
        } else {
            // `…/plans/{plan_id}`, `…/drift/checks/{check_id}`: made by their action.
            let action = prefix.trim_end_matches('s');
            let r = self.env.bearer(&self.token).post(action, json!({}));
            r.json["id"].as_str().map(String::from)
        };
        let id = found.unwrap_or_else(|| "missing".into());
        self.ids.insert(prefix.to_string(), id.clone());
        id
    }

    fn last_project(&self) -> String {
        let r = self.env.bearer(&self.token).get("/projects?limit=100");
        r.json["data"]
            .as_array()
            .and_then(|d| d.last())
            .and_then(|p| p["id"].as_str())
            .unwrap_or("missing")
            .to_string()
    }

    fn path_for(&mut self, op: &Operation) -> String {
        let mut concrete = String::new();
        let mut template = String::new();
        for seg in op.template.split('/').filter(|s| !s.is_empty()) {
            let value = if let Some(param) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}'))
            {
                match param {
                    // The seeded demo project holds the seeded resources (deleting uses the last project).
                    "project_id" if op.id() != "deleteProject" => {
                        self.env.sb.demo_project_id.clone()
                    }
                    // Deleting takes a project the run made, never the seeded one.
                    "project_id" => self.last_project(),
                    _ => self.item_id(&concrete, &template, param),
                }
            } else {
                seg.to_string()
            };
            concrete.push('/');
            concrete.push_str(&encode(&value).replace("%2E", "."));
            template.push('/');
            template.push_str(seg);
        }
        concrete
    }

    fn build(&mut self, op: &Operation, path: &str) -> Option<Built> {
        let mut b = Built {
            path: path.to_string(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            multipart: op
                .request_body()
                .is_some_and(|rb| rb["content"].get("multipart/form-data").is_some()),
        };
        for p in op.parameters() {
            let (Some(name), Some(schema)) = (p["name"].as_str(), p.get("schema")) else {
                continue;
            };
            let required = p["required"] == Value::Bool(true);
            let place = p["in"].as_str().unwrap_or("");
            if place == "path" || (!required && !self.values.rng.chance(50)) {
                continue;
            }
            let value = self.values.valid(schema)?;
            let text = match value {
                Value::String(s) => s,
                other => other.to_string(),
            };
            match place {
                "query" => b.query.push((name.to_string(), text)),
                "header" => b.headers.push((name.to_string(), text)),
                _ => {}
            }
        }
        if let Some(schema) = op.json_schema()
            && (op.body_required() || self.values.rng.chance(70))
        {
            b.body = Some(self.values.valid(schema)?);
        }
        Some(b)
    }

    fn expect_accepted(&mut self, op: &Operation, b: &Built, r: &Resp) {
        let verdict = verdict(op, b);
        if !verdict.is_valid() {
            self.failures.push(format!(
                "{} built an invalid request (a generator bug): {:?}",
                op.id(),
                verdict.details
            ));
            return;
        }
        if r.status >= 500 {
            self.failures
                .push(format!("{} answered {}: {}", op.id(), r.status, r.text()));
        }
        if r.status == 400 {
            let unstated: Vec<String> = r.json["error"]["details"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|d| !verdict.states(d["field"].as_str().unwrap_or("")))
                .map(|d| {
                    format!(
                        "{}: {}",
                        d["field"].as_str().unwrap_or(""),
                        d["message"].as_str().unwrap_or("")
                    )
                })
                .collect();
            if !unstated.is_empty() {
                self.failures.push(format!(
                    "{} refused a request the document calls valid ({}); body {}",
                    op.id(),
                    unstated.join("; "),
                    b.body.as_ref().map(Value::to_string).unwrap_or_default()
                ));
            }
        }
    }

    fn expect_refused(&mut self, op: &Operation, what: &str, field: &str, r: &Resp, sent: &str) {
        let named = r.fields();
        // An array item may be reported as the item it repeats (`depends_on[1]` for `[0]`), and
        // a field missing from a one-of-two pair as the other one (`privacy_level` for `pii_type`).
        let base = match field.rsplit_once(['[', '.']) {
            Some((array, _)) if field.ends_with(']') => array,
            Some((parent, _)) if what == "a field removed" || what == "null" => parent,
            None if what == "a field removed" || what == "null" => "",
            _ => field,
        };
        let base = if base.is_empty() { "body" } else { base };
        let related = named.iter().any(|f| {
            f == field
                || f.starts_with(&format!("{field}."))
                || (base == "body" && !f.contains('.') && !f.contains('['))
                || f.starts_with(&format!("{base}."))
                || f.starts_with(&format!("{base}["))
        });
        if r.status != 400 || r.code() != "validation_error" || !related {
            self.failures.push(format!(
                "{}: {what} at {field} answered {} naming {named:?} (wanted 400 naming {field}); sent {sent}",
                op.id(),
                r.status
            ));
        }
    }

    fn exercise(&mut self, op: &Operation, rounds: u64) {
        let path = self.path_for(op);
        let mut valid = Vec::new();
        for _ in 0..rounds {
            let Some(b) = self.build(op, &path) else {
                continue;
            };
            let r = self.send(op, &b, None);
            self.expect_accepted(op, &b, &r);
            valid.push(b);
        }
        let Some(base) = valid.into_iter().last() else {
            self.failures
                .push(format!("{}: no valid request could be built", op.id()));
            return;
        };
        self.covered.entry(op.id()).or_default().0 += rounds as usize;
        let mut invalid = 0;
        // The body: mutations the document calls invalid.
        if let Some(body) = &base.body {
            for m in values::mutations(body, &mut self.values.rng) {
                let mut b = Built {
                    body: Some(m.value),
                    ..clone_built(&base)
                };
                if verdict(op, &b).is_valid() {
                    continue;
                }
                let r = self.send(op, &b, None);
                let sent = b.body.take().map(|v| v.to_string()).unwrap_or_default();
                self.expect_refused(op, &m.what, &m.field, &r, &sent);
                invalid += 1;
            }
            let r = self.send(op, &base, Some(("application/json", b"[1, 2]".to_vec())));
            self.expect_refused(op, "a body that is not an object", "body", &r, "[1, 2]");
            let r = self.send(op, &base, Some(("application/json", b"{\"a\": ".to_vec())));
            self.expect_refused(op, "malformed JSON", "body", &r, "{\"a\": ");
            invalid += 2;
        }
        // Query and header parameters: values of the wrong kind, out of range, off the list.
        for p in op.parameters() {
            let (Some(name), Some(place)) = (p["name"].as_str(), p["in"].as_str()) else {
                continue;
            };
            if place == "path" {
                continue;
            }
            for bad in [
                "not-a-number",
                "0",
                "101",
                "bogus value",
                "",
                &"z".repeat(300),
            ] {
                let mut b = clone_built(&base);
                let list = if place == "query" {
                    &mut b.query
                } else {
                    &mut b.headers
                };
                list.retain(|(k, _)| k != name);
                list.push((name.to_string(), bad.to_string()));
                if verdict(op, &b).is_valid() {
                    continue;
                }
                let r = self.send(op, &b, None);
                self.expect_refused(op, &format!("{place} {name}={bad:.20}"), name, &r, bad);
                invalid += 1;
            }
            if p["required"] == Value::Bool(true) {
                let mut b = clone_built(&base);
                b.query.retain(|(k, _)| k != name);
                b.headers.retain(|(k, _)| k != name);
                if !verdict(op, &b).is_valid() {
                    let r = self.send(op, &b, None);
                    self.expect_refused(op, "a missing parameter", name, &r, "");
                    invalid += 1;
                }
            }
        }
        if op.body_required() {
            let b = Built {
                body: None,
                multipart: false,
                ..clone_built(&base)
            };
            let r = self.send(op, &b, None);
            self.expect_refused(op, "no body", "body", &r, "");
            invalid += 1;
        }
        self.covered.entry(op.id()).or_default().1 += invalid;
    }
}

fn clone_built(b: &Built) -> Built {
    Built {
        path: b.path.clone(),
        query: b.query.clone(),
        headers: b.headers.clone(),
        body: b.body.clone(),
        multipart: b.multipart,
    }
}

/// What the document says of a built request.
fn verdict(op: &Operation, b: &Built) -> request::Verdict {
    let query: Vec<String> = b
        .query
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    let query = query.join("&");
    let headers = b.headers.clone();
    let header = move |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    request::check(
        op,
        &request::Request {
            path: &b.path,
            query: &query,
            header: &header,
            body: match &b.body {
                Some(v) => request::Body::Json(v),
                None if b.multipart => request::Body::Other,
                None => request::Body::Absent,
            },
        },
    )
}

fn login_token(env: &Env) -> String {
    let r = env.anon().post(
        "/auth/login",
        json!({"email": rime_sandbox::ADMIN_EMAIL, "password": rime_sandbox::ADMIN_PASSWORD}),
    );
    r.json["access_token"]
        .as_str()
        .expect("admin login")
        .to_string()
}

/// Destructive operations last (deepest first; the project itself at the very end), so the
/// others find the seeded objects.
fn order(ops: &mut [Operation]) {
    let rank = |op: &Operation| -> (u8, usize) {
        let depth = op.template.matches('/').count();
        match (op.method, op.id()) {
            (_, "deleteProject") => (3, 0),
            ("delete", _) => (2, 100 - depth),
            (_, "logout" | "revokeUserSessions") => (1, 0),
            _ => (0, 0),
        }
    };
    ops.sort_by_key(rank);
}

#[test]
// The one-line summary (seed, coverage, requests, time) is what `--nocapture` is for.
#[allow(clippy::print_stderr)]
fn every_operation_honours_its_request_schemas() {
    let seed = env_number("RIME_CONTRACT_SEED", 17);
    let rounds = env_number("RIME_CONTRACT_ROUNDS", 3);
    let env = Env::with(Options {
        rate_limit_capacity: 100_000,
        rate_limit_per_second: 100_000.0,
        ..Options::for_tests()
    });
    env.tier("business_critical");
    let started = Instant::now();
    let mut run = Run {
        env: &env,
        token: login_token(&env),
        values: Gen {
            v: Validator {
                doc: rime_sandbox::openapi::document(),
            },
            rng: Rng(seed),
            alphabet: values::alphabet(),
        },
        ids: HashMap::new(),
        sent: 0,
        failures: Vec::new(),
        covered: HashMap::new(),
    };
    let mut ops = Operation::all();
    order(&mut ops);
    for op in &ops {
        run.exercise(op, rounds);
    }
    let missing: Vec<&str> = ops
        .iter()
        .map(|op| op.id())
        .filter(|id| run.covered.get(id).is_none_or(|(v, _)| *v == 0))
        .collect();
    let invalid: usize = run.covered.values().map(|(_, i)| i).sum();
    eprintln!(
        "contract properties: seed {seed}, {} operations, {} requests ({invalid} invalid) in {:.1?}",
        ops.len(),
        run.sent,
        started.elapsed()
    );
    assert!(
        missing.is_empty(),
        "operations never exercised: {missing:?}"
    );
    assert_eq!(ops.len(), run.covered.len(), "every operation is covered");
    if !run.failures.is_empty() {
        panic!(
            "{} contract property failures (seed {seed}; rerun with RIME_CONTRACT_SEED={seed}):\n{}",
            run.failures.len(),
            run.failures.join("\n")
        );
    }
}
