//! Request bodies spooled to a temp file while hashed, then streamed back, so large uploads keep memory flat.

use std::io::SeekFrom;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};

use axum::body::{Body, Bytes};
use http_body_util::BodyExt;
use hyper::body::{Frame, SizeHint};
use tokio::io::{AsyncRead, AsyncSeekExt, AsyncWriteExt, ReadBuf};

const READ_CHUNK: usize = 64 * 1024;

/// A fresh path in the system temp directory (nothing is created).
pub fn temp_path(purpose: &str) -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    std::env::temp_dir().join(format!(
        "rime-sandbox-{}-{purpose}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ))
}

/// Removes its file when dropped.
pub struct TempFile(pub PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[derive(Debug)]
pub enum SpoolError {
    TooLarge,
    /// The client's body broke off (or was malformed chunking).
    Read(String),
    Io(std::io::Error),
}

impl From<std::io::Error> for SpoolError {
    fn from(e: std::io::Error) -> Self {
        SpoolError::Io(e)
    }
}

/// A whole request body, read once: its SHA-256 (after a caller-chosen prefix) and its bytes,
/// in memory when small, in a temp file otherwise.
pub struct Spooled {
    pub sha256_hex: String,
    pub len: u64,
    content: Content,
}

enum Content {
    Memory(Vec<u8>),
    File(tokio::fs::File, TempFile),
}

impl Spooled {
    /// The body again, for the next handler; a spooled file streams and is deleted when done.
    pub fn into_body(self) -> Body {
        match self.content {
            Content::Memory(v) => Body::from(v),
            Content::File(file, temp) => Body::new(FileBody {
                file,
                _temp: temp,
                buf: vec![0; READ_CHUNK].into_boxed_slice(),
                remaining: self.len,
            }),
        }
    }
}

/// Reads `body` to its end, hashing `prefix` and then the body; bodies above `in_memory` bytes
/// go to a temp file; more than `limit` bytes is `TooLarge`.
pub async fn spool(
    mut body: Body,
    prefix: &[u8],
    in_memory: usize,
    limit: u64,
) -> Result<Spooled, SpoolError> {
    let mut digest = ring::digest::Context::new(&ring::digest::SHA256);
    digest.update(prefix);
    let mut memory = Vec::new();
    let mut file: Option<(tokio::fs::File, TempFile)> = None;
    let mut len = 0u64;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| SpoolError::Read(e.to_string()))?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        len += data.len() as u64;
        if len > limit {
            return Err(SpoolError::TooLarge);
        }
        digest.update(&data);
        match &mut file {
            Some((f, _)) => f.write_all(&data).await?,
            None if memory.len() + data.len() > in_memory => {
                let temp = TempFile(temp_path("spool"));
                let mut f = tokio::fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .create_new(true)
                    .open(&temp.0)
                    .await?;
                f.write_all(&memory).await?;
                f.write_all(&data).await?;
                memory = Vec::new();
                file = Some((f, temp));
            }
            None => memory.extend_from_slice(&data),
        }
    }
    let sha256_hex = digest
        .finish()
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let content = match file {
        Some((mut f, temp)) => {
            f.flush().await?;
            f.seek(SeekFrom::Start(0)).await?;
            Content::File(f, temp)
        }
        None => Content::Memory(memory),
    };
    Ok(Spooled {
        sha256_hex,
        len,
        content,
    })
}

/// Streams a spooled file in fixed chunks; the file is removed when the body is dropped.
struct FileBody {
    // Declared before `_temp` so the handle closes before the file is removed.
    file: tokio::fs::File,
    _temp: TempFile,
    buf: Box<[u8]>,
    remaining: u64,
}

impl hyper::body::Body for FileBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        let this = self.get_mut();
        if this.remaining == 0 {
            return Poll::Ready(None);
        }
        let want = (this.buf.len() as u64).min(this.remaining) as usize;
        let mut rb = ReadBuf::new(&mut this.buf[..want]);
        match Pin::new(&mut this.file).poll_read(cx, &mut rb) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Err(e)) => Poll::Ready(Some(Err(e))),
            Poll::Ready(Ok(())) => {
                let n = rb.filled().len();
                if n == 0 {
                    this.remaining = 0;
                    return Poll::Ready(Some(Err(std::io::Error::new(
                        std::io::ErrorKind::UnexpectedEof,
                        "the spooled body is shorter than it was",
                    ))));
                }
                this.remaining -= n as u64;
                Poll::Ready(Some(Ok(Frame::data(Bytes::copy_from_slice(
                    &this.buf[..n],
                )))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.remaining == 0
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.remaining)
    }
}
