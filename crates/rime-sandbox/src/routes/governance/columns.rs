//! Columns: the catalogue joined with classifications (`column` objects), masking and scan flags;
//! classification enforces each PII type's minimum privacy level.

use std::collections::HashMap;

use axum::Json;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::app::App;
use crate::body::{Body, Check};
use crate::collection::{COLUMNS, MASKING_POLICIES};
use crate::domain::governance::catalog::{self, CatColumn, normalise_path, states};
use crate::domain::governance::{LEVELS, min_level, pii_names, rank};
use crate::error::{ApiError, ApiResult, Detail};
use crate::page::{PageParams, envelope_vec};
use crate::routes::extract::{Govern, InProject};
use crate::store::{Obj, Store};

fn numeric_or_date(data_type: &str) -> bool {
    let t = data_type.to_ascii_uppercase();
    [
        "NUMBER",
        "NUMERIC",
        "DECIMAL",
        "INT",
        "BIGINT",
        "SMALLINT",
        "FLOAT",
        "DOUBLE",
        "REAL",
        "DATE",
        "TIME",
        "TIMESTAMP",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// The masking of a column and the policy that decided it (null = the default by level and type).
/// Unclassified columns are masked `full` [doc]; `public` ones are not masked (JSON null).
pub fn masking(
    level: Option<&str>,
    pii: Option<&str>,
    data_type: &str,
    policies: &[Obj],
) -> (Value, Value) {
    let Some(level) = level else {
        return (json!("full"), Value::Null);
    };
    let by = |key: &str, value: Option<&str>| {
        value.and_then(|v| {
            policies
                .iter()
                .find(|p| p.body["applies_to"][key].as_str() == Some(v))
        })
    };
    if let Some(p) = by("pii_type", pii).or_else(|| by("privacy_level", Some(level))) {
        return (p.body["masking_type"].clone(), json!(p.id));
    }
    let default = match (level, pii) {
        ("public", _) => Value::Null,
        ("restricted", _) => json!("full"),
        ("confidential", Some("phone" | "email")) => json!("partial"),
        ("confidential", Some("date_of_birth")) => json!("date_truncate"),
        _ if numeric_or_date(data_type) => json!("null"),
        _ => json!("full"),
    };
    (default, Value::Null)
}

pub fn view(c: &CatColumn, state: Option<&Obj>, policies: &[Obj]) -> Value {
    let s = state.map(|o| &o.body);
    let get = |k: &str| s.map_or(Value::Null, |b| b[k].clone());
    let (level, pii) = (get("privacy_level"), get("pii_type"));
    let (masking, policy) = masking(level.as_str(), pii.as_str(), &c.data_type, policies);
    json!({
        "path": c.path, "database": c.database, "schema": c.schema, "table": c.table, "column": c.column,
        "data_type": c.data_type, "privacy_level": level, "pii_type": pii,
        "masking": masking, "masking_policy_id": policy,
        "classified_by": get("classified_by"), "classified_at": get("classified_at"),
        "flagged": get("flagged"), "source": c.source,
    })
}

/// Every column with its state (after settling finished scans), in catalogue order.
pub fn all_views(app: &App, conn: &Connection, pid: &str) -> ApiResult<Vec<Value>> {
    views_where(app, conn, pid, |_| true)
}

/// The columns whose state passes `keep` (a state or none), as views: a filter on the state
/// skips building the views it would drop (large catalogues, few classified).
fn views_where(
    app: &App,
    conn: &Connection,
    pid: &str,
    keep: impl Fn(Option<&Obj>) -> bool,
) -> ApiResult<Vec<Value>> {
    crate::sim::pii_scans::settle(app, conn, pid)?;
    let states = states(conn, pid)?;
    let policies = MASKING_POLICIES.all(conn, pid)?;
    Ok(catalog::columns_unsampled(conn, pid)?
        .iter()
        .filter_map(|c| {
            let state = states.get(&normalise_path(&c.path));
            keep(state).then(|| view(c, state, &policies))
        })
        .collect())
}

fn bool_param(q: &HashMap<String, String>, key: &str, c: &mut Check<'_>) -> Option<bool> {
    match q.get(key).map(String::as_str) {
        None => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(_) => {
            c.fail(key, "must be true or false");
            None
        }
    }
}

pub async fn list(s: InProject) -> ApiResult<Json<Value>> {
    let q = &s.query;
    let params = PageParams::from_query(q)?;
    let empty = Value::Null;
    let mut c = Check::new(&empty);
    let classified = bool_param(q, "classified", &mut c);
    let flagged = bool_param(q, "flagged", &mut c);
    let piis = pii_names();
    for (key, allowed) in [("privacy_level", LEVELS), ("pii_type", &piis[..])] {
        if q.get(key).is_some_and(|v| !allowed.contains(&v.as_str())) {
            c.fail(key, format!("must be one of: {}", allowed.join(", ")));
        }
    }
    c.finish()?;
    let conn = s.db();
    let same = |v: &Value, key: &str| {
        q.get(key).is_none_or(|want| {
            v[key]
                .as_str()
                .is_some_and(|s| s.eq_ignore_ascii_case(want))
        })
    };
    let only_classified = |state: Option<&Obj>| {
        classified != Some(true) || state.is_some_and(|o| !o.body["privacy_level"].is_null())
    };
    let items: Vec<Value> = views_where(&s.app, &conn, &s.pid, only_classified)?
        .into_iter()
        .filter(|v| {
            ["database", "schema", "table", "privacy_level", "pii_type"]
                .iter()
                .all(|k| same(v, k))
                && classified.is_none_or(|want| want != v["privacy_level"].is_null())
                && flagged.is_none_or(|want| want != v["flagged"].is_null())
        })
        .collect();
    Ok(Json(envelope_vec(items, params)))
}

fn not_found(path: &str) -> ApiError {
    ApiError::not_found(format!(
        "No column '{path}' in this project's catalogue (paths are DATABASE.SCHEMA.TABLE.COLUMN)."
    ))
}

pub async fn show(s: InProject) -> ApiResult<Json<Value>> {
    let [path] = s.ids();
    let wanted = normalise_path(path);
    all_views(&s.app, &s.db(), &s.pid)?
        .into_iter()
        .find(|v| normalise_path(v["path"].as_str().unwrap_or_default()) == wanted)
        .map(Json)
        .ok_or_else(|| not_found(path))
}

/// `PATCH …/columns/{path}`: sets or clears the privacy level and PII type; `flagged: null`
/// dismisses a scan's flag. Classifying also clears the flag (the column has been reviewed).
pub async fn classify(s: InProject<Govern>, Body(patch): Body) -> ApiResult<Json<Value>> {
    let (app, pid, [path]) = (&s.app, &s.pid, s.ids());
    let mut c = Check::new(&patch);
    c.only(&["privacy_level", "pii_type", "flagged"], &[]);
    let piis = pii_names();
    if c.raw("privacy_level").is_some_and(|v| !v.is_null()) {
        c.one_of("privacy_level", LEVELS, false);
    }
    if c.raw("pii_type").is_some_and(|v| !v.is_null()) {
        c.one_of("pii_type", &piis, false);
    }
    if c.raw("flagged").is_some_and(|v| !v.is_null()) {
        c.fail("flagged", "can only be cleared (null)");
    }
    c.finish()?;
    let conn = s.db();
    crate::sim::pii_scans::settle(app, &conn, pid)?;
    let Some(column) = catalog::find(&conn, pid, path)? else {
        return Err(not_found(path));
    };
    let store = Store(&conn);
    let key = normalise_path(&column.path);
    let existing = states(&conn, pid)?.remove(&key);
    let before = existing
        .as_ref()
        .map(|o| o.body.clone())
        .unwrap_or_else(|| {
            json!({"path": column.path, "privacy_level": null, "pii_type": null,
                                  "classified_by": null, "classified_at": null, "flagged": null})
        });
    let pick = |k: &str| match patch.get(k) {
        Some(v) => v.clone(),
        None => before[k].clone(),
    };
    let (level, mut pii) = (pick("privacy_level"), pick("pii_type"));
    if patch.get("privacy_level").is_some_and(Value::is_null)
        && patch.get("pii_type").is_none_or(Value::is_null)
    {
        // Declassifying forgets the PII type with the level.
        pii = Value::Null;
    }
    if let (Value::Null, Some(t)) = (&level, pii.as_str()) {
        return Err(ApiError::unprocessable(
            "A column with a PII type needs a privacy level.",
            vec![Detail::new(
                "privacy_level",
                format!(
                    "is required for PII type {t} (at least {})",
                    min_level(t).unwrap_or("public")
                ),
            )],
        ));
    }
    if let (Some(l), Some(t)) = (level.as_str(), pii.as_str())
        && let Some(min) = min_level(t)
        && rank(l) < rank(min)
    {
        return Err(ApiError::unprocessable(
            format!("{t} columns must be classified {min} or above."),
            vec![Detail::new(
                "privacy_level",
                format!("{l} is below the minimum for PII type {t}: {min}"),
            )],
        ));
    }
    let classification_changed = level != before["privacy_level"] || pii != before["pii_type"];
    let mut after = before.clone();
    after["privacy_level"] = level.clone();
    after["pii_type"] = pii.clone();
    if classification_changed {
        let classified = !level.is_null();
        after["classified_by"] = if classified {
            json!(s.p.label())
        } else {
            Value::Null
        };
        after["classified_at"] = if classified {
            json!(app.now_str())
        } else {
            Value::Null
        };
        if classified {
            after["flagged"] = Value::Null;
        }
    }
    if patch.get("flagged").is_some_and(Value::is_null) {
        after["flagged"] = Value::Null;
    }
    if after != before {
        match &existing {
            Some(o) => store.put_body(&o.id, &after)?,
            None => {
                let id = app.new_id("col");
                store.insert(
                    COLUMNS
                        .new_obj(&id, pid, Some(pid), &after)
                        .named(Some(&key)),
                )?;
            }
        }
        let action = match (before["privacy_level"].is_null(), level.is_null()) {
            _ if !classification_changed => "column.flag_dismissed",
            (true, false) => "column.classified",
            (false, true) => "column.declassified",
            _ => "column.reclassified",
        };
        let details = if action == "column.reclassified" {
            json!({"path": column.path,
                   "from": {"privacy_level": before["privacy_level"], "pii_type": before["pii_type"]},
                   "to": {"privacy_level": level, "pii_type": pii}})
        } else {
            json!({"path": column.path, "privacy_level": level, "pii_type": pii})
        };
        s.audit(action)
            .on(COLUMNS.kind, Some(&column.path), Some(&column.path))
            .details(details)
            .write(app, &conn);
    }
    let policies = MASKING_POLICIES.all(&conn, pid)?;
    let stored = states(&conn, pid)?.remove(&key);
    Ok(Json(view(&column, stored.as_ref(), &policies)))
}
