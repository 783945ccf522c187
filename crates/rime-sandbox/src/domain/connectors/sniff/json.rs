//! The JSON sniffer: an array of objects or NDJSON, records counted, fields inferred.

use serde_json::Value;

use super::infer::Infer;
use super::{Decoder, MAX_RECORD, SAMPLE_ROWS, Sniffed};

/// An array of objects (`[{…}, …]`) or one object per line (NDJSON).
pub struct Json {
    dec: Decoder,
    buf: Vec<u8>,
    started: bool,
    array: bool,
    closed: bool,
    depth: u32,
    in_string: bool,
    escape: bool,
    rows: u64,
    capture: Option<Vec<u8>>,
    sampled: usize,
    cols: Vec<(String, Infer)>,
}

impl Json {
    pub(super) fn new(dec: Decoder) -> Json {
        Json {
            dec,
            buf: Vec::new(),
            started: false,
            array: false,
            closed: false,
            depth: 0,
            in_string: false,
            escape: false,
            rows: 0,
            capture: None,
            sampled: 0,
            cols: Vec::new(),
        }
    }

    fn base(&self) -> u32 {
        u32::from(self.array)
    }

    pub(super) fn feed(&mut self, chunk: &[u8]) -> Result<(), String> {
        let mut buf = std::mem::take(&mut self.buf);
        self.dec.decode(chunk, &mut buf);
        let result = buf.iter().try_for_each(|&b| self.byte(b));
        self.buf = buf;
        result
    }

    fn byte(&mut self, b: u8) -> Result<(), String> {
        if let Some(c) = &mut self.capture {
            c.push(b);
            if c.len() > MAX_RECORD {
                self.capture = None;
            }
        }
        if self.in_string {
            if self.escape {
                self.escape = false;
            } else if b == b'\\' {
                self.escape = true;
            } else if b == b'"' {
                self.in_string = false;
            }
            return Ok(());
        }
        if b.is_ascii_whitespace() {
            return Ok(());
        }
        if self.closed {
            return Err("unexpected content after the closing ]".into());
        }
        if !self.started {
            self.started = true;
            match b {
                b'[' => {
                    self.array = true;
                    self.depth = 1;
                    return Ok(());
                }
                b'{' => {}
                _ => return Err("must be an array of objects or one object per line".into()),
            }
        }
        let base = self.base();
        match b {
            b'{' | b'[' => {
                if self.depth == base {
                    if b != b'{' {
                        return Err(format!("record {} is not a JSON object", self.rows + 1));
                    }
                    self.capture = (self.sampled < SAMPLE_ROWS).then(|| vec![b'{']);
                }
                self.depth += 1;
            }
            b'}' | b']' => {
                if self.array && self.depth == 1 && b == b']' {
                    self.closed = true;
                    self.depth = 0;
                    return Ok(());
                }
                if self.depth <= base {
                    return Err(format!("unbalanced `{}`", b as char));
                }
                self.depth -= 1;
                if self.depth == base {
                    self.rows += 1;
                    if let Some(raw) = self.capture.take() {
                        self.sample(&raw)?;
                    }
                }
            }
            b'"' => self.in_string = true,
            b',' if self.depth == base && self.array => {}
            _ if self.depth == base => {
                return Err(format!("record {} is not a JSON object", self.rows + 1));
            }
            _ => {}
        }
        Ok(())
    }

    fn sample(&mut self, raw: &[u8]) -> Result<(), String> {
        let text = self.dec.text(raw);
        let v: Value = serde_json::from_str(&text)
            .map_err(|e| format!("record {} is not valid JSON: {e}", self.rows))?;
        self.sampled += 1;
        for (k, val) in v.as_object().into_iter().flatten() {
            let pos = match self.cols.iter().position(|(n, _)| n == k) {
                Some(p) => p,
                None => {
                    self.cols.push((k.clone(), Infer::new()));
                    self.cols.len() - 1
                }
            };
            self.cols[pos].1.json(val);
        }
        Ok(())
    }

    pub(super) fn finish(self) -> Result<Sniffed, String> {
        if !self.started {
            return Err("the file is empty".into());
        }
        if self.in_string || self.depth != 0 || (self.array && !self.closed) {
            return Err("the file ends in the middle of a record".into());
        }
        Ok(Sniffed {
            rows: self.rows,
            columns: self
                .cols
                .iter()
                .map(|(n, i)| (n.clone(), i.kind()))
                .collect(),
        })
    }
}
