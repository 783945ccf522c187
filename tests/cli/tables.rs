//! Tables at 80 columns (issue 16 item 19): names and ids are never cut, headers never break
//! mid-word, free text gives up its width first, a narrow terminal leaves out low-value columns
//! (the light style gives the borders' columns back), `-o wide` shows every one and `--no-trunc`
//! cuts nothing.

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

/// The cells of a light table's line: columns are two or more spaces apart, and no name, id,
/// status or time has two spaces in it.
fn cells(line: &str) -> Vec<String> {
    line.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The table's header and rows (the lines around the rule under the header).
fn table(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let lines: Vec<&str> = text.lines().collect();
    let rule = lines
        .iter()
        .position(|l| !l.is_empty() && l.chars().all(|c| c == '─'))
        .unwrap_or_else(|| panic!("a rule under the header:\n{text}"));
    assert!(rule > 0, "{text}");
    let rows = lines[rule + 1..]
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| cells(l))
        .collect();
    (cells(lines[rule - 1]), rows)
}

const ALL: [&str; 8] = [
    "NAME",
    "TYPE",
    "STATUS",
    "SCHEDULE",
    "LAST RUN",
    "LAST RUN AT",
    "NEXT RUN",
    "ID",
];

/// Every connector on one line each, its name first and its id last, whole; no line wider than
/// `cols` unless `may_overflow`. Returns the header.
fn whole(text: &str, want: &[(String, String)], cols: usize, may_overflow: bool) -> Vec<String> {
    let (header, rows) = table(text);
    assert_eq!(rows.len(), want.len(), "one line per connector:\n{text}");
    for (name, id) in want {
        assert!(
            rows.iter()
                .any(|r| r.first() == Some(name) && r.last() == Some(id)),
            "{name} / {id} not whole:\n{text}"
        );
    }
    if !may_overflow {
        for line in text.lines() {
            assert!(
                line.trim_end().chars().count() <= cols,
                "wider than {cols}: {line:?}"
            );
        }
    }
    header
}

#[cfg(target_os = "linux")]
#[test]
fn at_80_columns_names_ids_and_headers_are_whole() {
    let env = Env::new();
    let want = connectors(&env);
    let text = at_width(&env, 80, &["-p", "demo", "connectors", "list"]);
    // The light style and the low-value columns left out: it fits, and nothing copied is cut.
    let header = whole(&text, &want, 80, false);
    assert_eq!(header, ["NAME", "TYPE", "STATUS", "ID"], "{text}");
    assert!(
        !text.contains('│') && !text.contains('┆'),
        "no borders:\n{text}"
    );

    // -o wide: every column, still one header line, names and ids whole.
    let text = at_width(
        &env,
        80,
        &["-p", "demo", "connectors", "list", "-o", "wide"],
    );
    assert_eq!(whole(&text, &want, 80, true), ALL, "{text}");

    // The pipelines list fits 80 columns the same way.
    let pipelines = env.rime("-p demo pipelines list -o json").run().ok().json();
    let text = at_width(&env, 80, &["-p", "demo", "pipelines", "list"]);
    let (header, rows) = table(&text);
    assert_eq!(header.first().map(String::as_str), Some("NAME"), "{text}");
    assert_eq!(header.last().map(String::as_str), Some("ID"), "{text}");
    for p in pipelines.as_array().unwrap() {
        let (name, id) = (p["name"].as_str().unwrap(), p["id"].as_str().unwrap());
        assert!(
            rows.iter()
                .any(|r| r.first().map(String::as_str) == Some(name)
                    && r.last().map(String::as_str) == Some(id)),
            "{name} / {id} not whole:\n{text}"
        );
    }
    for line in text.lines() {
        assert!(
            line.trim_end().chars().count() <= 80,
            "wider than 80: {line:?}"
        );
    }
}

#[cfg(target_os = "linux")]
#[test]
fn at_160_columns_every_column_shows_within_the_width() {
    let env = Env::new();
    let want = connectors(&env);
    let text = at_width(&env, 160, &["-p", "demo", "connectors", "list"]);
    assert_eq!(whole(&text, &want, 160, false), ALL, "{text}");
    assert!(!text.contains('…'), "room for everything at 160:\n{text}");
    let wide = at_width(
        &env,
        160,
        &["-p", "demo", "connectors", "list", "-o", "wide"],
    );
    assert_eq!(whole(&wide, &want, 160, false), ALL, "{wide}");
    let text = at_width(&env, 160, &["-p", "demo", "pipelines", "list"]);
    let (header, _) = table(&text);
    assert_eq!(
        header,
        [
            "NAME", "VERSION", "STEPS", "SCHEDULE", "ENABLED", "NEXT RUN", "ID"
        ],
        "{text}"
    );
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
