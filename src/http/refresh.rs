//! Keeping a stored session alive: refresh before expiry or after a 401, once per session
//! across processes (a lock file), with the new pair stored inside the Ctrl-C critical section.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::critical::Critical;
use super::{ApiError, ApiPath, Auth, Client, Error, Method, RETRY_BUDGET, Request, Response};
use crate::credentials::{CredKind, Credential, Credentials};

/// A stored access token this close to expiry is refreshed before it is sent.
pub const REFRESH_MARGIN_SECONDS: i64 = 60;

impl Client {
    pub fn can_refresh(&self) -> bool {
        matches!(&self.auth, Auth::Stored { current, .. } if current.lock().expect("credential lock").refresh_token.is_some())
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
            (Some(now), Some(then)) => now.saturating_sub(then),
            _ => 0,
        };
        // Saturating: the stored figures come from a file anyone may have edited.
        c.expires_at.map(|e| {
            e.saturating_sub(jiff::Timestamp::now().as_second())
                .saturating_sub(drift)
        })
    }

    /// Refreshes the stored session first when its access token has less than `margin` seconds
    /// left. Returns whether a new token is now in use.
    pub async fn ensure_fresh(&self, margin: i64) -> anyhow::Result<bool> {
        if !self.can_refresh() || self.early_refresh_failed.load(Ordering::Relaxed) {
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
                        .any(|c| matches!(c.downcast_ref(), Some(Error::SessionEnded(_)))) =>
            {
                self.out.warn(&format!(
                    "could not refresh the access token ({e:#}); using it for the {left}s it has left"
                ));
                self.early_refresh_failed.store(true, Ordering::Relaxed);
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
                return Err(Error::SessionEnded(format!(
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
            return Err(Error::SessionEnded(format!(
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

/// The profile's refresh lock. Whoever holds it may be mid-refresh over a slow network, so the
/// wait is as long as one request with all its retries may take.
async fn refresh_lock(store: &Credentials) -> anyhow::Result<crate::config::file::Lock> {
    let name = format!("refresh-{}", store.profile);
    let deadline = Instant::now() + RETRY_BUDGET + Duration::from_secs(30);
    loop {
        if let Some(lock) = crate::config::file::try_lock(&store.config_dir, &name)? {
            return Ok(lock);
        }
        if Instant::now() >= deadline {
            return Err(crate::config::file::lock_timeout(&store.config_dir, &name).into());
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The stored credential for a login/refresh/token response.
pub fn credential_from_login(v: &Value) -> Result<Credential, Error> {
    let access = v["access_token"].as_str().filter(|s| !s.is_empty());
    let Some(access) = access else {
        return Err(Error::Decode {
            message: "the login response has no access_token".into(),
            request_id: None,
        });
    };
    let expires_in = expires_in(&v["expires_in"])?;
    Ok(Credential {
        kind: CredKind::Token,
        access_token: access.to_string(),
        refresh_token: v["refresh_token"].as_str().map(String::from),
        expires_at: Some(jiff::Timestamp::now().as_second() + expires_in),
        clock_offset: None,
    })
}

/// The longest lifetime believed of an access token; a longer `expires_in` (up to i64::MAX from a
/// broken or hostile server) is cut to it, which only means an early, harmless refresh.
pub const MAX_EXPIRES_IN_SECONDS: i64 = 366 * 24 * 3600;

/// A token's lifetime in seconds: absent means the documented default of an hour; a positive
/// number (of any size) is clamped to `MAX_EXPIRES_IN_SECONDS`; zero, negative or not a number
/// is refused, since a token that expired before it arrived cannot be used.
fn expires_in(v: &Value) -> Result<i64, Error> {
    if v.is_null() {
        return Ok(3600);
    }
    match v.as_f64() {
        Some(secs) if secs >= 1.0 => Ok(secs.min(MAX_EXPIRES_IN_SECONDS as f64) as i64),
        _ => Err(Error::Decode {
            message: format!(
                "the login response has an invalid expires_in ({}); expected a positive number of seconds",
                crate::output::terminal_safe(&truncated(&v.to_string()))
            ),
            request_id: None,
        }),
    }
}

/// Server text in an error line: at most 40 characters of it.
fn truncated(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// The stored credential for a login/refresh/token response, remembering the server's clock.
pub fn credential_from_response(resp: &Response) -> Result<Credential, Error> {
    let mut cred =
        credential_from_login(resp.json.as_ref().unwrap_or(&Value::Null)).map_err(|e| match e {
            Error::Decode { message, .. } => Error::Decode {
                message,
                request_id: resp.request_id.clone(),
            },
            other => other,
        })?;
    cred.clock_offset = super::date_offset(&resp.headers);
    Ok(cred)
}
