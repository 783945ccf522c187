//! `rime schema`: a JSON Schema (draft-07, which editors' YAML servers support best) of the
//! as-code files, derived from the Kinds, so it names the same kinds and fields `apply` accepts.

use clap::Args;
use serde_json::{Map, Value, json};

use super::doc;
use crate::context::Context;
use crate::output::Format;
use crate::registry::{Kind, Parent, path};

/// The name exported files point at; `rime schema > rime.schema.json` makes it.
pub const FILE: &str = "rime.schema.json";

/// A reference in place of a secret's value: `${env:NAME}`, `${file:PATH}` or `${var:NAME}`.
const REFERENCE: &str = r"^\$\{(env|file|var):[^}]+\}$";

#[derive(Args, Debug)]
pub struct SchemaArgs {
    /// Only this kind's documents (connector, pipeline, alert_rule, …)
    #[arg(long = "kind", value_name = "KIND")]
    pub kind: Option<String>,
}

/// The first line of every exported file, `depth` directories below the files' root.
pub fn comment(depth: usize) -> String {
    format!(
        "# yaml-language-server: $schema={}{FILE}\n",
        "../".repeat(depth)
    )
}

pub fn run(ctx: &Context, a: SchemaArgs) -> anyhow::Result<()> {
    let kinds = match &a.kind {
        Some(k) => vec![doc::by_name(k).ok_or_else(|| super::export::unknown_kind(k))?],
        None => doc::kinds(),
    };
    let s = schema(&kinds);
    let text = if ctx.out.format() == Format::Yaml {
        super::export::yaml(&s)?
    } else {
        serde_json::to_string_pretty(&s)? + "\n"
    };
    ctx.out.text(&text)?;
    Ok(())
}

/// One document of the files: `kind` picks the definition its other fields must follow.
pub fn schema(kinds: &[&'static Kind]) -> Value {
    let names: Vec<&str> = kinds.iter().map(|k| k.name).collect();
    let mut defs = Map::new();
    let mut all = Vec::new();
    for k in kinds {
        defs.insert(k.name.into(), definition(k));
        all.push(json!({
            "if": {"properties": {"kind": {"const": k.name}}, "required": ["kind"]},
            "then": {"$ref": format!("#/definitions/{}", k.name)},
        }));
    }
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "rime projects as code",
        "description": "One YAML document per resource: `kind`, `name` and the fields a user sets (docs/as-code.md). Made by `rime schema`.",
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"description": "The kind of resource", "enum": names}},
        "allOf": all,
        "definitions": defs,
    })
}

/// One kind's documents: exactly the keys `apply` accepts (unknown ones are flagged), the
/// parent's and the object's names required.
fn definition(k: &'static Kind) -> Value {
    let mut props = Map::new();
    let mut required = vec![Value::from("kind")];
    props.insert("kind".into(), json!({"const": k.name}));
    if let Parent::Kind(p) = k.parent {
        props.insert(
            p.name.into(),
            json!({"type": "string", "description": format!("The name of its {}", p.singular)}),
        );
        required.push(p.name.into());
    }
    if let Some(key) = doc::name_key(k) {
        props.insert(
            key.into(),
            json!({"type": "string", "description": if key == "name" { format!("The {}'s name", k.singular) } else { format!("The {}'s {key}", k.singular) }}),
        );
        required.push(key.into());
    }
    // The same keys `load` accepts, so the editor flags what `apply` refuses.
    for key in doc::keys(k) {
        props.entry(key).or_insert_with(|| json!({}));
    }
    // What the Kind says below the top: references by name, secrets by reference, fixed fields.
    for f in k.fields.iter().filter(|f| !f.read_only) {
        let top = path::head(f.path);
        if !doc::doc_fields(k).contains(&top) {
            continue;
        }
        if let Some(target) = f.refers {
            let list = f.path.ends_with("[]");
            // A by-name reference keeps its key; an id reference goes by its renamed one.
            let full = match doc::ref_path(f) {
                _ if f.by_name => f.path.trim_end_matches("[]").to_string(),
                (at, _, renamed) if at.is_empty() => renamed,
                (at, _, renamed) => format!("{at}.{renamed}"),
            };
            let one = json!({"type": ["string", "null"], "description": format!("The name of one {}", target.singular)});
            let s = if list {
                json!({"type": ["array", "null"], "items": one})
            } else {
                one
            };
            put(&mut props, &full, s);
        }
        if f.immutable && f.path == top {
            let key = doc::file_key(k, top);
            if let Some(Value::Object(o)) = props.get_mut(&key) {
                o.insert("description".into(), "Set at create, fixed after".into());
            }
        }
    }
    for s in k.secrets() {
        if doc::doc_fields(k).contains(&path::head(&s)) {
            let secret = json!({
                "type": ["string", "null"],
                "pattern": REFERENCE,
                "description": "A secret: a reference, never the value — ${env:NAME} or ${file:PATH}",
            });
            put(&mut props, &s, secret);
        }
    }
    json!({
        "type": "object",
        "description": format!("One {}", k.singular),
        "required": required,
        "properties": props,
        "additionalProperties": false,
    })
}

/// Sets the schema at a dotted path (`steps[].channel`, `config.auth.token`), making the
/// objects and arrays above it; nested objects stay open (their keys depend on a type). Every
/// value may be `null`: in the files it clears the field.
fn put(props: &mut Map<String, Value>, at: &str, s: Value) {
    let (first, rest) = match at.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (at, None),
    };
    let (key, list) = match first.strip_suffix("[]") {
        Some(k) => (k, true),
        None => (first, false),
    };
    let Some(rest) = rest else {
        if list {
            props.insert(key.into(), json!({"type": ["array", "null"], "items": s}));
        } else {
            props.insert(key.into(), s);
        }
        return;
    };
    let slot = props.entry(key.to_string()).or_insert_with(|| json!({}));
    let holder = if list {
        let o = slot.as_object_mut().expect("a schema is an object");
        o.insert("type".into(), json!(["array", "null"]));
        o.entry("items").or_insert_with(|| json!({}))
    } else {
        slot
    };
    let o = holder.as_object_mut().expect("a schema is an object");
    o.insert("type".into(), json!(["object", "null"]));
    let inner = o
        .entry("properties")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .expect("properties are an object");
    put(inner, rest, s);
}
