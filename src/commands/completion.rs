//! `rime completion SHELL` and what it prints calls back: `RIME_COMPLETE=SHELL rime -- WORDS…`
//! answers each TAB from the clap tree (clap_complete's engine), with object names from the registry.

use std::ffi::{OsStr, OsString};
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches};
use clap_complete::Shell;
use clap_complete::engine::CompletionCandidate;
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};

use crate::cli::{Cli, GlobalArgs};
use crate::config::{self, ConfigFile, Env};
use crate::context::Context;
use crate::output::{self, Format};
use crate::registry::complete::{Line, begin};

/// The variable the scripts set when they call rime back.
pub const VAR: &str = "RIME_COMPLETE";

#[derive(Args, Debug)]
pub struct CompletionArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: Shell,
}

fn completer(shell: Shell) -> &'static dyn EnvCompleter {
    match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Elvish => &Elvish,
        _ => &Powershell,
    }
}

/// The script for one shell (also used to keep `completions/` in step). It holds no commands or
/// flags of its own: each TAB asks rime, so it never goes stale against the binary.
pub fn script(shell: Shell) -> String {
    let mut buf = Vec::new();
    let _ = completer(shell).write_registration(VAR, "rime", "rime", "rime", &mut buf);
    let mut text = String::from_utf8(buf).expect("completion scripts are UTF-8");
    if shell == Shell::Zsh {
        // Autoloaded from $fpath the file is the body of `_rime`: complete on that first TAB too.
        text.push_str(
            "\nif [[ \"${funcstack[1]}\" == _rime ]]; then\n    _clap_dynamic_completer_rime \"$@\"\nfi\n",
        );
    }
    text
}

pub fn run(ctx: &Context, args: CompletionArgs) -> anyhow::Result<()> {
    ctx.out.text(&script(args.shell))?;
    Ok(())
}

/// Answers a completion script: candidates for the word at the cursor on stdout, and nothing at
/// all, with success, on any error (a shell shows stderr in the middle of the prompt).
pub fn complete(shell: &str) -> ExitCode {
    let name = std::path::Path::new(shell)
        .file_stem()
        .and_then(OsStr::to_str)
        .unwrap_or(shell);
    let shell = match name {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        "fish" => Shell::Fish,
        "elvish" => Shell::Elvish,
        "powershell" | "pwsh" => Shell::PowerShell,
        _ => return ExitCode::SUCCESS,
    };
    let mut args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let Some(dash) = args.iter().position(|a| a == "--") else {
        output::bare(script(shell).as_bytes());
        return ExitCode::SUCCESS;
    };
    args.drain(..=dash);
    if args.is_empty() {
        output::bare(script(shell).as_bytes());
        return ExitCode::SUCCESS;
    }
    let index = match shell {
        Shell::Fish | Shell::PowerShell => args.len() - 1,
        _ => config::completion_index().unwrap_or(args.len() - 1),
    };
    if args.len() == index {
        args.push(OsString::new());
    }
    let mut cmd = Cli::command().ignore_errors(true);
    begin(line_before(&mut cmd, &args[..index.min(args.len())]));
    let blank = args.get(index).is_none_or(|w| w.is_empty());
    let typed = args.get(index).map(|w| w.to_string_lossy().into_owned());
    let typed = typed.unwrap_or_default();
    let cwd = std::env::current_dir().ok();
    let Ok(mut found) = clap_complete::engine::complete(&mut cmd, args, index, cwd.as_deref())
    else {
        return ExitCode::SUCCESS;
    };
    // A blank word offers what goes there, never flags: `-` asks for them (as gh does), and a
    // name that cannot be had (no server) completes to nothing rather than to every flag.
    if blank {
        found.retain(|c| !c.get_value().to_string_lossy().starts_with('-'));
    }
    // clap_complete keeps one candidate per command, the first in sorted order, which is often
    // its short alias (`conn`, `tf`): offer the command's own name where it fits what was typed.
    for c in &mut found {
        let name = c
            .get_id()
            .and_then(|id| id.strip_prefix("command::"))
            .map(str::to_owned);
        if let Some(name) = name
            && name.starts_with(&typed)
            && c.get_value().to_string_lossy() != name
        {
            *c = CompletionCandidate::new(name.clone())
                .help(c.get_help().cloned())
                .tag(c.get_tag().cloned())
                .id(Some(format!("command::{name}")));
        }
    }
    output::bare(formatted(shell, &found).as_bytes());
    ExitCode::SUCCESS
}

/// Candidates as each shell's script reads them (clap_complete's formats).
fn formatted(shell: Shell, found: &[CompletionCandidate]) -> String {
    let help = |c: &CompletionCandidate| {
        c.get_help()
            .map(|h| h.to_string().lines().next().unwrap_or_default().to_string())
    };
    let lines = found.iter().map(|c| {
        let value = c.get_value().to_string_lossy();
        match (shell, help(c)) {
            (Shell::Zsh, h) => {
                let v = value.replace('\\', "\\\\").replace(':', "\\:");
                match h {
                    Some(h) => format!("{v}:{}", h.replace('\\', "\\\\")),
                    None => v,
                }
            }
            (Shell::Fish | Shell::PowerShell, Some(h)) => format!("{value}\t{h}"),
            _ => value.into_owned(),
        }
    });
    let lines: Vec<String> = lines.collect();
    match shell {
        // The bash script splits on vertical tab (its IFS), so names may hold newlines safely.
        Shell::Bash => lines.join("\x0b"),
        Shell::Fish | Shell::PowerShell => lines.iter().map(|l| format!("{l}\n")).collect(),
        _ => lines.join("\n"),
    }
}

/// The global flags and parents the words before the cursor give, parsed leniently.
fn line_before(cmd: &mut clap::Command, words: &[OsString]) -> Line {
    let Ok(matches) = cmd.try_get_matches_from_mut(words) else {
        return Line::default();
    };
    let mut m = &matches;
    while let Some((_, sub)) = m.subcommand() {
        m = sub;
    }
    let flags = GlobalArgs::from_arg_matches(m)
        .map(|g| g.overrides())
        .unwrap_or_default();
    let (parents, parent_flag) = crate::registry::parents_given(m);
    Line {
        flags,
        parents,
        parent_flag,
    }
}

/// `--profile`: the profiles in the config file, and the built-in `sandbox`.
pub fn profiles() -> Vec<CompletionCandidate> {
    let mut names = config::config_dir(&Env::read())
        .ok()
        .and_then(|d| ConfigFile::load(&d).ok())
        .map(|f| f.profile_names())
        .unwrap_or_default();
    if !names.iter().any(|n| n == config::SANDBOX_PROFILE) {
        names.push(config::SANDBOX_PROFILE.to_string());
    }
    names.into_iter().map(CompletionCandidate::new).collect()
}

/// `-o`: every output format.
pub fn formats() -> Vec<CompletionCandidate> {
    Format::ALL
        .iter()
        .map(|f| CompletionCandidate::new(f.as_str()))
        .collect()
}

/// `-p`: the tenant's projects.
pub fn projects(current: &OsStr) -> Vec<CompletionCandidate> {
    crate::registry::complete::candidates(&super::projects::PROJECTS, current)
}
