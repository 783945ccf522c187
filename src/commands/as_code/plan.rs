//! The plan: the files against the server, per resource create / update (field by field) /
//! delete (with `--prune`) / unchanged. Only fields the files hold are compared.

use serde_json::{Map, Value, json};

use super::doc;
use super::load::Doc;
use super::secrets;
use super::shapes::{self, Shape};
use super::state::State;
use crate::error::CliError;
use crate::output::terminal_safe;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Action {
    Create,
    Update,
    Delete,
}

impl Action {
    pub fn word(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
        }
    }
}

pub struct Change {
    pub action: Action,
    pub kind: &'static crate::registry::Kind,
    pub parent: Option<String>,
    pub name: String,
    /// Field, from (as the server has it, in file form), to (as the files say, references kept).
    pub fields: Vec<(String, Value, Value)>,
    /// Index into the docs (create, update) or into the state's objects (delete).
    pub at: usize,
}

impl Change {
    pub fn label(&self) -> String {
        doc::label(self.kind, self.parent.as_deref(), &self.name)
    }

    pub fn json(&self) -> Value {
        let fields: Vec<Value> = self
            .fields
            .iter()
            .map(|(f, from, to)| json!({"field": f, "from": from, "to": to}))
            .collect();
        json!({
            "action": self.action.word(),
            "kind": self.kind.name,
            "parent": self.parent,
            "name": self.name,
            "fields": fields,
        })
    }
}

pub struct Plan {
    pub changes: Vec<Change>,
    pub unchanged: usize,
}

/// Whether the file's value says nothing the server's does not: objects key by key (absent keys
/// are left alone), a secret the server holds (`${env:…}` in its file form) as given.
pub fn covers(file: &Value, server: &Value) -> bool {
    match (file, server) {
        (Value::Object(f), Value::Object(s)) => f.iter().all(|(k, v)| match s.get(k) {
            Some(sv) => covers(v, sv),
            None => v.is_null(),
        }),
        (Value::String(_), Value::String(s)) if s.starts_with("${env:") => true,
        (Value::Array(f), Value::Array(s)) => {
            f.len() == s.len() && f.iter().zip(s).all(|(a, b)| covers_item(a, b))
        }
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        _ => file == server,
    }
}

/// Array items compare whole, except a secret the server holds.
fn covers_item(file: &Value, server: &Value) -> bool {
    match (file, server) {
        (Value::Object(f), Value::Object(s)) => {
            f.len() == s.len()
                && f.iter()
                    .all(|(k, v)| s.get(k).is_some_and(|sv| covers_item(v, sv)))
        }
        _ => covers(file, server),
    }
}

/// Compares the docs with the server. `prune`: objects of the kinds in the files that the files
/// no longer name are deleted. `rotate`: secrets the server holds are sent again (`secrets`).
pub fn make(docs: &[Doc], st: &State, prune: bool, rotate: bool) -> anyhow::Result<Plan> {
    let mut changes = Vec::new();
    let mut unchanged = 0;
    for (i, d) in docs.iter().enumerate() {
        check_refs(d, docs, st)?;
        let found = st.objects.iter().find(|o| {
            doc::same(o.kind, d.kind)
                && o.name() == d.name
                && o.parent.as_ref().map(|(n, _)| n.as_str()) == d.parent.as_deref()
        });
        let server = match found {
            Some(o) => o.doc(&st.names),
            // A singleton or a found object is never created: an update sets what the files say.
            None if shapes::shape(d.kind) != Shape::Owned => shapes::absent(d, docs)?,
            None => {
                changes.push(Change {
                    action: Action::Create,
                    kind: d.kind,
                    parent: d.parent.clone(),
                    name: d.name.clone(),
                    fields: Vec::new(),
                    at: i,
                });
                continue;
            }
        };
        let mut fields = Vec::new();
        for (k, v) in &d.resolved {
            if k == "kind"
                || k == "name"
                || matches!(d.kind.parent, crate::registry::Parent::Kind(p) if p.name == k)
            {
                continue;
            }
            let sv = server.get(k).cloned().unwrap_or(Value::Null);
            if !covers(v, &sv) {
                let field = d.kind.field(k).or_else(|| d.kind.field(&format!("{k}_id")));
                if field.is_some_and(|f| f.immutable) {
                    return Err(CliError::Usage(format!(
                        "{}: `{k}` of {} is fixed after create (the server has {}); delete it and apply again to re-create it",
                        d.at,
                        d.kind.singular,
                        terminal_safe(&sv.to_string())
                    ))
                    .into());
                }
                let to = d.raw.get(k).cloned().unwrap_or(Value::Null);
                fields.push((
                    k.clone(),
                    secrets::masked(d.kind, k, &doc::as_compared(&sv, v)),
                    secrets::masked(d.kind, k, &to),
                ));
            }
        }
        if rotate && found.is_some() {
            fields.extend(secrets::rotations(d.kind, &d.raw, &server));
        }
        if fields.is_empty() {
            unchanged += 1;
        } else {
            changes.push(Change {
                action: Action::Update,
                kind: d.kind,
                parent: d.parent.clone(),
                name: d.name.clone(),
                fields,
                at: i,
            });
        }
    }
    if prune {
        for (j, o) in st.objects.iter().enumerate() {
            if !docs.iter().any(|d| doc::same(d.kind, o.kind))
                || shapes::shape(o.kind) != Shape::Owned
            {
                continue;
            }
            let parent = o.parent.as_ref().map(|(n, _)| n.clone());
            let named = docs
                .iter()
                .any(|d| doc::same(d.kind, o.kind) && d.name == o.name() && d.parent == parent);
            if !named {
                changes.push(Change {
                    action: Action::Delete,
                    kind: o.kind,
                    parent,
                    name: o.name(),
                    fields: Vec::new(),
                    at: j,
                });
            }
        }
    }
    Ok(Plan { changes, unchanged })
}

/// Every reference names something the files or the server have.
fn check_refs(d: &Doc, docs: &[Doc], st: &State) -> anyhow::Result<()> {
    let body = Value::Object(d.resolved.clone());
    for f in d.kind.fields.iter().filter(|f| f.refers.is_some()) {
        let target = f.refers.expect("filtered");
        if f.by_name {
            continue; // names of models or raw tables (`raw.orders`): the server checks them
        }
        let (at, _, renamed) = doc::ref_path(f);
        let p = if at.is_empty() {
            renamed.clone()
        } else {
            format!("{at}.{renamed}")
        };
        let p = if f.path.ends_with("[]") {
            format!("{p}[]")
        } else {
            p
        };
        for v in crate::registry::path::values(&body, &p) {
            let Some(name) = v.as_str() else { continue };
            let known = docs
                .iter()
                .any(|o| doc::same(o.kind, target) && o.name == name)
                || st
                    .names
                    .by_name
                    .contains_key(&(target.name, name.to_string()));
            if !known {
                return Err(CliError::Usage(format!(
                    "{}: `{}` refers to {} `{}`, which neither the files nor the project have",
                    d.at,
                    p.replace("[]", ""),
                    target.singular,
                    terminal_safe(name)
                ))
                .into());
            }
        }
    }
    Ok(())
}

impl Plan {
    pub fn json(&self, project: &str) -> Value {
        let changes: Vec<Value> = self.changes.iter().map(Change::json).collect();
        let count = |a: Action| self.changes.iter().filter(|c| c.action == a).count();
        json!({
            "project_id": project,
            "summary": {"create": count(Action::Create), "update": count(Action::Update), "delete": count(Action::Delete), "unchanged": self.unchanged},
            "changes": changes,
        })
    }

    /// The preview people read: `+`, `~` with `field: old → new`, `-`, then the summary.
    pub fn render(&self) -> String {
        let mut s = String::new();
        for c in &self.changes {
            let mark = match c.action {
                Action::Create => "+",
                Action::Update => "~",
                Action::Delete => "-",
            };
            s.push_str(&format!("{mark} {} {}\n", c.action.word(), c.label()));
            for (f, from, to) in &c.fields {
                let show = |v: &Value| {
                    terminal_safe(&serde_json::to_string(v).unwrap_or_default()).into_owned()
                };
                s.push_str(&format!("    {f}: {} → {}\n", show(from), show(to)));
            }
        }
        s.push_str(&self.summary());
        s.push('\n');
        s
    }

    pub fn summary(&self) -> String {
        let count = |a: Action| self.changes.iter().filter(|c| c.action == a).count();
        format!(
            "{} to create, {} to update, {} to delete, {} unchanged",
            count(Action::Create),
            count(Action::Update),
            count(Action::Delete),
            self.unchanged
        )
    }
}

/// The body of a create or the patch of an update, in the API's shape: names → ids, the renamed
/// keys back, the parent and `kind` keys gone.
pub fn body(d: &Doc, only: Option<&[String]>, names: &doc::Names) -> anyhow::Result<Value> {
    let k = d.kind;
    let mut out = Map::new();
    for (key, v) in &d.resolved {
        if key == "kind" || matches!(k.parent, crate::registry::Parent::Kind(p) if p.name == key) {
            continue;
        }
        if only.is_some_and(|o| !o.contains(key)) {
            continue;
        }
        // References keep their file key here: the loop below swaps names for ids under it.
        let api_key = if key == "name" {
            k.names.first().copied().unwrap_or("name").to_string()
        } else if *key == doc::file_key(k, "kind") && k.field("kind").is_some() {
            "kind".to_string()
        } else {
            key.clone()
        };
        out.insert(api_key, v.clone());
    }
    let mut body = Value::Object(out);
    shapes::to_api(k, &mut body);
    for f in k.fields.iter().filter(|f| f.refers.is_some() && !f.by_name) {
        let target = f.refers.expect("filtered");
        let (at, key, renamed) = doc::ref_path(f);
        let holders: Vec<&mut Value> = if at.is_empty() {
            vec![&mut body]
        } else {
            crate::registry::path::values_mut(&mut body, &at)
        };
        for h in holders {
            let Some(obj) = h.as_object_mut() else {
                continue;
            };
            let Some(val) = obj.remove(&renamed) else {
                continue;
            };
            let swap = |n: &Value| -> anyhow::Result<Value> {
                match n.as_str() {
                    Some(name) => names
                        .by_name
                        .get(&(target.name, name.to_string()))
                        .map(|id| Value::String(id.clone()))
                        .ok_or_else(|| {
                            CliError::Usage(format!(
                                "{}: no {} `{}` to refer to",
                                d.at,
                                target.singular,
                                terminal_safe(name)
                            ))
                            .into()
                        }),
                    None => Ok(n.clone()),
                }
            };
            let ids = match &val {
                Value::Array(a) => Value::Array(a.iter().map(swap).collect::<anyhow::Result<_>>()?),
                other => swap(other)?,
            };
            obj.insert(key.to_string(), ids);
        }
    }
    Ok(body)
}
