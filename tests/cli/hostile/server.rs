//! A tiny hostile HTTP/1.1 server for what the sandbox will not do: canned, broken or malicious
//! answers on 127.0.0.1:0, one thread per connection, every request recorded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One request as the server read it.
#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    /// Path and query exactly as sent on the request line.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }
    pub fn query(&self, key: &str) -> Option<String> {
        let q = self.target.split_once('?')?.1;
        q.split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.to_string())
    }
}

/// What the server does with a request.
pub enum Reply {
    /// These exact bytes (status line, headers, body), then close.
    Raw(Vec<u8>),
    /// Close the connection without a word.
    Close,
    /// Headers, then `chunk` over and over (chunked encoding) until the client hangs up or
    /// `limit` bytes went out.
    Endless {
        head: String,
        chunk: Vec<u8>,
        limit: u64,
    },
    /// Say nothing until the client gives up.
    Hang,
}

/// A JSON answer with the given status and extra headers.
pub fn json(status: u16, body: &str) -> Reply {
    raw(status, "application/json", body, &[])
}

pub fn raw(status: u16, content_type: &str, body: &str, extra: &[(&str, &str)]) -> Reply {
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nX-Request-Id: req_hostile\r\nConnection: close\r\n",
        reason(status),
        body.len()
    );
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body.as_bytes());
    Reply::Raw(bytes)
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        302 => "Found",
        307 => "Temporary Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        _ => "Whatever",
    }
}

type Handler = dyn Fn(&Req) -> Reply + Send + Sync;

pub struct Hostile {
    /// `http://127.0.0.1:PORT`
    pub origin: String,
    requests: Arc<Mutex<Vec<Req>>>,
    /// Body bytes written by `Endless` replies, all connections together.
    pub streamed: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

impl Hostile {
    pub fn start(handler: impl Fn(&Req) -> Reply + Send + Sync + 'static) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let streamed = Arc::new(AtomicU64::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        {
            let (requests, streamed, stop) = (requests.clone(), streamed.clone(), stop.clone());
            std::thread::spawn(move || {
                for conn in listener.incoming() {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let Ok(conn) = conn else { continue };
                    let (requests, streamed, handler, stop) = (
                        requests.clone(),
                        streamed.clone(),
                        handler.clone(),
                        stop.clone(),
                    );
                    std::thread::spawn(move || serve(conn, &requests, &streamed, &*handler, &stop));
                }
            });
        }
        Hostile {
            origin,
            requests,
            streamed,
            stop,
        }
    }

    /// The API base URL to hand to `--api-url`.
    pub fn api_url(&self) -> String {
        format!("{}/api/v1", self.origin)
    }

    pub fn requests(&self) -> Vec<Req> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for Hostile {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.origin.trim_start_matches("http://"));
    }
}

fn serve(
    conn: TcpStream,
    requests: &Mutex<Vec<Req>>,
    streamed: &AtomicU64,
    handler: &Handler,
    stop: &AtomicBool,
) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(30)));
    let mut reader = BufReader::new(conn.try_clone().expect("clone"));
    let mut conn = conn;
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" {
            break;
        }
        if let Some((k, v)) = h.trim_end().split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let len = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    let _ = reader.read_exact(&mut body);
    let req = Req {
        method,
        target,
        headers,
        body,
    };
    let reply = handler(&req);
    requests.lock().unwrap().push(req);
    match reply {
        Reply::Raw(bytes) => {
            let _ = conn.write_all(&bytes);
        }
        Reply::Close => {}
        Reply::Endless { head, chunk, limit } => {
            if conn.write_all(head.as_bytes()).is_err() {
                return;
            }
            let framed = [
                format!("{:x}\r\n", chunk.len()).into_bytes(),
                chunk.clone(),
                b"\r\n".to_vec(),
            ]
            .concat();
            let mut sent = 0u64;
            while sent < limit && !stop.load(Ordering::Relaxed) {
                if conn.write_all(&framed).is_err() {
                    break;
                }
                sent += chunk.len() as u64;
                streamed.fetch_add(chunk.len() as u64, Ordering::Relaxed);
            }
        }
        Reply::Hang => {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(20));
                // The client hung up: a read returns 0.
                let _ = conn.set_read_timeout(Some(Duration::from_millis(1)));
                let mut b = [0u8; 1];
                if matches!(reader.get_mut().read(&mut b), Ok(0)) {
                    break;
                }
            }
        }
    }
    let _ = conn.flush();
    let _ = conn.shutdown(std::net::Shutdown::Both);
}
