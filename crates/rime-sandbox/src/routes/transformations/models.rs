//! Models as a generic collection nested under their transformation: unique snake_case names,
//! the rules of `domain::transformations::rules`, no dangling readers.

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use crate::app::App;
use crate::collection::MODELS as STORED;
use crate::domain::transformations::rules::{self, WRITABLE};
use crate::domain::transformations::{model_bodies, name_of};
use crate::error::{ApiError, ApiResult};
use crate::routes::crud::{Ctx, Kind, Stamps};
use crate::store::Obj;

pub static MODELS: Kind = Kind {
    stamps: Stamps {
        project_id: false,
        parent: Some("transformation_id"),
        created_by: false,
    },
    check_delete,
    created: |m| json!({"transformation_id": m["transformation_id"], "kind": m["kind"], "sources": m["sources"]}),
    removed: |_, m| Ok(json!({"transformation_id": m.scope})),
    ..Kind::new(
        &STORED,
        "/projects/{project_id}/transformations/{transformation_id}/models",
        "model_id",
        "mdl",
        WRITABLE,
        validate,
    )
};

fn taken(name: &str) -> ApiError {
    ApiError::conflict(format!(
        "A model named '{name}' already exists in this transformation."
    ))
}

/// 409 while other models read `name`: renaming or deleting it would leave them dangling.
fn unread(name: &str, models: &[Value], action: &str) -> ApiResult<()> {
    let readers = rules::readers(name, models);
    if readers.is_empty() {
        return Ok(());
    }
    Err(ApiError::conflict(format!(
        "Model '{name}' is read by {}; change their sources or tests before {action} it.",
        readers.join(", ")
    )))
}

/// Shape (400), then a free name (409), no readers left dangling by a rename (409), and the fit
/// beside the other models (422).
fn validate(ctx: &Ctx<'_>, v: &Value) -> ApiResult<Map<String, Value>> {
    let spec = rules::shape(v)?;
    let own = ctx.before.map(|b| b.id.as_str());
    let others: Vec<Value> = STORED
        .all(ctx.conn, ctx.scope())?
        .into_iter()
        .filter(|o| Some(o.id.as_str()) != own)
        .map(|o| o.body)
        .collect();
    let old_name = ctx.before.map(|b| name_of(&b.body));
    if old_name != Some(spec.name.as_str()) {
        if others.iter().any(|m| name_of(m) == spec.name) {
            return Err(taken(&spec.name));
        }
        if let Some(old) = old_name {
            unread(old, &others, "renaming")?;
        }
    }
    let methodology = ctx.parent.and_then(|t| t.body["methodology"].as_str());
    rules::fit(&spec, methodology.unwrap_or("kimball"), &others)?;
    Ok(spec.fields())
}

fn check_delete(_: &App, conn: &Connection, m: &Obj) -> ApiResult<()> {
    unread(name_of(&m.body), &model_bodies(conn, &m.scope)?, "deleting")
}
