//! Local input: `--from-file` bodies (JSON or YAML, errors with file, line and column) and `--set a.b=v`.

use std::io::Read;
use std::path::Path;

use serde_json::{Map, Value};

use crate::error::CliError;

/// Reads a JSON or YAML document from a file, or stdin for `-`.
pub fn read_document(path: &str) -> Result<Value, CliError> {
    let (name, text) = read_text(path)?;
    parse_document(&name, &text, path)
}

/// The most a file (or stdin) given to `--from-file`, `--input` or `-F key=@file` may hold: the
/// size of the largest body rime sends or accepts. `/dev/zero` ends here instead of filling memory.
pub const MAX_INPUT: u64 = 64 * 1024 * 1024;

pub fn read_text(path: &str) -> Result<(String, String), CliError> {
    let (name, bytes) = read_bytes(path)?;
    let text =
        String::from_utf8(bytes).map_err(|_| CliError::Usage(format!("{name}: not UTF-8 text")))?;
    Ok((name, text))
}

/// The whole file (or stdin for `-`), refused past [`MAX_INPUT`] without reading further.
pub fn read_bytes(path: &str) -> Result<(String, Vec<u8>), CliError> {
    let mut buf = Vec::new();
    let name = if path == "-" {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT + 1)
            .read_to_end(&mut buf)
            .map_err(|e| CliError::Usage(format!("cannot read standard input: {e}")))?;
        "<stdin>".to_string()
    } else {
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_INPUT + 1).read_to_end(&mut buf))
            .map_err(|e| CliError::config(Path::new(path), format!("cannot read it: {e}")))?;
        path.to_string()
    };
    if buf.len() as u64 > MAX_INPUT {
        return Err(CliError::Usage(format!(
            "{}: more than {} MiB; input files are limited to that size",
            crate::output::terminal_safe(&name),
            MAX_INPUT >> 20
        )));
    }
    Ok((name, buf))
}

/// JSON when the file says so (extension or a leading `{`/`[`), YAML otherwise.
pub fn parse_document(name: &str, text: &str, path: &str) -> Result<Value, CliError> {
    let lower = path.to_ascii_lowercase();
    let looks_json = lower.ends_with(".json")
        || (!lower.ends_with(".yaml")
            && !lower.ends_with(".yml")
            && text.trim_start().starts_with(['{', '[']));
    if looks_json {
        serde_json::from_str(text).map_err(|e| {
            CliError::Usage(format!(
                "{name}: invalid JSON at line {}, column {}: {}",
                e.line(),
                e.column(),
                strip_position(&e.to_string())
            ))
        })
    } else {
        serde_saphyr::from_str::<Value>(text).map_err(|e| {
            // The same shape as JSON errors: position first, then the reason without the
            // library's source snippet (which would not survive being put on one line).
            let reason = one_line(&e.without_snippet().to_string());
            match e.location() {
                Some(at) => CliError::Usage(format!(
                    "{name}: invalid YAML at line {}, column {}: {}",
                    at.line(),
                    at.column(),
                    strip_yaml_position(&reason)
                )),
                None => CliError::Usage(format!("{name}: invalid YAML: {reason}")),
            }
        })
    }
}

fn strip_position(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// `error: line 4 column 4: illegal …` → `illegal …`.
fn strip_yaml_position(msg: &str) -> &str {
    let msg = msg.strip_prefix("error: ").unwrap_or(msg);
    match msg
        .strip_prefix("line ")
        .and_then(|rest| rest.split_once(": "))
    {
        Some((pos, reason)) if pos.contains(" column ") => reason,
        _ => msg,
    }
}

fn one_line(msg: &str) -> String {
    msg.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses `key=value` where the value is typed: `true`, `false`, `null`, numbers, JSON arrays and
/// objects, `@file` (the file's text, `@-` stdin); anything else is a string. `raw` keeps strings.
pub fn parse_assignment(s: &str, raw: bool) -> Result<(String, Value), CliError> {
    let Some((key, val)) = s.split_once('=') else {
        return Err(CliError::Usage(format!("`{s}` is not key=value")));
    };
    let key = key.trim();
    if key.is_empty() || key.split('.').any(str::is_empty) {
        return Err(CliError::Usage(format!(
            "`{s}`: the key must be a name or a dotted path like a.b"
        )));
    }
    if raw {
        return Ok((key.to_string(), Value::String(val.to_string())));
    }
    let value = if let Some(file) = val.strip_prefix('@') {
        let (_, text) = read_text(file)?;
        Value::String(text.trim_end_matches('\n').to_string())
    } else {
        typed(val)
    };
    Ok((key.to_string(), value))
}

pub fn typed(val: &str) -> Value {
    match val {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" => Value::Null,
        _ => {
            if let Ok(i) = val.parse::<i64>() {
                return Value::from(i);
            }
            // JSON decides what is a number; std parses it, correctly rounded (serde_json's
            // default float parsing can be off by an ulp).
            if let Ok(f) = val.parse::<f64>()
                && f.is_finite()
                && val.contains('.')
                && serde_json::from_str::<Value>(val).is_ok_and(|v| v.is_number())
                && let Some(n) = serde_json::Number::from_f64(f)
            {
                return Value::Number(n);
            }
            if val.starts_with(['[', '{', '"'])
                && let Ok(v) = serde_json::from_str::<Value>(val)
            {
                return v;
            }
            Value::String(val.to_string())
        }
    }
}

/// Repeated field flags (`-f`, `-F`, `--set`) gathered into one object. Two that overlap — the same
/// key, or one inside the other (`a.b` and `a.b.c`, in either order) — are refused naming both,
/// since one would otherwise overwrite the other.
#[derive(Default)]
pub struct Assignments {
    seen: Vec<(String, String)>,
}

impl Assignments {
    /// Parses `text` (`-f` when `raw`) as given to `flag` and sets it inside `target`.
    pub fn add(
        &mut self,
        target: &mut Value,
        flag: &str,
        text: &str,
        raw: bool,
    ) -> Result<(), CliError> {
        let (key, value) = parse_assignment(text, raw)?;
        let shown = format!("{flag} {}", shorten(text));
        let inside = |outer: &str, inner: &str| {
            inner == outer
                || inner
                    .strip_prefix(outer)
                    .is_some_and(|r| r.starts_with('.'))
        };
        if let Some((_, before)) = self
            .seen
            .iter()
            .find(|(k, _)| inside(k, &key) || inside(&key, k))
        {
            return Err(CliError::Usage(format!(
                "`{before}` and `{shown}` both set `{}`: one would overwrite the other",
                crate::output::terminal_safe(&key)
            )));
        }
        set_path(target, &key, value)?;
        self.seen.push((key, shown));
        Ok(())
    }
}

/// What the user typed, short enough to quote in an error.
fn shorten(text: &str) -> String {
    let mut s: String = text.chars().take(60).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    crate::output::terminal_safe(&s).into_owned()
}

/// Sets `a.b.c` inside `target`, creating objects on the way.
pub fn set_path(target: &mut Value, path: &str, value: Value) -> Result<(), CliError> {
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    let mut cur = target;
    let segs: Vec<&str> = path.split('.').collect();
    for (i, seg) in segs.iter().enumerate() {
        let obj = cur.as_object_mut().ok_or_else(|| {
            CliError::Usage(format!(
                "cannot set `{path}`: `{}` is not an object",
                segs[..i].join(".")
            ))
        })?;
        if i == segs.len() - 1 {
            obj.insert(seg.to_string(), value);
            return Ok(());
        }
        cur = obj
            .entry(seg.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if cur.is_null() {
            *cur = Value::Object(Map::new());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignments_are_typed_and_nested() {
        let mut v = Value::Null;
        for a in ["a.b=5", "a.c=true", "d=hello", "e=[1,2]", "f=1.5", "g=null"] {
            let (k, val) = parse_assignment(a, false).unwrap();
            set_path(&mut v, &k, val).unwrap();
        }
        assert_eq!(
            v,
            serde_json::json!({"a": {"b": 5, "c": true}, "d": "hello", "e": [1, 2], "f": 1.5, "g": null})
        );
        assert_eq!(
            parse_assignment("x=5", true).unwrap().1,
            Value::String("5".into())
        );
        assert!(parse_assignment("novalue", false).is_err());
        assert!(parse_assignment("a..b=1", false).is_err());
    }

    #[test]
    fn bad_documents_name_file_line_and_column() {
        let e = parse_document("c.json", "{\n  \"a\": 1,\n  oops\n}", "c.json")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("c.json: invalid JSON at line 3, column 3"),
            "{e}"
        );
        let e = parse_document("c.yaml", "a: [1, 2\nb: 3\n", "c.yaml")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("c.yaml: invalid YAML at line 2, column 2: "),
            "{e}"
        );
        let e = parse_document("c.yaml", "name: x\n  bad: [\n", "c.yaml")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("c.yaml: invalid YAML at line 2, column"),
            "{e}"
        );
        assert!(!e.contains("-->") && !e.contains("error: line"), "{e}");
    }
}

/// `--from-file` and `--set`, shared by every create and update.
#[derive(clap::Args, Debug, Default, Clone)]
pub struct BodyArgs {
    /// Read the request body from a JSON or YAML file (`-` for standard input)
    #[arg(short = 'f', long, visible_alias = "file", value_name = "FILE")]
    pub from_file: Option<String>,
    /// Set a field, e.g. --set description="Sales data" --set settings.drift_detection.interval_hours=12
    /// (values are typed: numbers, true/false/null, JSON arrays/objects, @file for a file's text)
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<String>,
}

impl BodyArgs {
    /// The body: the file first, then the command's own flags, then `--set` on top.
    pub fn build(&self, flags: Vec<(&str, Option<Value>)>) -> Result<Value, CliError> {
        let mut body = match &self.from_file {
            Some(path) => {
                let v = read_document(path)?;
                if !v.is_object() {
                    return Err(CliError::Usage(format!(
                        "{path}: the body must be an object (a mapping)"
                    )));
                }
                v
            }
            None => Value::Object(Map::new()),
        };
        for (key, val) in flags {
            if let Some(v) = val {
                set_path(&mut body, key, v)?;
            }
        }
        let mut sets = Assignments::default();
        for a in &self.set {
            sets.add(&mut body, "--set", a, false)?;
        }
        Ok(body)
    }
}
