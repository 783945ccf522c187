//! The run's WebSocket: handshake errors as JSON, snapshot then ordered frames, close 1000, exact
//! `?after=` replays, heartbeats, several watchers, cancels, and injected drops.

use std::time::Duration;

use futures_util::StreamExt;
use rime_sandbox::Options;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::{self, Message, client::IntoClientRequest};

use crate::pipelines::{create, pl, run, start, step};
use crate::support::*;

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn token(c: &Client) -> String {
    c.token.clone().unwrap()
}

/// The events URL of a run, with an optional `?after=`.
fn events(env: &Env, pipeline: &str, run: &Value, after: Option<u64>) -> String {
    let q = after.map(|a| format!("?after={a}")).unwrap_or_default();
    format!(
        "ws://{}/api/v1{}{q}",
        env.addr,
        pl(
            env,
            &format!("/{pipeline}/runs/{}/events", run["id"].as_str().unwrap())
        )
    )
}

async fn connect(url: &str, token: Option<&str>) -> Result<Ws, tungstenite::Error> {
    let mut req = url.into_client_request()?;
    if let Some(t) = token {
        req.headers_mut()
            .insert("Authorization", format!("Bearer {t}").parse().unwrap());
    }
    tokio_tungstenite::connect_async(req)
        .await
        .map(|(ws, _)| ws)
}

/// What the socket did next: a frame, a close (with its code), or an abrupt end.
#[derive(Debug, PartialEq)]
enum Next {
    Frame(Value),
    Closed(u16),
    Dropped,
}

async fn next(ws: &mut Ws) -> Next {
    loop {
        let msg = tokio::time::timeout(Duration::from_secs(5), ws.next())
            .await
            .expect("a frame within 5 s");
        match msg {
            Some(Ok(Message::Text(t))) => {
                let v: Value = serde_json::from_str(t.as_str()).unwrap();
                rime_sandbox::contract::validate_schema("PipelineRunFrame", &v)
                    .unwrap_or_else(|e| panic!("frame {v} breaks the contract: {e}"));
                return Next::Frame(v);
            }
            Some(Ok(Message::Close(c))) => return Next::Closed(c.map_or(0, |c| c.code.into())),
            Some(Ok(_)) => continue,
            Some(Err(_)) | None => return Next::Dropped,
        }
    }
}

async fn frame(ws: &mut Ws) -> Value {
    match next(ws).await {
        Next::Frame(v) => v,
        other => panic!("expected a frame, got {other:?}"),
    }
}

/// Frames until the socket closes or drops.
async fn rest(ws: &mut Ws) -> (Vec<Value>, Next) {
    let mut out = Vec::new();
    loop {
        match next(ws).await {
            Next::Frame(v) => out.push(v),
            end => return (out, end),
        }
    }
}

fn seqs(frames: &[Value]) -> Vec<u64> {
    frames.iter().map(|f| f["seq"].as_u64().unwrap()).collect()
}

/// The documented fold: applying events to a snapshot's run gives the run REST shows.
fn apply(run: &mut Value, f: &Value) {
    if f["type"] == "run_finished" {
        run["status"] = f["status"].clone();
        run["ended_at"] = f["at"].clone();
        return;
    }
    let steps = run["steps"].as_array_mut().unwrap();
    let Some(s) = steps.iter_mut().find(|s| s["key"] == f["step_key"]) else {
        return;
    };
    match f["type"].as_str().unwrap() {
        "step_started" => {
            if f["attempt"] == 1 {
                s["started_at"] = f["at"].clone();
            }
            for k in ["ended_at", "error", "progress", "next_attempt_at"] {
                s[k] = Value::Null;
            }
            s["state"] = "running".into();
            s["attempt"] = f["attempt"].clone();
        }
        "step_progress" => s["progress"] = f["progress"].clone(),
        "step_finished" => {
            for k in ["state", "error", "next_attempt_at"] {
                s[k] = f[k].clone();
            }
            s["ended_at"] = f["at"].clone();
            if f["attempt"].as_u64().unwrap() > 0 {
                s["attempt"] = f["attempt"].clone();
            }
        }
        _ => {}
    }
}

fn diamond(env: &Env) -> String {
    create(
        env,
        "diamond",
        json!([step("prep", &[]), step("left", &["prep"]),
               {"key": "right", "type": "infrastructure", "depends_on": ["prep"]},
               step("publish", &["left", "right"])]),
        json!({}),
    )
}

#[test]
fn a_snapshot_then_every_event_in_order_then_close_1000() {
    let env = Env::start();
    let admin = env.admin();
    let id = diamond(&env);
    let r = start(&env, &id);
    rt().block_on(async {
        let mut ws = connect(&events(&env, &id, &r, None), Some(&token(&admin)))
            .await
            .unwrap();
        let snap = frame(&mut ws).await;
        assert_eq!(snap["type"], "snapshot");
        assert_eq!(snap["seq"], 1, "the root already started");
        assert_eq!(snap["run"], run(&env, &id, &r));
        let mut folded = snap["run"].clone();
        env.sb.advance(20);
        let mut got = Vec::new();
        for _ in 0..3 {
            got.push(frame(&mut ws).await);
        }
        let brief: Vec<(u64, &str, &str, &str)> = got
            .iter()
            .map(|f| {
                (
                    f["seq"].as_u64().unwrap(),
                    f["type"].as_str().unwrap(),
                    f["step_key"].as_str().unwrap(),
                    f["at"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            brief,
            [
                (2, "step_finished", "prep", "2026-11-28T09:00:20Z"),
                (3, "step_started", "left", "2026-11-28T09:00:20Z"),
                (4, "step_started", "right", "2026-11-28T09:00:20Z"),
            ],
            "both branches start at the same instant"
        );
        env.sb.advance(100);
        let (tail, end) = rest(&mut ws).await;
        assert_eq!(end, Next::Closed(1000));
        got.extend(tail);
        assert_eq!(seqs(&got), (2..=9).collect::<Vec<_>>());
        assert_eq!(got.last().unwrap()["type"], "run_finished");
        assert_eq!(got.last().unwrap()["status"], "succeeded");
        for f in &got {
            apply(&mut folded, f);
        }
        let rest_run = run(&env, &id, &r);
        assert_eq!(folded["steps"], rest_run["steps"]);
        assert_eq!(
            (&folded["status"], &folded["ended_at"]),
            (&rest_run["status"], &rest_run["ended_at"])
        );
    });
}

#[test]
fn handshake_errors_are_json_before_any_upgrade() {
    let env = Env::start();
    let admin = env.admin();
    let id = diamond(&env);
    let r = start(&env, &id);
    let http = |e: tungstenite::Error| match e {
        tungstenite::Error::Http(resp) => {
            let body: Value =
                serde_json::from_slice(resp.body().as_deref().unwrap_or(b"")).unwrap();
            (
                resp.status().as_u16(),
                body["error"]["code"].as_str().unwrap().to_string(),
            )
        }
        other => panic!("expected an HTTP answer, got {other}"),
    };
    rt().block_on(async {
        let url = events(&env, &id, &r, None);
        assert_eq!(
            http(connect(&url, None).await.unwrap_err()),
            (401, "unauthorized".into())
        );
        assert_eq!(
            http(connect(&url, Some("rat_bogus")).await.unwrap_err()),
            (401, "unauthorized".into())
        );
        let missing = url.replace(r["id"].as_str().unwrap(), "plr_missing");
        assert_eq!(
            http(connect(&missing, Some(&token(&admin))).await.unwrap_err()),
            (404, "resource_not_found".into())
        );
        let bad_after = format!("{url}?after=soon");
        assert_eq!(
            http(connect(&bad_after, Some(&token(&admin))).await.unwrap_err()),
            (400, "validation_error".into())
        );
        // Viewers and the project's API key may watch.
        for t in [token(&env.as_role("viewer")), env.sb.api_key.clone()] {
            let mut ws = connect(&url, Some(&t)).await.unwrap();
            assert_eq!(frame(&mut ws).await["type"], "snapshot");
        }
        env.control("PUT", "/faults", json!({"ws_refuse": true}));
        let (status, code) = http(connect(&url, Some(&token(&admin))).await.unwrap_err());
        assert_eq!((status, code.as_str()), (400, "validation_error"));
        env.control("DELETE", "/faults", Value::Null);
    });
    let plain = admin.get(&pl(
        &env,
        &format!("/{id}/runs/{}/events", r["id"].as_str().unwrap()),
    ));
    expect_error(&plain, 400, "validation_error");
    // Every header of the handshake is named (the document requires each).
    assert_eq!(
        plain.fields(),
        [
            "Upgrade",
            "Connection",
            "Sec-WebSocket-Version",
            "Sec-WebSocket-Key"
        ]
    );
}

#[test]
fn after_replays_exactly_the_missed_frames_or_sends_a_fresh_snapshot() {
    let env = Env::start();
    let admin = env.admin();
    let t = token(&admin);
    let id = diamond(&env);
    let r = start(&env, &id);
    env.sb.advance(500);
    rt().block_on(async {
        // A finished run: the snapshot holds everything, then the socket closes.
        let mut ws = connect(&events(&env, &id, &r, None), Some(&t))
            .await
            .unwrap();
        let (frames, end) = rest(&mut ws).await;
        assert_eq!(
            (frames.len(), &frames[0]["type"], &frames[0]["seq"]),
            (1, &json!("snapshot"), &json!(9))
        );
        assert_eq!(end, Next::Closed(1000));
        let mut ws = connect(&events(&env, &id, &r, Some(0)), Some(&t))
            .await
            .unwrap();
        let (all, _) = rest(&mut ws).await;
        assert_eq!(seqs(&all), (1..=9).collect::<Vec<_>>());
        let mut ws = connect(&events(&env, &id, &r, Some(5)), Some(&t))
            .await
            .unwrap();
        let (tail, end) = rest(&mut ws).await;
        assert_eq!(tail, all[5..].to_vec(), "the same frames, byte for byte");
        assert_eq!(end, Next::Closed(1000));
        let mut ws = connect(&events(&env, &id, &r, Some(42)), Some(&t))
            .await
            .unwrap();
        assert_eq!(
            frame(&mut ws).await["type"],
            "snapshot",
            "a position beyond the run"
        );
    });
    // More than 500 events back is too old to replay: 50 steps, 6 failing attempts each.
    let steps: Vec<Value> = (0..50)
        .map(|i| json!({"key": format!("s{i}_fail"), "type": "custom", "config": {"sql": "x"},
                        "failure_policy": "continue", "retry": {"max_attempts": 5, "delay_seconds": 0}}))
        .collect();
    let big = create(&env, "big", json!(steps), json!({}));
    let r = start(&env, &big);
    env.sb.advance(60);
    rt().block_on(async {
        let mut ws = connect(&events(&env, &big, &r, Some(1)), Some(&t))
            .await
            .unwrap();
        let first = frame(&mut ws).await;
        assert_eq!(
            (first["type"].as_str(), first["seq"].as_u64()),
            (Some("snapshot"), Some(601))
        );
        let mut ws = connect(&events(&env, &big, &r, Some(200)), Some(&t))
            .await
            .unwrap();
        assert_eq!(frame(&mut ws).await["seq"], 201);
    });
}

#[test]
fn heartbeats_fill_silence_and_watchers_wake_on_cancel() {
    let env = Env::with(Options {
        ws_heartbeat_seconds: 0.2,
        ..Options::for_tests()
    });
    let admin = env.admin();
    let id = diamond(&env);
    let r = start(&env, &id);
    rt().block_on(async {
        let url = events(&env, &id, &r, None);
        let (mut a, mut b) = (
            connect(&url, Some(&token(&admin))).await.unwrap(),
            connect(&url, Some(&token(&admin))).await.unwrap(),
        );
        for ws in [&mut a, &mut b] {
            assert_eq!(frame(ws).await["type"], "snapshot");
            let beat = frame(ws).await;
            assert_eq!(
                (beat["type"].as_str(), beat["seq"].as_u64()),
                (Some("heartbeat"), Some(1))
            );
            assert_eq!(beat["at"], "2026-11-28T09:00:00Z");
        }
        env.sb.advance(30);
        let c = admin.post_empty(&pl(
            &env,
            &format!("/{id}/runs/{}/cancel", r["id"].as_str().unwrap()),
        ));
        expect(&c, 200);
        let strip = |frames: Vec<Value>| -> Vec<Value> {
            frames
                .into_iter()
                .filter(|f| f["type"] != "heartbeat")
                .collect()
        };
        let (fa, ea) = rest(&mut a).await;
        let (fb, eb) = rest(&mut b).await;
        let (fa, fb) = (strip(fa), strip(fb));
        assert_eq!((ea, eb), (Next::Closed(1000), Next::Closed(1000)));
        assert_eq!(fa, fb, "every watcher sees the same frames");
        let ends: Vec<(&str, &str)> = fa
            .iter()
            .filter(|f| f["at"] == "2026-11-28T09:00:30Z")
            .map(|f| {
                (
                    f["step_key"].as_str().unwrap_or("-"),
                    f["state"].as_str().or(f["status"].as_str()).unwrap(),
                )
            })
            .collect();
        assert_eq!(
            ends,
            [
                ("left", "cancelled"),
                ("right", "cancelled"),
                ("publish", "skipped"),
                ("-", "cancelled")
            ]
        );
    });
}

#[test]
fn injected_drops_cut_sockets_and_after_resumes_without_loss() {
    let env = Env::start();
    let t = token(&env.admin());
    let id = diamond(&env);
    let r = start(&env, &id);
    env.control("PUT", "/faults", json!({"ws_drop_after_frames": 3}));
    env.sb.advance(500);
    rt().block_on(async {
        let mut seen: Vec<Value> = Vec::new();
        let mut after = 0;
        let mut connections = 0;
        loop {
            connections += 1;
            let mut ws = connect(&events(&env, &id, &r, Some(after)), Some(&t))
                .await
                .unwrap();
            let (frames, end) = rest(&mut ws).await;
            for f in frames {
                after = f["seq"].as_u64().unwrap();
                seen.push(f);
            }
            if end == Next::Closed(1000) {
                break;
            }
            assert_eq!(end, Next::Dropped);
            assert!(connections < 10, "no progress");
        }
        assert_eq!(
            seqs(&seen),
            (1..=9).collect::<Vec<_>>(),
            "each frame exactly once"
        );
        // 3 frames per connection; the 9th frame ends the third, so a fourth only closes.
        assert_eq!(connections, 4);
    });
    let stats = env.control("GET", "/faults", Value::Null);
    assert_eq!(stats.json["stats"]["ws_drops"], 3);
}
