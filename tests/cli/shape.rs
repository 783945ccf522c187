//! The new user's tour (issue 16): `--fields` by table header (items 14), `rime api` filling
//! `{project}` and `governance dismiss` (22), `api-keys get` and `create --name` (24).

use serde_json::{Value, json};

use crate::common::Env;

#[test]
fn fields_accept_the_table_headers_and_an_object_column_projects_its_field() {
    let env = Env::new();
    let conns = env
        .rime("-p demo conn list --fields name,TYPE -o json")
        .run()
        .ok()
        .json();
    let first = &conns[0];
    assert_eq!(
        first.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["name", "type"],
        "{first}"
    );
    // The table header TYPE and `type` name the same column in a table too.
    let table = env.rime("-p demo conn list --fields name,type").run().ok();
    assert_eq!(table.stdout.lines().next(), Some("NAME\tTYPE"));
    // Audit's ACTOR column shows actor.email; `--fields actor` gives the same.
    let audit = env
        .rime("audit list --no-paginate --fields action,actor -o json")
        .run()
        .ok()
        .json();
    for e in audit.as_array().unwrap() {
        assert!(
            e["actor"].is_string()
                || e["actor"]["email"].is_string()
                || e["actor"]["email"].is_null(),
            "{e}"
        );
    }
    let shown = env
        .rime("audit list --no-paginate --fields action,actor")
        .run()
        .ok();
    assert_eq!(shown.stdout.lines().next(), Some("ACTION\tACTOR"));
    assert!(
        shown.stdout.contains(rime_sandbox::ADMIN_EMAIL),
        "{}",
        shown.stdout
    );
    env.rime("-p demo conn list --fields kind")
        .run()
        .code(2)
        .stderr_has("type");
}

#[test]
fn api_fills_the_current_project_in_a_path() {
    let env = Env::new();
    let demo = env.rime("projects get demo -o json").run().ok().json();
    let id = demo["id"].as_str().unwrap();
    let out = env
        .rime("-p demo api GET /projects/{project}/connectors --jq length")
        .run()
        .ok();
    assert!(out.stdout.trim().parse::<u32>().unwrap() > 0);
    let sent = env.requests("GET", "/api/v1/projects/{project_id}/connectors");
    assert_eq!(
        sent.last().unwrap().uri,
        format!("/api/v1/projects/{id}/connectors")
    );
    env.rime("api GET /projects/{project}/connectors")
        .run()
        .code(2)
        .stderr_has("no project selected");
}

#[test]
fn dismiss_clears_a_pii_flag_and_keeps_the_classification() {
    let env = Env::new();
    env.control("POST", "/clock", json!({"rate": 600}));
    env.rime("-p demo governance scan --wait --interval 50ms")
        .run()
        .ok();
    let flagged = env
        .rime("-p demo governance columns list --flagged -o json")
        .run()
        .ok()
        .json();
    let path = flagged[0]["path"].as_str().unwrap().to_string();
    let out = env
        .rime(format!("-p demo governance dismiss {path} -o json").as_str())
        .run()
        .ok();
    out.stderr_has(format!("dismissed the PII flag on {path}"));
    assert_eq!(out.json()["flagged"], Value::Null);
    assert_eq!(out.json()["privacy_level"], flagged[0]["privacy_level"]);
    let sent = env.requests(
        "PATCH",
        "/api/v1/projects/{project_id}/governance/columns/{path}",
    );
    assert_eq!(sent.last().unwrap().body, Some(json!({"flagged": null})));
    let left = env
        .rime("-p demo governance columns list --flagged -o json")
        .run()
        .ok()
        .json();
    assert!(
        !left
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["path"] == path.as_str())
    );
    env.rime("-p demo governance dismiss NO.SUCH.TABLE.COLUMN")
        .run()
        .code(5);
}

#[test]
fn api_keys_get_and_create_by_name_flag_or_positional() {
    let env = Env::new();
    let by_flag = env
        .rime("-p demo api-keys create --name ci --role editor -o json")
        .run()
        .ok()
        .json();
    assert_eq!(by_flag["name"], "ci");
    let by_position = env
        .rime("-p demo api-keys create deploy -o json")
        .run()
        .ok()
        .json();
    assert_eq!(by_position["name"], "deploy");
    assert_eq!(
        env.requests("POST", "/api/v1/projects/{project_id}/api-keys")
            .last()
            .unwrap()
            .body,
        Some(json!({"name": "deploy", "role": "viewer"}))
    );
    env.rime("-p demo api-keys create a --name b").run().code(2);
    env.rime("-p demo api-keys create").run().code(2);
    let got = env
        .rime("-p demo api-keys get ci -o json")
        .run()
        .ok()
        .json();
    assert_eq!(got["id"], by_flag["id"]);
    assert_eq!(got["role"], "editor");
    assert!(got.get("secret").is_none(), "never the secret again: {got}");
    let by_id = env
        .rime(
            format!(
                "-p demo api-keys get {} -o json",
                by_flag["id"].as_str().unwrap()
            )
            .as_str(),
        )
        .run()
        .ok()
        .json();
    assert_eq!(by_id["name"], "ci");
}

const PIPELINE: &str = "/api/v1/projects/{project_id}/pipelines/{pipeline_id}";
const CONNECTOR: &str = "/api/v1/projects/{project_id}/connectors/{connector_id}";

#[test]
fn schedules_of_pipelines_and_connectors_validate_preview_and_show_alike() {
    let env = Env::new();
    // A bad expression fails locally, naming it, before any request changes anything.
    for cmd in [
        "pl schedule set nightly-sales --cron '0 6 * * 1-5 | 61 * * * *'",
        "conn schedule set orders-db --cron '61 * * * *'",
    ] {
        env.rime(format!("-p demo {cmd}").as_str())
            .run()
            .code(2)
            .stderr_has("invalid cron expression `61 * * * *`");
    }
    env.rime("-p demo pl schedule set nightly-sales --cron '0 6 * * *' --timezone Mars/Olympus")
        .run()
        .code(2)
        .stderr_has("IANA name");
    assert!(env.requests("PATCH", PIPELINE).is_empty());
    assert!(env.requests("PATCH", CONNECTOR).is_empty());

    // --dry-run previews the next five runs and sends nothing.
    let dry = env
        .rime("-p demo pl schedule set nightly-sales --cron '0 6 * * 1-5' --timezone UTC --dry-run -o json")
        .run()
        .ok()
        .json();
    assert_eq!(dry["schedule"]["cron"], "0 6 * * 1-5");
    let next = dry["next_runs"].as_array().unwrap();
    assert_eq!(next.len(), 5, "{dry}");
    assert!(
        next.iter()
            .all(|r| r["at"].as_str().unwrap().ends_with("T06:00:00Z"))
    );
    let dry = env
        .rime("-p demo conn schedule set orders-db --cron '0 6 * * 1-5' --timezone UTC --dry-run -o json")
        .run()
        .ok()
        .json();
    assert_eq!(dry["next_runs"].as_array().unwrap().len(), 5);
    assert!(env.requests("PATCH", PIPELINE).is_empty());
    assert!(env.requests("PATCH", CONNECTOR).is_empty());

    // Without a terminal, set proceeds (the confirmation is for people).
    env.rime("-p demo pl schedule set nightly-sales --cron '0 6 * * 1-5' --timezone UTC")
        .run()
        .ok();
    assert_eq!(
        env.requests("PATCH", PIPELINE).last().unwrap().body,
        Some(json!({"schedule": {"cron": "0 6 * * 1-5", "timezone": "UTC"}}))
    );
    env.rime("-p demo conn schedule set orders-db --cron '0 6 * * 1-5' --timezone UTC")
        .run()
        .ok();

    // schedule show in both groups: the schedule and its next runs.
    let shown = env
        .rime("-p demo conn schedule show orders-db -o json")
        .run()
        .ok()
        .json();
    assert_eq!(shown["schedule"]["cron"], "0 6 * * 1-5");
    assert_eq!(shown["next_runs"].as_array().unwrap().len(), 5);
    let table = env.rime("-p demo conn schedule show orders-db").run().ok();
    table.stderr_has("schedule of connector `orders-db`");
    assert_eq!(table.stdout.lines().next(), Some("LOCAL TIME\tUTC"));
    env.rime("-p demo conn schedule pause orders-db").run().ok();
    let paused = env
        .rime("-p demo conn schedule show orders-db -o json")
        .run()
        .ok()
        .json();
    assert_eq!(paused["next_runs"], json!([]));
    let pl = env
        .rime("-p demo pl schedule show nightly-sales -o json")
        .run()
        .ok()
        .json();
    assert_eq!(pl["next_runs"].as_array().unwrap().len(), 5);
}
