//! Typed errors at the edges and the one `report` that turns any failure into message, hint and exit code.

#![allow(
    clippy::print_stderr,
    reason = "the error module writes the final report"
)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::http::{self, ApiError};
use crate::output::{OutputError, terminal_safe};

#[derive(thiserror::Error, Debug)]
pub enum CliError {
    /// Bad flags or bad local input (exit 2).
    #[error("{0}")]
    Usage(String),
    /// An unreadable or invalid local file (exit 2).
    #[error("{}: {message}", path.display())]
    Config { path: PathBuf, message: String },
    /// Nothing to authenticate with (exit 3).
    #[error("{0}")]
    NotLoggedIn(String),
    /// The profile names no tenant, API URL or sandbox: configuration to give (exit 2).
    #[error("profile `{profile}` has no tenant or API URL")]
    NoEndpoint { profile: String },
    /// The keyring failed, or a stored secret is unreadable (exit 2: local state to fix).
    #[error("{0}")]
    Credential(String),
    /// The network failed after retries (exit 1).
    #[error("{0}")]
    Network(String),
    /// A waited-for run or operation finished unsuccessfully (exit 9).
    #[error("{what}")]
    Failed { what: String, details: Vec<String> },
    /// A named thing that does not exist (exit 5).
    #[error("{message}")]
    NotFound { message: String, hint: String },
    /// Something local stands in the way, and the hint says how to clear it (exit 1).
    #[error("{message}")]
    Blocked { message: String, hint: String },
    /// A destructive action with no one to confirm it and no `--yes` (exit 2).
    #[error("refusing to {0} without confirmation")]
    Unconfirmed(String),
    /// The user declined a confirmation prompt (exit 1).
    #[error("{0}")]
    Cancelled(String),
    /// A saved plan the project has moved past (exit 6, as a conflict).
    #[error("{message}")]
    Stale { message: String, hint: String },
    /// Ctrl-C, SIGTERM or SIGHUP (exit 130, 143, 129).
    #[error("{what}")]
    Interrupted {
        what: &'static str,
        code: u8,
        resume: Option<String>,
        /// Stopped while watching: a normal end, said without `error:`.
        detached: bool,
    },
    /// A deliberate exit code with nothing more to say (e.g. `--detailed-exitcode`).
    #[error("exit {0}")]
    Exit(u8),
}

impl CliError {
    pub fn config(path: &Path, message: impl Into<String>) -> CliError {
        CliError::Config {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }
}

/// Context that carries the next command to try; `report` shows it as the hint.
#[derive(Debug)]
pub struct Hint {
    pub message: String,
    pub hint: String,
}

impl std::fmt::Display for Hint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

pub trait HintExt<T> {
    /// Wraps the error with a message and the hint `report` will print.
    fn hint(self, message: impl Into<String>, hint: impl Into<String>) -> anyhow::Result<T>;
}

impl<T, E: Into<anyhow::Error>> HintExt<T> for Result<T, E> {
    fn hint(self, message: impl Into<String>, hint: impl Into<String>) -> anyhow::Result<T> {
        self.map_err(|e| {
            e.into().context(Hint {
                message: message.into(),
                hint: hint.into(),
            })
        })
    }
}

/// Who the report is for: what it needs to know about this invocation.
#[derive(Debug, Clone, Default)]
pub struct Audience {
    pub profile: String,
    pub color: bool,
    /// `-o json` or `-o ndjson`: the error is also written as one JSON object, the last line.
    pub json: bool,
    /// `--tenant T` or `--api-url U` as given on this command line: a login hint keeps it.
    pub endpoint: Option<String>,
    /// Finds the command as typed up to its first argument (`rime pipelines create`), for help
    /// hints; only called on a usage error (it builds the whole command tree).
    pub command: Option<fn() -> Option<String>>,
    /// The command line as typed, quoted for a shell (to retype with `--yes`).
    pub typed: Option<fn() -> String>,
}

impl Audience {
    /// `rime auth login …` that works for this profile with what was typed.
    fn login(&self) -> String {
        let mut s = "rime auth login".to_string();
        if self.profile != "default" || self.endpoint.is_none() {
            s.push_str(&format!(" --profile {}", self.profile));
        }
        if let Some(e) = &self.endpoint {
            s.push(' ');
            s.push_str(e);
        }
        s
    }
}

/// What the report decided.
struct Verdict {
    code: u8,
    /// A stable word for scripts: the API's error code, or the kind of local failure.
    kind: String,
    status: Option<u16>,
    hint: Option<String>,
    details: Vec<String>,
    request_id: Option<String>,
    quiet: bool,
    /// Said instead of an error when quiet (how to re-attach after Ctrl-C on a watcher).
    note: Option<String>,
}

fn classify(err: &anyhow::Error, who: &Audience) -> Verdict {
    let mut v = Verdict {
        code: 1,
        kind: "error".into(),
        status: None,
        hint: None,
        details: Vec::new(),
        request_id: None,
        quiet: false,
        note: None,
    };
    let context_hint = err.downcast_ref::<Hint>().map(|h| h.hint.clone());
    for cause in err.chain() {
        if let Some(api) = cause.downcast_ref::<ApiError>() {
            v.request_id = api.request_id.clone();
            v.status = Some(api.status);
            v.kind = api
                .code
                .clone()
                .unwrap_or_else(|| format!("http_{}", api.status));
            v.details = api.shown_details();
            (v.code, v.hint) = match api.status {
                401 => (3, Some(format!("run `{}` (or check RIME_TOKEN)", who.login()))),
                403 => (4, Some("your role or API key does not allow this; ask a tenant admin".into())),
                404 => (5, Some("check the id or name; list commands show what exists".into())),
                409 => (6, None),
                400 | 422 => (7, Some("fix the fields above and try again".into())),
                429 => (8, Some(api.rate_limit_hint())),
                _ => (1, Some("the server failed; try again later, and quote the request id if it persists".into())),
            };
            break;
        } else if let Some(h) = cause.downcast_ref::<http::Error>() {
            v.request_id = h.request_id().map(String::from);
            v.kind = http_kind(h).into();
            (v.code, v.hint) = http_verdict(h, who);
            break;
        } else if let Some(c) = cause.downcast_ref::<CliError>() {
            v.kind = cli_kind(c).into();
            (v.code, v.hint) = match c {
                CliError::Usage(_) => (
                    2,
                    Some(match who.command.and_then(|f| f()) {
                        Some(cmd) => format!("see `{cmd} --help`"),
                        None => "see `rime --help`".into(),
                    }),
                ),
                CliError::Unconfirmed(_) => (
                    2,
                    Some(match who.typed.map(|f| f()) {
                        Some(line) => format!("pass --yes to confirm: `{line} --yes`"),
                        None => "pass --yes to confirm".into(),
                    }),
                ),
                CliError::Config { .. } => (
                    2,
                    Some(
                        "fix or move the file; rime never overwrites a file it cannot read".into(),
                    ),
                ),
                CliError::NotLoggedIn(_) => (
                    3,
                    Some(format!("run `{}`, or set RIME_TOKEN", who.login())),
                ),
                CliError::NoEndpoint { profile } => (
                    2,
                    Some(if profile == "default" {
                        "run `rime auth login --tenant NAME` (or `--api-url URL`), or try the local sandbox with `--profile sandbox`".to_string()
                    } else {
                        format!("run `rime auth login --profile {profile} --tenant NAME` (or `--api-url URL`), or try the local sandbox with `--profile sandbox`")
                    }),
                ),
                CliError::Credential(_) => (
                    2,
                    Some(
                        "unlock or start the OS keyring (a Secret Service such as gnome-keyring), set `credential_store = \"file\"` in the profile, or use RIME_TOKEN"
                            .into(),
                    ),
                ),
                CliError::Network(_) => (
                    1,
                    Some("check the API URL, your connection and HTTPS_PROXY/NO_PROXY".into()),
                ),
                CliError::Failed { details, .. } => {
                    v.details = details.clone();
                    (9, None)
                }
                CliError::NotFound { hint, .. } => (5, Some(hint.clone())),
                CliError::Blocked { hint, .. } => (1, Some(hint.clone())),
                CliError::Cancelled(_) => (1, None),
                CliError::Stale { hint, .. } => (6, Some(hint.clone())),
                CliError::Interrupted {
                    code,
                    resume,
                    detached: true,
                    ..
                } => {
                    v.quiet = true;
                    v.note = resume.clone();
                    (*code, None)
                }
                CliError::Interrupted { code, resume, .. } => (*code, resume.clone()),
                CliError::Exit(code) => {
                    v.quiet = true;
                    (*code, None)
                }
            };
            break;
        } else if let Some(o) = cause.downcast_ref::<OutputError>() {
            v.kind = "output".into();
            (v.code, v.hint) = match o {
                OutputError::BrokenPipe => {
                    v.quiet = true;
                    (0, None)
                }
                OutputError::UnknownFields { .. }
                | OutputError::Jq { .. }
                | OutputError::Unsupported(_) => (2, None),
                _ => (1, None),
            };
            break;
        } else if cause.downcast_ref::<clap::Error>().is_some() {
            v.code = 2;
            v.kind = "usage".into();
        }
    }
    if context_hint.is_some() {
        v.hint = context_hint;
    }
    v
}

/// Exit code and hint for a failure of the funnel, by what failed: only a transport failure is
/// about the network (and a failed certificate check is about trust, not the proxy).
fn http_verdict(e: &http::Error, who: &Audience) -> (u8, Option<String>) {
    use http::Error as E;
    match e {
        E::Transport { tls: true, .. } => (
            1,
            Some("the server's certificate is not trusted; if your network inspects TLS, pass its CA with --ca-cert or RIME_CA_BUNDLE".into()),
        ),
        E::Transport { .. } => (
            1,
            Some("check the API URL, your connection and HTTPS_PROXY/NO_PROXY".into()),
        ),
        E::Decode { .. } => (
            1,
            Some("the server did not answer as the Rime API does; check the API URL, and quote the request id if it persists".into()),
        ),
        E::Pagination { .. } => (
            1,
            Some("the server's pagination is broken; --no-paginate or --max-items N fetch what it can, and quote the request id".into()),
        ),
        E::Redirect(_) => (
            1,
            Some("check the tenant or --api-url: the Rime API never redirects".into()),
        ),
        E::SessionEnded(_) => (
            3,
            Some(format!("run `{}`, or set RIME_TOKEN", who.login())),
        ),
        E::Trust { .. } => (
            2,
            Some("pass a PEM file of CA certificates with --ca-cert or RIME_CA_BUNDLE".into()),
        ),
        E::Setup(_) => (1, None),
    }
}

fn http_kind(e: &http::Error) -> &'static str {
    use http::Error as E;
    match e {
        E::Transport { tls: true, .. } => "tls",
        E::Transport { .. } => "network",
        E::Decode { .. } => "bad_response",
        E::Pagination { .. } => "bad_pagination",
        E::Redirect(_) => "redirect",
        E::SessionEnded(_) => "session_ended",
        E::Trust { .. } => "trust",
        E::Setup(_) => "setup",
    }
}

fn cli_kind(c: &CliError) -> &'static str {
    match c {
        CliError::Usage(_) => "usage",
        CliError::Config { .. } => "config",
        CliError::Unconfirmed(_) => "unconfirmed",
        CliError::NotLoggedIn(_) => "not_logged_in",
        CliError::NoEndpoint { .. } => "no_endpoint",
        CliError::Credential(_) => "credential",
        CliError::Network(_) => "network",
        CliError::Failed { .. } => "failed",
        CliError::NotFound { .. } => "not_found",
        CliError::Blocked { .. } => "blocked",
        CliError::Cancelled(_) => "cancelled",
        CliError::Stale { .. } => "stale_plan",
        CliError::Interrupted { .. } => "interrupted",
        CliError::Exit(_) => "exit",
    }
}

/// The error as one JSON object, for scripts that asked for JSON (`-o json`, `-o ndjson`).
fn json_line(message: &str, v: &Verdict) -> String {
    let value = serde_json::json!({"error": {
        "code": v.kind,
        "message": message,
        "details": v.details,
        "status": v.status,
        "request_id": v.request_id,
        "hint": v.hint,
        "exit_code": v.code,
    }});
    format!("{value}\n")
}

/// The JSON line of a command line clap refused (clap has printed its own report above).
pub fn report_usage_json(message: &str, code: u8) {
    let v = Verdict {
        code,
        kind: "usage".into(),
        status: None,
        hint: Some("see `rime --help`".into()),
        details: Vec::new(),
        request_id: None,
        quiet: false,
        note: None,
    };
    let _ = std::io::stderr()
        .lock()
        .write_all(json_line(message, &v).as_bytes());
}

/// Prints the error (one line, details, request id, hint) on stderr and returns its exit code;
/// for `-o json`/`-o ndjson` the same again as one JSON object on the last line.
pub fn report(err: &anyhow::Error, who: &Audience) -> ExitCode {
    let v = classify(err, who);
    if v.quiet {
        if let Some(note) = &v.note {
            let _ = writeln!(std::io::stderr().lock(), "{}", terminal_safe(note));
        }
        return ExitCode::from(v.code);
    }
    let color = who.color;
    let paint = |s: &str, code: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let message = format!("{err:#}");
    let mut out = String::new();
    out.push_str(&format!(
        "{} {}\n",
        paint("error:", "1;31"),
        terminal_safe(&message)
    ));
    // Details and hints may quote the server (a step's error, a resume cursor): inert here too.
    for d in &v.details {
        out.push_str(&format!("  - {}\n", terminal_safe(d)));
    }
    if let Some(id) = &v.request_id {
        out.push_str(&format!("  request id: {}\n", terminal_safe(id)));
    }
    if let Some(h) = &v.hint {
        out.push_str(&format!(
            "{} {}\n",
            paint("hint:", "1;36"),
            terminal_safe(h)
        ));
    }
    if who.json {
        out.push_str(&json_line(&message, &v));
    }
    let _ = std::io::stderr().lock().write_all(out.as_bytes());
    ExitCode::from(v.code)
}
