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
#[cfg(feature = "sandbox")] // only the embedded sandbox server stops itself
pub struct StopsItself;

#[cfg(feature = "sandbox")]
impl StopsItself {
    pub fn enter() -> StopsItself {
        STOPS_ITSELF.fetch_add(1, Ordering::SeqCst);
        StopsItself
    }
}

#[cfg(feature = "sandbox")]
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

/// How long a stop signal may go unanswered, outside the critical section, before the watchdog
/// ends the process itself.
const STUCK_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

/// A thread that watches for the stop signals too, for when the command's runtime cannot: a
/// prompt or a read of stdin blocks it, and without this a SIGTERM from CI or `timeout` would
/// wait for input that never comes. It calls `stuck` (which reports and exits) once a signal has
/// gone unanswered for `STUCK_AFTER` outside the critical section; a command that answers in time
/// exits first and the thread dies with the process.
pub fn watchdog(stuck: impl FnOnce(Stop) + Send + 'static) {
    let spawned = std::thread::Builder::new()
        .name("stop-watchdog".into())
        .spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async move {
                let Ok(mut stops) = Stops::listen() else {
                    return;
                };
                let stop = stops.next().await;
                let mut calm = std::time::Duration::ZERO;
                let tick = std::time::Duration::from_millis(50);
                while calm < STUCK_AFTER {
                    tokio::time::sleep(tick).await;
                    calm = if in_critical_section() || stops_itself() {
                        std::time::Duration::ZERO
                    } else {
                        calm + tick
                    };
                }
                stuck(stop);
            });
        });
    // Without the thread rime still answers signals whenever its runtime is free.
    drop(spawned);
}
