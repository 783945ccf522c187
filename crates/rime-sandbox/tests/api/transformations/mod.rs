//! Section 7: transformations — methodology and tier, model rules (400/422/409), cycles, simulated
//! runs (order, subsets, failures, cancel), lineage.

mod lineage;
mod models;
mod runs;

use serde_json::{Value, json};

use crate::support::*;

/// The documented simulation hash (FNV-1a, 32 bit).
pub fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

pub fn secs(name: &str) -> i64 {
    5 + i64::from(fnv1a(name) % 26)
}

pub fn rows(name: &str) -> u64 {
    100 * (1 + u64::from(fnv1a(name) >> 8) % 500)
}

pub struct Tf {
    pub c: Client,
    pub base: String,
}

impl Tf {
    /// A new transformation in the demo project.
    pub fn new(env: &Env, name: &str, methodology: &str) -> Tf {
        let c = env.admin();
        let r = c.post(
            &format!("/projects/{}/transformations", env.sb.demo_project_id),
            json!({"name": name, "methodology": methodology}),
        );
        expect(&r, 201);
        let base = format!(
            "/projects/{}/transformations/{}",
            env.sb.demo_project_id,
            r.json["id"].as_str().unwrap()
        );
        Tf { c, base }
    }

    pub fn model(&self, body: Value) -> Resp {
        self.c.post(&format!("{}/models", self.base), body)
    }

    pub fn ok_model(&self, name: &str, kind: &str, sources: &[&str], tests: Value) -> Value {
        let r = self.model(json!({"name": name, "kind": kind, "sources": sources, "tests": tests}));
        expect(&r, 201);
        r.json
    }

    pub fn model_id(&self, name: &str) -> String {
        let r = self.c.get(&format!("{}/models", self.base));
        r.json["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == name)
            .and_then(|m| m["id"].as_str())
            .unwrap()
            .to_string()
    }

    /// Starts a run; `Value::Null` sends no body at all.
    pub fn run(&self, body: Value) -> Resp {
        let body = (!body.is_null()).then_some(body);
        self.c
            .call("POST", &format!("{}/runs", self.base), body, &[])
    }

    pub fn get_run(&self, id: &str) -> Value {
        let r = self.c.get(&format!("{}/runs/{id}", self.base));
        expect(&r, 200);
        r.json
    }
}

pub fn model<'a>(run: &'a Value, name: &str) -> &'a Value {
    run["models"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == name)
        .unwrap_or_else(|| panic!("no model {name} in {run}"))
}

pub fn statuses(run: &Value) -> Vec<(String, String)> {
    run["models"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap().to_string(),
                m["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_demo_project_has_a_kimball_and_a_data_vault_transformation() {
    let env = Env::start();
    let viewer = env.as_role("viewer");
    let r = viewer.get(&format!(
        "/projects/{}/transformations",
        env.sb.demo_project_id
    ));
    expect(&r, 200);
    let data = r.json["data"].as_array().unwrap();
    assert_eq!(data.len(), 2);
    assert_eq!(
        (
            &data[0]["name"],
            &data[0]["methodology"],
            &data[0]["model_count"]
        ),
        (&json!("retail_sales"), &json!("kimball"), &json!(9))
    );
    assert_eq!(data[0]["last_run"]["status"], "succeeded");
    assert_eq!(
        (
            &data[1]["name"],
            &data[1]["methodology"],
            &data[1]["model_count"]
        ),
        (&json!("crm_vault"), &json!("data_vault"), &json!(8))
    );
    assert!(data[1]["last_run"].is_null());
    let runs = viewer.get(&format!(
        "/projects/{}/transformations/{}/runs",
        env.sb.demo_project_id,
        data[0]["id"].as_str().unwrap()
    ));
    let run = &runs.json["data"][0];
    assert_eq!(run["trigger"], "scheduled");
    assert_eq!(run["summary"]["models_succeeded"], 9);
    assert_eq!(run["summary"]["tests_warned"], 1, "{run}");
    assert_eq!(run["summary"]["tests_failed"], 0);
    let warn = run["tests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["status"] == "warn")
        .unwrap();
    assert_eq!(warn["name"], "not_null_fct_orders_discount_broken");
    assert_eq!(
        warn["failures"],
        1 + fnv1a("not_null_fct_orders_discount_broken") % 25
    );
}

#[test]
fn creating_transformations() {
    let env = Env::start();
    let admin = env.admin();
    let path = format!("/projects/{}/transformations", env.sb.demo_project_id);
    let r = admin.post(&path, json!({"name": "orders"}));
    expect(&r, 201);
    assert_eq!(r.json["methodology"], "kimball", "Kimball is the default");
    assert_eq!(r.json["model_count"], 0);
    assert!(r.json["last_run"].is_null() && r.json["description"].is_null());
    expect_error(
        &admin.post(&path, json!({"name": "orders"})),
        409,
        "conflict",
    );
    let r = admin.post(
        &path,
        json!({"name": "", "methodology": "inmon", "extra": 1}),
    );
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["name", "methodology", "extra"]);
    expect_error(
        &env.as_role("viewer").post(&path, json!({"name": "v"})),
        403,
        "forbidden",
    );
    expect_error(
        &admin.post("/projects/prj_nope/transformations", json!({"name": "x"})),
        404,
        "resource_not_found",
    );
    let r = env
        .key()
        .post(&path, json!({"name": "vault", "methodology": "data_vault"}));
    expect(&r, 201);

    env.tier("small_business");
    let r = admin.post(
        &path,
        json!({"name": "vault2", "methodology": "data_vault"}),
    );
    expect_error(&r, 403, "forbidden");
    assert!(
        r.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("small_business")
    );
    expect(&admin.post(&path, json!({"name": "kimball2"})), 201);
}

#[test]
fn the_methodology_is_fixed_at_creation() {
    let env = Env::start();
    let tf = Tf::new(&env, "sales", "kimball");
    let r = tf.c.patch(&tf.base, json!({"methodology": "data_vault"}));
    expect_error(&r, 400, "validation_error");
    assert_eq!(r.fields(), ["methodology"]);
    let r = tf.c.patch(&tf.base, json!({"methodology": null}));
    expect_error(&r, 400, "validation_error");
    let r = tf.c.patch(
        &tf.base,
        json!({"methodology": "kimball", "name": "sales_v2", "description": "Star schema"}),
    );
    expect(&r, 200);
    assert_eq!(
        (&r.json["name"], &r.json["description"]),
        (&json!("sales_v2"), &json!("Star schema"))
    );
    let r = tf.c.patch(&tf.base, json!({"description": null}));
    assert!(r.json["description"].is_null());
    expect_error(
        &tf.c.patch(&tf.base, json!({"name": "retail_sales"})),
        409,
        "conflict",
    );
}

#[test]
fn every_change_is_audited_and_deleting_the_project_takes_everything() {
    let env = Env::start();
    let admin = env.admin();
    let r = admin.post("/projects", json!({"name": "Audit", "identifier": "audit"}));
    let pid = r.json["id"].as_str().unwrap().to_string();
    let base = format!("/projects/{pid}/transformations");
    let tid = admin.post(&base, json!({"name": "t"})).json["id"]
        .as_str()
        .unwrap()
        .to_string();
    let one = format!("{base}/{tid}");
    expect(&admin.patch(&one, json!({"description": "d"})), 200);
    let m = admin.post(
        &format!("{one}/models"),
        json!({"name": "stg", "kind": "staging", "sources": ["raw.x"]}),
    );
    let mid = m.json["id"].as_str().unwrap();
    expect(
        &admin.patch(&format!("{one}/models/{mid}"), json!({"description": "x"})),
        200,
    );
    let run = admin.post(&format!("{one}/runs"), json!({}));
    let rid = run.json["id"].as_str().unwrap();
    expect(
        &admin.post(&format!("{one}/runs/{rid}/cancel"), json!({})),
        200,
    );
    expect(&admin.delete(&format!("{one}/models/{mid}")), 204);
    admin.post(
        &format!("{one}/models"),
        json!({"name": "stg2", "kind": "staging", "sources": ["raw.y"]}),
    );
    let audit = admin.get(&format!("/audit-log?project_id={pid}&limit=100"));
    let mut actions: Vec<&str> = audit.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    actions.reverse();
    assert_eq!(
        actions,
        [
            "project.created",
            "transformation.created",
            "transformation.updated",
            "transformation_model.created",
            "transformation_model.updated",
            "transformation_run.started",
            "transformation_run.cancelled",
            "transformation_model.deleted",
            "transformation_model.created",
        ]
    );
    expect(&admin.delete(&format!("/projects/{pid}")), 204);
    let audit = admin.get("/audit-log?action=project.deleted");
    assert_eq!(
        audit.json["data"][0]["details"],
        json!({"resources_deleted": 3}),
        "the transformation, its model and its run"
    );
}
