//! The connection layer: hyper on a TCP listener, with request ids, faults and recording around the router.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use axum::response::IntoResponse;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower::ServiceExt;

use crate::app::App;
use crate::error::ApiError;
use crate::faults::Fault;
use crate::record::Exchange;

/// Returned to hyper to close a connection without answering (injected drops).
#[derive(Debug)]
pub struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}
impl std::error::Error for Dropped {}

/// The address a connection was accepted on; the controls check the `Host` header against its port.
#[derive(Clone, Copy, Debug)]
pub struct LocalAddr(pub SocketAddr);

/// The route template the router matched, carried out to the recorder.
#[derive(Clone)]
pub struct RouteTemplate(pub String);

/// Bodies bigger than this are recorded by length only.
const RECORD_BODY_LIMIT: usize = 1024 * 1024;

pub async fn serve(
    listener: TcpListener,
    app: Arc<App>,
    router: Router,
    mut stop: watch::Receiver<bool>,
) {
    let Ok(local) = listener.local_addr() else {
        return;
    };
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                let app = app.clone();
                let router = router.clone();
                let mut stop = stop.clone();
                tokio::spawn(async move {
                    let svc = hyper::service::service_fn(move |req: Request<Incoming>| {
                        handle(app.clone(), router.clone(), (peer, local), req)
                    });
                    let conn = hyper::server::conn::http1::Builder::new()
                        .keep_alive(true)
                        .serve_connection(TokioIo::new(stream), svc)
                        .with_upgrades();
                    tokio::pin!(conn);
                    tokio::select! {
                        _ = conn.as_mut() => {}
                        _ = stop.changed() => conn.as_mut().graceful_shutdown(),
                    }
                });
            }
            _ = stop.changed() => break,
        }
    }
}

async fn handle(
    app: Arc<App>,
    router: Router,
    (peer, local): (SocketAddr, SocketAddr),
    req: Request<Incoming>,
) -> Result<Response<Body>, Dropped> {
    let request_id = app.ids.request_id();
    let method = req.method().as_str().to_string();
    let path = req.uri().path().to_string();
    let decision = app.faults.decide(&method, &path);
    if decision.delay_ms > 0 {
        tokio::time::sleep(Duration::from_millis(decision.delay_ms)).await;
    }

    let recording = app.recorder.enabled() && !path.starts_with("/_sandbox");
    let mut req = req.map(Body::new);
    req.extensions_mut().insert(ConnectInfo(peer));
    req.extensions_mut().insert(LocalAddr(local));
    let mut exchange = None;
    if recording {
        let (parts, body) = req.into_parts();
        // A large body (an upload) is recorded by its declared length and streams on untouched,
        // so recording never holds it in memory.
        let declared = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|n| *n > RECORD_BODY_LIMIT);
        let (bytes, body) = match declared {
            Some(_) => (axum::body::Bytes::new(), body),
            None => {
                let b = body
                    .collect()
                    .await
                    .map(|b| b.to_bytes())
                    .unwrap_or_default();
                (b.clone(), Body::from(b))
            }
        };
        exchange = Some(Exchange {
            method: method.clone(),
            uri: parts
                .uri
                .path_and_query()
                .map(|p| p.to_string())
                .unwrap_or_default(),
            route: None,
            headers: parts
                .headers
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().to_string(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body: (bytes.len() <= RECORD_BODY_LIMIT)
                .then(|| serde_json::from_slice(&bytes).ok())
                .flatten(),
            body_len: declared.unwrap_or(bytes.len()),
            status: 0,
            response_content_type: None,
            response: None,
            replayed: false,
            fault: decision.fault.map(|f| format!("{f:?}")),
        });
        req = Request::from_parts(parts, body);
    }

    let early = match decision.fault {
        Some(Fault::DropBefore) => return Err(Dropped),
        Some(Fault::RateLimit) => {
            Some(ApiError::rate_limited(decision.retry_after).into_response())
        }
        Some(Fault::Status500) => {
            Some(ApiError::status(StatusCode::INTERNAL_SERVER_ERROR).into_response())
        }
        Some(Fault::Status502) => Some(ApiError::status(StatusCode::BAD_GATEWAY).into_response()),
        Some(Fault::Status503) => {
            let mut r = ApiError::status(StatusCode::SERVICE_UNAVAILABLE).into_response();
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(decision.retry_after));
            Some(r)
        }
        Some(Fault::NonJson) => Some(
            (
                StatusCode::BAD_GATEWAY,
                [(header::CONTENT_TYPE, "text/html")],
                "<html><body><h1>502 Bad Gateway</h1></body></html>",
            )
                .into_response(),
        ),
        _ => None,
    };
    let mut resp = match early {
        Some(r) => r,
        None => match router.oneshot(req).await {
            Ok(r) => r,
            Err(never) => match never {},
        },
    };
    if decision.fault == Some(Fault::DropAfter) {
        // Let the response body finish (the handler's work is done) but never send it.
        let route = resp
            .extensions()
            .get::<RouteTemplate>()
            .map(|r| r.0.clone());
        let status = resp.status().as_u16();
        let _ = resp.into_body().collect().await;
        if let Some(mut ex) = exchange.take() {
            ex.route = route;
            ex.status = status;
            app.recorder.push(ex);
        }
        return Err(Dropped);
    }
    let replayed = resp.headers().contains_key("idempotent-replayed");
    resp.headers_mut().insert(
        "x-request-id",
        HeaderValue::from_str(&request_id).expect("ascii request id"),
    );
    // The server's clock is the simulated one (tokens expire by it), so `Date` follows it too.
    let date = jiff::fmt::rfc2822::DateTimePrinter::new()
        .timestamp_to_rfc9110_string(&app.now())
        .ok()
        .and_then(|d| HeaderValue::from_str(&d).ok());
    if let Some(date) = date {
        resp.headers_mut().insert(header::DATE, date);
    }

    let truncate = decision.fault == Some(Fault::Truncate);
    let switching = resp.status() == StatusCode::SWITCHING_PROTOCOLS;
    if (recording || truncate) && !switching {
        let (mut parts, body) = resp.into_parts();
        let mut bytes = body
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        if let Some(mut ex) = exchange.take() {
            ex.route = parts.extensions.get::<RouteTemplate>().map(|r| r.0.clone());
            ex.status = parts.status.as_u16();
            ex.response_content_type = parts
                .headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(String::from);
            ex.response = serde_json::from_slice(&bytes).ok();
            ex.replayed = replayed;
            app.recorder.push(ex);
        }
        if truncate {
            bytes = bytes.slice(..bytes.len() / 2);
            parts.headers.remove(header::CONTENT_LENGTH);
        }
        resp = Response::from_parts(parts, Body::from(bytes));
    } else if let Some(mut ex) = exchange.take() {
        ex.status = resp.status().as_u16();
        ex.route = resp
            .extensions()
            .get::<RouteTemplate>()
            .map(|r| r.0.clone());
        app.recorder.push(ex);
    }
    Ok(resp)
}

/// Route-layer middleware: copies the matched route template into the response for the recorder.
pub async fn tag_route(
    matched: Option<axum::extract::MatchedPath>,
    req: Request<Body>,
    next: axum::middleware::Next,
) -> Result<Response<Body>, Infallible> {
    let template = matched.map(|m| m.as_str().to_string());
    let mut resp = next.run(req).await;
    if let Some(t) = template {
        resp.extensions_mut().insert(RouteTemplate(t));
    }
    Ok(resp)
}
