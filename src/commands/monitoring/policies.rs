//! `rime monitoring escalation-policies`: ordered (channel, wait) steps; `--step CHANNEL:MINUTES`.

use clap::Args;
use serde_json::{Value, json};

use super::channels::CHANNELS;
use crate::commands::input::BodyArgs;
use crate::context::Context;
use crate::error::CliError;
use crate::output::ColumnKind::Count;
use crate::registry::prelude::*;

pub static POLICIES: Kind = Kind {
    columns: &[NAME, col("STEPS", "steps", Count), CREATED, ID],
    fields: &[
        ro("id"),
        ro("project_id"),
        field("name"),
        field("steps"),
        refers("steps[].channel_id", &CHANNELS),
        field("steps[].wait_minutes"),
        ro("created_at"),
        ro("updated_at"),
        ro("created_by"),
    ],
    verbs: &[
        list("List escalation policies"),
        get("Show one escalation policy"),
        create("Create an escalation policy"),
        update("Change an escalation policy (--step replaces every step)"),
        delete("Delete an escalation policy no rule uses"),
    ],
    ..Kind::project("escalation_policy", "EscalationPolicy")
        .said("escalation policy", "escalation policies")
        .at("monitoring escalation-policies", "escalation-policies")
        .known_by(&["name"], "esc_", ("NAME", "Policy name or id"))
        .config()
};

pub struct Policies;

impl Declared for Policies {
    const KIND: &'static Kind = &POLICIES;
    const AFTER_HELP: &'static str =
        "Each step notifies a channel while the alert is still firing; its wait counts from the
previous step. The first step waits 0 minutes, later ones at least 5.

Example (email at once, Slack after 15 minutes, PagerDuty 30 minutes later):
  rime monitoring escalation-policies create --name on-call \\
    --step data-team-email --step data-alerts-slack:15 --step on-call-pagerduty:30";
    type Parts = Parts<NoArgs, PolicyFlags, PolicyFlags>;
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

impl Body for PolicyFlags {
    async fn body(&self, ctx: &Context, _: &Scope) -> anyhow::Result<Value> {
        let steps = if self.steps.is_empty() {
            None
        } else {
            let mut out = Vec::new();
            for (i, s) in self.steps.iter().enumerate() {
                let (channel, wait) = parse_step(i, s)?;
                let id = CHANNELS.id_of(ctx, Scope::top(), &channel).await?;
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

impl BodyIsPatch for PolicyFlags {}

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
