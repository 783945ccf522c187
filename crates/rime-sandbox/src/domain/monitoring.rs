//! Monitoring: resource types and their metrics (and how each is simulated), operators, severities.

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

pub fn metric_names(resource_type: &str) -> String {
    METRICS
        .iter()
        .find(|(t, _)| *t == resource_type)
        .map(|(_, ms)| ms.iter().map(|m| m.name).collect::<Vec<_>>().join(", "))
        .unwrap_or_default()
}
