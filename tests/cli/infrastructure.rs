//! `rime infra` against the sandbox: desired state, plan preview, apply with confirmation and
//! progress, stale plans, failures, detailed exit codes, drift, names and ids, bad input.

use serde_json::{Value, json};

use crate::common::{Env, Out};

const APPLY_ROUTE: &str = "/api/v1/projects/{project_id}/infrastructure/apply";
const PLAN_ROUTE: &str = "/api/v1/projects/{project_id}/infrastructure/plan";

/// `rime <args> -p demo`.
fn infra(env: &Env, args: &[&str]) -> Out {
    let mut all = args.to_vec();
    all.extend(["-p", "demo"]);
    env.rime(&all).run()
}

/// Lets the sandbox clock run (100 simulated seconds per real second) so `--wait` finishes.
fn run_clock(env: &Env) {
    env.control("POST", "/clock", json!({"rate": 100}));
}

fn resource(env: &Env, name: &str) -> Value {
    infra(env, &["infra", "get", name, "-o", "json"])
        .ok()
        .json()
}

#[test]
fn create_plan_apply_makes_the_resource_active() {
    let env = Env::new();
    let created = infra(
        &env,
        &[
            "infra",
            "create",
            "--type",
            "snowflake_warehouse",
            "--name",
            "adhoc_wh",
            "--config",
            "size=small",
            "--config",
            "auto_suspend_seconds=120",
            "--config",
            "auto_resume=false",
            "-o",
            "json",
        ],
    )
    .ok();
    let wh = created.json();
    assert_eq!(wh["name"], "ADHOC_WH");
    assert_eq!(wh["status"], "pending_create");
    assert!(
        created
            .stderr
            .contains("created infrastructure resource `ADHOC_WH`"),
        "{}",
        created.stderr
    );
    let post = env
        .requests("POST", "/api/v1/projects/{project_id}/infrastructure")
        .pop()
        .unwrap();
    assert_eq!(
        post.body.unwrap(),
        json!({"type": "snowflake_warehouse", "name": "adhoc_wh", "config": {"size": "small", "auto_suspend_seconds": 120, "auto_resume": false}})
    );

    let plan = infra(&env, &["infra", "plan"]).ok();
    assert!(
        plan.stdout
            .contains("+ create snowflake_warehouse ADHOC_WH"),
        "{}",
        plan.stdout
    );
    assert!(
        plan.stdout.contains("auto_suspend_seconds: 120"),
        "{}",
        plan.stdout
    );
    assert!(
        plan.stdout
            .contains("~ modify snowflake_warehouse TRANSFORM_WH"),
        "{}",
        plan.stdout
    );
    assert!(
        plan.stdout
            .contains("Plan: 1 to create, 1 to modify, 0 to destroy."),
        "{}",
        plan.stdout
    );
    assert!(
        !plan.stdout.contains('\u{1b}'),
        "no colour when stdout is not a terminal"
    );
    assert!(
        plan.stderr.contains("rime infra apply --plan pln_"),
        "{}",
        plan.stderr
    );

    run_clock(&env);
    let applied = infra(&env, &["infra", "apply", "--yes", "--wait", "-o", "json"]).ok();
    let apply = applied.json();
    assert_eq!(apply["status"], "succeeded");
    let statuses: Vec<(&str, &str)> = apply["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["resource_name"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
            )
        })
        .collect();
    // Same dependency rank: the older resource goes first.
    assert_eq!(
        statuses,
        [("TRANSFORM_WH", "succeeded"), ("ADHOC_WH", "succeeded")]
    );
    // Per-resource progress: one stderr line per state change when stderr is not a terminal.
    assert!(
        applied
            .stderr
            .contains("✓ + snowflake_warehouse ADHOC_WH succeeded"),
        "{}",
        applied.stderr
    );
    assert!(
        applied
            .stderr
            .contains("✓ ~ snowflake_warehouse TRANSFORM_WH succeeded"),
        "{}",
        applied.stderr
    );
    assert!(
        applied.stderr.contains(": succeeded (2/2 done)"),
        "{}",
        applied.stderr
    );
    // Without a plan, apply planned first and applied exactly that plan.
    let plans = env.requests("POST", PLAN_ROUTE);
    assert_eq!(plans.len(), 2);
    let made = plans.last().unwrap().response.clone().unwrap();
    let sent = env.requests("POST", APPLY_ROUTE).pop().unwrap();
    assert_eq!(sent.body.unwrap(), json!({"plan_id": made["id"]}));

    let wh = resource(&env, "adhoc_wh");
    assert_eq!(wh["status"], "active");
    assert_eq!(wh["config"]["auto_suspend_seconds"], 120);
    let active = infra(&env, &["infra", "list", "--status", "active", "-o", "json"])
        .ok()
        .json();
    assert_eq!(active.as_array().unwrap().len(), 8);
    let listed = infra(&env, &["infra", "applies", "list", "-o", "json"])
        .ok()
        .json();
    assert_eq!(listed[0]["id"], apply["id"]);
    let one = infra(
        &env,
        &[
            "infra",
            "applies",
            "get",
            apply["id"].as_str().unwrap(),
            "-o",
            "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(one["results"].as_array().unwrap().len(), 2);
    let table = infra(
        &env,
        &["infra", "applies", "get", apply["id"].as_str().unwrap()],
    )
    .ok();
    assert!(
        table
            .stdout
            .starts_with("CHANGE\tTYPE\tNAME\tSTATUS\tERROR\n"),
        "{}",
        table.stdout
    );
    assert!(
        table
            .stdout
            .contains("create\tsnowflake_warehouse\tADHOC_WH\tsucceeded\t\n"),
        "{}",
        table.stdout
    );
    assert!(
        table.stderr.contains(": succeeded (2/2 done)"),
        "{}",
        table.stderr
    );
    let none = infra(&env, &["infra", "plan"]).ok();
    assert!(none.stdout.contains("No changes."), "{}", none.stdout);
    let nothing = infra(&env, &["infra", "apply", "--yes"]).ok();
    assert!(
        nothing.stderr.contains("nothing to apply"),
        "{}",
        nothing.stderr
    );
    assert_eq!(
        env.requests("POST", APPLY_ROUTE).len(),
        1,
        "nothing to apply, no apply"
    );
}

#[test]
fn modify_shows_a_field_diff_and_json_outputs_parse() {
    let env = Env::new();
    let updated = infra(
        &env,
        &[
            "infra",
            "update",
            "raw",
            "--config",
            "data_retention_days=14",
            "--config",
            "comment=null",
            "-o",
            "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(updated["status"], "pending_update");
    assert_eq!(updated["config"]["data_retention_days"], 14);
    let patch = env
        .requests(
            "PATCH",
            "/api/v1/projects/{project_id}/infrastructure/{resource_id}",
        )
        .pop()
        .unwrap();
    assert_eq!(
        patch.body.unwrap(),
        json!({"config": {"data_retention_days": 14, "comment": null}})
    );
    let plan = infra(&env, &["infra", "plan"]).ok();
    assert!(
        plan.stdout.contains("~ modify snowflake_database RAW"),
        "{}",
        plan.stdout
    );
    assert!(
        plan.stdout.contains("data_retention_days: 7 → 14"),
        "{}",
        plan.stdout
    );
    assert!(
        plan.stdout
            .contains("comment:             \"Landing zone for connector loads\" → null"),
        "{}",
        plan.stdout
    );
    assert!(
        plan.stdout.contains("size: \"small\" → \"medium\""),
        "{}",
        plan.stdout
    );

    let json_plan = infra(&env, &["infra", "plan", "-o", "json"]).ok().json();
    assert_eq!(
        json_plan["summary"],
        json!({"create": 0, "modify": 2, "destroy": 0})
    );
    assert_eq!(json_plan["status"], "ready");
    let changes = infra(&env, &["infra", "changes", "-o", "json"]).ok().json();
    assert_eq!(changes.as_array().unwrap().len(), 2);
    assert_eq!(
        changes[0]["diff"]["data_retention_days"],
        json!({"from": 7, "to": 14})
    );
    let table = infra(&env, &["infra", "changes"]).ok();
    assert!(
        table
            .stdout
            .contains("modify\tsnowflake_database\tRAW\tChange comment, data_retention_days."),
        "{}",
        table.stdout
    );
    let types = infra(&env, &["infra", "types", "-o", "json"]).ok().json();
    assert_eq!(types.as_array().unwrap().len(), 11);
    let wh = infra(
        &env,
        &["infra", "types", "snowflake_warehouse", "-o", "json"],
    )
    .ok()
    .json();
    assert_eq!(wh["config_keys"][0], "size");
    let keys = infra(&env, &["infra", "types", "snowflake_database"]).ok();
    assert!(
        keys.stdout
            .contains("data_retention_days\tinteger\tfalse\t1\t0 to 90"),
        "{}",
        keys.stdout
    );
    infra(&env, &["infra", "types", "oracle_table"])
        .code(5)
        .stderr_has("rime infra types");
    let ndjson = infra(
        &env,
        &[
            "infra",
            "list",
            "--type",
            "snowflake_database",
            "-o",
            "ndjson",
        ],
    )
    .ok()
    .ndjson();
    assert_eq!(ndjson.len(), 2);
    let jq = infra(&env, &["infra", "list", "--jq", "map(.name) | join(\",\")"]).ok();
    assert_eq!(
        jq.stdout.trim(),
        "TRANSFORMER,RAW,ANALYTICS,TRANSFORM_WH,TRANSFORMER_ON_ANALYTICS,demo-landing-events,demo-landing"
    );
}

#[test]
fn destroy_marks_then_apply_removes() {
    let env = Env::new();
    infra(&env, &["infra", "delete", "demo-landing-events"])
        .code(2)
        .stderr_has("--yes");
    assert!(
        env.requests(
            "DELETE",
            "/api/v1/projects/{project_id}/infrastructure/{resource_id}"
        )
        .is_empty()
    );
    let marked = infra(
        &env,
        &[
            "infra",
            "delete",
            "aws_sns_topic/demo-landing-events",
            "--yes",
            "-o",
            "json",
        ],
    )
    .ok();
    assert_eq!(marked.json()["status"], "pending_delete");
    assert!(
        marked
            .stderr
            .contains("marked aws_sns_topic demo-landing-events (inf_"),
        "{}",
        marked.stderr
    );
    let plan = infra(&env, &["infra", "plan"]).ok();
    assert!(
        plan.stdout
            .contains("- destroy aws_sns_topic demo-landing-events"),
        "{}",
        plan.stdout
    );
    assert!(
        plan.stdout
            .contains("Plan: 0 to create, 1 to modify, 1 to destroy."),
        "{}",
        plan.stdout
    );
    run_clock(&env);
    infra(&env, &["infra", "apply", "--yes", "--wait"]).ok();
    infra(&env, &["infra", "get", "demo-landing-events"])
        .code(5)
        .stderr_has("rime infra list");
    let left = infra(
        &env,
        &["infra", "list", "--type", "aws_sns_topic", "-o", "json"],
    )
    .ok()
    .json();
    assert_eq!(left, json!([]));
}

#[test]
fn a_stale_plan_is_refused_with_a_hint_to_plan_again() {
    let env = Env::new();
    let dir = env.dir.path().join("plan.json");
    let file = dir.to_str().unwrap();
    let saved = infra(&env, &["infra", "plan", "--out", file, "-o", "json"])
        .ok()
        .json();
    let on_disk: Value = serde_json::from_str(&std::fs::read_to_string(&dir).unwrap()).unwrap();
    assert_eq!(on_disk, saved);
    infra(
        &env,
        &["infra", "update", "TRANSFORM_WH", "--config", "size=large"],
    )
    .ok();
    let id = saved["id"].as_str().unwrap();
    for args in [["--plan", id], ["--plan-file", file]] {
        let out = infra(&env, &["infra", "apply", args[0], args[1], "--yes"]).code(6);
        assert!(out.stderr.contains("stale"), "{}", out.stderr);
        assert!(
            out.stderr.contains("hint: run `rime infra plan` again"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(
        env.requests("POST", APPLY_ROUTE)
            .iter()
            .filter(|e| e.status == 409)
            .count(),
        2
    );
    assert!(
        infra(&env, &["infra", "applies", "list", "-o", "json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .is_empty()
    );
    // A fresh plan applies; applying it a second time is refused the same way.
    let fresh = infra(&env, &["infra", "plan", "-o", "json"]).ok().json();
    let fid = fresh["id"].as_str().unwrap();
    infra(&env, &["infra", "apply", "--plan", fid, "--yes"]).ok();
    infra(&env, &["infra", "apply", "--plan", fid, "--yes"])
        .code(6)
        .stderr_has("already applied");
}

#[test]
fn apply_without_a_terminal_needs_yes_and_changes_nothing() {
    let env = Env::new();
    let out = infra(&env, &["infra", "apply"]).code(2);
    assert!(
        out.stderr
            .contains("refusing to apply without confirmation"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    infra(&env, &["infra", "apply", "--plan", "pln_x"]).code(2);
    assert!(
        env.requests("POST", APPLY_ROUTE).is_empty(),
        "no apply request"
    );
    assert!(
        env.requests("POST", PLAN_ROUTE).is_empty(),
        "not even a plan"
    );
    assert_eq!(resource(&env, "TRANSFORM_WH")["status"], "pending_update");
}

#[test]
fn a_failing_resource_exits_9_naming_it() {
    let env = Env::new();
    infra(
        &env,
        &[
            "infra",
            "create",
            "--type",
            "snowflake_database",
            "--name",
            "BROKEN_FAILS",
        ],
    )
    .ok();
    run_clock(&env);
    let out = infra(&env, &["infra", "apply", "--yes", "--wait"]).code(9);
    assert!(out.stderr.contains("error: apply apl_"), "{}", out.stderr);
    assert!(
        out.stderr.contains("failed: 1 of 2 changes failed"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("  - snowflake_database BROKEN_FAILS: Snowflake rejected the create"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout
            .contains("create\tsnowflake_database\tBROKEN_FAILS\tfailed"),
        "{}",
        out.stdout
    );
    let broken = resource(&env, "broken_fails");
    assert_eq!(broken["status"], "failed");
    assert!(broken["last_error"].as_str().unwrap().contains("FAILS"));
    let id = infra(&env, &["infra", "applies", "list", "-o", "json"])
        .ok()
        .json()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    infra(&env, &["infra", "applies", "watch", &id])
        .code(9)
        .stderr_has("BROKEN_FAILS");
    infra(&env, &["infra", "applies", "get", "apl_nope"])
        .code(5)
        .stderr_has("rime infra applies list");
}

#[test]
fn detailed_exitcode_is_10_with_changes_and_0_without() {
    let env = Env::new();
    let out = infra(&env, &["infra", "plan", "--detailed-exitcode"]).code(10);
    assert!(
        out.stdout
            .contains("Plan: 0 to create, 1 to modify, 0 to destroy."),
        "{}",
        out.stdout
    );
    assert!(
        !out.stderr.contains("error"),
        "exit 10 is not an error: {}",
        out.stderr
    );
    run_clock(&env);
    infra(&env, &["infra", "apply", "--yes", "--wait"]).ok();
    let out = infra(
        &env,
        &["infra", "plan", "--detailed-exitcode", "-o", "json"],
    )
    .code(0);
    assert_eq!(
        out.json()["summary"],
        json!({"create": 0, "modify": 0, "destroy": 0})
    );
}

#[test]
fn drift_shows_after_an_out_of_band_change() {
    let env = Env::new();
    env.control(
        "POST",
        "/infrastructure/drift",
        json!({"project": "demo", "drift_type": "configuration_changed", "resource": "ANALYTICS", "config": {"data_retention_days": 1}}),
    );
    env.control(
        "POST",
        "/infrastructure/drift",
        json!({"project": "demo", "drift_type": "added_outside", "resource_type": "snowflake_database", "name": "SCRATCH"}),
    );
    let before = infra(&env, &["infra", "drift", "-o", "json"]).ok().json();
    assert_eq!(before, json!([]), "not seen before a reconciliation");
    run_clock(&env);
    let checked = infra(&env, &["infra", "drift", "check", "--wait", "-o", "json"]).ok();
    let check = checked.json();
    assert_eq!(check["status"], "completed");
    assert_eq!(check["drift_detected"], 2);
    assert!(
        checked.stderr.contains("(2 drift items found)"),
        "{}",
        checked.stderr
    );
    let items = infra(&env, &["infra", "drift", "-o", "json"]).ok().json();
    assert_eq!(items[0]["drift_type"], "configuration_changed");
    assert_eq!(items[0]["resource_name"], "ANALYTICS");
    assert_eq!(
        items[0]["diff"],
        json!({"data_retention_days": {"from": 30, "to": 1}})
    );
    assert_eq!(items[1]["drift_type"], "added_outside");
    let table = infra(&env, &["infra", "drift"]).ok();
    assert!(
        table
            .stdout
            .starts_with("DRIFT\tTYPE\tNAME\tDETECTED\tDETAILS\n"),
        "{}",
        table.stdout
    );
    assert!(
        table
            .stdout
            .contains("configuration_changed\tsnowflake_database\tANALYTICS\t"),
        "{}",
        table.stdout
    );
    assert_eq!(resource(&env, "ANALYTICS")["status"], "drifted");
    let drifted = infra(&env, &["infra", "list", "--status", "drifted"]).ok();
    assert!(
        drifted
            .stdout
            .contains("ANALYTICS\tsnowflake_database\tdrifted"),
        "{}",
        drifted.stdout
    );
    let plan = infra(&env, &["infra", "plan", "--detailed-exitcode"]).code(10);
    assert!(
        plan.stdout
            .contains("Revert changes made outside Rime: data_retention_days."),
        "{}",
        plan.stdout
    );
    assert!(
        plan.stdout.contains("data_retention_days: 1 → 30"),
        "{}",
        plan.stdout
    );
    let started = infra(&env, &["infra", "drift", "check", "-o", "json"]).ok();
    assert_eq!(started.json()["status"], "running");
    infra(&env, &["infra", "drift", "check"])
        .code(6)
        .stderr_has("already running");
}

#[test]
fn validation_errors_name_the_config_keys_and_exit_7() {
    let env = Env::new();
    let out = infra(
        &env,
        &[
            "infra",
            "create",
            "--type",
            "snowflake_database",
            "--name",
            "x",
            "--config",
            "data_retention_days=91",
        ],
    )
    .code(7);
    assert!(
        out.stderr
            .contains("  - config.data_retention_days: must be between 0 and 90"),
        "{}",
        out.stderr
    );
    let out = infra(
        &env,
        &[
            "infra",
            "create",
            "--type",
            "snowflake_warehouse",
            "--name",
            "x",
            "--config",
            "size=enormous",
            "--config",
            "colour=blue",
        ],
    )
    .code(7);
    assert!(
        out.stderr
            .contains("  - config.size: must be one of: x-small, small"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("  - config.colour: is not a config key of snowflake_warehouse"),
        "{}",
        out.stderr
    );
    infra(
        &env,
        &[
            "infra",
            "update",
            "TRANSFORM_WH",
            "--config",
            "min_cluster_count=3",
        ],
    )
    .code(7)
    .stderr_has("config.min_cluster_count: must not exceed max_cluster_count (1)");
    infra(
        &env,
        &[
            "infra",
            "create",
            "--type",
            "snowflake_database",
            "--name",
            "RAW",
        ],
    )
    .code(6)
    .stderr_has("already exists");
    assert_eq!(
        infra(&env, &["infra", "list", "-o", "json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        7
    );
}

#[test]
fn resources_are_found_by_name_type_and_name_or_id() {
    let env = Env::new();
    let by_name = resource(&env, "TRANSFORM_WH");
    let id = by_name["id"].as_str().unwrap();
    assert_eq!(
        resource(&env, "transform_wh")["id"],
        id,
        "Snowflake names as typed in lower case"
    );
    assert_eq!(resource(&env, "snowflake_warehouse/TRANSFORM_WH")["id"], id);
    assert_eq!(resource(&env, id)["name"], "TRANSFORM_WH");
    // Two types may share a name: the bare name is then ambiguous.
    infra(
        &env,
        &[
            "infra",
            "create",
            "--type",
            "snowflake_role",
            "--name",
            "RAW",
        ],
    )
    .ok();
    infra(&env, &["infra", "get", "RAW"])
        .code(2)
        .stderr_has("snowflake_database/RAW or snowflake_role/RAW");
    assert_eq!(
        resource(&env, "snowflake_role/raw")["type"],
        "snowflake_role"
    );
    infra(&env, &["infra", "get", "nothing-here"])
        .code(5)
        .stderr_has("no infrastructure resource named or with id `nothing-here`");
    infra(&env, &["infra", "get", "inf_01NOPE"]).code(5);
    let yaml = infra(&env, &["infra", "get", id, "-o", "yaml"]).ok();
    assert!(
        yaml.stdout.contains("name: TRANSFORM_WH"),
        "{}",
        yaml.stdout
    );
}

#[test]
fn bad_flags_and_files_exit_2() {
    let env = Env::new();
    infra(&env, &["infra", "create", "--name", "X"])
        .code(2)
        .stderr_has("give --type and --name");
    infra(
        &env,
        &[
            "infra",
            "create",
            "--type",
            "snowflake_role",
            "--name",
            "X",
            "--config",
            "novalue",
        ],
    )
    .code(2)
    .stderr_has("is not key=value");
    infra(&env, &["infra", "update", "RAW"])
        .code(2)
        .stderr_has("nothing to update");
    infra(
        &env,
        &["infra", "apply", "--plan", "a", "--plan-file", "b", "--yes"],
    )
    .code(2);
    let bad = env.dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"not": "a plan"}"#).unwrap();
    infra(
        &env,
        &[
            "infra",
            "apply",
            "--plan-file",
            bad.to_str().unwrap(),
            "--yes",
        ],
    )
    .code(2)
    .stderr_has("not a plan saved by `rime infra plan --out`");
    infra(
        &env,
        &[
            "infra",
            "apply",
            "--plan-file",
            "/nonexistent/plan.json",
            "--yes",
        ],
    )
    .code(2)
    .stderr_has("cannot read it");
    infra(
        &env,
        &["infra", "plan", "--out", "/nonexistent/dir/plan.json"],
    )
    .code(2)
    .stderr_has("cannot save the plan");
    infra(&env, &["infra", "apply", "--plan", "pln_nope", "--yes"])
        .code(5)
        .stderr_has("rime infra plan");
    infra(&env, &["infra", "drift", "check", "--bogus"]).code(2);
    assert!(env.requests("POST", APPLY_ROUTE).is_empty());
    // A body file works for create, with --config on top.
    let file = env.dir.path().join("db.yaml");
    std::fs::write(
        &file,
        "type: snowflake_database\nname: finance\nconfig:\n  comment: Finance marts\n",
    )
    .unwrap();
    let made = infra(
        &env,
        &[
            "infra",
            "create",
            "--from-file",
            file.to_str().unwrap(),
            "--config",
            "data_retention_days=3",
            "-o",
            "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(
        made["config"],
        json!({"comment": "Finance marts", "data_retention_days": 3})
    );
}

#[test]
fn server_text_in_the_plan_is_made_terminal_safe() {
    let env = Env::new();
    infra(
        &env,
        &[
            "infra",
            "create",
            "--type",
            "snowflake_database",
            "--name",
            "EVIL",
            "--config",
            "comment=hi\u{202e}txt.exe\u{7}",
        ],
    )
    .ok();
    let plan = infra(&env, &["infra", "plan"]).ok();
    assert!(
        !plan.stdout.contains('\u{202e}') && !plan.stdout.contains('\u{7}'),
        "{:?}",
        plan.stdout
    );
    assert!(plan.stdout.contains("comment:"), "{}", plan.stdout);
    let json = infra(&env, &["infra", "plan", "-o", "json"]).ok().json();
    assert_eq!(
        json["changes"][0]["diff"]["comment"]["to"], "hi\u{202e}txt.exe\u{7}",
        "JSON keeps the exact data"
    );
}

/// Runs rime under `script`, which gives it a pseudo-terminal, and types `answer` at the prompt.
#[cfg(target_os = "linux")]
fn on_a_terminal(env: &Env, args: &[&str], answer: &str) -> Out {
    let mut all = vec![crate::common::BIN.to_string()];
    all.extend(args.iter().map(|a| a.to_string()));
    all.extend(["-p".into(), "demo".into(), "--color".into(), "never".into()]);
    let line = all.join(" ");
    let inner = env.rime(&[]).command();
    let mut cmd = std::process::Command::new("script");
    cmd.env_clear()
        .envs(inner.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .args(["-qefc", &line, "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("`script` (util-linux) runs");
    use std::io::Write;
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(format!("{answer}\n").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    Out {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

#[cfg(target_os = "linux")]
#[test]
fn on_a_terminal_apply_shows_the_plan_and_needs_yes_typed() {
    let env = Env::new();
    let declined = on_a_terminal(&env, &["infra", "apply"], "y");
    assert_eq!(declined.code, 1, "{declined:?}");
    assert!(
        declined
            .stdout
            .contains("~ modify snowflake_warehouse TRANSFORM_WH"),
        "{}",
        declined.stdout
    );
    assert!(
        declined.stdout.contains("Type yes to confirm:"),
        "{}",
        declined.stdout
    );
    assert!(
        declined
            .stdout
            .contains("apply cancelled; nothing was changed"),
        "{}",
        declined.stdout
    );
    assert!(env.requests("POST", APPLY_ROUTE).is_empty());
    let accepted = on_a_terminal(&env, &["infra", "apply"], "yes");
    assert_eq!(accepted.code, 0, "{accepted:?}");
    assert!(
        accepted.stdout.contains("apply apl_"),
        "{}",
        accepted.stdout
    );
    assert_eq!(env.requests("POST", APPLY_ROUTE).len(), 1);
}

#[test]
fn apply_wait_follows_each_resource_as_the_clock_moves() {
    let env = Env::new();
    infra(
        &env,
        &[
            "infra",
            "create",
            "--type",
            "snowflake_warehouse",
            "--name",
            "ADHOC_WH",
        ],
    )
    .ok();
    let mut child = env
        .rime(&["infra", "apply", "--yes", "--wait", "-p", "demo"])
        .command()
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The clock is frozen: it moves 3 s after each poll the CLI makes, so every poll sees a
    // known moment (the modify takes 5 s, the create 10 s).
    let polls = || {
        env.requests(
            "GET",
            "/api/v1/projects/{project_id}/infrastructure/applies/{apply_id}",
        )
        .len()
    };
    let mut seen = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "apply --wait did not finish"
        );
        let now = polls();
        if now > seen {
            seen = now;
            env.sb.advance(3);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("snowflake_warehouse") && !l.starts_with(' '))
        .collect();
    assert_eq!(
        lines,
        [
            "▶ ~ snowflake_warehouse TRANSFORM_WH applying",
            "· + snowflake_warehouse ADHOC_WH pending",
            "✓ ~ snowflake_warehouse TRANSFORM_WH succeeded",
            "▶ + snowflake_warehouse ADHOC_WH applying",
            "✓ + snowflake_warehouse ADHOC_WH succeeded",
        ],
        "{stderr}"
    );
    assert_eq!(polls(), 6, "polls at 0, 3, 6, 9, 12 and 15 s");
}
