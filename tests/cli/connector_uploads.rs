//! `rime connectors upload`: a 50 MiB file streamed with flat client memory, retried after a lost answer exactly once.

use std::io::{BufWriter, Read, Write};
use std::process::Stdio;
use std::time::Duration;

use serde_json::json;

use crate::common::{Cmd, Env, Out};
use crate::connectors::{audit_text, conn, env};

const UPLOAD: &str = "/api/v1/projects/{project_id}/connectors/{connector_id}/upload";

/// Writes a CSV of about `bytes` bytes (id, region, day, amount, active) and returns its rows.
fn write_csv(path: &std::path::Path, bytes: u64) -> u64 {
    let mut w = BufWriter::new(std::fs::File::create(path).unwrap());
    w.write_all(b"id,region,day,amount,active\n").unwrap();
    let (mut written, mut rows) = (0u64, 0u64);
    let regions = ["Auckland", "Wellington", "Canterbury", "Otago"];
    while written < bytes {
        let line = format!(
            "{rows},{},2026-{:02}-{:02},{}.{:02},{}\n",
            regions[(rows % 4) as usize],
            rows % 12 + 1,
            rows % 28 + 1,
            rows % 9973,
            rows % 100,
            if rows % 3 == 0 { "yes" } else { "no" }
        );
        w.write_all(line.as_bytes()).unwrap();
        written += line.len() as u64;
        rows += 1;
    }
    w.flush().unwrap();
    rows
}

/// Runs the command while polling its peak resident memory (VmHWM, KiB) from /proc.
#[cfg(target_os = "linux")]
fn run_measuring_peak(cmd: Cmd) -> (Out, u64) {
    let mut child = cmd
        .command()
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rime runs");
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = so.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = se.read_to_string(&mut s);
        s
    });
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    let status = loop {
        if let Ok(text) = std::fs::read_to_string(&status_file)
            && let Some(kib) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = peak.max(kib);
        }
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let out = Out {
        command: String::new(),
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
        code: status.code().unwrap_or(-1),
    };
    (out, peak)
}

fn file_connector(env: &Env, name: &str) -> serde_json::Value {
    conn(
        env,
        format!("create --type file --name {name} --config format=csv -o json"),
    )
    .run()
    .ok()
    .json()
}

// Memory is read from /proc: Linux only.
#[cfg(target_os = "linux")]
#[test]
fn a_50_mib_upload_streams_with_flat_memory_and_a_lost_answer_uploads_once() {
    let env = env();
    let c = file_connector(&env, "sales");
    let path = env.dir.path().join("sales-2026.csv");
    let rows = write_csv(&path, 50 * 1024 * 1024);
    let size = std::fs::metadata(&path).unwrap().len();
    // The first answer is lost after the server stored the upload: the retry must replay it.
    env.control(
        "POST",
        "/faults/script",
        json!([{"fault": "drop_after", "method": "POST", "path_prefix": format!("/api/v1/projects/{}/connectors/{}/upload", env.demo(), c["id"].as_str().unwrap())}]),
    );
    let (out, peak_kib) = run_measuring_peak(conn(
        &env,
        format!("upload sales {} -o json", path.display()),
    ));
    let out = out.ok();
    assert!(
        peak_kib > 0 && peak_kib < 32 * 1024,
        "the client's peak RSS was {peak_kib} KiB for a {size}-byte file"
    );
    let upload = out.json();
    assert_eq!(
        (
            upload["rows_detected"].as_u64(),
            upload["size_bytes"].as_u64()
        ),
        (Some(rows), Some(size))
    );
    assert_eq!(
        upload["columns"],
        json!([{"name": "id", "inferred_type": "NUMBER"}, {"name": "region", "inferred_type": "VARCHAR"},
               {"name": "day", "inferred_type": "DATE"}, {"name": "amount", "inferred_type": "FLOAT"},
               {"name": "active", "inferred_type": "BOOLEAN"}])
    );
    out.stderr_has("retrying");
    out.stderr_has("uploaded sales-2026.csv to connector `sales` (con_");
    let posts = env.requests("POST", UPLOAD);
    assert_eq!(posts.len(), 2, "one attempt and one retry");
    assert_eq!(
        posts[0].header("idempotency-key"),
        posts[1].header("idempotency-key")
    );
    assert_eq!(
        posts[0].header("content-type"),
        posts[1].header("content-type"),
        "the same boundary"
    );
    assert_eq!(posts[0].body_len, posts[1].body_len);
    assert!(
        posts[1].replayed,
        "the retry was answered from the idempotency store"
    );
    assert_eq!(
        audit_text(&env).matches("connector.file_uploaded").count(),
        1,
        "stored exactly once"
    );
    let schema = conn(&env, "schema show sales").run().ok();
    schema.stdout_has(format!("sales_2026\ttrue\t5\t\t{rows}\n"));
}

#[test]
fn upload_prints_the_detected_columns() {
    let env = env();
    file_connector(&env, "targets");
    let path = env.dir.path().join("targets.csv");
    std::fs::write(
        &path,
        "store,month,target\n1,2026-12-01,1500.5\n2,2026-12-01,900\n",
    )
    .unwrap();
    let out = conn(&env, format!("upload targets {}", path.display()))
        .run()
        .ok();
    assert_eq!(
        out.stdout,
        "COLUMN\tINFERRED TYPE\nstore\tNUMBER\nmonth\tDATE\ntarget\tFLOAT\n"
    );
    // Small sizes and times read as they are, not `0.0 MiB in 0.0s`.
    let bytes = std::fs::metadata(&path).unwrap().len();
    out.stderr_has(format!(
        "uploading targets.csv ({bytes} B) to connector `targets`"
    ));
    out.stderr_has(format!(": 2 rows, 3 columns ({bytes} B in "));
    out.stderr_lacks("0.0 MiB").stderr_lacks("in 0.0s");
    let post = env.requests("POST", UPLOAD).pop().unwrap();
    assert!(
        post.header("content-type")
            .unwrap()
            .starts_with("multipart/form-data; boundary=rime-upload-")
    );
    let json = env.dir.path().join("events.json");
    std::fs::write(&json, "[{\"a\": 1}, 2]").unwrap();
    conn(
        &env,
        "create --type file --name events --config format=json",
    )
    .run()
    .ok();
    let out = conn(&env, format!("upload events {}", json.display()))
        .run()
        .code(7);
    out.stderr_has("  - file: record 2 is not a JSON object");
}

#[test]
fn uploads_are_checked_before_a_byte_is_sent() {
    let env = env();
    file_connector(&env, "files");
    let big = env.dir.path().join("big.csv");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(100 * 1024 * 1024 + 1)
        .unwrap();
    conn(&env, format!("upload files {}", big.display()))
        .run()
        .code(2)
        .stderr_has("the upload limit is 100 MiB");
    conn(&env, "upload files /no/such.csv")
        .run()
        .code(2)
        .stderr_has("/no/such.csv");
    conn(&env, format!("upload files {}", env.dir.path().display()))
        .run()
        .code(2)
        .stderr_has("not a regular file");
    let small = env.dir.path().join("s.csv");
    std::fs::write(&small, "a\n1\n").unwrap();
    conn(&env, format!("upload orders-db {}", small.display()))
        .run()
        .code(2)
        .stderr_has("only file connectors take uploads");
    conn(&env, format!("upload nope {}", small.display()))
        .run()
        .code(5);
    assert!(env.requests("POST", UPLOAD).is_empty());
}
