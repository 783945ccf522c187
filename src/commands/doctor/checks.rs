//! The individual doctor checks; each is bounded in time and returns passed, warned or failed.

use std::time::{Duration, Instant};

use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};

use super::Check;
use super::proxy::{self, Route};
use crate::config::{Endpoint, Source};
use crate::context::Context;
use crate::credentials::{KEYRING_TIMEOUT, StoreKind};
use crate::error::CliError;
use crate::http::{ApiError, ApiPath, Auth, Client, ClientConfig, Request, Response, date_offset};

/// No network check waits longer than this (and none retries).
const NET_TIMEOUT: Duration = Duration::from_secs(10);
/// Clocks further apart than this are worth a warning.
const SKEW_WARN_SECONDS: i64 = 30;
const SLOW_MS: u128 = 1000;

fn human_secs(s: i64) -> String {
    crate::commands::auth::span(s.unsigned_abs())
}

/// Every resolved setting with where it came from.
pub fn settings(ctx: &Context) -> Value {
    let s = &ctx.settings;
    let row = |name: &str, value: String, source: &Source| json!({"name": name, "value": value, "source": source.to_string()});
    let endpoint = match &s.endpoint.value {
        Endpoint::Url(u) => u.clone(),
        Endpoint::LocalSandbox => "local sandbox (started on demand)".into(),
        Endpoint::None => "(none)".into(),
    };
    let unset = || Source::Default;
    let mut rows = vec![
        row("profile", s.profile.value.clone(), &s.profile.source),
        row("api_url", endpoint, &s.endpoint.source),
        match &s.project {
            Some(p) => row("project", p.value.clone(), &p.source),
            None => row("project", "(none)".into(), &unset()),
        },
        row("output", s.output.value.to_string(), &s.output.source),
        row(
            "timeout",
            crate::http::human_duration(s.timeout.value),
            &s.timeout.source,
        ),
        row(
            "max_retries",
            s.max_retries.value.to_string(),
            &s.max_retries.source,
        ),
        match &s.ca_cert {
            Some(c) => row("ca_cert", c.value.display().to_string(), &c.source),
            None => row("ca_cert", "(OS trust store only)".into(), &unset()),
        },
        if s.is_builtin_sandbox() {
            row("credential_store", "file".into(), &Source::BuiltIn)
        } else {
            row(
                "credential_store",
                s.credential_store.value.clone(),
                &s.credential_store.source,
            )
        },
        if s.env_token.is_some() {
            row("token", "RIME_TOKEN".into(), &Source::Env("RIME_TOKEN"))
        } else {
            row("token", "stored credential".into(), &unset())
        },
        row(
            "config_dir",
            s.config_dir.display().to_string(),
            &if ctx.env.config_dir.is_some() {
                Source::Env("RIME_CONFIG_DIR")
            } else {
                Source::Default
            },
        ),
    ];
    for (name, var, value) in [
        ("https_proxy", "HTTPS_PROXY", &ctx.env.https_proxy),
        ("http_proxy", "HTTP_PROXY", &ctx.env.http_proxy),
        ("all_proxy", "ALL_PROXY", &ctx.env.all_proxy),
        ("no_proxy", "NO_PROXY", &ctx.env.no_proxy),
    ] {
        if let Some(v) = value {
            rows.push(row(name, proxy::hide_password(v), &Source::Env(var)));
        }
    }
    Value::Array(rows)
}

pub async fn run_all(ctx: &Context) -> Vec<Check> {
    let mut checks = vec![config(ctx), credential_store(ctx), keyring(ctx).await];
    let base = match ctx.base_url().await {
        Ok(b) => b,
        Err(e) => {
            checks.push(Check::failed("api", format!("{e:#}")));
            return checks;
        }
    };
    let url = url::Url::parse(&base).ok();
    let tls_config = tls_config(ctx, &base);
    checks.push(match url.as_ref().map(|u| proxy::route(&ctx.env, u)) {
        Some(Route::Direct(why)) => Check::passed("proxy", format!("direct: {why}")),
        Some(Route::Proxy { url, from }) => Check::passed("proxy", format!("via {url} (from {from})")),
        Some(Route::Unusable { raw, from }) => Check::warned(
            "proxy",
            format!("{from} = `{raw}` is not a proxy URL rime can use, so it is ignored and connections go direct"),
        ),
        None => Check::failed("proxy", format!("`{base}` is not a URL")),
    });

    let probe = probe(ctx, &base, tls_config.is_ok()).await;
    checks.push(match &tls_config {
        Err(msg) => Check::failed("tls", msg.clone()),
        Ok(desc) => match &probe {
            Err(e) if looks_like_tls(e) => Check::failed(
                "tls",
                format!("the TLS handshake failed ({e}); if your network inspects TLS, pass its CA with --ca-cert or RIME_CA_BUNDLE"),
            ),
            _ => Check::passed("tls", desc.clone()),
        },
    });
    checks.push(match &probe {
        Ok((resp, ms)) => api_check(&base, resp, *ms),
        Err(e) => Check::failed("api", format!("{base} is not reachable: {e}")),
    });
    if let Ok((resp, _)) = &probe {
        checks.push(clock(&resp.headers));
    }
    let me = if probe.is_ok() {
        let (check, headers) = token(ctx).await;
        checks.push(check);
        headers
    } else {
        checks.push(Check::failed(
            "token",
            "not checked: the API is not reachable",
        ));
        None
    };
    if let Some(headers) = me.or_else(|| probe.ok().map(|(r, _)| r.headers)) {
        checks.push(rate_limit(&headers));
    }
    checks
}

fn config(ctx: &Context) -> Check {
    let path = ctx.config.path.display();
    let profile = ctx.profile();
    match &ctx.settings.endpoint.value {
        Endpoint::None => Check::failed(
            "config",
            format!(
                "profile `{profile}` has no tenant or API URL: run `rime auth login --tenant NAME` or `rime profile set {profile} --tenant NAME`"
            ),
        ),
        Endpoint::LocalSandbox => Check::passed("config", "the built-in sandbox profile"),
        Endpoint::Url(_) if !ctx.config.has_profile(profile) => Check::warned(
            "config",
            format!(
                "profile `{profile}` is not in {path}; its settings come from flags and the environment"
            ),
        ),
        Endpoint::Url(_) => Check::passed("config", format!("{path}, profile `{profile}`")),
    }
}

fn credential_store(ctx: &Context) -> Check {
    if ctx.settings.env_token.is_some() {
        return Check::passed(
            "credential_store",
            "RIME_TOKEN is set: it is used as given, and the store is not read",
        );
    }
    let store = ctx.credentials();
    match store.load() {
        Ok(Some((_, StoreKind::File))) => match store.loose_permissions() {
            Some(w) => Check::warned("credential_store", w),
            None => Check::passed(
                "credential_store",
                format!(
                    "credentials file {} (mode 600)",
                    store.file_path().display()
                ),
            ),
        },
        Ok(Some((_, StoreKind::Keyring))) => Check::passed(
            "credential_store",
            format!("OS keyring, service rime, entry `{}`", ctx.profile()),
        ),
        Ok(None) => Check::passed(
            "credential_store",
            format!(
                "nothing stored for profile `{}` yet (credential_store = {})",
                ctx.profile(),
                store.choice
            ),
        ),
        Err(e) => Check::failed("credential_store", e.to_string()),
    }
}

async fn keyring(ctx: &Context) -> Check {
    let store = ctx.credentials();
    let choice = store.choice.clone();
    let started = Instant::now();
    let answer = tokio::task::spawn_blocking(move || store.keyring_health())
        .await
        .unwrap_or_else(|e| Err(e.to_string()));
    let limit = format!("timeout {}s", KEYRING_TIMEOUT.as_secs());
    match (answer, choice.as_str()) {
        (Ok(()), _) => Check::passed(
            "keyring",
            format!("answers (in {} ms; {limit})", started.elapsed().as_millis()),
        ),
        (Err(e), "keyring") => Check::failed(
            "keyring",
            format!(
                "does not answer ({e}; {limit}), and the profile requires it (credential_store = keyring)"
            ),
        ),
        (Err(e), "file") => Check::passed(
            "keyring",
            format!("not used (credential_store = file); it does not answer ({e}; {limit})"),
        ),
        (Err(e), _) => Check::warned(
            "keyring",
            format!(
                "does not answer ({e}; {limit}): secrets are kept in credentials.toml (mode 600) instead"
            ),
        ),
    }
}

/// How this profile talks TLS, or why it cannot.
fn tls_config(ctx: &Context, base: &str) -> Result<String, String> {
    let mut desc = if base.starts_with("https://") {
        "HTTPS (rustls; TLS 1.3 and 1.2) trusting the OS certificate store".to_string()
    } else {
        "plain HTTP to a loopback host (the local sandbox): no TLS".to_string()
    };
    if let Some(ca) = &ctx.settings.ca_cert {
        let path = ca.value.display();
        let pem = std::fs::read(&ca.value)
            .map_err(|e| format!("cannot read the CA bundle {path} (from {}): {e}", ca.source))?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
            format!(
                "{path} (from {}) is not a PEM certificate bundle: {e}",
                ca.source
            )
        })?;
        if certs.is_empty() {
            return Err(format!(
                "{path} (from {}) holds no PEM certificates",
                ca.source
            ));
        }
        desc.push_str(&format!(
            ", plus {} certificate(s) from {path} ({})",
            certs.len(),
            ca.source
        ));
    }
    Ok(desc)
}

fn looks_like_tls(e: &str) -> bool {
    let e = e.to_ascii_lowercase();
    ["certificate", "tls", "handshake", "unknownissuer"]
        .iter()
        .any(|w| e.contains(w))
}

/// One unauthenticated GET, timed; the response (any status) or why there was none.
async fn probe(ctx: &Context, base: &str, tls_ok: bool) -> Result<(Response, u128), String> {
    if !tls_ok {
        return Err("not checked: the TLS settings are broken".into());
    }
    let client = Client::new(
        ClientConfig {
            base_url: base,
            timeout: NET_TIMEOUT.min(ctx.settings.timeout.value),
            max_retries: 0,
            ca_cert: ctx.settings.ca_cert.as_ref().map(|c| c.value.as_path()),
            auth: Auth::None,
        },
        ctx.out.clone(),
    )
    .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let resp = client
        .send_raw(Request::new(Method::GET, ApiPath::of(["auth", "providers"])).no_auth())
        .await
        .map_err(|e| format!("{e:#}"))?;
    Ok((resp, started.elapsed().as_millis()))
}

fn api_check(base: &str, resp: &Response, ms: u128) -> Check {
    let rid = resp
        .request_id
        .as_deref()
        .map(|r| format!(", request id {r}"))
        .unwrap_or_default();
    let said = format!(
        "GET /auth/providers answered {} in {ms} ms{rid}",
        resp.status
    );
    match resp.status {
        200..=299 if ms >= SLOW_MS => Check::warned("api", format!("{base} is slow: {said}")),
        200..=299 => Check::passed("api", format!("{base} is reachable: {said}")),
        429 => Check::warned("api", format!("{base} is rate limiting: {said}")),
        404 => Check::failed(
            "api",
            format!("{base} does not look like the Rime API: {said}; check the tenant or API URL"),
        ),
        _ => Check::failed("api", format!("{base} is unhealthy: {said}")),
    }
}

fn clock(headers: &HeaderMap) -> Check {
    match date_offset(headers) {
        None => Check::warned(
            "clock",
            "the server sent no Date header; clock skew unknown",
        ),
        Some(off) if off.abs() <= SKEW_WARN_SECONDS => Check::passed(
            "clock",
            format!(
                "this machine is within {}s of the server's clock",
                off.abs().max(1)
            ),
        ),
        Some(off) => Check::warned(
            "clock",
            format!(
                "this machine's clock is {} {} the server's (Date header); rime measures token expiry on the server's clock, but check NTP",
                human_secs(off),
                if off > 0 { "behind" } else { "ahead of" }
            ),
        ),
    }
}

/// The credential in use against `/me`; also returns that answer's headers (rate limits).
async fn token(ctx: &Context) -> (Check, Option<HeaderMap>) {
    let client = match ctx.bounded_client(NET_TIMEOUT, 0).await {
        Ok(c) => c,
        Err(e) => return (Check::failed("token", format!("{e:#}")), None),
    };
    let resp = client
        .send(Request::new(Method::GET, ApiPath::of(["me"])))
        .await;
    let resp = match resp {
        Ok(r) => r,
        Err(e) => {
            let rejected = e.chain().any(|c| {
                c.downcast_ref::<ApiError>()
                    .is_some_and(|a| a.status == 401)
            }) || e
                .chain()
                .any(|c| matches!(c.downcast_ref::<CliError>(), Some(CliError::NotLoggedIn(_))));
            let msg = if rejected {
                format!(
                    "rejected ({e:#}); run `rime auth login --profile {}`",
                    ctx.profile()
                )
            } else {
                format!("{e:#}")
            };
            return (Check::failed("token", msg), None);
        }
    };
    let me = resp.json.clone().unwrap_or(Value::Null);
    let who = match me["user"]["email"].as_str() {
        Some(email) => format!("user {email}"),
        None => format!(
            "API key {} of project {}",
            me["auth"]["api_key_id"].as_str().unwrap_or("?"),
            me["auth"]["project_id"].as_str().unwrap_or("?")
        ),
    };
    let role = me["auth"]["role"].as_str().unwrap_or("?");
    let left = me["auth"]["expires_at"]
        .as_str()
        .and_then(|e| e.parse::<jiff::Timestamp>().ok())
        .zip(date_offset(&resp.headers))
        .map(|(e, off)| e.as_second() - jiff::Timestamp::now().as_second() - off);
    let refreshable = client.can_refresh();
    let is_key = me["auth"]["type"] == "api_key";
    let expiry = match left {
        None if is_key => "never expires".to_string(),
        None => "expiry unknown".to_string(),
        Some(s) if refreshable => {
            format!(
                "access token valid for {} (refreshed automatically)",
                human_secs(s)
            )
        }
        Some(s) => format!("valid for {}", human_secs(s)),
    };
    let message = format!("{who} ({role}), {expiry}");
    let check = match left {
        Some(s) if is_key && s < 7 * 24 * 3600 => Check::warned(
            "token",
            format!("{message}: create a new key before it expires"),
        ),
        Some(s) if !is_key && !refreshable && s < 300 => {
            Check::warned("token", format!("{message} and cannot be refreshed"))
        }
        _ => Check::passed("token", message),
    };
    (check, Some(resp.headers))
}

fn rate_limit(headers: &HeaderMap) -> Check {
    let num = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
    };
    let (Some(limit), Some(remaining)) = (num("x-ratelimit-limit"), num("x-ratelimit-remaining"))
    else {
        return Check::warned(
            "rate_limit",
            "the server sent no X-RateLimit-Limit/-Remaining headers",
        );
    };
    let reset = num("x-ratelimit-reset")
        .map(|s| format!("; full again in {}", human_secs(s as i64)))
        .unwrap_or_default();
    let msg = format!("{remaining} of {limit} requests left in this endpoint group{reset}");
    if remaining == 0 {
        Check::failed("rate_limit", format!("exhausted: {msg}"))
    } else if remaining * 10 < limit {
        Check::warned("rate_limit", format!("nearly exhausted: {msg}"))
    } else {
        Check::passed("rate_limit", msg)
    }
}
