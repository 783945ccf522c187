//! Profiles: precedence (flag > env > profile > default), concurrent writers, credential file safety.

use std::collections::HashMap;

use serde_json::Value;

use crate::common::Env;

fn show(env: &Env, extra: &[&str], vars: &[(&str, &str)]) -> HashMap<String, (String, String)> {
    let mut args = vec!["profile", "show", "-o", "json"];
    args.extend_from_slice(extra);
    let mut cmd = env.rime(&args);
    for (k, v) in vars {
        cmd = cmd.env(k, v);
    }
    let rows = cmd.run().ok().json();
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
            (s("setting"), (s("value"), s("source")))
        })
        .collect()
}

#[test]
fn precedence_is_flag_then_env_then_profile_then_default() {
    let env = Env::new();
    env.rime("profile set --project staging --output yaml")
        .run()
        .ok();
    let s = show(&env, &[], &[]);
    assert_eq!(s["project"], ("staging".into(), "profile test".into()));
    assert_eq!(
        s["output"],
        ("json".into(), "flag --output".into()),
        "the -o json of this very call"
    );
    assert_eq!(s["timeout"].1, "default");
    let s = show(
        &env,
        &[],
        &[("RIME_PROJECT", "demo"), ("RIME_TIMEOUT", "5s")],
    );
    assert_eq!(s["project"], ("demo".into(), "env RIME_PROJECT".into()));
    assert_eq!(s["timeout"], ("5s".into(), "env RIME_TIMEOUT".into()));
    let s = show(
        &env,
        &["--project", "other", "--timeout", "2m"],
        &[("RIME_PROJECT", "demo")],
    );
    assert_eq!(s["project"], ("other".into(), "flag --project".into()));
    assert_eq!(s["timeout"], ("120s".into(), "flag --timeout".into()));
    // The profile's output format applies when nothing overrides it.
    let out = env.rime("projects get demo").run().ok();
    let v: Value = serde_saphyr::from_str(&out.stdout).expect("yaml from the profile default");
    assert_eq!(v["name"], "demo");
}

#[test]
fn profile_lifecycle() {
    let env = Env::new();
    env.rime("profile set prod --tenant acme --project sales")
        .run()
        .ok();
    let list = env.rime("profile list -o json").run().ok().json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"prod") && names.contains(&"test") && names.contains(&"sandbox"),
        "{names:?}"
    );
    env.rime("profile use prod").run().ok();
    let s = show(&env, &[], &[]);
    assert_eq!(s["api_url"].0, "https://acme.rimedata.io/api/v1");
    env.rime("profile rename prod production").run().ok();
    env.rime("profile use test").run().ok();
    snapshot!(env, "profile delete production");
    env.rime("profile delete production --yes").run().ok();
    env.rime("profile use nope").run().code(2);
    env.rime("profile set --tenant bad.host").run().code(2);
    snapshot!(env, "profile set --api-url http://10.0.0.1/api/v1");
}

#[test]
fn concurrent_profile_writers_leave_a_valid_config() {
    let env = Env::new();
    let children: Vec<_> = (0..10)
        .map(|i| {
            env.rime(format!("profile set p{i} --project proj{i}"))
                .command()
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    let doc: toml_edit::DocumentMut = text.parse().expect("config still parses");
    for i in 0..10 {
        assert_eq!(
            doc["profiles"][&format!("p{i}")]["project"].as_str(),
            Some(format!("proj{i}").as_str()),
            "{text}"
        );
    }
    assert_eq!(
        doc["profiles"]["test"]["credential_store"].as_str(),
        Some("file")
    );
}

#[test]
fn corrupt_config_is_reported_and_left_alone() {
    let env = Env::new();
    let path = env.config_dir().join("config.toml");
    std::fs::write(
        &path,
        "current_profile = \"test\"\n[profiles.test\napi_url = 1\n",
    )
    .unwrap();
    let out = env.rime("profile set --project x").run().code(2);
    out.stderr_has("config.toml").stderr_has("line 2");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "current_profile = \"test\"\n[profiles.test\napi_url = 1\n"
    );
}

#[cfg(unix)]
#[test]
fn credentials_file_is_0600_and_loose_modes_warn() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let path = env.config_dir().join("credentials.toml");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    env.rime("projects list").run().ok().stderr_has("chmod 600");
}
