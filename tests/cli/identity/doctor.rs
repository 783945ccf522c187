//! `rime doctor`: every check passes on a healthy setup; each deliberately broken setting fails
//! its check with exit 9. Also proves the funnel honours HTTPS_PROXY and NO_PROXY.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{Env, assert_has};

pub fn doctor(env: &Env, extra: &[&str], vars: &[(&str, &str)]) -> (i32, Value, String) {
    let mut args = extra.to_vec();
    args.extend(["doctor", "-o", "json"]);
    let mut cmd = env.rime(&args);
    for (k, v) in vars {
        cmd = cmd.env(k, v);
    }
    let out = cmd.run();
    let report = out.json();
    (out.code, report, out.stderr)
}

fn check<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no {name} check in {report:#}"))
}

#[track_caller]
pub fn assert_check(report: &Value, name: &str, status: &str, needle: &str) {
    let c = check(report, name);
    assert_eq!(c["status"], status, "{name}: {c}");
    assert!(
        c["message"].as_str().unwrap().contains(needle),
        "{name} message lacks {needle:?}: {c}"
    );
}

fn dead_url(scheme: &str) -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    format!("{scheme}://{}/api/v1", l.local_addr().unwrap())
}

#[test]
fn a_healthy_setup_passes_every_check() {
    // The sandbox's clock starts at the wall clock here, so no skew warning.
    let env = Env::with_options(rime_sandbox::Options {
        start: None,
        ..rime_sandbox::Options::for_tests()
    });
    env.login(rime_sandbox::ADMIN_EMAIL, rime_sandbox::ADMIN_PASSWORD);
    let started = Instant::now();
    let (code, report, stderr) = doctor(&env, &[], &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(report["ok"], true);
    let names: Vec<&str> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "config",
            "credential_store",
            "keyring",
            "proxy",
            "tls",
            "api",
            "clock",
            "token",
            "rate_limit"
        ]
    );
    for c in report["checks"].as_array().unwrap() {
        assert_eq!(c["status"], "passed", "{c}");
    }
    assert_check(
        &report,
        "credential_store",
        "passed",
        "credentials.toml (mode 600)",
    );
    assert_check(&report, "keyring", "passed", "timeout 3s");
    assert_check(&report, "proxy", "passed", "direct: loopback");
    assert_check(&report, "tls", "passed", "plain HTTP to a loopback host");
    assert_check(&report, "api", "passed", "answered 200 in");
    assert_check(
        &report,
        "token",
        "passed",
        "user admin@sandbox.rime.test (admin)",
    );
    assert_check(&report, "rate_limit", "passed", "of 1200 requests left");
    assert_eq!(
        report["summary"],
        json!({"passed": 9, "warned": 0, "failed": 0})
    );
    let settings = report["settings"].as_array().unwrap();
    assert!(
        settings
            .contains(&json!({"name": "profile", "value": "test", "source": "profile current"}))
    );
    assert!(
        settings.contains(
            &json!({"name": "api_url", "value": env.sb.base_url, "source": "profile test"})
        )
    );
    assert!(
        settings
            .iter()
            .any(|s| s["name"] == "timeout" && s["source"] == "default")
    );

    let table = env.rime("doctor --timeout 5s").run().ok();
    assert!(
        table.stdout.starts_with("SETTING\tVALUE\tSOURCE\n")
            && table.stdout.contains("CHECK\tSTATUS\tDETAIL\n")
            && table.stdout.contains("timeout\t5s\tflag --timeout"),
        "{}",
        table.stdout
    );
    table.stderr_has("all checks passed");
}

#[test]
fn broken_settings_fail_their_check_with_exit_9() {
    let env = Env::new();
    // The test sandbox's clock is frozen at 2026-11-28T09:00Z: a warning, not a failure.
    let (code, report, _) = doctor(&env, &[], &[]);
    assert_eq!(code, 0);
    assert_check(&report, "clock", "warned", "the server's (Date header)");

    let started = Instant::now();
    let url = dead_url("http");
    let (code, report, stderr) = doctor(&env, &["--api-url", &url], &[]);
    assert_eq!(code, 9, "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(15), "bounded");
    assert_eq!(report["ok"], false);
    assert_check(&report, "api", "failed", "is not reachable");
    assert_check(&report, "token", "failed", "not checked");
    assert_has(&stderr, "2 checks failed: api, token");

    let (code, report, _) = doctor(&env, &["--ca-cert", "/nonexistent/ca.pem"], &[]);
    assert_eq!(code, 9);
    assert_check(
        &report,
        "tls",
        "failed",
        "cannot read the CA bundle /nonexistent/ca.pem (from flag --ca-cert)",
    );
    let junk = env.dir.path().join("junk.pem");
    std::fs::write(&junk, "this is not a certificate\n").unwrap();
    let (code, report, _) = doctor(&env, &[], &[("RIME_CA_BUNDLE", junk.to_str().unwrap())]);
    assert_eq!(code, 9);
    assert_check(
        &report,
        "tls",
        "failed",
        "(from env RIME_CA_BUNDLE) holds no PEM certificates",
    );
    // The funnel refuses the same file for real commands.
    env.rime("projects list")
        .env("RIME_CA_BUNDLE", junk.to_str().unwrap())
        .run()
        .code(2)
        .stderr_has("no certificates found in the CA bundle");

    let (code, report, _) = doctor(&Env::bare(), &[], &[]);
    assert_eq!(code, 9);
    assert_check(&report, "token", "failed", "not logged in");

    // Rate-limit headroom comes from the X-RateLimit-* headers of `/me`'s group.
    env.control(
        "PUT",
        "/limits",
        json!({"capacity": 3, "per_second": 0.001}),
    );
    env.rime("api GET /me").run().ok();
    env.rime("api GET /me").run().ok();
    let (code, report, _) = doctor(&env, &[], &[]);
    assert_eq!(code, 9);
    assert_check(
        &report,
        "rate_limit",
        "failed",
        "exhausted: 0 of 3 requests left",
    );
}

/// A stand-in forward proxy: records each connection's request line and refuses it.
fn fake_proxy() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let _ = conn.set_read_timeout(Some(Duration::from_secs(5)));
            let mut buf = [0u8; 4096];
            let n = conn.read(&mut buf).unwrap_or(0);
            let text = String::from_utf8_lossy(&buf[..n]);
            log.lock()
                .unwrap()
                .push(text.lines().next().unwrap_or("").to_string());
            let _ = conn.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        }
    });
    (port, seen)
}

#[test]
fn the_funnel_and_doctor_honour_https_proxy_and_no_proxy() {
    let env = Env::new();
    let (port, seen) = fake_proxy();
    let proxy = format!("http://user:s3cret@127.0.0.1:{port}");
    let remote = ["--api-url", "https://api.rime.invalid/api/v1"];
    let (code, report, _) = doctor(
        &env,
        &remote,
        &[("HTTPS_PROXY", &proxy), ("RIME_TOKEN", "rat_x")],
    );
    assert_eq!(code, 9);
    assert_check(
        &report,
        "proxy",
        "passed",
        &format!("via http://user:****@127.0.0.1:{port}/ (from HTTPS_PROXY)"),
    );
    assert_check(&report, "api", "failed", "not reachable");
    assert!(
        !report.to_string().contains("s3cret"),
        "the proxy password is hidden"
    );
    assert!(
        seen.lock()
            .unwrap()
            .iter()
            .any(|l| l.starts_with("CONNECT api.rime.invalid:443 ")),
        "{:?}",
        seen.lock().unwrap()
    );

    // Real commands go through the proxy too.
    seen.lock().unwrap().clear();
    let mut args = remote.to_vec();
    args.extend(["--max-retries", "0", "tenant", "show"]);
    env.rime(&args)
        .env("HTTPS_PROXY", &proxy)
        .env("RIME_TOKEN", "rat_x")
        .run()
        .code(1);
    assert!(
        seen.lock()
            .unwrap()
            .iter()
            .any(|l| l.starts_with("CONNECT api.rime.invalid:443 "))
    );

    // NO_PROXY sends it direct (and .invalid never resolves).
    seen.lock().unwrap().clear();
    let (_, report, _) = doctor(
        &env,
        &remote,
        &[
            ("HTTPS_PROXY", &proxy),
            ("NO_PROXY", "localhost, rime.invalid"),
            ("RIME_TOKEN", "rat_x"),
        ],
    );
    assert_check(
        &report,
        "proxy",
        "passed",
        "direct: NO_PROXY matches api.rime.invalid",
    );
    assert!(
        seen.lock().unwrap().is_empty(),
        "{:?}",
        seen.lock().unwrap()
    );

    // A loopback API (the sandbox) is never proxied, whatever the environment says.
    let any = format!("http://127.0.0.1:{port}");
    env.rime("projects list")
        .env("HTTP_PROXY", &any)
        .env("ALL_PROXY", &any)
        .run()
        .ok();
    let (code, report, _) = doctor(&env, &[], &[("HTTP_PROXY", &any), ("ALL_PROXY", &any)]);
    assert_eq!(code, 0);
    assert_check(&report, "proxy", "passed", "direct: loopback host");
    assert!(
        seen.lock().unwrap().is_empty(),
        "{:?}",
        seen.lock().unwrap()
    );
    let (_, report, _) = doctor(
        &env,
        &remote,
        &[("HTTPS_PROXY", "ftp://nope"), ("RIME_TOKEN", "rat_x")],
    );
    assert_check(
        &report,
        "proxy",
        "warned",
        "is not a proxy URL rime can use",
    );
}
