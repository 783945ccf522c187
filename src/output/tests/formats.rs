//! Machine formats parse back to the data, stream page by page, and fail cleanly.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::*;
use crate::output::OutputError;

#[test]
fn json_pipe_is_one_array_with_an_item_per_line() {
    let h = harness(explicit(Format::Json));
    assert_eq!(write_pages(&h.out, &three_pages()), 9);
    let text = h.stdout.text();
    let parsed: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(parsed, items(9));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!((lines[0], lines[10], lines.len()), ("[", "]", 11));
    assert!(lines[1].starts_with("{\"id\":0,") && lines[1].ends_with("},"));
    assert!(lines[9].ends_with('}'));
}

#[test]
fn json_on_a_terminal_is_pretty() {
    let h = harness(|o| {
        explicit(Format::Json)(o);
        o.stdout_tty = true;
    });
    write_pages(&h.out, &three_pages());
    let expected = serde_json::to_string_pretty(&items(9)).unwrap() + "\n";
    assert_eq!(h.stdout.text(), expected);
}

#[test]
fn empty_lists_are_valid_documents() {
    for (format, expected) in [
        (Format::Json, "[]\n"),
        (Format::Yaml, "[]\n"),
        (Format::Ndjson, ""),
    ] {
        let h = harness(explicit(format));
        assert_eq!(write_pages(&h.out, &[]), 0);
        assert_eq!(h.stdout.text(), expected, "{format}");
    }
    let h = harness(explicit(Format::Yaml));
    write_pages(&h.out, &[]);
    let parsed: Vec<Value> = serde_saphyr::from_str(&h.stdout.text()).unwrap();
    assert!(parsed.is_empty());
}

#[test]
fn ndjson_is_one_object_per_line() {
    let h = harness(explicit(Format::Ndjson));
    write_pages(&h.out, &three_pages());
    let parsed: Vec<Value> = h
        .stdout
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(parsed, items(9));
}

#[test]
fn yaml_list_parses_back() {
    let h = harness(explicit(Format::Yaml));
    let mut odd = items(2);
    odd[1]["name"] = json!("multi\nline: \"quoted\" \u{1b}[31m");
    write_pages(&h.out, &[odd.clone()]);
    let parsed: Vec<Value> = serde_saphyr::from_str(&h.stdout.text()).unwrap();
    assert_eq!(parsed, odd);
}

#[test]
fn csv_has_a_header_nested_json_and_rfc4180_quoting() {
    let h = harness(explicit(Format::Csv));
    let mut data = items(3);
    data[1]["name"] = json!("a, \"b\"\nc");
    write_pages(&h.out, &[data]);
    let mut reader = csv::Reader::from_reader(io::Cursor::new(h.stdout.text()));
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(headers, ["NAME", "STATUS", "CREATED", "TAGS"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[1][0], "a, \"b\"\nc");
    assert_eq!(&rows[0][2], "2026-11-10T11:57:00Z");
    assert_eq!(&rows[0][3], r#"["a","b"]"#);
}

#[test]
fn fields_project_json_keeping_nesting() {
    let h = harness(|o| {
        explicit(Format::Json)(o);
        o.fields = Some("settings.snowflake.account,name,nope_missing".into());
    });
    let spec = ListSpec {
        columns: COLUMNS,
        known_fields: &[],
    };
    let mut list = h.out.list(&spec).unwrap();
    list.push(&item(1)).unwrap();
    list.finish().unwrap();
    let parsed: Vec<Value> = serde_json::from_str(&h.stdout.text()).unwrap();
    assert_eq!(
        parsed,
        [
            json!({"settings": {"snowflake": {"account": "acct-1"}}, "name": "ds-1", "nope_missing": null})
        ]
    );
}

#[test]
fn unknown_fields_are_a_usage_error_naming_the_valid_ones() {
    let h = harness(|o| o.fields = Some("name,colour,settings.x,sizes.big".into()));
    let err = h.out.list(&spec()).err().unwrap();
    let OutputError::UnknownFields { unknown, valid } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(unknown, &["colour", "sizes.big"]);
    // The known fields, then the column headers that name something else.
    assert!(
        valid.starts_with(&KNOWN.iter().map(|s| s.to_string()).collect::<Vec<_>>()),
        "{valid:?}"
    );
    let msg = err.to_string();
    assert!(
        msg.contains("colour, sizes.big") && msg.contains("id, name, status"),
        "{msg}"
    );
    assert!(h.out.object(&item(1), &spec()).is_err());
    assert!(h.stdout.text().is_empty());
}

#[test]
fn single_objects_in_machine_formats() {
    let h = harness(explicit(Format::Json));
    h.out.object(&item(1), &spec()).unwrap();
    assert_eq!(
        h.stdout.text(),
        format!("{}\n", serde_json::to_string(&item(1)).unwrap())
    );

    let h = harness(explicit(Format::Yaml));
    h.out.object(&item(1), &spec()).unwrap();
    assert_eq!(
        serde_saphyr::from_str::<Value>(&h.stdout.text()).unwrap(),
        item(1)
    );

    let h = harness(explicit(Format::Csv));
    h.out.object(&item(1), &spec()).unwrap();
    let mut reader = csv::Reader::from_reader(io::Cursor::new(h.stdout.text()));
    let headers = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let at = |k: &str| headers.iter().position(|h| h == k).unwrap();
    assert_eq!(&row[at("settings.snowflake.account")], "acct-1");
    assert_eq!(&row[at("tags")], r#"["a","b"]"#);
}

#[test]
fn arbitrary_values_infer_columns() {
    let h = harness(explicit(Format::Csv));
    h.out
        .value(&json!([{"a": 1}, {"b": {"c": true}, "a": 2}]))
        .unwrap();
    assert_eq!(h.stdout.text(), "A,B\n1,\n2,\"{\"\"c\"\":true}\"\n");

    let h = harness(|_| {});
    h.out.value(&json!(["x", 2])).unwrap();
    assert_eq!(h.stdout.text(), "VALUE\nx\n2\n");

    let h = harness(|_| {});
    h.out.value(&json!("plain")).unwrap();
    assert_eq!(h.stdout.text(), "plain\n");
}

#[test]
fn items_stream_before_the_list_ends() {
    for format in [
        Format::Json,
        Format::Ndjson,
        Format::Yaml,
        Format::Csv,
        Format::Table,
    ] {
        let h = harness(explicit(format));
        let mut list = h.out.list(&spec()).unwrap();
        list.push(&item(0)).unwrap();
        list.end_page().unwrap();
        assert!(
            h.stdout.text().contains("ds-0"),
            "{format} buffered the page"
        );
        list.push(&item(1)).unwrap();
        list.end_page().unwrap();
        assert!(h.stdout.text().contains("ds-1"), "{format}");
        list.finish().unwrap();
    }
}

struct ClosedPipe;

impl Write for ClosedPipe {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(io::Error::from(io::ErrorKind::BrokenPipe))
    }
    fn flush(&mut self) -> io::Result<()> {
        Err(io::Error::from(io::ErrorKind::BrokenPipe))
    }
}

#[test]
fn a_closed_pipe_is_distinguishable() {
    let mut opts = base_opts();
    opts.format = Format::Ndjson;
    let out = Output::with_writers(opts, Box::new(ClosedPipe), Box::new(Buf::default())).unwrap();
    let mut list = out.list(&spec()).unwrap();
    let err = list.push(&item(0)).unwrap_err();
    assert!(err.is_broken_pipe(), "{err:?}");
    assert!(matches!(list.push(&item(1)), Err(OutputError::BrokenPipe)));
    assert!(matches!(out.text("x"), Err(OutputError::BrokenPipe)));
    // Messages still work: stderr is a different stream.
    out.warn("still here");
}

#[test]
fn other_io_errors_stay_io_errors() {
    struct Full;
    impl Write for Full {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::other("disk full"))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let out = Output::with_writers(base_opts(), Box::new(Full), Box::new(Buf::default())).unwrap();
    assert!(matches!(out.text("x"), Err(OutputError::Io(_))));
}

#[test]
fn formats_parse_and_display() {
    for f in Format::ALL {
        assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
    }
    assert_eq!("JSON".parse::<Format>().unwrap(), Format::Json);
    assert!("xml".parse::<Format>().unwrap_err().contains("ndjson"));
    assert_eq!("never".parse::<ColorChoice>().unwrap(), ColorChoice::Never);
}

#[test]
fn counts_sizes_and_short_times_read_well() {
    use crate::output::{count, elapsed, size};
    assert_eq!(count(1, "pending change"), "1 pending change");
    assert_eq!(count(0, "pending change"), "0 pending changes");
    assert_eq!(count(2, "policy"), "2 policies");
    assert_eq!(count(3, "key"), "3 keys");
    assert_eq!(size(0), "0 B");
    assert_eq!(size(312), "312 B");
    assert_eq!(size(4300), "4.2 KiB");
    assert_eq!(size(12 * 1024 * 1024 + 512 * 1024), "12.5 MiB");
    assert_eq!(elapsed(std::time::Duration::from_millis(35)), "35 ms");
    assert_eq!(elapsed(std::time::Duration::from_millis(1400)), "1.4s");
    assert_eq!(elapsed(std::time::Duration::from_secs(125)), "2m05s");
}
