//! One resource as a file document and back: ids become names, secrets become `${env:…}`,
//! server-owned fields go; the same shape is what `diff` compares against the files.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::shapes::{self, Shape};
use crate::output::terminal_safe;
use crate::registry::{Field, Kind, Parent, path};

/// The kinds of projects as code, in dependency order (every kind after the kinds it refers to,
/// its parent and those it must follow), ties in the order of `KINDS`.
pub fn kinds() -> Vec<&'static Kind> {
    let all: Vec<&'static Kind> = super::super::kinds::KINDS
        .iter()
        .copied()
        .filter(|k| k.config && (k.in_project() || shapes::is_project(k)) && managed(k))
        .collect();
    let mut out: Vec<&'static Kind> = Vec::new();
    while out.len() < all.len() {
        let before = out.len();
        for k in &all {
            let ready = |d: &&'static Kind| {
                out.iter().any(|o| same(o, d)) || !all.iter().any(|a| same(a, d)) || same(k, d)
            };
            let after: Vec<&'static Kind> = all
                .iter()
                .copied()
                .filter(|o| shapes::comes_after(k, o))
                .collect();
            if !out.iter().any(|o| same(o, k))
                && deps(k).iter().all(ready)
                && after.iter().all(ready)
            {
                out.push(k);
            }
        }
        if out.len() == before {
            // A cycle between kinds cannot be ordered: keep the registry's order for the rest.
            let rest: Vec<&'static Kind> = all
                .iter()
                .copied()
                .filter(|k| !out.iter().any(|o| same(o, k)))
                .collect();
            out.extend(rest);
        }
    }
    out
}

/// Kinds whose objects a file can name: by a name field, by what they hold (grants), by their
/// key (a column's path), or as the one object of their parent (the project's settings, a
/// connector's schema).
fn managed(k: &Kind) -> bool {
    match shapes::shape(k) {
        Shape::Owned => !k.id_prefix.is_empty() && (!k.names.is_empty() || !settable(k).is_empty()),
        Shape::Singleton | Shape::Found => !settable(k).is_empty(),
    }
}

/// How a plan and apply name one object: "connector `orders-db`", "schema of connector
/// `orders-db`", "the project".
pub fn label(k: &Kind, parent: Option<&str>, name: &str) -> String {
    match (shapes::shape(k), k.parent, parent) {
        (Shape::Singleton, Parent::Kind(p), Some(parent)) => {
            format!(
                "{} of {} `{}`",
                k.singular,
                p.singular,
                terminal_safe(parent)
            )
        }
        (Shape::Singleton, _, _) => format!("the {}", k.singular),
        (_, _, Some(p)) => format!(
            "{} `{}/{}`",
            k.singular,
            terminal_safe(p),
            terminal_safe(name)
        ),
        _ => format!("{} `{}`", k.singular, terminal_safe(name)),
    }
}

pub fn same(a: &Kind, b: &Kind) -> bool {
    std::ptr::eq(a, b)
}

pub fn deps(k: &'static Kind) -> Vec<&'static Kind> {
    let mut d: Vec<&'static Kind> = k.fields.iter().filter_map(|f| f.refers).collect();
    if let Parent::Kind(p) = k.parent {
        d.push(p);
    }
    d
}

pub fn by_name(name: &str) -> Option<&'static Kind> {
    kinds().into_iter().find(|k| k.name == name)
}

/// The top-level fields a user sets (not server-owned), in the Kind's order.
pub fn settable(k: &Kind) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for f in k.fields {
        let head = path::head(f.path);
        let top = f.path == head || f.path.strip_suffix("[]") == Some(head);
        if top && !f.read_only && !out.contains(&head) {
            out.push(head);
        }
    }
    out
}

/// A top-level field's key in files: its own, or a reference's renamed one.
pub fn file_key(k: &Kind, field: &str) -> String {
    let is_ref = k
        .fields
        .iter()
        .any(|f| f.refers.is_some() && !f.by_name && f.path.trim_end_matches("[]") == field);
    if is_ref {
        ref_key(field)
    } else if field == "kind" {
        // `kind:` names the document's kind; a model's own kind goes as `model_kind`.
        format!("{}_kind", k.name)
    } else {
        field.to_string()
    }
}

/// The key a reference has in files: `connector_id` → `connector`, `channel_ids[]` → `channels`.
pub fn ref_key(key: &str) -> String {
    if let Some(s) = key.strip_suffix("_ids") {
        format!("{s}s")
    } else if let Some(s) = key.strip_suffix("_id") {
        s.to_string()
    } else {
        key.to_string()
    }
}

/// A reference field's path with its last key renamed, and that key before and after.
pub fn ref_path(f: &Field) -> (String, &'static str, String) {
    let p = f.path.trim_end_matches("[]");
    let (parent, key) = match p.rfind('.') {
        Some(i) => (&p[..i], &p[i + 1..]),
        None => ("", p),
    };
    (parent.to_string(), key, ref_key(key))
}

/// The name an object goes by in files: its name field, a found object's key (a column's path),
/// nothing for a singleton (it goes by its parent), or for kinds without one (grants) its
/// settable values joined (`analyst-confidential-email`).
pub fn name_of(k: &Kind, v: &Value) -> String {
    match shapes::shape(k) {
        Shape::Singleton => return String::new(),
        Shape::Found => {
            let key = shapes::key_field(k).unwrap_or("id");
            return v[key].as_str().unwrap_or_default().to_string();
        }
        Shape::Owned => {}
    }
    if let Some(n) = k.names.iter().find_map(|f| v[*f].as_str()) {
        return n.to_string();
    }
    settable(k)
        .iter()
        .map(|f| match &v[*f] {
            Value::String(s) => s.clone(),
            Value::Null => "any".to_string(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// The fields a document holds besides `kind`, its parent and its name: the settable ones, less
/// the name fields (a project's name and identifier are its own, not configuration to copy).
pub fn doc_fields(k: &Kind) -> Vec<&'static str> {
    settable(k)
        .into_iter()
        .filter(|f| !k.names.contains(f))
        .collect()
}

/// Every key a document of the kind may hold, in order: `kind`, its parent's, its name's, then
/// its fields' (what `load` accepts and `rime schema` declares).
pub fn keys(k: &Kind) -> Vec<String> {
    let mut out: Vec<String> = vec!["kind".into()];
    if let Parent::Kind(p) = k.parent {
        out.push(p.name.into());
    }
    out.extend(name_key(k).map(String::from));
    out.extend(doc_fields(k).iter().map(|f| file_key(k, f)));
    out
}

/// The key a document names its object by: `name`, a found object's key field, or none.
pub fn name_key(k: &Kind) -> Option<&'static str> {
    match shapes::shape(k) {
        Shape::Owned if !k.names.is_empty() => Some("name"),
        Shape::Found => shapes::key_field(k),
        _ => None,
    }
}

/// The per-kind exception to names: an S3 bucket's name carries the project's identifier
/// (`demo-landing`), which the files leave out so they apply to another project the same.
pub fn local_name(k: &Kind, v: &Value, identifier: &str) -> String {
    let name = name_of(k, v);
    let bucket = k.name == "infrastructure_resource" && v["type"] == "aws_s3_bucket";
    match name.strip_prefix(&format!("{identifier}-")) {
        Some(rest) if bucket && !identifier.is_empty() => rest.to_string(),
        _ => name,
    }
}

/// Ids of every object seen, by kind name, to their names (export) and back (apply).
#[derive(Default)]
pub struct Names {
    pub by_id: HashMap<(&'static str, String), String>,
    pub by_name: HashMap<(&'static str, String), String>,
}

impl Names {
    pub fn add(&mut self, k: &'static Kind, id: &str, name: &str) {
        self.by_id
            .insert((k.name, id.to_string()), name.to_string());
        self.by_name
            .insert((k.name, name.to_string()), id.to_string());
    }
}

/// An environment variable name for a secret: `ORDERS_DB_PASSWORD`.
fn env_name(parts: &[&str]) -> String {
    let mut s: String = parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("_")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    while s.contains("__") {
        s = s.replace("__", "_");
    }
    s.trim_matches('_').to_string()
}

/// The object as the server has it → the document a file holds (`kind`, the parent's name,
/// `name`, then the settable fields, nested keys sorted so re-exports are byte-identical).
pub fn to_doc(
    k: &'static Kind,
    v: &Value,
    name: &str,
    parent: Option<&str>,
    names: &Names,
) -> Value {
    let mut body = v.clone();
    shapes::file_form(k, &mut body);
    let name = name.to_string();
    // A singleton's variables go by its parent or its kind (`PROJECT_SNOWFLAKE_PRIVATE_KEY`).
    let prefix = match (name.is_empty(), parent) {
        (false, _) => name.clone(),
        (true, Some(p)) => p.to_string(),
        (true, None) => k.name.to_string(),
    };
    // Secrets: `password_set: true` → `password: ${env:NAME_PASSWORD}`; unset ones go. Below
    // the top-level field the path tells them apart (`config.auth.token` → `NAME_AUTH_TOKEN`).
    for sp in k.secrets() {
        let (at, key) = match sp.rfind('.') {
            Some(i) => (sp[..i].to_string(), sp[i + 1..].to_string()),
            None => (String::new(), sp.clone()),
        };
        // In a list (`steps[].config.secret`) each item's key or name tells the variables apart.
        let holders: Vec<(String, &mut Value)> = match at.rfind("[]") {
            Some(i) => {
                let rest = at[i + 2..].trim_start_matches('.').to_string();
                path::values_mut(&mut body, &at[..i + 2])
                    .into_iter()
                    .flat_map(|item| {
                        let label = ["key", "name"]
                            .iter()
                            .find_map(|f| item.get(*f).and_then(Value::as_str))
                            .unwrap_or("")
                            .to_string();
                        let inner = if rest.is_empty() {
                            vec![item]
                        } else {
                            path::values_mut(item, &rest)
                        };
                        inner.into_iter().map(move |v| (label.clone(), v))
                    })
                    .collect()
            }
            None if at.is_empty() => vec![(String::new(), &mut body)],
            None => path::values_mut(&mut body, &at)
                .into_iter()
                .map(|v| (String::new(), v))
                .collect(),
        };
        let inner = if at.contains("[]") {
            String::new()
        } else {
            at.split_once('.')
                .map(|(_, r)| r.to_string())
                .unwrap_or_default()
        };
        for (item, h) in holders {
            let Some(obj) = h.as_object_mut() else {
                continue;
            };
            let set = obj.remove(&format!("{key}_set"));
            if set == Some(Value::Bool(true)) {
                let var = env_name(&[&prefix, &item, &inner, &key]);
                obj.insert(key.clone(), Value::String(format!("${{env:{var}}}")));
            }
        }
    }
    // References: ids → names, under the renamed key.
    for f in k.fields.iter().filter(|f| f.refers.is_some() && !f.by_name) {
        let target = f.refers.expect("filtered");
        let (at, key, renamed) = ref_path(f);
        let holders: Vec<&mut Value> = if at.is_empty() {
            vec![&mut body]
        } else {
            path::values_mut(&mut body, &at)
        };
        for h in holders {
            let Some(obj) = h.as_object_mut() else {
                continue;
            };
            let Some(val) = obj.remove(key) else { continue };
            let swap = |id: &Value| match id.as_str() {
                Some(id) => Value::String(
                    names
                        .by_id
                        .get(&(target.name, id.to_string()))
                        .cloned()
                        .unwrap_or_else(|| id.to_string()),
                ),
                None => id.clone(),
            };
            let named = match &val {
                Value::Array(a) => Value::Array(a.iter().map(swap).collect()),
                other => swap(other),
            };
            obj.insert(renamed.clone(), named);
        }
    }
    // Nested server-owned fields (`tests[].name`).
    for f in k
        .fields
        .iter()
        .filter(|f| f.read_only && f.path.contains(['.', '[']))
    {
        let (at, key) = match f.path.rfind('.') {
            Some(i) => (&f.path[..i], &f.path[i + 1..]),
            None => continue,
        };
        for h in path::values_mut(&mut body, at) {
            if let Some(obj) = h.as_object_mut() {
                obj.remove(key);
            }
        }
    }
    let mut out = Map::new();
    out.insert("kind".into(), Value::String(k.name.into()));
    if let (Parent::Kind(p), Some(parent)) = (k.parent, parent) {
        out.insert(p.name.into(), Value::String(parent.into()));
    }
    if let Some(key) = name_key(k) {
        out.insert(key.into(), Value::String(name));
    }
    for f in doc_fields(k) {
        let key = file_key(k, f);
        let held = if f == "kind" {
            f.to_string()
        } else {
            key.clone()
        };
        if let Some(val) = body.get(&held) {
            out.insert(key, sorted(val));
        }
    }
    Value::Object(out)
}

/// The server's value as it was compared with the file's: in objects only the keys the file
/// names (the others are left alone, so a plan does not show them).
pub fn as_compared(server: &Value, file: &Value) -> Value {
    match (server, file) {
        (Value::Object(s), Value::Object(f)) => Value::Object(
            s.iter()
                .filter_map(|(k, v)| Some((k.clone(), as_compared(v, f.get(k)?))))
                .collect(),
        ),
        _ => server.clone(),
    }
}

/// Object keys sorted at every depth (arrays keep their order: it means something).
pub fn sorted(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted(&m[k])))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

/// The file name of a document under `--dir`: `connectors/orders-db.yaml`,
/// `models/retail_sales/stg_orders.yaml`; the project's settings in `project.yaml`, and a
/// connector's schema selection beside its connector, in the same file.
pub fn file_name(k: &Kind, doc: &Value) -> String {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect::<String>()
            .trim_start_matches('.')
            .to_string()
    };
    let name = name_key(k)
        .and_then(|key| doc[key].as_str())
        .map(String::from)
        .unwrap_or_else(|| {
            settable(k)
                .iter()
                .map(|f| doc[*f].as_str().unwrap_or("any").to_string())
                .collect::<Vec<_>>()
                .join("-")
        });
    let dir = k.plural.replace(' ', "_");
    match (shapes::shape(k), k.parent) {
        (Shape::Singleton, Parent::Kind(p)) if matches!(p.parent, Parent::Project) => format!(
            "{}/{}.yaml",
            p.plural.replace(' ', "_"),
            safe(doc[p.name].as_str().unwrap_or("_"))
        ),
        (Shape::Singleton, Parent::Tenant | Parent::Project) => format!("{}.yaml", k.name),
        (_, Parent::Kind(p)) => format!(
            "{dir}/{}/{}.yaml",
            safe(doc[p.name].as_str().unwrap_or("_")),
            safe(&name)
        ),
        _ => format!("{dir}/{}.yaml", safe(&name)),
    }
}
