//! The kinds that are not plain collections: the project itself and a connector's schema
//! selection (singletons, changed with `PATCH`), catalogue columns (found, `PATCH`ed by path).

use serde_json::{Map, Value, json};

use super::load::Doc;
use crate::error::CliError;
use crate::output::terminal_safe;
use crate::registry::{Kind, Op, Parent};

/// How a kind's objects come to be, which decides how apply writes them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    /// Created with `POST`, changed with `PATCH`, deleted by id.
    Owned,
    /// One object at a path: the project itself, a connector's schema. It is there as soon as
    /// its parent is, so it is only ever changed (`PATCH`), never created or deleted.
    Singleton,
    /// Objects the server finds (catalogue columns, by path): changed with `PATCH` of the item,
    /// never created or deleted.
    Found,
}

/// The project's own configuration: the one config kind above the project.
pub fn is_project(k: &Kind) -> bool {
    k.config && matches!(k.parent, Parent::Tenant)
}

pub fn shape(k: &Kind) -> Shape {
    if is_project(k) || k.singleton() {
        Shape::Singleton
    } else if k.has(Op::Create) {
        Shape::Owned
    } else {
        Shape::Found
    }
}

/// The field a found object goes by in files and URLs (a column's `path`).
pub fn key_field(k: &Kind) -> Option<&'static str> {
    (shape(k) == Shape::Found).then(|| k.fields.first().map_or("id", |f| f.path))
}

/// The query of a found kind's list: only what is configuration (classified columns; the
/// others are read one by one when a file names them).
pub fn list_query(k: &Kind) -> Vec<(String, String)> {
    match k.name {
        "column" => vec![("classified".into(), "true".into())],
        _ => Vec::new(),
    }
}

/// Kinds whose objects appear because of another kind's, beyond references and parents: a
/// connector's column is in the catalogue once the connector's schema selects it.
const AFTER: &[(&str, &str)] = &[("column", "connector_schema")];

pub fn comes_after(k: &Kind, other: &Kind) -> bool {
    AFTER.iter().any(|(a, b)| *a == k.name && *b == other.name)
}

/// What a plan compares a singleton or found object with before it is there: nothing but its
/// key. A column must be in the catalogue already or come with a connector of the files (its
/// tables land in `RAW`, schema = the connector's name): else it is refused before any write.
pub fn absent(d: &Doc, docs: &[Doc]) -> anyhow::Result<Value> {
    let mut out = Map::new();
    let Some(key) = key_field(d.kind) else {
        return Ok(Value::Object(out));
    };
    let ident = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_uppercase()
                } else {
                    '_'
                }
            })
            .collect()
    };
    let comes = d.name.strip_prefix("RAW.").is_some_and(|rest| {
        let schema = rest.split('.').next().unwrap_or_default();
        docs.iter()
            .any(|o| o.kind.name == "connector" && ident(&o.name) == schema)
    });
    if !comes {
        return Err(CliError::Usage(format!(
            "{}: {} `{}` is not in the project's catalogue (a column is there once its table is: \
             a warehouse table, or a selected table of a connector, in RAW.<CONNECTOR>); \
             run `rime {} list` to see the columns",
            d.at,
            d.kind.singular,
            terminal_safe(&d.name),
            d.kind.command
        ))
        .into());
    }
    out.insert(key.into(), Value::String(d.name.clone()));
    Ok(Value::Object(out))
}

/// A schema's tables as files hold them: a mapping by table name, each with `selected` and its
/// columns by name, so a file names only the tables and columns it means (the rest are left as
/// the server has them, as `PATCH …/schema` does).
fn selection(tables: &Value) -> Value {
    let mut out = Map::new();
    for t in tables.as_array().into_iter().flatten() {
        let Some(name) = t["name"].as_str() else {
            continue;
        };
        let columns: Map<String, Value> = t["columns"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| Some((c["name"].as_str()?.to_string(), c["selected"].clone())))
            .collect();
        out.insert(
            name.to_string(),
            json!({"selected": t["selected"], "columns": columns}),
        );
    }
    Value::Object(out)
}

/// A schema selection's shape, checked locally (`tables: {TABLE: {selected, columns: {COLUMN:
/// true|false}}}`), so a mistake is a line, not a change that never settles.
pub fn check(d: &Doc) -> anyhow::Result<()> {
    if d.kind.name != "connector_schema" {
        return Ok(());
    }
    let shape = "tables: {TABLE: {selected: true|false, columns: {COLUMN: true|false}}}";
    let bad = |what: String| -> anyhow::Error {
        CliError::Usage(format!("{}: {what}; a schema selection is {shape}", d.at)).into()
    };
    let Some(tables) = d.resolved.get("tables") else {
        return Ok(());
    };
    let Some(tables) = tables.as_object() else {
        return Err(bad("`tables` is not a mapping by table name".into()));
    };
    for (t, v) in tables {
        let Some(entry) = v.as_object() else {
            return Err(bad(format!(
                "table `{}` is not a mapping",
                terminal_safe(t)
            )));
        };
        if let Some(k) = entry.keys().find(|k| *k != "selected" && *k != "columns") {
            return Err(bad(format!(
                "table `{}`: unknown field `{}`",
                terminal_safe(t),
                terminal_safe(k)
            )));
        }
        if entry.get("selected").is_some_and(|s| !s.is_boolean()) {
            return Err(bad(format!(
                "table `{}`: `selected` is true or false",
                terminal_safe(t)
            )));
        }
        if let Some(cols) = entry.get("columns") {
            let ok = cols
                .as_object()
                .is_some_and(|m| m.values().all(Value::is_boolean));
            if !ok {
                return Err(bad(format!(
                    "table `{}`: `columns` maps each column to true or false",
                    terminal_safe(t)
                )));
            }
        }
    }
    Ok(())
}

/// The object's body in file form, before the generic rules run (`doc::to_doc`).
pub fn file_form(k: &Kind, body: &mut Value) {
    if k.name == "connector_schema" {
        body["tables"] = selection(&body["tables"]);
    }
}

/// What an export writes of a document, or nothing: a schema only what differs from the
/// default (every table and column selected), a column only when it is classified.
pub fn for_export(k: &Kind, doc: &Value) -> Option<Value> {
    match k.name {
        "connector_schema" => {
            let mut tables = Map::new();
            for (name, t) in doc["tables"].as_object().into_iter().flatten() {
                let mut entry = Map::new();
                if t["selected"] == false {
                    entry.insert("selected".into(), false.into());
                }
                let off: Map<String, Value> = t["columns"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(_, s)| **s == false)
                    .map(|(c, s)| (c.clone(), s.clone()))
                    .collect();
                if !off.is_empty() {
                    entry.insert("columns".into(), Value::Object(off));
                }
                if !entry.is_empty() {
                    tables.insert(name.clone(), Value::Object(entry));
                }
            }
            if tables.is_empty() {
                return None;
            }
            let mut out = doc.clone();
            out["tables"] = Value::Object(tables);
            Some(out)
        }
        "column" => {
            let classified = !doc["privacy_level"].is_null() || !doc["pii_type"].is_null();
            classified.then(|| doc.clone())
        }
        _ => Some(doc.clone()),
    }
}

/// A body in the API's shape: a schema's tables back to the list `PATCH …/schema` takes; a found
/// object's key goes (it is in the path).
pub fn to_api(k: &Kind, body: &mut Value) {
    if let Some(key) = key_field(k)
        && let Some(m) = body.as_object_mut()
    {
        m.remove(key);
    }
    if k.name == "connector_schema"
        && let Some(tables) = body.get("tables").and_then(Value::as_object)
    {
        let list: Vec<Value> = tables
            .iter()
            .map(|(name, t)| {
                let mut item = Map::new();
                item.insert("name".into(), Value::String(name.clone()));
                if let Some(sel) = t.get("selected").filter(|s| !s.is_null()) {
                    item.insert("selected".into(), sel.clone());
                }
                if let Some(cols) = t.get("columns").and_then(Value::as_object) {
                    let cols: Vec<Value> = cols
                        .iter()
                        .map(|(c, s)| json!({"name": c, "selected": s}))
                        .collect();
                    item.insert("columns".into(), Value::Array(cols));
                }
                Value::Object(item)
            })
            .collect();
        body["tables"] = Value::Array(list);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::{connectors, governance, projects};

    #[test]
    fn kinds_have_their_shapes() {
        assert_eq!(shape(&projects::PROJECTS), Shape::Singleton);
        assert_eq!(shape(&connectors::SCHEMA), Shape::Singleton);
        assert_eq!(shape(&governance::COLUMNS), Shape::Found);
        assert_eq!(shape(&connectors::CONNECTORS), Shape::Owned);
        assert_eq!(key_field(&governance::COLUMNS), Some("path"));
    }

    #[test]
    fn a_selection_exports_what_differs_and_goes_back_as_the_patch() {
        let k = &connectors::SCHEMA;
        let mut body = json!({"tables": [
            {"name": "orders", "selected": true, "row_count": 3, "columns": [
                {"name": "id", "selected": true}, {"name": "notes", "selected": false}]},
            {"name": "audit", "selected": false, "columns": [{"name": "at", "selected": true}]},
            {"name": "items", "selected": true, "columns": [{"name": "sku", "selected": true}]},
        ]});
        file_form(k, &mut body);
        assert_eq!(body["tables"]["orders"]["columns"]["notes"], false);
        let doc = json!({"kind": "connector_schema", "connector": "c", "tables": body["tables"]});
        let out = for_export(k, &doc).unwrap();
        assert_eq!(
            out["tables"],
            json!({"orders": {"columns": {"notes": false}}, "audit": {"selected": false}})
        );
        let mut patch = json!({"tables": out["tables"]});
        to_api(k, &mut patch);
        assert_eq!(
            patch,
            json!({"tables": [
                {"name": "orders", "columns": [{"name": "notes", "selected": false}]},
                {"name": "audit", "selected": false},
            ]})
        );
        let all_selected = json!({"kind": "connector_schema", "tables": {"items": {"selected": true, "columns": {"sku": true}}}});
        assert!(for_export(k, &all_selected).is_none());
    }
}
