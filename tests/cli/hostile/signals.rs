//! SIGTERM (CI cancellation, `timeout`) and SIGHUP (a closed terminal) are handled as Ctrl-C is:
//! a token refresh in flight still stores the rotated tokens, a list prints its resume cursor,
//! and the exit code is 128 + the signal (143, 129).

use std::process::Stdio;

use crate::common::{Env, wait_until};
use crate::stops::{self, SIGHUP, SIGTERM, send};

/// The signals handled as Ctrl-C is.
const STOPS: [stops::Stop; 2] = [SIGTERM, SIGHUP];

#[test]
fn sigterm_and_sighup_during_a_token_refresh_let_it_store_the_new_tokens() {
    for stop in STOPS {
        stops::stop_a_token_refresh(&Env::new(), stop);
    }
}

#[test]
fn sigterm_and_sighup_during_a_list_print_a_cursor_that_resumes_exactly() {
    for stop in STOPS {
        stops::stop_a_list_and_resume(&Env::new(), stop);
    }
}

#[test]
fn the_sandbox_server_shuts_down_gracefully_on_sigterm_and_sighup() {
    for stop in STOPS {
        stops::stop_a_served_sandbox(&Env::new(), stop.signal);
    }
}

#[test]
fn sigterm_and_sighup_end_rime_even_while_it_blocks_reading_stdin() {
    for stops::Stop { signal, code, says } in STOPS {
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
