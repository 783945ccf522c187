//! Compliance reports: classification coverage (overall, by database, schema and table) and the
//! access matrix (which roles see which columns unmasked).

use std::collections::BTreeSet;

use axum::Json;
use serde_json::{Value, json};

use super::columns::all_views;
use crate::collection::GRANTS;
use crate::domain::governance::catalog::INFORMATION_SCHEMA;
use crate::domain::governance::rank;
use crate::error::ApiResult;
use crate::routes::extract::InProject;

/// Classified share as a percentage with one decimal; nothing to classify counts as 100.
fn counts(classified: usize, total: usize) -> Value {
    let percent = if total == 0 {
        100.0
    } else {
        (classified as f64 * 1000.0 / total as f64).round() / 10.0
    };
    json!({"classified": classified, "total": total, "percent": percent})
}

/// Groups `items` by `key` in first-seen order.
fn group<'a>(items: &[&'a Value], key: &str) -> Vec<(String, Vec<&'a Value>)> {
    let mut out: Vec<(String, Vec<&Value>)> = Vec::new();
    for v in items {
        let k = v[key].as_str().unwrap_or_default().to_string();
        match out.iter_mut().find(|(g, _)| *g == k) {
            Some((_, members)) => members.push(v),
            None => out.push((k, vec![v])),
        }
    }
    out
}

fn tally(items: &[&Value], key: &str, extra: Option<(&str, Value)>, name: &str) -> Value {
    let classified = items
        .iter()
        .filter(|v| !v["privacy_level"].is_null())
        .count();
    let mut out = json!({ key: name });
    if let (Some(o), Value::Object(c)) = (out.as_object_mut(), counts(classified, items.len())) {
        o.extend(c);
        if let Some((k, v)) = extra {
            o.insert(k.into(), v);
        }
    }
    out
}

pub async fn coverage(s: InProject) -> ApiResult<Json<Value>> {
    let views = all_views(&s.app, &s.db(), &s.pid)?;
    let counted: Vec<&Value> = views
        .iter()
        .filter(|v| {
            !v["schema"]
                .as_str()
                .is_some_and(|s| s.eq_ignore_ascii_case(INFORMATION_SCHEMA))
        })
        .collect();
    let classified = counted
        .iter()
        .filter(|v| !v["privacy_level"].is_null())
        .count();
    let by_database: Vec<Value> = group(&counted, "database")
        .into_iter()
        .map(|(db, cols)| {
            let schemas: Vec<Value> = group(&cols, "schema")
                .into_iter()
                .map(|(schema, cols)| {
                    let tables: Vec<Value> = group(&cols, "table")
                        .into_iter()
                        .map(|(table, cols)| tally(&cols, "table", None, &table))
                        .collect();
                    tally(&cols, "schema", Some(("tables", tables.into())), &schema)
                })
                .collect();
            tally(&cols, "database", Some(("schemas", schemas.into())), &db)
        })
        .collect();
    let unclassified: Vec<&Value> = counted
        .iter()
        .filter(|v| v["privacy_level"].is_null())
        .map(|v| &v["path"])
        .collect();
    Ok(Json(json!({
        "generated_at": s.app.now_str(),
        "overall": counts(classified, counted.len()),
        "by_database": by_database,
        "unclassified": unclassified,
    })))
}

/// Who sees a column unmasked: nobody while unclassified; every role when public; otherwise roles
/// granted its PII type, or a privacy level at or above the column's.
fn visible_to(
    col: &Value,
    grants: &[(String, Value, Value)],
    roles: &BTreeSet<String>,
) -> Vec<String> {
    let Some(level) = col["privacy_level"].as_str() else {
        return Vec::new();
    };
    if level == "public" {
        return roles.iter().cloned().collect();
    }
    let mut out: BTreeSet<String> = BTreeSet::new();
    for (role, g_level, g_pii) in grants {
        let by_level = g_level.as_str().is_some_and(|l| rank(l) >= rank(level));
        let by_pii = !g_pii.is_null() && *g_pii == col["pii_type"];
        if by_level || by_pii {
            out.insert(role.clone());
        }
    }
    out.into_iter().collect()
}

pub async fn access_matrix(s: InProject) -> ApiResult<Json<Value>> {
    let (q, conn) = (&s.query, s.db());
    let grants: Vec<(String, Value, Value)> = GRANTS
        .all(&conn, &s.pid)?
        .into_iter()
        .map(|g| {
            (
                g.body["role"].as_str().unwrap_or_default().to_string(),
                g.body["privacy_level"].clone(),
                g.body["pii_type"].clone(),
            )
        })
        .collect();
    let roles: BTreeSet<String> = grants.iter().map(|(r, ..)| r.clone()).collect();
    let want_role = q.get("role").map(|r| r.to_ascii_uppercase());
    let rows: Vec<Value> = all_views(&s.app, &conn, &s.pid)?
        .into_iter()
        .filter(|v| {
            ["database", "schema", "table"].iter().all(|k| {
                q.get(*k)
                    .is_none_or(|w| v[*k].as_str().is_some_and(|s| s.eq_ignore_ascii_case(w)))
            })
        })
        .map(|v| {
            let visible = visible_to(&v, &grants, &roles);
            json!({"path": v["path"], "privacy_level": v["privacy_level"], "pii_type": v["pii_type"],
                   "masking": v["masking"], "visible_to": visible})
        })
        .filter(|row| {
            want_role.as_ref().is_none_or(|r| {
                row["visible_to"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|x| x == r.as_str()))
            })
        })
        .collect();
    Ok(Json(json!({
        "generated_at": s.app.now_str(),
        "roles": roles,
        "rows": rows,
    })))
}
