//! `rime sandbox`: the embedded local Rime API in the foreground, or the background one that the
//! built-in `sandbox` profile starts on demand (kept in `local_sandbox`), started, shown or stopped.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Context;
use crate::error::CliError;
use crate::local_sandbox::StopResult;
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
    /// Simulated seconds per real second, from 0 (frozen) to 1000000
    #[cfg_attr(feature = "sandbox", arg(value_parser = rime_sandbox::clock::parse_rate))]
    #[arg(long, default_value_t = 1.0)]
    pub clock_rate: f64,
    /// Seed for deterministic ids and simulated data
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Internal: run as the background sandbox of `rime sandbox start`
    #[arg(long, hide = true)]
    pub background_child: bool,
}

pub async fn run(ctx: &Context, args: SandboxArgs) -> anyhow::Result<()> {
    if !cfg!(feature = "sandbox") {
        // A lean build says so for every sandbox command (exit 2), not just `serve`.
        return Err(not_built_in());
    }
    let local = ctx.local_sandbox();
    match args.command {
        SandboxCommand::Serve(a) => serve(ctx, a).await,
        SandboxCommand::Start => local.start_asked().await.map(drop),
        SandboxCommand::Status => {
            let status = local.status().await?;
            let mut out = json!({
                "running": status.pid.is_some(),
                "answering": status.answering.is_some(),
                "data_dir": local.dir().display().to_string(),
            });
            if let Some(pid) = status.pid {
                out["pid"] = pid.into();
            }
            if let Some(state) = &status.answering {
                let info = local.info(state).await?;
                out["base_url"] = state["base_url"].clone();
                out["now"] = info["now"].clone();
                // Emails only: the demo passwords are in the README and `rime sandbox serve`'s banner.
                out["logins"] = info["logins"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|x| json!({"email": x["email"], "role": x["role"]}))
                    .collect::<Vec<_>>()
                    .into();
            } else if let Some(pid) = status.pid {
                ctx.out.warn(&format!(
                    "the background sandbox (pid {pid}) is running but not answering; `rime sandbox stop` ends it"
                ));
            }
            ctx.out.object(&out, &ListSpec::default())?;
            Ok(())
        }
        SandboxCommand::Stop => {
            ctx.out.status(&match local.stop().await? {
                StopResult::NotRunning { stale: None } => {
                    "no background sandbox is running".to_string()
                }
                StopResult::NotRunning { stale: Some(pid) } => format!(
                    "no background sandbox is running (removed the stale record of pid {pid})"
                ),
                StopResult::Stopped { pid } => {
                    format!("stopped the background sandbox (pid {pid})")
                }
                StopResult::Killed {
                    pid,
                    answering: false,
                } => format!("the background sandbox (pid {pid}) was not answering; killed it"),
                StopResult::Killed {
                    pid,
                    answering: true,
                } => {
                    format!("the background sandbox (pid {pid}) did not stop when asked; killed it")
                }
            });
            Ok(())
        }
        SandboxCommand::Reset => {
            local.reset().await?;
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
    use crate::local_sandbox::{ServeOptions, serve};
    ctx.handle_ctrl_c_myself();
    let background_dir = a
        .background_child
        .then(|| ctx.local_sandbox().dir().to_path_buf());
    serve(
        ServeOptions {
            port: a.port,
            database: a.database,
            clock_rate: a.clock_rate,
            seed: a.seed,
            background_dir,
        },
        ctx.out.clone(),
    )
    .await
}

fn not_built_in() -> anyhow::Error {
    CliError::Usage(
        "this build of rime has no embedded sandbox (built without the `sandbox` feature)".into(),
    )
    .into()
}

#[cfg(not(feature = "sandbox"))]
async fn serve(_: &Context, _: SandboxServeArgs) -> anyhow::Result<()> {
    Err(not_built_in())
}
