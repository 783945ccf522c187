//! Building the funnel's client once per base URL: user agent, timeouts, no redirects, the one
//! trust store and the proxy route the config layer chose; plus the verbs every command uses.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;

use super::types::{Method, Request};
use super::{ApiPath, Error, tls};
use crate::credentials::{CredKind, Credential, Credentials};
use crate::output::Output;

/// Every request, REST or WebSocket, says who it is the same way.
pub const USER_AGENT: &str = concat!("rime/", env!("CARGO_PKG_VERSION"));

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

pub struct ClientConfig<'a> {
    pub base_url: &'a str,
    pub timeout: Duration,
    pub max_retries: u32,
    /// Extra CA certificates, trusted besides the OS store.
    pub ca_cert: Option<&'a Path>,
    /// The proxy to reach the base URL through (decided from the environment by the config
    /// layer; the client reads no environment itself).
    pub proxy: Option<url::Url>,
    pub auth: Auth,
}

pub struct Client {
    pub(super) http: reqwest::Client,
    pub(super) base: String,
    pub(super) origin: url::Origin,
    pub(super) auth: Auth,
    pub(super) max_retries: u32,
    /// Shared by REST and WebSocket connections; `None` for plain-http (loopback) bases.
    pub(super) tls: Option<Arc<rustls::ClientConfig>>,
    pub(super) proxy: Option<url::Url>,
    /// The server's clock minus ours (seconds), from the last response's `Date` header.
    pub(super) server_offset: Mutex<Option<i64>>,
    /// An early refresh failed for want of a server: leave the rest to the 401 path.
    pub(super) early_refresh_failed: AtomicBool,
    /// Requests wait for a token of their endpoint group's bucket (see `pace`) once switched on.
    pub(super) pacer: Arc<super::pace::Pacer>,
    pub(super) pacing: AtomicBool,
    pub out: Arc<Output>,
}

impl Client {
    pub fn new(cfg: ClientConfig<'_>, out: Arc<Output>) -> Result<Client, Error> {
        let _ = tls::provider();
        let parsed = url::Url::parse(cfg.base_url)
            .map_err(|e| Error::Setup(format!("invalid API URL: {e}")))?;
        let mut builder = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(Duration::from_secs(10).min(cfg.timeout))
            .timeout(cfg.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .pool_idle_timeout(Duration::from_secs(30));
        // Plain http (accepted only for loopback) never does TLS, and this client only ever
        // talks to its base origin: skip the system's CA store, which was four fifths of the
        // CPU of a one-request command. A bad `--ca-cert` is an error all the same.
        let tls = if parsed.scheme() == "https" {
            let config = tls::client_config(cfg.ca_cert)?;
            builder = builder.tls_backend_preconfigured((*config).clone());
            Some(config)
        } else {
            if let Some(path) = cfg.ca_cert {
                tls::read_bundle(path)?;
            }
            builder = builder.tls_certs_only([]);
            None
        };
        builder = match &cfg.proxy {
            Some(p) => builder.proxy(
                reqwest::Proxy::all(p.as_str())
                    .map_err(|e| Error::Setup(format!("cannot use the proxy: {e}")))?,
            ),
            None => builder.no_proxy(),
        };
        let http = builder
            .build()
            .map_err(|e| Error::Setup(format!("cannot set up HTTP: {e}")))?;
        Ok(Client {
            http,
            base: cfg.base_url.trim_end_matches('/').to_string(),
            origin: parsed.origin(),
            auth: cfg.auth,
            max_retries: cfg.max_retries,
            tls,
            proxy: cfg.proxy,
            server_offset: Mutex::new(None),
            early_refresh_failed: AtomicBool::new(false),
            pacer: Arc::default(),
            pacing: AtomicBool::new(false),
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

    /// From now on every request waits, when the rate-limit headers say its endpoint group's
    /// bucket is empty, until it holds a token again: a large batch slows down instead of
    /// meeting 429s (`rime apply`). Off by default, so single commands never wait on a guess.
    pub fn pace_by_rate_limits(&self) {
        self.pacing.store(true, Ordering::Relaxed);
    }

    /// The pacer, when pacing is on.
    pub(super) fn pacer(&self) -> Option<&Arc<super::pace::Pacer>> {
        self.pacing.load(Ordering::Relaxed).then_some(&self.pacer)
    }

    /// GET a JSON value.
    pub async fn get(&self, path: &ApiPath) -> anyhow::Result<Value> {
        self.call(Request::new(Method::GET, path.clone())).await
    }

    /// GET a JSON value, `None` when the server says it does not exist (404).
    pub async fn get_if_exists(&self, path: &ApiPath) -> anyhow::Result<Option<Value>> {
        match self.get(path).await {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.downcast_ref::<super::ApiError>()
                    .is_some_and(|a| a.status == 404) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    pub async fn post(&self, path: &ApiPath, body: Value) -> anyhow::Result<Value> {
        self.call(Request::new(Method::POST, path.clone()).json(body))
            .await
    }

    /// POST an action that takes no input: no body at all (its `EmptyBody` is optional).
    pub async fn post_empty(&self, path: &ApiPath) -> anyhow::Result<Value> {
        self.call(Request::new(Method::POST, path.clone())).await
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

    pub(super) fn url(&self, req: &Request) -> String {
        let mut url = format!("{}{}", self.base, req.path);
        let mut sep = '?';
        if let Some(q) = &req.raw_query {
            url.push(sep);
            url.push_str(q);
            sep = '&';
        }
        for (k, v) in &req.query {
            url.push(sep);
            url.push_str(&super::encode_query(k));
            url.push('=');
            url.push_str(&super::encode_query(v));
            sep = '&';
        }
        url
    }

    pub(super) fn token(&self) -> Option<String> {
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

    /// The server's clock minus ours, as last seen in a `Date` header.
    pub fn server_offset(&self) -> Option<i64> {
        *self.server_offset.lock().expect("offset lock")
    }
}
