//! Alert rules: resource types and their metrics, operators, thresholds, channels and escalation.

use serde_json::{Map, Value};

use crate::body::Check;
use crate::error::{ApiError, ApiResult, Detail};
use crate::routes::crud::{self, Ctx, Kind};
use crate::store::Store;

/// How the sandbox simulates a metric: a value drawn from a documented range or list.
#[derive(Debug, Clone, Copy)]
pub enum Sim {
    /// Whole numbers from `lo` to `hi` inclusive.
    Int(i64, i64),
    /// Decimals from `lo` to `hi` with this many decimal places.
    Dec(f64, f64, i32),
    /// One of these texts (an empty text means "no error").
    Text(&'static [&'static str]),
}

pub struct Metric {
    pub name: &'static str,
    pub sim: Sim,
}

impl Metric {
    pub fn is_text(&self) -> bool {
        matches!(self.sim, Sim::Text(_))
    }
}

const ERROR_MESSAGES: &[&str] = &[
    "",
    "",
    "connection timeout after 30s",
    "",
    "authentication failed for user RIME_SVC",
    "",
    "rate limited by the source API",
    "read timeout on table ORDERS",
];
const PIPELINE_STATUSES: &[&str] = &[
    "succeeded",
    "succeeded",
    "failed",
    "succeeded",
    "succeeded",
    "cancelled",
    "succeeded",
    "failed",
];

/// Resource types and their metrics [doc]; the simulated ranges are the sandbox's [model].
pub const METRICS: &[(&str, &[Metric])] = &[
    (
        "snowpipe",
        &[
            m("ingestion_delay_minutes", Sim::Dec(0.0, 30.0, 1)),
            m("error_count", Sim::Int(0, 5)),
            m("rows_loaded", Sim::Int(0, 50_000)),
            m("file_count", Sim::Int(0, 200)),
        ],
    ),
    (
        "dbt_job",
        &[
            m("run_duration_seconds", Sim::Int(30, 1800)),
            m("test_failures", Sim::Int(0, 3)),
            m("model_errors", Sim::Int(0, 2)),
            m("rows_affected", Sim::Int(0, 1_000_000)),
        ],
    ),
    (
        "connector_run",
        &[
            m("duration_seconds", Sim::Int(10, 3600)),
            m("rows_extracted", Sim::Int(0, 500_000)),
            m("error_count", Sim::Int(0, 5)),
            m("tables_failed", Sim::Int(0, 3)),
            m("error_message", Sim::Text(ERROR_MESSAGES)),
        ],
    ),
    (
        "warehouse",
        &[
            m("credit_usage", Sim::Dec(0.0, 200.0, 2)),
            m("queue_time_seconds", Sim::Int(0, 120)),
            m("query_count", Sim::Int(0, 5000)),
            m("active_sessions", Sim::Int(0, 50)),
        ],
    ),
    (
        "pipeline",
        &[
            m("run_duration_seconds", Sim::Int(60, 7200)),
            m("step_failures", Sim::Int(0, 3)),
            m("status", Sim::Text(PIPELINE_STATUSES)),
        ],
    ),
];

const fn m(name: &'static str, sim: Sim) -> Metric {
    Metric { name, sim }
}

pub const RESOURCE_TYPES: &[&str] = &[
    "snowpipe",
    "dbt_job",
    "connector_run",
    "warehouse",
    "pipeline",
];
pub const OPERATORS: &[&str] = &["gt", "lt", "eq", "ne", "contains"];
pub const SEVERITIES: &[&str] = &["critical", "warning", "info"];

pub fn metric(resource_type: &str, name: &str) -> Option<&'static Metric> {
    METRICS
        .iter()
        .find(|(t, _)| *t == resource_type)
        .and_then(|(_, ms)| ms.iter().find(|m| m.name == name))
}

fn metric_names(resource_type: &str) -> String {
    METRICS
        .iter()
        .find(|(t, _)| *t == resource_type)
        .map(|(_, ms)| ms.iter().map(|m| m.name).collect::<Vec<_>>().join(", "))
        .unwrap_or_default()
}

pub static RULES: Kind = Kind {
    kind: "alert_rule",
    label: "Alert rule",
    id_prefix: "arl",
    writable: &[
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
    ],
    filters: &["resource_type", "severity"],
    patchable: true,
    secrets: crud::no_secrets,
    validate,
    can_write: crud::project_write,
    before_change: super::simulate::settle_rule,
    check_delete: crud::deletable,
};

/// True when another object of `kind` in the project has this id (422 otherwise for references).
pub fn exists(ctx: &Ctx<'_>, kind: &str, id: &str) -> ApiResult<bool> {
    Ok(Store(ctx.conn)
        .get(kind, id)?
        .is_some_and(|o| o.scope == ctx.project_id))
}

fn validate(ctx: &Ctx<'_>, v: &Value) -> ApiResult<Map<String, Value>> {
    let mut c = Check::new(v);
    let name = c.name("name", 100);
    let resource_type = c.one_of("resource_type", RESOURCE_TYPES, true);
    let resource_id = c.string("resource_id", false);
    let metric_name = c.string("metric", true);
    let operator = c.one_of("operator", OPERATORS, true);
    let threshold = match c.raw("threshold") {
        None | Some(Value::Null) => {
            c.fail("threshold", "is required");
            None
        }
        Some(t @ (Value::Number(_) | Value::String(_))) => Some(t.clone()),
        Some(_) => {
            c.fail("threshold", "must be a number or a string");
            None
        }
    };
    let severity = c
        .one_of("severity", SEVERITIES, false)
        .unwrap_or_else(|| "warning".into());
    let channel_ids = c.strings("channel_ids", false).unwrap_or_default();
    let policy = c.string("escalation_policy_id", false);
    let enabled = c.boolean("enabled", false).unwrap_or(true);
    c.finish()?;
    let (resource_type, metric_name, operator, threshold) = (
        resource_type.expect("checked"),
        metric_name.expect("checked"),
        operator.expect("checked"),
        threshold.expect("checked"),
    );

    let mut bad = Vec::new();
    match metric(&resource_type, &metric_name) {
        None => bad.push(Detail::new(
            "metric",
            format!(
                "`{metric_name}` is not a metric of resource type {resource_type} (valid: {})",
                metric_names(&resource_type)
            ),
        )),
        Some(m) if m.is_text() => {
            if matches!(operator.as_str(), "gt" | "lt") {
                bad.push(Detail::new(
                    "operator",
                    format!("{operator} compares numbers; `{metric_name}` is a text metric (use eq, ne or contains)"),
                ));
            }
            if !threshold.is_string() {
                bad.push(Detail::new(
                    "threshold",
                    format!("must be a string for the text metric `{metric_name}`"),
                ));
            }
        }
        Some(_) => {
            if operator == "contains" {
                bad.push(Detail::new(
                    "operator",
                    "contains applies only to the text metrics error_message and status",
                ));
            }
            if !threshold.is_number() {
                bad.push(Detail::new(
                    "threshold",
                    format!("must be a number for the numeric metric `{metric_name}`"),
                ));
            }
        }
    }
    for (i, id) in channel_ids.iter().enumerate() {
        if channel_ids[..i].contains(id) {
            bad.push(Detail::new(
                format!("channel_ids[{i}]"),
                format!("`{id}` is listed twice"),
            ));
        } else if !exists(ctx, "notification_channel", id)? {
            bad.push(Detail::new(
                format!("channel_ids[{i}]"),
                format!("no notification channel `{id}` in this project"),
            ));
        }
    }
    if let Some(pid) = &policy
        && !exists(ctx, "escalation_policy", pid)?
    {
        bad.push(Detail::new(
            "escalation_policy_id",
            format!("no escalation policy `{pid}` in this project"),
        ));
    }
    if !bad.is_empty() {
        return Err(ApiError::unprocessable("The alert rule is not valid.", bad));
    }
    let mut out = Map::new();
    out.insert("name".into(), name.expect("checked").into());
    out.insert("resource_type".into(), resource_type.into());
    out.insert("resource_id".into(), resource_id.into());
    out.insert("metric".into(), metric_name.into());
    out.insert("operator".into(), operator.into());
    out.insert("threshold".into(), threshold);
    out.insert("severity".into(), severity.into());
    out.insert("channel_ids".into(), channel_ids.into());
    out.insert("escalation_policy_id".into(), policy.into());
    out.insert("enabled".into(), enabled.into());
    Ok(out)
}
