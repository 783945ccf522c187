//! `rime auth`: log in (password or token), show status, print a token for scripts, log out.

use std::io::{BufRead, IsTerminal, Read};

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::config::Source;
use crate::config::file::update_config;
use crate::context::Context;
use crate::credentials::{CredKind, Credential};
use crate::error::CliError;
use crate::http::{ApiPath, Auth, Client, ClientConfig, Request, credential_from_login};
use crate::output::{Column, ColumnKind, ListSpec};

#[derive(Args, Debug)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: AuthCommand,
}

#[derive(Subcommand, Debug)]
pub enum AuthCommand {
    /// Log in and store the credential for the profile (created if needed)
    Login(AuthLoginArgs),
    /// Show who you are, where the secret is stored and when the token expires
    Status(AuthStatusArgs),
    /// Print a valid access token for scripts (refreshing it first if needed)
    Token,
    /// End the session on the server and delete the stored credential
    Logout,
}

#[derive(Args, Debug)]
#[command(after_help = "Examples:
  rime auth login --tenant acme --email me@acme.co.nz          # password prompt on a terminal
  printf '%s' \"$PASSWORD\" | rime auth login --email me@acme.co.nz --password-stdin
  printf '%s' \"$RIME_API_KEY\" | rime auth login --with-token      # CI: an API key or token")]
pub struct AuthLoginArgs {
    /// Account email (prompted for on a terminal when missing)
    #[arg(long)]
    pub email: Option<String>,
    /// Read the password from standard input (never from a flag)
    #[arg(long, conflicts_with = "with_token")]
    pub password_stdin: bool,
    /// Read an API key or access token from standard input
    #[arg(long)]
    pub with_token: bool,
}

#[derive(Args, Debug)]
pub struct AuthStatusArgs {
    /// Print the token instead of a masked form
    #[arg(long)]
    pub show_token: bool,
}

pub async fn run(ctx: &Context, args: AuthArgs) -> anyhow::Result<()> {
    match args.command {
        AuthCommand::Login(a) => login(ctx, a).await,
        AuthCommand::Status(a) => status(ctx, a).await,
        AuthCommand::Token => token(ctx).await,
        AuthCommand::Logout => logout(ctx).await,
    }
}

fn read_stdin_secret(what: &str) -> Result<String, CliError> {
    let mut s = String::new();
    std::io::stdin()
        .lock()
        .read_to_string(&mut s)
        .map_err(|e| CliError::Usage(format!("cannot read {what} from standard input: {e}")))?;
    let s = s.trim_end_matches(['\n', '\r']).to_string();
    if s.is_empty() {
        return Err(CliError::Usage(format!("no {what} on standard input")));
    }
    Ok(s)
}

/// A client that sends exactly this token (used to verify a credential before storing it).
fn client_with(ctx: &Context, base: &str, token: &str) -> anyhow::Result<Client> {
    Ok(Client::new(
        ClientConfig {
            base_url: base,
            timeout: ctx.settings.timeout.value,
            max_retries: ctx.settings.max_retries.value,
            ca_cert: ctx.settings.ca_cert.as_ref().map(|c| c.value.as_path()),
            auth: Auth::Static(token.to_string()),
        },
        ctx.out.clone(),
    )?)
}

async fn login(ctx: &Context, a: AuthLoginArgs) -> anyhow::Result<()> {
    let base = ctx.base_url().await?;
    let cred = if a.with_token {
        let token = read_stdin_secret("token")?;
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
        }
    } else {
        let email = match a.email {
            Some(e) => e,
            None if ctx.interactive => {
                ctx.out.status("email: ");
                let mut line = String::new();
                std::io::stdin().lock().read_line(&mut line)?;
                line.trim().to_string()
            }
            None => {
                return Err(
                    CliError::Usage("give --email (or log in with --with-token)".into()).into(),
                );
            }
        };
        let password = if a.password_stdin {
            read_stdin_secret("password")?
        } else if ctx.interactive && std::io::stdin().is_terminal() {
            ctx.out.secret(&format!("password for {email}: "))?
        } else {
            return Err(CliError::Usage(
                "no terminal to ask for the password: pipe it with --password-stdin, or use --with-token".into(),
            )
            .into());
        };
        let anon = ctx.anonymous_client().await?;
        let req = Request::new(reqwest::Method::POST, ApiPath::of(["auth", "login"]))
            .json(json!({"email": email, "password": password}))
            .no_auth();
        let resp = anon
            .call(req)
            .await
            .map_err(|e| e.context("login failed"))?;
        credential_from_login(&resp)?
    };
    // Verify before storing: a failed login leaves the previous credential in place.
    let me = client_with(ctx, &base, &cred.access_token)?
        .get(&ApiPath::of(["me"]))
        .await
        .map_err(|e| e.context("the credential was rejected; nothing was stored"))?;
    let mut cred = cred;
    if cred.kind == CredKind::ApiKey || cred.expires_at.is_none() {
        cred.expires_at = me["auth"]["expires_at"]
            .as_str()
            .and_then(|s| s.parse::<jiff::Timestamp>().ok())
            .map(|t| t.as_second());
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
    let who = me["user"]["email"]
        .as_str()
        .map(String::from)
        .unwrap_or_else(|| {
            format!(
                "API key {}",
                me["auth"]["api_key_id"].as_str().unwrap_or("")
            )
        });
    ctx.out.status(&format!(
        "logged in to {} as {who} ({}) with profile `{}`; secret in the {}",
        me["tenant"]["subdomain"].as_str().unwrap_or("?"),
        me["auth"]["role"].as_str().unwrap_or("?"),
        ctx.profile(),
        saved.store
    ));
    Ok(())
}

/// Saves `--tenant`/`--api-url` given on this login into the profile, creating it.
fn remember_endpoint(ctx: &Context) -> anyhow::Result<()> {
    let from_here = matches!(
        ctx.settings.endpoint.source,
        Source::Flag(_) | Source::Env(_)
    );
    let profile = ctx.profile().to_string();
    let url = match &ctx.settings.endpoint.value {
        crate::config::Endpoint::Url(u) => Some(u.clone()),
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

fn mask(token: &str) -> String {
    let keep: String = token.chars().take(6).collect();
    format!("{keep}…{}", "*".repeat(8))
}

const STATUS_COLUMNS: &[Column] = &[
    Column {
        header: "FIELD",
        path: "field",
        kind: ColumnKind::Text,
    },
    Column {
        header: "VALUE",
        path: "value",
        kind: ColumnKind::Text,
    },
];

async fn status(ctx: &Context, a: AuthStatusArgs) -> anyhow::Result<()> {
    let store = ctx.credentials();
    let (token, source, expires_at) = if let Some(t) = &ctx.settings.env_token {
        (
            t.clone(),
            "environment variable RIME_TOKEN".to_string(),
            None,
        )
    } else {
        match store.load()? {
            Some((c, kind)) => (
                c.access_token.clone(),
                format!(
                    "{kind} ({})",
                    if kind == crate::credentials::StoreKind::File {
                        store.file_path().display().to_string()
                    } else {
                        "service rime".into()
                    }
                ),
                c.expires_at,
            ),
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
    let me = client.get(&ApiPath::of(["me"])).await?;
    let expires = me["auth"]["expires_at"]
        .as_str()
        .map(String::from)
        .or_else(|| {
            expires_at
                .and_then(|e| jiff::Timestamp::from_second(e).ok())
                .map(|t| t.to_string())
        });
    let info = json!({
        "profile": ctx.profile(),
        "api_url": client.base_url(),
        "tenant": me["tenant"]["subdomain"],
        "user": me["user"]["email"],
        "auth_type": me["auth"]["type"],
        "role": me["auth"]["role"],
        "project": me["auth"]["project_id"],
        "expires_at": expires,
        "secret_store": source,
        "token": if a.show_token { token } else { mask(&token) },
    });
    if ctx.out.format() == crate::output::Format::Table && ctx.settings.jq.is_none() {
        let mut w = ctx.out.list(&ListSpec {
            columns: STATUS_COLUMNS,
            known_fields: &["field", "value"],
        })?;
        for (k, v) in info.as_object().into_iter().flatten() {
            let shown = match v {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                other => other.to_string(),
            };
            w.push(&json!({"field": k, "value": shown}))?;
        }
        w.finish()?;
    } else {
        ctx.out.value(&info)?;
    }
    Ok(())
}

async fn token(ctx: &Context) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    // A cheap authenticated call refreshes an expired token through the normal path.
    client.get(&ApiPath::of(["me"])).await?;
    let token = match client.auth() {
        Auth::Static(t) => t.clone(),
        Auth::Stored { current, .. } => current
            .lock()
            .expect("credential lock")
            .access_token
            .clone(),
        Auth::None => return Err(CliError::NotLoggedIn("not logged in".into()).into()),
    };
    ctx.out.text(&format!("{token}\n"))?;
    Ok(())
}

async fn logout(ctx: &Context) -> anyhow::Result<()> {
    let store = ctx.credentials();
    let Some((cred, _)) = store.load()? else {
        ctx.out
            .status(&format!("profile `{}` is not logged in", ctx.profile()));
        return Ok(());
    };
    if cred.kind == CredKind::Token {
        let server = async {
            let client = ctx.client().await?;
            let body = json!({ "refresh_token": cred.refresh_token });
            let mut req =
                Request::new(reqwest::Method::POST, ApiPath::of(["auth", "logout"])).json(body);
            req.expect_json = false;
            client.send(req).await
        };
        match server.await {
            Ok(_) => ctx.out.status("ended the session on the server"),
            Err(e) => ctx.out.warn(&format!("could not end the session on the server ({e:#}); deleting the local credential anyway")),
        }
    }
    store.delete()?;
    ctx.out
        .status(&format!("logged out of profile `{}`", ctx.profile()));
    Ok(())
}
