//! `POST /_sandbox/objects`: stores one raw object of any kind, so a test can stand up another
//! domain's objects (a connector and its schema, a pipeline run, an infrastructure resource).

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::Value;

use crate::app::App;
use crate::error::{ApiError, ApiResult};
use crate::store::{NewObj, Store};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawObject {
    kind: String,
    /// The parent's id (a project for project resources, a connector for its schema).
    #[serde(default)]
    scope: String,
    project_id: Option<String>,
    /// Unique within (kind, scope) when given.
    name: Option<String>,
    body: Value,
}

/// Stores the object as given; its id is `body.id`, or a new one prefixed by the kind's initials.
pub async fn insert(
    State(app): State<Arc<App>>,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let raw: RawObject = crate::controls::parse(&body)?;
    let mut body = raw.body;
    if !body.is_object() {
        return Err(ApiError::field("body", "must be a JSON object"));
    }
    let id = match body["id"].as_str() {
        Some(id) => id.to_string(),
        None => {
            let prefix: String = raw
                .kind
                .chars()
                .filter(char::is_ascii_alphabetic)
                .take(3)
                .collect();
            app.new_id(&prefix)
        }
    };
    body["id"] = Value::String(id.clone());
    let conn = app.db();
    Store(&conn).insert(NewObj {
        kind: &raw.kind,
        id: &id,
        scope: &raw.scope,
        project_id: raw.project_id.as_deref(),
        name: raw.name.as_deref(),
        body: &body,
        secrets: &Value::Null,
    })?;
    Ok((StatusCode::CREATED, Json(body)))
}
