//! Projects as code: `rime export`, `rime diff`, `rime apply` against the sandbox — round trip,
//! no-op and one-field applies (what the server received), prune, plans, bad input.

mod bad_input;
mod crash;
mod kinds;
mod run;
mod schema;
mod secrets;
mod targets;

use std::path::Path;

use serde_json::{Value, json};

use crate::common::{Env, Out};

/// A sandbox whose commands select the seeded demo project.
pub fn demo() -> Env {
    let mut env = Env::new();
    env.vars.push(("RIME_PROJECT".into(), "demo".into()));
    env
}

/// Every `${env:NAME}` an export refers to, as a value the API accepts for any secret.
pub fn secrets(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for part in text.split("${env:").skip(1) {
        let name = part.split('}').next().unwrap_or_default().to_string();
        if !out.iter().any(|(n, _)| *n == name) {
            out.push((
                name.clone(),
                format!("https://secret.example/{}", name.to_lowercase()),
            ));
        }
    }
    out
}

/// `rime ARGS` with every secret of `text` in the environment.
pub fn with_secrets(env: &Env, args: &str, text: &str) -> Out {
    let mut c = env.rime(args);
    for (k, v) in secrets(text) {
        c = c.env(&k, &v);
    }
    c.run()
}

pub fn writes(env: &Env) -> usize {
    env.exchanges()
        .iter()
        .filter(|e| {
            e.uri.starts_with("/api/v1/")
                && matches!(e.method.as_str(), "POST" | "PATCH" | "DELETE" | "PUT")
        })
        .count()
}

pub fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// Gives project `to` the warehouse tables `from` has in its catalogue (not connector tables):
/// the other environment's Snowflake has the same tables, which is what classifications name.
fn same_warehouse(env: &Env, from: &str, to: &str) {
    let columns = env
        .rime(format!("-p {from} governance columns list -o json"))
        .run()
        .ok()
        .json();
    let mut tables: Vec<(Value, Vec<Value>)> = Vec::new();
    for c in columns.as_array().unwrap() {
        if c["source"]["type"] != "seed" {
            continue;
        }
        let at = json!([c["database"], c["schema"], c["table"]]);
        let col = json!({"name": c["column"], "data_type": c["data_type"], "samples": []});
        match tables.iter_mut().find(|(t, _)| *t == at) {
            Some((_, cols)) => cols.push(col),
            None => tables.push((at, vec![col])),
        }
    }
    assert!(!tables.is_empty(), "the demo has warehouse tables");
    let pid = env
        .rime(format!("projects get {to} -o json"))
        .run()
        .ok()
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    for (at, cols) in tables {
        env.control(
            "POST",
            "/objects",
            json!({"kind": "catalog_table", "scope": pid, "project_id": pid, "body": {
                "database": at[0], "schema": at[1], "table": at[2], "columns": cols}}),
        );
    }
}

#[test]
fn export_of_the_demo_project_applies_to_an_empty_one_and_exports_the_same() {
    let env = demo();
    // Beyond the seed: a table and a column left out of a sync, a connector's column classified.
    env.rime("connectors schema deselect orders-db inventory --exclude-column customers.phone")
        .run()
        .ok();
    env.rime("governance columns classify RAW.ORDERS_DB.CUSTOMERS.EMAIL --level confidential --pii email")
        .run()
        .ok();
    let first = env.rime("export").run().ok().stdout;
    // Names for ids, references for secrets, nothing the server owns.
    assert!(
        first.contains("kind: connector\nname: orders-db\n"),
        "{first}"
    );
    assert!(
        first.contains("password: ${env:ORDERS_DB_PASSWORD}"),
        "{first}"
    );
    assert!(first.contains("connector: orders-db"), "{first}");
    // Every kind: the project's own settings, schema selection, classifications.
    assert!(
        first.starts_with(
            "# yaml-language-server: $schema=rime.schema.json\n---\nkind: project\ndescription: "
        ),
        "{first}"
    );
    assert!(
        first.contains("    private_key: ${env:PROJECT_SNOWFLAKE_PRIVATE_KEY}\n"),
        "{first}"
    );
    assert!(
        first.contains("---\nkind: connector_schema\nconnector: orders-db\ntables:\n  customers:\n    columns:\n      phone: false\n  inventory:\n    selected: false\n---"),
        "{first}"
    );
    assert_eq!(
        first.matches("kind: connector_schema").count(),
        1,
        "only what differs from the default"
    );
    assert!(
        first.contains("---\nkind: column\npath: ANALYTICS.CRM.CUSTOMERS.EMAIL\nprivacy_level: confidential\npii_type: email\n"),
        "{first}"
    );
    assert!(
        first.contains("path: RAW.ORDERS_DB.CUSTOMERS.EMAIL\n"),
        "{first}"
    );
    assert_eq!(
        first.matches("kind: column\n").count(),
        10,
        "the classified columns only"
    );
    for owned in [
        "\nid:",
        "con_",
        "nch_",
        "created_at",
        "_set:",
        "\nstatus:",
        "classified_by",
    ] {
        assert!(!first.contains(owned), "`{owned}` in the export:\n{first}");
    }
    // Byte-identical when nothing changed.
    assert_eq!(env.rime("export").run().ok().stdout, first);
    let file = write(env.dir.path(), "demo.yaml", &first);
    env.rime("projects create --name copy --identifier copy")
        .run()
        .ok();
    same_warehouse(&env, "demo", "copy");
    let before = env
        .requests("POST", "/api/v1/projects/{project_id}/connectors")
        .len();
    let out = with_secrets(&env, &format!("-p copy apply -f {file}"), &first).ok();
    out.stderr_has("applied: 54 created, 12 updated, 0 deleted, 0 unchanged");
    out.stderr_has("created connector `orders-db`");
    out.stderr_has("updated the project (description, settings)");
    out.stderr_has("updated schema of connector `orders-db` (tables)");
    out.stderr_has("updated column `RAW.ORDERS_DB.CUSTOMERS.EMAIL` (privacy_level, pii_type)");
    let posts = env.requests("POST", "/api/v1/projects/{project_id}/connectors");
    assert_eq!(posts.len() - before, 11);
    assert!(
        posts.iter().all(|e| e
            .headers
            .iter()
            .any(|(k, v)| k == "idempotency-key" && v.starts_with("rime-apply-"))),
        "every create carries a key derived from its change"
    );
    let schema = env.requests(
        "PATCH",
        "/api/v1/projects/{project_id}/connectors/{connector_id}/schema",
    );
    assert_eq!(
        schema.last().unwrap().body,
        Some(json!({"tables": [
            {"name": "customers", "columns": [{"name": "phone", "selected": false}]},
            {"name": "inventory", "selected": false},
        ]}))
    );
    let copy = env.rime("-p copy export").run().ok().stdout;
    assert_eq!(copy, first, "the copy exports the same files");
    // Applied again: nothing is written.
    let before = writes(&env);
    with_secrets(&env, &format!("-p copy apply -f {file}"), &first)
        .ok()
        .stderr_has("nothing to change: 0 to create, 0 to update, 0 to delete, 66 unchanged");
    assert_eq!(writes(&env), before, "a no-op apply sends no write request");
}

#[test]
fn a_one_field_change_is_one_patch_of_that_field() {
    let env = demo();
    let dir = env.dir.path().join("files");
    env.rime(format!(
        "export --kind connector --kind notification_channel --dir {}",
        dir.display()
    ))
    .run()
    .ok()
    .stderr_has("exported 14 resources to");
    let file = dir.join("connectors/orders-db.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with(
            "# yaml-language-server: $schema=../rime.schema.json\nkind: connector\nname: orders-db\n"
        ),
        "{text}"
    );
    std::fs::write(&file, text.replace("cron: 30 * * * *", "cron: 45 * * * *")).unwrap();
    let all = crate::common::files_under(&dir)
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<String>();
    let f = format!("-f {}", dir.display());
    let out = with_secrets(&env, &format!("diff {f}"), &all).ok();
    out.stdout_has("~ update connector `orders-db`\n    schedule: ");
    out.stdout_has("0 to create, 1 to update, 0 to delete, 13 unchanged");
    with_secrets(&env, &format!("diff {f} --detailed-exitcode"), &all).code(10);
    let plan = with_secrets(&env, &format!("diff {f} -o json"), &all)
        .ok()
        .json();
    assert_eq!(plan["changes"][0]["fields"][0]["field"], "schedule");
    let before = writes(&env);
    with_secrets(&env, &format!("apply {f}"), &all)
        .ok()
        .stderr_has("updated connector `orders-db` (schedule)");
    let patches = env.requests(
        "PATCH",
        "/api/v1/projects/{project_id}/connectors/{connector_id}",
    );
    assert_eq!(writes(&env) - before, 1, "one write");
    let body = patches.last().unwrap().body.clone().unwrap();
    assert_eq!(
        body,
        json!({"schedule": {"cron": "45 * * * *", "enabled": true, "timezone": "Pacific/Auckland"}})
    );
    with_secrets(&env, &format!("diff {f} --detailed-exitcode"), &all).ok();
}

#[test]
fn prune_deletes_only_kinds_in_the_files_and_only_when_asked() {
    let env = demo();
    let dir = env.dir.path();
    let file = write(
        dir,
        "one.yaml",
        "kind: notification_channel\nname: data-team-email\ntype: email\n",
    );
    // Without --prune nothing goes; the other channels are not in the files.
    let out = env.rime(format!("diff -f {file}")).run().ok();
    out.stdout_has("0 to create, 0 to update, 0 to delete, 1 unchanged");
    let out = env.rime(format!("diff -f {file} --prune")).run().ok();
    out.stdout_has("- delete notification channel `data-alerts-slack`");
    out.stdout_has("0 to create, 0 to update, 2 to delete, 1 unchanged");
    out.stdout_lacks("connector");
    // The channels are in use: the refusal without --yes comes before any request.
    let before = writes(&env);
    env.rime(format!("apply -f {file} --prune"))
        .run()
        .code(2)
        .stderr_has("refusing to delete 2 resources");
    assert_eq!(writes(&env), before);
}

#[test]
fn a_saved_plan_is_applied_exactly_and_refused_once_stale() {
    let env = demo();
    let dir = env.dir.path();
    let file = write(
        dir,
        "ch.yaml",
        "kind: notification_channel\nname: ops-hook\ntype: webhook\nconfig:\n  url: ${var:hook}\n  secret: ${env:OPS_HOOK_SECRET}\n",
    );
    let plan = dir.join("plan.json").display().to_string();
    env.rime(format!(
        "diff -f {file} --var hook=https://ops.example/h --out {plan}"
    ))
    .env("OPS_HOOK_SECRET", "s3cret-hook")
    .run()
    .ok()
    .stdout_has("+ create notification channel `ops-hook`");
    // The project moves on: another apply creates it first.
    let hook = "--var hook=https://ops.example/h";
    let secret = ("OPS_HOOK_SECRET", "s3cret-hook");
    env.rime(format!("apply -f {file} {hook}"))
        .env(secret.0, secret.1)
        .run()
        .ok();
    let before = env.exchanges().len();
    let out = env
        .rime(format!("apply -f {file} {hook} --plan {plan}"))
        .env(secret.0, secret.1)
        .run()
        .code(6);
    assert!(
        env.exchanges()[before..].iter().all(|e| e.method == "GET"),
        "a stale plan writes nothing"
    );
    out.stderr_has("the saved plan is stale");
    out.stderr_has("`create notification_channel ops-hook` no longer planned");
}
