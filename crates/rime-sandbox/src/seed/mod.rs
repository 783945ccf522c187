//! Deterministic demo data: the `sandbox` tenant (business tier), its people, projects and an
//! API key, then each domain's demo objects. Seeding is a step of its own: whoever starts a
//! sandbox calls [`ensure`] (and `/_sandbox/reset` calls [`reset`]).

mod connectors;
mod governance;
mod infrastructure;
mod monitoring;
mod pipelines;
mod transformations;

use std::cell::Cell;

use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::app::App;
use crate::clock::rfc3339;
use crate::collection::{Collection, PROJECTS, USERS};
use crate::store::{NewObj, Store};

pub use connectors::bulk_one as bulk_connector;

pub const ADMIN_EMAIL: &str = "admin@sandbox.rime.test";
pub const ADMIN_PASSWORD: &str = "correct-horse-admin";

/// (email, password, first, last, role)
pub const LOGINS: &[(&str, &str, &str, &str, &str)] = &[
    (ADMIN_EMAIL, ADMIN_PASSWORD, "Aroha", "Ngata", "admin"),
    (
        "editor@sandbox.rime.test",
        "correct-horse-editor",
        "Liam",
        "Chen",
        "editor",
    ),
    (
        "viewer@sandbox.rime.test",
        "correct-horse-viewer",
        "Mereana",
        "Walker",
        "viewer",
    ),
    (
        "governance@sandbox.rime.test",
        "correct-horse-governance",
        "Priya",
        "Singh",
        "governance_admin",
    ),
];

/// Seed objects get fixed, increasing timestamps so ids and `created_at` are the same on every run.
pub struct SeedCtx<'a> {
    pub app: &'a App,
    pub conn: &'a Connection,
    at: Cell<Timestamp>,
    pub demo: String,
    pub staging: String,
    pub admin_id: String,
}

impl SeedCtx<'_> {
    /// The next seed instant (one minute after the previous one).
    pub fn tick(&self) -> Timestamp {
        let t = self.at.get() + SignedDuration::from_mins(1);
        self.at.set(t);
        t
    }

    /// A new id and its creation time as RFC 3339.
    pub fn id(&self, prefix: &str) -> (String, String) {
        let t = self.tick();
        (self.app.ids.id(prefix, t), rfc3339(t))
    }

    pub fn insert(&self, o: NewObj<'_>) -> anyhow::Result<()> {
        Store(self.conn).insert(o)?;
        Ok(())
    }

    /// A new object of `coll` directly in the demo project.
    pub fn in_demo<'a>(&'a self, coll: &'a Collection, id: &'a str, body: &'a Value) -> NewObj<'a> {
        coll.new_obj(id, &self.demo, Some(&self.demo), body)
    }

    /// Stores `{id, project_id, …fields}` in the demo project, with creation times and
    /// `created_by` when `by` is given; returns its id.
    pub fn demo_object(
        &self,
        (coll, prefix): (&Collection, &str),
        name: Option<&str>,
        fields: Value,
        by: Option<&str>,
        secrets: &Value,
    ) -> anyhow::Result<String> {
        let (id, at) = self.id(prefix);
        let mut body = json!({"id": id, "project_id": self.demo});
        let obj = body.as_object_mut().expect("object");
        obj.extend(fields.as_object().cloned().unwrap_or_default());
        if let Some(by) = by {
            obj.insert("created_at".into(), at.clone().into());
            obj.insert("updated_at".into(), at.into());
            obj.insert("created_by".into(), by.into());
        }
        self.insert(self.in_demo(coll, &id, &body).named(name).secrets(secrets))?;
        Ok(id)
    }
}

/// Domain seeders run after the core data, in this order, with the demo project to fill.
type Seeder = fn(&SeedCtx<'_>) -> anyhow::Result<()>;
// Order matters: pipelines refer to the connectors and transformations seeded before them,
// and governance's catalogue reads the connectors' schemas.
const DOMAIN_SEEDERS: &[Seeder] = &[
    connectors::seed,
    infrastructure::seed,
    transformations::seed,
    pipelines::seed,
    monitoring::seed,
    governance::seed,
];

/// Seeds a new database; one that was seeded before (a file reopened) is left as it is.
pub fn ensure(app: &App) -> anyhow::Result<()> {
    let seeded = Store(&app.db()).meta("seeded")?.is_some();
    if seeded { Ok(()) } else { seed(app) }
}

/// `/_sandbox/reset`: back to the freshly seeded state, ids included.
pub fn reset(app: &App) -> anyhow::Result<()> {
    app.wipe()?;
    seed(app)
}

fn seed(app: &App) -> anyhow::Result<()> {
    let conn = app.db();
    let store = Store(&conn);
    store.set_meta(
        "tenant",
        &json!({"id": "tnt_01JC0000000000000000SANDBX", "name": "Sandbox Ltd", "subdomain": "sandbox",
                "tier": "business", "created_at": "2026-10-01T00:00:00Z"})
        .to_string(),
    )?;
    let mut ctx = SeedCtx {
        app,
        conn: &conn,
        at: Cell::new("2026-10-01T00:00:00Z".parse()?),
        demo: String::new(),
        staging: String::new(),
        admin_id: String::new(),
    };
    for (i, (email, password, first, last, role)) in LOGINS.iter().enumerate() {
        let (id, at) = ctx.id("usr");
        let user = json!({
            "id": id, "email": email, "first_name": first, "last_name": last, "role": role,
            "status": "active", "last_login_at": null, "created_at": at, "updated_at": at,
        });
        ctx.insert(USERS.new_obj(&id, "", None, &user).named(Some(email)))?;
        crate::auth::set_password(&conn, &id, password)?;
        if i == 0 {
            ctx.admin_id = id;
        }
    }
    for (first, last, role, status) in [
        ("Tama", "Rāwiri", "editor", "active"),
        ("Sophie", "Martin", "viewer", "invited"),
        ("Wiremu", "Jones", "viewer", "suspended"),
    ] {
        let (id, at) = ctx.id("usr");
        let email = format!(
            "{}.{}@sandbox.rime.test",
            first.to_lowercase(),
            last.to_lowercase().replace('ā', "a")
        );
        let user = json!({
            "id": id, "email": email, "first_name": first, "last_name": last, "role": role,
            "status": status, "last_login_at": null, "created_at": at, "updated_at": at,
        });
        ctx.insert(USERS.new_obj(&id, "", None, &user).named(Some(&email)))?;
    }
    for (name, identifier, description) in [
        (
            "demo",
            "demo",
            "Demo data platform: NZ retail sales, CRM and support sources",
        ),
        (
            "staging",
            "staging",
            "Pre-production copy of the demo project",
        ),
    ] {
        let (id, at) = ctx.id("prj");
        let project = json!({
            "id": id, "name": name, "identifier": identifier, "description": description,
            "settings": {
                "snowflake": {"account": "xy12345.ap-southeast-2", "username": "RIME_SVC", "auth_method": "key_pair",
                              "role": "RIME_ADMIN", "warehouse": "RIME_WH", "password_set": false, "private_key_set": true},
                "aws": {"region": "ap-southeast-2", "access_method": "assume_role",
                        "role_arn": format!("arn:aws:iam::123456789012:role/rime-{identifier}"), "access_key_id": null, "secret_access_key_set": false},
                "drift_detection": {"enabled": true, "interval_hours": 6}
            },
            "created_at": at, "updated_at": at,
        });
        let secrets =
            json!({"settings.snowflake.private_key": "-----BEGIN PRIVATE KEY-----sandbox"});
        ctx.insert(
            PROJECTS
                .new_obj(&id, "", None, &project)
                .named(Some(name))
                .secrets(&secrets),
        )?;
        if identifier == "demo" {
            ctx.demo = id
        } else {
            ctx.staging = id
        }
    }
    ctx.tick();
    let (key, secret) = crate::auth::mint_api_key(
        app,
        &conn,
        &ctx.demo,
        ("ci-demo", "editor"),
        None,
        Some(ADMIN_EMAIL),
    )
    .map_err(|e| anyhow::anyhow!(e.message))?;
    let logins: Vec<Value> = LOGINS
        .iter()
        .map(|(email, password, _, _, role)| json!({"email": email, "password": password, "role": role}))
        .collect();
    store.set_meta(
        "seed_info",
        &json!({"logins": logins, "api_key": {"id": key["id"], "secret": secret, "project_id": ctx.demo}}).to_string(),
    )?;
    for seeder in DOMAIN_SEEDERS {
        seeder(&ctx)?;
    }
    store.set_meta("seeded", "1")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Options;

    fn users(app: &App) -> Vec<String> {
        USERS
            .all(&app.db(), "")
            .expect("users")
            .into_iter()
            .map(|u| u.id)
            .collect()
    }

    #[test]
    fn seeding_is_an_explicit_step_that_runs_once_and_resets_to_the_same_ids() {
        let app = App::new(Options::for_tests()).expect("app");
        assert!(
            users(&app).is_empty(),
            "App::new leaves a new database empty"
        );
        ensure(&app).expect("seed");
        let seeded = users(&app);
        assert_eq!(seeded.len(), LOGINS.len() + 3);
        ensure(&app).expect("seeded already");
        assert_eq!(users(&app), seeded, "a seeded database is left as it is");
        USERS
            .insert_in(&app.db(), "usr_extra", "", &json!({"id": "usr_extra"}))
            .expect("insert");
        reset(&app).expect("reset");
        assert_eq!(users(&app), seeded, "reset seeds the same ids again");
    }
}
