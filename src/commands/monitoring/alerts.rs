//! `rime monitoring alerts`: list, get, acknowledge and resolve alerts, and watch them arrive.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::rules::RULES;
use crate::cli::PageArgs;
use crate::commands::resource::{self, Resource, Seg};
use crate::context::Context;
use crate::error::CliError;
use crate::http::{Method, Request};
use crate::output::progress::{Item, RunDisplay, Snapshot};
use crate::output::{Column, ColumnKind, Format};

pub const ALERTS: Resource = Resource {
    kind: "alert",
    command: "monitoring alerts",
    path: &[Seg::Project, Seg::Lit("alerts")],
    columns: &[
        Column {
            header: "ID",
            path: "id",
            kind: ColumnKind::Text,
        },
        Column {
            header: "STATUS",
            path: "status",
            kind: ColumnKind::Status,
        },
        Column {
            header: "SEVERITY",
            path: "severity",
            kind: ColumnKind::Status,
        },
        Column {
            header: "RULE",
            path: "rule_name",
            kind: ColumnKind::Text,
        },
        Column {
            header: "MESSAGE",
            path: "message",
            kind: ColumnKind::Text,
        },
        Column {
            header: "FIRED",
            path: "fired_at",
            kind: ColumnKind::Time,
        },
        Column {
            header: "STEP",
            path: "escalation_step",
            kind: ColumnKind::Count,
        },
    ],
    fields: &[
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
    ],
    name_fields: &[],
    id_prefix: "alt_",
};

const STATUSES: [&str; 3] = ["firing", "acknowledged", "resolved"];
const SEVERITIES: [&str; 3] = ["critical", "warning", "info"];

#[derive(Args, Debug)]
pub struct AlertsArgs {
    #[command(subcommand)]
    pub command: AlertsCommand,
}

#[derive(Subcommand, Debug)]
pub enum AlertsCommand {
    /// List alerts, newest first
    #[command(visible_alias = "ls")]
    List(AlertsListArgs),
    /// Show one alert with its escalation progress
    Get(AlertId),
    /// Acknowledge a firing alert: escalation stops
    #[command(visible_alias = "acknowledge")]
    Ack(AlertId),
    /// Resolve a firing or acknowledged alert
    Resolve(AlertId),
    /// Follow alerts as they fire and change (Ctrl-C to stop)
    #[command(
        after_help = "On a terminal the open alerts are redrawn in place. Otherwise each new alert, and each
change of state, is printed as one line (`-o ndjson` for one JSON object per line)."
    )]
    Watch(WatchArgs),
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

impl AlertFilters {
    async fn query(&self, ctx: &Context) -> anyhow::Result<Vec<(String, String)>> {
        let mut q = Vec::new();
        if let Some(s) = &self.status {
            q.push(("status".to_string(), s.clone()));
        }
        if let Some(s) = &self.severity {
            q.push(("severity".to_string(), s.clone()));
        }
        if let Some(r) = &self.rule {
            q.push(("rule_id".to_string(), RULES.id_of(ctx, &[], r).await?));
        }
        Ok(q)
    }
}

#[derive(Args, Debug)]
pub struct AlertsListArgs {
    #[command(flatten)]
    pub filters: AlertFilters,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Args, Debug)]
pub struct AlertId {
    /// Alert id
    pub id: String,
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    #[command(flatten)]
    pub filters: AlertFilters,
    /// How often to check for changes
    #[arg(long, default_value = "5s", value_parser = super::interval)]
    pub interval: Duration,
}

pub async fn run(ctx: &Context, args: AlertsArgs) -> anyhow::Result<()> {
    match args.command {
        AlertsCommand::List(a) => {
            let q = a.filters.query(ctx).await?;
            resource::list(ctx, &ALERTS, &[], q, &a.page).await
        }
        AlertsCommand::Get(a) => resource::get(ctx, &ALERTS, &[], &a.id).await,
        AlertsCommand::Ack(a) => act(ctx, &a.id, "acknowledge", "acknowledged").await,
        AlertsCommand::Resolve(a) => act(ctx, &a.id, "resolve", "resolved").await,
        AlertsCommand::Watch(a) => watch(ctx, a).await,
    }
}

async fn act(ctx: &Context, id: &str, verb: &str, done: &str) -> anyhow::Result<()> {
    let path = ALERTS.item_path(ctx, &[], id).await?.seg(verb);
    let alert = ctx
        .client()
        .await?
        .post(&path, json!({}))
        .await
        .map_err(|e| e.context(format!("could not {verb} alert `{id}`")))?;
    ctx.out.status(&format!(
        "{done} alert `{id}` ({})",
        crate::output::terminal_safe(alert["rule_name"].as_str().unwrap_or("?"))
    ));
    ctx.show(&alert, &ALERTS.spec())
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
    let live = ctx.out.format() == Format::Table
        && ctx.out.stdout_is_tty()
        && ctx.out.show_progress()
        && ctx.settings.jq.is_none();
    if !live && matches!(ctx.out.format(), Format::Json | Format::Yaml) {
        return Err(CliError::Usage(
            "watch prints one line per change and never ends; use -o ndjson (or table, csv)".into(),
        )
        .into());
    }
    let query = a.filters.query(ctx).await?;
    let path = ALERTS.collection(ctx, &[]).await?;
    let client = ctx.client().await?;
    ctx.set_interrupt_hint(Some("stopped watching alerts".into()));
    let mut display = live.then(|| RunDisplay::new(&ctx.out));
    let mut writer = if live {
        None
    } else {
        Some(ctx.out.list(&ALERTS.spec())?)
    };
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
