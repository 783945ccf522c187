//! The stored session: `auth status`, `auth token`, `auth refresh`, `auth logout`, `auth providers`.

use std::sync::Mutex;
use std::time::Duration;

use serde_json::{Value, json};

use super::{AuthStatusArgs, client_with, mask};
use crate::context::Context;
use crate::credentials::{CredKind, StoreKind};
use crate::error::CliError;
use crate::http::{ApiError, ApiPath, Auth, Method, Request};
use crate::output::{Column, ColumnKind, ListSpec};

/// `auth token` hands out tokens with at least this long to live, so a script can use it.
const TOKEN_MIN_SECONDS: i64 = 300;

const STATUS_FIELDS: &[&str] = &[
    "profile",
    "api_url",
    "tenant",
    "auth_type",
    "user",
    "api_key_id",
    "project_id",
    "role",
    "expires_at",
    "expires_in_seconds",
    "refreshable",
    "secret_store",
    "token",
];

const STATUS_COLUMNS: &[Column] = &[Column {
    header: "EXPIRES",
    path: "expires_at",
    kind: ColumnKind::Time,
}];

/// Where the credential in use lives, for people.
fn describe_store(ctx: &Context, kind: StoreKind) -> String {
    match kind {
        StoreKind::File => format!(
            "credentials file {}",
            ctx.credentials().file_path().display()
        ),
        StoreKind::Keyring => format!("OS keyring (service rime, entry {})", ctx.profile()),
    }
}

pub async fn status(ctx: &Context, a: AuthStatusArgs) -> anyhow::Result<()> {
    let (secret_store, refreshable) = if ctx.settings.env_token.is_some() {
        (
            "environment variable RIME_TOKEN (never stored)".to_string(),
            false,
        )
    } else {
        match ctx.credentials().load()? {
            Some((c, kind)) => (describe_store(ctx, kind), c.refresh_token.is_some()),
            None if ctx.settings.is_builtin_sandbox() => ("credentials file".into(), true),
            None => {
                return Err(CliError::NotLoggedIn(format!(
                    "profile `{}` is not logged in",
                    ctx.profile()
                ))
                .into());
            }
        }
    };
    let client = ctx.client().await?;
    let resp = client
        .send(Request::new(Method::GET, ApiPath::of(["me"])))
        .await
        .map_err(|e| {
            e.context(format!(
                "the credential of profile `{}` does not work",
                ctx.profile()
            ))
        })?;
    let me = resp.json.unwrap_or(Value::Null);
    let token = match client.auth() {
        Auth::Static(t) => t.clone(),
        Auth::Stored { current, .. } => current
            .lock()
            .expect("credential lock")
            .access_token
            .clone(),
        Auth::None => String::new(),
    };
    // Seconds left by the server's own clock: its expiry minus its `Date`.
    let expires_at = me["auth"]["expires_at"].as_str().map(String::from);
    let left = expires_at
        .as_deref()
        .and_then(|e| e.parse::<jiff::Timestamp>().ok())
        .zip(client.server_offset())
        .map(|(e, offset)| e.as_second() - (jiff::Timestamp::now().as_second() + offset));
    let info = json!({
        "profile": ctx.profile(),
        "api_url": client.base_url(),
        "tenant": me["tenant"]["subdomain"],
        "auth_type": me["auth"]["type"],
        "user": me["user"]["email"],
        "api_key_id": me["auth"]["api_key_id"],
        "project_id": me["auth"]["project_id"],
        "role": me["auth"]["role"],
        "expires_at": expires_at,
        "expires_in_seconds": left,
        "refreshable": refreshable,
        "secret_store": secret_store,
        "token": if a.show_token { token } else { mask(&token) },
    });
    ctx.show(
        &info,
        &ListSpec {
            columns: STATUS_COLUMNS,
            known_fields: STATUS_FIELDS,
        },
    )
}

/// The bearer the client is sending now.
fn current_token(ctx_client: &crate::http::Client) -> Option<String> {
    match ctx_client.auth() {
        Auth::Static(t) => Some(t.clone()),
        Auth::Stored { current, .. } => Some(
            current
                .lock()
                .expect("credential lock")
                .access_token
                .clone(),
        ),
        Auth::None => None,
    }
}

pub async fn token(ctx: &Context) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    // `/me` proves the token works (refreshing on a 401) and shows the server's clock, so
    // a token about to expire by *its* clock is refreshed before it is handed out.
    client.get(&ApiPath::of(["me"])).await?;
    client.ensure_fresh(TOKEN_MIN_SECONDS).await?;
    let token =
        current_token(client).ok_or_else(|| CliError::NotLoggedIn("not logged in".into()))?;
    ctx.out.text(&format!("{token}\n"))?;
    Ok(())
}

pub async fn refresh(ctx: &Context) -> anyhow::Result<()> {
    if ctx.settings.env_token.is_some() {
        return Err(CliError::Usage(
            "RIME_TOKEN is used as given and cannot be refreshed; unset it to refresh the stored session".into(),
        )
        .into());
    }
    let client = ctx.client().await?;
    if !client.can_refresh() {
        return Err(CliError::Usage(format!(
            "profile `{}` holds an API key or a pasted token: there is no session to refresh",
            ctx.profile()
        ))
        .into());
    }
    let before = current_token(client);
    client.refresh(before.as_deref()).await?;
    let left = client.token_seconds_left().unwrap_or(0).max(0);
    ctx.out.status(&format!(
        "refreshed the session of profile `{}`; the access token is valid for {}",
        ctx.profile(),
        crate::output::duration(left as u64)
    ));
    Ok(())
}

pub async fn logout(ctx: &Context) -> anyhow::Result<()> {
    let store = ctx.credentials();
    let Some((cred, kind)) = store.load()? else {
        ctx.out
            .status(&format!("profile `{}` is not logged in", ctx.profile()));
        return Ok(());
    };
    if cred.kind == CredKind::ApiKey {
        ctx.out.status(
            "the API key stays valid on the server; revoke it with `rime api-keys revoke` if it is no longer needed",
        );
    } else {
        end_session(ctx, &cred).await;
    }
    store.delete()?;
    ctx.out.status(&format!(
        "logged out of profile `{}`; deleted its secret from the {kind}",
        ctx.profile()
    ));
    Ok(())
}

/// Revokes the session server-side; any failure is reported and the local logout goes on.
async fn end_session(ctx: &Context, cred: &crate::credentials::Credential) {
    let attempt = async {
        let base = ctx.base_url().await?;
        // The stored credential, not RIME_TOKEN: it is this session that ends.
        let auth = Auth::Stored {
            store: ctx.credentials(),
            current: Mutex::new(cred.clone()),
        };
        let client = client_with(ctx, &base, auth, Some((Duration::from_secs(10), 1)))?;
        let mut req = Request::new(Method::POST, ApiPath::of(["auth", "logout"]))
            .json(json!({ "refresh_token": cred.refresh_token }));
        req.expect_json = false;
        client.send(req).await.map(drop)
    };
    match attempt.await {
        Ok(()) => ctx.out.status("ended the session on the server"),
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<ApiError>()
                    .is_some_and(|a| a.status == 401)
                    || matches!(c.downcast_ref::<CliError>(), Some(CliError::NotLoggedIn(_)))
                    || matches!(c.downcast_ref(), Some(crate::http::Error::SessionEnded(_)))
            }) =>
        {
            ctx.out
                .status("the session had already ended on the server")
        }
        Err(e) => ctx.out.warn(&format!(
            "could not end the session on the server ({e:#}); the local secret is deleted anyway, \
             and the session ends when its refresh token expires or an admin runs \
             `rime users revoke-sessions`"
        )),
    }
}

const PROVIDER_COLUMNS: &[Column] = &[
    Column {
        header: "ID",
        path: "id",
        kind: ColumnKind::Text,
    },
    Column {
        header: "TYPE",
        path: "type",
        kind: ColumnKind::Text,
    },
    Column {
        header: "NAME",
        path: "name",
        kind: ColumnKind::Text,
    },
];

pub async fn providers(ctx: &Context) -> anyhow::Result<()> {
    let resp = ctx
        .anonymous_client()
        .await?
        .call(Request::new(Method::GET, ApiPath::of(["auth", "providers"])).no_auth())
        .await?;
    let mut w = ctx.out.list(&ListSpec {
        columns: PROVIDER_COLUMNS,
        known_fields: &["id", "type", "name"],
    })?;
    for p in resp["data"].as_array().into_iter().flatten() {
        w.push(p)?;
    }
    w.finish()?;
    if ctx.out.stdout_is_tty() {
        ctx.out
            .status("log in with `rime auth login --sso ID` (or `--google` for a google provider)");
    }
    Ok(())
}
