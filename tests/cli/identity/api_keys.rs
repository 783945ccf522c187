//! `rime api-keys`: the secret shown once (alone on stdout for scripts), scope of a key's role,
//! revocation with confirmation.

use serde_json::json;

use crate::common::Env;

/// A logged-in admin whose commands default to the demo project (`RIME_PROJECT`).
fn demo_env() -> Env {
    let mut env = Env::new();
    env.vars.push(("RIME_PROJECT".into(), "demo".into()));
    env
}

#[test]
fn create_prints_the_secret_once_and_list_never_does() {
    let env = demo_env();
    let out = env.rime("api-keys create ci -o json").run().ok();
    let key = out.json();
    let secret = key["secret"].as_str().unwrap().to_string();
    assert!(secret.starts_with("rk_") && secret.len() == 43, "{secret}");
    assert_eq!(key["role"], "viewer", "the least privilege by default");
    assert_eq!(key["project_id"], env.demo());
    out.stderr_has("only time the secret is shown")
        .stderr_has("created API key `ci`");
    // the secret only on stdout
    out.stderr_lacks(&secret);
    let sent = env.requests("POST", "/api/v1/projects/{project_id}/api-keys");
    assert_eq!(
        sent[0].uri,
        format!("/api/v1/projects/{}/api-keys", env.demo())
    );
    assert_eq!(
        sent[0].body.as_ref().unwrap(),
        &json!({"name": "ci", "role": "viewer"})
    );

    // Not a terminal and no format asked for: the secret alone, for `KEY=$(rime api-keys create …)`.
    let out = env
        .rime("api-keys create deploy --role editor --expires-in-days 30")
        .run()
        .ok();
    let bare = out.stdout.trim_end().to_string();
    assert!(
        bare.starts_with("rk_") && out.stdout == format!("{bare}\n"),
        "{}",
        out.stdout
    );
    out.stderr_has("cannot be retrieved again");
    let body = env.requests("POST", "/api/v1/projects/{project_id}/api-keys")[1]
        .body
        .clone()
        .unwrap();
    assert_eq!(body["expires_in_days"], 30);
    let jq = env.rime("api-keys create jq --jq .secret").run().ok();
    assert!(jq.stdout.starts_with("rk_"), "{}", jq.stdout);

    let list = env.rime("api-keys list -o json").run().ok();
    for s in [&secret, &bare] {
        list.stdout_lacks(s.as_str());
    }
    let keys = list.json();
    let ci = keys
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["name"] == "ci")
        .unwrap();
    assert_eq!(ci["prefix"], &secret[..8]);
    assert!(ci.get("secret").is_none());
    let table = env.rime("api-keys list").run().ok();
    assert!(
        table
            .stdout
            .starts_with("NAME\tPREFIX\tROLE\tCREATED\tLAST USED\tEXPIRES\tID\n"),
        "{}",
        table.stdout
    );

    snapshot!(env, "api-keys create ci");
    snapshot!(env, "api-keys create x --expires-in-days 0");
    env.rime("api-keys create x --role admin").run().code(2);
    // Another project by name.
    env.rime("api-keys create stg -p staging").run().ok();
    let last = env
        .requests("POST", "/api/v1/projects/{project_id}/api-keys")
        .pop()
        .unwrap();
    assert_ne!(
        last.uri,
        format!("/api/v1/projects/{}/api-keys", env.demo())
    );
    env.rime("api-keys list -p nope").run().code(5);
}

#[test]
fn a_viewer_key_reads_its_project_and_nothing_more() {
    let env = demo_env();
    let secret = env
        .rime("api-keys create ro --role viewer")
        .run()
        .ok()
        .stdout
        .trim()
        .to_string();
    let as_key = |args: &[&str]| env.rime(args).env("RIME_TOKEN", &secret).run();
    let p = as_key(&["projects", "get", "demo", "-o", "json"])
        .ok()
        .json();
    assert_eq!(p["id"], env.demo());
    as_key(&["projects", "update", "demo", "--description", "x"])
        .code(4)
        .stderr_has("viewer");
    as_key(&["tenant", "show"])
        .code(4)
        .stderr_has("API keys may only");
    as_key(&["api-keys", "create", "escalate"]).code(4);
    // The same key stored by `auth login --with-token` behaves the same.
    env.rime(format!(
        "--profile ci --api-url {} auth login --with-token",
        env.sb.base_url
    ))
    .stdin(&secret)
    .run()
    .ok()
    .stderr_has("(viewer)");
    snapshot!(env, "--profile ci projects update demo --description x");
}

#[test]
fn revoke_confirms_and_the_key_stops_working() {
    let env = demo_env();
    let secret = env
        .rime("api-keys create temp")
        .run()
        .ok()
        .stdout
        .trim()
        .to_string();
    env.rime("projects get demo")
        .env("RIME_TOKEN", &secret)
        .run()
        .ok();
    snapshot!(env, "api-keys revoke temp");
    assert!(
        env.requests("DELETE", "/api/v1/projects/{project_id}/api-keys/{key_id}")
            .is_empty()
    );
    env.rime("api-keys revoke temp --yes")
        .run()
        .ok()
        .stderr_has("deleted API key `temp`");
    env.rime("projects get demo")
        .env("RIME_TOKEN", &secret)
        .run()
        .code(3);
    snapshot!(env, "api-keys revoke temp --yes");
    let id = env.rime("api-keys create by-id -o json").run().ok().json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.rime(format!("api-keys revoke {id} --yes")).run().ok();
    let deleted = env.requests("DELETE", "/api/v1/projects/{project_id}/api-keys/{key_id}");
    assert!(deleted.last().unwrap().uri.ends_with(&id));
}

#[test]
fn rotate_creates_a_key_like_the_old_then_revokes_the_old() {
    let env = demo_env();
    let old = env
        .rime("api-keys create ci --role editor --expires-in-days 30")
        .run()
        .ok()
        .stdout
        .trim()
        .to_string();
    let writes = || -> Vec<_> {
        env.exchanges()
            .into_iter()
            .filter(|x| x.method != "GET" && x.uri.contains("/api-keys"))
            .map(|x| (x.method, x.route.unwrap_or_default(), x.body, x.status))
            .collect()
    };
    // Confirmed as revoke is: nothing is created without --yes.
    env.rime("api-keys rotate ci")
        .run()
        .code(2)
        .stderr_has("refusing to rotate API key `ci`")
        .stderr_has("`rime api-keys rotate ci --yes`");
    assert_eq!(writes().len(), 1, "only the first create");

    let out = env.rime("api-keys rotate ci --yes").run().ok();
    let new = out.stdout.trim().to_string();
    assert!(new.starts_with("rk_") && new != old, "{}", out.stdout);
    out.stderr_has("created API key `ci-")
        .stderr_has("with role editor")
        .stderr_has("only time the secret is shown")
        .stderr_has("revoked the old API key `ci`")
        .stderr_lacks(&new);
    let w = writes();
    assert_eq!(w.len(), 3, "{w:?}");
    let (post, delete) = (&w[1], &w[2]);
    assert_eq!(
        (post.0.as_str(), post.1.as_str()),
        ("POST", "/api/v1/projects/{project_id}/api-keys")
    );
    let body = post.2.clone().unwrap();
    assert_eq!(body["role"], "editor");
    assert_eq!(body["expires_in_days"], 30);
    assert!(body["name"].as_str().unwrap().starts_with("ci-"), "{body}");
    assert_eq!(
        (delete.0.as_str(), delete.1.as_str(), delete.3),
        (
            "DELETE",
            "/api/v1/projects/{project_id}/api-keys/{key_id}",
            204
        )
    );
    // The old secret stops working, the new one works.
    env.rime("projects get demo")
        .env("RIME_TOKEN", &old)
        .run()
        .code(3);
    env.rime("projects get demo")
        .env("RIME_TOKEN", &new)
        .run()
        .ok();

    // An unknown key: nothing is created.
    env.rime("api-keys rotate nope --yes")
        .run()
        .code(5)
        .stderr_has("no API key named or with id `nope`");
    assert_eq!(writes().len(), 3);
}

#[test]
fn a_rotation_whose_revoke_fails_keeps_the_new_key_and_says_how_to_revoke_the_old() {
    let env = demo_env();
    let old = env.rime("api-keys create ci -o json").run().ok().json();
    let old_id = old["id"].as_str().unwrap().to_string();
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "status500", "method": "DELETE", "path_prefix": "/api/v1/projects", "times": 9}]),
    );
    let out = env
        .rime("api-keys rotate ci --yes --max-retries 0 --name ci-next")
        .run();
    assert_eq!(out.code, 1, "a server error: {}", out.stderr);
    out.stdout_has("rk_")
        .stderr_has("created API key `ci-next`")
        .stderr_has("the new key exists, but the old API key `ci`")
        .stderr_has(format!(
            "rime api-keys revoke {old_id} -p {} --yes",
            env.demo()
        ));
    let names: Vec<String> = env
        .rime("api-keys list -o json")
        .run()
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap().to_string())
        .collect();
    assert!(
        names.contains(&"ci".to_string()) && names.contains(&"ci-next".to_string()),
        "{names:?}"
    );
    // The command it gives works.
    env.control("DELETE", "/faults", json!({}));
    env.rime(format!("api-keys revoke {old_id} -p {} --yes", env.demo()))
        .run()
        .ok();
}
