//! Everything `rime` shows: data on stdout in the chosen format, messages and prompts on stderr.

pub mod batch;
mod cells;
mod emit;
mod fields;
mod grid;
pub(crate) mod jq;
mod list;
mod messages;
pub mod progress;
pub(crate) mod raw;
mod render;
pub(crate) mod sanitize;
mod sink;
#[cfg(test)]
mod tests;
mod views;

use std::fmt;
use std::str::FromStr;

pub use emit::JqText;
pub use list::ListWriter;
pub use sanitize::terminal_safe;
pub use views::{count, duration, elapsed, size};

use fields::FieldPath;
use sink::Sinks;

/// `-o/--output`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Table,
    /// The table with every column: the terminal's table drops low-value columns when narrow.
    Wide,
    Json,
    Ndjson,
    Yaml,
    Csv,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Self::Table,
        Self::Wide,
        Self::Json,
        Self::Ndjson,
        Self::Yaml,
        Self::Csv,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Table => "table",
            Self::Wide => "wide",
            Self::Json => "json",
            Self::Ndjson => "ndjson",
            Self::Yaml => "yaml",
            Self::Csv => "csv",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                format!(
                    "unknown output format `{s}` (expected table, wide, json, ndjson, yaml or csv)"
                )
            })
    }
}

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl fmt::Display for ColorChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Auto => "auto",
            Self::Always => "always",
            Self::Never => "never",
        })
    }
}

impl FromStr for ColorChoice {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Self::Auto),
            "always" => Ok(Self::Always),
            "never" => Ok(Self::Never),
            _ => Err(format!(
                "unknown colour choice `{s}` (expected auto, always or never)"
            )),
        }
    }
}

/// Everything the output layer needs to know, decided by the caller (flags, config, TTY checks).
#[derive(Clone, Debug)]
pub struct OutputOptions {
    pub format: Format,
    /// The user asked for `format` (flag or config) rather than getting the default.
    pub format_explicit: bool,
    pub fields: Option<String>,
    pub jq: Option<String>,
    pub no_header: bool,
    /// Cut no table cell to the terminal's width (`--no-trunc`).
    pub no_trunc: bool,
    pub color: ColorChoice,
    /// `NO_COLOR` is set (only the config module reads the environment).
    pub no_color_env: bool,
    pub quiet: bool,
    pub verbose: bool,
    pub debug: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    /// `None` asks the terminal; tests pass a fixed width.
    pub term_width: Option<u16>,
    /// The instant relative times are measured from when the command starts; it moves on with
    /// the local clock (a table drawn after a four-minute watch is relative to its own moment).
    pub now: jiff::Timestamp,
}

#[derive(thiserror::Error, Debug)]
pub enum OutputError {
    /// The reader of stdout went away (`rime … | head -1`): stop quietly.
    #[error("broken pipe")]
    BrokenPipe,
    #[error("cannot write output: {0}")]
    Io(std::io::Error),
    #[error("unknown field{} {} in --fields (valid fields: {})",
        if unknown.len() == 1 { "" } else { "s" }, unknown.join(", "), valid.join(", "))]
    UnknownFields {
        unknown: Vec<String>,
        valid: Vec<String>,
    },
    /// A `--jq` expression that does not compile; the message names the position.
    #[error("{message}")]
    Jq { message: String },
    #[error("--jq failed: {message}")]
    JqRuntime { message: String },
    #[error("cannot encode output: {0}")]
    Encode(String),
    /// The chosen format cannot show this (a never-ending watch as one JSON document).
    #[error("{0}")]
    Unsupported(String),
}

impl OutputError {
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Self::BrokenPipe)
    }
}

impl From<std::io::Error> for OutputError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Self::BrokenPipe
        } else {
            Self::Io(e)
        }
    }
}

/// One default column of a resource's list view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub header: &'static str,
    /// Dotted path into the API object.
    pub path: &'static str,
    pub kind: ColumnKind,
}

/// A column as one line: `col("LAST RUN", "last_run.status", ColumnKind::Status)`.
pub const fn col(header: &'static str, path: &'static str, kind: ColumnKind) -> Column {
    Column { header, path, kind }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ColumnKind {
    #[default]
    Text,
    /// RFC 3339; relative on a terminal.
    Time,
    /// A number, or the length of an array/object; right-aligned.
    Count,
    Bool,
    /// Coloured by value on a terminal.
    Status,
    /// Always compact JSON.
    Json,
}

/// What a command tells the output layer about its resource.
#[derive(Clone, Copy, Debug, Default)]
pub struct ListSpec<'a> {
    pub columns: &'a [Column],
    /// Top-level field names `--fields` may start with; empty means unchecked.
    pub known_fields: &'a [&'a str],
}

impl<'a> ListSpec<'a> {
    /// Columns alone; `--fields` unchecked.
    pub const fn of(columns: &'a [Column]) -> ListSpec<'a> {
        ListSpec {
            columns,
            known_fields: &[],
        }
    }
}

/// Text emphasis for `paint`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Bold,
    Dim,
    Red,
    Green,
    Yellow,
    Cyan,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// The single writer of stdout and stderr; shared as `Arc<Output>`.
pub struct Output {
    opts: OutputOptions,
    fields: Option<Vec<FieldPath>>,
    jq: Option<jq::Program>,
    color_out: bool,
    color_err: bool,
    /// `-o wide` (or `--fields`, `--no-trunc`): a terminal table keeps every column.
    wide: bool,
    sinks: Sinks,
    /// When `opts.now` was true, so [`Output::now`] moves on with the local clock.
    born: std::time::Instant,
    /// The latest server time heard (Unix seconds), when ahead of the local clock (a sandbox
    /// whose clock runs fast): relative times never put what has happened in the future.
    heard: std::sync::atomic::AtomicI64,
    /// Objects received with numbers no value holds, and the text they came as: printed as
    /// that text in the JSON-shaped formats (see [`Output::keep_text`]).
    texts: std::sync::Mutex<Vec<(serde_json::Value, bytes::Bytes)>>,
}

impl fmt::Debug for Output {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Output")
            .field("opts", &self.opts)
            .finish_non_exhaustive()
    }
}

impl Output {
    /// Parses `--fields` and compiles `--jq`, so a bad expression fails before any request.
    pub fn new(opts: OutputOptions) -> Result<Output, OutputError> {
        Self::build(opts, Sinks::real())
    }

    /// Like [`Output::new`] but writing into the given streams (tests, embedding).
    pub fn with_writers(
        opts: OutputOptions,
        stdout: Box<dyn std::io::Write + Send>,
        stderr: Box<dyn std::io::Write + Send>,
    ) -> Result<Output, OutputError> {
        Self::build(opts, Sinks::new(stdout, stderr))
    }

    /// Answers prompts from `input` instead of the terminal.
    pub fn with_input(self, input: Box<dyn std::io::BufRead + Send>) -> Output {
        self.sinks.set_input(input);
        self
    }

    fn build(mut opts: OutputOptions, sinks: Sinks) -> Result<Output, OutputError> {
        // `wide` is the table with every column: one format for everything else to match on.
        let wide = opts.format == Format::Wide || opts.fields.is_some() || opts.no_trunc;
        if opts.format == Format::Wide {
            opts.format = Format::Table;
        }
        let fields = fields::parse(opts.fields.as_deref());
        let jq = match opts.jq.as_deref() {
            Some(code) => Some(jq::Program::compile(code)?),
            None => None,
        };
        let colour = |tty: bool| match opts.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !opts.no_color_env,
        };
        let (color_out, color_err) = (colour(opts.stdout_tty), colour(opts.stderr_tty));
        Ok(Output {
            opts,
            fields,
            jq,
            color_out,
            color_err,
            wide,
            sinks,
            born: std::time::Instant::now(),
            heard: std::sync::atomic::AtomicI64::new(i64::MIN),
            texts: std::sync::Mutex::new(Vec::new()),
        })
    }

    /// Now, for relative times: the command's start moved on by the local clock, or the server's
    /// clock as last heard when that is ahead.
    pub fn now(&self) -> jiff::Timestamp {
        let local = jiff::SignedDuration::try_from(self.born.elapsed())
            .ok()
            .and_then(|d| self.opts.now.checked_add(d).ok())
            .unwrap_or(self.opts.now);
        let heard = self.heard.load(std::sync::atomic::Ordering::Relaxed);
        match jiff::Timestamp::from_second(heard) {
            Ok(server) if server > local => server,
            _ => local,
        }
    }

    /// Tells the output the server's clock (an event's `at`, a run's `ended_at`).
    pub fn heard_server_time(&self, at: jiff::Timestamp) {
        self.heard
            .fetch_max(at.as_second(), std::sync::atomic::Ordering::Relaxed);
    }

    pub fn format(&self) -> Format {
        self.opts.format
    }
    pub fn stdout_is_tty(&self) -> bool {
        self.opts.stdout_tty
    }
    pub fn stderr_is_tty(&self) -> bool {
        self.opts.stderr_tty
    }
    pub fn color_stdout(&self) -> bool {
        self.color_out
    }
    pub fn color_stderr(&self) -> bool {
        self.color_err
    }
    pub fn quiet(&self) -> bool {
        self.opts.quiet
    }
    pub fn verbose(&self) -> bool {
        self.opts.verbose || self.opts.debug
    }
    pub fn debug_enabled(&self) -> bool {
        self.opts.debug
    }
    /// Progress bars draw only for a person watching stderr who did not ask for silence.
    pub fn show_progress(&self) -> bool {
        self.opts.stderr_tty && !self.opts.quiet
    }

    /// Raw text to stdout, exactly as given (completion scripts, DOT graphs, previews).
    pub fn text(&self, s: &str) -> Result<(), OutputError> {
        self.sinks.write_out(s.as_bytes())?;
        self.sinks.flush_out()
    }

    /// The human-facing table (borders, colour, widths) rather than TSV.
    fn tty_table(&self) -> bool {
        self.opts.format == Format::Table && self.opts.stdout_tty
    }
}

// The CLI shares `Output` across tasks and may hold a `ListWriter` across `.await`.
#[cfg(test)]
const _: () = {
    const fn shared<T: Send + Sync>() {}
    const fn sendable<T: Send>() {}
    shared::<Output>();
    sendable::<ListWriter<'static>>();
};

/// Bytes for a program rather than a person (a shell's completion candidates), as they are.
pub fn bare(data: &[u8]) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(data);
}

/// `rime --help` as clap prints it without a terminal (`crate::cli::TOP_HELP`), when none of
/// stdin, stdout and stderr is one (clap would size and colour it by the first that is). False
/// when it printed nothing.
pub fn help_without_terminal(text: &str) -> bool {
    use std::io::{IsTerminal, Write};
    let on_terminal = std::io::stdout().is_terminal()
        || std::io::stderr().is_terminal()
        || std::io::stdin().is_terminal();
    if on_terminal {
        return false;
    }
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    true
}

/// `rime --version`, answered before any settings exist (see `crate::main`); a closed stdout is
/// ignored, as clap ignores it.
pub fn version(line: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(line.as_bytes());
}
