//! `completions/`, `man/` and `src/cli_help.txt` are generated from the clap tree and committed; stale files fail here.
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

/// What every page says of how rime ends (the README's table).
const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "success"),
    (
        "1",
        "a failure not listed below (server 5xx, network, a declined prompt)",
    ),
    (
        "2",
        "usage error: bad flag, bad local input or file, refused without --yes, a configuration error",
    ),
    ("3", "not authenticated, or the token expired (401)"),
    ("4", "permission denied (403)"),
    ("5", "not found (404, or no resource with that name)"),
    ("6", "conflict (409)"),
    ("7", "validation rejected by the API (400, 422)"),
    ("8", "rate limited after all retries (429)"),
    (
        "9",
        "a waited-for run finished unsuccessfully, or a wait reached --timeout (the run goes on)",
    ),
    ("130", "interrupted (Ctrl-C)"),
];

/// The environment rime reads (besides the RIME_* twin of each global option, listed on rime(1)).
const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "RIME_PROFILE, RIME_TENANT, RIME_API_URL, RIME_PROJECT",
        "select the profile, tenant, API URL and project (as --profile, --tenant, --api-url, --project)",
    ),
    (
        "RIME_OUTPUT, RIME_FIELDS, RIME_JQ, RIME_NO_HEADER, RIME_NO_TRUNC, RIME_COLOR",
        "shape the output (as -o, --fields, --jq, --no-header, --no-trunc, --color); NO_COLOR turns colour off",
    ),
    (
        "RIME_QUIET, RIME_VERBOSE, RIME_DEBUG",
        "as -q, -v and --debug",
    ),
    (
        "RIME_TIMEOUT, RIME_MAX_RETRIES, RIME_CA_BUNDLE",
        "as --timeout, --max-retries and --ca-cert",
    ),
    (
        "RIME_YES, RIME_NO_INPUT, CI",
        "as --yes and --no-input; CI set means no prompts and no browser",
    ),
    (
        "RIME_TOKEN",
        "an access token or API key used as it is, never stored",
    ),
    (
        "RIME_CONFIG_DIR, RIME_DATA_DIR, RIME_CACHE_DIR",
        "where the configuration, the sandbox's data and completion's cache live",
    ),
    (
        "HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY",
        "the proxy rules, lower-case spellings too",
    ),
    (
        "RIME_COMPLETE",
        "set by the completion scripts when they ask rime for candidates",
    ),
];

const FILES: &[(&str, &str)] = &[
    (
        "~/.config/rime/config.toml",
        "profiles and the current profile (mode 0600; RIME_CONFIG_DIR moves it)",
    ),
    (
        "~/.config/rime/credentials.toml",
        "credentials when no OS keyring is used (mode 0600)",
    ),
    (
        "~/.local/share/rime/sandbox/",
        "the background sandbox's database, log and state (RIME_DATA_DIR)",
    ),
    (
        "~/.cache/rime/completion/",
        "names completion fetched, kept a minute (mode 0600; RIME_CACHE_DIR)",
    ),
];

/// Text for roff: backslashes, dashes and lines that would read as requests, escaped.
fn roff(text: &str) -> String {
    let t = text.replace('\\', "\\e").replace('-', "\\-");
    if t.starts_with('.') || t.starts_with('\'') {
        format!("\\&{t}")
    } else {
        t
    }
}

fn tagged(out: &mut String, heading: &str, rows: &[(&str, &str)]) {
    out.push_str(&format!(".SH \"{heading}\"\n"));
    for (tag, text) in rows {
        out.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", roff(tag), roff(text)));
    }
}

/// A command's after-help split into what it says and its examples; the line of global options
/// becomes a pointer to rime(1).
fn after_help(cmd: &clap::Command) -> (Vec<String>, Vec<String>) {
    let text = cmd
        .get_after_help()
        .map(|h| h.to_string())
        .unwrap_or_default();
    let (mut notes, mut examples, mut in_examples) = (Vec::new(), Vec::new(), false);
    for para in text.split("\n\n") {
        if para.starts_with("Global options") {
            continue;
        }
        for line in para.lines() {
            if line == "Examples:" {
                in_examples = true;
            } else if in_examples {
                examples.push(line.strip_prefix("  ").unwrap_or(line).to_string());
            } else {
                notes.push(line.to_string());
            }
        }
        if in_examples {
            examples.push(String::new());
        } else {
            notes.push(String::new());
        }
        in_examples = false;
    }
    let trim = |v: &mut Vec<String>| {
        while v.last().is_some_and(String::is_empty) {
            v.pop();
        }
    };
    trim(&mut notes);
    trim(&mut examples);
    (notes, examples)
}

/// One page: clap_mangen's sections, then EXAMPLES, EXIT STATUS, ENVIRONMENT and FILES.
fn page(cmd: &clap::Command, root: bool) -> Vec<u8> {
    let (notes, examples) = after_help(cmd);
    let man = clap_mangen::Man::new(cmd.clone().after_help(notes.join("\n")));
    let mut buf = Vec::new();
    man.render_title(&mut buf).unwrap();
    man.render_name_section(&mut buf).unwrap();
    man.render_synopsis_section(&mut buf).unwrap();
    man.render_description_section(&mut buf).unwrap();
    man.render_options_section(&mut buf).unwrap();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut buf).unwrap();
    }
    if !notes.is_empty() {
        man.render_extra_section(&mut buf).unwrap();
    }
    let mut out = String::from_utf8(buf).unwrap();
    if root {
        out.push_str(".SH \"GLOBAL OPTIONS\"\nEvery command takes these options.\n.nf\n");
        for line in rime::cli::GLOBAL_HELP.lines().skip(1) {
            out.push_str(&format!("{}\n", roff(line)));
        }
        out.push_str(".fi\n");
    } else {
        out.push_str(".SH \"GLOBAL OPTIONS\"\nEvery global option of \\fBrime\\fR(1) applies.\n");
    }
    out.push_str(".SH EXAMPLES\n.nf\n");
    for line in &examples {
        out.push_str(&format!("{}\n", roff(line)));
    }
    out.push_str(".fi\n");
    tagged(&mut out, "EXIT STATUS", EXIT_STATUS);
    tagged(&mut out, "ENVIRONMENT", ENVIRONMENT);
    tagged(&mut out, "FILES", FILES);
    let mut buf = out.into_bytes();
    man.render_version_section(&mut buf).unwrap();
    buf
}

fn pages(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) {
    let name = if prefix.is_empty() {
        cmd.get_name().to_string()
    } else {
        format!("{prefix}-{}", cmd.get_name())
    };
    let leaked: &'static str = Box::leak(name.clone().into_boxed_str());
    out.push((
        format!("{name}.1"),
        page(&cmd.clone().name(leaked), prefix.is_empty()),
    ));
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

/// `rime --help` without a terminal prints a text kept ready (`src/cli_help.txt`, for start-up):
/// it is clap's rendering of the tree, 100 columns wide and plain, and what clap itself prints
/// when the ready text may not be used (colour forced, here with NO_COLOR keeping it plain).
#[test]
fn the_ready_top_level_help_is_clap_s() {
    let path = root().join("src/cli_help.txt");
    let clap = rime::cli::Cli::command()
        .term_width(100)
        .render_help()
        .to_string();
    if bless() {
        std::fs::write(&path, &clap).unwrap();
    }
    assert!(
        std::fs::read_to_string(&path).unwrap() == clap,
        "{} is stale; run `RIME_BLESS=1 cargo test --test cli generated` and commit",
        path.display()
    );
    let env = crate::common::Env::bare();
    for flag in ["--help", "-h"] {
        let ready = env.rime(flag).run().ok();
        assert_eq!(ready.stdout, rime::cli::TOP_HELP, "{flag}");
        assert_eq!(ready.stderr, "", "{flag}");
        let by_clap = env
            .rime(flag)
            .env("CLICOLOR_FORCE", "1")
            .env("NO_COLOR", "1")
            .run()
            .ok();
        assert_eq!(by_clap.stdout, ready.stdout, "{flag}: clap's own");
        // Narrower than the ready text: clap's rendering, wrapped again.
        let narrow = env.rime(flag).env("COLUMNS", "60").run().ok();
        assert_ne!(narrow.stdout, ready.stdout, "{flag}: COLUMNS=60");
        assert!(
            narrow.stdout.lines().all(|l| l.chars().count() <= 60),
            "{flag}: COLUMNS=60"
        );
    }
}
