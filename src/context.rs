//! The `Context` every command receives: settings resolved once, the output layer, and lazily
//! the API client (the local sandbox started and the project name resolved below it).

use std::io::IsTerminal;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::OnceCell;

use crate::config::{ConfigFile, Endpoint, Env, Overrides, Resolver, Settings};
use crate::credentials::Credentials;
use crate::error::CliError;
use crate::http::{ApiPath, Auth, Client, ClientConfig};
use crate::local_sandbox::LocalSandbox;
use crate::output::{Format, Output, OutputOptions};

pub struct Context {
    pub settings: Settings,
    pub config: ConfigFile,
    pub out: Arc<Output>,
    /// Prompts are allowed: stdin and stderr are terminals, `--no-input` is off and this is not CI.
    pub interactive: bool,
    /// The flags and environment the settings came from (for other profiles' settings).
    resolver: Resolver,
    client: OnceCell<Client>,
    project: OnceCell<String>,
    /// What Ctrl-C should tell the user (a resume cursor, a re-attach command). Shared with a
    /// retargeted context, as are the two flags below: the stop signals watch this one.
    interrupt_hint: Arc<Mutex<Option<String>>>,
    /// Ctrl-C now only stops watching (a live view, a wait): a normal end, not an error.
    detaching: Arc<std::sync::atomic::AtomicBool>,
    /// The command handles Ctrl-C itself as its way to end (`rime sandbox serve`).
    own_ctrl_c: Arc<std::sync::atomic::AtomicBool>,
    /// Where a retargeted context went (profile, `--tenant T`), for the error report's hints.
    aimed_at: Mutex<Option<(String, Option<String>)>>,
}

impl Context {
    pub fn new(flags: Overrides, env: Env, default_format: Format) -> anyhow::Result<Context> {
        let resolver = Resolver::new(flags, env);
        let dir = resolver.config_dir()?;
        let config = ConfigFile::load(&dir)?;
        let mut settings = resolver.resolve(&config)?;
        if settings.output.source == crate::config::Source::Default {
            settings.output.value = default_format;
        }
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let out = Output::new(OutputOptions {
            format: settings.output.value,
            format_explicit: settings.output.source != crate::config::Source::Default,
            fields: settings.fields.clone(),
            jq: settings.jq.clone(),
            no_header: settings.no_header,
            no_trunc: settings.no_trunc,
            color: settings.color.value,
            no_color_env: settings.no_color_env,
            quiet: settings.quiet,
            verbose: settings.verbose,
            debug: settings.debug,
            stdout_tty,
            stderr_tty,
            term_width: None,
            now: jiff::Timestamp::now(),
        })?;
        for w in crate::config::file::loose_modes(&dir) {
            out.warn(&w);
        }
        let interactive =
            std::io::stdin().is_terminal() && stderr_tty && !settings.no_input && !settings.ci;
        Ok(Context {
            resolver,
            settings,
            config,
            out: Arc::new(out),
            interactive,
            client: OnceCell::new(),
            project: OnceCell::new(),
            interrupt_hint: Default::default(),
            detaching: Default::default(),
            own_ctrl_c: Default::default(),
            aimed_at: Mutex::new(None),
        })
    }

    pub fn profile(&self) -> &str {
        &self.settings.profile.value
    }

    /// The global flags as typed (`rime profile set` saves some of them).
    pub fn flags(&self) -> &Overrides {
        self.resolver.flags()
    }

    /// The same command aimed elsewhere: these flags in place of the ones typed, over the same
    /// environment (a projects-as-code target fills in the flags not given).
    pub fn retarget(&self, flags: Overrides) -> anyhow::Result<Context> {
        let tenant = flags.tenant.clone().map(|t| format!("--tenant {t}"));
        let mut aimed = Context::new(
            flags,
            self.resolver.env().clone(),
            self.settings.output.value,
        )?;
        aimed.interrupt_hint = self.interrupt_hint.clone();
        aimed.detaching = self.detaching.clone();
        aimed.own_ctrl_c = self.own_ctrl_c.clone();
        *self.aimed_at.lock().expect("aim lock") = Some((aimed.profile().to_string(), tenant));
        Ok(aimed)
    }

    /// The profile (and `--tenant T`) a retargeted context used, for login hints.
    pub fn aimed_at(&self) -> Option<(String, Option<String>)> {
        self.aimed_at.lock().expect("aim lock").clone()
    }

    /// The settings profile `name` would have in this environment (`rime profile show NAME`).
    pub fn settings_of(&self, name: &str) -> Result<Settings, CliError> {
        self.resolver.resolve_profile(&self.config, name)
    }

    /// The background sandbox of this data directory.
    pub fn local_sandbox(&self) -> LocalSandbox {
        LocalSandbox::new(&self.settings, self.out.clone())
    }

    pub fn credentials(&self) -> Credentials {
        Credentials {
            profile: self.profile().to_string(),
            config_dir: self.settings.config_dir.clone(),
            choice: if self.settings.is_builtin_sandbox() {
                "file".to_string()
            } else {
                self.settings.credential_store.value.clone()
            },
        }
    }

    /// The base URL, starting the local sandbox first when the profile is the built-in one.
    pub async fn base_url(&self) -> anyhow::Result<String> {
        match &self.settings.endpoint.value {
            Endpoint::Url(u) => Ok(u.clone()),
            Endpoint::LocalSandbox => self.local_sandbox().ensure_running().await,
            Endpoint::None => Err(CliError::NoEndpoint {
                profile: self.profile().to_string(),
            }
            .into()),
        }
    }

    /// The API client, built on first use (commands that need no API never pay for it).
    pub async fn client(&self) -> anyhow::Result<&Client> {
        self.client
            .get_or_try_init(|| self.build_client(true, None))
            .await
    }

    /// A separate authenticated client whose requests give up sooner (never later) than the
    /// settings say: checks that must not hang (`rime doctor`, logout from a dead server).
    pub async fn bounded_client(
        &self,
        timeout: Duration,
        max_retries: u32,
    ) -> anyhow::Result<Client> {
        self.build_client(true, Some((timeout, max_retries))).await
    }

    /// Makes every request of this command go through a client that never starts the sandbox,
    /// never signs in and gives up after `timeout` with no retries (shell completion, which
    /// must answer at once or not at all). Fails when no such client can be had.
    pub async fn quiet_client(&self, timeout: Duration) -> anyhow::Result<()> {
        let base = match &self.settings.endpoint.value {
            Endpoint::LocalSandbox => self.local_sandbox().running_base().await,
            Endpoint::Url(u) => Some(u.clone()),
            Endpoint::None => None,
        };
        let base = base.ok_or_else(|| anyhow::anyhow!("no server to ask"))?;
        let auth = if let Some(t) = &self.settings.env_token {
            Auth::Static(t.clone())
        } else {
            let store = self.credentials();
            let (cred, _) = store
                .load()?
                .ok_or_else(|| anyhow::anyhow!("not logged in"))?;
            Auth::Stored {
                store,
                current: std::sync::Mutex::new(cred),
            }
        };
        let client = self.client_with(&base, auth, Some((timeout, 0)))?;
        self.client
            .set(client)
            .map_err(|_| anyhow::anyhow!("a client exists already"))
    }

    /// The project id is known already (completion's cache): no request resolves it.
    pub fn assume_project(&self, id: String) {
        let _ = self.project.set(id);
    }

    /// A client that sends no credentials (login, providers).
    pub async fn anonymous_client(&self) -> anyhow::Result<Client> {
        self.build_client(false, None).await
    }

    async fn build_client(
        &self,
        authenticated: bool,
        limits: Option<(Duration, u32)>,
    ) -> anyhow::Result<Client> {
        let base = self.base_url().await?;
        let auth = if !authenticated {
            Auth::None
        } else if let Some(t) = &self.settings.env_token {
            Auth::Static(t.clone())
        } else {
            let store = self.credentials();
            let loaded = match store.load()? {
                Some(found) => Some(found),
                None if self.settings.is_builtin_sandbox() => {
                    self.local_sandbox().sign_in(&base, &store).await?;
                    store.load()?
                }
                None => None,
            };
            match loaded {
                Some((cred, _)) => {
                    if let Some(w) = store.loose_permissions() {
                        self.out.warn(&w);
                    }
                    Auth::Stored {
                        store,
                        current: std::sync::Mutex::new(cred),
                    }
                }
                None => {
                    return Err(CliError::NotLoggedIn(format!(
                        "profile `{}` is not logged in",
                        self.profile()
                    ))
                    .into());
                }
            }
        };
        self.client_with(&base, auth, limits)
    }

    /// The one way a client is made from the settings: timeout and retries (capped by
    /// `limits`, never raised), the trust store and the proxy route for `base`.
    pub fn client_with(
        &self,
        base: &str,
        auth: Auth,
        limits: Option<(Duration, u32)>,
    ) -> anyhow::Result<Client> {
        let s = &self.settings;
        Ok(Client::new(
            ClientConfig {
                base_url: base,
                timeout: limits.map_or(s.timeout.value, |(t, _)| t.min(s.timeout.value)),
                max_retries: limits
                    .map_or(s.max_retries.value, |(_, r)| r.min(s.max_retries.value)),
                ca_cert: s.ca_cert.as_ref().map(|c| c.value.as_path()),
                proxy: s.proxy.for_base(base),
                auth,
            },
            self.out.clone(),
        )?)
    }

    /// The project id from `--project`/env/profile, resolving a name once per process.
    pub async fn project_id(&self) -> anyhow::Result<&str> {
        self.project
            .get_or_try_init(|| self.resolve_project())
            .await
            .map(String::as_str)
    }

    async fn resolve_project(&self) -> anyhow::Result<String> {
        let wanted = self.settings.project.as_ref().map(|p| p.value.clone());
        match wanted {
            Some(w) => self.project_named(&w).await,
            None if self.client().await?.is_api_key() => self.key_project(None).await,
            None => Err(CliError::Usage(
                "no project selected: pass --project NAME, set RIME_PROJECT, or run `rime profile set --project NAME`".into(),
            )
            .into()),
        }
    }

    /// The id of the project named (by name, identifier or id) `wanted`.
    pub async fn project_named(&self, wanted: &str) -> anyhow::Result<String> {
        if self.client().await?.is_api_key() {
            return self.key_project(Some(wanted)).await;
        }
        let project = crate::lookup::project(self.client().await?, wanted).await?;
        Ok(project["id"].as_str().unwrap_or(wanted).to_string())
    }

    /// An API key belongs to exactly one project and may not list the others: ask `/me`.
    async fn key_project(&self, wanted: Option<&str>) -> anyhow::Result<String> {
        let client = self.client().await?;
        let me = client.get(&ApiPath::of(["me"])).await?;
        let pid = me["auth"]["project_id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let Some(wanted) = wanted.filter(|w| *w != pid) else {
            return Ok(pid);
        };
        let project = client.get(&ApiPath::of(["projects", &pid])).await?;
        if project["name"] == wanted || project["identifier"] == wanted {
            return Ok(pid);
        }
        Err(CliError::Usage(format!(
            "this API key belongs to project `{}`, not `{wanted}`",
            project["name"].as_str().unwrap_or(&pid)
        ))
        .into())
    }

    /// Asks before a destructive action: `--yes` confirms; a terminal prompts; otherwise refuse.
    pub fn confirm(&self, action: &str) -> anyhow::Result<()> {
        if self.settings.yes {
            return Ok(());
        }
        if !self.interactive {
            return Err(CliError::Unconfirmed(action.to_string()).into());
        }
        if self.out.confirm(&format!("{}?", capitalise(action)))? {
            Ok(())
        } else {
            Err(CliError::Cancelled("cancelled; nothing was changed".into()).into())
        }
    }

    pub fn set_interrupt_hint(&self, hint: Option<String>) {
        *self.interrupt_hint.lock().expect("hint lock") = hint;
    }

    /// While watching, Ctrl-C ends the command normally, saying `note` (how to re-attach).
    pub fn set_detach_note(&self, note: Option<String>) {
        self.detaching
            .store(note.is_some(), std::sync::atomic::Ordering::Relaxed);
        self.set_interrupt_hint(note);
    }

    pub fn is_detaching(&self) -> bool {
        self.detaching.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The command ends on Ctrl-C by itself (a server): the runtime leaves the signal to it.
    pub fn handle_ctrl_c_myself(&self) {
        self.own_ctrl_c
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn handles_ctrl_c(&self) -> bool {
        self.own_ctrl_c.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn interrupt_hint(&self) -> Option<String> {
        self.interrupt_hint.lock().expect("hint lock").clone()
    }

    /// Prints a single API object in the chosen format.
    pub fn show(&self, value: &Value, spec: &crate::output::ListSpec<'_>) -> anyhow::Result<()> {
        self.out.object(value, spec)?;
        Ok(())
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
