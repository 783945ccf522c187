//! Section 9: alert rules, channels and policies validate as documented; alerts fire from the
//! sandbox clock and move firing → acknowledged → resolved; the summary counts other domains' objects.

use serde_json::{Value, json};

use crate::support::*;

fn base(env: &Env) -> String {
    format!("/projects/{}", env.sb.demo_project_id)
}

fn create(c: &Client, path: &str, body: Value) -> Value {
    let r = c.post(path, body);
    expect(&r, 201);
    r.json
}

fn email_channel(env: &Env, c: &Client, name: &str, host: &str) -> Value {
    create(
        c,
        &format!("{}/notification-channels", base(env)),
        json!({"name": name, "type": "email", "config": {
            "smtp_host": host, "username": "alerts", "password": "smtp-pw-secret-1",
            "from_address": "alerts@example.co.nz", "recipients": ["ops@example.co.nz"]}}),
    )
}

fn rule(name: &str, metric_body: Value) -> Value {
    let mut r = json!({"name": name, "resource_type": "warehouse", "metric": "credit_usage",
                       "operator": "gt", "threshold": -1});
    r.as_object_mut()
        .unwrap()
        .extend(metric_body.as_object().unwrap().clone());
    r
}

#[test]
fn rules_validate_metrics_operators_and_references() {
    let env = Env::start();
    let admin = env.admin();
    let rules = format!("{}/alert-rules", base(&env));
    let r = create(
        &admin,
        &rules,
        rule("credit", json!({"resource_id": "RIME_WH"})),
    );
    assert_eq!(
        (
            &r["severity"],
            &r["enabled"],
            &r["channel_ids"],
            &r["created_by"]
        ),
        (
            &json!("warning"),
            &json!(true),
            &json!([]),
            &json!(env.sb.admin_email)
        )
    );
    expect_error(
        &admin.post(&rules, rule("credit", json!({}))),
        409,
        "conflict",
    );

    let bad = admin.post(&rules, json!({"name": "", "resource_type": "lake", "operator": "about", "threshold": [1], "colour": "red"}));
    expect_error(&bad, 400, "validation_error");
    let mut fields = bad.fields();
    fields.sort();
    assert_eq!(
        fields,
        [
            "colour",
            "metric",
            "name",
            "operator",
            "resource_type",
            "threshold"
        ]
    );

    for (body, field) in [
        (
            json!({"metric": "credit_usage", "resource_type": "snowpipe"}),
            "metric",
        ),
        (
            json!({"operator": "contains", "threshold": "x"}),
            "operator",
        ),
        (json!({"threshold": "100"}), "threshold"),
        (
            json!({"resource_type": "pipeline", "metric": "status", "operator": "gt", "threshold": "x"}),
            "operator",
        ),
        (
            json!({"resource_type": "pipeline", "metric": "status", "operator": "ne", "threshold": 3}),
            "threshold",
        ),
        (json!({"channel_ids": ["nch_nope"]}), "channel_ids[0]"),
        (
            json!({"escalation_policy_id": "esc_nope"}),
            "escalation_policy_id",
        ),
    ] {
        let r = admin.post(&rules, rule("bad", body.clone()));
        expect_error(&r, 422, "unprocessable_entity");
        assert!(
            r.fields().contains(&field.to_string()),
            "{body}: {}",
            r.text()
        );
    }
    let ok = admin.post(&rules, rule("timeouts", json!({"resource_type": "connector_run", "metric": "error_message", "operator": "contains", "threshold": "timeout"})));
    expect(&ok, 201);

    let id = r["id"].as_str().unwrap();
    let item = format!("{rules}/{id}");
    let patched = admin.patch(&item, json!({"severity": "critical", "enabled": false}));
    expect(&patched, 200);
    assert_eq!(patched.json["severity"], "critical");
    expect_error(
        &admin.patch(&item, json!({"metric": "status"})),
        422,
        "unprocessable_entity",
    );
    let listed = admin.get(&format!("{rules}?severity=critical"));
    assert!(ids(&listed).contains(&id.to_string()));
    assert!(
        listed.json["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["severity"] == "critical")
    );

    expect_error(
        &env.as_role("viewer").post(&rules, rule("v", json!({}))),
        403,
        "forbidden",
    );
    expect_error(
        &admin.get("/projects/prj_missing/alert-rules"),
        404,
        "resource_not_found",
    );
    expect(&admin.delete(&item), 204);
    expect_error(&admin.get(&item), 404, "resource_not_found");
}

#[test]
fn channels_keep_secrets_write_only_and_test_deterministically() {
    let env = Env::start();
    let admin = env.admin();
    let channels = format!("{}/notification-channels", base(&env));
    let email = email_channel(&env, &admin, "ops", "smtp.example.co.nz");
    assert_eq!(email["config"]["password_set"], true);
    assert_eq!(email["config"]["smtp_port"], 587);
    assert!(email["config"].get("password").is_none());

    let slack = create(
        &admin,
        &channels,
        json!({"name": "slack", "type": "slack",
               "config": {"webhook_url": "https://hooks.slack.com/services/T1/B1/slack-secret-9", "channel": "#alerts"}}),
    );
    assert_eq!(slack["config"]["webhook_url_set"], true);
    let pd = create(
        &admin,
        &channels,
        json!({"name": "pd", "type": "pagerduty", "config": {"integration_key": "pd-invalid-key-7"}}),
    );
    let hook = create(
        &admin,
        &channels,
        json!({"name": "hook", "type": "webhook",
               "config": {"url": "https://unreachable.example.com/hook", "secret": "hook-secret-3"}}),
    );

    for (body, fields) in [
        (
            json!({"name": "e", "type": "email", "config": {"smtp_host": "h", "smtp_port": 25, "username": "u",
                   "from_address": "nope", "recipients": ["x"]}}),
            vec![
                "config.from_address",
                "config.password",
                "config.recipients[0]",
                "config.smtp_port",
            ],
        ),
        (
            json!({"name": "s", "type": "slack", "config": {"webhook_url": "http://hooks.slack.com/x", "extra": 1}}),
            vec!["config.extra", "config.webhook_url"],
        ),
        (
            json!({"name": "w", "type": "webhook", "config": {"url": "https://x.example.com"}}),
            vec!["config.secret"],
        ),
        (
            json!({"name": "t", "type": "teams", "config": {}}),
            vec!["type"],
        ),
        (
            json!({"name": "p", "type": "pagerduty", "config": {"integration_key": 42}}),
            vec!["config.integration_key"],
        ),
    ] {
        let r = admin.post(&channels, body);
        expect_error(&r, 400, "validation_error");
        let mut got = r.fields();
        got.sort();
        assert_eq!(got, fields);
    }

    let item = format!("{channels}/{}", email["id"].as_str().unwrap());
    expect_error(
        &admin.patch(&item, json!({"type": "slack"})),
        400,
        "validation_error",
    );
    let rotated = admin.patch(
        &item,
        json!({"config": {"password": "smtp-pw-rotated-2", "smtp_port": 465, "password_set": false}}),
    );
    expect(&rotated, 200);
    assert_eq!(rotated.json["config"]["password_set"], true);
    assert_eq!(rotated.json["config"]["smtp_port"], 465);
    let cleared = admin.patch(&item, json!({"config": {"password": null}}));
    expect_error(&cleared, 400, "validation_error");
    assert_eq!(cleared.fields(), ["config.password"]);

    let test = |c: &Value| {
        let r = admin.post(
            &format!("{channels}/{}/test", c["id"].as_str().unwrap()),
            json!({}),
        );
        expect(&r, 200);
        r.json
    };
    let ok = test(&email);
    assert_eq!(ok["success"], true, "{ok}");
    assert_eq!(test(&slack)["message"], "posted a test message to #alerts");
    let rejected = test(&pd);
    assert_eq!(rejected["success"], false);
    assert!(rejected["message"].as_str().unwrap().contains("rejected"));
    let down = test(&hook);
    assert_eq!(down["success"], false);
    assert!(down["message"].as_str().unwrap().contains("timed out"));
    let unreachable = email_channel(&env, &admin, "down", "smtp.unreachable.example");
    assert_eq!(test(&unreachable)["success"], false);
    expect_error(
        &admin.post(&format!("{channels}/nch_missing/test"), json!({})),
        404,
        "resource_not_found",
    );

    let log = admin.get("/audit-log?resource_type=notification_channel&limit=100");
    let text = log.text();
    for secret in [
        "smtp-pw-secret-1",
        "smtp-pw-rotated-2",
        "slack-secret-9",
        "pd-invalid-key-7",
        "hook-secret-3",
    ] {
        assert!(!text.contains(secret), "{secret} leaked into the audit log");
    }
    let tested: Vec<&Value> = log.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "notification_channel.tested")
        .collect();
    assert_eq!(tested.len(), 5);
    assert!(tested.iter().any(|e| e["outcome"] == "failure"));
    let updated = log.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "notification_channel.updated")
        .unwrap();
    assert_eq!(updated["details"]["secrets_changed"], true);
}

#[test]
fn escalation_policies_enforce_waits_and_channels() {
    let env = Env::start();
    let admin = env.admin();
    let a = email_channel(&env, &admin, "a", "smtp.example.co.nz");
    let b = email_channel(&env, &admin, "b", "smtp.example.co.nz");
    let (a, b) = (a["id"].as_str().unwrap(), b["id"].as_str().unwrap());
    let policies = format!("{}/escalation-policies", base(&env));
    for (steps, field) in [
        (
            json!([{"channel_id": a, "wait_minutes": 5}]),
            "steps[0].wait_minutes",
        ),
        (
            json!([{"channel_id": a, "wait_minutes": 0}, {"channel_id": b, "wait_minutes": 4}]),
            "steps[1].wait_minutes",
        ),
        (
            json!([{"channel_id": "nch_gone", "wait_minutes": 0}]),
            "steps[0].channel_id",
        ),
    ] {
        let r = admin.post(&policies, json!({"name": "p", "steps": steps}));
        expect_error(&r, 422, "unprocessable_entity");
        assert_eq!(r.fields(), [field]);
    }
    let r = admin.post(&policies, json!({"name": "p", "steps": []}));
    expect_error(&r, 400, "validation_error");
    let r = admin.post(
        &policies,
        json!({"name": "p", "steps": [{"channel_id": a, "wait_minutes": -1}]}),
    );
    assert_eq!(r.fields(), ["steps[0].wait_minutes"]);
    let p = create(
        &admin,
        &policies,
        json!({"name": "p", "steps": [{"channel_id": a, "wait_minutes": 0}, {"channel_id": b, "wait_minutes": 5}]}),
    );
    let rules = format!("{}/alert-rules", base(&env));
    create(
        &admin,
        &rules,
        rule(
            "uses p",
            json!({"escalation_policy_id": p["id"], "channel_ids": [a]}),
        ),
    );
    let channel_item = format!("{}/notification-channels/{b}", base(&env));
    expect_error(&admin.delete(&channel_item), 409, "conflict");
    let policy_item = format!("{policies}/{}", p["id"].as_str().unwrap());
    expect_error(&admin.delete(&policy_item), 409, "conflict");
}

#[test]
fn alerts_fire_on_the_clock_and_follow_their_lifecycle() {
    let env = Env::start();
    let admin = env.admin();
    let b = base(&env);
    let a = email_channel(&env, &admin, "first", "smtp.example.co.nz");
    let s = email_channel(&env, &admin, "second", "smtp.example.co.nz");
    let p = create(
        &admin,
        &format!("{b}/escalation-policies"),
        json!({"name": "chain", "steps": [{"channel_id": a["id"], "wait_minutes": 0},
                                          {"channel_id": s["id"], "wait_minutes": 15}]}),
    );
    let r = create(
        &admin,
        &format!("{b}/alert-rules"),
        rule(
            "always",
            json!({"severity": "critical", "escalation_policy_id": p["id"]}),
        ),
    );
    let never = create(
        &admin,
        &format!("{b}/alert-rules"),
        rule("never", json!({"threshold": 1000000})),
    );
    let rid = r["id"].as_str().unwrap();
    let mine = |q: &str| admin.get(&format!("{b}/alerts?rule_id={rid}{q}"));
    assert_eq!(ids(&mine("")).len(), 0, "nothing fires before a cycle");
    env.sb.advance(299);
    assert_eq!(ids(&mine("")).len(), 0);
    env.sb.advance(1);
    let firing = mine("&status=firing");
    expect(&firing, 200);
    let alert = firing.json["data"][0].clone();
    assert_eq!(alert["status"], "firing");
    assert_eq!(alert["fired_at"], "2026-11-28T09:05:00Z");
    assert_eq!(alert["severity"], "critical");
    assert!(alert["value"].as_f64().unwrap() > -1.0);
    assert_eq!(alert["escalation_step"], 1);
    assert_eq!(alert["next_escalation_at"], "2026-11-28T09:20:00Z");
    assert!(
        ids(&admin.get(&format!(
            "{b}/alerts?rule_id={}",
            never["id"].as_str().unwrap()
        )))
        .is_empty()
    );

    env.sb.advance(15 * 60);
    let aid = alert["id"].as_str().unwrap();
    let item = format!("{b}/alerts/{aid}");
    let escalated = admin.get(&item).json;
    assert_eq!(escalated["escalation_step"], 2);
    assert_eq!(escalated["notifications"].as_array().unwrap().len(), 2);
    assert_eq!(ids(&mine("")).len(), 1, "an open alert blocks new ones");

    let acked = admin.post(&format!("{item}/acknowledge"), json!({}));
    expect(&acked, 200);
    assert_eq!(acked.json["status"], "acknowledged");
    assert_eq!(acked.json["acknowledged_by"], env.sb.admin_email);
    expect_error(
        &admin.post(&format!("{item}/acknowledge"), json!({})),
        409,
        "conflict",
    );
    expect_error(
        &env.as_role("viewer")
            .post(&format!("{item}/resolve"), json!({})),
        403,
        "forbidden",
    );
    let resolved = admin.post(&format!("{item}/resolve"), json!({}));
    expect(&resolved, 200);
    assert_eq!(resolved.json["status"], "resolved");
    expect_error(
        &admin.post(&format!("{item}/resolve"), json!({})),
        409,
        "conflict",
    );
    expect_error(
        &admin.post(&format!("{item}/acknowledge"), json!({})),
        409,
        "conflict",
    );
    expect_error(
        &admin.post(&format!("{item}/acknowledge"), json!({"note": "x"})),
        400,
        "validation_error",
    );
    expect_error(
        &admin.get(&format!("{b}/alerts?status=open")),
        400,
        "validation_error",
    );
    expect_error(
        &admin.get(&format!("{b}/alerts/alt_missing")),
        404,
        "resource_not_found",
    );

    env.sb.advance(300);
    let again = mine("");
    assert_eq!(
        ids(&again).len(),
        2,
        "the rule fires again after resolution"
    );
    assert_eq!(again.json["data"][0]["status"], "firing");

    let log = admin.get("/audit-log?resource_type=alert&limit=100").json;
    let actions: Vec<&str> = log["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"alert.fired")
            && actions.contains(&"alert.acknowledged")
            && actions.contains(&"alert.resolved")
    );
}

#[test]
fn the_summary_counts_other_domains_objects() {
    let env = Env::start();
    let admin = env.admin();
    let pid = env.sb.demo_project_id.clone();
    // The demo seed already has connectors, pipeline runs and infrastructure: count on top of it.
    let base = admin.get(&format!("/projects/{pid}/monitoring/summary"));
    expect(&base, 200);
    let n = |path: &str| base.json.pointer(path).and_then(Value::as_u64).unwrap();
    let object = |kind: &str, scope: &str, body: Value| {
        env.control(
            "POST",
            "/objects",
            json!({"kind": kind, "scope": scope, "project_id": pid, "body": body}),
        )
        .json
    };
    object(
        "connector",
        &pid,
        json!({"name": "crm", "status": "active"}),
    );
    object("connector", &pid, json!({"name": "erp", "status": "error"}));
    for status in ["pending_create", "pending_delete", "drifted", "active"] {
        object("infra_resource", &pid, json!({"status": status}));
    }
    // A real run of the seeded pipeline: its state is derived by the pipelines domain.
    let pipelines = admin.get(&format!("/projects/{pid}/pipelines"));
    let pipe_id = pipelines.json["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    expect(
        &admin.post(
            &format!("/projects/{pid}/pipelines/{pipe_id}/runs"),
            json!({}),
        ),
        202,
    );
    let s = admin.get(&format!("/projects/{pid}/monitoring/summary"));
    expect(&s, 200);
    assert_eq!(
        s.json["connectors"],
        json!({"total": n("/connectors/total") + 2, "failing": n("/connectors/failing") + 1,
               "paused": n("/connectors/paused")})
    );
    assert_eq!(
        s.json["pipelines"]["runs_24h"]["running"],
        n("/pipelines/runs_24h/running") + 1
    );
    assert_eq!(
        (
            &s.json["infrastructure"]["pending_changes"],
            &s.json["infrastructure"]["drifted"]
        ),
        (
            &json!(n("/infrastructure/pending_changes") + 2),
            &json!(n("/infrastructure/drifted") + 1)
        )
    );
    let firing = s.json["alerts"]["firing"].as_u64().unwrap();
    assert_eq!(
        firing,
        admin
            .get(&format!("/projects/{pid}/alerts?status=firing&limit=100"))
            .json["data"]
            .as_array()
            .unwrap()
            .len() as u64
    );
    expect_error(
        &env.key().get("/projects/prj_other/monitoring/summary"),
        403,
        "forbidden",
    );
}
