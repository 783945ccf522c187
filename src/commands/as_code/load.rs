//! Reading the files: multi-document YAML files and directories, `${env:}`/`${file:}`/`${var:}`
//! resolved; every mistake is found here, before any request.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::doc;
use super::shapes::{self, Shape};
use crate::commands::input;
use crate::error::CliError;
use crate::output::terminal_safe;
use crate::registry::{Kind, Parent};

/// One resource as the files give it.
pub struct Doc {
    pub kind: &'static Kind,
    pub parent: Option<String>,
    pub name: String,
    /// As written (references like `${env:X}` kept): what plans show and save.
    pub raw: Map<String, Value>,
    /// With every `${…}` resolved: what is sent.
    pub resolved: Map<String, Value>,
    /// `file, document N`.
    pub at: String,
}

impl Doc {
    pub fn key(&self) -> (&'static str, String, String) {
        (
            self.kind.name,
            self.parent.clone().unwrap_or_default(),
            self.name.clone(),
        )
    }
}

pub(super) fn bad(msg: String) -> anyhow::Error {
    CliError::Usage(msg).into()
}

/// Every `.yaml`/`.yml` file under the paths given, sorted; `rime.yaml` is the project file.
fn files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found)?;
            found.sort();
            out.extend(found);
        } else if p.exists() {
            out.push(p.clone());
        } else {
            return Err(bad(format!("{}: no such file or directory", p.display())));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let rd = std::fs::read_dir(dir)
        .map_err(|e| CliError::config(dir, format!("cannot read the directory: {e}")))?;
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml")
            && p.file_name().is_some_and(|n| n != "rime.yaml")
        {
            out.push(p);
        }
    }
    Ok(())
}

/// The documents of one file (`---` separated), with YAML errors at file:line:column.
pub(super) fn parse(file: &Path) -> anyhow::Result<Vec<Value>> {
    let name = file.display().to_string();
    let (_, text) = input::read_text(&name)?;
    serde_saphyr::from_multiple::<Value>(&text).map_err(|e| {
        let reason: String = e
            .without_snippet()
            .to_string()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        match e.location() {
            Some(at) => bad(format!(
                "{name}:{}:{}: invalid YAML: {}",
                at.line(),
                at.column(),
                reason
            )),
            None => bad(format!("{name}: invalid YAML: {reason}")),
        }
    })
}

/// `${env:X}`, `${file:path}` (beside the file) and `${var:x}` in every string, resolved.
fn resolve(
    v: &Value,
    file: &Path,
    vars: &HashMap<String, String>,
    at: &str,
) -> anyhow::Result<Value> {
    Ok(match v {
        Value::String(s) => Value::String(interpolate(s, file, vars, at)?),
        Value::Array(a) => Value::Array(
            a.iter()
                .map(|x| resolve(x, file, vars, at))
                .collect::<anyhow::Result<_>>()?,
        ),
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, x)| Ok((k.clone(), resolve(x, file, vars, at)?)))
                .collect::<anyhow::Result<_>>()?,
        ),
        other => other.clone(),
    })
}

fn interpolate(
    s: &str,
    file: &Path,
    vars: &HashMap<String, String>,
    at: &str,
) -> anyhow::Result<String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        let Some(end) = rest[i..].find('}') else {
            return Err(bad(format!(
                "{at}: unclosed `${{` in `{}`",
                terminal_safe(s)
            )));
        };
        let inner = &rest[i + 2..i + end];
        let value = match inner.split_once(':') {
            Some(("env", name)) => crate::config::reference(name).ok_or_else(|| {
                bad(format!("{at}: ${{env:{name}}} is not set; export {name} or remove the field to leave it as the server has it"))
            })?,
            Some(("var", name)) => vars.get(name).cloned().ok_or_else(|| {
                bad(format!("{at}: ${{var:{name}}} has no value; pass --var {name}=… or add it to rime.yaml"))
            })?,
            Some(("file", p)) => {
                let path = file.parent().unwrap_or(Path::new(".")).join(p);
                let (_, text) = input::read_text(&path.display().to_string())?;
                text.trim_end_matches('\n').to_string()
            }
            _ => return Err(bad(format!("{at}: `${{{}}}` is not ${{env:…}}, ${{file:…}} or ${{var:…}}", terminal_safe(inner)))),
        };
        out.push_str(&value);
        rest = &rest[i + end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Every document of the files, checked: known kind and fields, one definition per name,
/// `${…}` resolved, no cycle in a kind's references to itself.
pub fn load(paths: &[PathBuf], vars: &HashMap<String, String>) -> anyhow::Result<Vec<Doc>> {
    let mut docs: Vec<Doc> = Vec::new();
    let mut seen: HashMap<(&'static str, String, String), String> = HashMap::new();
    for file in files(paths)? {
        for (i, v) in parse(&file)?.into_iter().enumerate() {
            if v.is_null() {
                continue;
            }
            let at = format!("{}, document {}", file.display(), i + 1);
            let Some(m) = v.as_object() else {
                return Err(bad(format!(
                    "{at}: a document is a mapping with `kind:` and `name:`"
                )));
            };
            let kname = m.get("kind").and_then(Value::as_str).unwrap_or("");
            let Some(kind) = doc::by_name(kname) else {
                let valid: Vec<&str> = doc::kinds().iter().map(|k| k.name).collect();
                return Err(bad(format!(
                    "{at}: unknown kind `{}`; valid kinds: {}",
                    terminal_safe(kname),
                    valid.join(", ")
                )));
            };
            let allowed = doc::keys(kind);
            let name_key = doc::name_key(kind);
            if let Some(k) = m.keys().find(|k| !allowed.contains(k)) {
                return Err(bad(format!(
                    "{at}: unknown field `{}` for kind {}; valid fields: {}",
                    terminal_safe(k),
                    kind.name,
                    allowed.join(", ")
                )));
            }
            let parent = match kind.parent {
                Parent::Kind(p) => Some(
                    m.get(p.name)
                        .and_then(Value::as_str)
                        .map(String::from)
                        .ok_or_else(|| {
                            bad(format!(
                                "{at}: a {} names its {} (`{}: …`)",
                                kind.singular, p.singular, p.name
                            ))
                        })?,
                ),
                _ => None,
            };
            let name = match (name_key, shapes::shape(kind)) {
                (Some(key), shape) => {
                    let n = m
                        .get(key)
                        .and_then(Value::as_str)
                        .map(String::from)
                        .ok_or_else(|| bad(format!("{at}: `{key}:` is missing")))?;
                    // Catalogue paths compare as Snowflake's unquoted identifiers do.
                    if shape == Shape::Found {
                        n.to_ascii_uppercase()
                    } else {
                        n
                    }
                }
                // A singleton goes by its parent (a connector's schema) or by nothing (the project).
                (None, Shape::Singleton) => parent.clone().unwrap_or_default(),
                (None, _) => doc::name_of(kind, &v),
            };
            let resolved = match resolve(&v, &file, vars, &at)? {
                Value::Object(r) => r,
                _ => unreachable!("resolving keeps a mapping a mapping"),
            };
            let (mut raw, mut resolved) = (m.clone(), resolved);
            if let (Some(key), Shape::Found) = (name_key, shapes::shape(kind)) {
                raw.insert(key.into(), Value::String(name.clone()));
                resolved.insert(key.into(), Value::String(name.clone()));
            }
            let d = Doc {
                kind,
                parent,
                name,
                raw,
                resolved,
                at: at.clone(),
            };
            shapes::check(&d)?;
            if let Some(first) = seen.insert(d.key(), at.clone()) {
                return Err(bad(format!(
                    "{at}: {} is defined twice (first in {first})",
                    doc::label(kind, d.parent.as_deref(), &d.name)
                )));
            }
            docs.push(d);
        }
    }
    check_cycles(&docs)?;
    Ok(docs)
}

/// References of a kind to itself by name (a model's sources) must not go round in a circle.
fn check_cycles(docs: &[Doc]) -> anyhow::Result<()> {
    for d in docs {
        let mut path = vec![d.name.clone()];
        let mut seen = HashSet::new();
        if let Some(cycle) = cycle_from(d, docs, &mut path, &mut seen) {
            return Err(bad(format!(
                "{}: a reference cycle among {}: {}",
                d.at,
                d.kind.plural,
                cycle.join(" → ")
            )));
        }
    }
    Ok(())
}

pub fn self_refs(d: &Doc) -> Vec<String> {
    let mut out = Vec::new();
    for f in d
        .kind
        .fields
        .iter()
        .filter(|f| f.by_name && f.refers.is_some_and(|k| doc::same(k, d.kind)))
    {
        let v = Value::Object(d.raw.clone());
        for x in crate::registry::path::values(&v, f.path) {
            if let Some(s) = x.as_str() {
                out.push(s.to_string());
            }
        }
    }
    out
}

fn cycle_from(
    d: &Doc,
    docs: &[Doc],
    path: &mut Vec<String>,
    seen: &mut HashSet<String>,
) -> Option<Vec<String>> {
    for r in self_refs(d) {
        if r == path[0] {
            let mut c = path.clone();
            c.push(r);
            return Some(c);
        }
        if !seen.insert(r.clone()) {
            continue;
        }
        if let Some(next) = docs
            .iter()
            .find(|o| doc::same(o.kind, d.kind) && o.parent == d.parent && o.name == r)
        {
            path.push(r);
            if let Some(c) = cycle_from(next, docs, path, seen) {
                return Some(c);
            }
            path.pop();
        }
    }
    None
}
