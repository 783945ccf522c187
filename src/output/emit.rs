//! Whole values to stdout: one object, arbitrary `rime api` JSON, and `--jq` results.

use serde_json::Value;

use super::cells::{CellMode, cell_text};
use super::fields::{self, Col, FieldPath, INFER_SAMPLE, flatten, lookup};
use super::jq;
use super::raw;
use super::render::{csv_record, tsv_line};
use super::sanitize::{lines_safe, tsv_safe};
use super::{Column, ColumnKind, Format, ListSpec, Output, OutputError, terminal_safe};

static NULL: Value = Value::Null;

/// What [`Output::jq_text`] did.
pub enum JqText {
    /// The filter ran and its results were printed (or it failed).
    Ran(Result<(), OutputError>),
    /// Not done here; the text, untouched.
    Declined(Vec<u8>),
}

impl Output {
    /// One API object: a key/value view in table format (all fields, or `--fields`),
    /// the object itself in the JSON-shaped formats; `--jq` applies.
    pub fn object(&self, value: &Value, spec: &ListSpec<'_>) -> Result<(), OutputError> {
        let fields = self.fields_for(spec)?;
        match self.kept_text(value) {
            Some(text) => self.single_text(value, &text, spec.columns, fields.as_deref()),
            None => self.single(value, spec.columns, fields.as_deref()),
        }
    }

    /// Keeps the JSON text an object came as, when it holds numbers no value holds (`1e400`,
    /// integers beyond 2^64; `value` shows them by their text): [`Output::object`] prints that
    /// text when asked for this object, so the number goes out as sent. The object reaches the
    /// output through commands that only know its value, hence kept here, for these rare
    /// objects only.
    pub fn keep_text(&self, value: &Value, text: bytes::Bytes) {
        self.texts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push((value.clone(), text));
    }

    fn kept_text(&self, value: &Value) -> Option<bytes::Bytes> {
        let texts = self
            .texts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        texts
            .iter()
            .rev()
            .find(|(v, _)| v == value)
            .map(|(_, t)| t.clone())
    }

    /// Arbitrary JSON (`rime api`): arrays as lists with columns guessed from the first
    /// items, objects as the object view, scalars as they are. `--fields` is not checked.
    pub fn value(&self, value: &Value) -> Result<(), OutputError> {
        match value {
            Value::Array(items) => {
                let cols = match &self.fields {
                    Some(f) => f.iter().map(|p| Col::for_path(p, &[])).collect(),
                    None => fields::infer_columns(items, &[], INFER_SAMPLE),
                };
                let mut list = self.list_with(cols, true);
                for item in items {
                    list.push(item)?;
                }
                list.finish().map(drop)
            }
            _ => self.single(value, &[], self.fields.as_deref()),
        }
    }

    /// Arbitrary JSON given with the text it came as (`rime api`): that text in the JSON-shaped
    /// formats, so every number stays as sent; arrays and the other formats as [`Output::value`].
    pub fn value_text(&self, value: &Value, text: &[u8]) -> Result<(), OutputError> {
        if value.is_array() {
            return self.value(value);
        }
        self.single_text(value, text, &[], self.fields.as_deref())
    }

    /// [`Output::single`] with the object's JSON text: the JSON-shaped formats and `--jq` take
    /// the text (projected on the text for `--fields`), written as list items are.
    fn single_text(
        &self,
        value: &Value,
        text: &[u8],
        spec: &[Column],
        fields: Option<&[FieldPath]>,
    ) -> Result<(), OutputError> {
        let json = matches!(self.opts.format, Format::Json | Format::Ndjson);
        if self.jq.is_none() && !json {
            return self.single(value, spec, fields);
        }
        let projected;
        let text = match fields {
            Some(f) => {
                projected = raw::project(text, f);
                &projected[..]
            }
            None => text,
        };
        let mut out = Vec::with_capacity(text.len() + 1);
        if self.jq.is_some() {
            raw::compact(&mut out, text);
            return self.emit_jq_input(jq::Input::Text(out), &fields::columns(spec, None));
        }
        if self.opts.format == Format::Json && self.opts.stdout_tty {
            raw::pretty(&mut out, text, 0);
        } else {
            raw::compact(&mut out, text);
        }
        out.push(b'\n');
        self.sinks.write_out(&out)?;
        self.sinks.flush_out()
    }

    fn single(
        &self,
        value: &Value,
        spec: &[Column],
        fields: Option<&[FieldPath]>,
    ) -> Result<(), OutputError> {
        let shaped = || Output::shaped(value, fields);
        if self.jq.is_some() {
            return self.emit_jq(&shaped(), &fields::columns(spec, None));
        }
        let text = match self.opts.format {
            Format::Json => self.json_text(&shaped()),
            Format::Ndjson => format!("{}\n", compact(&shaped())),
            Format::Yaml => Output::yaml(&*shaped())?,
            _ if !value.is_object() => self.raw_line(value),
            Format::Csv => self.pairs_csv(&Self::pairs(value, fields))?,
            Format::Table | Format::Wide => self.pairs_table(&Self::pairs(value, fields), spec),
        };
        self.sinks.write_out(text.as_bytes())?;
        self.sinks.flush_out()
    }

    /// Pretty for people, one line for programs.
    fn json_text(&self, value: &Value) -> String {
        let text = if self.opts.stdout_tty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        };
        format!("{}\n", text.unwrap_or_default())
    }

    /// `jq -r` style: strings bare, everything else compact JSON; made inert on a terminal.
    fn raw_line(&self, value: &Value) -> String {
        let tty = self.opts.stdout_tty;
        let line = match value {
            Value::String(s) if tty => lines_safe(s).into_owned(),
            Value::String(s) => s.clone(),
            other if tty => terminal_safe(&compact(other)).into_owned(),
            other => compact(other),
        };
        format!("{line}\n")
    }

    /// Dotted leaves of the whole object, or of each `--fields` path in its order.
    fn pairs<'v>(value: &'v Value, fields: Option<&[FieldPath]>) -> Vec<(String, &'v Value)> {
        let mut pairs = Vec::new();
        match fields {
            Some(paths) => {
                for FieldPath { raw, segs } in paths {
                    flatten(raw, lookup(value, segs).unwrap_or(&NULL), &mut pairs);
                }
            }
            None => flatten("", value, &mut pairs),
        }
        pairs
    }

    fn pairs_table(&self, pairs: &[(String, &Value)], spec: &[Column]) -> String {
        let kind = |key: &str| {
            spec.iter()
                .find(|c| c.path == key)
                .map_or(ColumnKind::Text, |c| c.kind)
        };
        if self.tty_table() {
            let kinds: Vec<ColumnKind> = pairs.iter().map(|(k, _)| kind(k)).collect();
            return self.render_tty_pairs(pairs, &kinds);
        }
        let mut text = String::new();
        if !self.opts.no_header {
            text.push_str(&tsv_line(["FIELD", "VALUE"]));
        }
        for (key, value) in pairs {
            let cell = cell_text(Some(value), kind(key), CellMode::Plain);
            text.push_str(&tsv_line([tsv_safe(key).as_ref(), &cell]));
        }
        text
    }

    /// A single object as a one-row CSV whose header is the dotted keys.
    fn pairs_csv(&self, pairs: &[(String, &Value)]) -> Result<String, OutputError> {
        let mut bytes = Vec::new();
        let tty = self.opts.stdout_tty;
        if !self.opts.no_header {
            bytes.extend(csv_record(pairs.iter().map(|(k, _)| k.as_str()), tty)?);
        }
        let row = pairs
            .iter()
            .map(|(_, v)| cell_text(Some(v), ColumnKind::Text, CellMode::Csv));
        bytes.extend(csv_record(row, tty)?);
        String::from_utf8(bytes).map_err(|e| OutputError::Encode(e.to_string()))
    }

    /// Runs `--jq` over JSON or NDJSON text (`rime format`) as if each document had been given
    /// to [`Output::value`] alone or, when there are several or any is an array, over one list of
    /// the array elements and other documents in order. Parsed straight into jq's values: no
    /// `serde_json` tree is built and dropped on the way, which halves the time. The text comes
    /// back when not done here: no `--jq`, `--fields` to apply first, or text that is not valid
    /// JSON (the caller's own parser then says where).
    pub fn jq_text(&self, data: Vec<u8>) -> JqText {
        let Some(program) = self.jq.as_ref().filter(|_| self.fields.is_none()) else {
            return JqText::Declined(data);
        };
        match program.run(jq::Input::Documents(data)) {
            jq::Outcome::Ran(results, err) => JqText::Ran(self.jq_results(&results, &[], err)),
            jq::Outcome::NotJson(data) => JqText::Declined(data),
        }
    }

    /// Runs `--jq` on the finished value and prints its results; results produced before a
    /// runtime error are still printed, as jq does.
    pub(crate) fn emit_jq(&self, input: &Value, cols: &[Col]) -> Result<(), OutputError> {
        self.emit_jq_input(jq::Input::Value(input), cols)
    }

    /// [`Output::emit_jq`] on an input not yet parsed.
    pub(crate) fn emit_jq_input(
        &self,
        input: jq::Input<'_>,
        cols: &[Col],
    ) -> Result<(), OutputError> {
        let Some(program) = &self.jq else {
            return Ok(());
        };
        match program.run(input) {
            jq::Outcome::Ran(results, err) => self.jq_results(&results, cols, err),
            jq::Outcome::NotJson(_) => Err(OutputError::JqRuntime {
                message: "the input is not JSON".into(),
            }),
        }
    }

    fn jq_results(
        &self,
        results: &[Value],
        cols: &[Col],
        err: Option<OutputError>,
    ) -> Result<(), OutputError> {
        self.write_jq_results(results, cols)?;
        err.map_or(Ok(()), Err)
    }

    fn write_jq_results(&self, results: &[Value], cols: &[Col]) -> Result<(), OutputError> {
        let explicit = self.opts.format_explicit;
        let rows = !results.is_empty() && results.iter().all(Value::is_object);
        match self.opts.format {
            Format::Table | Format::Csv if explicit && rows => {
                let cols = fields::infer_columns(results, cols, usize::MAX);
                let mut list = self.list_with(cols, false);
                for item in results {
                    list.push(item)?;
                }
                return list.finish().map(drop);
            }
            Format::Yaml if explicit => {
                // Strings print raw under every format (as gh does), so `R=$(… --jq .id)` works.
                let mut docs = 0;
                for v in results {
                    if v.is_string() {
                        self.sinks.write_out(self.raw_line(v).as_bytes())?;
                        continue;
                    }
                    if docs > 0 {
                        self.sinks.write_out(b"---\n")?;
                    }
                    docs += 1;
                    self.sinks.write_out(Output::yaml(v)?.as_bytes())?;
                }
            }
            format => {
                for v in results {
                    let line = match format {
                        _ if v.is_string() => self.raw_line(v),
                        Format::Json if explicit => self.json_text(v),
                        Format::Ndjson if explicit => format!("{}\n", compact(v)),
                        _ => self.raw_line(v),
                    };
                    self.sinks.write_out(line.as_bytes())?;
                }
            }
        }
        self.sinks.flush_out()
    }
}

fn compact(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}
