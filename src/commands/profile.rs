//! `rime profile`: named settings (tenant or API URL, default project, output, credential store).

use clap::{Args, Subcommand};
use serde_json::json;

use crate::config::file::{PROFILE_KEYS, update_config};
use crate::config::{SANDBOX_PROFILE, Settings, check_api_url, tenant_url};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{Column, ColumnKind, ListSpec, col};

#[derive(Args, Debug)]
pub struct ProfileArgs {
    #[command(subcommand)]
    pub command: ProfileCommand,
}

#[derive(Subcommand, Debug)]
pub enum ProfileCommand {
    /// List profiles (the current one is marked)
    #[command(visible_alias = "ls")]
    List,
    /// Show every resolved setting and where it came from (flag, env, profile, default)
    Show(ProfileShowArgs),
    /// Make a profile the current one
    Use(ProfileUseArgs),
    /// Create or change a profile
    Set(ProfileSetArgs),
    /// Delete a profile and its stored credentials
    #[command(visible_alias = "rm")]
    Delete(ProfileNameArgs),
    /// Rename a profile (credentials move with it)
    Rename(ProfileRenameArgs),
}

#[derive(Args, Debug)]
pub struct ProfileShowArgs {
    /// Profile to show (default: the one in use)
    pub name: Option<String>,
}

#[derive(Args, Debug)]
pub struct ProfileUseArgs {
    pub name: String,
}

#[derive(Args, Debug)]
pub struct ProfileNameArgs {
    pub name: String,
}

#[derive(Args, Debug)]
pub struct ProfileRenameArgs {
    pub from: String,
    pub to: String,
}

#[derive(Args, Debug)]
#[command(
    after_help = "The global flags --tenant, --api-url, --project, --output and --ca-cert given with `set`
are saved into the profile.

Examples:
  rime profile set prod --tenant acme --project sales
  rime profile set dev --api-url https://rime.dev.acme.internal/api/v1 --ca-cert corp-ca.pem
  rime profile set ci --credential-store file --unset project"
)]
pub struct ProfileSetArgs {
    /// Profile to change (default: the one in use); created if missing
    pub name: Option<String>,
    /// Where secrets live: auto (keyring, else file), keyring, or file
    #[arg(long, value_name = "STORE")]
    pub credential_store: Option<String>,
    /// Remove a key from the profile
    #[arg(long, value_name = "KEY")]
    pub unset: Vec<String>,
}

const LIST_COLUMNS: &[Column] = &[
    col("CURRENT", "current", ColumnKind::Text),
    col("NAME", "name", ColumnKind::Text),
    col("ENDPOINT", "endpoint", ColumnKind::Text),
    col("PROJECT", "project", ColumnKind::Text),
    col("OUTPUT", "output", ColumnKind::Text),
];
const SHOW_COLUMNS: &[Column] = &[
    col("SETTING", "setting", ColumnKind::Text),
    col("VALUE", "value", ColumnKind::Text),
    col("SOURCE", "source", ColumnKind::Text),
];

pub fn run(ctx: &Context, args: ProfileArgs) -> anyhow::Result<()> {
    match args.command {
        ProfileCommand::List => list(ctx),
        ProfileCommand::Show(a) => show(ctx, a.name),
        ProfileCommand::Use(a) => {
            if !ctx.config.has_profile(&a.name) && a.name != SANDBOX_PROFILE {
                return Err(CliError::Usage(format!(
                    "no profile named `{}`; create it with `rime profile set {}`",
                    a.name, a.name
                ))
                .into());
            }
            update_config(&ctx.settings.config_dir, |f| {
                f.set_current(&a.name);
                Ok(())
            })?;
            ctx.out.status(&format!("now using profile `{}`", a.name));
            Ok(())
        }
        ProfileCommand::Set(a) => set(ctx, a),
        ProfileCommand::Delete(a) => {
            if !ctx.config.has_profile(&a.name) {
                return Err(CliError::Usage(format!("no profile named `{}`", a.name)).into());
            }
            ctx.confirm(&format!(
                "delete profile `{}` and its stored credentials",
                a.name
            ))?;
            creds_of(ctx, &a.name).delete()?;
            update_config(&ctx.settings.config_dir, |f| Ok(f.remove_profile(&a.name)))?;
            ctx.out.status(&format!("deleted profile `{}`", a.name));
            Ok(())
        }
        ProfileCommand::Rename(a) => {
            if !ctx.config.has_profile(&a.from) {
                return Err(CliError::Usage(format!("no profile named `{}`", a.from)).into());
            }
            if ctx.config.has_profile(&a.to) {
                return Err(
                    CliError::Usage(format!("a profile named `{}` already exists", a.to)).into(),
                );
            }
            let creds = creds_of(ctx, &a.from);
            let secret = creds.load()?;
            update_config(&ctx.settings.config_dir, |f| {
                Ok(f.rename_profile(&a.from, &a.to))
            })?;
            if let Some((cred, _)) = secret {
                let mut moved = creds_of(ctx, &a.from);
                moved.profile = a.to.clone();
                moved.save(&cred)?;
                creds.delete()?;
            }
            ctx.out
                .status(&format!("renamed profile `{}` to `{}`", a.from, a.to));
            Ok(())
        }
    }
}

/// The credential store of a named profile (which may not be the one in use).
fn creds_of(ctx: &Context, name: &str) -> crate::credentials::Credentials {
    let mut creds = ctx.credentials();
    creds.profile = name.to_string();
    creds.choice = ctx
        .config
        .get(name, "credential_store")
        .unwrap_or("auto")
        .to_string();
    creds
}

fn list(ctx: &Context) -> anyhow::Result<()> {
    let current = ctx.config.current_profile().unwrap_or("default");
    let mut names = ctx.config.profile_names();
    if !names.iter().any(|n| n == SANDBOX_PROFILE) {
        names.push(SANDBOX_PROFILE.to_string());
    }
    let mut w = ctx.out.list(&ListSpec {
        columns: LIST_COLUMNS,
        known_fields: &["current", "name", "endpoint", "project", "output"],
    })?;
    for name in names {
        let builtin = name == SANDBOX_PROFILE && !ctx.config.has_profile(&name);
        let endpoint = ctx
            .config
            .get(&name, "api_url")
            .map(String::from)
            .or_else(|| {
                ctx.config
                    .get(&name, "tenant")
                    .map(|t| format!("{t}.rimedata.io"))
            })
            .unwrap_or_else(|| {
                if builtin {
                    "local sandbox".into()
                } else {
                    String::new()
                }
            });
        let project = ctx
            .config
            .get(&name, "project")
            .map(String::from)
            .or_else(|| builtin.then(|| "demo".into()));
        w.push(&json!({
            "current": if name == current { "*" } else { "" },
            "name": name,
            "endpoint": endpoint,
            "project": project,
            "output": ctx.config.get(&name, "output"),
        }))?;
    }
    w.finish()?;
    Ok(())
}

fn show(ctx: &Context, name: Option<String>) -> anyhow::Result<()> {
    let settings: Settings;
    let s = match name {
        Some(n) => {
            settings = ctx.settings_of(&n)?;
            &settings
        }
        None => &ctx.settings,
    };
    // The same rows as `rime doctor`, from the same function: the two never disagree.
    let mut creds = creds_of(ctx, &s.profile.value);
    creds.choice = if s.is_builtin_sandbox() {
        "file".into()
    } else {
        s.credential_store.value.clone()
    };
    let rows = crate::commands::doctor::setting_rows(s, &creds);
    let mut w = ctx.out.list(&ListSpec {
        columns: SHOW_COLUMNS,
        known_fields: &["setting", "value", "source"],
    })?;
    for (setting, value, source) in rows {
        w.push(&json!({"setting": setting, "value": value, "source": source}))?;
    }
    w.finish()?;
    Ok(())
}

fn set(ctx: &Context, a: ProfileSetArgs) -> anyhow::Result<()> {
    let g = ctx.flags();
    let name = a.name.clone().unwrap_or_else(|| ctx.profile().to_string());
    if name.is_empty() || name.contains(['.', ' ', '"', '\'', '[', ']']) {
        return Err(CliError::Usage(format!(
            "`{name}` is not a usable profile name (no dots, spaces, quotes or brackets)"
        ))
        .into());
    }
    if g.tenant.is_some() && g.api_url.is_some() {
        return Err(CliError::Usage("give --tenant or --api-url, not both".into()).into());
    }
    if let Some(t) = &g.tenant {
        tenant_url(t)?;
    }
    if let Some(u) = &g.api_url {
        check_api_url(u)?;
    }
    if let Some(o) = &g.output {
        o.parse::<crate::output::Format>()
            .map_err(CliError::Usage)?;
    }
    if let Some(c) = &a.credential_store
        && !["auto", "keyring", "file"].contains(&c.as_str())
    {
        return Err(CliError::Usage(format!(
            "credential store must be auto, keyring or file, not `{c}`"
        ))
        .into());
    }
    for k in &a.unset {
        if !PROFILE_KEYS.contains(&k.as_str()) {
            return Err(CliError::Usage(format!(
                "unknown profile key `{k}`; keys are {}",
                PROFILE_KEYS.join(", ")
            ))
            .into());
        }
    }
    let changes: Vec<(&str, Option<String>)> = vec![
        ("tenant", g.tenant.clone()),
        (
            "api_url",
            g.api_url.clone().map(|u| check_api_url(&u).unwrap_or(u)),
        ),
        ("project", g.project.clone()),
        ("output", g.output.clone()),
        ("credential_store", a.credential_store.clone()),
        (
            "ca_cert",
            g.ca_cert.as_ref().map(|p| p.display().to_string()),
        ),
    ];
    update_config(&ctx.settings.config_dir, |f| {
        f.ensure_profile(&name);
        for (key, value) in &changes {
            if let Some(v) = value {
                f.set(&name, key, Some(v));
                // A tenant and a URL name the same thing: setting one clears the other.
                match *key {
                    "tenant" => f.set(&name, "api_url", None),
                    "api_url" => f.set(&name, "tenant", None),
                    _ => {}
                }
            }
        }
        for k in &a.unset {
            f.set(&name, k, None);
        }
        if f.current_profile().is_none() {
            f.set_current(&name);
        }
        Ok(())
    })?;
    ctx.out.status(&format!("updated profile `{name}`"));
    Ok(())
}
