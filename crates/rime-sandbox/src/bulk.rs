//! Bulk generation of plausible objects for pagination tests and benchmarks (`POST /_sandbox/bulk`),
//! bounded in count and written in short transactions so other requests keep being answered.

use serde_json::{Value, json};

use crate::app::App;
use crate::error::{ApiError, ApiResult};
use crate::store::{NewObj, Store};

/// The most objects one call creates (the benchmarks' largest list is 100,000 items).
pub const MAX_PER_CALL: u64 = 100_000;
/// The most objects of one kind the sandbox holds through bulk calls (about 150 MB of data).
pub const MAX_TOTAL: u64 = 250_000;
/// Objects per transaction: the database lock is released (and other requests run) between them.
const CHUNK: u64 = 500;

const KINDS: [&str; 3] = ["project", "user", "connector"];

pub async fn generate(
    app: &App,
    kind: &str,
    count: u64,
    project_id: Option<&str>,
) -> ApiResult<u64> {
    if !KINDS.contains(&kind) {
        return Err(ApiError::field(
            "kind",
            format!("cannot bulk-create '{kind}' (one of: {})", KINDS.join(", ")),
        ));
    }
    if count > MAX_PER_CALL {
        return Err(ApiError::field(
            "count",
            format!("must be at most {MAX_PER_CALL} per call"),
        ));
    }
    let existing = Store(&app.db()).count(kind, None)?.max(0) as u64;
    if existing + count > MAX_TOTAL {
        return Err(ApiError::field(
            "count",
            format!(
                "the sandbox holds at most {MAX_TOTAL} objects of kind '{kind}' ({existing} already)"
            ),
        ));
    }
    let mut done = 0;
    while done < count {
        let n = (count - done).min(CHUNK);
        {
            let mut conn = app.db();
            let tx = conn.transaction().map_err(crate::store::sql)?;
            let store = Store(&tx);
            // Counted per chunk, so calls running side by side never pick the same names.
            let base = store.count(kind, None)?.max(0) as u64;
            for i in 0..n {
                one(app, &store, kind, (base + i + 1) as usize, project_id)?;
            }
            tx.commit().map_err(crate::store::sql)?;
        }
        done += n;
        tokio::task::yield_now().await;
    }
    Ok(count)
}

fn one(
    app: &App,
    store: &Store<'_>,
    kind: &str,
    n: usize,
    project_id: Option<&str>,
) -> ApiResult<()> {
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
            store
                .insert(NewObj {
                    kind,
                    id: &id,
                    scope: "",
                    project_id: None,
                    name: Some(&name),
                    body: &body,
                    secrets: &Value::Null,
                })
                .map(drop)
        }
        "user" => {
            let id = app.new_id("usr");
            let email = format!("bulk.user{n:06}@sandbox.rime.test");
            let body = json!({
                "id": id, "email": email, "first_name": "Bulk", "last_name": format!("User {n}"),
                "role": "viewer", "status": "invited", "last_login_at": null, "created_at": now, "updated_at": now,
            });
            store
                .insert(NewObj {
                    kind,
                    id: &id,
                    scope: "",
                    project_id: None,
                    name: Some(&email),
                    body: &body,
                    secrets: &Value::Null,
                })
                .map(drop)
        }
        _ => crate::seed::bulk_connector(app, store, n, project_id, &now),
    }
}
