//! Bulk generation of plausible objects for pagination tests and benchmarks (`POST /_sandbox/bulk`).

use serde_json::{Value, json};

use crate::app::App;
use crate::error::{ApiError, ApiResult};
use crate::store::{NewObj, Store};

pub fn generate(app: &App, kind: &str, count: usize, project_id: Option<&str>) -> ApiResult<usize> {
    let mut conn = app.db();
    let tx = conn.transaction().map_err(crate::store::sql)?;
    let store = Store(&tx);
    let base = store.count(kind, None)? as usize;
    for i in 0..count {
        let n = base + i + 1;
        let now = app.now_str();
        match kind {
            "project" => {
                let id = app.new_id("prj");
                let name = format!("bulk-project-{n:06}");
                let body = json!({
                    "id": id, "name": name, "identifier": format!("bulk-{n:06}"), "description": "generated",
                    "settings": {"snowflake": null, "aws": null, "drift_detection": {"enabled": true, "interval_hours": 6}},
                    "created_at": now, "updated_at": now,
                });
                store.insert(NewObj {
                    kind,
                    id: &id,
                    scope: "",
                    project_id: None,
                    name: Some(&name),
                    body: &body,
                    secrets: &Value::Null,
                })?;
            }
            "user" => {
                let id = app.new_id("usr");
                let email = format!("bulk.user{n:06}@sandbox.rime.test");
                let body = json!({
                    "id": id, "email": email, "first_name": "Bulk", "last_name": format!("User {n}"),
                    "role": "viewer", "status": "invited", "last_login_at": null, "created_at": now, "updated_at": now,
                });
                store.insert(NewObj {
                    kind,
                    id: &id,
                    scope: "",
                    project_id: None,
                    name: Some(&email),
                    body: &body,
                    secrets: &Value::Null,
                })?;
            }
            "connector" => crate::seed::bulk_connector(app, &store, n, project_id, &now)?,
            other => {
                let _ = project_id;
                return Err(ApiError::field(
                    "kind",
                    format!("cannot bulk-create '{other}'"),
                ));
            }
        }
    }
    tx.commit().map_err(crate::store::sql)?;
    Ok(count)
}
