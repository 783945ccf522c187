//! Help: every leaf command has Examples that parse, global options appear once (on `rime --help`)
//! and as one line elsewhere, and the man pages have EXAMPLES, EXIT STATUS, ENVIRONMENT and FILES.

use clap::{CommandFactory, Parser};

use crate::common::{Env, split};

/// Every command below the top, with its path (`connectors runs get`).
fn commands() -> Vec<(String, clap::Command)> {
    let mut cmd = rime::cli::Cli::command();
    cmd.build();
    let mut out = Vec::new();
    fn walk(c: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
        for s in c.get_subcommands().filter(|s| s.get_name() != "help") {
            let p = format!("{path} {}", s.get_name()).trim().to_string();
            out.push((p.clone(), s.clone()));
            walk(s, &p, out);
        }
    }
    walk(&cmd, "", &mut out);
    out
}

fn is_leaf(c: &clap::Command) -> bool {
    !c.get_subcommands().any(|s| s.get_name() != "help")
}

#[test]
fn every_leaf_command_has_examples_and_one_line_of_global_options() {
    let mut missing = Vec::new();
    let all = commands();
    assert!(all.iter().filter(|(_, c)| is_leaf(c)).count() > 100);
    for (path, mut c) in all {
        let help = c.render_long_help().to_string();
        if is_leaf(&c) && !help.contains("\nExamples:\n  ") {
            missing.push(format!("{path}: no Examples"));
        }
        if !help.contains("Global options: --profile") {
            missing.push(format!("{path}: no line of global options"));
        }
        // The global options are not listed one per line under every command any more.
        if help.contains("--max-retries <N>") {
            missing.push(format!("{path}: lists the global options again"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_example_parses() {
    let mut bad = Vec::new();
    for (path, mut c) in commands().into_iter().filter(|(_, c)| is_leaf(c)) {
        let help = c.render_long_help().to_string();
        let Some((_, examples)) = help.split_once("\nExamples:\n") else {
            continue;
        };
        let examples = examples.split("\n\n").next().unwrap_or_default();
        let mut joined = String::new();
        for line in examples.lines().map(str::trim) {
            // A line ending in `\` goes on; `#` says what the next line does.
            if let Some(part) = line.strip_suffix('\\') {
                joined.push_str(part);
                continue;
            }
            joined.push_str(line);
            let example = std::mem::take(&mut joined);
            let example = example.trim();
            let Some(rest) = example.strip_prefix("rime ") else {
                continue;
            };
            let upto = unquoted_cut(rest);
            let words = &rest[..upto];
            if words.contains('$') {
                continue; // a shell variable: not a literal command line
            }
            if words.matches('\'').count() % 2 == 1 || words.matches('"').count() % 2 == 1 {
                bad.push(format!("{path}: `{example}`: unbalanced quotes"));
                continue;
            }
            let mut argv = vec!["rime".to_string()];
            argv.extend(split(words));
            match rime::cli::Cli::try_parse_from(&argv) {
                Ok(_) => {}
                Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp => {}
                Err(e) => bad.push(format!("{path}: `{example}`: {}", e.kind())),
            }
        }
    }
    assert!(
        bad.is_empty(),
        "examples that do not parse:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_global_options_are_listed_once_on_the_top_and_named_in_every_line() {
    let cmd = rime::cli::Cli::command();
    let line = rime::cli::GLOBAL_HELP;
    let globals: Vec<_> = cmd.get_arguments().filter(|a| a.is_global_set()).collect();
    assert!(globals.len() > 15);
    let compact = rime::cli::GLOBAL_LINE;
    for a in globals {
        let long = format!("--{}", a.get_long().unwrap());
        assert!(
            line.contains(&format!("{long} ")),
            "rime --help lacks {long}"
        );
        assert!(compact.contains(&long), "the one-line list lacks {long}");
    }
    let env = Env::new();
    let top = env.rime("--help").run().ok();
    assert_eq!(
        top.stdout.matches("--max-retries <N>").count(),
        1,
        "{}",
        top.stdout
    );
    top.stdout_has("Examples:");
    let leaf = env.rime("connectors get --help").run().ok();
    leaf.stdout_has("rime connectors get orders-db")
        .stdout_has("Global options: --profile");
    assert!(
        !leaf.stdout.contains("--max-retries <N>"),
        "{}",
        leaf.stdout
    );
}

#[test]
fn man_pages_have_examples_exit_status_environment_and_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut pages = 0;
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap();
        for section in [
            ".SH EXAMPLES",
            ".SH \"EXIT STATUS\"",
            ".SH \"ENVIRONMENT\"",
            ".SH \"FILES\"",
        ] {
            assert!(
                text.contains(section),
                "{} has no {section}",
                e.path().display()
            );
        }
        pages += 1;
    }
    assert!(pages > 100);
    let leaf = std::fs::read_to_string(dir.join("rime-connectors-sync.1")).unwrap();
    assert!(
        leaf.contains("rime connectors sync orders\\-db \\-\\-wait"),
        "{leaf}"
    );
}

/// Where a command line stops being one rime command: a pipe, redirection, `&&` or a comment
/// outside quotes.
fn unquoted_cut(line: &str) -> usize {
    let mut quote = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '|' | '>' | '#') => return i,
            (None, '&') if line[i..].starts_with("&&") => return i,
            _ => {}
        }
    }
    line.len()
}
