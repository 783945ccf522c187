//! `rime pipelines`: definitions from files and flags, every validation error, graph, versions
//! and schedules, against the sandbox.

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{Cmd, Env, Out};

pub const PIPELINES: &str = "/api/v1/projects/{project_id}/pipelines";
pub const PIPELINE: &str = "/api/v1/projects/{project_id}/pipelines/{pipeline_id}";
pub const EVENTS: &str =
    "/api/v1/projects/{project_id}/pipelines/{pipeline_id}/runs/{run_id}/events";

/// A logged-in sandbox with the demo project selected.
pub fn env() -> Env {
    let mut env = Env::new();
    env.vars.push(("RIME_PROJECT".into(), "demo".into()));
    env
}

/// Writes a file in the test's directory and returns its path.
pub fn file(env: &Env, name: &str, text: &str) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// Creates a pipeline from YAML and returns it.
pub fn create(env: &Env, yaml: &str) -> Value {
    let path = file(env, "create.yaml", yaml);
    env.rime(format!("pipelines create --from-file {path} -o json"))
        .run()
        .ok()
        .json()
}

/// Runs `cmd` while moving the sandbox clock `secs` at a time; the clock starts moving only once
/// `ready` holds (e.g. the CLI opened its event stream), so what it sees first is deterministic.
pub fn drive(env: &Env, cmd: Cmd, secs: i64, ready: &dyn Fn() -> bool) -> Out {
    let mut child = cmd
        .command()
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rime runs");
    let reader = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = r.read_to_string(&mut s);
            s
        })
    };
    let out = reader(Box::new(child.stdout.take().unwrap()));
    let err = reader(Box::new(child.stderr.take().unwrap()));
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut started = false;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "rime did not finish");
        started = started || ready();
        if started {
            env.sb.advance(secs);
        }
        std::thread::sleep(Duration::from_millis(30));
    };
    Out {
        command: String::new(),
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
        code: status.code().unwrap_or(-1),
    }
}

#[test]
fn definitions_come_from_readable_yaml_and_flags() {
    let env = env();
    let yaml = r#"
name: orders
description: Nightly orders
schedule:
  cron: "0 2 * * *"
  timezone: UTC
steps:
  stage:
    name: Stage orders
    type: custom
    config: {sql: "COPY INTO RAW.ORDERS FROM @STAGE"}
  model:
    type: custom
    depends_on: stage
    config: {sql: "CALL BUILD()"}
    retry: {max_attempts: 2, delay_seconds: 10}
    timeout_seconds: 600
  notify:
    type: webhook
    depends_on: [model]
    failure_policy: continue
    config: {url: "https://hooks.example.com/orders", secret: "whsec_file_only"}
"#;
    let path = file(&env, "orders.yaml", yaml);
    let out = env
        .rime(format!("pl create --from-file {path} -o json"))
        .run()
        .ok();
    let p = out.json();
    out.stderr_has("created pipeline `orders`");
    assert_eq!(p["version"], 1);
    assert_eq!(p["steps"][2]["config"]["secret_set"], true);
    out.stdout_lacks("whsec_file_only");
    let sent = env.requests("POST", PIPELINES).pop().unwrap().body.unwrap();
    assert_eq!(
        sent["steps"][0]["key"], "stage",
        "a mapping of steps becomes a list"
    );
    assert_eq!(sent["steps"][1]["depends_on"], json!(["stage"]));
    assert_eq!(
        sent["schedule"],
        json!({"cron": "0 2 * * *", "timezone": "UTC"})
    );

    let got = env.rime("pl get orders -o json").run().ok().json();
    assert_eq!(got["id"], p["id"]);
    let steps = env.rime("pl get orders --steps").run().ok();
    assert_eq!(
        steps.stdout.lines().nth(2).unwrap(),
        "model\tmodel\tcustom\tstage\tstop\t2\t600"
    );
    let list = env.rime("pl list").run().ok();
    list.stdout_has("orders\t1\t3\t0 2 * * *\ttrue\t2026-11-29T02:00:00Z");

    // Name and description are not structural; changed steps are.
    let out = env
        .rime("pl update orders --description 'Orders, nightly' --name orders-nightly")
        .run()
        .ok();
    out.stderr_lacks("is now current");
    let changed = file(
        &env,
        "changed.yaml",
        &yaml
            .replace("timeout_seconds: 600", "timeout_seconds: 900")
            .replace("name: orders\n", ""),
    );
    let out = env
        .rime(format!(
            "pl update orders-nightly --from-file {changed} -o json"
        ))
        .run()
        .ok();
    assert_eq!(out.json()["version"], 2);
    out.stderr_has("the steps changed: version 2 is now current (was 1)");
    let patch = env.requests("PATCH", PIPELINE).pop().unwrap().body.unwrap();
    assert!(patch.get("name").is_none());

    snapshot!(env, "pl delete orders-nightly");
    env.rime("pl delete orders-nightly --yes")
        .run()
        .ok()
        .stderr_has("deleted pipeline `orders-nightly`");
    snapshot!(env, "pl get orders-nightly");
    // From standard input, JSON.
    let out = env
        .rime("pl create --from-file - --name from-stdin")
        .stdin(r#"{"steps": [{"key": "a", "type": "infrastructure"}]}"#)
        .run()
        .ok();
    out.stdout_has("from-stdin");
}

#[test]
fn every_validation_error_is_reported_with_its_field() {
    let env = env();
    let bad = |yaml: &str| {
        let path = file(&env, "bad.yaml", yaml);
        env.rime(format!("pl create --from-file {path}")).run()
    };
    // Local problems: exit 2 before any request.
    bad("name: x\nsteps: [unclosed\n")
        .code(2)
        .stderr_has("invalid YAML");
    bad("steps:\n  a: 5\n")
        .code(2)
        .stderr_has("step `a` must be a mapping");
    snapshot!(env, "pl create --description d");
    snapshot!(env, "pl update nightly-sales");
    snapshot!(env, "pl create --from-file /nonexistent.yaml");
    assert!(env.requests("POST", PIPELINES).is_empty());
    // Shape errors: 400, exit 7, every field listed.
    let out = bad("name: x\nsteps:\n  - {key: Bad-Key, type: custom, config: {sql: s}}\n  - {key: w, type: webhook, config: {url: 'http://plain'}}\n").code(7);
    out.stderr_has("  - steps[0].key: must match ^[a-z][a-z0-9_]*$");
    out.stderr_has("  - steps[1].config.url: must be an https:// URL");
    // DAG errors: 422, exit 7, naming the steps.
    let out = bad("name: x\nsteps:\n  a: {type: custom, config: {sql: s}, depends_on: c}\n  b: {type: custom, config: {sql: s}, depends_on: a}\n  c: {type: custom, config: {sql: s}, depends_on: b}\n").code(7);
    out.stderr_has("steps[0].depends_on: forms a cycle: a → c → b → a");
    out.stderr_has("unprocessable_entity");
    let out = bad("name: x\nsteps:\n  - {key: a, type: custom, config: {sql: s}, depends_on: [ghost]}\n  - {key: a, type: custom, config: {sql: s}}\n").code(7);
    out.stderr_has("steps[1].key: duplicates the key 'a' of steps[0]");
    out.stderr_has("steps[0].depends_on: refers to an unknown step key 'ghost'");
    let out = bad("name: x\nsteps:\n  - {key: e, type: extract, config: {connector_id: con_gone}}\n  - {key: t, type: transform, config: {transformation_id: trf_gone}}\n").code(7);
    out.stderr_has("steps[0].config.connector_id: no connector with id 'con_gone' in this project");
    out.stderr_has("steps[1].config.transformation_id: no transformation");
    // Schedules.
    bad("name: x\nschedule: {cron: '0 6 * *'}\n")
        .code(7)
        .stderr_has("schedule.cron: Invalid cron expression");
    bad("name: x\nschedule: {cron: '0 6 * * *', timezone: Moon/Base}\n")
        .code(7)
        .stderr_has("schedule.timezone");
    snapshot!(env, "pl schedule set nightly-sales --window 9am");
    snapshot!(env, "pl schedule set nightly-sales --concurrency sometimes");
    snapshot!(env, "pl schedule set nightly-sales");
    snapshot!(env, "pl schedule set nightly-sales --cron '61 * * * *'");
    // Conflicts and missing things.
    snapshot!(env, "pl create --name nightly-sales");
    snapshot!(env, "pl get no-such-pipeline");
    env.rime("pl versions get nightly-sales 99").run().code(5);
    env.rime("pl create --name bare").run().ok();
    snapshot!(env, "pl schedule pause bare");
    env.rime("pl run bare").run().code(7).stderr_has("no steps");
    snapshot!(env, "pl versions restore nightly-sales 2");
    snapshot!(env, "pl graph nightly-sales --format svg");
    snapshot!(env, "pl runs get plr_nope");
    // A viewer may read but not write.
    env.login("viewer@sandbox.rime.test", "correct-horse-viewer");
    env.rime("pl list").run().ok();
    env.rime("pl run nightly-sales").run().code(4);
}

#[test]
fn graph_draws_layers_and_dot() {
    let env = env();
    let out = env.rime("pl graph nightly-sales").run().ok();
    // The demo seed refers to the seeded connectors and transformation, so the steps are real ones.
    let expected = "\
nightly-sales · version 2 · 5 steps

layer 1   extract_postgres   extract    Extract (PostgreSQL)
          extract_rest_api   extract    Extract (REST API)
             │
             ▼
layer 2   transform_kimball  transform  Transform (Kimball)     ← extract_postgres, extract_rest_api
             │
             ▼
layer 3   validate           validate   Validate                ← transform_kimball
             │
             ▼
layer 4   notify_slack       webhook    Webhook (notify Slack)  ← validate
";
    assert_eq!(out.stdout, expected);
    let dot = env.rime("pl graph nightly-sales 1 --format dot").run().ok();
    assert!(
        dot.stdout
            .starts_with("digraph \"nightly-sales\" {\n  rankdir=LR;")
    );
    // version 1 has no validate step
    dot.stdout_has("  \"transform_kimball\" -> \"notify_slack\";\n");
    dot.stdout_lacks("validate");
    let data = env.rime("pl graph nightly-sales -o json").run().ok().json();
    assert_eq!(
        data["layers"][0],
        json!(["extract_postgres", "extract_rest_api"])
    );
    assert_eq!(data["edges"].as_array().unwrap().len(), 4);
    // A jq filter asks for the data, not the drawing (one rule for every command's own screen).
    let edges = env
        .rime("pl graph nightly-sales --jq '.edges|length'")
        .run()
        .ok();
    assert_eq!(edges.stdout, "4\n");
    let cron = env
        .rime("pl schedule show nightly-sales --jq .schedule.enabled")
        .run()
        .ok();
    assert_eq!(cron.stdout, "true\n");
    let diff = env
        .rime("pl versions diff nightly-sales 1 --jq .from")
        .run()
        .ok();
    assert_eq!(diff.stdout, "1\n");
}

#[test]
fn versions_list_get_diff_and_restore() {
    let env = env();
    let list = env
        .rime("pl versions list nightly-sales -o json")
        .run()
        .ok()
        .json();
    assert_eq!(list[0]["version"], 2);
    assert_eq!(list[0]["is_current"], true);
    let out = env.rime("pl versions diff nightly-sales 1").run().ok();
    assert!(
        out.stdout
            .starts_with("version 1 → version 2 of pipeline `nightly-sales`"),
        "{}",
        out.stdout
    );
    out.stdout_has("+ validate (validate) ← transform_kimball\n");
    out.stdout_has("~ notify_slack\n    depends_on: [transform_kimball] → [validate]\n");
    let d = env
        .rime("pl versions diff nightly-sales 2 1 -o json")
        .run()
        .ok()
        .json();
    assert_eq!(d["removed"][0]["key"], "validate");
    assert_eq!((d["from"].as_u64(), d["to"].as_u64()), (Some(2), Some(1)));
    let same = env.rime("pl versions diff nightly-sales 2 2").run().ok();
    same.stdout_has("no differences in the steps");
    let v1 = env
        .rime("pl versions get nightly-sales 1 --steps")
        .run()
        .ok();
    assert_eq!(v1.stdout.lines().count(), 5, "header and four steps");
    let out = env
        .rime("pl versions restore nightly-sales 1 -o json")
        .run()
        .ok();
    assert_eq!(out.json()["version"], 3);
    out.stderr_has("restored version 1 of pipeline `nightly-sales`");
    out.stderr_has("as version 3 (now current)");
    let p = env.rime("pl get nightly-sales -o json").run().ok().json();
    assert_eq!(p["version"], 3);
    assert_eq!(p["steps"].as_array().unwrap().len(), 4);
    assert_eq!(
        env.requests(
            "POST",
            "/api/v1/projects/{project_id}/pipelines/{pipeline_id}/versions/{version}/restore"
        )
        .len(),
        1
    );
}

#[test]
fn schedules_preview_every_expression_and_pause_resume_clear() {
    let env = env();
    let out = env
        .rime("pl schedule set nightly-sales --cron '0 6 * * 1-5 | 30 12 * * 0' --timezone Australia/Sydney --concurrency queue --window 05:00-13:00")
        .run()
        .ok();
    // As connectors show theirs: the schedule a notice on stderr, the next runs data on stdout.
    let expected = "\
LOCAL TIME\tUTC\tEXPRESSION
Sun 2026-11-29 12:30 AEDT (+11:00)\t2026-11-29T01:30:00Z\t30 12 * * 0
Mon 2026-11-30 06:00 AEDT (+11:00)\t2026-11-29T19:00:00Z\t0 6 * * 1-5
Tue 2026-12-01 06:00 AEDT (+11:00)\t2026-11-30T19:00:00Z\t0 6 * * 1-5
Wed 2026-12-02 06:00 AEDT (+11:00)\t2026-12-01T19:00:00Z\t0 6 * * 1-5
Thu 2026-12-03 06:00 AEDT (+11:00)\t2026-12-02T19:00:00Z\t0 6 * * 1-5
";
    assert_eq!(out.stdout, expected);
    out.stderr_has("schedule of pipeline `nightly-sales`: `0 6 * * 1-5 | 30 12 * * 0` in Australia/Sydney, concurrency queue, window 05:00–13:00, enabled; next runs:");
    out.stderr_has("set the schedule of pipeline `nightly-sales`");
    let patch = env.requests("PATCH", PIPELINE).pop().unwrap().body.unwrap();
    assert_eq!(
        patch,
        json!({"schedule": {"cron": "0 6 * * 1-5 | 30 12 * * 0", "timezone": "Australia/Sydney",
                            "concurrency_policy": "queue", "window": {"start": "05:00", "end": "13:00"}}})
    );
    let out = env.rime("pl schedule pause nightly-sales").run().ok();
    out.stderr_has(", paused (no scheduled runs until `rime pipelines schedule resume`)")
        .stdout_lacks("AEDT");
    let shown = env
        .rime("pl schedule resume nightly-sales -o json")
        .run()
        .ok()
        .json();
    assert_eq!(shown["schedule"]["enabled"], true);
    assert_eq!(
        shown["next_runs"][0],
        json!({"at": "2026-11-29T01:30:00Z", "local": "2026-11-29T12:30:00+11:00",
               "display": "Sun 2026-11-29 12:30 AEDT (+11:00)", "expression": "30 12 * * 0"})
    );
    env.rime("pl schedule set nightly-sales --no-window")
        .run()
        .ok();
    assert_eq!(
        env.requests("PATCH", PIPELINE).pop().unwrap().body.unwrap(),
        json!({"schedule": {"window": null}})
    );
    let out = env.rime("pl schedule clear nightly-sales").run().ok();
    out.stderr_has("pipeline `nightly-sales` has no schedule; set one with `rime pipelines schedule set nightly-sales --cron CRON`")
        .stdout_lacks("AEDT");
    let p = env.rime("pl get nightly-sales -o json").run().ok().json();
    assert_eq!(p["schedule"], Value::Null);
    assert_eq!(p["version"], 2, "schedules are not versioned");
}
