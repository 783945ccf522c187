//! Secrets on apply: sent on create; on an update only when `--rotate-secrets` asks (the plan
//! shows the reference, never the value), so an apply with every secret set stays write-free.

use serde_json::json;

use super::{demo, write, writes};

const HOOK: &str = "kind: notification_channel\nname: ops-hook\ntype: webhook\nconfig:\n  url: https://ops.example/h\n  secret: ${env:OPS_HOOK_SECRET}\n";

#[test]
fn a_secret_goes_on_create_and_again_only_when_rotated() {
    let env = demo();
    let file = write(env.dir.path(), "hook.yaml", HOOK);
    let route = "/api/v1/projects/{project_id}/notification-channels/{channel_id}";
    let apply = |args: &str, secret: &str| {
        env.rime(format!("apply -f {file} {args}"))
            .env("OPS_HOOK_SECRET", secret)
            .run()
    };
    apply("", "first-s3cret")
        .ok()
        .stderr_has("created notification channel `ops-hook`");
    let created = env
        .requests(
            "POST",
            "/api/v1/projects/{project_id}/notification-channels",
        )
        .last()
        .and_then(|e| e.body.clone())
        .unwrap();
    assert_eq!(created["config"]["secret"], "first-s3cret");

    // A CI job runs apply with the secret set every time: nothing is written, even when the
    // value in the environment is another one.
    let before = writes(&env);
    apply("", "second-s3cret")
        .ok()
        .stderr_has("nothing to change");
    assert_eq!(
        writes(&env),
        before,
        "no write for a secret the server holds"
    );

    // Another field of the same object changes: the held secret is not sent with it.
    std::fs::write(&file, HOOK.replace("ops.example/h", "ops.example/v2")).unwrap();
    let out = apply("", "second-s3cret").ok();
    out.stderr_has("updated notification channel `ops-hook` (config)");
    assert_eq!(
        env.requests("PATCH", route).last().unwrap().body,
        Some(json!({"config": {"url": "https://ops.example/v2"}}))
    );

    // --rotate-secrets: a change of its own, shown by reference, and only the secret is sent.
    let diff = env
        .rime(format!("diff -f {file} --rotate-secrets"))
        .env("OPS_HOOK_SECRET", "third-s3cret")
        .run()
        .ok();
    diff.stdout_has(
        "~ update notification channel `ops-hook`\n    config.secret: \"(secret)\" → \"${env:OPS_HOOK_SECRET}\"\n",
    );
    diff.stdout_has("0 to create, 1 to update, 0 to delete, 0 unchanged");
    diff.stdout_lacks("s3cret");
    let plan = env
        .rime(format!("diff -f {file} --rotate-secrets -o json"))
        .env("OPS_HOOK_SECRET", "third-s3cret")
        .run()
        .ok();
    assert_eq!(
        plan.json()["changes"][0]["fields"],
        json!([{"field": "config.secret", "from": "(secret)", "to": "${env:OPS_HOOK_SECRET}"}])
    );
    let before = writes(&env);
    let out = apply("--rotate-secrets", "third-s3cret").ok();
    out.stderr_has("updated notification channel `ops-hook` (config.secret)");
    out.stderr_lacks("s3cret");
    assert_eq!(writes(&env) - before, 1);
    assert_eq!(
        env.requests("PATCH", route).last().unwrap().body,
        Some(json!({"config": {"secret": "third-s3cret"}}))
    );
    // Without the flag again: write-free.
    let before = writes(&env);
    apply("", "third-s3cret").ok();
    assert_eq!(writes(&env), before);
}

#[test]
fn a_secret_written_in_a_file_never_shows_in_a_plan() {
    let env = demo();
    let file = write(
        env.dir.path(),
        "hook.yaml",
        &HOOK.replace("${env:OPS_HOOK_SECRET}", "literal-s3cret"),
    );
    env.rime(format!("apply -f {file}")).run().ok();
    std::fs::write(
        &file,
        HOOK.replace("${env:OPS_HOOK_SECRET}", "literal-s3cret")
            .replace("ops.example/h", "ops.example/v2"),
    )
    .unwrap();
    for args in ["", " --rotate-secrets", " -o json"] {
        let out = env.rime(format!("diff -f {file}{args}")).run().ok();
        out.stdout_lacks("literal-s3cret");
        out.stderr_lacks("literal-s3cret");
    }
    env.rime(format!("diff -f {file}"))
        .run()
        .ok()
        .stdout_has("\"secret\":\"(secret)\"");
}
