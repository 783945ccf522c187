//! The new user's tour (issue 16): what got in the way, each pinned against the sandbox — live
//! views and relative times on a pseudo-terminal, hints, fresh configs, JSON errors.

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use rime_sandbox::Options;

use crate::common::{Argv, BIN, Env, Out, assert_has};
use crate::pipelines::{create, file};

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
    out.stdout_lacks("  in ").stdout_lacks("(in ");
    out.stdout_has("(40s ago)").stdout_has("  20s ago");
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

/// Item 4: a fresh config is a configuration error (exit 2) pointing at a login that works and
/// at the sandbox; a failed first login keeps the `--api-url` it was given.
#[test]
fn a_fresh_config_points_at_a_login_that_works() {
    let env = Env::bare();
    std::fs::remove_file(env.config_dir().join("config.toml")).unwrap();
    let out = env.rime("conn list").run().code(2);
    out.stderr_has("error: profile `default` has no tenant or API URL")
        .stderr_has("hint: run `rime auth login --tenant NAME` (or `--api-url URL`), or try the local sandbox with `--profile sandbox`")
        .stderr_lacks("--profile default");
    let url = env.sb.base_url.clone();
    let out = env
        .rime(format!(
            "auth login --api-url {url} --email {} --password-stdin",
            rime_sandbox::ADMIN_EMAIL
        ))
        .stdin("not-the-password")
        .run()
        .code(3);
    out.stderr_has(format!("hint: run `rime auth login --api-url {url}`"));
}

/// Item 5: a cursor that is itself what failed is not offered back as the way to resume.
#[test]
fn a_bogus_cursor_is_not_offered_back() {
    let env = Env::new();
    let out = env.rime("projects list --cursor bogus").run();
    assert_ne!(out.code, 0);
    out.stderr_lacks("--cursor bogus")
        .stderr_has("list again without `--cursor`");
}

/// Item 23: with `-o json` or `-o ndjson` the error's last stderr line is one JSON object.
#[test]
fn json_formats_get_the_error_as_one_json_object_too() {
    let env = Env::new();
    for format in ["json", "ndjson"] {
        let out = env
            .rime(format!("projects get nope -o {format}"))
            .run()
            .code(5);
        out.stderr_has("error: ");
        let last = out.stderr.lines().last().unwrap();
        let v: serde_json::Value = serde_json::from_str(last).expect("one JSON object");
        let e = &v["error"];
        assert_eq!(e["exit_code"], 5, "{v}");
        assert!(e["code"].is_string() && e["message"].is_string(), "{v}");
        assert!(e["hint"].is_string() && e["details"].is_array(), "{v}");
        assert!(
            e.get("status").is_some() && e.get("request_id").is_some(),
            "{v}"
        );
    }
    // An API failure carries its status and request id; a local one its kind.
    let out = env
        .rime("api GET /projects/prj_missing -o json")
        .run()
        .code(5);
    let v: serde_json::Value = serde_json::from_str(out.stderr.lines().last().unwrap()).unwrap();
    assert_eq!(v["error"]["status"], 404);
    assert!(
        v["error"]["request_id"]
            .as_str()
            .is_some_and(|r| !r.is_empty())
    );
    let out = env
        .rime("conn list -o ndjson")
        .env("RIME_PROFILE", "nowhere")
        .run()
        .code(2);
    let v: serde_json::Value = serde_json::from_str(out.stderr.lines().last().unwrap()).unwrap();
    assert_eq!(v["error"]["code"], "no_endpoint");
    assert_eq!(v["error"]["exit_code"], 2);
    // A command line clap refuses, too (its own report first).
    let out = env.rime("projects list --bogus -o json").run().code(2);
    let v: serde_json::Value = serde_json::from_str(out.stderr.lines().last().unwrap()).unwrap();
    assert_eq!(v["error"]["code"], "usage");
    assert!(
        v["error"]["message"].as_str().unwrap().contains("--bogus"),
        "{v}"
    );
    // Without a JSON format, no JSON line.
    let out = env.rime("projects get nope").run().code(5);
    assert!(!out.stderr.contains("{\"error\""), "{}", out.stderr);
}

/// Item 15: hints name the next command for the case at hand.
#[test]
fn hints_name_the_next_command_for_the_case() {
    let env = crate::pipelines::env();
    crate::connectors::create_pg(&env, "orders", "db.internal");
    // The clock stands still: the first sync stays in progress.
    let first = env.rime("conn sync orders -o json").run().ok().json();
    let rid = first["id"].as_str().unwrap().to_string();
    let out = env.rime("conn sync orders").run().code(6);
    out.stderr_has(format!(
        "hint: watch that run with `rime connectors runs watch {rid} --connector orders`"
    ));
    // A refusal without --yes says to pass it, retyping the command.
    let out = env.rime("conn delete orders").run().code(2);
    out.stderr_has("error: refusing to delete")
        .stderr_has("hint: pass --yes to confirm: `rime conn delete orders --yes`");
    // A usage error names the command's own help, not `rime --help`.
    let path = file(&env, "bad.yaml", "name: [unclosed");
    let out = env
        .rime(format!("pl create --from-file {path}"))
        .run()
        .code(2);
    out.stderr_has("hint: see `rime pipelines create --help`")
        .stderr_lacks("<command>");
}

/// Item 15: Ctrl-C on a watcher, or on `rime sandbox serve`, is a normal end: no `error:` line.
#[cfg(unix)]
#[test]
fn ctrl_c_on_a_watcher_or_a_served_sandbox_is_a_normal_end() {
    use crate::common::wait_until;
    use crate::stops::{self, send};
    let env = Env::new();
    let seen = stops::stop_a_served_sandbox(&env, "INT");
    assert!(seen.contains("rime sandbox stopped"), "{seen}");

    // A live alerts watch stopped by Ctrl-C.
    let mut child = env
        .rime("monitoring alerts watch -p demo")
        .command()
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_until("the watch polls the alerts", || {
        !env.requests("GET", "/api/v1/projects/{project_id}/alerts")
            .is_empty()
    });
    send(&child, "INT");
    let status = child.wait().unwrap();
    let mut rest = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut rest)
        .unwrap();
    assert_eq!(status.code(), Some(130), "{rest}");
    assert!(
        rest.contains("stopped watching alerts") && !rest.contains("error:"),
        "{rest}"
    );
}

/// Item 7: `-f` and `--file` are `--from-file` everywhere it exists (`rime api -f` is unchanged).
#[test]
fn file_and_f_read_the_body_like_from_file() {
    let env = crate::pipelines::env();
    let one = file(
        &env,
        "one.yaml",
        "name: by-file\nsteps:\n  a: {type: custom, config: {sql: \"CALL A()\"}}\n",
    );
    let two = file(
        &env,
        "two.yaml",
        "name: by-f\nsteps:\n  a: {type: custom, config: {sql: \"CALL A()\"}}\n",
    );
    let made = env
        .rime(format!("pl create --file {one} -o json"))
        .run()
        .ok()
        .json();
    assert_eq!(made["name"], "by-file");
    let made = env
        .rime(format!("pl create -f {two} -o json"))
        .run()
        .ok()
        .json();
    assert_eq!(made["name"], "by-f");
    let project = file(&env, "p.yaml", "name: Filed\nidentifier: filed\n");
    let made = env
        .rime(format!("projects create -f {project} -o json"))
        .run()
        .ok()
        .json();
    assert_eq!(made["identifier"], "filed");
    // `rime api -f` keeps its meaning: a string field.
    let out = env.rime("api GET /projects -f limit=1").run().ok().json();
    assert_eq!(out["data"].as_array().map(Vec::len), Some(1), "{out}");
}

/// Stops the background sandbox even when the test fails.
struct StopSandbox<'a>(&'a Env);

impl Drop for StopSandbox<'_> {
    fn drop(&mut self) {
        let _ = self.0.rime("sandbox stop").run();
    }
}

/// Item 21: the sandbox notice shows when the sandbox starts, on a terminal, and not again.
/// Item 10: `sandbox start` on a running sandbox says so; `status -o json` lists its logins.
#[cfg(target_os = "linux")]
#[test]
fn the_sandbox_notice_shows_once_when_it_starts_on_a_terminal() {
    let env = Env::bare();
    let _stop = StopSandbox(&env);
    std::fs::remove_file(env.config_dir().join("config.toml")).unwrap();
    let first = on_a_pty(&env, "--profile sandbox projects list", |_| {});
    assert_eq!(first.code, 0, "{first:?}");
    first.stdout_has("started the local sandbox tenant at http://127.0.0.1:");
    let again = on_a_pty(&env, "--profile sandbox projects list", |_| {});
    assert_eq!(again.code, 0, "{again:?}");
    again
        .stdout_has("demo")
        .stdout_lacks("local sandbox tenant");
    // Asked to start a sandbox that runs, rime says so (on a pipe too).
    let out = env.rime("sandbox start").run().ok();
    out.stderr_has("the local sandbox tenant is already running at http://127.0.0.1:");
    let status = env.rime("sandbox status -o json").run().ok().json();
    let logins = status["logins"].as_array().expect("logins is an array");
    assert!(
        logins
            .iter()
            .any(|l| l["email"] == rime_sandbox::ADMIN_EMAIL && l["role"].is_string()),
        "{status}"
    );
    assert!(logins.iter().all(|l| l.get("password").is_none()));
}

/// Item 10: `--color always` colours statuses on a pipe too (`| less -R`); auto never does.
#[test]
fn color_always_is_honoured_when_piped() {
    let env = crate::pipelines::env();
    let plain = env.rime("conn list").run().ok();
    assert!(!plain.stdout.contains('\x1b'), "{}", plain.stdout);
    let coloured = env.rime("conn list --color always").run().ok();
    assert!(
        coloured.stdout.contains("\x1b[32m"),
        "{:?}",
        coloured.stdout
    );
    // The same rows, once the colour is taken out.
    let stripped = regex::Regex::new("\x1b\\[[0-9;]*m")
        .unwrap()
        .replace_all(&coloured.stdout, "")
        .into_owned();
    assert_eq!(stripped, plain.stdout);
}

/// `(setting, value, source)` rows of `profile show -o json` or of `doctor -o json`'s settings.
fn setting_rows(rows: &serde_json::Value, key: &str) -> Vec<(String, String, String)> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
            (s(key), s("value"), s("source"))
        })
        .collect()
}

/// Item 6: `profile show` and `doctor` say the same about the same settings, on a fresh config
/// and a logged-in one; with the sandbox profile, doctor's notice shows once.
#[cfg(target_os = "linux")]
#[test]
fn profile_show_and_doctor_agree() {
    let env = Env::new();
    let compare = |env: &Env, want_token: &str| {
        let shown = env.rime("profile show -o json").run().ok().json();
        let doctor = env.rime("doctor -o json").run();
        let doctor: serde_json::Value = serde_json::from_str(&doctor.stdout).unwrap();
        let shown = setting_rows(&shown, "setting");
        let mut diagnosed = setting_rows(&doctor["settings"], "name");
        // Doctor adds the proxies in use (none here).
        diagnosed.truncate(shown.len());
        assert_eq!(shown, diagnosed);
        let token = shown.iter().find(|r| r.0 == "token").unwrap();
        assert_eq!(token.1, want_token);
        let dir = shown.iter().find(|r| r.0 == "config_dir").unwrap();
        assert_eq!(dir.2, "env RIME_CONFIG_DIR");
    };
    compare(&env, "stored in credentials.toml");
    let fresh = Env::bare();
    std::fs::remove_file(fresh.config_dir().join("config.toml")).unwrap();
    compare(&fresh, "(none)");

    let _stop = StopSandbox(&fresh);
    let out = on_a_pty(&fresh, "--profile sandbox doctor", |_| {});
    assert_eq!(
        out.stdout.matches("local sandbox tenant at").count(),
        1,
        "{}",
        out.stdout
    );
}

/// Item 9: a model of a kind its transformation's methodology does not take is told so first,
/// not that the kind's configuration lacks a key; nothing is sent.
#[test]
fn a_foreign_model_kind_is_the_first_error() {
    let env = Env::new();
    const MODELS: &str = "/api/v1/projects/{project_id}/transformations/{transformation_id}/models";
    let before = env.requests("POST", MODELS).len();
    // A hub (Data Vault) in a Kimball transformation, without the hub's business_key.
    let out = env
        .rime("-p demo tf models create retail_sales --name hub_x --kind hub --source stg_orders")
        .run()
        .code(2);
    out.stderr_has("a kimball transformation takes staging, dimension, fact, mart, hierarchy models, not `hub`")
        .stderr_lacks("business_key");
    assert_eq!(
        env.requests("POST", MODELS).len(),
        before,
        "nothing is sent"
    );
}

/// Item 16: a run that fails for one reason says it once (an unreachable host, every table).
#[test]
fn a_run_failing_for_one_reason_says_it_once() {
    let env = crate::pipelines::env();
    crate::connectors::create_pg(&env, "lost", "unreachable.db.internal");
    let mut child = env
        .rime("conn sync lost --wait")
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    const RUN: &str = "/api/v1/projects/{project_id}/connectors/{connector_id}/runs/{run_id}";
    let deadline = Instant::now() + Duration::from_secs(20);
    while env.requests("GET", RUN).is_empty() {
        assert!(Instant::now() < deadline, "the wait never polled");
        std::thread::sleep(Duration::from_millis(20));
    }
    env.sb.advance(60);
    let status = child.wait().unwrap();
    let mut out = String::new();
    let mut err = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(9), "{err}");
    assert_eq!(
        err.matches("Could not connect to").count(),
        1,
        "said once:\n{err}"
    );
    assert_has(&err, "error: run run_");
    assert_has(
        &err,
        "6 of 6 tables failed: Could not connect to unreachable.db.internal",
    );
    // stdout is data for scripts: every row keeps its error.
    assert_eq!(out.matches("Could not connect to").count(), 6, "{out}");

    // On a terminal the table says it once too, for the run.
    let id = env
        .rime("conn runs list lost --jq '.[0].id'")
        .run()
        .ok()
        .stdout;
    let out = on_a_pty(
        &env,
        format!("conn runs watch {} --color never", id.trim()),
        |_| {},
    );
    assert_eq!(out.code, 9, "{out:?}");
    assert_eq!(
        out.stdout.matches("Could not connect to").count(),
        1,
        "once, in the error; each table points at it:\n{}",
        out.stdout
    );
    out.stdout_has("(the run's error)");
}
