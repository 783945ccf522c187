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
    if help_alone() && config::plain_wide_help() && output::help_without_terminal(cli::TOP_HELP) {
        return ExitCode::SUCCESS;
    }
    credentials::no_core_dumps();
    let cli = match parse_args() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            let code = e.exit_code().clamp(0, 255) as u8;
            if code != 0 && wants_json(config::Env::read().output.as_deref()) {
                let text = e.render().to_string();
                let first = text.lines().next().unwrap_or_default();
                error::report_usage_json(first.trim_start_matches("error: "), code);
            }
            return ExitCode::from(code);
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
            let flags = cli.global.overrides();
            let json = flags.output.as_deref().and_then(|o| o.parse().ok());
            let who = error::Audience {
                profile: cli.global.profile.clone().unwrap_or("default".into()),
                json: matches!(json, Some(output::Format::Json | output::Format::Ndjson)),
                ..audience(&flags)
            };
            return error::report(&e, &who);
        }
    };
    let who = error::Audience {
        profile: ctx.profile().to_string(),
        color: ctx.out.color_stderr(),
        json: matches!(
            ctx.out.format(),
            output::Format::Json | output::Format::Ndjson
        ),
        ..audience(ctx.flags())
    };
    match commands::dispatch(&ctx, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        // A projects-as-code target may have aimed the command at another profile or tenant.
        Err(e) => match ctx.aimed_at() {
            Some((profile, endpoint)) => error::report(
                &e,
                &error::Audience {
                    profile,
                    endpoint: endpoint.or(who.endpoint.clone()),
                    ..who
                },
            ),
            None => error::report(&e, &who),
        },
    }
}

/// What the error report needs from the command line: the endpoint flags a login hint keeps,
/// and the command path a help hint names.
fn audience(flags: &config::Overrides) -> error::Audience {
    let endpoint = match (&flags.api_url, &flags.tenant) {
        (Some(url), _) => Some(format!("--api-url {url}")),
        (None, Some(t)) => Some(format!("--tenant {t}")),
        (None, None) => None,
    };
    error::Audience {
        profile: "default".into(),
        endpoint,
        command: Some(command_path),
        typed: Some(typed),
        ..Default::default()
    }
}

/// The command line as typed, each word quoted for a shell when it needs it.
fn typed() -> String {
    let plain = |a: &str| {
        !a.is_empty()
            && a.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"@%+,-./:=_".contains(&b))
    };
    let mut words = vec!["rime".to_string()];
    words.extend(std::env::args().skip(1).map(|a| {
        if plain(&a) {
            a
        } else {
            format!("'{}'", a.replace('\'', r"'\''"))
        }
    }));
    output::terminal_safe(&words.join(" ")).into_owned()
}

/// `rime pipelines create` from `rime -p demo pl create --file x`: the subcommands as clap
/// knows them, options and their values skipped (names as typed, aliases resolved).
fn command_path() -> Option<String> {
    registry::build_lazily();
    let mut cmd = cli::Cli::command();
    cmd.build();
    let root = cmd.clone();
    let mut at = &cmd;
    let mut path = vec!["rime".to_string()];
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if let Some(flag) = a.strip_prefix("--") {
            let takes = at
                .get_arguments()
                .chain(root.get_arguments())
                .find(|x| x.get_long() == Some(flag))
                .is_some_and(|x| x.get_action().takes_values());
            if takes && !flag.contains('=') {
                args.next();
            }
            continue;
        }
        if let Some(short) = a.strip_prefix('-').filter(|s| !s.is_empty()) {
            let takes = short.len() == 1
                && at
                    .get_arguments()
                    .chain(root.get_arguments())
                    .find(|x| x.get_short().map(String::from).as_deref() == Some(short))
                    .is_some_and(|x| x.get_action().takes_values());
            if takes {
                args.next();
            }
            continue;
        }
        match at.find_subcommand(&a) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                at = sub;
            }
            None => break,
        }
    }
    (path.len() > 1).then(|| path.join(" "))
}

/// `-o json`/`-o ndjson` (or `RIME_OUTPUT`) on a command line clap refused: its error is also
/// one JSON object, as every other error is under those formats.
fn wants_json(env_output: Option<&str>) -> bool {
    let json = |v: &str| matches!(v.to_ascii_lowercase().as_str(), "json" | "ndjson");
    let mut given = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == "-o" || a == "--output" {
            given = args.next();
        } else if let Some(v) = a.strip_prefix("--output=").or_else(|| a.strip_prefix("-o")) {
            given = Some(v.trim_start_matches('=').to_string());
        }
    }
    given.as_deref().or(env_output).is_some_and(json)
}

/// `rime --version` (or `-V`) alone is answered before the command tree exists: scripts call it
/// often, and building the tree was most of what it cost. Clap answers it the same way otherwise.
fn version_alone() -> bool {
    let mut args = std::env::args_os().skip(1);
    matches!((args.next(), args.next()), (Some(a), None) if a == "--version" || a == "-V")
}

/// `rime --help` (or `-h`) alone, run as `rime`: clap's text for it is kept ready
/// ([`cli::TOP_HELP`]), since building the top of the tree and rendering it through clap cost
/// twice what the rest of the start does. Only where clap would print that text exactly (no
/// terminal, full width, no forced colour: `config::plain_wide_help`); clap answers otherwise.
fn help_alone() -> bool {
    let mut args = std::env::args_os();
    let rime = args
        .next()
        .is_some_and(|a| std::path::Path::new(&a).file_name() == Some("rime".as_ref()));
    rime && matches!((args.next(), args.next()), (Some(a), None) if a == "--help" || a == "-h")
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
