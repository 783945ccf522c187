//! `rime audit list|export`: the tenant's audit log (admins), filtered by time, actor, action,
//! resource type and project; `export` streams every entry (NDJSON by default) for archiving.

use clap::{Args, Subcommand};

use crate::cli::PageArgs;
use crate::config::Source;
use crate::context::Context;
use crate::error::CliError;
use crate::output::ColumnKind::{Status, Text, Time};
use crate::registry::prelude::*;

pub static AUDIT: Kind = Kind {
    lookup: Lookup::List,
    columns: &[
        col("AT", "at", Time),
        col("ACTOR", "actor.email", Text),
        col("VIA", "actor.type", Text),
        col("ACTION", "action", Text),
        col("RESOURCE TYPE", "resource_type", Text),
        col("RESOURCE", "resource_name", Text),
        col("OUTCOME", "outcome", Status),
        col("SOURCE IP", "source_ip", Text),
        ID,
    ],
    fields: &read_only([
        "id",
        "at",
        "actor",
        "action",
        "resource_type",
        "resource_id",
        "resource_name",
        "project_id",
        "outcome",
        "source_ip",
        "details",
    ]),
    verbs: &[list("List audit entries, newest first")],
    ..Kind::tenant("audit_entry", "AuditEntry")
        .said("audit entry", "audit entries")
        .at("audit", "audit-log")
};

pub struct Audit;

impl Declared for Audit {
    const KIND: &'static Kind = &AUDIT;
    const AFTER_HELP: &'static str =
        "Times are RFC 3339 (2026-11-28T09:00:00Z), a date (2026-11-28, midnight UTC), or a
duration before now on this machine's clock: 30m, 24h, 7d, 2w. `-p/--project` given on the command
line keeps one project's entries; a profile's default project does not filter the log.

Examples:
  rime audit list --since 24h --action column.classified
  rime audit list --actor admin@acme.co.nz --resource-type notification_channel
  rime audit export --since 2026-11-01 --until 2026-12-01 > audit-2026-11.ndjson";
    type Parts = Parts<AuditFilters, NoArgs, NoArgs, AuditCommand>;
}

/// `export` writes NDJSON unless `-o` asks otherwise.
pub fn is_export(args: &Verbs<Audit>) -> bool {
    matches!(args.extra(), Some(AuditCommand::Export(_)))
}

#[derive(Subcommand, Debug)]
pub enum AuditCommand {
    /// Stream every matching entry (NDJSON by default) for archiving
    Export(AuditFilters),
}

#[derive(Args, Debug)]
pub struct AuditFilters {
    /// Entries at or after this time
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Entries at or before this time
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// A user's email, or a user or API key id
    #[arg(long)]
    pub actor: Option<String>,
    /// e.g. project.created, auth.login_failed, column.classified
    #[arg(long)]
    pub action: Option<String>,
    /// e.g. project, connector, alert_rule, notification_channel, column
    #[arg(long, value_name = "TYPE")]
    pub resource_type: Option<String>,
}

/// A duration before now: `90s`, `30m`, `24h`, `7d`, `2w`.
fn ago(s: &str) -> Option<jiff::SignedDuration> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit())?;
    let (num, unit) = s.split_at(split);
    let n: i64 = num.parse().ok()?;
    let secs = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return None,
    };
    Some(jiff::SignedDuration::from_secs(n.checked_mul(secs)?))
}

/// The RFC 3339 UTC instant the API wants, from any accepted spelling.
pub fn instant(flag: &str, s: &str, now: jiff::Timestamp) -> Result<String, CliError> {
    let utc = |t: jiff::Timestamp| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    if let Ok(t) = s.trim().parse::<jiff::Timestamp>() {
        return Ok(utc(t));
    }
    if let Ok(d) = s.trim().parse::<jiff::civil::Date>()
        && let Ok(z) = d.to_zoned(jiff::tz::TimeZone::UTC)
    {
        return Ok(utc(z.timestamp()));
    }
    match ago(s).and_then(|d| now.checked_sub(d).ok()) {
        Some(t) => Ok(utc(t)),
        None => Err(CliError::Usage(format!(
            "{flag} `{s}`: expected an RFC 3339 time (2026-11-28T09:00:00Z), a date (2026-11-28) or a duration ago (30m, 24h, 7d)"
        ))),
    }
}

impl Filters for AuditFilters {
    async fn query(&self, ctx: &Context, _: &Scope) -> anyhow::Result<Vec<(String, String)>> {
        let now = jiff::Timestamp::now();
        let mut q = Vec::new();
        for (key, flag, v) in [
            ("since", "--since", &self.since),
            ("until", "--until", &self.until),
        ] {
            if let Some(v) = v {
                q.push((key.to_string(), instant(flag, v, now)?));
            }
        }
        for (key, v) in [
            ("actor", &self.actor),
            ("action", &self.action),
            ("resource_type", &self.resource_type),
        ] {
            if let Some(v) = v {
                q.push((key.to_string(), v.clone()));
            }
        }
        let explicit = ctx
            .settings
            .project
            .as_ref()
            .is_some_and(|p| matches!(p.source, Source::Flag(_)));
        if explicit {
            q.push((
                "project_id".to_string(),
                ctx.project_id().await?.to_string(),
            ));
        }
        Ok(q)
    }
}

impl Extra for AuditCommand {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        let AuditCommand::Export(f) = self;
        let q = f.query(ctx, Scope::top()).await?;
        let path = AUDIT.collection(ctx, Scope::top()).await?;
        let n = verbs::stream(ctx, path, q, &PageArgs::default(), &AUDIT.spec(), None).await?;
        ctx.out.status(&format!("exported {n} audit entries"));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::instant;

    #[test]
    fn times_are_rfc3339_dates_or_durations_ago() {
        let now: jiff::Timestamp = "2026-11-28T09:00:00Z".parse().unwrap();
        let at = |s: &str| instant("--since", s, now);
        assert_eq!(
            at("2026-11-28T22:00:00+13:00").unwrap(),
            "2026-11-28T09:00:00Z"
        );
        assert_eq!(at("2026-11-01").unwrap(), "2026-11-01T00:00:00Z");
        assert_eq!(at("24h").unwrap(), "2026-11-27T09:00:00Z");
        assert_eq!(at("7d").unwrap(), "2026-11-21T09:00:00Z");
        assert_eq!(at("30m").unwrap(), "2026-11-28T08:30:00Z");
        assert!(at("yesterday").is_err() && at("5y").is_err() && at("h").is_err());
    }
}
