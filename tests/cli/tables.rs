//! Tables at 80 columns (issue 16 item 19): names and ids are never cut, headers never break
//! mid-word, free text gives up its width first, and `--no-trunc` cuts nothing.

use std::io::Read;
use std::process::Stdio;

use crate::common::{BIN, Env};

/// stdout+stderr of rime on a pseudo-terminal `cols` wide (`script` from util-linux), colour off.
#[cfg(target_os = "linux")]
fn at_width(env: &Env, cols: u16, args: &[&str]) -> String {
    let line = format!("stty cols {cols} rows 40; {BIN} {}", args.join(" "));
    let inner = env.rime("").command();
    let mut child = std::process::Command::new("script")
        .env_clear()
        .envs(inner.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .args(["-qefc", &line, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("`script` (util-linux) runs");
    // Kept open until rime ends: `script` stops when its input does.
    let stdin = child.stdin.take();
    let mut text = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    let status = child.wait().unwrap();
    drop(stdin);
    assert!(status.success(), "rime failed on the pty:\n{text}");
    text.replace('\r', "")
}

/// The demo project's connectors, each name and id in full (from JSON, which cuts nothing).
fn connectors(env: &Env) -> Vec<(String, String)> {
    let list = env
        .rime("-p demo connectors list -o json")
        .run()
        .ok()
        .json();
    let items = list.as_array().expect("a JSON array of connectors");
    assert!(!items.is_empty(), "the demo project has connectors");
    items
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_owned(),
                c["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The cells of the table's lines (between `│`/`┆` borders), trimmed.
fn cells(line: &str) -> Vec<String> {
    line.trim_matches('│')
        .split(['┆', '│'])
        .map(|c| c.trim().to_owned())
        .collect()
}

#[cfg(target_os = "linux")]
#[test]
fn at_80_columns_names_ids_and_headers_are_whole() {
    let env = Env::new();
    let want = connectors(&env);
    let text = at_width(&env, 80, &["-p", "demo", "connectors", "list"]);
    let rows: Vec<Vec<String>> = text
        .lines()
        .filter(|l| l.starts_with('│'))
        .map(cells)
        .collect();
    // One header line: no header wrapped onto a second.
    assert_eq!(
        rows.first().map(Vec::as_slice),
        Some(
            &[
                "NAME",
                "TYPE",
                "STATUS",
                "SCHEDULE",
                "LAST RUN",
                "LAST RUN AT",
                "NEXT RUN",
                "ID"
            ]
            .map(String::from)[..]
        ),
        "{text}"
    );
    assert_eq!(
        rows.len(),
        want.len() + 1,
        "one line per connector:\n{text}"
    );
    for (name, id) in &want {
        assert!(
            rows.iter()
                .any(|r| r.first() == Some(name) && r.last() == Some(id)),
            "{name} / {id} not whole at 80 columns:\n{text}"
        );
    }
}

#[cfg(target_os = "linux")]
#[test]
fn no_trunc_at_80_columns_cuts_nothing() {
    let env = Env::new();
    let want = connectors(&env);
    let text = at_width(
        &env,
        80,
        &["-p", "demo", "connectors", "list", "--no-trunc"],
    );
    assert!(!text.contains('…'), "nothing cut with --no-trunc:\n{text}");
    for (name, id) in &want {
        assert!(
            text.contains(name.as_str()) && text.contains(id.as_str()),
            "{name} / {id}:\n{text}"
        );
    }
}
