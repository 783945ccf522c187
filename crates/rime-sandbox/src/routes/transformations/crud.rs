//! Transformations as a generic collection: unique names, a methodology fixed at creation, Data
//! Vault gated by tier; shown with their model count and newest run.

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use crate::app::App;
use crate::body::Check;
use crate::collection::{MODELS, TRANSFORMATION_RUNS, TRANSFORMATIONS as STORED};
use crate::domain::transformations::METHODOLOGIES;
use crate::error::{ApiError, ApiResult};
use crate::routes::crud::{Ctx, Kind, Stamps, fields};
use crate::sim::transformations::{active, view};
use crate::store::{Obj, Store};

/// Tiers that include Data Vault (the docs: Business and above).
const DATA_VAULT_TIERS: &[&str] = &["business", "business_critical"];

pub static TRANSFORMATIONS: Kind = Kind {
    read_only: &["model_count", "last_run"],
    stamps: Stamps {
        project_id: true,
        parent: None,
        created_by: false,
    },
    view: Some(render),
    check_delete,
    created: |t| json!({"methodology": t["methodology"]}),
    removed,
    ..Kind::new(
        &STORED,
        "/projects/{project_id}/transformations",
        "transformation_id",
        "tfm",
        &["name", "methodology", "description"],
        validate,
    )
};

/// The API object: the stored body plus the model count and the newest run's summary.
fn render(app: &App, conn: &Connection, o: &Obj) -> ApiResult<Value> {
    let mut body = o.body.clone();
    body["model_count"] = json!(MODELS.count(conn, &o.id)?);
    body["last_run"] = match TRANSFORMATION_RUNS.first(conn, &o.id, Vec::new())? {
        Some(run) => {
            let v = view(&run.body, app.now());
            json!({"id": v["id"], "status": v["status"], "started_at": v["started_at"], "ended_at": v["ended_at"]})
        }
        None => Value::Null,
    };
    Ok(body)
}

fn validate(ctx: &Ctx<'_>, v: &Value) -> ApiResult<Map<String, Value>> {
    let mut c = Check::new(v);
    let name = c.name("name", 64);
    let methodology = match ctx.before {
        None => c
            .one_of("methodology", METHODOLOGIES, false)
            .unwrap_or_else(|| "kimball".into()),
        Some(before) => {
            let current = before.body["methodology"].as_str().unwrap_or("kimball");
            // The merge patch keeps the stored value unless the request changed (or cleared) it.
            if c.raw("methodology").and_then(Value::as_str) != Some(current) {
                c.fail(
                    "methodology",
                    format!(
                        "is fixed at creation ({current}); create a new transformation to use another"
                    ),
                );
            }
            current.to_string()
        }
    };
    let description = c.string("description", false);
    c.finish()?;
    if ctx.before.is_none() && methodology == "data_vault" {
        let tier = crate::routes::tenant::tier(ctx.conn)?;
        if !DATA_VAULT_TIERS.contains(&tier.as_str()) {
            return Err(ApiError::forbidden(format!(
                "Data Vault transformations need the business tier or above; this tenant is on the {tier} tier."
            )));
        }
    }
    Ok(fields(json!({
        "name": name, "methodology": methodology, "description": description,
    })))
}

/// Refused while a run is going (409).
fn check_delete(app: &App, conn: &Connection, t: &Obj) -> ApiResult<()> {
    match active(app, conn, &t.id)? {
        Some(run) => Err(ApiError::conflict(format!(
            "Run '{}' of this transformation is still running; cancel it first.",
            run["id"].as_str().unwrap_or_default()
        ))),
        None => Ok(()),
    }
}

/// Its models and runs go with it.
fn removed(conn: &Connection, t: &Obj) -> ApiResult<Value> {
    let models = MODELS.count(conn, &t.id)?;
    let runs = TRANSFORMATION_RUNS.count(conn, &t.id)?;
    Store(conn).delete_scope(&t.id)?;
    Ok(json!({"models_deleted": models, "runs_deleted": runs}))
}
