//! `multipart/form-data` with one file field, streamed from disk afresh for every attempt (flat
//! memory), with a fixed boundary so a retry sends the same bytes and its idempotency key replays.

use std::path::PathBuf;
use std::sync::Arc;

use bytes::Bytes;
use futures_util::{StreamExt, TryStreamExt, future, stream};
use tokio_util::io::ReaderStream;

use super::ReqBody;

const CHUNK: usize = 64 * 1024;

/// What an upload reports while its body is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// An attempt starts over from the first byte.
    Restart,
    /// This many more bytes of the file went out.
    Sent(u64),
}

pub type OnProgress = Arc<dyn Fn(Progress) + Send + Sync>;

/// One file as a form field.
pub struct FilePart {
    pub field: &'static str,
    /// The name the server sees; quotes and line breaks are percent-encoded.
    pub filename: String,
    pub content_type: &'static str,
    pub path: PathBuf,
    /// The file's size, for `Content-Length` (the body is never buffered whole).
    pub size: u64,
    pub progress: Option<OnProgress>,
}

/// A random multipart boundary (96 bits).
fn boundary() -> String {
    let mut raw = [0u8; 12];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut raw)
        .expect("system randomness");
    let hex: String = raw.iter().map(|b| format!("{b:02x}")).collect();
    format!("rime-upload-{hex}")
}

/// The request body for `part`: head, the file in chunks (opened afresh per attempt), tail.
pub fn file(part: FilePart) -> ReqBody {
    let boundary = boundary();
    let quoted = part
        .filename
        .replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    let head = Bytes::from(format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"{quoted}\"\r\nContent-Type: {}\r\n\r\n",
        part.field, part.content_type
    ));
    let tail = Bytes::from(format!("\r\n--{boundary}--\r\n"));
    let length = head.len() as u64 + part.size + tail.len() as u64;
    let (path, progress) = (part.path, part.progress);
    ReqBody::Stream {
        make: Arc::new(move || {
            if let Some(p) = &progress {
                p(Progress::Restart);
            }
            let (path, progress) = (path.clone(), progress.clone());
            let file = stream::once(async move { tokio::fs::File::open(path).await })
                .map_ok(|f| ReaderStream::with_capacity(f, CHUNK))
                .try_flatten()
                .inspect_ok(move |chunk: &Bytes| {
                    if let Some(p) = &progress {
                        p(Progress::Sent(chunk.len() as u64));
                    }
                });
            stream::once(future::ready(Ok::<Bytes, std::io::Error>(head.clone())))
                .chain(file)
                .chain(stream::once(future::ready(Ok(tail.clone()))))
                .boxed()
        }),
        content_type: format!("multipart/form-data; boundary={boundary}"),
        length: Some(length),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_attempt_sends_the_same_bytes_and_reports_progress() {
        let dir = std::env::temp_dir().join(format!("rime-multipart-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("rows.csv");
        std::fs::write(&path, "a,b\n1,2\n").unwrap();
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = seen.clone();
        let ReqBody::Stream {
            make,
            content_type,
            length,
        } = file(FilePart {
            field: "file",
            filename: "we\"ird\n.csv".into(),
            content_type: "text/csv",
            path,
            size: 8,
            progress: Some(Arc::new(move |p| log.lock().unwrap().push(p))),
        })
        else {
            panic!("a streamed body");
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let read = || {
            rt.block_on(make().map_ok(|b| b.to_vec()).try_concat())
                .map(|b| String::from_utf8(b).unwrap())
                .unwrap()
        };
        let (first, second) = (read(), read());
        assert_eq!(first, second, "a retry sends the same bytes");
        assert_eq!(first.len() as u64, length.unwrap());
        let boundary = content_type.split("boundary=").nth(1).unwrap();
        assert!(first.starts_with(&format!("--{boundary}\r\n")), "{first}");
        assert!(first.contains("filename=\"we%22ird%0A.csv\""), "{first}");
        assert!(first.contains("\r\n\r\na,b\n1,2\n\r\n"), "{first}");
        assert_eq!(
            *seen.lock().unwrap(),
            [
                Progress::Restart,
                Progress::Sent(8),
                Progress::Restart,
                Progress::Sent(8)
            ]
        );
        assert_ne!(boundary, super::boundary());
        let _ = std::fs::remove_dir_all(dir);
    }
}
