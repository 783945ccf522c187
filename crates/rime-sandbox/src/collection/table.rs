//! Every stored collection of the sandbox, one row each: kind, label, scope and list order.

use super::{Collection, Scope};

const fn tenant(kind: &'static str, label: &'static str) -> Collection {
    Collection {
        kind,
        label,
        scope: Scope::Tenant,
        ..Collection::PROJECT
    }
}

const fn project(kind: &'static str, label: &'static str) -> Collection {
    Collection {
        kind,
        label,
        ..Collection::PROJECT
    }
}

const fn under(parent: &'static Collection, kind: &'static str, label: &'static str) -> Collection {
    Collection {
        kind,
        label,
        scope: Scope::Under(parent),
        ..Collection::PROJECT
    }
}

const fn newest(c: Collection) -> Collection {
    Collection {
        newest_first: true,
        ..c
    }
}

const fn missing(c: Collection, missing: &'static str) -> Collection {
    Collection { missing, ..c }
}

// Tenant-wide.
pub static PROJECTS: Collection = tenant("project", "Project");
pub static USERS: Collection = tenant("user", "User");
pub static AUDIT_LOG: Collection = newest(tenant("audit", "Audit entry"));

// Identity.
pub static API_KEYS: Collection = project("api_key", "API key");

// Connectors (contract §5).
pub static CONNECTORS: Collection = missing(project("connector", "Connector"), " in this project");
pub static CONNECTOR_RUNS: Collection = missing(
    newest(under(&CONNECTORS, "connector_run", "Run")),
    " for this connector",
);
/// One per connector, id `<connector id>~schema`.
pub static CONNECTOR_SCHEMAS: Collection = under(&CONNECTORS, "connector_schema", "Schema");
pub static CONNECTOR_UPLOADS: Collection = under(&CONNECTORS, "connector_upload", "Upload");
/// One per connector that can change by itself (a run in progress, an enabled schedule).
pub static CONNECTOR_WAKES: Collection = project("connector_wake", "Wake entry");

// Infrastructure (§6).
pub static INFRA_RESOURCES: Collection = missing(
    project("infra_resource", "Infrastructure resource"),
    " in this project",
);
/// Applied, actual and detected state per resource (and per object added outside Rime).
pub static INFRA_STATES: Collection = project("infra_state", "Infrastructure state");
pub static INFRA_PLANS: Collection = project("infra_plan", "Plan");
pub static INFRA_APPLIES: Collection = newest(project("infra_apply", "Apply"));
pub static INFRA_DRIFT_CHECKS: Collection = project("infra_drift_check", "Drift check");

// Transformations (§7).
pub static TRANSFORMATIONS: Collection = project("transformation", "Transformation");
pub static MODELS: Collection = under(&TRANSFORMATIONS, "transformation_model", "Model");
pub static TRANSFORMATION_RUNS: Collection =
    newest(under(&TRANSFORMATIONS, "transformation_run", "Run"));

// Pipelines (§8).
pub static PIPELINES: Collection = project("pipeline", "Pipeline");
/// Named by their number, unique per pipeline.
pub static PIPELINE_VERSIONS: Collection = newest(under(&PIPELINES, "pipeline_version", "Version"));
pub static PIPELINE_RUNS: Collection = newest(under(&PIPELINES, "pipeline_run", "Pipeline run"));

// Monitoring (§9).
pub static ALERT_RULES: Collection = project("alert_rule", "Alert rule");
pub static NOTIFICATION_CHANNELS: Collection =
    project("notification_channel", "Notification channel");
pub static ESCALATION_POLICIES: Collection = project("escalation_policy", "Escalation policy");
pub static ALERTS: Collection = newest(project("alert", "Alert"));

// Governance (§10).
/// Seeded Snowflake tables of the column catalogue (connector tables come from their schemas).
pub static CATALOG_TABLES: Collection = project("catalog_table", "Catalogue table");
/// Classification state of a column, named by its normalised path.
pub static COLUMNS: Collection = project("column", "Column");
pub static MASKING_POLICIES: Collection = project("masking_policy", "Masking policy");
pub static GRANTS: Collection = project("grant", "Grant");
pub static PII_SCANS: Collection = newest(project("pii_scan", "PII scan"));
