//! `--fields` paths: parsing, validation, lookup, projection and flattening of JSON objects.

use serde_json::{Map, Value};

use super::{Column, ColumnKind, OutputError};

/// One dotted path from `--fields`, e.g. `settings.snowflake.account`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FieldPath {
    pub(crate) raw: String,
    pub(crate) segs: Vec<String>,
}

impl FieldPath {
    pub(crate) fn new(raw: &str) -> Self {
        let segs = if raw.is_empty() {
            Vec::new()
        } else {
            raw.split('.').map(str::to_owned).collect()
        };
        Self {
            raw: raw.to_owned(),
            segs,
        }
    }
}

/// `None` when the flag is absent or lists nothing, so `--fields ''` means "default".
pub(crate) fn parse(spec: Option<&str>) -> Option<Vec<FieldPath>> {
    let paths: Vec<FieldPath> = spec?
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(FieldPath::new)
        .collect();
    (!paths.is_empty()).then_some(paths)
}

/// A column header as `--fields` accepts it: lower case, words joined by `_` (`LAST USED` →
/// `last_used`); `-` and spaces are accepted for the `_` too.
fn header_key(header: &str) -> String {
    header.to_ascii_lowercase().replace([' ', '-'], "_")
}

/// `--fields` may name a column by its header (`type` for TYPE, `last-used` for LAST USED): the
/// column's path is meant. A field name keeps naming the field, unless the column shows a part
/// of that very field (audit's ACTOR is `actor.email`, so `actor` means that).
pub(crate) fn resolve(fields: &[FieldPath], columns: &[Column], known: &[&str]) -> Vec<FieldPath> {
    fields
        .iter()
        .map(|f| {
            let key = header_key(&f.raw);
            let column = columns.iter().find(|c| header_key(c.header) == key);
            match column {
                Some(c)
                    if !known.contains(&f.raw.as_str())
                        || c.path
                            .strip_prefix(f.raw.as_str())
                            .is_some_and(|r| r.starts_with('.')) =>
                {
                    FieldPath::new(c.path)
                }
                _ => f.clone(),
            }
        })
        .collect()
}

/// Only the first segment is checked: what lives below it is server-shaped and open-ended.
pub(crate) fn validate(
    fields: &[FieldPath],
    known: &[&str],
    columns: &[Column],
) -> Result<(), OutputError> {
    if known.is_empty() {
        return Ok(());
    }
    let mut unknown: Vec<String> = Vec::new();
    for f in fields {
        let head = f.segs.first().map_or("", String::as_str);
        if !known.contains(&head) && !unknown.contains(&f.raw) {
            unknown.push(f.raw.clone());
        }
    }
    if unknown.is_empty() {
        return Ok(());
    }
    let mut valid: Vec<String> = known.iter().map(|s| (*s).to_owned()).collect();
    for c in columns {
        let key = header_key(c.header);
        if !valid.contains(&key) {
            valid.push(key);
        }
    }
    Err(OutputError::UnknownFields { unknown, valid })
}

/// Walks objects by key and arrays by numeric index; an empty path is the value itself.
pub(crate) fn lookup<'v, S: AsRef<str>>(value: &'v Value, segs: &[S]) -> Option<&'v Value> {
    segs.iter().try_fold(value, |v, seg| match v {
        Value::Object(m) => m.get(seg.as_ref()),
        Value::Array(a) => seg.as_ref().parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    })
}

/// Keeps only the chosen paths, preserving their nesting; missing paths become null.
pub(crate) fn project(value: &Value, fields: &[FieldPath]) -> Value {
    let mut root = Map::new();
    for f in fields {
        let picked = lookup(value, &f.segs).cloned().unwrap_or(Value::Null);
        insert_path(&mut root, &f.segs, picked);
    }
    Value::Object(root)
}

/// First writer wins: `b` then `b.c` keeps all of `b`.
fn insert_path(node: &mut Map<String, Value>, segs: &[String], picked: Value) {
    let Some((first, rest)) = segs.split_first() else {
        return;
    };
    if rest.is_empty() {
        node.entry(first.clone()).or_insert(picked);
        return;
    }
    let slot = node
        .entry(first.clone())
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(m) = slot {
        insert_path(m, rest, picked);
    }
}

/// Dotted key/value pairs for the single-object view; arrays and empty objects are leaves.
pub(crate) fn flatten<'v>(prefix: &str, value: &'v Value, out: &mut Vec<(String, &'v Value)>) {
    match value {
        Value::Object(m) if !m.is_empty() => {
            for (k, v) in m {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        _ => out.push((prefix.to_owned(), value)),
    }
}

/// A resolved output column: from the command's `Column`s, from `--fields`, or inferred.
#[derive(Clone, Debug)]
pub(crate) struct Col {
    pub(crate) header: String,
    pub(crate) path: FieldPath,
    pub(crate) kind: ColumnKind,
}

impl Col {
    /// Never cut on a terminal: anything but free text, and names and ids (what gets copied
    /// into the next command).
    pub(crate) fn keeps_width(&self) -> bool {
        !matches!(self.kind, ColumnKind::Text | ColumnKind::Json) || self.identifies()
    }

    /// Names and ids: what a row is known by (a narrow terminal never leaves these out).
    pub(crate) fn identifies(&self) -> bool {
        let last = self.path.segs.last().map_or("", String::as_str);
        matches!(last, "id" | "name" | "key" | "email")
            || last.ends_with("_id")
            || last.ends_with("_name")
    }

    fn from_column(c: &Column) -> Self {
        Self {
            header: c.header.to_owned(),
            path: FieldPath::new(c.path),
            kind: c.kind,
        }
    }

    /// A path that names a known column keeps its header and kind, so
    /// `--fields name,status` still colours the status.
    pub(crate) fn for_path(path: &FieldPath, known: &[Col]) -> Self {
        match known.iter().find(|c| c.path.raw == path.raw) {
            Some(c) => c.clone(),
            None => Self {
                header: path.raw.to_uppercase(),
                path: path.clone(),
                kind: ColumnKind::Text,
            },
        }
    }
}

pub(crate) fn columns(spec: &[Column], fields: Option<&[FieldPath]>) -> Vec<Col> {
    let spec: Vec<Col> = spec.iter().map(Col::from_column).collect();
    match fields {
        Some(fields) => fields.iter().map(|f| Col::for_path(f, &spec)).collect(),
        None => spec,
    }
}

/// How many leading items `rime api` looks at to guess columns.
pub(crate) const INFER_SAMPLE: usize = 20;

/// Columns for arbitrary JSON: the union of keys of the first `sample` objects, in
/// first-seen order; anything that is not a list of objects gets one `VALUE` column.
pub(crate) fn infer_columns(items: &[Value], known: &[Col], sample: usize) -> Vec<Col> {
    let sample = &items[..items.len().min(sample)];
    if sample.is_empty() || !sample.iter().all(Value::is_object) {
        return vec![Col {
            header: "VALUE".to_owned(),
            path: FieldPath::new(""),
            kind: ColumnKind::Text,
        }];
    }
    let mut keys: Vec<&str> = Vec::new();
    for item in sample.iter().filter_map(Value::as_object) {
        for k in item.keys() {
            if !keys.contains(&k.as_str()) {
                keys.push(k);
            }
        }
    }
    keys.into_iter()
        .map(|k| {
            let mut col = Col::for_path(&FieldPath::new(k), known);
            if col.kind == ColumnKind::Text && !known.iter().any(|c| c.path.raw == k) {
                col.kind = guess_kind(k);
            }
            col
        })
        .collect()
}

/// Naming conventions of the Rime API, good enough for ad-hoc `rime api` output.
fn guess_kind(key: &str) -> ColumnKind {
    match key {
        "status" | "state" | "health" => ColumnKind::Status,
        k if k.ends_with("_at") => ColumnKind::Time,
        _ => ColumnKind::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parse_trims_and_drops_empties() {
        let f = parse(Some(" name , settings.snowflake.account,,")).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].segs, ["settings", "snowflake", "account"]);
        assert!(parse(Some(" , ")).is_none());
    }

    #[test]
    fn headers_name_their_columns() {
        let cols = [
            Column {
                header: "TYPE",
                path: "type",
                kind: ColumnKind::Text,
            },
            Column {
                header: "ACTOR",
                path: "actor.email",
                kind: ColumnKind::Text,
            },
            Column {
                header: "LAST USED",
                path: "last_used_at",
                kind: ColumnKind::Time,
            },
            Column {
                header: "TABLES",
                path: "tables_attempted",
                kind: ColumnKind::Count,
            },
        ];
        let known = [
            "type",
            "actor",
            "last_used_at",
            "tables",
            "tables_attempted",
        ];
        let f = parse(Some("TYPE,actor,last-used,LAST_USED,tables,actor.id")).unwrap();
        let raw: Vec<String> = resolve(&f, &cols, &known)
            .into_iter()
            .map(|p| p.raw)
            .collect();
        assert_eq!(
            raw,
            [
                "type",
                "actor.email",
                "last_used_at",
                "last_used_at",
                "tables",
                "actor.id"
            ]
        );
        let bad = parse(Some("nope")).unwrap();
        let e = validate(&bad, &known, &cols).unwrap_err().to_string();
        assert!(
            e.ends_with(
                "(valid fields: type, actor, last_used_at, tables, tables_attempted, last_used)"
            ),
            "{e}"
        );
    }

    #[test]
    fn project_keeps_nesting_and_nulls_missing() {
        let v = json!({"id": 1, "b": {"c": 2, "d": 3}, "tags": ["x", "y"]});
        let f = parse(Some("b.c,nope,id,tags.1,b.d")).unwrap();
        assert_eq!(
            project(&v, &f),
            json!({"b": {"c": 2, "d": 3}, "nope": null, "id": 1, "tags": {"1": "y"}})
        );
    }

    #[test]
    fn flatten_uses_dotted_keys() {
        let v = json!({"a": 1, "s": {"snow": {"acct": "x"}, "e": {}}, "l": [1]});
        let mut out = Vec::new();
        flatten("", &v, &mut out);
        let keys: Vec<&str> = out.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["a", "s.snow.acct", "s.e", "l"]);
    }
}
