//! `rime doctor`: settings with their sources, then one bounded check per thing that can break
//! (credential store, keyring, token, API, TLS, proxy, clock, rate limit); exit 9 if any failed.

mod local;

pub use local::setting_rows;
mod proxy;
mod remote;

use clap::Args;
use serde::Serialize;
use serde_json::{Value, json};

use crate::context::Context;
use crate::error::CliError;
use crate::output::{Column, ColumnKind, ListSpec, col};

#[derive(Args, Debug)]
#[command(
    after_help = "Every check is bounded (network calls by --timeout, at most 10s, without retries;
the keyring by its 3s timeout). Exit status 9 when any check failed.
  rime doctor
  rime doctor -o json | jq '.checks[] | select(.status != \"passed\")'"
)]
pub struct DoctorArgs {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Passed,
    Warned,
    Failed,
}

#[derive(Debug, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub status: Status,
    pub message: String,
}

impl Check {
    fn new(name: &'static str, status: Status, message: impl Into<String>) -> Check {
        Check {
            name,
            status,
            message: message.into(),
        }
    }
    pub fn passed(name: &'static str, message: impl Into<String>) -> Check {
        Check::new(name, Status::Passed, message)
    }
    pub fn warned(name: &'static str, message: impl Into<String>) -> Check {
        Check::new(name, Status::Warned, message)
    }
    pub fn failed(name: &'static str, message: impl Into<String>) -> Check {
        Check::new(name, Status::Failed, message)
    }
}

const SETTING_COLUMNS: &[Column] = &[
    col("SETTING", "name", ColumnKind::Text),
    col("VALUE", "value", ColumnKind::Text),
    col("SOURCE", "source", ColumnKind::Text),
];

const CHECK_COLUMNS: &[Column] = &[
    col("CHECK", "name", ColumnKind::Text),
    col("STATUS", "status", ColumnKind::Status),
    col("DETAIL", "message", ColumnKind::Text),
];

pub async fn run(ctx: &Context, _args: DoctorArgs) -> anyhow::Result<()> {
    let settings = local::settings(ctx);
    let checks = run_all(ctx).await;
    let failed: Vec<&str> = checks
        .iter()
        .filter(|c| c.status == Status::Failed)
        .map(|c| c.name)
        .collect();
    let count = |s: Status| checks.iter().filter(|c| c.status == s).count();
    let report = json!({
        "ok": failed.is_empty(),
        "summary": {
            "passed": count(Status::Passed),
            "warned": count(Status::Warned),
            "failed": failed.len(),
        },
        "settings": settings,
        "checks": serde_json::to_value(&checks)?,
    });
    if ctx.out.human() {
        print_list(ctx, SETTING_COLUMNS, &report["settings"])?;
        if ctx.out.stdout_is_tty() {
            ctx.out.text("\n")?;
        }
        print_list(ctx, CHECK_COLUMNS, &report["checks"])?;
    } else {
        ctx.out.value(&report)?;
    }
    if failed.is_empty() {
        ctx.out.status(&match count(Status::Warned) {
            0 => "all checks passed".to_string(),
            n => format!("no check failed; {n} warned"),
        });
        Ok(())
    } else {
        Err(CliError::Failed {
            what: format!(
                "{} check{} failed: {}",
                failed.len(),
                if failed.len() == 1 { "" } else { "s" },
                failed.join(", ")
            ),
            details: Vec::new(),
        }
        .into())
    }
}

/// The checks in order; the network ones only when there is an API to talk to.
async fn run_all(ctx: &Context) -> Vec<Check> {
    let mut checks = vec![
        local::config(ctx),
        local::credential_store(ctx),
        local::keyring(ctx).await,
    ];
    let base = match ctx.base_url().await {
        Ok(b) => b,
        Err(e) => {
            checks.push(Check::failed("api", format!("{e:#}")));
            return checks;
        }
    };
    let tls_config = local::tls_config(ctx, &base);
    checks.push(proxy::check(&ctx.settings.proxy, &base));

    let probe = remote::probe(ctx, &base, tls_config.is_ok()).await;
    checks.push(match &tls_config {
        Err(msg) => Check::failed("tls", msg.clone()),
        Ok(desc) => match &probe {
            Err(e) if remote::looks_like_tls(e) => Check::failed(
                "tls",
                format!("the TLS handshake failed ({e}); if your network inspects TLS, pass its CA with --ca-cert or RIME_CA_BUNDLE"),
            ),
            _ => Check::passed("tls", desc.clone()),
        },
    });
    checks.push(match &probe {
        Ok((resp, ms)) => remote::api_check(&base, resp, *ms),
        Err(e) => Check::failed("api", format!("{base} is not reachable: {e}")),
    });
    if let Ok((resp, _)) = &probe {
        checks.push(remote::clock(&resp.headers));
    }
    let me = if probe.is_ok() {
        let (check, headers) = remote::token(ctx).await;
        checks.push(check);
        headers
    } else {
        checks.push(Check::failed(
            "token",
            "not checked: the API is not reachable",
        ));
        None
    };
    if let Some(headers) = me.or_else(|| probe.ok().map(|(r, _)| r.headers)) {
        checks.push(remote::rate_limit(&headers));
    }
    checks
}

fn print_list(ctx: &Context, columns: &[Column], rows: &Value) -> anyhow::Result<()> {
    let fields: Vec<&str> = columns.iter().map(|c| c.path).collect();
    let spec = ListSpec {
        columns,
        known_fields: &fields,
    };
    Ok(ctx.out.items(rows, &spec)?)
}
