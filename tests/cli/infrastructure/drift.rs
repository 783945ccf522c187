//! `infra drift` and `infra drift check`: drift made through the sandbox control shows after a check.

use serde_json::json;

use super::{infra, resource, run_clock};
use crate::common::Env;

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
    let before = infra(&env, "infra drift -o json").ok().json();
    assert_eq!(before, json!([]), "not seen before a reconciliation");
    run_clock(&env);
    let checked = infra(&env, "infra drift check --wait -o json").ok();
    let check = checked.json();
    assert_eq!(check["status"], "completed");
    assert_eq!(check["drift_detected"], 2);
    checked.stderr_has("(2 drift items found)");
    let items = infra(&env, "infra drift -o json").ok().json();
    assert_eq!(items[0]["drift_type"], "configuration_changed");
    assert_eq!(items[0]["resource_name"], "ANALYTICS");
    assert_eq!(
        items[0]["diff"],
        json!({"data_retention_days": {"from": 30, "to": 1}})
    );
    assert_eq!(items[1]["drift_type"], "added_outside");
    let table = infra(&env, "infra drift").ok();
    assert!(
        table
            .stdout
            .starts_with("DRIFT\tTYPE\tNAME\tDETECTED\tDETAILS\n"),
        "{}",
        table.stdout
    );
    table.stdout_has("configuration_changed\tsnowflake_database\tANALYTICS\t");
    assert_eq!(resource(&env, "ANALYTICS")["status"], "drifted");
    let drifted = infra(&env, "infra list --status drifted").ok();
    drifted.stdout_has("ANALYTICS\tsnowflake_database\tdrifted");
    let plan = infra(&env, "infra plan --detailed-exitcode").code(10);
    plan.stdout_has("Revert changes made outside Rime: data_retention_days.");
    plan.stdout_has("data_retention_days: 1 → 30");
    // Stop the clock so the started check is still running when the second one arrives, however
    // slowly this machine runs the two commands.
    env.control("POST", "/clock", json!({"rate": 0}));
    let started = infra(&env, "infra drift check -o json").ok();
    assert_eq!(started.json()["status"], "running");
    infra(&env, "infra drift check")
        .code(6)
        .stderr_has("already running");
}
