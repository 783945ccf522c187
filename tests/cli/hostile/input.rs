//! Bad user input: every file parser names file, line and column; unknown `--fields` list the valid
//! ones; a bad `--jq` is caught before any request, with its position; Ctrl-C during a list or a
//! wait exits 130 with the resume hint and leaves local files whole.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{Env, assert_has, files_under, wait_until};

#[test]
fn every_file_parser_reports_file_line_and_column() {
    let env = Env::new();
    let dir = env.dir.path().join("inputs");
    std::fs::create_dir_all(&dir).unwrap();
    let file = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let cases: Vec<(Vec<String>, String)> = vec![
        // JSON and YAML bodies (every create and update).
        {
            let f = file(
                "p.json",
                "{\n  \"name\": \"x\",\n  \"identifier\": oops\n}\n",
            );
            (
                vec![
                    "projects".into(),
                    "create".into(),
                    "--from-file".into(),
                    f.clone(),
                ],
                format!("{f}: invalid JSON at line 3, column 17: expected value"),
            )
        },
        {
            let f = file("p.yaml", "name: x\nsettings:\n  drift: [1, 2\n  other: 3\n");
            (
                vec![
                    "projects".into(),
                    "create".into(),
                    "--from-file".into(),
                    f.clone(),
                ],
                format!("{f}: invalid YAML at line 4, column 8: "),
            )
        },
        {
            let f = file("pl.yaml", "name: p\nsteps:\n  a: {type: custom\n");
            (
                vec![
                    "pl".into(),
                    "create".into(),
                    "--from-file".into(),
                    f.clone(),
                    "-p".into(),
                    "demo".into(),
                ],
                format!("{f}: invalid YAML at line 3, column 6: unclosed bracket '{{'"),
            )
        },
        // CSV and NDJSON rows (bulk classification).
        {
            let f = file(
                "c.csv",
                "path,level\nDB.S.T.A,internal\nDB.S.T.B,internal,extra\n",
            );
            (
                vec![
                    "governance".into(),
                    "columns".into(),
                    "classify".into(),
                    "--from-file".into(),
                    f.clone(),
                    "-p".into(),
                    "demo".into(),
                ],
                format!("{f}: line 3, column 1: expected 2 fields, found 3"),
            )
        },
        {
            let f = file(
                "c.ndjson",
                "{\"path\": \"DB.S.T.A\", \"level\": \"internal\"}\n\n{\"path\": \"DB.S.T.B\", \"level\": }\n",
            );
            (
                vec![
                    "governance".into(),
                    "columns".into(),
                    "classify".into(),
                    "--from-file".into(),
                    f.clone(),
                    "-p".into(),
                    "demo".into(),
                ],
                format!("{f}: line 3, column 31: invalid JSON: expected value"),
            )
        },
        // Saved JSON and NDJSON for `rime format`.
        {
            let f = file("saved.ndjson", "{\"a\": 1}\n{\"a\": 2,}\n");
            (
                vec!["format".into(), f.clone()],
                format!("{f}: invalid JSON at line 2, column 9: trailing comma"),
            )
        },
    ];
    for (args, says) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let before = env.exchanges().len();
        let out = env.rime(&args).run().code(2);
        assert!(
            out.stderr.contains(&says),
            "{args:?}\nwant: {says}\ngot: {}",
            out.stderr
        );
        assert!(
            env.exchanges()[before..].iter().all(|e| e.method == "GET"),
            "{args:?}: nothing was written to the server"
        );
    }
}

#[test]
fn unknown_fields_list_the_valid_ones_before_the_list_is_fetched() {
    let env = Env::new();
    // (command, the start of its valid fields, the request it must not make)
    for (args, valid, listing) in [
        (
            vec!["projects", "list"],
            "id, name, identifier, description",
            "/api/v1/projects?",
        ),
        (
            vec!["conn", "list", "-p", "demo"],
            "id, project_id, name, type",
            "/connectors",
        ),
        (vec!["pl", "list", "-p", "demo"], "id, ", "/pipelines"),
        (
            vec!["projects", "get", "demo", "-o", "json"],
            "id, name, identifier",
            "§",
        ),
    ] {
        let mut all = args.clone();
        all.extend(["--fields", "name,nmae,config.host"]);
        let before = env.exchanges().len();
        let out = env.rime(&all).run().code(2);
        assert!(
            out.stderr.contains("error: unknown field")
                && out.stderr.contains(" nmae")
                && out.stderr.contains(&format!("(valid fields: {valid}")),
            "{args:?}: {}",
            out.stderr
        );
        let after = env.exchanges();
        let uris: Vec<&String> = after[before..].iter().map(|e| &e.uri).collect();
        assert!(
            uris.iter().all(|u| !u.contains(listing)),
            "{args:?}: the list was not fetched: {uris:?}"
        );
    }
}

#[test]
fn a_bad_jq_is_reported_at_parse_time_with_its_position() {
    let env = Env::new();
    for (expr, says) in [
        (
            ".[] | select(",
            "invalid --jq expression at 1:14: expected closing parenthesis",
        ),
        (
            ".[] | nosuchfn(1)",
            "invalid --jq expression at 1:7: undefined filter `nosuchfn`",
        ),
        ("map(.name) |\n  .[ ", "invalid --jq expression at 2:"),
    ] {
        let before = env.exchanges().len();
        let out = env.rime("projects list --jq").arg(expr).run().code(2);
        assert!(out.stderr.contains(says), "{expr:?}: {}", out.stderr);
        assert_eq!(env.exchanges().len(), before, "{expr:?}: no request");
        env.rime("projects list")
            .env("RIME_JQ", expr)
            .run()
            .code(2)
            .stderr_has("invalid --jq expression at");
    }
}

/// Every file in the config dir, with its bytes.
fn snapshot(env: &Env) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = files_under(&env.config_dir())
        .into_iter()
        .filter(|p| !p.to_string_lossy().ends_with(".lock"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p.display().to_string(), bytes)
        })
        .collect();
    files.sort();
    files
}

fn interrupt(child: &std::process::Child) {
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
}

#[test]
fn ctrl_c_during_a_list_exits_130_with_a_cursor_that_resumes_exactly() {
    let env = Env::new();
    env.control("POST", "/bulk", json!({"kind": "project", "count": 6}));
    let all: Vec<Value> = env.rime("projects list -o ndjson").run().ok().ndjson();
    assert!(all.len() >= 6);
    let files = snapshot(&env);
    // Page 1 takes three seconds on the server, page 2 ten minutes: Ctrl-C lands while page 2
    // is in flight, and rime must not wait for it.
    let slow = |ms: u64| {
        env.control(
            "PUT",
            "/faults",
            json!({"latency_ms": ms, "path_prefix": "/api/v1/projects"}),
        );
    };
    // Requests that reached the server (counted on arrival, before any latency).
    let arrived = || {
        env.control("GET", "/faults", Value::Null)["stats"]["requests"]
            .as_u64()
            .unwrap()
    };
    slow(3000);
    let base = arrived();
    let mut child = env
        .rime("projects list -o ndjson --page-size 2")
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_until("page 1 reaches the server", || arrived() > base);
    slow(600_000);
    assert_eq!(
        arrived(),
        base + 1,
        "page 2 was asked for before its ten-minute latency was set"
    );
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut printed = Vec::new();
    for _ in 0..2 {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        printed.push(serde_json::from_str::<Value>(&line).unwrap());
    }
    wait_until("page 2 reaches the server", || arrived() > base + 1);
    interrupt(&child);
    // Ctrl-C does not wait for the page: rime exits long before the server would answer.
    wait_until("rime exits after Ctrl-C", || {
        child.try_wait().unwrap().is_some()
    });
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    let cursor = stderr
        .split("hint: resume with `--cursor ")
        .nth(1)
        .and_then(|s| s.split('`').next())
        .unwrap_or_else(|| panic!("a resume hint: {stderr}"))
        .to_string();
    assert!(stderr.starts_with("error: interrupted"), "{stderr}");
    env.control("DELETE", "/faults", Value::Null);
    let rest = env
        .rime(format!("projects list -o ndjson --cursor {cursor}"))
        .run()
        .ok()
        .ndjson();
    printed.extend(rest);
    assert_eq!(
        printed, all,
        "the first pages and the resumed rest are the whole list, once"
    );
    assert_eq!(snapshot(&env), files, "no local file changed");
}

#[test]
fn ctrl_c_during_a_wait_detaches_with_the_reattach_command() {
    let env = Env::new();
    let files = snapshot(&env);
    // The clock stands still: the run never ends by itself.
    let child = env
        .rime("pl run nightly-sales --wait -p demo")
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while env
        .requests(
            "GET",
            "/api/v1/projects/{project_id}/pipelines/{pipeline_id}/runs/{run_id}",
        )
        .is_empty()
    {
        assert!(Instant::now() < deadline, "the wait never polled");
        std::thread::sleep(Duration::from_millis(20));
    }
    interrupt(&child);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    // Ctrl-C on a waiter is a normal end: the re-attach note, no `error:` line.
    assert_has(
        &stderr,
        "\nthe run goes on; re-attach with `rime pipelines runs watch plr_",
    );
    assert!(!stderr.contains("error:"), "{stderr}");
    assert_eq!(snapshot(&env), files);
    // The run goes on, on the server.
    let runs = env
        .rime("pl runs list nightly-sales -p demo -o json")
        .run()
        .ok()
        .json();
    assert_eq!(runs[0]["status"], "running");
}

#[test]
fn ctrl_c_during_a_token_refresh_lets_it_store_the_new_tokens() {
    let env = Env::new();
    let config = std::fs::read(env.config_dir().join("config.toml")).unwrap();
    let creds_before = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    // The access token has expired; the refresh will take five seconds on the server.
    env.sb.advance(3601);
    env.control(
        "PUT",
        "/faults",
        json!({"latency_ms": 5000, "path_prefix": "/api/v1/auth/refresh"}),
    );
    // Requests that reached the server (counted on arrival, before any latency).
    let arrived = || {
        env.control("GET", "/faults", Value::Null)["stats"]["requests"]
            .as_u64()
            .unwrap()
    };
    let refreshes = || env.requests("POST", "/api/v1/auth/refresh").len();
    let rejected = || {
        env.exchanges()
            .iter()
            .filter(|e| {
                e.method == "GET" && e.uri.starts_with("/api/v1/projects") && e.status == 401
            })
            .count()
    };
    let base = arrived();
    let child = env
        .rime("projects list")
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Ctrl-C once the refresh has reached the server (which will spend the old refresh token):
    // the GET was answered 401, and the one request rime sends after it is the refresh.
    wait_until("the GET is answered 401", || rejected() == 1);
    wait_until("the refresh reaches the server", || arrived() >= base + 2);
    assert_eq!(refreshes(), 0, "the refresh is still in flight at Ctrl-C");
    interrupt(&child);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    env.control("DELETE", "/faults", Value::Null);
    let creds_after = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    assert_ne!(creds_after, creds_before, "the rotated tokens were stored");
    assert!(creds_after.parse::<toml_edit::DocumentMut>().is_ok());
    assert_eq!(
        std::fs::read(env.config_dir().join("config.toml")).unwrap(),
        config
    );
    // The session survived: no second refresh, no login needed.
    env.rime("projects list").run().ok();
    assert_eq!(env.requests("POST", "/api/v1/auth/refresh").len(), 1);
}
