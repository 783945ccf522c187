//! The local sandbox endpoint below the context: find the background sandbox of a data
//! directory or start one (ending one that stopped answering), sign the built-in profile in,
//! and report or stop it truthfully. Knows settings and the funnel, never a command.

mod daemon;
#[cfg(feature = "sandbox")]
mod serve;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

pub use daemon::Ended;
#[cfg(feature = "sandbox")]
pub use serve::{ServeOptions, serve};

use crate::config::Settings;
use crate::credentials::Credentials;
use crate::error::CliError;
use crate::http::{ApiPath, Auth, Client, ClientConfig, Method, Request, credential_from_login};
use crate::output::Output;

/// How long a sandbox that holds its lock may take to answer before it counts as broken.
const GRACE: Duration = Duration::from_secs(5);

/// The background sandbox of one data directory.
pub struct LocalSandbox {
    dir: PathBuf,
    data_dir: PathBuf,
    config_dir: PathBuf,
    system_root: Option<PathBuf>,
    profile: String,
    out: Arc<Output>,
}

/// What `status` found.
pub struct Status {
    /// A sandbox process holds the data directory.
    pub pid: Option<u32>,
    /// Its state, when it answers: `base_url`, `origin`, `pid`, `started_at`.
    pub answering: Option<Value>,
}

/// What `stop` did, in words for the user.
pub enum StopResult {
    /// Nothing was running; `stale` names the pid of a leftover record that was removed.
    NotRunning { stale: Option<u32> },
    /// It stopped when asked.
    Stopped { pid: u32 },
    /// It had to be killed: it was not answering, or did not stop when asked.
    Killed { pid: u32, answering: bool },
}

impl LocalSandbox {
    pub fn new(settings: &Settings, out: Arc<Output>) -> LocalSandbox {
        LocalSandbox {
            dir: settings.data_dir.join("sandbox"),
            data_dir: settings.data_dir.clone(),
            config_dir: settings.config_dir.clone(),
            system_root: settings.system_root.clone(),
            profile: settings.profile.value.clone(),
            out,
        }
    }

    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    /// A funnel client for the sandbox's own origin (health checks, controls, sign-in).
    fn control_client(&self, origin: &str, retries: u32) -> anyhow::Result<Client> {
        Ok(Client::new(
            ClientConfig {
                base_url: origin,
                timeout: Duration::from_secs(2),
                max_retries: retries,
                ca_cert: None,
                proxy: None,
                auth: Auth::None,
            },
            self.out.clone(),
        )?)
    }

    fn read_state(&self) -> Option<Value> {
        let text = std::fs::read_to_string(self.dir.join("state.json")).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// The recorded state when its sandbox answers as the pid recorded.
    async fn answering(&self) -> Option<Value> {
        let state = self.read_state()?;
        let origin = state["origin"].as_str()?;
        let client = self.control_client(origin, 0).ok()?;
        let req = Request::new(Method::GET, ApiPath::of(["_sandbox", "info"])).no_auth();
        match client.call(req).await {
            Ok(v) if v["pid"] == state["pid"] => Some(state),
            _ => None,
        }
    }

    /// The base URL of the running background sandbox, starting one if none runs. One that
    /// holds the data directory but stops answering is ended first (or, when it cannot be,
    /// nothing is started and the error says which process to end).
    pub async fn ensure_running(&self) -> anyhow::Result<String> {
        self.ensure(false).await
    }

    /// `rime sandbox start`: as [`LocalSandbox::ensure_running`], always saying what it found.
    pub async fn start_asked(&self) -> anyhow::Result<String> {
        self.ensure(true).await
    }

    async fn ensure(&self, asked: bool) -> anyhow::Result<String> {
        if !cfg!(feature = "sandbox") {
            return Err(CliError::Usage(
                "this build of rime has no embedded sandbox (built without the `sandbox` feature)"
                    .into(),
            )
            .into());
        }
        let _lock = tokio::task::spawn_blocking({
            let d = self.dir.clone();
            move || crate::config::file::lock(&d, "start")
        })
        .await??;
        if let Some(state) = self.answering().await {
            return Ok(self.using(&state, false, asked));
        }
        if let Some(pid) = daemon::holder_pid(&self.dir).await? {
            // Alive: it may be starting up still. Give it a moment before judging it.
            let deadline = Instant::now() + GRACE;
            while Instant::now() < deadline {
                if let Some(state) = self.answering().await {
                    return Ok(self.using(&state, false, asked));
                }
                if daemon::holder_pid(&self.dir).await?.is_none() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            if daemon::holder_pid(&self.dir).await?.is_some() {
                match daemon::terminate(&self.dir, pid).await? {
                    Ended::Gone => self.out.warn(&format!(
                        "the background sandbox (pid {pid}) stopped answering; ended it and starting a new one"
                    )),
                    Ended::Refused(why) => return Err(self.unstoppable(pid, &why).into()),
                }
            }
        }
        let _ = std::fs::remove_file(self.dir.join("state.json"));
        self.start(asked).await
    }

    /// The sandbox's base URL. A person is told once, when it starts and only on a terminal;
    /// every later command says it under `-v` (scripts and pipes never see the line).
    /// `rime sandbox start` (`asked`) always says what it found.
    fn using(&self, state: &Value, started: bool, asked: bool) -> String {
        let base = state["base_url"].as_str().unwrap_or_default().to_string();
        let line = if started {
            format!("started the local sandbox tenant at {base} (not a real Rime tenant)")
        } else if asked {
            format!("the local sandbox tenant is already running at {base}; nothing to start")
        } else {
            format!("using the local sandbox tenant at {base} (not a real Rime tenant)")
        };
        if asked || (started && self.out.stderr_is_tty()) {
            self.out.status(&line);
        } else {
            self.out.verbose_line(&line);
        }
        base
    }

    fn unstoppable(&self, pid: u32, why: &str) -> CliError {
        CliError::Blocked {
            message: format!(
                "a background sandbox (pid {pid}) holds {} but does not answer, and rime cannot end it ({why})",
                self.dir.display()
            ),
            hint: format!(
                "end process {pid} yourself (e.g. `kill {pid}`), then run the command again"
            ),
        }
    }

    async fn start(&self, asked: bool) -> anyhow::Result<String> {
        let log_path = self.dir.join("sandbox.log");
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .map_err(|e| {
                CliError::config(&log_path, format!("cannot open the sandbox log: {e}"))
            })?;
        let exe = std::env::current_exe()
            .map_err(|e| CliError::Usage(format!("cannot find the rime executable: {e}")))?;
        let mut child = daemon::spawn(
            &exe,
            &self.profile,
            &self.config_dir,
            &self.data_dir,
            self.system_root.as_deref(),
            log,
        )?;
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(state) = self.answering().await {
                return Ok(self.using(&state, true, asked));
            }
            if let Ok(Some(status)) = child.try_wait() {
                return Err(CliError::Usage(format!(
                    "the sandbox exited at start-up ({status}); see {}",
                    log_path.display()
                ))
                .into());
            }
            if Instant::now() > deadline {
                return Err(CliError::Usage(format!(
                    "the sandbox did not become ready within 20s; see {}",
                    log_path.display()
                ))
                .into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Signs `store`'s profile in as the seeded admin.
    pub async fn sign_in(&self, base: &str, store: &Credentials) -> anyhow::Result<()> {
        let origin = base.trim_end_matches("/api/v1");
        let info = self
            .control_client(origin, 2)?
            .get(&ApiPath::of(["_sandbox", "info"]))
            .await?;
        let login = &info["logins"][0];
        let resp = self
            .control_client(base, 2)?
            .call(
                Request::new(Method::POST, ApiPath::of(["auth", "login"]))
                    .json(json!({"email": login["email"], "password": login["password"]}))
                    .no_auth(),
            )
            .await?;
        store.save(&credential_from_login(&resp)?)?;
        Ok(())
    }

    /// The base URL of the background sandbox when one runs and answers; never starts one and
    /// says nothing (shell completion).
    pub async fn running_base(&self) -> Option<String> {
        let state = self.answering().await?;
        state["base_url"].as_str().map(str::to_string)
    }

    /// Whether a sandbox runs here, and whether it answers.
    pub async fn status(&self) -> anyhow::Result<Status> {
        let answering = self.answering().await;
        let pid = match &answering {
            Some(state) => state["pid"].as_u64().map(|p| p as u32),
            None => daemon::holder_pid(&self.dir).await?,
        };
        Ok(Status { pid, answering })
    }

    /// `GET /_sandbox/info` of the answering sandbox.
    pub async fn info(&self, state: &Value) -> anyhow::Result<Value> {
        let origin = state["origin"].as_str().unwrap_or_default();
        self.control_client(origin, 1)?
            .get(&ApiPath::of(["_sandbox", "info"]))
            .await
    }

    /// Stops the background sandbox: asked politely when it answers, ended by pid when it does
    /// not (or does not stop), and only ever the process that holds this directory's lock.
    pub async fn stop(&self) -> anyhow::Result<StopResult> {
        let recorded = self
            .read_state()
            .and_then(|s| s["pid"].as_u64())
            .map(|p| p as u32);
        let Some(pid) = daemon::holder_pid(&self.dir).await? else {
            let _ = std::fs::remove_file(self.dir.join("state.json"));
            return Ok(StopResult::NotRunning { stale: recorded });
        };
        let answering = self.answering().await.is_some();
        if answering {
            std::fs::write(self.dir.join("stop"), b"stop")?;
            if daemon::wait_released(&self.dir, Duration::from_secs(10)).await? {
                let _ = std::fs::remove_file(self.dir.join("state.json"));
                return Ok(StopResult::Stopped { pid });
            }
        }
        match daemon::terminate(&self.dir, pid).await? {
            Ended::Gone => {
                let _ = std::fs::remove_file(self.dir.join("state.json"));
                let _ = std::fs::remove_file(self.dir.join("stop"));
                Ok(StopResult::Killed { pid, answering })
            }
            Ended::Refused(why) => Err(CliError::Blocked {
                message: format!("could not stop the background sandbox (pid {pid}): {why}"),
                hint: format!("end process {pid} yourself (e.g. `kill {pid}`)"),
            }
            .into()),
        }
    }

    /// Wipes the data and re-seeds the demo tenant (every session ends with it).
    pub async fn reset(&self) -> anyhow::Result<()> {
        let base = self.ensure_running().await?;
        let origin = base.trim_end_matches("/api/v1");
        let mut req = Request::new(Method::POST, ApiPath::of(["_sandbox", "reset"]))
            .json(json!({}))
            .no_auth();
        req.expect_json = false;
        self.control_client(origin, 2)?.send(req).await?;
        Ok(())
    }
}
