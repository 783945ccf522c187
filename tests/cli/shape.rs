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

/// Item 12: the preview before a save is a notice (stderr) in both groups; what the command
/// answers on stdout is the saved object, so `-o json` stays one document.
#[test]
fn the_preview_before_a_save_is_a_notice_on_stderr_in_both_groups() {
    let env = Env::new();
    for (cmd, name) in [
        ("pl schedule set nightly-sales", "nightly-sales"),
        ("conn schedule set orders-db", "orders-db"),
    ] {
        let out = env
            .rime(format!("-p demo {cmd} --cron '0 6 * * 1-5' --timezone UTC -o json").as_str())
            .run()
            .ok();
        out.stderr_has("next 5 runs of `0 6 * * 1-5` in UTC:")
            .stderr_has("  Mon ")
            .stdout_lacks("next 5 runs");
        let saved = out.json();
        let saved_name = saved["name"].as_str().or(saved["pipeline"].as_str());
        assert_eq!(saved_name, Some(name), "{saved}");
    }
}

/// Runs rime on a pseudo-terminal (`script`, util-linux) with `answer` typed at the prompt.
#[cfg(target_os = "linux")]
fn answering(env: &Env, args: &str, answer: &str) -> crate::common::Out {
    use std::io::Write;
    let line = format!(
        "stty cols 120 rows 40; {} -p demo --color never {args}",
        crate::common::BIN
    );
    let inner = env.rime("").command();
    let mut child = std::process::Command::new("script")
        .env_clear()
        .envs(inner.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("TERM", "xterm")
        .args(["-qefc", &line, "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("`script` (util-linux) runs");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(format!("{answer}\n").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    crate::common::Out {
        command: args.to_string(),
        stdout: String::from_utf8_lossy(&out.stdout).replace('\r', ""),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Item 12: on a terminal both groups show the next runs, then ask; `n` changes nothing (exit 1),
/// `y` saves; `--yes` saves without asking.
#[cfg(target_os = "linux")]
#[test]
fn on_a_terminal_both_schedules_preview_then_ask_before_saving() {
    let env = Env::new();
    for (cmd, route) in [
        ("pl schedule set nightly-sales", PIPELINE),
        ("conn schedule set orders-db", CONNECTOR),
    ] {
        let args = format!("{cmd} --cron '0 6 * * 1-5' --timezone UTC");
        let no = answering(&env, &args, "n");
        assert_eq!(no.code, 1, "{no:?}");
        let preview = no.stdout.find("next 5 runs of `0 6 * * 1-5` in UTC:");
        let prompt = no.stdout.find("Save this schedule? [y/N]");
        assert!(
            preview.is_some() && prompt.is_some() && preview < prompt,
            "the preview comes before the question:\n{}",
            no.stdout
        );
        no.stdout_has("cancelled; the schedule was not changed");
        assert!(
            env.requests("PATCH", route).is_empty(),
            "{cmd}: nothing saved"
        );

        let yes = answering(&env, &args, "y");
        assert_eq!(yes.code, 0, "{yes:?}");
        yes.stdout_has("Save this schedule? [y/N]");
        assert_eq!(env.requests("PATCH", route).len(), 1, "{cmd}: saved once");

        let forced = answering(&env, &format!("{args} --yes"), "");
        assert_eq!(forced.code, 0, "{forced:?}");
        forced
            .stdout_has("next 5 runs of")
            .stdout_lacks("Save this schedule?");
        assert_eq!(env.requests("PATCH", route).len(), 2);
    }
}
