//! `rime connectors test|sync|runs`: runs driven by the sandbox clock, followed live, cancelled, re-attached.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::{Cmd, Env, Out};
use crate::connectors::{conn, create_pg, env};

const RUNS: &str = "/api/v1/projects/{project_id}/connectors/{connector_id}/runs";
const RUN: &str = "/api/v1/projects/{project_id}/connectors/{connector_id}/runs/{run_id}";

/// A command running in the background whose stderr can be awaited line by line.
pub struct Live {
    child: Child,
    lines: mpsc::Receiver<String>,
    stderr: std::thread::JoinHandle<String>,
    stdout: std::thread::JoinHandle<String>,
}

impl Live {
    pub fn spawn(cmd: Cmd) -> Live {
        let mut child = cmd
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("rime runs");
        let (tx, lines) = mpsc::channel();
        let err = child.stderr.take().unwrap();
        let stderr = std::thread::spawn(move || {
            let mut all = String::new();
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let _ = tx.send(line.clone());
                all.push_str(&line);
                all.push('\n');
            }
            all
        });
        let mut out = child.stdout.take().unwrap();
        let stdout = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = out.read_to_string(&mut s);
            s
        });
        Live {
            child,
            lines,
            stderr,
            stdout,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Blocks until a stderr line contains `needle` (20 s at most).
    pub fn wait_for(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return line,
                Ok(_) => continue,
                Err(_) => panic!("no stderr line containing {needle:?} within 20 s"),
            }
        }
    }

    pub fn finish(mut self) -> Out {
        let status = self.child.wait().expect("rime finishes");
        Out {
            command: String::new(),
            stdout: self.stdout.join().unwrap(),
            stderr: self.stderr.join().unwrap(),
            code: status.code().unwrap_or(-1),
        }
    }
}

pub fn rate(env: &Env, r: f64) {
    env.control("POST", "/clock", json!({"rate": r}));
}

fn rest_api(env: &Env, name: &str, tables: &[&str]) -> serde_json::Value {
    let endpoints: Vec<serde_json::Value> = tables
        .iter()
        .map(|t| json!({"path": format!("/{t}"), "table": t}))
        .collect();
    let file = env.dir.path().join(format!("{name}.json"));
    std::fs::write(
        &file,
        json!({"name": name, "type": "rest_api", "config": {"base_url": "https://api.example.com",
            "auth": {"method": "bearer", "token": "tk"}, "endpoints": endpoints}})
        .to_string(),
    )
    .unwrap();
    conn(
        env,
        format!("create --from-file {} -o json", file.display()),
    )
    .run()
    .ok()
    .json()
}

#[test]
fn sync_wait_follows_the_tables_to_completed() {
    let env = env();
    create_pg(&env, "orders", "db.internal");
    // The clock stands still until the first tables are on screen, then jumps past the longest.
    let live = Live::spawn(conn(&env, "sync orders --wait -o json"));
    live.wait_for("▶ customers running 0/");
    env.sb.advance(140);
    let out = live.finish().ok();
    let run = out.json();
    assert_eq!(
        (run["status"].as_str(), run["trigger"].as_str()),
        (Some("completed"), Some("manual"))
    );
    assert_eq!(run["tables_succeeded"], 6);
    for needle in [
        "started sync run run_",
        "✓ customers completed",
        "(manual): completed ",
    ] {
        assert!(
            out.stderr.contains(needle),
            "missing {needle:?}:\n{}",
            out.stderr
        );
    }
    // Durations read one way everywhere: 45s, 2m05s.
    let took = out
        .stderr
        .split("(manual): completed ")
        .nth(1)
        .unwrap_or("");
    let took = took.split(',').next().unwrap_or("");
    assert!(
        took.ends_with('s') && took.starts_with(|c: char| c.is_ascii_digit()),
        "{took:?}"
    );
    assert!(
        !env.requests("GET", RUN).is_empty(),
        "the run was polled over REST"
    );
}

#[test]
fn sync_wait_to_partially_failed_exits_9_naming_the_failing_table() {
    let env = env();
    rest_api(&env, "feed", &["users", "broken_feed"]);
    rate(&env, 600.0);
    let out = conn(&env, "sync feed --wait").run().code(9);
    out.stderr_has("ended partially_failed: 1 of 2 tables failed");
    out.stderr_has("  - broken_feed: permission denied for relation broken_feed");
    out.stderr_has("✗ broken_feed failed");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], "TABLE\tSTATUS\tROWS\tOF\tERROR");
    assert!(
        lines[1].starts_with("users\tcompleted\t") && lines[2].starts_with("broken_feed\tfailed\t"),
        "{}",
        out.stdout
    );
    let json = conn(&env, "runs list feed -o json").run().ok().json();
    assert_eq!(json[0]["status"], "partially_failed");
    let c = conn(&env, "get feed -o json").run().ok().json();
    assert_eq!(c["status"], "error");
    // Server text (here a connector's name) never drives the terminal.
    let evil = rest_api(&env, "evil\u{1b}]0;pwned\u{7}\u{1b}[2J", &["broken_x"]);
    let out = conn(
        &env,
        format!("sync {} --wait", evil["id"].as_str().unwrap()),
    )
    .run()
    .code(9);
    out.stderr_lacks("\u{1b}").stderr_lacks("\u{7}");
    out.stderr_has("ended failed: 1 of 1 tables failed");
}

#[test]
fn sync_without_wait_prints_the_run_and_a_second_sync_conflicts() {
    let env = env();
    create_pg(&env, "orders", "db.internal");
    let out = conn(&env, "sync orders -o json").run().ok();
    let run = out.json();
    assert_eq!(run["status"], "running");
    let rid = run["id"].as_str().unwrap();
    out.stderr_has(format!(
        "follow it with `rime connectors runs watch {rid} --connector orders`"
    ));
    conn(&env, "sync orders")
        .run()
        .code(6)
        .stderr_has("already has a run in progress");
    conn(&env, "sync nope").run().code(5);
}

#[test]
fn a_run_can_be_cancelled_by_id_alone_and_only_once() {
    let env = env();
    create_pg(&env, "orders", "db.internal");
    let run = conn(&env, "sync orders -o json").run().ok().json();
    let rid = run["id"].as_str().unwrap();
    env.sb.advance(20);
    let out = conn(&env, format!("runs cancel {rid} -o json")).run().ok();
    assert_eq!(out.json()["status"], "cancelled");
    out.stderr_has(format!("cancelled run {rid} of `orders` (con_"));
    conn(&env, format!("runs cancel {rid} --connector orders"))
        .run()
        .code(6)
        .stderr_has("already finished (cancelled)");
    let after = conn(&env, format!("runs get {rid} -c orders -o json"))
        .run()
        .ok()
        .json();
    assert_eq!(after["ended_at"], "2026-11-28T09:00:20Z");
    assert!(env.requests("POST", &format!("{RUN}/cancel")).len() == 2);
}

#[test]
fn watch_follows_a_run_as_the_clock_moves() {
    let env = env();
    create_pg(&env, "orders", "db.internal");
    let run = conn(&env, "sync orders -o json").run().ok().json();
    let rid = run["id"].as_str().unwrap().to_string();
    let live = Live::spawn(conn(&env, format!("runs watch {rid} --connector orders")));
    live.wait_for("▶ customers running");
    // No table takes more than 135 s (250,000 rows at 2,000 a second, plus 10).
    env.sb.advance(140);
    let out = live.finish().ok();
    out.stderr_has("✓ customers completed");
    out.stderr_has("(manual): completed");
    let again = conn(&env, format!("runs watch {rid} -o json"))
        .run()
        .ok()
        .json();
    assert_eq!(
        (again["id"].as_str(), again["status"].as_str()),
        (Some(rid.as_str()), Some("completed"))
    );
    assert!(
        out.stdout.starts_with("TABLE\tSTATUS\tROWS\tOF\tERROR\n"),
        "{}",
        out.stdout
    );
    // A finished run is shown at once, with the exit code of its status.
    let demo_failed = conn(&env, "runs list legacy-erp --max-items 1 -o json")
        .run()
        .ok()
        .json();
    let failed_id = demo_failed[0]["id"].as_str().unwrap();
    let out = conn(&env, format!("runs watch {failed_id}")).run().code(9);
    out.stderr_has("Could not connect to unreachable.erp");
}

#[test]
fn ctrl_c_while_waiting_leaves_the_run_going_and_says_how_to_reattach() {
    let env = env();
    create_pg(&env, "orders", "db.internal");
    let live = Live::spawn(conn(&env, "sync orders --wait"));
    let started = live.wait_for("started sync run");
    let rid = started
        .split_whitespace()
        .find(|w| w.starts_with("run_"))
        .unwrap()
        .to_string();
    live.wait_for("▶ customers running");
    let killed = std::process::Command::new("kill")
        .args(["-INT", &live.pid().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = live.finish().code(130);
    out.stderr_has(format!(
        "rime connectors runs watch {rid} --connector orders"
    ));
    let run = conn(&env, format!("runs get {rid} -o json"))
        .run()
        .ok()
        .json();
    assert_eq!(run["status"], "running", "the run goes on");
}

#[test]
fn wait_gives_up_after_the_global_timeout_with_exit_9() {
    let env = env();
    create_pg(&env, "orders", "db.internal");
    let out = conn(&env, "sync orders --wait --timeout 1s").run().code(9);
    out.stderr_has("still running after")
        .stderr_has("rime connectors runs watch run_");
}

#[test]
fn runs_list_pages_and_filters_on_the_server() {
    let env = env();
    let all = conn(&env, "runs list orders-db --page-size 50 -o json")
        .run()
        .ok()
        .json();
    assert_eq!(all.as_array().unwrap().len(), 150);
    assert_eq!(env.requests("GET", RUNS).len(), 3, "three pages of 50");
    assert_eq!(all[0]["started_at"], "2026-11-28T08:30:00Z", "newest first");
    let recent = conn(
        &env,
        "runs ls orders-db --status completed --since 2026-11-28T06:00:00Z -o json",
    )
    .run()
    .ok()
    .json();
    assert_eq!(recent.as_array().unwrap().len(), 3);
    let last = env.requests("GET", RUNS).pop().unwrap();
    assert!(
        last.uri.contains("status=completed")
            && last.uri.contains("since=2026-11-28T06%3A00%3A00Z"),
        "{}",
        last.uri
    );
    conn(&env, "runs list orders-db --since 24h").run().ok();
    let uri = env.requests("GET", RUNS).pop().unwrap().uri;
    let since = uri
        .split("since=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .replace("%3A", ":");
    let ago =
        jiff::Timestamp::now().as_second() - since.parse::<jiff::Timestamp>().unwrap().as_second();
    assert!(
        (86_400..86_400 + 120).contains(&ago),
        "24h before now on the client's clock: {since}"
    );
    let table = conn(&env, "runs list orders-db --max-items 2").run().ok();
    assert!(
        table
            .stdout
            .starts_with("ID\tTRIGGER\tSTATUS\tSTARTED\tSECONDS\tROWS\tTABLES\tFAILED\n"),
        "{}",
        table.stdout
    );
    table.stderr_has("resume with `--cursor");
    let before = env.requests("GET", RUNS).len();
    conn(&env, "runs list orders-db --since 'last tuesday'")
        .run()
        .code(2)
        .stderr_has("RFC 3339");
    conn(&env, "runs list orders-db --status great")
        .run()
        .code(2);
    assert_eq!(env.requests("GET", RUNS).len(), before);
    conn(&env, "runs list nope").run().code(5);
}

#[test]
fn runs_get_by_id_with_or_without_the_connector() {
    let env = env();
    let runs = conn(&env, "runs list weather-api --max-items 1 -o json")
        .run()
        .ok()
        .json();
    let rid = runs[0]["id"].as_str().unwrap();
    let direct = conn(
        &env,
        format!("runs get {rid} --connector weather-api -o json"),
    )
    .run()
    .ok()
    .json();
    let searched = conn(&env, format!("runs get {rid} -o json")).run().ok();
    assert_eq!(direct, searched.json());
    assert_eq!(direct["status"], "partially_failed");
    let table = conn(&env, format!("runs get {rid}")).run().ok();
    table.stdout_has("broken_stations\tfailed\t");
    table.stderr_has("(scheduled): partially_failed");
    conn(&env, "runs get run_nope")
        .run()
        .code(5)
        .stderr_has("no run `run_nope` in any connector of this project");
    conn(&env, format!("runs get {rid} -c orders-db"))
        .run()
        .code(5)
        .stderr_has(format!("no run named or with id `{rid}`"))
        .stderr_has("hint: run `rime connectors runs list orders-db` to see them");
}

#[test]
fn test_prints_the_checks_and_exits_9_on_failure() {
    let env = env();
    let ok = conn(&env, "test orders-db").run().ok();
    assert_eq!(ok.stdout.lines().next(), Some("CHECK\tSTATUS\tMESSAGE"));
    ok.stdout_has("reachability\tpassed\tConnected to pg-prod.kiwi-outdoors.internal.");
    ok.stderr_has("connection test of `orders-db`");
    let bad = conn(&env, "test legacy-erp -o json").run().code(9);
    let result = bad.json();
    assert_eq!(result["success"], false);
    assert_eq!(result["checks"][1]["status"], "skipped");
    bad.stderr_has("  - reachability: Could not connect to unreachable.erp.kiwi-outdoors.internal");
    let wrong = env.dir.path().join("wrong");
    std::fs::write(&wrong, "wrong").unwrap();
    conn(
        &env,
        format!("update orders-db --secret password=@{}", wrong.display()),
    )
    .run()
    .ok();
    conn(&env, "test orders-db")
        .run()
        .code(9)
        .stderr_has("authentication: The source rejected the credentials");
}
