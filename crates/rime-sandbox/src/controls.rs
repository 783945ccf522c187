//! `/_sandbox/*` controls (loopback only): reset, faults, clock, limits, tier, bulk data, the stand-in IdP.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::middleware::{Next, from_fn};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use jiff::SignedDuration;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::app::App;
use crate::error::{ApiError, ApiResult};
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
        .layer(from_fn(loopback_only))
}

async fn loopback_only(req: Request, next: Next) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    match peer {
        Some(ip) if ip.is_loopback() => next.run(req).await,
        _ => ApiError::forbidden("Sandbox controls answer only on loopback.").into_response(),
    }
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

async fn reset(State(app): State<Arc<App>>) -> ApiResult<StatusCode> {
    crate::seed::reset(&app).map_err(|e| ApiError::internal(e.to_string()))?;
    app.faults.clear();
    app.recorder.clear();
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
struct FaultsBody {
    #[serde(flatten)]
    config: FaultConfig,
}

async fn faults_get(State(app): State<Arc<App>>) -> Json<Value> {
    Json(json!({"config": app.faults.config(), "stats": app.faults.stats()}))
}

async fn faults_put(State(app): State<Arc<App>>, Json(body): Json<FaultsBody>) -> Json<Value> {
    app.faults.set(body.config);
    Json(json!({"config": app.faults.config()}))
}

async fn faults_clear(State(app): State<Arc<App>>) -> StatusCode {
    app.faults.clear();
    StatusCode::NO_CONTENT
}

async fn faults_script(
    State(app): State<Arc<App>>,
    Json(items): Json<Vec<Scripted>>,
) -> StatusCode {
    app.faults.push_script(items);
    StatusCode::NO_CONTENT
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

async fn clock_set(State(app): State<Arc<App>>, Json(body): Json<ClockBody>) -> Json<Value> {
    if let Some(rate) = body.rate {
        app.clock.set_rate(rate);
    }
    if let Some(secs) = body.advance_seconds {
        app.clock
            .advance(SignedDuration::from_secs_f64(secs.max(0.0)));
    }
    Json(json!({"now": app.now_str(), "rate": app.clock.rate()}))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitsBody {
    capacity: u32,
    per_second: f64,
}

async fn limits(State(app): State<Arc<App>>, Json(body): Json<LimitsBody>) -> Json<Value> {
    app.limiter.set_limits(body.capacity, body.per_second);
    let (capacity, per_second) = app.limiter.limits();
    Json(json!({"capacity": capacity, "per_second": per_second}))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantBody {
    tier: String,
}

async fn tenant(
    State(app): State<Arc<App>>,
    Json(body): Json<TenantBody>,
) -> ApiResult<Json<Value>> {
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
    count: usize,
    project_id: Option<String>,
}

/// Creates many plausible objects at once (pagination tests and benchmarks), bypassing tier limits.
async fn bulk(State(app): State<Arc<App>>, Json(body): Json<BulkBody>) -> ApiResult<Json<Value>> {
    let created = crate::bulk::generate(&app, &body.kind, body.count, body.project_id.as_deref())?;
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
