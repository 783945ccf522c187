//! The chaos scenario: what a CI job does — an API key login, 20 connectors, a pipeline, syncs,
//! full listings, runs followed to the end, an `apply` of files (then again, and an export),
//! then clean-up — run once undisturbed and once with every fault on at once; both must end in
//! exactly the same state, with every retry on stderr.
//!
//! Decision: an API key belongs to one existing project and may not create projects, so the job
//! is split as a real team would: an admin session creates the project and the job's editor key
//! (and deletes the project at the end); everything between runs as CI, logged in with that key
//! through `rime auth login --with-token`. Faults are on for all of it, admin steps included.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::process::{Child, Stdio};
use std::time::Instant;

use serde_json::{Value, json};

use crate::common::{Argv, Cmd, Env, Out};
use crate::pipelines::{EVENTS, drive};

const CONNECTORS: usize = 20;
/// Transformations in the job's files, beside their channels, policy and rule.
const TRANSFORMATIONS: usize = 12;

/// The project as code the job applies: a directory of two files, references by name, secrets
/// from the environment.
fn as_code_files(env: &Env) -> std::path::PathBuf {
    let dir = env.dir.path().join("as-code");
    std::fs::create_dir_all(&dir).unwrap();
    let monitoring = r##"kind: notification_channel
name: ci-hook
type: webhook
config:
  url: https://hooks.example/ci
  secret: ${env:CI_HOOK_SECRET}
---
kind: notification_channel
name: ci-slack
type: slack
config:
  channel: "#ci"
  webhook_url: ${env:CI_SLACK_WEBHOOK_URL}
---
kind: escalation_policy
name: ci-escalation
steps:
- channel: ci-hook
  wait_minutes: 0
- channel: ci-slack
  wait_minutes: 5
---
kind: alert_rule
name: ci pipeline failed
resource_type: pipeline
metric: status
operator: ne
threshold: succeeded
severity: critical
channels: [ci-slack]
escalation_policy: ci-escalation
"##;
    std::fs::write(dir.join("monitoring.yaml"), monitoring).unwrap();
    let models: String = (0..TRANSFORMATIONS)
        .map(|i| format!("---\nkind: transformation\nname: ci_model_{i:02}\nmethodology: kimball\ndescription: model {i}\n"))
        .collect();
    std::fs::write(dir.join("transformations.yaml"), models).unwrap();
    dir
}

/// `rime apply` (or diff, export) as the job runs it: the key's project, secrets from the environment.
fn as_code(env: &Env, args: impl Argv) -> Cmd {
    ci(env, args)
        .env("CI_HOOK_SECRET", "hook-secret-chaos")
        .env("CI_SLACK_WEBHOOK_URL", "https://hooks.slack.example/ci")
}

/// The line of stderr that starts with `prefix` (the summary among retry lines).
fn line_of(out: &Out, prefix: &str) -> Value {
    json!(out.stderr.lines().find(|l| l.starts_with(prefix)))
}

/// Every fault at once: 20% 429 (Retry-After 1), 10% 5xx, 5% dropped before and 5% after the
/// handler, 50 ms jitter, event streams cut every 5 frames.
fn all_faults() -> Value {
    json!({
        "rate_429": 0.20, "retry_after_seconds": 1,
        "rate_500": 0.04, "rate_502": 0.03, "rate_503": 0.03,
        "drop_before": 0.05, "drop_after": 0.05,
        "jitter_ms": 50,
        "ws_drop_after_frames": 5
    })
}

/// One step of the job: what it printed and how it ended.
struct Step {
    label: String,
    out: Out,
}

#[derive(Default)]
struct Transcript {
    steps: Vec<Step>,
    /// Per step, what must be the same with and without faults (names, statuses, counts).
    facts: BTreeMap<String, Value>,
}

impl Transcript {
    fn record(&mut self, label: impl Into<String>, out: Out) -> &Out {
        self.steps.push(Step {
            label: label.into(),
            out,
        });
        &self.steps.last().expect("pushed").out
    }

    fn fact(&mut self, label: &str, v: Value) {
        assert!(
            self.facts.insert(label.to_string(), v).is_none(),
            "fact {label} twice"
        );
    }

    fn codes(&self) -> Vec<(String, i32)> {
        self.steps
            .iter()
            .map(|s| (s.label.clone(), s.out.code))
            .collect()
    }

    fn count(&self, needle: &str) -> usize {
        self.steps
            .iter()
            .map(|s| s.out.stderr.matches(needle).count())
            .sum()
    }
}

fn spawn(cmd: Cmd, stdin: Option<&str>) -> Child {
    let mut child = cmd
        .command()
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rime runs");
    if let Some(data) = stdin {
        child
            .stdin
            .take()
            .expect("piped")
            .write_all(data.as_bytes())
            .expect("stdin written");
    }
    child
}

fn finish(child: Child) -> Out {
    let out = child.wait_with_output().expect("rime finishes");
    Out {
        command: String::new(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Runs commands side by side, as `xargs -P` in a CI job would.
fn parallel(cmds: Vec<(Cmd, Option<String>)>) -> Vec<Out> {
    let children: Vec<Child> = cmds
        .into_iter()
        .map(|(c, stdin)| spawn(c, stdin.as_deref()))
        .collect();
    children.into_iter().map(finish).collect()
}

fn ci(env: &Env, args: impl Argv) -> Cmd {
    env.rime("--profile ci").args(args)
}

fn ndjson(out: &Out) -> Vec<Value> {
    out.ndjson()
}

/// The ids of a listing, checked: none repeated.
#[track_caller]
fn unique_ids(items: &[Value], what: &str) -> BTreeSet<String> {
    let ids: Vec<String> = items
        .iter()
        .map(|i| i["id"].as_str().expect("an id").to_string())
        .collect();
    let set: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(set.len(), ids.len(), "{what}: an item was listed twice");
    set
}

/// The CI job. Returns its transcript; asserts what must hold in any run as it goes.
fn ci_job(env: &Env) -> Transcript {
    let mut t = Transcript::default();

    // Admin: the project and the job's key.
    let out = t.record(
        "projects create",
        env.rime("projects create --name chaos-ci --identifier chaos-ci -o json")
            .run(),
    );
    let project = out.json()["id"].as_str().expect("project id").to_string();
    let out = t.record(
        "api-keys create",
        env.rime("api-keys create ci-job --role editor -p chaos-ci -o json")
            .run(),
    );
    let key = out.json()["secret"].as_str().expect("secret").to_string();

    // CI: log in with the key (from stdin, never argv).
    let out = t.record(
        "auth login --with-token",
        ci(env, "auth login --with-token").stdin(&key).run(),
    );
    out.stderr_has("logged in");

    // 20 connectors, side by side; the password of each from stdin.
    let outs = parallel(
        (0..CONNECTORS)
            .map(|i| {
                let name = format!("src-{i:02}");
                let cmd = ci(
                    env,
                    format!("conn create --type postgresql --name {name} --config host=db.internal --config port=5432 --config database=shop --config username=rime --secret password=- -o json"),
                );
                (cmd, Some(format!("pw-chaos-{i:02}\n")))
            })
            .collect(),
    );
    let mut connectors = BTreeMap::new();
    for (i, out) in outs.into_iter().enumerate() {
        let o = t.record(format!("conn create src-{i:02}"), out);
        if o.code == 0 {
            let c = o.json();
            connectors.insert(
                c["name"].as_str().unwrap().to_string(),
                c["id"].as_str().unwrap().to_string(),
            );
        }
    }
    // Expected failures keep their exit codes under faults: a duplicate name, a bad port.
    t.record(
        "conn create duplicate",
        ci(
            env,
            "conn create --type postgresql --name src-00 --config host=db.internal --config port=5432 --config database=shop --config username=rime --secret password=-",
        )
        .stdin("pw\n")
        .run(),
    );
    t.record(
        "conn create invalid",
        ci(
            env,
            "conn create --type postgresql --name bad-port --config host=db.internal --config port=70000 --config database=shop --config username=rime --secret password=-",
        )
        .stdin("pw\n")
        .run(),
    );

    // A pipeline over three of them.
    let id = |n: &str| connectors.get(n).cloned().unwrap_or_default();
    let definition = format!(
        "name: chaos-pipeline\nsteps:\n  extract_a: {{type: extract, config: {{connector_id: {}}}}}\n  extract_b: {{type: extract, config: {{connector_id: {}}}}}\n  extract_c: {{type: extract, config: {{connector_id: {}}}}}\n  load: {{type: custom, depends_on: [extract_a, extract_b, extract_c], config: {{sql: select 1}}}}\n",
        id("src-00"),
        id("src-01"),
        id("src-02")
    );
    let file = env.dir.path().join("pipeline.yaml");
    std::fs::write(&file, definition).unwrap();
    let out = t.record(
        "pl create",
        ci(
            env,
            format!("pl create --from-file {} -o json", file.display()),
        )
        .run(),
    );
    let pipeline = out.json()["id"].as_str().unwrap_or_default().to_string();

    // Sync them all, side by side.
    let outs = parallel(
        connectors
            .values()
            .map(|cid| (ci(env, format!("conn sync {cid} -o json")), None))
            .collect(),
    );
    for (name, out) in connectors.keys().zip(outs) {
        t.record(format!("conn sync {name}"), out);
    }
    // Every sync ends (the longest table takes 135 simulated seconds).
    env.control("POST", "/clock", json!({"advance_seconds": 3600}));

    // Everything listed in full, in small pages: nothing missing, nothing twice.
    let out = t.record(
        "conn list",
        ci(env, "conn list --all -o ndjson --page-size 7").run(),
    );
    let listed = ndjson(out);
    let ids = unique_ids(&listed, "conn list");
    assert_eq!(
        ids,
        connectors.values().cloned().collect::<BTreeSet<_>>(),
        "conn list"
    );
    // Created side by side, so their order (by creation) varies: compare the set.
    let names: BTreeSet<String> = listed
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    t.fact("conn list", json!(names));
    let out = t.record("pl list", ci(env, "pl list --all -o ndjson").run());
    let pls = ndjson(out);
    unique_ids(&pls, "pl list");
    t.fact(
        "pl list",
        json!(pls.iter().map(|p| p["name"].clone()).collect::<Vec<_>>()),
    );
    let outs = parallel(
        connectors
            .values()
            .map(|cid| {
                (
                    ci(
                        env,
                        format!("conn runs list {cid} --all -o ndjson --page-size 1"),
                    ),
                    None,
                )
            })
            .collect(),
    );
    let mut runs = BTreeMap::new();
    for (name, out) in connectors.keys().zip(outs) {
        let o = t.record(format!("conn runs list {name}"), out);
        let items = ndjson(o);
        unique_ids(&items, "conn runs list");
        runs.insert(
            name.clone(),
            items
                .iter()
                .map(|r| json!([r["trigger"], r["status"]]))
                .collect::<Vec<_>>(),
        );
    }
    t.fact("conn runs", json!(runs));

    // The pipeline, run twice: polled to the end, then followed over the (cut) event stream.
    env.control("POST", "/clock", json!({"rate": 600}));
    let out = t.record(
        "pl run --wait",
        ci(env, format!("pl run {pipeline} --wait -o json")).run(),
    );
    let waited = out.json();
    t.fact(
        "pl run --wait",
        json!({"status": waited["status"], "steps": waited["steps"].as_array().map(|s| s.iter().map(|s| json!([s["key"], s["state"]])).collect::<Vec<_>>())}),
    );
    env.control("POST", "/clock", json!({"rate": 0}));
    // Followed live: the clock moves only once rime reached the event stream, two simulated
    // seconds per tick, so the stream has frames to deliver (and to lose) whatever the delays.
    let out = t.record(
        "pl run --watch",
        drive(
            env,
            ci(env, format!("pl run {pipeline} --watch -o ndjson")),
            2,
            &|| !env.requests("GET", EVENTS).is_empty(),
        ),
    );
    let frames = ndjson(out);
    let seqs: Vec<u64> = frames.iter().filter_map(|f| f["seq"].as_u64()).collect();
    assert!(
        seqs.windows(2).all(|w| w[0] < w[1]),
        "every frame once, in order: {seqs:?}"
    );
    // The run's end as the stream (or, after five failed reconnects in a row, polling) told it.
    let last = frames.last().cloned().unwrap_or(Value::Null);
    let ended = match last["type"].as_str() {
        Some("run_finished") => last["status"].clone(),
        _ => last["run"]["status"].clone(),
    };
    t.fact(
        "pl run --watch",
        json!({"first": frames.first().map(|f| f["type"].clone()), "ended": ended}),
    );
    let out = t.record(
        "pl runs list",
        ci(env, format!("pl runs list {pipeline} --all -o ndjson")).run(),
    );
    let pl_runs = ndjson(out);
    unique_ids(&pl_runs, "pl runs list");
    t.fact(
        "pl runs list",
        json!(
            pl_runs
                .iter()
                .map(|r| json!([r["trigger"], r["status"]]))
                .collect::<Vec<_>>()
        ),
    );

    // The project as code: applied, applied again (nothing to do), exported. Under faults the
    // creates are retried and replayed by their keys; the export must be byte for byte the same.
    let files = as_code_files(env);
    let out = t.record(
        "apply",
        as_code(env, format!("apply -f {}", files.display())).run(),
    );
    let summary = line_of(out, "applied: ");
    t.fact("apply", summary);
    let out = t.record(
        "apply again",
        as_code(env, format!("apply -f {}", files.display())).run(),
    );
    let again = line_of(out, "nothing to change: ");
    t.fact("apply again", again);
    let out = t.record(
        "export",
        as_code(env, "export --kind notification_channel --kind escalation_policy --kind alert_rule --kind transformation").run(),
    );
    let exported = out.stdout.clone();
    assert!(
        exported.contains("name: ci_model_11\n") && exported.contains("channel: ci-hook\n"),
        "{exported}"
    );
    t.fact("export", json!(exported));

    // Clean up what the job made.
    t.record(
        "pl delete",
        ci(env, format!("pl delete {pipeline} --yes")).run(),
    );
    let outs = parallel(
        connectors
            .values()
            .map(|cid| (ci(env, format!("conn delete {cid} --yes")), None))
            .collect(),
    );
    for (name, out) in connectors.keys().zip(outs) {
        t.record(format!("conn delete {name}"), out);
    }
    let out = t.record(
        "conn list after",
        ci(env, "conn list --all -o ndjson").run(),
    );
    let left = ndjson(out).len();
    t.fact("conn list after", json!(left));
    t.record("conn get deleted", ci(env, "conn get src-00").run());

    // Admin: the project goes, with the key.
    t.record(
        "projects delete",
        env.rime(format!("projects delete {project} --yes")).run(),
    );
    t
}

/// The server's state as an admin sees it with faults off: projects, and how many times each
/// action was audited (a POST run twice would show as one more entry).
fn server_state(env: &Env) -> Value {
    let projects = env.rime("projects list --all -o ndjson").run().ok();
    let names: BTreeSet<String> = projects
        .ndjson()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    let audit = env.rime("api GET /audit-log --paginate").run().ok().json();
    let mut actions: BTreeMap<String, u64> = BTreeMap::new();
    for e in audit.as_array().unwrap() {
        let action = e["action"].as_str().unwrap().to_string();
        // Token refreshes follow the admin token's expiry, not the job.
        if action.starts_with("auth.") {
            continue;
        }
        *actions
            .entry(format!("{action} {}", e["outcome"].as_str().unwrap()))
            .or_default() += 1;
    }
    json!({"projects": names, "audit": actions})
}

fn prepare() -> Env {
    let mut env = Env::new();
    // Enough retries that 40% faulty attempts never exhaust them (0.4^21 ≈ 4e-9 per request).
    env.vars.push(("RIME_MAX_RETRIES".into(), "20".into()));
    // The job's own profile, next to the admin's `test` profile.
    let cfg = env.config_dir().join("config.toml");
    let mut text = std::fs::read_to_string(&cfg).unwrap();
    text.push_str(&format!(
        "\n[profiles.ci]\napi_url = \"{}\"\ncredential_store = \"file\"\n",
        env.sb.base_url
    ));
    std::fs::write(&cfg, text).unwrap();
    // Twenty processes at once would meet the tenant's real rate limit: only injected 429s here.
    env.control(
        "PUT",
        "/limits",
        json!({"capacity": 100000, "per_second": 100000.0}),
    );
    env
}

#[test]
fn a_ci_job_under_every_fault_ends_exactly_as_an_undisturbed_one() {
    let started = Instant::now();
    let calm_env = prepare();
    let before = server_state(&calm_env);
    let calm = ci_job(&calm_env);
    let calm_state = server_state(&calm_env);
    let calm_time = started.elapsed();

    let rough_env = prepare();
    assert_eq!(
        server_state(&rough_env),
        before,
        "two fresh sandboxes agree"
    );
    rough_env.control("PUT", "/faults", all_faults());
    let rough_started = Instant::now();
    let rough = ci_job(&rough_env);
    let stats = rough_env.control("GET", "/faults", Value::Null)["stats"].clone();
    rough_env.control("DELETE", "/faults", Value::Null);
    let rough_time = rough_started.elapsed();
    let rough_state = server_state(&rough_env);

    // The right exit codes, step by step, and the same in both runs.
    let mut want: Vec<(String, i32)> = calm.codes();
    for (label, code) in &mut want {
        let expected = match label.as_str() {
            "conn create duplicate" => 6,
            "conn create invalid" => 7,
            "conn get deleted" => 5,
            _ => 0,
        };
        assert_eq!(*code, expected, "undisturbed: {label}");
    }
    let failures: Vec<String> = rough
        .steps
        .iter()
        .zip(&want)
        .filter(|(s, (_, code))| s.out.code != *code)
        .map(|(s, (_, code))| {
            format!(
                "{}: exit {} (want {code})\n{}",
                s.label, s.out.code, s.out.stderr
            )
        })
        .collect();
    assert!(
        failures.is_empty(),
        "under faults:\n{}",
        failures.join("\n")
    );
    assert_eq!(rough.codes(), want);
    // The same names, statuses and counts in every listing, and the same end state.
    assert_eq!(rough.facts, calm.facts);
    assert_eq!(rough_state, calm_state);
    assert_eq!(
        calm_state["projects"], before["projects"],
        "the job left nothing"
    );
    let created = calm_state["audit"]["connector.created success"].as_u64();
    assert_eq!(created, Some(CONNECTORS as u64), "{calm_state}");
    // The apply created each resource once, faults or not (the audit counts are equal above).
    assert_eq!(
        calm.facts["apply"],
        json!(format!(
            "applied: {} created, 0 updated, 0 deleted, 0 unchanged",
            TRANSFORMATIONS + 4
        ))
    );
    for (action, n) in [
        ("transformation.created success", TRANSFORMATIONS),
        ("notification_channel.created success", 2),
        ("escalation_policy.created success", 1),
        ("alert_rule.created success", 1),
    ] {
        assert_eq!(
            calm_state["audit"][action].as_u64(),
            Some(n as u64),
            "{action}: {calm_state}"
        );
    }

    // Every fault shows as a stderr line: a retry for a REST call, a reconnect for the stream.
    let retries = rough.count("; retrying in ");
    // A stream given up for polling (five failures in a row) says so instead of reconnecting.
    let reconnects = rough.count("reconnecting in ") + rough.count("polling the run instead");
    let gone = rough.count("already gone");
    let injected = stats["injected"].as_u64().unwrap() as usize;
    let ws_drops = stats["ws_drops"].as_u64().unwrap() as usize;
    let http_faults = injected - ws_drops;
    // A stream cut right after its final frame needs no reconnect: at most one per followed run.
    assert!(
        retries + reconnects <= injected && retries + reconnects + 1 >= injected,
        "{retries} retries + {reconnects} reconnects for {injected} faults ({ws_drops} stream cuts): {stats}"
    );
    assert!(retries >= http_faults.saturating_sub(reconnects), "{stats}");
    assert!(
        http_faults > 0 && ws_drops > 0,
        "faults were injected: {stats}"
    );
    assert_eq!(calm.count("retrying in"), 0, "the calm run needed no retry");
    // The apply met faults of its own (about 30 requests at 40% faults) and still ended the same.
    let apply = rough
        .steps
        .iter()
        .find(|s| s.label == "apply")
        .expect("an apply step");
    assert!(
        apply.out.stderr.contains("; retrying in "),
        "{}",
        apply.out.stderr
    );

    let figures = format!(
        "chaos figures: {} rime processes; {} requests, {} faults injected ({} rate limits, {} 5xx, {} dropped before and {} after the handler, {} stream cuts); {retries} retries and {reconnects} stream reconnects on stderr; {} idempotent replays; {gone} deletes found already done; 0 lost, 0 duplicated; {:.1}s under faults, {:.1}s undisturbed",
        rough.steps.len(),
        stats["requests"],
        injected,
        stats["rate_limit"],
        stats["status_5xx"],
        stats["drop_before"],
        stats["drop_after"],
        ws_drops,
        stats["replays"],
        rough_time.as_secs_f64(),
        calm_time.as_secs_f64(),
    );
    // Past the test harness's capture: the figures are what this test publishes.
    let _ = writeln!(std::io::stderr().lock(), "{figures}");
}
