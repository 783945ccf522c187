//! No core dump holds a token: rime sets its core limits to zero (and, on Linux, makes itself not
//! dumpable) at start-up, whatever limit the shell gave it.

use std::process::Stdio;

use super::against;
use super::server::{Hostile, Reply};
use crate::common::{Env, wait_until};

#[test]
fn rime_runs_with_core_dumps_disabled_even_when_the_shell_allows_them() {
    let env = Env::new();
    // The request hangs, so the process can be looked at while it holds the token.
    let h = Hostile::start(|_| Reply::Hang);
    let cmd = against(&env, &h, ["projects", "list"]).command();
    // The shell allows core dumps (soft limit raised as far as the hard limit permits).
    let mut sh = std::process::Command::new("sh");
    sh.arg("-c")
        .arg("ulimit -S -c \"$(ulimit -H -c)\" && exec \"$0\" \"$@\"")
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    if let Some(d) = cmd.get_current_dir() {
        sh.current_dir(d);
    }
    let shell_limit = std::process::Command::new("sh")
        .args(["-c", "ulimit -H -c"])
        .output()
        .unwrap();
    let shell_limit = String::from_utf8_lossy(&shell_limit.stdout)
        .trim()
        .to_string();
    let mut child = sh.spawn().unwrap();
    wait_until("rime reaches the server", || !h.requests().is_empty());
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", child.id())).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .expect("a core limit line");
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert_eq!(
        &fields[4..6],
        &["0", "0"],
        "soft and hard core limits (the shell allowed {shell_limit}): {core}"
    );
}
