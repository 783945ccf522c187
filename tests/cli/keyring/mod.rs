//! rime against a real Secret Service (gnome-keyring on a private session bus): where sessions
//! are stored, read, rotated, moved and deleted, checked with `secret-tool`; and what happens
//! when the keyring is locked, silent, or missing.

mod daemon;

use std::os::unix::net::UnixListener;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Env, Out};
pub use daemon::Keyring;

/// This test's own keyring, or `return` (after saying why there is none).
macro_rules! keyring_or_skip {
    () => {{
        fn here() {}
        let path = std::any::type_name_of_val(&here).trim_end_matches("::here");
        match Keyring::start_or_skip(path.rsplit("::").next().unwrap_or(path)) {
            Some(kr) => kr,
            None => return,
        }
    }};
}

/// A sandbox and a `test` profile with `credential_store = store` that sees `keyring`'s bus.
pub fn keyring_env(kr: &Keyring, store: &str) -> Env {
    let mut env = Env::bare();
    let config = env.config_dir().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace(
            "credential_store = \"file\"",
            &format!("credential_store = \"{store}\""),
        ),
    )
    .unwrap();
    env.vars
        .push(("DBUS_SESSION_BUS_ADDRESS".into(), kr.address.clone()));
    env
}

fn login(env: &Env, extra: &str) -> Out {
    env.rime(format!(
        "{extra} auth login --email {} --password-stdin",
        rime_sandbox::ADMIN_EMAIL
    ))
    .stdin(rime_sandbox::ADMIN_PASSWORD)
    .run()
}

fn no_credentials_file(env: &Env) {
    let path = env.config_dir().join("credentials.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        !text.contains("token"),
        "{} holds a secret:\n{text}",
        path.display()
    );
}

/// The bearer token of the last request the sandbox received.
fn last_bearer(env: &Env) -> String {
    let last = env.exchanges().pop().expect("a request");
    last.header("authorization")
        .and_then(|h| h.strip_prefix("Bearer "))
        .expect("a bearer token")
        .to_string()
}

fn doctor(env: &Env) -> (i32, Value) {
    let out = env.rime("doctor -o json").run();
    let report = out.json();
    (out.code, report)
}

#[track_caller]
fn check(report: &Value, name: &str) -> (String, String) {
    let c = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no {name} check in {report:#}"));
    (
        c["status"].as_str().unwrap().to_string(),
        c["message"].as_str().unwrap().to_string(),
    )
}

#[test]
fn login_stores_the_session_in_the_keyring_and_another_process_reads_it() {
    let kr = keyring_or_skip!();
    let env = keyring_env(&kr, "auto");
    let out = login(&env, "").ok();
    assert!(
        out.stderr.contains("secret in the OS keyring") && !out.stderr.contains("warning"),
        "{}",
        out.stderr
    );
    no_credentials_file(&env);
    // What the Secret Service holds, read by another client.
    let entry = kr.entry("test").expect("an entry for profile `test`");
    assert_eq!(entry["type"], "token");
    let access = entry["access_token"].as_str().unwrap().to_string();
    assert!(access.starts_with("rat_"), "{entry}");
    assert!(entry["refresh_token"].as_str().unwrap().starts_with("rrt_"));
    assert_eq!(kr.profiles(), ["test"], "one item, one profile");

    // Another process finds it there and sends it.
    let status = env.rime("auth status -o json").run().ok().json();
    assert_eq!(
        status["secret_store"],
        "OS keyring (service rime, entry test)"
    );
    env.rime("projects get demo -o json").run().ok();
    assert_eq!(last_bearer(&env), access);
    assert_eq!(env.rime("auth token").run().ok().stdout.trim(), access);
    no_credentials_file(&env);
}

#[test]
fn refresh_rotates_the_keyring_entry_in_place() {
    let kr = keyring_or_skip!();
    let env = keyring_env(&kr, "auto");
    login(&env, "").ok();
    let first = kr.entry("test").unwrap();
    env.rime("auth refresh")
        .run()
        .ok()
        .stderr_has("refreshed the session of profile `test`");
    let sent = env.requests("POST", "/api/v1/auth/refresh");
    assert_eq!(
        sent[0].body.as_ref().unwrap()["refresh_token"],
        first["refresh_token"]
    );
    let second = kr.entry("test").unwrap();
    assert_ne!(second["access_token"], first["access_token"]);
    assert_ne!(second["refresh_token"], first["refresh_token"]);
    // A token about to expire by the server's clock is refreshed before use, into the same entry.
    env.sb.advance(3570);
    let token = env.rime("auth token").run().ok().stdout;
    assert_eq!(env.requests("POST", "/api/v1/auth/refresh").len(), 2);
    let third = kr.entry("test").unwrap();
    assert_ne!(third["access_token"], second["access_token"]);
    assert_eq!(token.trim(), third["access_token"].as_str().unwrap());
    env.rime("projects list").run().ok();
    assert_eq!(last_bearer(&env), token.trim());
    assert_eq!(kr.profiles(), ["test"], "rotated in place, not added");
    no_credentials_file(&env);
}

#[test]
fn logout_and_profile_delete_remove_the_entry_and_rename_moves_it() {
    let kr = keyring_or_skip!();
    let env = keyring_env(&kr, "auto");
    login(&env, "").ok();
    env.rime("auth logout")
        .run()
        .ok()
        .stderr_has("deleted its secret from the OS keyring");
    assert_eq!(kr.entry("test"), None);
    assert!(kr.profiles().is_empty());

    // Two profiles in the keyring; rename one, delete the other.
    login(&env, "").ok();
    login(
        &env,
        &format!("--profile other --api-url {}", env.sb.base_url),
    )
    .ok();
    let other = kr.entry("other").expect("profile `other` in the keyring");
    env.rime("profile rename other moved").run().ok();
    assert_eq!(kr.entry("other"), None, "the old name's entry is gone");
    assert_eq!(kr.entry("moved"), Some(other.clone()), "the same secret");
    env.rime("--profile moved projects get demo").run().ok();
    assert_eq!(last_bearer(&env), other["access_token"].as_str().unwrap());
    env.rime("profile delete moved --yes").run().ok();
    assert_eq!(kr.entry("moved"), None);
    assert_eq!(
        kr.profiles(),
        ["test"],
        "the other profile's entry is untouched"
    );
    no_credentials_file(&env);
}

#[test]
fn a_locked_keyring_falls_back_under_auto_and_fails_under_keyring() {
    let kr = keyring_or_skip!();
    let env = keyring_env(&kr, "auto");
    login(&env, "").ok();
    assert!(kr.entry("test").is_some());
    kr.lock();
    // The secret is in there: reading it fails and says why, rather than "not logged in".
    env.rime("projects list")
        .run()
        .code(2)
        .stderr_has("cannot read the secret of profile `test` from the OS keyring")
        .stderr_has("unlock prompt was dismissed")
        .stderr_has("hint: unlock or start the OS keyring");
    env.rime("auth logout")
        .run()
        .code(2)
        .stderr_has("from the OS keyring");
    let (code, report) = doctor(&env);
    assert_eq!(code, 9, "{report:#}");
    let (status, message) = check(&report, "keyring");
    assert_eq!(status, "warned", "{message}");
    assert!(message.contains("does not answer"), "{message}");

    // A new login under `auto` goes to the file, with the warning; it works from then on.
    let out = login(&env, "").ok();
    assert!(
        out.stderr.contains("warning: no OS keyring is usable (")
            && out.stderr.contains("unlock prompt was dismissed")
            && out.stderr.contains("credentials.toml (mode 600)"),
        "{}",
        out.stderr
    );
    env.rime("projects list").run().ok();
    let status = env.rime("auth status -o json").run().ok().json();
    assert!(
        status["secret_store"]
            .as_str()
            .unwrap()
            .starts_with("credentials file"),
        "{status}"
    );

    // `credential_store = "keyring"` never downgrades: exit 2, and why.
    let strict = keyring_env(&kr, "keyring");
    login(&strict, "")
        .code(2)
        .stderr_has(
            "profile `test` requires the OS keyring (credential_store = keyring), which failed",
        )
        .stderr_has("unlock prompt was dismissed");
    assert!(!strict.config_dir().join("credentials.toml").exists());
    let (code, report) = doctor(&strict);
    assert_eq!(code, 9);
    assert_eq!(check(&report, "keyring").0, "failed");
    assert!(kr.locked(), "rime never unlocks a keyring by itself");
}

#[test]
fn a_keyring_that_does_not_answer_is_given_up_on_within_the_timeout() {
    let kr = keyring_or_skip!();
    // The daemon stopped (SIGSTOP): the bus takes the call, nobody answers it.
    let env = keyring_env(&kr, "auto");
    kr.freeze();
    let started = Instant::now();
    let out = login(&env, "").ok();
    assert!(
        out.stderr.contains("warning: no OS keyring is usable (")
            && out.stderr.contains("Did not receive a reply")
            && out.stderr.contains("credentials.toml"),
        "{}",
        out.stderr
    );
    assert!(started.elapsed() < Duration::from_secs(60));
    env.rime("projects list").run().ok();
    let strict = keyring_env(&kr, "keyring");
    login(&strict, "")
        .code(2)
        .stderr_has("requires the OS keyring (credential_store = keyring), which failed")
        .stderr_has("Did not receive a reply");

    // A bus that accepts connections and never says a word: rime's own timeout ends the wait.
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("silent-bus");
    let listener = UnixListener::bind(&socket).unwrap();
    let held = std::thread::spawn(move || {
        let mut conns = Vec::new();
        for c in listener.incoming().take(4) {
            conns.push(c);
        }
        std::thread::sleep(Duration::from_secs(30));
    });
    let mut silent = keyring_env(&kr, "keyring");
    silent.vars.retain(|(k, _)| k != "DBUS_SESSION_BUS_ADDRESS");
    let address = format!("unix:path={}", socket.display());
    silent
        .vars
        .push(("DBUS_SESSION_BUS_ADDRESS".into(), address.clone()));
    login(&silent, "").code(2).stderr_has(
        "requires the OS keyring (credential_store = keyring), which failed: no answer within 3s",
    );
    let mut auto = keyring_env(&kr, "auto");
    auto.vars.retain(|(k, _)| k != "DBUS_SESSION_BUS_ADDRESS");
    auto.vars.push(("DBUS_SESSION_BUS_ADDRESS".into(), address));
    let out = login(&auto, "").ok();
    assert!(
        out.stderr
            .contains("no OS keyring is usable (no answer within 3s)"),
        "{}",
        out.stderr
    );
    let (_, report) = doctor(&auto);
    let (status, message) = check(&report, "keyring");
    assert_eq!(status, "warned");
    assert!(message.contains("no answer within 3s"), "{message}");
    drop(held);
}

#[test]
fn no_session_bus_at_all_falls_back_under_auto_and_fails_under_keyring() {
    // Needs no keyring programs: runs everywhere.
    for bus in [None, Some("unix:path=/nonexistent/rime-test-bus")] {
        let set = |env: &mut Env| {
            if let Some(b) = bus {
                env.vars.push(("DBUS_SESSION_BUS_ADDRESS".into(), b.into()));
            }
        };
        let mut auto = Env::bare();
        set(&mut auto);
        let cfg = auto.config_dir().join("config.toml");
        let text = std::fs::read_to_string(&cfg).unwrap();
        std::fs::write(&cfg, text.replace("\"file\"", "\"auto\"")).unwrap();
        // Before any login: not logged in, not a keyring error.
        auto.rime("projects list")
            .run()
            .code(3)
            .stderr_has("not logged in");
        let out = login(&auto, "").ok();
        assert!(
            out.stderr.contains("warning: no OS keyring is usable (")
                && out.stderr.contains("credentials.toml (mode 600)"),
            "{bus:?}: {}",
            out.stderr
        );
        auto.rime("projects list").run().ok();
        let (code, report) = doctor(&auto);
        assert_eq!(check(&report, "keyring").0, "warned", "{bus:?}");
        assert_eq!(code, 0, "{report:#}");
        auto.rime("auth logout").run().ok();

        let mut strict = Env::bare();
        set(&mut strict);
        let cfg = strict.config_dir().join("config.toml");
        let text = std::fs::read_to_string(&cfg).unwrap();
        std::fs::write(&cfg, text.replace("\"file\"", "\"keyring\"")).unwrap();
        let out = login(&strict, "").code(2);
        assert!(
            out.stderr.contains(
                "profile `test` requires the OS keyring (credential_store = keyring), which failed"
            ) && out.stderr.contains("DBus"),
            "{bus:?}: {}",
            out.stderr
        );
        assert!(!strict.config_dir().join("credentials.toml").exists());
        strict
            .rime("projects list")
            .run()
            .code(2)
            .stderr_has("requires the OS keyring");
    }
}

#[test]
fn doctor_reports_the_keyring_in_use_and_that_it_answers() {
    let kr = keyring_or_skip!();
    let env = keyring_env(&kr, "auto");
    let (code, report) = doctor(&env);
    assert_eq!(check(&report, "keyring").0, "passed", "{report:#}");
    let (_, message) = check(&report, "credential_store");
    assert!(
        message.contains("nothing stored for profile `test` yet"),
        "{message}"
    );
    assert_eq!(code, 9, "not logged in yet: the token check fails");
    login(&env, "").ok();
    let (code, report) = doctor(&env);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(
        check(&report, "credential_store"),
        (
            "passed".into(),
            "OS keyring, service rime, entry `test`".into()
        )
    );
    let (status, message) = check(&report, "keyring");
    assert_eq!(status, "passed");
    assert!(message.starts_with("answers (in "), "{message}");
    // A profile that insists on the keyring, with a healthy one: all green as well.
    let strict = keyring_env(&kr, "keyring");
    login(&strict, "").ok();
    assert_eq!(doctor(&strict).0, 0);
}

#[test]
fn the_secrets_harness_finds_nothing_with_the_keyring_in_use() {
    let kr = keyring_or_skip!();
    let env = keyring_env(&kr, "auto");
    crate::hostile::secrets::session(&env, "auto", &|| {
        ["test", "ci"]
            .iter()
            .filter_map(|p| kr.entry(p))
            .flat_map(|e| {
                ["access_token", "refresh_token"]
                    .into_iter()
                    .filter_map(move |k| e[k].as_str().map(String::from))
            })
            .collect()
    });
    // The harness saw the keyring's secrets, and no file holds them.
    assert!(
        kr.profiles().contains(&"ci".to_string()),
        "{:?}",
        kr.profiles()
    );
    no_credentials_file(&env);
    assert!(!env.dir.path().starts_with(kr.home()));
}
