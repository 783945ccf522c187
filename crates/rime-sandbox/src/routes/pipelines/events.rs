//! `GET …/runs/{run_id}/events`: the run's live progress over WebSocket. A `snapshot` first (or,
//! with `?after=`, the frames missed), then each event as it happens, `heartbeat` after silence,
//! `run_finished` and close 1000. Wakes when the clock is moved, polls for cancels.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::ws::{
    CloseFrame, Message, WebSocket, WebSocketUpgrade, rejection::WebSocketUpgradeRejection,
};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::app::App;
use crate::collection::{PIPELINE_RUNS, PIPELINES};
use crate::error::{ApiError, ApiResult};
use crate::routes::extract::InProject;
use crate::sim::pipelines::frame;
use crate::sim::pipelines::runs::{Runs, View, all_runs};

/// How many events back `?after=` may resume; an older (or unknown) position gets a snapshot.
pub const REPLAY_WINDOW: u64 = 500;
/// Watchers re-read the run this often (cancels, a clock running at a rate).
const POLL: Duration = Duration::from_millis(200);

struct Ids {
    project: String,
    pipeline: String,
    run: String,
}

/// The run named by `ids`, as of now.
fn load(app: &App, ids: &Ids) -> ApiResult<View> {
    let conn = app.db();
    PIPELINES.load(&conn, &ids.project, &ids.pipeline)?;
    let run = PIPELINE_RUNS.load(&conn, &ids.pipeline, &ids.run)?;
    let all = all_runs(&conn, &ids.pipeline)?;
    Ok(Runs::new(&all, app.now()).view(&run))
}

pub async fn connect(
    s: InProject,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> ApiResult<Response> {
    let [pipeline, run] = s.ids();
    let ids = Ids {
        project: s.pid.clone(),
        pipeline: pipeline.to_string(),
        run: run.to_string(),
    };
    // The first frame shows the run as of the handshake (what a client asked for, exactly).
    let first = load(&s.app, &ids)?;
    let after = match s.query.get("after") {
        None => None,
        Some(a) => Some(a.parse::<u64>().map_err(|_| {
            ApiError::field("after", "must be a non-negative integer (a frame's seq)")
        })?),
    };
    let app = s.app.clone();
    if app.faults.ws_refuse() {
        return Err(ApiError::field(
            "Upgrade",
            "this server does not upgrade to WebSocket; poll the run over REST instead",
        ));
    }
    let Ok(ws) = ws else {
        return Err(ApiError::field(
            "Upgrade",
            "this endpoint needs a WebSocket upgrade (Connection: Upgrade, Upgrade: websocket)",
        ));
    };
    Ok(ws
        .on_upgrade(move |socket| async move {
            let mut s = Stream {
                app,
                socket,
                sent: 0,
                last_frame: Instant::now(),
            };
            let _ = s.run(ids, first, after).await;
        })
        .into_response())
}

struct Stream {
    app: Arc<App>,
    socket: WebSocket,
    sent: u64,
    last_frame: Instant,
}

/// Why a stream ended early (the socket is then dropped without a close frame).
struct Gone;

impl Stream {
    async fn send(&mut self, frame: Value) -> Result<(), Gone> {
        self.socket
            .send(Message::Text(frame.to_string().into()))
            .await
            .map_err(|_| Gone)?;
        self.sent += 1;
        self.last_frame = Instant::now();
        let limit = self.app.faults.ws_drop_after();
        if limit > 0 && self.sent >= limit {
            self.app.faults.count_ws_drop();
            return Err(Gone);
        }
        Ok(())
    }

    async fn close(&mut self, code: u16, reason: &str) {
        let _ = self
            .socket
            .send(Message::Close(Some(CloseFrame {
                code,
                reason: reason.into(),
            })))
            .await;
    }

    fn snapshot(view: &View) -> Value {
        json!({"seq": view.visible, "type": "snapshot", "at": crate::clock::rfc3339(view.at), "run": view.body})
    }

    async fn run(&mut self, ids: Ids, view: View, after: Option<u64>) -> Result<(), Gone> {
        let heartbeat = Duration::from_secs_f64(self.app.opts.ws_heartbeat_seconds.max(0.01));
        let mut ticks = self.app.clock.subscribe();
        let load = |app: &App| load(app, &ids);
        let latest = view.visible as u64;
        let mut cursor = match after {
            Some(n) if n <= latest && latest - n <= REPLAY_WINDOW => n,
            _ => {
                let snap = Stream::snapshot(&view);
                self.send(snap).await?;
                latest
            }
        };
        loop {
            let Ok(view) = load(&self.app) else {
                self.close(1011, "the run is gone").await;
                return Ok(());
            };
            for e in &view.events[cursor as usize..view.visible] {
                self.send(frame(&view.plan, e)).await?;
                cursor = e.seq;
            }
            if view.finished() && cursor == view.events.len() as u64 {
                self.close(1000, "run finished").await;
                return Ok(());
            }
            let wait = heartbeat
                .saturating_sub(self.last_frame.elapsed())
                .min(POLL);
            tokio::select! {
                changed = ticks.changed() => {
                    if changed.is_err() {
                        tokio::time::sleep(wait).await;
                    }
                }
                _ = tokio::time::sleep(wait) => {}
                msg = self.socket.recv() => match msg {
                    None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return Ok(()),
                    Some(Ok(_)) => {}
                },
            }
            if self.last_frame.elapsed() >= heartbeat {
                let beat = json!({"seq": cursor, "type": "heartbeat", "at": self.app.now_str()});
                self.send(beat).await?;
            }
        }
    }
}
