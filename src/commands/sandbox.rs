//! `rime sandbox`: the embedded local Rime API, in the foreground or as a background process, and the
//! built-in `sandbox` profile that starts it and signs in on demand.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::context::Context;
use crate::error::CliError;
use crate::http::{ApiPath, Auth, Client, ClientConfig, Request, credential_from_login};
use crate::output::ListSpec;

#[derive(Args, Debug)]
pub struct SandboxArgs {
    #[command(subcommand)]
    pub command: SandboxCommand,
}

#[derive(Subcommand, Debug)]
pub enum SandboxCommand {
    /// Run the sandbox in the foreground until Ctrl-C
    Serve(SandboxServeArgs),
    /// Start the sandbox in the background (the `sandbox` profile does this on demand)
    Start,
    /// Show whether the background sandbox runs, where, and its logins
    Status,
    /// Stop the background sandbox
    Stop,
    /// Wipe the background sandbox's data and re-seed the demo tenant
    Reset,
}

#[derive(Args, Debug)]
pub struct SandboxServeArgs {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, default_value_t = 8787)]
    pub port: u16,
    /// SQLite database file (default: a throwaway in-memory database)
    #[arg(long, value_name = "FILE")]
    pub database: Option<PathBuf>,
    /// Simulated seconds per real second (0 freezes the clock)
    #[arg(long, default_value_t = 1.0)]
    pub clock_rate: f64,
    /// Seed for deterministic ids and simulated data
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Internal: run as the background sandbox of `rime sandbox start`
    #[arg(long, hide = true)]
    pub background_child: bool,
}

fn dir(ctx: &Context) -> PathBuf {
    ctx.settings.data_dir.join("sandbox")
}

/// A funnel client for the sandbox's own origin (health checks, controls, sign-in).
fn control_client(ctx: &Context, origin: &str, retries: u32) -> anyhow::Result<Client> {
    Ok(Client::new(
        ClientConfig {
            base_url: origin,
            timeout: Duration::from_secs(2),
            max_retries: retries,
            ca_cert: None,
            auth: Auth::None,
        },
        ctx.out.clone(),
    )?)
}

fn read_state(ctx: &Context) -> Option<Value> {
    let text = std::fs::read_to_string(dir(ctx).join("state.json")).ok()?;
    serde_json::from_str(&text).ok()
}

async fn healthy(ctx: &Context, state: &Value) -> bool {
    let Some(origin) = state["origin"].as_str() else {
        return false;
    };
    let Ok(client) = control_client(ctx, origin, 0) else {
        return false;
    };
    let mut req = Request::new(reqwest::Method::GET, ApiPath::of(["_sandbox", "info"])).no_auth();
    req.expect_json = true;
    matches!(client.call(req).await, Ok(v) if v["pid"] == state["pid"])
}

/// A lean build (`--no-default-features`) says so for every sandbox command (exit 2).
fn not_built_in() -> anyhow::Error {
    CliError::Usage(
        "this build of rime has no embedded sandbox (built without the `sandbox` feature)".into(),
    )
    .into()
}

/// The base URL of a running background sandbox, starting one if none answers.
pub async fn ensure_running(ctx: &Context) -> anyhow::Result<String> {
    if !cfg!(feature = "sandbox") {
        return Err(not_built_in());
    }
    let d = dir(ctx);
    let _lock = tokio::task::spawn_blocking({
        let d = d.clone();
        move || crate::config::file::lock(&d, "start")
    })
    .await??;
    if let Some(state) = read_state(ctx)
        && healthy(ctx, &state).await
    {
        let base = state["base_url"].as_str().unwrap_or_default().to_string();
        ctx.out.status(&format!(
            "using the local sandbox tenant at {base} (not a real Rime tenant)"
        ));
        return Ok(base);
    }
    let _ = std::fs::remove_file(d.join("state.json"));
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(d.join("sandbox.log"))
        .map_err(|e| {
            CliError::config(
                &d.join("sandbox.log"),
                format!("cannot open the sandbox log: {e}"),
            )
        })?;
    let exe = std::env::current_exe()
        .map_err(|e| CliError::Usage(format!("cannot find the rime executable: {e}")))?;
    let mut cmd = std::process::Command::new(exe);
    cmd.args([
        "sandbox",
        "serve",
        "--port",
        "0",
        "--background-child",
        "--database",
    ])
    .arg(d.join("sandbox.db"))
    .stdin(std::process::Stdio::null())
    .stdout(log.try_clone()?)
    .stderr(log);
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let mut child = cmd
        .spawn()
        .map_err(|e| CliError::Usage(format!("cannot start the sandbox: {e}")))?;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(state) = read_state(ctx)
            && healthy(ctx, &state).await
        {
            let base = state["base_url"].as_str().unwrap_or_default().to_string();
            ctx.out.status(&format!(
                "started the local sandbox tenant at {base} (not a real Rime tenant)"
            ));
            return Ok(base);
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(CliError::Usage(format!(
                "the sandbox exited at start-up ({status}); see {}",
                d.join("sandbox.log").display()
            ))
            .into());
        }
        if Instant::now() > deadline {
            return Err(
                CliError::Network("the sandbox did not become ready within 20s".into()).into(),
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Signs the built-in `sandbox` profile in as the seeded admin.
pub async fn sign_in(ctx: &Context, base: &str) -> anyhow::Result<()> {
    let origin = base.trim_end_matches("/api/v1");
    let info = control_client(ctx, origin, 2)?
        .get(&ApiPath::of(["_sandbox", "info"]))
        .await?;
    let login = &info["logins"][0];
    let client = control_client(ctx, base, 2)?;
    let resp = client
        .call(
            Request::new(reqwest::Method::POST, ApiPath::of(["auth", "login"]))
                .json(json!({"email": login["email"], "password": login["password"]}))
                .no_auth(),
        )
        .await?;
    ctx.credentials().save(&credential_from_login(&resp)?)?;
    Ok(())
}

pub async fn run(ctx: &Context, args: SandboxArgs) -> anyhow::Result<()> {
    if !cfg!(feature = "sandbox") {
        return Err(not_built_in());
    }
    match args.command {
        SandboxCommand::Serve(a) => serve(ctx, a).await,
        SandboxCommand::Start => ensure_running(ctx).await.map(drop),
        SandboxCommand::Status => {
            let state = read_state(ctx).filter(|_| true);
            let running = match &state {
                Some(s) => healthy(ctx, s).await,
                None => false,
            };
            let mut out = json!({"running": running, "data_dir": dir(ctx).display().to_string()});
            if let (true, Some(s)) = (running, &state) {
                let origin = s["origin"].as_str().unwrap_or_default();
                let info = control_client(ctx, origin, 1)?
                    .get(&ApiPath::of(["_sandbox", "info"]))
                    .await?;
                out["base_url"] = s["base_url"].clone();
                out["pid"] = s["pid"].clone();
                out["now"] = info["now"].clone();
                // Emails only: the demo passwords are in the README and `rime sandbox serve`'s banner.
                out["logins"] = info["logins"]
                    .as_array()
                    .map(|l| {
                        l.iter()
                            .map(|x| {
                                format!(
                                    "{} ({})",
                                    x["email"].as_str().unwrap_or(""),
                                    x["role"].as_str().unwrap_or("")
                                )
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .into();
            }
            ctx.out.object(&out, &ListSpec::default())?;
            Ok(())
        }
        SandboxCommand::Stop => {
            let Some(state) = read_state(ctx) else {
                ctx.out.status("no background sandbox is running");
                return Ok(());
            };
            std::fs::write(dir(ctx).join("stop"), b"stop")?;
            let deadline = Instant::now() + Duration::from_secs(10);
            while healthy(ctx, &state).await && Instant::now() < deadline {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            let _ = std::fs::remove_file(dir(ctx).join("state.json"));
            ctx.out.status("stopped the background sandbox");
            Ok(())
        }
        SandboxCommand::Reset => {
            let base = ensure_running(ctx).await?;
            let origin = base.trim_end_matches("/api/v1");
            let mut req =
                Request::new(reqwest::Method::POST, ApiPath::of(["_sandbox", "reset"])).no_auth();
            req.expect_json = false;
            control_client(ctx, origin, 2)?.send(req).await?;
            // Every session died with the reset: forget the built-in profile's token.
            let mut creds = ctx.credentials();
            creds.profile = crate::config::SANDBOX_PROFILE.to_string();
            creds.choice = "file".into();
            creds.delete()?;
            ctx.out.status("reset the sandbox to its seeded demo data");
            Ok(())
        }
    }
}

#[cfg(feature = "sandbox")]
async fn serve(ctx: &Context, a: SandboxServeArgs) -> anyhow::Result<()> {
    let d = dir(ctx);
    if a.background_child {
        crate::config::file::ensure_dir(&d)?;
        let _ = std::fs::remove_file(d.join("stop"));
    }
    let opts = rime_sandbox::Options {
        bind: ([127, 0, 0, 1], a.port).into(),
        database: a
            .database
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| ":memory:".into()),
        seed: a.seed,
        clock_rate: a.clock_rate,
        ..Default::default()
    };
    let background = a.background_child;
    let state_dir = d.clone();
    let out = ctx.out.clone();
    let ready = move |url: &str| {
        let origin = url.trim_end_matches("/api/v1");
        if background {
            let state = json!({"pid": std::process::id(), "base_url": url, "origin": origin, "started_at": jiff::Timestamp::now().to_string()});
            let _ = crate::config::file::write_atomic(
                &state_dir.join("state.json"),
                state.to_string().as_bytes(),
                0o600,
            );
        }
        out.status(&format!(
            "rime sandbox listening on {url} (admin login: {} / {})",
            rime_sandbox::ADMIN_EMAIL,
            rime_sandbox::ADMIN_PASSWORD
        ));
    };
    let stop_file = d.join("stop");
    let shutdown = async move {
        loop {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => break,
                _ = tokio::time::sleep(Duration::from_millis(250)) => {
                    if background && stop_file.exists() {
                        let _ = std::fs::remove_file(&stop_file);
                        break;
                    }
                }
            }
        }
    };
    rime_sandbox::serve(opts, ready, shutdown).await
}

#[cfg(not(feature = "sandbox"))]
async fn serve(_: &Context, _: SandboxServeArgs) -> anyhow::Result<()> {
    Err(not_built_in())
}
