//! The test harness: a fresh sandbox per test, a temp config dir, and the real `rime` binary run with a
//! clean environment; every response the sandbox sent is checked against the OpenAPI document at the end.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use rime_sandbox::{Exchange, Options, Sandbox};
use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_rime");

/// One test's world: a sandbox, a config dir with a `test` profile pointing at it.
pub struct Env {
    pub sb: Sandbox,
    pub dir: tempfile::TempDir,
    /// Extra environment for every command (e.g. `RIME_TOKEN`).
    pub vars: Vec<(String, String)>,
}

/// What a command did.
#[derive(Debug)]
pub struct Out {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
    /// The command line, shell-quoted for reading (empty when the output came some other way).
    pub command: String,
}

impl Out {
    /// Asserts success, showing stderr when it failed.
    #[track_caller]
    pub fn ok(self) -> Out {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Asserts the exit code.
    #[track_caller]
    pub fn code(self, code: i32) -> Out {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// stdout as NDJSON values.
    #[track_caller]
    pub fn ndjson(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| panic!("bad NDJSON line ({e}): {l}"))
            })
            .collect()
    }

    /// Asserts that stderr contains `needle` (a string or a char); a failure shows the whole output.
    #[track_caller]
    pub fn stderr_has(&self, needle: impl fmt::Display) -> &Out {
        let needle = needle.to_string();
        assert!(
            self.stderr.contains(&needle),
            "stderr lacks {needle:?}\n{self}"
        );
        self
    }

    /// Asserts that stderr does not contain `needle`.
    #[track_caller]
    pub fn stderr_lacks(&self, needle: impl fmt::Display) -> &Out {
        let needle = needle.to_string();
        assert!(
            !self.stderr.contains(&needle),
            "stderr has {needle:?}\n{self}"
        );
        self
    }

    /// Asserts that stdout contains `needle`.
    #[track_caller]
    pub fn stdout_has(&self, needle: impl fmt::Display) -> &Out {
        let needle = needle.to_string();
        assert!(
            self.stdout.contains(&needle),
            "stdout lacks {needle:?}\n{self}"
        );
        self
    }

    /// Asserts that stdout does not contain `needle`.
    #[track_caller]
    pub fn stdout_lacks(&self, needle: impl fmt::Display) -> &Out {
        let needle = needle.to_string();
        assert!(
            !self.stdout.contains(&needle),
            "stdout has {needle:?}\n{self}"
        );
        self
    }

    /// The whole output as one text for a snapshot: exit code, stdout and stderr, with what
    /// changes from run to run (temp paths, ports, ids, request ids, times) replaced by
    /// placeholders. Use it through [`snapshot!`](crate::snapshot).
    pub fn transcript(&self, env: &Env) -> String {
        crate::snapshot::normalise(&self.to_string(), env)
    }
}

impl fmt::Display for Out {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.command.is_empty() {
            writeln!(f, "$ rime {}", self.command)?;
        }
        write!(
            f,
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Asserts that `text` (a stderr or stdout captured some other way) contains `needle`.
#[track_caller]
pub fn assert_has(text: &str, needle: impl fmt::Display) {
    let needle = needle.to_string();
    assert!(text.contains(&needle), "lacks {needle:?}:\n{text}");
}

/// Asserts that `text` does not contain `needle`.
#[track_caller]
pub fn assert_lacks(text: &str, needle: impl fmt::Display) {
    let needle = needle.to_string();
    assert!(!text.contains(&needle), "has {needle:?}:\n{text}");
}

/// What `Env::rime` takes: a string split into words like a shell would (`"api POST /projects
/// -f 'name=a b'"`), or a list of arguments passed as they are — the escape hatch for argv with
/// quotes of both kinds, newlines or bytes that are not UTF-8.
///
/// Splitting: words are separated by white space; `'…'` and `"…"` group (the quotes go, adjacent
/// parts join: `--name='a b'` is `--name=a b`, `''` an empty word); there are no backslash
/// escapes, so Windows paths pass through. Values interpolated with `format!` are split too: quote
/// them (`'{name}'`) when they may hold white space. An unbalanced quote panics.
pub trait Argv {
    fn argv(self) -> Vec<OsString>;
}

impl Argv for &str {
    fn argv(self) -> Vec<OsString> {
        split(self).into_iter().map(OsString::from).collect()
    }
}

impl Argv for String {
    fn argv(self) -> Vec<OsString> {
        self.as_str().argv()
    }
}

impl Argv for &String {
    fn argv(self) -> Vec<OsString> {
        self.as_str().argv()
    }
}

impl<S: AsRef<OsStr>> Argv for &[S] {
    fn argv(self) -> Vec<OsString> {
        self.iter().map(|s| s.as_ref().to_os_string()).collect()
    }
}

impl<S: AsRef<OsStr>, const N: usize> Argv for &[S; N] {
    fn argv(self) -> Vec<OsString> {
        self.as_slice().argv()
    }
}

impl<S: AsRef<OsStr>, const N: usize> Argv for [S; N] {
    fn argv(self) -> Vec<OsString> {
        self.as_slice().argv()
    }
}

impl<S: AsRef<OsStr>> Argv for Vec<S> {
    fn argv(self) -> Vec<OsString> {
        self.as_slice().argv()
    }
}

impl<S: AsRef<OsStr>> Argv for &Vec<S> {
    fn argv(self) -> Vec<OsString> {
        self.as_slice().argv()
    }
}

/// An argv as a reader would type it: words with white space, quotes or nothing in them quoted.
pub fn shown(args: &[OsString]) -> String {
    let words: Vec<String> = args
        .iter()
        .map(|a| {
            let a = a.to_string_lossy();
            if !a.is_empty() && !a.contains(|c: char| c.is_whitespace() || c == '\'' || c == '"') {
                a.into_owned()
            } else if a.contains('\'') {
                format!("\"{a}\"")
            } else {
                format!("'{a}'")
            }
        })
        .collect();
    words.join(" ")
}

/// Splits a command line into words (see [`Argv`]).
pub fn split(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some(q) if q == c => break,
                        Some(x) => w.push(x),
                        None => panic!("unbalanced {c} in argv {line:?}"),
                    }
                }
            }
            c if c.is_whitespace() => words.extend(word.take()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

impl Env {
    /// A sandbox and a `test` profile logged in as the seeded admin.
    pub fn new() -> Env {
        let env = Env::bare();
        env.login(rime_sandbox::ADMIN_EMAIL, rime_sandbox::ADMIN_PASSWORD);
        env
    }

    /// A sandbox and a `test` profile that is not logged in.
    pub fn bare() -> Env {
        Env::with_options(Options::for_tests())
    }

    pub fn with_options(opts: Options) -> Env {
        let sb = Sandbox::start(opts).expect("sandbox starts");
        let dir = tempfile::tempdir().expect("temp dir");
        // Tests interpolate temp paths into argv strings, which are split on white space.
        let shown = dir.path().display().to_string();
        assert!(
            !shown.contains(|c: char| c.is_whitespace() || c == '\'' || c == '"'),
            "the temp dir {shown:?} holds white space or quotes: set TMPDIR to a plainer path"
        );
        let config = format!(
            "current_profile = \"test\"\n\n[profiles.test]\napi_url = \"{}\"\ncredential_store = \"file\"\n",
            sb.base_url
        );
        std::fs::create_dir_all(dir.path().join("config")).unwrap();
        std::fs::write(dir.path().join("config/config.toml"), config).unwrap();
        Env {
            sb,
            dir,
            vars: Vec::new(),
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn login(&self, email: &str, password: &str) {
        self.rime(["auth", "login", "--email", email, "--password-stdin"])
            .stdin(password)
            .run()
            .ok();
    }

    /// `rime ARGS` in this world: `env.rime("connectors sync orders-db --wait")` (see [`Argv`]).
    pub fn rime(&self, args: impl Argv) -> Cmd {
        let mut c = Cmd {
            args: args.argv(),
            stdin: None,
            vars: self.vars.clone(),
        };
        c.vars.push((
            "RIME_CONFIG_DIR".into(),
            self.config_dir().display().to_string(),
        ));
        c.vars.push((
            "RIME_DATA_DIR".into(),
            self.dir.path().join("data").display().to_string(),
        ));
        c
    }

    /// The demo project's id.
    pub fn demo(&self) -> &str {
        &self.sb.demo_project_id
    }

    pub fn exchanges(&self) -> Vec<Exchange> {
        self.sb.exchanges()
    }

    /// Requests that reached a route template with a method, e.g. ("POST", "/api/v1/projects").
    pub fn requests(&self, method: &str, route: &str) -> Vec<Exchange> {
        self.exchanges()
            .into_iter()
            .filter(|e| e.method == method && e.route.as_deref() == Some(route))
            .collect()
    }

    /// Calls a `/_sandbox` control directly.
    pub fn control(&self, method: &str, path: &str, body: Value) -> Value {
        control(&self.sb.origin, method, path, body)
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        if let Err(e) = rime_sandbox::contract::validate_all(&self.sb.exchanges()) {
            panic!("a sandbox response broke the OpenAPI contract:\n{e}");
        }
    }
}

/// A `/_sandbox` call over plain HTTP/1.1 (no client library needed for loopback controls).
pub fn control(origin: &str, method: &str, path: &str, body: Value) -> Value {
    use std::io::Read;
    let addr = origin.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).expect("connect to sandbox");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let body = if body.is_null() {
        String::new()
    } else {
        body.to_string()
    };
    write!(
        s,
        "{method} /_sandbox{path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let (head, payload) = resp.split_once("\r\n\r\n").unwrap_or((&resp, ""));
    assert!(
        head.starts_with("HTTP/1.1 2"),
        "control {method} {path} failed: {head}\n{payload}"
    );
    serde_json::from_str(payload).unwrap_or(Value::Null)
}

pub struct Cmd {
    args: Vec<OsString>,
    stdin: Option<Vec<u8>>,
    vars: Vec<(String, String)>,
}

impl Cmd {
    /// Appends more arguments (a string split into words, or a list; see [`Argv`]).
    pub fn args(mut self, more: impl Argv) -> Cmd {
        self.args.extend(more.argv());
        self
    }

    /// Appends one argument as it is, whatever its bytes.
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Cmd {
        self.args.push(arg.as_ref().to_os_string());
        self
    }

    pub fn stdin(mut self, data: impl AsRef<[u8]>) -> Cmd {
        self.stdin = Some(data.as_ref().to_vec());
        self
    }

    pub fn env(mut self, k: &str, v: &str) -> Cmd {
        self.vars.push((k.into(), v.into()));
        self
    }

    pub fn command(&self) -> Command {
        let mut c = Command::new(BIN);
        // A clean environment: no RUST_BACKTRACE, no user config, no real keyring.
        c.env_clear()
            .args(&self.args)
            .envs(self.vars.iter().map(|(k, v)| (k, v)));
        c.env("PATH", std::env::var("PATH").unwrap_or_default());
        c
    }

    pub fn run(self) -> Out {
        let mut c = self.command();
        c.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = c.spawn().expect("rime runs");
        if let Some(data) = self.stdin {
            let mut si = child.stdin.take().unwrap();
            std::thread::spawn(move || {
                let _ = si.write_all(&data);
            });
        }
        let out = child.wait_with_output().expect("rime finishes");
        Out {
            command: shown(&self.args),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            code: out.status.code().unwrap_or(-1),
        }
    }
}

/// Waits for `done` to hold, checking every 10 ms, and fails naming `what` after a generous 30 s:
/// tests wait for observable state, never for a wall-clock limit.
#[track_caller]
pub fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while !done() {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting: {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Every regular file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}
