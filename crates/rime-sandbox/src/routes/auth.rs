//! `/auth/*` and `/me`: password login, rotating refresh, logout, SSO/Google via the stand-in IdP, code exchange.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};

use super::Query;
use crate::app::{Actor, App, Audit};
use crate::auth::{self, ClientIp, Principal, RefreshOutcome};
use crate::body::{Body, Check};
use crate::collection::USERS;
use crate::error::{ApiError, ApiResult};
use crate::store::Store;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/auth/login", post(login))
        .route("/auth/refresh", post(refresh))
        .route("/auth/logout", post(logout))
        .route("/auth/providers", get(providers))
        .route("/auth/sso/{provider_id}/login", get(sso_login))
        .route("/auth/google/login", get(google_login))
        .route("/auth/token", post(token))
        .route("/me", get(me))
}

/// The identity providers configured for the sandbox tenant.
pub const PROVIDERS: &[(&str, &str, &str)] = &[
    ("okta", "saml", "Okta (sandbox stand-in)"),
    ("entra", "oidc", "Microsoft Entra ID (sandbox stand-in)"),
    ("google", "google", "Google"),
];

async fn login(
    State(app): State<Arc<App>>,
    ClientIp(ip): ClientIp,
    Body(body): Body,
) -> ApiResult<Json<Value>> {
    let mut c = Check::new(&body);
    let email = c.string("email", true);
    let password = c.string("password", true);
    c.only(&["email", "password"], &[]);
    c.finish()?;
    let (email, password) = (email.unwrap_or_default(), password.unwrap_or_default());
    let conn = app.db();
    let store = Store(&conn);
    let user = USERS.named(&conn, "", &email.to_ascii_lowercase())?;
    let failure = match &user {
        None => Some("unknown email"),
        Some(u) if !auth::check_password(&conn, &u.id, &password)? => Some("wrong password"),
        Some(u) if u.body["status"] == "suspended" => Some("user suspended"),
        Some(_) => None,
    };
    let actor = Actor {
        kind: "user",
        id: user.as_ref().map(|u| u.id.clone()),
        email: Some(email.clone()),
    };
    if let Some(reason) = failure {
        Audit::actor(&actor, ip.as_deref(), "auth.login_failed")
            .on("session", None, None)
            .failed()
            .details(json!({"method": "password", "reason": reason}))
            .write(&app, &conn);
        return Err(ApiError::unauthorized("Invalid email or password."));
    }
    let mut user = user.expect("checked");
    let session = auth::new_session(&app, &conn, &user.id, "password")?;
    let tokens = auth::issue_tokens(&app, &conn, &session)?;
    user.body["last_login_at"] = Value::String(app.now_str());
    store.put_body(&user.id, &user.body)?;
    Audit::actor(&actor, ip.as_deref(), "auth.login")
        .on("session", Some(&session), None)
        .details(json!({"method": "password"}))
        .write(&app, &conn);
    Ok(Json(tokens))
}

async fn refresh(
    State(app): State<Arc<App>>,
    ClientIp(ip): ClientIp,
    Body(body): Body,
) -> ApiResult<Json<Value>> {
    let mut c = Check::new(&body);
    let token = c.string("refresh_token", true);
    c.only(&["refresh_token"], &[]);
    c.finish()?;
    let conn = app.db();
    match auth::spend_refresh(&app, &conn, &token.unwrap_or_default())? {
        RefreshOutcome::Ok { session_id, .. } => {
            Ok(Json(auth::issue_tokens(&app, &conn, &session_id)?))
        }
        RefreshOutcome::Invalid => Err(ApiError::unauthorized("Invalid or expired refresh token.")),
        RefreshOutcome::Reused { user_id } => {
            let actor = Actor {
                kind: "user",
                id: Some(user_id),
                email: None,
            };
            Audit::actor(&actor, ip.as_deref(), "auth.refresh_token_reused")
                .on("session", None, None)
                .failed()
                .details(json!({"effect": "session revoked"}))
                .write(&app, &conn);
            Err(ApiError::unauthorized(
                "Refresh token was already used; the session has been revoked.",
            ))
        }
    }
}

async fn logout(
    State(app): State<Arc<App>>,
    p: Principal,
    Body(body): Body,
) -> ApiResult<StatusCode> {
    let mut c = Check::new(&body);
    let token = c.string("refresh_token", false);
    c.only(&["refresh_token"], &[]);
    c.finish()?;
    let conn = app.db();
    if let Some(session) = &p.session_id {
        auth::revoke_session(&conn, session)?;
    } else if token.is_none() {
        return Err(ApiError::forbidden(
            "API keys have no session to log out of; revoke the key instead.",
        ));
    }
    if let Some(token) = token {
        // The refresh token must belong to the caller; spending it ends its session too.
        if let RefreshOutcome::Ok {
            session_id,
            user_id,
        } = auth::spend_refresh(&app, &conn, &token)?
            && p.user_id() == Some(user_id.as_str())
        {
            auth::revoke_session(&conn, &session_id)?;
        }
    }
    Audit::by(&p, "auth.logout")
        .on("session", p.session_id.as_deref(), None)
        .write(&app, &conn);
    Ok(StatusCode::NO_CONTENT)
}

async fn providers() -> Json<Value> {
    let data: Vec<Value> = PROVIDERS
        .iter()
        .map(|(id, kind, name)| json!({"id": id, "type": kind, "name": name}))
        .collect();
    Json(json!({ "data": data }))
}

/// Only loopback redirect URIs are accepted: the CLI listens on 127.0.0.1 for the code.
pub fn loopback_redirect(uri: &str) -> bool {
    let Some(rest) = uri.strip_prefix("http://") else {
        return false;
    };
    let host_port = rest.split(['/', '?', '#']).next().unwrap_or("");
    let Some((host, port)) = host_port.rsplit_once(':') else {
        return false;
    };
    (host == "127.0.0.1" || host == "localhost" || host == "[::1]") && port.parse::<u16>().is_ok()
}

fn start_browser_flow(
    app: &App,
    provider: &str,
    q: &std::collections::HashMap<String, String>,
) -> ApiResult<Response> {
    if !PROVIDERS.iter().any(|(id, _, _)| *id == provider) {
        return Err(ApiError::not_found(format!(
            "Identity provider '{provider}' is not configured for this tenant."
        )));
    }
    let mut details = Vec::new();
    let redirect_uri = q.get("redirect_uri").cloned().unwrap_or_default();
    if !loopback_redirect(&redirect_uri) {
        details.push(crate::error::Detail::new(
            "redirect_uri",
            "must be http://127.0.0.1:<port>/… or http://localhost:<port>/…",
        ));
    }
    let state = q.get("state").cloned().unwrap_or_default();
    if state.is_empty() {
        details.push(crate::error::Detail::new("state", "is required"));
    }
    if !details.is_empty() {
        return Err(ApiError::validation("Invalid login request.", details));
    }
    let base = app.base_url.get().cloned().unwrap_or_default();
    let origin = base.trim_end_matches("/api/v1");
    let mut target = url_with(
        &format!("{origin}/_sandbox/idp/authorize"),
        &[
            ("provider", provider),
            ("redirect_uri", &redirect_uri),
            ("state", &state),
        ],
    );
    if let Some(hint) = q.get("login_hint") {
        target = url_with(&target, &[("login_hint", hint)]);
    }
    Ok(found(&target))
}

/// A `302 Found` redirect, as the contract's browser flows specify (axum's `Redirect::to` is a 303).
pub fn found(location: &str) -> Response {
    (
        StatusCode::FOUND,
        [(axum::http::header::LOCATION, location.to_string())],
    )
        .into_response()
}

/// Appends query parameters, percent-encoding them.
pub fn url_with(base: &str, params: &[(&str, &str)]) -> String {
    let mut out = base.to_string();
    for (k, v) in params {
        out.push(if out.contains('?') { '&' } else { '?' });
        out.push_str(k);
        out.push('=');
        out.push_str(&crate::controls::pct(v));
    }
    out
}

async fn sso_login(
    State(app): State<Arc<App>>,
    Path(provider): Path<String>,
    axum::extract::Query(q): Query,
) -> ApiResult<Response> {
    start_browser_flow(&app, &provider, &q)
}

async fn google_login(
    State(app): State<Arc<App>>,
    axum::extract::Query(q): Query,
) -> ApiResult<Response> {
    start_browser_flow(&app, "google", &q)
}

async fn token(
    State(app): State<Arc<App>>,
    ClientIp(ip): ClientIp,
    Body(body): Body,
) -> ApiResult<Json<Value>> {
    let mut c = Check::new(&body);
    c.one_of("grant_type", &["authorization_code"], true);
    let code = c.string("code", true);
    let redirect_uri = c.string("redirect_uri", true);
    c.only(&["grant_type", "code", "redirect_uri"], &[]);
    c.finish()?;
    let conn = app.db();
    let Some(user_id) = auth::spend_auth_code(
        &app,
        &conn,
        &code.unwrap_or_default(),
        &redirect_uri.unwrap_or_default(),
    )?
    else {
        return Err(ApiError::unauthorized(
            "Invalid, expired or already used authorization code.",
        ));
    };
    let session = auth::new_session(&app, &conn, &user_id, "sso")?;
    let tokens = auth::issue_tokens(&app, &conn, &session)?;
    let store = Store(&conn);
    let user = USERS.get(&conn, &user_id)?;
    if let Some(mut u) = user.clone() {
        u.body["last_login_at"] = Value::String(app.now_str());
        store.put_body(&u.id, &u.body)?;
    }
    let actor = Actor {
        kind: "user",
        id: Some(user_id),
        email: user.and_then(|u| u.body["email"].as_str().map(String::from)),
    };
    Audit::actor(&actor, ip.as_deref(), "auth.login")
        .on("session", Some(&session), None)
        .details(json!({"method": "sso"}))
        .write(&app, &conn);
    Ok(Json(tokens))
}

async fn me(State(app): State<Arc<App>>, p: Principal) -> ApiResult<Json<Value>> {
    let conn = app.db();
    let user = match p.user_id() {
        Some(id) => USERS.get(&conn, id)?.map(|u| u.body).unwrap_or(Value::Null),
        None => Value::Null,
    };
    let tenant = super::tenant::tenant_body(&app, &conn)?;
    let mut auth = json!({
        "type": if p.is_api_key() { "api_key" } else { "user" },
        "expires_at": p.expires_at.map(crate::clock::rfc3339),
        "role": p.role.as_str(),
    });
    if let Some(project) = &p.key_project {
        auth["project_id"] = Value::String(project.clone());
        auth["api_key_id"] = json!(p.actor.id);
    }
    Ok(Json(json!({"user": user, "tenant": tenant, "auth": auth})))
}
