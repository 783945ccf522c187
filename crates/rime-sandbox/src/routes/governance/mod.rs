//! Governance (contract section 10): the column catalogue and its classification, masking policies,
//! role grants, PII scans, coverage and access-matrix reports.

mod catalog;
mod columns;
mod grants;
mod masking;
pub mod pii;
mod reports;
mod scans;
mod seed;

use std::sync::Arc;

use axum::Router;
use axum::routing::get;

pub use seed::seed;

use super::crud;
use crate::app::App;

/// Privacy levels, least to most sensitive [doc].
pub const LEVELS: &[&str] = &["public", "internal", "confidential", "restricted"];

/// PII types and the lowest privacy level each may be classified at [doc defaults].
pub const PII_TYPES: &[(&str, &str)] = &[
    ("name", "confidential"),
    ("email", "confidential"),
    ("phone", "confidential"),
    ("address", "confidential"),
    ("ird_number", "restricted"),
    ("nhi_number", "restricted"),
    ("date_of_birth", "confidential"),
    ("bank_account", "restricted"),
    ("passport", "restricted"),
    ("drivers_licence", "restricted"),
];

pub fn pii_names() -> Vec<&'static str> {
    PII_TYPES.iter().map(|(n, _)| *n).collect()
}

/// 0 for public … 3 for restricted; unknown levels rank below everything.
pub fn rank(level: &str) -> i32 {
    LEVELS
        .iter()
        .position(|l| *l == level)
        .map_or(-1, |i| i as i32)
}

pub fn min_level(pii_type: &str) -> Option<&'static str> {
    PII_TYPES
        .iter()
        .find(|(n, _)| *n == pii_type)
        .map(|(_, l)| *l)
}

pub fn routes() -> Router<Arc<App>> {
    let base = "/projects/{project_id}/governance";
    Router::new()
        .route(&format!("{base}/columns"), get(columns::list))
        .route(
            &format!("{base}/columns/{{path}}"),
            get(columns::show).patch(columns::classify),
        )
        .merge(crud::routes(
            &masking::POLICIES,
            "/projects/{project_id}/governance/masking-policies",
            "policy_id",
        ))
        .merge(crud::routes(
            &grants::GRANTS,
            "/projects/{project_id}/governance/grants",
            "grant_id",
        ))
        .route(
            &format!("{base}/pii-scans"),
            get(scans::list).post(scans::start),
        )
        .route(&format!("{base}/pii-scans/{{scan_id}}"), get(scans::show))
        .route(&format!("{base}/reports/coverage"), get(reports::coverage))
        .route(
            &format!("{base}/reports/access-matrix"),
            get(reports::access_matrix),
        )
}
