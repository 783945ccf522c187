//! `completions/` and `man/` are generated from the clap tree and committed; stale files fail here.
//! `RIME_BLESS=1 cargo test --test cli generated` rewrites them.

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var_os("RIME_BLESS").is_some_and(|v| v == "1")
}

/// Compares generated files with the committed directory (no missing, changed or extra files).
fn check_dir(dir: &Path, expected: Vec<(String, Vec<u8>)>) {
    if bless() {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).unwrap();
        for (name, data) in &expected {
            std::fs::write(dir.join(name), data).unwrap();
        }
        return;
    }
    let mut problems = Vec::new();
    for (name, data) in &expected {
        match std::fs::read(dir.join(name)) {
            Ok(found) if &found == data => {}
            Ok(_) => problems.push(format!("{name} is stale")),
            Err(_) => problems.push(format!("{name} is missing")),
        }
    }
    for entry in std::fs::read_dir(dir)
        .map(|rd| rd.flatten().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !expected.iter().any(|(n, _)| *n == name) {
            problems.push(format!("{name} is not generated any more"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} is out of date ({}); run `RIME_BLESS=1 cargo test --test cli generated` and commit",
        dir.display(),
        problems.join(", ")
    );
}

#[test]
fn completions_are_current() {
    let files = [
        (Shell::Bash, "rime.bash"),
        (Shell::Zsh, "_rime"),
        (Shell::Fish, "rime.fish"),
        (Shell::PowerShell, "rime.ps1"),
        (Shell::Elvish, "rime.elv"),
    ]
    .into_iter()
    .map(|(shell, name)| {
        (
            name.to_string(),
            rime::completion_script(shell).into_bytes(),
        )
    })
    .collect();
    check_dir(&root().join("completions"), files);
}

fn pages(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) {
    let name = if prefix.is_empty() {
        cmd.get_name().to_string()
    } else {
        format!("{prefix}-{}", cmd.get_name())
    };
    let mut buf = Vec::new();
    let leaked: &'static str = Box::leak(name.clone().into_boxed_str());
    clap_mangen::Man::new(cmd.clone().name(leaked))
        .render(&mut buf)
        .unwrap();
    out.push((format!("{name}.1"), buf));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        pages(sub, &name, out);
    }
}

#[test]
fn man_pages_are_current() {
    // The commit is left out of the pages' version so they don't change with every commit.
    let mut cmd = rime::cli::Cli::command().version(env!("CARGO_PKG_VERSION"));
    cmd.build();
    let mut out = Vec::new();
    pages(&cmd, "", &mut out);
    check_dir(&root().join("man"), out);
}

#[test]
fn clap_tree_is_consistent() {
    rime::cli::Cli::command().debug_assert();
}
