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
