//! Lines for people on stderr (status, warnings, trace), colour, and prompts.

use std::io;

use super::sanitize::message_safe;
use super::{Output, Stream, Style, terminal_safe};

fn sgr(style: Style) -> &'static str {
    // Must stay within sanitize::PAINT_SGR, or messages would escape our own colours.
    match style {
        Style::Bold => "\x1b[1m",
        Style::Dim => "\x1b[2m",
        Style::Red => "\x1b[31m",
        Style::Green => "\x1b[32m",
        Style::Yellow => "\x1b[33m",
        Style::Cyan => "\x1b[36m",
    }
}

impl Output {
    /// `s` wrapped in ANSI colour when colour is on for `stream`, else `s` unchanged.
    pub fn paint(&self, s: &str, style: Style, stream: Stream) -> String {
        let on = match stream {
            Stream::Stdout => self.color_out,
            Stream::Stderr => self.color_err,
        };
        if on {
            format!("{}{s}\x1b[0m", sgr(style))
        } else {
            s.to_owned()
        }
    }

    /// Messages may embed server text, so every control character except newlines and
    /// our own `paint` colours is escaped.
    fn line(&self, prefix: &str, msg: &str) {
        let msg = message_safe(msg, self.color_err);
        self.sinks.write_err(&format!("{prefix}{msg}\n"));
    }

    /// Progress and confirmations ("Created …"); silenced by `--quiet`.
    pub fn status(&self, msg: &str) {
        if !self.opts.quiet {
            self.line("", msg);
        }
    }

    /// A line the person must act on (a URL to open, a code to type); shown even with `--quiet`.
    pub fn notice(&self, msg: &str) {
        self.line("", msg);
    }

    /// `warning: …`, always shown.
    pub fn warn(&self, msg: &str) {
        let prefix = self.paint("warning:", Style::Yellow, Stream::Stderr);
        self.line(&format!("{prefix} "), msg);
    }

    /// Extra detail for `-v` (and `--debug`, which implies it).
    pub fn verbose_line(&self, msg: &str) {
        if self.verbose() {
            self.line("", msg);
        }
    }

    /// Trace for `--debug`, e.g. the HTTP exchange.
    pub fn debug(&self, msg: &str) {
        if self.opts.debug {
            let prefix = self.paint("debug:", Style::Dim, Stream::Stderr);
            self.line(&format!("{prefix} "), msg);
        }
    }

    /// `question [y/N] `; only `y`/`yes` agree, end of input declines.
    pub fn confirm(&self, question: &str) -> io::Result<bool> {
        self.line_no_newline(&format!("{question} [y/N] "));
        let answer = self.sinks.read_line()?.unwrap_or_default();
        Ok(matches!(
            answer.trim().to_ascii_lowercase().as_str(),
            "y" | "yes"
        ))
    }

    /// For destructive actions: the user must type `expected` exactly.
    pub fn confirm_typed(&self, question: &str, expected: &str) -> io::Result<bool> {
        let word = self.paint(&terminal_safe(expected), Style::Bold, Stream::Stderr);
        self.line("", question);
        self.line_no_newline(&format!("Type {word} to confirm: "));
        let answer = self.sinks.read_line()?.unwrap_or_default();
        Ok(answer.trim() == expected)
    }

    /// `question` on stderr, then one visible line of input; `None` at end of input.
    pub fn ask(&self, question: &str) -> io::Result<Option<String>> {
        self.line_no_newline(question);
        self.sinks.read_line()
    }

    /// Reads a secret without echo; the prompt goes to stderr.
    pub fn secret(&self, prompt: &str) -> io::Result<String> {
        self.line_no_newline(prompt);
        self.sinks.read_secret()
    }

    /// The runs a schedule would make, shown before it is saved (connectors and pipelines alike).
    /// A notice on stderr: what a command answers (`schedule show`, `set --dry-run`) is data on
    /// stdout, and after a save that is the object as the server has it.
    pub fn next_runs(
        &self,
        heading: &str,
        runs: &[(jiff::Timestamp, Option<String>)],
        tz: &jiff::tz::TimeZone,
    ) {
        let mut lines = vec![heading.to_string()];
        lines.extend(runs.iter().map(|(t, expression)| {
            let local = t.to_zoned(tz.clone());
            let mut line = format!("  {}   {t}", local.strftime("%a %Y-%m-%d %H:%M %Z (%:z)"));
            if let Some(e) = expression {
                line.push_str("   ");
                line.push_str(&terminal_safe(e));
            }
            line
        }));
        if runs.is_empty() {
            lines.push("  (no upcoming runs)".into());
        }
        self.status(&lines.join("\n"));
    }

    fn line_no_newline(&self, text: &str) {
        self.sinks.write_err(&message_safe(text, self.color_err));
    }
}
