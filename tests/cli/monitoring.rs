//! `rime monitoring` against the sandbox: rules, channels (secrets never on argv or in output),
//! escalation policies, alerts fired by the sandbox clock, `alerts watch` and the summary.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::common::{Argv, Env, Out, assert_has};

/// `rime -p demo monitoring …`
fn mon(env: &Env, args: impl Argv) -> crate::common::Cmd {
    env.rime("-p demo monitoring").args(args)
}

fn email_channel(env: &Env, name: &str, host: &str, secret: &str) -> Value {
    mon(
        env,
        format!("channels create --name {name} --type email --smtp-host {host} --smtp-username alerts --from alerts@example.co.nz --to ops@example.co.nz --secret-stdin -o json"),
    )
    .stdin(secret)
    .run()
    .ok()
    .json()
}

fn body_of(env: &Env, method: &str, route: &str) -> Value {
    env.requests(method, route)
        .pop()
        .unwrap_or_else(|| panic!("no {method} {route}"))
        .body
        .unwrap_or(Value::Null)
}

#[test]
fn rules_are_created_by_name_references_and_validated() {
    let env = Env::new();
    let ch = email_channel(&env, "ops-mail", "smtp.example.co.nz", "pw-rules-1");
    let rule = mon(
        &env,
        "rules create --name 'Credit burn' --resource-type warehouse --resource-id RIME_WH --metric credit_usage --operator gt --threshold 100 --severity critical --channel ops-mail --escalation-policy data-platform-on-call -o json",
    )
    .run()
    .ok();
    rule.stderr_has("created alert rule `Credit burn`");
    let r = rule.json();
    let sent = body_of(&env, "POST", "/api/v1/projects/{project_id}/alert-rules");
    assert_eq!(sent["threshold"], 100);
    assert_eq!(sent["channel_ids"], json!([ch["id"]]));
    assert!(
        sent["escalation_policy_id"]
            .as_str()
            .unwrap()
            .starts_with("esc_")
    );
    assert_eq!(r["channel_ids"], json!([ch["id"]]));

    let got = mon(&env, "rules get 'Credit burn' -o json")
        .run()
        .ok()
        .json();
    assert_eq!(got["id"], r["id"]);
    let listed = mon(&env, "rules list --severity critical -o json")
        .run()
        .ok()
        .json();
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["severity"] == "critical")
    );
    let q = env
        .requests("GET", "/api/v1/projects/{project_id}/alert-rules")
        .pop()
        .unwrap();
    assert!(q.uri.contains("severity=critical"), "{}", q.uri);

    let updated = mon(
        &env,
        "rules update 'Credit burn' --enabled false --escalation-policy none --threshold -1 -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(
        (
            &updated["enabled"],
            &updated["escalation_policy_id"],
            &updated["threshold"]
        ),
        (&json!(false), &Value::Null, &json!(-1))
    );
    assert_eq!(
        body_of(
            &env,
            "PATCH",
            "/api/v1/projects/{project_id}/alert-rules/{rule_id}"
        ),
        json!({"threshold": -1, "escalation_policy_id": null, "enabled": false})
    );

    let bad = mon(
        &env,
        "rules create --name bad --resource-type snowpipe --metric credit_usage --operator contains --threshold 5",
    )
    .run()
    .code(7);
    bad.stderr_has("- metric: `credit_usage` is not a metric of resource type snowpipe");
    let contains = mon(
        &env,
        "rules create --name bad --resource-type warehouse --metric credit_usage --operator contains --threshold 5",
    )
    .run()
    .code(7);
    contains.stderr_has("- operator: contains applies only to the text metrics");
    let text = mon(
        &env,
        "rules create --name bad --resource-type pipeline --metric status --operator gt --threshold failed",
    )
    .run()
    .code(7);
    text.stderr_has("- operator: gt compares numbers");
    mon(
        &env,
        "rules create --name x --resource-type lake --metric m --operator gt --threshold 1",
    )
    .run()
    .code(7)
    .stderr_has("- resource_type: must be one of");
    mon(&env, "rules create --name x --operator bigger")
        .run()
        .code(2);
    mon(&env, "rules create --name x --channel no-such-channel")
        .run()
        .code(5)
        .stderr_has("no notification channel named or with id `no-such-channel`");
    mon(
        &env,
        "rules create --name 'Credit burn' --resource-type warehouse --metric credit_usage --operator gt --threshold 1",
    )
    .run()
    .code(6);
    mon(&env, "rules update 'Credit burn'")
        .run()
        .code(2)
        .stderr_has("nothing to update");
    mon(&env, "rules delete 'Credit burn' --yes")
        .run()
        .ok()
        .stderr_has("deleted alert rule");
    mon(&env, "rules get 'Credit burn'").run().code(5);
}

#[test]
fn channel_secrets_come_from_stdin_or_files_and_never_show() {
    let env = Env::new();
    let created = mon(
        &env,
        "channels create --name ops --type email --smtp-host smtp.example.co.nz --smtp-username alerts --from alerts@example.co.nz --to a@example.co.nz --to b@example.co.nz --secret-stdin --debug -o json",
    )
    .stdin("smtp-password-77\n")
    .run()
    .ok();
    let c = created.json();
    assert_eq!(c["config"]["password_set"], true);
    created
        .stdout_lacks("smtp-password-77")
        .stderr_lacks("smtp-password-77");
    let sent = body_of(
        &env,
        "POST",
        "/api/v1/projects/{project_id}/notification-channels",
    );
    assert_eq!(
        sent["config"]["password"], "smtp-password-77",
        "the server received the trimmed secret"
    );
    assert_eq!(
        sent["config"]["recipients"],
        json!(["a@example.co.nz", "b@example.co.nz"])
    );

    let hook = env.dir.path().join("hook.txt");
    std::fs::write(
        &hook,
        "https://hooks.slack.com/services/T9/B9/slack-file-secret\n",
    )
    .unwrap();
    let slack = mon(
        &env,
        format!("channels create --name slack --type slack --slack-channel #ops --secret-file {} -o json", hook.display()),
    )
    .run()
    .ok()
    .json();
    assert_eq!(slack["config"]["webhook_url_set"], true);
    let shown = mon(&env, "channels get slack").run().ok();
    shown.stdout_lacks("slack-file-secret");

    mon(
        &env,
        "channels create --name pd --type pagerduty --set config.integration_key=typed-on-argv",
    )
    .run()
    .code(2)
    .stderr_has("would put a secret on the command line");
    mon(&env, "channels create --name pd --type pagerduty")
        .run()
        .code(2)
        .stderr_has("give --secret integration_key=- (standard input)");
    mon(&env, "channels create --name pd")
        .run()
        .code(2)
        .stderr_has("--type");
    mon(
        &env,
        "channels create --name pd --type pagerduty --secret-file /nonexistent/key",
    )
    .run()
    .code(2);
    let key = env.dir.path().join("pd.txt");
    std::fs::write(&key, "pd-key-file-secret").unwrap();
    mon(
        &env,
        format!(
            "channels create --name pd --type pagerduty --set config.integration_key=@{}",
            key.display()
        ),
    )
    .run()
    .ok();
    let bad = mon(
        &env,
        "channels create --name w --type webhook --url http://plain.example.com --secret-stdin",
    )
    .stdin("whsec")
    .run()
    .code(7);
    bad.stderr_has("- config.url: must be an https:// URL");

    let rotated = mon(
        &env,
        "channels update ops --smtp-port 465 --secret-stdin -o json",
    )
    .stdin("smtp-password-rotated")
    .run()
    .ok()
    .json();
    assert_eq!(rotated["config"]["smtp_port"], 465);
    assert_eq!(
        body_of(
            &env,
            "PATCH",
            "/api/v1/projects/{project_id}/notification-channels/{channel_id}"
        ),
        json!({"config": {"smtp_port": 465, "password": "smtp-password-rotated"}})
    );
    let as_json = mon(&env, "channels list -o json").run().ok().json();
    assert!(
        as_json
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == "slack" && c["config"]["webhook_url_set"] == true)
    );
    let listed = mon(&env, "channels list --type email").run().ok();
    listed.stdout_has("ops\temail");
    listed.stdout_lacks("slack");
}

#[test]
fn channel_tests_report_success_and_fail_with_exit_9() {
    let env = Env::new();
    email_channel(&env, "good", "smtp.example.co.nz", "pw-1");
    email_channel(&env, "down", "smtp.unreachable.example", "pw-2");
    let ok = mon(&env, "channels test good").run().ok();
    ok.stdout_has("sent a test message to 1 recipient(s) via smtp.example.co.nz:587");
    ok.stderr_has("✓ `good`");
    let json = mon(&env, "channels test good -o json").run().ok().json();
    assert_eq!(json["success"], true);
    let failed = mon(&env, "channels test down").run().code(9);
    failed.stderr_has("the test of channel `down`");
    failed.stderr_has("connection timed out");
    assert_eq!(
        env.requests(
            "POST",
            "/api/v1/projects/{project_id}/notification-channels/{channel_id}/test"
        )
        .len(),
        3
    );
    mon(&env, "channels test missing").run().code(5);
}

#[test]
fn escalation_policies_take_ordered_steps() {
    let env = Env::new();
    let a = email_channel(&env, "first", "smtp.example.co.nz", "pw-a");
    let b = email_channel(&env, "second", "smtp.example.co.nz", "pw-b");
    let p = mon(
        &env,
        "escalation-policies create --name chain --step first --step second:15 -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(
        p["steps"],
        json!([{"channel_id": a["id"], "wait_minutes": 0}, {"channel_id": b["id"], "wait_minutes": 15}])
    );
    let bad = mon(
        &env,
        "escalation-policies create --name fast --step first --step second:2",
    )
    .run()
    .code(7);
    bad.stderr_has("- steps[1].wait_minutes: must be at least 5 minutes");
    mon(
        &env,
        "escalation-policies create --name late --step first:10",
    )
    .run()
    .code(7)
    .stderr_has("- steps[0].wait_minutes: the first step notifies at once");
    mon(
        &env,
        "escalation-policies create --name x --step first --step second",
    )
    .run()
    .code(2)
    .stderr_has("step 2 needs a wait");
    let got = mon(&env, "escalation-policies get chain -o json")
        .run()
        .ok()
        .json();
    assert_eq!(got["id"], p["id"]);
    let listed = mon(&env, "escalation-policies list").run().ok();
    listed.stdout_has("chain\t2\t");
    mon(
        &env,
        "rules create --name r --resource-type warehouse --metric credit_usage --operator gt --threshold 1 --escalation-policy chain",
    )
    .run()
    .ok();
    mon(&env, "escalation-policies delete chain --yes")
        .run()
        .code(6)
        .stderr_has("used by alert rule 'r'");
    mon(&env, "channels delete second --yes").run().code(6);
    mon(
        &env,
        "escalation-policies update chain --step first --step first:5",
    )
    .run()
    .ok();
    mon(&env, "channels delete second --yes").run().ok();
}

fn create_always_firing(env: &Env, name: &str) -> String {
    mon(
        env,
        format!("rules create --name {name} --resource-type warehouse --metric credit_usage --operator gt --threshold -1 --severity critical -o json"),
    )
    .run()
    .ok()
    .json()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn an_alert_fired_by_the_clock_is_acknowledged_and_resolved() {
    let env = Env::new();
    create_always_firing(&env, "always");
    let none = mon(&env, "alerts list --rule always -o json")
        .run()
        .ok()
        .json();
    assert_eq!(none, json!([]));
    env.sb.advance(300);
    let firing = mon(
        &env,
        "alerts list --rule always --status firing --severity critical -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(firing.as_array().unwrap().len(), 1, "{firing}");
    let q = env
        .requests("GET", "/api/v1/projects/{project_id}/alerts")
        .pop()
        .unwrap();
    assert!(
        q.uri.contains("status=firing")
            && q.uri.contains("severity=critical")
            && q.uri.contains("rule_id=arl_"),
        "{}",
        q.uri
    );
    let id = firing[0]["id"].as_str().unwrap().to_string();
    assert_eq!(firing[0]["fired_at"], "2026-11-28T09:05:00Z");

    let acked = mon(&env, format!("alerts ack {id} -o json")).run().ok();
    acked.stderr_has(format!("acknowledged alert `{id}` (always)"));
    assert_eq!(acked.json()["status"], "acknowledged");
    assert_eq!(acked.json()["acknowledged_by"], rime_sandbox::ADMIN_EMAIL);
    let again = mon(&env, format!("alerts ack {id}")).run().code(6);
    again.stderr_has("is already acknowledged");
    let resolved = mon(&env, format!("alerts resolve {id} -o json"))
        .run()
        .ok()
        .json();
    assert_eq!(resolved["status"], "resolved");
    mon(&env, format!("alerts resolve {id}"))
        .run()
        .code(6)
        .stderr_has("already resolved");
    mon(&env, format!("alerts acknowledge {id}"))
        .run()
        .code(6)
        .stderr_has("only a firing alert can be acknowledged");
    let got = mon(&env, format!("alerts get {id} -o json"))
        .run()
        .ok()
        .json();
    assert_eq!(
        (&got["status"], &got["resolved_by"]),
        (&json!("resolved"), &json!(rime_sandbox::ADMIN_EMAIL))
    );
    let table = mon(&env, "alerts list --rule always").run().ok();
    assert!(
        table
            .stdout
            .starts_with("ID\tSTATUS\tSEVERITY\tRULE\tMESSAGE\tFIRED\tSTEP\n"),
        "{}",
        table.stdout
    );
    table.stdout_has(format!(
        "{id}\tresolved\tcritical\talways\tcredit_usage is "
    ));
    mon(&env, "alerts ack alt_does_not_exist").run().code(5);
    mon(&env, "alerts list --status open").run().code(2);
    assert_eq!(
        env.requests(
            "POST",
            "/api/v1/projects/{project_id}/alerts/{alert_id}/acknowledge"
        )
        .len(),
        4
    );
}

#[test]
fn alerts_watch_prints_new_alerts_as_lines_and_stops_on_ctrl_c() {
    let env = Env::new();
    let rule = create_always_firing(&env, "watched");
    mon(&env, "alerts watch -o json")
        .run()
        .code(2)
        .stderr_has("-o ndjson");
    let mut child = mon(
        &env,
        "alerts watch --rule watched --interval 50ms -o ndjson",
    )
    .command()
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let next = |what: &str| -> Value {
        let line = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no line for {what}"));
        serde_json::from_str(&line).unwrap()
    };
    // Nothing is printed until the clock reaches an evaluation cycle.
    assert!(rx.recv_timeout(Duration::from_millis(300)).is_err());
    env.sb.advance(300);
    let fired = next("the new alert");
    assert_eq!(
        (&fired["status"], &fired["rule_id"]),
        (&json!("firing"), &json!(rule))
    );
    let id = fired["id"].as_str().unwrap().to_string();
    mon(&env, format!("alerts ack {id}")).run().ok();
    assert_eq!(next("the acknowledgement")["status"], "acknowledged");
    let pid = child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
            .success()
    );
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert_has(&stderr, "stopped watching alerts");
}

#[test]
fn the_summary_is_one_screen_and_json_on_request() {
    let env = Env::new();
    let pid = env.demo().to_string();
    // The demo seed already has connectors and infrastructure: count on top of it.
    let base = mon(&env, "summary -o json").run().ok().json();
    let n = |path: &str| base.pointer(path).and_then(|v| v.as_u64()).unwrap();
    let (total, failing, paused) = (
        n("/connectors/total"),
        n("/connectors/failing"),
        n("/connectors/paused"),
    );
    let (pending, drifted) = (
        n("/infrastructure/pending_changes"),
        n("/infrastructure/drifted"),
    );
    for (kind, scope, body) in [
        (
            "connector",
            pid.as_str(),
            json!({"name": "crm", "status": "error"}),
        ),
        (
            "connector",
            pid.as_str(),
            json!({"name": "shop", "status": "active"}),
        ),
        (
            "infra_resource",
            pid.as_str(),
            json!({"status": "pending_update"}),
        ),
        ("infra_resource", pid.as_str(), json!({"status": "drifted"})),
    ] {
        env.control(
            "POST",
            "/objects",
            json!({"kind": kind, "scope": scope, "project_id": pid, "body": body}),
        );
    }
    create_always_firing(&env, "hot");
    env.sb.advance(300);
    let out: Out = mon(&env, "summary").run().ok();
    let text = &out.stdout;
    assert!(
        text.starts_with("demo health at 2026-11-28T09:05:00Z\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "✗ Connectors      {} total · {} failing · {paused} paused",
            total + 2,
            failing + 1
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "✗ Infrastructure  {} pending change{} · {} drifted",
            pending + 1,
            if pending + 1 == 1 { "" } else { "s" },
            drifted + 1
        )),
        "{text}"
    );
    assert!(text.contains("Firing alerts\n"), "{text}");
    assert!(text.contains("  critical hot  credit_usage is "), "{text}");
    assert!(text.lines().count() <= 20, "one screen: {text}");
    let json = mon(&env, "summary -o json").run().ok().json();
    assert_eq!(
        json["connectors"],
        json!({"total": total + 2, "failing": failing + 1, "paused": paused})
    );
    assert_eq!(json["infrastructure"]["drifted"], drifted + 1);
    assert!(json["alerts"]["firing"].as_u64().unwrap() >= 1);
    snapshot!(env, "monitoring summary");
}
