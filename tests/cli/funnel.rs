//! The one funnel: REST and WebSocket share the trust store, the proxy (an HTTP CONNECT tunnel
//! on loopback here) and the user agent; each kind of funnel failure gets its own hint; and the
//! layers point downward (a check over the source tree).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::common::{Env, assert_has};
use crate::hostile::against;
use crate::hostile::server::{Hostile, Reply, json, raw};
use crate::identity::tls::{fixture, tls_front_with};
use crate::pipeline_runs::DIAMOND;
use crate::pipelines::{EVENTS, create, drive};

/// A forward proxy that only tunnels: each CONNECT (whatever host it names) is joined to
/// 127.0.0.1:`upstream`; every request head is recorded.
fn tunnel_proxy(upstream: u16) -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let heads = Arc::new(Mutex::new(Vec::new()));
    let log = heads.clone();
    std::thread::spawn(move || {
        for mut client in listener.incoming().flatten() {
            let log = log.clone();
            std::thread::spawn(move || {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") {
                    match client.read(&mut byte) {
                        Ok(1) => head.push(byte[0]),
                        _ => return,
                    }
                }
                let head = String::from_utf8_lossy(&head).into_owned();
                let connect = head.starts_with("CONNECT ");
                log.lock().unwrap().push(head);
                if !connect {
                    let _ = client.write_all(b"HTTP/1.1 405 Method Not Allowed\r\n\r\n");
                    return;
                }
                let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)) else {
                    let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n");
                    return;
                };
                let _ = client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
                let (mut c2, mut s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                let up = std::thread::spawn(move || {
                    let _ = std::io::copy(&mut c2, &mut s2);
                    let _ = s2.shutdown(std::net::Shutdown::Write);
                });
                let (mut server, mut client) = (server, client);
                let _ = std::io::copy(&mut server, &mut client);
                let _ = client.shutdown(std::net::Shutdown::Write);
                let _ = up.join();
            });
        }
    });
    (port, heads)
}

#[test]
fn rest_and_websocket_share_the_trust_store_the_proxy_and_the_user_agent() {
    let env = crate::pipelines::env();
    create(&env, DIAMOND);
    let backend = env.sb.origin.trim_start_matches("http://").to_string();
    let front = tls_front_with(backend, "tunnel-server.pem", "tunnel-server.key");
    let (proxy_port, heads) = tunnel_proxy(front);
    let proxy = format!("http://tun:pw@127.0.0.1:{proxy_port}");
    let ca = fixture("tunnel-ca.pem");
    let api = "https://api.rime.test/api/v1";
    let ca = ca.display();
    let cmd = env
        .rime(format!(
            "--api-url {api} --ca-cert {ca} pl run diamond --watch -o ndjson"
        ))
        .env("HTTPS_PROXY", &proxy);
    let out = drive(&env, cmd, 5, &|| !env.requests("GET", EVENTS).is_empty());
    assert_eq!(out.code, 0, "{}", out.stderr);
    let frames: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        frames.len(),
        9,
        "every frame, over wss:// through the proxy"
    );
    assert_has(frames[8], "run_finished");
    // The stream itself carried the run: no reconnect, no fallback to polling.
    out.stderr_lacks("polling").stderr_lacks("interrupted");
    // Both kinds of connection went through the tunnel, with the proxy's credentials.
    let heads = heads.lock().unwrap().clone();
    assert!(
        heads.len() >= 2,
        "REST and WebSocket each tunnel: {heads:?}"
    );
    for head in &heads {
        assert!(
            head.starts_with("CONNECT api.rime.test:443 HTTP/1.1\r\n"),
            "{head}"
        );
        assert_has(
            &head.to_ascii_lowercase(),
            "proxy-authorization: basic dhvuonb3",
        );
    }
    // One user agent for both.
    let upgrade = env.requests("GET", EVENTS);
    assert_eq!(upgrade.len(), 1);
    let ws_agent = upgrade[0].header("user-agent").unwrap().to_string();
    assert!(ws_agent.starts_with("rime/"), "{ws_agent}");
    for e in env.exchanges() {
        assert_eq!(e.header("user-agent"), Some(ws_agent.as_str()), "{}", e.uri);
    }

    // Without the CA the tunnel still opens, and the certificate is what fails, with the
    // trust hint rather than the network one.
    env.rime(format!("--api-url {api} --max-retries 0 pl list"))
        .env("HTTPS_PROXY", &proxy)
        .run()
        .code(1)
        .stderr_has("certificate")
        .stderr_has("hint: the server's certificate is not trusted; if your network inspects TLS, pass its CA with --ca-cert")
        .stderr_lacks("HTTPS_PROXY/NO_PROXY");
}

#[test]
fn each_funnel_failure_gets_its_own_hint() {
    let env = Env::bare();
    let network = "HTTPS_PROXY/NO_PROXY";
    // A page walk that would never end is the server's pagination, not the network.
    let h = Hostile::start(|_| {
        json(
            200,
            r#"{"data": [{"id": "prj_1"}], "has_more": true, "next_cursor": "c1"}"#,
        )
    });
    // A listing offers its resume cursor; a bare walk names the broken pagination.
    against(&env, &h, "projects list")
        .run()
        .code(1)
        .stderr_has("repeated cursor `c1`")
        .stderr_has("  request id: req_hostile\n")
        .stderr_has("hint: resume with")
        .stderr_lacks(network);
    against(&env, &h, "api GET /projects --paginate")
        .run()
        .code(1)
        .stderr_has("  request id: req_hostile\n")
        .stderr_has("hint: the server's pagination is broken")
        .stderr_lacks(network);

    // A 2xx that is not JSON: the server is not speaking the API.
    let h = Hostile::start(|_| raw(200, "text/html", "<html>portal</html>", &[]));
    against(&env, &h, "--max-retries 0 projects list")
        .run()
        .code(1)
        .stderr_has("invalid JSON body")
        .stderr_has("hint: the server did not answer as the Rime API does")
        .stderr_lacks(network);

    // A redirect names the URL setting.
    let h = Hostile::start(|_| {
        raw(
            302,
            "text/plain",
            "",
            &[("Location", "https://elsewhere.example/api/v1/projects")],
        )
    });
    against(&env, &h, "projects list")
        .run()
        .code(1)
        .stderr_has("redirected to another host")
        .stderr_has("hint: check the tenant or --api-url");

    // Only a connection that fails is about the network.
    let h = Hostile::start(|_| Reply::Close);
    against(&env, &h, "--max-retries 0 projects list")
        .run()
        .code(1)
        .stderr_has("failed after 1 attempt(s)")
        .stderr_has(network);
}

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(PathBuf, String)> {
    crate::common::files_under(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect()
}

/// Lines of `text` that mention `needle` outside a `//` comment.
fn mentions(text: &str, needle: &str) -> Vec<String> {
    text.lines()
        .filter(|l| {
            let code = l.split("//").next().unwrap_or("");
            code.contains(needle)
        })
        .map(|l| l.trim().to_string())
        .collect()
}

#[test]
fn the_layers_point_downward() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut broken = Vec::new();
    let mut forbid = |files: &[(PathBuf, String)], needles: &[&str], why: &str| {
        for (path, text) in files {
            for needle in needles {
                for line in mentions(text, needle) {
                    broken.push(format!("{} ({why}): {line}", path.display()));
                }
            }
        }
    };
    // Below the context: nothing calls up into commands or the context.
    for layer in ["http", "config", "output", "local_sandbox"] {
        forbid(
            &sources(&src.join(layer)),
            &["crate::commands", "crate::context"],
            "a lower layer calls up",
        );
    }
    for file in ["lookup.rs", "credentials.rs", "context.rs"] {
        let path = src.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let needles: &[&str] = if file == "context.rs" {
            &["crate::commands", "crate::cli"]
        } else {
            &["crate::commands", "crate::context"]
        };
        forbid(&[(path, text)], needles, "a lower layer calls up");
    }
    // One funnel: no command names a type of the HTTP or WebSocket libraries.
    forbid(
        &sources(&src.join("commands")),
        &[
            "reqwest::",
            "tokio_tungstenite::",
            "tungstenite::",
            "rustls::",
        ],
        "a command bypasses the funnel",
    );
    // Only the config module reads the environment (the fuzzers read their own knobs).
    let outside_config: Vec<(PathBuf, String)> = sources(&src)
        .into_iter()
        .filter(|(p, _)| !p.starts_with(src.join("config")) && !p.starts_with(src.join("fuzz")))
        .collect();
    forbid(
        &outside_config,
        &["env::var", "var_os("],
        "only config reads the environment",
    );
    assert!(broken.is_empty(), "layering broken:\n{}", broken.join("\n"));
    // The check can see what it checks.
    assert!(
        sources(&src.join("commands")).len() > 20 && sources(&src.join("http")).len() > 10,
        "the source tree was found"
    );
}
