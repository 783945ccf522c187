//! Items given as the server's JSON text print exactly as parsed items did, in every format and
//! with `--fields`, `--jq` and a terminal.

use super::{Format, OutputOptions, explicit, harness, spec, three_pages};

/// What the list writer prints for the same pages pushed as values and as their text.
fn both(tweak: impl Fn(&mut OutputOptions)) -> (String, String) {
    let pages = three_pages();
    let as_values = harness(&tweak);
    let mut list = as_values.out.list(&spec()).unwrap();
    for page in &pages {
        for it in page {
            list.push(it).unwrap();
        }
        list.end_page().unwrap();
    }
    list.finish().unwrap();
    let as_text = harness(&tweak);
    let mut list = as_text.out.list(&spec()).unwrap();
    for page in &pages {
        for it in page {
            list.push_raw(&serde_json::to_vec(it).unwrap()).unwrap();
        }
        list.end_page().unwrap();
    }
    list.finish().unwrap();
    (as_values.stdout.text(), as_text.stdout.text())
}

#[test]
fn text_items_print_as_parsed_items_did() {
    for format in Format::ALL {
        for tty in [false, true] {
            for fields in [None, Some("settings.snowflake.account,name,tags.1")] {
                for jq in [None, Some(".[1:3]")] {
                    let (values, text) = both(|o: &mut OutputOptions| {
                        explicit(format)(o);
                        o.stdout_tty = tty;
                        o.fields = fields.map(str::to_owned);
                        o.jq = jq.map(str::to_owned);
                    });
                    assert_eq!(values, text, "{format} tty {tty} {fields:?} {jq:?}");
                    assert!(!text.is_empty());
                }
            }
        }
    }
}
