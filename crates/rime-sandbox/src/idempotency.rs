//! `Idempotency-Key` on POST: the first response is replayed for 24 h; other bodies → 422; in flight → 409.
//
// Keys are scoped to the caller the request gate authenticated (its user or API key). An
// operation without authentication (login, refresh, code exchange) has no caller: its keys are
// scoped to the request itself (its body carries the credentials), so two callers never share
// a key and a retry of the same request still replays. Outcomes that are not results — 401,
// 429, 5xx — are never stored: a retry runs again.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use rusqlite::{OptionalExtension, params};

use crate::app::App;
use crate::auth::Principal;
use crate::error::ApiError;
use crate::spool::{self, SpoolError};
use crate::store::sql;

const KEY_MAX: usize = 255;
/// A remembered request: its hash, and once answered its status, headers and body.
type Stored = (String, Option<u16>, Option<String>, Option<Vec<u8>>);
const RETENTION_SECONDS: i64 = 24 * 3600;
/// Bodies up to this size are kept in memory; larger ones (uploads) are spooled to disk.
const IN_MEMORY: usize = 1024 * 1024;
/// Above this a keyed POST is refused (413) before it reaches a handler (uploads allow 100 MiB).
const SPOOL_LIMIT: u64 = 110 * 1024 * 1024;

pub async fn layer(State(app): State<Arc<App>>, req: Request<Body>, next: Next) -> Response {
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let Some(key) = req
        .headers()
        .get("idempotency-key")
        .map(|v| v.as_bytes().to_vec())
    else {
        return next.run(req).await;
    };
    let key = match String::from_utf8(key) {
        Ok(k) if !k.is_empty() && k.len() <= KEY_MAX => k,
        _ => {
            return ApiError::field(
                "Idempotency-Key",
                format!("must be 1 to {KEY_MAX} visible characters"),
            )
            .into_response();
        }
    };
    let principal = req.extensions().get::<Principal>().map(principal_key);
    if declared_length(&req).is_some_and(|n| n > SPOOL_LIMIT) {
        return ApiError::status(StatusCode::PAYLOAD_TOO_LARGE).into_response();
    }
    let (parts, body) = req.into_parts();
    let path = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("");
    // The body is hashed while it is read, and bodies beyond a small size wait in a temp file
    // rather than in memory: an upload of 100 MiB costs disk, not RAM.
    let spooled = match spool::spool(
        body,
        format!("POST {path}\n").as_bytes(),
        IN_MEMORY,
        SPOOL_LIMIT,
    )
    .await
    {
        Ok(s) => s,
        Err(SpoolError::TooLarge) => {
            return ApiError::status(StatusCode::PAYLOAD_TOO_LARGE).into_response();
        }
        Err(SpoolError::Read(e)) => {
            return ApiError::field("body", format!("could not read the request body: {e}"))
                .into_response();
        }
        Err(SpoolError::Io(e)) => {
            return ApiError::internal(format!("could not spool the request body: {e}"))
                .into_response();
        }
    };
    let request_hash = spooled.sha256_hex.clone();
    let principal = principal.unwrap_or_else(|| format!("anonymous:{request_hash}"));
    let now = app.now().as_second();

    let existing = {
        let conn = app.db();
        let _ = conn.execute(
            "DELETE FROM idempotency WHERE created_at < ?",
            params![now - RETENTION_SECONDS],
        );
        let row: Result<Option<Stored>, _> = conn
            .query_row(
                "SELECT request_hash, status, headers, body FROM idempotency WHERE principal = ? AND key = ?",
                params![principal, key],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional();
        match row {
            Err(e) => return sql(e).into_response(),
            Ok(None) => {
                if let Err(e) = conn.execute(
                    "INSERT INTO idempotency (principal, key, request_hash, created_at) VALUES (?, ?, ?, ?)",
                    params![principal, key, request_hash, now],
                ) {
                    return sql(e).into_response();
                }
                None
            }
            Ok(Some(found)) => Some(found),
        }
    };
    if let Some((hash, status, headers, body)) = existing {
        if hash != request_hash {
            return ApiError::unprocessable(
                "This Idempotency-Key was already used with a different request.",
                vec![],
            )
            .into_response();
        }
        let Some(status) = status else {
            return ApiError::conflict("A request with this Idempotency-Key is still in progress.")
                .into_response();
        };
        app.faults
            .replays
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut resp = Response::new(Body::from(body.unwrap_or_default()));
        *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
        restore_headers(resp.headers_mut(), headers.as_deref());
        resp.headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
        return resp;
    }

    let resp = next
        .run(Request::from_parts(parts, spooled.into_body()))
        .await;
    let status = resp.status();
    let (parts, body) = resp.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    {
        let conn = app.db();
        // Server errors, throttling and refused credentials are not outcomes: forget the key so
        // a retry runs again (and a 401 is never replayed to anyone).
        let not_an_outcome = status.is_server_error()
            || status == StatusCode::TOO_MANY_REQUESTS
            || status == StatusCode::UNAUTHORIZED;
        let result = if not_an_outcome {
            conn.execute(
                "DELETE FROM idempotency WHERE principal = ? AND key = ?",
                params![principal, key],
            )
        } else {
            conn.execute(
                "UPDATE idempotency SET status = ?, headers = ?, body = ? WHERE principal = ? AND key = ?",
                params![status.as_u16(), kept_headers(&parts.headers), body.to_vec(), principal, key],
            )
        };
        if let Err(e) = result {
            return sql(e).into_response();
        }
    }
    Response::from_parts(parts, Body::from(body))
}

/// Keys are scoped per caller: the user or API key behind the token (tokens rotate, callers don't).
/// User and API key ids never collide (their prefixes differ).
fn principal_key(p: &Principal) -> String {
    p.actor.id.clone().unwrap_or_default()
}

/// Headers that belong to the exchange, not to the stored response: a replay has its own.
const PER_EXCHANGE: &[&str] = &[
    "date",
    "x-request-id",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "content-length",
    "transfer-encoding",
    "connection",
];

/// The response headers a replay repeats, as JSON `[[name, value], …]`.
fn kept_headers(h: &HeaderMap) -> String {
    let kept: Vec<(&str, &str)> = h
        .iter()
        .filter(|(k, _)| !PER_EXCHANGE.contains(&k.as_str()))
        .filter_map(|(k, v)| Some((k.as_str(), v.to_str().ok()?)))
        .collect();
    serde_json::to_string(&kept).unwrap_or_default()
}

fn restore_headers(h: &mut HeaderMap, stored: Option<&str>) {
    let pairs: Vec<(String, String)> = stored
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    for (k, v) in pairs {
        if let (Ok(k), Ok(v)) = (
            header::HeaderName::from_bytes(k.as_bytes()),
            HeaderValue::from_str(&v),
        ) {
            h.append(k, v);
        }
    }
}

/// The `Content-Length` the client declared, if any.
fn declared_length(req: &Request<Body>) -> Option<u64> {
    req.headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}
