//! `rime monitoring channels`: notification channels; each type's secret comes from stdin, a file or a
//! hidden prompt (never the command line); `test` sends a test message.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::{ListArgs, Named};
use crate::commands::input::{BodyArgs, read_secret, set_path};
use crate::commands::resource::{self, Resource, Seg};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{Column, ColumnKind, ListSpec, terminal_safe};

pub const CHANNELS: Resource = Resource {
    kind: "notification channel",
    command: "monitoring channels",
    path: &[Seg::Project, Seg::Lit("notification-channels")],
    columns: &[
        Column {
            header: "NAME",
            path: "name",
            kind: ColumnKind::Text,
        },
        Column {
            header: "TYPE",
            path: "type",
            kind: ColumnKind::Text,
        },
        Column {
            header: "CREATED",
            path: "created_at",
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
        "project_id",
        "name",
        "type",
        "config",
        "created_at",
        "updated_at",
        "created_by",
    ],
    name_fields: &["name"],
    id_prefix: "nch_",
};

const TEST_COLUMNS: &[Column] = &[
    Column {
        header: "SUCCESS",
        path: "success",
        kind: ColumnKind::Bool,
    },
    Column {
        header: "MESSAGE",
        path: "message",
        kind: ColumnKind::Text,
    },
];

/// The write-only field of each channel type and how a person would call it.
fn secret_of(channel_type: &str) -> Option<(&'static str, &'static str)> {
    Some(match channel_type {
        "email" => ("password", "SMTP password"),
        "slack" => ("webhook_url", "Slack webhook URL"),
        "pagerduty" => ("integration_key", "PagerDuty integration key"),
        "webhook" => ("secret", "webhook signing secret"),
        _ => return None,
    })
}

const SECRET_FIELDS: &[&str] = &["password", "webhook_url", "integration_key", "secret"];

#[derive(Args, Debug)]
#[command(after_help = "Examples:
  printf '%s' \"$SMTP_PASSWORD\" | rime monitoring channels create --name ops --type email \\
    --smtp-host smtp.example.co.nz --smtp-username alerts --from alerts@example.co.nz --to ops@example.co.nz --secret-stdin
  rime monitoring channels create --name data-alerts --type slack --slack-channel '#data-alerts' --secret-file hook.txt
  rime monitoring channels test ops")]
pub struct ChannelsArgs {
    #[command(subcommand)]
    pub command: ChannelsCommand,
}

#[derive(Subcommand, Debug)]
pub enum ChannelsCommand {
    /// List notification channels
    #[command(visible_alias = "ls")]
    List(ChannelsListArgs),
    /// Show one channel (its secret shows only as `<field>_set`)
    Get(Named),
    /// Create a channel
    Create(ChannelFlags),
    /// Change a channel; give --secret-stdin or --secret-file to replace its secret
    Update(ChannelsUpdateArgs),
    /// Delete a channel no rule or policy uses
    #[command(visible_alias = "rm")]
    Delete(Named),
    /// Send a test message through a channel (exit 9 when it fails)
    Test(Named),
}

#[derive(Args, Debug)]
pub struct ChannelsListArgs {
    /// Only channels of this type
    #[arg(long = "type", value_name = "TYPE", value_parser = ["email", "slack", "pagerduty", "webhook"])]
    pub channel_type: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Args, Debug)]
pub struct ChannelFlags {
    /// Channel name, unique in the project
    #[arg(long)]
    pub name: Option<String>,
    /// email, slack, pagerduty or webhook (fixed once created)
    #[arg(long = "type", value_name = "TYPE", value_parser = ["email", "slack", "pagerduty", "webhook"])]
    pub channel_type: Option<String>,
    /// SMTP server
    #[arg(long, help_heading = "Email")]
    pub smtp_host: Option<String>,
    /// 587 (STARTTLS, default) or 465 (SSL/TLS)
    #[arg(long, help_heading = "Email")]
    pub smtp_port: Option<u16>,
    /// SMTP user name
    #[arg(long, help_heading = "Email")]
    pub smtp_username: Option<String>,
    /// The sender address
    #[arg(long = "from", value_name = "ADDRESS", help_heading = "Email")]
    pub from_address: Option<String>,
    /// A recipient (repeat for more; replaces the list)
    #[arg(long = "to", value_name = "ADDRESS", help_heading = "Email")]
    pub recipients: Vec<String>,
    /// Post to this channel instead of the webhook's own
    #[arg(long, value_name = "CHANNEL", help_heading = "Slack")]
    pub slack_channel: Option<String>,
    /// The name messages are posted as
    #[arg(long, value_name = "NAME", help_heading = "Slack")]
    pub slack_username: Option<String>,
    /// The https:// URL to POST alerts to
    #[arg(long, help_heading = "Webhook")]
    pub url: Option<String>,
    /// Read the type's secret (SMTP password, Slack webhook URL, PagerDuty key, webhook secret) from stdin
    #[arg(long, conflicts_with = "secret_file", help_heading = "Secret")]
    pub secret_stdin: bool,
    /// Read the type's secret from this file
    #[arg(long, value_name = "FILE", help_heading = "Secret")]
    pub secret_file: Option<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

#[derive(Args, Debug)]
pub struct ChannelsUpdateArgs {
    /// Channel name or id
    #[arg(value_name = "NAME")]
    pub target: String,
    #[command(flatten)]
    pub flags: ChannelFlags,
}

impl ChannelFlags {
    /// The body without the secret; refuses a secret typed into `--set`.
    fn body(&self) -> Result<Value, CliError> {
        for a in &self.body.set {
            let (key, value) = a.split_once('=').unwrap_or((a, ""));
            let field = key.trim().rsplit('.').next().unwrap_or_default();
            if SECRET_FIELDS.contains(&field) && !value.starts_with('@') {
                return Err(CliError::Usage(format!(
                    "`{}` would put a secret on the command line; use --secret-stdin, --secret-file or --set {}=@FILE",
                    key.trim(),
                    key.trim()
                )));
            }
        }
        if self.secret_stdin && self.body.from_file.as_deref() == Some("-") {
            return Err(CliError::Usage(
                "--secret-stdin and --from-file - both want standard input; put the body in a file"
                    .into(),
            ));
        }
        let text = |v: &Option<String>| v.clone().map(Value::String);
        let recipients = (!self.recipients.is_empty())
            .then(|| Value::Array(self.recipients.iter().cloned().map(Value::String).collect()));
        self.body.build(vec![
            ("name", text(&self.name)),
            ("type", text(&self.channel_type)),
            ("config.smtp_host", text(&self.smtp_host)),
            ("config.smtp_port", self.smtp_port.map(Value::from)),
            ("config.username", text(&self.smtp_username)),
            ("config.from_address", text(&self.from_address)),
            ("config.recipients", recipients),
            ("config.channel", text(&self.slack_channel)),
            ("config.username", text(&self.slack_username)),
            ("config.url", text(&self.url)),
        ])
    }

    /// Adds the type's secret from stdin, a file or (creating, on a terminal) a hidden prompt.
    fn add_secret(
        &self,
        ctx: &Context,
        body: &mut Value,
        channel_type: &str,
        creating: bool,
    ) -> anyhow::Result<()> {
        let Some((field, label)) = secret_of(channel_type) else {
            return Ok(());
        };
        if body["config"].get(field).is_some() {
            return Ok(());
        }
        match read_secret(
            ctx,
            label,
            self.secret_stdin,
            self.secret_file.as_deref(),
            creating,
        )? {
            Some(secret) => set_path(body, &format!("config.{field}"), Value::String(secret))?,
            None if creating => {
                return Err(CliError::Usage(format!(
                    "a {channel_type} channel needs its {field}: pipe it with --secret-stdin or give --secret-file FILE"
                ))
                .into());
            }
            None => {}
        }
        Ok(())
    }
}

pub async fn run(ctx: &Context, args: ChannelsArgs) -> anyhow::Result<()> {
    match args.command {
        ChannelsCommand::List(a) => {
            let filters = a
                .channel_type
                .map(|t| ("type".to_string(), t))
                .into_iter()
                .collect();
            resource::list(ctx, &CHANNELS, &[], filters, &a.list.page).await
        }
        ChannelsCommand::Get(a) => resource::get(ctx, &CHANNELS, &[], &a.name).await,
        ChannelsCommand::Create(f) => {
            let mut body = f.body()?;
            let ty = body["type"].as_str().unwrap_or_default().to_string();
            if ty.is_empty() {
                return Err(CliError::Usage(
                    "give the channel's --type (email, slack, pagerduty or webhook)".into(),
                )
                .into());
            }
            f.add_secret(ctx, &mut body, &ty, true)?;
            resource::create(ctx, &CHANNELS, &[], body).await.map(drop)
        }
        ChannelsCommand::Update(a) => {
            let mut patch = a.flags.body()?;
            if a.flags.secret_stdin || a.flags.secret_file.is_some() {
                let current = CHANNELS.find(ctx, &[], &a.target).await?;
                let ty = current["type"].as_str().unwrap_or_default().to_string();
                a.flags.add_secret(ctx, &mut patch, &ty, false)?;
            }
            resource::update(ctx, &CHANNELS, &[], &a.target, patch)
                .await
                .map(drop)
        }
        ChannelsCommand::Delete(a) => resource::delete(ctx, &CHANNELS, &[], &a.name, "").await,
        ChannelsCommand::Test(a) => test(ctx, &a.name).await,
    }
}

async fn test(ctx: &Context, name: &str) -> anyhow::Result<()> {
    let channel = CHANNELS.find(ctx, &[], name).await?;
    let id = channel["id"].as_str().unwrap_or(name);
    let path = CHANNELS.item_path(ctx, &[], id).await?.seg("test");
    let result = ctx
        .client()
        .await?
        .post(&path, serde_json::json!({}))
        .await
        .map_err(|e| {
            e.context(format!(
                "could not test the channel {}",
                CHANNELS.label(&channel)
            ))
        })?;
    ctx.show(
        &result,
        &ListSpec {
            columns: TEST_COLUMNS,
            known_fields: &[],
        },
    )?;
    let message = result["message"].as_str().unwrap_or_default();
    if result["success"] == true {
        ctx.out.status(&format!(
            "✓ {} {}",
            CHANNELS.label(&channel),
            terminal_safe(message)
        ));
        Ok(())
    } else {
        Err(CliError::Failed {
            what: format!("the test of channel {} failed", CHANNELS.label(&channel)),
            details: vec![terminal_safe(message).into_owned()],
        }
        .into())
    }
}
