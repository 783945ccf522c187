//! Transformations: create, get, list, update, delete; the fixed methodology; tiers; roles; names.

use serde_json::json;

use super::{last_body, tf};
use crate::common::Env;

const ONE: &str = "/projects/{project_id}/transformations/{transformation_id}";

#[test]
fn create_get_list_update_delete() {
    let env = Env::new();
    let out = tf(
        &env,
        "tf create --name orders --description 'Order facts' -o json",
    )
    .ok();
    let t = out.json();
    assert_eq!(
        (&t["name"], &t["methodology"], &t["model_count"]),
        (&json!("orders"), &json!("kimball"), &json!(0))
    );
    assert!(t["last_run"].is_null());
    out.stderr_has("created transformation `orders`");
    assert_eq!(
        last_body(&env, "POST", "/projects/{project_id}/transformations"),
        json!({"name": "orders", "description": "Order facts"})
    );
    let id = t["id"].as_str().unwrap().to_string();
    for key in ["orders", id.as_str()] {
        let got = tf(&env, format!("transformations get '{key}' -o json"))
            .ok()
            .json();
        assert_eq!(got["id"], id.as_str());
    }
    let list = tf(&env, "tf list").ok();
    let lines: Vec<&str> = list.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "NAME\tMETHODOLOGY\tMODELS\tLAST RUN\tDESCRIPTION\tCREATED\tID"
    );
    assert!(
        lines[1].starts_with("retail_sales\tkimball\t9\tsucceeded\t"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("crm_vault\tdata_vault\t8\t\t"),
        "{}",
        lines[2]
    );
    assert!(
        lines[3].starts_with("orders\tkimball\t0\t\tOrder facts\t"),
        "{}",
        lines[3]
    );
    let names: Vec<String> = tf(&env, "tf ls -o json")
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["retail_sales", "crm_vault", "orders"]);

    let out = tf(
        &env,
        "tf update orders --name order_facts --description Orders -o json",
    )
    .ok();
    assert_eq!(out.json()["name"], "order_facts");
    out.stderr_has("updated transformation `order_facts`");
    assert_eq!(
        last_body(&env, "PATCH", ONE),
        json!({"name": "order_facts", "description": "Orders"})
    );
    tf(&env, "tf update order_facts")
        .code(2)
        .stderr_has("nothing to update");

    tf(&env, "tf delete order_facts")
        .code(2)
        .stderr_has("--yes");
    assert!(env.requests("DELETE", &format!("/api/v1{ONE}")).is_empty());
    tf(&env, "tf rm order_facts --yes")
        .ok()
        .stderr_has("deleted transformation `order_facts`");
    tf(&env, format!("tf get {id}"))
        .code(5)
        .stderr_has("rime transformations list");
    tf(&env, "tf get nope")
        .code(5)
        .stderr_has("no transformation named or with id `nope`");
}

#[test]
fn the_methodology_is_fixed_at_creation() {
    let env = Env::new();
    tf(
        &env,
        "tf update retail_sales --set methodology=data_vault",
    )
    .code(7)
    .stderr_has(
        "methodology: is fixed at creation (kimball); create a new transformation to use another",
    );
    let same = tf(
        &env,
        "tf update retail_sales --set methodology=kimball -o json",
    )
    .ok();
    assert_eq!(same.json()["methodology"], "kimball");
    tf(&env, "tf create --name x --methodology inmon")
        .code(2)
        .stderr_has("possible values: kimball, data_vault");
    tf(&env, "tf create --name x --set methodology=inmon")
        .code(7)
        .stderr_has("methodology: must be one of: kimball, data_vault");
}

#[test]
fn data_vault_needs_the_business_tier() {
    let env = Env::new();
    let v = tf(
        &env,
        "tf create --name vault --methodology data_vault -o json",
    )
    .ok()
    .json();
    assert_eq!(v["methodology"], "data_vault");
    env.control("PUT", "/tenant", json!({"tier": "small_business"}));
    tf(&env, "tf create --name vault2 --methodology data_vault")
        .code(4)
        .stderr_has("Data Vault transformations need the business tier or above; this tenant is on the small_business tier.");
    tf(&env, "tf create --name kimball2").ok();
    // Only creation is gated: an existing Data Vault keeps working.
    super::model(&env, "vault", "stg_x", "staging", &["raw.x"], &[]);
}

#[test]
fn names_clash_and_roles_are_enforced() {
    let env = Env::new();
    tf(&env, "tf create --name retail_sales")
        .code(6)
        .stderr_has("A transformation named 'retail_sales' already exists.");
    tf(&env, "tf create --set colour=blue")
        .code(7)
        .stderr_has("name: is required")
        .stderr_has("colour: is not a known field");
    env.login("viewer@sandbox.rime.test", "correct-horse-viewer");
    tf(&env, "tf create --name mine")
        .code(4)
        .stderr_has("The viewer role cannot change project resources.");
    let listed = tf(&env, "transformation list -o json").ok().json();
    assert_eq!(listed.as_array().unwrap().len(), 2, "viewers can read");
}

#[test]
fn a_transformation_with_a_running_run_cannot_be_deleted() {
    let env = Env::new();
    tf(&env, "tf run retail_sales").ok();
    tf(&env, "tf delete retail_sales --yes")
        .code(6)
        .stderr_has("still running; cancel it first");
    env.sb.advance(600);
    tf(&env, "tf delete retail_sales --yes").ok();
}
