//! The `--debug` trace of each exchange: method, URL, redacted headers and bodies, status,
//! latency and request id, on stderr through the output layer. URLs lose their query secrets.

use std::time::Duration;

use super::redact;
use crate::output::Output;

/// The request side: `> METHOD URL`, the auth header as `[redacted]`, the body redacted.
pub fn request(
    out: &Output,
    method: &str,
    url: &str,
    authenticated: bool,
    idempotency_key: Option<&str>,
    body: Option<String>,
) {
    let mut lines = vec![format!("> {method} {}", redact::redact_url(url))];
    if authenticated {
        lines.push("> authorization: Bearer [redacted]".into());
    }
    if let Some(k) = idempotency_key {
        lines.push(format!("> idempotency-key: {k}"));
    }
    if let Some(b) = body.filter(|b| !b.is_empty()) {
        lines.push(format!("> {b}"));
    }
    out.debug(&lines.join("\n"));
}

/// The response side: `< STATUS Reason in N ms (request id …)` and the body redacted.
pub fn response(
    out: &Output,
    status: u16,
    took: Duration,
    request_id: Option<&str>,
    body: &[u8],
    content_type: Option<&str>,
) {
    let mut line = format!(
        "< {status} {} in {} ms (request id {})",
        super::reason(status),
        took.as_millis(),
        request_id.unwrap_or("none")
    );
    let shown = redact::body_for_trace(body, content_type);
    if !shown.is_empty() {
        line.push_str(&format!("\n< {shown}"));
    }
    out.debug(&line);
}

/// A WebSocket handshake going out.
pub fn upgrade(out: &Output, url: &str, authenticated: bool) {
    out.debug(&format!(
        "> GET {} (WebSocket upgrade){}",
        redact::redact_url(url),
        if authenticated {
            "\n> authorization: Bearer [redacted]"
        } else {
            ""
        }
    ));
}

/// A WebSocket handshake the server refused with an HTTP answer.
pub fn refused_upgrade(out: &Output, status: u16, request_id: Option<&str>, body: &[u8]) {
    out.debug(&format!(
        "< {status} (no upgrade, request id {})\n< {}",
        request_id.unwrap_or("none"),
        redact::body_for_trace(body, Some("application/json"))
    ));
}
