//! The registry held against the OpenAPI document (`openapi/*.yaml`, merged as the sandbox serves
//! it): every kind's paths and verbs, field and column paths, secrets and references.

use serde_json::Value;

use super::path::{Step, steps};
use super::{Kind, Lookup, Op, Parent};
use crate::commands::kinds::KINDS;

/// The document, read through `$ref`s and `allOf`/`oneOf`/`anyOf` branches.
struct Doc<'a>(&'a Value);

impl<'a> Doc<'a> {
    fn deref(&self, mut v: &'a Value) -> &'a Value {
        for _ in 0..32 {
            match v.get("$ref").and_then(Value::as_str) {
                Some(r) => match r.strip_prefix('#').and_then(|p| self.0.pointer(p)) {
                    Some(target) => v = target,
                    None => return &Value::Null,
                },
                None => break,
            }
        }
        v
    }

    fn schema(&self, name: &str) -> Option<&'a Value> {
        self.0["components"]["schemas"].get(name)
    }

    /// The schema and every branch it is made of, resolved.
    fn branches(&self, v: &'a Value, out: &mut Vec<&'a Value>) {
        let v = self.deref(v);
        if out.iter().any(|s| std::ptr::eq(*s, v)) {
            return;
        }
        out.push(v);
        for key in ["allOf", "oneOf", "anyOf"] {
            for b in v[key].as_array().into_iter().flatten() {
                self.branches(b, out);
            }
        }
    }

    /// What a registry path reaches from `root`; empty when some step exists in no branch.
    fn reach(&self, roots: &[&'a Value], path: &str) -> Vec<&'a Value> {
        let mut at: Vec<&'a Value> = roots.to_vec();
        for step in steps(path) {
            let mut all = Vec::new();
            for v in &at {
                self.branches(v, &mut all);
            }
            at = all
                .into_iter()
                .filter_map(|s| match step {
                    Step::Key(k) => s["properties"].get(k),
                    Step::Each => s.get("items"),
                })
                .collect();
            if at.is_empty() {
                break;
            }
        }
        at
    }

    /// The operation at an anonymous template (`/projects/{}/alerts`) and method.
    fn op(&self, template: &str, method: &str) -> Option<&'a Value> {
        let paths = self.0["paths"].as_object()?;
        paths
            .iter()
            .find(|(p, _)| anonymous(p) == template)
            .and_then(|(_, item)| self.deref(item).get(method))
    }

    /// The JSON schema of an operation's response with this status (or any 2xx).
    fn response(&self, op: &'a Value, status: Option<&str>) -> Vec<&'a Value> {
        let Some(rs) = op["responses"].as_object() else {
            return Vec::new();
        };
        rs.iter()
            .filter(|(s, _)| status.map_or(s.starts_with('2'), |want| s.as_str() == want))
            .filter_map(|(_, r)| self.deref(r)["content"]["application/json"].get("schema"))
            .collect()
    }

    fn request(&self, op: &'a Value) -> Option<&'a Value> {
        self.deref(&op["requestBody"])["content"]["application/json"].get("schema")
    }
}

fn anonymous(path: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                out.push('{');
            }
            '}' => {
                depth -= 1;
                out.push('}');
            }
            _ if depth > 0 => {}
            c => out.push(c),
        }
    }
    out
}

/// The schema is `name`, or made of it (`allOf: [$ref name, …]`).
fn refs(schema: &Value, name: &str) -> bool {
    schema["$ref"].as_str() == Some(&format!("#/components/schemas/{name}"))
        || ["allOf", "oneOf", "anyOf"]
            .iter()
            .flat_map(|k| schema[*k].as_array().into_iter().flatten())
            .any(|b| refs(b, name))
}

/// Every way `kind` disagrees with the document; empty when it does not.
fn check(doc: &Value, kind: &'static Kind) -> Vec<String> {
    let d = Doc(doc);
    let problems = std::cell::RefCell::new(Vec::new());
    let bad = |m: String| problems.borrow_mut().push(format!("{}: {m}", kind.name));
    let Some(schema) = d.schema(kind.schema) else {
        bad(format!("no schema {}", kind.schema));
        return problems.into_inner();
    };
    let collection = kind.template();
    let item = format!("{collection}/{{}}");
    let mut responses = vec![schema];
    let need = |template: &str, method: &str, what: &str| match d.op(template, method) {
        Some(op) => Some(op),
        None => {
            bad(format!(
                "{what}: no {} {template}",
                method.to_ascii_uppercase()
            ));
            None
        }
    };
    // A kind with no `GET …/{id}` (`Lookup::List`) answers `get` from its list.
    let get_item = matches!(kind.lookup, Lookup::Get | Lookup::Project);
    let singleton = kind.has(Op::Show);
    let answers = |op: &Value| {
        d.response(op, Some("200"))
            .iter()
            .any(|s| refs(s, kind.schema))
    };
    // A singleton is its path; anything else is fetched by id, or found in its list.
    let one = if singleton { &collection } else { &item };
    if (singleton || get_item)
        && let Some(op) = need(one, "get", "get")
        && !answers(op)
    {
        bad(format!("GET {one} does not answer {}", kind.schema));
    }
    let listed = kind.has(Op::List) || kind.lookup != Lookup::Get || kind.verbs.is_empty();
    if !singleton
        && listed
        && let Some(op) = need(&collection, "get", "list")
    {
        let lists = d.response(op, Some("200"));
        if !d
            .reach(&lists, "data[]")
            .iter()
            .any(|s| refs(s, kind.schema))
        {
            bad(format!("GET {collection} does not list {}", kind.schema));
        }
    }
    let mut create_body = None;
    for v in kind.verbs {
        let op = match v.op {
            Op::List | Op::Get | Op::Show => continue,
            Op::Create => need(&collection, "post", v.name),
            Op::Update => need(one, "patch", v.name),
            Op::Delete => need(one, "delete", v.name),
            Op::Action { segment, .. } => need(&format!("{one}/{segment}"), "post", v.name),
        };
        if let Some(op) = op {
            let answers = d.response(op, None);
            // An action may answer another object (a sync answers a run): only the kind's own
            // schema holds its fields.
            if !matches!(v.op, Op::Action { .. }) || answers.iter().any(|s| refs(s, kind.schema)) {
                responses.extend(answers);
            }
            if v.op == Op::Create {
                create_body = d.request(op);
            }
        }
    }
    for f in kind.fields {
        if d.reach(&responses, f.path).is_empty() {
            bad(format!("field {} is not in {}", f.path, kind.schema));
        }
    }
    for path in kind.secrets() {
        let found = d.reach(&responses, &path);
        if found.is_empty() {
            bad(format!("secret {path} is not in {}", kind.schema));
            continue;
        }
        if !found.iter().all(|s| d.deref(s)["writeOnly"] == true) {
            bad(format!("secret {path} is not writeOnly"));
        }
        if d.reach(&responses, &format!("{path}_set")).is_empty() {
            bad(format!("secret {path} has no {path}_set"));
        }
    }
    for f in kind.fields {
        if let Some(r) = f.refers {
            if !KINDS.iter().any(|k| std::ptr::eq(*k, r)) {
                bad(format!("{} refers to {}, not registered", f.path, r.name));
            }
            if f.by_name && r.names.is_empty() {
                bad(format!("{} names a {} but it has no names", f.path, r.name));
            }
        }
        let top_level = !f.path.contains(['.', '[']);
        if let (true, true, Some(body)) = (f.read_only, top_level, create_body)
            && d.reach(&[body], f.path)
                .iter()
                .any(|s| d.deref(s)["readOnly"] != true)
        {
            bad(format!("read-only {} is accepted by create", f.path));
        }
    }
    for c in kind.columns {
        if d.reach(&responses, c.path).is_empty() {
            bad(format!(
                "column {} ({}) is not in {}",
                c.header, c.path, kind.schema
            ));
        }
        if kind.columns.iter().filter(|o| o.header == c.header).count() > 1 {
            bad(format!("column header {} twice", c.header));
        }
    }
    let top = kind.top_fields();
    for n in kind.names {
        if !top.contains(n) {
            bad(format!("name field {n} is not a field"));
        }
    }
    if let Parent::Kind(p) = kind.parent
        && !KINDS.iter().any(|k| std::ptr::eq(*k, p))
    {
        bad(format!("parent {} is not registered", p.name));
    }
    problems.into_inner()
}

fn document() -> Value {
    rime_sandbox::openapi::document().clone()
}

#[test]
fn every_kind_matches_the_openapi_document() {
    let doc = document();
    let problems: Vec<String> = KINDS.iter().flat_map(|k| check(&doc, k)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let mut names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), KINDS.len(), "kind names are unique");
}

/// Removes what `pointer` names from a copy of the document and returns what `kind` then says.
fn without(pointer: &str, kind: &'static Kind) -> Vec<String> {
    let mut doc = document();
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    let removed = doc
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .and_then(|m| m.remove(&key.replace("~1", "/")));
    assert!(removed.is_some(), "{pointer} is in the document");
    check(&doc, kind)
}

#[test]
fn the_check_fails_when_the_document_loses_a_field_a_column_or_a_path() {
    use crate::commands::monitoring::{CHANNELS, POLICIES};
    let p = &POLICIES;
    let says = |problems: Vec<String>, want: &str| {
        assert!(
            problems.iter().any(|m| m.contains(want)),
            "expected {want:?} in {problems:?}"
        );
    };
    says(
        without(
            "/components/schemas/EscalationPolicy/properties/project_id",
            p,
        ),
        "field project_id is not in EscalationPolicy",
    );
    says(
        without(
            "/components/schemas/EscalationPolicy/properties/created_at",
            p,
        ),
        "column CREATED (created_at) is not in EscalationPolicy",
    );
    says(
        without(
            "/components/schemas/EscalationStep/properties/channel_id",
            p,
        ),
        "field steps[].channel_id is not in EscalationPolicy",
    );
    says(
        without(
            "/paths/~1projects~1{project_id}~1escalation-policies~1{policy_id}/delete",
            p,
        ),
        "delete: no DELETE /projects/{}/escalation-policies/{}",
    );
    says(
        without("/paths/~1projects~1{project_id}~1escalation-policies", p),
        "list: no GET /projects/{}/escalation-policies",
    );
    says(
        without("/components/schemas/EscalationPolicy", p),
        "no schema EscalationPolicy",
    );
    says(
        without(
            "/components/schemas/EmailConfig/properties/password/writeOnly",
            &CHANNELS,
        ),
        "secret config.password is not writeOnly",
    );
    says(
        without(
            "/components/schemas/EmailConfig/properties/password_set",
            &CHANNELS,
        ),
        "secret config.password has no config.password_set",
    );
    // A noun's own verbs are held to their paths too; a singleton's are at its path.
    use crate::commands::connectors::{CONNECTORS, SCHEMA};
    says(
        without(
            "/paths/~1projects~1{project_id}~1connectors~1{connector_id}~1sync",
            &CONNECTORS,
        ),
        "sync: no POST /projects/{}/connectors/{}/sync",
    );
    says(
        without(
            "/paths/~1projects~1{project_id}~1connectors~1{connector_id}~1schema/patch",
            &SCHEMA,
        ),
        "select: no PATCH /projects/{}/connectors/{}/schema",
    );
    let mut doc = document();
    doc["components"]["schemas"]["EscalationPolicyCreate"]["properties"]["created_by"] =
        serde_json::json!({"type": "string"});
    says(check(&doc, p), "read-only created_by is accepted by create");
}

#[test]
fn templates_name_parents_generically() {
    use crate::commands::{connectors, projects, transformations};
    assert_eq!(projects::PROJECTS.template(), "/projects");
    assert_eq!(
        transformations::MODELS.template(),
        "/projects/{}/transformations/{}/models"
    );
    assert_eq!(
        connectors::RUNS.template(),
        "/projects/{}/connectors/{}/runs"
    );
    assert_eq!(
        transformations::MODELS
            .ancestors()
            .iter()
            .map(|k| k.name)
            .collect::<Vec<_>>(),
        ["transformation"]
    );
    assert_eq!(
        anonymous("/projects/{project_id}/alerts/{alert_id}"),
        "/projects/{}/alerts/{}"
    );
}

/// The `oneOf` branch of a per-type schema (`ConnectorCreate`, `Connector`) that covers `name`.
fn branch_for<'a>(d: &Doc<'a>, schema: &'a Value, name: &str) -> Option<&'a Value> {
    schema["oneOf"]
        .as_array()?
        .iter()
        .find(|b| {
            let t = &b["properties"]["type"];
            t["const"] == name
                || t["enum"]
                    .as_array()
                    .is_some_and(|e| e.iter().any(|v| v == name))
        })
        .map(|b| d.deref(b))
}

/// Each catalogue field against a config schema: present in the create body, secret exactly where
/// the document says writeOnly, and shown as `<key>_set` in the response.
fn check_config(
    d: &Doc<'_>,
    t: &str,
    fields: &[rime_catalogue::Field],
    (input, output, at): (&Value, &Value, &str),
    problems: &mut Vec<String>,
) {
    for f in fields {
        let here = format!("{t}: config.{at}{}", f.key);
        match input["properties"].get(f.key).map(|p| d.deref(p)) {
            None => problems.push(format!("{here} is not in the create body")),
            Some(p) if (p["writeOnly"] == true) != f.is_secret() => {
                problems.push(format!("{here}: secret here, writeOnly there, must agree"));
            }
            _ => {}
        }
        if f.is_secret() && output["properties"].get(format!("{}_set", f.key)).is_none() {
            problems.push(format!("{here}: the response has no {}_set", f.key));
        }
    }
}

/// Every way the connector catalogue disagrees with the document.
fn catalogue_problems(doc: &Value) -> Vec<String> {
    use rime_catalogue::{AUTH_METHODS, Kind as FieldKind, TYPES};
    let d = Doc(doc);
    let mut problems = Vec::new();
    let listed: Vec<&str> = doc["components"]["schemas"]["ConnectorType"]["enum"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    if listed != rime_catalogue::names().collect::<Vec<_>>() {
        problems.push(format!("ConnectorType lists {listed:?}"));
    }
    let (Some(create), Some(shown)) = (d.schema("ConnectorCreate"), d.schema("Connector")) else {
        return vec!["no ConnectorCreate or Connector schema".into()];
    };
    for t in TYPES {
        let (Some(input), Some(output)) = (
            branch_for(&d, create, t.name),
            branch_for(&d, shown, t.name),
        ) else {
            problems.push(format!("{}: no ConnectorCreate/Connector branch", t.name));
            continue;
        };
        if output["properties"]["category"]["const"] != t.category {
            problems.push(format!("{}: category is not {}", t.name, t.category));
        }
        let input = d.deref(&input["properties"]["config"]);
        let output = d.deref(&output["properties"]["config"]);
        for key in input["required"].as_array().into_iter().flatten() {
            let key = key.as_str().unwrap_or_default();
            if !t.fields.iter().any(|f| f.key == key && f.required) {
                problems.push(format!(
                    "{}: {key} is required by the document only",
                    t.name
                ));
            }
        }
        let plain: Vec<_> = t
            .fields
            .iter()
            .filter(|f| f.kind != FieldKind::Auth)
            .copied()
            .collect();
        check_config(&d, t.name, &plain, (input, output, ""), &mut problems);
        if t.fields.iter().any(|f| f.kind == FieldKind::Auth) {
            let auth_in = d.deref(&input["properties"]["auth"]);
            let auth_out = d.deref(&output["properties"]["auth"]);
            let methods: Vec<&str> = AUTH_METHODS.iter().map(|(m, _)| *m).collect();
            let documented: Vec<&str> = auth_in["properties"]["method"]["enum"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            if documented != methods {
                problems.push(format!(
                    "{}: auth methods {documented:?} ≠ {methods:?}",
                    t.name
                ));
            }
            for (_, fields) in AUTH_METHODS {
                // The create body lists only `method`; the response schema lists every field.
                check_config(
                    &d,
                    t.name,
                    fields,
                    (auth_out, auth_out, "auth."),
                    &mut problems,
                );
            }
        }
    }
    problems
}

#[test]
fn the_connector_catalogue_matches_the_openapi_document() {
    let problems = catalogue_problems(&document());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let mut doc = document();
    let schemas = &mut doc["components"]["schemas"];
    // A plain string in place of the write-only `Secret` the password refers to.
    schemas["DatabaseConfigInput"]["properties"]["password"] =
        serde_json::json!({"type": "string"});
    schemas["JiraConfig"]["properties"]
        .as_object_mut()
        .map(|p| p.remove("api_token_set"));
    schemas["FileConfigInput"]["properties"]
        .as_object_mut()
        .map(|p| p.remove("skip_rows"));
    let problems = catalogue_problems(&doc).join("\n");
    for want in [
        "postgresql: config.password: secret here, writeOnly there",
        "jira: config.api_token: the response has no api_token_set",
        "file: config.skip_rows is not in the create body",
    ] {
        assert!(problems.contains(want), "{want:?} in {problems}");
    }
    // The connector kind takes its secrets from the catalogue, and holds them against the document.
    let connectors = &crate::commands::connectors::CONNECTORS;
    assert!(
        connectors
            .secrets()
            .contains(&"config.auth.client_secret".to_string())
    );
    let problems = without(
        "/components/schemas/JiraConfig/properties/api_token_set",
        connectors,
    );
    assert!(
        problems
            .iter()
            .any(|m| m.contains("secret config.api_token has no config.api_token_set")),
        "{problems:?}"
    );
}
