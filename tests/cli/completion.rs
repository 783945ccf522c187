//! Completion in a real bash: the committed script, names from the sandbox, the cache, a dead server.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::{BIN, Env};

const CONNECTORS: &str = "/api/v1/projects/{project_id}/connectors";
const BASH_COMPLETION: &str = "/usr/share/bash-completion/bash_completion";

/// A sandbox, logged in, with `demo` as the project and a cache directory of its own.
fn env() -> Env {
    let mut env = Env::new();
    env.vars.push(("RIME_PROJECT".into(), "demo".into()));
    let cache = env.dir.path().join("cache").display().to_string();
    env.vars.push(("RIME_CACHE_DIR".into(), cache));
    env
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("completions/rime.bash")
}

/// What bash offers for `line` (the cursor at its end) with bash-completion loaded and the
/// committed script sourced; `rime` on PATH is the binary under test. Returns the words, and
/// what the completion wrote on the terminal (stdout and stderr outside COMPREPLY).
fn tab(env: &Env, line: &str) -> (Vec<String>, String) {
    assert!(
        Path::new(BASH_COMPLETION).exists(),
        "bash-completion is not installed (.ci/run installs it)"
    );
    let bin = env.dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let link = bin.join("rime");
    if !link.exists() {
        std::os::unix::fs::symlink(BIN, &link).unwrap();
    }
    let probe = r#"
. "$BASH_COMPLETION"
. "$SCRIPT"
read -ra COMP_WORDS <<< "$LINE"
[[ "$LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="$LINE"
COMP_POINT=${#LINE}
_clap_complete_rime rime "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" >"$NOISE" 2>&1
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let noise = env.dir.path().join("noise");
    let template = env.rime("").command();
    let mut bash = Command::new("bash");
    bash.env_clear();
    for (k, v) in template.get_envs() {
        if let Some(v) = v {
            bash.env(k, v);
        }
    }
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = bash
        .args(["--norc", "--noprofile", "-c", probe])
        .env("PATH", path)
        .env("BASH_COMPLETION", BASH_COMPLETION)
        .env("SCRIPT", script())
        .env("LINE", line)
        .env("NOISE", &noise)
        .stdin(Stdio::null())
        .output()
        .expect("bash runs");
    assert!(out.status.success(), "bash failed: {out:?}");
    assert!(out.stderr.is_empty(), "bash wrote {out:?}");
    let words = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    (words, std::fs::read_to_string(noise).unwrap_or_default())
}

fn names(env: &Env, args: &str) -> Vec<String> {
    let out = env.rime(args).run().ok();
    out.stdout.lines().map(str::to_string).collect()
}

#[test]
fn bash_completes_connector_names_from_the_server_then_from_the_cache() {
    let env = env();
    let expected = names(&env, "connectors list --jq .[].name");
    assert!(expected.contains(&"orders-db".to_string()), "{expected:?}");
    let before = env.requests("GET", CONNECTORS).len();

    let (words, noise) = tab(&env, "rime connectors get ");
    assert_eq!(words, expected);
    assert_eq!(noise, "", "completion printed on the terminal");
    assert_eq!(env.requests("GET", CONNECTORS).len(), before + 1);

    // Warm: the same names, a prefix filters them, and the sandbox hears nothing more at all.
    let heard = env.exchanges().len();
    let (again, _) = tab(&env, "rime conn get ");
    assert_eq!(again, expected);
    let (prefixed, _) = tab(&env, "rime conn sync or");
    assert_eq!(prefixed, ["orders-db"]);
    assert_eq!(env.exchanges().len(), heard, "a warm TAB asked the server");

    // The cache is private to the user.
    let dir = env.dir.path().join("cache/completion");
    let entries: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    assert!(!entries.is_empty());
    for e in entries {
        use std::os::unix::fs::PermissionsExt;
        let mode = e.metadata().unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", e.path().display());
    }
}

#[test]
fn bash_completes_parents_models_globals_and_enums() {
    let env = env();
    let transformations = names(&env, "tf list --jq .[].name");
    let (words, _) = tab(&env, "rime tf models get ");
    assert_eq!(words, transformations);
    let parent = &transformations[0];
    let models = names(&env, &format!("tf models list {parent} --jq .[].name"));
    assert!(!models.is_empty());
    let (words, _) = tab(&env, &format!("rime tf models get {parent} "));
    assert_eq!(words, models);

    let (formats, _) = tab(&env, "rime conn list -o ");
    assert!(formats.iter().any(|f| f == "json") && formats.iter().any(|f| f == "csv"));
    let (colors, _) = tab(&env, "rime --color ");
    assert_eq!(colors, ["auto", "always", "never"]);
    let (profiles, _) = tab(&env, "rime --profile ");
    assert_eq!(profiles, ["test", "sandbox"]);
    let projects = names(&env, "projects list --jq .[].identifier");
    let (words, _) = tab(&env, "rime -p ");
    assert_eq!(words, projects);
    // Verbs, and flags only once a dash asks for them.
    let (verbs, _) = tab(&env, "rime connectors ");
    assert!(verbs.iter().any(|v| v == "sync") && !verbs.iter().any(|v| v.starts_with('-')));
    let (flags, _) = tab(&env, "rime connectors list --st");
    assert_eq!(flags, ["--status"]);
    // Commands complete to their names, not to their short aliases.
    let (nouns, _) = tab(&env, "rime pro");
    assert_eq!(nouns, ["projects", "profile"]);
    let (nouns, _) = tab(&env, "rime con");
    assert_eq!(nouns, ["connectors"]);
    let (nouns, _) = tab(&env, "rime conn");
    assert_eq!(nouns, ["connectors"]);
}

#[test]
fn an_unreachable_or_silent_server_completes_nothing_and_prints_nothing() {
    let env = env();
    // Nothing listens on a port just released; a listener that never answers holds the request.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_url = format!("http://{}/api/v1", closed.local_addr().unwrap());
    drop(closed);
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_url = format!("http://{}/api/v1", silent.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for c in silent.incoming().flatten() {
            held.push(c);
        }
    });
    for url in [closed_url, silent_url] {
        let line = format!("rime --api-url {url} connectors get ");
        let (words, noise) = tab(&env, &line);
        assert!(words.is_empty(), "{url}: {words:?}");
        assert_eq!(noise, "", "{url}");
    }
    // And the direct call, as fish or zsh make it: success, no output.
    let out = env
        .rime("-- rime --api-url http://127.0.0.1:9/api/v1 connectors get x")
        .env("RIME_COMPLETE", "fish")
        .run();
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", "")
    );
}

#[test]
fn zsh_and_fish_get_names_with_the_formats_their_scripts_read() {
    let env = env();
    let fish = env
        .rime("-- rime connectors get ord")
        .env("RIME_COMPLETE", "fish")
        .run()
        .ok();
    assert_eq!(fish.stdout, "orders-db\n");
    let zsh = env
        .rime("-- rime connectors ''")
        .env("RIME_COMPLETE", "zsh")
        .env("_CLAP_COMPLETE_INDEX", "2")
        .run()
        .ok();
    assert!(
        zsh.stdout
            .lines()
            .any(|l| l.starts_with("sync:Start a sync")),
        "{}",
        zsh.stdout
    );
    // With no words the registration itself comes back, as `rime completion SHELL` prints it.
    for shell in ["bash", "zsh", "fish"] {
        let reg = env.rime("").env("RIME_COMPLETE", shell).run().ok();
        let printed = env.rime(["completion", shell]).run().ok();
        assert_eq!(reg.stdout, printed.stdout, "{shell}");
        assert!(reg.stdout.contains("RIME_COMPLETE"), "{shell}");
    }
}
