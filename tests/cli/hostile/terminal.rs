//! Terminal safety: escape sequences, carriage returns, bells and bidi controls in server strings
//! are made inert in tables, errors, progress lines and watch views — on a terminal and off it —
//! while JSON output keeps the exact data.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use serde_json::{Value, json};

use super::server::{Hostile, Req, json as reply_json};
use super::{TOKEN, against};
use crate::common::{Env, Out};

/// Characters that must never reach a terminal from a server.
const RAW: [char; 5] = ['\x1b', '\r', '\x07', '\u{202e}', '\u{9b}'];

#[track_caller]
fn assert_inert(text: &str, what: &str) {
    for c in RAW {
        assert!(!text.contains(c), "{what} holds a raw {c:?}:\n{text:?}");
    }
    for line in text.lines() {
        assert!(
            !line.starts_with("FORGED"),
            "{what}: a server newline forged a line:\n{text}"
        );
    }
}

const EVIL_NAME: &str = "nightly\u{1b}]0;pwned\u{7}\u{202e}txt.exe";

fn evil_run(final_: bool) -> Value {
    json!({
        "id": "plr_1", "pipeline_id": "pln_1", "version": 1, "trigger": "manual",
        "status": if final_ { "failed" } else { "running\nFORGED ✓ run succeeded" },
        "started_at": "2026-11-28T09:00:00Z",
        "ended_at": if final_ { json!("2026-11-28T09:01:00Z") } else { Value::Null },
        "duration_seconds": 30,
        "counts": {"completed": 0, "running": 1, "pending": 1},
        "steps": [
            {"key": "load\u{1b}[2J", "name": "x", "type": "custom",
             "state": if final_ { "failed" } else { "\u{1b}[31mrunning\u{202e}" },
             "attempt": 2, "started_at": "2026-11-28T09:00:00Z", "ended_at": null,
             "progress": {"current": 1, "total": 2, "unit": "\u{202e}rows\r"},
             "error": "boom\r\u{1b}[32mFORGED ok\nFORGED line\u{7}"},
            {"key": "next", "name": "y", "type": "custom", "state": "pending\u{9b}2J",
             "attempt": 0, "started_at": null, "ended_at": null, "progress": null, "error": null}
        ]
    })
}

/// A server with one project, one pipeline named [`EVIL_NAME`] and one run, whose WebSocket
/// endpoint refuses to upgrade (so rime polls): the run is running at first, then failed.
fn hostile_pipeline() -> Hostile {
    let polls = Arc::new(AtomicU32::new(0));
    Hostile::start(move |r: &Req| {
        let base = "/api/v1/projects/prj_1/pipelines/pln_1";
        match (r.method.as_str(), r.path()) {
            ("GET", "/api/v1/projects/prj_1") => {
                reply_json(200, r#"{"id": "prj_1", "name": "p", "identifier": "p"}"#)
            }
            ("GET", p) if p == base => reply_json(
                200,
                &json!({"id": "pln_1", "name": EVIL_NAME, "version": 1, "steps": []}).to_string(),
            ),
            ("POST", p) if p == format!("{base}/runs") => {
                reply_json(202, &evil_run(false).to_string())
            }
            ("GET", p) if p.ends_with("/events") => reply_json(
                400,
                r#"{"error": {"code": "validation_error", "message": "no upgrade \u001b[5mhere"}}"#,
            ),
            ("GET", p) if p == format!("{base}/runs/plr_1") => {
                let n = polls.fetch_add(1, Ordering::Relaxed);
                reply_json(200, &evil_run(n >= 1).to_string())
            }
            _ => reply_json(
                404,
                r#"{"error": {"code": "resource_not_found", "message": "no"}}"#,
            ),
        }
    })
}

#[test]
fn progress_lines_and_the_watch_view_are_inert_and_json_keeps_the_data() {
    let env = Env::bare();
    for how in ["--wait", "--watch"] {
        let h = hostile_pipeline();
        let out = against(&env, &h, format!("pipelines run pln_1 {how} -p prj_1"))
            .run()
            .code(9);
        assert_inert(&out.stderr, how);
        assert_inert(&out.stdout, how);
        assert!(
            out.stderr.contains(
                "run plr_1 of pipeline nightly\\x1b]0;pwned\\x07\\u{202e}txt.exe: running\\nFORGED"
            ),
            "{how}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains(
                "load\\x1b[2J \\x1b[31mrunning\\u{202e} (attempt 2) 1/2 \\u{202e}rows\\r"
            ),
            "{how}: {}",
            out.stderr
        );
        assert!(
            out.stderr
                .contains("  - load\\x1b[2J failed: boom\\r\\x1b[32mFORGED ok\\nFORGED line\\x07"),
            "{how}: {}",
            out.stderr
        );
    }
    // The data itself is untouched in JSON.
    let h = hostile_pipeline();
    let out = against(&env, &h, "pipelines run pln_1 --wait -p prj_1 -o json")
        .run()
        .code(9);
    assert_eq!(out.json(), evil_run(true));
    let h = hostile_pipeline();
    let out = against(&env, &h, "pipelines run pln_1 --watch -p prj_1 -o ndjson")
        .run()
        .code(9);
    let frames = out.ndjson();
    assert_eq!(
        frames[0]["run"],
        evil_run(false),
        "polled snapshots carry the exact run"
    );
    assert_eq!(frames.last().unwrap()["run"], evil_run(true));
}

/// Runs rime under `script` (a pseudo-terminal, so the live views draw) and returns what the
/// terminal received.
#[cfg(target_os = "linux")]
pub(super) fn on_a_terminal(env: &Env, h: &Hostile, args: impl crate::common::Argv) -> Out {
    let url = h.api_url();
    let mut all = vec![crate::common::BIN.to_string(), "--api-url".into(), url];
    all.extend(args.argv().iter().map(|a| a.to_string_lossy().into_owned()));
    let line = format!("stty cols 120 rows 40; {}", all.join(" "));
    let inner = env.rime("").env("RIME_TOKEN", TOKEN).command();
    let out = std::process::Command::new("script")
        .env_clear()
        .envs(inner.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("TERM", "xterm")
        .args(["-qefc", &line, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("`script` (util-linux) runs");
    Out {
        command: String::new(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

#[cfg(target_os = "linux")]
#[test]
fn the_live_view_on_a_terminal_draws_server_text_inert() {
    let env = Env::bare();
    for how in ["--wait", "--watch"] {
        let h = hostile_pipeline();
        let out = on_a_terminal(&env, &h, format!("pipelines run pln_1 {how} -p prj_1"));
        assert_eq!(out.code, 9, "{out:?}");
        // indicatif draws with its own escape sequences; the server's must not get through.
        for evil in [
            "\u{1b}]0;pwned",
            "\u{7}",
            "\u{202e}",
            "\u{1b}[2J",
            "\u{1b}[31mrunning",
            "\u{9b}",
        ] {
            assert!(
                !out.stdout.contains(evil),
                "{how}: {evil:?} reached the terminal:\n{:?}",
                out.stdout
            );
        }
        assert!(
            out.stdout.contains("\\u{202e}rows"),
            "{how}: {:?}",
            out.stdout
        );
        // Tables drawn for a person (comfy-table) too.
        let out = on_a_terminal(&env, &h, "pipelines get pln_1 -p prj_1");
        assert_eq!(out.code, 0, "{out:?}");
        out.stdout_lacks("\u{1b}]0;pwned").stdout_lacks("\u{202e}");
        out.stdout_has("nightly\\x1b]0;pwned");
    }
}

#[test]
fn error_envelopes_are_inert() {
    let env = Env::bare();
    let body = json!({"error": {"code": "validation_error\u{1b}[5m",
        "message": "evil\u{1b}]0;pwned\u{7} \r\u{202e}FORGED",
        "details": [{"field": "na\u{1b}me", "message": "must\nFORGED not"}, {"field": 7}]}})
    .to_string();
    let h = Hostile::start(move |_| reply_json(422, &body));
    let out = against(&env, &h, "tenant show").run().code(7);
    assert_inert(&out.stderr, "the error report");
    assert_eq!(
        out.stderr,
        "error: evil\\x1b]0;pwned\\x07 \\r\\u{202e}FORGED (422 Unprocessable Entity, validation_error\\x1b[5m)\n  - na\\x1bme: must\\nFORGED not\n  - ?: invalid\n  request id: req_hostile\nhint: fix the fields above and try again\n"
    );
}

#[test]
fn watch_lines_and_tables_are_inert() {
    let env = Env::bare();
    let alert = json!({"id": "alr_1", "rule_id": "alr_r", "rule_name": "cpu\u{1b}]0;pwned\u{7}",
        "severity": "critical", "status": "firing", "message": "hot\r\u{202e}FORGED",
        "fired_at": "2026-11-28T09:00:00Z", "escalation_step": 0});
    let one = alert.to_string();
    let listed = json!({"data": [alert], "has_more": false}).to_string();
    let h = Hostile::start(move |r: &Req| match r.path() {
        "/api/v1/projects/prj_1" => reply_json(200, r#"{"id": "prj_1", "name": "p"}"#),
        "/api/v1/projects/prj_1/alerts/alr_1" => reply_json(200, &one),
        _ => reply_json(200, &listed),
    });
    // `watch` never ends: stop it with Ctrl-C once the first line is out.
    let mut child = against(&env, &h, "monitoring alerts watch -p prj_1 --interval 1s")
        .command()
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("alr_1") {
        use std::io::Read;
        let n = stdout.read(&mut buf).unwrap();
        assert!(n > 0, "watch ended early");
        seen.extend_from_slice(&buf[..n]);
    }
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    seen.extend_from_slice(&out.stdout);
    let text = String::from_utf8_lossy(&seen);
    assert_eq!(out.status.code(), Some(130));
    assert_inert(&text, "the watch lines");
    assert!(text.contains("cpu\\x1b]0;pwned\\x07"), "{text}");
    for args in [
        vec!["monitoring", "alerts", "list", "-p", "prj_1"],
        vec!["monitoring", "alerts", "get", "alr_1", "-p", "prj_1"],
    ] {
        let out = against(&env, &h, &args).run().ok();
        assert_inert(&out.stdout, "a table");
        out.stdout_has("hot\\r\\u{202e}FORGED");
    }
    let out = against(&env, &h, "monitoring alerts list -p prj_1 -o json")
        .run()
        .ok();
    assert_eq!(out.json()[0], alert, "JSON keeps the exact data");
}
