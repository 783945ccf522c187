//! `/projects`: identifier rules, unique names, tier limits, settings with write-only secrets, cascade delete.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use super::extract::{Admin, InProject, InTenant, Write};
use crate::app::App;
use crate::body::{Body, Check, diff, merge_patch, strip_set_flags, take_secrets};
use crate::collection::PROJECTS;
use crate::error::{ApiError, ApiResult};
use crate::store::{Filter, Store};

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/projects", get(list).post(create))
        .route(
            "/projects/{project_id}",
            get(show).patch(update).delete(remove),
        )
}

pub const SECRETS: &[&str] = &[
    "settings.snowflake.password",
    "settings.snowflake.private_key",
    "settings.aws.secret_access_key",
];
const WRITABLE: &[&str] = &["name", "identifier", "description", "settings"];
const READ_ONLY: &[&str] = &["id", "created_at", "updated_at"];

pub fn valid_identifier(s: &str) -> bool {
    let b = s.as_bytes();
    (2..=31).contains(&b.len())
        && b[0].is_ascii_lowercase()
        && b[1..]
            .iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

fn default_settings() -> Value {
    json!({"snowflake": null, "aws": null, "drift_detection": {"enabled": true, "interval_hours": 6}})
}

/// Restores the settings' shape after a merge patch removed keys: `null` means "back to the
/// default" for the whole object and `drift_detection`, and "unset" (a `null` value) elsewhere.
fn normalize_settings(settings: &mut Value) {
    if settings.is_null() {
        *settings = default_settings();
    }
    let Some(s) = settings.as_object_mut() else {
        return;
    };
    for (conn, optional) in [
        ("snowflake", ["role", "warehouse"]),
        ("aws", ["role_arn", "access_key_id"]),
    ] {
        if let Some(c) = s.entry(conn).or_insert(Value::Null).as_object_mut() {
            for field in optional {
                c.entry(field).or_insert(Value::Null);
            }
        }
    }
    let defaults = default_settings()["drift_detection"].clone();
    let dd = s.entry("drift_detection").or_insert(Value::Null);
    if dd.is_null() {
        *dd = defaults;
    } else if let (Some(d), Some(def)) = (dd.as_object_mut(), defaults.as_object()) {
        for (k, v) in def {
            d.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
}

/// A secret lives with its connection: clearing the connection forgets it.
fn forget_orphaned_secrets(project: &Value, secrets: &mut Value) {
    let Some(store) = secrets.as_object_mut() else {
        return;
    };
    for path in SECRETS {
        let parent = path
            .rsplit_once('.')
            .map(|(p, _)| format!("/{}", p.replace('.', "/")))
            .unwrap_or_default();
        if !project.pointer(&parent).is_some_and(Value::is_object) {
            store.remove(*path);
        }
    }
}

/// Checks the merged settings object (after patching), naming fields `settings.…`.
fn check_settings(c: &mut Check<'_>, settings: &Value) {
    if !settings.is_object() {
        c.fail("settings", "must be an object");
        return;
    }
    if let Some(sf) = settings.get("snowflake").filter(|v| !v.is_null()) {
        let mut s = Check::nested(sf, "settings.snowflake");
        s.string("account", true);
        s.string("username", true);
        s.one_of("auth_method", &["password", "key_pair"], true);
        s.string("role", false);
        s.string("warehouse", false);
        s.only(
            &[
                "account",
                "username",
                "auth_method",
                "role",
                "warehouse",
                "password",
                "private_key",
            ],
            &["password_set", "private_key_set"],
        );
        c.absorb(s);
    }
    if let Some(aws) = settings.get("aws").filter(|v| !v.is_null()) {
        let mut a = Check::nested(aws, "settings.aws");
        a.string("region", true);
        let method = a.one_of("access_method", &["access_key", "assume_role"], true);
        let role_arn = a.string("role_arn", false);
        if method.as_deref() == Some("assume_role") && role_arn.is_none() {
            a.fail("role_arn", "is required when access_method is assume_role");
        }
        a.string("access_key_id", false);
        a.only(
            &[
                "region",
                "access_method",
                "role_arn",
                "access_key_id",
                "secret_access_key",
            ],
            &["secret_access_key_set"],
        );
        c.absorb(a);
    }
    if let Some(dd) = settings.get("drift_detection").filter(|v| !v.is_null()) {
        let mut d = Check::nested(dd, "settings.drift_detection");
        d.boolean("enabled", false);
        d.int("interval_hours", false, 1, 168);
        d.only(&["enabled", "interval_hours"], &[]);
        c.absorb(d);
    }
    let mut top = Check::nested(settings, "settings");
    top.only(&["snowflake", "aws", "drift_detection"], &[]);
    c.absorb(top);
}

async fn list(s: InTenant) -> ApiResult<Response> {
    PROJECTS.query(&s.query, &[])?.raw(&s.db(), "")
}

async fn create(s: InTenant<Admin>, Body(body): Body) -> ApiResult<(StatusCode, Json<Value>)> {
    let app = &s.app;
    let mut c = Check::new(&body);
    let name = c.name("name", 64);
    let identifier = c.string("identifier", true);
    if identifier.as_deref().is_some_and(|i| !valid_identifier(i)) {
        c.fail("identifier", "must match ^[a-z][a-z0-9-]{1,30}$");
    }
    let description = c.string("description", false);
    let mut settings = default_settings();
    if let Some(s) = c.object("settings", false) {
        merge_patch(&mut settings, s);
    }
    normalize_settings(&mut settings);
    check_settings(&mut c, &settings);
    c.only(WRITABLE, READ_ONLY);
    c.finish()?;
    let (name, identifier) = (name.expect("checked"), identifier.expect("checked"));

    let conn = s.db();
    let store = Store(&conn);
    let tier = super::tenant::tier(&conn)?;
    if let (Some(max), _) = super::tenant::limits(&tier)
        && PROJECTS.count(&conn, "")? >= max
    {
        return Err(ApiError::forbidden(format!(
            "The {tier} tier allows at most {max} projects."
        )));
    }
    let same = vec![Filter::eq("$.identifier", identifier.as_str())];
    if PROJECTS.first(&conn, "", same)?.is_some() {
        return Err(ApiError::conflict(format!(
            "A project with identifier '{identifier}' already exists."
        )));
    }
    let id = app.new_id("prj");
    let now = app.now_str();
    let mut project = json!({
        "id": id, "name": name, "identifier": identifier, "description": description,
        "settings": settings, "created_at": now, "updated_at": now,
    });
    let mut secrets = Value::Null;
    take_secrets(&mut project, &mut secrets, SECRETS);
    let new = PROJECTS.new_obj(&id, "", None, &project);
    store.insert(new.named(Some(&name)).secrets(&secrets))?;
    s.audit("project.created")
        .on(PROJECTS.kind, Some(&id), Some(&name))
        .project(&id)
        .details(project.clone())
        .write(app, &conn);
    Ok((StatusCode::CREATED, Json(project)))
}

async fn show(s: InProject) -> ApiResult<Json<Value>> {
    Ok(Json(s.project.body))
}

async fn update(s: InProject<Write>, Body(patch): Body) -> ApiResult<Json<Value>> {
    let (app, id, before) = (&s.app, &s.pid, &s.project);
    let conn = s.db();
    let store = Store(&conn);
    let mut c = Check::new(&patch);
    if c.has("name") {
        c.name("name", 64);
    }
    if let Some(new) = c.string("identifier", false) {
        if Some(new.as_str()) != before.body["identifier"].as_str() {
            c.fail("identifier", "is immutable");
        }
    } else if c.raw("identifier").is_some_and(Value::is_null) {
        c.fail("identifier", "is immutable");
    }
    c.string("description", false);
    let mut after = before.body.clone();
    let mut secrets = before.secrets.clone();
    let mut writable = patch.clone();
    if let Some(m) = writable.as_object_mut() {
        m.retain(|k, _| WRITABLE.contains(&k.as_str()));
    }
    // Secrets arrive inside settings: move them aside before merging so `*_set` flags stay derived.
    take_secrets(&mut writable, &mut secrets, SECRETS);
    strip_set_flags(&mut writable);
    merge_patch(&mut after, &writable);
    // A cleared description stays in the object, as null.
    after["description"] = after.get("description").cloned().unwrap_or(Value::Null);
    normalize_settings(&mut after["settings"]);
    check_settings(&mut c, &after["settings"]);
    c.only(WRITABLE, READ_ONLY);
    c.finish()?;
    take_secrets(&mut after, &mut secrets, SECRETS);
    forget_orphaned_secrets(&after, &mut secrets);
    after["updated_at"] = Value::String(app.now_str());
    let name = after["name"].as_str().unwrap_or_default().to_string();
    store.update(id, PROJECTS.kind, Some(&name), &after, &secrets)?;
    s.audit("project.updated")
        .on(PROJECTS.kind, Some(id), Some(&name))
        .details(diff(&before.body, &after, &["updated_at"]))
        .write(app, &conn);
    Ok(Json(after))
}

async fn remove(s: InProject<Admin>) -> ApiResult<StatusCode> {
    let (id, project) = (&s.pid, &s.project);
    let conn = s.db();
    let removed = Store(&conn).delete_project(id)?;
    conn.execute("DELETE FROM tokens WHERE kind = 'api_key' AND key_id NOT IN (SELECT id FROM objects WHERE kind = 'api_key')", [])
        .map_err(crate::store::sql)?;
    s.audit("project.deleted")
        .on(PROJECTS.kind, Some(id), project.body["name"].as_str())
        .details(json!({"resources_deleted": removed.saturating_sub(1)}))
        .write(&s.app, &conn);
    Ok(StatusCode::NO_CONTENT)
}
