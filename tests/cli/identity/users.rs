//! `rime users`: filters, invite, role and status changes, last-admin protection, confirmation,
//! session revocation and what non-admins may do.

use serde_json::{Value, json};

use crate::common::Env;

fn emails(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_string())
        .collect()
}

/// An access token for a seeded user, straight from the API (not stored anywhere).
fn token_for(env: &Env, email: &str, password: &str) -> String {
    env.rime("api POST /auth/login --input -")
        .stdin(json!({"email": email, "password": password}).to_string())
        .run()
        .ok()
        .json()["access_token"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn list_filters_and_get_by_email_or_id() {
    let env = Env::new();
    let all = env.rime("users list -o json").run().ok().json();
    assert!(emails(&all).contains(&"viewer@sandbox.rime.test".to_string()));
    let admins = env
        .rime("users list --role admin -o json")
        .run()
        .ok()
        .json();
    assert_eq!(emails(&admins), [rime_sandbox::ADMIN_EMAIL]);
    let sent = env.requests("GET", "/api/v1/users");
    assert!(
        sent.last().unwrap().uri.contains("role=admin"),
        "{}",
        sent.last().unwrap().uri
    );
    snapshot!(env, "users list --role owner");
    let table = env.rime("users list").run().ok();
    assert!(
        table
            .stdout
            .starts_with("EMAIL\tFIRST NAME\tLAST NAME\tROLE\tSTATUS\tLAST LOGIN\tID\n"),
        "{}",
        table.stdout
    );
    let viewer = env
        .rime("users get Viewer@Sandbox.Rime.Test -o json")
        .run()
        .ok()
        .json();
    assert_eq!(viewer["role"], "viewer");
    let id = viewer["id"].as_str().unwrap();
    let by_id = env
        .rime(format!("users get {id} -o json"))
        .run()
        .ok()
        .json();
    assert_eq!(by_id["email"], "viewer@sandbox.rime.test");
    snapshot!(env, "users get nobody@x.co");
}

#[test]
fn invite_update_suspend_and_activate() {
    let env = Env::new();
    let out = env
        .rime(
            "users invite ana@acme.co.nz --first-name Ana --last-name Silva --role editor -o json",
        )
        .run()
        .ok();
    let ana = out.json();
    assert_eq!(ana["status"], "invited");
    assert_eq!(ana["role"], "editor");
    out.stderr_has("created user `ana@acme.co.nz`");
    let sent = env.requests("POST", "/api/v1/users");
    assert_eq!(
        sent[0].body.as_ref().unwrap(),
        &json!({"email": "ana@acme.co.nz", "first_name": "Ana", "last_name": "Silva", "role": "editor"})
    );
    snapshot!(
        env,
        "users invite ana@acme.co.nz --first-name A --last-name S --role viewer"
    );
    snapshot!(env, "users invite bo@acme.co.nz --first-name Bo");
    env.rime("users invite x@y.co --role root").run().code(2);

    let updated = env
        .rime("users update ana@acme.co.nz --role viewer --set first_name=Anna -o json")
        .run()
        .ok()
        .json();
    assert_eq!(
        (updated["role"].as_str(), updated["first_name"].as_str()),
        (Some("viewer"), Some("Anna"))
    );
    snapshot!(env, "users update ana@acme.co.nz");
    snapshot!(
        env,
        "users update ana@acme.co.nz --from-file /nonexistent/u.yaml"
    );

    let s = env
        .rime("users suspend viewer@sandbox.rime.test -o json")
        .run()
        .ok()
        .json();
    assert_eq!(s["status"], "suspended");
    let suspended = env
        .rime("users list --status suspended -o json")
        .run()
        .ok()
        .json();
    assert!(emails(&suspended).contains(&"viewer@sandbox.rime.test".to_string()));
    assert!(
        suspended
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["status"] == "suspended")
    );
    let patch = env.requests("PATCH", "/api/v1/users/{user_id}");
    assert_eq!(
        patch.last().unwrap().body.as_ref().unwrap(),
        &json!({"status": "suspended"})
    );
    env.rime(format!(
        "--profile v --api-url {} auth login --email viewer@sandbox.rime.test --password-stdin",
        env.sb.base_url
    ))
    .stdin("correct-horse-viewer")
    .run()
    .code(3);
    let a = env
        .rime("users activate viewer@sandbox.rime.test -o json")
        .run()
        .ok()
        .json();
    assert_eq!(a["status"], "active");
    token_for(&env, "viewer@sandbox.rime.test", "correct-horse-viewer");
}

#[test]
fn the_last_admin_cannot_be_demoted_suspended_or_deleted() {
    let env = Env::new();
    for args in [
        vec![
            "users",
            "update",
            rime_sandbox::ADMIN_EMAIL,
            "--role",
            "editor",
        ],
        vec!["users", "suspend", rime_sandbox::ADMIN_EMAIL],
        vec!["users", "delete", rime_sandbox::ADMIN_EMAIL, "--yes"],
    ] {
        env.rime(&args).run().code(6).stderr_has("last admin");
    }
    // With a second admin the first may step down.
    env.rime("users update editor@sandbox.rime.test --role admin")
        .run()
        .ok();
    env.rime(format!(
        "users update {} --role editor",
        rime_sandbox::ADMIN_EMAIL
    ))
    .run()
    .ok();
}

#[test]
fn delete_asks_first_and_revoke_sessions_logs_a_user_out() {
    let env = Env::new();
    snapshot!(env, "users delete governance@sandbox.rime.test");
    assert!(env.requests("DELETE", "/api/v1/users/{user_id}").is_empty());

    let token = token_for(&env, "editor@sandbox.rime.test", "correct-horse-editor");
    env.rime("api GET /me").env("RIME_TOKEN", &token).run().ok();
    env.rime("users revoke-sessions editor@sandbox.rime.test")
        .run()
        .ok()
        .stderr_has("ended every session of user `editor@sandbox.rime.test`");
    assert_eq!(
        env.requests("POST", "/api/v1/users/{user_id}/sessions/revoke")[0].status,
        204
    );
    env.rime("api GET /me")
        .env("RIME_TOKEN", &token)
        .run()
        .code(3);

    let token = token_for(
        &env,
        "governance@sandbox.rime.test",
        "correct-horse-governance",
    );
    env.rime("users delete governance@sandbox.rime.test --yes")
        .run()
        .ok()
        .stderr_has("deleted user");
    snapshot!(env, "users get governance@sandbox.rime.test");
    env.rime("api GET /me")
        .env("RIME_TOKEN", &token)
        .run()
        .code(3);
}

#[test]
fn only_admins_manage_users() {
    let env = Env::new();
    let token = token_for(&env, "editor@sandbox.rime.test", "correct-horse-editor");
    env.rime("users list").env("RIME_TOKEN", &token).run().ok();
    env.rime("users invite z@z.co --first-name Z --last-name Z --role viewer")
        .env("RIME_TOKEN", &token)
        .run()
        .code(4)
        .stderr_has("admin role");
    env.rime("users list")
        .env("RIME_TOKEN", &env.sb.api_key)
        .run()
        .code(4)
        .stderr_has("API keys may only");
}
