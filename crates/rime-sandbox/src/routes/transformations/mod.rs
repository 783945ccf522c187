//! `/projects/{project_id}/transformations`: Kimball and Data Vault projects, their models, runs and lineage.

mod crud;
mod lineage;
mod models;
mod runs;

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::app::App;

pub fn routes() -> Router<Arc<App>> {
    const ONE: &str = "/projects/{project_id}/transformations/{transformation_id}";
    Router::new()
        .merge(super::crud::routes(&crud::TRANSFORMATIONS))
        .merge(super::crud::routes(&models::MODELS))
        .route(&format!("{ONE}/runs"), get(runs::list).post(runs::create))
        .route(&format!("{ONE}/runs/{{run_id}}"), get(runs::show))
        .route(&format!("{ONE}/runs/{{run_id}}/cancel"), post(runs::cancel))
        .route(&format!("{ONE}/lineage"), get(lineage::show))
}
