//! The one HTTP funnel: base URL, auth and refresh, user agent, timeouts, retries, request ids,
//! errors, for REST and WebSocket alike. By job:
//! `client` builds it (with `tls`, the one trust store), `send` retries, `exchange` is one
//! attempt, `trace` the `--debug` lines, `refresh` keeps a session alive under a cross-process
//! lock, `critical` is the stop-signal critical section (Ctrl-C, SIGTERM, SIGHUP), `ws` and `tunnel` the WebSocket, `page`
//! the cursor walk, `multipart` streamed uploads, `pace` the
//! rate-limit pacing of batches, `types` the funnel's own request and response
//! types, `error` what can fail.

mod client;
mod critical;
mod error;
mod exchange;
pub mod multipart;
mod pace;
pub mod page;
mod path;
pub mod redact;
mod refresh;
mod retry;
mod send;
mod tls;
mod trace;
mod tunnel;
mod types;
pub mod ws;

use std::time::Duration;

pub use client::{Auth, Client, ClientConfig, USER_AGENT};
#[cfg(feature = "sandbox")]
pub use critical::StopsItself;
pub use critical::{Stops, in_critical_section, stops_itself, watchdog};
pub use error::{ApiError, Error, TrustProblem};
pub use path::{ApiPath, check_id};
pub use refresh::{REFRESH_MARGIN_SECONDS, credential_from_login, credential_from_response};
pub use retry::{Backoff, human as human_duration};
pub use tls::read_bundle;
pub use types::{Headers, Method, ReqBody, Request, Response, reason};

/// All waits of one call together stay under this.
const RETRY_BUDGET: Duration = Duration::from_secs(120);
/// One wait never exceeds this, whatever `Retry-After` says.
pub const MAX_WAIT: Duration = Duration::from_secs(60);

/// The server's clock minus ours, in seconds, from a `Date` header (RFC 9110 IMF-fixdate).
pub fn date_offset(headers: &Headers) -> Option<i64> {
    let raw = headers.get("date")?;
    let server = jiff::fmt::rfc2822::parse(raw.trim()).ok()?.timestamp();
    Some(server.as_second() - jiff::Timestamp::now().as_second())
}

fn encode_query(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
