//! Checks recorded exchanges against the OpenAPI document, so neither the sandbox nor a client can drift from the contract.
//
// Every exchange must map to a documented operation and status, and its JSON body must match
// that response's schema. What the router answers outside any route (unknown path → 404,
// unsupported method → 405) must be the error envelope; injected faults are checked for the
// symptom they imitate rather than against an operation.
//
// Requests are checked too: a request the document calls invalid must have been answered 400
// (or refused before validation: 401, 413, 415, 429); one it calls valid must not have been
// answered 400 unless every detail names a field whose further checks the document states
// (`x-rime-checks`); and no body may go to an operation that declares none.

mod pattern;
pub mod request;
pub mod schema;

use serde_json::Value;

pub use pattern::Pattern;
use schema::Validator;

use crate::record::Exchange;

const API_PREFIX: &str = "/api/v1";
const METHODS: &[&str] = &[
    "get", "put", "post", "patch", "delete", "head", "options", "trace",
];

fn validator() -> Validator<'static> {
    Validator {
        doc: crate::openapi::document(),
    }
}

/// Validates one exchange: its operation (by route template and method), its status and its body.
pub fn validate_exchange(ex: &Exchange) -> Result<(), String> {
    let v = validator();
    let path = ex.uri.split('?').next().unwrap_or("");
    let label = format!(
        "{} {} → {}",
        ex.method,
        ex.route.as_deref().unwrap_or(path),
        ex.status
    );
    check_exchange(&v, ex, path)
        .and_then(|()| check_request_side(ex, path))
        .map_err(|e| format!("{label}: {e}"))
}

/// The request half of an exchange (see the module comment).
fn check_request_side(ex: &Exchange, path: &str) -> Result<(), String> {
    if path.starts_with("/_sandbox") || ex.fault.is_some() {
        return Ok(());
    }
    let Some(route) = ex.route.as_deref() else {
        return Ok(());
    };
    let Some(op) = request::Operation::for_route(route, &ex.method) else {
        return Ok(());
    };
    let declares_body = op.request_body().is_some();
    if !declares_body && ex.body_len > 0 {
        return Err(format!(
            "the request carried a {}-byte body, but {} declares none",
            ex.body_len,
            op.id()
        ));
    }
    // Refused before the request was validated: nothing to say about its content.
    if matches!(ex.status, 401 | 413 | 415 | 429) || ex.status >= 500 {
        return Ok(());
    }
    let header = |name: &str| {
        let values: Vec<&str> = ex
            .headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect();
        (!values.is_empty()).then(|| values.join(", "))
    };
    let json_body = op.json_schema().is_some();
    let body = match (&ex.body, ex.body_len) {
        (_, 0) => request::Body::Absent,
        (Some(v), _) if json_body => request::Body::Json(v),
        _ if json_body && ex.body_len > crate::body::JSON_LIMIT => request::Body::Absent,
        _ => request::Body::Other,
    };
    let verdict = request::check(
        &op,
        &request::Request {
            path: path.strip_prefix(API_PREFIX).unwrap_or(path),
            query: ex.uri.split_once('?').map(|(_, q)| q).unwrap_or(""),
            header: &header,
            body,
        },
    );
    let answered_400 = ex.status == 400;
    if !verdict.is_valid() && !answered_400 {
        let problems: Vec<String> = verdict
            .details
            .iter()
            .map(|d| format!("{}: {}", d.field, d.message))
            .collect();
        return Err(format!(
            "accepted a request the document calls invalid ({})",
            problems.join("; ")
        ));
    }
    if answered_400 && let Some(resp) = &ex.response {
        let unstated: Vec<String> = resp["error"]["details"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| {
                let field = d["field"].as_str().unwrap_or("");
                (!verdict.states(field))
                    .then(|| format!("{field}: {}", d["message"].as_str().unwrap_or("")))
            })
            .collect();
        if verdict.is_valid() && !unstated.is_empty() {
            return Err(format!(
                "rejected a request the document calls valid, for reasons it does not state ({})",
                unstated.join("; ")
            ));
        }
    }
    Ok(())
}

fn check_exchange(v: &Validator<'static>, ex: &Exchange, path: &str) -> Result<(), String> {
    if path.starts_with("/_sandbox") {
        // Controls are not part of the contract, but their failures still use the envelope.
        return match (&ex.response, ex.status >= 400) {
            (Some(body), true) => against(v, "#/components/schemas/Error", body),
            _ => Ok(()),
        };
    }
    if let Some(fault) = ex.fault.as_deref()
        && let Some(done) = check_fault(v, ex, fault)
    {
        return done;
    }
    let template = ex.route.clone().or_else(|| match_template(v.doc, path));
    let Some(template) = template else {
        return match ex.status {
            404 => response(v, ex, "#/components/responses/NotFound"),
            405 => response(v, ex, "#/components/responses/MethodNotAllowed"),
            s => Err(format!(
                "no documented path matches {path} (status {s} outside the router's 404/405 fallback)"
            )),
        };
    };
    let key = template.strip_prefix(API_PREFIX).unwrap_or(&template);
    let item = v.doc["paths"]
        .get(key)
        .ok_or_else(|| format!("undocumented route {key}"))?;
    let item = v.deref(item)?;
    let method = ex.method.to_ascii_lowercase();
    let Some(op) = item.get(&method) else {
        if ex.status == 405 {
            return response(v, ex, "#/components/responses/MethodNotAllowed");
        }
        return Err(format!("undocumented method {} on {key}", ex.method));
    };
    let responses = &op["responses"];
    let resp = responses
        .get(ex.status.to_string())
        .or_else(|| responses.get("default"))
        .ok_or_else(|| {
            let known: Vec<&String> = responses
                .as_object()
                .map(|m| m.keys().collect())
                .unwrap_or_default();
            format!("undocumented status (documented: {known:?})")
        })?;
    check_response(v, ex, v.deref(resp)?)
}

/// Injected faults imitate failures of the network or a proxy; `None` = validate normally.
fn check_fault(v: &Validator<'static>, ex: &Exchange, fault: &str) -> Option<Result<(), String>> {
    Some(match fault {
        "RateLimit" | "Status500" | "Status502" | "Status503" => match &ex.response {
            Some(body) => against(v, "#/components/schemas/Error", body),
            None => Err("an injected error status without the error envelope".into()),
        },
        "NonJson" => {
            let html = ex
                .response_content_type
                .as_deref()
                .is_some_and(|c| c.starts_with("text/html"));
            if html {
                Ok(())
            } else {
                Err("the non-JSON fault did not answer text/html".into())
            }
        }
        // Recorded before the body was cut: the full answer must still honour the contract.
        "Truncate" => return None,
        // Never answered, so never recorded; nothing to check.
        _ => Ok(()),
    })
}

fn against(v: &Validator<'static>, reference: &str, body: &Value) -> Result<(), String> {
    let schema = v
        .resolve(reference)
        .ok_or_else(|| format!("unresolved {reference}"))?;
    v.check(schema, body, "")
}

fn response(v: &Validator<'static>, ex: &Exchange, reference: &str) -> Result<(), String> {
    let resp = v
        .resolve(reference)
        .ok_or_else(|| format!("unresolved {reference}"))?;
    check_response(v, ex, resp)
}

fn check_response(
    v: &Validator<'static>,
    ex: &Exchange,
    resp: &'static Value,
) -> Result<(), String> {
    let content = resp.get("content").and_then(Value::as_object);
    let Some(content) = content.filter(|c| !c.is_empty()) else {
        return match &ex.response {
            None => Ok(()),
            Some(body) => Err(format!("documented without a body, but answered {body}")),
        };
    };
    let Some(media) = content.get("application/json") else {
        let ct = ex.response_content_type.as_deref().unwrap_or("");
        return if content.keys().any(|k| ct.starts_with(k.as_str())) {
            Ok(())
        } else {
            Err(format!(
                "answered {ct:?}, documented {:?}",
                content.keys().collect::<Vec<_>>()
            ))
        };
    };
    let ct = ex.response_content_type.as_deref().unwrap_or("");
    if !ct.starts_with("application/json") {
        return Err(format!(
            "answered content type {ct:?}, documented application/json"
        ));
    }
    let body = ex
        .response
        .as_ref()
        .ok_or("documented a JSON body, but the body is empty or not JSON")?;
    match media.get("schema") {
        Some(schema) => v.check(schema, body, ""),
        None => Ok(()),
    }
}

/// The documented path whose template matches a concrete path, preferring literal segments.
fn match_template(doc: &Value, path: &str) -> Option<String> {
    let inside = path.starts_with(API_PREFIX);
    let key = path.strip_prefix(API_PREFIX).unwrap_or(path);
    let segs: Vec<&str> = key.split('/').collect();
    let mut best: Option<(usize, &String)> = None;
    for (template, item) in doc["paths"].as_object()? {
        // Paths with their own `servers` live outside the API prefix, the others inside it.
        if item.get("servers").is_some() == inside {
            continue;
        }
        let tsegs: Vec<&str> = template.split('/').collect();
        if tsegs.len() != segs.len() {
            continue;
        }
        let mut literals = 0;
        let fits = tsegs.iter().zip(&segs).all(|(t, s)| {
            if t.starts_with('{') && t.ends_with('}') {
                !s.is_empty()
            } else {
                literals += 1;
                t == s
            }
        });
        if fits && best.is_none_or(|(n, _)| literals > n) {
            best = Some((literals, template));
        }
    }
    let template = best?.1;
    // Paths outside the API prefix (`/api/docs`) are documented under their own server.
    Some(if inside {
        format!("{API_PREFIX}{template}")
    } else {
        template.clone()
    })
}

/// Validates every exchange; returns how many were checked, or every failure, one per line.
pub fn validate_all(exs: &[Exchange]) -> Result<usize, String> {
    let errors: Vec<String> = exs
        .iter()
        .filter_map(|e| validate_exchange(e).err())
        .collect();
    if errors.is_empty() {
        Ok(exs.len())
    } else {
        Err(format!(
            "{} of {} exchanges break the contract:\n{}",
            errors.len(),
            exs.len(),
            errors.join("\n")
        ))
    }
}

/// Validates a value against a named component schema (`User`, `Error`, …).
pub fn validate_schema(name: &str, value: &Value) -> Result<(), String> {
    against(&validator(), &format!("#/components/schemas/{name}"), value)
        .map_err(|e| format!("{name}: {e}"))
}

/// The document's own consistency: references, responses, path parameters, patterns, types.
pub fn check_document() -> Result<(), String> {
    let doc = crate::openapi::document();
    let v = validator();
    let mut errors = Vec::new();
    if !doc["openapi"]
        .as_str()
        .is_some_and(|s| s.starts_with("3.1."))
    {
        errors.push("`openapi` must be 3.1.x".to_string());
    }
    walk(doc, "", &mut |at, node| {
        let Some(obj) = node.as_object() else { return };
        // A `{type: string, description: A, b}` flow mapping splits at the comma into a key `b`
        // with no value; no key of the document is meant to be null.
        for (k, v) in obj {
            if v.is_null() && !matches!(k.as_str(), "default" | "const" | "example") {
                errors.push(format!(
                    "at {}: key {k:?} has no value (a one-line description cut at a comma?)",
                    schema::child(at, k)
                ));
            }
        }
        if let Some(r) = obj.get("$ref") {
            match r.as_str() {
                Some(r) if r.starts_with("#/") && v.resolve(r).is_some() => {}
                _ => errors.push(format!("at {at}: unresolved $ref {r}")),
            }
        }
        if let Some(Value::String(p)) = obj.get("pattern")
            && let Err(e) = Pattern::compile(p)
        {
            errors.push(format!("at {at}: {e}"));
        }
        let types: Vec<&Value> = match obj.get("type") {
            Some(Value::String(_)) => vec![&obj["type"]],
            Some(Value::Array(a)) => a.iter().collect(),
            _ => vec![],
        };
        for t in types {
            let known = [
                "null",
                "boolean",
                "object",
                "array",
                "number",
                "integer",
                "string",
                "http",
                "apiKey",
                "oauth2",
                "openIdConnect",
                "mutualTLS",
            ];
            if !t.as_str().is_some_and(|t| known.contains(&t)) {
                errors.push(format!("at {at}: unknown type {t}"));
            }
        }
    });
    check_conventions(doc, &v, &mut errors);
    let mut operation_ids = std::collections::HashSet::new();
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        let item = match v.deref(item) {
            Ok(i) => i,
            Err(e) => {
                errors.push(format!("{path}: {e}"));
                continue;
            }
        };
        let template: Vec<String> = path
            .split('/')
            .filter(|s| s.starts_with('{') && s.ends_with('}'))
            .map(|s| s[1..s.len() - 1].to_string())
            .collect();
        let path_level = path_params(&v, &item["parameters"], &mut errors, path);
        for method in METHODS {
            let Some(op) = item.get(*method) else {
                continue;
            };
            let here = format!("{} {path}", method.to_ascii_uppercase());
            if let Some(id) = op["operationId"].as_str()
                && !operation_ids.insert(id.to_string())
            {
                errors.push(format!("{here}: duplicate operationId {id}"));
            }
            let mut declared = path_level.clone();
            declared.extend(path_params(&v, &op["parameters"], &mut errors, &here));
            for name in &template {
                if !declared.contains(name) {
                    errors.push(format!("{here}: path parameter {{{name}}} is not declared"));
                }
            }
            for name in &declared {
                if !template.contains(name) {
                    errors.push(format!(
                        "{here}: declares path parameter {name} absent from the template"
                    ));
                }
            }
            match op["responses"].as_object() {
                Some(r) if !r.is_empty() => {
                    for code in r.keys() {
                        let valid = code == "default"
                            || code.parse::<u16>().is_ok_and(|c| (100..600).contains(&c));
                        if !valid {
                            errors.push(format!("{here}: bad response key {code}"));
                        }
                    }
                }
                _ => errors.push(format!("{here}: no responses")),
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

/// The document's own conventions (core.yaml's header comment): every operation described and
/// tagged with a declared tag; every `/api/v1` response declares the request-id and rate-limit
/// headers (a 401 also `WWW-Authenticate`); an operation that takes parameters or a body lists
/// 400; every component is used.
fn check_conventions(doc: &Value, v: &Validator<'static>, errors: &mut Vec<String>) {
    let declared: Vec<&str> = doc["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|t| t["description"].as_str().is_some_and(|d| !d.is_empty()))
        .filter_map(|t| t["name"].as_str())
        .collect();
    for op in request::Operation::all() {
        let here = format!("{} {}", op.method.to_ascii_uppercase(), op.template);
        for key in ["summary", "description"] {
            if op.op[key].as_str().is_none_or(|s| s.trim().is_empty()) {
                errors.push(format!("{here}: no {key}"));
            }
        }
        for tag in op.op["tags"].as_array().into_iter().flatten() {
            if !tag.as_str().is_some_and(|t| declared.contains(&t)) {
                errors.push(format!(
                    "{here}: tag {tag} is not declared with a description"
                ));
            }
        }
        let takes_input = op.request_body().is_some()
            || op
                .parameters()
                .iter()
                .any(|p| p["in"] == "query" || p["in"] == "header");
        let responses = op.op["responses"].as_object();
        if takes_input && !responses.is_some_and(|r| r.contains_key("400")) {
            errors.push(format!(
                "{here}: takes parameters or a body but lists no 400"
            ));
        }
        let inside = op.template != "/api/docs";
        for (code, resp) in responses.into_iter().flatten() {
            let Ok(resp) = v.deref(resp) else { continue };
            let mut wanted = vec!["X-Request-Id"];
            if inside {
                wanted.extend([
                    "X-RateLimit-Limit",
                    "X-RateLimit-Remaining",
                    "X-RateLimit-Reset",
                ]);
            }
            if code == "401" {
                wanted.push("WWW-Authenticate");
            }
            for h in wanted {
                if resp["headers"].get(h).is_none() {
                    errors.push(format!("{here} → {code}: does not declare the {h} header"));
                }
            }
        }
    }
    let mut used = std::collections::HashSet::new();
    walk(doc, "", &mut |_, node| {
        if let Some(r) = node.get("$ref").and_then(Value::as_str) {
            used.insert(r.to_string());
        }
    });
    for kind in ["schemas", "parameters", "responses", "headers"] {
        for name in doc["components"][kind]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            if !used.contains(&format!("#/components/{kind}/{name}")) {
                errors.push(format!("components/{kind}/{name} is never used"));
            }
        }
    }
}

/// Names of `in: path` parameters; each must be `required: true`.
fn path_params(
    v: &Validator<'static>,
    params: &Value,
    errors: &mut Vec<String>,
    here: &str,
) -> Vec<String> {
    let mut names = Vec::new();
    for p in params.as_array().into_iter().flatten() {
        let Ok(p) = v.deref(p) else { continue };
        if p["in"] == "path" {
            if p["required"] != Value::Bool(true) {
                errors.push(format!(
                    "{here}: path parameter {} must be required",
                    p["name"]
                ));
            }
            if let Some(n) = p["name"].as_str() {
                names.push(n.to_string());
            }
        }
    }
    names
}

fn walk(node: &Value, at: &str, f: &mut impl FnMut(&str, &Value)) {
    f(at, node);
    match node {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, c)| walk(c, &schema::child(at, k), f)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, c)| walk(c, &format!("{at}/{i}"), f)),
        _ => {}
    }
}
