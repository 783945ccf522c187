//! `rime monitoring rules`: alert rules over the generic resource verbs, with typed condition flags.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::channels::CHANNELS;
use super::policies::POLICIES;
use super::{ListArgs, Named};
use crate::commands::input::{BodyArgs, typed};
use crate::commands::resource::{self, Resource, Seg};
use crate::context::Context;
use crate::output::{Column, ColumnKind};

pub const RULES: Resource = Resource {
    kind: "alert rule",
    command: "monitoring rules",
    path: &[Seg::Project, Seg::Lit("alert-rules")],
    columns: &[
        Column {
            header: "NAME",
            path: "name",
            kind: ColumnKind::Text,
        },
        Column {
            header: "RESOURCE",
            path: "resource_type",
            kind: ColumnKind::Text,
        },
        Column {
            header: "METRIC",
            path: "metric",
            kind: ColumnKind::Text,
        },
        Column {
            header: "OP",
            path: "operator",
            kind: ColumnKind::Text,
        },
        Column {
            header: "THRESHOLD",
            path: "threshold",
            kind: ColumnKind::Text,
        },
        Column {
            header: "SEVERITY",
            path: "severity",
            kind: ColumnKind::Status,
        },
        Column {
            header: "ENABLED",
            path: "enabled",
            kind: ColumnKind::Bool,
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
        "resource_type",
        "resource_id",
        "metric",
        "operator",
        "threshold",
        "severity",
        "channel_ids",
        "escalation_policy_id",
        "enabled",
        "created_at",
        "updated_at",
        "created_by",
    ],
    name_fields: &["name"],
    id_prefix: "arl_",
};

#[derive(Args, Debug)]
#[command(after_help = "Metrics by resource type:
  snowpipe       ingestion_delay_minutes, error_count, rows_loaded, file_count
  dbt_job        run_duration_seconds, test_failures, model_errors, rows_affected
  connector_run  duration_seconds, rows_extracted, error_count, tables_failed, error_message
  warehouse      credit_usage, queue_time_seconds, query_count, active_sessions
  pipeline       run_duration_seconds, step_failures, status
`contains` works only on the text metrics error_message and status.

Example:
  rime monitoring rules create --name 'Warehouse credit usage > 100' --resource-type warehouse \\
    --metric credit_usage --operator gt --threshold 100 --severity warning --channel data-alerts-slack")]
pub struct RulesArgs {
    #[command(subcommand)]
    pub command: RulesCommand,
}

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// List alert rules
    #[command(visible_alias = "ls")]
    List(RulesListArgs),
    /// Show one alert rule
    Get(Named),
    /// Create an alert rule
    Create(RuleFlags),
    /// Change an alert rule (only the fields given change)
    Update(RulesUpdateArgs),
    /// Delete an alert rule (its alerts are kept)
    #[command(visible_alias = "rm")]
    Delete(Named),
}

#[derive(Args, Debug)]
pub struct RulesListArgs {
    /// Only rules on this resource type
    #[arg(long, value_name = "TYPE")]
    pub resource_type: Option<String>,
    /// Only rules of this severity
    #[arg(long, value_parser = ["critical", "warning", "info"])]
    pub severity: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Args, Debug)]
pub struct RuleFlags {
    /// Rule name, unique in the project
    #[arg(long)]
    pub name: Option<String>,
    /// snowpipe, dbt_job, connector_run, warehouse or pipeline
    #[arg(long, value_name = "TYPE")]
    pub resource_type: Option<String>,
    /// One resource of that type (a warehouse name, a pipeline id); all of them when absent
    #[arg(long, value_name = "ID")]
    pub resource_id: Option<String>,
    /// A metric of the resource type (see below)
    #[arg(long)]
    pub metric: Option<String>,
    /// gt, lt, eq, ne or contains
    #[arg(long, value_parser = ["gt", "lt", "eq", "ne", "contains"])]
    pub operator: Option<String>,
    /// A number for numeric metrics, text for error_message and status
    #[arg(long, allow_negative_numbers = true)]
    pub threshold: Option<String>,
    #[arg(long, value_parser = ["critical", "warning", "info"])]
    pub severity: Option<String>,
    /// A channel to notify when the rule fires (name or id; repeat for more; replaces the list)
    #[arg(long = "channel", value_name = "CHANNEL")]
    pub channels: Vec<String>,
    /// An escalation policy (name or id), or `none`
    #[arg(long, value_name = "POLICY")]
    pub escalation_policy: Option<String>,
    /// Whether the rule is evaluated
    #[arg(long, value_name = "BOOL")]
    pub enabled: Option<bool>,
    #[command(flatten)]
    pub body: BodyArgs,
}

#[derive(Args, Debug)]
pub struct RulesUpdateArgs {
    /// Rule name or id
    #[arg(value_name = "NAME")]
    pub target: String,
    #[command(flatten)]
    pub flags: RuleFlags,
}

impl RuleFlags {
    /// The request body; channel and policy names are resolved to ids.
    async fn body(&self, ctx: &Context) -> anyhow::Result<Value> {
        let text = |v: &Option<String>| v.clone().map(Value::String);
        let channels = if self.channels.is_empty() {
            None
        } else {
            let mut ids = Vec::new();
            for c in &self.channels {
                ids.push(Value::String(CHANNELS.id_of(ctx, &[], c).await?));
            }
            Some(Value::Array(ids))
        };
        let policy = match self.escalation_policy.as_deref() {
            None => None,
            Some("none") => Some(Value::Null),
            Some(p) => Some(Value::String(POLICIES.id_of(ctx, &[], p).await?)),
        };
        Ok(self.body.build(vec![
            ("name", text(&self.name)),
            ("resource_type", text(&self.resource_type)),
            ("resource_id", text(&self.resource_id)),
            ("metric", text(&self.metric)),
            ("operator", text(&self.operator)),
            ("threshold", self.threshold.as_deref().map(typed)),
            ("severity", text(&self.severity)),
            ("channel_ids", channels),
            ("escalation_policy_id", policy),
            ("enabled", self.enabled.map(Value::Bool)),
        ])?)
    }
}

pub async fn run(ctx: &Context, args: RulesArgs) -> anyhow::Result<()> {
    match args.command {
        RulesCommand::List(a) => {
            let filters = [("resource_type", a.resource_type), ("severity", a.severity)]
                .into_iter()
                .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
                .collect();
            resource::list(ctx, &RULES, &[], filters, &a.list.page).await
        }
        RulesCommand::Get(a) => resource::get(ctx, &RULES, &[], &a.name).await,
        RulesCommand::Create(f) => {
            let body = f.body(ctx).await?;
            resource::create(ctx, &RULES, &[], body).await.map(drop)
        }
        RulesCommand::Update(a) => {
            let patch = a.flags.body(ctx).await?;
            resource::update(ctx, &RULES, &[], &a.target, patch)
                .await
                .map(drop)
        }
        RulesCommand::Delete(a) => resource::delete(ctx, &RULES, &[], &a.name, "").await,
    }
}
