//! Doctor checks over the network, each bounded by a short timeout and no retries: API
//! reachability and latency, the TLS handshake, clock skew, the token and rate-limit headroom.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::Check;
use crate::context::Context;
use crate::error::CliError;
use crate::http::{self, ApiError, ApiPath, Auth, Headers, Method, Request, Response, date_offset};

/// No network check waits longer than this (and none retries).
const NET_TIMEOUT: Duration = Duration::from_secs(10);
/// Clocks further apart than this are worth a warning.
const SKEW_WARN_SECONDS: i64 = 30;
const SLOW_MS: u128 = 1000;

fn human_secs(s: i64) -> String {
    crate::output::duration(s.unsigned_abs())
}

pub fn looks_like_tls(e: &str) -> bool {
    let e = e.to_ascii_lowercase();
    ["certificate", "tls", "handshake", "unknownissuer"]
        .iter()
        .any(|w| e.contains(w))
}

/// One unauthenticated GET, timed; the response (any status) or why there was none.
pub async fn probe(ctx: &Context, base: &str, tls_ok: bool) -> Result<(Response, u128), String> {
    if !tls_ok {
        return Err("not checked: the TLS settings are broken".into());
    }
    let client = ctx
        .client_with(base, Auth::None, Some((NET_TIMEOUT, 0)))
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let resp = client
        .send_raw(Request::new(Method::GET, ApiPath::of(["auth", "providers"])).no_auth())
        .await
        .map_err(|e| format!("{e:#}"))?;
    Ok((resp, started.elapsed().as_millis()))
}

pub fn api_check(base: &str, resp: &Response, ms: u128) -> Check {
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

pub fn clock(headers: &Headers) -> Check {
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
pub async fn token(ctx: &Context) -> (Check, Option<Headers>) {
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
            }) || e.chain().any(|c| {
                matches!(c.downcast_ref::<CliError>(), Some(CliError::NotLoggedIn(_)))
                    || matches!(c.downcast_ref(), Some(http::Error::SessionEnded(_)))
            });
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

pub fn rate_limit(headers: &Headers) -> Check {
    let num = |name: &str| headers.get(name).and_then(|v| v.trim().parse::<u64>().ok());
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
