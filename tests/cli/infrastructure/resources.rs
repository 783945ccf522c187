//! `infra list|get|create|update|delete|types|changes`: type rules, diffs, names and ids, bad input.

use serde_json::json;

use super::{APPLY_ROUTE, infra, resource, run_clock};
use crate::common::Env;

#[test]
fn modify_shows_a_field_diff_and_json_outputs_parse() {
    let env = Env::new();
    let updated = infra(
        &env,
        "infra update raw --config data_retention_days=14 --config comment=null -o json",
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
    let plan = infra(&env, "infra plan").ok();
    plan.stdout_has("~ modify snowflake_database RAW");
    plan.stdout_has("data_retention_days: 7 → 14");
    plan.stdout_has("comment:             \"Landing zone for connector loads\" → null");
    plan.stdout_has("size: \"small\" → \"medium\"");

    let json_plan = infra(&env, "infra plan -o json").ok().json();
    assert_eq!(
        json_plan["summary"],
        json!({"create": 0, "modify": 2, "destroy": 0})
    );
    assert_eq!(json_plan["status"], "ready");
    let changes = infra(&env, "infra changes -o json").ok().json();
    assert_eq!(changes.as_array().unwrap().len(), 2);
    assert_eq!(
        changes[0]["diff"]["data_retention_days"],
        json!({"from": 7, "to": 14})
    );
    let table = infra(&env, "infra changes").ok();
    table.stdout_has("modify\tsnowflake_database\tRAW\tChange comment, data_retention_days.");
    let types = infra(&env, "infra types -o json").ok().json();
    assert_eq!(types.as_array().unwrap().len(), 11);
    let wh = infra(&env, "infra types snowflake_warehouse -o json")
        .ok()
        .json();
    assert_eq!(wh["config_keys"][0], "size");
    let keys = infra(&env, "infra types snowflake_database").ok();
    keys.stdout_has("data_retention_days\tinteger\tfalse\t1\t0 to 90");
    infra(&env, "infra types oracle_table")
        .code(5)
        .stderr_has("rime infra types");
    let ndjson = infra(&env, "infra list --type snowflake_database -o ndjson")
        .ok()
        .ndjson();
    assert_eq!(ndjson.len(), 2);
    let jq = infra(&env, r#"infra list --jq 'map(.name) | join(",")'"#).ok();
    assert_eq!(
        jq.stdout.trim(),
        "TRANSFORMER,RAW,ANALYTICS,TRANSFORM_WH,TRANSFORMER_ON_ANALYTICS,demo-landing-events,demo-landing"
    );
}

#[test]
fn destroy_marks_then_apply_removes() {
    let env = Env::new();
    infra(&env, "infra delete demo-landing-events")
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
        "infra delete aws_sns_topic/demo-landing-events --yes -o json",
    )
    .ok();
    assert_eq!(marked.json()["status"], "pending_delete");
    marked.stderr_has("marked aws_sns_topic demo-landing-events (inf_");
    let plan = infra(&env, "infra plan").ok();
    plan.stdout_has("- destroy aws_sns_topic demo-landing-events");
    plan.stdout_has("Plan: 0 to create, 1 to modify, 1 to destroy.");
    run_clock(&env);
    // The seeded bucket still names the topic: --force says that is meant (see the next test).
    infra(&env, "infra apply --yes --force --wait").ok();
    infra(&env, "infra get demo-landing-events")
        .code(5)
        .stderr_has("rime infra list");
    let left = infra(&env, "infra list --type aws_sns_topic -o json")
        .ok()
        .json();
    assert_eq!(left, json!([]));
}

/// Issue 16, item 8: destroying a topic a kept bucket still names is warned in the plan and
/// refused by apply without --force; once the bucket stops naming it, apply goes ahead.
#[test]
fn a_destroyed_resource_still_named_is_warned_and_refused() {
    let env = Env::new();
    let dangling = "warning: aws_s3_bucket demo-landing still names aws_sns_topic \
                    demo-landing-events (notification_topic), which this plan destroys";
    infra(&env, "infra plan")
        .ok()
        .stderr_lacks("dangling")
        .stderr_lacks("still names");
    infra(&env, "infra delete demo-landing-events --yes").ok();
    infra(&env, "infra plan").ok().stderr_has(dangling);
    let refused = infra(&env, "infra apply --yes").code(2);
    refused.stderr_has(dangling);
    refused.stderr_has("error: refusing to apply");
    refused.stderr_has("1 dangling reference(s); nothing was applied");
    refused.stderr_has("pass --force");
    assert!(env.requests("POST", APPLY_ROUTE).is_empty());
    infra(
        &env,
        "infra update demo-landing --config notification_topic=null",
    )
    .ok();
    run_clock(&env);
    infra(&env, "infra apply --yes --wait")
        .ok()
        .stderr_lacks("still names");
    assert_eq!(env.requests("POST", APPLY_ROUTE).len(), 1);
}

#[test]
fn validation_errors_name_the_config_keys_and_exit_7() {
    let env = Env::new();
    let out = infra(
        &env,
        "infra create --type snowflake_database --name x --config data_retention_days=91",
    )
    .code(7);
    out.stderr_has("  - config.data_retention_days: must be between 0 and 90");
    let out = infra(
        &env,
        "infra create --type snowflake_warehouse --name x --config size=enormous --config colour=blue",
    )
    .code(7);
    out.stderr_has("  - config.size: must be one of: x-small, small");
    out.stderr_has("  - config.colour: is not a known field; valid keys: size,");
    infra(
        &env,
        "infra update TRANSFORM_WH --config min_cluster_count=3",
    )
    .code(7)
    .stderr_has("config.min_cluster_count: must not exceed max_cluster_count (1)");
    infra(&env, "infra create --type snowflake_database --name RAW")
        .code(6)
        .stderr_has("already exists");
    assert_eq!(
        infra(&env, "infra list -o json")
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
    infra(&env, "infra create --type snowflake_role --name RAW").ok();
    infra(&env, "infra get RAW")
        .code(2)
        .stderr_has("snowflake_database/RAW or snowflake_role/RAW");
    assert_eq!(
        resource(&env, "snowflake_role/raw")["type"],
        "snowflake_role"
    );
    infra(&env, "infra get nothing-here")
        .code(5)
        .stderr_has("no infrastructure resource named or with id `nothing-here`");
    infra(&env, "infra get inf_01NOPE").code(5);
    let yaml = infra(&env, format!("infra get {id} -o yaml")).ok();
    yaml.stdout_has("name: TRANSFORM_WH");
}

#[test]
fn bad_flags_and_files_exit_2() {
    let env = Env::new();
    infra(&env, "infra create --name X")
        .code(2)
        .stderr_has("give --type and --name");
    infra(
        &env,
        "infra create --type snowflake_role --name X --config novalue",
    )
    .code(2)
    .stderr_has("is not key=value");
    infra(&env, "infra update RAW")
        .code(2)
        .stderr_has("nothing to update");
    infra(&env, "infra apply --plan a --plan-file b --yes").code(2);
    let bad = env.dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"not": "a plan"}"#).unwrap();
    infra(
        &env,
        format!("infra apply --plan-file {} --yes", bad.display()),
    )
    .code(2)
    .stderr_has("not a plan saved by `rime infra plan --out`");
    infra(&env, "infra apply --plan-file /nonexistent/plan.json --yes")
        .code(2)
        .stderr_has("cannot read it");
    infra(&env, "infra plan --out /nonexistent/dir/plan.json")
        .code(2)
        .stderr_has("cannot save the plan");
    infra(&env, "infra apply --plan pln_nope --yes")
        .code(5)
        .stderr_has("rime infra plan");
    infra(&env, "infra drift check --bogus").code(2);
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
        format!(
            "infra create --from-file {} --config data_retention_days=3 -o json",
            file.display()
        ),
    )
    .ok()
    .json();
    assert_eq!(
        made["config"],
        json!({"comment": "Finance marts", "data_retention_days": 3})
    );
}

#[test]
fn refusals_from_the_api_keep_their_exit_codes() {
    let env = Env::new();
    infra(&env, "infra list --status sleeping")
        .code(7)
        .stderr_has("status: must be one of: pending_create");
    infra(&env, "infra delete RAW --yes").ok();
    infra(&env, "infra update RAW --config comment=late")
        .code(6)
        .stderr_has("pending deletion");
    env.login("viewer@sandbox.rime.test", "correct-horse-viewer");
    let listed = infra(&env, "infra list -o json").ok().json();
    assert_eq!(listed.as_array().unwrap().len(), 7, "viewers may read");
    infra(&env, "infra create --type snowflake_role --name R")
        .code(4)
        .stderr_has("viewer role cannot change project resources");
}
