//! `rime monitoring escalation-policies`: ordered (channel, wait) steps over the generic resource verbs.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::channels::CHANNELS;
use super::{ListArgs, Named};
use crate::commands::input::BodyArgs;
use crate::commands::resource::{self, Resource, Seg};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{Column, ColumnKind};

pub const POLICIES: Resource = Resource {
    kind: "escalation policy",
    command: "monitoring escalation-policies",
    path: &[Seg::Project, Seg::Lit("escalation-policies")],
    columns: &[
        Column {
            header: "NAME",
            path: "name",
            kind: ColumnKind::Text,
        },
        Column {
            header: "STEPS",
            path: "steps",
            kind: ColumnKind::Count,
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
        "steps",
        "created_at",
        "updated_at",
        "created_by",
    ],
    name_fields: &["name"],
    id_prefix: "esc_",
};

#[derive(Args, Debug)]
#[command(
    after_help = "Each step notifies a channel while the alert is still firing; its wait counts from the
previous step. The first step waits 0 minutes, later ones at least 5.

Example (email at once, Slack after 15 minutes, PagerDuty 30 minutes later):
  rime monitoring escalation-policies create --name on-call \\
    --step data-team-email --step data-alerts-slack:15 --step on-call-pagerduty:30"
)]
pub struct PoliciesArgs {
    #[command(subcommand)]
    pub command: PoliciesCommand,
}

#[derive(Subcommand, Debug)]
pub enum PoliciesCommand {
    /// List escalation policies
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one escalation policy
    Get(Named),
    /// Create an escalation policy
    Create(PolicyFlags),
    /// Change an escalation policy (--step replaces every step)
    Update(PoliciesUpdateArgs),
    /// Delete an escalation policy no rule uses
    #[command(visible_alias = "rm")]
    Delete(Named),
}

#[derive(Args, Debug)]
pub struct PolicyFlags {
    /// Policy name, unique in the project
    #[arg(long)]
    pub name: Option<String>,
    /// A step: CHANNEL (name or id) and the minutes to wait after the previous step (repeat, in order)
    #[arg(long = "step", value_name = "CHANNEL[:MINUTES]")]
    pub steps: Vec<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

#[derive(Args, Debug)]
pub struct PoliciesUpdateArgs {
    /// Policy name or id
    #[arg(value_name = "NAME")]
    pub target: String,
    #[command(flatten)]
    pub flags: PolicyFlags,
}

/// `slack:15` → ("slack", 15); the first step may omit its wait (0).
fn parse_step(i: usize, s: &str) -> Result<(String, i64), CliError> {
    match s.rsplit_once(':') {
        Some((channel, minutes)) if !channel.is_empty() => minutes
            .trim()
            .parse::<i64>()
            .map(|m| (channel.to_string(), m))
            .map_err(|_| {
                CliError::Usage(format!(
                    "--step `{s}`: the wait must be whole minutes, e.g. {channel}:15"
                ))
            }),
        _ if i == 0 => Ok((s.to_string(), 0)),
        _ => Err(CliError::Usage(format!(
            "--step `{s}`: step {} needs a wait after the previous one, e.g. {s}:15",
            i + 1
        ))),
    }
}

impl PolicyFlags {
    async fn body(&self, ctx: &Context) -> anyhow::Result<Value> {
        let steps = if self.steps.is_empty() {
            None
        } else {
            let mut out = Vec::new();
            for (i, s) in self.steps.iter().enumerate() {
                let (channel, wait) = parse_step(i, s)?;
                let id = CHANNELS.id_of(ctx, &[], &channel).await?;
                out.push(json!({"channel_id": id, "wait_minutes": wait}));
            }
            Some(Value::Array(out))
        };
        Ok(self.body.build(vec![
            ("name", self.name.clone().map(Value::String)),
            ("steps", steps),
        ])?)
    }
}

pub async fn run(ctx: &Context, args: PoliciesArgs) -> anyhow::Result<()> {
    match args.command {
        PoliciesCommand::List(a) => resource::list(ctx, &POLICIES, &[], Vec::new(), &a.page).await,
        PoliciesCommand::Get(a) => resource::get(ctx, &POLICIES, &[], &a.name).await,
        PoliciesCommand::Create(f) => {
            let body = f.body(ctx).await?;
            resource::create(ctx, &POLICIES, &[], body).await.map(drop)
        }
        PoliciesCommand::Update(a) => {
            let patch = a.flags.body(ctx).await?;
            resource::update(ctx, &POLICIES, &[], &a.target, patch)
                .await
                .map(drop)
        }
        PoliciesCommand::Delete(a) => resource::delete(ctx, &POLICIES, &[], &a.name, "").await,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_step;

    #[test]
    fn steps_parse_channel_and_wait() {
        assert_eq!(parse_step(0, "email").unwrap(), ("email".into(), 0));
        assert_eq!(
            parse_step(1, "team:slack:15").unwrap(),
            ("team:slack".into(), 15)
        );
        assert!(parse_step(1, "slack").is_err());
        assert!(parse_step(1, "slack:soon").is_err());
    }
}
