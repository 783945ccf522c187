//! One attempt of one request: build it on the shared client, send it, and read the answer
//! with a size bound (hostile or broken servers cannot make rime buffer without limit).

use std::time::Instant;

use bytes::Bytes;
use futures_util::StreamExt;
use serde_json::Value;

use super::error::MAX_ERROR_BODY;
use super::types::{Headers, ReqBody, Request, Response};
use super::{Client, redact, trace};

/// Responses larger than this are refused rather than buffered (hostile or broken servers).
pub const MAX_BODY: usize = 64 * 1024 * 1024;
/// Marks a response whose body rime refused to buffer for its size.
pub const TOO_LARGE: &str = "x-rime-body-too-large";
/// Marks a non-2xx response of which only the first [`MAX_ERROR_BODY`] bytes were read.
pub const CUT: &str = "x-rime-error-body-cut";

impl Client {
    pub(super) async fn attempt(
        &self,
        req: &Request,
        url: &str,
        token: Option<&str>,
        idempotency_key: Option<&str>,
    ) -> Result<Response, reqwest::Error> {
        let mut rb = self.http.request(req.method.0.clone(), url);
        if let Some(t) = req.timeout {
            rb = rb.timeout(t);
        }
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        if let Some(k) = idempotency_key {
            rb = rb.header("Idempotency-Key", k);
        }
        for (k, v) in &req.headers {
            rb = rb.header(k.as_str(), v.as_str());
        }
        let debug = self.out.debug_enabled();
        let mut trace_body = None;
        rb = match &req.body {
            ReqBody::None => rb,
            ReqBody::Json(v) => {
                let data = serde_json::to_vec(v).expect("JSON value serialises");
                if debug {
                    trace_body = Some(redact::body_for_trace(&data, Some("application/json")));
                }
                rb.header("Content-Type", "application/json").body(data)
            }
            ReqBody::Bytes { data, content_type } => {
                if debug {
                    trace_body = Some(redact::body_for_trace(data, Some(content_type)));
                }
                rb.header("Content-Type", content_type.as_str())
                    .body(data.clone())
            }
            ReqBody::Stream {
                make,
                content_type,
                length,
            } => {
                if let Some(len) = length {
                    rb = rb.header("Content-Length", *len);
                }
                rb.header("Content-Type", content_type.as_str())
                    .body(reqwest::Body::wrap_stream(make()))
            }
        };
        if debug {
            let method = req.method.as_str();
            trace::request(
                &self.out,
                method,
                url,
                token.is_some(),
                idempotency_key,
                trace_body,
            );
        }
        let started = Instant::now();
        let resp = rb.send().await?;
        let status = resp.status().as_u16();
        let headers = Headers::from_map(resp.headers());
        let request_id = headers.get("x-request-id").map(String::from);
        if let Some(offset) = super::date_offset(&headers) {
            *self.server_offset.lock().expect("offset lock") = Some(offset);
        }
        let success = (200..300).contains(&status);
        if success
            && let Some(len) = resp.content_length()
            && len as usize > MAX_BODY
        {
            return Ok(too_large(status, headers, request_id));
        }
        let mut headers = headers;
        let mut body = Vec::new();
        let mut stream = resp.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk?;
            // An error is told in its first MiB; the rest of a huge one is left unread.
            if !success && body.len() + chunk.len() > MAX_ERROR_BODY {
                body.extend_from_slice(&chunk[..MAX_ERROR_BODY - body.len()]);
                headers.insert(CUT, "1");
                break;
            }
            if body.len() + chunk.len() > MAX_BODY {
                return Ok(too_large(status, headers, request_id));
            }
            body.extend_from_slice(&chunk);
        }
        let body = Bytes::from(body);
        let wants_json = req.expect_json && !body.is_empty();
        let page = (wants_json && req.raw_page)
            .then(|| super::page::raw::split(&body))
            .flatten();
        let json = if wants_json && page.is_none() {
            decode(&body).map(|(value, inexact)| {
                if inexact {
                    self.out.keep_text(&value, body.clone());
                }
                value
            })
        } else {
            None
        };
        if debug {
            let ct = headers.get("content-type");
            trace::response(
                &self.out,
                status,
                started.elapsed(),
                request_id.as_deref(),
                &body,
                ct,
            );
        }
        Ok(Response {
            status,
            headers,
            request_id,
            body,
            json,
            page,
        })
    }
}

/// The body's JSON value, and whether it holds numbers no value holds (`1e400`, integers beyond
/// 2^64): those are shown by their source text in the value, and the body is kept for the output
/// to print as sent. `None` when the body is not JSON at all.
fn decode(body: &[u8]) -> Option<(Value, bool)> {
    use crate::output::raw;
    match serde_json::from_slice::<Value>(body) {
        // Long runs of digits are mostly ids inside strings: checked, not assumed rounded.
        Ok(v) if raw::has_long_digits(body) => {
            let exact = raw::exact_value(body);
            let inexact = exact != v;
            Some((exact, inexact))
        }
        Ok(v) => Some((v, false)),
        // Refused by the parse but valid JSON: a number out of range. Skipping values checks
        // their syntax but not that strings are UTF-8, so that is checked first.
        Err(_) => {
            std::str::from_utf8(body).ok()?;
            serde_json::from_slice::<serde::de::IgnoredAny>(body).ok()?;
            // Nesting the parse refuses is still refused (the skip does not bound it).
            raw::nests_within(body, raw::MAX_DEPTH).then(|| (raw::exact_value(body), true))
        }
    }
}

fn too_large(status: u16, mut headers: Headers, request_id: Option<String>) -> Response {
    headers.insert(TOO_LARGE, "1");
    Response {
        status: if (200..300).contains(&status) {
            502
        } else {
            status
        },
        headers,
        request_id,
        body: Bytes::from(format!(
            "{{\"error\":{{\"code\":\"payload_too_large\",\"message\":\"The response body exceeds {} MiB; rime refused to buffer it.\"}}}}",
            MAX_BODY / 1024 / 1024
        )),
        json: None,
        page: None,
    }
}

/// A transport failure in a few words (the innermost cause, made terminal-safe), and whether
/// it was the TLS handshake.
pub fn describe_transport(e: &reqwest::Error) -> (String, bool) {
    let mut msg = if e.is_connect() {
        "could not connect".to_string()
    } else if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_body() || e.is_decode() {
        "the connection broke while reading the response".to_string()
    } else {
        "the connection failed".to_string()
    };
    let mut tls = false;
    let mut source = std::error::Error::source(e);
    let mut last = None;
    while let Some(s) = source {
        tls |= s.downcast_ref::<rustls::Error>().is_some()
            || s.downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some());
        last = Some(s.to_string());
        source = s.source();
    }
    if let Some(l) = last {
        msg.push_str(&format!(" ({})", crate::output::terminal_safe(&l)));
    }
    (msg, tls)
}

#[cfg(test)]
mod tests {
    use super::decode;
    use serde_json::json;

    #[test]
    fn bodies_decode_with_numbers_no_value_holds_kept_by_their_text() {
        let (v, inexact) =
            decode(br#"{"id":"c_1","huge":1e400,"big":123456789012345678901234567890}"#).unwrap();
        assert!(inexact);
        assert_eq!(
            v,
            json!({"id": "c_1", "huge": "1e400", "big": "123456789012345678901234567890"})
        );
        // Long digits inside strings, or integers a 64-bit one holds: the ordinary value.
        let (v, inexact) =
            decode(br#"{"id":"12345678901234567890123","n":18446744073709551615}"#).unwrap();
        assert!(!inexact);
        assert_eq!(v, json!({"id": "12345678901234567890123", "n": u64::MAX}));
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let deep_huge = format!("{}1e400{}", "[".repeat(100_000), "]".repeat(100_000));
        for not_json in [
            &b"<html>"[..],
            b"{\"a\": \"\xff\", \"n\": 1e400}",
            b"{\"n\": 1e400",
            deep.as_bytes(),
            deep_huge.as_bytes(),
        ] {
            assert!(decode(not_json).is_none());
        }
    }
}
