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
    /// The user declined a confirmation prompt (exit 1).
    #[error("{0}")]
    Cancelled(String),
    /// Ctrl-C (exit 130).
    #[error("interrupted")]
    Interrupted { resume: Option<String> },
    /// A saved plan the project has moved past (exit 6, as a conflict).
    #[error("{message}")]
    Stale { message: String, hint: String },
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

/// What the report decided.
struct Verdict {
    code: u8,
    hint: Option<String>,
    details: Vec<String>,
    request_id: Option<String>,
    quiet: bool,
}

fn classify(err: &anyhow::Error, profile: &str) -> Verdict {
    let mut v = Verdict {
        code: 1,
        hint: None,
        details: Vec::new(),
        request_id: None,
        quiet: false,
    };
    let context_hint = err.downcast_ref::<Hint>().map(|h| h.hint.clone());
    for cause in err.chain() {
        if let Some(api) = cause.downcast_ref::<ApiError>() {
            v.request_id = api.request_id.clone();
            v.details = api
                .details
                .iter()
                .map(|(f, m)| format!("{}: {}", terminal_safe(f), terminal_safe(m)))
                .collect();
            (v.code, v.hint) = match api.status {
                401 => (3, Some(format!("run `rime auth login --profile {profile}` (or check RIME_TOKEN)"))),
                403 => (4, Some("your role or API key does not allow this; ask a tenant admin".into())),
                404 => (5, Some("check the id or name; list commands show what exists".into())),
                409 => (6, None),
                400 | 422 => (7, Some("fix the fields above and try again".into())),
                429 => (8, Some(match api.retry_after {
                    Some(s) => format!("the tenant's rate limit is exhausted; wait {s}s, or raise --max-retries"),
                    None => "the tenant's rate limit is exhausted; wait and try again".into(),
                })),
                _ => (1, Some("the server failed; try again later, and quote the request id if it persists".into())),
            };
            break;
        } else if let Some(h) = cause.downcast_ref::<http::Error>() {
            v.request_id = h.request_id().map(String::from);
            (v.code, v.hint) = http_verdict(h, profile);
            break;
        } else if let Some(c) = cause.downcast_ref::<CliError>() {
            (v.code, v.hint) = match c {
                CliError::Usage(_) => (
                    2,
                    Some("see `rime --help` or `rime <command> --help`".into()),
                ),
                CliError::Config { .. } => (
                    2,
                    Some(
                        "fix or move the file; rime never overwrites a file it cannot read".into(),
                    ),
                ),
                CliError::NotLoggedIn(_) => (
                    3,
                    Some(format!(
                        "run `rime auth login --profile {profile}`, or set RIME_TOKEN"
                    )),
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
                CliError::Interrupted { resume } => (130, resume.clone()),
                CliError::Exit(code) => {
                    v.quiet = true;
                    (*code, None)
                }
            };
            break;
        } else if let Some(o) = cause.downcast_ref::<OutputError>() {
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
        }
    }
    if context_hint.is_some() {
        v.hint = context_hint;
    }
    v
}

/// Exit code and hint for a failure of the funnel, by what failed: only a transport failure is
/// about the network (and a failed certificate check is about trust, not the proxy).
fn http_verdict(e: &http::Error, profile: &str) -> (u8, Option<String>) {
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
            Some(format!(
                "run `rime auth login --profile {profile}`, or set RIME_TOKEN"
            )),
        ),
        E::Trust { .. } => (
            2,
            Some("pass a PEM file of CA certificates with --ca-cert or RIME_CA_BUNDLE".into()),
        ),
        E::Setup(_) => (1, None),
    }
}

/// Prints the error (one line, details, request id, hint) on stderr and returns its exit code.
pub fn report(err: &anyhow::Error, profile: &str, color: bool) -> ExitCode {
    let v = classify(err, profile);
    if v.quiet {
        return ExitCode::from(v.code);
    }
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
    let _ = std::io::stderr().lock().write_all(out.as_bytes());
    ExitCode::from(v.code)
}
