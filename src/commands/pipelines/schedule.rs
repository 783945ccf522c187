//! `pipelines schedule`: show, set (multi-cron joined by ` | `, zone, concurrency policy, window),
//! pause, resume, clear — each with a preview of the next five runs across every expression.

use clap::{Args, Subcommand, ValueEnum};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use super::{PIPELINES, Pipelines};
use crate::commands::schedule::{self as shared, DEFAULT_ZONE};
use crate::context::Context;
use crate::error::CliError;
use crate::output::terminal_safe;
use crate::registry::Item;

#[derive(Subcommand, Debug)]
pub enum ScheduleCommand {
    /// Show the schedule and its next five runs
    Show(Item<Pipelines>),
    /// Set or change the schedule (only the options given change); the next five runs are shown
    /// first (a terminal asks to confirm unless --yes; scripts and CI proceed)
    Set(SetArgs),
    /// Stop starting scheduled runs (the schedule is kept)
    Pause(Item<Pipelines>),
    /// Start scheduled runs again
    Resume(Item<Pipelines>),
    /// Remove the schedule
    Clear(Item<Pipelines>),
}

#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum Policy {
    Skip,
    Queue,
    Allow,
}

#[derive(Args, Debug)]
pub struct SetArgs {
    #[command(flatten)]
    pub pipeline: Item<Pipelines>,
    /// Five-field cron; join several with `|`, e.g. "0 6 * * 1-5 | 0 12 * * 0"
    #[arg(long)]
    pub cron: Option<String>,
    /// IANA time zone the cron is evaluated in (default Pacific/Auckland)
    #[arg(long, value_name = "ZONE")]
    pub timezone: Option<String>,
    /// What a run does while another is active: skip it, queue it, or allow both
    #[arg(long, value_enum)]
    pub concurrency: Option<Policy>,
    /// Only start runs between these wall times, e.g. 22:00-06:00
    #[arg(long, value_name = "HH:MM-HH:MM", conflicts_with = "no_window")]
    pub window: Option<String>,
    /// Remove the window (runs at any time)
    #[arg(long)]
    pub no_window: bool,
    /// Only show the schedule it would make and its next run times; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, c: ScheduleCommand) -> anyhow::Result<()> {
    match c {
        ScheduleCommand::Show(p) => show(ctx, &p.fetch(ctx).await?),
        ScheduleCommand::Set(a) => {
            let mut schedule = json!({});
            if let Some(c) = &a.cron {
                schedule["cron"] = c.as_str().into();
            }
            if let Some(z) = &a.timezone {
                schedule["timezone"] = z.as_str().into();
            }
            if let Some(p) = a.concurrency {
                schedule["concurrency_policy"] = format!("{p:?}").to_lowercase().into();
            }
            if let Some(w) = &a.window {
                let Some((start, end)) = w.split_once('-') else {
                    return Err(CliError::Usage(format!(
                        "--window `{w}` is not HH:MM-HH:MM (e.g. 22:00-06:00)"
                    ))
                    .into());
                };
                schedule["window"] = json!({"start": start.trim(), "end": end.trim()});
            }
            if a.no_window {
                schedule["window"] = Value::Null;
            }
            if schedule.as_object().is_some_and(|m| m.is_empty()) {
                return Err(CliError::Usage(
                    "nothing to set: give --cron, --timezone, --concurrency or --window".into(),
                )
                .into());
            }
            // Checked here as the API checks them, before any request.
            if let Some(c) = &a.cron {
                check_cron(c)?;
            }
            if let Some(z) = &a.timezone {
                shared::zone(z)?;
            }
            set(ctx, &a, schedule).await
        }
        ScheduleCommand::Pause(p) => change(ctx, &p, json!({"enabled": false}), "paused").await,
        ScheduleCommand::Resume(p) => change(ctx, &p, json!({"enabled": true}), "resumed").await,
        ScheduleCommand::Clear(p) => change(ctx, &p, Value::Null, "cleared the schedule of").await,
    }
}

/// Every `|`-joined expression, parsed by the rules the API applies.
fn check_cron(cron: &str) -> Result<(), CliError> {
    for e in cron.split('|') {
        shared::cron(e.trim())?;
    }
    Ok(())
}

/// The schedule the flags make, merged over the current one, previewed from now: shown alone
/// under --dry-run, else shown and (on a terminal, without --yes) confirmed, then saved.
async fn set(ctx: &Context, a: &SetArgs, change_to: Value) -> anyhow::Result<()> {
    let placed = a.pipeline.place(ctx).await?;
    let p = placed.target().found(ctx).await?.clone();
    let mut merged = p["schedule"].clone();
    if !merged.is_object() {
        merged = json!({"enabled": true, "concurrency_policy": "skip", "timezone": DEFAULT_ZONE});
    }
    for (k, v) in change_to.as_object().into_iter().flatten() {
        merged[k] = v.clone();
    }
    if merged["cron"].as_str().is_none() {
        return Err(CliError::Usage(format!(
            "pipeline {} has no schedule yet: give --cron",
            PIPELINES.label(&p)
        ))
        .into());
    }
    let mut planned = p.clone();
    planned["schedule"] = merged.clone();
    planned["next_run_at"] = first_run(&merged, Timestamp::now())
        .map(|t| Value::String(t.to_string()))
        .unwrap_or(Value::Null);
    if a.dry_run {
        return show(ctx, &planned);
    }
    let zone = merged["timezone"].as_str().unwrap_or(shared::DEFAULT_ZONE);
    let tz = rime_cron::zone(zone).unwrap_or(TimeZone::UTC);
    let runs: Vec<_> = preview(&planned, 5)
        .into_iter()
        .map(|(t, e)| (t, Some(e)))
        .collect();
    let cron = merged["cron"].as_str().unwrap_or_default();
    shared::preview_before_save(ctx, cron, zone, &runs, &tz);
    if shared::asks(ctx) {
        shared::confirm_save(ctx)?;
    }
    change(ctx, &a.pipeline, change_to, "set the schedule of").await
}

/// The first firing after `after` that falls in the schedule's window.
fn first_run(s: &Value, after: Timestamp) -> Option<Timestamp> {
    let all = rime_cron::Schedule::parse(s["cron"].as_str()?).ok()?;
    let tz = rime_cron::zone(s["timezone"].as_str().unwrap_or(DEFAULT_ZONE)).ok()?;
    let mut cur = after;
    for _ in 0..10_000 {
        cur = all.next_after(cur, &tz)?;
        if in_window(&s["window"], cur, &tz) {
            return Some(cur);
        }
    }
    None
}

async fn change(
    ctx: &Context,
    pipeline: &Item<Pipelines>,
    schedule: Value,
    did: &str,
) -> anyhow::Result<()> {
    let placed = pipeline.place(ctx).await?;
    let t = placed.target();
    let p = t.found(ctx).await?;
    let label = PIPELINES.label(p);
    let toggles =
        schedule.get("enabled").is_some() && schedule.as_object().is_some_and(|m| m.len() == 1);
    if p["schedule"].is_null() && (toggles || schedule.is_null()) {
        return Err(CliError::Usage(format!(
            "pipeline {label} has no schedule; set one with `rime pipelines schedule set {} --cron …`",
            terminal_safe(p["name"].as_str().or(p["id"].as_str()).unwrap_or_default())
        ))
        .into());
    }
    let updated = ctx
        .client()
        .await?
        .patch(&t.path(ctx).await?, json!({ "schedule": schedule }))
        .await
        .map_err(|e| e.context(format!("could not change the schedule of pipeline {label}")))?;
    ctx.out.status(&format!("{did} pipeline {label}"));
    show(ctx, &updated)
}

/// Whether a firing's wall time lies in the window (`[start, end)`, over midnight when end < start).
fn in_window(window: &Value, t: Timestamp, tz: &TimeZone) -> bool {
    let minutes = |v: &Value| {
        let (h, m) = v.as_str()?.split_once(':')?;
        Some(h.parse::<i32>().ok()? * 60 + m.parse::<i32>().ok()?)
    };
    let (Some(start), Some(end)) = (minutes(&window["start"]), minutes(&window["end"])) else {
        return true;
    };
    let dt = tz.to_datetime(t);
    let m = dt.hour() as i32 * 60 + dt.minute() as i32;
    if start < end {
        (start..end).contains(&m)
    } else {
        m >= start || m < end
    }
}

/// The next `n` firings from the server's `next_run_at`, each with the expression that fires.
pub fn preview(p: &Value, n: usize) -> Vec<(Timestamp, String)> {
    let s = &p["schedule"];
    let (Some(cron), Some(first)) = (
        s["cron"].as_str(),
        p["next_run_at"]
            .as_str()
            .and_then(|t| t.parse::<Timestamp>().ok()),
    ) else {
        return Vec::new();
    };
    let (Ok(all), Ok(tz)) = (
        rime_cron::Schedule::parse(cron),
        rime_cron::zone(s["timezone"].as_str().unwrap_or(DEFAULT_ZONE)),
    ) else {
        return Vec::new();
    };
    let parts: Vec<(String, rime_cron::Schedule)> = cron
        .split('|')
        .filter_map(|e| Some((e.trim().to_string(), rime_cron::Schedule::parse(e).ok()?)))
        .collect();
    let which = |t: Timestamp| {
        let before = t - jiff::SignedDuration::from_secs(1);
        parts
            .iter()
            .filter(|(_, e)| e.next_after(before, &tz) == Some(t))
            .map(|(text, _)| text.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let mut out = vec![(first, which(first))];
    let mut cur = first;
    // A window can skip many firings; a bounded search keeps a narrow one from spinning.
    for _ in 0..10_000 {
        if out.len() >= n {
            break;
        }
        let Some(t) = all.next_after(cur, &tz) else {
            break;
        };
        cur = t;
        if in_window(&s["window"], t, &tz) {
            out.push((t, which(t)));
        }
    }
    out
}

/// `schedule show` (and what `set --dry-run` and a change answer): the schedule as a notice, its
/// next runs across every expression as data, as connectors show theirs.
fn show(ctx: &Context, p: &Value) -> anyhow::Result<()> {
    let s = &p["schedule"];
    let name = terminal_safe(p["name"].as_str().unwrap_or_default()).into_owned();
    if s.is_null() {
        let none = json!({"pipeline": p["name"], "schedule": null, "next_runs": []});
        let heading = format!(
            "pipeline `{name}` has no schedule; set one with `rime pipelines schedule set {name} --cron CRON`"
        );
        return shared::show(ctx, &heading, &none, &shared::RUNS_BY_EXPRESSION);
    }
    let zone = s["timezone"].as_str().unwrap_or(DEFAULT_ZONE);
    let tz = rime_cron::zone(zone).unwrap_or(TimeZone::UTC);
    let enabled = s["enabled"] == true;
    let runs: Vec<_> = if enabled { preview(p, 5) } else { Vec::new() }
        .into_iter()
        .map(|(t, e)| (t, Some(e)))
        .collect();
    let window = match &s["window"] {
        Value::Object(w) => format!(
            ", window {}–{}",
            w.get("start").and_then(Value::as_str).unwrap_or("?"),
            w.get("end").and_then(Value::as_str).unwrap_or("?")
        ),
        _ => String::new(),
    };
    let state = match (enabled, runs.is_empty()) {
        (false, _) => "paused (no scheduled runs until `rime pipelines schedule resume`)",
        (true, true) => "enabled; no upcoming runs",
        (true, false) => "enabled; next runs:",
    };
    let heading = format!(
        "schedule of pipeline `{name}`: `{}` in {}, concurrency {}{}, {state}",
        terminal_safe(s["cron"].as_str().unwrap_or_default()),
        terminal_safe(zone),
        terminal_safe(s["concurrency_policy"].as_str().unwrap_or("skip")),
        terminal_safe(&window),
    );
    let view = json!({"pipeline": p["name"], "schedule": s, "next_runs": shared::rows(&runs, &tz)});
    shared::show(ctx, &heading, &view, &shared::RUNS_BY_EXPRESSION)
}
