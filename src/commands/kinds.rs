//! Every resource type rime knows, for what spans them all: the contract test, completion, and
//! projects as code (which orders them by their references, not by this list).

use super::{api_keys, audit, connectors, governance, infrastructure, monitoring, pipelines};
use super::{projects, tenant, transformations, users};
use crate::registry::Kind;

pub static KINDS: &[&Kind] = &[
    &projects::PROJECTS,
    &tenant::TENANT,
    &users::USERS,
    &api_keys::API_KEYS,
    &audit::AUDIT,
    &connectors::CONNECTORS,
    &connectors::RUNS,
    &connectors::SCHEMA,
    &transformations::TRANSFORMATIONS,
    &transformations::MODELS,
    &transformations::RUNS,
    &pipelines::PIPELINES,
    &pipelines::VERSIONS,
    &pipelines::RUNS,
    &infrastructure::RESOURCES,
    &infrastructure::APPLIES,
    &monitoring::CHANNELS,
    &monitoring::POLICIES,
    &monitoring::RULES,
    &monitoring::ALERTS,
    &monitoring::SUMMARY,
    &governance::COLUMNS,
    &governance::MASKING,
    &governance::GRANTS,
    &governance::SCANS,
];
