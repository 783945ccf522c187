//! Section 5: simulated runs on the sandbox clock (progress, failures, cancel, schedules, skips) and uploads.

use std::io::{Read, Write};

use serde_json::{Value, json};

use crate::connectors::{base, create, pg};
use crate::support::*;

fn path(env: &Env, c: &Value, rest: &str) -> String {
    format!("{}/{}{rest}", base(env), c["id"].as_str().unwrap())
}

fn multipart(filename: &str, content: &[u8]) -> (String, Vec<u8>) {
    let boundary = "rime-test-boundary-7MA4YWxk";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn upload(env: &Env, c: &Value, filename: &str, content: &[u8], headers: &[(&str, &str)]) -> Resp {
    let (ct, body) = multipart(filename, content);
    env.admin()
        .raw("POST", &path(env, c, "/upload"), Some((&ct, body)), headers)
}

/// A file connector whose one table has `rows` rows (so a run lasts 10 + rows/2000 seconds).
fn file_connector(env: &Env, name: &str, rows: usize, schedule: Value) -> Value {
    let c = create(
        env,
        json!({"name": name, "type": "file", "config": {"format": "csv"}, "schedule": schedule}),
    );
    let csv = format!("n\n{}", "1\n".repeat(rows));
    expect(
        &upload(env, &c, &format!("{name}.csv"), csv.as_bytes(), &[]),
        201,
    );
    c
}

fn statuses(r: &Resp) -> Vec<String> {
    r.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["status"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_sync_walks_its_tables_on_the_clock() {
    let env = Env::start();
    let c = create(&env, pg("orders"));
    let r = env.admin().raw("POST", &path(&env, &c, "/sync"), None, &[]);
    expect(&r, 202);
    let run = r.json.clone();
    assert_eq!(
        (run["status"].as_str(), run["trigger"].as_str()),
        (Some("running"), Some("manual"))
    );
    assert_eq!(run["tables"].as_array().unwrap().len(), 6);
    assert!(
        run["tables"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["rows_extracted"] == 0 && t["status"] == "running")
    );
    expect_error(
        &env.admin().post(&path(&env, &c, "/sync"), json!({})),
        409,
        "conflict",
    );
    let run_path = path(&env, &c, &format!("/runs/{}", run["id"].as_str().unwrap()));

    env.sb.advance(10);
    let mid = env.admin().get(&run_path).json;
    for t in mid["tables"].as_array().unwrap() {
        let total = t["rows_total"].as_u64().unwrap();
        let secs = 10 + total.div_ceil(2000);
        assert_eq!(
            t["rows_extracted"].as_u64().unwrap(),
            total * 10 / secs,
            "linear growth"
        );
    }
    assert_eq!(mid["duration_seconds"], 10);
    let live = env.admin().get(&path(&env, &c, "")).json;
    assert_eq!(live["last_run"]["total_rows"], mid["total_rows"]);

    env.sb.advance(300);
    let done = env.admin().get(&run_path).json;
    assert_eq!(done["status"], "completed");
    let longest = done["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| 10 + t["rows_total"].as_u64().unwrap().div_ceil(2000))
        .max()
        .unwrap();
    assert_eq!(done["duration_seconds"].as_u64(), Some(longest));
    let total: u64 = done["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["rows_total"].as_u64().unwrap())
        .sum();
    assert_eq!(
        (
            done["total_rows"].as_u64(),
            done["tables_succeeded"].as_u64()
        ),
        (Some(total), Some(6))
    );
    let connector = env.admin().get(&path(&env, &c, "")).json;
    assert_eq!(
        (
            connector["status"].as_str(),
            connector["last_run"]["status"].as_str()
        ),
        (Some("active"), Some("completed"))
    );
}

#[test]
fn broken_tables_and_unreachable_hosts_fail_runs() {
    let env = Env::start();
    let api = |name: &str, tables: &[&str]| {
        let endpoints: Vec<Value> = tables
            .iter()
            .map(|t| json!({"path": format!("/{t}"), "table": t}))
            .collect();
        create(
            &env,
            json!({"name": name, "type": "rest_api", "config": {"base_url": "https://api.example.com",
            "auth": {"method": "bearer", "token": "tk"}, "endpoints": endpoints}}),
        )
    };
    let partly = api("partly", &["users", "broken_feed"]);
    let wholly = api("wholly", &["broken_a", "broken_b"]);
    let mut down = pg("down");
    down["config"]["host"] = json!("unreachable.db.internal");
    let down = create(&env, down);
    for c in [&partly, &wholly, &down] {
        expect(&env.admin().post(&path(&env, c, "/sync"), json!({})), 202);
    }
    env.sb.advance(9);
    let early = env.admin().get(&path(&env, &down, "/runs")).json;
    assert_eq!(
        early["data"][0]["status"], "running",
        "the connection attempt takes 10 s"
    );
    env.sb.advance(300);
    let run = |c: &Value| env.admin().get(&path(&env, c, "/runs")).json["data"][0].clone();
    let p = run(&partly);
    assert_eq!(
        (
            p["status"].as_str(),
            p["tables_failed"].as_u64(),
            p["tables_succeeded"].as_u64()
        ),
        (Some("partially_failed"), Some(1), Some(1))
    );
    let broken = p["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "broken_feed")
        .unwrap();
    assert!(broken["error"].as_str().unwrap().contains("broken"));
    let rows = broken["rows_total"].as_u64().unwrap();
    let secs = 10 + rows.div_ceil(2000);
    assert_eq!(
        broken["rows_extracted"].as_u64().unwrap(),
        rows * (secs / 2) / secs,
        "fails half-way"
    );
    assert_eq!(run(&wholly)["status"], "failed");
    let d = run(&down);
    assert_eq!(
        (d["status"].as_str(), d["duration_seconds"].as_u64()),
        (Some("failed"), Some(10))
    );
    assert!(
        d["error"]
            .as_str()
            .unwrap()
            .contains("unreachable.db.internal")
    );
    assert!(
        d["tables"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["status"] == "failed" && t["rows_extracted"] == 0)
    );
    let errors = env
        .admin()
        .get(&format!("{}?status=error&limit=100", base(&env)))
        .json;
    let names: Vec<&str> = errors["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["legacy-erp", "weather-api", "partly", "wholly", "down"]
    );
}

#[test]
fn a_running_run_can_be_cancelled_once() {
    let env = Env::start();
    let c = create(&env, pg("orders"));
    let run = env.admin().post(&path(&env, &c, "/sync"), json!({})).json;
    env.sb.advance(5);
    let cancel = path(
        &env,
        &c,
        &format!("/runs/{}/cancel", run["id"].as_str().unwrap()),
    );
    let r = env.admin().post(&cancel, json!({}));
    expect(&r, 200);
    assert_eq!(
        (r.json["status"].as_str(), r.json["ended_at"].as_str()),
        (Some("cancelled"), Some("2026-11-28T09:00:05Z"))
    );
    assert!(
        r.json["tables"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["status"] == "failed"
                && t["error"] == "Cancelled before this table finished.")
    );
    expect_error(&env.admin().post(&cancel, json!({})), 409, "conflict");
    env.sb.advance(600);
    let again = env.admin().get(&path(
        &env,
        &c,
        &format!("/runs/{}", run["id"].as_str().unwrap()),
    ));
    assert_eq!(again.json, r.json, "a cancelled run stays as it was");
    let connector = env.admin().get(&path(&env, &c, "")).json;
    assert_eq!(
        (
            connector["status"].as_str(),
            connector["last_run"]["status"].as_str()
        ),
        (Some("active"), Some("cancelled"))
    );
    expect(&env.admin().post(&path(&env, &c, "/sync"), json!({})), 202);
    expect_error(
        &env.admin().get(&path(&env, &c, "/runs/run_nope")),
        404,
        "resource_not_found",
    );
}

#[test]
fn scheduled_runs_come_due_lazily_and_overlaps_are_skipped() {
    let env = Env::start();
    // 300,000 rows take 160 s: the 09:01 run is still going at 09:02 and 09:03.
    let c = file_connector(
        &env,
        "slow",
        300_000,
        json!({"cron": "* * * * *", "timezone": "UTC"}),
    );
    assert_eq!(c["next_run_at"], "2026-11-28T09:01:00Z");
    env.sb.advance(270);
    let r = env.admin().get(&path(&env, &c, "/runs"));
    assert_eq!(statuses(&r), ["running", "skipped", "skipped", "completed"]);
    let starts: Vec<&str> = r.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["started_at"].as_str().unwrap())
        .collect();
    assert_eq!(
        starts,
        [
            "2026-11-28T09:04:00Z",
            "2026-11-28T09:03:00Z",
            "2026-11-28T09:02:00Z",
            "2026-11-28T09:01:00Z"
        ]
    );
    assert!(
        r.json["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["trigger"] == "scheduled")
    );
    let connector = env.admin().get(&path(&env, &c, "")).json;
    assert_eq!(connector["next_run_at"], "2026-11-28T09:05:00Z");
    assert_eq!(connector["last_run"]["started_at"], "2026-11-28T09:04:00Z");
    // A manual sync while the scheduled one runs is refused.
    expect_error(
        &env.admin().post(&path(&env, &c, "/sync"), json!({})),
        409,
        "conflict",
    );
}

#[test]
fn a_long_absence_materialises_only_the_latest_firings() {
    let env = Env::start();
    let c = file_connector(
        &env,
        "quick",
        10,
        json!({"cron": "* * * * *", "timezone": "UTC"}),
    );
    env.sb.advance(3 * 3600);
    let r = env.admin().get(&path(&env, &c, "/runs?limit=100"));
    let data = r.json["data"].as_array().unwrap();
    assert_eq!(data.len(), 25);
    assert_eq!(data[0]["started_at"], "2026-11-28T12:00:00Z");
    assert_eq!(data[24]["started_at"], "2026-11-28T11:36:00Z");
    assert_eq!(data[1]["status"], "completed");
    let connector = env.admin().get(&path(&env, &c, "")).json;
    assert_eq!(connector["next_run_at"], "2026-11-28T12:01:00Z");
}

#[test]
fn run_history_pages_and_filters() {
    let env = Env::start();
    let list = env.admin().get(&format!("{}?limit=100", base(&env))).json;
    let orders = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "orders-db")
        .unwrap()
        .clone();
    assert_eq!(orders["last_run"]["started_at"], "2026-11-28T08:30:00Z");
    assert_eq!(orders["next_run_at"], "2026-11-28T09:30:00Z");
    let first = env.admin().get(&path(&env, &orders, "/runs?limit=100"));
    assert_eq!(
        (
            first.json["data"].as_array().unwrap().len(),
            first.json["has_more"].as_bool()
        ),
        (100, Some(true))
    );
    let cursor = first.json["next_cursor"].as_str().unwrap();
    let second = env.admin().get(&path(
        &env,
        &orders,
        &format!("/runs?limit=100&cursor={cursor}"),
    ));
    assert_eq!(
        (
            second.json["data"].as_array().unwrap().len(),
            second.json["has_more"].as_bool()
        ),
        (50, Some(false))
    );
    assert_eq!(
        second.json["data"][49]["started_at"], "2026-11-22T03:30:00Z",
        "oldest last"
    );
    let since = env.admin().get(&path(
        &env,
        &orders,
        "/runs?since=2026-11-28T06:00:00%2B00:00",
    ));
    assert_eq!(since.json["data"].as_array().unwrap().len(), 3);
    let weather = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "weather-api")
        .unwrap()
        .clone();
    let partial = env
        .admin()
        .get(&path(&env, &weather, "/runs?status=partially_failed"));
    assert!(
        statuses(&partial).iter().all(|s| s == "partially_failed")
            && !statuses(&partial).is_empty()
    );
    let bad = env.admin().get(&path(
        &env,
        &orders,
        "/runs?status=great&since=yesterday&limit=0",
    ));
    expect_error(&bad, 400, "validation_error");
    assert_eq!(bad.fields(), ["limit", "status", "since"]);
    let bad = env
        .admin()
        .get(&path(&env, &orders, "/runs?status=great&since=yesterday"));
    assert_eq!(bad.fields(), ["status", "since"]);
}

#[test]
fn uploads_are_sniffed_and_become_tables() {
    let env = Env::start();
    let c = create(
        &env,
        json!({"name": "targets", "type": "file", "config": {"format": "csv", "null_values": ["NA"]}}),
    );
    let csv = b"store_id,region,month,target,open\n1,Auckland,2026-12-01,1500.50,yes\n2,NA,2026-12-01,900,no\n";
    let r = upload(&env, &c, "Store Targets.csv", csv, &[]);
    expect(&r, 201);
    assert_eq!(
        (
            r.json["rows_detected"].as_u64(),
            r.json["size_bytes"].as_u64()
        ),
        (Some(2), Some(csv.len() as u64))
    );
    assert_eq!(
        r.json["columns"],
        json!([{"name": "store_id", "inferred_type": "NUMBER"}, {"name": "region", "inferred_type": "VARCHAR"},
               {"name": "month", "inferred_type": "DATE"}, {"name": "target", "inferred_type": "FLOAT"},
               {"name": "open", "inferred_type": "BOOLEAN"}])
    );
    let schema = env.admin().get(&path(&env, &c, "/schema")).json;
    assert_eq!(schema["tables"][0]["name"], "store_targets");
    assert_eq!(schema["tables"][0]["row_count"], 2);
    let run = env.admin().post(&path(&env, &c, "/sync"), json!({})).json;
    assert_eq!(run["tables"][0]["rows_total"], 2);

    let json_file = create(
        &env,
        json!({"name": "events", "type": "file", "config": {"format": "json"}}),
    );
    let bad = upload(&env, &json_file, "e.json", b"[{\"a\": 1}, 2]", &[]);
    expect_error(&bad, 422, "unprocessable_entity");
    assert_eq!(bad.fields(), ["file"]);
    let db = create(&env, pg("db"));
    expect_error(
        &upload(&env, &db, "x.csv", b"a\n1\n", &[]),
        422,
        "unprocessable_entity",
    );
    let r = env.admin().raw(
        "POST",
        &path(&env, &c, "/upload"),
        Some(("text/csv", b"a\n1\n".to_vec())),
        &[],
    );
    expect_error(&r, 415, "unsupported_media_type");
    let (ct, _) = multipart("x", b"");
    let empty = format!("--{}--\r\n", ct.split("boundary=").nth(1).unwrap()).into_bytes();
    let r = env
        .admin()
        .raw("POST", &path(&env, &c, "/upload"), Some((&ct, empty)), &[]);
    assert_eq!(r.fields(), ["file"]);
}

#[test]
fn a_large_keyed_upload_is_spooled_and_replayed_not_repeated() {
    let env = Env::start();
    let c = create(
        &env,
        json!({"name": "big", "type": "file", "config": {"format": "csv"}}),
    );
    // Over 1 MiB, so the idempotency layer spools it to disk rather than memory.
    let csv = format!(
        "id,label\n{}",
        (0..120_000)
            .map(|i| format!("{i},row\n"))
            .collect::<String>()
    );
    let key = [("Idempotency-Key", "upload-once-1")];
    let first = upload(&env, &c, "big.csv", csv.as_bytes(), &key);
    expect(&first, 201);
    assert_eq!(first.json["rows_detected"], 120_000);
    let again = upload(&env, &c, "big.csv", csv.as_bytes(), &key);
    expect(&again, 201);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.json, first.json);
    let other = upload(&env, &c, "big.csv", b"id\n1\n", &key);
    expect_error(&other, 422, "unprocessable_entity");
    let audit = env
        .admin()
        .get("/audit-log?action=connector.file_uploaded")
        .json;
    assert_eq!(
        audit["data"].as_array().unwrap().len(),
        1,
        "the handler ran once"
    );
}

/// Sends only the head of a request that claims a huge body, and reads the answer.
fn declare_huge_upload(env: &Env, c: &Value, idempotency_key: Option<&str>) -> (u16, Value) {
    let token = env.admin().token.unwrap();
    let mut s = std::net::TcpStream::connect(env.addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .unwrap();
    let key = idempotency_key
        .map(|k| format!("Idempotency-Key: {k}\r\n"))
        .unwrap_or_default();
    write!(
        s,
        "POST /api/v1{} HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {token}\r\n{key}Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 209715200\r\nConnection: close\r\n\r\n--b\r\n",
        path(env, c, "/upload"),
        env.addr
    )
    .unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).to_string();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split("\r\n\r\n")
        .nth(1)
        .and_then(|b| serde_json::from_str(b).ok())
        .unwrap_or(Value::Null);
    (status, body)
}

#[test]
fn more_than_100_mib_is_refused_with_413_before_reading() {
    let env = Env::start();
    let c = create(
        &env,
        json!({"name": "big", "type": "file", "config": {"format": "csv"}}),
    );
    for key in [None, Some("huge-1")] {
        let (status, body) = declare_huge_upload(&env, &c, key);
        assert_eq!(status, 413, "{body}");
        assert_eq!(body["error"]["code"], "payload_too_large");
    }
}
