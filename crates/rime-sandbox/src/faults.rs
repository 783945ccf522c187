//! Fault injection for reliability tests: probabilistic faults plus a scripted queue of exact ones.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};

use crate::ids::Rng;

/// What happens to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    /// 429 with `Retry-After`.
    RateLimit,
    Status500,
    Status502,
    Status503,
    /// Close the connection before the handler runs: nothing happened server-side.
    DropBefore,
    /// Run the handler, then close the connection without answering: the client can't know.
    DropAfter,
    /// A valid status with a body cut in half.
    Truncate,
    /// An HTML body where JSON was expected.
    NonJson,
}

/// The probabilistic part, as set through `PUT /_sandbox/faults`. Each rate is a fraction 0–1.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FaultConfig {
    pub rate_429: f64,
    pub retry_after_seconds: u64,
    pub rate_500: f64,
    pub rate_502: f64,
    pub rate_503: f64,
    pub drop_before: f64,
    pub drop_after: f64,
    pub truncate: f64,
    pub non_json: f64,
    pub latency_ms: u64,
    pub jitter_ms: u64,
    /// Close WebSocket streams after this many frames (0 = never).
    pub ws_drop_after_frames: u64,
    /// Refuse WebSocket upgrades (answer 400 JSON instead), so clients must poll.
    pub ws_refuse: bool,
    /// Only requests whose path starts with this are affected (`/api/v1` by default).
    pub path_prefix: Option<String>,
    /// Only these methods (all when empty).
    pub methods: Vec<String>,
}

/// A scripted fault: the next `times` matching requests get `fault`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Scripted {
    pub fault: Fault,
    #[serde(default)]
    pub method: Option<String>,
    #[serde(default)]
    pub path_prefix: Option<String>,
    #[serde(default = "one")]
    pub times: u32,
}

fn one() -> u32 {
    1
}

#[derive(Debug, Default, Serialize, Deserialize, Clone)]
pub struct FaultStats {
    pub requests: u64,
    pub injected: u64,
    pub rate_limit: u64,
    pub status_5xx: u64,
    pub drop_before: u64,
    pub drop_after: u64,
    pub truncate: u64,
    pub non_json: u64,
    pub ws_drops: u64,
    pub replays: u64,
}

pub struct Faults {
    config: Mutex<FaultConfig>,
    script: Mutex<Vec<Scripted>>,
    rng: Mutex<Rng>,
    stats: Mutex<FaultStats>,
    pub replays: AtomicU64,
}

pub struct Decision {
    pub fault: Option<Fault>,
    pub delay_ms: u64,
    pub retry_after: u64,
}

impl Faults {
    pub fn new(seed: u64) -> Faults {
        Faults {
            config: Mutex::new(FaultConfig::default()),
            script: Mutex::new(Vec::new()),
            rng: Mutex::new(Rng::new(seed ^ 0xFA17)),
            stats: Mutex::new(FaultStats::default()),
            replays: AtomicU64::new(0),
        }
    }

    pub fn config(&self) -> FaultConfig {
        self.config
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub fn set(&self, config: FaultConfig) {
        *self.config.lock().unwrap_or_else(PoisonError::into_inner) = config;
    }

    pub fn push_script(&self, items: Vec<Scripted>) {
        self.script
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend(items);
    }

    pub fn clear(&self) {
        self.set(FaultConfig::default());
        self.script
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    pub fn stats(&self) -> FaultStats {
        let mut s = self
            .stats
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        s.replays = self.replays.load(Ordering::Relaxed);
        s
    }

    pub fn count_ws_drop(&self) {
        let mut s = self.stats.lock().unwrap_or_else(PoisonError::into_inner);
        s.ws_drops += 1;
        s.injected += 1;
    }

    /// Decides the fate of one request. Control routes (`/_sandbox`) are never disturbed.
    pub fn decide(&self, method: &str, path: &str) -> Decision {
        if path.starts_with("/_sandbox") {
            return Decision {
                fault: None,
                delay_ms: 0,
                retry_after: 0,
            };
        }
        let mut stats = self.stats.lock().unwrap_or_else(PoisonError::into_inner);
        stats.requests += 1;
        let scripted = {
            let mut script = self.script.lock().unwrap_or_else(PoisonError::into_inner);
            let pos = script.iter().position(|s| {
                s.method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method))
                    && s.path_prefix.as_deref().is_none_or(|p| path.starts_with(p))
            });
            pos.map(|i| {
                let fault = script[i].fault;
                script[i].times = script[i].times.saturating_sub(1);
                if script[i].times == 0 {
                    script.remove(i);
                }
                fault
            })
        };
        let cfg = self
            .config
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let mut rng = self.rng.lock().unwrap_or_else(PoisonError::into_inner);
        let applies = path.starts_with(cfg.path_prefix.as_deref().unwrap_or("/api/v1"))
            && (cfg.methods.is_empty()
                || cfg.methods.iter().any(|m| m.eq_ignore_ascii_case(method)));
        let fault = scripted.or_else(|| {
            if !applies {
                return None;
            }
            let roll = rng.unit();
            let table = [
                (cfg.rate_429, Fault::RateLimit),
                (cfg.rate_500, Fault::Status500),
                (cfg.rate_502, Fault::Status502),
                (cfg.rate_503, Fault::Status503),
                (cfg.drop_before, Fault::DropBefore),
                (cfg.drop_after, Fault::DropAfter),
                (cfg.truncate, Fault::Truncate),
                (cfg.non_json, Fault::NonJson),
            ];
            let mut acc = 0.0;
            table.into_iter().find_map(|(p, f)| {
                acc += p;
                (roll < acc).then_some(f)
            })
        });
        let delay_ms = if applies && (cfg.latency_ms > 0 || cfg.jitter_ms > 0) {
            cfg.latency_ms
                + if cfg.jitter_ms > 0 {
                    rng.below(cfg.jitter_ms + 1)
                } else {
                    0
                }
        } else {
            0
        };
        if let Some(f) = fault {
            stats.injected += 1;
            match f {
                Fault::RateLimit => stats.rate_limit += 1,
                Fault::Status500 | Fault::Status502 | Fault::Status503 => stats.status_5xx += 1,
                Fault::DropBefore => stats.drop_before += 1,
                Fault::DropAfter => stats.drop_after += 1,
                Fault::Truncate => stats.truncate += 1,
                Fault::NonJson => stats.non_json += 1,
            }
        }
        Decision {
            fault,
            delay_ms,
            retry_after: cfg.retry_after_seconds.max(1),
        }
    }

    pub fn ws_drop_after(&self) -> u64 {
        self.config
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .ws_drop_after_frames
    }

    pub fn ws_refuse(&self) -> bool {
        self.config
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .ws_refuse
    }
}
