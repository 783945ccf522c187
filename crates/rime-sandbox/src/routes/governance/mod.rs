//! Governance (contract section 10): the column catalogue and its classification, masking policies,
//! role grants, PII scans, coverage and access-matrix reports.

mod columns;
mod grants;
mod masking;
mod reports;
mod scans;

use std::sync::Arc;

use axum::Router;
use axum::routing::get;

use super::crud;
use crate::app::App;

pub fn routes() -> Router<Arc<App>> {
    let base = "/projects/{project_id}/governance";
    Router::new()
        .route(&format!("{base}/columns"), get(columns::list))
        .route(
            &format!("{base}/columns/{{path}}"),
            get(columns::show).patch(columns::classify),
        )
        .merge(crud::routes(&masking::POLICIES))
        .merge(crud::routes(&grants::GRANTS))
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
