//! Issue 20's local holes: CSV that a terminal or a spreadsheet would run, ambiguous TSV, `rime api`
//! paths the URL parser rewrites, fields that overwrite each other, endless `@file`s, runaway
//! `--jq` filters and out-of-range durations and clock rates — each a clear error or inert output,
//! never a crash.

use serde_json::{Value, json};

use super::server::{Hostile, Req, json as reply_json};
use super::{TOKEN, against};
use crate::common::Env;

/// Items whose text a spreadsheet would run as a formula or a terminal as escape sequences.
fn hostile_items() -> Value {
    json!([
        {"name": "=HYPERLINK(\"http://evil.example\",\"x\")", "n": -5},
        {"name": "@SUM(A1)", "n": 1.5},
        {"name": "+1", "n": 0},
        {"name": "-2+3", "n": -12.5},
        {"name": "\t=1", "n": 2},
        {"name": "\r=1", "n": 3},
        {"name": "evil\u{1b}]0;pwned\u{7}\u{202e}txt\r\nFORGED", "n": 4},
        {"name": "-7", "n": 5},
        {"name": "plain", "n": 6},
    ])
}

/// A server with one list, `GET /things`, of [`hostile_items`].
fn hostile_list() -> Hostile {
    let page = json!({"data": hostile_items(), "has_more": false, "next_cursor": null}).to_string();
    Hostile::start(move |_: &Req| reply_json(200, &page))
}

const LIST: [&str; 6] = ["api", "GET", "/things", "--paginate", "--fields", "name,n"];

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(String::from).collect())
        .collect()
}

#[test]
fn csv_cells_never_start_a_formula_and_json_keeps_the_data() {
    let env = Env::bare();
    let h = hostile_list();
    let mut args = LIST.to_vec();
    args.extend(["-o", "csv"]);
    let out = against(&env, &h, &args).run().ok();
    let rows = csv_rows(&out.stdout);
    let names: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        names,
        [
            "NAME",
            "'=HYPERLINK(\"http://evil.example\",\"x\")",
            "'@SUM(A1)",
            "'+1",
            "'-2+3",
            "'\t=1",
            "'\r=1",
            // Off a terminal CSV keeps the data (quoted); only a leading formula is defused.
            "evil\u{1b}]0;pwned\u{7}\u{202e}txt\r\nFORGED",
            // A plain number is read as that number by a spreadsheet: left alone.
            "-7",
            "plain",
        ]
    );
    let numbers: Vec<&str> = rows.iter().skip(1).map(|r| r[1].as_str()).collect();
    assert_eq!(
        numbers,
        ["-5", "1.5", "0", "-12.5", "2", "3", "4", "5", "6"]
    );

    // The object view's CSV (a header of dotted keys from the server) is guarded too.
    let one = json!({"=cmd|' /C calc'!A0": "@x", "ok": "-1"}).to_string();
    let h1 = Hostile::start(move |_: &Req| reply_json(200, &one));
    let out = against(&env, &h1, ["api", "GET", "/thing", "-o", "csv"])
        .run()
        .ok();
    assert_eq!(
        csv_rows(&out.stdout),
        [vec!["'=cmd|' /C calc'!A0", "ok"], vec!["'@x", "-1"]]
    );

    let mut args = LIST.to_vec();
    args.extend(["-o", "json"]);
    let out = against(&env, &h, &args).run().ok();
    assert_eq!(out.json(), hostile_items(), "JSON keeps the exact data");
}

#[cfg(target_os = "linux")]
#[test]
fn csv_on_a_terminal_shows_server_text_inert() {
    let env = Env::bare();
    let h = hostile_list();
    let mut args = LIST.to_vec();
    args.extend(["-o", "csv"]);
    let out = super::terminal::on_a_terminal(&env, &h, &args);
    assert_eq!(out.code, 0, "{out:?}");
    for evil in [
        "\u{1b}]0;pwned",
        "\u{7}",
        "\u{202e}",
        "\rFORGED",
        "\nFORGED",
    ] {
        assert!(
            !out.stdout.contains(evil),
            "{evil:?} reached the terminal:\n{:?}",
            out.stdout
        );
    }
    assert!(
        out.stdout
            .contains("evil\\x1b]0;pwned\\x07\\u{202e}txt\\r\\nFORGED"),
        "{:?}",
        out.stdout
    );
    assert!(out.stdout.contains("'=HYPERLINK("), "{:?}", out.stdout);
    assert!(out.stdout.contains("'\\t=1"), "{:?}", out.stdout);
}

#[test]
fn tsv_escapes_a_backslash_so_escapes_are_unambiguous() {
    let env = Env::bare();
    let items =
        json!([{"name": "a\nb", "n": 1}, {"name": "a\\nb", "n": 2}, {"name": "C:\\tmp", "n": 3}]);
    let page = json!({"data": items, "has_more": false}).to_string();
    let h = Hostile::start(move |_: &Req| reply_json(200, &page));
    let mut args = LIST.to_vec();
    args.extend(["-o", "table"]);
    let out = against(&env, &h, &args).run().ok();
    assert_eq!(
        out.stdout, "NAME\tN\na\\nb\t1\na\\\\nb\t2\nC:\\\\tmp\t3\n",
        "a newline, a backslash and n, and a Windows path each read back one way"
    );
}

#[test]
fn paths_the_url_parser_would_rewrite_are_refused_before_sending() {
    let env = Env::bare();
    let h = Hostile::start(|_: &Req| reply_json(200, "{}"));
    for (path, why) in [
        ("/projects/.%2e/tenant", "`..` segment"),
        ("/projects/%2e./tenant", "`..` segment"),
        ("/projects/%2E%2E/tenant", "`..` segment"),
        ("/projects/%2e/tenant", "`.` or `..` segment"),
        ("/projects/..\\tenant", "read `\\` as `/`"),
        ("/projects\\..\\tenant", "read `\\` as `/`"),
        ("/projects?a=b#c", "`#` starts a URL fragment"),
        ("/projects/x#y", "`#` starts a URL fragment"),
    ] {
        let out = against(&env, &h, ["api", "GET", path]).run().code(2);
        assert!(out.stderr.contains(why), "{path}: {}", out.stderr);
    }
    assert!(h.requests().is_empty(), "nothing was sent");
    // What stays exactly as typed goes out exactly as typed.
    against(&env, &h, ["api", "GET", "/projects/...?a=b%23c"])
        .run()
        .ok();
    assert_eq!(h.requests()[0].target, "/api/v1/projects/...?a=b%23c");
}

#[test]
fn fields_that_would_overwrite_each_other_are_refused_naming_both() {
    let env = Env::bare();
    let h = Hostile::start(|_: &Req| reply_json(200, "{}"));
    for (flags, want) in [
        (
            vec!["-F", "a.b.c=1", "-F", "a.b=2"],
            "`-F a.b.c=1` and `-F a.b=2` both set `a.b`",
        ),
        (
            vec!["-F", "a=1", "-F", "a.b=2"],
            "`-F a=1` and `-F a.b=2` both set `a.b`",
        ),
        (
            vec!["-f", "name=x", "-F", "name=2"],
            "`-f name=x` and `-F name=2` both set `name`",
        ),
    ] {
        let mut args = vec!["api", "POST", "/things"];
        args.extend(flags);
        let out = against(&env, &h, &args).run().code(2);
        assert!(out.stderr.contains(want), "{}", out.stderr);
    }
    assert!(h.requests().is_empty(), "nothing was sent");
    // Siblings are fine.
    against(
        &env,
        &h,
        [
            "api", "POST", "/things", "-F", "a.b=1", "-F", "a.c=2", "-F", "ab=3",
        ],
    )
    .run()
    .ok();
    let body: Value = serde_json::from_slice(&h.requests()[0].body).unwrap();
    assert_eq!(body, json!({"a": {"b": 1, "c": 2}, "ab": 3}));
}

#[cfg(unix)]
#[test]
fn endless_input_files_are_refused_at_64_mib() {
    let env = Env::bare();
    let h = Hostile::start(|_: &Req| reply_json(200, "{}"));
    for args in [
        vec!["api", "POST", "/things", "-F", "x=@/dev/zero"],
        vec!["api", "POST", "/things", "--input", "/dev/zero"],
    ] {
        let out = against(&env, &h, &args).run().code(2);
        assert!(out.stderr.contains("more than 64 MiB"), "{}", out.stderr);
    }
    assert!(h.requests().is_empty());
}

#[test]
fn runaway_jq_filters_end_with_exit_2_not_a_stack_overflow() {
    let env = Env::bare();
    let deep_parens = format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000));
    let long_parens = format!("{}1{}", "(".repeat(20_000), ")".repeat(20_000));
    for (filter, why) in [
        ("def f: [f]; f", "recursion used more than"),
        ("def f: 1 + f; f", "recursion used more than"),
        (
            "reduce range(200000) as $i (null; [.])",
            "a value nested deeper than 10000 levels",
        ),
        (
            "reduce range(1001) as $i (0; [.])",
            "a result nested deeper than 1000 levels",
        ),
        (&deep_parens, "nested deeper than 256 levels"),
        (&long_parens, "longer than 32 KiB"),
    ] {
        let out = env
            .rime(["format", "--jq", filter])
            .stdin("null")
            .run()
            .code(2);
        assert!(
            out.stderr.starts_with("error: ") && out.stderr.contains(why),
            "{filter:.40}: {}",
            out.stderr
        );
        assert!(!out.stderr.contains("overflow"), "{}", out.stderr);
    }
    // The same on a listing: the filter runs after the pages, still exit 2.
    let h = hostile_list();
    let mut args = LIST[..4].to_vec();
    args.extend(["--jq", "def f: [f]; f"]);
    let out = against(&env, &h, &args).run().code(2);
    assert!(out.stderr.contains("recursion"), "{}", out.stderr);
    // Ordinary filters are unaffected, recursion that ends included.
    let out = env
        .rime([
            "format",
            "--jq",
            "def f: if . >= 100000 then . else .+1 | f end; f",
        ])
        .stdin("0")
        .run()
        .ok();
    assert_eq!(out.stdout, "100000\n");
}

#[test]
fn out_of_range_durations_are_usage_errors() {
    let env = Env::bare();
    let h = Hostile::start(|_: &Req| reply_json(200, "{}"));
    for t in [
        "18446744073709551615s",
        "0s",
        "0",
        "1e400",
        "400d",
        "9999999h",
        "-1s",
    ] {
        let flag = format!("--timeout={t}");
        let out = against(&env, &h, [&flag, "tenant", "show"]).run().code(2);
        assert!(
            out.stderr.contains("invalid timeout"),
            "{t}: {}",
            out.stderr
        );
        let out = against(&env, &h, ["tenant", "show"])
            .env("RIME_TIMEOUT", t)
            .run()
            .code(2);
        assert!(out.stderr.contains("RIME_TIMEOUT"), "{t}: {}", out.stderr);
    }
    assert!(h.requests().is_empty(), "no request was made");
    against(&env, &h, ["--timeout", "500ms", "api", "GET", "/tenant"])
        .env("RIME_TOKEN", TOKEN)
        .run()
        .ok();
}

#[test]
fn out_of_range_clock_rates_are_usage_errors() {
    let env = Env::bare();
    for rate in ["1e30", "inf", "NaN", "-1", "fast"] {
        let flag = format!("--clock-rate={rate}");
        let out = env
            .rime(["sandbox", "serve", "--port", "0", &flag])
            .run()
            .code(2);
        assert!(
            out.stderr.contains("--clock-rate"),
            "{rate}: {}",
            out.stderr
        );
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    }
}
