//! Password and token logins; a failed login stores nothing and keeps the previous credential.

use super::{stored, stored_field};
use crate::common::{Env, assert_lacks, files_under};

#[test]
fn password_login_from_stdin_is_verified_then_stored() {
    let env = Env::bare();
    let out = env
        .rime("auth login --email Viewer@Sandbox.Rime.Test --password-stdin")
        .stdin("correct-horse-viewer\n")
        .run()
        .ok();
    assert!(out.stdout.is_empty());
    out.stderr_has("logged in to sandbox as viewer@sandbox.rime.test (viewer) with profile `test`; secret in the credentials file");
    let login = env.requests("POST", "/api/v1/auth/login");
    assert_eq!(login.len(), 1);
    assert_eq!(
        login[0].body.as_ref().unwrap()["password"],
        "correct-horse-viewer",
        "the trailing newline of stdin is not part of the password"
    );
    let token = stored_field(&env, "access_token").unwrap();
    assert_eq!(stored_field(&env, "type").as_deref(), Some("token"));
    assert!(stored(&env).unwrap().get("expires_at").is_some());
    let me = env.requests("GET", "/api/v1/me");
    assert_eq!(
        me[0].header("authorization"),
        Some(format!("Bearer {token}").as_str()),
        "the token was checked against /me before it was stored"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.config_dir().join("credentials.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    for f in files_under(env.dir.path()) {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        assert!(!text.contains("correct-horse-viewer"), "{}", f.display());
    }
}

#[test]
fn the_password_is_never_a_flag_and_never_guessed() {
    let env = Env::bare();
    snapshot!(env, "auth login --email a@b.co --password x");
    snapshot!(env, "auth login --email a@b.co");
    snapshot!(env, "auth login");
    env.rime("auth login --email a@b.co --password-stdin")
        .stdin("")
        .run()
        .code(2)
        .stderr_has("no password on standard input");
    assert!(env.exchanges().is_empty());
}

#[test]
fn a_failed_login_keeps_the_previous_credential() {
    let env = Env::new();
    let before = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    env.rime(format!(
        "auth login --email {} --password-stdin",
        rime_sandbox::ADMIN_EMAIL
    ))
    .stdin("wrong")
    .run()
    .code(3)
    .stderr_has("Invalid email or password")
    .stderr_has("nothing was stored");
    env.rime("auth login --with-token")
        .stdin("rat_not-a-real-token")
        .run()
        .code(3)
        .stderr_has("the credential was rejected; nothing was stored");
    env.rime("auth login --with-token")
        .stdin("")
        .run()
        .code(2)
        .stderr_has("no token on standard input");
    let after = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    assert_eq!(before, after);
    env.rime("projects list").run().ok();
}

#[test]
fn login_creates_the_profile_it_names() {
    let env = Env::bare();
    let out = env
        .rime(format!(
            "--profile fresh --api-url {} auth login --email {} --password-stdin",
            env.sb.base_url,
            rime_sandbox::ADMIN_EMAIL
        ))
        .stdin(rime_sandbox::ADMIN_PASSWORD)
        .run()
        .ok();
    out.stderr_has("with profile `fresh`");
    // No keyring answers in the test environment: `auto` falls back to the file, and says so.
    out.stderr_has("no OS keyring is usable")
        .stderr_has("credentials.toml");
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    let doc: toml_edit::DocumentMut = config.parse().unwrap();
    assert_eq!(
        doc["profiles"]["fresh"]["api_url"].as_str(),
        Some(env.sb.base_url.as_str())
    );
    // The profile now works on its own, without the flag.
    env.rime("--profile fresh projects list").run().ok();
    // A login that fails creates nothing.
    env.rime(format!(
        "--profile ghost --api-url {} auth login --email {} --password-stdin",
        env.sb.base_url,
        rime_sandbox::ADMIN_EMAIL
    ))
    .stdin("wrong")
    .run()
    .code(3);
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert_lacks(&config, "ghost");
}

#[test]
fn with_token_accepts_an_api_key_or_an_access_token() {
    let env = Env::bare();
    let key = env.sb.api_key.clone();
    env.rime("auth login --with-token")
        .stdin(format!("{key}\n"))
        .run()
        .ok()
        .stderr_has("as API key");
    assert_eq!(stored_field(&env, "type").as_deref(), Some("api_key"));
    assert_eq!(stored_field(&env, "access_token").unwrap(), key);
    let s = env.rime("auth status -o json").run().ok().json();
    assert_eq!(s["auth_type"], "api_key");
    assert_eq!(s["role"], "editor");
    assert_eq!(s["refreshable"], false);
    // The key reaches its project with no --project.
    let p = env.rime("projects get demo -o json").run().ok().json();
    assert_eq!(p["id"], env.demo());

    // An access token from a session made elsewhere: stored with its expiry from the server.
    let env = Env::new();
    let token = env.rime("auth token").run().ok().stdout;
    let pasted = ["--profile", "pasted", "--api-url", &env.sb.base_url];
    let login: Vec<&str> = pasted
        .iter()
        .copied()
        .chain(["auth", "login", "--with-token"])
        .collect();
    env.rime(&login)
        .stdin(&token)
        .run()
        .ok()
        .stderr_has("as admin@sandbox.rime.test");
    let status: Vec<&str> = pasted
        .iter()
        .copied()
        .chain(["auth", "status", "-o", "json"])
        .collect();
    let s = env.rime(&status).run().ok().json();
    assert_eq!(s["auth_type"], "user");
    assert_eq!(s["refreshable"], false);
    let left = s["expires_in_seconds"].as_i64().unwrap();
    assert!((3500..=3600).contains(&left), "{left}");
}

/// The prompts on a real terminal: `script` (util-linux) gives rime a pseudo-terminal, and the
/// test types the email and then the password once each prompt has appeared.
#[cfg(target_os = "linux")]
#[test]
fn a_terminal_prompts_for_the_email_and_a_hidden_password() {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    let env = Env::bare();
    let mut child = Command::new("script")
        .args([
            "-qec",
            &format!("'{}' auth login", crate::common::BIN),
            "/dev/null",
        ])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("RIME_CONFIG_DIR", env.config_dir())
        .env("RIME_DATA_DIR", env.dir.path().join("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("`script` from util-linux provides the pseudo-terminal");
    let screen = Arc::new(Mutex::new(String::new()));
    let mut stdout = child.stdout.take().unwrap();
    let sink = screen.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 1024];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    let wait_for = |needle: &str| {
        let started = Instant::now();
        while !screen.lock().unwrap().contains(needle) {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no {needle:?} on the terminal: {:?}",
                screen.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    let mut keys = child.stdin.take().unwrap();
    wait_for("email: ");
    keys.write_all(b"admin@sandbox.rime.test\n").unwrap();
    wait_for("password for admin@sandbox.rime.test: ");
    keys.write_all(b"correct-horse-admin\n").unwrap();
    let status = child.wait().unwrap();
    wait_for("logged in to sandbox as admin@sandbox.rime.test (admin)");
    assert!(status.success(), "{:?}", screen.lock().unwrap());
    let text = screen.lock().unwrap().clone();
    assert!(
        text.contains("admin@sandbox.rime.test\r\n"),
        "the email is echoed: {text:?}"
    );
    assert!(
        !text.contains("correct-horse-admin"),
        "the password is not echoed: {text:?}"
    );
    assert!(stored_field(&env, "access_token").is_some());
}
