//! Identity and access: login flows, the token lifecycle, users, API keys and `rime doctor`.

mod api_keys;
mod doctor;
mod login;
mod sso;
pub mod tls;
mod tokens;
mod users;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::common::{Cmd, Env};

/// The `test` profile's stored credential, as a TOML table (`None` when nothing is stored).
pub fn stored(env: &Env) -> Option<toml_edit::Table> {
    let text = std::fs::read_to_string(env.config_dir().join("credentials.toml")).ok()?;
    let doc: toml_edit::DocumentMut = text.parse().expect("credentials.toml parses");
    doc.get("profiles")?.get("test")?.as_table().cloned()
}

pub fn stored_field(env: &Env, key: &str) -> Option<String> {
    stored(env)?.get(key)?.as_str().map(String::from)
}

/// A plain HTTP/1.1 GET (no redirects followed): status, `Location`, body.
pub fn http_get(url: &str) -> (u16, Option<String>, String) {
    let u = url::Url::parse(url).expect("a URL");
    let addr = format!("{}:{}", u.host_str().unwrap(), u.port().unwrap_or(80));
    let mut target = u.path().to_string();
    if let Some(q) = u.query() {
        target.push('?');
        target.push_str(q);
    }
    let mut s = std::net::TcpStream::connect(&addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let (head, body) = resp.split_once("\r\n\r\n").unwrap_or((&resp, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let location = head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case("location")
            .then(|| v.trim().to_string())
    });
    (status, location, body.to_string())
}

/// A `rime` process whose stderr is read line by line as it runs.
pub struct Running {
    pub child: Child,
    lines: mpsc::Receiver<String>,
    pub seen: Vec<String>,
}

impl Running {
    pub fn start(cmd: Cmd) -> Running {
        let mut c = cmd.command();
        c.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("rime runs");
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Running {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits (up to 20 s) for a stderr line containing `needle`.
    #[track_caller]
    pub fn line_with(&mut self, needle: &str) -> String {
        loop {
            match self.lines.recv_timeout(Duration::from_secs(20)) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if line.contains(needle) {
                        return line;
                    }
                }
                Err(_) => panic!("no stderr line with {needle:?}; saw {:#?}", self.seen),
            }
        }
    }

    /// Waits for the exit; returns the code, stdout and the rest of stderr.
    pub fn finish(mut self) -> (i32, String, String) {
        let status = self.child.wait().expect("rime exits");
        let mut stdout = String::new();
        if let Some(mut o) = self.child.stdout.take() {
            o.read_to_string(&mut stdout).unwrap();
        }
        while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(5)) {
            self.seen.push(line);
        }
        (status.code().unwrap_or(-1), stdout, self.seen.join("\n"))
    }
}
