//! Servers that never stop, shout or stall: endless and growing pagination, huge error
//! envelopes, odd `Retry-After` values, bodies that are whole but not JSON — each ends in a
//! bounded number of requests with a message naming the bound.

use super::against;
use super::server::{Hostile, Req, json, raw};
use crate::common::Env;

/// The number in a cursor `cN` or `cN-…` (0 for the first page).
fn page_no(r: &Req) -> u64 {
    r.query("cursor")
        .and_then(|c| c.strip_prefix('c')?.split('-').next()?.parse().ok())
        .unwrap_or(0)
}

#[test]
fn endless_empty_pages_stop_at_the_bound_with_the_resume_cursor() {
    let env = Env::bare();
    // Empty pages, each with a fresh cursor and `has_more: true`, forever.
    let h = Hostile::start(|r| {
        json(
            200,
            &format!(
                r#"{{"data": [], "has_more": true, "next_cursor": "c{}"}}"#,
                page_no(r) + 1
            ),
        )
    });
    let out = against(&env, &h, "projects list --max-items 5 -o ndjson")
        .run()
        .code(1);
    out.stderr_has(
        "the list response of /projects was empty 20 times in a row while saying it has more (the bound on pages without progress); stopping",
    )
    .stderr_has("request id: req_hostile")
    .stderr_has("hint: resume with `--cursor c20`");
    assert_eq!(h.requests().len(), 20);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    // `rime api --paginate` walks with the same bounds, and says how to go on.
    let out = against(&env, &h, "api GET /projects --paginate")
        .run()
        .code(1);
    out.stderr_has("was empty 20 times in a row")
        .stderr_has("hint: the server's pagination is broken; resume with `-f cursor=c20`");
    assert_eq!(h.requests().len(), 40);
    assert_eq!(out.json(), serde_json::json!([]), "the array is closed");
    // A page with items in between starts the count again.
    let h = Hostile::start(|r| {
        let n = page_no(r);
        let items = if n.is_multiple_of(10) {
            r#"{"id": "prj_1"}"#
        } else {
            ""
        };
        json(
            200,
            &format!(
                r#"{{"data": [{items}], "has_more": {}, "next_cursor": "c{}"}}"#,
                n < 40,
                n + 1
            ),
        )
    });
    let out = against(&env, &h, "projects list -o ndjson").run().ok();
    assert_eq!(out.ndjson().len(), 5);
    assert_eq!(h.requests().len(), 41);
}

#[test]
fn growing_cursors_are_refused_at_4_kib_never_retried_nor_printed_whole() {
    let env = Env::bare();
    // A 4 MiB cursor after the first page.
    let huge = format!("c{}", "9".repeat(4 << 20));
    let h = Hostile::start(move |r| {
        let next = if r.query("cursor").is_none() {
            "c1"
        } else {
            &huge
        };
        json(
            200,
            &format!(
                r#"{{"data": [{{"id": "prj_{}"}}], "has_more": true, "next_cursor": "{next}"}}"#,
                page_no(r)
            ),
        )
    });
    let out = against(&env, &h, "projects list -o ndjson").run().code(1);
    out.stderr_has(format!(
        "the list response of /projects has a next_cursor of {} bytes, longer than the 4096 a walk follows; stopping",
        (4 << 20) + 1
    ))
    .stderr_has("hint: resume with `--cursor c1`")
    .stderr_lacks("retrying");
    assert_eq!(h.requests().len(), 2, "asked once, not again");
    assert!(
        out.stderr.len() < 2000,
        "{} bytes on stderr",
        out.stderr.len()
    );
    assert_eq!(
        out.ndjson().len(),
        1,
        "the page that sent it is not shown: resuming fetches it again"
    );
    // Cursors that grow by 1000 bytes a page are followed while within the bound.
    let h = Hostile::start(|r| {
        let n = page_no(r);
        json(
            200,
            &format!(
                r#"{{"data": [{{"id": "prj_{n}"}}], "has_more": true, "next_cursor": "c{}-{}"}}"#,
                n + 1,
                "0".repeat(1000 * (n as usize + 1))
            ),
        )
    });
    let out = against(&env, &h, "api GET /projects --paginate")
        .run()
        .code(1);
    out.stderr_has("has a next_cursor of 5003 bytes, longer than the 4096");
    assert_eq!(h.requests().len(), 5);
    // The page that sent it is not shown: resuming fetches it again.
    assert_eq!(out.json().as_array().unwrap().len(), 4);
    // A repeated long cursor is named by its start and size, not printed whole.
    let long = format!("c{}", "7".repeat(3000));
    let h = Hostile::start(move |_| {
        json(
            200,
            &format!(
                r#"{{"data": [{{"id": "prj_1"}}], "has_more": true, "next_cursor": "{long}"}}"#
            ),
        )
    });
    let out = against(&env, &h, "projects list -o ndjson").run().code(1);
    out.stderr_has("repeated cursor `c7777777")
        .stderr_has("…` (3001 bytes)");
    // Whole only where it can be pasted to resume (the hint; the report may repeat it), never
    // in the error line itself.
    let whole = format!("`c{}`", "7".repeat(3000));
    let error_line = out.stderr.lines().next().unwrap_or("");
    assert!(
        !error_line.contains(&whole) && error_line.len() < 300,
        "{error_line}"
    );
    assert!(
        out.stderr.len() < 2 * 3001 + 1000,
        "{} bytes",
        out.stderr.len()
    );
}

#[test]
fn huge_error_envelopes_are_read_and_shown_in_bounded_amounts() {
    let env = Env::bare();
    // 10 MiB of message and 100,000 details: only the first MiB is read.
    let details: Vec<String> = (0..100_000)
        .map(|i| format!(r#"{{"field": "f{i}", "message": "bad"}}"#))
        .collect();
    let body = format!(
        r#"{{"error": {{"code": "validation_failed", "message": "{}", "details": [{}]}}}}"#,
        "m".repeat(10 << 20),
        details.join(",")
    );
    let h = Hostile::start(move |_| json(422, &body));
    let out = against(&env, &h, "tenant show").run().code(7);
    out.stderr_has("GET /tenant failed: {\"error\": {\"code\": \"validation_failed\"")
        .stderr_has("(the error body is larger than 1 MiB; only its start was read) (422 ");
    assert!(out.stderr.len() < 2000, "{} bytes", out.stderr.len());
    assert!(
        out.stderr.lines().count() < 10,
        "{}",
        out.stderr.lines().count()
    );
    assert_eq!(h.requests().len(), 1);
    // An envelope that fits: the message is cut at 1000 characters, 20 details are listed.
    let details: Vec<String> = (0..500)
        .map(|i| format!(r#"{{"field": "f{i}", "message": "{}"}}"#, "d".repeat(300)))
        .collect();
    let body = format!(
        r#"{{"error": {{"code": "validation_failed", "message": "{}", "details": [{}]}}}}"#,
        "m".repeat(5000),
        details.join(",")
    );
    let h = Hostile::start(move |_| json(422, &body));
    let out = against(&env, &h, "tenant show").run().code(7);
    out.stderr_has(format!(
        "error: {}… (4000 more characters not shown) (422 ",
        "m".repeat(1000)
    ))
    .stderr_has(format!(
        "  - f19: {}… (100 more characters not shown)\n  - … and 480 more details not shown\n",
        "d".repeat(200)
    ))
    .stderr_lacks("f20:");
    // `rime api` reports an error answer the same way.
    let out = against(&env, &h, "api GET /tenant").run().code(7);
    out.stderr_has("… and 480 more details not shown");
}

#[test]
fn a_2xx_that_is_not_json_is_printed_by_rime_api_and_never_retried() {
    let env = Env::bare();
    let h = Hostile::start(|_| raw(200, "text/plain", "pong \u{1b}[2Jok\n", &[]));
    let out = against(&env, &h, "api GET /health").run().ok();
    assert_eq!(out.stdout, "pong \u{1b}[2Jok\n", "piped: the body as sent");
    assert_eq!(h.requests().len(), 1);
    // On a terminal, the same body made inert.
    #[cfg(target_os = "linux")]
    {
        let out = super::terminal::on_a_terminal(&env, &h, "api GET /health");
        assert_eq!(out.code, 0, "{out:?}");
        assert!(out.stdout.contains("pong \\x1b[2Jok"), "{:?}", out.stdout);
        assert!(!out.stdout.contains('\u{1b}'), "{:?}", out.stdout);
        assert_eq!(h.requests().len(), 2);
    }
    // JSON that ends early looks cut short: asked again, then shown as it came.
    let cut = Hostile::start(|_| json(200, r#"{"data": [{"id": "#));
    let out = against(&env, &cut, "api GET /projects --max-retries 1")
        .run()
        .ok();
    assert_eq!(cut.requests().len(), 2);
    out.stderr_has("the server sent invalid JSON; retrying");
    assert_eq!(out.stdout, r#"{"data": [{"id": "#);
    // A list command needs JSON: a whole body that is not JSON is named at once, not re-asked.
    let before = h.requests().len();
    let out = against(&env, &h, "projects list").run().code(1);
    out.stderr_has("invalid JSON body (text/plain, 12 bytes) for GET /projects")
        .stderr_lacks("retrying");
    assert_eq!(h.requests().len(), before + 1);
}

fn rate_limited(retry_after: &'static str) -> Hostile {
    Hostile::start(move |_| {
        raw(
            429,
            "application/json",
            r#"{"error": {"code": "rate_limited", "message": "Slow down."}}"#,
            &[("Retry-After", retry_after)],
        )
    })
}

#[test]
fn retry_after_too_long_stops_at_once_and_now_still_backs_off() {
    let env = Env::bare();
    for (value, wait) in [
        ("123456789012345678901234567890", "more than a day"),
        ("61", "61s"),
    ] {
        let h = rate_limited(value);
        let out = against(&env, &h, "tenant show --max-retries 5")
            .run()
            .code(8);
        assert_eq!(h.requests().len(), 1, "{value}: no retry");
        out.stderr_has(format!(
            "hint: the tenant's rate limit is exhausted and the server asks to wait {wait}, longer than rime waits (60s); try again after that"
        ))
        .stderr_lacks("--max-retries")
        .stderr_lacks("retrying");
    }
    // "Now" (0, or a date in the past) still waits between attempts.
    for value in ["0", "Wed, 21 Oct 2015 07:28:00 GMT"] {
        let h = rate_limited(value);
        let out = against(&env, &h, "tenant show --max-retries 3")
            .run()
            .code(8);
        assert_eq!(h.requests().len(), 4, "{value}");
        let waits: Vec<f64> = out
            .stderr
            .lines()
            .filter_map(|l| l.split("retrying in ").nth(1))
            .map(|w| w.split('s').next().unwrap().parse().unwrap())
            .collect();
        assert_eq!(waits.len(), 3, "{}", out.stderr);
        assert!(waits.iter().all(|w| *w >= 0.1), "{value}: {waits:?}");
        out.stderr_has("hint: the tenant's rate limit is exhausted; wait and try again");
    }
    // A usable wait still names --max-retries.
    let h = rate_limited("1");
    against(&env, &h, "tenant show --max-retries 0")
        .run()
        .code(8)
        .stderr_has("wait 1s, or raise --max-retries");
}

#[test]
fn numbers_out_of_range_are_kept_at_once_and_large_integers_stay_exact() {
    let env = Env::bare();
    // 1e400 is no f64: an object that holds one is shown as sent (all of hostile/numbers.rs),
    // and not asked for five more times as if it had been cut short.
    let h = Hostile::start(|_| json(200, r#"{"id": "prj_1", "x": 1e400}"#));
    let out = against(&env, &h, "projects get prj_1 --max-retries 5 -o json")
        .run()
        .ok();
    assert_eq!(out.stdout, "{\"id\":\"prj_1\",\"x\":1e400}\n");
    out.stderr_lacks("retrying");
    assert_eq!(h.requests().len(), 1);
    // Integers past 2^53 (to 2^64) keep every digit in -o json, ndjson and `rime api`.
    let h = Hostile::start(|_| {
        json(
            200,
            r#"{"data": [{"id": "prj_1", "a": 9007199254740993, "b": -9007199254740993, "c": 18446744073709551615}], "has_more": false}"#,
        )
    });
    let exact = r#""a":9007199254740993,"b":-9007199254740993,"c":18446744073709551615"#;
    for args in [
        "projects list -o json",
        "projects list -o ndjson",
        "api GET /projects",
    ] {
        against(&env, &h, args).run().ok().stdout_has(exact);
    }
    against(&env, &h, "projects list --jq '.[0].a'")
        .run()
        .ok()
        .stdout_has("9007199254740993");
}
