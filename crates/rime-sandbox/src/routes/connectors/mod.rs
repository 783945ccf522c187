//! `/projects/{id}/connectors/…` (contract §5): connectors, their runs, schema and file uploads.
//
// Runs, schedules and schema refreshes move with the sandbox clock (`sim::connectors`): every
// handler settles the connector it reads first.

pub mod catalogue;
mod crud;
mod runs;
mod schema;
mod upload;

use std::sync::Arc;

use axum::Router;
use serde_json::Value;

use crate::app::App;
use crate::error::{ApiError, ApiResult};

pub fn routes() -> Router<Arc<App>> {
    crud::routes()
        .merge(runs::routes())
        .merge(schema::routes())
        .merge(upload::routes())
}

/// Action endpoints (test, sync, cancel, refresh) take no fields: no body, or `{}`.
fn no_fields(body: &Option<Value>) -> ApiResult<()> {
    match body
        .as_ref()
        .and_then(Value::as_object)
        .and_then(|m| m.keys().next())
    {
        Some(k) => Err(ApiError::field(k.clone(), "is not a known field")),
        None => Ok(()),
    }
}
