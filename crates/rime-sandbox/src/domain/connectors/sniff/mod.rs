//! Streaming sniffers for uploaded CSV and JSON files: row counts and inferred column types in bounded memory.
//
// Rows are counted over the whole file; types are inferred from the first `SAMPLE_ROWS` rows
// (the docs' rules: integers → NUMBER, decimals → FLOAT, ISO 8601 / DD/MM/YYYY / MM/DD/YYYY dates
// → DATE, with a time → TIMESTAMP, true/false/yes/no (with 1/0) → BOOLEAN, nested JSON →
// VARIANT, anything else → VARCHAR; empty fields and the configured null values are nulls).

use serde_json::Value;

mod csv;
mod infer;
mod json;

use super::catalogue::parse_char;
pub use csv::Csv;
pub use json::Json;

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
