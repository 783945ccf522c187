//! Waiting for a run or operation to reach a final state, under one rule for every waiter: the
//! global `--timeout D` given on the command line bounds the whole wait as well as each request;
//! when it passes, the run goes on and rime exits 9 saying how to re-attach.

use std::time::{Duration, Instant};

use jiff::Timestamp;

use serde_json::Value;

use crate::config::Source;
use crate::context::Context;
use crate::error::CliError;
use crate::http::ApiPath;
use crate::output::duration;
use crate::output::progress::{RunDisplay, Snapshot};
use crate::registry::{Item, Noun};

pub struct Poll<'a> {
    /// The run's REST path.
    pub path: ApiPath,
    /// Normalises the API object for the display.
    pub view: &'a dyn Fn(&Value) -> Snapshot,
    /// True once the run is in a final state.
    pub done: &'a dyn Fn(&Value) -> bool,
    /// Told to the user on Ctrl-C or when the wait limit passes: the run goes on; how to re-attach.
    pub reattach: String,
    pub interval: Duration,
}

/// The one clock rule of every live view: the server's time as last heard, moved on by the local
/// clock since, and never backwards; views redraw at least every [`TICK`] with nothing new.
#[derive(Debug, Default)]
pub struct LiveClock {
    heard: Option<(Timestamp, Instant)>,
}

/// The longest a live view's clocks stand still.
pub const TICK: Duration = Duration::from_secs(1);

impl LiveClock {
    /// The server said it is `at` (a frame's time, a polled run's duration).
    pub fn heard(&mut self, at: Timestamp) {
        if self.now().is_none_or(|now| at > now) {
            self.heard = Some((at, Instant::now()));
        }
    }

    pub fn now(&self) -> Option<Timestamp> {
        let (at, when) = self.heard?;
        let moved = jiff::SignedDuration::try_from(when.elapsed()).ok()?;
        at.checked_add(moved).ok().or(Some(at))
    }
}

/// A polled run as it stands `since` after the poll: a running run's `duration_seconds` (the
/// server's clock in it) moves on by the local clock, so every polling view ticks like a stream.
fn aged(run: &Value, since: Duration) -> Option<Value> {
    let secs = run["duration_seconds"].as_u64()?;
    let mut run = run.clone();
    run["duration_seconds"] = (secs + since.as_secs()).into();
    Some(run)
}

/// Sleeps `interval`, redrawing the view every [`TICK`] with the run's clock moved on.
async fn tick_through(display: &mut RunDisplay<'_>, p: &Poll<'_>, run: &Value) {
    let polled = Instant::now();
    loop {
        let left = p.interval.saturating_sub(polled.elapsed());
        if left.is_zero() {
            return;
        }
        tokio::time::sleep(left.min(TICK)).await;
        if let Some(run) = aged(run, polled.elapsed()) {
            display.update(&(p.view)(&run));
        }
    }
}

/// How long any wait may last: the global `--timeout`, when given on the command line (its
/// default is meant for one request, not for a run). `None`: until the run ends.
pub fn limit(ctx: &Context) -> Option<Duration> {
    matches!(ctx.settings.timeout.source, Source::Flag(_)).then_some(ctx.settings.timeout.value)
}

/// The error of a wait that reached its limit: exit 9, with the re-attach command.
fn gave_up(waited: Duration, reattach: &str) -> anyhow::Error {
    CliError::Failed {
        what: format!(
            "still running after {}; the run goes on",
            duration(waited.as_secs())
        ),
        details: vec![reattach.to_string()],
    }
    .into()
}

/// Polls until the run is final and returns its last state. Ctrl-C detaches (exit 130) with the
/// re-attach hint; the wait limit leaves the run going and exits 9.
pub async fn poll(ctx: &Context, p: Poll<'_>) -> anyhow::Result<Value> {
    ctx.set_detach_note(Some(p.reattach.clone()));
    let client = ctx.client().await?;
    let mut display = RunDisplay::new(&ctx.out);
    let started = Instant::now();
    let limit = limit(ctx);
    loop {
        let run = client.get(&p.path).await?;
        let snap = (p.view)(&run);
        if (p.done)(&run) {
            display.finish(&snap);
            ctx.set_detach_note(None);
            return Ok(run);
        }
        display.update(&snap);
        if limit.is_some_and(|t| started.elapsed() >= t) {
            display.clear();
            return Err(gave_up(started.elapsed(), &p.reattach));
        }
        tick_through(&mut display, &p, &run).await;
    }
}

/// Any other wait (a live stream) under the same limit and with the same end as [`poll`].
pub async fn bounded<T>(
    ctx: &Context,
    reattach: &str,
    wait: impl Future<Output = anyhow::Result<T>>,
) -> anyhow::Result<T> {
    ctx.set_detach_note(Some(reattach.to_string()));
    let started = Instant::now();
    let done = match limit(ctx) {
        Some(t) => match tokio::time::timeout(t, wait).await {
            Ok(done) => done,
            Err(_) => return Err(gave_up(started.elapsed(), reattach)),
        },
        None => wait.await,
    };
    ctx.set_detach_note(None);
    done
}

/// `--interval 2s`: how often a waiting or watching command polls.
pub fn interval(s: &str) -> Result<Duration, String> {
    crate::config::parse_duration(s)
        .filter(|d| *d >= Duration::from_millis(10))
        .ok_or_else(|| format!("`{s}` is not a duration from 10ms to a year (e.g. 500ms, 2s, 1m)"))
}

/// `--wait` and `--watch` on every command that starts a run (`connectors sync`, `pipelines run`,
/// `transformations run`, `infrastructure apply`, `governance scan`), with one meaning each:
/// `--wait` polls the run until it ends; `--watch` follows it live (over the run's event stream
/// where the API has one, else by polling). Both exit by the final status (0 if it succeeded,
/// 9 if not) under the waiter rule above. `#[command(flatten)] follow: Follow`.
#[derive(clap::Args, Debug, Clone, Copy, Default)]
pub struct Follow {
    /// Wait for the run to end, polling it; exit 0 if it succeeds, 9 if not (--timeout D bounds the wait)
    #[arg(long, conflicts_with = "watch")]
    pub wait: bool,
    /// Follow the run live until it ends, then exit as --wait does (`-o ndjson`: one state per line where the run streams)
    #[arg(long)]
    pub watch: bool,
}

/// A command that starts a run of one object (`connectors sync`, `pipelines run`): the object,
/// and `--wait`/`--watch`.
#[derive(clap::Args)]
pub struct Start<N: Noun> {
    #[command(flatten)]
    pub of: Item<N>,
    #[command(flatten)]
    pub follow: Follow,
}

impl<N: Noun> std::fmt::Debug for Start<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Start")
            .field("of", &self.of)
            .field("follow", &self.follow)
            .finish()
    }
}

/// How a started run is followed, if at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Wait,
    Watch,
}

impl Follow {
    pub fn mode(self) -> Option<Mode> {
        match (self.wait, self.watch) {
            (_, true) => Some(Mode::Watch),
            (true, false) => Some(Mode::Wait),
            (false, false) => None,
        }
    }
}
