//! What a person at a terminal sees: server text made safe, and the typed `yes` before an apply.

use super::{APPLY_ROUTE, infra, run_clock};
use crate::common::{Env, Out};

#[test]
fn server_text_in_the_plan_is_made_terminal_safe() {
    let env = Env::new();
    infra(
        &env,
        [
            "infra",
            "create",
            "--type",
            "snowflake_database",
            "--name",
            "EVIL",
            "--config",
            "comment=hi\u{202e}txt.exe\u{7}",
        ],
    )
    .ok();
    let plan = infra(&env, "infra plan").ok();
    plan.stdout_lacks("\u{202e}").stdout_lacks("\u{7}");
    plan.stdout_has("comment:");
    let coloured = infra(&env, "infra plan --color always").ok();
    coloured
        .stdout_has("\u{1b}[32m+ create snowflake_database EVIL\u{1b}[0m")
        .stdout_has("\u{1b}[33m~ modify snowflake_warehouse TRANSFORM_WH");
    coloured.stdout_lacks("\u{202e}");
    let json = infra(&env, "infra plan -o json").ok().json();
    assert_eq!(
        json["changes"][0]["diff"]["comment"]["to"], "hi\u{202e}txt.exe\u{7}",
        "JSON keeps the exact data"
    );
}

/// Runs rime under `script`, which gives it a pseudo-terminal, and types `answer` at the prompt.
#[cfg(target_os = "linux")]
fn on_a_terminal(env: &Env, args: impl crate::common::Argv, answer: &str, term: &str) -> Out {
    let mut all = vec![crate::common::BIN.to_string()];
    all.extend(args.argv().iter().map(|a| a.to_string_lossy().into_owned()));
    all.extend(["-p".into(), "demo".into(), "--color".into(), "never".into()]);
    // A pseudo-terminal starts 0 columns wide: give it a plausible size.
    let line = format!("stty cols 100 rows 40; {}", all.join(" "));
    let inner = env.rime("").command();
    let mut cmd = std::process::Command::new("script");
    cmd.env_clear()
        .envs(inner.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("TERM", term)
        .args(["-qefc", &line, "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("`script` (util-linux) runs");
    use std::io::Write;
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(format!("{answer}\n").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    Out {
        command: String::new(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

#[cfg(target_os = "linux")]
#[test]
fn on_a_terminal_apply_shows_the_plan_and_needs_yes_typed() {
    let env = Env::new();
    let declined = on_a_terminal(&env, "infra apply", "y", "dumb");
    assert_eq!(declined.code, 1, "{declined:?}");
    declined.stdout_has("~ modify snowflake_warehouse TRANSFORM_WH");
    declined.stdout_has("Type yes to confirm:");
    declined.stdout_has("apply cancelled; nothing was changed");
    assert!(env.requests("POST", APPLY_ROUTE).is_empty());
    // Accepted, and followed with the live view a terminal gets.
    run_clock(&env);
    let accepted = on_a_terminal(&env, "infra apply --wait", "yes", "xterm");
    assert_eq!(accepted.code, 0, "{accepted:?}");
    accepted.stdout_has("succeeded (1/1 done)");
    accepted.stdout_has("TRANSFORM_WH");
    assert_eq!(env.requests("POST", APPLY_ROUTE).len(), 1);
}

#[cfg(target_os = "linux")]
#[test]
fn a_dumb_terminal_gets_progress_lines_instead_of_a_live_view() {
    let env = Env::new();
    run_clock(&env);
    let out = on_a_terminal(&env, "infra drift check --wait", "", "dumb");
    assert_eq!(out.code, 0, "{out:?}");
    out.stdout_has("drift check dck_")
        .stdout_has(": completed (0 drift items found)");
}
