//! The background sandbox as a process: started with a cleared environment (no token reaches
//! it), one per data directory, replaced rather than orphaned when it stops answering, and
//! `rime sandbox stop` saying what it really did. Linux only: they read `/proc` and send signals.
#![cfg(target_os = "linux")]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::common::Env;

/// Stops the background sandbox even when the test fails.
struct Stop<'a>(&'a Env);

impl Drop for Stop<'_> {
    fn drop(&mut self) {
        let _ = self.0.rime("sandbox stop").run();
    }
}

fn sandbox_dir(env: &Env) -> PathBuf {
    env.dir.path().join("data/sandbox")
}

/// The pid the running sandbox recorded.
fn recorded_pid(env: &Env) -> u32 {
    let text = std::fs::read_to_string(sandbox_dir(env).join("state.json")).unwrap();
    let state: serde_json::Value = serde_json::from_str(&text).unwrap();
    state["pid"].as_u64().unwrap() as u32
}

/// Whether `pid` still runs (a zombie nobody reaped has ended).
fn alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

fn wait_gone(pid: u32) -> bool {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if !alive(pid) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

fn signal(pid: u32, sig: &str) {
    let ok = std::process::Command::new("kill")
        .args([sig, &pid.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill {sig} {pid}");
}

fn start(env: &Env) -> u32 {
    env.rime("sandbox start")
        .run()
        .ok()
        .stderr_has("started the local sandbox tenant");
    recorded_pid(env)
}

#[test]
fn no_secret_or_stray_variable_reaches_the_background_sandbox() {
    let env = Env::bare();
    let _stop = Stop(&env);
    env.rime("--profile sandbox sandbox start")
        .env("RIME_TOKEN", "rat_do_not_leak")
        .env("AWS_SECRET_ACCESS_KEY", "aws_do_not_leak")
        .env("RIME_OUTPUT", "json")
        .run()
        .ok();
    let pid = recorded_pid(&env);
    let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap();
    let vars: Vec<String> = environ
        .split(|b| *b == 0)
        .filter(|v| !v.is_empty())
        .map(|v| String::from_utf8_lossy(v).into_owned())
        .collect();
    let names: Vec<&str> = vars.iter().filter_map(|v| v.split('=').next()).collect();
    assert_eq!(
        names,
        ["RIME_CONFIG_DIR", "RIME_DATA_DIR"],
        "only its directories: {vars:?}"
    );
    assert!(
        !String::from_utf8_lossy(&environ).contains("do_not_leak"),
        "{vars:?}"
    );
    assert!(vars.contains(&format!(
        "RIME_DATA_DIR={}",
        env.dir.path().join("data").display()
    )));
    // Its profile comes by flag, not by environment.
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    let args: Vec<String> = cmdline
        .split(|b| *b == 0)
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect();
    assert!(
        args.windows(2).any(|w| w == ["--profile", "sandbox"]),
        "{args:?}"
    );
}

#[test]
fn a_sandbox_that_stops_answering_is_replaced_not_orphaned() {
    let env = Env::bare();
    let _stop = Stop(&env);
    let first = start(&env);
    // Frozen: it keeps its lock and port but answers nothing.
    signal(first, "-STOP");
    let out = env
        .rime("--profile sandbox projects list -o json")
        .run()
        .ok();
    out.stderr_has(format!(
        "the background sandbox (pid {first}) stopped answering; ended it and starting a new one"
    ));
    assert!(
        out.json()
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "demo")
    );
    let second = recorded_pid(&env);
    assert_ne!(first, second, "a new sandbox, recorded");
    assert!(
        wait_gone(first),
        "the frozen one was ended, not left behind"
    );
    // The record is the truth: stop ends the one that runs, and says which.
    env.rime("sandbox stop")
        .run()
        .ok()
        .stderr_has(format!("stopped the background sandbox (pid {second})"));
    assert!(wait_gone(second));
}

#[test]
fn sandbox_stop_says_what_it_really_did() {
    let env = Env::bare();
    let _stop = Stop(&env);
    env.rime("sandbox stop")
        .run()
        .ok()
        .stderr_has("no background sandbox is running");

    // A leftover record naming some other live process: that process is left alone.
    let mut bystander = std::process::Command::new("sleep")
        .arg("60")
        .spawn()
        .unwrap();
    let dir = sandbox_dir(&env);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("state.json"),
        format!(
            r#"{{"pid": {}, "base_url": "http://127.0.0.1:9/api/v1", "origin": "http://127.0.0.1:9"}}"#,
            bystander.id()
        ),
    )
    .unwrap();
    env.rime("sandbox stop").run().ok().stderr_has(format!(
        "no background sandbox is running (removed the stale record of pid {})",
        bystander.id()
    ));
    assert!(
        alive(bystander.id()),
        "an unrelated process is never signalled"
    );
    assert!(!dir.join("state.json").exists());
    let _ = bystander.kill();
    let _ = bystander.wait();

    // One that stopped answering is killed, and stop says so.
    let pid = start(&env);
    signal(pid, "-STOP");
    env.rime("sandbox stop").run().ok().stderr_has(format!(
        "the background sandbox (pid {pid}) was not answering; killed it"
    ));
    assert!(wait_gone(pid));
    let status = env.rime("sandbox status -o json").run().ok().json();
    assert_eq!(
        (status["running"].clone(), status["answering"].clone()),
        (false.into(), false.into())
    );
}

#[test]
fn a_lock_held_by_something_else_is_refused_with_a_hint() {
    let env = Env::bare();
    let _stop = Stop(&env);
    // This test process holds the sandbox's lock, as a stranger would: it is not a sandbox,
    // so rime must neither signal it nor start a second sandbox beside it.
    let dir = sandbox_dir(&env);
    std::fs::create_dir_all(&dir).unwrap();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join("daemon.lock"))
        .unwrap();
    lock.lock().unwrap();
    std::fs::write(dir.join("daemon.lock"), std::process::id().to_string()).unwrap();
    let me = std::process::id();
    env.rime("--profile sandbox projects list")
        .run()
        .code(1)
        .stderr_has(format!(
            "a background sandbox (pid {me}) holds {} but does not answer, and rime cannot end it (process {me} holds the lock but is not a background sandbox)",
            dir.display()
        ))
        .stderr_has(format!("hint: end process {me} yourself (e.g. `kill {me}`)"));
    assert!(
        !dir.join("state.json").exists(),
        "no second sandbox was started"
    );
    env.rime("sandbox stop")
        .run()
        .code(1)
        .stderr_has(format!("could not stop the background sandbox (pid {me})"));
    let status = env.rime("sandbox status -o json").run().ok();
    assert_eq!(status.json()["running"], true);
    assert_eq!(status.json()["answering"], false);
    status.stderr_has("is running but not answering");

    // Once the lock is free, a sandbox starts, and a second one on the same data is refused.
    drop(lock);
    let pid = start(&env);
    env.rime("sandbox serve --port 0 --background-child --database")
        .arg(dir.join("sandbox.db"))
        .run()
        .code(2)
        .stderr_has(format!(
            "another background sandbox (pid {pid}) already runs on {}",
            dir.display()
        ));
    assert_eq!(
        recorded_pid(&env),
        pid,
        "the running one's record is untouched"
    );
}
