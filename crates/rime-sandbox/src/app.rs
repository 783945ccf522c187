//! Shared server state: the database, the clock, id generation, faults, limits and the recorder.

use std::sync::{Mutex, MutexGuard, OnceLock};

use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::clock::{Clock, rfc3339};
use crate::collection::AUDIT_LOG;
use crate::faults::Faults;
use crate::ids::IdGen;
use crate::ratelimit::RateLimiter;
use crate::record::Recorder;
use crate::store::Store;

/// How a sandbox is started; [`Options::for_tests`] gives a frozen clock and recording on.
#[derive(Debug, Clone)]
pub struct Options {
    /// SQLite path, or `:memory:`.
    pub database: String,
    /// Address to bind; port 0 picks a free one.
    pub bind: std::net::SocketAddr,
    /// Seed for deterministic ids and simulated data.
    pub seed: u64,
    /// Simulated time at start; `None` = the wall clock.
    pub start: Option<Timestamp>,
    /// Simulated seconds per real second (0 = frozen until `/_sandbox/clock` moves it).
    pub clock_rate: f64,
    pub access_token_ttl_seconds: i64,
    pub refresh_token_ttl_seconds: i64,
    /// Token bucket per tenant and endpoint group.
    pub rate_limit_capacity: u32,
    pub rate_limit_per_second: f64,
    /// Keep every request and response for tests (what the server received; contract validation).
    pub record: bool,
    /// Real seconds of silence after which a WebSocket stream sends a `heartbeat` frame.
    pub ws_heartbeat_seconds: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            database: ":memory:".into(),
            bind: ([127, 0, 0, 1], 0).into(),
            seed: 42,
            start: None,
            clock_rate: 1.0,
            access_token_ttl_seconds: 3600,
            refresh_token_ttl_seconds: 30 * 24 * 3600,
            rate_limit_capacity: 1200,
            rate_limit_per_second: 600.0,
            record: false,
            ws_heartbeat_seconds: 15.0,
        }
    }
}

impl Options {
    /// In-memory, frozen at 2026-11-28T09:00:00Z, recording on.
    pub fn for_tests() -> Options {
        Options {
            start: Some("2026-11-28T09:00:00Z".parse().expect("timestamp")),
            clock_rate: 0.0,
            record: true,
            ..Options::default()
        }
    }
}

pub struct App {
    db: Mutex<Connection>,
    pub clock: Clock,
    pub ids: IdGen,
    pub opts: Options,
    pub faults: Faults,
    pub limiter: RateLimiter,
    pub recorder: Recorder,
    /// The URL clients use, known once the listener is bound.
    pub base_url: OnceLock<String>,
}

impl App {
    /// Opens (or creates) the database; an empty one stays empty until `seed::ensure` fills it.
    pub fn new(opts: Options) -> anyhow::Result<App> {
        crate::clock::check_rate(opts.clock_rate)
            .map_err(|e| anyhow::anyhow!("invalid clock rate: {e}"))?;
        let conn = crate::store::open(&opts.database)?;
        let start = opts.start.unwrap_or_else(Timestamp::now);
        let app = App {
            db: Mutex::new(conn),
            clock: Clock::new(start, opts.clock_rate),
            ids: IdGen::new(opts.seed),
            faults: Faults::new(opts.seed),
            limiter: RateLimiter::new(opts.rate_limit_capacity, opts.rate_limit_per_second),
            recorder: Recorder::new(opts.record),
            base_url: OnceLock::new(),
            opts,
        };
        Ok(app)
    }

    /// The database; held only between awaits (a std mutex guard is not `Send`).
    pub fn db(&self) -> MutexGuard<'_, Connection> {
        self.db
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    pub fn now_str(&self) -> String {
        rfc3339(self.now())
    }

    pub fn new_id(&self, prefix: &str) -> String {
        self.ids.id(prefix, self.now())
    }

    /// Forgets all data and restarts id generation from the seed (reset, before seeding again).
    pub fn wipe(&self) -> anyhow::Result<()> {
        crate::store::wipe(&self.db())?;
        self.ids.reseed(self.opts.seed);
        Ok(())
    }
}

/// Who did something, for audit entries.
#[derive(Debug, Clone)]
pub struct Actor {
    pub kind: &'static str,
    pub id: Option<String>,
    pub email: Option<String>,
}

impl Actor {
    /// The sandbox itself: what the simulations do on the clock (alerts firing, scheduled runs).
    pub fn system() -> Actor {
        Actor {
            kind: "system",
            id: None,
            email: None,
        }
    }
}

/// One audit-log entry, built fluently; written for every state change, login and failed login.
/// Details are scrubbed of secrets before they are stored.
pub struct Audit<'a> {
    actor: &'a Actor,
    source_ip: Option<&'a str>,
    action: &'a str,
    resource_type: &'a str,
    resource_id: Option<&'a str>,
    resource_name: Option<&'a str>,
    project_id: Option<&'a str>,
    outcome: &'static str,
    details: Value,
}

impl<'a> Audit<'a> {
    /// An action by the request's principal.
    pub fn by(p: &'a crate::auth::Principal, action: &'a str) -> Audit<'a> {
        Audit::actor(&p.actor, p.source_ip.as_deref(), action)
    }

    pub fn actor(actor: &'a Actor, source_ip: Option<&'a str>, action: &'a str) -> Audit<'a> {
        Audit {
            actor,
            source_ip,
            action,
            resource_type: "",
            resource_id: None,
            resource_name: None,
            project_id: None,
            outcome: "success",
            details: Value::Object(Default::default()),
        }
    }

    pub fn on(
        mut self,
        resource_type: &'a str,
        id: Option<&'a str>,
        name: Option<&'a str>,
    ) -> Audit<'a> {
        self.resource_type = resource_type;
        self.resource_id = id;
        self.resource_name = name;
        self
    }

    pub fn project(mut self, project_id: &'a str) -> Audit<'a> {
        self.project_id = Some(project_id);
        self
    }

    pub fn failed(mut self) -> Audit<'a> {
        self.outcome = "failure";
        self
    }

    pub fn details(mut self, details: Value) -> Audit<'a> {
        self.details = details;
        self
    }

    pub fn write(self, app: &App, conn: &Connection) {
        let id = app.new_id("aud");
        let body = json!({
            "id": id,
            "at": app.now_str(),
            "actor": {"type": self.actor.kind, "id": self.actor.id, "email": self.actor.email},
            "action": self.action,
            "resource_type": self.resource_type,
            "resource_id": self.resource_id,
            "resource_name": self.resource_name,
            "project_id": self.project_id,
            "outcome": self.outcome,
            "source_ip": self.source_ip,
            "details": crate::audit::scrub(self.details),
        });
        // Audit writes never block or fail the operation they describe (the docs' fire-and-forget).
        let _ = Store(conn).insert(AUDIT_LOG.new_obj(&id, "", None, &body));
    }
}
