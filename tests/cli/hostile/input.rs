//! Bad user input: every file parser names file, line and column; unknown `--fields` list the valid
//! ones; a bad `--jq` is caught before any request, with its position; Ctrl-C during a list or a
//! wait exits 130 with the resume hint and leaves local files whole.

use crate::common::{Env, assert_has, files_under, wait_until};
use crate::stops::{self, CTRL_C, send};

#[test]
fn every_file_parser_reports_file_line_and_column() {
    let env = Env::new();
    let dir = env.dir.path().join("inputs");
    std::fs::create_dir_all(&dir).unwrap();
    let file = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let cases: Vec<(Vec<String>, String)> = vec![
        // JSON and YAML bodies (every create and update).
        {
            let f = file(
                "p.json",
                "{\n  \"name\": \"x\",\n  \"identifier\": oops\n}\n",
            );
            (
                vec![
                    "projects".into(),
                    "create".into(),
                    "--from-file".into(),
                    f.clone(),
                ],
                format!("{f}: invalid JSON at line 3, column 17: expected value"),
            )
        },
        {
            let f = file("p.yaml", "name: x\nsettings:\n  drift: [1, 2\n  other: 3\n");
            (
                vec![
                    "projects".into(),
                    "create".into(),
                    "--from-file".into(),
                    f.clone(),
                ],
                format!("{f}: invalid YAML at line 4, column 8: "),
            )
        },
        {
            let f = file("pl.yaml", "name: p\nsteps:\n  a: {type: custom\n");
            (
                vec![
                    "pl".into(),
                    "create".into(),
                    "--from-file".into(),
                    f.clone(),
                    "-p".into(),
                    "demo".into(),
                ],
                format!("{f}: invalid YAML at line 3, column 6: unclosed bracket '{{'"),
            )
        },
        // CSV and NDJSON rows (bulk classification).
        {
            let f = file(
                "c.csv",
                "path,level\nDB.S.T.A,internal\nDB.S.T.B,internal,extra\n",
            );
            (
                vec![
                    "governance".into(),
                    "columns".into(),
                    "classify".into(),
                    "--from-file".into(),
                    f.clone(),
                    "-p".into(),
                    "demo".into(),
                ],
                format!("{f}: line 3, column 1: expected 2 fields, found 3"),
            )
        },
        {
            let f = file(
                "c.ndjson",
                "{\"path\": \"DB.S.T.A\", \"level\": \"internal\"}\n\n{\"path\": \"DB.S.T.B\", \"level\": }\n",
            );
            (
                vec![
                    "governance".into(),
                    "columns".into(),
                    "classify".into(),
                    "--from-file".into(),
                    f.clone(),
                    "-p".into(),
                    "demo".into(),
                ],
                format!("{f}: line 3, column 31: invalid JSON: expected value"),
            )
        },
        // Saved JSON and NDJSON for `rime format`.
        {
            let f = file("saved.ndjson", "{\"a\": 1}\n{\"a\": 2,}\n");
            (
                vec!["format".into(), f.clone()],
                format!("{f}: invalid JSON at line 2, column 9: trailing comma"),
            )
        },
    ];
    for (args, says) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let before = env.exchanges().len();
        let out = env.rime(&args).run().code(2);
        assert!(
            out.stderr.contains(&says),
            "{args:?}\nwant: {says}\ngot: {}",
            out.stderr
        );
        assert!(
            env.exchanges()[before..].iter().all(|e| e.method == "GET"),
            "{args:?}: nothing was written to the server"
        );
    }
}

#[test]
fn unknown_fields_list_the_valid_ones_before_the_list_is_fetched() {
    let env = Env::new();
    // (command, the start of its valid fields, the request it must not make)
    for (args, valid, listing) in [
        (
            vec!["projects", "list"],
            "id, name, identifier, description",
            "/api/v1/projects?",
        ),
        (
            vec!["conn", "list", "-p", "demo"],
            "id, project_id, name, type",
            "/connectors",
        ),
        (vec!["pl", "list", "-p", "demo"], "id, ", "/pipelines"),
        (
            vec!["projects", "get", "demo", "-o", "json"],
            "id, name, identifier",
            "§",
        ),
    ] {
        let mut all = args.clone();
        all.extend(["--fields", "name,nmae,config.host"]);
        let before = env.exchanges().len();
        let out = env.rime(&all).run().code(2);
        assert!(
            out.stderr.contains("error: unknown field")
                && out.stderr.contains(" nmae")
                && out.stderr.contains(&format!("(valid fields: {valid}")),
            "{args:?}: {}",
            out.stderr
        );
        let after = env.exchanges();
        let uris: Vec<&String> = after[before..].iter().map(|e| &e.uri).collect();
        assert!(
            uris.iter().all(|u| !u.contains(listing)),
            "{args:?}: the list was not fetched: {uris:?}"
        );
    }
}

#[test]
fn a_bad_jq_is_reported_at_parse_time_with_its_position() {
    let env = Env::new();
    for (expr, says) in [
        (
            ".[] | select(",
            "invalid --jq expression at 1:14: expected closing parenthesis",
        ),
        (
            ".[] | nosuchfn(1)",
            "invalid --jq expression at 1:7: undefined filter `nosuchfn`",
        ),
        ("map(.name) |\n  .[ ", "invalid --jq expression at 2:"),
    ] {
        let before = env.exchanges().len();
        let out = env.rime("projects list --jq").arg(expr).run().code(2);
        assert!(out.stderr.contains(says), "{expr:?}: {}", out.stderr);
        assert_eq!(env.exchanges().len(), before, "{expr:?}: no request");
        env.rime("projects list")
            .env("RIME_JQ", expr)
            .run()
            .code(2)
            .stderr_has("invalid --jq expression at");
    }
}

/// Every file in the config dir, with its bytes.
fn snapshot(env: &Env) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = files_under(&env.config_dir())
        .into_iter()
        .filter(|p| !p.to_string_lossy().ends_with(".lock"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p.display().to_string(), bytes)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn ctrl_c_during_a_list_exits_130_with_a_cursor_that_resumes_exactly() {
    let env = Env::new();
    let files = snapshot(&env);
    stops::stop_a_list_and_resume(&env, CTRL_C);
    assert_eq!(snapshot(&env), files, "no local file changed");
}

#[test]
fn ctrl_c_during_a_wait_detaches_with_the_reattach_command() {
    let env = Env::new();
    let files = snapshot(&env);
    // The clock stands still: the run never ends by itself.
    let child = stops::spawn(&env, "pl run nightly-sales --wait -p demo");
    wait_until("the wait polls the run", || {
        !env.requests(
            "GET",
            "/api/v1/projects/{project_id}/pipelines/{pipeline_id}/runs/{run_id}",
        )
        .is_empty()
    });
    send(&child, "INT");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    // Ctrl-C on a waiter is a normal end: the re-attach note, no `error:` line.
    assert_has(
        &stderr,
        "\nthe run goes on; re-attach with `rime pipelines runs watch plr_",
    );
    assert!(!stderr.contains("error:"), "{stderr}");
    assert_eq!(snapshot(&env), files);
    // The run goes on, on the server.
    let runs = env
        .rime("pl runs list nightly-sales -p demo -o json")
        .run()
        .ok()
        .json();
    assert_eq!(runs[0]["status"], "running");
}

#[test]
fn ctrl_c_during_a_token_refresh_lets_it_store_the_new_tokens() {
    let env = Env::new();
    let config = std::fs::read(env.config_dir().join("config.toml")).unwrap();
    stops::stop_a_token_refresh(&env, CTRL_C);
    assert_eq!(
        std::fs::read(env.config_dir().join("config.toml")).unwrap(),
        config
    );
}
