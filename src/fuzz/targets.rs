//! The fuzz targets: every decoder of untrusted input (server bodies, WebSocket frames, local
//! files, command-line fields and `--jq` programs, cron text), the terminal sanitiser and the
//! `--debug` URL redaction, with their properties.

use std::collections::HashSet;
use std::path::PathBuf;

use serde_json::{Value, json};

use super::Fuzz;
use crate::commands::input::{parse_assignment, set_path, typed};
use crate::commands::pipelines::watch;
use crate::config::{ConfigFile, Env, Settings};
use crate::error::CliError;
use crate::http::ApiError;
use crate::http::page::{PageOpts, Walk, decode_page};
use crate::http::ws::{Frame, decode_frame, run_is_final};
use crate::output::progress;
use crate::output::sanitize::{PAINT_SGR, lines_safe, message_safe};
use crate::output::terminal_safe;

const JSON_TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1e400",
    "\"\"",
    "\"\\u001b[2J\"",
    "\"\\ud800\"",
    "{}",
    "[]",
    "\"x\":",
    "  ",
    "\n",
];

/// What a terminal must never receive from a server: C0 and C1 controls (ESC, CR, BEL, CSI…),
/// DEL, bidi overrides and isolates, and invisible separators.
fn dangerous(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{61c}' | '\u{200b}' | '\u{200e}' | '\u{200f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{feff}')
}

#[track_caller]
fn assert_inert(s: &str, what: &str) {
    assert!(
        !s.chars().any(dangerous),
        "{what} reaches the terminal with a control character: {s:?}"
    );
}

/// The value at a dotted path.
fn get_path<'v>(v: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(v, |cur, seg| cur.get(seg))
}

#[test]
fn fuzz_error_envelope() {
    const STATUSES: [u16; 10] = [400, 401, 403, 404, 409, 413, 422, 429, 500, 502];
    Fuzz::new("error_envelope")
        .dict(JSON_TOKENS)
        .dict(&[
            "\"error\"",
            "\"code\"",
            "\"message\"",
            "\"details\"",
            "\"field\"",
            "<html>",
            "</body>",
        ])
        .run(|data| {
            let status = STATUSES[data.len() % STATUSES.len()];
            let e = ApiError::decode(
                status,
                data,
                Some("req_1".into()),
                None,
                "GET",
                "/projects",
            );
            assert!(!e.to_string().is_empty(), "an error always says something");
            let envelope = serde_json::from_slice::<Value>(data)
                .ok()
                .and_then(|v| v.get("error").filter(|e| e.is_object()).cloned());
            let Some(err) = envelope else {
                // Not the contract's envelope: a short snippet, already safe for a terminal.
                assert_inert(&e.message, "a non-JSON error body");
                assert!(e.message.chars().count() <= "GET /projects failed: ".len() + 120 * 10);
                assert!(e.code.is_none() && e.details.is_empty());
                return false;
            };
            assert_eq!(e.code.as_deref(), err["code"].as_str());
            if let Some(m) = err["message"].as_str() {
                assert_eq!(e.message, m, "the server's message is kept exactly");
            }
            assert_eq!(
                e.details.len(),
                err["details"].as_array().map_or(0, Vec::len),
                "every detail is kept"
            );
            // Round trip: the decoded error, encoded again, decodes to itself.
            let again = json!({"error": {"code": e.code, "message": e.message,
                "details": e.details.iter().map(|(f, m)| json!({"field": f, "message": m})).collect::<Vec<_>>()}});
            let e2 = ApiError::decode(
                status,
                again.to_string().as_bytes(),
                None,
                None,
                "GET",
                "/projects",
            );
            assert_eq!(
                (&e2.code, &e2.message, &e2.details),
                (&e.code, &e.message, &e.details)
            );
            true
        });
}

#[test]
fn fuzz_list_page() {
    Fuzz::new("list_page")
        .dict(JSON_TOKENS)
        .dict(&[
            "\"data\"",
            "\"has_more\"",
            "\"next_cursor\"",
            "\"has_more\": true",
            "\"next_cursor\": \"c1\"",
            "\"next_cursor\": null",
        ])
        .run(|data| {
            // The input is a walk: one response body per line.
            let cap = data.first().map(|b| u64::from(*b % 8));
            let mut walk = Walk::new(PageOpts {
                page_size: Some(3),
                max_items: cap.filter(|c| *c > 0),
                ..PageOpts::default()
            });
            let mut cursors = HashSet::new();
            let mut accepted = false;
            let mut requests = 0;
            for body in data.split(|b| *b == b'\n') {
                let Some((limit, _)) = walk.next_request() else {
                    break;
                };
                assert!((1..=3).contains(&limit), "limit {limit}");
                requests += 1;
                // A body that is not JSON never reaches the walk (the funnel retries, then fails).
                let Ok(v) = serde_json::from_slice::<Value>(body) else {
                    break;
                };
                let decoded = decode_page(v.clone());
                match walk.accept(v) {
                    Ok(items) => {
                        let page = decoded.expect("a page the walk took decodes");
                        assert_eq!(items, page.items);
                        if let Some(c) = &page.next {
                            assert!(!c.is_empty());
                            assert!(cursors.insert(c.clone()), "cursor {c:?} followed twice");
                        }
                        // Round trip through the contract's shape.
                        let again = decode_page(json!({"data": page.items,
                            "has_more": page.next.is_some(), "next_cursor": page.next}))
                        .expect("re-encoded page decodes");
                        assert_eq!(again, page);
                        accepted = true;
                    }
                    Err(e) => {
                        assert_inert(&e.0, "a pagination error");
                        break;
                    }
                }
            }
            assert!(requests <= data.len() + 1, "the walk ends with its input");
            accepted
        });
}

/// A snapshot's run to fold frames onto when the input starts without one.
fn seed_run() -> Value {
    json!({"id": "plr_1", "status": "running", "started_at": "2026-11-28T09:00:00Z", "ended_at": null,
        "steps": [{"key": "a", "state": "running", "attempt": 1, "started_at": "2026-11-28T09:00:00Z",
        "ended_at": null, "progress": null, "error": null, "next_attempt_at": null}]})
}

#[test]
fn fuzz_ws_frame() {
    Fuzz::new("ws_frame")
        .dict(JSON_TOKENS)
        .dict(&[
            "\"seq\":",
            "\"type\":",
            "\"snapshot\"",
            "\"heartbeat\"",
            "\"step_started\"",
            "\"step_progress\"",
            "\"step_finished\"",
            "\"run_finished\"",
            "\"run\":",
            "\"steps\":",
            "\"step_key\": \"a\"",
            "\"state\":",
            "\"progress\": {\"current\": 1, \"total\": 2, \"unit\": \"rows\"}",
            "\"attempt\":",
            "\"at\": \"2026-11-28T09:00:10Z\"",
            "\"error\":",
        ])
        .run(|data| {
            // One text frame per line, as a follower would receive them on one connection.
            let text = String::from_utf8_lossy(data);
            let mut last: Option<u64> = None;
            let mut run = seed_run();
            let mut delivered = HashSet::new();
            let mut accepted = false;
            for line in text.split('\n') {
                match decode_frame(line, last) {
                    Frame::Snapshot {
                        frame,
                        seq,
                        finished,
                    } => {
                        assert_eq!(finished, run_is_final(&frame["run"]["status"]));
                        run = frame["run"].clone();
                        last = Some(seq);
                        delivered.clear();
                        accepted = true;
                    }
                    Frame::Event {
                        frame,
                        seq,
                        finished,
                    } => {
                        assert!(last.is_none_or(|l| seq == l + 1), "{last:?} then {seq}");
                        assert!(delivered.insert(seq), "seq {seq} delivered twice");
                        assert_eq!(finished, frame["type"] == "run_finished");
                        watch::apply(&mut run, &frame);
                        last = Some(seq);
                        accepted = true;
                    }
                    Frame::Gap { first, last: end } => {
                        let l = last.expect("a gap needs a position");
                        assert!(
                            first == l + 1 && end >= first,
                            "gap {first}..{end} after {l}"
                        );
                    }
                    Frame::Skip | Frame::Malformed => {}
                }
            }
            // What a person sees of the folded run is inert, however hostile the frames.
            let snap = watch::view(&run, "p", None, true);
            assert_inert(&terminal_safe(&snap.header), "the run header");
            for item in &snap.items {
                assert_inert(&progress::line(item), "a progress line");
            }
            accepted
        });
}

#[test]
fn fuzz_config_file() {
    Fuzz::new("config_file")
        .dict(&[
            "current_profile = ",
            "[profiles.",
            "[profiles]",
            "]\n",
            "tenant = \"acme\"",
            "api_url = \"https://x/api/v1\"",
            "api_url = \"http://10.0.0.1\"",
            "credential_store = ",
            "output = \"yaml\"",
            "project = ",
            "ca_cert = ",
            "\"\"\"",
            "'''",
            "= 1",
            "= {}",
            "= []",
            "\n",
            "#",
            "\"\\u001b\"",
            "[[profiles.x]]",
        ])
        .run(|data| {
            // `read_to_string` already refuses a file that is not UTF-8, naming it.
            let Ok(text) = std::str::from_utf8(data) else {
                return false;
            };
            let path = PathBuf::from("/cfg/config.toml");
            let mut file = match ConfigFile::parse(path.clone(), text) {
                Ok(f) => f,
                Err(e) => {
                    assert!(matches!(e, CliError::Config { .. }), "{e:?}");
                    assert!(e.to_string().starts_with("/cfg/config.toml: "), "{e}");
                    return false;
                }
            };
            // What rime would save reads back as the same profiles.
            let profiles = |f: &ConfigFile| {
                (
                    f.current_profile().map(String::from),
                    f.profile_names()
                        .iter()
                        .map(|n| {
                            let keys = f.doc["profiles"][n.as_str()]
                                .as_table()
                                .map(|t| {
                                    t.iter()
                                        .map(|(k, v)| (k.to_string(), v.as_str().map(String::from)))
                                        .collect::<Vec<_>>()
                                })
                                .unwrap_or_default();
                            (n.clone(), keys)
                        })
                        .collect::<Vec<_>>(),
                )
            };
            let before = profiles(&file);
            let again = ConfigFile::parse(path.clone(), &file.doc.to_string())
                .expect("a config rime accepted saves as one it accepts");
            assert_eq!(profiles(&again), before);
            // Resolving settings from it fails cleanly or succeeds, never panics.
            let env = Env {
                config_dir: Some("/cfg".into()),
                data_dir: Some("/data".into()),
                ..Env::default()
            };
            let _ = Settings::resolve(&Default::default(), &env, &file);
            // Any string survives being set and saved.
            let value: String = text.chars().take(40).collect();
            file.set("fz", "project", Some(&value));
            let again = ConfigFile::parse(path, &file.doc.to_string()).expect("set then saved");
            assert_eq!(again.get("fz", "project"), Some(value.as_str()));
            true
        });
}

#[test]
fn fuzz_set_field() {
    Fuzz::new("set_field")
        .dict(&[
            "=",
            ".",
            "a.b",
            "true",
            "false",
            "null",
            "[1,2]",
            "{\"a\":1}",
            "\"q\"",
            "1.5",
            "-0",
            "1e5",
            " ",
            "settings.aws.region=",
            "\n",
        ])
        .run(|data| {
            let Ok(text) = std::str::from_utf8(data) else {
                return false;
            };
            let mut body = Value::Null;
            let mut accepted = false;
            for line in text.split('\n') {
                // `@file` reads a file (or stdin): that is I/O, not parsing.
                if line
                    .split_once('=')
                    .is_some_and(|(_, v)| v.starts_with('@'))
                {
                    continue;
                }
                for raw in [false, true] {
                    match parse_assignment(line, raw) {
                        Ok((k, v)) => {
                            let (key, val) = line.split_once('=').expect("has =");
                            assert_eq!(k, key.trim());
                            assert!(!k.split('.').any(str::is_empty), "{k:?}");
                            if raw {
                                assert_eq!(v, Value::String(val.to_string()), "-f keeps strings");
                            } else {
                                assert_eq!(v, typed(val));
                            }
                            let mut fresh = Value::Null;
                            set_path(&mut fresh, &k, v.clone())
                                .expect("a fresh body takes any key");
                            assert_eq!(get_path(&fresh, &k), Some(&v), "{k:?}");
                            // Conflicting keys (a=1 then a.b=2) are refused, never a crash.
                            if let Err(e) = set_path(&mut body, &k, v) {
                                assert!(matches!(e, CliError::Usage(_)));
                            }
                            accepted = true;
                        }
                        Err(e) => assert!(matches!(e, CliError::Usage(_)), "{e:?}"),
                    }
                }
                // Typed values: a string stays exactly the text typed; others are JSON that
                // means the same when written back.
                match typed(line) {
                    // `"q"` types the JSON string q; any other text stays exactly as typed.
                    Value::String(s) if line.starts_with('"') && s != line => {
                        assert_eq!(
                            serde_json::from_str::<Value>(line).ok(),
                            Some(Value::String(s))
                        );
                    }
                    Value::String(s) => assert_eq!(s, line),
                    // A number is the one the text names, correctly rounded.
                    Value::Number(n) => {
                        let want = line.parse::<f64>().expect("a number");
                        assert_eq!(n.as_f64(), Some(want), "{line:?}");
                    }
                    // Arrays and objects are JSON, sent on as such.
                    v => {
                        serde_json::from_str::<Value>(&v.to_string()).expect("JSON");
                    }
                }
            }
            let n = i64::from_le_bytes(
                data.iter()
                    .copied()
                    .chain(std::iter::repeat(0))
                    .take(8)
                    .collect::<Vec<_>>()
                    .try_into()
                    .expect("8 bytes"),
            );
            assert_eq!(typed(&n.to_string()), Value::from(n));
            accepted
        });
}

#[test]
fn fuzz_cron() {
    const ZONES: [&str; 4] = [
        "UTC",
        "Pacific/Auckland",
        "America/New_York",
        "Australia/Lord_Howe",
    ];
    const STARTS: [i64; 5] = [
        1_796_000_000, // 2026-11
        1_775_332_800, // 2026-04-05, NZ fall-back
        1_790_690_400, // 2026-09-27, NZ spring-forward
        0,
        253_402_207_200 - 2 * 86400, // jiff's last days
    ];
    Fuzz::new("cron")
        .dict(&[
            "*", "*/", "-", ",", "/", " ", " | ", "0", "59", "60", "23", "31", "12", "6", "7",
            "@daily", "L", "?", "#", "MON",
        ])
        .run(|data| {
            let Ok(text) = std::str::from_utf8(data) else {
                return false;
            };
            let schedule = match rime_cron::Schedule::parse(text) {
                Ok(s) => s,
                Err(e) => {
                    assert!(!e.to_string().is_empty());
                    assert!(e.field().is_none_or(|f| (1..=5).contains(&f)));
                    return false;
                }
            };
            // The normalised form parses back to the same schedule.
            let shown = schedule.to_string();
            assert_eq!(
                rime_cron::Schedule::parse(&shown).as_ref(),
                Ok(&schedule),
                "{shown}"
            );
            let tz = rime_cron::zone(ZONES[data.len() % ZONES.len()]).expect("zone");
            let after =
                jiff::Timestamp::from_second(STARTS[data.len() % STARTS.len()]).expect("ts");
            let next = schedule.upcoming(after, &tz, 3);
            assert!(next.windows(2).all(|w| w[0] < w[1]), "{next:?}");
            assert!(next.iter().all(|t| *t > after));
            let until = after
                .checked_add(jiff::SignedDuration::from_hours(50))
                .unwrap_or(after);
            let within = schedule.between(after, until, &tz, 8);
            assert!(within.iter().all(|t| *t > after && *t <= until));
            assert!(within.windows(2).all(|w| w[0] < w[1]));
            if let (Some(a), Some(b)) = (within.first(), next.first()) {
                assert_eq!(a, b, "between and upcoming agree on the first firing");
            }
            true
        });
}

#[test]
fn fuzz_terminal_safe() {
    Fuzz::new("terminal_safe")
        .dict(&[
            "\x1b[", "\x1b]", "\x07", "\r", "\n", "\t", "\u{9b}", "\u{202e}", "\u{2066}", "m",
        ])
        .dict(PAINT_SGR)
        .run(|data| {
            let s = String::from_utf8_lossy(data);
            let safe = terminal_safe(&s);
            assert_inert(&safe, "terminal_safe output");
            let clean = !s.chars().any(dangerous);
            match &safe {
                std::borrow::Cow::Borrowed(b) => {
                    assert!(clean && *b == s.as_ref(), "only clean input is borrowed");
                }
                std::borrow::Cow::Owned(_) => assert!(!clean, "clean input is never copied"),
            }
            // Idempotent: safe text is left alone.
            assert!(matches!(
                terminal_safe(&safe),
                std::borrow::Cow::Borrowed(_)
            ));
            // Every safe character survives, in order.
            let kept: String = s.chars().filter(|c| !dangerous(*c)).collect();
            let mut rest = safe.as_ref();
            for c in kept.chars() {
                let i = rest.find(c).expect("safe characters are kept in order");
                rest = &rest[i + c.len_utf8()..];
            }
            // Whole lines: newlines stay line breaks; only our exact colour codes survive.
            for keep_paint in [false, true] {
                let m = message_safe(&s, keep_paint);
                assert_eq!(m.matches('\n').count(), s.matches('\n').count());
                let mut rest = m.as_ref();
                while let Some(i) = rest.find('\x1b') {
                    let tail = &rest[i..];
                    let sgr = PAINT_SGR.iter().find(|p| tail.starts_with(**p));
                    assert!(
                        keep_paint && sgr.is_some(),
                        "a foreign escape survived: {m:?}"
                    );
                    rest = &tail[sgr.expect("checked").len()..];
                }
                for line in m.split('\n') {
                    assert!(
                        !line.chars().any(|c| dangerous(c) && c != '\x1b'),
                        "{line:?}"
                    );
                }
            }
            assert_eq!(lines_safe(&s), message_safe(&s, false));
            clean
        });
}

/// Filters that may loop or allocate without bound are compiled but not run by the fuzzer (the
/// limits tests run the runaway ones); everything else runs on a small fixed input.
fn may_run(code: &str) -> bool {
    const UNBOUNDED: [&str; 14] = [
        "def",
        "reduce",
        "foreach",
        "range",
        "repeat",
        "recurse",
        "while",
        "until",
        "..",
        "*",
        "pow",
        "exp",
        "combinations",
        "input",
    ];
    code.len() <= 256 && !UNBOUNDED.iter().any(|w| code.contains(w))
}

#[test]
fn fuzz_jq() {
    use crate::output::OutputError;
    use crate::output::jq::Program;
    let input = json!({"items": [{"name": "a", "id": 1, "a": 2, "b": [1]}, {"name": "\u{1b}b", "id": -1}],
                       "a": [1, {"b": 2}], "s": "x\ty"});
    Fuzz::new("jq")
        .dict(&[
            ".", "|", ",", "(", ")", "[", "]", "{", "}", "\"", "\\(", ":", ";", "as $x", "$x",
            "def f:", "f", "reduce", "if", "then", "else", "end", "try", "catch", "?", "//",
            "select(", "map(", "del(", "path(", "fromjson", "tojson", "error", "label $l",
            "break $l", "#", "\n", "1e400", "-", "+", "==", "and", "or", "not", ".[]", ".a",
        ])
        .run(|data| {
            let Ok(code) = std::str::from_utf8(data) else {
                return false;
            };
            let program = match Program::compile(code) {
                Ok(p) => p,
                Err(OutputError::Jq { message }) => {
                    assert!(message.starts_with("invalid --jq expression"), "{message}");
                    return false;
                }
                Err(e) => panic!("{code:?}: compiling failed as {e:?}"),
            };
            if may_run(code) {
                let (results, err) = program.run_json(&input);
                // Results are JSON that reads back (exact number precision is not this target's).
                for r in &results {
                    let text = serde_json::to_string(r).expect("a result is JSON");
                    serde_json::from_str::<Value>(&text).expect("reads back");
                }
                assert!(
                    matches!(
                        err,
                        None | Some(OutputError::Jq { .. } | OutputError::JqRuntime { .. })
                    ),
                    "{err:?}"
                );
            }
            true
        });
}

/// Two keys overlap when they are the same or one lies inside the other (`a` and `a.b`).
fn overlap(a: &str, b: &str) -> bool {
    let inside = |o: &str, i: &str| i == o || i.strip_prefix(o).is_some_and(|r| r.starts_with('.'));
    inside(a, b) || inside(b, a)
}

#[test]
fn fuzz_api_fields() {
    Fuzz::new("api_fields")
        .dict(&[
            "F ",
            "f ",
            "=",
            ".",
            "a.b",
            "a",
            "[1]",
            "{\"a\":1}",
            "null",
            "\n",
            "x.y.z",
        ])
        .run(|data| {
            let Ok(text) = std::str::from_utf8(data) else {
                return false;
            };
            // Each line is one flag: `f KEY=VALUE` (string) or `F KEY=VALUE` (typed).
            let (mut raw, mut typed_args) = (Vec::new(), Vec::new());
            for line in text.lines() {
                let (Some(kind), Some(arg)) = (line.get(..2), line.get(2..)) else {
                    continue;
                };
                // `@file` reads a file (or stdin): that is I/O, not parsing.
                if arg.split_once('=').is_some_and(|(_, v)| v.starts_with('@')) {
                    continue;
                }
                match kind {
                    "f " => raw.push(arg.to_string()),
                    "F " => typed_args.push(arg.to_string()),
                    _ => {}
                }
            }
            // -f first, then -F, as the command applies them.
            let parsed: Vec<_> = raw
                .iter()
                .map(|a| parse_assignment(a, true))
                .chain(typed_args.iter().map(|a| parse_assignment(a, false)))
                .collect();
            let result = crate::commands::api::fields(&raw, &typed_args);
            let keys: Option<Vec<(String, Value)>> = parsed.into_iter().map(Result::ok).collect();
            match (keys, result) {
                (Some(kv), Ok(fields)) => {
                    for (i, (k, v)) in kv.iter().enumerate() {
                        assert!(
                            !kv[..i].iter().any(|(k2, _)| overlap(k, k2)),
                            "{k:?} overlaps an earlier key yet was accepted"
                        );
                        assert_eq!(get_path(&fields, k), Some(v), "{k:?} kept its value");
                    }
                    !kv.is_empty()
                }
                (Some(kv), Err(e)) => {
                    assert!(matches!(e, CliError::Usage(_)), "{e:?}");
                    let clash = kv
                        .iter()
                        .enumerate()
                        .any(|(i, (k, _))| kv[..i].iter().any(|(k2, _)| overlap(k, k2)));
                    assert!(clash, "refused without overlapping keys: {e}");
                    assert!(e.to_string().contains("both set"), "{e}");
                    false
                }
                (None, result) => {
                    assert!(
                        matches!(result, Err(CliError::Usage(_))),
                        "an invalid flag was accepted: {result:?}"
                    );
                    false
                }
            }
        });
}

#[test]
fn fuzz_redact_url() {
    use crate::http::redact::redact_url;
    Fuzz::new("redact_url")
        .dict(&[
            "://",
            "@",
            ":",
            "?",
            "&",
            ";",
            "#",
            "=",
            "/",
            " ",
            "%5F",
            "+",
            "token",
            "api_key",
            "access_token",
            "password",
            "secret",
            "sig",
            "[redacted]",
            "postgres://u:p@h",
        ])
        .run(|data| {
            let s = String::from_utf8_lossy(data);
            let once = redact_url(&s);
            // Borrowed exactly when nothing was cut.
            match &once {
                std::borrow::Cow::Borrowed(b) => assert_eq!(*b, s.as_ref()),
                std::borrow::Cow::Owned(o) => assert_ne!(o, s.as_ref()),
            }
            // Idempotent: a redacted URL has nothing left to cut.
            assert_eq!(redact_url(&once), once, "{s:?}");
            // A DSN keeps its user and host but never its password.
            if let Some(i) = once.find("://") {
                let tail = &once[i + 3..];
                let authority = &tail[..tail.find(['/', '?', '#', ' ']).unwrap_or(tail.len())];
                if let Some(at) = authority.rfind('@')
                    && let Some(colon) = authority[..at].find(':')
                {
                    assert_eq!(&authority[colon + 1..at], "[redacted]", "{s:?}");
                }
            }
            matches!(once, std::borrow::Cow::Owned(_))
        });
}
