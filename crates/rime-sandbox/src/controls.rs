//! `/_sandbox/*` controls (loopback only): reset, faults, clock, limits, tier, bulk data, the stand-in IdP.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::{Next, from_fn};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use jiff::SignedDuration;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::app::App;
use crate::clock::{MAX_ADVANCE_SECONDS, check_rate};
use crate::error::{ApiError, ApiResult, Detail};
use crate::faults::{FaultConfig, Scripted};
use crate::store::Store;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/info", get(info))
        .route("/reset", post(reset))
        .route(
            "/faults",
            get(faults_get).put(faults_put).delete(faults_clear),
        )
        .route("/faults/script", post(faults_script))
        .route("/clock", get(clock_get).post(clock_set))
        .route("/limits", put(limits))
        .route("/tenant", put(tenant))
        .route("/bulk", post(bulk))
        .route("/objects", post(crate::fixtures::insert))
        .route("/idp/authorize", get(idp_authorize))
        .merge(crate::routes::infrastructure::controls())
        .layer(from_fn(guard))
}

/// Who may use the controls: a loopback peer that names a loopback host, and, for anything that
/// changes state, a JSON body. A web page the user visits can make the browser send requests to
/// 127.0.0.1, but a cross-site form cannot set `Content-Type: application/json` (that needs a
/// CORS preflight, which the sandbox never grants), and a DNS-rebinding page reaches the port
/// under its own host name, which the `Host` check refuses.
async fn guard(req: Request, next: Next) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    if !peer.is_some_and(|ip| ip.is_loopback()) {
        return ApiError::forbidden("Sandbox controls answer only on loopback.").into_response();
    }
    let port = req
        .extensions()
        .get::<crate::server::LocalAddr>()
        .map(|a| a.0.port());
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok());
    if !port.is_some_and(|port| host.is_some_and(|h| loopback_host(h, port))) {
        return ApiError::forbidden(format!(
            "Sandbox controls answer only to a loopback Host header (127.0.0.1, localhost or [::1] \
             with port {}), not `{}`.",
            port.unwrap_or_default(),
            host.unwrap_or("")
        ))
        .into_response();
    }
    let safe = matches!(*req.method(), Method::GET | Method::HEAD);
    if !safe && !json_content_type(req.headers()) {
        let mut e = ApiError::status(StatusCode::UNSUPPORTED_MEDIA_TYPE);
        e.message = "Sandbox controls that change state need `Content-Type: application/json` \
                     (even with an empty body), which a cross-site form cannot send."
            .into();
        return e.into_response();
    }
    next.run(req).await
}

/// `127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT` (no port only when it is 80).
fn loopback_host(host: &str, port: u16) -> bool {
    let (name, rest) = match host.strip_prefix('[') {
        Some(r) => match r.split_once(']') {
            Some(parts) => parts,
            None => return false,
        },
        None => host.split_at(host.find(':').unwrap_or(host.len())),
    };
    let port_ok = match rest.strip_prefix(':') {
        Some(p) => p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u16>() == Ok(port),
        None => rest.is_empty() && port == 80,
    };
    port_ok && (name == "127.0.0.1" || name == "::1" || name.eq_ignore_ascii_case("localhost"))
}

fn json_content_type(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"))
}

/// A control's body: the JSON it names (empty means `{}`), or a 400 in the envelope saying what
/// is wrong with it, never axum's plain-text rejection.
pub(crate) fn parse<T: DeserializeOwned>(bytes: &Bytes) -> ApiResult<T> {
    let text: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        bytes
    };
    serde_json::from_slice(text).map_err(|e| {
        let what = e.to_string();
        let what = what.split(" at line ").next().unwrap_or(&what).to_string();
        ApiError::field("body", what)
    })
}

/// Percent-encodes a query value (RFC 3986 unreserved characters pass).
pub fn pct(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

async fn info(State(app): State<Arc<App>>) -> ApiResult<Json<Value>> {
    let conn = app.db();
    let seed: Value = Store(&conn)
        .meta("seed_info")?
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(Value::Null);
    Ok(Json(json!({
        "base_url": app.base_url.get(),
        "now": app.now_str(),
        "clock_rate": app.clock.rate(),
        "seed": app.opts.seed,
        "tenant": "sandbox",
        "logins": seed["logins"],
        "pid": std::process::id(),
    })))
}

async fn reset(State(app): State<Arc<App>>, body: Bytes) -> ApiResult<StatusCode> {
    parse::<Empty>(&body)?;
    crate::seed::reset(&app).map_err(|e| ApiError::internal(e.to_string()))?;
    app.faults.clear();
    app.recorder.clear();
    Ok(StatusCode::NO_CONTENT)
}

/// A control that takes no fields: an empty body or `{}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Empty {}

async fn faults_get(State(app): State<Arc<App>>) -> Json<Value> {
    Json(json!({"config": app.faults.config(), "stats": app.faults.stats()}))
}

/// The longest injected delay (latency plus jitter; tests hold requests for minutes to show that
/// nothing waits for them) and `Retry-After`: bounded, so no value overflows the timer.
const MAX_DELAY_MS: u64 = 3_600_000;
const MAX_RETRY_AFTER_SECONDS: u64 = 86_400;
const MAX_SCRIPT: usize = 10_000;

async fn faults_put(State(app): State<Arc<App>>, body: Bytes) -> ApiResult<Json<Value>> {
    let config: FaultConfig = parse(&body)?;
    let rates = [
        ("rate_429", config.rate_429),
        ("rate_500", config.rate_500),
        ("rate_502", config.rate_502),
        ("rate_503", config.rate_503),
        ("drop_before", config.drop_before),
        ("drop_after", config.drop_after),
        ("truncate", config.truncate),
        ("non_json", config.non_json),
    ];
    let mut details = Vec::new();
    for (field, rate) in rates {
        if !(0.0..=1.0).contains(&rate) {
            details.push(Detail::new(field, "must be a fraction from 0 to 1"));
        }
    }
    for (field, ms) in [
        ("latency_ms", config.latency_ms),
        ("jitter_ms", config.jitter_ms),
    ] {
        if ms > MAX_DELAY_MS {
            details.push(Detail::new(
                field,
                format!("must be at most {MAX_DELAY_MS}"),
            ));
        }
    }
    if config.latency_ms.saturating_add(config.jitter_ms) > MAX_DELAY_MS {
        details.push(Detail::new(
            "jitter_ms",
            format!("latency_ms + jitter_ms must be at most {MAX_DELAY_MS}"),
        ));
    }
    if config.retry_after_seconds > MAX_RETRY_AFTER_SECONDS {
        details.push(Detail::new(
            "retry_after_seconds",
            format!("must be at most {MAX_RETRY_AFTER_SECONDS}"),
        ));
    }
    if !details.is_empty() {
        return Err(ApiError::validation(
            "Invalid fault configuration.",
            details,
        ));
    }
    app.faults.set(config);
    Ok(Json(json!({"config": app.faults.config()})))
}

async fn faults_clear(State(app): State<Arc<App>>, body: Bytes) -> ApiResult<StatusCode> {
    parse::<Empty>(&body)?;
    app.faults.clear();
    Ok(StatusCode::NO_CONTENT)
}

async fn faults_script(State(app): State<Arc<App>>, body: Bytes) -> ApiResult<StatusCode> {
    let items: Vec<Scripted> = parse(&body)?;
    if items.len() > MAX_SCRIPT {
        return Err(ApiError::field(
            "body",
            format!("at most {MAX_SCRIPT} scripted faults at once"),
        ));
    }
    if let Some(i) = items.iter().position(|s| s.times == 0) {
        return Err(ApiError::field(
            format!("[{i}].times"),
            "must be at least 1",
        ));
    }
    app.faults.push_script(items);
    Ok(StatusCode::NO_CONTENT)
}

async fn clock_get(State(app): State<Arc<App>>) -> Json<Value> {
    Json(json!({"now": app.now_str(), "rate": app.clock.rate()}))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClockBody {
    advance_seconds: Option<f64>,
    rate: Option<f64>,
}

/// Both fields are checked before either applies, so a refused call changes nothing.
async fn clock_set(State(app): State<Arc<App>>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: ClockBody = parse(&body)?;
    if let Some(rate) = body.rate {
        check_rate(rate).map_err(|e| ApiError::field("rate", e.0))?;
    }
    let step = match body.advance_seconds {
        Some(secs) if !(0.0..=MAX_ADVANCE_SECONDS).contains(&secs) => {
            return Err(ApiError::field(
                "advance_seconds",
                format!("must be a number of seconds from 0 to {MAX_ADVANCE_SECONDS} (100 years)"),
            ));
        }
        Some(secs) => Some(
            SignedDuration::try_from_secs_f64(secs)
                .map_err(|e| ApiError::field("advance_seconds", format!("is out of range: {e}")))?,
        ),
        None => None,
    };
    if let Some(step) = step {
        let room = app.now().duration_until(jiff::Timestamp::MAX);
        if step > room {
            return Err(ApiError::field(
                "advance_seconds",
                "would move the clock past the year 9999",
            ));
        }
    }
    if let Some(rate) = body.rate {
        app.clock
            .set_rate(rate)
            .map_err(|e| ApiError::field("rate", e.0))?;
    }
    if let Some(step) = step {
        app.clock
            .advance(step)
            .map_err(|e| ApiError::field("advance_seconds", e.0))?;
    }
    Ok(Json(
        json!({"now": app.now_str(), "rate": app.clock.rate()}),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitsBody {
    capacity: u32,
    per_second: f64,
}

/// The fastest refill accepted (the benchmarks use it to switch rate limiting off).
const MAX_PER_SECOND: f64 = 1e9;

async fn limits(State(app): State<Arc<App>>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: LimitsBody = parse(&body)?;
    if body.capacity == 0 {
        return Err(ApiError::field("capacity", "must be at least 1"));
    }
    if !(body.per_second > 0.0 && body.per_second <= MAX_PER_SECOND) {
        return Err(ApiError::field(
            "per_second",
            format!("must be more than 0 and at most {MAX_PER_SECOND}"),
        ));
    }
    app.limiter.set_limits(body.capacity, body.per_second);
    let (capacity, per_second) = app.limiter.limits();
    Ok(Json(
        json!({"capacity": capacity, "per_second": per_second}),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantBody {
    tier: String,
}

async fn tenant(State(app): State<Arc<App>>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: TenantBody = parse(&body)?;
    if !crate::routes::tenant::TIERS.contains(&body.tier.as_str()) {
        return Err(ApiError::field(
            "tier",
            format!(
                "must be one of: {}",
                crate::routes::tenant::TIERS.join(", ")
            ),
        ));
    }
    let conn = app.db();
    let store = Store(&conn);
    let mut t: Value = store
        .meta("tenant")?
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_else(|| json!({}));
    t["tier"] = Value::String(body.tier);
    store.set_meta("tenant", &t.to_string())?;
    Ok(Json(crate::routes::tenant::tenant_body(&app, &conn)?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BulkBody {
    kind: String,
    count: u64,
    project_id: Option<String>,
}

/// Creates many plausible objects at once (pagination tests and benchmarks), bypassing tier limits.
async fn bulk(State(app): State<Arc<App>>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: BulkBody = parse(&body)?;
    let created =
        crate::bulk::generate(&app, &body.kind, body.count, body.project_id.as_deref()).await?;
    Ok(Json(json!({"kind": body.kind, "created": created})))
}

/// The stand-in identity provider: approves a seeded user at once and redirects with a code.
async fn idp_authorize(
    State(app): State<Arc<App>>,
    axum::extract::Query(q): crate::routes::Query,
) -> ApiResult<Response> {
    let redirect_uri = q.get("redirect_uri").cloned().unwrap_or_default();
    if !crate::routes::auth::loopback_redirect(&redirect_uri) {
        return Err(ApiError::field(
            "redirect_uri",
            "must be a loopback http URL",
        ));
    }
    let conn = app.db();
    let store = Store(&conn);
    let email = q
        .get("login_hint")
        .cloned()
        .unwrap_or_else(|| crate::seed::ADMIN_EMAIL.to_string());
    let Some(user) = store.find_by_name("user", "", &email.to_ascii_lowercase())? else {
        return Err(ApiError::not_found(format!(
            "The identity provider has no user '{email}'."
        )));
    };
    let code = crate::auth::new_auth_code(&app, &conn, &user.id, &redirect_uri)?;
    let state = q.get("state").cloned().unwrap_or_default();
    let target =
        crate::routes::auth::url_with(&redirect_uri, &[("code", &code), ("state", &state)]);
    Ok(crate::routes::auth::found(&target))
}
