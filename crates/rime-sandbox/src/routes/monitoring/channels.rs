//! Notification channels (email, Slack, PagerDuty, webhook) with write-only secrets, and their test.

use axum::Json;
use rusqlite::Connection;
use serde_json::{Map, Value, json};

use crate::app::App;
use crate::body::{Check, OptBody};
use crate::collection::{ALERT_RULES, ESCALATION_POLICIES, NOTIFICATION_CHANNELS, Param};
use crate::error::{ApiError, ApiResult};
use crate::routes::crud::{Ctx, Kind, fields};
use crate::routes::extract::{InProject, Write};
use crate::store::Obj;

pub const TYPES: &[&str] = &["email", "slack", "pagerduty", "webhook"];

/// The one write-only field of each channel type [doc fields].
pub fn secret_field(channel_type: &str) -> Option<&'static str> {
    Some(match channel_type {
        "email" => "password",
        "slack" => "webhook_url",
        "pagerduty" => "integration_key",
        "webhook" => "secret",
        _ => return None,
    })
}

fn secrets(v: &Value) -> Vec<&'static str> {
    match v["type"].as_str() {
        Some("email") => vec!["config.password"],
        Some("slack") => vec!["config.webhook_url"],
        Some("pagerduty") => vec!["config.integration_key"],
        Some("webhook") => vec!["config.secret"],
        _ => Vec::new(),
    }
}

pub static CHANNELS: Kind = Kind {
    filters: &[Param::Eq("type")],
    secrets,
    check_delete,
    ..Kind::new(
        &NOTIFICATION_CHANNELS,
        "/projects/{project_id}/notification-channels",
        "channel_id",
        "nch",
        &["name", "type", "config"],
        validate,
    )
};

fn https(s: &str) -> bool {
    s.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
}

fn email_like(s: &str) -> bool {
    s.split_once('@')
        .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.') && !s.contains(' '))
}

fn validate(ctx: &Ctx<'_>, v: &Value) -> ApiResult<Map<String, Value>> {
    let mut c = Check::new(v);
    let name = c.name("name", 100);
    let ty = c.one_of("type", TYPES, true);
    if let (Some(before), Some(t)) = (ctx.before, &ty)
        && before.body["type"].as_str() != Some(t.as_str())
    {
        c.fail(
            "type",
            "is immutable; create a new channel for another type",
        );
    }
    let config = c.object("config", true).cloned();
    c.finish()?;
    let (name, ty, config) = (
        name.expect("checked"),
        ty.expect("checked"),
        config.expect("checked"),
    );
    let mut k = Check::nested(&config, "config");
    let mut out = Map::new();
    let secret = secret_field(&ty).expect("a known type");
    let secret_path = format!("config.{secret}");
    let secret_value = ctx.secret(&secret_path);
    match ctx.secrets.get(&secret_path) {
        None => k.fail(secret, "is required (write-only)"),
        Some(v) if !v.is_string() => k.fail(secret, "must be a string"),
        Some(_) => {}
    }
    let flag = format!("{secret}_set");
    match ty.as_str() {
        "email" => {
            let host = k.string("smtp_host", true);
            let port = k.int("smtp_port", false, 1, 65_535).unwrap_or(587);
            if port != 587 && port != 465 {
                k.fail("smtp_port", "must be 587 (STARTTLS) or 465 (SSL/TLS)");
            }
            let username = k.string("username", true);
            let from = k.string("from_address", true);
            if from.as_deref().is_some_and(|f| !email_like(f)) {
                k.fail("from_address", "must be an email address");
            }
            let recipients = k.strings("recipients", true).unwrap_or_default();
            if k.has("recipients") && recipients.is_empty() {
                k.fail("recipients", "must name at least one address");
            }
            for (i, r) in recipients.iter().enumerate() {
                if !email_like(r) {
                    k.fail(&format!("recipients[{i}]"), "must be an email address");
                }
            }
            k.only(
                &[
                    "smtp_host",
                    "smtp_port",
                    "username",
                    "password",
                    "from_address",
                    "recipients",
                ],
                &[&flag],
            );
            out.insert("smtp_host".into(), host.into());
            out.insert("smtp_port".into(), port.into());
            out.insert("username".into(), username.into());
            out.insert("from_address".into(), from.into());
            out.insert("recipients".into(), recipients.into());
        }
        "slack" => {
            if secret_value.is_some_and(|u| !https(u)) {
                k.fail("webhook_url", "must be an https:// URL");
            }
            let channel = k.string("channel", false);
            let username = k.string("username", false);
            k.only(&["webhook_url", "channel", "username"], &[&flag]);
            out.insert("channel".into(), channel.into());
            out.insert("username".into(), username.into());
        }
        "pagerduty" => {
            k.only(&["integration_key"], &[&flag]);
        }
        _ => {
            let url = k.string("url", true);
            if url.as_deref().is_some_and(|u| !https(u)) {
                k.fail("url", "must be an https:// URL");
            }
            k.only(&["url", "secret"], &[&flag]);
            out.insert("url".into(), url.into());
        }
    }
    k.finish()?;
    Ok(fields(json!({"name": name, "type": ty, "config": out})))
}

/// A channel still named by a rule or an escalation policy cannot go (409).
fn check_delete(_: &App, conn: &Connection, channel: &Obj) -> ApiResult<()> {
    for rule in ALERT_RULES.all(conn, &channel.scope)? {
        let uses = rule.body["channel_ids"]
            .as_array()
            .is_some_and(|ids| ids.iter().any(|i| i == channel.id.as_str()));
        if uses {
            return Err(ApiError::conflict(format!(
                "The channel is used by alert rule '{}'; remove it there first.",
                rule.body["name"].as_str().unwrap_or(&rule.id)
            )));
        }
    }
    for policy in ESCALATION_POLICIES.all(conn, &channel.scope)? {
        let uses = policy.body["steps"]
            .as_array()
            .is_some_and(|s| s.iter().any(|s| s["channel_id"] == channel.id.as_str()));
        if uses {
            return Err(ApiError::conflict(format!(
                "The channel is used by escalation policy '{}'; remove it there first.",
                policy.body["name"].as_str().unwrap_or(&policy.id)
            )));
        }
    }
    Ok(())
}

/// The deterministic outcome of sending a test message: a host, URL or key containing
/// `unreachable` cannot be reached; a PagerDuty key containing `invalid` is rejected.
fn outcome(channel: &Obj) -> (bool, String) {
    let cfg = &channel.body["config"];
    let secret = |f: &str| {
        channel.secrets[format!("config.{f}")]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    match channel.body["type"].as_str().unwrap_or_default() {
        "email" => {
            let host = cfg["smtp_host"].as_str().unwrap_or_default();
            let port = cfg["smtp_port"].as_i64().unwrap_or(587);
            if host.contains("unreachable") {
                (
                    false,
                    format!("could not connect to {host}:{port}: connection timed out"),
                )
            } else {
                let n = cfg["recipients"].as_array().map_or(0, Vec::len);
                (
                    true,
                    format!("sent a test message to {n} recipient(s) via {host}:{port}"),
                )
            }
        }
        "slack" => {
            // The webhook URL is a secret: the message never repeats it.
            if secret("webhook_url").contains("unreachable") {
                (
                    false,
                    "the Slack webhook did not answer: connection timed out".into(),
                )
            } else {
                let target = cfg["channel"].as_str().unwrap_or("the webhook's channel");
                (true, format!("posted a test message to {target}"))
            }
        }
        "pagerduty" => {
            let key = secret("integration_key");
            if key.contains("unreachable") {
                (
                    false,
                    "could not reach the PagerDuty Events API: connection timed out".into(),
                )
            } else if key.contains("invalid") {
                (
                    false,
                    "PagerDuty rejected the integration key (400 Bad Request)".into(),
                )
            } else {
                (
                    true,
                    "triggered and resolved a test incident on PagerDuty".into(),
                )
            }
        }
        _ => {
            let url = cfg["url"].as_str().unwrap_or_default();
            if url.contains("unreachable") {
                (false, format!("POST {url} failed: connection timed out"))
            } else {
                (
                    true,
                    format!("POST {url} answered 200 OK (signed with the channel's secret)"),
                )
            }
        }
    }
}

/// `POST …/notification-channels/{channel_id}/test`: 200 with the outcome, success or not.
pub async fn test(s: InProject<Write>, OptBody(body): OptBody) -> ApiResult<Json<Value>> {
    crate::body::no_fields(body.as_ref())?;
    let conn = s.db();
    let [id] = s.ids();
    let channel = NOTIFICATION_CHANNELS.load(&conn, &s.pid, id)?;
    let (success, message) = outcome(&channel);
    let result = json!({
        "channel_id": channel.id,
        "type": channel.body["type"],
        "success": success,
        "message": message,
        "tested_at": s.app.now_str(),
    });
    let audit = s
        .audit("notification_channel.tested")
        .on(
            NOTIFICATION_CHANNELS.kind,
            Some(&channel.id),
            channel.body["name"].as_str(),
        )
        .details(json!({"success": success, "message": message}));
    if success { audit } else { audit.failed() }.write(&s.app, &conn);
    Ok(Json(result))
}
