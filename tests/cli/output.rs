//! Output formats parsed back, `--fields`, `--jq` over many pages, streaming, resume cursors, terminal safety.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::Env;

fn many_projects(env: &Env, n: usize) {
    env.control("PUT", "/tenant", json!({"tier": "business_critical"}));
    env.control("POST", "/bulk", json!({"kind": "project", "count": n}));
}

#[test]
fn every_format_parses_back() {
    let env = Env::new();
    let json = env.rime("projects list -o json").run().ok().json();
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert_eq!(json[0]["name"], "demo");

    let nd = env.rime("projects list -o ndjson").run().ok().ndjson();
    assert_eq!(nd.len(), 2);
    assert_eq!(nd[1]["identifier"], "staging");

    let yaml = env.rime("projects list -o yaml").run().ok().stdout;
    let parsed: Value = serde_saphyr::from_str(&yaml).expect("valid YAML");
    assert_eq!(parsed[0]["settings"]["aws"]["region"], "ap-southeast-2");

    let csv = env.rime("projects list -o csv").run().ok().stdout;
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("NAME,IDENTIFIER,DESCRIPTION,CREATED,ID"));
    assert!(lines.next().unwrap().starts_with("demo,demo,"));

    let tsv = env.rime("projects list").run().ok().stdout;
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        rows[0],
        ["NAME", "IDENTIFIER", "DESCRIPTION", "CREATED", "ID"]
    );
    assert_eq!(rows[2][0], "staging");
    let bare = env.rime("projects list --no-header").run().ok().stdout;
    assert!(bare.starts_with("demo\t"), "{bare}");

    let one = env.rime("projects get demo -o yaml").run().ok().stdout;
    let v: Value = serde_saphyr::from_str(&one).unwrap();
    assert_eq!(v["identifier"], "demo");
}

#[test]
fn fields_choose_columns_and_project_json() {
    let env = Env::new();
    let out = env
        .rime("projects list --fields identifier,settings.aws.region")
        .run()
        .ok();
    assert_eq!(
        out.stdout.lines().next(),
        Some("IDENTIFIER\tSETTINGS.AWS.REGION")
    );
    assert_eq!(out.stdout.lines().nth(1), Some("demo\tap-southeast-2"));
    let j = env
        .rime("projects list -o json --fields name,settings.aws.region")
        .run()
        .ok()
        .json();
    assert_eq!(
        j[0],
        json!({"name": "demo", "settings": {"aws": {"region": "ap-southeast-2"}}})
    );
    let out = env.rime("projects list --fields name,colour").run().code(2);
    out.stderr_has("colour").stderr_has("identifier");
}

#[test]
fn jq_sees_every_page_as_one_array() {
    let env = Env::new();
    many_projects(&env, 120);
    let out = env
        .rime("projects list --page-size 25 --jq length")
        .run()
        .ok();
    assert_eq!(out.stdout.trim(), "122");
    assert_eq!(env.requests("GET", "/api/v1/projects").len(), 5);
    let out = env
        .rime(r#"projects list --jq '[.[] | select(.identifier | startswith("bulk-00011"))] | map(.name) | sort | first'"#)
        .run()
        .ok();
    assert_eq!(out.stdout.trim(), "bulk-project-000110");
}

#[test]
fn jq_prints_strings_raw_under_every_format() {
    let env = Env::new();
    let id = env.rime("projects get demo --jq .id").run().ok().stdout;
    let id = id.trim().to_string();
    assert!(id.starts_with("prj_"), "{id}");
    for format in ["table", "wide", "json", "ndjson", "yaml", "csv"] {
        // By flag and by environment alike: `R=$(… --jq .id)` is the bare id.
        let by_flag = env
            .rime(format!("projects list -o {format} --jq '.[0].id'"))
            .run()
            .ok();
        assert_eq!(by_flag.stdout, format!("{id}\n"), "-o {format}");
        let by_env = env
            .rime("projects list --jq '.[0].id'")
            .env("RIME_OUTPUT", format)
            .run()
            .ok();
        assert_eq!(by_env.stdout, format!("{id}\n"), "RIME_OUTPUT={format}");
    }
    // Objects still follow the format.
    let out = env
        .rime("projects list -o json --jq '.[0] | {id}'")
        .run()
        .ok();
    assert_eq!(out.json(), json!({"id": id}));
    let out = env
        .rime("projects list -o ndjson --jq '.[] | .name, {n: .name}'")
        .run()
        .ok();
    assert_eq!(
        out.stdout,
        "demo\n{\"n\":\"demo\"}\nstaging\n{\"n\":\"staging\"}\n"
    );
}

#[test]
fn max_items_prints_a_cursor_that_resumes_exactly() {
    let env = Env::new();
    many_projects(&env, 8);
    let first = env
        .rime("projects list -o ndjson --max-items 4 --page-size 3")
        .run()
        .ok();
    let got: Vec<String> = first
        .ndjson()
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(got.len(), 4);
    let cursor = first
        .stderr
        .split("--cursor ")
        .nth(1)
        .and_then(|s| s.split('`').next())
        .expect("resume cursor printed")
        .to_string();
    let rest = env
        .rime(format!("projects list -o ndjson --cursor {cursor}"))
        .run()
        .ok();
    let more: Vec<String> = rest
        .ndjson()
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(more.len(), 6);
    assert!(more.iter().all(|id| !got.contains(id)), "no item twice");
    // a complete walk prints no cursor
    rest.stderr_lacks("--cursor");
}

#[test]
fn ten_thousand_items_stream_as_they_arrive() {
    let env = Env::new();
    many_projects(&env, 10_000);
    // Slow pages down so the first items must appear long before the walk ends.
    env.control(
        "PUT",
        "/faults",
        json!({"latency_ms": 30, "methods": ["GET"]}),
    );
    let mut child = env
        .rime("projects list -o ndjson")
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let first_at = started.elapsed();
    assert!(serde_json::from_str::<Value>(&line).is_ok());
    assert!(
        child.try_wait().unwrap().is_none(),
        "first item arrived while later pages were still being fetched"
    );
    let rest = reader.lines().count();
    assert!(child.wait().unwrap().success());
    assert_eq!(rest + 1, 10_002);
    assert!(
        started.elapsed() > first_at + Duration::from_millis(30 * 50),
        "101 pages at 30 ms each"
    );
}

#[test]
fn escape_sequences_from_the_server_are_inert_in_tables() {
    let env = Env::new();
    let evil = "red\x1b[31m\u{202e}evil\rname";
    env.rime("api POST /projects -f")
        .arg(format!("name={evil}"))
        .args("-f identifier=evil")
        .run()
        .ok();
    let table = env.rime("projects list").run().ok().stdout;
    assert!(
        !table.contains('\x1b') && !table.contains('\u{202e}') && !table.contains('\r'),
        "{table:?}"
    );
    assert!(
        table.contains("red\\x1b[31m\\u{202e}evil\\rname"),
        "{table:?}"
    );
    // JSON keeps the exact data.
    let j = env.rime("projects get evil -o json").run().ok().json();
    assert_eq!(j["name"], evil);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = Env::new();
    many_projects(&env, 300);
    let mut child = env
        .rime("projects list -o ndjson --page-size 10")
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    drop(reader);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stderr).is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        env.requests("GET", "/api/v1/projects").len() < 30,
        "stopped fetching after the pipe closed"
    );
}
