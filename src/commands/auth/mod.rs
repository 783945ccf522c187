//! `rime auth`: the login flows, status, tokens for scripts, refresh, logout and the tenant's providers.

mod browser;
mod login;
mod session;

use clap::{ArgGroup, Args, Subcommand};

use crate::context::Context;
use crate::http::{Auth, Client};

#[derive(Args, Debug)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: AuthCommand,
}

#[derive(Subcommand, Debug)]
pub enum AuthCommand {
    /// Log in and store the credential for the profile (created if needed)
    Login(AuthLoginArgs),
    /// Show who you are, your role, where the secret is stored and when the token expires
    Status(AuthStatusArgs),
    /// Print a valid access token for scripts (refreshing it first if it expires within 5 minutes)
    Token,
    /// Refresh the stored session now (rotating the refresh token)
    Refresh,
    /// End the session on the server and delete the stored credential
    Logout,
    /// List the tenant's identity providers (for `rime auth login --sso ID`)
    Providers,
}

#[derive(Args, Debug)]
#[command(group(ArgGroup::new("browser").args(["sso", "google"])))]
#[command(after_help = "Examples:
  rime auth login --tenant acme --email me@acme.co.nz          # password prompt on a terminal
  printf '%s' \"$PASSWORD\" | rime auth login --email me@acme.co.nz --secret password=-
  printf '%s' \"$RIME_API_KEY\" | rime auth login --secret token=-   # CI: an API key or token
  rime auth login --secret token=@key.txt                       # the same from a file
  rime auth login --sso okta                                    # SSO in the browser
  rime auth login --google --no-browser                         # print the URL to open elsewhere")]
pub struct AuthLoginArgs {
    /// Account email (prompted for on a terminal when missing); with --sso or --google, a hint
    /// telling the identity provider which account to use
    #[arg(long)]
    pub email: Option<String>,
    /// The password (password=- from standard input, password=@FILE from a file) or, for CI, an
    /// API key or access token (token=- or token=@FILE); never from the command line
    #[arg(long, value_name = "password|token=-|@FILE", conflicts_with_all = ["password_stdin", "with_token", "browser"])]
    pub secret: Option<String>,
    /// Old spelling of --secret password=-
    #[arg(long, hide = true, conflicts_with_all = ["with_token", "browser"])]
    pub password_stdin: bool,
    /// Old spelling of --secret token=-
    #[arg(long, hide = true, conflicts_with_all = ["browser", "email"])]
    pub with_token: bool,
    /// Log in through the tenant's identity provider PROVIDER in a browser (see `rime auth providers`)
    #[arg(long, value_name = "PROVIDER")]
    pub sso: Option<String>,
    /// Log in with Google in a browser
    #[arg(long)]
    pub google: bool,
    /// Print the login URL instead of opening a browser (then wait for the login to come back)
    #[arg(long, requires = "browser")]
    pub no_browser: bool,
    /// How long to wait for the browser login to come back, e.g. 90s, 5m [default: 5m]
    #[arg(long, value_name = "DURATION", requires = "browser")]
    pub browser_timeout: Option<String>,
}

#[derive(Args, Debug)]
pub struct AuthStatusArgs {
    /// Print the token instead of a masked form
    #[arg(long)]
    pub show_token: bool,
}

pub async fn run(ctx: &Context, args: AuthArgs) -> anyhow::Result<()> {
    match args.command {
        AuthCommand::Login(a) => login::login(ctx, a).await,
        AuthCommand::Status(a) => session::status(ctx, a).await,
        AuthCommand::Token => session::token(ctx).await,
        AuthCommand::Refresh => session::refresh(ctx).await,
        AuthCommand::Logout => session::logout(ctx).await,
        AuthCommand::Providers => session::providers(ctx).await,
    }
}

/// A client for this profile's API with the given authentication; `limits` caps the per-request
/// timeout and retries (logout must not hang on a dead server).
fn client_with(
    ctx: &Context,
    base: &str,
    auth: Auth,
    limits: Option<(std::time::Duration, u32)>,
) -> anyhow::Result<Client> {
    ctx.client_with(base, auth, limits)
}

/// `rat_ab…********`: enough to tell tokens apart, never enough to use one.
fn mask(token: &str) -> String {
    let keep: String = token.chars().take(6).collect();
    format!("{keep}…{}", "*".repeat(8))
}

#[cfg(test)]
mod tests {}
