//! Shared harness for the output tests: captured streams and a sample resource.

mod formats;
mod jq;
mod messages;
mod raw;
mod tables;

use std::io::{self, Write};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use super::{ColorChoice, Column, ColumnKind, Format, ListSpec, Output, OutputOptions};

/// A clonable in-memory stream, so the test keeps a handle after `Output` takes one.
#[derive(Clone, Default)]
pub(super) struct Buf(Arc<Mutex<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Buf {
    pub(super) fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

pub(super) struct Harness {
    pub(super) out: Output,
    pub(super) stdout: Buf,
    pub(super) stderr: Buf,
}

pub(super) fn now() -> jiff::Timestamp {
    "2026-11-10T12:00:00Z".parse().unwrap()
}

pub(super) fn base_opts() -> OutputOptions {
    OutputOptions {
        format: Format::Table,
        format_explicit: false,
        fields: None,
        jq: None,
        no_header: false,
        no_trunc: false,
        color: ColorChoice::Auto,
        no_color_env: false,
        quiet: false,
        verbose: false,
        debug: false,
        stdout_tty: false,
        stderr_tty: false,
        term_width: Some(100),
        now: now(),
    }
}

pub(super) fn harness(tweak: impl FnOnce(&mut OutputOptions)) -> Harness {
    let mut opts = base_opts();
    tweak(&mut opts);
    let (stdout, stderr) = (Buf::default(), Buf::default());
    let out = Output::with_writers(opts, Box::new(stdout.clone()), Box::new(stderr.clone()))
        .expect("valid options");
    Harness {
        out,
        stdout,
        stderr,
    }
}

/// Sets an explicit `-o`.
pub(super) fn explicit(format: Format) -> impl FnOnce(&mut OutputOptions) {
    move |o| {
        o.format = format;
        o.format_explicit = true;
    }
}

pub(super) const COLUMNS: &[Column] = &[
    Column {
        header: "NAME",
        path: "name",
        kind: ColumnKind::Text,
    },
    Column {
        header: "STATUS",
        path: "status",
        kind: ColumnKind::Status,
    },
    Column {
        header: "CREATED",
        path: "created_at",
        kind: ColumnKind::Time,
    },
    Column {
        header: "TAGS",
        path: "tags",
        kind: ColumnKind::Text,
    },
];
pub(super) const KNOWN: &[&str] = &["id", "name", "status", "created_at", "tags", "settings"];

pub(super) fn spec() -> ListSpec<'static> {
    ListSpec {
        columns: COLUMNS,
        known_fields: KNOWN,
    }
}

pub(super) fn item(i: usize) -> Value {
    json!({
        "id": i,
        "name": format!("ds-{i}"),
        "status": if i.is_multiple_of(2) { "active" } else { "failed" },
        "created_at": "2026-11-10T11:57:00Z",
        "tags": ["a", "b"],
        "settings": {"snowflake": {"account": format!("acct-{i}"), "warehouse": "WH"}},
    })
}

pub(super) fn items(n: usize) -> Vec<Value> {
    (0..n).map(item).collect()
}

/// Pushes `pages` page by page through a list writer; returns the count `finish` reports.
pub(super) fn write_pages(out: &Output, pages: &[Vec<Value>]) -> usize {
    let mut list = out.list(&spec()).unwrap();
    for page in pages {
        for it in page {
            list.push(it).unwrap();
        }
        list.end_page().unwrap();
    }
    list.finish().unwrap()
}

pub(super) fn three_pages() -> Vec<Vec<Value>> {
    let all = items(9);
    all.chunks(3).map(<[Value]>::to_vec).collect()
}
