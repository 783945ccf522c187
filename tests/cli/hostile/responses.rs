//! Malformed server responses: truncated and mistyped bodies, huge bodies, pagination that lies,
//! non-JSON errors, wrong content types, silence — a clear error and a bounded amount of work.

use std::time::{Duration, Instant};

use super::server::{Hostile, Reply, json, raw};
use super::{TOKEN, against};
use crate::common::{Env, assert_has};

fn page(items: &str, more: Option<&str>) -> Reply {
    match more {
        Some(c) => json(
            200,
            &format!(r#"{{"data": [{items}], "has_more": true, "next_cursor": "{c}"}}"#),
        ),
        None => json(200, &format!(r#"{{"data": [{items}], "has_more": false}}"#)),
    }
}

#[test]
fn a_body_cut_short_is_retried_then_reported() {
    let env = Env::bare();
    // The declared length is a lie: the connection ends 30 bytes in.
    let h = Hostile::start(|_| {
        Reply::Raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{\"data\": [{\"id\": \"prj_1\", \"na"
                .to_vec(),
        )
    });
    let out = against(&env, &h, "projects list --max-retries 2")
        .run()
        .code(1);
    assert_eq!(h.requests().len(), 3, "one try and two retries");
    assert_eq!(
        out.stderr.matches("retrying in").count(),
        2,
        "{}",
        out.stderr
    );
    out.stderr_has("the connection broke while reading the response");
    assert!(out.stdout.is_empty(), "nothing half-read is printed");
    // Valid HTTP around JSON that stops mid-object: retried as a truncation, then named.
    let h = Hostile::start(|_| json(200, r#"{"data": [{"id": "prj_1", "name": "#));
    let out = against(&env, &h, "projects list --max-retries 1")
        .run()
        .code(1);
    assert_eq!(h.requests().len(), 2);
    out.stderr_has("the server sent invalid JSON; retrying")
        .stderr_has("invalid JSON body (application/json, 34 bytes) for GET /projects");
}

#[test]
fn wrong_types_are_errors_not_crashes() {
    let env = Env::bare();
    for (body, says) in [
        (r#"{"data": "nope"}"#, "has no `data` array"),
        (r#"[{"id": "prj_1"}]"#, "is not a JSON object"),
        (
            r#"{"data": [], "has_more": "yes", "next_cursor": "c"}"#,
            "has a `has_more` that is not a boolean",
        ),
        (
            r#"{"data": [], "has_more": true, "next_cursor": 42}"#,
            "has a `next_cursor` that is not a string",
        ),
    ] {
        let h = Hostile::start(move |_| json(200, body));
        let out = against(&env, &h, "projects list").run().code(1);
        assert!(
            out.stderr
                .contains(&format!("the list response of /projects {says}")),
            "{body}: {}",
            out.stderr
        );
        assert_eq!(
            h.requests().len(),
            1,
            "not retried: the same answer would come"
        );
    }
    // Items and objects of the wrong shape are shown as they are, in every format.
    let h = Hostile::start(|r| match r.path() {
        "/api/v1/projects" => page(r#"1, "two", null, [3], {"id": 5, "name": {"x": 1}}"#, None),
        _ => json(200, r#"["not", "an", "object"]"#),
    });
    for format in ["table", "json", "ndjson", "yaml", "csv"] {
        let out = against(&env, &h, format!("projects list -o {format}"))
            .run()
            .ok();
        assert!(!out.stdout.is_empty(), "{format}");
    }
    let out = against(&env, &h, "projects list -o json").run().ok();
    assert_eq!(out.json()[3], serde_json::json!([3]));
    let out = against(&env, &h, "projects get prj_1 -o json").run().ok();
    assert_eq!(out.json(), serde_json::json!(["not", "an", "object"]));
    against(&env, &h, "projects get prj_1").run().ok();
}

/// The peak resident memory of a running process, sampled from /proc until it exits.
#[cfg(target_os = "linux")]
fn peak_rss_kib(child: &mut std::process::Child) -> u64 {
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        if let Ok(s) = std::fs::read_to_string(&status)
            && let Some(kib) = s
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        {
            peak = kib;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    peak
}

// Memory is read from /proc: Linux only.
#[cfg(target_os = "linux")]
#[test]
fn huge_bodies_are_refused_with_bounded_memory() {
    let env = Env::bare();
    // A declared 5 GiB body: refused before a byte is read, and not asked for again.
    let h = Hostile::start(|_| {
        Reply::Raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5368709120\r\nConnection: close\r\n\r\n{\"data\": ["
                .to_vec(),
        )
    });
    let out = against(&env, &h, "projects list").run().code(1);
    out.stderr_has("exceeds 64 MiB; rime refused to buffer it");
    assert_eq!(h.requests().len(), 1, "a body too large is not retried");
    // An endless chunked body: rime stops reading at its limit, with flat memory.
    let h = Hostile::start(|_| {
        Reply::Endless {
        head: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".into(),
        chunk: b"{\"id\": \"prj_00000000000000000000000000\"},".repeat(1600),
        limit: 1 << 30,
    }
    });
    let mut child = against(&env, &h, "projects list")
        .command()
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let peak = peak_rss_kib(&mut child);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_has(&stderr, "exceeds 64 MiB");
    let sent = h.streamed.load(std::sync::atomic::Ordering::Relaxed);
    assert!(sent < 200 << 20, "rime stopped reading ({sent} bytes sent)");
    assert!(peak < 400 * 1024, "peak memory {peak} KiB for a 64 MiB cap");
    assert_eq!(h.requests().len(), 1);
}

#[test]
fn has_more_without_a_cursor_stops_with_an_error() {
    let env = Env::bare();
    let h = Hostile::start(|_| {
        json(
            200,
            r#"{"data": [{"id": "prj_1", "name": "a"}], "has_more": true}"#,
        )
    });
    let out = against(&env, &h, "projects list -o ndjson").run().code(1);
    out.stderr_has("the list response of /projects says it has more items but sent no next_cursor");
    assert_eq!(h.requests().len(), 1, "no second request, no loop");
    // `rime api --paginate` walks with the same rules.
    let out = against(&env, &h, "api GET /projects --paginate")
        .run()
        .code(1);
    out.stderr_has("no next_cursor");
}

#[test]
fn a_repeating_cursor_is_detected() {
    let env = Env::bare();
    // c1 → c1: the same cursor back at once.
    let h = Hostile::start(|r| {
        page(
            &format!(
                r#"{{"id": "prj_{}"}}"#,
                r.query("cursor").unwrap_or_default()
            ),
            Some("c1"),
        )
    });
    let out = against(&env, &h, "projects list -o ndjson").run().code(1);
    out.stderr_has("repeated cursor `c1`; stopping to avoid an endless walk");
    assert_eq!(h.requests().len(), 2);
    assert_eq!(out.ndjson().len(), 1, "the first page was printed once");
    // c1 → c2 → c1: a longer cycle is caught too, and the resume hint names where it stopped.
    let h = Hostile::start(|r| {
        let next = match r.query("cursor").as_deref() {
            None => "c1",
            Some("c1") => "c2",
            _ => "c1",
        };
        page(r#"{"id": "prj_x"}"#, Some(next))
    });
    let started = Instant::now();
    let out = against(&env, &h, "projects list -o ndjson").run().code(1);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(h.requests().len(), 3);
    assert_eq!(out.ndjson().len(), 2);
    out.stderr_has("hint: resume with `--cursor c2`");
    // A cursor handed back as the next one is a loop, even at the first request.
    let h = Hostile::start(|_| page(r#"{"id": "prj_x"}"#, Some("start")));
    against(&env, &h, "projects list --cursor start")
        .run()
        .code(1)
        .stderr_has("repeated cursor `start`");
    assert_eq!(h.requests().len(), 1);
}

#[test]
fn non_json_error_bodies_keep_their_exit_codes() {
    let env = Env::bare();
    let answer = |status: u16, ct: &'static str, body: &'static str| {
        let h = Hostile::start(move |_| raw(status, ct, body, &[]));
        let out = against(&env, &h, "tenant show --max-retries 1").run();
        (h, out)
    };
    let (_, out) = answer(404, "text/plain", "Not Found\n");
    let out = out.code(5);
    out.stderr_has("error: GET /tenant failed: Not Found (404 Not Found)");
    answer(401, "text/html", "<h1>Unauthorized</h1>")
        .1
        .code(3)
        .stderr_has("failed: <h1>Unauthorized</h1> (401 Unauthorized)");
    answer(403, "text/plain", "")
        .1
        .code(4)
        .stderr_has("failed with an empty body (403 Forbidden)");
    let (h, out) = answer(500, "text/html", "<html><body>oops</body></html>");
    let out = out.code(1);
    assert_eq!(h.requests().len(), 2, "a 500 is retried");
    out.stderr_has("server error 500; retrying")
        .stderr_has("failed: <html><body>oops</body></html> (500 Internal Server Error)")
        .stderr_has("request id: req_hostile");
    let (_, out) = answer(
        400,
        "text/html",
        "<html><body><h1>400</h1>\r\n\x1b[2Jbad</body></html>",
    );
    let out = out.code(7);
    out.stderr_has("<h1>400</h1> \\x1b[2Jbad")
        .stderr_lacks('\x1b');
}

#[test]
fn a_wrong_content_type_is_named_and_json_is_taken_whatever_the_label() {
    let env = Env::bare();
    // An HTML page with 200 (a captive portal, a misrouted proxy).
    let h = Hostile::start(|_| {
        raw(
            200,
            "text/html; charset=utf-8",
            "<html>Sign in to the Wi-Fi</html>",
            &[],
        )
    });
    let out = against(&env, &h, "projects list --max-retries 0")
        .run()
        .code(1);
    out.stderr_has("invalid JSON body (text/html; charset=utf-8, 33 bytes) for GET /projects");
    // Valid JSON mislabelled as text: the body decides.
    let h = Hostile::start(|_| {
        raw(
            200,
            "text/plain",
            r#"{"data": [{"id": "prj_1", "name": "ok"}], "has_more": false}"#,
            &[],
        )
    });
    let out = against(&env, &h, "projects list -o json").run().ok();
    assert_eq!(out.json()[0]["name"], "ok");
}

#[test]
fn silence_and_slammed_doors_end_in_bounded_time() {
    let env = Env::bare();
    let h = Hostile::start(|_| Reply::Hang);
    let started = Instant::now();
    let out = against(&env, &h, "projects list --timeout 1s --max-retries 1")
        .run()
        .code(1);
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
    out.stderr_has("timed out");
    assert_eq!(h.requests().len(), 2);
    let h = Hostile::start(|_| Reply::Close);
    let out = against(&env, &h, "projects list --max-retries 2")
        .run()
        .code(1);
    assert_eq!(h.requests().len(), 3);
    out.stderr_has("GET /projects failed after 3 attempt(s)");
    // A POST retried after a slammed door is the same request: same body, same idempotency key.
    against(&env, &h, "api POST /projects -f name=x --max-retries 2")
        .run()
        .code(1);
    let posts: Vec<_> = h
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .collect();
    assert_eq!(posts.len(), 3);
    assert!(posts.iter().all(|p| p.body == br#"{"name":"x"}"#));
    let key = posts[0]
        .header("idempotency-key")
        .expect("a key")
        .to_string();
    assert!(
        posts
            .iter()
            .all(|p| p.header("idempotency-key") == Some(key.as_str()))
    );
    // The token went to the server it was meant for, and nowhere in the output.
    assert!(
        h.requests()
            .iter()
            .all(|r| r.header("authorization") == Some(&format!("Bearer {TOKEN}")))
    );
    out.stderr_lacks(TOKEN);
}
