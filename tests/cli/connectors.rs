//! `rime connectors` CRUD: names and ids, typed --config, secrets kept off argv and out of every output, validation.

use serde_json::{Value, json};

use crate::common::{Argv, Env, Out};

/// A sandbox, logged in, with `demo` as the project of every command.
pub fn env() -> Env {
    let mut env = Env::new();
    env.vars.push(("RIME_PROJECT".into(), "demo".into()));
    env
}

pub fn conn(env: &Env, args: impl Argv) -> crate::common::Cmd {
    env.rime("connectors").args(args)
}

pub const CONNECTORS: &str = "/api/v1/projects/{project_id}/connectors";
pub const CONNECTOR: &str = "/api/v1/projects/{project_id}/connectors/{connector_id}";

/// Creates a PostgreSQL connector (password from stdin) and returns it.
pub fn create_pg(env: &Env, name: &str, host: &str) -> Value {
    conn(
        env,
        format!("create --type postgresql --name {name} --config host={host} --config port=5432 --config database=shop --config username=rime --secret password=- -o json"),
    )
    .stdin("pg-secret-9f2c\n")
    .run()
    .ok()
    .json()
}

/// Everything the sandbox wrote to its audit log, as text.
pub fn audit_text(env: &Env) -> String {
    env.rime("api GET /audit-log --paginate").run().ok().stdout
}

#[test]
fn list_shows_the_demo_connectors_and_filters_on_the_server() {
    let env = env();
    let out = env.rime("conn list").run().ok();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "NAME\tTYPE\tSTATUS\tSCHEDULE\tLAST RUN\tLAST RUN AT\tNEXT RUN\tID"
    );
    assert_eq!(lines.len(), 12, "{}", out.stdout);
    assert!(lines[1].starts_with("orders-db\tpostgresql\tactive\t30 * * * *\tcompleted\t2026-11-28T08:30:00Z\t2026-11-28T09:30:00Z\tcon_"), "{}", lines[1]);
    let errors = conn(&env, "list --status error -o json").run().ok().json();
    let names: Vec<&str> = errors
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["legacy-erp", "weather-api"]);
    let files = conn(&env, "list --type file -o ndjson").run().ok().ndjson();
    assert_eq!(files.len(), 1);
    let uris: Vec<String> = env
        .requests("GET", CONNECTORS)
        .iter()
        .map(|e| e.uri.clone())
        .collect();
    assert!(
        uris.iter().any(|u| u.contains("status=error"))
            && uris.iter().any(|u| u.contains("type=file")),
        "{uris:?}"
    );
    conn(&env, "list --type teradata")
        .run()
        .code(2)
        .stderr_has("teradata");
    conn(&env, "list --status sleepy").run().code(2);
}

#[test]
fn get_accepts_names_and_ids() {
    let env = env();
    let by_name = conn(&env, "get orders-db -o json").run().ok().json();
    let id = by_name["id"].as_str().unwrap();
    let by_id = conn(&env, format!("get {id} -o json")).run().ok().json();
    assert_eq!(by_name, by_id);
    assert_eq!(by_id["config"]["password_set"], true);
    let yaml = conn(&env, "get orders-db -o yaml").run().ok();
    yaml.stdout_has("name: orders-db");
    conn(&env, "get nope")
        .run()
        .code(5)
        .stderr_has("rime connectors list");
    env.rime("conn get orders-db")
        .env("RIME_PROJECT", "")
        .run()
        .code(2)
        .stderr_has("no project selected");
}

#[test]
fn create_types_config_values_and_takes_secrets_from_stdin_or_files() {
    let env = env();
    let c = create_pg(&env, "orders", "db.internal");
    assert_eq!(
        (
            c["config"]["port"].as_i64(),
            c["config"]["password_set"].as_bool()
        ),
        (Some(5432), Some(true))
    );
    let sent = env
        .requests("POST", CONNECTORS)
        .pop()
        .unwrap()
        .body
        .unwrap();
    assert_eq!(
        sent["config"]["password"], "pg-secret-9f2c",
        "the trailing newline of stdin is dropped"
    );
    assert_eq!(sent["config"]["port"], 5432);

    let token = env.dir.path().join("token.txt");
    std::fs::write(&token, "ghp-file-secret\n").unwrap();
    let gh = conn(
        &env,
        format!("create --type jira --name tickets --config instance_url=https://acme.atlassian.net --config email=ops@acme.test --config 'projects=SUP, OPS' --secret api_token=@{} -o json", token.display()),
    )
    .run()
    .ok();
    gh.stderr_has("created connector `tickets`");
    assert_eq!(gh.json()["config"]["projects"], json!(["SUP", "OPS"]));
    let sent = env
        .requests("POST", CONNECTORS)
        .pop()
        .unwrap()
        .body
        .unwrap();
    assert_eq!(sent["config"]["api_token"], "ghp-file-secret");

    let rest = conn(
        &env,
        r#"create --type rest_api --name api --config base_url=https://api.example.com --config auth.method=bearer --config 'endpoints=[{"path":"/users","table":"users"}]' --secret auth.token=- --cron '0 6 * * 1-5' --timezone UTC -o json"#,
    )
    .stdin("bearer-xyz")
    .run()
    .ok()
    .json();
    assert_eq!(
        rest["config"]["auth"],
        json!({"method": "bearer", "token_set": true})
    );
    assert_eq!(
        rest["schedule"],
        json!({"cron": "0 6 * * 1-5", "timezone": "UTC", "enabled": true})
    );
    assert_eq!(rest["next_run_at"], "2026-11-30T06:00:00Z");
}

#[test]
fn secrets_never_come_from_argv() {
    let env = env();
    let before = env.requests("POST", CONNECTORS).len();
    for args in [
        vec!["--config", "password=hunter2"],
        vec!["--secret", "password=hunter2"],
        vec!["--set", "config.password=hunter2"],
        vec!["--secret", "password"],
    ] {
        let mut all = vec!["create", "--type", "postgresql", "--name", "x"];
        all.extend(args);
        let out = conn(&env, &all).run().code(2);
        assert!(
            out.stderr.contains("password=-") || out.stderr.contains("KEY=-"),
            "{}",
            out.stderr
        );
    }
    conn(
        &env,
        "create --type postgresql --name x --secret password=- --secret auth.token=-",
    )
    .stdin("a")
    .run()
    .code(2)
    .stderr_has("only one --secret can read standard input");
    conn(
        &env,
        "create --type postgresql --name x --secret password=@/no/such/file",
    )
    .run()
    .code(2)
    .stderr_has("/no/such/file");
    assert_eq!(
        env.requests("POST", CONNECTORS).len(),
        before,
        "nothing was sent"
    );
}

#[test]
fn a_secret_never_reaches_stdout_stderr_debug_or_the_audit_log() {
    let env = env();
    let secret = "s3cr3t-NEVER-SHOWN-7731";
    let mut outs: Vec<Out> = Vec::new();
    outs.push(
        conn(
            &env,
            "create --type postgresql --name vault --config host=db --config port=5432 --config database=d --config username=u --secret password=- --debug",
        )
        .stdin(secret)
        .run()
        .ok(),
    );
    let file = env.dir.path().join("c.yaml");
    std::fs::write(&file, format!("name: vault2\ntype: mysql\nconfig:\n  host: db\n  port: 3306\n  database: d\n  username: u\n  password: {secret}\n")).unwrap();
    outs.push(
        conn(
            &env,
            format!("create --from-file {} --debug -o json", file.display()),
        )
        .run()
        .ok(),
    );
    outs.push(
        conn(&env, "update vault --secret password=- --debug -o yaml")
            .stdin(secret)
            .run()
            .ok(),
    );
    outs.push(conn(&env, "get vault -o json --debug").run().ok());
    for o in &outs {
        assert!(
            !o.stdout.contains(secret) && !o.stderr.contains(secret),
            "leaked:\n{}\n{}",
            o.stdout,
            o.stderr
        );
    }
    outs[0].stderr_has("\"password\":\"[redacted]\"");
    let audit = audit_text(&env);
    assert!(audit.contains("connector.created") && audit.contains("connector.updated"));
    assert!(!audit.contains(secret));
    // The server did receive it.
    assert_eq!(
        env.requests("PATCH", CONNECTOR)
            .pop()
            .unwrap()
            .body
            .unwrap()["config"]["password"],
        secret
    );
}

#[test]
fn validation_errors_print_every_field_detail_and_exit_7() {
    let env = env();
    let out = conn(
        &env,
        "create --type postgresql --name half --config host=https://db --config port=99999 --secret password=-",
    )
    .stdin("pw")
    .run()
    .code(7);
    for line in [
        "error: could not create the connector: Request validation failed.",
        "  - config.host: must be a host name or IP address, without a scheme or port",
        "  - config.port: must be between 1 and 65535",
        "  - config.database: is required",
        "  - config.username: is required",
        "hint: fix the fields above and try again",
    ] {
        assert!(
            out.stderr.contains(line),
            "missing {line:?} in:\n{}",
            out.stderr
        );
    }
    let out = create_cron(&env, "0 2 * *").code(7);
    out.stderr_has("  - schedule.cron: Invalid cron expression.");
    let out = conn(
        &env,
        "create --type xero --name x --cron '0 2 * * *' --timezone Mars/Base --secret access_token=-",
    )
    .stdin("t")
    .run()
    .code(7);
    out.stderr_has("Unknown time zone 'Mars/Base'")
        .stderr_has("schedule.timezone");
    conn(&env, "create --name typeless")
        .run()
        .code(2)
        .stderr_has("--type is required");
    let dup = create_cron(&env, "0 2 * * *").ok();
    dup.stderr_has("created connector");
    create_cron(&env, "0 2 * * *")
        .code(6)
        .stderr_has("already exists");
}

fn create_cron(env: &Env, cron: &str) -> Out {
    conn(
        env,
        format!("create --type salesforce --name crm --config environment=production --secret refresh_token=- --cron '{cron}'"),
    )
    .stdin("sf-refresh")
    .run()
}

#[test]
fn create_from_yaml_json_or_stdin() {
    let env = env();
    let yaml = env.dir.path().join("c.yaml");
    std::fs::write(&yaml, "name: files\ntype: file\nconfig:\n  format: csv\n  delimiter: ';'\nschedule:\n  cron: '0 5 * * *'\n").unwrap();
    let c = conn(
        &env,
        format!("create --from-file {} -o json", yaml.display()),
    )
    .run()
    .ok()
    .json();
    assert_eq!(
        (
            c["config"]["delimiter"].as_str(),
            c["config"]["header_row"].as_i64()
        ),
        (Some(";"), Some(1))
    );
    assert_eq!(c["schedule"]["timezone"], "Pacific/Auckland");
    let c = conn(&env, "create --from-file - --name events -o json")
        .stdin(r#"{"type": "file", "name": "ignored", "config": {"format": "json"}}"#)
        .run()
        .ok()
        .json();
    assert_eq!(c["name"], "events", "flags win over the file");
    let bad = env.dir.path().join("bad.json");
    std::fs::write(&bad, "{\"type\": \"file\",\n  oops}").unwrap();
    conn(&env, format!("create --from-file {}", bad.display()))
        .run()
        .code(2)
        .stderr_has("bad.json: invalid JSON at line 2");
}

#[test]
fn update_patches_only_what_is_given_and_delete_confirms() {
    let env = env();
    let c = create_pg(&env, "orders", "db.internal");
    let id = c["id"].as_str().unwrap();
    let u = conn(
        &env,
        "update orders --name orders-v2 --config port=6432 --config ssl_mode=require -o json",
    )
    .run()
    .ok();
    u.stderr_has("updated connector `orders-v2`");
    assert_eq!(
        (
            u.json()["config"]["port"].as_i64(),
            u.json()["config"]["ssl_mode"].as_str()
        ),
        (Some(6432), Some("require"))
    );
    let patch = env.requests("PATCH", CONNECTOR).pop().unwrap();
    assert_eq!(
        patch.body.unwrap(),
        json!({"name": "orders-v2", "config": {"port": 6432, "ssl_mode": "require"}})
    );
    assert!(patch.uri.ends_with(id));
    conn(&env, format!("update {id}"))
        .run()
        .code(2)
        .stderr_has("nothing to update");
    conn(&env, format!("update {id} --config port"))
        .run()
        .code(2)
        .stderr_has("is not KEY=VALUE");
    conn(&env, format!("update {id} --config =5"))
        .run()
        .code(2)
        .stderr_has("the key must be a name");
    conn(&env, format!("update {id} --config port=0"))
        .run()
        .code(7)
        .stderr_has("config.port: must be between 1 and 65535");

    conn(&env, "delete orders-v2")
        .run()
        .code(2)
        .stderr_has("--yes");
    assert!(env.requests("DELETE", CONNECTOR).is_empty());
    conn(&env, format!("rm {id} --yes"))
        .run()
        .ok()
        .stderr_has("deleted connector `orders-v2`");
    conn(&env, format!("get {id}")).run().code(5);
}

#[test]
fn viewers_may_look_but_not_change() {
    let env = env();
    env.login("viewer@sandbox.rime.test", "correct-horse-viewer");
    conn(&env, "list").run().ok();
    conn(&env, "sync orders-db")
        .run()
        .code(4)
        .stderr_has("viewer role cannot change");
    conn(&env, "create --type file --name f --config format=csv")
        .run()
        .code(4);
}

#[test]
fn types_list_every_type_and_its_keys_without_a_request() {
    let env = env();
    let out = conn(&env, "types").run().ok();
    assert!(
        out.stdout
            .starts_with("TYPE\tCATEGORY\tREQUIRED\tSECRETS\tOPTIONAL\n")
    );
    out.stdout_has("postgresql\tdatabase\thost, port, database, username\tpassword\tssl_mode\n");
    let types = conn(&env, "types -o json").run().ok().json();
    let names: Vec<&str> = types
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["type"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 15);
    let rest = &types[13];
    assert_eq!(rest["type"], "rest_api");
    assert!(
        rest["required"]
            .as_array()
            .unwrap()
            .contains(&json!("auth.key_name (api_key)"))
    );
    assert!(
        rest["secrets"]
            .as_array()
            .unwrap()
            .contains(&json!("auth.token (bearer)"))
    );
    assert_eq!(types[6]["secrets"], json!(["refresh_token | access_token"]));
    assert!(
        env.exchanges()
            .iter()
            .all(|e| !e.uri.contains("connectors")),
        "types need no API call"
    );
}
