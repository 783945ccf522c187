//! Numbers no double or 64-bit integer holds (`1e400`, integers beyond 2^64) in list items and
//! single objects: the JSON formats pass them on exactly as the server sent them, and every other
//! format shows them by their text; the page or object never fails over them, and is asked for
//! once.

use super::server::{Hostile, json};
use super::{TOKEN, against};
use crate::common::Env;

/// One project whose description and settings hold numbers that do not fit, written with the
/// spacing a server might use.
const ITEM: &str = r#"{"id": "prj_1", "name": "a", "identifier": "a", "description": 123456789012345678901234567890, "settings": {"huge": 1e400, "neg": -98765432109876543210987654321, "max": 18446744073709551615}}"#;

/// [`ITEM`] as rime writes it: the server's text without the whitespace between tokens.
const COMPACT: &str = r#"{"id":"prj_1","name":"a","identifier":"a","description":123456789012345678901234567890,"settings":{"huge":1e400,"neg":-98765432109876543210987654321,"max":18446744073709551615}}"#;

fn server() -> Hostile {
    Hostile::start(|_| json(200, &format!(r#"{{"data": [{ITEM}], "has_more": false}}"#)))
}

/// Answers a GET of `prj_1` with [`ITEM`] alone (and any other path with a page of it).
fn object_server() -> Hostile {
    Hostile::start(|r| {
        if r.target
            .split('?')
            .next()
            .unwrap_or("")
            .ends_with("/projects/prj_1")
        {
            json(200, ITEM)
        } else {
            json(200, &format!(r#"{{"data": [{ITEM}], "has_more": false}}"#))
        }
    })
}

#[test]
fn one_object_goes_out_as_sent_in_json_and_ndjson() {
    let env = Env::bare();
    let h = object_server();
    for args in [
        "projects get prj_1 -o json",
        "projects get prj_1 -o ndjson",
        "api GET /projects/prj_1 -o json",
        "api GET /projects/prj_1 -o ndjson",
    ] {
        let out = against(&env, &h, args).run().ok();
        assert_eq!(out.stdout, format!("{COMPACT}\n"), "{args}");
    }
    for args in [
        "projects get prj_1 -o ndjson --fields settings.huge,description",
        "api GET /projects/prj_1 -o json --fields settings.huge,description",
    ] {
        let out = against(&env, &h, args).run().ok();
        assert_eq!(
            out.stdout,
            "{\"settings\":{\"huge\":1e400},\"description\":123456789012345678901234567890}\n",
            "{args}"
        );
    }
    for args in [
        "projects get prj_1 --jq .settings.huge",
        "api GET /projects/prj_1 --jq .settings.huge",
    ] {
        let out = against(&env, &h, args).run().ok();
        assert_eq!(out.stdout, "1e400\n", "{args}");
    }
    let seen = h.requests();
    assert_eq!(seen.len(), 8, "each object asked for once");
    assert!(
        seen.iter()
            .all(|r| r.method == "GET" && r.target.ends_with("/projects/prj_1"))
    );
}

#[test]
fn one_object_shows_the_source_text_in_tables_and_yaml() {
    let env = Env::bare();
    let h = object_server();
    for noun in ["projects get prj_1", "api GET /projects/prj_1"] {
        let out = against(&env, &h, format!("{noun} -o table").as_str())
            .run()
            .ok();
        for line in [
            "description\t123456789012345678901234567890",
            "settings.huge\t1e400",
            "settings.neg\t-98765432109876543210987654321",
            "settings.max\t18446744073709551615",
        ] {
            assert!(
                out.stdout.lines().any(|l| l == line),
                "{noun}: {line:?} in\n{}",
                out.stdout
            );
        }
        let out = against(&env, &h, format!("{noun} -o yaml").as_str())
            .run()
            .ok();
        out.stdout_has("123456789012345678901234567890")
            .stdout_has("1e400")
            .stdout_has("-98765432109876543210987654321")
            .stdout_has("18446744073709551615");
    }
    assert_eq!(h.requests().len(), 4, "each object asked for once");
}

#[test]
fn json_and_ndjson_pass_the_items_on_as_sent() {
    let env = Env::bare();
    let h = server();
    let out = against(&env, &h, "projects list -o json").run().ok();
    assert_eq!(out.stdout, format!("[\n{COMPACT}\n]\n"));
    let out = against(&env, &h, "projects list -o ndjson").run().ok();
    assert_eq!(out.stdout, format!("{COMPACT}\n"));
    // `--fields` projects the text: the picked values are the server's.
    let out = against(
        &env,
        &h,
        "projects list -o ndjson --fields settings.huge,description,settings.max",
    )
    .run()
    .ok();
    assert_eq!(
        out.stdout,
        "{\"settings\":{\"huge\":1e400,\"max\":18446744073709551615},\"description\":123456789012345678901234567890}\n"
    );
    // `rime api --paginate` walks the same way.
    let out = against(&env, &h, "api GET /projects --paginate -o ndjson")
        .run()
        .ok();
    assert_eq!(out.stdout, format!("{COMPACT}\n"));
    assert_eq!(h.requests().len(), 4, "each page asked for once");
}

#[cfg(target_os = "linux")]
#[test]
fn pretty_json_on_a_terminal_keeps_the_numbers() {
    let mut env = Env::bare();
    let h = server();
    env.vars.push(("RIME_TOKEN".into(), TOKEN.into()));
    let args = format!("--api-url {} projects list -o json", h.api_url());
    let out = crate::tour::on_a_pty(&env, args.as_str(), |_| {});
    let text = out.stdout.replace("\r\n", "\n");
    for line in [
        "[\n  {\n    \"id\": \"prj_1\",\n",
        "    \"description\": 123456789012345678901234567890,\n",
        "    \"settings\": {\n      \"huge\": 1e400,\n      \"neg\": -98765432109876543210987654321,\n",
        "      \"max\": 18446744073709551615\n    }\n  }\n]\n",
    ] {
        assert!(text.contains(line), "{line:?} in:\n{text}");
    }
    // One object, pretty from its text the same way.
    let h = object_server();
    let args = format!("--api-url {} projects get prj_1 -o json", h.api_url());
    let out = crate::tour::on_a_pty(&env, args.as_str(), |_| {});
    let text = out.stdout.replace("\r\n", "\n");
    let line = "{\n  \"id\": \"prj_1\",\n  \"name\": \"a\",\n  \"identifier\": \"a\",\n  \"description\": 123456789012345678901234567890,\n  \"settings\": {\n    \"huge\": 1e400,\n    \"neg\": -98765432109876543210987654321,\n    \"max\": 18446744073709551615\n  }\n}\n";
    assert!(text.contains(line), "{line:?} in:\n{text}");
}

#[test]
fn tables_csv_yaml_and_jq_show_the_source_text() {
    let env = Env::bare();
    let h = server();
    let fields = "--fields name,description,settings.huge,settings.neg";
    let out = against(&env, &h, format!("projects list {fields}").as_str())
        .run()
        .ok();
    assert_eq!(
        out.stdout.lines().nth(1),
        Some("a\t123456789012345678901234567890\t1e400\t-98765432109876543210987654321"),
        "{}",
        out.stdout
    );
    let out = against(&env, &h, format!("projects list -o csv {fields}").as_str())
        .run()
        .ok();
    assert_eq!(
        out.stdout.lines().nth(1),
        Some("a,123456789012345678901234567890,1e400,-98765432109876543210987654321"),
        "{}",
        out.stdout
    );
    let out = against(&env, &h, "projects list -o yaml").run().ok();
    out.stdout_has("123456789012345678901234567890")
        .stdout_has("1e400")
        .stdout_has("-98765432109876543210987654321")
        .stdout_has("18446744073709551615");
    for (filter, shown) in [
        (".[0].settings.huge", "1e400\n"),
        (".[0].description", "123456789012345678901234567890\n"),
        (".[0].settings.max", "18446744073709551615\n"),
        (".[] | .settings.neg", "-98765432109876543210987654321\n"),
    ] {
        let out = against(&env, &h, ["projects", "list", "--jq", filter])
            .run()
            .ok();
        assert_eq!(out.stdout, shown, "{filter}");
    }
    assert_eq!(h.requests().len(), 7, "each page asked for once");
}
