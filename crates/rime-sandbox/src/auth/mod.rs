//! Identity: password hashes, sessions with rotating refresh tokens, API keys, and the request principal.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use jiff::{SignedDuration, Timestamp};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

use crate::app::{Actor, App};
use crate::clock::rfc3339;
use crate::collection::{API_KEYS, USERS};
use crate::error::{ApiError, ApiResult};
use crate::ids::{IdGen, sha256_hex};
use crate::store::{Store, sql};

mod sessions;

pub use sessions::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Admin,
    Editor,
    Viewer,
    GovernanceAdmin,
}

pub const ROLES: &[&str] = &["admin", "editor", "viewer", "governance_admin"];

impl Role {
    pub fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "admin" => Role::Admin,
            "editor" => Role::Editor,
            "viewer" => Role::Viewer,
            "governance_admin" => Role::GovernanceAdmin,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor => "editor",
            Role::Viewer => "viewer",
            Role::GovernanceAdmin => "governance_admin",
        }
    }
}

/// The authenticated caller of a request.
#[derive(Debug, Clone)]
pub struct Principal {
    pub actor: Actor,
    pub role: Role,
    /// Set for API keys: the only project they may touch.
    pub key_project: Option<String>,
    pub session_id: Option<String>,
    pub expires_at: Option<Timestamp>,
    pub source_ip: Option<String>,
}

impl Principal {
    /// How the caller is named in `created_by` and `classified_by`: a user's email, else the key id.
    pub fn label(&self) -> Option<String> {
        self.actor.email.clone().or_else(|| self.actor.id.clone())
    }

    pub fn is_api_key(&self) -> bool {
        self.key_project.is_some()
    }

    pub fn user_id(&self) -> Option<&str> {
        if self.is_api_key() {
            None
        } else {
            self.actor.id.as_deref()
        }
    }

    fn key_refused() -> ApiError {
        ApiError::forbidden("API keys may only call their own project's endpoints and GET /me.")
    }

    /// Tenant administration (users, tenant settings, audit log, API keys).
    pub fn require_admin(&self) -> ApiResult<()> {
        if self.is_api_key() {
            return Err(Principal::key_refused());
        }
        if self.role != Role::Admin {
            return Err(ApiError::forbidden(format!(
                "This action requires the admin role; you are {}.",
                self.role.as_str()
            )));
        }
        Ok(())
    }

    /// Tenant-level reads by signed-in users (project list, tenant, user list).
    pub fn require_user(&self) -> ApiResult<()> {
        if self.is_api_key() {
            Err(Principal::key_refused())
        } else {
            Ok(())
        }
    }

    pub fn require_project_read(&self, project_id: &str) -> ApiResult<()> {
        match &self.key_project {
            Some(p) if p != project_id => Err(Principal::key_refused()),
            _ => Ok(()),
        }
    }

    /// Writes to project resources: admin and editor (and API keys with the editor role).
    pub fn require_project_write(&self, project_id: &str) -> ApiResult<()> {
        self.require_project_read(project_id)?;
        match self.role {
            Role::Admin | Role::Editor => Ok(()),
            other => Err(ApiError::forbidden(format!(
                "The {} role cannot change project resources.",
                other.as_str()
            ))),
        }
    }

    /// Governance writes: admins and governance administrators.
    pub fn require_governance_write(&self, project_id: &str) -> ApiResult<()> {
        self.require_project_read(project_id)?;
        match self.role {
            Role::Admin | Role::GovernanceAdmin => Ok(()),
            other => Err(ApiError::forbidden(format!(
                "The {} role cannot change governance settings.",
                other.as_str()
            ))),
        }
    }
}

fn bearer(parts: &Parts) -> Option<&str> {
    let value = parts
        .headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

pub fn source_ip(parts: &Parts) -> Option<String> {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
}

/// The caller's IP address, for unauthenticated routes' audit entries.
pub struct ClientIp(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(source_ip(parts)))
    }
}

/// Resolves a bearer token without side effects; `None` when unknown, revoked or expired.
pub fn resolve(
    app: &App,
    conn: &Connection,
    token: &str,
) -> ApiResult<Result<Principal, &'static str>> {
    let hash = sha256_hex(token.as_bytes());
    let now = app.now();
    if token.starts_with("rk_") {
        let key_id: Option<String> = conn
            .query_row(
                "SELECT key_id FROM tokens WHERE hash = ? AND kind = 'api_key'",
                params![hash],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql)?;
        let Some(key_id) = key_id else {
            return Ok(Err("Invalid API key."));
        };
        let Some(key) = API_KEYS.get(conn, &key_id)? else {
            return Ok(Err("API key has been revoked."));
        };
        let expires_at = key.body["expires_at"]
            .as_str()
            .and_then(|s| s.parse::<Timestamp>().ok());
        if expires_at.is_some_and(|e| e <= now) {
            return Ok(Err("API key has expired."));
        }
        let role = key.body["role"]
            .as_str()
            .and_then(Role::parse)
            .unwrap_or(Role::Viewer);
        return Ok(Ok(Principal {
            actor: Actor {
                kind: "api_key",
                id: Some(key.id.clone()),
                email: None,
            },
            role,
            key_project: Some(key.scope.clone()),
            session_id: None,
            expires_at,
            source_ip: None,
        }));
    }
    let row: Option<(String, i64, String, i64)> = conn
        .query_row(
            "SELECT t.session_id, t.expires_at, s.user_id, s.revoked FROM tokens t JOIN sessions s ON s.id = t.session_id
             WHERE t.hash = ? AND t.kind = 'access'",
            params![hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()
        .map_err(sql)?;
    let Some((session_id, expires_at, user_id, revoked)) = row else {
        return Ok(Err("Invalid or revoked access token."));
    };
    if revoked != 0 {
        return Ok(Err("Session has been revoked."));
    }
    if expires_at <= unix(now) {
        return Ok(Err("Access token has expired."));
    }
    let Some(user) = USERS.get(conn, &user_id)? else {
        return Ok(Err("User no longer exists."));
    };
    if user.body["status"] == "suspended" {
        return Ok(Err("User is suspended."));
    }
    let role = user.body["role"]
        .as_str()
        .and_then(Role::parse)
        .unwrap_or(Role::Viewer);
    Ok(Ok(Principal {
        actor: Actor {
            kind: "user",
            id: Some(user.id.clone()),
            email: user.body["email"].as_str().map(String::from),
        },
        role,
        key_project: None,
        session_id: Some(session_id),
        expires_at: Timestamp::from_second(expires_at).ok(),
        source_ip: None,
    }))
}

impl FromRequestParts<Arc<App>> for Principal {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &Arc<App>,
    ) -> Result<Self, Self::Rejection> {
        // The request gate authenticates first and leaves the principal for the handler.
        if let Some(p) = parts.extensions.get::<Principal>() {
            return Ok(p.clone());
        }
        let Some(token) = bearer(parts) else {
            return Err(ApiError::unauthorized(
                "Missing bearer token: send `Authorization: Bearer <token>`.",
            ));
        };
        let resolved = {
            let conn = app.db();
            let resolved = resolve(app, &conn, token)?;
            if let Ok(p) = &resolved
                && let (true, Some(id)) = (p.is_api_key(), p.actor.id.as_deref())
            {
                touch_key(app, &conn, id);
            }
            resolved
        };
        match resolved {
            Ok(mut p) => {
                p.source_ip = source_ip(parts);
                Ok(p)
            }
            Err(msg) => Err(ApiError::unauthorized(msg)),
        }
    }
}

/// Records `last_used_at`, at most once a minute so hot loops don't write on every call.
fn touch_key(app: &App, conn: &Connection, key_id: &str) {
    let store = Store(conn);
    let Ok(Some(mut key)) = API_KEYS.get(conn, key_id) else {
        return;
    };
    let now = app.now();
    let last = key.body["last_used_at"]
        .as_str()
        .and_then(|s| s.parse::<Timestamp>().ok());
    if last.is_none_or(|l| now.duration_since(l) >= SignedDuration::from_secs(60)) {
        key.body["last_used_at"] = Value::String(rfc3339(now));
        let _ = store.put_body(key_id, &key.body);
    }
}

/// Creates an API key of project `pid` (the route, and seeding, which needs the secret back):
/// the key as the API shows it and its secret, shown only once.
pub fn mint_api_key(
    app: &App,
    conn: &Connection,
    pid: &str,
    (name, role): (&str, &str),
    expires_in_days: Option<i64>,
    created_by: Option<&str>,
) -> ApiResult<(Value, String)> {
    let secret = format!("rk_{}", IdGen::secret(40));
    let id = app.new_id("key");
    let now = app.now();
    let key = json!({
        "id": id,
        "name": name,
        "prefix": &secret[..8],
        "role": role,
        "project_id": pid,
        "created_at": rfc3339(now),
        "created_by": created_by,
        "last_used_at": null,
        "expires_at": expires_in_days.map(|d| rfc3339(now + SignedDuration::from_hours(24 * d))),
    });
    Store(conn).insert(
        API_KEYS
            .new_obj(&id, pid, Some(pid), &key)
            .named(Some(name)),
    )?;
    store_api_key_secret(conn, &id, &secret)?;
    Ok((key, secret))
}

fn store_api_key_secret(conn: &Connection, key_id: &str, secret: &str) -> ApiResult<()> {
    conn.execute(
        "INSERT INTO tokens (hash, kind, key_id) VALUES (?, 'api_key', ?)",
        params![sha256_hex(secret.as_bytes()), key_id],
    )
    .map(|_| ())
    .map_err(sql)
}

pub fn delete_api_key_secret(conn: &Connection, key_id: &str) -> ApiResult<()> {
    conn.execute("DELETE FROM tokens WHERE key_id = ?", params![key_id])
        .map(|_| ())
        .map_err(sql)
}
