//! A batch of changes (`rime apply`): one bar on a terminal, one stderr line per change otherwise.

use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Output, duration, terminal_safe};

/// Shows changes as they finish; the caller prints the summary after [`BatchView::finish`].
pub struct BatchView<'a> {
    out: &'a Output,
    bar: Option<ProgressBar>,
    /// The batch's time so far (seconds, by the one clock) and the last change that finished.
    shown: Mutex<(Option<u64>, String)>,
}

impl<'a> BatchView<'a> {
    /// `what` heads the bar (`applying 300 changes`); `total` is how many changes will finish.
    pub fn new(out: &'a Output, total: u64, what: &str) -> BatchView<'a> {
        // indicatif draws nothing on a dumb terminal (TERM unset or `dumb`): use lines there.
        let drawable = !ProgressDrawTarget::stderr().is_hidden();
        let bar = (out.show_progress() && drawable).then(|| {
            // 4 redraws a second, as every live view: a 300-change apply costs no CPU to watch.
            let bar =
                ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr_with_hz(4));
            bar.set_style(
                ProgressStyle::with_template("{spinner} {prefix} [{bar:30}] {pos}/{len} {msg}")
                    .expect("template")
                    .progress_chars("=> "),
            );
            bar.set_prefix(terminal_safe(what).into_owned());
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        BatchView {
            out,
            bar,
            shown: Mutex::new((None, String::new())),
        }
    }

    /// Whether the bar is drawn (a terminal on stderr, no `--quiet`).
    pub fn live(&self) -> bool {
        self.bar.is_some()
    }

    /// One change finished: its line (`created connector `orders-db``), moved into the bar on a
    /// terminal and printed otherwise.
    pub fn done(&self, line: &str) {
        match &self.bar {
            Some(bar) => {
                bar.inc(1);
                self.show(bar, None, Some(line));
            }
            None => self.out.status(line),
        }
    }

    /// The batch's clock (the one clock of every live view), redrawn at least every tick.
    pub fn tick(&self, elapsed: Option<u64>) {
        if let Some(bar) = &self.bar {
            self.show(bar, elapsed, None);
        }
    }

    fn show(&self, bar: &ProgressBar, elapsed: Option<u64>, line: Option<&str>) {
        let mut shown = self
            .shown
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if elapsed.is_some() {
            shown.0 = elapsed;
        }
        if let Some(l) = line {
            shown.1 = terminal_safe(l).into_owned();
        }
        let clock = shown.0.map(duration).unwrap_or_default();
        bar.set_message(format!("{clock} {}", shown.1).trim().to_string());
    }

    /// Leaves the final count on screen (`✓ applying [=====] 300/300 in 12s`).
    pub fn finish(&self, elapsed: Option<u64>) {
        if let Some(bar) = &self.bar {
            let took = elapsed
                .map(|s| format!("in {}", duration(s)))
                .unwrap_or_default();
            bar.set_style(
                ProgressStyle::with_template("✓ {prefix} [{bar:30}] {pos}/{len} {msg}")
                    .expect("template")
                    .progress_chars("=> "),
            );
            bar.finish_with_message(took);
        }
    }

    /// Stops drawing and leaves the bar where it stopped (a failure's line follows it).
    pub fn abandon(&self) {
        if let Some(bar) = &self.bar {
            bar.abandon();
        }
    }
}
