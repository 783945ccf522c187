//! `rime audit` against the sandbox: entries for the actions taken in the same test, filters and
//! time spellings, `export` streaming every page, and no secret in any entry.

use serde_json::{Value, json};

use crate::common::{Env, files_under};

fn ndjson(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn the_log_shows_this_tests_actions_with_filters() {
    let env = Env::new();
    env.rime("-p demo monitoring channels create --name audited --type pagerduty --secret-stdin")
        .stdin("pd-key-audit-1")
        .run()
        .ok();
    env.rime("-p demo governance columns classify ANALYTICS.CRM.CUSTOMERS.PHONE --level confidential --pii phone")
    .run()
    .ok();
    env.sb.advance(3600);
    env.rime("-p demo governance grants create --role AUDITOR --level restricted")
        .run()
        .ok();

    let all = env
        .rime("audit list --since 2026-11-28T09:00:00Z -o json")
        .run()
        .ok()
        .json();
    let actions: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        &actions[..3],
        [
            "grant.created",
            "column.classified",
            "notification_channel.created"
        ],
        "newest first: {actions:?}"
    );
    let channel = &all[2];
    assert_eq!(channel["actor"]["email"], rime_sandbox::ADMIN_EMAIL);
    assert_eq!(channel["resource_name"], "audited");
    assert_eq!(channel["project_id"], env.demo());
    assert_eq!(channel["outcome"], "success");
    assert_eq!(channel["source_ip"], "127.0.0.1");
    assert_eq!(
        all[1]["details"],
        json!({"path": "ANALYTICS.CRM.CUSTOMERS.PHONE", "privacy_level": "confidential", "pii_type": "phone"})
    );

    let later = env
        .rime("audit list --since 2026-11-28T22:30:00+13:00 -o json")
        .run()
        .ok()
        .json();
    assert_eq!(later.as_array().unwrap().len(), 1, "{later}");
    let q = env.requests("GET", "/api/v1/audit-log").pop().unwrap();
    assert!(
        q.uri.contains("since=2026-11-28T09%3A30%3A00Z"),
        "offsets become UTC: {}",
        q.uri
    );
    let until = env
        .rime("audit list --until 2026-11-28T09:00:00Z --action column.classified -o json")
        .run()
        .ok()
        .json();
    assert_eq!(until.as_array().unwrap().len(), 1);

    let table = env
        .rime(format!(
            "audit list --resource-type notification_channel --actor {} -p demo",
            rime_sandbox::ADMIN_EMAIL
        ))
        .run()
        .ok();
    assert!(
        table.stdout.starts_with(
            "AT\tACTOR\tVIA\tACTION\tRESOURCE TYPE\tRESOURCE\tOUTCOME\tSOURCE IP\tID\n"
        ),
        "{}",
        table.stdout
    );
    table.stdout_has(format!("\t{}\tuser\tnotification_channel.created\tnotification_channel\taudited\tsuccess\t127.0.0.1\taud_", rime_sandbox::ADMIN_EMAIL));
    let q = env.requests("GET", "/api/v1/audit-log").pop().unwrap();
    for part in [
        "resource_type=notification_channel",
        "actor=admin%40sandbox.rime.test",
        &format!("project_id={}", env.demo()),
    ] {
        assert!(q.uri.contains(part), "{part} in {}", q.uri);
    }

    env.rime("audit list --since 24h --max-items 1").run().ok();
    let q = env.requests("GET", "/api/v1/audit-log").pop().unwrap();
    let since = q
        .uri
        .split("since=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .replace("%3A", ":");
    let sent: jiff::Timestamp = since.parse().unwrap();
    let expected = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24);
    assert!(
        (sent.as_second() - expected.as_second()).abs() < 120,
        "24h before this machine's clock: {since}"
    );

    for bad in ["yesterday", "5y", "2026-13-01"] {
        env.rime(format!("audit list --since {bad}"))
            .run()
            .code(2)
            .stderr_has("expected an RFC 3339 time");
    }
    env.login("editor@sandbox.rime.test", "correct-horse-editor");
    env.rime("audit list").run().code(4);
}

#[test]
fn export_streams_every_entry_as_ndjson() {
    let env = Env::new();
    for i in 0..130 {
        env.control(
            "POST",
            "/objects",
            json!({"kind": "audit", "body": {
                "at": "2026-11-27T09:00:00Z", "actor": {"type": "system", "id": null, "email": null},
                "action": "alert.fired", "resource_type": "alert", "resource_id": format!("alt_{i}"), "resource_name": null,
                "project_id": null, "outcome": "success", "source_ip": null, "details": {}}}),
        );
    }
    let out = env.rime("audit export").run().ok();
    let entries = ndjson(&out.stdout);
    assert!(entries.len() > 130, "{}", entries.len());
    out.stderr_has(format!("exported {} audit entries", entries.len()));
    let pages = env.requests("GET", "/api/v1/audit-log");
    assert_eq!(pages.len(), 2, "100 per page");
    assert!(pages[0].uri.contains("limit=100"));
    let filtered = env
        .rime("audit export --action alert.fired -o json")
        .run()
        .ok()
        .json();
    assert_eq!(filtered.as_array().unwrap().len(), 130);
}

#[test]
fn no_secret_reaches_any_audit_entry() {
    let env = Env::new();
    let login_secret = rime_sandbox::ADMIN_PASSWORD;
    env.rime(format!(
        "auth login --email {} --password-stdin",
        rime_sandbox::ADMIN_EMAIL
    ))
    .stdin("wrong-password-guess-42")
    .run()
    .code(3);
    env.login(rime_sandbox::ADMIN_EMAIL, login_secret);
    let key = env
        .rime(format!(
            "api POST /projects/{}/api-keys -f name=ci",
            env.demo()
        ))
        .run()
        .ok()
        .json();
    let key_secret = key["secret"].as_str().unwrap().to_string();
    let mon = |args: &str, secret: &str| {
        env.rime("-p demo monitoring channels")
            .args(args)
            .stdin(secret)
            .run()
            .ok();
    };
    let secrets = [
        "smtp-secret-pw-101",
        "https://hooks.slack.com/services/T1/B1/slack-secret-102",
        "pagerduty-secret-key-103",
        "webhook-signing-secret-104",
        "smtp-secret-rotated-105",
    ];
    mon(
        "create --name mail --type email --smtp-host smtp.example.co.nz --smtp-username u --from a@example.co.nz --to b@example.co.nz --secret-stdin",
        secrets[0],
    );
    mon(
        "create --name slack --type slack --secret-stdin",
        secrets[1],
    );
    mon(
        "create --name pd --type pagerduty --secret-stdin",
        secrets[2],
    );
    mon(
        "create --name hook --type webhook --url https://example.com/hook --secret-stdin",
        secrets[3],
    );
    mon("update mail --secret-stdin", secrets[4]);
    env.rime("-p demo monitoring channels test slack")
        .run()
        .ok();
    let sf = env.dir.path().join("sf.txt");
    std::fs::write(&sf, "snowflake-secret-pw-106").unwrap();
    env.rime(format!(
        "projects update demo --set settings.snowflake.password=@{}",
        sf.display()
    ))
    .run()
    .ok();
    env.rime("auth logout").run().ok();
    env.login(rime_sandbox::ADMIN_EMAIL, login_secret);

    let out = env.rime("audit export").run().ok();
    let entries = ndjson(&out.stdout);
    let actions: Vec<&str> = entries
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for expected in [
        "auth.login_failed",
        "auth.login",
        "api_key.created",
        "notification_channel.created",
        "notification_channel.updated",
        "notification_channel.tested",
        "project.updated",
    ] {
        assert!(
            actions.contains(&expected),
            "{expected} missing from {actions:?}"
        );
    }
    let mut forbidden: Vec<String> = secrets.iter().map(|s| s.to_string()).collect();
    forbidden.extend([
        login_secret.to_string(),
        "wrong-password-guess-42".into(),
        key_secret,
        "snowflake-secret-pw-106".into(),
        "slack-secret-102".into(),
    ]);
    // The session tokens the CLI holds must not appear either.
    for f in files_under(&env.config_dir()) {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for word in text.split(['"', '\'', ' ', '\n', '=']) {
            if word.starts_with("rat_") || word.starts_with("rrt_") {
                forbidden.push(word.to_string());
            }
        }
    }
    assert!(
        forbidden.iter().any(|f| f.starts_with("rat_")),
        "the test saw the stored tokens"
    );
    for secret in &forbidden {
        assert!(
            !out.stdout.contains(secret.as_str()),
            "a secret reached the audit log: {secret}"
        );
    }
    let rotated = entries
        .iter()
        .find(|e| e["action"] == "notification_channel.updated")
        .unwrap();
    assert_eq!(rotated["details"]["secrets_changed"], true);
}
