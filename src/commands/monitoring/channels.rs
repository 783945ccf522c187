//! `rime monitoring channels`: notification channels; each type's secret comes from stdin, a file or a
//! hidden prompt (never the command line); `test` sends a test message.

use clap::{Args, Subcommand};
use serde_json::Value;

use crate::commands::input::{BodyArgs, set_path};
use crate::commands::secrets;
use crate::context::Context;
use crate::error::CliError;
use crate::output::ColumnKind::{Bool, Text};
use crate::output::{Column, ListSpec, terminal_safe};
use crate::registry::prelude::*;

pub static CHANNELS: Kind = Kind {
    columns: &[NAME, col("TYPE", "type", Text), CREATED, ID],
    fields: &[
        ro("id"),
        ro("project_id"),
        field("name"),
        fixed("type"),
        field("config"),
        secret("config.password"),
        secret("config.webhook_url"),
        secret("config.integration_key"),
        secret("config.secret"),
        ro("created_at"),
        ro("updated_at"),
        ro("created_by"),
    ],
    verbs: &[
        list("List notification channels"),
        get("Show one channel (its secret shows only as `<field>_set`)"),
        create("Create a channel"),
        update("Change a channel; give --secret KEY=- or --secret KEY=@FILE to replace its secret"),
        delete("Delete a channel no rule or policy uses"),
    ],
    ..Kind::project("notification_channel", "NotificationChannel")
        .said("notification channel", "notification channels")
        .at("monitoring channels", "notification-channels")
        .known_by(&["name"], "nch_", ("NAME", "Channel name or id"))
        .config()
};

pub struct Channels;

impl Declared for Channels {
    const KIND: &'static Kind = &CHANNELS;
    const AFTER_HELP: &'static str = "Examples:
  printf '%s' \"$SMTP_PASSWORD\" | rime monitoring channels create --name ops --type email \\
    --smtp-host smtp.example.co.nz --smtp-username alerts --from alerts@example.co.nz --to ops@example.co.nz --secret password=-
  rime monitoring channels create --name data-alerts --type slack --slack-channel '#data-alerts' --secret webhook_url=@hook.txt
  rime monitoring channels test ops";
    type Parts = Parts<ChannelFilters, ChannelFlags, ChannelFlags, ChannelVerbs>;
}

const TEST_COLUMNS: &[Column] = &[
    col("SUCCESS", "success", Bool),
    col("MESSAGE", "message", Text),
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

#[derive(Subcommand, Debug)]
pub enum ChannelVerbs {
    /// Send a test message through a channel (exit 9 when it fails)
    Test(ChannelArg),
}

#[derive(Args, Debug)]
pub struct ChannelArg {
    /// Channel name or id
    #[arg(value_name = "NAME")]
    pub channel: String,
}

impl Extra for ChannelVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            ChannelVerbs::Test(a) => test(ctx, &a.channel).await,
        }
    }
}

#[derive(Args, Debug)]
pub struct ChannelFilters {
    /// Only channels of this type
    #[arg(long = "type", value_name = "TYPE", value_parser = ["email", "slack", "pagerduty", "webhook"])]
    pub channel_type: Option<String>,
}

impl Filters for ChannelFilters {
    fn plain(&self) -> Vec<(String, String)> {
        query_of([("type", &self.channel_type)])
    }
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
    /// The type's secret from standard input (KEY=-) or a file (KEY=@FILE), never the command
    /// line: password (email), webhook_url (slack), integration_key (pagerduty), secret (webhook)
    #[arg(long, value_name = secrets::VALUE_NAME, help_heading = "Secret")]
    pub secret: Vec<String>,
    /// Old spelling of --secret KEY=-
    #[arg(long, hide = true, conflicts_with = "secret_file")]
    pub secret_stdin: bool,
    /// Old spelling of --secret KEY=@FILE
    #[arg(long, hide = true, value_name = "FILE")]
    pub secret_file: Option<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

impl ChannelFlags {
    /// The body without the secret; refuses a secret typed into `--set`.
    fn fields(&self) -> Result<Value, CliError> {
        for a in &self.body.set {
            let (key, value) = a.split_once('=').unwrap_or((a, ""));
            let field = key.trim().rsplit('.').next().unwrap_or_default();
            if SECRET_FIELDS.contains(&field) && !value.starts_with('@') {
                return Err(CliError::Usage(format!(
                    "`{}` would put a secret on the command line; use --secret {field}=- (standard input) or --secret {field}=@FILE",
                    key.trim()
                )));
            }
        }
        let secret_stdin = self.secret_stdin || self.secret.iter().any(|s| s.ends_with("=-"));
        if secret_stdin && self.body.from_file.as_deref() == Some("-") {
            return Err(CliError::Usage(
                "--secret KEY=- and --from-file - both want standard input; put the body in a file"
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
        let specs: Vec<String> = self
            .secret
            .iter()
            .cloned()
            .chain(secrets::stdin_alias(self.secret_stdin, field))
            .chain(secrets::file_alias(self.secret_file.as_deref(), field))
            .collect();
        let value = match secrets::read(&specs, &[field])?.pop() {
            Some(s) => s.value,
            None if creating => secrets::required(ctx, field, label)?,
            None => return Ok(()),
        };
        set_path(body, &format!("config.{field}"), Value::String(value))?;
        Ok(())
    }
}

impl Body for ChannelFlags {
    async fn body(&self, ctx: &Context, _: &Scope) -> anyhow::Result<Value> {
        let mut body = self.fields()?;
        let ty = body["type"].as_str().unwrap_or_default().to_string();
        if ty.is_empty() {
            return Err(CliError::Usage(
                "give the channel's --type (email, slack, pagerduty or webhook)".into(),
            )
            .into());
        }
        self.add_secret(ctx, &mut body, &ty, true)?;
        Ok(body)
    }
}

impl Patch for ChannelFlags {
    async fn patch(&self, ctx: &Context, target: &Target<'_>) -> anyhow::Result<Value> {
        let mut patch = self.fields()?;
        if !self.secret.is_empty() || self.secret_stdin || self.secret_file.is_some() {
            let ty = target.found(ctx).await?["type"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            self.add_secret(ctx, &mut patch, &ty, false)?;
        }
        Ok(patch)
    }
}

async fn test(ctx: &Context, name: &str) -> anyhow::Result<()> {
    let target = Target::new(&CHANNELS, Scope::top(), name);
    let channel = target.found(ctx).await?;
    let result = verbs::act(ctx, &target, "test").await?;
    ctx.show(&result, &ListSpec::of(TEST_COLUMNS))?;
    let message = result["message"].as_str().unwrap_or_default();
    if result["success"] == true {
        ctx.out.status(&format!(
            "✓ {} {}",
            CHANNELS.label(channel),
            terminal_safe(message)
        ));
        Ok(())
    } else {
        Err(CliError::Failed {
            what: format!("the test of channel {} failed", CHANNELS.label(channel)),
            details: vec![terminal_safe(message).into_owned()],
        }
        .into())
    }
}
