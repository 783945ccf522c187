//! SIGTERM (CI cancellation, `timeout`) and SIGHUP (a closed terminal) are handled as Ctrl-C is:
//! a token refresh in flight still stores the rotated tokens, a list prints its resume cursor,
//! and the exit code is 128 + the signal (143, 129).

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use serde_json::{Value, json};

use crate::common::{Env, wait_until};

/// The signals, the exit code each ends rime with, and the first words of its error line.
const STOPS: [(&str, i32, &str); 2] = [
    ("TERM", 143, "error: terminated (SIGTERM)"),
    ("HUP", 129, "error: hung up (SIGHUP)"),
];

fn send(child: &Child, signal: &str) {
    let sent = std::process::Command::new("kill")
        .args([format!("-{signal}"), child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -{signal}");
}

/// Requests that reached the sandbox (counted on arrival, before any injected latency).
fn arrived(env: &Env) -> u64 {
    env.control("GET", "/faults", Value::Null)["stats"]["requests"]
        .as_u64()
        .unwrap()
}

#[test]
fn sigterm_and_sighup_during_a_token_refresh_let_it_store_the_new_tokens() {
    for (signal, code, says) in STOPS {
        let env = Env::new();
        let creds = env.config_dir().join("credentials.toml");
        let creds_before = std::fs::read_to_string(&creds).unwrap();
        // The access token has expired; the server holds the refresh answer for five seconds,
        // having spent the old refresh token on arrival.
        env.sb.advance(3601);
        env.control(
            "PUT",
            "/faults",
            json!({"latency_ms": 5000, "path_prefix": "/api/v1/auth/refresh"}),
        );
        let refreshes = || env.requests("POST", "/api/v1/auth/refresh").len();
        let rejected = || {
            env.exchanges()
                .iter()
                .filter(|e| {
                    e.method == "GET" && e.uri.starts_with("/api/v1/projects") && e.status == 401
                })
                .count()
        };
        let base = arrived(&env);
        let child = env
            .rime("projects list")
            .command()
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        wait_until("the GET is answered 401", || rejected() == 1);
        wait_until("the refresh reaches the server", || {
            arrived(&env) >= base + 2
        });
        assert_eq!(refreshes(), 0, "the refresh is still held at SIG{signal}");
        send(&child, signal);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "SIG{signal}: {stderr}");
        assert!(stderr.starts_with(says), "SIG{signal}: {stderr}");
        env.control("DELETE", "/faults", Value::Null);
        let creds_after = std::fs::read_to_string(&creds).unwrap();
        assert_ne!(
            creds_after, creds_before,
            "SIG{signal}: the rotated tokens were stored"
        );
        assert!(creds_after.parse::<toml_edit::DocumentMut>().is_ok());
        // The session survived: the next command needs no second refresh and no login.
        env.rime("projects list").run().ok();
        assert_eq!(refreshes(), 1, "SIG{signal}");
    }
}

#[test]
fn sigterm_and_sighup_during_a_list_print_a_cursor_that_resumes_exactly() {
    for (signal, code, says) in STOPS {
        let env = Env::new();
        env.control("POST", "/bulk", json!({"kind": "project", "count": 6}));
        let all: Vec<Value> = env.rime("projects list -o ndjson").run().ok().ndjson();
        assert!(all.len() >= 6);
        let slow = |ms: u64| {
            env.control(
                "PUT",
                "/faults",
                json!({"latency_ms": ms, "path_prefix": "/api/v1/projects"}),
            );
        };
        // Page 1 takes a second, page 2 ten minutes: the signal lands while page 2 is in flight.
        slow(1000);
        let base = arrived(&env);
        let mut child = env
            .rime("projects list -o ndjson --page-size 2")
            .command()
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        wait_until("page 1 reaches the server", || arrived(&env) > base);
        slow(600_000);
        assert_eq!(arrived(&env), base + 1, "page 2 was asked for too early");
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut printed = Vec::new();
        for _ in 0..2 {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            printed.push(serde_json::from_str::<Value>(&line).unwrap());
        }
        wait_until("page 2 reaches the server", || arrived(&env) > base + 1);
        send(&child, signal);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "SIG{signal}: {stderr}");
        assert!(stderr.starts_with(says), "SIG{signal}: {stderr}");
        let cursor = stderr
            .split("hint: resume with `--cursor ")
            .nth(1)
            .and_then(|s| s.split('`').next())
            .unwrap_or_else(|| panic!("SIG{signal}: a resume hint: {stderr}"))
            .to_string();
        env.control("DELETE", "/faults", Value::Null);
        let rest = env
            .rime(format!("projects list -o ndjson --cursor {cursor}"))
            .run()
            .ok()
            .ndjson();
        printed.extend(rest);
        assert_eq!(
            printed, all,
            "SIG{signal}: the first page and the resumed rest, once"
        );
    }
}

#[test]
fn the_sandbox_server_shuts_down_gracefully_on_sigterm_and_sighup() {
    for (signal, _, _) in STOPS {
        let env = Env::new();
        let mut child = env
            .rime("sandbox serve --port 0")
            .command()
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut reader = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(line.contains("rime sandbox listening on"), "{line}");
        send(&child, signal);
        let status = child.wait().unwrap();
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut reader, &mut rest).unwrap();
        // The server answers the signal itself: a clean stop, not an abandoned one.
        assert_eq!(status.code(), Some(0), "SIG{signal}: {rest}");
        assert!(!rest.contains("error"), "SIG{signal}: {rest}");
    }
}

#[test]
fn sigterm_and_sighup_end_rime_even_while_it_blocks_reading_stdin() {
    for (signal, code, says) in STOPS {
        let env = Env::new();
        // A token is read from a pipe that never closes: the command is stuck outside its
        // runtime's reach, and only the watchdog can answer.
        let mut child = env
            .rime("auth login --with-token")
            .command()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        // Rime is at the read once its watchdog thread exists and every thread sleeps (the
        // watchdog in its runtime, the main thread in read(2), its only blocking call here).
        let tasks = format!("/proc/{}/task", child.id());
        wait_until("rime blocks on stdin", || {
            let states: Vec<String> = std::fs::read_dir(&tasks)
                .map(|d| {
                    d.flatten()
                        .filter_map(|t| std::fs::read_to_string(t.path().join("stat")).ok())
                        .map(|st| {
                            st.rsplit(')')
                                .next()
                                .unwrap_or("")
                                .split_whitespace()
                                .next()
                                .unwrap_or("")
                                .to_string()
                        })
                        .collect()
                })
                .unwrap_or_default();
            assert!(
                child.try_wait().unwrap().is_none(),
                "rime ended before the signal"
            );
            states.len() >= 2 && states.iter().all(|s| s == "S")
        });
        send(&child, signal);
        wait_until("rime ends on the signal", || {
            child.try_wait().unwrap().is_some()
        });
        let out = child.wait_with_output().unwrap();
        drop(stdin);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "SIG{signal}: {stderr}");
        assert!(stderr.starts_with(says), "SIG{signal}: {stderr}");
    }
}
