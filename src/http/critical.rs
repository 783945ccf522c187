//! The stop-signal critical section: work that Ctrl-C, SIGTERM or SIGHUP must let finish (a
//! refresh between spending the old refresh token and storing the new pair), counted
//! process-wide, and the signals themselves.

use std::sync::atomic::{AtomicUsize, Ordering};

static CRITICAL: AtomicUsize = AtomicUsize::new(0);

/// Marks work that a stop signal must let finish, until dropped.
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

static STOPS_ITSELF: AtomicUsize = AtomicUsize::new(0);

/// Marks, until dropped, a command that shuts down gracefully on a stop signal by itself (the
/// sandbox server drains its connections and removes its state): the runtime leaves the signals
/// to it instead of abandoning it mid-shutdown.
pub struct StopsItself;

impl StopsItself {
    pub fn enter() -> StopsItself {
        STOPS_ITSELF.fetch_add(1, Ordering::SeqCst);
        StopsItself
    }
}

impl Drop for StopsItself {
    fn drop(&mut self) {
        STOPS_ITSELF.fetch_sub(1, Ordering::SeqCst);
    }
}

pub fn stops_itself() -> bool {
    STOPS_ITSELF.load(Ordering::SeqCst) > 0
}

/// A signal that ends a command the way Ctrl-C does: CI cancellation and `timeout` send
/// SIGTERM, a closed terminal SIGHUP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    Interrupt,
    Terminate,
    HangUp,
}

impl Stop {
    /// 128 + the signal's number, as shells report a process the signal killed.
    pub fn exit_code(self) -> u8 {
        match self {
            Stop::Interrupt => 130,
            Stop::Terminate => 143,
            Stop::HangUp => 129,
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            Stop::Interrupt => "interrupted",
            Stop::Terminate => "terminated (SIGTERM)",
            Stop::HangUp => "hung up (SIGHUP)",
        }
    }
}

/// The stop signals, listened to from the start of a command: a handler installed late would let
/// the default action kill the process mid-refresh.
pub struct Stops {
    #[cfg(unix)]
    int: tokio::signal::unix::Signal,
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
    #[cfg(unix)]
    hup: tokio::signal::unix::Signal,
}

impl Stops {
    /// Installs the handlers; call inside the runtime, before the command's work starts.
    pub fn listen() -> std::io::Result<Stops> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Stops {
                int: signal(SignalKind::interrupt())?,
                term: signal(SignalKind::terminate())?,
                hup: signal(SignalKind::hangup())?,
            })
        }
        #[cfg(not(unix))]
        Ok(Stops {})
    }

    /// The next stop signal to arrive.
    pub async fn next(&mut self) -> Stop {
        #[cfg(unix)]
        {
            tokio::select! {
                _ = self.int.recv() => Stop::Interrupt,
                _ = self.term.recv() => Stop::Terminate,
                _ = self.hup.recv() => Stop::HangUp,
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            Stop::Interrupt
        }
    }
}
