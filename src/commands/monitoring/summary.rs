//! `rime monitoring summary`: the project's health on one screen (`-o json` for the object).

use serde_json::Value;

use super::alerts::ALERTS;
use crate::commands::projects::PROJECTS;
use crate::context::Context;
use crate::http::{Method, Request};
use crate::output::{Stream, Style, terminal_safe};
use crate::registry::prelude::*;

/// A view, not a collection: one object per project.
pub static SUMMARY: Kind = Kind {
    fields: &read_only([
        "project_id",
        "generated_at",
        "connectors",
        "pipelines",
        "alerts",
        "infrastructure",
    ]),
    verbs: &[show("The project's health on one screen")],
    ..Kind::project("monitoring_summary", "MonitoringSummary")
        .said("monitoring summary", "monitoring summaries")
        .at("monitoring summary", "monitoring/summary")
};

const SHOWN_ALERTS: usize = 5;

fn n(v: &Value) -> u64 {
    v.as_u64().unwrap_or(0)
}

pub async fn run(ctx: &Context) -> anyhow::Result<()> {
    let pid = ctx.project_id().await?.to_string();
    let summary = verbs::fetch_one(ctx, &SUMMARY, Scope::top())
        .await
        .map_err(|e| e.context("could not read the monitoring summary"))?;
    if !ctx.out.human() {
        return SUMMARY.show(ctx, &summary);
    }
    let client = ctx.client().await?;
    let project = client
        .get(&PROJECTS.item_path(ctx, Scope::top(), &pid).await?)
        .await?;
    let firing = client
        .call(
            Request::new(Method::GET, ALERTS.collection(ctx, Scope::top()).await?)
                .query("status", "firing")
                .query("limit", SHOWN_ALERTS.to_string()),
        )
        .await?;
    ctx.out.text(&render(ctx, &summary, &project, &firing))?;
    Ok(())
}

/// Green when all is well, red when something needs a person, yellow in between.
fn mark(ctx: &Context, bad: u64, warn: u64) -> String {
    let (symbol, style) = match (bad, warn) {
        (0, 0) => ("✓", Style::Green),
        (0, _) => ("!", Style::Yellow),
        _ => ("✗", Style::Red),
    };
    ctx.out.paint(symbol, style, Stream::Stdout)
}

fn render(ctx: &Context, s: &Value, project: &Value, firing: &Value) -> String {
    let bold = |t: &str| ctx.out.paint(t, Style::Bold, Stream::Stdout);
    let c = &s["connectors"];
    let r = &s["pipelines"]["runs_24h"];
    let a = &s["alerts"];
    let by = &a["firing_by_severity"];
    let i = &s["infrastructure"];
    let name = project["name"].as_str().unwrap_or_default();
    let mut out = format!(
        "{} {}\n",
        bold(&terminal_safe(name)),
        ctx.out.paint(
            &format!("health at {}", s["generated_at"].as_str().unwrap_or("?")),
            Style::Dim,
            Stream::Stdout
        )
    );
    // Each line: its mark (bad count, warning count), label and figures.
    let (failing, paused) = (n(&c["failing"]), n(&c["paused"]));
    let (failed, running) = (n(&r["failed"]), n(&r["running"]) + n(&r["queued"]));
    let (alerting, acked) = (n(&a["firing"]), n(&a["acknowledged"]));
    let (drifted, pending) = (n(&i["drifted"]), n(&i["pending_changes"]));
    let total = n(&c["total"]);
    let succeeded = n(&r["succeeded"]);
    let severities = [&by["critical"], &by["warning"], &by["info"]].map(n);
    let lines = [
        (
            "Connectors",
            failing,
            paused,
            format!("{total} total · {failing} failing · {paused} paused"),
        ),
        (
            "Pipeline runs",
            failed,
            running,
            format!("last 24h: {succeeded} succeeded · {failed} failed · {running} running"),
        ),
        (
            "Alerts",
            alerting,
            acked,
            format!(
                "{alerting} firing ({} critical, {} warning, {} info) · {acked} acknowledged",
                severities[0], severities[1], severities[2]
            ),
        ),
        (
            "Infrastructure",
            drifted,
            pending,
            format!(
                "{} · {drifted} drifted",
                crate::output::count(pending, "pending change")
            ),
        ),
    ];
    for (label, bad, warn, text) in lines {
        out += &format!("  {} {label:<15} {text}\n", mark(ctx, bad, warn));
    }
    let shown = firing["data"].as_array().cloned().unwrap_or_default();
    if !shown.is_empty() {
        out += &format!("\n{}\n", bold("Firing alerts"));
        for alert in &shown {
            let text = |k: &str| terminal_safe(alert[k].as_str().unwrap_or_default()).into_owned();
            let sev = text("severity");
            let style = if sev == "critical" {
                Style::Red
            } else {
                Style::Yellow
            };
            out += &format!(
                "  {} {}  {}  {}\n",
                ctx.out.paint(&format!("{sev:<8}"), style, Stream::Stdout),
                text("rule_name"),
                ctx.out.paint(&text("message"), Style::Dim, Stream::Stdout),
                text("id")
            );
        }
        let total = n(&a["firing"]);
        if total > shown.len() as u64 {
            out += &format!(
                "  … {} more: rime monitoring alerts list --status firing\n",
                total - shown.len() as u64
            );
        }
    }
    out
}
