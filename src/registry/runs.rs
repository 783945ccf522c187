//! What every run history shares (connector, pipeline and transformation runs, infrastructure
//! applies, PII scans): `list --status S --since TIME|AGE`, one flag struct for every group, and
//! for runs below a parent their place (`runs`, `RUN`, `--<parent>`); a history names only its
//! statuses.

use std::fmt;
use std::marker::PhantomData;

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgMatches, Args, Command, FromArgMatches};

use super::cli::{Filters, query_of};
use super::lookup::Scope;
use super::{Kind, ParentArg, Verb, action};
use crate::context::Context;
use crate::error::CliError;

/// A run history's statuses, as `--status` offers and completes them, and how the filters' help
/// words them: `type Filters = RunFilters<Self>` with `impl RunStatuses for Runs`.
pub trait RunStatuses: 'static {
    const STATUSES: &'static [&'static str];
    /// What the help calls the objects: "Only scans started since …".
    const PLURAL: &'static str = "runs";
    /// `--status`'s help (a run's status changes, hence "now").
    const STATUS_HELP: &'static str = "Only runs with this status now";
}

impl Kind {
    /// The runs below a parent kind: `…/{parent}/runs`, "run"/"runs", given as `RUN` (an id) with
    /// the parent as an optional `--<parent>` flag (`short`: its one-letter form):
    /// `..Kind::project("pipeline_run", "PipelineRun").runs_of(&PIPELINES, "pipelines runs", "plr_", None)`.
    pub const fn runs_of(
        self,
        parent: &'static Kind,
        command: &'static str,
        id_prefix: &'static str,
        short: Option<char>,
    ) -> Kind {
        Kind {
            parent_arg: ParentArg::Flag { short },
            ..self
                .said("run", "runs")
                .at(command, "runs")
                .under(parent)
                .known_by(&[], id_prefix, ("RUN", "Run id"))
        }
    }
}

/// `runs cancel`: `POST …/{id}/cancel`, then "cancelled run `…`".
pub const fn cancel(about: &'static str) -> Verb {
    action("cancel", "cancel", "cancelled", about)
}

/// `--status S` and `--since TIME|AGE` on a history's `list`.
pub struct RunFilters<S> {
    pub status: Option<String>,
    /// As given (`24h`, an RFC 3339 time); sent as the instant it names.
    pub since: Option<String>,
    of: PhantomData<S>,
}

impl<S> fmt::Debug for RunFilters<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RunFilters")
            .field("status", &self.status)
            .field("since", &self.since)
            .finish()
    }
}

impl<S: RunStatuses> FromArgMatches for RunFilters<S> {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let mut f = RunFilters {
            status: None,
            since: None,
            of: PhantomData,
        };
        f.update_from_arg_matches(m)?;
        Ok(f)
    }
    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        let get = |id: &str| m.try_get_one::<String>(id).ok().flatten().cloned();
        self.status = get("status").or(self.status.take());
        self.since = get("since").or(self.since.take());
        Ok(())
    }
}

impl<S: RunStatuses> Args for RunFilters<S> {
    fn augment_args(cmd: Command) -> Command {
        cmd.arg(
            Arg::new("status")
                .long("status")
                .value_name("STATUS")
                .help(S::STATUS_HELP)
                .value_parser(PossibleValuesParser::new(S::STATUSES)),
        )
        .arg(
            Arg::new("since")
                .long("since")
                .value_name("TIME|AGE")
                .help(format!(
                    "Only {} started since: an RFC 3339 time or an age such as 90m, 24h, 7d",
                    S::PLURAL
                )),
        )
    }
    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl<S: RunStatuses> Filters for RunFilters<S> {
    async fn query(&self, _: &Context, _: &Scope) -> anyhow::Result<Vec<(String, String)>> {
        let since = match &self.since {
            Some(s) => Some(self::since(s, jiff::Timestamp::now())?),
            None => None,
        };
        Ok(query_of([("status", &self.status), ("since", &since)]))
    }
}

/// `--since`: an RFC 3339 instant, or an age (`90s`, `30m`, `24h`, `7d`, `2w`) before `now`.
pub fn since(s: &str, now: jiff::Timestamp) -> Result<String, CliError> {
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Ok(t.to_string());
    }
    let bad = || {
        CliError::Usage(format!(
            "`--since {s}`: give an RFC 3339 time (2026-11-28T09:00:00Z) or an age such as 90m, 24h, 7d"
        ))
    };
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let n: i64 = s[..split].parse().map_err(|_| bad())?;
    let unit = match &s[split..] {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return Err(bad()),
    };
    let then = now
        .checked_sub(jiff::SignedDuration::from_secs(n.saturating_mul(unit)))
        .map_err(|_| bad())?;
    // Whole seconds: the API's timestamps have no fractions.
    let then = jiff::Timestamp::from_second(then.as_second()).map_err(|_| bad())?;
    Ok(then.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn since_takes_instants_and_ages() {
        let now: jiff::Timestamp = "2026-11-28T09:00:00Z".parse().unwrap();
        assert_eq!(super::since("24h", now).unwrap(), "2026-11-27T09:00:00Z");
        assert_eq!(super::since("7d", now).unwrap(), "2026-11-21T09:00:00Z");
        assert_eq!(
            super::since("2026-11-01T12:00:00+13:00", now).unwrap(),
            "2026-10-31T23:00:00Z"
        );
        assert!(super::since("yesterday", now).is_err());
        assert!(super::since("5y", now).is_err());
    }
}
