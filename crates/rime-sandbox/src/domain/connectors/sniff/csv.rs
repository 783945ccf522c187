//! The CSV sniffer: delimiter, quote and header options, rows counted, columns inferred.

use super::infer::Infer;
use super::{Decoder, SAMPLE_ROWS, Sniffed};

pub struct Csv {
    dec: Decoder,
    buf: Vec<u8>,
    delimiter: u8,
    quote: u8,
    nulls: Vec<String>,
    /// Index (among non-empty records) of the header, if any, and of the first data record.
    header_at: Option<usize>,
    data_from: usize,
    in_quotes: bool,
    quote_pending: bool,
    at_field_start: bool,
    started: bool,
    record_index: usize,
    capture: bool,
    field: Vec<u8>,
    record: Vec<Vec<u8>>,
    header: Option<Vec<String>>,
    rows: u64,
    sampled: usize,
    width: usize,
    cols: Vec<Infer>,
}

impl Csv {
    pub(super) fn new(
        dec: Decoder,
        delimiter: u8,
        quote: u8,
        skip: usize,
        header_row: usize,
        nulls: Vec<String>,
    ) -> Csv {
        let header_at = (header_row > 0).then(|| skip + header_row - 1);
        let mut c = Csv {
            dec,
            buf: Vec::new(),
            delimiter,
            quote,
            nulls,
            header_at,
            data_from: header_at.map(|h| h + 1).unwrap_or(skip),
            in_quotes: false,
            quote_pending: false,
            at_field_start: true,
            started: false,
            record_index: 0,
            capture: false,
            field: Vec::new(),
            record: Vec::new(),
            header: None,
            rows: 0,
            sampled: 0,
            width: 0,
            cols: Vec::new(),
        };
        c.capture = c.wants(0);
        c
    }

    /// Field text is kept only for the header and the sampled rows; the rest is just counted.
    fn wants(&self, index: usize) -> bool {
        Some(index) == self.header_at || (index >= self.data_from && self.sampled < SAMPLE_ROWS)
    }

    pub(super) fn feed(&mut self, chunk: &[u8]) {
        let mut buf = std::mem::take(&mut self.buf);
        self.dec.decode(chunk, &mut buf);
        for &b in &buf {
            self.byte(b);
        }
        self.buf = buf;
    }

    fn byte(&mut self, b: u8) {
        if self.in_quotes {
            if self.quote_pending {
                self.quote_pending = false;
                if b == self.quote {
                    self.push(b);
                    return;
                }
                self.in_quotes = false;
            } else {
                if b == self.quote {
                    self.quote_pending = true;
                } else {
                    self.push(b);
                }
                return;
            }
        }
        if b == self.quote && self.at_field_start {
            self.in_quotes = true;
            self.started = true;
            self.at_field_start = false;
        } else if b == self.delimiter {
            self.end_field();
            self.started = true;
            self.at_field_start = true;
        } else if b == b'\n' {
            self.end_record();
        } else if b != b'\r' {
            self.push(b);
            self.started = true;
            self.at_field_start = false;
        }
    }

    fn push(&mut self, b: u8) {
        if self.capture {
            self.field.push(b);
        }
    }

    fn end_field(&mut self) {
        if self.capture {
            self.record.push(std::mem::take(&mut self.field));
        }
    }

    fn end_record(&mut self) {
        if !self.started {
            return;
        }
        self.end_field();
        let index = self.record_index;
        if Some(index) == self.header_at {
            let mut names: Vec<String> = Vec::new();
            for (i, raw) in self.record.iter().enumerate() {
                let mut name = self.dec.text(raw).trim().to_string();
                if name.is_empty() {
                    name = format!("column_{}", i + 1);
                }
                let base = name.clone();
                let mut n = 2;
                while names.contains(&name) {
                    name = format!("{base}_{n}");
                    n += 1;
                }
                names.push(name);
            }
            self.header = Some(names);
        } else if index >= self.data_from {
            self.rows += 1;
            if self.capture {
                self.sampled += 1;
                let record = std::mem::take(&mut self.record);
                self.width = self.width.max(record.len());
                if self.cols.len() < record.len() {
                    self.cols.resize(record.len(), Infer::new());
                }
                for (i, raw) in record.iter().enumerate() {
                    let text = self.dec.text(raw);
                    if !text.trim().is_empty() && !self.nulls.contains(&text) {
                        self.cols[i].text(&text);
                    }
                }
            }
        }
        self.record.clear();
        self.field.clear();
        self.record_index += 1;
        self.started = false;
        self.at_field_start = true;
        self.capture = self.wants(self.record_index);
    }

    pub(super) fn finish(mut self) -> Result<Sniffed, String> {
        if self.in_quotes && !self.quote_pending {
            return Err("the file ends inside a quoted field".into());
        }
        self.in_quotes = false;
        self.end_record();
        let names = self.header.take().unwrap_or_default();
        let width = self.width.max(names.len());
        if width == 0 {
            return Err("the file has no header and no rows".into());
        }
        let columns = (0..width)
            .map(|i| {
                let name = names
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| format!("column_{}", i + 1));
                let kind = self.cols.get(i).map(Infer::kind).unwrap_or("VARCHAR");
                (name, kind)
            })
            .collect();
        Ok(Sniffed {
            rows: self.rows,
            columns,
        })
    }
}
