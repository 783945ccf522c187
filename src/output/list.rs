//! Streams a paged list to stdout item by item, in any format, with flat memory.

use std::borrow::Cow;

use serde_json::Value;

use super::fields::{self, Col, FieldPath};
use super::grid::TtyCell;
use super::jq;
use super::raw;
use super::render::{csv_record, csv_row, tsv_line};
use super::sanitize::tsv_safe;
use super::{Format, ListSpec, Output, OutputError};

enum State {
    /// jq must see the whole list as one array, kept as compact JSON text: a tenth of the
    /// memory of parsed values, and parsed straight into jq's values at the end.
    Jq(Vec<u8>),
    Json {
        pretty: bool,
    },
    Ndjson,
    Yaml,
    Csv,
    Tsv,
    /// Column widths need every row first.
    Tty(Vec<Vec<TtyCell>>),
}

/// Receives a list page by page; see [`Output::list`].
pub struct ListWriter<'a> {
    out: &'a Output,
    cols: Vec<Col>,
    /// `--fields` as this list understands them (column headers resolved to their paths).
    fields: Option<Vec<FieldPath>>,
    state: State,
    count: usize,
    header_done: bool,
    /// Reused for each item's JSON, so streaming a list allocates nothing per item.
    line: Vec<u8>,
}

impl Output {
    /// Starts a list; `--fields` is checked against `spec.known_fields` here, before
    /// anything is fetched or written.
    pub fn list(&self, spec: &ListSpec<'_>) -> Result<ListWriter<'_>, OutputError> {
        let fields = self.fields_for(spec)?;
        let cols = fields::columns(spec.columns, fields.as_deref());
        let mut w = self.list_with(cols, true);
        w.fields = fields;
        Ok(w)
    }

    /// `--fields` for one resource's spec: headers resolved to their columns' paths, then
    /// checked against the known fields.
    pub(crate) fn fields_for(
        &self,
        spec: &ListSpec<'_>,
    ) -> Result<Option<Vec<FieldPath>>, OutputError> {
        let Some(f) = &self.fields else {
            return Ok(None);
        };
        let resolved = fields::resolve(f, spec.columns, spec.known_fields);
        fields::validate(&resolved, spec.known_fields, spec.columns)?;
        Ok(Some(resolved))
    }

    /// Starts a list of unknown shape (`rime api --paginate`): columns are guessed from the
    /// first items, or taken from `--fields`.
    pub fn list_guessing<'a>(&'a self, sample: &[Value]) -> ListWriter<'a> {
        let cols = match &self.fields {
            Some(f) => f.iter().map(|p| Col::for_path(p, &[])).collect(),
            None => fields::infer_columns(sample, &[], fields::INFER_SAMPLE),
        };
        self.list_with(cols, true)
    }

    /// [`Output::list_guessing`] from items given as their JSON text (the sample parsed).
    pub fn list_guessing_raw<'a>(&'a self, sample: &[impl AsRef<[u8]>]) -> ListWriter<'a> {
        let n = sample.len().min(fields::INFER_SAMPLE);
        let values: Vec<Value> = sample[..n].iter().map(|s| raw::value(s.as_ref())).collect();
        self.list_guessing(&values)
    }

    pub(crate) fn list_with(&self, cols: Vec<Col>, use_jq: bool) -> ListWriter<'_> {
        let state = match self.opts.format {
            _ if use_jq && self.jq.is_some() => State::Jq(Vec::new()),
            Format::Json => State::Json {
                pretty: self.opts.stdout_tty,
            },
            Format::Ndjson => State::Ndjson,
            Format::Yaml => State::Yaml,
            Format::Csv => State::Csv,
            Format::Table if self.tty_table() => State::Tty(Vec::new()),
            Format::Table | Format::Wide => State::Tsv,
        };
        ListWriter {
            out: self,
            cols,
            fields: self.fields.clone(),
            state,
            count: 0,
            header_done: false,
            line: Vec::new(),
        }
    }

    /// The object as the JSON-shaped formats and jq see it: projected when `--fields` is set.
    pub(crate) fn shaped<'v>(item: &'v Value, fields: Option<&[FieldPath]>) -> Cow<'v, Value> {
        match fields {
            Some(f) => Cow::Owned(fields::project(item, f)),
            None => Cow::Borrowed(item),
        }
    }

    pub(crate) fn yaml(value: &impl serde::Serialize) -> Result<String, OutputError> {
        serde_saphyr::to_string(value).map_err(|e| OutputError::Encode(e.to_string()))
    }
}

impl<'a> ListWriter<'a> {
    pub(crate) fn output(&self) -> &'a Output {
        self.out
    }
}

/// Compact JSON appended to `buf`.
fn encode(buf: &mut Vec<u8>, v: &Value) -> Result<(), OutputError> {
    serde_json::to_writer(buf, v).map_err(|e| OutputError::Encode(e.to_string()))
}

impl ListWriter<'_> {
    fn write(&self, s: &str) -> Result<(), OutputError> {
        self.out.sinks.write_out(s.as_bytes())
    }

    /// Header rows go out with the first item, or at `finish` for an empty list.
    fn header(&mut self) -> Result<(), OutputError> {
        if self.header_done || self.out.opts.no_header {
            return Ok(());
        }
        self.header_done = true;
        let headers = self.cols.iter().map(|c| c.header.as_str());
        match &mut self.state {
            State::Csv => self
                .out
                .sinks
                .write_out(&csv_record(headers, self.out.opts.stdout_tty)?),
            State::Tsv => self.write(&tsv_line(headers.map(tsv_safe))),
            _ => Ok(()),
        }
    }

    /// Writes (or, for terminal tables and `--jq`, keeps) one item.
    pub fn push(&mut self, item: &Value) -> Result<(), OutputError> {
        self.header()?;
        let out = self.out;
        let fields = self.fields.as_deref();
        match &mut self.state {
            State::Jq(buf) => {
                buf.push(if self.count == 0 { b'[' } else { b',' });
                encode(buf, &Output::shaped(item, fields))?;
            }
            State::Json { pretty: true } => {
                let p = serde_json::to_string_pretty(&*Output::shaped(item, fields))
                    .unwrap_or_default();
                let sep = if self.count == 0 { "[\n" } else { ",\n" };
                self.write(&format!("{sep}  {}", p.replace('\n', "\n  ")))?;
            }
            State::Json { pretty: false } => {
                self.line.clear();
                self.line
                    .extend_from_slice(if self.count == 0 { b"[\n" } else { b",\n" });
                encode(&mut self.line, &Output::shaped(item, fields))?;
                out.sinks.write_out(&self.line)?;
            }
            State::Ndjson => {
                self.line.clear();
                encode(&mut self.line, &Output::shaped(item, fields))?;
                self.line.push(b'\n');
                out.sinks.write_out(&self.line)?;
            }
            State::Yaml => {
                // A one-element sequence per item concatenates into one valid sequence.
                let doc = Output::yaml(&[&*Output::shaped(item, fields)])?;
                self.write(&doc)?;
            }
            State::Csv => out
                .sinks
                .write_out(&csv_record(csv_row(&self.cols, item), out.opts.stdout_tty)?)?,
            State::Tsv => self.write(&tsv_line(out.tsv_row(&self.cols, item)))?,
            State::Tty(rows) => rows.push(out.tty_row(&self.cols, item)),
        }
        self.count += 1;
        Ok(())
    }

    /// Writes (or keeps) one item given as the JSON text the server sent. The JSON-shaped
    /// formats and `--jq` take the text itself (projected on the text for `--fields`), so no
    /// value is built and every number stays as it was sent; the others get the item parsed,
    /// with the numbers no value holds shown by their text (see `raw::value`).
    pub fn push_raw(&mut self, item: &[u8]) -> Result<(), OutputError> {
        if !matches!(
            self.state,
            State::Jq(_) | State::Json { .. } | State::Ndjson
        ) {
            return self.push(&raw::value(item));
        }
        self.header()?;
        let projected;
        let text = match self.fields.as_deref() {
            Some(f) => {
                projected = raw::project(item, f);
                &projected[..]
            }
            None => item,
        };
        let first = self.count == 0;
        let line = &mut self.line;
        line.clear();
        match &mut self.state {
            State::Jq(buf) => {
                buf.push(if first { b'[' } else { b',' });
                raw::compact(buf, text);
            }
            State::Json { pretty } => {
                line.extend_from_slice(if first { b"[\n" } else { b",\n" });
                if *pretty {
                    line.extend_from_slice(b"  ");
                    raw::pretty(line, text, 1);
                } else {
                    raw::compact(line, text);
                }
            }
            _ => {
                raw::compact(line, text);
                line.push(b'\n');
            }
        }
        if !line.is_empty() {
            self.out.sinks.write_out(line)?;
        }
        self.count += 1;
        Ok(())
    }

    /// Items pushed so far.
    pub fn pushed(&self) -> usize {
        self.count
    }

    /// Ends a page: whatever has been written so far reaches the reader.
    pub fn end_page(&mut self) -> Result<(), OutputError> {
        self.out.sinks.flush_out()
    }

    /// Closes the JSON array, draws the terminal table or runs `--jq`; returns the number
    /// of items pushed. A terminal table with no items prints nothing, so the caller
    /// can say "no … found" on stderr.
    pub fn finish(mut self) -> Result<usize, OutputError> {
        self.header()?;
        let out = self.out;
        match std::mem::replace(&mut self.state, State::Ndjson) {
            State::Jq(mut text) => {
                if self.count == 0 {
                    text.push(b'[');
                }
                text.push(b']');
                out.emit_jq_input(jq::Input::Text(text), &self.cols)?;
            }
            State::Json { .. } if self.count == 0 => self.write("[]\n")?,
            State::Json { .. } => self.write("\n]\n")?,
            State::Yaml if self.count == 0 => self.write("[]\n")?,
            State::Tty(rows) if !rows.is_empty() => {
                self.write(&out.render_tty_list(&self.cols, rows))?;
            }
            _ => {}
        }
        out.sinks.flush_out()?;
        Ok(self.count)
    }
}
