//! The byte stream under a WebSocket: TCP to the host, or through the chosen proxy with an HTTP
//! CONNECT tunnel (TLS to the proxy for an `https://` one), then TLS to the host for `wss://`,
//! with the client's one trust store.

use std::sync::Arc;

use base64::Engine;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

use super::USER_AGENT;

/// Anything a WebSocket can run over.
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

/// Why no stream could be opened.
#[derive(Debug)]
pub enum OpenError {
    /// Connecting or TLS failed (worth another try).
    Io(String),
    /// The proxy answered, and refused the tunnel.
    Refused(String),
}

/// The longest proxy answer to a CONNECT read before giving up on it.
const MAX_PROXY_HEAD: usize = 16 * 1024;

/// Opens the stream to `target` (`ws://` or `wss://`).
pub async fn open(
    target: &url::Url,
    proxy: Option<&url::Url>,
    tls: Option<&Arc<rustls::ClientConfig>>,
) -> Result<Box<dyn Io>, OpenError> {
    let io_err = |what: &str, e: std::io::Error| {
        OpenError::Io(format!(
            "{what} ({})",
            crate::output::terminal_safe(&e.to_string())
        ))
    };
    let host = target
        .host_str()
        .ok_or_else(|| OpenError::Io("the WebSocket URL has no host".into()))?;
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let secure = target.scheme() == "wss";
    let port = target
        .port_or_known_default()
        .unwrap_or(if secure { 443 } else { 80 });
    let stream: Box<dyn Io> = match proxy {
        None => Box::new(
            TcpStream::connect((bare, port))
                .await
                .map_err(|e| io_err("could not connect", e))?,
        ),
        Some(p) => connect_via(p, &format!("{host}:{port}"), tls).await?,
    };
    if !secure {
        return Ok(stream);
    }
    let config = tls.ok_or_else(|| OpenError::Io("no TLS configuration for wss://".into()))?;
    wrap_tls(stream, bare, config).await
}

async fn wrap_tls(
    stream: Box<dyn Io>,
    host: &str,
    config: &Arc<rustls::ClientConfig>,
) -> Result<Box<dyn Io>, OpenError> {
    let name = rustls::pki_types::ServerName::try_from(host.to_string())
        .map_err(|e| OpenError::Io(format!("`{host}` is not a TLS server name ({e})")))?;
    let tls = tokio_rustls::TlsConnector::from(config.clone())
        .connect(name, stream)
        .await
        .map_err(|e| {
            OpenError::Io(format!(
                "TLS failed ({})",
                crate::output::terminal_safe(&e.to_string())
            ))
        })?;
    Ok(Box::new(tls))
}

/// A tunnel to `authority` through the proxy: `CONNECT authority`, with basic credentials when
/// the proxy URL carries them, and nothing read past the proxy's answer.
async fn connect_via(
    proxy: &url::Url,
    authority: &str,
    tls: Option<&Arc<rustls::ClientConfig>>,
) -> Result<Box<dyn Io>, OpenError> {
    let phost = proxy.host_str().unwrap_or("");
    let pbare = phost.trim_start_matches('[').trim_end_matches(']');
    let pport = proxy.port_or_known_default().unwrap_or(80);
    let tcp = TcpStream::connect((pbare, pport)).await.map_err(|e| {
        OpenError::Io(format!(
            "could not connect to the proxy {phost}:{pport} ({})",
            crate::output::terminal_safe(&e.to_string())
        ))
    })?;
    let mut stream: Box<dyn Io> = Box::new(tcp);
    if proxy.scheme() == "https" {
        let config = match tls {
            Some(c) => c.clone(),
            None => super::tls::client_config(None).map_err(|e| OpenError::Io(e.to_string()))?,
        };
        stream = wrap_tls(stream, pbare, &config).await?;
    }
    let mut head = format!(
        "CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: {USER_AGENT}\r\n"
    );
    if !proxy.username().is_empty() {
        let user = decode(proxy.username());
        let pass = decode(proxy.password().unwrap_or(""));
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"));
        head.push_str(&format!("Proxy-Authorization: Basic {basic}\r\n"));
    }
    head.push_str("\r\n");
    let broke = |e: std::io::Error| {
        OpenError::Io(format!(
            "the proxy connection failed ({})",
            crate::output::terminal_safe(&e.to_string())
        ))
    };
    stream.write_all(head.as_bytes()).await.map_err(broke)?;
    stream.flush().await.map_err(broke)?;
    // Byte by byte: whatever follows the answer belongs to the tunnel.
    let mut answer = Vec::new();
    while !answer.ends_with(b"\r\n\r\n") {
        if answer.len() >= MAX_PROXY_HEAD {
            return Err(OpenError::Refused(
                "the proxy's answer to CONNECT is too long".into(),
            ));
        }
        let mut byte = [0u8; 1];
        if stream.read(&mut byte).await.map_err(broke)? == 0 {
            return Err(OpenError::Io(
                "the proxy closed the connection during CONNECT".into(),
            ));
        }
        answer.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&answer);
    let status_line = text.lines().next().unwrap_or("");
    let status = status_line.split_whitespace().nth(1).unwrap_or("");
    if status_line.starts_with("HTTP/1.") && status.starts_with('2') && status.len() == 3 {
        return Ok(stream);
    }
    Err(OpenError::Refused(format!(
        "the proxy refused the tunnel to {authority} ({})",
        crate::output::terminal_safe(status_line.trim())
    )))
}

/// Percent-decoding of a URL's user or password.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_credentials_are_percent_decoded() {
        assert_eq!(decode("bob"), "bob");
        assert_eq!(decode("p%40ss%3Aw%zz"), "p@ss:w%zz");
    }

    /// A proxy that answers CONNECT with `answer`, then echoes what the tunnel carries.
    async fn proxy(answer: &'static str) -> (url::Url, tokio::task::JoinHandle<String>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let task = tokio::spawn(async move {
            let (mut conn, _) = listener.accept().await.unwrap();
            let mut head = Vec::new();
            while !head.ends_with(b"\r\n\r\n") {
                let mut b = [0u8; 1];
                if conn.read(&mut b).await.unwrap() == 0 {
                    break;
                }
                head.push(b[0]);
            }
            conn.write_all(answer.as_bytes()).await.unwrap();
            let mut echo = [0u8; 5];
            if conn.read_exact(&mut echo).await.is_ok() {
                conn.write_all(&echo).await.unwrap();
            }
            String::from_utf8_lossy(&head).into_owned()
        });
        let url = url::Url::parse(&format!("http://us%40er:pw@127.0.0.1:{port}")).unwrap();
        (url, task)
    }

    #[tokio::test]
    async fn a_tunnel_says_connect_with_credentials_and_carries_bytes() {
        let (p, task) = proxy("HTTP/1.1 200 Connection established\r\n\r\n").await;
        let target = url::Url::parse("ws://api.rime.test/api/v1/x").unwrap();
        let mut io = open(&target, Some(&p), None).await.expect("tunnel opens");
        io.write_all(b"hello").await.unwrap();
        let mut back = [0u8; 5];
        io.read_exact(&mut back).await.unwrap();
        assert_eq!(&back, b"hello");
        let head = task.await.unwrap();
        assert!(
            head.starts_with("CONNECT api.rime.test:80 HTTP/1.1\r\n"),
            "{head}"
        );
        let basic = base64::engine::general_purpose::STANDARD.encode("us@er:pw");
        assert!(
            head.contains(&format!("Proxy-Authorization: Basic {basic}\r\n")),
            "{head}"
        );
        assert!(
            head.contains(&format!("User-Agent: {USER_AGENT}\r\n")),
            "{head}"
        );
    }

    #[tokio::test]
    async fn a_refused_tunnel_names_the_proxy_answer() {
        let (p, _task) = proxy("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n").await;
        let target = url::Url::parse("wss://api.rime.test/x").unwrap();
        match open(&target, Some(&p), None).await {
            Err(OpenError::Refused(why)) => {
                assert!(why.contains("407 Proxy Authentication Required"), "{why}");
                assert!(why.contains("api.rime.test:443"), "{why}");
            }
            Err(OpenError::Io(why)) => panic!("not a refusal: {why}"),
            Ok(_) => panic!("a refused tunnel opened"),
        }
    }
}
