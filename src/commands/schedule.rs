//! What connector and pipeline schedules share: the default zone, cron and zone checks worded as the API words them, the next runs as rows, `schedule show`, and the question before a schedule is saved.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use crate::context::Context;
use crate::error::CliError;
use crate::output::ColumnKind::Text;
use crate::output::{Column, ListSpec, col, terminal_safe};

/// The zone a schedule is evaluated in when none is given (the API's default too).
pub const DEFAULT_ZONE: &str = "Pacific/Auckland";

/// One five-field expression (outer blanks ignored), parsed by the rules the API applies.
pub fn cron(expr: &str) -> Result<rime_cron::Schedule, CliError> {
    rime_cron::Schedule::parse(expr.trim()).map_err(|e| {
        CliError::Usage(format!(
            "invalid cron expression `{}`: {e}",
            terminal_safe(expr)
        ))
    })
}

/// An IANA zone, as the API takes it.
pub fn zone(name: &str) -> Result<TimeZone, CliError> {
    rime_cron::zone(name).map_err(|e| {
        CliError::Usage(format!(
            "{e}: use an IANA name such as Pacific/Auckland, Australia/Sydney or UTC"
        ))
    })
}

/// The next runs of the schedule about to be saved, as a notice on stderr (one rule in both
/// groups: what `schedule show` and `set --dry-run` answer is data on stdout; after a save that
/// is the object as the server has it).
pub fn preview_before_save(
    ctx: &Context,
    cron: &str,
    zone: &str,
    runs: &[(jiff::Timestamp, Option<String>)],
    tz: &TimeZone,
) {
    let heading = format!(
        "next {} runs of `{}` in {}:",
        runs.len(),
        terminal_safe(cron),
        terminal_safe(zone)
    );
    ctx.out.next_runs(&heading, runs, tz);
}

/// Whether to ask before saving: on a terminal, unless --yes (scripts and CI proceed).
pub fn asks(ctx: &Context) -> bool {
    ctx.interactive && !ctx.settings.yes
}

/// Asks "Save this schedule?"; a no cancels with nothing changed.
pub fn confirm_save(ctx: &Context) -> anyhow::Result<()> {
    if ctx.out.confirm("Save this schedule?")? {
        return Ok(());
    }
    Err(CliError::Cancelled("cancelled; the schedule was not changed".into()).into())
}

/// A run time in its zone: for people, and as RFC 3339 with the offset.
pub fn local(t: Timestamp, tz: &TimeZone) -> (String, String) {
    let z = t.to_zoned(tz.clone());
    (
        z.strftime("%a %Y-%m-%d %H:%M %Z (%:z)").to_string(),
        z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
    )
}

/// The next runs as rows: the instant, its local form, a label for people and, where a
/// schedule has several expressions (pipelines), the one that fires.
pub fn rows(runs: &[(Timestamp, Option<String>)], tz: &TimeZone) -> Vec<Value> {
    runs.iter()
        .map(|(t, expression)| {
            let (human, iso) = local(*t, tz);
            let mut row = json!({"at": t.to_string(), "local": iso, "display": human});
            if let Some(e) = expression {
                row["expression"] = json!(e);
            }
            row
        })
        .collect()
}

const RUN_COLUMNS: &[Column] = &[col("LOCAL TIME", "display", Text), col("UTC", "at", Text)];
const RUN_EXPRESSION_COLUMNS: &[Column] = &[
    col("LOCAL TIME", "display", Text),
    col("UTC", "at", Text),
    col("EXPRESSION", "expression", Text),
];

/// The next runs' table (connectors: one expression).
pub const RUNS: ListSpec = ListSpec {
    columns: RUN_COLUMNS,
    known_fields: &["at", "local", "display"],
};

/// The next runs' table with the expression that fires (pipelines: several, joined by ` | `).
pub const RUNS_BY_EXPRESSION: ListSpec = ListSpec {
    columns: RUN_EXPRESSION_COLUMNS,
    known_fields: &["at", "local", "display", "expression"],
};

/// `schedule show` in both groups: the heading is a notice on stderr; the object (with
/// `next_runs`) is data on stdout, drawn as the table of its next runs for people.
pub fn show(ctx: &Context, heading: &str, view: &Value, runs: &ListSpec) -> anyhow::Result<()> {
    ctx.out.status(heading);
    Ok(ctx
        .out
        .detail(view, &view["next_runs"], runs, &ListSpec::default())?)
}
