//! The one HTTP funnel: base URL, auth and refresh, user agent, timeouts, retries, request ids, errors.

mod error;
pub mod page;
mod path;
pub mod redact;
mod retry;
pub mod ws;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::StreamExt;
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use serde_json::Value;

pub use error::ApiError;
pub use path::{ApiPath, check_id};
pub use retry::human as human_duration;

use crate::credentials::{CredKind, Credential, Credentials};
use crate::error::CliError;
use crate::output::{Output, terminal_safe};
use retry::Backoff;

/// Responses larger than this are refused rather than buffered (hostile or broken servers).
const MAX_BODY: usize = 64 * 1024 * 1024;
/// Marks a response whose body rime refused to buffer for its size.
const TOO_LARGE: &str = "x-rime-body-too-large";
/// All waits of one call together stay under this.
const RETRY_BUDGET: Duration = Duration::from_secs(120);
/// One wait never exceeds this, whatever `Retry-After` says.
const MAX_WAIT: Duration = Duration::from_secs(60);
/// A stored access token this close to expiry is refreshed before it is sent.
pub const REFRESH_MARGIN_SECONDS: i64 = 60;

pub enum ReqBody {
    None,
    Json(Value),
    Bytes {
        data: Bytes,
        content_type: String,
    },
    /// Rebuilt for every attempt (streamed uploads).
    Stream {
        make: Arc<dyn Fn() -> reqwest::Body + Send + Sync>,
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
    /// Replaces the client's per-request timeout for this request (long uploads).
    pub timeout: Option<Duration>,
    /// A DELETE whose retry finds nothing (404) after an attempt lost its answer succeeded: that
    /// attempt reached the server and deleted it.
    pub gone_is_done: bool,
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
            timeout: None,
            gone_is_done: false,
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
    pub headers: HeaderMap,
    pub request_id: Option<String>,
    pub body: Bytes,
    /// Parsed when the request expected JSON and the body was JSON.
    pub json: Option<Value>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// How requests are authenticated.
pub enum Auth {
    None,
    /// `RIME_TOKEN` or a one-off token: sent as is, never refreshed or stored.
    Static(String),
    /// The profile's stored credential, refreshed on expiry under a cross-process lock.
    Stored {
        store: Credentials,
        current: Mutex<Credential>,
    },
}

pub struct Client {
    http: reqwest::Client,
    base: String,
    origin: url::Origin,
    auth: Auth,
    max_retries: u32,
    /// The server's clock minus ours (seconds), from the last response's `Date` header.
    server_offset: Mutex<Option<i64>>,
    /// An early refresh failed for want of a server: leave the rest to the 401 path.
    early_refresh_failed: std::sync::atomic::AtomicBool,
    pub out: Arc<Output>,
}

pub struct ClientConfig<'a> {
    pub base_url: &'a str,
    pub timeout: Duration,
    pub max_retries: u32,
    pub ca_cert: Option<&'a std::path::Path>,
    pub auth: Auth,
}

impl Client {
    pub fn new(cfg: ClientConfig<'_>, out: Arc<Output>) -> Result<Client, CliError> {
        // ring, not aws-lc: aws-lc's entropy seeding costs ~45 ms of CPU per process.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("rime/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10).min(cfg.timeout))
            .timeout(cfg.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .pool_idle_timeout(Duration::from_secs(30));
        if let Some(path) = cfg.ca_cert {
            let pem = std::fs::read(path)
                .map_err(|e| CliError::config(path, format!("cannot read CA bundle: {e}")))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                CliError::config(path, format!("not a PEM certificate bundle: {e}"))
            })?;
            if certs.is_empty() {
                return Err(CliError::config(
                    path,
                    "no certificates found in the CA bundle",
                ));
            }
            builder = builder.tls_certs_merge(certs);
        }
        let parsed = url::Url::parse(cfg.base_url)
            .map_err(|e| CliError::Usage(format!("invalid API URL: {e}")))?;
        // Plain http (accepted only for loopback) never does TLS, and this client only ever
        // talks to its base origin: skip reading and parsing the system's CA store, which was
        // four fifths of the CPU of a one-request command.
        if parsed.scheme() == "http" {
            builder = builder.tls_certs_only([]);
        }
        // HTTP(S)_PROXY applies to real tenants; a proxy cannot reach this machine's loopback.
        if crate::config::is_loopback(parsed.host_str().unwrap_or("")) {
            builder = builder.no_proxy();
        }
        let http = builder
            .build()
            .map_err(|e| CliError::Network(format!("cannot set up HTTP: {e}")))?;
        let origin = parsed.origin();
        Ok(Client {
            http,
            base: cfg.base_url.trim_end_matches('/').to_string(),
            origin,
            auth: cfg.auth,
            max_retries: cfg.max_retries,
            server_offset: Mutex::new(None),
            early_refresh_failed: std::sync::atomic::AtomicBool::new(false),
            out,
        })
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    pub fn auth(&self) -> &Auth {
        &self.auth
    }

    /// Whether requests carry a project API key (which may only reach its own project).
    pub fn is_api_key(&self) -> bool {
        match &self.auth {
            Auth::None => false,
            Auth::Static(t) => t.starts_with("rk_"),
            Auth::Stored { current, .. } => {
                current.lock().expect("credential lock").kind == CredKind::ApiKey
            }
        }
    }

    /// GET a JSON value.
    pub async fn get(&self, path: &ApiPath) -> anyhow::Result<Value> {
        self.call(Request::new(Method::GET, path.clone())).await
    }

    pub async fn post(&self, path: &ApiPath, body: Value) -> anyhow::Result<Value> {
        self.call(Request::new(Method::POST, path.clone()).json(body))
            .await
    }

    pub async fn patch(&self, path: &ApiPath, body: Value) -> anyhow::Result<Value> {
        self.call(Request::new(Method::PATCH, path.clone()).json(body))
            .await
    }

    pub async fn delete(&self, path: &ApiPath) -> anyhow::Result<()> {
        let mut req = Request::new(Method::DELETE, path.clone());
        req.expect_json = false;
        req.gone_is_done = true;
        self.send(req).await.map(|_| ())
    }

    /// Sends and returns the JSON body (`null` for an empty 2xx body); non-2xx is an `ApiError`.
    pub async fn call(&self, req: Request) -> anyhow::Result<Value> {
        let resp = self.send(req).await?;
        Ok(resp.json.unwrap_or(Value::Null))
    }

    /// Sends with retries; non-2xx answers become `ApiError`.
    pub async fn send(&self, req: Request) -> anyhow::Result<Response> {
        let method = req.method.clone();
        let path = req.path.to_string();
        let resp = self.send_raw(req).await?;
        if (200..300).contains(&resp.status) {
            return Ok(resp);
        }
        let retry_after = retry::retry_after(&resp.headers).map(|d| d.as_secs());
        Err(ApiError::decode(
            resp.status,
            &resp.body,
            resp.request_id,
            retry_after,
            method.as_str(),
            &path,
        )
        .into())
    }

    /// Sends with retries and returns whatever the server finally answered (`rime api` shows errors too).
    pub async fn send_raw(&self, req: Request) -> anyhow::Result<Response> {
        let url = self.url(&req);
        // One key for every attempt of this POST: a retry after a lost response replays, never duplicates.
        let idempotency_key = (req.method == Method::POST).then(retry::new_key);
        let started = Instant::now();
        let mut backoff = Backoff::new(self.max_retries, RETRY_BUDGET, MAX_WAIT);
        let mut refreshed = false;
        // An attempt failed after its request may have reached the server.
        let mut answer_lost = false;
        if req.auth {
            Box::pin(self.ensure_fresh(REFRESH_MARGIN_SECONDS)).await?;
        }
        loop {
            let token = if req.auth { self.token() } else { None };
            let attempt = backoff.attempt();
            let result = self
                .attempt(&req, &url, token.as_deref(), idempotency_key.as_deref())
                .await;
            let (wait, why, request_id, final_err) = match result {
                Ok(resp) => {
                    let status = StatusCode::from_u16(resp.status)
                        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                    if status == StatusCode::UNAUTHORIZED
                        && req.auth
                        && !refreshed
                        && self.can_refresh()
                    {
                        refreshed = true;
                        if Box::pin(self.refresh(token.as_deref())).await? {
                            continue;
                        }
                    }
                    if status.is_redirection() {
                        return Err(self.redirect_error(&resp).into());
                    }
                    if status == StatusCode::NOT_FOUND && answer_lost && req.gone_is_done {
                        self.out.status(&format!(
                            "{} {}: already gone; the attempt whose answer was lost deleted it",
                            req.method, req.path
                        ));
                        return Ok(Response {
                            status: 204,
                            body: Bytes::new(),
                            json: None,
                            ..resp
                        });
                    }
                    // A body too large to buffer will be as large next time.
                    let retryable = matches!(resp.status, 429 | 500 | 502 | 503 | 504)
                        && !resp.headers.contains_key(TOO_LARGE);
                    let bad_json = req.expect_json
                        && status.is_success()
                        && !resp.body.is_empty()
                        && resp.json.is_none();
                    if !retryable && !bad_json {
                        return Ok(resp);
                    }
                    let hint = retry::retry_after(&resp.headers);
                    let why = if bad_json {
                        "the server sent invalid JSON".to_string()
                    } else if resp.status == 429 {
                        "rate limited".to_string()
                    } else {
                        format!("server error {}", resp.status)
                    };
                    let rid = resp.request_id.clone();
                    match backoff.next_wait(hint) {
                        Some(w) => (w, why, rid, None),
                        None if bad_json => {
                            return Err(CliError::Network(format!(
                                "the server sent an invalid JSON body ({}, {} bytes) for {} {} (request id {})",
                                terminal_safe(resp.header("content-type").unwrap_or("no content type")),
                                resp.body.len(),
                                req.method,
                                req.path,
                                terminal_safe(rid.as_deref().unwrap_or("none"))
                            ))
                            .into());
                        }
                        None => return Ok(resp),
                    }
                }
                Err(e) => {
                    answer_lost |= !e.is_connect();
                    let msg = describe_transport(&e);
                    match backoff.next_wait(None) {
                        Some(w) => (w, msg, None, None),
                        None => (Duration::ZERO, msg.clone(), None, Some(msg)),
                    }
                }
            };
            if let Some(msg) = final_err {
                return Err(CliError::Network(format!(
                    "{} {} failed after {} attempt(s) in {:.1}s: {msg}",
                    req.method,
                    req.path,
                    attempt,
                    started.elapsed().as_secs_f64()
                ))
                .into());
            }
            let rid = request_id
                .map(|r| format!(", request id {r}"))
                .unwrap_or_default();
            self.out.status(&format!(
                "{why}; retrying in {} (attempt {}/{}{rid})",
                retry::human(wait),
                attempt + 1,
                self.max_retries + 1
            ));
            tokio::time::sleep(wait).await;
        }
    }

    fn url(&self, req: &Request) -> String {
        let mut url = format!("{}{}", self.base, req.path);
        let mut sep = '?';
        if let Some(q) = &req.raw_query {
            url.push(sep);
            url.push_str(q);
            sep = '&';
        }
        for (k, v) in &req.query {
            url.push(sep);
            url.push_str(&encode_query(k));
            url.push('=');
            url.push_str(&encode_query(v));
            sep = '&';
        }
        url
    }

    async fn attempt(
        &self,
        req: &Request,
        url: &str,
        token: Option<&str>,
        idempotency_key: Option<&str>,
    ) -> Result<Response, reqwest::Error> {
        let mut rb = self.http.request(req.method.clone(), url);
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
        let mut trace_body = None;
        rb = match &req.body {
            ReqBody::None => rb,
            ReqBody::Json(v) => {
                let data = serde_json::to_vec(v).expect("JSON value serialises");
                if self.out.debug_enabled() {
                    trace_body = Some(redact::body_for_trace(&data, Some("application/json")));
                }
                rb.header("Content-Type", "application/json").body(data)
            }
            ReqBody::Bytes { data, content_type } => {
                if self.out.debug_enabled() {
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
                    .body(make())
            }
        };
        if self.out.debug_enabled() {
            let mut lines = vec![format!("> {} {url}", req.method)];
            if token.is_some() {
                lines.push("> authorization: Bearer [redacted]".into());
            }
            if let Some(k) = idempotency_key {
                lines.push(format!("> idempotency-key: {k}"));
            }
            if let Some(b) = trace_body.filter(|b| !b.is_empty()) {
                lines.push(format!("> {b}"));
            }
            self.out.debug(&lines.join("\n"));
        }
        let started = Instant::now();
        let resp = rb.send().await?;
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let request_id = headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(String::from);
        if let Some(offset) = date_offset(&headers) {
            *self.server_offset.lock().expect("offset lock") = Some(offset);
        }
        if let Some(len) = resp.content_length()
            && len as usize > MAX_BODY
        {
            return Ok(too_large(status, headers, request_id));
        }
        let mut body = Vec::new();
        let mut stream = resp.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk?;
            if body.len() + chunk.len() > MAX_BODY {
                return Ok(too_large(status, headers, request_id));
            }
            body.extend_from_slice(&chunk);
        }
        let body = Bytes::from(body);
        let json = if req.expect_json && !body.is_empty() {
            serde_json::from_slice(&body).ok()
        } else {
            None
        };
        if self.out.debug_enabled() {
            let ct = headers.get("content-type").and_then(|v| v.to_str().ok());
            let mut line = format!(
                "< {status} {} in {} ms (request id {})",
                StatusCode::from_u16(status)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .unwrap_or(""),
                started.elapsed().as_millis(),
                request_id.as_deref().unwrap_or("none")
            );
            let shown = redact::body_for_trace(&body, ct);
            if !shown.is_empty() {
                line.push_str(&format!("\n< {shown}"));
            }
            self.out.debug(&line);
        }
        Ok(Response {
            status,
            headers,
            request_id,
            body,
            json,
        })
    }

    fn redirect_error(&self, resp: &Response) -> CliError {
        let location = resp.header("location").unwrap_or("");
        let target = url::Url::parse(location).ok().map(|u| u.origin());
        if target.as_ref().is_some_and(|o| *o != self.origin) {
            CliError::Network(format!(
                "the server redirected to another host ({}); rime does not follow it, so the token stays with {}",
                crate::output::terminal_safe(location),
                self.origin.ascii_serialization()
            ))
        } else {
            CliError::Network(format!(
                "the server answered {} with a redirect to `{}`; the API should not redirect",
                resp.status,
                crate::output::terminal_safe(location)
            ))
        }
    }

    fn token(&self) -> Option<String> {
        match &self.auth {
            Auth::None => None,
            Auth::Static(t) => Some(t.clone()),
            Auth::Stored { current, .. } => Some(
                current
                    .lock()
                    .expect("credential lock")
                    .access_token
                    .clone(),
            ),
        }
    }

    pub fn can_refresh(&self) -> bool {
        matches!(&self.auth, Auth::Stored { current, .. } if current.lock().expect("credential lock").refresh_token.is_some())
    }

    /// The server's clock minus ours, as last seen in a `Date` header.
    pub fn server_offset(&self) -> Option<i64> {
        *self.server_offset.lock().expect("offset lock")
    }

    /// Seconds the stored access token has left, by the server's clock as far as we know it:
    /// the local expiry, moved by however far the server's clock has drifted from ours since the
    /// token was issued (nothing, on a machine whose clock keeps time).
    pub fn token_seconds_left(&self) -> Option<i64> {
        let Auth::Stored { current, .. } = &self.auth else {
            return None;
        };
        let c = current.lock().expect("credential lock");
        let drift = match (self.server_offset(), c.clock_offset) {
            (Some(now), Some(then)) => now - then,
            _ => 0,
        };
        c.expires_at
            .map(|e| e - jiff::Timestamp::now().as_second() - drift)
    }

    /// Refreshes the stored session first when its access token has less than `margin` seconds
    /// left. Returns whether a new token is now in use.
    pub async fn ensure_fresh(&self, margin: i64) -> anyhow::Result<bool> {
        if !self.can_refresh()
            || self
                .early_refresh_failed
                .load(std::sync::atomic::Ordering::Relaxed)
        {
            return Ok(false);
        }
        let Some(left) = self.token_seconds_left().filter(|left| *left < margin) else {
            return Ok(false);
        };
        let token = self.token();
        match self.refresh(token.as_deref()).await {
            // A refresh that failed for want of a network (not of a session) need not fail a
            // call the current token can still make.
            Err(e)
                if left > 5
                    && !e
                        .chain()
                        .any(|c| matches!(c.downcast_ref(), Some(CliError::NotLoggedIn(_)))) =>
            {
                self.out.warn(&format!(
                    "could not refresh the access token ({e:#}); using it for the {left}s it has left"
                ));
                self.early_refresh_failed
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                Ok(false)
            }
            other => other,
        }
    }

    /// Refreshes the stored session once, serialised across processes by a lock file: whoever
    /// holds the lock spends the refresh token; the others find the new token already stored.
    /// Returns true when a (possibly other process's) new token is in use.
    pub async fn refresh(&self, failed_token: Option<&str>) -> anyhow::Result<bool> {
        let Auth::Stored { store, current } = &self.auth else {
            return Ok(false);
        };
        let _lock = refresh_lock(store).await?;
        match store.load()? {
            // Another process refreshed while we waited for the lock: use its token.
            Some((stored, _)) if Some(stored.access_token.as_str()) != failed_token => {
                *current.lock().expect("credential lock") = stored;
                return Ok(true);
            }
            Some(_) => {}
            // Logged out meanwhile: refreshing would bring the session back.
            None => {
                return Err(CliError::NotLoggedIn(format!(
                    "profile `{}` was logged out",
                    store.profile
                ))
                .into());
            }
        }
        let refresh_token = current
            .lock()
            .expect("credential lock")
            .refresh_token
            .clone();
        let Some(refresh_token) = refresh_token else {
            return Ok(false);
        };
        let req = Request::new(Method::POST, ApiPath::of(["auth", "refresh"]))
            .json(serde_json::json!({ "refresh_token": refresh_token }))
            .no_auth();
        // From here until the new pair is stored, Ctrl-C waits: the server may already have spent
        // the old refresh token, and reusing a spent one revokes the whole session.
        let _critical = Critical::enter();
        let resp = self.send_raw(req).await?;
        if resp.status == 401 {
            return Err(CliError::NotLoggedIn(format!(
                "the session of profile `{}` has expired or was revoked",
                store.profile
            ))
            .into());
        }
        if !(200..300).contains(&resp.status) {
            return Err(ApiError::decode(
                resp.status,
                &resp.body,
                resp.request_id,
                None,
                "POST",
                "/auth/refresh",
            )
            .into());
        }
        let cred = credential_from_response(&resp)?;
        // The old refresh token is spent: keep the new pair in memory even if storing it fails.
        *current.lock().expect("credential lock") = cred.clone();
        if let Err(e) = store.save(&cred) {
            self.out.warn(&format!(
                "refreshed the session but could not store the new token ({e}); later rime commands will need `rime auth login --profile {}`",
                store.profile
            ));
        }
        self.out.verbose_line("refreshed the access token");
        Ok(true)
    }
}

static CRITICAL: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Marks work that Ctrl-C must let finish (see `in_critical_section`), until dropped.
struct Critical;

impl Critical {
    fn enter() -> Critical {
        CRITICAL.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Critical
    }
}

impl Drop for Critical {
    fn drop(&mut self) {
        CRITICAL.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Whether a token refresh is between spending the old refresh token and storing the new one.
pub fn in_critical_section() -> bool {
    CRITICAL.load(std::sync::atomic::Ordering::SeqCst) > 0
}

/// The profile's refresh lock. Whoever holds it may be mid-refresh over a slow network, so the
/// wait is as long as one request with all its retries may take.
async fn refresh_lock(store: &Credentials) -> Result<crate::config::file::Lock, CliError> {
    let name = format!("refresh-{}", store.profile);
    let deadline = Instant::now() + RETRY_BUDGET + Duration::from_secs(30);
    loop {
        if let Some(lock) = crate::config::file::try_lock(&store.config_dir, &name)? {
            return Ok(lock);
        }
        if Instant::now() >= deadline {
            return Err(crate::config::file::lock_timeout(&store.config_dir, &name));
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The stored credential for a login/refresh/token response.
pub fn credential_from_login(v: &Value) -> Result<Credential, CliError> {
    let access = v["access_token"].as_str().filter(|s| !s.is_empty());
    let Some(access) = access else {
        return Err(CliError::Network(
            "the login response has no access_token".into(),
        ));
    };
    let expires_in = v["expires_in"].as_i64().unwrap_or(3600);
    Ok(Credential {
        kind: CredKind::Token,
        access_token: access.to_string(),
        refresh_token: v["refresh_token"].as_str().map(String::from),
        expires_at: Some(jiff::Timestamp::now().as_second() + expires_in),
        clock_offset: None,
    })
}

/// The stored credential for a login/refresh/token response, remembering the server's clock.
pub fn credential_from_response(resp: &Response) -> Result<Credential, CliError> {
    let mut cred = credential_from_login(resp.json.as_ref().unwrap_or(&Value::Null))?;
    cred.clock_offset = date_offset(&resp.headers);
    Ok(cred)
}

/// The server's clock minus ours, in seconds, from a `Date` header (RFC 9110 IMF-fixdate).
pub fn date_offset(headers: &HeaderMap) -> Option<i64> {
    let raw = headers.get("date")?.to_str().ok()?;
    let server = jiff::fmt::rfc2822::parse(raw.trim()).ok()?.timestamp();
    Some(server.as_second() - jiff::Timestamp::now().as_second())
}

fn too_large(status: u16, headers: HeaderMap, request_id: Option<String>) -> Response {
    let mut h = headers;
    h.insert(TOO_LARGE, HeaderValue::from_static("1"));
    Response {
        status: if (200..300).contains(&status) {
            502
        } else {
            status
        },
        headers: h,
        request_id,
        body: Bytes::from(format!(
            "{{\"error\":{{\"code\":\"payload_too_large\",\"message\":\"The response body exceeds {} MiB; rime refused to buffer it.\"}}}}",
            MAX_BODY / 1024 / 1024
        )),
        json: None,
    }
}

fn describe_transport(e: &reqwest::Error) -> String {
    let mut msg = if e.is_connect() {
        "could not connect".to_string()
    } else if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_body() || e.is_decode() {
        "the connection broke while reading the response".to_string()
    } else {
        "the connection failed".to_string()
    };
    let mut source = std::error::Error::source(e);
    let mut last = None;
    while let Some(s) = source {
        last = Some(s.to_string());
        source = s.source();
    }
    if let Some(l) = last {
        msg.push_str(&format!(" ({})", crate::output::terminal_safe(&l)));
    }
    msg
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
