//! Streaming sniffers for uploaded CSV and JSON files: row counts and inferred column types in bounded memory.
//
// Rows are counted over the whole file; types are inferred from the first `SAMPLE_ROWS` rows
// (the docs' rules: integers → NUMBER, decimals → FLOAT, ISO 8601 / DD/MM/YYYY / MM/DD/YYYY dates
// → DATE, with a time → TIMESTAMP, true/false/yes/no (with 1/0) → BOOLEAN, nested JSON →
// VARIANT, anything else → VARCHAR; empty fields and the configured null values are nulls).

use serde_json::Value;

use super::catalogue::parse_char;

pub const SAMPLE_ROWS: usize = 1000;
/// A JSON record bigger than this is counted but not sampled.
const MAX_RECORD: usize = 1024 * 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf16,
    Latin1,
}

/// Turns the file's bytes into UTF-8 (or ASCII-compatible Latin-1) bytes, chunk by chunk.
struct Decoder {
    encoding: Encoding,
    started: bool,
    big_endian: bool,
    carry: Vec<u8>,
    high: Option<u16>,
}

impl Decoder {
    fn new(encoding: Encoding) -> Decoder {
        Decoder {
            encoding,
            started: false,
            big_endian: false,
            carry: Vec::new(),
            high: None,
        }
    }

    fn decode(&mut self, chunk: &[u8], out: &mut Vec<u8>) {
        out.clear();
        let mut chunk = chunk;
        if !self.started && !chunk.is_empty() {
            self.started = true;
            match self.encoding {
                Encoding::Utf8 => chunk = chunk.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(chunk),
                Encoding::Utf16 if chunk.starts_with(b"\xFE\xFF") => {
                    self.big_endian = true;
                    chunk = &chunk[2..];
                }
                Encoding::Utf16 => chunk = chunk.strip_prefix(b"\xFF\xFE").unwrap_or(chunk),
                Encoding::Latin1 => {}
            }
        }
        if self.encoding != Encoding::Utf16 {
            out.extend_from_slice(chunk);
            return;
        }
        self.carry.extend_from_slice(chunk);
        let whole = self.carry.len() / 2 * 2;
        for pair in self.carry[..whole].chunks_exact(2) {
            let unit = if self.big_endian {
                u16::from_be_bytes([pair[0], pair[1]])
            } else {
                u16::from_le_bytes([pair[0], pair[1]])
            };
            let units = match self.high.take() {
                Some(h) => vec![h, unit],
                None if (0xD800..0xDC00).contains(&unit) => {
                    self.high = Some(unit);
                    continue;
                }
                None => vec![unit],
            };
            for c in char::decode_utf16(units) {
                let mut buf = [0u8; 4];
                out.extend_from_slice(
                    c.unwrap_or(char::REPLACEMENT_CHARACTER)
                        .encode_utf8(&mut buf)
                        .as_bytes(),
                );
            }
        }
        self.carry.drain(..whole);
    }

    fn text(&self, bytes: &[u8]) -> String {
        match self.encoding {
            Encoding::Latin1 => bytes.iter().map(|b| char::from(*b)).collect(),
            _ => String::from_utf8_lossy(bytes).into_owned(),
        }
    }
}

/// What a column's values could all be, narrowed value by value.
#[derive(Clone)]
struct Infer {
    seen: bool,
    int: bool,
    float: bool,
    boolean: bool,
    bool_word: bool,
    date: bool,
    datetime: bool,
    variant: bool,
}

impl Infer {
    fn new() -> Infer {
        Infer {
            seen: false,
            int: true,
            float: true,
            boolean: true,
            bool_word: false,
            date: true,
            datetime: true,
            variant: false,
        }
    }

    /// A CSV field (already known not to be null).
    fn text(&mut self, v: &str) {
        let v = v.trim();
        self.seen = true;
        let lower = v.to_ascii_lowercase();
        let word = matches!(lower.as_str(), "true" | "false" | "yes" | "no");
        let int = is_int(v);
        self.int &= int;
        self.float &= int || is_decimal(v);
        self.boolean &= word || v == "0" || v == "1";
        self.bool_word |= word;
        let (d, dt) = date_kind(v);
        self.date &= d;
        self.datetime &= dt;
    }

    fn json(&mut self, v: &Value) {
        match v {
            Value::Null => return,
            Value::Bool(_) => {
                self.bool_word = true;
                (self.int, self.float, self.date, self.datetime) = (false, false, false, false);
            }
            Value::Number(n) => {
                self.int &= n.is_i64() || n.is_u64();
                (self.boolean, self.date, self.datetime) = (false, false, false);
            }
            Value::String(s) => {
                let (d, dt) = date_kind(s);
                (self.int, self.float, self.boolean) = (false, false, false);
                self.date &= d;
                self.datetime &= dt;
            }
            Value::Array(_) | Value::Object(_) => self.variant = true,
        }
        self.seen = true;
    }

    fn kind(&self) -> &'static str {
        match self {
            Infer { seen: false, .. } => "VARCHAR",
            Infer { variant: true, .. } => "VARIANT",
            Infer {
                boolean: true,
                bool_word: true,
                ..
            } => "BOOLEAN",
            Infer { int: true, .. } => "NUMBER",
            Infer { float: true, .. } => "FLOAT",
            Infer { date: true, .. } => "DATE",
            Infer { datetime: true, .. } => "TIMESTAMP",
            _ => "VARCHAR",
        }
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_int(v: &str) -> bool {
    let d = v.strip_prefix(['+', '-']).unwrap_or(v);
    digits(d) && d.len() <= 38
}

fn is_decimal(v: &str) -> bool {
    let d = v.strip_prefix(['+', '-']).unwrap_or(v);
    let (mantissa, exp) = match d.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (d, None),
    };
    let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    (digits(whole) || digits(frac))
        && (whole.is_empty() || digits(whole))
        && (frac.is_empty() || digits(frac))
        && exp.is_none_or(digits)
}

fn num(s: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (digits(s) && len.contains(&s.len()))
        .then(|| s.parse().ok())
        .flatten()
}

fn iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && num(&s[..4], 4..=4).is_some()
        && num(&s[5..7], 2..=2).is_some_and(|m| (1..=12).contains(&m))
        && num(&s[8..10], 2..=2).is_some_and(|d| (1..=31).contains(&d))
}

/// `DD/MM/YYYY` or `MM/DD/YYYY` (one- or two-digit day and month).
fn slash_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    let [a, b, y] = parts.as_slice() else {
        return false;
    };
    match (num(a, 1..=2), num(b, 1..=2), num(y, 4..=4)) {
        (Some(a), Some(b), Some(_)) => {
            (1..=31).contains(&a) && (1..=31).contains(&b) && a.min(b) <= 12
        }
        _ => false,
    }
}

/// `HH:MM`, `HH:MM:SS` or with a fraction, then an optional `Z` or `±HH:MM` / `±HHMM`.
fn time_of_day(s: &str) -> bool {
    let (clock, zone) = match s.find(['Z', 'z', '+', '-']) {
        Some(i) => s.split_at(i),
        None => (s, ""),
    };
    let zone_ok = match zone {
        "" | "Z" | "z" => true,
        z => {
            let z = z[1..].replace(':', "");
            num(&z, 4..=4).is_some()
        }
    };
    let clock = clock
        .split_once('.')
        .map(|(c, f)| if digits(f) { c } else { "" })
        .unwrap_or(clock);
    let parts: Vec<&str> = clock.split(':').collect();
    let ok = match parts.as_slice() {
        [h, m] | [h, m, _] => {
            num(h, 2..=2).is_some_and(|h| h < 24) && num(m, 2..=2).is_some_and(|m| m < 60)
        }
        _ => false,
    } && (parts.len() == 2 || num(parts[2], 2..=2).is_some_and(|s| s < 61));
    zone_ok && ok
}

/// (a date alone, a date possibly with a time).
fn date_kind(v: &str) -> (bool, bool) {
    if iso_date(v) || slash_date(v) {
        return (true, true);
    }
    let split = if v.len() > 10 && v.is_char_boundary(10) && iso_date(&v[..10]) {
        matches!(v.as_bytes()[10], b'T' | b't' | b' ').then(|| &v[11..])
    } else {
        v.split_once(' ')
            .filter(|(d, _)| slash_date(d))
            .map(|(_, t)| t)
    };
    (false, split.is_some_and(time_of_day))
}

pub struct Sniffed {
    pub rows: u64,
    pub columns: Vec<(String, &'static str)>,
}

pub enum Sniffer {
    Csv(Box<Csv>),
    Json(Box<Json>),
}

impl Sniffer {
    /// A sniffer for the connector's configured format and CSV options.
    pub fn new(config: &Value) -> Sniffer {
        let encoding = match config["encoding"].as_str().unwrap_or("utf-8") {
            "utf-16" => Encoding::Utf16,
            "iso-8859-1" | "windows-1252" => Encoding::Latin1,
            _ => Encoding::Utf8,
        };
        if config["format"] == "json" {
            return Sniffer::Json(Box::new(Json::new(Decoder::new(encoding))));
        }
        let char_of = |k: &str, d: u8| config[k].as_str().and_then(parse_char).unwrap_or(d);
        let count = |k: &str, d: u64| config[k].as_u64().unwrap_or(d) as usize;
        Sniffer::Csv(Box::new(Csv::new(
            Decoder::new(encoding),
            char_of("delimiter", b','),
            char_of("quote", b'"'),
            count("skip_rows", 0),
            count("header_row", 1),
            config["null_values"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(String::from))
                .collect(),
        )))
    }

    pub fn feed(&mut self, chunk: &[u8]) -> Result<(), String> {
        match self {
            Sniffer::Csv(c) => {
                c.feed(chunk);
                Ok(())
            }
            Sniffer::Json(j) => j.feed(chunk),
        }
    }

    pub fn finish(self) -> Result<Sniffed, String> {
        match self {
            Sniffer::Csv(c) => c.finish(),
            Sniffer::Json(j) => j.finish(),
        }
    }
}

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
    fn new(
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

    fn feed(&mut self, chunk: &[u8]) {
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

    fn finish(mut self) -> Result<Sniffed, String> {
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
    fn new(dec: Decoder) -> Json {
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

    fn feed(&mut self, chunk: &[u8]) -> Result<(), String> {
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

    fn finish(self) -> Result<Sniffed, String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    type Columns = Vec<(String, &'static str)>;

    fn sniff(config: Value, chunks: &[&[u8]]) -> Result<(u64, Columns), String> {
        let mut s = Sniffer::new(&config);
        for c in chunks {
            s.feed(c)?;
        }
        s.finish().map(|r| (r.rows, r.columns))
    }

    fn cols(v: &[(&str, &'static str)]) -> Columns {
        v.iter().map(|(n, k)| (n.to_string(), *k)).collect()
    }

    #[test]
    fn csv_types_follow_the_documented_rules() {
        let text = "id,price,day,at,flag,bit,name,empty\r\n\
                    1,9.50,2026-11-28,2026-11-28T09:30:00Z,yes,1,\"Smith, J\",\n\
                    2,10,28/11/2026,2026-11-28 10:00,no,0,\"say \"\"hi\"\"\",NULL\n\
                    \n\
                    -3,1e3,11/28/2026,28/11/2026 09:30:15,TRUE,1,\"multi\nline\",\n";
        let config = json!({"format": "csv", "null_values": ["NULL"]});
        // Split inside a quoted field and inside a CRLF to exercise the streaming state.
        let (a, b) = text.as_bytes().split_at(81);
        let (rows, c) = sniff(config, &[a, b]).unwrap();
        assert_eq!(
            rows, 3,
            "the blank line is not a row; the quoted newline stays in its field"
        );
        assert_eq!(
            c,
            cols(&[
                ("id", "NUMBER"),
                ("price", "FLOAT"),
                ("day", "DATE"),
                ("at", "TIMESTAMP"),
                ("flag", "BOOLEAN"),
                ("bit", "NUMBER"),
                ("name", "VARCHAR"),
                ("empty", "VARCHAR"),
            ])
        );
    }

    #[test]
    fn csv_options_skip_rows_no_header_and_other_delimiters() {
        let config = json!({"format": "csv", "delimiter": "\\t", "header_row": 0, "skip_rows": 2});
        let (rows, c) = sniff(config, &[b"report\ngenerated today\na\t1\nb\t2\n"]).unwrap();
        assert_eq!(rows, 2);
        assert_eq!(c, cols(&[("column_1", "VARCHAR"), ("column_2", "NUMBER")]));
        let config = json!({"format": "csv", "delimiter": ";", "encoding": "utf-16"});
        let utf16: Vec<u8> = "\u{feff}naïve;n\nx;1\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let (rows, c) = sniff(config, &[&utf16[..5], &utf16[5..]]).unwrap();
        assert_eq!(rows, 1);
        assert_eq!(c, cols(&[("naïve", "VARCHAR"), ("n", "NUMBER")]));
        assert!(sniff(json!({"format": "csv"}), &[b"a,\"open\n"]).is_err());
    }

    #[test]
    fn json_arrays_and_lines_are_counted_and_typed() {
        let arr =
            br#"[{"id": 1, "tags": ["a"], "ok": true, "at": "2026-11-28T09:00:00Z", "n": 1.5},
                       {"id": 2, "note": "}{", "ok": false, "at": "2026-11-29", "n": 2}]"#;
        let (rows, c) = sniff(json!({"format": "json"}), &[&arr[..40], &arr[40..]]).unwrap();
        assert_eq!(rows, 2);
        assert_eq!(
            c,
            cols(&[
                ("id", "NUMBER"),
                ("tags", "VARIANT"),
                ("ok", "BOOLEAN"),
                ("at", "TIMESTAMP"),
                ("n", "FLOAT"),
                ("note", "VARCHAR"),
            ])
        );
        let (rows, _) = sniff(
            json!({"format": "json"}),
            &[b"{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n"],
        )
        .unwrap();
        assert_eq!(rows, 3);
        for bad in [&b"[1, 2]"[..], b"[{\"a\": 1}", b"", b"{\"a\": 1}]", b"nope"] {
            assert!(sniff(json!({"format": "json"}), &[bad]).is_err(), "{bad:?}");
        }
    }
}
