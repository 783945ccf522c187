//! One convention for every secret (issue 16 item 13): `--secret KEY=-` reads standard input,
//! `--secret KEY=@FILE` a file, in every command family; the old spellings still work; with no
//! terminal a required secret that is missing fails before any request, naming the flag.

use crate::common::{Env, Out};

/// Runs `args` with `--no-input` and checks it failed locally (exit 2, no request at all),
/// naming `flag`.
fn refused_before_any_request(env: &Env, args: &str, flag: &str) -> Out {
    let before = env.exchanges().len();
    let out = env
        .rime(format!("{args} --no-input").as_str())
        .run()
        .code(2);
    out.stderr_has(flag).stderr_has("hint:");
    assert_eq!(
        env.exchanges().len(),
        before,
        "no request may reach the server: {out:?}"
    );
    out
}

fn file(env: &Env, name: &str, text: &str) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

const PG: &str = "-p demo conn create --type postgresql --config host=db.internal --config port=5432 --config database=shop --config username=rime -o json";

#[test]
fn connectors_take_secrets_from_stdin_or_a_file_and_refuse_without_them() {
    let env = Env::new();
    let c = env
        .rime(format!("{PG} --name from-stdin --secret password=-").as_str())
        .stdin("pw-from-stdin\n")
        .run()
        .ok()
        .json();
    assert_eq!(c["config"]["password_set"], true, "{c}");
    let pw = file(&env, "pw.txt", "pw-from-file\n");
    let c = env
        .rime(format!("{PG} --name from-file --secret password=@{pw}").as_str())
        .run()
        .ok()
        .json();
    assert_eq!(c["config"]["password_set"], true, "{c}");
    let out =
        refused_before_any_request(&env, &format!("{PG} --name missing"), "--secret password=-");
    out.stderr_has("postgresql connector");
    // A value on argv is refused and never echoed.
    env.rime(format!("{PG} --name typed --secret password=hunter2").as_str())
        .run()
        .code(2)
        .stderr_lacks("hunter2");
}

#[test]
fn auth_login_takes_the_password_or_a_token_by_the_same_convention() {
    let env = Env::bare();
    let admin = rime_sandbox::ADMIN_EMAIL;
    env.rime(format!("auth login --email {admin} --secret password=-").as_str())
        .stdin(format!("{}\n", rime_sandbox::ADMIN_PASSWORD))
        .run()
        .ok();
    let login = env.requests("POST", "/api/v1/auth/login");
    assert_eq!(
        login.last().unwrap().body.as_ref().unwrap()["password"],
        rime_sandbox::ADMIN_PASSWORD
    );
    let pw = file(
        &env,
        "pw.txt",
        &format!("{}\n", rime_sandbox::ADMIN_PASSWORD),
    );
    env.rime(format!("auth login --email {admin} --secret password=@{pw}").as_str())
        .run()
        .ok();
    assert_eq!(env.requests("POST", "/api/v1/auth/login").len(), 2);
    // The old spelling still works.
    env.rime(format!("auth login --email {admin} --password-stdin").as_str())
        .stdin(rime_sandbox::ADMIN_PASSWORD)
        .run()
        .ok();
    assert_eq!(env.requests("POST", "/api/v1/auth/login").len(), 3);

    // A token (an API key) from a file, from stdin, and by the old --with-token.
    let key = env
        .rime("-p demo api-keys create --name ci -o json")
        .run()
        .ok()
        .json()["secret"]
        .as_str()
        .unwrap()
        .to_string();
    let key_file = file(&env, "key.txt", &format!("{key}\n"));
    for (args, stdin) in [
        (format!("auth login --secret token=@{key_file}"), ""),
        ("auth login --secret token=-".to_string(), key.as_str()),
        ("auth login --with-token".to_string(), key.as_str()),
    ] {
        let out = env.rime(args.as_str()).stdin(stdin).run().ok();
        out.stderr_has("logged in").stderr_lacks(&key);
        let me = env.requests("GET", "/api/v1/me");
        assert_eq!(
            me.last().unwrap().header("authorization"),
            Some(format!("Bearer {key}").as_str()),
            "{args}"
        );
    }

    // Nobody to ask for the password: refused before any request, naming the flag.
    refused_before_any_request(
        &env,
        &format!("auth login --email {admin}"),
        "--secret password=-",
    );
    // Only the keys a login takes.
    env.rime("auth login --secret api_key=-")
        .stdin("x")
        .run()
        .code(2)
        .stderr_has("password, token");
}

const SLACK: &str = "-p demo monitoring channels create --type slack --slack-channel #ops --slack-username rime -o json";

#[test]
fn channels_take_the_types_secret_by_the_same_convention() {
    let env = Env::new();
    let hook = "https://hooks.slack.com/services/T0/B0/secret-hook";
    let c = env
        .rime(format!("{SLACK} --name by-stdin --secret webhook_url=-").as_str())
        .stdin(hook)
        .run()
        .ok()
        .json();
    assert_eq!(c["config"]["webhook_url_set"], true, "{c}");
    let path = file(&env, "hook.txt", &format!("{hook}\n"));
    let c = env
        .rime(format!("{SLACK} --name by-file --secret webhook_url=@{path}").as_str())
        .run()
        .ok()
        .json();
    assert_eq!(c["config"]["webhook_url_set"], true, "{c}");
    // The old spellings still work.
    env.rime(format!("{SLACK} --name old-stdin --secret-stdin").as_str())
        .stdin(hook)
        .run()
        .ok();
    env.rime(format!("{SLACK} --name old-file --secret-file {path}").as_str())
        .run()
        .ok();
    let created = env.requests(
        "POST",
        "/api/v1/projects/{project_id}/notification-channels",
    );
    assert_eq!(created.len(), 4);
    for c in &created {
        assert_eq!(c.body.as_ref().unwrap()["config"]["webhook_url"], hook);
    }
    refused_before_any_request(
        &env,
        &format!("{SLACK} --name missing"),
        "--secret webhook_url=-",
    );
    // The key is the type's: a Slack channel's secret is its webhook_url.
    env.rime(format!("{SLACK} --name wrong --secret password=-").as_str())
        .stdin("x")
        .run()
        .code(2)
        .stderr_has("webhook_url");
    // Rotating on update.
    env.rime("-p demo monitoring channels update by-file --secret webhook_url=-")
        .stdin(format!("{hook}-2"))
        .run()
        .ok();
    let patch = env
        .requests(
            "PATCH",
            "/api/v1/projects/{project_id}/notification-channels/{channel_id}",
        )
        .pop()
        .unwrap();
    assert_eq!(
        patch.body.unwrap()["config"]["webhook_url"],
        format!("{hook}-2")
    );
}

#[test]
fn project_settings_take_their_secrets_by_the_same_convention() {
    let env = Env::new();
    let route = "/api/v1/projects/{project_id}";
    let sent = |env: &Env| {
        env.requests("PATCH", route).pop().unwrap().body.unwrap()["settings"]["snowflake"]
            ["password"]
            .clone()
    };
    env.rime("projects update demo --secret snowflake.password=- -o json")
        .stdin("sf-from-stdin\n")
        .run()
        .ok();
    assert_eq!(sent(&env), "sf-from-stdin");
    let pw = file(&env, "sf.txt", "sf-from-file\n");
    let p = env
        .rime(format!("projects update demo --secret snowflake.password=@{pw} -o json").as_str())
        .run()
        .ok()
        .json();
    assert_eq!(sent(&env), "sf-from-file");
    assert_eq!(p["settings"]["snowflake"]["password_set"], true);
    // The old spelling (a file through --set) still works.
    env.rime(format!("projects update demo --set settings.snowflake.password=@{pw}").as_str())
        .run()
        .ok();
    assert_eq!(sent(&env), "sf-from-file");
    let before = env.requests("PATCH", route).len();
    env.rime("projects update demo --secret warehouse=-")
        .stdin("x")
        .run()
        .code(2)
        .stderr_has("snowflake.password, snowflake.private_key, aws.secret_access_key");
    assert_eq!(
        env.requests("PATCH", route).len(),
        before,
        "refused before the update"
    );
}
