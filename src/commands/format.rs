//! `rime format`: renders saved JSON (an array, an object or NDJSON) in any output format, streaming.

use std::io::{BufReader, Read};

use clap::Args;
use serde::de::{DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde_json::Value;

use crate::context::Context;
use crate::error::CliError;
use crate::output::{JqText, ListWriter, Output, OutputError};

#[derive(Args, Debug)]
#[command(after_help = "Examples:
  rime connectors list -o json > all.json; rime format all.json --fields name,status
  rime format events.ndjson -o csv > events.csv
  rime format big.json --jq '.[] | select(.status == \"active\") | .name'")]
pub struct FormatArgs {
    /// A JSON or NDJSON file (`-` or nothing: standard input)
    pub file: Option<String>,
}

pub fn run(ctx: &Context, args: FormatArgs) -> anyhow::Result<()> {
    let path = args.file.unwrap_or_else(|| "-".into());
    let mut reader: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(&path).map_err(|e| {
            CliError::config(std::path::Path::new(&path), format!("cannot read it: {e}"))
        })?)
    };
    let name = if path == "-" {
        "<stdin>".to_string()
    } else {
        path
    };
    let unreadable = |e: std::io::Error| CliError::Usage(format!("{name}: cannot read it: {e}"));
    // jq sees the whole input at once anyway; anything else is read whole when small, since
    // parsing a slice is several times faster than parsing a stream, and streamed (with flat
    // memory) when large.
    let limit = if ctx.settings.jq.is_some() {
        u64::MAX
    } else {
        READ_WHOLE
    };
    let mut data = Vec::new();
    (&mut reader)
        .take(limit)
        .read_to_end(&mut data)
        .map_err(unreadable)?;
    if (data.len() as u64) < limit {
        let data = match ctx.out.jq_text(data) {
            JqText::Ran(done) => return Ok(done?),
            JqText::Declined(data) => data,
        };
        return render(ctx, serde_json::Deserializer::from_slice(&data), &name);
    }
    let rest = BufReader::with_capacity(1 << 16, std::io::Cursor::new(data).chain(reader));
    render(ctx, serde_json::Deserializer::from_reader(rest), &name)
}

/// Inputs up to this size are parsed from memory rather than streamed.
const READ_WHOLE: u64 = 64 * 1024 * 1024;

/// Streams every document of the input to the output layer.
fn render<'de, R: serde_json::de::Read<'de>>(
    ctx: &Context,
    mut stream: serde_json::Deserializer<R>,
    name: &str,
) -> anyhow::Result<()> {
    let mut sink = Sink {
        out: &ctx.out,
        writer: None,
        pending: None,
        error: None,
    };
    let mut docs = 0usize;
    loop {
        // Top-level arrays stream element by element; NDJSON streams value by value.
        match (&mut sink).deserialize(&mut stream) {
            Ok(()) => docs += 1,
            Err(e) if e.is_eof() && docs > 0 => break,
            Err(e) => {
                if let Some(out_err) = sink.error.take() {
                    return Err(out_err.into());
                }
                return Err(CliError::Usage(format!(
                    "{name}: invalid JSON at line {}, column {}: {}",
                    e.line(),
                    e.column(),
                    strip(&e)
                ))
                .into());
            }
        }
    }
    if let Some(v) = sink.pending.take() {
        ctx.out.value(&v)?;
    } else {
        // An empty array is still a list: `[]` in JSON, a header in CSV.
        let w = sink.writer.take();
        w.unwrap_or_else(|| ctx.out.list_guessing(&[])).finish()?;
    }
    Ok(())
}

fn strip(e: &serde_json::Error) -> String {
    let s = e.to_string();
    s.find(" at line ").map(|i| s[..i].to_string()).unwrap_or(s)
}

struct Sink<'o> {
    out: &'o Output,
    writer: Option<ListWriter<'o>>,
    /// A lone top-level document, shown as itself unless a second one makes the input NDJSON.
    pending: Option<Value>,
    error: Option<OutputError>,
}

impl Sink<'_> {
    fn push(&mut self, item: Value) -> Result<(), OutputError> {
        let out = self.out;
        let w = self
            .writer
            .get_or_insert_with(|| out.list_guessing(std::slice::from_ref(&item)));
        w.push(&item)
    }

    /// A top-level document that is not an array: a row of NDJSON, or the one value of the input.
    fn document(&mut self, v: Value) -> Result<(), OutputError> {
        if self.writer.is_some() {
            return self.push(v);
        }
        match self.pending.take() {
            Some(first) => {
                self.push(first)?;
                self.push(v)
            }
            None => {
                self.pending = Some(v);
                Ok(())
            }
        }
    }

    fn take<E: serde::de::Error>(&mut self, v: Value) -> Result<(), E> {
        self.document(v).map_err(|e| {
            self.error = Some(e);
            E::custom("output failed")
        })
    }
}

impl<'de> DeserializeSeed<'de> for &mut Sink<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for &mut Sink<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JSON")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        // A document before the first array is a row of the same list, in its place.
        if let Some(first) = self.pending.take()
            && let Err(e) = self.push(first)
        {
            self.error = Some(e);
            return Err(serde::de::Error::custom("output failed"));
        }
        let mut n = 0usize;
        while let Some(item) = seq.next_element::<Value>()? {
            if let Err(e) = self.push(item) {
                self.error = Some(e);
                return Err(serde::de::Error::custom("output failed"));
            }
            n += 1;
            // Flush like a page boundary every thousand rows so output streams.
            if n.is_multiple_of(1000)
                && let Some(Err(e)) = self.writer.as_mut().map(ListWriter::end_page)
            {
                self.error = Some(e);
                return Err(serde::de::Error::custom("output failed"));
            }
        }
        Ok(())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let v: Value =
            serde::Deserialize::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        self.take(v)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        self.take(Value::String(v.to_string()))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<(), E> {
        self.take(Value::Bool(v))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<(), E> {
        self.take(Value::from(v))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<(), E> {
        self.take(Value::from(v))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<(), E> {
        self.take(Value::from(v))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.take(Value::Null)
    }
}
