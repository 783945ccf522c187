//! Whole-output snapshots: a command's exit code, stdout and stderr checked together against a
//! committed `snapshots/*.snap` file, with what changes from run to run replaced by placeholders.
//!
//! ```ignore
//! snapshot!(env, "pl get no-such-pipeline");                  // runs `rime pl get no-such-pipeline`
//! snapshot!(env, env.rime("pl run bare").env("X", "1").run()); // any `Out`
//! ```
//!
//! A mismatch or a missing snapshot fails the test; nothing is written unless you ask
//! (`.cargo/config.toml` sets `INSTA_UPDATE=no`). Bless with
//! `INSTA_UPDATE=always cargo test --test cli` and review the diff, or use `cargo insta review`.

use std::sync::LazyLock;

use regex::Regex;

use crate::common::Env;

/// Snapshots a command's whole output: `snapshot!(env, "ARGS")` runs `rime ARGS` (split as
/// [`Argv`](crate::common::Argv) does); `snapshot!(env, out)` takes any
/// [`Out`](crate::common::Out). The snapshot holds the command line, the exit code, stdout and
/// stderr. It is named after the test function (`-2`, `-3` … for later ones in the same test);
/// pass a name first (`snapshot!("bad-yaml", env, …)`) to choose one.
macro_rules! snapshot {
    ($env:expr, $args:literal) => {
        insta::assert_snapshot!($env.rime($args).run().transcript(&$env))
    };
    ($env:expr, $out:expr) => {
        insta::assert_snapshot!($out.transcript(&$env))
    };
    ($name:literal, $env:expr, $args:literal) => {
        insta::assert_snapshot!($name, $env.rime($args).run().transcript(&$env))
    };
    ($name:literal, $env:expr, $out:expr) => {
        insta::assert_snapshot!($name, $out.transcript(&$env))
    };
}

static RULES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        // Loopback ports are picked by the OS.
        (r"(127\.0\.0\.1|localhost|\[::1\]):\d+", "$1:[PORT]"),
        // Request ids come from a counter: how many requests came before depends on retries.
        (r"\breq_[0-9A-Z]{16}\b", "req_[ID]"),
        // Resource ids are ULIDs whose time part follows the simulated clock.
        (r"\b([a-z]+)_[0-9A-HJKMNP-TV-Z]{26}\b", "${1}_[ID]"),
        // Timestamps, and the clock times and ages printed beside them.
        (
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)",
            "[TIME]",
        ),
        // Backoff waits have full jitter.
        (r"retrying in \d+(\.\d+)?(ms|s)\b", "retrying in [WAIT]"),
        // Other temp dirs (tempfile names them `.tmpXXXXXX`).
        (r"(/[^\s/'`]+)*/\.tmp[0-9A-Za-z]{6}", "[TMP]"),
    ]
    .into_iter()
    .map(|(re, with)| (Regex::new(re).expect("a valid rule"), with))
    .collect()
});

/// Replaces this test's temp dir, the sandbox address and everything that varies between runs.
pub fn normalise(text: &str, env: &Env) -> String {
    let mut text = text.to_string();
    let dir = env.dir.path();
    let mut dirs = vec![dir.display().to_string()];
    if let Ok(real) = dir.canonicalize() {
        dirs.insert(0, real.display().to_string());
    }
    for d in dirs {
        text = text.replace(&d, "[TMP]");
    }
    text = text.replace(&env.sb.origin, "http://[SANDBOX]");
    for (re, with) in RULES.iter() {
        text = re.replace_all(&text, *with).into_owned();
    }
    text
}
