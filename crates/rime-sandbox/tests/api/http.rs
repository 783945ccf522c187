//! A minimal blocking HTTP/1.1 client over loopback that reports transport symptoms exactly.
//
// reqwest cannot be used here: with only `rustls-no-provider` and no rustls crypto provider
// in this crate's dependency graph, `reqwest::Client::builder().build()` panics. A tiny client
// also lets the fault tests tell "closed before any byte" from "truncated body" precisely.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use serde_json::Value;

/// One answered request: status, headers (lower-case names), raw body and its JSON (or Null).
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub json: Value,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `error.code` of an error envelope, or "" when absent.
    pub fn code(&self) -> &str {
        self.json["error"]["code"].as_str().unwrap_or("")
    }

    /// The `details[].field` names of a validation error.
    pub fn fields(&self) -> Vec<String> {
        self.json["error"]["details"]
            .as_array()
            .map(|d| {
                d.iter()
                    .filter_map(|x| x["field"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The body as text, for assertion messages.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// What the wire showed when no complete response arrived.
#[derive(Debug)]
pub enum Transport {
    /// The server closed the connection before sending a status line.
    Closed,
    Io(std::io::Error),
}

impl std::fmt::Display for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Transport::Closed => f.write_str("connection closed before a response"),
            Transport::Io(e) => write!(f, "transport error: {e}"),
        }
    }
}

/// A request to send; `body` is sent as-is with `content_type` when given.
pub struct Req<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub headers: Vec<(&'a str, String)>,
    pub body: Option<(&'a str, Vec<u8>)>,
}

/// Sends one request on a fresh connection (`Connection: close`) and reads the whole answer.
pub fn send(addr: SocketAddr, req: &Req<'_>) -> Result<Resp, Transport> {
    let mut stream = TcpStream::connect(addr).map_err(Transport::Io)?;
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .map_err(Transport::Io)?;
    let mut head = format!("{} {} HTTP/1.1\r\n", req.method, req.path);
    let named = |name: &str| {
        req.headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case(name))
    };
    // A test may name another host (DNS-rebinding checks); otherwise the address dialled.
    if !named("host") {
        head.push_str(&format!("Host: {addr}\r\n"));
    }
    // A test may ask for another (`Upgrade` for a WebSocket); otherwise one request each.
    if !named("connection") {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("Accept: application/json\r\n");
    for (k, v) in &req.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if let Some((ct, bytes)) = &req.body {
        head.push_str(&format!(
            "Content-Type: {ct}\r\nContent-Length: {}\r\n",
            bytes.len()
        ));
    } else if matches!(req.method, "POST" | "PUT" | "PATCH") {
        head.push_str("Content-Length: 0\r\n");
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    if let Some((_, bytes)) = &req.body {
        out.extend_from_slice(bytes);
    }
    // A server that drops the connection early may make the write fail; the read tells the story.
    let _ = stream.write_all(&out);
    let mut raw = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => raw.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => return Err(Transport::Io(e)),
        }
        if complete(&raw) {
            break;
        }
    }
    parse(&raw).ok_or(Transport::Closed)
}

/// Whether a whole answer has arrived: a connection kept alive (a request that asked for an
/// upgrade) is not closed after it, so the length says when to stop.
fn complete(raw: &[u8]) -> bool {
    let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    // A WebSocket upgrade never ends by itself: its head is the whole answer here.
    if raw.starts_with(b"HTTP/1.1 101") {
        return true;
    }
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let rest = &raw[end + 4..];
    if head.contains("transfer-encoding: chunked") {
        return rest.ends_with(b"0\r\n\r\n");
    }
    head.lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
        .is_some_and(|n| rest.len() >= n)
}

fn parse(raw: &[u8]) -> Option<Resp> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let rest = &raw[end + 4..];
    let find = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let body = if find("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        dechunk(rest)
    } else if let Some(len) = find("content-length").and_then(|v| v.parse::<usize>().ok()) {
        rest[..len.min(rest.len())].to_vec()
    } else {
        rest.to_vec()
    };
    let json = serde_json::from_slice(&body).unwrap_or(Value::Null);
    Some(Resp {
        status,
        headers,
        body,
        json,
    })
}

fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = rest.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&rest[..eol])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next().unwrap_or("").trim(), 16).ok())
            .unwrap_or(0);
        rest = &rest[eol + 2..];
        if size == 0 || rest.len() < size {
            out.extend_from_slice(&rest[..size.min(rest.len())]);
            break;
        }
        out.extend_from_slice(&rest[..size]);
        rest = rest.get(size + 2..).unwrap_or(&[]);
    }
    out
}
