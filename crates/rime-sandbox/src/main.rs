//! `rime-sandbox`: runs the local Rime API emulator in the foreground, or prints its OpenAPI document.

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "rime-sandbox",
    version,
    about = "A faithful local emulator of the Rime API v1"
)]
struct Args {
    /// Address to listen on (loopback only is sensible: the controls trust loopback callers)
    #[arg(long, default_value = "127.0.0.1:8787")]
    bind: std::net::SocketAddr,
    /// SQLite database file (`:memory:` for a throwaway sandbox)
    #[arg(long, default_value = ":memory:")]
    database: String,
    /// Seed for deterministic ids and simulated data
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Simulated seconds per real second, from 0 (frozen) to 1000000
    #[arg(long, default_value_t = 1.0, value_parser = rime_sandbox::clock::parse_rate)]
    clock_rate: f64,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the merged OpenAPI 3.1 document (the one served at /api/docs) as JSON and exit
    Openapi,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = Args::parse();
    if let Some(Command::Openapi) = args.command {
        let doc = rime_sandbox::openapi::document();
        let text = serde_json::to_string_pretty(doc).unwrap_or_default();
        #[allow(clippy::print_stdout, reason = "the document is this command's output")]
        {
            println!("{text}");
        }
        return std::process::ExitCode::SUCCESS;
    }
    let opts = rime_sandbox::Options {
        bind: args.bind,
        database: args.database,
        seed: args.seed,
        clock_rate: args.clock_rate,
        ..Default::default()
    };
    let ready = |url: &str| {
        #[allow(clippy::print_stderr, reason = "the binary's one status line")]
        {
            eprintln!("rime sandbox listening on {url}");
        }
    };
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match rime_sandbox::serve(opts, ready, shutdown).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            #[allow(clippy::print_stderr, reason = "fatal start-up error")]
            {
                eprintln!("error: {e:#}");
            }
            std::process::ExitCode::FAILURE
        }
    }
}
