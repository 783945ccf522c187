//! Per-tenant, per-endpoint-group token buckets behind `429` and the `X-RateLimit-*` headers.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

pub struct RateLimiter {
    buckets: Mutex<HashMap<String, Bucket>>,
    limits: Mutex<(u32, f64)>,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

/// What one request saw, for the headers.
pub struct Verdict {
    pub allowed: bool,
    pub limit: u32,
    pub remaining: u32,
    /// Seconds until the bucket is full again.
    pub reset: u64,
    /// Seconds until one token is available (when refused).
    pub retry_after: u64,
}

impl RateLimiter {
    pub fn new(capacity: u32, per_second: f64) -> RateLimiter {
        RateLimiter {
            buckets: Mutex::new(HashMap::new()),
            limits: Mutex::new((capacity, per_second)),
        }
    }

    pub fn set_limits(&self, capacity: u32, per_second: f64) {
        *self.limits.lock().unwrap_or_else(PoisonError::into_inner) =
            (capacity.max(1), per_second.max(0.001));
        self.buckets
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    pub fn limits(&self) -> (u32, f64) {
        *self.limits.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn check(&self, tenant: &str, group: &str) -> Verdict {
        let (capacity, rate) = self.limits();
        let cap = f64::from(capacity);
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        let b = buckets
            .entry(format!("{tenant}/{group}"))
            .or_insert(Bucket {
                tokens: cap,
                at: now,
            });
        b.tokens = (b.tokens + now.duration_since(b.at).as_secs_f64() * rate).min(cap);
        b.at = now;
        let allowed = b.tokens >= 1.0;
        if allowed {
            b.tokens -= 1.0;
        }
        Verdict {
            allowed,
            limit: capacity,
            remaining: b.tokens.floor() as u32,
            reset: ((cap - b.tokens) / rate).ceil() as u64,
            retry_after: if allowed {
                0
            } else {
                ((1.0 - b.tokens) / rate).ceil().max(1.0) as u64
            },
        }
    }
}

/// The endpoint group of an API path: the resource collection under a project, else the first segment.
pub fn group(path: &str) -> String {
    let rest = path
        .strip_prefix("/api/v1/")
        .unwrap_or(path)
        .trim_start_matches('/');
    let segs: Vec<&str> = rest.split('/').collect();
    match segs.as_slice() {
        ["projects", _, group, ..] => (*group).to_string(),
        [first, ..] => (*first).to_string(),
        [] => String::new(),
    }
}
