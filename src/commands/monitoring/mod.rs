//! `rime monitoring`: alert rules, notification channels, escalation policies, alerts and the summary.

mod alerts;
mod channels;
mod policies;
mod rules;
mod summary;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::registry::Verbs;

pub use alerts::ALERTS;
pub use channels::CHANNELS;
pub use policies::POLICIES;
pub use rules::RULES;
pub use summary::SUMMARY;

#[derive(Args, Debug)]
pub struct MonitoringArgs {
    #[command(subcommand)]
    pub command: MonitoringCommand,
}

#[derive(Subcommand, Debug)]
pub enum MonitoringCommand {
    /// Alert rules: a condition on a metric of a resource type
    #[command(visible_alias = "rule")]
    Rules(Verbs<rules::Rules>),
    /// Notification channels: email, Slack, PagerDuty, webhook
    #[command(visible_alias = "channel")]
    Channels(Verbs<channels::Channels>),
    /// Escalation policies: who is notified next while an alert keeps firing
    #[command(visible_alias = "escalation-policy")]
    EscalationPolicies(Verbs<policies::Policies>),
    /// Alerts: list, inspect, acknowledge, resolve, watch
    #[command(visible_alias = "alert")]
    Alerts(Verbs<alerts::Alerts>),
    /// The project's health on one screen
    Summary,
}

pub async fn run(ctx: &Context, args: MonitoringArgs) -> anyhow::Result<()> {
    match args.command {
        MonitoringCommand::Rules(v) => v.run(ctx).await,
        MonitoringCommand::Channels(v) => v.run(ctx).await,
        MonitoringCommand::EscalationPolicies(v) => v.run(ctx).await,
        MonitoringCommand::Alerts(v) => v.run(ctx).await,
        MonitoringCommand::Summary => summary::run(ctx).await,
    }
}
