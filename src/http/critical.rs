//! The Ctrl-C critical section: work that an interrupt must let finish (a refresh between
//! spending the old refresh token and storing the new pair), counted process-wide.

use std::sync::atomic::{AtomicUsize, Ordering};

static CRITICAL: AtomicUsize = AtomicUsize::new(0);

/// Marks work that Ctrl-C must let finish, until dropped.
pub struct Critical;

impl Critical {
    pub fn enter() -> Critical {
        CRITICAL.fetch_add(1, Ordering::SeqCst);
        Critical
    }
}

impl Drop for Critical {
    fn drop(&mut self) {
        CRITICAL.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Whether a token refresh is between spending the old refresh token and storing the new one.
pub fn in_critical_section() -> bool {
    CRITICAL.load(Ordering::SeqCst) > 0
}
