//! `rime monitoring`: alert rules, notification channels, escalation policies, alerts and the summary.

mod alerts;
mod channels;
mod policies;
mod rules;
mod summary;

use std::time::Duration;

use clap::{Args, Subcommand};

use crate::cli::PageArgs;
use crate::context::Context;

#[derive(Args, Debug)]
pub struct MonitoringArgs {
    #[command(subcommand)]
    pub command: MonitoringCommand,
}

#[derive(Subcommand, Debug)]
pub enum MonitoringCommand {
    /// Alert rules: a condition on a metric of a resource type
    #[command(visible_alias = "rule")]
    Rules(rules::RulesArgs),
    /// Notification channels: email, Slack, PagerDuty, webhook
    #[command(visible_alias = "channel")]
    Channels(channels::ChannelsArgs),
    /// Escalation policies: who is notified next while an alert keeps firing
    #[command(visible_alias = "escalation-policy")]
    EscalationPolicies(policies::PoliciesArgs),
    /// Alerts: list, inspect, acknowledge, resolve, watch
    #[command(visible_alias = "alert")]
    Alerts(alerts::AlertsArgs),
    /// The project's health on one screen
    Summary,
}

/// A resource named by its name or id.
#[derive(Args, Debug)]
pub struct Named {
    /// Name or id
    pub name: String,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    pub page: PageArgs,
}

/// `--interval 2s`: how often a waiting or watching command polls.
pub fn interval(s: &str) -> Result<Duration, String> {
    crate::config::parse_duration(s)
        .filter(|d| *d >= Duration::from_millis(50))
        .ok_or_else(|| format!("`{s}` is not a duration from 50ms to a year (e.g. 500ms, 2s, 1m)"))
}

pub async fn run(ctx: &Context, args: MonitoringArgs) -> anyhow::Result<()> {
    match args.command {
        MonitoringCommand::Rules(a) => rules::run(ctx, a).await,
        MonitoringCommand::Channels(a) => channels::run(ctx, a).await,
        MonitoringCommand::EscalationPolicies(a) => policies::run(ctx, a).await,
        MonitoringCommand::Alerts(a) => alerts::run(ctx, a).await,
        MonitoringCommand::Summary => summary::run(ctx).await,
    }
}
