//! rime-sandbox: a faithful local emulator of the Rime API v1 for first runs, tests and fault injection.

pub mod app;
mod audit;
mod auth;
mod body;
mod bulk;
pub mod clock;
mod collection;
pub mod contract;
mod controls;
mod domain;
pub mod error;
pub mod faults;
mod fixtures;
mod gate;
mod idempotency;
mod ids;
pub mod openapi;
mod page;
mod ratelimit;
pub mod record;
mod routes;
mod seed;
mod server;
mod sim;
mod spool;
mod store;

use std::sync::Arc;
use std::thread::JoinHandle;

use tokio::net::TcpListener;
use tokio::sync::watch;

pub use app::{App, Options};
pub use record::Exchange;
pub use seed::{ADMIN_EMAIL, ADMIN_PASSWORD, LOGINS};

/// A running sandbox on its own thread and runtime; dropping it shuts the server down.
pub struct Sandbox {
    /// `http://127.0.0.1:<port>/api/v1`
    pub base_url: String,
    /// `http://127.0.0.1:<port>` (controls live under `/_sandbox`).
    pub origin: String,
    pub admin_email: String,
    pub admin_password: String,
    /// The seeded editor API key of the `demo` project.
    pub api_key: String,
    pub demo_project_id: String,
    app: Arc<App>,
    stop: watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
}

impl Sandbox {
    /// Binds (port 0 = any free port), seeds if the database is new, and serves in the background.
    pub fn start(opts: Options) -> anyhow::Result<Sandbox> {
        let std_listener = std::net::TcpListener::bind(opts.bind)?;
        std_listener.set_nonblocking(true)?;
        let addr = std_listener.local_addr()?;
        let app = Arc::new(App::new(opts)?);
        seed::ensure(&app)?;
        let origin = format!("http://{addr}");
        let base_url = format!("{origin}/api/v1");
        let _ = app.base_url.set(base_url.clone());
        let (stop, stop_rx) = watch::channel(false);
        let router = routes::router(app.clone());
        let server_app = app.clone();
        let thread = std::thread::Builder::new()
            .name(format!("rime-sandbox-{}", addr.port()))
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(1)
                    .enable_all()
                    .build()
                    .expect("sandbox runtime");
                rt.block_on(async move {
                    let listener = TcpListener::from_std(std_listener).expect("listener");
                    server::serve(listener, server_app, router, stop_rx).await;
                });
                rt.shutdown_timeout(std::time::Duration::from_millis(200));
            })?;
        let seed = seed_info(&app);
        Ok(Sandbox {
            base_url,
            origin,
            admin_email: ADMIN_EMAIL.to_string(),
            admin_password: ADMIN_PASSWORD.to_string(),
            api_key: seed["api_key"]["secret"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            demo_project_id: seed["api_key"]["project_id"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            app,
            stop,
            thread: Some(thread),
        })
    }

    pub fn app(&self) -> &Arc<App> {
        &self.app
    }

    /// Everything the server received and answered so far (needs `Options::record`).
    pub fn exchanges(&self) -> Vec<Exchange> {
        self.app.recorder.all()
    }

    /// Moves the simulated clock forward (a test helper: panics on a negative step or one past
    /// the year 9999, which the `/_sandbox/clock` control answers with a 400 instead).
    pub fn advance(&self, seconds: i64) {
        if let Err(e) = self
            .app
            .clock
            .advance(jiff::SignedDuration::from_secs(seconds))
        {
            panic!("cannot advance the sandbox clock by {seconds}s: it {e}");
        }
    }

    pub fn shutdown(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        let _ = self.stop.send(true);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.stop_now();
    }
}

fn seed_info(app: &App) -> serde_json::Value {
    let conn = app.db();
    store::Store(&conn)
        .meta("seed_info")
        .ok()
        .flatten()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(serde_json::Value::Null)
}

/// Serves in the foreground until `shutdown` resolves (the `rime-sandbox` binary, `rime sandbox serve`).
/// `ready` gets the base URL once the listener is bound.
pub async fn serve(
    opts: Options,
    ready: impl FnOnce(&str),
    shutdown: impl std::future::Future<Output = ()>,
) -> anyhow::Result<()> {
    let listener = TcpListener::bind(opts.bind).await?;
    let addr = listener.local_addr()?;
    let app = Arc::new(App::new(opts)?);
    seed::ensure(&app)?;
    let base_url = format!("http://{addr}/api/v1");
    let _ = app.base_url.set(base_url.clone());
    ready(&base_url);
    let (stop, stop_rx) = watch::channel(false);
    let router = routes::router(app.clone());
    let server = tokio::spawn(server::serve(listener, app, router, stop_rx));
    shutdown.await;
    let _ = stop.send(true);
    let _ = server.await;
    Ok(())
}
