//! Doctor checks that need no network: settings and their sources, config, credential store,
//! keyring (bounded by its timeout) and the TLS configuration.

use std::time::Instant;

use serde_json::{Value, json};

use super::Check;
use crate::config::{Endpoint, Settings, Source};
use crate::context::Context;
use crate::credentials::{Credentials, KEYRING_TIMEOUT, StoreKind};

/// Every resolved setting with where it came from, one way for `rime doctor` and
/// `rime profile show`: `(setting, value, source)`. `creds` is the profile's store, looked in
/// for a token (RIME_TOKEN, when set, wins and the store is not read).
pub fn setting_rows(s: &Settings, creds: &Credentials) -> Vec<(&'static str, String, String)> {
    let src = |s: &Source| s.to_string();
    let default = || Source::Default.to_string();
    let endpoint = match &s.endpoint.value {
        Endpoint::Url(u) => u.clone(),
        Endpoint::LocalSandbox => "local sandbox (started on demand)".into(),
        Endpoint::None => "(none)".into(),
    };
    let (store, store_source) = if s.is_builtin_sandbox() {
        ("file".to_string(), Source::BuiltIn.to_string())
    } else {
        (
            s.credential_store.value.clone(),
            src(&s.credential_store.source),
        )
    };
    let token = if s.env_token.is_some() {
        (
            "set (not shown)".to_string(),
            Source::Env("RIME_TOKEN").to_string(),
        )
    } else {
        let found = match creds.load() {
            Ok(Some((_, StoreKind::File))) => "stored in credentials.toml".to_string(),
            Ok(Some((_, StoreKind::Keyring))) => "stored in the OS keyring".to_string(),
            Ok(None) => "(none)".to_string(),
            Err(e) => format!("unreadable ({e})"),
        };
        (found, "credential store".to_string())
    };
    vec![
        ("profile", s.profile.value.clone(), src(&s.profile.source)),
        ("api_url", endpoint, src(&s.endpoint.source)),
        match &s.project {
            Some(p) => ("project", p.value.clone(), src(&p.source)),
            None => ("project", "(none)".into(), default()),
        },
        ("output", s.output.value.to_string(), src(&s.output.source)),
        ("color", s.color.value.to_string(), src(&s.color.source)),
        (
            "timeout",
            crate::http::human_duration(s.timeout.value),
            src(&s.timeout.source),
        ),
        (
            "max_retries",
            s.max_retries.value.to_string(),
            src(&s.max_retries.source),
        ),
        match &s.ca_cert {
            Some(c) => ("ca_cert", c.value.display().to_string(), src(&c.source)),
            None => ("ca_cert", "(OS trust store only)".into(), default()),
        },
        ("credential_store", store, store_source),
        ("token", token.0, token.1),
        (
            "config_dir",
            s.config_dir.display().to_string(),
            src(&s.config_dir_source),
        ),
    ]
}

/// Every resolved setting with where it came from, and the proxies in use.
pub fn settings(ctx: &Context) -> Value {
    let row = |name: &str, value: String, source: String| json!({"name": name, "value": value, "source": source});
    let mut rows: Vec<Value> = setting_rows(&ctx.settings, &ctx.credentials())
        .into_iter()
        .map(|(n, v, src)| row(n, v, src))
        .collect();
    for (name, var, shown) in ctx.settings.proxy.listed() {
        rows.push(row(name, shown, Source::Env(var).to_string()));
    }
    Value::Array(rows)
}

pub fn config(ctx: &Context) -> Check {
    let path = ctx.config.path.display();
    let profile = ctx.profile();
    match &ctx.settings.endpoint.value {
        Endpoint::None => Check::failed(
            "config",
            format!(
                "profile `{profile}` has no tenant or API URL: run `rime auth login --tenant NAME` or `rime profile set {profile} --tenant NAME`, or try the local sandbox with `--profile sandbox`"
            ),
        ),
        Endpoint::LocalSandbox => Check::passed("config", "the built-in sandbox profile"),
        Endpoint::Url(_) if !ctx.config.has_profile(profile) => Check::warned(
            "config",
            format!(
                "profile `{profile}` is not in {path}; its settings come from flags and the environment"
            ),
        ),
        Endpoint::Url(_) => Check::passed("config", format!("{path}, profile `{profile}`")),
    }
}

pub fn credential_store(ctx: &Context) -> Check {
    if ctx.settings.env_token.is_some() {
        return Check::passed(
            "credential_store",
            "RIME_TOKEN is set: it is used as given, and the store is not read",
        );
    }
    let store = ctx.credentials();
    match store.load() {
        Ok(Some((_, StoreKind::File))) => match store.loose_permissions() {
            Some(w) => Check::warned("credential_store", w),
            None => Check::passed(
                "credential_store",
                format!(
                    "credentials file {} (mode 600)",
                    store.file_path().display()
                ),
            ),
        },
        Ok(Some((_, StoreKind::Keyring))) => Check::passed(
            "credential_store",
            format!("OS keyring, service rime, entry `{}`", ctx.profile()),
        ),
        Ok(None) => Check::passed(
            "credential_store",
            format!(
                "nothing stored for profile `{}` yet (credential_store = {})",
                ctx.profile(),
                store.choice
            ),
        ),
        Err(e) => Check::failed("credential_store", e.to_string()),
    }
}

pub async fn keyring(ctx: &Context) -> Check {
    let store = ctx.credentials();
    let choice = store.choice.clone();
    let started = Instant::now();
    let answer = tokio::task::spawn_blocking(move || store.keyring_health())
        .await
        .unwrap_or_else(|e| Err(e.to_string()));
    let limit = format!("timeout {}s", KEYRING_TIMEOUT.as_secs());
    match (answer, choice.as_str()) {
        (Ok(()), _) => Check::passed(
            "keyring",
            format!("answers (in {} ms; {limit})", started.elapsed().as_millis()),
        ),
        (Err(e), "keyring") => Check::failed(
            "keyring",
            format!(
                "does not answer ({e}; {limit}), and the profile requires it (credential_store = keyring)"
            ),
        ),
        (Err(e), "file") => Check::passed(
            "keyring",
            format!("not used (credential_store = file); it does not answer ({e}; {limit})"),
        ),
        (Err(e), _) => Check::warned(
            "keyring",
            format!(
                "does not answer ({e}; {limit}): secrets are kept in credentials.toml (mode 600) instead"
            ),
        ),
    }
}

/// How this profile talks TLS, or why it cannot.
pub fn tls_config(ctx: &Context, base: &str) -> Result<String, String> {
    let mut desc = if base.starts_with("https://") {
        "HTTPS (rustls; TLS 1.3 and 1.2) trusting the OS certificate store".to_string()
    } else {
        "plain HTTP to a loopback host (the local sandbox): no TLS".to_string()
    };
    if let Some(ca) = &ctx.settings.ca_cert {
        let path = ca.value.display();
        // The funnel's own reader: what it accepts is what the check passes.
        let certs = crate::http::read_bundle(&ca.value).map_err(|e| {
            use crate::http::{Error, TrustProblem};
            let from = &ca.source;
            match e {
                Error::Trust { problem, .. } => match problem {
                    TrustProblem::Unreadable(e) => {
                        format!("cannot read the CA bundle {path} (from {from}): {e}")
                    }
                    TrustProblem::NotPem(e) => {
                        format!("{path} (from {from}) is not a PEM certificate bundle: {e}")
                    }
                    TrustProblem::Empty => {
                        format!("{path} (from {from}) holds no PEM certificates")
                    }
                },
                other => other.to_string(),
            }
        })?;
        desc.push_str(&format!(
            ", plus {} certificate(s) from {path} ({})",
            certs.len(),
            ca.source
        ));
    }
    Ok(desc)
}
