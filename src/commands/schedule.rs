//! What connector and pipeline schedules share: the default zone, cron and zone checks worded as the API words them, and the question before a schedule is saved.

use jiff::tz::TimeZone;

use crate::context::Context;
use crate::error::CliError;
use crate::output::terminal_safe;

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
