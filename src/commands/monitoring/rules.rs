//! `rime monitoring rules`: alert rules; typed condition flags, channels and policies by name.

use clap::Args;
use serde_json::Value;

use super::channels::CHANNELS;
use super::policies::POLICIES;
use crate::commands::input::{BodyArgs, typed};
use crate::context::Context;
use crate::output::ColumnKind::{Bool, Status, Text};
use crate::registry::prelude::*;

pub static RULES: Kind = Kind {
    columns: &[
        NAME,
        col("RESOURCE", "resource_type", Text),
        col("METRIC", "metric", Text),
        col("OP", "operator", Text),
        col("THRESHOLD", "threshold", Text),
        col("SEVERITY", "severity", Status),
        col("ENABLED", "enabled", Bool),
        ID,
    ],
    fields: &[
        ro("id"),
        ro("project_id"),
        field("name"),
        field("resource_type"),
        field("resource_id"),
        field("metric"),
        field("operator"),
        field("threshold"),
        field("severity"),
        refers("channel_ids[]", &CHANNELS),
        refers("escalation_policy_id", &POLICIES),
        field("enabled"),
        ro("created_at"),
        ro("updated_at"),
        ro("created_by"),
    ],
    verbs: &[
        list("List alert rules"),
        get("Show one alert rule"),
        create("Create an alert rule"),
        update("Change an alert rule (only the fields given change)"),
        delete("Delete an alert rule (its alerts are kept)"),
    ],
    ..Kind::project("alert_rule", "AlertRule")
        .said("alert rule", "alert rules")
        .at("monitoring rules", "alert-rules")
        .known_by(&["name"], "arl_", ("NAME", "Rule name or id"))
        .config()
};

pub struct Rules;

impl Declared for Rules {
    const KIND: &'static Kind = &RULES;
    const AFTER_HELP: &'static str = "Metrics by resource type:
  snowpipe       ingestion_delay_minutes, error_count, rows_loaded, file_count
  dbt_job        run_duration_seconds, test_failures, model_errors, rows_affected
  connector_run  duration_seconds, rows_extracted, error_count, tables_failed, error_message
  warehouse      credit_usage, queue_time_seconds, query_count, active_sessions
  pipeline       run_duration_seconds, step_failures, status
`contains` works only on the text metrics error_message and status.

Example:
  rime monitoring rules create --name 'Warehouse credit usage > 100' --resource-type warehouse \\
    --metric credit_usage --operator gt --threshold 100 --severity warning --channel data-alerts-slack";
    type Parts = Parts<RulesFilters, RuleFlags, RuleFlags>;
}

#[derive(Args, Debug)]
pub struct RulesFilters {
    /// Only rules on this resource type
    #[arg(long, value_name = "TYPE")]
    pub resource_type: Option<String>,
    /// Only rules of this severity
    #[arg(long, value_parser = ["critical", "warning", "info"])]
    pub severity: Option<String>,
}

impl Filters for RulesFilters {
    fn plain(&self) -> Vec<(String, String)> {
        query_of([
            ("resource_type", &self.resource_type),
            ("severity", &self.severity),
        ])
    }
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

impl Body for RuleFlags {
    /// The request body; channel and policy names are resolved to ids.
    async fn body(&self, ctx: &Context, _: &Scope) -> anyhow::Result<Value> {
        let text = |v: &Option<String>| v.clone().map(Value::String);
        let channels = if self.channels.is_empty() {
            None
        } else {
            let mut ids = Vec::new();
            for c in &self.channels {
                ids.push(Value::String(CHANNELS.id_of(ctx, Scope::top(), c).await?));
            }
            Some(Value::Array(ids))
        };
        let policy = match self.escalation_policy.as_deref() {
            None => None,
            Some("none") => Some(Value::Null),
            Some(p) => Some(Value::String(POLICIES.id_of(ctx, Scope::top(), p).await?)),
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

impl BodyIsPatch for RuleFlags {}
