//! The new user's tour (issue 16): what got in the way, each pinned against the sandbox — live
//! views and relative times on a pseudo-terminal, hints, fresh configs, JSON errors.

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use rime_sandbox::Options;

use crate::common::{Argv, BIN, Env, Out};
use crate::pipelines::create;

/// A logged-in sandbox whose frozen clock starts at the wall clock's now, so relative times on a
/// terminal read as a person would see them.
fn env_at_wall_clock() -> Env {
    let mut env = Env::with_options(Options {
        start: Some(jiff::Timestamp::now()),
        ..Options::for_tests()
    });
    env.login(rime_sandbox::ADMIN_EMAIL, rime_sandbox::ADMIN_PASSWORD);
    env.vars.push(("RIME_PROJECT".into(), "demo".into()));
    env
}

/// Runs rime under `script` (util-linux), which gives it a pseudo-terminal 160 columns wide, and
/// calls `meanwhile` every 30 ms until it ends. stdout and stderr both arrive on the terminal.
#[cfg(target_os = "linux")]
pub fn on_a_pty(env: &Env, args: impl Argv, mut meanwhile: impl FnMut(&str)) -> Out {
    let argv = args.argv();
    let mut all = vec![BIN.to_string()];
    all.extend(argv.iter().map(|a| a.to_string_lossy().into_owned()));
    let line = format!("stty cols 160 rows 40; {}", all.join(" "));
    let inner = env.rime("").command();
    let mut child = std::process::Command::new("script")
        .env_clear()
        .envs(inner.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("TERM", "xterm")
        .args(["-qefc", &line, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("`script` (util-linux) runs");
    let stdin = child.stdin.take();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let mut out = child.stdout.take().unwrap();
    let sink = seen.clone();
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "rime did not finish on the pty");
        let so_far = seen.lock().unwrap().clone();
        meanwhile(&so_far);
        std::thread::sleep(Duration::from_millis(30));
    };
    drop(stdin);
    reader.join().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let stdout = seen.lock().unwrap().clone();
    Out {
        command: crate::common::shown(&argv),
        stdout,
        stderr,
        code: status.code().unwrap_or(-1),
    }
}

const TWO_STEPS: &str = r#"
name: tour
steps:
  first: {type: custom, config: {sql: "CALL FIRST()"}}
  second: {type: custom, depends_on: first, config: {sql: "CALL SECOND()"}}
"#;

/// Item 2: after a watch the run's times are past, measured from the moment they are shown.
#[cfg(target_os = "linux")]
#[test]
fn the_summary_after_a_watch_puts_past_times_in_the_past() {
    let env = env_at_wall_clock();
    create(&env, TWO_STEPS);
    let out = on_a_pty(&env, "pl run tour --watch --color never", |_| {
        env.sb.advance(5);
    });
    assert_eq!(out.code, 0, "{out:?}");
    out.stdout_has("succeeded");
    // `in 20s` in a cell, or `(in 40s)` after a timestamp, would put the past in the future.
    out.stdout_lacks("┆ in ").stdout_lacks("(in ");
    out.stdout_has("(40s ago)").stdout_has("┆ 20s ago");
}

/// Item 3: a step's clock on a live view moves every second while nothing new arrives.
#[cfg(target_os = "linux")]
#[test]
fn a_live_view_clock_ticks_between_frames() {
    let env = env_at_wall_clock();
    create(&env, TWO_STEPS);
    let started = Instant::now();
    let mut ticked = false;
    let out = on_a_pty(&env, "pl run tour --watch --color never", |seen| {
        // The clock stands still on the server: only the view's own clock can move it.
        if !ticked && seen.contains("first  running — 2s") {
            ticked = true;
        }
        if ticked || started.elapsed() > Duration::from_secs(20) {
            env.sb.advance(30);
        }
    });
    assert!(
        ticked,
        "the step's clock never reached 2s (exit {})",
        out.code
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stdout_has("second succeeded");
}
