//! `connectors schedule set|pause|resume|clear`: cron in an IANA zone, previewed locally with rime-cron.

use clap::{Args, Subcommand};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use super::{CONNECTORS, Connectors};
use crate::commands::schedule::{self as shared, DEFAULT_ZONE};
use crate::context::Context;
use crate::error::CliError;
use crate::output::{ListSpec, terminal_safe};
use crate::registry::{Item, verbs};

const PREVIEW: usize = 5;

#[derive(Subcommand, Debug)]
pub enum ScheduleVerbs {
    /// Show the schedule and its next 5 run times in its zone
    Show(Item<Connectors>),
    /// Set the schedule; the next 5 run times in its zone are shown first (a terminal asks to
    /// confirm unless --yes; scripts and CI proceed)
    Set(SetArgs),
    /// Pause the schedule: no scheduled runs until it is resumed
    Pause(Item<Connectors>),
    /// Resume a paused schedule from now (missed runs are not caught up)
    Resume(Item<Connectors>),
    /// Remove the schedule
    Clear(Item<Connectors>),
}

#[derive(Args, Debug)]
pub struct SetArgs {
    #[command(flatten)]
    pub connector: Item<Connectors>,
    /// Five cron fields: minute hour day-of-month month day-of-week (0 = Sunday), with * , - /
    #[arg(long, value_name = "CRON")]
    pub cron: String,
    /// IANA time zone [default: the current schedule's, else Pacific/Auckland]
    #[arg(long, value_name = "ZONE")]
    pub timezone: Option<String>,
    /// Only show the next run times; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Preview the runs after this RFC 3339 time instead of now (e.g. across a DST change)
    #[arg(long, value_name = "TIME")]
    pub from: Option<String>,
}

impl ScheduleVerbs {
    pub async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            ScheduleVerbs::Show(c) => show(ctx, &c).await,
            ScheduleVerbs::Set(a) => set(ctx, a).await,
            ScheduleVerbs::Pause(c) => toggle(ctx, &c, false).await,
            ScheduleVerbs::Resume(c) => toggle(ctx, &c, true).await,
            ScheduleVerbs::Clear(c) => {
                let placed = c.place(ctx).await?;
                verbs::update(ctx, &placed.target(), json!({"schedule": null}))
                    .await
                    .map(drop)
            }
        }
    }
}

/// The next firings of `cron` in `zone` after `after`, checked exactly as the API checks them.
pub fn upcoming(
    cron: &str,
    zone: &str,
    after: Timestamp,
    n: usize,
) -> Result<(Vec<Timestamp>, TimeZone), CliError> {
    if cron.contains('|') {
        return Err(CliError::Usage(format!(
            "invalid cron expression `{}`: a connector takes one five-field expression (no `|`)",
            terminal_safe(cron)
        )));
    }
    let schedule = shared::cron(cron)?;
    let tz = shared::zone(zone)?;
    Ok((schedule.upcoming(after, &tz, n), tz))
}

/// The next run times as rows (one expression: no EXPRESSION column).
fn rows(times: &[Timestamp], tz: &TimeZone) -> Vec<Value> {
    let runs: Vec<_> = times.iter().map(|t| (*t, None)).collect();
    shared::rows(&runs, tz)
}

/// `schedule show`: the schedule, and (when enabled) its next runs from now, as `set --dry-run`
/// shows them.
async fn show(ctx: &Context, c: &Item<Connectors>) -> anyhow::Result<()> {
    let connector = c.fetch(ctx).await?;
    let label = CONNECTORS.label(&connector);
    let s = &connector["schedule"];
    let (Some(cron), Some(zone)) = (s["cron"].as_str(), s["timezone"].as_str()) else {
        ctx.out.status(&format!(
            "connector {label} has no schedule; set one with `rime connectors schedule set {} --cron CRON`",
            terminal_safe(c.given())
        ));
        let none = json!({"connector": connector["name"], "schedule": null, "next_runs": []});
        return Ok(ctx.out.detail(
            &none,
            &none["next_runs"],
            &shared::RUNS,
            &ListSpec::default(),
        )?);
    };
    let enabled = s["enabled"] != false;
    let (times, tz) = upcoming(
        cron,
        zone,
        Timestamp::now(),
        if enabled { PREVIEW } else { 0 },
    )?;
    let heading = format!(
        "schedule of connector {label}: `{}` in {}, {}",
        terminal_safe(cron),
        terminal_safe(zone),
        if enabled {
            "enabled; next runs:"
        } else {
            "paused (no scheduled runs until `rime connectors schedule resume`)"
        }
    );
    let view = json!({
        "connector": connector["name"], "schedule": s, "next_runs": rows(&times, &tz),
    });
    shared::show(ctx, &heading, &view, &shared::RUNS)
}

async fn set(ctx: &Context, a: SetArgs) -> anyhow::Result<()> {
    let after = match &a.from {
        Some(s) => s.parse::<Timestamp>().map_err(|_| {
            CliError::Usage(format!(
                "`--from {}` is not an RFC 3339 time",
                terminal_safe(s)
            ))
        })?,
        None => Timestamp::now(),
    };
    let placed = a.connector.place(ctx).await?;
    let target = placed.target();
    let connector = target.found(ctx).await?;
    let zone = a
        .timezone
        .clone()
        .or_else(|| connector["schedule"]["timezone"].as_str().map(String::from))
        .unwrap_or_else(|| DEFAULT_ZONE.to_string());
    let (times, tz) = upcoming(&a.cron, &zone, after, PREVIEW)?;
    if a.dry_run {
        let preview = json!({"cron": a.cron, "timezone": zone, "next_runs": rows(&times, &tz)});
        ctx.out.detail(
            &preview,
            &preview["next_runs"],
            &shared::RUNS,
            &ListSpec::default(),
        )?;
        return Ok(());
    }
    let runs: Vec<_> = times.iter().map(|t| (*t, None)).collect();
    shared::preview_before_save(ctx, &a.cron, &zone, &runs, &tz);
    if shared::asks(ctx) {
        shared::confirm_save(ctx)?;
    }
    let patch = json!({"schedule": {"cron": a.cron, "timezone": zone, "enabled": true}});
    let updated = verbs::update(ctx, &target, patch).await?;
    next_run_line(ctx, &updated, &tz);
    Ok(())
}

fn next_run_line(ctx: &Context, connector: &Value, tz: &TimeZone) {
    if let Some(t) = connector["next_run_at"]
        .as_str()
        .and_then(|s| s.parse::<Timestamp>().ok())
    {
        ctx.out
            .status(&format!("next run: {} ({t})", shared::local(t, tz).0));
    }
}

/// Pause or resume: a connector without a schedule has nothing to toggle.
async fn toggle(ctx: &Context, c: &Item<Connectors>, enabled: bool) -> anyhow::Result<()> {
    let placed = c.place(ctx).await?;
    let target = placed.target();
    let connector = target.found(ctx).await?;
    let Some(zone) = connector["schedule"]["timezone"].as_str() else {
        return Err(CliError::Usage(format!(
            "connector {} has no schedule; set one with `rime connectors schedule set {} --cron CRON`",
            CONNECTORS.label(connector),
            terminal_safe(c.given())
        ))
        .into());
    };
    let tz = rime_cron::zone(zone).unwrap_or(TimeZone::UTC);
    let updated = verbs::update(ctx, &target, json!({"schedule": {"enabled": enabled}})).await?;
    if enabled {
        next_run_line(ctx, &updated, &tz);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn preview(cron: &str, from: &str) -> Vec<String> {
        let (times, tz) = upcoming(cron, DEFAULT_ZONE, from.parse().unwrap(), 5).unwrap();
        times
            .iter()
            .map(|t| format!("{} {t}", shared::local(*t, &tz).0))
            .collect()
    }

    #[test]
    fn previews_cross_auckland_daylight_saving_as_rime_cron_rules_say() {
        // DST ends 2027-04-04 03:00 NZDT → 02:00 NZST: 02:30 happens twice and fires once, first.
        assert_eq!(
            preview("30 2 * * 0", "2027-03-20T00:00:00Z"),
            [
                "Sun 2027-03-21 02:30 NZDT (+13:00) 2027-03-20T13:30:00Z",
                "Sun 2027-03-28 02:30 NZDT (+13:00) 2027-03-27T13:30:00Z",
                "Sun 2027-04-04 02:30 NZDT (+13:00) 2027-04-03T13:30:00Z",
                "Sun 2027-04-11 02:30 NZST (+12:00) 2027-04-10T14:30:00Z",
                "Sun 2027-04-18 02:30 NZST (+12:00) 2027-04-17T14:30:00Z",
            ]
        );
        // DST starts 2026-09-27 02:00 NZST → 03:00 NZDT: 02:30 does not exist and fires at 03:00.
        assert_eq!(
            preview("30 2 * * 0", "2026-09-12T00:00:00Z")[1..3],
            [
                "Sun 2026-09-20 02:30 NZST (+12:00) 2026-09-19T14:30:00Z".to_string(),
                "Sun 2026-09-27 03:00 NZDT (+13:00) 2026-09-26T14:00:00Z".to_string(),
            ]
        );
        assert!(upcoming("0 2 * * *|0 3 * * *", "UTC", Timestamp::now(), 1).is_err());
        assert!(upcoming("0 2 * *", "UTC", Timestamp::now(), 1).is_err());
        assert!(upcoming("0 2 * * *", "Mars/Olympus", Timestamp::now(), 1).is_err());
    }
}
