//! The kinds that are not plain collections: the project's settings, a connector's schema
//! selection and column classifications — one changed field is one PATCH of it, where it lives.

use serde_json::json;

use super::{demo, with_secrets, writes};

#[test]
fn settings_selection_and_classifications_change_with_one_patch_each() {
    let env = demo();
    env.rime("connectors schema deselect orders-db inventory")
        .run()
        .ok();
    let dir = env.dir.path().join("files");
    env.rime(format!(
        "export --kind project --kind connector --kind connector_schema --kind column --dir {}",
        dir.display()
    ))
    .run()
    .ok()
    .stderr_has("exported 22 resources to");
    let read = |p: &str| std::fs::read_to_string(dir.join(p)).unwrap();
    let edit = |p: &str, from: &str, to: &str| {
        let text = read(p);
        assert!(text.contains(from), "{p}: {text}");
        std::fs::write(dir.join(p), text.replacen(from, to, 1)).unwrap();
    };
    // The schema selection goes in its connector's file; the project's settings at the root.
    let conn = read("connectors/orders-db.yaml");
    assert!(
        conn.starts_with(
            "# yaml-language-server: $schema=../rime.schema.json\nkind: connector\nname: orders-db\n"
        ),
        "{conn}"
    );
    assert!(
        conn.ends_with("\n---\nkind: connector_schema\nconnector: orders-db\ntables:\n  inventory:\n    selected: false\n"),
        "{conn}"
    );
    assert!(
        read("project.yaml")
            .starts_with("# yaml-language-server: $schema=rime.schema.json\nkind: project\n")
    );
    let all = crate::common::files_under(&dir)
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<String>();
    let f = format!("-f {}", dir.display());
    with_secrets(&env, &format!("diff {f} --detailed-exitcode"), &all).ok();

    // One field each: a column's level, a table selected again, the drift-detection interval.
    edit(
        "columns/ANALYTICS.CRM.CUSTOMERS.EMAIL.yaml",
        "privacy_level: confidential",
        "privacy_level: restricted",
    );
    edit(
        "connectors/orders-db.yaml",
        "inventory:\n    selected: false",
        "inventory:\n    selected: true",
    );
    edit("project.yaml", "interval_hours: 6", "interval_hours: 12");
    let out = with_secrets(&env, &format!("diff {f}"), &all).ok();
    out.stdout_has("~ update the project\n    settings: ");
    out.stdout_has("~ update schema of connector `orders-db`\n    tables: {\"inventory\":{\"selected\":false}} → {\"inventory\":{\"selected\":true}}\n");
    out.stdout_has("~ update column `ANALYTICS.CRM.CUSTOMERS.EMAIL`\n    privacy_level: \"confidential\" → \"restricted\"\n");
    out.stdout_has("0 to create, 3 to update, 0 to delete, 19 unchanged");
    let before = writes(&env);
    with_secrets(&env, &format!("apply {f}"), &all)
        .ok()
        .stderr_has("applied: 0 created, 3 updated, 0 deleted, 19 unchanged");
    assert_eq!(writes(&env) - before, 3, "one write each");
    let last = |method: &str, route: &str| {
        env.requests(method, route)
            .last()
            .and_then(|e| e.body.clone())
            .unwrap()
    };
    assert_eq!(
        last(
            "PATCH",
            "/api/v1/projects/{project_id}/governance/columns/{path}"
        ),
        json!({"privacy_level": "restricted"})
    );
    assert_eq!(
        last(
            "PATCH",
            "/api/v1/projects/{project_id}/connectors/{connector_id}/schema"
        ),
        json!({"tables": [{"name": "inventory", "selected": true}]})
    );
    // The settings go whole, but the key the server holds is not sent again.
    let settings = last("PATCH", "/api/v1/projects/{project_id}");
    assert_eq!(
        settings["settings"]["drift_detection"]["interval_hours"],
        12
    );
    assert!(
        settings["settings"]["snowflake"]
            .get("private_key")
            .is_none(),
        "{settings}"
    );
    env.rime("governance columns get ANALYTICS.CRM.CUSTOMERS.EMAIL -o json --jq .privacy_level")
        .run()
        .ok()
        .stdout_has("restricted");
    let after = std::fs::read_to_string(dir.join("project.yaml")).unwrap();
    let exported = env.rime("export --kind project").run().ok().stdout;
    // The file is one level up from nothing: its comment and the export's are the same.
    let (comment, body) = after.split_once('\n').unwrap();
    assert_eq!(exported, format!("{comment}\n---\n{body}"));
    with_secrets(&env, &format!("diff {f} --detailed-exitcode"), &all).ok();
    // Prune never deletes the project, a schema or a column: they are not the files' to delete.
    with_secrets(&env, &format!("diff {f} --prune --detailed-exitcode"), &all).ok();
}

#[test]
fn a_column_the_catalogue_will_not_have_is_refused_before_any_write() {
    let env = demo();
    let file = env.dir.path().join("col.yaml");
    std::fs::write(
        &file,
        "kind: column\npath: analytics.crm.nowhere.email\nprivacy_level: internal\n",
    )
    .unwrap();
    let before = writes(&env);
    env.rime(format!("apply -f {}", file.display()))
        .run()
        .code(2)
        .stderr_has("column `ANALYTICS.CRM.NOWHERE.EMAIL` is not in the project's catalogue");
    assert_eq!(writes(&env), before);
    // A lower-case path of a column that is there is the same column.
    std::fs::write(
        &file,
        "kind: column\npath: analytics.crm.customers.email\nprivacy_level: confidential\npii_type: email\n",
    )
    .unwrap();
    env.rime(format!("diff -f {} --detailed-exitcode", file.display()))
        .run()
        .ok()
        .stdout_has("0 to create, 0 to update, 0 to delete, 1 unchanged");
    // A column the catalogue has but nobody classified yet: read by its path, classified once.
    std::fs::write(
        &file,
        "kind: column\npath: ANALYTICS.CRM.CUSTOMERS.PHONE\nprivacy_level: confidential\npii_type: phone\n",
    )
    .unwrap();
    env.rime(format!("diff -f {}", file.display()))
        .run()
        .ok()
        .stdout_has("~ update column `ANALYTICS.CRM.CUSTOMERS.PHONE`\n    privacy_level: null → \"confidential\"\n    pii_type: null → \"phone\"\n");
    let before = writes(&env);
    env.rime(format!("apply -f {}", file.display())).run().ok();
    assert_eq!(writes(&env) - before, 1);
    let before = writes(&env);
    env.rime(format!("apply -f {}", file.display()))
        .run()
        .ok()
        .stderr_has("nothing to change");
    assert_eq!(writes(&env), before);
}
