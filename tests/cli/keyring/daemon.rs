//! The real OS keyring: each test starts its own session bus and an unlocked gnome-keyring in a
//! temp HOME, runs rime against it, and checks the keyring's state with an independent client
//! (`secret-tool`). Nothing here can reach a real user's keyring: rime runs with a cleared
//! environment and only ever sees the private bus. Without the programs these tests say
//! `SKIPPED: …` on stderr and pass, unless `RIME_TEST_KEYRING=required` (as `.ci/run` sets).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The programs a private keyring needs, with the Debian package of each.
const NEEDS: &[(&str, &str)] = &[
    ("dbus-daemon", "dbus-daemon"),
    ("dbus-send", "dbus-bin"),
    ("gnome-keyring-daemon", "gnome-keyring"),
    ("secret-tool", "libsecret-tools"),
];
const LOGIN: &str = "/org/freedesktop/secrets/collection/login";

/// A private session bus with an unlocked gnome-keyring on it; both die with this value (or,
/// should the test process die first, with the watchdog that reads its end of a pipe).
pub struct Keyring {
    pub address: String,
    bus: Child,
    daemon: Child,
    watchdog: Child,
    _watchdog_pipe: ChildStdin,
    dir: tempfile::TempDir,
}

impl Keyring {
    /// Starts one, or says why not: `None` after `SKIPPED: …` on stderr, a panic when the
    /// keyring tests are required.
    pub fn start_or_skip(test: &str) -> Option<Keyring> {
        let missing: Vec<&(&str, &str)> = NEEDS
            .iter()
            .filter(|(bin, _)| which(bin).is_none())
            .collect();
        let why = if missing.is_empty() {
            match Keyring::start() {
                Ok(k) => return Some(k),
                Err(e) => format!("the private keyring did not start: {e}"),
            }
        } else {
            let bins: Vec<&str> = missing.iter().map(|(bin, _)| *bin).collect();
            let pkgs: Vec<&str> = missing.iter().map(|(_, pkg)| *pkg).collect();
            format!(
                "no session bus and keyring to test against: {} not found (apt-get install {})",
                bins.join(", "),
                pkgs.join(" ")
            )
        };
        if std::env::var("RIME_TEST_KEYRING").as_deref() == Ok("required") {
            panic!("{test}: RIME_TEST_KEYRING=required, but {why}");
        }
        // Straight to the process's stderr, past the test harness's capture, so `cargo test`
        // shows it even though the test passes.
        let _ = writeln!(std::io::stderr(), "SKIPPED: keyring::{test}: {why}");
        None
    }

    fn start() -> Result<Keyring, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let root = dir.path();
        for sub in ["home", "run"] {
            std::fs::create_dir_all(root.join(sub)).map_err(|e| e.to_string())?;
        }
        set_mode(&root.join("run"), 0o700);
        let socket = root.join("run/bus");
        std::fs::write(root.join("bus.conf"), bus_config(&socket)).map_err(|e| e.to_string())?;
        let mut bus = Command::new("dbus-daemon")
            .env_clear()
            .arg(format!("--config-file={}", root.join("bus.conf").display()))
            .args(["--nofork", "--nopidfile", "--print-address=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("dbus-daemon: {e}"))?;
        let mut line = String::new();
        BufReader::new(bus.stdout.take().unwrap())
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        let address = line.trim().to_string();
        if !address.starts_with("unix:") {
            let _ = bus.kill();
            let _ = bus.wait();
            return Err(format!("dbus-daemon printed no address ({line:?})"));
        }
        let home = root.join("home");
        let mut daemon = Command::new("gnome-keyring-daemon")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("XDG_RUNTIME_DIR", root.join("run"))
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .args(["--foreground", "--unlock", "--components=secrets", "-C"])
            .arg(root.join("run"))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("gnome-keyring-daemon: {e}"))?;
        // The throwaway password creates and unlocks the `login` collection; EOF ends it.
        let mut pw = daemon.stdin.take().unwrap();
        let _ = pw.write_all(b"throwaway-test-password");
        drop(pw);
        let (watchdog, pipe) = watchdog(&[bus.id(), daemon.id()])?;
        let kr = Keyring {
            address,
            bus,
            daemon,
            watchdog,
            _watchdog_pipe: pipe,
            dir,
        };
        kr.wait_until_ready()?;
        Ok(kr)
    }

    /// Until the Secret Service is on the bus and its default collection is the unlocked login one.
    fn wait_until_ready(&self) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let alias = self.dbus_send(&[
                "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.ReadAlias",
                "string:default",
            ]);
            if let Ok(reply) = &alias
                && reply.contains(LOGIN)
                && !self.locked()
            {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("the Secret Service did not come up: {alias:?}"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn dbus_send(&self, args: &[&str]) -> Result<String, String> {
        let out = Command::new("dbus-send")
            .env_clear()
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .args(["--session", "--print-reply", "--reply-timeout=10000"])
            .args(args)
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
        }
    }

    /// Whether the login collection is locked, as the Secret Service itself says.
    pub fn locked(&self) -> bool {
        self.dbus_send(&[
            "--dest=org.freedesktop.secrets",
            LOGIN,
            "org.freedesktop.DBus.Properties.Get",
            "string:org.freedesktop.Secret.Collection",
            "string:Locked",
        ])
        .map(|r| r.contains("boolean true"))
        .unwrap_or(true)
    }

    /// Locks the login collection (as a screen lock does); unlocking needs a prompt, which a
    /// headless session cannot show.
    pub fn lock(&self) {
        self.dbus_send(&[
            "--dest=org.freedesktop.secrets",
            "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service.Lock",
            &format!("array:objpath:{LOGIN}"),
        ])
        .expect("lock the login collection");
        assert!(self.locked(), "the login collection is locked");
    }

    /// Stops the keyring daemon (SIGSTOP): the bus still takes calls, nobody answers them.
    pub fn freeze(&self) {
        let ok = Command::new("kill")
            .args(["-STOP", &self.daemon.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "SIGSTOP to gnome-keyring-daemon");
    }

    fn secret_tool(&self, args: &[&str]) -> std::process::Output {
        Command::new("secret-tool")
            .env_clear()
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .args(args)
            .output()
            .expect("secret-tool runs")
    }

    /// rime's entry for a profile, read by `secret-tool`, not by rime.
    pub fn entry(&self, profile: &str) -> Option<Value> {
        let out = self.secret_tool(&["lookup", "service", "rime", "username", profile]);
        if out.stdout.is_empty() {
            return None;
        }
        let text = String::from_utf8_lossy(&out.stdout);
        Some(serde_json::from_str(&text).unwrap_or_else(|e| {
            panic!("the keyring entry of `{profile}` is not rime's JSON ({e}): {text}")
        }))
    }

    /// The profiles that have an item under service `rime`, one per item (so duplicates show).
    pub fn profiles(&self) -> Vec<String> {
        let out = self.secret_tool(&["search", "--all", "service", "rime"]);
        // secret-tool prints the attributes on stderr and the rest on stdout.
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .filter_map(|l| l.strip_prefix("attribute.username = "))
            .map(String::from)
            .collect()
    }

    /// Every file the keyring daemon keeps (the encrypted keyrings), to keep out of searches.
    pub fn home(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Keyring {
    fn drop(&mut self) {
        // The watchdog first, so it never signals a pid that was reused after ours.
        let _ = self.watchdog.kill();
        let _ = self.watchdog.wait();
        // SIGKILL ends a stopped process too.
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}

/// A shell that kills `pids` when its stdin closes: when the test process ends, however it ends.
fn watchdog(pids: &[u32]) -> Result<(Child, ChildStdin), String> {
    let mut child = Command::new("sh")
        .args([
            "-c",
            "while read -r _; do :; done; kill -9 \"$@\" 2>/dev/null; exit 0",
            "sh",
        ])
        .args(pids.iter().map(u32::to_string))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("sh: {e}"))?;
    let stdin = child.stdin.take().unwrap();
    Ok((child, stdin))
}

/// A session bus that only listens on our socket and activates nothing (so no service file can
/// start anything with a real HOME).
fn bus_config(socket: &Path) -> String {
    format!(
        r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
        socket.display()
    )
}

fn which(bin: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(bin))
        .find(|p| p.is_file())
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}
