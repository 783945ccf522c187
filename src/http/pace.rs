//! Pacing by the rate-limit headers: requests of one endpoint group go out only while the
//! server's bucket (as `X-RateLimit-Remaining`/`-Reset` last told it) holds a token, so a large
//! batch (`rime apply`) slows down before the server would answer 429, never after.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::Notify;

use super::{Headers, MAX_WAIT};

/// What rime knows of one endpoint group's bucket.
struct Bucket {
    limit: f64,
    /// Tokens left as of `at`, less the requests in flight (may be negative).
    tokens: f64,
    at: Instant,
    /// Tokens per second: the largest lower bound the readings proved (see [`Bucket::read`]).
    rate: Option<f64>,
    /// When the server said the bucket is full again.
    full_at: Instant,
    in_flight: u32,
    /// Whether any response has told this bucket's state yet.
    known: bool,
}

impl Bucket {
    fn new() -> Bucket {
        let now = Instant::now();
        Bucket {
            limit: 0.0,
            tokens: 0.0,
            at: now,
            rate: None,
            full_at: now,
            in_flight: 0,
            known: false,
        }
    }

    /// Tokens now: refilled at the proven rate since the last reading, full once its reset passed.
    fn refill(&mut self, now: Instant) {
        if let Some(rate) = self.rate {
            let gained = now.saturating_duration_since(self.at).as_secs_f64() * rate;
            self.tokens = (self.tokens + gained).min(self.limit);
        }
        if now >= self.full_at {
            self.tokens = self.tokens.max(self.limit - f64::from(self.in_flight));
        }
        self.at = now;
    }

    /// A response's headers. The server keeps `remaining = floor(tokens)` and
    /// `reset = ceil((limit - tokens) / rate)`, so `(limit - remaining - 1) / reset` is a lower
    /// bound of its refill rate whatever the rounding: pacing by it never outruns the bucket.
    fn read(&mut self, limit: u32, remaining: u32, reset: u64, now: Instant) {
        let (limit, remaining) = (f64::from(limit), f64::from(remaining.min(limit)));
        let reset = reset.min(MAX_WAIT.as_secs());
        if reset > 0 && limit - remaining - 1.0 > 0.0 {
            let bound = (limit - remaining - 1.0) / reset as f64;
            self.rate = Some(self.rate.map_or(bound, |r| r.max(bound)));
        }
        self.limit = limit;
        // Requests still in flight may not have been counted yet: count them as spent.
        self.tokens = remaining - f64::from(self.in_flight);
        self.at = now;
        self.full_at = now + Duration::from_secs(reset);
        self.known = true;
    }

    /// How long until a token is there, `None` when one is there now.
    fn wait(&self, now: Instant) -> Option<Duration> {
        if !self.known {
            // Nothing heard yet: one request at a time until the first answer tells the bucket.
            return (self.in_flight > 0).then_some(MAX_WAIT);
        }
        if self.tokens >= 1.0 {
            return None;
        }
        let until_full = self.full_at.saturating_duration_since(now);
        let until_token = self.rate.map_or(until_full, |r| {
            Duration::from_secs_f64((1.0 - self.tokens) / r)
        });
        Some(
            until_token
                .min(until_full)
                .clamp(Duration::from_millis(1), MAX_WAIT),
        )
    }
}

/// Per endpoint group, shared by every request of one client.
#[derive(Default)]
pub struct Pacer {
    buckets: Mutex<HashMap<String, Bucket>>,
    /// Woken by every answer: a waiter looks again at once rather than at its estimate.
    heard: Notify,
}

/// A request's place in its group's bucket; given back by [`Permit::answered`] or on drop.
pub struct Permit {
    pacer: Arc<Pacer>,
    group: String,
    open: bool,
}

impl Pacer {
    /// Waits until the bucket of `path`'s group holds a token and takes it.
    pub async fn acquire(self: &Arc<Pacer>, path: &str) -> Permit {
        let group = group(path);
        loop {
            let heard = self.heard.notified();
            let wait = {
                let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
                let b = buckets.entry(group.clone()).or_insert_with(Bucket::new);
                let now = Instant::now();
                b.refill(now);
                match b.wait(now) {
                    Some(w) => w,
                    None => {
                        b.tokens -= 1.0;
                        b.in_flight += 1;
                        return Permit {
                            pacer: self.clone(),
                            group,
                            open: true,
                        };
                    }
                }
            };
            tokio::select! {
                () = heard => {}
                () = tokio::time::sleep(wait) => {}
            }
        }
    }

    fn release(&self, group: &str, headers: Option<&Headers>) {
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(b) = buckets.get_mut(group) {
            b.in_flight = b.in_flight.saturating_sub(1);
            let num = |name: &str| headers?.get(name)?.trim().parse::<u64>().ok();
            if let (Some(limit), Some(remaining), Some(reset)) = (
                num("x-ratelimit-limit"),
                num("x-ratelimit-remaining"),
                num("x-ratelimit-reset"),
            ) && limit > 0
            {
                let clamp = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
                b.read(clamp(limit), clamp(remaining), reset, Instant::now());
            } else if !b.known && b.in_flight == 0 {
                // An answer without the headers (a proxy's, a fault's): pace by nothing.
                b.read(u32::MAX, u32::MAX, 0, Instant::now());
            }
        }
        drop(buckets);
        self.heard.notify_waiters();
    }
}

impl Permit {
    /// The answer came: its headers tell the bucket as the server has it now.
    pub fn answered(mut self, headers: &Headers) {
        self.open = false;
        self.pacer.release(&self.group, Some(headers));
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        if self.open {
            self.pacer.release(&self.group, None);
        }
    }
}

/// The endpoint group of a path, as the API counts them: the collection under a project
/// (`/projects/{id}/connectors/…` → `connectors`), else the first segment.
pub fn group(path: &str) -> String {
    let path = path.split('?').next().unwrap_or_default();
    let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match segs.as_slice() {
        ["projects", _, g, ..] => (*g).to_string(),
        [first, ..] => (*first).to_string(),
        [] => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_bound_never_exceeds_the_servers_rate() {
        // A server bucket of 20 refilling 10/s, drained to 0.4 tokens: remaining 0, reset 2.
        let mut b = Bucket::new();
        let now = Instant::now();
        b.read(20, 0, 2, now);
        assert!(
            b.rate.is_some_and(|r| (9.0..=10.0).contains(&r)),
            "{:?}",
            b.rate
        );
        assert!(b.wait(now).is_some(), "no token: wait");
        // Nearly full (1190.3 of 1200 at 600/s → remaining 1190, reset 1): a weak bound, kept below.
        let mut b = Bucket::new();
        b.read(1200, 1190, 1, now);
        assert!(b.rate.is_some_and(|r| r <= 600.0));
        assert_eq!(b.wait(now), None, "tokens to spare");
        assert_eq!(group("/projects/prj_1/connectors/con_2/sync"), "connectors");
        assert_eq!(group("/projects?limit=5"), "projects");
        assert_eq!(group("/me"), "me");
    }
}
