//! WebSocket connections to the API, made by the same client as REST calls: the same origin,
//! bearer token (refreshed once on 401), trust store, proxy route (an HTTP CONNECT tunnel), user
//! agent and `--debug` trace; errors before the upgrade decoded like any other API error. Frames
//! reach commands as this module's own types.

use std::time::Duration;

use futures_util::StreamExt;
use serde_json::Value;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{self, http::HeaderValue};

use super::tunnel::{self, Io, OpenError};
use super::{ApiError, ApiPath, Client, Headers, USER_AGENT, encode_query, trace};

/// Why a WebSocket could not be opened.
#[derive(Debug)]
pub enum WsError {
    /// The server answered the handshake with an HTTP error (decoded envelope).
    Api(ApiError),
    /// The server answered, but not with an upgrade (a proxy, a refusing server).
    NoUpgrade(String),
    /// Connecting, TLS or the handshake failed or timed out.
    Transport(String),
}

impl std::fmt::Display for WsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WsError::Api(e) => write!(f, "{e}"),
            WsError::NoUpgrade(why) | WsError::Transport(why) => f.write_str(why),
        }
    }
}

/// One message from the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WsMessage {
    Text(String),
    /// The server closed the stream, with its close code when it sent one.
    Close(Option<u16>),
    /// Binary, ping or pong: nothing the protocol uses (pings are answered by the library).
    Other,
}

/// An open WebSocket.
pub struct Connection {
    ws: WebSocketStream<Box<dyn Io>>,
}

impl Connection {
    /// The next message; `None` once the connection is over; a broken one as a few words.
    pub async fn recv(&mut self) -> Option<Result<WsMessage, String>> {
        let msg = match self.ws.next().await? {
            Ok(m) => m,
            Err(e) => return Some(Err(describe(&e))),
        };
        Some(Ok(match msg {
            tungstenite::Message::Text(t) => WsMessage::Text(t.as_str().to_string()),
            tungstenite::Message::Close(frame) => {
                WsMessage::Close(frame.map(|f| u16::from(f.code)))
            }
            _ => WsMessage::Other,
        }))
    }

    /// Closes politely (the caller bounds how long it waits).
    pub async fn close(&mut self) {
        let _ = self.ws.close(None).await;
    }
}

impl Client {
    /// `ws(s)://` for the API path, with its query.
    fn ws_url(&self, path: &ApiPath, query: &[(String, String)]) -> String {
        let base = if let Some(rest) = self.base.strip_prefix("https://") {
            format!("wss://{rest}")
        } else if let Some(rest) = self.base.strip_prefix("http://") {
            format!("ws://{rest}")
        } else {
            self.base.clone()
        };
        let mut url = format!("{base}{path}");
        for (i, (k, v)) in query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(&format!("{}={}", encode_query(k), encode_query(v)));
        }
        url
    }

    /// Opens a WebSocket on an API path. The handshake (connect, proxy tunnel, TLS, upgrade)
    /// must finish within `timeout`; a 401 refreshes a stored session once and tries again.
    pub async fn websocket(
        &self,
        path: &ApiPath,
        query: &[(String, String)],
        timeout: Duration,
    ) -> Result<Connection, WsError> {
        let url = self.ws_url(path, query);
        let target = url::Url::parse(&url)
            .map_err(|e| WsError::Transport(format!("bad WebSocket URL: {e}")))?;
        let mut refreshed = false;
        loop {
            let token = self.token();
            let mut req = url
                .as_str()
                .into_client_request()
                .map_err(|e| WsError::Transport(format!("bad WebSocket URL: {e}")))?;
            let headers = req.headers_mut();
            headers.insert("user-agent", HeaderValue::from_static(USER_AGENT));
            if let Some(t) = &token {
                let value = HeaderValue::from_str(&format!("Bearer {t}"))
                    .map_err(|_| WsError::Transport("the token is not a valid header".into()))?;
                headers.insert("authorization", value);
            }
            trace::upgrade(&self.out, &url, token.is_some());
            let handshake = async {
                let io = tunnel::open(&target, self.proxy.as_ref(), self.tls.as_ref())
                    .await
                    .map_err(|e| match e {
                        OpenError::Io(why) => WsError::Transport(why),
                        OpenError::Refused(why) => WsError::NoUpgrade(why),
                    })?;
                Ok(tokio_tungstenite::client_async_with_config(req, io, None).await)
            };
            let err = match tokio::time::timeout(timeout, handshake).await {
                Err(_) => {
                    return Err(WsError::Transport(format!(
                        "the WebSocket handshake took longer than {}s",
                        timeout.as_secs()
                    )));
                }
                Ok(Err(e)) => return Err(e),
                Ok(Ok(Ok((ws, resp)))) => {
                    self.out
                        .debug(&format!("< {} (WebSocket open)", resp.status().as_u16()));
                    return Ok(Connection { ws });
                }
                Ok(Ok(Err(e))) => e,
            };
            let tungstenite::Error::Http(resp) = err else {
                return Err(WsError::Transport(describe(&err)));
            };
            let status = resp.status().as_u16();
            let headers = Headers::from_map(resp.headers());
            let request_id = headers.get("x-request-id").map(String::from);
            let body = resp.body().clone().unwrap_or_default();
            trace::refused_upgrade(&self.out, status, request_id.as_deref(), &body);
            if status == 401 && !refreshed && self.can_refresh() {
                refreshed = true;
                match self.refresh(token.as_deref()).await {
                    Ok(true) => continue,
                    Ok(false) => {}
                    Err(e) => return Err(WsError::Transport(e.to_string())),
                }
            }
            let api = ApiError::decode(status, &body, request_id, None, "GET", path.as_str());
            return Err(match status {
                401 | 403 | 404 => WsError::Api(api),
                // Passing trouble (a rate limit, a restarting server): the caller reconnects with
                // backoff as REST calls retry, rather than concluding there is no WebSocket.
                429 | 500 | 502 | 503 | 504 => WsError::Transport(api.to_string()),
                _ => WsError::NoUpgrade(api.to_string()),
            });
        }
    }
}

/// Run statuses after which nothing more happens.
pub fn run_is_final(status: &Value) -> bool {
    matches!(status.as_str(), Some("succeeded" | "failed" | "cancelled"))
}

/// What one text frame of a run's event stream (the contract's `seq`/`type` protocol) means to a
/// follower whose last delivered frame is `last`.
#[derive(Debug, Clone, PartialEq)]
pub enum Frame {
    /// A heartbeat, a frame already delivered, or an event without a `seq`.
    Skip,
    /// A `snapshot`: the whole run; the follower's position becomes `seq` (0 when absent).
    /// `finished` when the run in it is already over.
    Snapshot {
        frame: Value,
        seq: u64,
        finished: bool,
    },
    /// The next event in order; `finished` for `run_finished`.
    Event {
        frame: Value,
        seq: u64,
        finished: bool,
    },
    /// Frames `first..=last` never arrived: reconnect and resume after the last one delivered.
    Gap { first: u64, last: u64 },
    /// Not JSON: the stream is broken.
    Malformed,
}

/// Decodes one text frame, free of I/O so that hostile input can be tested directly.
pub fn decode_frame(text: &str, last: Option<u64>) -> Frame {
    let Ok(frame) = serde_json::from_str::<Value>(text) else {
        return Frame::Malformed;
    };
    let seq = frame["seq"].as_u64();
    match frame["type"].as_str() {
        Some("heartbeat") => Frame::Skip,
        Some("snapshot") => {
            let finished = run_is_final(&frame["run"]["status"]);
            Frame::Snapshot {
                frame,
                seq: seq.unwrap_or(0),
                finished,
            }
        }
        kind => {
            let Some(seq) = seq else {
                return Frame::Skip;
            };
            match last {
                Some(l) if seq <= l => Frame::Skip,
                Some(l) if seq - l > 1 => Frame::Gap {
                    first: l + 1,
                    last: seq - 1,
                },
                _ => Frame::Event {
                    finished: kind == Some("run_finished"),
                    frame,
                    seq,
                },
            }
        }
    }
}

/// A transport failure in a few words, server text made inert.
fn describe(e: &tungstenite::Error) -> String {
    use tungstenite::Error as E;
    let what = match e {
        E::ConnectionClosed | E::AlreadyClosed => "the connection closed".to_string(),
        E::Io(io) => format!("connection failed ({io})"),
        E::Protocol(p) => format!("protocol error ({p})"),
        other => other.to_string(),
    };
    crate::output::terminal_safe(&what).into_owned()
}
