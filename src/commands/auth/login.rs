//! `rime auth login`: password, token or browser login; the credential is verified against `/me`
//! before anything is stored, so a failed login leaves the previous one in place.

use serde_json::{Value, json};

use super::browser::{self, Provider};
use super::{AuthLoginArgs, client_with};
use crate::commands::secrets;
use crate::config::file::update_config;
use crate::config::{Endpoint, Source, parse_duration};
use crate::context::Context;
use crate::credentials::{CredKind, Credential};
use crate::error::CliError;
use crate::http::{ApiPath, Auth, Method, Request, credential_from_response, date_offset};

pub async fn login(ctx: &Context, a: AuthLoginArgs) -> anyhow::Result<()> {
    if ctx.settings.env_token.is_some() {
        ctx.out.warn(
            "RIME_TOKEN is set: rime will keep using it instead of the credential stored here",
        );
    }
    // Every spelling of the secret is read, and a missing one refused, before any request (or a
    // sandbox start).
    let specs: Vec<String> = a
        .secret
        .iter()
        .cloned()
        .chain(secrets::stdin_alias(a.password_stdin, "password"))
        .chain(secrets::stdin_alias(a.with_token, "token"))
        .collect();
    let given = secrets::read(&specs, &["password", "token"])?.pop();
    let browser = a.sso.is_some() || a.google;
    let (token, password) = match given {
        Some(s) if s.key == "token" => {
            if a.email.is_some() {
                return Err(CliError::Usage(
                    "a token login takes no --email: the token says who you are".into(),
                )
                .into());
            }
            (Some(s.value), None)
        }
        given if !browser => (None, Some(email_and_password(ctx, &a, given)?)),
        _ => (None, None),
    };
    let base = ctx.base_url().await?;
    let cred = if let Some(token) = token {
        token_credential(token)
    } else if let Some((email, password)) = password {
        password_login(ctx, email, password).await?
    } else {
        let provider = match &a.sso {
            Some(id) => Provider::Sso(id.clone()),
            None => Provider::Google,
        };
        let wait = match &a.browser_timeout {
            Some(raw) => parse_duration(raw).ok_or_else(|| {
                CliError::Usage(format!(
                    "invalid --browser-timeout `{raw}`: a duration up to a year; use e.g. 90s or 5m"
                ))
            })?,
            None => browser::DEFAULT_WAIT,
        };
        let flow = browser::Flow {
            provider,
            no_browser: a.no_browser,
            login_hint: a.email.clone(),
            wait,
        };
        browser::login(ctx, &base, flow).await?
    };
    store_verified(ctx, &base, cred).await
}

fn token_credential(token: String) -> Credential {
    let kind = if token.starts_with("rk_") {
        CredKind::ApiKey
    } else {
        CredKind::Token
    };
    Credential {
        kind,
        access_token: token,
        refresh_token: None,
        expires_at: None,
        clock_offset: None,
    }
}

/// The email (asked for on a terminal) and the password (given, else asked for hidden); without a
/// terminal a missing one fails here, naming the flag.
fn email_and_password(
    ctx: &Context,
    a: &AuthLoginArgs,
    given: Option<secrets::Secret>,
) -> Result<(String, String), CliError> {
    let email = match &a.email {
        Some(e) => e.clone(),
        None if ctx.interactive => ctx
            .out
            .ask("email: ")
            .map_err(|e| CliError::Usage(format!("cannot read the email: {e}")))?
            .map(|e| e.trim().to_string())
            .filter(|e| !e.is_empty())
            .ok_or_else(|| CliError::Usage("no email given".into()))?,
        None => {
            return Err(CliError::Usage(
                "give --email (and --secret password=-), log in with --sso/--google, or pipe a token to --secret token=-".into(),
            ));
        }
    };
    let password = match given {
        Some(s) => s.value,
        None => secrets::required(ctx, "password", &format!("password for {email}"))?,
    };
    Ok((email, password))
}

async fn password_login(
    ctx: &Context,
    email: String,
    password: String,
) -> anyhow::Result<Credential> {
    let anon = ctx.anonymous_client().await?;
    let req = Request::new(Method::POST, ApiPath::of(["auth", "login"]))
        .json(json!({"email": email, "password": password}))
        .no_auth();
    let resp = anon
        .send(req)
        .await
        .map_err(|e| e.context("login failed; nothing was stored"))?;
    Ok(credential_from_response(&resp)?)
}

/// Checks the credential against `/me`, then saves it and the profile's endpoint.
async fn store_verified(ctx: &Context, base: &str, mut cred: Credential) -> anyhow::Result<()> {
    let client = client_with(ctx, base, Auth::Static(cred.access_token.clone()), None)?;
    let resp = client
        .send(Request::new(Method::GET, ApiPath::of(["me"])))
        .await
        .map_err(|e| e.context("the credential was rejected; nothing was stored"))?;
    let me = resp.json.clone().unwrap_or(Value::Null);
    if cred.expires_at.is_none() {
        // A token pasted in: its expiry comes from the server's clock, turned into ours.
        let offset = date_offset(&resp.headers);
        cred.clock_offset = offset;
        cred.expires_at = me["auth"]["expires_at"]
            .as_str()
            .and_then(|s| s.parse::<jiff::Timestamp>().ok())
            .map(|t| t.as_second() - offset.unwrap_or(0));
    }
    remember_endpoint(ctx)?;
    let store = ctx.credentials();
    let saved = store.save(&cred)?;
    if let Some(why) = &saved.fell_back {
        ctx.out.warn(&format!(
            "no OS keyring is usable ({why}); the credential is stored in plain text in {} (mode 600). Set `credential_store = \"file\"` to silence this, or use RIME_TOKEN",
            store.file_path().display()
        ));
    }
    // Server text in a status line: one line, inert.
    let safe = |v: &serde_json::Value| {
        crate::output::terminal_safe(v.as_str().unwrap_or("?")).into_owned()
    };
    let who = match me["user"]["email"].as_str() {
        Some(_) => safe(&me["user"]["email"]),
        None => format!(
            "API key {} of project {}",
            safe(&me["auth"]["api_key_id"]),
            safe(&me["auth"]["project_id"])
        ),
    };
    ctx.out.status(&format!(
        "logged in to {} as {who} ({}) with profile `{}`; secret in the {}",
        safe(&me["tenant"]["subdomain"]),
        safe(&me["auth"]["role"]),
        ctx.profile(),
        saved.store
    ));
    Ok(())
}

/// Saves `--tenant`/`--api-url` given on this login into the profile, creating it.
fn remember_endpoint(ctx: &Context) -> anyhow::Result<()> {
    if ctx.settings.is_builtin_sandbox() {
        return Ok(());
    }
    let from_here = matches!(
        ctx.settings.endpoint.source,
        Source::Flag(_) | Source::Env(_)
    );
    let profile = ctx.profile().to_string();
    let url = match &ctx.settings.endpoint.value {
        Endpoint::Url(u) => Some(u.clone()),
        _ => None,
    };
    let tenant = ctx.settings.tenant.clone();
    update_config(&ctx.settings.config_dir, |f| {
        f.ensure_profile(&profile);
        if from_here {
            match (&tenant, &url) {
                (Some(t), Some(u)) if *u == crate::config::tenant_url(t).unwrap_or_default() => {
                    f.set(&profile, "tenant", Some(t));
                    f.set(&profile, "api_url", None);
                }
                (_, Some(u)) => {
                    f.set(&profile, "api_url", Some(u));
                    f.set(&profile, "tenant", None);
                }
                _ => {}
            }
        }
        if f.current_profile().is_none() {
            f.set_current(&profile);
        }
        Ok(())
    })?;
    Ok(())
}
