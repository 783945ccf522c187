//! The funnel's own request and response types, so no command names a type of the HTTP library.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures_util::stream::BoxStream;
use serde_json::Value;

use super::ApiPath;

/// An HTTP method (`Method::GET`, or any token `rime api` is given).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method(pub(super) reqwest::Method);

/// The text is not an HTTP method token.
#[derive(Debug, Clone, Copy)]
pub struct InvalidMethod;

impl Method {
    pub const GET: Method = Method(reqwest::Method::GET);
    pub const POST: Method = Method(reqwest::Method::POST);
    pub const PUT: Method = Method(reqwest::Method::PUT);
    pub const PATCH: Method = Method(reqwest::Method::PATCH);
    pub const DELETE: Method = Method(reqwest::Method::DELETE);
    pub const HEAD: Method = Method(reqwest::Method::HEAD);

    pub fn from_bytes(raw: &[u8]) -> Result<Method, InvalidMethod> {
        reqwest::Method::from_bytes(raw)
            .map(Method)
            .map_err(|_| InvalidMethod)
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The standard reason phrase of a status code (`Not Found`), or "".
pub fn reason(status: u16) -> &'static str {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("")
}

/// Response headers, looked up by case-insensitive name.
#[derive(Debug, Clone, Default)]
pub struct Headers(pub(super) reqwest::header::HeaderMap);

impl Headers {
    /// The first value of `name` when it is text.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn contains(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// Every header in order, `None` for a value that is not text.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Option<&str>)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.to_str().ok()))
    }

    pub(super) fn insert(&mut self, name: &'static str, value: &'static str) {
        self.0
            .insert(name, reqwest::header::HeaderValue::from_static(value));
    }

    /// From any header map of the `http` crate (reqwest's and the WebSocket handshake's).
    pub(super) fn from_map(map: &reqwest::header::HeaderMap) -> Headers {
        Headers(map.clone())
    }
}

/// A request body made of chunks, produced afresh for every attempt.
pub type ByteStream = BoxStream<'static, std::io::Result<Bytes>>;

pub enum ReqBody {
    None,
    Json(Value),
    Bytes {
        data: Bytes,
        content_type: String,
    },
    /// Rebuilt for every attempt (streamed uploads, see `multipart`).
    Stream {
        make: Arc<dyn Fn() -> ByteStream + Send + Sync>,
        content_type: String,
        length: Option<u64>,
    },
}

pub struct Request {
    pub method: Method,
    pub path: ApiPath,
    pub query: Vec<(String, String)>,
    /// A query string typed by the user (`rime api`), appended as is.
    pub raw_query: Option<String>,
    pub body: ReqBody,
    /// False for the unauthenticated auth endpoints.
    pub auth: bool,
    pub headers: Vec<(String, String)>,
    /// Decode the body as JSON inside the retry loop (a truncated body is retried like a dropped one).
    pub expect_json: bool,
    /// The body is a list page: its items are kept as the text the server sent
    /// ([`Response::page`]) instead of being parsed (see `page::raw`).
    pub raw_page: bool,
    /// A 2xx body that is whole but not JSON is handed back as it is rather than refused
    /// (`rime api` prints it); `json` is then `None`.
    pub any_body: bool,
    /// Replaces the client's per-request timeout for this request (long uploads).
    pub timeout: Option<Duration>,
    /// A DELETE whose retry finds nothing (404) after an attempt lost its answer succeeded: that
    /// attempt reached the server and deleted it.
    pub gone_is_done: bool,
    /// A POST's idempotency key chosen by the caller (derived from the change, so a re-run
    /// replays instead of duplicating); `None` generates one per request.
    pub idempotency_key: Option<String>,
}

impl Request {
    pub fn new(method: Method, path: ApiPath) -> Request {
        Request {
            method,
            path,
            query: Vec::new(),
            raw_query: None,
            body: ReqBody::None,
            auth: true,
            headers: Vec::new(),
            expect_json: true,
            raw_page: false,
            any_body: false,
            timeout: None,
            gone_is_done: false,
            idempotency_key: None,
        }
    }
    pub fn query(mut self, k: &str, v: impl Into<String>) -> Request {
        self.query.push((k.to_string(), v.into()));
        self
    }
    pub fn json(mut self, body: Value) -> Request {
        self.body = ReqBody::Json(body);
        self
    }
    pub fn no_auth(mut self) -> Request {
        self.auth = false;
        self
    }
}

pub struct Response {
    pub status: u16,
    pub headers: Headers,
    pub request_id: Option<String>,
    pub body: Bytes,
    /// Parsed when the request expected JSON and the body was JSON (and not split as a page).
    pub json: Option<Value>,
    /// A list page split into its items' text, when the request asked for that.
    pub page: Option<super::page::RawPage>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)
    }

    /// The non-2xx answer as the API's error (see [`ApiError::decode`]), saying so when only
    /// the start of a huge body was read.
    pub fn api_error(&self, method: &str, path: &str) -> super::ApiError {
        let retry_after = super::retry::retry_after(&self.headers).map(|d| d.as_secs());
        let mut e = super::ApiError::decode(
            self.status,
            &self.body,
            self.request_id.clone(),
            retry_after,
            method,
            path,
        );
        if self.headers.contains(super::exchange::CUT) {
            e.message.push_str(&format!(
                " (the error body is larger than {} MiB; only its start was read)",
                super::error::MAX_ERROR_BODY / 1024 / 1024
            ));
        }
        e
    }
}
