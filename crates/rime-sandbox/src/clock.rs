//! The sandbox's simulated clock: runs, schedules and token expiry all follow it, so tests never sleep.

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use jiff::{SignedDuration, Timestamp};
use tokio::sync::watch;

/// The fastest the clock may run: a real second is then 11.6 simulated days, so a sandbox left
/// running still takes days of real time to reach the end of representable time (year 9999),
/// where it stops rather than overflowing.
pub const MAX_RATE: f64 = 1_000_000.0;

/// The longest single step forward (100 years).
pub const MAX_ADVANCE_SECONDS: f64 = 100.0 * 365.25 * 86_400.0;

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

/// Why the clock refused a change; the text completes "rate …" or "advance_seconds …".
#[derive(Debug, Clone, PartialEq)]
pub struct Refused(pub String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

/// A rate the clock accepts: finite, from 0 (frozen) to [`MAX_RATE`].
pub fn check_rate(rate: f64) -> Result<f64, Refused> {
    if rate.is_finite() && (0.0..=MAX_RATE).contains(&rate) {
        Ok(rate)
    } else {
        Err(Refused(format!(
            "must be a number from 0 (frozen) to {MAX_RATE} simulated seconds per real second, not {rate}"
        )))
    }
}

/// `--clock-rate` for the binaries: the same bounds as the control, as a usage error.
pub fn parse_rate(s: &str) -> Result<f64, String> {
    let rate: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a number"))?;
    check_rate(rate).map_err(|e| e.0)
}

/// A clock lock that a panic elsewhere cannot poison: the state is two numbers and an instant,
/// each always valid on its own, so the next caller carries on.
fn lock(m: &Mutex<Inner>) -> MutexGuard<'_, Inner> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Clock {
    /// `rate` must have passed [`check_rate`]; anything else is clamped into range.
    pub fn new(start: Timestamp, rate: f64) -> Clock {
        let (ticks, _) = watch::channel(start);
        Clock {
            inner: Mutex::new(Inner {
                base_sim: start,
                base_real: Instant::now(),
                rate: check_rate(rate).unwrap_or(if rate > 0.0 { MAX_RATE } else { 0.0 }),
            }),
            ticks,
        }
    }

    pub fn now(&self) -> Timestamp {
        lock(&self.inner).now()
    }

    pub fn rate(&self) -> f64 {
        lock(&self.inner).rate
    }

    /// Moves simulated time forward; never backwards, so ordering invariants hold. Refused when
    /// negative or when it would pass the last representable instant.
    pub fn advance(&self, by: SignedDuration) -> Result<Timestamp, Refused> {
        if by.is_negative() {
            return Err(Refused(
                "must not be negative: the sandbox clock never goes backwards".into(),
            ));
        }
        let now = {
            let mut inner = lock(&self.inner);
            let now = inner.now();
            let Ok(next) = now.checked_add(by) else {
                return Err(Refused(format!(
                    "would move the clock past {}, the last instant it can show",
                    Timestamp::MAX
                )));
            };
            inner.base_sim = next;
            inner.base_real = Instant::now();
            next
        };
        self.ticks.send_replace(now);
        Ok(now)
    }

    /// Sets the rate (after [`check_rate`]), keeping the current simulated instant.
    pub fn set_rate(&self, rate: f64) -> Result<Timestamp, Refused> {
        let rate = check_rate(rate)?;
        let now = {
            let mut inner = lock(&self.inner);
            inner.base_sim = inner.now();
            inner.base_real = Instant::now();
            inner.rate = rate;
            inner.base_sim
        };
        self.ticks.send_replace(now);
        Ok(now)
    }

    /// Wakes watchers (WebSocket streams) whenever time is moved by hand.
    pub fn subscribe(&self) -> watch::Receiver<Timestamp> {
        self.ticks.subscribe()
    }
}

impl Inner {
    /// Saturates at [`Timestamp::MAX`]: a fast clock left running stops there instead of failing.
    fn now(&self) -> Timestamp {
        if self.rate == 0.0 {
            return self.base_sim;
        }
        let room = self.base_sim.duration_until(Timestamp::MAX).as_nanos() as f64;
        let nanos = (self.base_real.elapsed().as_secs_f64() * self.rate * 1e9).min(room);
        // `nanos` is finite, non-negative and at most `room`, so the step stays in range.
        let elapsed = SignedDuration::from_nanos_i128(nanos as i128);
        self.base_sim.checked_add(elapsed).unwrap_or(Timestamp::MAX)
    }
}

/// RFC 3339 UTC with second precision, the contract's timestamp format.
pub fn rfc3339(ts: Timestamp) -> String {
    ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> Timestamp {
        "2026-11-28T09:00:00Z".parse().unwrap()
    }

    #[test]
    fn rates_outside_the_range_are_refused() {
        for bad in [f64::NAN, f64::INFINITY, -1.0, -0.5, 1e30, MAX_RATE * 2.0] {
            assert!(check_rate(bad).is_err(), "{bad}");
        }
        for good in [0.0, 1.0, 60.0, MAX_RATE] {
            assert_eq!(check_rate(good), Ok(good));
        }
        assert!(parse_rate("inf").is_err());
        assert!(parse_rate("1e30").is_err());
        assert!(parse_rate("NaN").is_err());
        assert!(parse_rate("-1").is_err());
        assert!(parse_rate("fast").is_err());
        assert_eq!(parse_rate("2.5"), Ok(2.5));
    }

    #[test]
    fn advancing_is_bounded_and_never_backwards() {
        let c = Clock::new(start(), 0.0);
        assert!(c.advance(SignedDuration::from_secs(-1)).is_err());
        assert!(c.advance(SignedDuration::MAX).is_err());
        assert_eq!(c.now(), start(), "a refused step changes nothing");
        let t = c.advance(SignedDuration::from_secs(90)).unwrap();
        assert_eq!(rfc3339(t), "2026-11-28T09:01:30Z");
    }

    #[test]
    fn the_fastest_clock_saturates_instead_of_overflowing() {
        let c = Clock::new(Timestamp::MAX - SignedDuration::from_secs(1), MAX_RATE);
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert_eq!(c.now(), Timestamp::MAX);
        assert_eq!(c.rate(), MAX_RATE);
    }
}
