//! `config.toml` and other local files: locked read-modify-write with atomic replacement.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use toml_edit::{DocumentMut, Item, Table, value};

use crate::error::CliError;

/// The parsed config file; absent file = empty document.
pub struct ConfigFile {
    pub path: PathBuf,
    pub doc: DocumentMut,
}

/// Keys a profile may hold.
pub const PROFILE_KEYS: &[&str] = &[
    "tenant",
    "api_url",
    "project",
    "output",
    "credential_store",
    "ca_cert",
];

impl ConfigFile {
    pub fn load(dir: &Path) -> Result<ConfigFile, CliError> {
        let path = dir.join("config.toml");
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(CliError::config(&path, format!("cannot read it: {e}"))),
        };
        ConfigFile::parse(path, &text)
    }

    /// Parses and validates the text of a config file read from `path` (named in errors).
    pub fn parse(path: PathBuf, text: &str) -> Result<ConfigFile, CliError> {
        let doc: DocumentMut = text
            .parse()
            .map_err(|e: toml_edit::TomlError| CliError::config(&path, describe_toml(text, &e)))?;
        let file = ConfigFile { path, doc };
        file.validate()?;
        Ok(file)
    }

    fn validate(&self) -> Result<(), CliError> {
        if let Some(cur) = self.doc.get("current_profile")
            && cur.as_str().is_none()
        {
            return Err(CliError::config(
                &self.path,
                "`current_profile` must be a string",
            ));
        }
        if let Some(p) = self.doc.get("profiles") {
            let Some(t) = p.as_table() else {
                return Err(CliError::config(&self.path, "`profiles` must be a table"));
            };
            for (name, prof) in t.iter() {
                let Some(prof) = prof.as_table() else {
                    return Err(CliError::config(
                        &self.path,
                        format!("profile `{name}` must be a table"),
                    ));
                };
                for (k, v) in prof.iter() {
                    if v.as_str().is_none() {
                        return Err(CliError::config(
                            &self.path,
                            format!("`profiles.{name}.{k}` must be a string"),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    pub fn current_profile(&self) -> Option<&str> {
        self.doc.get("current_profile").and_then(Item::as_str)
    }

    pub fn profile_names(&self) -> Vec<String> {
        self.doc
            .get("profiles")
            .and_then(Item::as_table)
            .map(|t| t.iter().map(|(k, _)| k.to_string()).collect())
            .unwrap_or_default()
    }

    pub fn has_profile(&self, name: &str) -> bool {
        self.profile_table(name).is_some()
    }

    fn profile_table(&self, name: &str) -> Option<&Table> {
        self.doc.get("profiles")?.as_table()?.get(name)?.as_table()
    }

    pub fn get(&self, profile: &str, key: &str) -> Option<&str> {
        self.profile_table(profile)?.get(key)?.as_str()
    }

    fn profiles_mut(&mut self) -> &mut Table {
        let profiles = self.doc.entry("profiles").or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        });
        profiles
            .as_table_mut()
            .expect("validated: profiles is a table")
    }

    pub fn set(&mut self, profile: &str, key: &str, val: Option<&str>) {
        let profiles = self.profiles_mut();
        let table = profiles
            .entry(profile)
            .or_insert_with(|| Item::Table(Table::new()));
        let table = table.as_table_mut().expect("validated: profile is a table");
        match val {
            Some(v) => {
                table.insert(key, value(v));
            }
            None => {
                table.remove(key);
            }
        }
    }

    pub fn ensure_profile(&mut self, profile: &str) {
        let profiles = self.profiles_mut();
        profiles
            .entry(profile)
            .or_insert_with(|| Item::Table(Table::new()));
    }

    pub fn remove_profile(&mut self, profile: &str) -> bool {
        let removed = self.profiles_mut().remove(profile).is_some();
        if self.current_profile() == Some(profile) {
            self.doc.remove("current_profile");
        }
        removed
    }

    pub fn rename_profile(&mut self, from: &str, to: &str) -> bool {
        let Some(item) = self.profiles_mut().remove(from) else {
            return false;
        };
        self.profiles_mut().insert(to, item);
        if self.current_profile() == Some(from) {
            self.set_current(to);
        }
        true
    }

    pub fn set_current(&mut self, profile: &str) {
        self.doc.insert("current_profile", value(profile));
    }

    pub fn save(&self) -> Result<(), CliError> {
        write_atomic(&self.path, self.doc.to_string().as_bytes(), 0o644)
    }
}

/// Runs `f` on the freshest config under an exclusive lock, then saves it atomically.
/// Two concurrent `rime profile set` calls both land; neither can corrupt the file.
pub fn update_config<T>(
    dir: &Path,
    f: impl FnOnce(&mut ConfigFile) -> Result<T, CliError>,
) -> Result<T, CliError> {
    let _lock = lock(dir, "config")?;
    let mut file = ConfigFile::load(dir)?;
    let out = f(&mut file)?;
    file.save()?;
    Ok(out)
}

fn describe_toml(text: &str, e: &toml_edit::TomlError) -> String {
    let msg = e.message().trim().to_string();
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let col = before
                .rsplit('\n')
                .next()
                .map(|l| l.chars().count())
                .unwrap_or(0)
                + 1;
            format!("invalid TOML at line {line}, column {col}: {msg}")
        }
        None => format!("invalid TOML: {msg}"),
    }
}

/// An exclusive advisory lock on `<dir>/<name>.lock`, held until dropped. Waits up to 10 s.
pub struct Lock(#[allow(dead_code, reason = "held for its Drop")] File);

pub fn lock(dir: &Path, name: &str) -> Result<Lock, CliError> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match try_lock(dir, name)? {
            Some(lock) => return Ok(lock),
            None if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            None => return Err(lock_timeout(dir, name)),
        }
    }
}

/// The lock on `<dir>/<name>.lock` if no other process holds it (`None` if one does), without
/// waiting: for callers that wait asynchronously, and stay responsive to Ctrl-C meanwhile.
pub fn try_lock(dir: &Path, name: &str) -> Result<Option<Lock>, CliError> {
    ensure_dir(dir)?;
    let path = dir.join(format!("{name}.lock"));
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| CliError::config(&path, format!("cannot open lock file: {e}")))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(Lock(file))),
        Err(fs::TryLockError::WouldBlock) => Ok(None),
        Err(fs::TryLockError::Error(e)) => {
            Err(CliError::config(&path, format!("cannot lock: {e}")))
        }
    }
}

pub fn lock_timeout(dir: &Path, name: &str) -> CliError {
    CliError::config(
        &dir.join(format!("{name}.lock")),
        "timed out waiting for another rime process to release the lock",
    )
}

pub fn ensure_dir(dir: &Path) -> Result<(), CliError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
        .map_err(|e| CliError::config(dir, format!("cannot create directory: {e}")))
}

/// Where a write to `path` lands: `path` itself, or, when it is a symbolic link (a config kept in a
/// dotfiles repository), the file the link chain ends at, existing or not, so the link survives
/// the write as it does an editor's save.
pub fn write_target(path: &Path) -> PathBuf {
    let mut at = path.to_path_buf();
    // The kernel's own bound on a chain of links; a loop ends here and the rename then fails.
    for _ in 0..40 {
        match fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => match fs::read_link(&at) {
                Ok(next) => {
                    at = match at.parent() {
                        Some(dir) if next.is_relative() => dir.join(next),
                        _ => next,
                    }
                }
                Err(_) => break,
            },
            _ => break,
        }
    }
    at
}

/// Writes a file by temp file + fsync + rename: readers see the old or the new file, never a torn one,
/// and a full disk or read-only directory leaves the old file untouched. `mode` applies at creation.
/// A symbolic link is written through, to its target (`write_target`), and kept.
pub fn write_atomic(path: &Path, data: &[u8], mode: u32) -> Result<(), CliError> {
    let target = write_target(path);
    let path = target.as_path();
    let dir = path.parent().unwrap_or(Path::new("."));
    ensure_dir(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp = dir.join(format!(".{name}.{}.{nanos}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut opts = OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, mode);
        #[cfg(not(unix))]
        let _ = mode;
        let mut f = opts.open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(CliError::config(path, format!("cannot write it: {e}")));
    }
    Ok(())
}

/// One warning per local file or directory that other users may write to: whoever can write the
/// config directory or `config.toml` can point `api_url` at their own server and collect the
/// token, or replace the credentials. Checked (through symbolic links) at every start-up.
pub fn loose_modes(dir: &Path) -> Vec<String> {
    let mut warnings = Vec::new();
    // credentials.toml has its own, stricter check where it is read (`Credentials`).
    for path in [dir.to_path_buf(), dir.join("config.toml")] {
        if let Some(mode) = writable_by_others(&path) {
            let shown = path.display();
            warnings.push(format!(
                "{shown} is writable by other users (mode {mode:o}), who could redirect rime or replace its credentials; run `chmod go-w {shown}`"
            ));
        }
    }
    warnings
}

#[cfg(unix)]
fn writable_by_others(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(path).ok()?.permissions().mode() & 0o7777;
    (mode & 0o022 != 0).then_some(mode)
}

#[cfg(not(unix))]
fn writable_by_others(_: &Path) -> Option<u32> {
    None
}
