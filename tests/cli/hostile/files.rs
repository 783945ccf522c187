//! Local files under stress: unreadable or corrupt files are named and never overwritten, loose
//! modes warn, concurrent writers leave valid files, and a read-only or full file system fails a
//! write without truncating what was there.

use std::io::Write as _;
use std::process::{Command, Stdio};

use crate::common::{BIN, Env};

/// Every way rime may touch the config, with a project set or a login attempted.
fn writers(env: &Env) -> Vec<crate::common::Out> {
    vec![
        env.rime("profile set --project x").run(),
        env.rime("profile use test").run(),
        env.rime(format!(
            "auth login --email {} --password-stdin",
            rime_sandbox::ADMIN_EMAIL
        ))
        .stdin(rime_sandbox::ADMIN_PASSWORD)
        .run(),
        env.rime("projects list").run(),
    ]
}

#[test]
fn an_unreadable_config_is_named_and_never_overwritten() {
    let env = Env::new();
    let path = env.config_dir().join("config.toml");
    let path_s = path.display().to_string();
    // Not UTF-8 (a file saved in the wrong encoding, or not a config at all).
    let bytes = b"current_profile = \"t\xe9st\"\n\xff\xfe".to_vec();
    std::fs::write(&path, &bytes).unwrap();
    for out in writers(&env) {
        let out = out.code(2);
        out.stderr_has(format!("error: {path_s}: cannot read it:"))
            .stderr_has("rime never overwrites a file it cannot read");
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "left exactly as it was"
    );
    // A directory where the file should be.
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    for out in writers(&env) {
        out.code(2).stderr_has(format!("{path_s}: cannot read it"));
    }
    assert!(path.is_dir());
    std::fs::remove_dir(&path).unwrap();
    // No read permission (meaningless to root, who reads everything: said so, not skipped).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::write(&path, "current_profile = \"test\"\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&path).is_ok() {
            let _ = writeln!(
                std::io::stderr().lock(),
                "note: running as root, so a mode-000 config.toml is still readable; the non-UTF-8 and directory cases above stand in for it"
            );
        } else {
            env.rime("profile set --project x")
                .run()
                .code(2)
                .stderr_has("Permission denied");
        }
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
}

#[test]
fn a_config_with_wrong_types_is_reported_with_the_key_and_left_alone() {
    let env = Env::new();
    let path = env.config_dir().join("config.toml");
    for (text, says) in [
        (
            "current_profile = 5\n",
            "`current_profile` must be a string",
        ),
        (
            "[profiles]\ntest = \"x\"\n",
            "profile `test` must be a table",
        ),
        (
            "[profiles.test]\nproject = 7\n",
            "`profiles.test.project` must be a string",
        ),
        (
            "current_profile = \"test\"\n[profiles.test]\napi_url = \"http://127.0.0.1:1/api/v1\"\ncredential_store = \"vault\"\n",
            "`profiles.test.credential_store` must be auto, keyring or file, not `vault`",
        ),
        (
            "current_profile = \"test\"\n[profiles.test\n",
            "invalid TOML at line 2, column",
        ),
    ] {
        std::fs::write(&path, text).unwrap();
        for out in writers(&env) {
            let out = out.code(2);
            assert!(
                out.stderr.contains(&path.display().to_string()) && out.stderr.contains(says),
                "{text:?}: {}",
                out.stderr
            );
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }
}

#[test]
fn a_corrupt_credentials_file_is_named_and_kept() {
    let env = Env::new();
    let path = env.config_dir().join("credentials.toml");
    let text = "[profiles.test\naccess_token = \"tok\"\n";
    std::fs::write(&path, text).unwrap();
    snapshot!(env, "projects list");
    // A new login would have to rewrite the file: it refuses rather than lose other profiles.
    env.rime(format!(
        "auth login --email {} --password-stdin",
        rime_sandbox::ADMIN_EMAIL
    ))
    .stdin(rime_sandbox::ADMIN_PASSWORD)
    .run()
    .code(2)
    .stderr_has("credentials.toml: invalid TOML");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    std::fs::write(&path, "[profiles.test]\naccess_token = 5\n").unwrap();
    snapshot!(env, "projects list");
}

#[cfg(unix)]
#[test]
fn loose_credential_modes_warn_with_the_file_and_rewrites_tighten_them() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let path = env.config_dir().join("credentials.toml");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // A config directory rime creates is private.
    let fresh = env.dir.path().join("fresh/rime");
    env.rime("profile set x --project y")
        .env("RIME_CONFIG_DIR", fresh.to_str().unwrap())
        .run()
        .ok();
    assert_eq!(mode(&fresh), 0o700);
    for loose in [0o640, 0o604, 0o660] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(loose)).unwrap();
        let out = env.rime("projects list").run().ok();
        out.stderr_has(format!(
            "warning: {} is readable by other users (mode {loose:o}); run `chmod 600 {}`",
            path.display(),
            path.display()
        ));
    }
    // The next write (a refresh stores the rotated tokens) leaves it 0600 again.
    env.sb.advance(3601);
    env.rime("projects list").run().ok();
    assert_eq!(mode(&path), 0o600);
    env.rime("projects list")
        .run()
        .ok()
        .stderr
        .contains("warning")
        .then(|| panic!("still warns after the rewrite"));
}

#[test]
fn ten_concurrent_logins_leave_one_valid_credentials_file() {
    let env = Env::new();
    let cfg = env.config_dir().join("config.toml");
    let mut text = std::fs::read_to_string(&cfg).unwrap();
    for i in 0..10 {
        text.push_str(&format!(
            "\n[profiles.p{i}]\napi_url = \"{}\"\ncredential_store = \"file\"\n",
            env.sb.base_url
        ));
    }
    std::fs::write(&cfg, text).unwrap();
    let children: Vec<_> = (0..10)
        .map(|i| {
            let mut c = env
                .rime(format!(
                    "--profile p{i} auth login --email {} --password-stdin",
                    rime_sandbox::ADMIN_EMAIL
                ))
                .command()
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            c.stdin
                .take()
                .unwrap()
                .write_all(rime_sandbox::ADMIN_PASSWORD.as_bytes())
                .unwrap();
            c
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
    let creds = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    let doc: toml_edit::DocumentMut = creds.parse().expect("credentials still parse");
    for i in 0..10 {
        assert!(
            doc["profiles"][&format!("p{i}")]["access_token"]
                .as_str()
                .is_some(),
            "p{i} lost"
        );
        env.rime(format!("--profile p{i} projects list")).run().ok();
    }
    assert!(doc["profiles"]["test"]["refresh_token"].as_str().is_some());
    let leftovers: Vec<_> = std::fs::read_dir(env.config_dir())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Runs `script` (sh) in a private mount namespace as a mapped root, where it may mount a small
/// tmpfs; `None` when this machine allows no unprivileged user namespaces.
fn in_private_mounts(script: &str, vars: &[(&str, String)]) -> Option<std::process::Output> {
    let probe = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "true"])
        .stderr(Stdio::null())
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        return None;
    }
    let mut c = Command::new("unshare");
    c.args(["--user", "--map-root-user", "--mount", "sh", "-c", script])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("RIME", BIN);
    for (k, v) in vars {
        c.env(k, v);
    }
    Some(c.output().expect("unshare runs"))
}

#[test]
fn a_full_disk_or_a_read_only_config_dir_fails_without_truncating_the_old_file() {
    let base = tempfile::tempdir().unwrap();
    let dir = base.path().join("cfg");
    std::fs::create_dir(&dir).unwrap();
    let original = "current_profile = \"keep\"\n\n[profiles.keep]\napi_url = \"http://127.0.0.1:1/api/v1\"\nproject = \"before\"\n";
    // Mount a 64 KiB tmpfs over the config dir with the old file in it, then either fill it or
    // make it read-only, and try to write; the file is printed back from inside the namespace.
    let script = r#"
        set -u
        mount -t tmpfs -o size=64k tmpfs "$DIR" || exit 90
        printf '%s' "$ORIGINAL" > "$DIR/config.toml"
        case "$MODE" in
          full) i=0; while dd if=/dev/zero of="$DIR/fill$i" bs=4096 count=1 2>/dev/null; do i=$((i+1)); done
                # The last partial block too.
                head -c 1024 /dev/zero >> "$DIR/fill$i" 2>/dev/null; true ;;
          ro)   mount -o remount,ro "$DIR" || exit 91 ;;
        esac
        RIME_CONFIG_DIR="$DIR" RIME_DATA_DIR="$DIR/data" "$RIME" profile set keep --project after
        echo "exit=$?"
        echo "--- config"
        cat "$DIR/config.toml"
        echo "--- tmp"
        ls -a "$DIR" | grep '\.tmp$' || true
    "#;
    for mode in ["full", "ro"] {
        let vars = [
            ("DIR", dir.display().to_string()),
            ("ORIGINAL", original.to_string()),
            ("MODE", mode.to_string()),
        ];
        std::fs::write(dir.join("config.toml"), original).unwrap();
        let Some(out) = in_private_mounts(script, &vars) else {
            let _ = writeln!(
                std::io::stderr().lock(),
                "note: no unprivileged user namespaces here, so no tmpfs can be mounted: the {mode} file system case was not run"
            );
            return;
        };
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "{mode}: the namespace script failed ({:?}):\n{stdout}\n{stderr}",
            out.status.code()
        );
        assert!(stdout.contains("exit=2\n"), "{mode}: {stdout}\n{stderr}");
        let config = stdout
            .split("--- config\n")
            .nth(1)
            .and_then(|s| s.split("--- tmp").next())
            .unwrap_or_default();
        assert_eq!(config, original, "{mode}: the old file is whole");
        assert!(
            stdout.trim_end().ends_with("--- tmp"),
            "{mode}: no temporary file left behind: {stdout}"
        );
        let says = if mode == "full" {
            "No space left on device"
        } else {
            "Read-only file system"
        };
        assert!(
            stderr.contains("error: ")
                && stderr.contains(says)
                && stderr.contains(&dir.display().to_string()),
            "{mode}: {stderr}"
        );
    }
}
