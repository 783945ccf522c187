//! Secrets per profile: the OS keyring (with a timeout) or a 0600 `credentials.toml`; `RIME_TOKEN` wins.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use toml_edit::{DocumentMut, Item, Table, value};

use crate::config::file::{ensure_dir, lock, write_atomic};
use crate::error::CliError;

const SERVICE: &str = "rime";
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CredKind {
    /// Access token (+ refresh token) from a login.
    Token,
    /// A project API key (`rk_…`).
    ApiKey,
}

#[derive(Clone, Serialize, Deserialize)]
pub struct Credential {
    #[serde(rename = "type")]
    pub kind: CredKind,
    pub access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Unix seconds by this machine's clock (issue time + `expires_in`), so a wrong local clock
    /// does not matter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The server's clock minus ours, in seconds, when the token was issued (from `Date`). If the
    /// server's clock later moves relative to ours, expiry moves with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_offset: Option<i64>,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print secrets, even in debug output.
        f.debug_struct("Credential")
            .field("kind", &self.kind)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    Keyring,
    File,
}

impl std::fmt::Display for StoreKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StoreKind::Keyring => "OS keyring",
            StoreKind::File => "credentials file",
        })
    }
}

/// The credential store of one profile.
pub struct Credentials {
    pub profile: String,
    pub config_dir: PathBuf,
    /// `auto`, `keyring` or `file` (from the profile).
    pub choice: String,
}

/// What happened on save, so the caller can warn once.
pub struct Saved {
    pub store: StoreKind,
    /// Set when `auto` fell back to the file because no keyring answered.
    pub fell_back: Option<String>,
}

impl Credentials {
    pub fn file_path(&self) -> PathBuf {
        self.config_dir.join("credentials.toml")
    }

    /// Loads the profile's secret: the file first when it holds one (no keyring round trip),
    /// then the keyring unless the profile says `file`.
    pub fn load(&self) -> Result<Option<(Credential, StoreKind)>, CliError> {
        if self.choice != "keyring" {
            if let Some(c) = file_load(&self.file_path(), &self.profile)? {
                return Ok(Some((c, StoreKind::File)));
            }
            if self.choice == "file" {
                return Ok(None);
            }
        }
        match keyring_call(KeyringOp::Get, &self.profile) {
            Ok(Some(text)) => {
                let cred: Credential = serde_json::from_str(&text).map_err(|e| {
                    CliError::Credential(format!(
                        "the keyring entry for profile `{}` is corrupt: {e}",
                        self.profile
                    ))
                })?;
                Ok(Some((cred, StoreKind::Keyring)))
            }
            Ok(None) => Ok(None),
            Err(e) if self.choice == "keyring" => Err(self.required(&e)),
            // No Secret Service here: nothing can have been stored in it.
            Err(e) if e.absent => Ok(None),
            // One that is there but locked or silent may hold the secret: saying "not logged in"
            // would send the user to log in again and leave the old secret behind.
            Err(e) => Err(CliError::Credential(format!(
                "cannot read the secret of profile `{}` from the OS keyring: {}",
                self.profile, e.message
            ))),
        }
    }

    pub fn save(&self, cred: &Credential) -> Result<Saved, CliError> {
        if self.choice != "file" {
            let text = serde_json::to_string(cred).expect("credential serialises");
            match keyring_call(KeyringOp::Set(text), &self.profile) {
                Ok(_) => {
                    // A stale copy in the file would shadow the keyring on the next load.
                    file_remove(&self.file_path(), &self.profile)?;
                    return Ok(Saved {
                        store: StoreKind::Keyring,
                        fell_back: None,
                    });
                }
                Err(e) if self.choice == "keyring" => return Err(self.required(&e)),
                Err(e) => {
                    file_save(&self.file_path(), &self.profile, cred)?;
                    return Ok(Saved {
                        store: StoreKind::File,
                        fell_back: Some(e.message),
                    });
                }
            }
        }
        file_save(&self.file_path(), &self.profile, cred)?;
        Ok(Saved {
            store: StoreKind::File,
            fell_back: None,
        })
    }

    pub fn delete(&self) -> Result<bool, CliError> {
        let mut removed = file_remove(&self.file_path(), &self.profile)?;
        if self.choice != "file" {
            match keyring_call(KeyringOp::Delete, &self.profile) {
                Ok(found) => removed |= found.is_some(),
                Err(e) if e.absent && self.choice != "keyring" => {}
                // A secret left behind silently would outlive the profile.
                Err(e) => {
                    return Err(CliError::Credential(format!(
                        "cannot delete the secret of profile `{}` from the OS keyring: {}",
                        self.profile, e.message
                    )));
                }
            }
        }
        Ok(removed)
    }

    /// Whether the keyring answers at all (for `rime doctor`), within the timeout.
    pub fn keyring_health(&self) -> Result<(), String> {
        keyring_call(KeyringOp::Get, &self.profile)
            .map(|_| ())
            .map_err(|e| e.message)
    }

    fn required(&self, e: &KeyringError) -> CliError {
        CliError::Credential(format!(
            "profile `{}` requires the OS keyring (credential_store = keyring), which failed: {}",
            self.profile, e.message
        ))
    }

    /// A warning when the credentials file is readable by others.
    pub fn loose_permissions(&self) -> Option<String> {
        loose(&self.file_path())
    }
}

/// No core dump while a secret may be in memory, which for rime is from start-up on (a token from
/// the environment, the keyring or a login): the soft and hard core limits go to zero and, on
/// Linux, the process is marked not dumpable (which also keeps other processes of the same user
/// from attaching to it), as ssh-agent does. Best effort: a platform without either keeps going.
pub fn no_core_dumps() {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        let _ = setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        );
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        let _ =
            rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
    }
}

#[cfg(unix)]
fn loose(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    let how = if mode & 0o044 != 0 {
        "readable"
    } else {
        "writable"
    };
    (mode & 0o077 != 0).then(|| {
        format!(
            "{} is {how} by other users (mode {mode:o}); run `chmod 600 {}`",
            path.display(),
            path.display()
        )
    })
}

#[cfg(not(unix))]
fn loose(_: &Path) -> Option<String> {
    None
}

enum KeyringOp {
    Get,
    Set(String),
    Delete,
}

/// Why a keyring call failed.
struct KeyringError {
    message: String,
    /// No session bus or no Secret Service on it (as opposed to one that is locked or does not
    /// answer): nothing can have been stored there from this session.
    absent: bool,
}

impl KeyringError {
    fn unusable(message: impl Into<String>) -> KeyringError {
        KeyringError {
            message: message.into(),
            absent: false,
        }
    }
}

/// Runs one keyring operation on a helper thread so a hung D-Bus cannot hang rime.
/// `Ok(None)` = no entry; `Err` = the keyring is unusable.
fn keyring_call(op: KeyringOp, profile: &str) -> Result<Option<String>, KeyringError> {
    let (tx, rx) = mpsc::channel();
    let profile = profile.to_string();
    std::thread::spawn(move || {
        let _ = tx.send(keyring_blocking(op, &profile));
    });
    rx.recv_timeout(KEYRING_TIMEOUT).unwrap_or_else(|e| {
        Err(KeyringError::unusable(match e {
            mpsc::RecvTimeoutError::Timeout => {
                format!("no answer within {}s", KEYRING_TIMEOUT.as_secs())
            }
            // A panic in the keyring library ends its thread, not rime (so no panic = "abort").
            mpsc::RecvTimeoutError::Disconnected => "the keyring library failed".to_string(),
        }))
    })
}

fn keyring_blocking(op: KeyringOp, profile: &str) -> Result<Option<String>, KeyringError> {
    use keyring_core::Error as E;
    init_store().map_err(|message| KeyringError {
        // libdbus's text for a call nobody answered (org.freedesktop.DBus.Error.NoReply): a
        // Secret Service is there but hangs, so it may hold secrets.
        absent: !message.contains("Did not receive a reply"),
        message,
    })?;
    let entry = keyring_core::Entry::new(SERVICE, profile)
        .map_err(|e| KeyringError::unusable(e.to_string()))?;
    let result = match op {
        KeyringOp::Get => entry.get_password().map(Some),
        KeyringOp::Set(text) => entry.set_password(&text).map(|_| Some(String::new())),
        KeyringOp::Delete => entry.delete_credential().map(|_| Some(String::new())),
    };
    match result {
        Ok(v) => Ok(v),
        Err(E::NoEntry) => Ok(None),
        Err(e) => Err(KeyringError::unusable(e.to_string())),
    }
}

fn init_store() -> Result<(), String> {
    static INIT: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    INIT.get_or_init(|| {
        #[cfg(target_os = "linux")]
        let store = dbus_secret_service_keyring_store::Store::new().map_err(|e| e.to_string())?;
        #[cfg(target_os = "macos")]
        let store =
            apple_native_keyring_store::keychain::Store::new().map_err(|e| e.to_string())?;
        #[cfg(target_os = "windows")]
        let store = windows_native_keyring_store::Store::new().map_err(|e| e.to_string())?;
        #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
        return Err("no OS keyring on this platform".to_string());
        #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
        {
            keyring_core::set_default_store(store);
            Ok(())
        }
    })
    .clone()
}

fn read_doc(path: &Path) -> Result<DocumentMut, CliError> {
    match std::fs::read_to_string(path) {
        Ok(text) => text.parse().map_err(|e: toml_edit::TomlError| {
            CliError::config(path, format!("invalid TOML: {}", e.message().trim()))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(DocumentMut::new()),
        Err(e) => Err(CliError::config(path, format!("cannot read it: {e}"))),
    }
}

fn file_load(path: &Path, profile: &str) -> Result<Option<Credential>, CliError> {
    let doc = read_doc(path)?;
    let Some(item) = doc.get("profiles").and_then(|p| p.get(profile)) else {
        return Ok(None);
    };
    let text = item.as_table().map(|t| t.to_string()).unwrap_or_default();
    let cred: Credential = toml_edit::de::from_str(&text).map_err(|e| {
        CliError::config(path, format!("profile `{profile}`: {}", e.message().trim()))
    })?;
    Ok(Some(cred))
}

fn file_save(path: &Path, profile: &str, cred: &Credential) -> Result<(), CliError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    ensure_dir(dir)?;
    let _lock = lock(dir, "credentials")?;
    let mut doc = read_doc(path)?;
    let profiles = doc.entry("profiles").or_insert_with(|| {
        let mut t = Table::new();
        t.set_implicit(true);
        Item::Table(t)
    });
    let Some(profiles) = profiles.as_table_mut() else {
        return Err(CliError::config(path, "`profiles` must be a table"));
    };
    let mut t = Table::new();
    t.insert(
        "type",
        value(match cred.kind {
            CredKind::Token => "token",
            CredKind::ApiKey => "api_key",
        }),
    );
    t.insert("access_token", value(cred.access_token.as_str()));
    if let Some(r) = &cred.refresh_token {
        t.insert("refresh_token", value(r.as_str()));
    }
    if let Some(e) = cred.expires_at {
        t.insert("expires_at", value(e));
    }
    if let Some(o) = cred.clock_offset {
        t.insert("clock_offset", value(o));
    }
    profiles.insert(profile, Item::Table(t));
    write_atomic(path, doc.to_string().as_bytes(), 0o600)
}

fn file_remove(path: &Path, profile: &str) -> Result<bool, CliError> {
    if !path.exists() {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let _lock = lock(dir, "credentials")?;
    let mut doc = read_doc(path)?;
    let removed = doc
        .get_mut("profiles")
        .and_then(Item::as_table_mut)
        .and_then(|t| t.remove(profile))
        .is_some();
    if removed {
        write_atomic(path, doc.to_string().as_bytes(), 0o600)?;
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_up_disables_core_dumps() {
        no_core_dumps();
        #[cfg(unix)]
        {
            let core = rustix::process::getrlimit(rustix::process::Resource::Core);
            assert_eq!((core.current, core.maximum), (Some(0), Some(0)));
        }
        #[cfg(any(target_os = "linux", target_os = "android"))]
        assert_eq!(
            rustix::process::dumpable_behavior().ok(),
            Some(rustix::process::DumpableBehavior::NotDumpable)
        );
    }
}
