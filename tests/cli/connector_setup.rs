//! `rime connectors schema` and `schedule`: selection sent as merge patches, previews across NZ daylight saving.

use serde_json::json;

use crate::connector_runs::rate;
use crate::connectors::{CONNECTOR, conn, create_pg, env};

const SCHEMA: &str = "/api/v1/projects/{project_id}/connectors/{connector_id}/schema";

#[test]
fn schema_show_lists_tables_or_columns() {
    let env = env();
    let tables = conn(&env, "schema show orders-db").run().ok();
    let lines: Vec<&str> = tables.stdout.lines().collect();
    assert_eq!(lines[0], "TABLE\tSELECTED\tCOLUMNS\tEXCLUDED\tROWS");
    assert_eq!(lines[1], "customers\ttrue\t7\t\t");
    let cols = conn(&env, "schema show orders-db --columns").run().ok();
    assert!(
        cols.stdout
            .starts_with("TABLE\tCOLUMN\tSOURCE TYPE\tSNOWFLAKE TYPE\tNULLABLE\tSELECTED\n")
    );
    cols.stdout_has("orders\ttotal_amount\tnumeric(12,2)\tNUMBER(12,2)\ttrue\ttrue\n");
    let json = conn(&env, "schema show store-targets -o json")
        .run()
        .ok()
        .json();
    assert_eq!(json["tables"][0]["name"], "store_targets");
    assert_eq!(json["tables"][0]["row_count"], 48);
}

#[test]
fn select_and_deselect_send_one_patch_and_apply_from_the_next_sync() {
    let env = env();
    create_pg(&env, "orders", "db.internal");
    let out = conn(
        &env,
        "schema deselect orders payments inventory --exclude-column customers.email",
    )
    .run()
    .ok();
    out.stderr_has("deselected in the schema of `orders`");
    out.stdout_has("customers\ttrue\t7\temail\t");
    out.stdout_has("payments\tfalse\t");
    let patch = env.requests("PATCH", SCHEMA).pop().unwrap().body.unwrap();
    assert_eq!(
        patch,
        json!({"tables": [{"name": "payments", "selected": false}, {"name": "inventory", "selected": false},
                          {"name": "customers", "columns": [{"name": "email", "selected": false}]}]})
    );
    let run = conn(&env, "sync orders -o json").run().ok().json();
    let names: Vec<&str> = run["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["customers", "orders", "order_items", "products"]);
    let sel = conn(
        &env,
        "schema select orders payments --include-column customers.email -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(sel["tables"][4]["selected"], true);
    let out = conn(
        &env,
        "schema select orders ledger --include-column orders.colour",
    )
    .run()
    .code(7);
    out.stderr_has("  - tables[0].name: no table 'ledger' in the discovered schema");
    out.stderr_has("  - tables[1].columns[0].name: no column 'colour' in table 'orders'");
    let json = conn(
        &env,
        "schema deselect orders --exclude-column orders.status -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(
        json["tables"][1]["columns"][2],
        json!({"name": "status", "source_type": "character varying(255)",
               "snowflake_type": "VARCHAR(255)", "nullable": true, "selected": false})
    );
    conn(&env, "schema deselect orders")
        .run()
        .code(2)
        .stderr_has("name at least one table");
    conn(&env, "schema deselect orders --exclude-column nodot")
        .run()
        .code(2)
        .stderr_has("TABLE.COLUMN");
}

#[test]
fn refresh_waits_for_rediscovery() {
    let env = env();
    let started = conn(&env, "schema refresh weather-api -o json")
        .run()
        .ok()
        .json();
    assert_eq!(started["status"], "refreshing");
    conn(&env, "schema refresh weather-api")
        .run()
        .code(6)
        .stderr_has("already in progress");
    rate(&env, 60.0);
    let done = conn(&env, "schema refresh store-targets --wait -o json")
        .run()
        .ok();
    assert_eq!(done.json()["status"], "ready");
    done.stderr_has("refreshing the schema of `store-targets`");
}

#[test]
fn schedule_preview_crosses_the_end_of_nz_daylight_saving() {
    let env = env();
    // Hand-checked: NZDT (+13) ends 2027-04-04 03:00 → 02:00 NZST (+12). 02:30 on 4 April happens
    // twice and fires once, at the first (NZDT) instant; the next Sunday is NZST.
    let out = conn(
        &env,
        "schedule set orders-db --cron '30 2 * * 0' --timezone Pacific/Auckland --dry-run --from 2027-03-20T00:00:00Z",
    )
    .run()
    .ok();
    assert_eq!(
        out.stdout,
        "LOCAL TIME\tUTC\n\
         Sun 2027-03-21 02:30 NZDT (+13:00)\t2027-03-20T13:30:00Z\n\
         Sun 2027-03-28 02:30 NZDT (+13:00)\t2027-03-27T13:30:00Z\n\
         Sun 2027-04-04 02:30 NZDT (+13:00)\t2027-04-03T13:30:00Z\n\
         Sun 2027-04-11 02:30 NZST (+12:00)\t2027-04-10T14:30:00Z\n\
         Sun 2027-04-18 02:30 NZST (+12:00)\t2027-04-17T14:30:00Z\n"
    );
    // Spring forward, 2026-09-27: 02:30 does not exist and fires at 03:00 NZDT.
    let json = conn(
        &env,
        "schedule set orders-db --cron '30 2 * * 0' --dry-run --from 2026-09-12T00:00:00Z -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(json["timezone"], "Pacific/Auckland", "the connector's zone");
    assert_eq!(
        json["next_runs"][2],
        json!({"at": "2026-09-26T14:00:00Z", "local": "2026-09-27T03:00:00+13:00", "display": "Sun 2026-09-27 03:00 NZDT (+13:00)"})
    );
    assert!(
        env.requests("PATCH", CONNECTOR).is_empty(),
        "a dry run changes nothing"
    );
}

#[test]
fn schedule_set_previews_then_saves_when_not_interactive() {
    let env = env();
    create_pg(&env, "orders", "db.internal");
    let out = conn(&env, "schedule set orders --cron '0 2 * * *' -o json")
        .run()
        .ok();
    out.stderr_has("next 5 runs of `0 2 * * *` in Pacific/Auckland:");
    assert!(out.stderr.matches(" NZ").count() >= 5, "{}", out.stderr);
    let c = out.json();
    assert_eq!(
        c["next_run_at"], "2026-11-28T13:00:00Z",
        "02:00 NZDT, on the sandbox clock"
    );
    out.stderr_has("next run: Sun 2026-11-29 02:00 NZDT (+13:00) (2026-11-28T13:00:00Z)");
    assert_eq!(
        env.requests("PATCH", CONNECTOR)
            .pop()
            .unwrap()
            .body
            .unwrap(),
        json!({"schedule": {"cron": "0 2 * * *", "timezone": "Pacific/Auckland", "enabled": true}})
    );
    let paused = conn(&env, "schedule pause orders -o json")
        .run()
        .ok()
        .json();
    assert_eq!(
        (paused["status"].as_str(), paused["next_run_at"].is_null()),
        (Some("paused"), true)
    );
    let list = conn(&env, "list --status paused").run().ok();
    list.stdout_has("orders\tpostgresql\tpaused\t0 2 * * *");
    let resumed = conn(&env, "schedule resume orders -o json").run().ok();
    assert_eq!(resumed.json()["status"], "active");
    resumed.stderr_has("next run: Sun 2026-11-29 02:00 NZDT");
    let cleared = conn(&env, "schedule clear orders -o json")
        .run()
        .ok()
        .json();
    assert!(cleared["schedule"].is_null() && cleared["next_run_at"].is_null());
    conn(&env, "schedule pause orders")
        .run()
        .code(2)
        .stderr_has("has no schedule");

    let patches = env.requests("PATCH", CONNECTOR).len();
    conn(&env, "schedule set orders --cron '0 25 * * *'")
        .run()
        .code(2)
        .stderr_has("invalid cron expression `0 25 * * *`: field 2 (hour)");
    conn(&env, "schedule set orders --cron '0 2 * * *|0 3 * * *'")
        .run()
        .code(2)
        .stderr_has("no `|`");
    conn(
        &env,
        "schedule set orders --cron '0 2 * * *' --timezone Mars/Base",
    )
    .run()
    .code(2)
    .stderr_has("IANA");
    conn(&env, "schedule set orders --cron '0 2 * * *' --from soon")
        .run()
        .code(2);
    assert_eq!(
        env.requests("PATCH", CONNECTOR).len(),
        patches,
        "nothing saved"
    );
}
