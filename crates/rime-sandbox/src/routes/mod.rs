//! The HTTP surface: `/api/v1` (the contract), `/api/docs` (its OpenAPI document) and `/_sandbox` controls.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, Uri};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};

use crate::app::App;
use crate::error::ApiError;

pub mod api_keys;
pub mod audit_log;
pub mod auth;
pub mod connectors;
pub mod crud;
pub mod extract;
pub mod governance;
pub mod infrastructure;
pub mod monitoring;
pub mod pipelines;
pub mod projects;
pub mod run_filters;
pub mod tenant;
pub mod transformations;
pub mod users;

/// Query strings as a map (repeated keys: last wins), for filters and pagination.
pub type Query = axum::extract::Query<HashMap<String, String>>;

pub fn router(app: Arc<App>) -> Router {
    let api = Router::new()
        .merge(auth::routes())
        .merge(tenant::routes())
        .merge(users::routes())
        .merge(projects::routes())
        .merge(api_keys::routes())
        .merge(audit_log::routes())
        .merge(transformations::routes())
        .merge(pipelines::routes())
        .merge(infrastructure::routes())
        .merge(monitoring::routes())
        .merge(governance::routes())
        .merge(connectors::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(from_fn_with_state(app.clone(), crate::idempotency::layer))
        // Authentication and the document's request schemas, before idempotency and handlers.
        .layer(from_fn_with_state(app.clone(), crate::gate::layer))
        .layer(from_fn_with_state(app.clone(), rate_limit))
        // Outermost, and after routing: replays and 429s are tagged with their route too.
        .layer(from_fn(crate::server::tag_route))
        .layer(axum::extract::DefaultBodyLimit::max(
            crate::body::JSON_LIMIT,
        ));
    Router::new()
        .nest("/api/v1", api)
        .route("/api/docs", axum::routing::get(crate::openapi::serve))
        .nest("/_sandbox", crate::controls::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(app)
}

async fn not_found(method: Method, uri: Uri) -> ApiError {
    ApiError::not_found(format!("No route for {method} {}.", uri.path()))
}

async fn method_not_allowed() -> ApiError {
    ApiError::status(StatusCode::METHOD_NOT_ALLOWED)
}

/// Every `/api/v1` response carries the bucket's state; an empty bucket answers 429.
async fn rate_limit(State(app): State<Arc<App>>, req: Request<Body>, next: Next) -> Response {
    let group = crate::ratelimit::group(req.uri().path());
    let verdict = app.limiter.check("sandbox", &group);
    let mut resp = if verdict.allowed {
        next.run(req).await
    } else {
        ApiError::rate_limited(verdict.retry_after).into_response()
    };
    let h = resp.headers_mut();
    h.insert("x-ratelimit-limit", HeaderValue::from(verdict.limit));
    h.insert(
        "x-ratelimit-remaining",
        HeaderValue::from(verdict.remaining),
    );
    h.insert("x-ratelimit-reset", HeaderValue::from(verdict.reset));
    resp
}
