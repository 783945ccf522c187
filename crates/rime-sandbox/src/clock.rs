//! The sandbox's simulated clock: runs, schedules and token expiry all follow it, so tests never sleep.

use std::sync::Mutex;
use std::time::Instant;

use jiff::{SignedDuration, Timestamp};
use tokio::sync::watch;

/// Simulated time = `base_sim + (real elapsed since base_real) * rate`.
/// A rate of 0 freezes time (tests advance it explicitly); 1 follows the wall clock.
pub struct Clock {
    inner: Mutex<Inner>,
    ticks: watch::Sender<Timestamp>,
}

struct Inner {
    base_sim: Timestamp,
    base_real: Instant,
    rate: f64,
}

impl Clock {
    pub fn new(start: Timestamp, rate: f64) -> Clock {
        let (ticks, _) = watch::channel(start);
        Clock {
            inner: Mutex::new(Inner {
                base_sim: start,
                base_real: Instant::now(),
                rate,
            }),
            ticks,
        }
    }

    pub fn now(&self) -> Timestamp {
        let inner = self.inner.lock().expect("clock lock");
        inner.now()
    }

    pub fn rate(&self) -> f64 {
        self.inner.lock().expect("clock lock").rate
    }

    /// Moves simulated time forward; never backwards, so ordering invariants hold.
    pub fn advance(&self, by: SignedDuration) -> Timestamp {
        let now = {
            let mut inner = self.inner.lock().expect("clock lock");
            let now = inner.now();
            let by = if by.is_negative() {
                SignedDuration::ZERO
            } else {
                by
            };
            inner.base_sim = now.checked_add(by).unwrap_or(now);
            inner.base_real = Instant::now();
            inner.base_sim
        };
        self.ticks.send_replace(now);
        now
    }

    pub fn set_rate(&self, rate: f64) -> Timestamp {
        let now = {
            let mut inner = self.inner.lock().expect("clock lock");
            inner.base_sim = inner.now();
            inner.base_real = Instant::now();
            inner.rate = rate.max(0.0);
            inner.base_sim
        };
        self.ticks.send_replace(now);
        now
    }

    /// Wakes watchers (WebSocket streams) whenever time is moved by hand.
    pub fn subscribe(&self) -> watch::Receiver<Timestamp> {
        self.ticks.subscribe()
    }
}

impl Inner {
    fn now(&self) -> Timestamp {
        if self.rate == 0.0 {
            return self.base_sim;
        }
        let real = self.base_real.elapsed().as_secs_f64() * self.rate;
        let nanos = (real * 1e9) as i128;
        let elapsed = SignedDuration::from_nanos_i128(nanos);
        self.base_sim.checked_add(elapsed).unwrap_or(self.base_sim)
    }
}

/// RFC 3339 UTC with second precision, the contract's timestamp format.
pub fn rfc3339(ts: Timestamp) -> String {
    ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}
