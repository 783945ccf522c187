//! Serving the embedded sandbox: in the foreground until Ctrl-C, or as the background sandbox
//! of a data directory, which it claims for its whole life and leaves with its state removed.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use super::daemon;
use crate::output::Output;

pub struct ServeOptions {
    pub port: u16,
    pub database: Option<PathBuf>,
    pub clock_rate: f64,
    pub seed: u64,
    /// Serve as the background sandbox of this directory (`rime sandbox start`).
    pub background_dir: Option<PathBuf>,
}

pub async fn serve(o: ServeOptions, out: Arc<Output>) -> anyhow::Result<()> {
    // `shutdown` below answers the stop signals, so the server ends gracefully. Listening starts
    // before the runtime is told, so that no signal falls between the two.
    let stops = crate::http::Stops::listen().ok();
    let _stops_itself = crate::http::StopsItself::enter();
    // Claimed before anything else: a second sandbox on the same data would corrupt the record.
    let claim = match &o.background_dir {
        Some(d) => {
            let claim = daemon::claim(d)?;
            let _ = std::fs::remove_file(d.join("stop"));
            Some(claim)
        }
        None => None,
    };
    let opts = rime_sandbox::Options {
        bind: ([127, 0, 0, 1], o.port).into(),
        database: o
            .database
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| ":memory:".into()),
        seed: o.seed,
        clock_rate: o.clock_rate,
        ..Default::default()
    };
    let state_dir = o.background_dir.clone();
    let stopped = out.clone();
    let ready = move |url: &str| {
        let origin = url.trim_end_matches("/api/v1");
        if let Some(d) = &state_dir {
            let state = json!({"pid": std::process::id(), "base_url": url, "origin": origin, "started_at": jiff::Timestamp::now().to_string()});
            let _ = crate::config::file::write_atomic(
                &d.join("state.json"),
                state.to_string().as_bytes(),
                0o600,
            );
        }
        out.status(&format!(
            "rime sandbox listening on {url} (admin login: {} / {})",
            rime_sandbox::ADMIN_EMAIL,
            rime_sandbox::ADMIN_PASSWORD
        ));
    };
    let stop_file = o.background_dir.as_ref().map(|d| d.join("stop"));
    let result = rime_sandbox::serve(opts, ready, shutdown(stop_file, stops)).await;
    if let Some(d) = &o.background_dir {
        remove_state(d);
    } else if result.is_ok() {
        // Ctrl-C is how a foreground sandbox ends: said plainly, never as an error.
        stopped.status("rime sandbox stopped");
    }
    drop(claim);
    result
}

/// Ctrl-C, SIGTERM, SIGHUP (a closed terminal), or (in the background) the stop file.
async fn shutdown(stop_file: Option<PathBuf>, mut stops: Option<crate::http::Stops>) {
    loop {
        let stopped = async {
            match stops.as_mut() {
                Some(s) => {
                    s.next().await;
                }
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = stopped => break,
            _ = tokio::time::sleep(Duration::from_millis(250)) => {
                if let Some(f) = &stop_file && f.exists() {
                    let _ = std::fs::remove_file(f);
                    break;
                }
            }
        }
    }
}

/// The record of where this sandbox listens goes with it.
fn remove_state(dir: &Path) {
    let path = dir.join("state.json");
    let ours = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .is_some_and(|s| s["pid"] == std::process::id());
    if ours {
        let _ = std::fs::remove_file(path);
    }
}
