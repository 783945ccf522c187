//! Transport: the token goes only to the profile's own origin, over TLS unless the host is loopback;
//! tenants are one DNS label; ids and query values reach the server encoded exactly once.

use super::server::{Hostile, json, raw};
use super::{TOKEN, against};
use crate::common::Env;

#[test]
fn a_redirect_to_another_host_is_not_followed_and_the_token_stays_home() {
    let env = Env::bare();
    let elsewhere = Hostile::start(|_| json(200, r#"{"data": [], "has_more": false}"#));
    let target = format!("{}/api/v1/projects", elsewhere.origin);
    let home = Hostile::start(move |_| raw(302, "text/html", "", &[("Location", target.as_str())]));
    let out = against(&env, &home, "projects list").run().code(1);
    out.stderr_has("the server redirected to another host")
        .stderr_has("the token stays with http://127.0.0.1");
    assert_eq!(home.requests().len(), 1, "a redirect is not retried");
    assert!(
        elsewhere.requests().is_empty(),
        "the other host heard nothing"
    );
    out.stderr_lacks(TOKEN);
    // Not even a same-origin redirect is followed: the API never redirects.
    let same = Hostile::start(|r| match r.path() {
        "/api/v1/projects" => raw(307, "text/html", "", &[("Location", "/api/v1/elsewhere")]),
        _ => json(200, r#"{"data": [], "has_more": false}"#),
    });
    against(&env, &same, "projects list")
        .run()
        .code(1)
        .stderr_has("the API should not redirect");
    assert_eq!(same.requests().len(), 1);
    // A hostile Location is shown inert.
    let evil = Hostile::start(|_| {
        raw(
            302,
            "text/html",
            "",
            &[("Location", "https://evil.example/\x1b[2J")],
        )
    });
    let out = against(&env, &evil, "projects list").run().code(1);
    out.stderr_lacks('\x1b');
}

#[test]
fn plain_http_is_refused_for_every_non_loopback_host_from_every_source() {
    let env = Env::bare();
    for url in [
        "http://localhost.evil.com/api/v1",
        "http://127.0.0.1.nip.io/api/v1",
        "http://10.0.0.1/api/v1",
        "HTTP://api.example.com/api/v1",
        "http://[::ffff:10.0.0.1]/api/v1",
    ] {
        env.rime(format!("--api-url {url} tenant show"))
            .env("RIME_TOKEN", TOKEN)
            .run()
            .code(2)
            .stderr_has("refusing plain http://");
        env.rime("tenant show")
            .env("RIME_API_URL", url)
            .env("RIME_TOKEN", TOKEN)
            .run()
            .code(2)
            .stderr_has("refusing plain http://");
    }
    for (url, says) in [
        ("ftp://acme.example/api/v1", "unsupported URL scheme `ftp`"),
        (
            "https://user:pw@acme.example/api/v1",
            "must not contain credentials",
        ),
        (
            "https://acme.example/api/v1?x=1",
            "must not contain credentials, a query",
        ),
        ("not a url", "invalid API URL"),
    ] {
        env.rime(format!("--api-url '{url}' tenant show"))
            .run()
            .code(2)
            .stderr_has(says);
    }
    // A profile written by hand is checked when used, not only by `profile set`.
    let cfg = env.config_dir().join("config.toml");
    std::fs::write(
        &cfg,
        "current_profile = \"lan\"\n[profiles.lan]\napi_url = \"http://192.168.1.20/api/v1\"\n",
    )
    .unwrap();
    env.rime("tenant show")
        .env("RIME_TOKEN", TOKEN)
        .run()
        .code(2)
        .stderr_has("refusing plain http:// to `192.168.1.20`");
    // Loopback over plain HTTP is the sandbox's case, in all its spellings.
    for host in ["localhost", "[::1]", "127.0.0.2"] {
        let out = env
            .rime(format!(
                "--api-url http://{host}:9/api/v1 tenant show --max-retries 0"
            ))
            .env("RIME_TOKEN", TOKEN)
            .run()
            .code(1);
        assert!(
            out.stderr.contains("could not connect"),
            "{host}: {}",
            out.stderr
        );
    }
}

#[test]
fn tenants_are_one_dns_label_from_every_source() {
    let env = Env::bare();
    for tenant in [
        "acme.evil.com",
        "../x",
        "acme/x",
        "acme@evil.com",
        "acme:443",
        "-acme",
        "acme-",
        "аcme", // Cyrillic а
        "acme\u{1b}[2J",
        &"a".repeat(64),
    ] {
        let out = env
            .rime(format!("--tenant={tenant} tenant show"))
            .env("RIME_TOKEN", TOKEN)
            .run()
            .code(2);
        assert!(
            out.stderr.contains("invalid tenant"),
            "{tenant}: {}",
            out.stderr
        );
        out.stderr_lacks('\x1b');
        env.rime("tenant show")
            .env("RIME_TENANT", tenant)
            .env("RIME_TOKEN", TOKEN)
            .run()
            .code(2)
            .stderr_has("invalid tenant");
    }
    std::fs::write(
        env.config_dir().join("config.toml"),
        "current_profile = \"x\"\n[profiles.x]\ntenant = \"acme.evil.com\"\n",
    )
    .unwrap();
    env.rime("tenant show")
        .env("RIME_TOKEN", TOKEN)
        .run()
        .code(2)
        .stderr_has("invalid tenant `acme.evil.com`");
}

#[test]
fn ids_and_names_reach_the_server_encoded_as_one_segment_in_nested_paths() {
    let env = Env::new();
    let demo = env.demo().to_string();
    for name in [
        "a/b",
        "..%2F..",
        "what?x=1",
        "h#sh",
        "sp ace",
        "ünï",
        "pln_../../tenant",
    ] {
        env.rime("pipelines get")
            .arg(name)
            .args(format!("-p {demo}"))
            .run()
            .code(5);
    }
    let uris: Vec<String> = env
        .exchanges()
        .iter()
        .filter(|e| e.method == "GET")
        .map(|e| e.uri.clone())
        .collect();
    let base = format!("/api/v1/projects/{demo}/pipelines/");
    for want in [
        "a%2Fb",
        "..%252F..",
        "what%3Fx%3D1",
        "h%23sh",
        "sp%20ace",
        "%C3%BCn%C3%AF",
        "pln_..%2F..%2Ftenant",
    ] {
        assert!(
            uris.iter().any(|u| *u == format!("{base}{want}")),
            "{want} not among {uris:?}"
        );
    }
    // Dot segments stayed inside their segment: nothing reached another route.
    assert!(
        uris.iter()
            .all(|u| u.starts_with("/api/v1/projects") || u == "/api/v1/me"),
        "{uris:?}"
    );
}

#[test]
fn a_typed_query_is_sent_encoded_once_when_paginating() {
    let env = Env::bare();
    let h = Hostile::start(|_| json(200, r#"{"data": [{"id": 1}], "has_more": false}"#));
    against(
        &env,
        &h,
        "api GET /audit-log?action=a%20b&since=2026-11-01T00:00:00Z&limit=7 --paginate",
    )
    .run()
    .ok();
    against(&env, &h, "api GET /audit-log?action=a%20b")
        .run()
        .ok();
    let targets: Vec<String> = h.requests().iter().map(|r| r.target.clone()).collect();
    assert_eq!(
        targets,
        [
            "/api/v1/audit-log?action=a%20b&since=2026-11-01T00%3A00%3A00Z&limit=7",
            "/api/v1/audit-log?action=a%20b",
        ],
        "no %2520"
    );
}
