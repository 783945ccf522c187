//! Browser logins (SSO, Google): a one-shot loopback listener for the redirect, a random `state`,
//! the platform's opener, and the code exchange at `/auth/token`.

use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::context::Context;
use crate::credentials::Credential;
use crate::error::CliError;
use crate::http::{ApiPath, Method, Request, credential_from_response};

/// An authorization code lives 5 minutes; waiting longer could never succeed.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(300);
/// A connection to the listener must send its request head within this.
const READ_HEAD_TIMEOUT: Duration = Duration::from_secs(10);
const MAX_HEAD: usize = 16 * 1024;

pub enum Provider {
    Sso(String),
    Google,
}

pub struct Flow {
    pub provider: Provider,
    pub no_browser: bool,
    pub login_hint: Option<String>,
    pub wait: Duration,
}

/// Runs the browser flow and returns the new session's credential (not yet verified or stored).
pub async fn login(ctx: &Context, base: &str, flow: Flow) -> anyhow::Result<Credential> {
    if !flow.no_browser && !ctx.interactive {
        let why = if ctx.settings.ci {
            "CI is set"
        } else {
            "there is no terminal"
        };
        return Err(CliError::Usage(format!(
            "a browser login needs a person, and {why}. For scripts and CI use a project API key: \
             `rime api-keys create NAME` once, then `printf '%s' \"$KEY\" | rime auth login --secret token=-` \
             or RIME_TOKEN. (`--no-browser` prints the login URL to open on another machine.)"
        ))
        .into());
    }
    check_provider(ctx, &flow.provider).await?;
    let listener = TcpListener::bind(("127.0.0.1", 0))
        .await
        .map_err(|e| CliError::Network(format!("cannot listen on 127.0.0.1 for the login: {e}")))?;
    let port = listener.local_addr()?.port();
    let redirect_uri = format!("http://127.0.0.1:{port}/callback");
    let state = random_hex(16);
    let path = match &flow.provider {
        Provider::Sso(id) => ApiPath::of(["auth", "sso", id, "login"]),
        Provider::Google => ApiPath::of(["auth", "google", "login"]),
    };
    let mut url = url::Url::parse(&format!("{base}{path}"))
        .map_err(|e| CliError::Usage(format!("invalid login URL: {e}")))?;
    url.query_pairs_mut()
        .append_pair("redirect_uri", &redirect_uri)
        .append_pair("state", &state);
    if let Some(hint) = &flow.login_hint {
        url.query_pairs_mut().append_pair("login_hint", hint);
    }
    let url = check_browser_url(url.as_str())?;

    if flow.no_browser {
        ctx.out
            .notice(&format!("Open this URL in a browser to log in:\n  {url}"));
    } else if let Err(e) = open_browser(&url) {
        ctx.out.warn(&format!("could not open a browser ({e})"));
        ctx.out
            .notice(&format!("Open this URL in a browser to log in:\n  {url}"));
    } else {
        ctx.out.status(&format!(
            "opened a browser to log in; if none appeared, open:\n  {url}"
        ));
    }
    ctx.out.status(&format!(
        "waiting up to {} for the login to finish (Ctrl-C to give up)",
        crate::http::human_duration(flow.wait)
    ));
    let code = match tokio::time::timeout(flow.wait, wait_for_code(&listener, &state)).await {
        Ok(result) => result?,
        Err(_) => {
            return Err(CliError::NotLoggedIn(format!(
                "the browser login did not come back within {}; nothing was stored",
                crate::http::human_duration(flow.wait)
            ))
            .into());
        }
    };
    drop(listener);
    let anon = ctx.anonymous_client().await?;
    let req = Request::new(Method::POST, ApiPath::of(["auth", "token"]))
        .json(json!({
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
        }))
        .no_auth();
    let resp = anon
        .send(req)
        .await
        .map_err(|e| e.context("the login code was not accepted; nothing was stored"))?;
    Ok(credential_from_response(&resp)?)
}

/// Fails early, with the list at hand, when the tenant has no such provider.
async fn check_provider(ctx: &Context, provider: &Provider) -> anyhow::Result<()> {
    let resp = ctx
        .anonymous_client()
        .await?
        .call(Request::new(Method::GET, ApiPath::of(["auth", "providers"])).no_auth())
        .await?;
    let list = resp["data"].as_array().cloned().unwrap_or_default();
    let (found, what) = match provider {
        Provider::Sso(id) => (
            list.iter().any(|p| p["id"].as_str() == Some(id)),
            format!(
                "the tenant has no identity provider `{}`",
                crate::output::terminal_safe(id)
            ),
        ),
        Provider::Google => (
            list.iter().any(|p| p["type"] == "google"),
            "the tenant does not offer Google login".to_string(),
        ),
    };
    if found {
        return Ok(());
    }
    let ids: Vec<&str> = list.iter().filter_map(|p| p["id"].as_str()).collect();
    Err(CliError::NotFound {
        message: what,
        hint: if ids.is_empty() {
            "the tenant has no identity providers; log in with --email".into()
        } else {
            format!(
                "choose one of: {} (`rime auth providers` shows them)",
                ids.join(", ")
            )
        },
    }
    .into())
}

/// Only `https://` URLs, or `http://` to this machine, are handed to a browser.
pub fn check_browser_url(raw: &str) -> Result<String, CliError> {
    let url = url::Url::parse(raw)
        .map_err(|e| CliError::Usage(format!("refusing to open an invalid URL: {e}")))?;
    let host = url.host_str().unwrap_or("");
    match url.scheme() {
        "https" => Ok(url.to_string()),
        "http" if crate::config::is_loopback(host) => Ok(url.to_string()),
        other => Err(CliError::Usage(format!(
            "refusing to open a `{other}://` URL to `{}` in a browser: only https:// (or http:// to this machine)",
            crate::output::terminal_safe(host)
        ))),
    }
}

/// Starts the platform's URL opener without waiting for it.
fn open_browser(url: &str) -> std::io::Result<()> {
    use std::process::{Command, Stdio};
    #[cfg(target_os = "macos")]
    let mut cmd = {
        let mut c = Command::new("open");
        c.arg(url);
        c
    };
    #[cfg(windows)]
    let mut cmd = {
        // `start` runs under cmd.exe, where `&` separates commands; `^&` is a literal one.
        let mut c = Command::new("cmd");
        c.args(["/C", "start", ""]).arg(url.replace('&', "^&"));
        c
    };
    #[cfg(not(any(target_os = "macos", windows)))]
    let mut cmd = {
        let mut c = Command::new("xdg-open");
        c.arg(url);
        c
    };
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// What one request to the loopback listener carried.
#[derive(Debug, PartialEq, Eq)]
pub enum Callback {
    /// Not the callback (a favicon, a stray request): answer 404 and keep waiting.
    NotOurs,
    Code(String),
    /// The provider said no (`error=…`), or sent neither code nor error.
    Denied(String),
    /// The `state` differs from ours: not the login this process started.
    BadState,
}

/// Parses an HTTP/1.1 request head aimed at `/callback`.
pub fn parse_callback(head: &str, expected_state: &str) -> Callback {
    let line = head.lines().next().unwrap_or("");
    let mut parts = line.split(' ');
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if method != "GET" || path != "/callback" {
        return Callback::NotOurs;
    }
    let mut code = None;
    let mut state = None;
    let mut error = None;
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        match k.as_ref() {
            "code" => code = Some(v.into_owned()),
            "state" => state = Some(v.into_owned()),
            "error" => error = Some(v.into_owned()),
            "error_description" if error.is_some() => error = Some(v.into_owned()),
            _ => {}
        }
    }
    let state_ok = state
        .as_deref()
        .is_some_and(|s| same_secret(s.as_bytes(), expected_state.as_bytes()));
    if !state_ok {
        return Callback::BadState;
    }
    match (code, error) {
        (_, Some(e)) => Callback::Denied(e),
        (Some(c), None) if !c.is_empty() => Callback::Code(c),
        _ => Callback::Denied("the redirect carried no code".into()),
    }
}

/// Serves the loopback listener until the callback arrives; one request per connection.
async fn wait_for_code(listener: &TcpListener, state: &str) -> anyhow::Result<String> {
    loop {
        let (mut sock, _) = listener.accept().await?;
        let head = match tokio::time::timeout(READ_HEAD_TIMEOUT, read_head(&mut sock)).await {
            Ok(Ok(head)) => head,
            _ => continue,
        };
        match parse_callback(&head, state) {
            Callback::NotOurs => respond(&mut sock, "404 Not Found", "Not found.").await,
            Callback::Code(code) => {
                respond(
                    &mut sock,
                    "200 OK",
                    "Logged in. You can close this tab and return to the terminal.",
                )
                .await;
                return Ok(code);
            }
            Callback::Denied(why) => {
                respond(&mut sock, "400 Bad Request", "The login was refused.").await;
                return Err(CliError::NotLoggedIn(format!(
                    "the identity provider refused the login: {}; nothing was stored",
                    crate::output::terminal_safe(&why)
                ))
                .into());
            }
            Callback::BadState => {
                respond(
                    &mut sock,
                    "400 Bad Request",
                    "This login does not match the one rime started; it was rejected.",
                )
                .await;
                return Err(CliError::NotLoggedIn(
                    "the login came back with a different `state` than rime sent, so it may not be \
                     the login you started; it was rejected and nothing was stored"
                        .into(),
                )
                .into());
            }
        }
    }
}

async fn read_head(sock: &mut TcpStream) -> std::io::Result<String> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < MAX_HEAD {
        let n = sock.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

async fn respond(sock: &mut TcpStream, status: &str, message: &str) {
    let body = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>rime</title></head>\
         <body><p>{message}</p></body></html>"
    );
    let resp = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = sock.write_all(resp.as_bytes()).await;
    let _ = sock.shutdown().await;
}

/// Equality that takes as long for a near miss as for a wild guess.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b)
        .expect("system randomness");
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_loopback_http_is_opened() {
        assert!(check_browser_url("https://acme.rimedata.io/api/v1/auth/google/login").is_ok());
        assert!(check_browser_url("http://127.0.0.1:8787/x").is_ok());
        assert!(check_browser_url("http://localhost:1/x").is_ok());
        assert!(check_browser_url("http://[::1]:1/x").is_ok());
        for bad in [
            "http://evil.example/x",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "ftp://x/y",
            "not a url",
        ] {
            assert!(check_browser_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn callbacks_are_matched_on_path_and_state() {
        let head = |t: &str| format!("GET {t} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assert_eq!(
            parse_callback(&head("/callback?code=abc&state=s1"), "s1"),
            Callback::Code("abc".into())
        );
        assert_eq!(
            parse_callback(&head("/callback?code=abc&state=s2"), "s1"),
            Callback::BadState
        );
        assert_eq!(
            parse_callback(&head("/callback?code=abc"), "s1"),
            Callback::BadState
        );
        assert_eq!(
            parse_callback(&head("/favicon.ico"), "s1"),
            Callback::NotOurs
        );
        assert_eq!(
            parse_callback(&head("/callback?error=access_denied&state=s1"), "s1"),
            Callback::Denied("access_denied".into())
        );
        assert_eq!(
            parse_callback("POST /callback?code=a&state=s1 HTTP/1.1\r\n\r\n", "s1"),
            Callback::NotOurs
        );
    }
}
