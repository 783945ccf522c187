//! `columns classify --from-file`: many classifications from CSV or NDJSON, one result per row.
//
// The whole file is read and checked first, so a malformed file changes nothing and is reported
// with its file, line and column. Rows are then sent one by one; a failed row stops the rest
// (reported as skipped) unless `--continue-on-error`. Any failed row makes the exit code 9.

use serde_json::{Map, Value, json};

use super::columns::{classify, clearable};
use crate::commands::input::read_text;
use crate::context::Context;
use crate::error::CliError;
use crate::http::ApiError;
use crate::output::ColumnKind::{Count, Status, Text};
use crate::output::{Column, ListSpec, col};

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: usize,
    pub path: String,
    /// The PATCH body: `privacy_level` and/or `pii_type` (null clears).
    pub body: Value,
}

const RESULT_COLUMNS: &[Column] = &[
    col("LINE", "line", Count),
    col("PATH", "path", Text),
    col("RESULT", "result", Status),
    col("LEVEL", "privacy_level", Text),
    col("PII", "pii_type", Text),
    col("ERROR", "error", Text),
];
const RESULT_FIELDS: &[&str] = &[
    "line",
    "path",
    "result",
    "privacy_level",
    "pii_type",
    "error",
];

/// Column names a file may use for each field.
fn field_of(name: &str) -> Option<&'static str> {
    Some(match name.trim().to_ascii_lowercase().as_str() {
        "path" => "path",
        "level" | "privacy_level" => "privacy_level",
        "pii" | "pii_type" => "pii_type",
        _ => return None,
    })
}

fn malformed(file: &str, line: usize, column: usize, message: impl std::fmt::Display) -> CliError {
    CliError::Usage(format!("{file}: line {line}, column {column}: {message}"))
}

/// Builds a row from (field, value, column) triples, checking that it says something.
fn row(file: &str, line: usize, cells: Vec<(&'static str, Value, usize)>) -> Result<Row, CliError> {
    let mut path = None;
    let mut body = Map::new();
    for (field, value, col) in cells {
        match (field, value) {
            ("path", Value::String(p)) if !p.trim().is_empty() => path = Some(p.trim().to_string()),
            ("path", _) => return Err(malformed(file, line, col, "the path is empty")),
            (f, Value::String(s)) if s.trim().is_empty() => {
                let _ = f;
            }
            (f, Value::String(s)) => {
                body.insert(f.into(), clearable(s.trim()));
            }
            (f, Value::Null) => {
                body.insert(f.into(), Value::Null);
            }
            (f, _) => {
                return Err(malformed(
                    file,
                    line,
                    col,
                    format!("`{f}` must be a string or null"),
                ));
            }
        }
    }
    let Some(path) = path else {
        return Err(malformed(file, line, 1, "no path"));
    };
    if body.is_empty() {
        return Err(malformed(
            file,
            line,
            1,
            "give a level or a PII type for this column",
        ));
    }
    Ok(Row {
        line,
        path,
        body: Value::Object(body),
    })
}

pub fn parse_csv(file: &str, text: &str) -> Result<Vec<Row>, CliError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| malformed(file, 1, 1, e))?
        .clone();
    let mut fields = Vec::new();
    let mut col = 1;
    for h in &headers {
        match field_of(h) {
            Some(f) if !fields.contains(&f) => fields.push(f),
            Some(_) => {
                return Err(malformed(
                    file,
                    1,
                    col,
                    format!("`{}` appears twice", h.trim()),
                ));
            }
            None => {
                return Err(malformed(
                    file,
                    1,
                    col,
                    format!(
                        "unknown column `{}` (expected path, level, pii_type)",
                        h.trim()
                    ),
                ));
            }
        }
        col += h.chars().count() + 1;
    }
    if !fields.contains(&"path") {
        return Err(malformed(file, 1, 1, "the header has no `path` column"));
    }
    // The csv crate does not count blank lines; the byte offset gives the real line.
    let line_at = |p: &csv::Position| {
        let at = (p.byte() as usize).min(text.len());
        let blank = text[at..]
            .chars()
            .take_while(|c| *c == '\n' || *c == '\r')
            .filter(|c| *c == '\n')
            .count();
        text[..at].matches('\n').count() + blank + 1
    };
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, line_at);
            let detail = match e.kind() {
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => {
                    format!("expected {expected_len} fields, found {len}")
                }
                _ => e.to_string(),
            };
            malformed(file, line, 1, detail)
        })?;
        let line = record.position().map_or(0, line_at);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let mut col = 1;
        let mut cells = Vec::new();
        for (f, value) in fields.iter().zip(record.iter()) {
            cells.push((*f, Value::String(value.to_string()), col));
            col += value.chars().count() + 1;
        }
        rows.push(row(file, line, cells)?);
    }
    Ok(rows)
}

pub fn parse_ndjson(file: &str, text: &str) -> Result<Vec<Row>, CliError> {
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(raw).map_err(|e| {
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            malformed(file, line, e.column(), format!("invalid JSON: {msg}"))
        })?;
        let Value::Object(obj) = v else {
            return Err(malformed(file, line, 1, "each line must be a JSON object"));
        };
        let mut cells = Vec::new();
        for (k, value) in obj {
            let Some(f) = field_of(&k) else {
                let col = raw
                    .find(&format!("\"{k}\""))
                    .map_or(1, |i| raw[..i].chars().count() + 1);
                return Err(malformed(
                    file,
                    line,
                    col,
                    format!("unknown field `{k}` (expected path, privacy_level, pii_type)"),
                ));
            };
            cells.push((f, value, 1));
        }
        rows.push(row(file, line, cells)?);
    }
    Ok(rows)
}

/// CSV unless the file says NDJSON (`.ndjson`, `.jsonl`, `.json`, or a first line that is an object).
pub fn parse(file: &str, text: &str) -> Result<Vec<Row>, CliError> {
    let lower = file.to_ascii_lowercase();
    let json = [".ndjson", ".jsonl", ".json"]
        .iter()
        .any(|e| lower.ends_with(e))
        || (!lower.ends_with(".csv") && text.trim_start().starts_with('{'));
    let rows = if json {
        parse_ndjson(file, text)?
    } else {
        parse_csv(file, text)?
    };
    if rows.is_empty() {
        return Err(CliError::Usage(format!("{file}: no rows to classify")));
    }
    Ok(rows)
}

fn error_text(e: &anyhow::Error) -> String {
    match e.downcast_ref::<ApiError>() {
        Some(api) => {
            let mut s = api.message.clone();
            for (field, msg) in &api.details {
                s.push_str(&format!("; {field}: {msg}"));
            }
            s
        }
        None => format!("{e:#}"),
    }
}

pub async fn classify_file(
    ctx: &Context,
    file: &str,
    continue_on_error: bool,
) -> anyhow::Result<()> {
    let (name, text) = read_text(file)?;
    let rows = parse(&name, &text)?;
    let spec = ListSpec {
        columns: RESULT_COLUMNS,
        known_fields: RESULT_FIELDS,
    };
    let mut writer = ctx.out.list(&spec)?;
    let (mut done, mut failed, mut skipped) = (0, 0, 0);
    for r in &rows {
        let mut result = json!({"line": r.line, "path": r.path, "result": "skipped",
                                "privacy_level": r.body.get("privacy_level"), "pii_type": r.body.get("pii_type"), "error": null});
        if failed > 0 && !continue_on_error {
            skipped += 1;
        } else {
            match classify(ctx, &r.path, r.body.clone()).await {
                Ok(column) => {
                    done += 1;
                    result["result"] = "classified".into();
                    result["path"] = column["path"].clone();
                    result["privacy_level"] = column["privacy_level"].clone();
                    result["pii_type"] = column["pii_type"].clone();
                }
                Err(e) => {
                    failed += 1;
                    result["result"] = "failed".into();
                    result["error"] = error_text(&e).into();
                }
            }
        }
        writer.push(&result)?;
        writer.end_page()?;
    }
    writer.finish()?;
    let total = rows.len();
    ctx.out.status(&format!(
        "classified {done} of {total} columns; {failed} failed{}",
        if skipped > 0 {
            format!(", {skipped} skipped (use --continue-on-error to go on after a failure)")
        } else {
            String::new()
        }
    ));
    if failed > 0 {
        return Err(CliError::Failed {
            what: format!("{failed} of {total} rows of {name} failed"),
            details: Vec::new(),
        }
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error `parse` gives for `text` in a file named `file`.
    fn error(file: &str, text: &str) -> String {
        parse(file, text).unwrap_err().to_string()
    }

    /// The error begins with `start` (the rest lists what is allowed).
    fn starts(e: String, start: &str) {
        assert!(e.starts_with(start), "{e}");
    }

    #[test]
    fn csv_rows_and_their_errors() {
        let rows = parse(
            "c.csv",
            "path,level,pii_type\nA.B.C.D,restricted,ird_number\n\nA.B.C.E,none,\n",
        )
        .unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(
            rows[0].body,
            json!({"privacy_level": "restricted", "pii_type": "ird_number"})
        );
        assert_eq!(
            (rows[1].line, &rows[1].body),
            (4, &json!({"privacy_level": null}))
        );
        assert_eq!(
            error("c.csv", "path,level\nA.B.C.D,internal,extra\n"),
            "c.csv: line 2, column 1: expected 2 fields, found 3"
        );
        starts(
            error("c.csv", "path,levle\n"),
            "c.csv: line 1, column 6: unknown column `levle`",
        );
        starts(
            error("c.csv", "path,level\nA.B.C.D,\n"),
            "c.csv: line 2, column 1: give a level",
        );
        assert_eq!(
            error("c.csv", "path,level\n,internal\n"),
            "c.csv: line 2, column 1: the path is empty"
        );
    }

    #[test]
    fn ndjson_rows_and_their_errors() {
        let text = "{\"path\": \"A.B.C.D\", \"privacy_level\": \"internal\"}\n{\"path\": \"A.B.C.E\", \"pii\": \"email\", \"level\": \"confidential\"}\n";
        let rows = parse("c.ndjson", text).unwrap();
        assert_eq!(
            rows[1].body,
            json!({"pii_type": "email", "privacy_level": "confidential"})
        );
        starts(
            error(
                "c.ndjson",
                "{\"path\": \"A\"}\n{\"path\": \"B\", \"level\": }\n",
            ),
            "c.ndjson: line 1, column 1: give a level",
        );
        starts(
            error("c.ndjson", "{\"path\": \"B\", \"level\": }\n"),
            "c.ndjson: line 1, column 24: invalid JSON",
        );
        starts(
            error("c.ndjson", "{\"path\": \"B\", \"owner\": \"x\"}\n"),
            "c.ndjson: line 1, column 15: unknown field `owner`",
        );
    }
}
