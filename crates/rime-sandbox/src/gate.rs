//! The request gate: authenticates, then validates each request against the document before idempotency and the handler.
//
// Order matters: 401 comes before any 400 (an anonymous caller learns nothing about a body), and
// a request the document calls invalid never reaches the idempotency store or a handler. The
// handlers keep their own checks (they also normalise), but what they reject the document must
// say (the generative contract test holds them to it).

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;

use crate::app::App;
use crate::auth::Principal;
use crate::contract::request::{self, Operation};
use crate::error::{ApiError, Detail};

pub async fn layer(
    State(app): State<Arc<App>>,
    matched: Option<MatchedPath>,
    req: Request<Body>,
    next: Next,
) -> Response {
    let op = matched.and_then(|m| Operation::for_route(m.as_str(), req.method().as_str()));
    let Some(op) = op else {
        return next.run(req).await;
    };
    let (mut parts, body) = req.into_parts();
    if op.needs_auth() {
        match Principal::from_request_parts(&mut parts, &app).await {
            Ok(p) => {
                parts.extensions.insert(p);
            }
            Err(e) => return e.into_response(),
        }
    }
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .map(|v| v.as_bytes().to_vec());
    let (bytes, json, body) = if op.json_schema().is_some() {
        let bytes = match read(body).await {
            Ok(b) => b,
            Err(e) => return e.into_response(),
        };
        match crate::body::parse(content_type.as_deref(), &bytes) {
            Ok(json) => (Some(bytes), json, None),
            Err(e) => return e.into_response(),
        }
    } else {
        (None, None, Some(body))
    };
    // A header sent several times reads as one comma-separated list (RFC 9110 §5.3).
    let header = |name: &str| {
        let values: Vec<&str> = parts
            .headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        (!values.is_empty()).then(|| values.join(", "))
    };
    let empty_body = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .is_some_and(|v| v.as_bytes() == b"0")
        || (!parts.headers.contains_key(header::CONTENT_LENGTH)
            && !parts.headers.contains_key(header::TRANSFER_ENCODING));
    let path = parts.uri.path();
    let verdict = request::check(
        &op,
        &request::Request {
            path: path.strip_prefix("/api/v1").unwrap_or(path),
            query: parts.uri.query().unwrap_or(""),
            header: &header,
            body: match &json {
                Some(v) => request::Body::Json(v),
                None if op.json_schema().is_some() || empty_body => request::Body::Absent,
                // Not JSON (an upload): its handler reads it; the gate only asks that it exists.
                None => request::Body::Other,
            },
        },
    );
    if !verdict.is_valid() {
        let details = verdict
            .details
            .into_iter()
            .map(|d| Detail::new(d.field, d.message))
            .collect();
        return ApiError::validation("Request validation failed.", details).into_response();
    }
    let body = match (bytes, json, body) {
        // Handlers read the canonical JSON (whole numbers as integers), not the raw bytes.
        (_, Some(v), _) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Body::from(v.to_string())
        }
        (Some(b), None, _) => Body::from(b),
        (None, None, body) => body.unwrap_or_default(),
    };
    next.run(Request::from_parts(parts, body)).await
}

/// The whole body, at most the JSON limit (413 beyond it).
async fn read(body: Body) -> Result<Bytes, ApiError> {
    let limited = http_body_util::Limited::new(body, crate::body::JSON_LIMIT);
    match limited.collect().await {
        Ok(c) => Ok(c.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => {
            Err(ApiError::status(StatusCode::PAYLOAD_TOO_LARGE))
        }
        Err(e) => Err(ApiError::field(
            "body",
            format!("could not read the request body: {e}"),
        )),
    }
}
