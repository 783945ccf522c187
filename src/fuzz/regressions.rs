//! Named regression tests for the crashes the fuzzers found; each input is also in the corpus.

use serde_json::{Value, json};

use super::corpus_dir;
use crate::commands::input::typed;
use crate::commands::pipelines::watch;
use crate::http::ws::{Frame, decode_frame};
use crate::output::progress;

fn input(target: &str, file: &str) -> String {
    std::fs::read_to_string(corpus_dir(target).join(file)).expect("regression input")
}

/// Frames of one connection, decoded and folded as a follower would.
fn fold(text: &str) -> Value {
    let mut run = json!({"status": "running", "steps": [{"key": "a", "state": "running"}]});
    let mut last = None;
    for line in text.lines() {
        match decode_frame(line, last) {
            Frame::Snapshot { frame, seq, .. } => {
                run = frame["run"].clone();
                last = Some(seq);
            }
            Frame::Event { frame, seq, .. } => {
                watch::apply(&mut run, &frame);
                last = Some(seq);
            }
            _ => {}
        }
    }
    run
}

#[test]
fn a_snapshot_whose_run_is_not_an_object_does_not_crash_the_watch() {
    // Found by fuzz_ws_frame: `"run": true` then any event panicked in `apply` (IndexMut).
    let run = fold(&input("ws_frame", "crash-run-not-an-object"));
    assert_eq!(run, json!(true), "the odd run is kept as sent");
    let view = watch::view(&run, "p", None, false);
    assert!(view.items.is_empty());
    // A step that is not an object is skipped rather than indexed.
    let mut run = json!({"status": "running", "steps": [7, null]});
    watch::apply(&mut run, &json!({"type": "step_started", "seq": 2}));
    assert_eq!(run["steps"], json!([7, null]));
}

#[test]
fn step_states_and_units_from_the_server_are_inert_in_progress_lines() {
    // Found by fuzz_ws_frame: a step's state (and progress unit) reached the terminal raw.
    let run = fold(&input("ws_frame", "crash-unsanitised-state"));
    assert_eq!(
        run["steps"][0]["state"], "\u{200b}",
        "the data is kept exactly"
    );
    let item = progress::Item {
        key: "a".into(),
        label: "a".into(),
        state: "\u{1b}[2Jrunning\r".into(),
        progress: Some((1, Some(2), "\u{202e}rows".into())),
        attempt: None,
        note: None,
    };
    assert_eq!(
        progress::line(&item),
        "· a \\x1b[2Jrunning\\r 1/2 \\u{202e}rows"
    );
}

#[test]
fn typed_decimal_fields_are_correctly_rounded() {
    // Found by fuzz_set_field: `-F x=<decimal>` went through serde_json's fast float parser,
    // which can be one ulp off; the value sent must be the nearest double to what was typed.
    let text = input("set_field", "crash-float-rounding");
    let text = text.trim();
    let want: f64 = text.parse().expect("a decimal");
    assert_eq!(typed(text).as_f64(), Some(want));
    assert_eq!(typed("0.1").as_f64(), Some(0.1));
    // What JSON does not call a number stays a string.
    for s in [".5", "5.", "+1.5", "1.5.2"] {
        assert_eq!(typed(s), Value::String(s.into()), "{s}");
    }
}
