//! Live progress of a run (sync, apply, pipeline or transformation run): an indicatif view with one
//! line per item on a terminal, one stderr line per state change otherwise.

use std::collections::HashMap;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Output, terminal_safe};

/// One step, table or model of a run, as the display needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Stable identity (step key, table name).
    pub key: String,
    pub label: String,
    /// pending, running, succeeded, completed, failed, skipped, cancelled, …
    pub state: String,
    /// `(current, total, unit)`; total unknown while a source is still being read.
    pub progress: Option<(u64, Option<u64>, String)>,
    pub attempt: Option<u64>,
    /// A short note: an error, a row count.
    pub note: Option<String>,
}

/// The whole run at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// e.g. `run run_01… of pipeline nightly: running (2 done, 1 running) 00:42`
    pub header: String,
    pub items: Vec<Item>,
}

/// Draws snapshots; cheap to update often (redraws are rate-limited to a few per second).
pub struct RunDisplay<'a> {
    out: &'a Output,
    tty: Option<Tty>,
    last: HashMap<String, (String, Option<u64>)>,
    last_header: String,
}

struct Tty {
    multi: MultiProgress,
    header: ProgressBar,
    bars: HashMap<String, ProgressBar>,
}

/// A byte-transfer bar (bytes, rate, ETA) for uploads and downloads, drawn only when progress
/// is shown (a terminal on stderr, no `--quiet`).
pub fn transfer_bar(out: &Output, total: u64, label: &str) -> Option<ProgressBar> {
    out.show_progress().then(|| {
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr_with_hz(4));
        bar.set_style(
            ProgressStyle::with_template(
                "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
            )
            .expect("template")
            .progress_chars("=> "),
        );
        bar.set_message(terminal_safe(label).into_owned());
        bar
    })
}

/// A state symbol readable without colour.
pub fn symbol(state: &str) -> &'static str {
    match state {
        "succeeded" | "completed" | "passed" | "pass" | "applied" | "active" | "resolved" => "✓",
        "failed" | "fail" | "error" | "partially_failed" | "firing" => "✗",
        "running" | "applying" | "in_progress" => "▶",
        "skipped" => "↷",
        "cancelled" => "■",
        "warn" | "acknowledged" => "!",
        _ => "·",
    }
}

fn is_final(state: &str) -> bool {
    !matches!(
        state,
        "pending" | "queued" | "running" | "applying" | "in_progress"
    )
}

impl<'a> RunDisplay<'a> {
    pub fn new(out: &'a Output) -> RunDisplay<'a> {
        // indicatif draws nothing on a dumb terminal (TERM unset or `dumb`): use lines there.
        let drawable = !ProgressDrawTarget::stderr().is_hidden();
        let tty = (out.show_progress() && drawable).then(|| {
            // 4 redraws a second keeps a long watch well under 1% of a core.
            let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr_with_hz(4));
            let header = multi.add(ProgressBar::new_spinner());
            header.set_style(ProgressStyle::with_template("{spinner} {msg}").expect("template"));
            header.enable_steady_tick(Duration::from_millis(250));
            Tty {
                multi,
                header,
                bars: HashMap::new(),
            }
        });
        RunDisplay {
            out,
            tty,
            last: HashMap::new(),
            last_header: String::new(),
        }
    }

    pub fn update(&mut self, snap: &Snapshot) {
        match &mut self.tty {
            Some(t) => {
                t.header
                    .set_message(terminal_safe(&snap.header).into_owned());
                for item in &snap.items {
                    let bar = t.bars.entry(item.key.clone()).or_insert_with(|| {
                        let b = t.multi.add(ProgressBar::new(0));
                        b.set_style(style(false));
                        b
                    });
                    draw(bar, item);
                }
            }
            None => self.lines(snap),
        }
    }

    /// Non-terminal output: one line per item whose state (or attempt) changed.
    fn lines(&mut self, snap: &Snapshot) {
        // The header is one line; a newline from the server would forge another.
        if self.last_header.is_empty() {
            self.out.status(&terminal_safe(&snap.header));
            self.last_header = snap.header.clone();
        }
        for item in &snap.items {
            let now = (item.state.clone(), item.attempt);
            if self.last.get(&item.key) == Some(&now) {
                continue;
            }
            self.last.insert(item.key.clone(), now);
            self.out.status(&line(item));
        }
    }

    /// Leaves the final state on screen (every item, even when the run ended before the first draw).
    pub fn finish(mut self, snap: &Snapshot) {
        self.update(snap);
        match &self.tty {
            Some(t) => {
                for bar in t.bars.values() {
                    bar.finish();
                }
                t.header
                    .finish_with_message(terminal_safe(&snap.header).into_owned());
            }
            None if self.last_header != snap.header => {
                self.out.status(&terminal_safe(&snap.header));
            }
            None => {}
        }
    }

    /// Hides the live view (before printing something else, or on Ctrl-C).
    pub fn clear(&self) {
        if let Some(t) = &self.tty {
            let _ = t.multi.clear();
        }
    }
}

fn style(with_bar: bool) -> ProgressStyle {
    let t = if with_bar {
        "  {prefix} {msg} [{bar:24}] {pos}/{len}"
    } else {
        "  {prefix} {msg}"
    };
    ProgressStyle::with_template(t)
        .expect("template")
        .progress_chars("=> ")
}

fn draw(bar: &ProgressBar, item: &Item) {
    bar.set_prefix(symbol(&item.state).to_string());
    let mut msg = format!(
        "{} {}",
        terminal_safe(&item.label),
        terminal_safe(&item.state)
    );
    if let Some(a) = item.attempt.filter(|a| *a > 1) {
        msg.push_str(&format!(" (attempt {a})"));
    }
    if let Some(n) = &item.note {
        msg.push_str(&format!(" — {}", terminal_safe(n)));
    }
    match &item.progress {
        Some((cur, Some(total), unit)) if !is_final(&item.state) => {
            bar.set_style(style(true));
            bar.set_length(*total);
            bar.set_position(*cur);
            msg.push_str(&format!(" {}", terminal_safe(unit)));
        }
        Some((cur, _, unit)) => {
            bar.set_style(style(false));
            msg.push_str(&format!(" ({cur} {})", terminal_safe(unit)));
        }
        None => bar.set_style(style(false)),
    }
    bar.set_message(msg);
}

/// The plain line for one item.
pub fn line(item: &Item) -> String {
    let mut s = format!(
        "{} {} {}",
        symbol(&item.state),
        terminal_safe(&item.label),
        terminal_safe(&item.state)
    );
    if let Some(a) = item.attempt.filter(|a| *a > 1) {
        s.push_str(&format!(" (attempt {a})"));
    }
    if let Some((cur, total, unit)) = &item.progress {
        match total {
            Some(t) => s.push_str(&format!(" {cur}/{t} {}", terminal_safe(unit))),
            None => s.push_str(&format!(" {cur} {}", terminal_safe(unit))),
        }
    }
    if let Some(n) = &item.note {
        s.push_str(&format!(" — {}", terminal_safe(n)));
    }
    s
}
