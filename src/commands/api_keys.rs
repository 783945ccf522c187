//! `rime api-keys`: a project's API keys for scripts and CI; `create` shows the secret exactly once.

use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};
use serde_json::Value;

use super::resource::{self, Resource, Seg};
use crate::cli::PageArgs;
use crate::config::Source;
use crate::context::Context;
use crate::output::{Column, ColumnKind, Format};

pub const API_KEYS: Resource = Resource {
    kind: "API key",
    command: "api-keys",
    path: &[Seg::Project, Seg::Lit("api-keys")],
    columns: &[
        Column {
            header: "NAME",
            path: "name",
            kind: ColumnKind::Text,
        },
        Column {
            header: "PREFIX",
            path: "prefix",
            kind: ColumnKind::Text,
        },
        Column {
            header: "ROLE",
            path: "role",
            kind: ColumnKind::Text,
        },
        Column {
            header: "CREATED",
            path: "created_at",
            kind: ColumnKind::Time,
        },
        Column {
            header: "LAST USED",
            path: "last_used_at",
            kind: ColumnKind::Time,
        },
        Column {
            header: "EXPIRES",
            path: "expires_at",
            kind: ColumnKind::Time,
        },
        Column {
            header: "ID",
            path: "id",
            kind: ColumnKind::Text,
        },
    ],
    fields: &[
        "id",
        "name",
        "prefix",
        "role",
        "project_id",
        "created_at",
        "created_by",
        "last_used_at",
        "expires_at",
        "secret",
    ],
    name_fields: &["name"],
    id_prefix: "key_",
};

#[derive(Args, Debug)]
pub struct ApiKeysArgs {
    #[command(subcommand)]
    pub command: ApiKeysCommand,
}

#[derive(Subcommand, Debug)]
pub enum ApiKeysCommand {
    /// List the project's API keys (never their secrets)
    #[command(visible_alias = "ls")]
    List(ApiKeysListArgs),
    /// Create an API key and print its secret, once
    Create(ApiKeysCreateArgs),
    /// Revoke an API key: anything using it gets 401 from then on
    #[command(visible_alias = "rm")]
    Revoke(ApiKeysRevokeArgs),
}

#[derive(Args, Debug)]
pub struct ApiKeysListArgs {
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Args, Debug)]
#[command(
    after_help = "The secret is printed once and cannot be retrieved again. When standard output is not a
terminal, the default output is the secret alone:
  KEY=$(rime api-keys create ci --role editor -p sales)
  rime api-keys create ci -o json | jq -r .secret"
)]
pub struct ApiKeysCreateArgs {
    /// A name, unique in the project
    pub name: String,
    /// What the key may do in its project
    #[arg(long, default_value = "viewer", value_parser = PossibleValuesParser::new(["editor", "viewer"]))]
    pub role: String,
    /// Days until the key expires (1-365); without it the key never expires
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u16).range(1..=365))]
    pub expires_in_days: Option<u16>,
}

#[derive(Args, Debug)]
pub struct ApiKeysRevokeArgs {
    /// Key name or id
    pub key: String,
}

pub async fn run(ctx: &Context, args: ApiKeysArgs) -> anyhow::Result<()> {
    match args.command {
        ApiKeysCommand::List(a) => resource::list(ctx, &API_KEYS, &[], Vec::new(), &a.page).await,
        ApiKeysCommand::Create(a) => create(ctx, a).await,
        ApiKeysCommand::Revoke(a) => {
            // There is no GET for one key: find it in the list.
            let key = API_KEYS.find_listed(ctx, &[], &a.key).await?;
            resource::delete_found(
                ctx,
                &API_KEYS,
                &[],
                &key,
                "; anything using it stops working",
            )
            .await
        }
    }
}

async fn create(ctx: &Context, a: ApiKeysCreateArgs) -> anyhow::Result<()> {
    let mut body = serde_json::json!({"name": a.name, "role": a.role});
    if let Some(days) = a.expires_in_days {
        body["expires_in_days"] = Value::from(days);
    }
    let path = API_KEYS.collection(ctx, &[]).await?;
    let key = ctx
        .client()
        .await?
        .post(&path, body)
        .await
        .map_err(|e| e.context("could not create the API key"))?;
    ctx.out.status(&format!(
        "created API key {} with role {}",
        API_KEYS.label(&key),
        crate::output::terminal_safe(key["role"].as_str().unwrap_or("?"))
    ));
    let secret = key["secret"].as_str().unwrap_or_default();
    // A script capturing stdout wants the secret, not a table around it.
    let bare = ctx.out.format() == Format::Table
        && ctx.settings.output.source == Source::Default
        && !ctx.out.stdout_is_tty()
        && ctx.settings.jq.is_none()
        && ctx.settings.fields.is_none();
    if bare {
        ctx.out.text(&format!("{secret}\n"))?;
    } else {
        ctx.show(&key, &API_KEYS.spec())?;
    }
    ctx.out.warn(
        "this is the only time the secret is shown: store it now, it cannot be retrieved again",
    );
    Ok(())
}
