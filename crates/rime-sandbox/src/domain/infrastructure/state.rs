//! Desired vs actual: per-resource state records, derived statuses, pending changes with diffs, drift items.
//
// Each resource (`infra_resource`, the desired state) has one `infra_state` record beside it:
// what Rime last applied, what really exists ("real", moved by applies and by the sandbox drift
// control), and what the last reconciliation saw when it differed (`detected`). Objects made
// outside Rime have a state record without a resource.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::types;
use crate::body::diff;
use crate::collection::{INFRA_PLANS, INFRA_RESOURCES, INFRA_STATES};
use crate::error::ApiResult;
use crate::store::{Obj, Store};

/// What exists in Snowflake or AWS.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Actual {
    pub config: Value,
    /// Grants on the object made outside Rime: `[{role, privileges}]`.
    #[serde(default)]
    pub grants: Vec<Value>,
}

/// The actual state a reconciliation found different from what Rime applied.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Detected {
    pub at: String,
    pub real: Option<Actual>,
}

#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct State {
    pub id: String,
    /// `None` for an object created outside Rime.
    pub resource_id: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    /// The config Rime last applied; `None` while the resource was never created.
    pub applied: Option<Value>,
    pub real: Option<Actual>,
    pub detected: Option<Detected>,
    #[serde(default)]
    pub delete_requested: bool,
    /// Why the last apply of this resource failed.
    pub error: Option<String>,
}

impl State {
    pub fn for_resource(id: String, resource: &Value) -> State {
        State {
            id,
            resource_id: resource["id"].as_str().map(String::from),
            kind: text(resource, "type"),
            name: text(resource, "name"),
            applied: None,
            real: None,
            detected: None,
            delete_requested: false,
            error: None,
        }
    }

    /// What should exist according to Rime: the applied config and no foreign grants.
    pub fn expected(&self) -> Option<Actual> {
        let applied = self.resource_id.as_ref().and(self.applied.as_ref())?;
        Some(Actual {
            config: applied.clone(),
            grants: Vec::new(),
        })
    }

    /// What Rime believes exists: the reconciled view when it found drift, else what it applied.
    pub fn known(&self) -> Option<Actual> {
        match &self.detected {
            Some(d) => d.real.clone(),
            None => self.expected(),
        }
    }

    /// The store's unique name of a state record.
    fn key(&self) -> String {
        match &self.resource_id {
            Some(id) => id.clone(),
            None => outside_key(&self.kind, &self.name),
        }
    }
}

pub fn outside_key(kind: &str, name: &str) -> String {
    format!("outside/{kind}/{name}")
}

pub fn text(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_string()
}

/// The unique store name of a resource: one name per type in a project.
pub fn resource_key(kind: &str, name: &str) -> String {
    format!("{kind}/{name}")
}

pub fn states(store: &Store<'_>, pid: &str) -> ApiResult<Vec<State>> {
    Ok(store
        .all(INFRA_STATES.kind, Some(pid))?
        .into_iter()
        .filter_map(|o| serde_json::from_value(o.body).ok())
        .collect())
}

pub fn state_of(store: &Store<'_>, pid: &str, resource_id: &str) -> ApiResult<Option<State>> {
    Ok(store
        .find_by_name(INFRA_STATES.kind, pid, resource_id)?
        .and_then(|o| serde_json::from_value(o.body).ok()))
}

pub fn save_state(store: &Store<'_>, pid: &str, st: &State) -> ApiResult<()> {
    let body = serde_json::to_value(st).expect("state serialises");
    if store.get(INFRA_STATES.kind, &st.id)?.is_some() {
        store.put_body(&st.id, &body)
    } else {
        let key = st.key();
        let new = INFRA_STATES.new_obj(&st.id, pid, Some(pid), &body);
        store.insert(new.named(Some(&key))).map(drop)
    }
}

/// The resource status the state implies.
pub fn derive_status(st: &State, desired: &Value) -> &'static str {
    if st.delete_requested {
        "pending_delete"
    } else if st.error.is_some() {
        "failed"
    } else if st.applied.is_none() {
        "pending_create"
    } else if st.applied.as_ref() != Some(desired) {
        "pending_update"
    } else if st.detected.is_some() {
        "drifted"
    } else {
        "active"
    }
}

/// Writes the derived `status` and `last_error` into a resource's body when they changed.
pub fn sync_resource(store: &Store<'_>, resource: &mut Obj, st: &State) -> ApiResult<()> {
    let status = derive_status(st, &resource.body["config"]);
    let error = st.error.clone().map_or(Value::Null, Value::String);
    if resource.body["status"] != status || resource.body["last_error"] != error {
        resource.body["status"] = json!(status);
        resource.body["last_error"] = error;
        store.put_body(&resource.id, &resource.body)?;
    }
    Ok(())
}

/// Any change to the desired or known actual state makes every ready plan of the project stale.
pub fn invalidate_plans(store: &Store<'_>, pid: &str) -> ApiResult<()> {
    for mut plan in store.all(INFRA_PLANS.kind, Some(pid))? {
        if plan.body["status"] == "ready" {
            plan.body["status"] = json!("stale");
            store.put_body(&plan.id, &plan.body)?;
        }
    }
    Ok(())
}

fn field_names(d: &Value) -> String {
    d.as_object()
        .map(|m| m.keys().cloned().collect::<Vec<_>>().join(", "))
        .unwrap_or_default()
}

fn change(resource: &Value, change_type: &str, summary: String, diff: Value) -> Value {
    json!({
        "resource_id": resource["id"], "resource_type": resource["type"], "resource_name": resource["name"],
        "change_type": change_type, "summary": summary, "diff": diff,
    })
}

/// One resource's pending change (what a plan would do to make actual match desired), if any.
fn pending(resource: &Value, st: &State) -> Option<Value> {
    let desired = &resource["config"];
    let empty = Value::Object(Map::new());
    if st.delete_requested {
        return Some(match st.known() {
            Some(actual) => change(
                resource,
                "destroy",
                "Destroy it.".into(),
                diff(&actual.config, &empty, &[]),
            ),
            None => change(
                resource,
                "destroy",
                "Drop it from the desired state; it does not exist.".into(),
                empty,
            ),
        });
    }
    let Some(actual) = st.known() else {
        let summary = match (&st.applied, &st.error) {
            (Some(_), _) => "Re-create it: it was deleted outside Rime.".to_string(),
            (None, Some(e)) => format!("Create it (the last attempt failed: {e})."),
            (None, None) => "Create it.".to_string(),
        };
        return Some(change(
            resource,
            "create",
            summary,
            diff(&empty, desired, &[]),
        ));
    };
    let mut d = diff(&actual.config, desired, &[]);
    if !actual.grants.is_empty() {
        d["grants"] = json!({"from": actual.grants, "to": []});
    }
    if d.as_object().is_none_or(Map::is_empty) {
        return None;
    }
    let fields = field_names(&d);
    let summary = if st.detected.is_some() {
        format!("Revert changes made outside Rime: {fields}.")
    } else {
        format!("Change {fields}.")
    };
    Some(change(resource, "modify", summary, d))
}

/// Every pending change of a project, in apply order: creates and modifies by dependency rank
/// (roles and databases before what lives in them), then destroys in reverse rank.
pub fn changes(store: &Store<'_>, pid: &str) -> ApiResult<Vec<Value>> {
    let by_id: HashMap<String, State> = states(store, pid)?
        .into_iter()
        .filter_map(|s| s.resource_id.clone().map(|id| (id, s)))
        .collect();
    let mut out: Vec<((u8, u8, i64), Value)> = Vec::new();
    for r in store.all(INFRA_RESOURCES.kind, Some(pid))? {
        let Some(st) = by_id.get(&r.id) else { continue };
        let Some(c) = pending(&r.body, st) else {
            continue;
        };
        let rank = types::spec(&st.kind).map_or(9, |s| s.rank);
        let key = if c["change_type"] == "destroy" {
            (1, u8::MAX - rank, r.seq)
        } else {
            (0, rank, r.seq)
        };
        out.push((key, c));
    }
    out.sort_by_key(|(k, _)| *k);
    Ok(out.into_iter().map(|(_, c)| c).collect())
}

pub fn summary(changes: &[Value]) -> Value {
    let count = |t: &str| changes.iter().filter(|c| c["change_type"] == t).count();
    json!({"create": count("create"), "modify": count("modify"), "destroy": count("destroy")})
}

pub fn fingerprint(changes: &[Value]) -> String {
    let text = serde_json::to_string(changes).unwrap_or_default();
    format!("sha256:{}", crate::ids::sha256_hex(text.as_bytes()))
}

fn grant_text(kind: &str, name: &str, g: &Value) -> String {
    let privileges = g["privileges"]
        .as_array()
        .map(|p| {
            p.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    let on = kind
        .trim_start_matches("snowflake_")
        .trim_start_matches("aws_");
    format!(
        "GRANT {privileges} ON {} {name} TO ROLE {}",
        on.to_ascii_uppercase().replace('_', " "),
        g["role"].as_str().unwrap_or("?")
    )
}

/// The drift items of one state record, as `GET …/drift` lists them.
pub fn drift_items(st: &State) -> Vec<Value> {
    let Some(d) = &st.detected else {
        return Vec::new();
    };
    let item = |drift_type: &str, details: String, diff: Value| {
        json!({
            "resource_id": st.resource_id, "resource_type": st.kind, "resource_name": st.name,
            "drift_type": drift_type, "detected_at": d.at, "details": details, "diff": diff,
        })
    };
    let Some(expected) = st.expected() else {
        return match (&st.resource_id, &d.real) {
            (None, Some(real)) => vec![item(
                "added_outside",
                format!("{} {} exists but is not managed by Rime.", st.kind, st.name),
                diff(&Value::Object(Map::new()), &real.config, &[]),
            )],
            _ => Vec::new(),
        };
    };
    let Some(real) = &d.real else {
        return vec![item(
            "deleted_outside",
            format!("{} {} was deleted outside Rime.", st.kind, st.name),
            Value::Null,
        )];
    };
    let mut out = Vec::new();
    let config_diff = diff(&expected.config, &real.config, &[]);
    if config_diff.as_object().is_some_and(|m| !m.is_empty()) {
        // A grant's configuration *is* its permissions.
        let drift_type = if st.kind == "snowflake_grant" {
            "permissions_changed"
        } else {
            "configuration_changed"
        };
        out.push(item(
            drift_type,
            format!(
                "{} changed outside Rime: {}.",
                if drift_type == "permissions_changed" {
                    "Privileges"
                } else {
                    "Settings"
                },
                field_names(&config_diff)
            ),
            config_diff,
        ));
    }
    if !real.grants.is_empty() {
        let grants: Vec<String> = real
            .grants
            .iter()
            .map(|g| grant_text(&st.kind, &st.name, g))
            .collect();
        out.push(item(
            "permissions_changed",
            format!("Granted outside Rime: {}.", grants.join("; ")),
            json!({"grants": {"from": [], "to": real.grants}}),
        ));
    }
    out
}

/// Drift items of the whole project, in the order Rime learnt of the objects.
pub fn all_drift(conn: &Connection, pid: &str) -> ApiResult<Vec<Value>> {
    Ok(states(&Store(conn), pid)?
        .iter()
        .flat_map(drift_items)
        .collect())
}
