//! The background sandbox as a process: one per data directory, proven alive by the lock it
//! holds for its whole life (with its pid inside), started with a cleared environment, and
//! ended by pid only once the lock shows that pid is the sandbox's.

use std::fs::{File, OpenOptions};
use std::io::Read;
#[cfg(feature = "sandbox")] // claiming is the embedded sandbox's
use std::io::{Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::CliError;

const LOCK: &str = "daemon.lock";

/// Who holds a data directory's sandbox lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// Nobody: no background sandbox runs here.
    None,
    /// A live process; its pid once it has written it.
    Alive(Option<u32>),
}

fn open_lock(dir: &Path) -> Result<(File, PathBuf), CliError> {
    crate::config::file::ensure_dir(dir)?;
    let path = dir.join(LOCK);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&path)
        .map_err(|e| CliError::config(&path, format!("cannot open the sandbox lock: {e}")))?;
    Ok((file, path))
}

/// Whether a background sandbox lives in `dir`, without disturbing it.
pub fn holder(dir: &Path) -> Result<Holder, CliError> {
    let (mut file, path) = open_lock(dir)?;
    match file.try_lock() {
        Ok(()) => Ok(Holder::None),
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            Ok(Holder::Alive(text.trim().parse().ok()))
        }
        Err(std::fs::TryLockError::Error(e)) => {
            Err(CliError::config(&path, format!("cannot lock: {e}")))
        }
    }
}

/// The pid holding `dir`'s lock, waiting briefly for a starting sandbox to write it.
pub async fn holder_pid(dir: &Path) -> Result<Option<u32>, CliError> {
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        match holder(dir)? {
            Holder::None => return Ok(None),
            Holder::Alive(Some(pid)) => return Ok(Some(pid)),
            Holder::Alive(None) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            // Alive but nameless: treat it as unnamed (it will not be signalled).
            Holder::Alive(None) => return Ok(Some(0)),
        }
    }
}

/// The running sandbox's claim on its data directory, held until the process ends.
#[cfg(feature = "sandbox")]
pub struct Claim(#[allow(dead_code, reason = "held for the lock")] File);

/// Claims `dir` for this process (the background sandbox), with its pid written inside. Waits a
/// little, since another process may be looking at the lock; refuses if a sandbox holds it.
#[cfg(feature = "sandbox")]
pub fn claim(dir: &Path) -> Result<Claim, CliError> {
    let (mut file, path) = open_lock(dir)?;
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut text = String::new();
                let _ = file.read_to_string(&mut text);
                return Err(CliError::Usage(format!(
                    "another background sandbox (pid {}) already runs on {}",
                    text.trim(),
                    dir.display()
                )));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(CliError::config(&path, format!("cannot lock: {e}")));
            }
        }
    }
    let written = file
        .set_len(0)
        .and_then(|_| file.rewind())
        .and_then(|_| file.write_all(std::process::id().to_string().as_bytes()))
        .and_then(|_| file.sync_all());
    written.map_err(|e| CliError::config(&path, format!("cannot write the sandbox lock: {e}")))?;
    Ok(Claim(file))
}

/// Waits until nobody holds `dir`'s lock (the process ended), up to `limit`.
pub async fn wait_released(dir: &Path, limit: Duration) -> Result<bool, CliError> {
    let deadline = Instant::now() + limit;
    loop {
        if holder(dir)? == Holder::None {
            return Ok(true);
        }
        if Instant::now() >= deadline {
            return Ok(false);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Whether `pid` is a background sandbox of this program, as far as the platform tells.
fn looks_like_sandbox(pid: u32) -> bool {
    #[cfg(target_os = "linux")]
    {
        let Ok(raw) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
            return false;
        };
        let args: Vec<&[u8]> = raw.split(|b| *b == 0).collect();
        args.contains(&b"serve".as_slice()) && args.contains(&b"--background-child".as_slice())
    }
    #[cfg(not(target_os = "linux"))]
    {
        pid != 0
    }
}

/// How ending a sandbox went.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// It is gone.
    Gone,
    /// It could not be ended: why.
    Refused(String),
}

/// Ends the sandbox holding `dir`'s lock as `pid`: TERM, then KILL (which also ends a stopped
/// process), each followed by a wait for the lock to be released. Never signals a pid the lock
/// does not name, nor one that is not a background sandbox.
pub async fn terminate(dir: &Path, pid: u32) -> Result<Ended, CliError> {
    if pid == 0 || !looks_like_sandbox(pid) {
        return Ok(Ended::Refused(format!(
            "process {pid} holds the lock but is not a background sandbox"
        )));
    }
    #[cfg(unix)]
    {
        use rustix::process::{Pid, Signal, kill_process};
        let Some(target) = i32::try_from(pid).ok().and_then(Pid::from_raw) else {
            return Ok(Ended::Refused(format!("`{pid}` is not a process id")));
        };
        for (signal, wait) in [
            (Signal::TERM, Duration::from_secs(3)),
            (Signal::KILL, Duration::from_secs(5)),
        ] {
            // The lock is re-checked first: the pid must still be the holder's.
            if holder(dir)? == Holder::None {
                return Ok(Ended::Gone);
            }
            if let Err(e) = kill_process(target, signal) {
                return Ok(Ended::Refused(format!("cannot signal process {pid}: {e}")));
            }
            // A stopped process acts on TERM only once it runs again.
            let _ = kill_process(target, Signal::CONT);
            if wait_released(dir, wait).await? {
                return Ok(Ended::Gone);
            }
        }
        Ok(Ended::Refused(format!(
            "process {pid} did not end after SIGKILL"
        )))
    }
    #[cfg(not(unix))]
    {
        Ok(Ended::Refused(
            "this platform offers rime no way to end another process".into(),
        ))
    }
}

/// Starts `exe sandbox serve --background-child` detached, with a cleared environment plus only
/// what it needs (its directories, its profile): no token or other secret reaches it.
/// The background sandbox's clock rate at start.
pub const BACKGROUND_CLOCK_RATE: &str = "10";

pub fn spawn(
    exe: &Path,
    profile: &str,
    config_dir: &Path,
    data_dir: &Path,
    system_root: Option<&Path>,
    log: File,
) -> Result<std::process::Child, CliError> {
    let database = data_dir.join("sandbox").join("sandbox.db");
    let mut cmd = std::process::Command::new(exe);
    cmd.env_clear()
        .env("RIME_CONFIG_DIR", config_dir)
        .env("RIME_DATA_DIR", data_dir)
        .args(["--profile", profile, "sandbox", "serve", "--port", "0"])
        // Ten simulated seconds a second: the README's demo runs end in seconds, not minutes
        // (`rime sandbox clock --rate N` changes it).
        .args(["--clock-rate", BACKGROUND_CLOCK_RATE])
        .args(["--background-child", "--database"])
        .arg(database)
        .stdin(std::process::Stdio::null())
        .stdout(
            log.try_clone()
                .map_err(|e| CliError::Usage(format!("cannot start the sandbox: {e}")))?,
        )
        .stderr(log);
    // Windows needs its system root to open sockets at all.
    if let Some(root) = system_root {
        cmd.env("SYSTEMROOT", root);
    }
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    cmd.spawn()
        .map_err(|e| CliError::Usage(format!("cannot start the sandbox: {e}")))
}
