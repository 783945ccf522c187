//! `rime monitoring alerts`: list, get, acknowledge and resolve alerts, and watch them arrive.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::Value;

use super::rules::RULES;
use crate::context::Context;
use crate::http::{Method, Request};
use crate::output::ColumnKind::{Count, Status, Text, Time};
use crate::output::progress::{Item, RunDisplay, Snapshot};
use crate::registry::prelude::*;

pub static ALERTS: Kind = Kind {
    describe: Some("rule_name"),
    columns: &[
        ID,
        col("STATUS", "status", Status),
        col("SEVERITY", "severity", Status),
        col("RULE", "rule_name", Text),
        col("MESSAGE", "message", Text),
        col("FIRED", "fired_at", Time),
        col("STEP", "escalation_step", Count),
    ],
    fields: &read_only([
        "id",
        "project_id",
        "rule_id",
        "rule_name",
        "severity",
        "status",
        "resource_type",
        "resource_id",
        "metric",
        "operator",
        "value",
        "threshold",
        "message",
        "fired_at",
        "acknowledged_at",
        "acknowledged_by",
        "resolved_at",
        "resolved_by",
        "channel_ids",
        "escalation_policy_id",
        "escalation_step",
        "next_escalation_at",
        "notifications",
    ]),
    verbs: &[
        list("List alerts, newest first"),
        get("Show one alert with its escalation progress"),
        action(
            "ack",
            "acknowledge",
            "acknowledged",
            "Acknowledge a firing alert: escalation stops",
        )
        .alias("acknowledge"),
        action(
            "resolve",
            "resolve",
            "resolved",
            "Resolve a firing or acknowledged alert",
        ),
    ],
    ..Kind::project("alert", "Alert")
        .said("alert", "alerts")
        .at("monitoring alerts", "alerts")
        .known_by(&[], "alt_", ("ID", "Alert id"))
};

pub struct Alerts;

impl Declared for Alerts {
    const KIND: &'static Kind = &ALERTS;
    type Parts = Parts<AlertFilters, NoArgs, NoArgs, AlertVerbs>;
}

const STATUSES: [&str; 3] = ["firing", "acknowledged", "resolved"];
const SEVERITIES: [&str; 3] = ["critical", "warning", "info"];

#[derive(Subcommand, Debug)]
pub enum AlertVerbs {
    /// Follow alerts as they fire and change (Ctrl-C to stop)
    #[command(
        after_help = "On a terminal the open alerts are redrawn in place. Otherwise each new alert, and each
change of state, is printed as one line (`-o ndjson` for one JSON object per line)."
    )]
    Watch(WatchArgs),
}

impl Extra for AlertVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            AlertVerbs::Watch(a) => watch(ctx, a).await,
        }
    }
}

#[derive(Args, Debug)]
pub struct AlertFilters {
    /// Only alerts in this state
    #[arg(long, value_parser = STATUSES)]
    pub status: Option<String>,
    /// Only alerts of this severity
    #[arg(long, value_parser = SEVERITIES)]
    pub severity: Option<String>,
    /// Only alerts of this rule (name or id)
    #[arg(long, value_name = "RULE")]
    pub rule: Option<String>,
}

impl Filters for AlertFilters {
    async fn query(&self, ctx: &Context, _: &Scope) -> anyhow::Result<Vec<(String, String)>> {
        let mut q = Vec::new();
        if let Some(s) = &self.status {
            q.push(("status".to_string(), s.clone()));
        }
        if let Some(s) = &self.severity {
            q.push(("severity".to_string(), s.clone()));
        }
        if let Some(r) = &self.rule {
            q.push((
                "rule_id".to_string(),
                RULES.id_of(ctx, Scope::top(), r).await?,
            ));
        }
        Ok(q)
    }
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    #[command(flatten)]
    pub filters: AlertFilters,
    /// How often to check for changes
    #[arg(long, default_value = "5s", value_parser = crate::commands::wait::interval)]
    pub interval: Duration,
}

fn item(alert: &Value) -> Item {
    let text = |k: &str| alert[k].as_str().unwrap_or_default().to_string();
    Item {
        key: text("id"),
        label: format!(
            "{} {} ({})",
            text("severity"),
            text("rule_name"),
            text("id")
        ),
        state: text("status"),
        progress: None,
        attempt: None,
        note: Some(text("message")),
    }
}

/// Polls the newest alerts. On a terminal the open ones are redrawn in place; otherwise every new
/// alert and every change of state becomes one output line. Ends only with Ctrl-C (exit 130).
async fn watch(ctx: &Context, a: WatchArgs) -> anyhow::Result<()> {
    let live = ctx.out.live();
    let mut writer = if live {
        None
    } else {
        Some(ctx.out.endless(&ALERTS.spec(), "watch")?)
    };
    let query = a.filters.query(ctx, Scope::top()).await?;
    let path = ALERTS.collection(ctx, Scope::top()).await?;
    let client = ctx.client().await?;
    ctx.set_detach_note(Some("stopped watching alerts".into()));
    let mut display = live.then(|| RunDisplay::new(&ctx.out));
    let mut seen: HashMap<String, String> = HashMap::new();
    // Alerts drawn once stay on screen, so a resolution shows instead of a stale state.
    let mut drawn: HashSet<String> = HashSet::new();
    let mut first = true;
    loop {
        let mut req = Request::new(Method::GET, path.clone());
        req.query = query.clone();
        req.query.push(("limit".into(), "100".into()));
        let page = client.call(req).await?;
        let mut alerts: Vec<Value> = page["data"].as_array().cloned().unwrap_or_default();
        alerts.reverse();
        let mut open = Vec::new();
        for alert in &alerts {
            let (id, status) = (
                alert["id"].as_str().unwrap_or_default().to_string(),
                alert["status"].as_str().unwrap_or_default().to_string(),
            );
            let is_open = status != "resolved";
            let changed = match seen.get(&id) {
                Some(before) => *before != status,
                None => is_open || !first,
            };
            if is_open || a.filters.status.is_some() || drawn.contains(&id) {
                drawn.insert(id.clone());
                open.push(item(alert));
            }
            if changed && let Some(w) = writer.as_mut() {
                w.push(alert)?;
            }
            seen.insert(id, status);
        }
        first = false;
        if let Some(w) = writer.as_mut() {
            w.end_page()?;
        }
        if let Some(d) = display.as_mut() {
            let firing = open.iter().filter(|i| i.state == "firing").count();
            let acked = open.iter().filter(|i| i.state == "acknowledged").count();
            d.update(&Snapshot {
                header: format!("alerts: {firing} firing, {acked} acknowledged (Ctrl-C to stop)"),
                items: open,
            });
        }
        tokio::time::sleep(a.interval).await;
    }
}
