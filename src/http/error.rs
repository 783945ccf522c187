//! The funnel's errors: `ApiError` for an answer that is the API's own error envelope (or any
//! other non-2xx), `Error` for everything else that can go wrong between rime and the server.

use std::path::PathBuf;

use serde_json::Value;

use crate::output::terminal_safe;

/// Why a call failed without a non-2xx answer. `report` gives each its exit code and hint.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Connecting, TLS, or the connection failed, after every retry the policy allowed.
    #[error("{method} {path} failed after {attempts} attempt(s) in {secs:.1}s: {why}")]
    Transport {
        method: String,
        path: String,
        attempts: u32,
        secs: f64,
        why: String,
        /// The TLS handshake (the certificate) is what failed.
        tls: bool,
    },
    /// A 2xx answer whose body is not what the API sends (not JSON, or missing what it must hold).
    #[error("{message}")]
    Decode {
        message: String,
        request_id: Option<String>,
    },
    /// A list answer that is not a page, or a walk that would never end.
    #[error("the list response of {path} {why}")]
    Pagination {
        path: String,
        why: String,
        request_id: Option<String>,
    },
    /// The server answered with a redirect, which the funnel never follows.
    #[error("{0}")]
    Redirect(String),
    /// The stored session cannot be used any more (the refresh was refused, or a logout happened).
    #[error("{0}")]
    SessionEnded(String),
    /// The extra CA certificates cannot be used.
    #[error("{}: {problem}", path.display())]
    Trust {
        path: PathBuf,
        problem: TrustProblem,
    },
    /// The client could not be set up (TLS initialisation, a base URL that is not a URL).
    #[error("{0}")]
    Setup(String),
}

/// What is wrong with a CA bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrustProblem {
    Unreadable(String),
    NotPem(String),
    Empty,
}

impl std::fmt::Display for TrustProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TrustProblem::Unreadable(e) => write!(f, "cannot read CA bundle: {e}"),
            TrustProblem::NotPem(e) => write!(f, "not a PEM certificate bundle: {e}"),
            TrustProblem::Empty => f.write_str("no certificates found in the CA bundle"),
        }
    }
}

impl Error {
    /// The request id of the answer this error is about, when the message does not already
    /// name it.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Pagination { request_id, .. } => request_id.as_deref(),
            Error::Decode {
                message,
                request_id,
            } if !message.contains("request id") => request_id.as_deref(),
            _ => None,
        }
    }
}

/// A non-2xx answer from the API.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub code: Option<String>,
    pub message: String,
    /// `(field, message)` from validation errors.
    pub details: Vec<(String, String)>,
    pub request_id: Option<String>,
    pub retry_after: Option<u64>,
}

/// The most of a server's error message the one error line shows, in characters.
pub const SHOWN_MESSAGE_CHARS: usize = 1000;
/// The most validation details shown, and the most characters of each part of one.
pub const SHOWN_DETAILS: usize = 20;
const SHOWN_DETAIL_CHARS: usize = 200;
/// Non-2xx bodies are read up to this; the rest is left unread (an error envelope is small).
pub const MAX_ERROR_BODY: usize = 1024 * 1024;

/// `s` cut to `max` characters, saying how many were left out.
fn cut(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => s.into(),
        Some((at, _)) => format!(
            "{}… ({} more characters not shown)",
            &s[..at],
            s[at..].chars().count()
        )
        .into(),
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = reason(self.status);
        let message = cut(&self.message, SHOWN_MESSAGE_CHARS);
        match &self.code {
            Some(code) => write!(
                f,
                "{message} ({} {reason}, {})",
                self.status,
                cut(code, SHOWN_DETAIL_CHARS)
            ),
            None => write!(f, "{message} ({} {reason})", self.status),
        }
    }
}

impl std::error::Error for ApiError {}

use super::reason;

impl ApiError {
    /// The details as the error report lists them: at most [`SHOWN_DETAILS`], each cut to a
    /// line's worth, terminal-safe, and a last line saying how many were left out.
    pub fn shown_details(&self) -> Vec<String> {
        let mut shown: Vec<String> = self
            .details
            .iter()
            .take(SHOWN_DETAILS)
            .map(|(f, m)| {
                format!(
                    "{}: {}",
                    terminal_safe(&cut(f, SHOWN_DETAIL_CHARS)),
                    terminal_safe(&cut(m, SHOWN_DETAIL_CHARS))
                )
            })
            .collect();
        if self.details.len() > SHOWN_DETAILS {
            shown.push(format!(
                "… and {} more details not shown",
                self.details.len() - SHOWN_DETAILS
            ));
        }
        shown
    }

    /// The hint after a 429: a wait rime would not make on its own cannot be helped by more
    /// retries, so only a wait it would make mentions --max-retries.
    pub fn rate_limit_hint(&self) -> String {
        let exhausted = "the tenant's rate limit is exhausted";
        match self.retry_after {
            Some(s) if s > super::MAX_WAIT.as_secs() => {
                let wait = if s > 86_400 {
                    "more than a day".to_string()
                } else {
                    format!("{s}s")
                };
                format!(
                    "{exhausted} and the server asks to wait {wait}, longer than rime waits ({}s); try again after that",
                    super::MAX_WAIT.as_secs()
                )
            }
            Some(s) if s > 0 => format!("{exhausted}; wait {s}s, or raise --max-retries"),
            _ => format!("{exhausted}; wait and try again"),
        }
    }

    pub fn decode(
        status: u16,
        body: &[u8],
        request_id: Option<String>,
        retry_after: Option<u64>,
        method: &str,
        path: &str,
    ) -> ApiError {
        let mut e = ApiError {
            status,
            code: None,
            message: String::new(),
            details: Vec::new(),
            request_id,
            retry_after,
        };
        let parsed: Option<Value> = serde_json::from_slice(body).ok();
        match parsed
            .as_ref()
            .and_then(|v| v.get("error"))
            .filter(|e| e.is_object())
        {
            Some(err) => {
                e.code = err.get("code").and_then(Value::as_str).map(String::from);
                e.message = err
                    .get("message")
                    .and_then(Value::as_str)
                    .map(String::from)
                    .unwrap_or_else(|| format!("{method} {path} failed"));
                if let Some(Value::Array(details)) = err.get("details") {
                    e.details = details
                        .iter()
                        .map(|d| {
                            let field = d.get("field").and_then(Value::as_str).unwrap_or("?");
                            let msg = d
                                .get("message")
                                .and_then(Value::as_str)
                                .unwrap_or("invalid");
                            (field.to_string(), msg.to_string())
                        })
                        .collect();
                }
            }
            None => {
                // Not the contract's envelope (a proxy page, a truncated body): keep a short snippet.
                let text = String::from_utf8_lossy(body);
                let snippet: String = text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .chars()
                    .take(120)
                    .collect();
                e.message = if snippet.is_empty() {
                    format!("{method} {path} failed with an empty body")
                } else {
                    format!("{method} {path} failed: {}", terminal_safe(&snippet))
                };
            }
        }
        e
    }
}
