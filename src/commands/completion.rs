//! `rime completion SHELL`: completion scripts generated from the clap tree.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::context::Context;

#[derive(Args, Debug)]
#[command(after_help = "Examples:
  rime completion bash > ~/.local/share/bash-completion/completions/rime
  rime completion zsh > \"${fpath[1]}/_rime\"
  rime completion fish > ~/.config/fish/completions/rime.fish")]
pub struct CompletionArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: Shell,
}

/// The script for one shell (also used to keep `completions/` in step).
pub fn script(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "rime", &mut buf);
    String::from_utf8(buf).expect("completion scripts are UTF-8")
}

pub fn run(ctx: &Context, args: CompletionArgs) -> anyhow::Result<()> {
    ctx.out.text(&script(args.shell))?;
    Ok(())
}
