//! Settings resolved once, each with its source: flags > environment > profile > defaults.

mod env;
pub mod file;
mod overrides;
pub mod proxy;

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use env::truthy;
pub use env::{Env, completion_index, completion_shell, plain_wide_help, reference};
pub use file::ConfigFile;
pub use overrides::Overrides;
pub use proxy::Proxies;

use crate::error::CliError;
use crate::output::{ColorChoice, Format};

/// Where a setting's value came from (shown by `rime profile show` and `rime doctor`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Profile(String),
    BuiltIn,
    Default,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::Profile(p) => write!(f, "profile {p}"),
            Source::BuiltIn => f.write_str("built-in sandbox profile"),
            Source::Default => f.write_str("default"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

impl<T> Sourced<T> {
    fn new(value: T, source: Source) -> Self {
        Sourced { value, source }
    }
}

/// The name of the profile that runs the embedded local sandbox with no login.
pub const SANDBOX_PROFILE: &str = "sandbox";

/// Where the API lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    Url(String),
    /// The embedded local sandbox, started on demand.
    LocalSandbox,
    None,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub config_dir: PathBuf,
    /// `RIME_CONFIG_DIR` or the platform default.
    pub config_dir_source: Source,
    pub data_dir: PathBuf,
    /// `RIME_CACHE_DIR` or the platform's cache directory; none when neither is known.
    pub cache_dir: Option<PathBuf>,
    pub profile: Sourced<String>,
    pub endpoint: Sourced<Endpoint>,
    pub tenant: Option<String>,
    pub project: Option<Sourced<String>>,
    pub output: Sourced<Format>,
    pub fields: Option<String>,
    pub jq: Option<String>,
    pub no_header: bool,
    pub no_trunc: bool,
    pub color: Sourced<ColorChoice>,
    pub quiet: bool,
    pub verbose: bool,
    pub debug: bool,
    pub timeout: Sourced<Duration>,
    pub max_retries: Sourced<u32>,
    pub yes: bool,
    pub no_input: bool,
    pub ca_cert: Option<Sourced<PathBuf>>,
    /// `RIME_TOKEN`: used as is, never stored.
    pub env_token: Option<String>,
    pub credential_store: Sourced<String>,
    pub no_color_env: bool,
    pub ci: bool,
    /// The proxy variables, which decide every connection's route.
    pub proxy: Proxies,
    /// What a child process needs from the environment to run at all (Windows' `SYSTEMROOT`).
    pub system_root: Option<PathBuf>,
}

/// The layers below the config file: the flags and the environment snapshot. Kept whole so that
/// another profile's settings can be resolved later (`rime profile show NAME`); only this module
/// looks inside.
#[derive(Debug, Clone)]
pub struct Resolver {
    flags: Overrides,
    env: Env,
}

impl Resolver {
    pub fn new(flags: Overrides, env: Env) -> Resolver {
        Resolver { flags, env }
    }

    /// The flags as typed (`rime profile set` saves some of them).
    pub fn flags(&self) -> &Overrides {
        &self.flags
    }

    /// The environment snapshot the settings came from.
    pub fn env(&self) -> &Env {
        &self.env
    }

    pub fn config_dir(&self) -> Result<PathBuf, CliError> {
        config_dir(&self.env)
    }

    /// The settings of the profile the flags and environment select.
    pub fn resolve(&self, file: &ConfigFile) -> Result<Settings, CliError> {
        Settings::resolve(&self.flags, &self.env, file)
    }

    /// The settings of profile `name`, everything else as for this command.
    pub fn resolve_profile(&self, file: &ConfigFile, name: &str) -> Result<Settings, CliError> {
        let flags = Overrides {
            profile: Some(name.to_string()),
            ..Overrides::default()
        };
        Settings::resolve(&flags, &self.env, file)
    }
}

/// Picks the first present value: flag, then environment, then profile, then default.
fn pick<T>(
    flag: Option<T>,
    flag_name: &'static str,
    env: Option<T>,
    env_name: &'static str,
    profile: Option<(T, &str)>,
) -> Option<Sourced<T>> {
    flag.map(|v| Sourced::new(v, Source::Flag(flag_name)))
        .or_else(|| env.map(|v| Sourced::new(v, Source::Env(env_name))))
        .or_else(|| profile.map(|(v, p)| Sourced::new(v, Source::Profile(p.to_string()))))
}

pub fn config_dir(env: &Env) -> Result<PathBuf, CliError> {
    env.config_dir
        .clone()
        .or_else(|| dirs::config_dir().map(|d| d.join("rime")))
        .ok_or_else(|| {
            CliError::Usage("cannot find a config directory; set RIME_CONFIG_DIR".into())
        })
}

pub fn data_dir(env: &Env) -> Result<PathBuf, CliError> {
    env.data_dir
        .clone()
        .or_else(|| dirs::data_dir().map(|d| d.join("rime")))
        .ok_or_else(|| CliError::Usage("cannot find a data directory; set RIME_DATA_DIR".into()))
}

impl Settings {
    pub fn resolve(g: &Overrides, env: &Env, file: &ConfigFile) -> Result<Settings, CliError> {
        let config_dir = config_dir(env)?;
        let data_dir = data_dir(env)?;
        let profile = pick(
            g.profile.clone(),
            "--profile",
            env.profile.clone(),
            "RIME_PROFILE",
            None,
        )
        .or_else(|| {
            file.current_profile()
                .map(|p| Sourced::new(p.to_string(), Source::Profile("current".into())))
        })
        .unwrap_or_else(|| Sourced::new("default".into(), Source::Default));
        let pname = profile.value.clone();
        let from_profile = |key: &str| {
            file.get(&pname, key)
                .map(|v| (v.to_string(), pname.as_str()))
        };
        let builtin_sandbox = pname == SANDBOX_PROFILE && !file.has_profile(SANDBOX_PROFILE);

        // Tenant and API URL name one thing; the higher-precedence source wins, and at equal
        // precedence the explicit URL wins.
        let url = pick(
            g.api_url.clone(),
            "--api-url",
            env.api_url.clone(),
            "RIME_API_URL",
            from_profile("api_url"),
        );
        let tenant = pick(
            g.tenant.clone(),
            "--tenant",
            env.tenant.clone(),
            "RIME_TENANT",
            from_profile("tenant"),
        );
        let rank = |s: &Source| match s {
            Source::Flag(_) => 0,
            Source::Env(_) => 1,
            Source::Profile(_) => 2,
            _ => 3,
        };
        let endpoint = match (url, tenant.clone()) {
            (Some(u), Some(t)) if rank(&t.source) < rank(&u.source) => {
                Sourced::new(Endpoint::Url(tenant_url(&t.value)?), t.source)
            }
            (Some(u), _) => Sourced::new(Endpoint::Url(check_api_url(&u.value)?), u.source),
            (None, Some(t)) => Sourced::new(Endpoint::Url(tenant_url(&t.value)?), t.source),
            (None, None) if builtin_sandbox => {
                Sourced::new(Endpoint::LocalSandbox, Source::BuiltIn)
            }
            (None, None) => Sourced::new(Endpoint::None, Source::Default),
        };

        let project = pick(
            g.project.clone(),
            "--project",
            env.project.clone(),
            "RIME_PROJECT",
            from_profile("project"),
        )
        .or_else(|| builtin_sandbox.then(|| Sourced::new("demo".to_string(), Source::BuiltIn)));

        let output_raw = pick(
            g.output.clone(),
            "--output",
            env.output.clone(),
            "RIME_OUTPUT",
            from_profile("output"),
        );
        let output = match output_raw {
            Some(s) => Sourced::new(
                s.value.parse::<Format>().map_err(|_| {
                    CliError::Usage(format!(
                        "unknown output format `{}` (from {}); use table, json, ndjson, yaml or csv",
                        s.value, s.source
                    ))
                })?,
                s.source,
            ),
            None => Sourced::new(Format::Table, Source::Default),
        };

        let color = match (g.color, env.color.as_deref()) {
            (Some(c), _) => Sourced::new(c, Source::Flag("--color")),
            (None, Some(raw)) => {
                let c = raw.parse::<ColorChoice>().map_err(|_| {
                    CliError::Usage(format!(
                        "RIME_COLOR must be auto, always or never, not `{raw}`"
                    ))
                })?;
                Sourced::new(c, Source::Env("RIME_COLOR"))
            }
            (None, None) => Sourced::new(ColorChoice::Auto, Source::Default),
        };

        let timeout_raw = pick(
            g.timeout.clone(),
            "--timeout",
            env.timeout.clone(),
            "RIME_TIMEOUT",
            None,
        );
        let timeout = match timeout_raw {
            Some(t) => Sourced::new(
                parse_duration(&t.value)
                    .filter(|d| *d >= Duration::from_millis(1))
                    .ok_or_else(|| {
                        CliError::Usage(format!(
                            "invalid timeout `{}` (from {}): a timeout is from 1ms to a year \
                             (0 would fail every request); use e.g. 30s, 2m or 90",
                            t.value, t.source
                        ))
                    })?,
                t.source,
            ),
            None => Sourced::new(Duration::from_secs(30), Source::Default),
        };
        let retries_env = match &env.max_retries {
            Some(v) => Some(v.parse::<u32>().map_err(|_| {
                CliError::Usage(format!("RIME_MAX_RETRIES must be a number, not `{v}`"))
            })?),
            None => None,
        };
        let max_retries = pick(
            g.max_retries,
            "--max-retries",
            retries_env,
            "RIME_MAX_RETRIES",
            None,
        )
        .unwrap_or_else(|| Sourced::new(4, Source::Default));

        let ca_cert = pick(
            g.ca_cert.clone(),
            "--ca-cert",
            env.ca_bundle.clone().map(PathBuf::from),
            "RIME_CA_BUNDLE",
            file.get(&pname, "ca_cert")
                .map(|v| (PathBuf::from(v), pname.as_str())),
        );
        let credential_store = from_profile("credential_store")
            .map(|(v, p)| Sourced::new(v, Source::Profile(p.to_string())))
            .unwrap_or_else(|| Sourced::new("auto".into(), Source::Default));
        if !["auto", "keyring", "file"].contains(&credential_store.value.as_str()) {
            return Err(CliError::config(
                &file.path,
                format!(
                    "`profiles.{pname}.credential_store` must be auto, keyring or file, not `{}`",
                    credential_store.value
                ),
            ));
        }

        Ok(Settings {
            config_dir,
            config_dir_source: if env.config_dir.is_some() {
                Source::Env("RIME_CONFIG_DIR")
            } else {
                Source::Default
            },
            proxy: Proxies::from_env(env),
            system_root: env.system_root.clone(),
            data_dir,
            cache_dir: env
                .cache_dir
                .clone()
                .or_else(|| dirs::cache_dir().map(|d| d.join("rime"))),
            tenant: tenant.map(|t| t.value),
            endpoint,
            project,
            output,
            fields: g.fields.clone().or_else(|| env.fields.clone()),
            jq: g.jq.clone().or_else(|| env.jq.clone()),
            no_header: g.no_header || truthy(&env.no_header),
            no_trunc: g.no_trunc || truthy(&env.no_trunc),
            color,
            quiet: g.quiet || truthy(&env.quiet),
            verbose: g.verbose || truthy(&env.verbose),
            debug: g.debug || truthy(&env.debug),
            timeout,
            max_retries,
            yes: g.yes || truthy(&env.yes),
            no_input: g.no_input || truthy(&env.no_input),
            ca_cert,
            env_token: env.token.clone(),
            credential_store,
            no_color_env: env.no_color,
            ci: env.ci,
            profile,
        })
    }

    pub fn is_builtin_sandbox(&self) -> bool {
        self.endpoint.value == Endpoint::LocalSandbox
    }
}

/// The longest duration any flag takes: longer waits are typos, and `Instant + d` must not overflow.
pub const MAX_DURATION: Duration = Duration::from_secs(366 * 24 * 3600);

/// `30`, `30s`, `500ms`, `2m`, `1h`; `None` for anything else, negative, or longer than a year.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    let (num, unit) = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .map(|i| s.split_at(i))
        .unwrap_or((s, "s"));
    let n: f64 = num
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite() && *n >= 0.0)?;
    let secs = match unit.trim() {
        "ms" => n / 1000.0,
        "s" | "" => n,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        _ => return None,
    };
    Duration::try_from_secs_f64(secs)
        .ok()
        .filter(|d| *d <= MAX_DURATION)
}

/// A tenant is one DNS label; anything else (`acme.evil.com`, `../x`) could redirect the token.
pub fn tenant_url(tenant: &str) -> Result<String, CliError> {
    let ok = !tenant.is_empty()
        && tenant.len() <= 63
        && tenant
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !tenant.starts_with('-')
        && !tenant.ends_with('-');
    if !ok {
        return Err(CliError::Usage(format!(
            "invalid tenant `{}`: a tenant is one DNS label (lowercase letters, digits, hyphens)",
            crate::output::terminal_safe(tenant)
        )));
    }
    Ok(format!("https://{tenant}.rimedata.io/api/v1"))
}

/// Accepts `https://…`, and `http://…` only for loopback hosts. Returns the URL without a trailing slash.
pub fn check_api_url(raw: &str) -> Result<String, CliError> {
    let url = url::Url::parse(raw).map_err(|e| {
        CliError::Usage(format!(
            "invalid API URL `{}`: {e}",
            crate::output::terminal_safe(raw)
        ))
    })?;
    let host = url.host_str().unwrap_or("");
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(host) => {}
        "http" => {
            return Err(CliError::Usage(format!(
                "refusing plain http:// to `{host}`: tokens would cross the network unencrypted; use https:// (http:// is allowed only for loopback hosts)"
            )));
        }
        other => {
            return Err(CliError::Usage(format!(
                "unsupported URL scheme `{other}` in API URL; use https://"
            )));
        }
    }
    if !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return Err(CliError::Usage(
            "the API URL must not contain credentials, a query or a fragment".into(),
        ));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

pub fn is_loopback(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost") || h.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}
