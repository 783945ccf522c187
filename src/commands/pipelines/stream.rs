//! Following a run's event stream robustly: handshake and heartbeat deadlines, reconnects with
//! `?after=<last seq>` and de-duplication, bounded attempts with backoff, then polling over REST.

use std::time::Duration;

use serde_json::Value;

use crate::context::Context;
use crate::http::ws::{Connection, Frame, WsError, WsMessage, decode_frame, run_is_final};
use crate::http::{ApiPath, Backoff};

/// How long the connect, TLS and upgrade may take together.
const HANDSHAKE: Duration = Duration::from_secs(10);
/// The server sends a heartbeat after 15 s of silence; three missed ones mean the link is dead.
const HEARTBEAT_DEADLINE: Duration = Duration::from_secs(45);
/// Reconnects in a row that deliver nothing before giving up on the stream.
const MAX_ATTEMPTS: u32 = 5;
/// Between polls once the stream is given up.
pub const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// What the follower hands on: a frame from the stream, the run as polled over REST, or a
/// second gone by with nothing new (so the live view's clocks move on).
pub enum Update<'a> {
    Frame(&'a Value),
    Polled(&'a Value),
    Tick,
}

/// How often a live view redraws its clocks when nothing new arrives.
const TICK: Duration = Duration::from_secs(1);

type Sink<'s> = dyn FnMut(Update<'_>) -> anyhow::Result<()> + 's;

/// How one connection ended.
enum End {
    /// `run_finished` arrived.
    Finished,
    /// The connection broke; `progress` when it delivered new frames first.
    Lost { why: String, progress: bool },
}

/// Follows the run until it finishes, calling `on` for every new frame (never twice for one
/// `seq`) or, after falling back to polling, for every changed run.
pub async fn follow(
    ctx: &Context,
    run_path: &ApiPath,
    events_path: &ApiPath,
    on: &mut Sink<'_>,
) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let mut last: Option<u64> = None;
    let mut backoff = Backoff::reconnects(MAX_ATTEMPTS);
    loop {
        let query: Vec<(String, String)> = last
            .map(|s| vec![("after".to_string(), s.to_string())])
            .unwrap_or_default();
        let why = match client.websocket(events_path, &query, HANDSHAKE).await {
            Ok(mut ws) => {
                if backoff.attempt() > 1 {
                    ctx.out.status("reconnected to the run's event stream");
                }
                match read(&mut ws, &mut last, on).await? {
                    End::Finished => {
                        // Let the server's close arrive, but never wait long for it.
                        let _ = tokio::time::timeout(Duration::from_secs(1), ws.close()).await;
                        return Ok(());
                    }
                    End::Lost { why, progress } => {
                        if progress {
                            backoff = Backoff::reconnects(MAX_ATTEMPTS);
                        }
                        why
                    }
                }
            }
            Err(WsError::Api(e)) => return Err(e.into()),
            Err(WsError::NoUpgrade(why)) => {
                ctx.out.status(&format!(
                    "live updates are unavailable ({why}); polling the run instead"
                ));
                return poll(ctx, run_path, on).await;
            }
            Err(WsError::Transport(why)) => why,
        };
        let attempt = backoff.attempt();
        let Some(wait) = backoff.next_wait(None) else {
            ctx.out.status(&format!(
                "the event stream failed {MAX_ATTEMPTS} times in a row ({why}); polling the run instead"
            ));
            return poll(ctx, run_path, on).await;
        };
        ctx.out.status(&format!(
            "event stream interrupted ({why}); reconnecting in {:.1}s (attempt {attempt}/{MAX_ATTEMPTS})",
            wait.as_secs_f64()
        ));
        tokio::time::sleep(wait).await;
    }
}

/// Reads one connection: snapshots reset the position, events older than it are duplicates, a
/// gap means frames were lost (reconnect and resume), heartbeats only prove the link lives.
async fn read(
    ws: &mut Connection,
    last: &mut Option<u64>,
    on: &mut Sink<'_>,
) -> anyhow::Result<End> {
    let mut progress = false;
    let lost = |why: String, progress: bool| Ok(End::Lost { why, progress });
    let mut deadline = tokio::time::Instant::now() + HEARTBEAT_DEADLINE;
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        // A frame may be half read when a tick wins: the stream keeps it (`next` is cancel-safe).
        let heard = tokio::select! {
            heard = tokio::time::timeout_at(deadline, ws.recv()) => heard,
            _ = tick.tick() => {
                on(Update::Tick)?;
                continue;
            }
        };
        deadline = tokio::time::Instant::now() + HEARTBEAT_DEADLINE;
        let msg = match heard {
            Err(_) => {
                return lost(
                    format!("nothing heard for {}s", HEARTBEAT_DEADLINE.as_secs()),
                    progress,
                );
            }
            Ok(None) => return lost("the connection closed".into(), progress),
            Ok(Some(Err(why))) => return lost(why, progress),
            Ok(Some(Ok(m))) => m,
        };
        let text = match msg {
            WsMessage::Text(t) => t,
            WsMessage::Close(code) => {
                let code = code.unwrap_or(1005);
                // 1000 means the run is over (the caller confirms its status over REST).
                if code == 1000 {
                    return Ok(End::Finished);
                }
                return lost(format!("the server closed the stream ({code})"), progress);
            }
            _ => continue,
        };
        match decode_frame(&text, *last) {
            Frame::Skip => continue,
            Frame::Malformed => {
                return lost("the server sent a frame that is not JSON".into(), progress);
            }
            Frame::Gap { first, last } => {
                return lost(format!("frames {first} to {last} went missing"), progress);
            }
            Frame::Snapshot {
                frame,
                seq,
                finished,
            }
            | Frame::Event {
                frame,
                seq,
                finished,
            } => {
                on(Update::Frame(&frame))?;
                *last = Some(seq);
                progress = true;
                if finished {
                    return Ok(End::Finished);
                }
            }
        }
    }
}

/// The fallback: the run over REST until it is final, handing on each change.
pub async fn poll(ctx: &Context, run_path: &ApiPath, on: &mut Sink<'_>) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let mut previous = Value::Null;
    loop {
        let run = client.get(run_path).await?;
        if run != previous {
            on(Update::Polled(&run))?;
        } else {
            on(Update::Tick)?;
        }
        if run_is_final(&run["status"]) {
            return Ok(());
        }
        previous = run;
        tokio::time::sleep(POLL_INTERVAL).await;
    }
}
