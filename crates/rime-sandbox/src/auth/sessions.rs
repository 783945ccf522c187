//! Sign-in state: password hashes, sessions with rotating refresh tokens, single-use
//! authorization codes of the browser flows.

use std::num::NonZeroU32;

use jiff::{SignedDuration, Timestamp};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

use crate::app::App;
use crate::error::ApiResult;
use crate::ids::{IdGen, sha256_hex};
use crate::store::sql;

const PBKDF2_ROUNDS: u32 = 10_000;

pub fn hash_password(password: &str, salt: &[u8]) -> Vec<u8> {
    let mut out = vec![0u8; 32];
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        NonZeroU32::new(PBKDF2_ROUNDS).expect("non-zero"),
        salt,
        password.as_bytes(),
        &mut out,
    );
    out
}

pub fn set_password(conn: &Connection, user_id: &str, password: &str) -> ApiResult<()> {
    let salt = IdGen::secret(16).into_bytes();
    let hash = hash_password(password, &salt);
    conn.execute(
        "INSERT INTO passwords (user_id, salt, hash) VALUES (?, ?, ?)
         ON CONFLICT(user_id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash",
        params![user_id, salt, hash],
    )
    .map(|_| ())
    .map_err(sql)
}

pub fn check_password(conn: &Connection, user_id: &str, password: &str) -> ApiResult<bool> {
    let row: Option<(Vec<u8>, Vec<u8>)> = conn
        .query_row(
            "SELECT salt, hash FROM passwords WHERE user_id = ?",
            params![user_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(sql)?;
    Ok(match row {
        Some((salt, hash)) => ring::pbkdf2::verify(
            ring::pbkdf2::PBKDF2_HMAC_SHA256,
            NonZeroU32::new(PBKDF2_ROUNDS).expect("non-zero"),
            &salt,
            password.as_bytes(),
            &hash,
        )
        .is_ok(),
        None => false,
    })
}

pub(super) fn unix(ts: Timestamp) -> i64 {
    ts.as_second()
}

/// The login response shape, shared by login, refresh and code exchange.
pub fn issue_tokens(app: &App, conn: &Connection, session_id: &str) -> ApiResult<Value> {
    let now = app.now();
    let access = format!("rat_{}", IdGen::secret(40));
    let refresh = format!("rrt_{}", IdGen::secret(48));
    let access_exp = now + SignedDuration::from_secs(app.opts.access_token_ttl_seconds);
    let refresh_exp = now + SignedDuration::from_secs(app.opts.refresh_token_ttl_seconds);
    conn.execute(
        "INSERT INTO tokens (hash, kind, session_id, expires_at) VALUES (?, 'access', ?, ?), (?, 'refresh', ?, ?)",
        params![sha256_hex(access.as_bytes()), session_id, unix(access_exp), sha256_hex(refresh.as_bytes()), session_id, unix(refresh_exp)],
    )
    .map_err(sql)?;
    Ok(json!({
        "access_token": access,
        "refresh_token": refresh,
        "token_type": "Bearer",
        "expires_in": app.opts.access_token_ttl_seconds,
    }))
}

pub fn new_session(app: &App, conn: &Connection, user_id: &str, method: &str) -> ApiResult<String> {
    let id = app.new_id("ses");
    conn.execute(
        "INSERT INTO sessions (id, user_id, method, created_at) VALUES (?, ?, ?, ?)",
        params![id, user_id, method, unix(app.now())],
    )
    .map_err(sql)?;
    Ok(id)
}

pub fn revoke_session(conn: &Connection, session_id: &str) -> ApiResult<()> {
    conn.execute(
        "UPDATE sessions SET revoked = 1 WHERE id = ?",
        params![session_id],
    )
    .map_err(sql)?;
    conn.execute(
        "DELETE FROM tokens WHERE session_id = ? AND kind = 'access'",
        params![session_id],
    )
    .map_err(sql)?;
    Ok(())
}

pub fn revoke_user_sessions(conn: &Connection, user_id: &str) -> ApiResult<()> {
    let ids: Vec<String> = conn
        .prepare("SELECT id FROM sessions WHERE user_id = ? AND revoked = 0")
        .and_then(|mut st| st.query_map(params![user_id], |r| r.get(0))?.collect())
        .map_err(sql)?;
    for id in ids {
        revoke_session(conn, &id)?;
    }
    Ok(())
}

pub enum RefreshOutcome {
    Ok {
        session_id: String,
        user_id: String,
    },
    Invalid,
    /// A spent token came back: the session is revoked (theft detection).
    Reused {
        user_id: String,
    },
}

/// Spends a refresh token (single use). Reuse of a spent token revokes the whole session.
pub fn spend_refresh(app: &App, conn: &Connection, token: &str) -> ApiResult<RefreshOutcome> {
    let hash = sha256_hex(token.as_bytes());
    let row: Option<(String, i64, i64)> = conn
        .query_row(
            "SELECT session_id, expires_at, spent FROM tokens WHERE hash = ? AND kind = 'refresh'",
            params![hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .map_err(sql)?;
    let Some((session_id, expires_at, spent)) = row else {
        return Ok(RefreshOutcome::Invalid);
    };
    let session: Option<(String, i64)> = conn
        .query_row(
            "SELECT user_id, revoked FROM sessions WHERE id = ?",
            params![session_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(sql)?;
    let Some((user_id, revoked)) = session else {
        return Ok(RefreshOutcome::Invalid);
    };
    if spent != 0 {
        revoke_session(conn, &session_id)?;
        return Ok(RefreshOutcome::Reused { user_id });
    }
    if revoked != 0 || expires_at <= unix(app.now()) {
        return Ok(RefreshOutcome::Invalid);
    }
    conn.execute("UPDATE tokens SET spent = 1 WHERE hash = ?", params![hash])
        .map_err(sql)?;
    // The old access token dies with the rotation, so a leaked pair is short-lived.
    conn.execute(
        "DELETE FROM tokens WHERE session_id = ? AND kind = 'access'",
        params![session_id],
    )
    .map_err(sql)?;
    Ok(RefreshOutcome::Ok {
        session_id,
        user_id,
    })
}

/// A short-lived single-use authorization code for the browser flows.
pub fn new_auth_code(
    app: &App,
    conn: &Connection,
    user_id: &str,
    redirect_uri: &str,
) -> ApiResult<String> {
    let code = format!("rac_{}", IdGen::secret(32));
    let exp = app.now() + SignedDuration::from_secs(300);
    conn.execute(
        "INSERT INTO auth_codes (hash, user_id, redirect_uri, expires_at) VALUES (?, ?, ?, ?)",
        params![
            sha256_hex(code.as_bytes()),
            user_id,
            redirect_uri,
            unix(exp)
        ],
    )
    .map_err(sql)?;
    Ok(code)
}

/// Spends an authorization code; `None` when unknown, used, expired or for another redirect URI.
pub fn spend_auth_code(
    app: &App,
    conn: &Connection,
    code: &str,
    redirect_uri: &str,
) -> ApiResult<Option<String>> {
    let hash = sha256_hex(code.as_bytes());
    let row: Option<(String, String, i64, i64)> = conn
        .query_row(
            "SELECT user_id, redirect_uri, expires_at, used FROM auth_codes WHERE hash = ?",
            params![hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()
        .map_err(sql)?;
    let Some((user_id, uri, exp, used)) = row else {
        return Ok(None);
    };
    conn.execute(
        "UPDATE auth_codes SET used = 1 WHERE hash = ?",
        params![hash],
    )
    .map_err(sql)?;
    if used != 0 || exp <= unix(app.now()) || uri != redirect_uri {
        return Ok(None);
    }
    Ok(Some(user_id))
}
