//! `rime projects` against the sandbox: every verb, names and ids, files and `--set`, confirmation.

use serde_json::json;

use crate::common::Env;

#[test]
fn create_get_update_delete() {
    let env = Env::new();
    let created = env
        .rime("projects create --name 'Sales Analytics' --identifier sales --description 'NZ sales' -o json")
        .run()
        .ok();
    let p = created.json();
    assert_eq!(p["identifier"], "sales");
    created.stderr_has("created project `Sales Analytics`");
    let id = p["id"].as_str().unwrap().to_string();

    for key in ["Sales Analytics", "sales", id.as_str()] {
        let got = env
            .rime(format!("projects get '{key}' -o json"))
            .run()
            .ok()
            .json();
        assert_eq!(got["id"], id.as_str());
    }
    let updated = env
        .rime("projects update sales --set settings.drift_detection.interval_hours=12 --description 'NZ + AU sales' -o json")
        .run()
        .ok()
        .json();
    assert_eq!(updated["description"], "NZ + AU sales");
    assert_eq!(updated["settings"]["drift_detection"]["interval_hours"], 12);
    let patch = env
        .requests("PATCH", "/api/v1/projects/{project_id}")
        .pop()
        .unwrap();
    assert_eq!(
        patch.body.unwrap(),
        json!({"description": "NZ + AU sales", "settings": {"drift_detection": {"interval_hours": 12}}})
    );

    snapshot!(env, "projects update sales");
    snapshot!(env, "projects delete sales");
    assert!(
        env.requests("DELETE", "/api/v1/projects/{project_id}")
            .is_empty(),
        "nothing deleted without confirmation"
    );
    env.rime("projects delete sales --yes")
        .run()
        .ok()
        .stderr_has("deleted project");
    env.rime(format!("projects get {id}")).run().code(5);
}

#[test]
fn bodies_come_from_json_or_yaml_files_or_stdin() {
    let env = Env::new();
    let yaml = env.dir.path().join("p.yaml");
    std::fs::write(&yaml, "name: Finance\nidentifier: finance\nsettings:\n  aws:\n    region: ap-southeast-2\n    access_method: assume_role\n    role_arn: arn:aws:iam::1:role/r\n").unwrap();
    let p = env
        .rime(format!(
            "projects create --from-file {} -o json",
            yaml.display()
        ))
        .run()
        .ok()
        .json();
    assert_eq!(p["settings"]["aws"]["region"], "ap-southeast-2");
    let p = env
        .rime("projects create --from-file - --name Ops -o json")
        .stdin(r#"{"name": "ignored", "identifier": "ops"}"#)
        .run()
        .ok()
        .json();
    assert_eq!(p["name"], "Ops", "flags win over the file");

    let bad = env.dir.path().join("bad.json");
    std::fs::write(&bad, "{\n  \"name\": \"x\",\n  identifier: 1\n}").unwrap();
    let out = env
        .rime(format!("projects create --from-file {}", bad.display()))
        .run()
        .code(2);
    out.stderr_has("bad.json: invalid JSON at line 3, column 3");
    let out = env
        .rime("projects create --from-file /no/such/file.yaml")
        .run()
        .code(2);
    out.stderr_has("/no/such/file.yaml");
}

#[test]
fn secrets_in_settings_are_write_only() {
    let env = Env::new();
    // A secret typed on the command line is refused before any request.
    env.rime("projects update demo --set settings.snowflake.password=s3cr3t-pw")
        .run()
        .code(2)
        .stderr_has("--secret snowflake.password=-")
        .stderr_lacks("s3cr3t-pw");
    let out = env
        .rime("projects update demo --secret snowflake.password=- --set settings.snowflake.auth_method=password -o json")
        .stdin("s3cr3t-pw\n")
        .run()
        .ok();
    let p = out.json();
    assert_eq!(p["settings"]["snowflake"]["password_set"], true);
    out.stdout_lacks("s3cr3t-pw").stderr_lacks("s3cr3t-pw");
}

#[test]
fn tenant_show_reports_tier_and_usage() {
    let env = Env::new();
    let t = env.rime("tenant show -o json").run().ok().json();
    assert_eq!(t["tier"], "business");
    assert_eq!(t["usage"]["projects"], 2);
    env.control("PUT", "/tenant", json!({"tier": "small_business"}));
    env.rime("projects create --name three --identifier three")
        .run()
        .ok();
    snapshot!(env, "projects create --name four --identifier four");
}
