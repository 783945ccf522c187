//! Retry policy: `Retry-After` honoured, exponential backoff with full jitter, bounded attempts and time.
//! One policy for REST retries and WebSocket reconnects alike.

use std::time::{Duration, Instant};

use super::Headers;

pub struct Backoff {
    attempt: u32,
    max_retries: u32,
    /// All waits (and the time between them) together; `None` bounds only the attempts.
    budget: Option<Duration>,
    max_wait: Duration,
    started: Instant,
}

impl Backoff {
    pub fn new(max_retries: u32, budget: Duration, max_wait: Duration) -> Backoff {
        Backoff {
            attempt: 1,
            max_retries,
            budget: Some(budget),
            max_wait,
            started: Instant::now(),
        }
    }

    /// Reconnects of a stream: bounded by attempts alone, since a connection may live for hours
    /// between two failures. A stream that made progress starts a fresh one.
    pub fn reconnects(max_retries: u32) -> Backoff {
        Backoff {
            budget: None,
            ..Backoff::new(max_retries, Duration::ZERO, Duration::from_secs(20))
        }
    }

    /// The attempt about to be made, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The wait before the next attempt, or `None` when retries or time are used up.
    /// A server hint longer than one wait may be is not shortened: that would only earn another 429.
    /// A hint of no wait at all (`0`, a date already past) gets the backoff with at least half of
    /// each step, so a server that says "now" is never asked again at once.
    pub fn next_wait(&mut self, hint: Option<Duration>) -> Option<Duration> {
        if self.attempt > self.max_retries {
            return None;
        }
        let exp = Duration::from_millis(250).saturating_mul(1 << (self.attempt - 1).min(10));
        let step = exp.min(Duration::from_secs(20));
        let wait = match hint {
            Some(h) if h > self.max_wait => return None,
            Some(h) if h.is_zero() => step.mul_f64(0.5 + jitter() / 2.0),
            Some(h) => h,
            None => step.mul_f64(jitter()),
        };
        if self
            .budget
            .is_some_and(|budget| self.started.elapsed() + wait > budget)
        {
            return None;
        }
        self.attempt += 1;
        Some(wait)
    }
}

/// Uniform in [0, 1): full jitter spreads retries of many clients apart.
fn jitter() -> f64 {
    let mut b = [0u8; 8];
    if ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b).is_err() {
        return 0.5;
    }
    (u64::from_le_bytes(b) >> 11) as f64 / (1u64 << 53) as f64
}

/// `Retry-After` as seconds or an HTTP date. A number of seconds too large to hold is a very
/// long wait, not garbage: it stops the retries as any wait beyond one allowed does.
pub fn retry_after(headers: &Headers) -> Option<Duration> {
    let v = headers.get("retry-after")?.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        return Some(v.parse::<u64>().map_or(Duration::MAX, Duration::from_secs));
    }
    let when = jiff::fmt::rfc2822::parse(v).ok()?.timestamp();
    let now = jiff::Timestamp::now();
    Some(Duration::from_secs(
        now.until(when).ok()?.get_seconds().max(0) as u64,
    ))
}

pub fn human(d: Duration) -> String {
    if d.as_secs() >= 1 && d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{:.1}s", d.as_secs_f64())
    }
}

/// A random idempotency key (128 bits, hex).
pub fn new_key() -> String {
    let mut b = [0u8; 16];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b)
        .expect("system randomness");
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attempts_and_hints_are_bounded() {
        let mut b = Backoff::new(2, Duration::from_secs(100), Duration::from_secs(60));
        assert_eq!(
            b.next_wait(Some(Duration::from_secs(3))),
            Some(Duration::from_secs(3))
        );
        assert!(
            b.next_wait(None)
                .is_some_and(|w| w <= Duration::from_millis(500))
        );
        assert_eq!(b.next_wait(None), None, "retries exhausted");
        let mut b = Backoff::new(5, Duration::from_secs(100), Duration::from_secs(60));
        assert_eq!(
            b.next_wait(Some(Duration::from_secs(61))),
            None,
            "hint beyond one wait"
        );
        // Reconnects count attempts only, whatever time has passed.
        let mut b = Backoff::reconnects(2);
        b.started = b
            .started
            .checked_sub(Duration::from_secs(300))
            .unwrap_or(b.started);
        assert!(
            b.next_wait(None)
                .is_some_and(|w| w <= Duration::from_millis(250))
        );
        assert_eq!(b.attempt(), 2);
        assert!(b.next_wait(None).is_some());
        assert_eq!(b.next_wait(None), None, "reconnects exhausted");
        // "Now" still backs off; a wait too large to count is too long.
        let mut b = Backoff::new(5, Duration::from_secs(100), Duration::from_secs(60));
        assert!(
            b.next_wait(Some(Duration::ZERO))
                .is_some_and(|w| w >= Duration::from_millis(125) && w <= Duration::from_millis(250))
        );
        let mut h = reqwest::header::HeaderMap::new();
        h.insert(
            "retry-after",
            "123456789012345678901234567890".parse().unwrap(),
        );
        let hint = retry_after(&Headers(h));
        assert_eq!(hint, Some(Duration::MAX));
        assert_eq!(b.next_wait(hint), None);
    }
}
