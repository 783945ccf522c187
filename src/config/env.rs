//! The one place rime reads its environment: a snapshot taken once at start-up.

use std::ffi::OsString;
use std::path::PathBuf;

/// Every environment variable rime honours, read once.
#[derive(Debug, Default, Clone)]
pub struct Env {
    pub profile: Option<String>,
    pub tenant: Option<String>,
    pub api_url: Option<String>,
    pub project: Option<String>,
    pub output: Option<String>,
    pub fields: Option<String>,
    pub jq: Option<String>,
    pub no_header: Option<String>,
    pub no_trunc: Option<String>,
    pub color: Option<String>,
    pub quiet: Option<String>,
    pub verbose: Option<String>,
    pub debug: Option<String>,
    pub timeout: Option<String>,
    pub max_retries: Option<String>,
    pub yes: Option<String>,
    pub no_input: Option<String>,
    pub ca_bundle: Option<String>,
    pub token: Option<String>,
    pub config_dir: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
    /// `RIME_CACHE_DIR`: where shell completion keeps the names it fetched.
    pub cache_dir: Option<PathBuf>,
    pub no_color: bool,
    /// `CI` set: never open browsers or wait for people.
    pub ci: bool,
    pub https_proxy: Option<String>,
    pub http_proxy: Option<String>,
    pub all_proxy: Option<String>,
    pub no_proxy: Option<String>,
    /// `SYSTEMROOT` (Windows), which any child process needs to open sockets.
    pub system_root: Option<PathBuf>,
}

fn var(name: &str) -> Option<String> {
    std::env::var_os(name)
        .and_then(|v: OsString| v.into_string().ok())
        .filter(|v| !v.is_empty())
}

/// A variable a file refers to (`${env:NAME}` in projects as code), read when it is needed:
/// the one environment read that is not part of the snapshot, and still in this module.
pub fn reference(name: &str) -> Option<String> {
    var(name)
}

impl Env {
    pub fn read() -> Env {
        Env {
            profile: var("RIME_PROFILE"),
            tenant: var("RIME_TENANT"),
            api_url: var("RIME_API_URL"),
            project: var("RIME_PROJECT"),
            output: var("RIME_OUTPUT"),
            fields: var("RIME_FIELDS"),
            jq: var("RIME_JQ"),
            no_header: var("RIME_NO_HEADER"),
            no_trunc: var("RIME_NO_TRUNC"),
            color: var("RIME_COLOR"),
            quiet: var("RIME_QUIET"),
            verbose: var("RIME_VERBOSE"),
            debug: var("RIME_DEBUG"),
            timeout: var("RIME_TIMEOUT"),
            max_retries: var("RIME_MAX_RETRIES"),
            yes: var("RIME_YES"),
            no_input: var("RIME_NO_INPUT"),
            ca_bundle: var("RIME_CA_BUNDLE"),
            token: var("RIME_TOKEN"),
            config_dir: var("RIME_CONFIG_DIR").map(PathBuf::from),
            data_dir: var("RIME_DATA_DIR").map(PathBuf::from),
            cache_dir: var("RIME_CACHE_DIR").map(PathBuf::from),
            no_color: var("NO_COLOR").is_some(),
            ci: var("CI").is_some_and(|v| v != "false" && v != "0"),
            https_proxy: var("HTTPS_PROXY").or_else(|| var("https_proxy")),
            http_proxy: var("HTTP_PROXY").or_else(|| var("http_proxy")),
            all_proxy: var("ALL_PROXY").or_else(|| var("all_proxy")),
            no_proxy: var("NO_PROXY").or_else(|| var("no_proxy")),
            system_root: if cfg!(windows) {
                var("SYSTEMROOT").map(PathBuf::from)
            } else {
                None
            },
        }
    }
}

/// `RIME_COMPLETE=SHELL`: the shell's completion script is asking for candidates (or, with no
/// words after `--`, for its registration). Read alone, before anything else, on every start.
pub fn completion_shell() -> Option<String> {
    var("RIME_COMPLETE").filter(|v| v != "0")
}

/// Whether clap prints help plain and 100 columns wide when no terminal is attached: `COLUMNS`
/// (its width then) is unset or at least 100 and `CLICOLOR_FORCE` forces no colour. The text
/// `rime --help` keeps ready (`crate::cli::TOP_HELP`) is clap's only then.
pub fn plain_wide_help() -> bool {
    let narrow = var("COLUMNS")
        .and_then(|c| c.parse::<usize>().ok())
        .is_some_and(|c| c < 100);
    !narrow && var("CLICOLOR_FORCE").is_none()
}

/// The index of the word being completed, as the completion script passes it.
pub fn completion_index() -> Option<usize> {
    var("_CLAP_COMPLETE_INDEX").and_then(|i| i.parse().ok())
}

/// `1`, `true`, `yes`, `on` (any case) mean yes; anything else no.
pub fn truthy(v: &Option<String>) -> bool {
    v.as_deref()
        .is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "on"))
}
