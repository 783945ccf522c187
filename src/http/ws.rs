//! WebSocket connections to the API: the same origin, bearer token (refreshed once on 401), trust
//! (`--ca-cert`, rustls with ring) and `--debug` trace as REST calls; errors before the upgrade
//! decoded like any other API error.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{self, http::HeaderValue};
use tokio_tungstenite::{Connector, MaybeTlsStream, WebSocketStream};

use super::{ApiError, ApiPath, Client, encode_query};
use crate::error::CliError;

pub type WsStream = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

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

/// System trust anchors as a PEM bundle, where Unix systems keep it (for `--ca-cert`, which adds
/// to them rather than replacing them).
const SYSTEM_BUNDLES: &[&str] = &[
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/ssl/cert.pem",
];

/// The TLS connector for `wss://`: `None` (the platform's roots, rustls with the process's ring
/// provider) unless extra CA certificates are given, which are trusted besides the system bundle.
pub fn tls(ca_cert: Option<&Path>) -> Result<Option<Connector>, CliError> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let Some(extra) = ca_cert else {
        return Ok(None);
    };
    let mut roots = rustls::RootCertStore::empty();
    let system = std::env::var_os("SSL_CERT_FILE")
        .map(std::path::PathBuf::from)
        .into_iter()
        .chain(SYSTEM_BUNDLES.iter().map(std::path::PathBuf::from))
        .find(|p| p.is_file());
    if let Some(bundle) = system
        && let Ok(certs) = CertificateDer::pem_file_iter(&bundle)
    {
        roots.add_parsable_certificates(certs.flatten());
    }
    let mine: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(extra)
        .map_err(|e| CliError::config(extra, format!("cannot read CA bundle: {e}")))?
        .collect::<Result<_, _>>()
        .map_err(|e| CliError::config(extra, format!("not a PEM certificate bundle: {e}")))?;
    if mine.is_empty() {
        return Err(CliError::config(
            extra,
            "no certificates found in the CA bundle",
        ));
    }
    let (added, _) = roots.add_parsable_certificates(mine);
    if added == 0 {
        return Err(CliError::config(
            extra,
            "no usable certificate in the CA bundle",
        ));
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| CliError::Network(format!("cannot set up TLS: {e}")))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(Some(Connector::Rustls(Arc::new(config))))
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

    /// Opens a WebSocket on an API path. The handshake (connect, TLS, upgrade) must finish within
    /// `timeout`; a 401 refreshes a stored session once and tries again.
    pub async fn websocket(
        &self,
        path: &ApiPath,
        query: &[(String, String)],
        ca_cert: Option<&Path>,
        timeout: Duration,
    ) -> Result<WsStream, WsError> {
        let url = self.ws_url(path, query);
        let connector = tls(ca_cert).map_err(|e| WsError::Transport(e.to_string()))?;
        let mut refreshed = false;
        loop {
            let token = self.token();
            let mut req = url
                .as_str()
                .into_client_request()
                .map_err(|e| WsError::Transport(format!("bad WebSocket URL: {e}")))?;
            let headers = req.headers_mut();
            headers.insert(
                "user-agent",
                HeaderValue::from_static(concat!("rime/", env!("CARGO_PKG_VERSION"))),
            );
            if let Some(t) = &token {
                let value = HeaderValue::from_str(&format!("Bearer {t}"))
                    .map_err(|_| WsError::Transport("the token is not a valid header".into()))?;
                headers.insert("authorization", value);
            }
            self.out.debug(&format!(
                "> GET {url} (WebSocket upgrade){}",
                if token.is_some() {
                    "\n> authorization: Bearer [redacted]"
                } else {
                    ""
                }
            ));
            let attempt = tokio_tungstenite::connect_async_tls_with_config(
                req,
                None,
                true,
                connector.clone(),
            );
            let err = match tokio::time::timeout(timeout, attempt).await {
                Err(_) => {
                    return Err(WsError::Transport(format!(
                        "the WebSocket handshake took longer than {}s",
                        timeout.as_secs()
                    )));
                }
                Ok(Ok((ws, resp))) => {
                    self.out
                        .debug(&format!("< {} (WebSocket open)", resp.status().as_u16()));
                    return Ok(ws);
                }
                Ok(Err(e)) => e,
            };
            let tungstenite::Error::Http(resp) = err else {
                return Err(WsError::Transport(describe(&err)));
            };
            let status = resp.status().as_u16();
            let request_id = resp
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .map(String::from);
            let body = resp.body().clone().unwrap_or_default();
            self.out.debug(&format!(
                "< {status} (no upgrade, request id {})\n< {}",
                request_id.as_deref().unwrap_or("none"),
                super::redact::body_for_trace(&body, Some("application/json"))
            ));
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
pub fn describe(e: &tungstenite::Error) -> String {
    use tungstenite::Error as E;
    let what = match e {
        E::ConnectionClosed | E::AlreadyClosed => "the connection closed".to_string(),
        E::Io(io) => format!("connection failed ({io})"),
        E::Tls(t) => format!("TLS failed ({t})"),
        E::Protocol(p) => format!("protocol error ({p})"),
        other => other.to_string(),
    };
    crate::output::terminal_safe(&what).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ca_bundle_must_hold_certificates() {
        let dir = std::env::temp_dir().join(format!("rime-ws-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let empty = dir.join("empty.pem");
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let e = tls(Some(&empty)).err().expect("an empty bundle is refused");
        assert!(e.to_string().contains("no certificates found"), "{e}");
        assert!(tls(None).unwrap().is_none());
        if let Some(system) = SYSTEM_BUNDLES.iter().map(Path::new).find(|p| p.is_file()) {
            assert!(tls(Some(system)).unwrap().is_some());
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
