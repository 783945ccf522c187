//! Stopping a running rime with a signal, the one way every Ctrl-C, SIGTERM and SIGHUP test does it.
//!
//! The steps are the same whatever the signal: only the exit code and the error line's first words
//! differ, so each scenario is written once here and its test picks the signals ([`Stop`]).

use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};

use serde_json::{Value, json};

use crate::common::{Env, wait_until};

/// A signal, the exit code it ends rime with, and the first words of rime's error line.
#[derive(Clone, Copy)]
pub struct Stop {
    pub signal: &'static str,
    pub code: i32,
    pub says: &'static str,
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SIG{}", self.signal)
    }
}

pub const CTRL_C: Stop = Stop {
    signal: "INT",
    code: 130,
    says: "error: interrupted",
};
pub const SIGTERM: Stop = Stop {
    signal: "TERM",
    code: 143,
    says: "error: terminated (SIGTERM)",
};
pub const SIGHUP: Stop = Stop {
    signal: "HUP",
    code: 129,
    says: "error: hung up (SIGHUP)",
};

/// `kill -SIGNAL` to the child (`INT`, `TERM`, `HUP`).
pub fn send(child: &Child, signal: &str) {
    let sent = std::process::Command::new("kill")
        .args([format!("-{signal}"), child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -{signal}");
}

/// `rime ARGS` started in `env`, its stdout and stderr piped.
pub fn spawn(env: &Env, args: &str) -> Child {
    env.rime(args)
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Requests that reached the sandbox (counted on arrival, before any injected latency).
pub fn arrived(env: &Env) -> u64 {
    env.control("GET", "/faults", Value::Null)["stats"]["requests"]
        .as_u64()
        .unwrap()
}

/// Stops `projects list` while its second page is in flight: rime exits at once (without waiting
/// the page's ten minutes) with `stop`'s code and line, and the `--cursor` it prints resumes the
/// list exactly (the first page and the rest are the whole list, once).
pub fn stop_a_list_and_resume(env: &Env, stop: Stop) {
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
    // Page 1 takes three seconds on the server, which leaves time to hold page 2 for ten minutes.
    slow(3000);
    let base = arrived(env);
    let mut child = spawn(env, "projects list -o ndjson --page-size 2");
    wait_until("page 1 reaches the server", || arrived(env) > base);
    slow(600_000);
    assert_eq!(
        arrived(env),
        base + 1,
        "{stop}: page 2 was asked for before its ten-minute latency was set"
    );
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut printed = Vec::new();
    for _ in 0..2 {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        printed.push(serde_json::from_str::<Value>(&line).unwrap());
    }
    wait_until("page 2 reaches the server", || arrived(env) > base + 1);
    send(&child, stop.signal);
    // The signal does not wait for the page: rime exits long before the server would answer.
    wait_until("rime exits on the signal", || {
        child.try_wait().unwrap().is_some()
    });
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(stop.code), "{stop}: {stderr}");
    assert!(stderr.starts_with(stop.says), "{stop}: {stderr}");
    let cursor = stderr
        .split("hint: resume with `--cursor ")
        .nth(1)
        .and_then(|s| s.split('`').next())
        .unwrap_or_else(|| panic!("{stop}: a resume hint: {stderr}"))
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
        "{stop}: the first page and the resumed rest are the whole list, once"
    );
}

/// Stops `projects list` while the token refresh it needs is held on the server (which has spent
/// the old refresh token on arrival): the refresh still stores the rotated tokens, and the next
/// command needs neither a second refresh nor a login.
pub fn stop_a_token_refresh(env: &Env, stop: Stop) {
    let creds = env.config_dir().join("credentials.toml");
    let creds_before = std::fs::read_to_string(&creds).unwrap();
    // The access token has expired; the server holds the refresh answer for five seconds.
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
    let base = arrived(env);
    let child = spawn(env, "projects list");
    // The GET was answered 401, and the one request rime sends after it is the refresh.
    wait_until("the GET is answered 401", || rejected() == 1);
    wait_until("the refresh reaches the server", || {
        arrived(env) >= base + 2
    });
    assert_eq!(refreshes(), 0, "{stop}: the refresh is still held");
    send(&child, stop.signal);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(stop.code), "{stop}: {stderr}");
    assert!(stderr.starts_with(stop.says), "{stop}: {stderr}");
    env.control("DELETE", "/faults", Value::Null);
    let creds_after = std::fs::read_to_string(&creds).unwrap();
    assert_ne!(
        creds_after, creds_before,
        "{stop}: the rotated tokens were stored"
    );
    assert!(creds_after.parse::<toml_edit::DocumentMut>().is_ok());
    env.rime("projects list").run().ok();
    assert_eq!(refreshes(), 1, "{stop}: the session survived");
}

/// `rime sandbox serve --port 0` sent `signal` once it listens: the server answers the signal
/// itself (exit 0, no error), a clean stop rather than an abandoned one. Returns its stderr.
pub fn stop_a_served_sandbox(env: &Env, signal: &str) -> String {
    let mut child = env
        .rime("sandbox serve --port 0")
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    while !seen.contains("rime sandbox listening on") {
        assert!(
            stderr.read_line(&mut seen).unwrap() > 0,
            "serve ended: {seen}"
        );
    }
    send(&child, signal);
    let status = child.wait().unwrap();
    stderr.read_to_string(&mut seen).unwrap();
    assert_eq!(status.code(), Some(0), "SIG{signal}: {seen}");
    assert!(!seen.contains("error"), "SIG{signal}: {seen}");
    seen
}
