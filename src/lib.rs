//! rime: the command-line administrator of a Rime data-platform tenant.

pub mod cli;
mod commands;
mod config;
mod context;
mod credentials;
mod error;
#[cfg(test)]
mod fuzz;
mod http;
mod local_sandbox;
mod lookup;
pub mod output;
mod registry;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

pub use commands::completion::script as completion_script;

/// Parse, run, report.
pub fn main() -> ExitCode {
    if let Some(shell) = config::completion_shell() {
        return commands::completion::complete(&shell);
    }
    if version_alone() {
        output::version(&format!("rime {}\n", cli::VERSION));
        return ExitCode::SUCCESS;
    }
    let cli = match parse_args() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    let env = config::Env::read();
    let default_format = match &cli.command {
        cli::Command::Api(_) => output::Format::Json,
        cli::Command::Audit(a) if commands::audit::is_export(a) => output::Format::Ndjson,
        _ => output::Format::Table,
    };
    let ctx = match context::Context::new(cli.global.overrides(), env, default_format) {
        Ok(ctx) => ctx,
        Err(e) => {
            return error::report(
                &e,
                cli.global.profile.as_deref().unwrap_or("default"),
                false,
            );
        }
    };
    match commands::dispatch(&ctx, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => error::report(&e, ctx.profile(), ctx.out.color_stderr()),
    }
}

/// `rime --version` (or `-V`) alone is answered before the command tree exists: scripts call it
/// often, and building the tree was most of what it cost. Clap answers it the same way otherwise.
fn version_alone() -> bool {
    let mut args = std::env::args_os().skip(1);
    matches!((args.next(), args.next()), (Some(a), None) if a == "--version" || a == "-V")
}

/// `Cli::try_parse`, except that the command tree is never dropped: it lives until the process
/// ends anyway, and freeing its thousands of small allocations was close to a third of the
/// instructions `rime --version` executes.
fn parse_args() -> Result<cli::Cli, clap::Error> {
    registry::build_lazily();
    let mut cmd = cli::Cli::command();
    let parsed = cmd
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|mut m| cli::Cli::from_arg_matches_mut(&mut m).map_err(|e| e.format(&mut cmd)));
    std::mem::forget(cmd);
    parsed
}
