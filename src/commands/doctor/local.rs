//! Doctor checks that need no network: settings and their sources, config, credential store,
//! keyring (bounded by its timeout) and the TLS configuration.

use std::time::Instant;

use serde_json::{Value, json};

use super::Check;
use crate::config::{Endpoint, Source};
use crate::context::Context;
use crate::credentials::{KEYRING_TIMEOUT, StoreKind};

/// Every resolved setting with where it came from.
pub fn settings(ctx: &Context) -> Value {
    let s = &ctx.settings;
    let row = |name: &str, value: String, source: &Source| json!({"name": name, "value": value, "source": source.to_string()});
    let endpoint = match &s.endpoint.value {
        Endpoint::Url(u) => u.clone(),
        Endpoint::LocalSandbox => "local sandbox (started on demand)".into(),
        Endpoint::None => "(none)".into(),
    };
    let unset = || Source::Default;
    let mut rows = vec![
        row("profile", s.profile.value.clone(), &s.profile.source),
        row("api_url", endpoint, &s.endpoint.source),
        match &s.project {
            Some(p) => row("project", p.value.clone(), &p.source),
            None => row("project", "(none)".into(), &unset()),
        },
        row("output", s.output.value.to_string(), &s.output.source),
        row(
            "timeout",
            crate::http::human_duration(s.timeout.value),
            &s.timeout.source,
        ),
        row(
            "max_retries",
            s.max_retries.value.to_string(),
            &s.max_retries.source,
        ),
        match &s.ca_cert {
            Some(c) => row("ca_cert", c.value.display().to_string(), &c.source),
            None => row("ca_cert", "(OS trust store only)".into(), &unset()),
        },
        if s.is_builtin_sandbox() {
            row("credential_store", "file".into(), &Source::BuiltIn)
        } else {
            row(
                "credential_store",
                s.credential_store.value.clone(),
                &s.credential_store.source,
            )
        },
        if s.env_token.is_some() {
            row("token", "RIME_TOKEN".into(), &Source::Env("RIME_TOKEN"))
        } else {
            row("token", "stored credential".into(), &unset())
        },
        row(
            "config_dir",
            s.config_dir.display().to_string(),
            &s.config_dir_source,
        ),
    ];
    for (name, var, shown) in s.proxy.listed() {
        rows.push(row(name, shown, &Source::Env(var)));
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
                "profile `{profile}` has no tenant or API URL: run `rime auth login --tenant NAME` or `rime profile set {profile} --tenant NAME`"
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
