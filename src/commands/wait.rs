//! Waiting for a run by polling it over REST, drawing its progress, until it reaches a final state.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::context::Context;
use crate::error::CliError;
use crate::http::ApiPath;
use crate::output::progress::{RunDisplay, Snapshot};

pub struct Poll<'a> {
    /// The run's REST path.
    pub path: ApiPath,
    /// Normalises the API object for the display.
    pub view: &'a dyn Fn(&Value) -> Snapshot,
    /// True once the run is in a final state.
    pub done: &'a dyn Fn(&Value) -> bool,
    /// Told to the user on Ctrl-C or timeout: the run goes on; how to re-attach.
    pub reattach: String,
    pub interval: Duration,
    pub timeout: Option<Duration>,
}

/// Polls until the run is final and returns its last state. Ctrl-C detaches (exit 130) with the
/// re-attach hint; a timeout leaves the run going and exits 9.
pub async fn poll(ctx: &Context, p: Poll<'_>) -> anyhow::Result<Value> {
    ctx.set_interrupt_hint(Some(p.reattach.clone()));
    let client = ctx.client().await?;
    let mut display = RunDisplay::new(&ctx.out);
    let started = Instant::now();
    loop {
        let run = client.get(&p.path).await?;
        let snap = (p.view)(&run);
        if (p.done)(&run) {
            display.finish(&snap);
            ctx.set_interrupt_hint(None);
            return Ok(run);
        }
        display.update(&snap);
        if p.timeout.is_some_and(|t| started.elapsed() >= t) {
            display.clear();
            return Err(CliError::Failed {
                what: format!(
                    "still running after {}s; the run goes on",
                    started.elapsed().as_secs()
                ),
                details: vec![p.reattach.clone()],
            }
            .into());
        }
        tokio::time::sleep(p.interval).await;
    }
}
