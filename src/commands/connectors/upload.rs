//! `connectors upload CONNECTOR FILE`: a multipart body streamed from disk (flat memory) with a progress bar.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use clap::Args;
use futures_util::{StreamExt, TryStreamExt, future, stream};
use reqwest::Method;
use tokio_util::io::ReaderStream;

use super::CONNECTORS;
use crate::context::Context;
use crate::error::CliError;
use crate::http::{ReqBody, Request};
use crate::output::progress::transfer_bar;
use crate::output::{Column, ColumnKind, ListSpec, terminal_safe};
use crate::registry::Scope;

/// The API's limit; bigger files are refused before a byte is sent.
pub const LIMIT: u64 = 100 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;

#[derive(Args, Debug)]
pub struct UploadArgs {
    /// Connector name or id (a `file` connector)
    pub connector: String,
    /// The CSV or JSON file, read as the connector's `format`
    pub file: PathBuf,
}

const COLUMNS: &[Column] = &[
    Column {
        header: "COLUMN",
        path: "name",
        kind: ColumnKind::Text,
    },
    Column {
        header: "INFERRED TYPE",
        path: "inferred_type",
        kind: ColumnKind::Text,
    },
];

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / 1024.0 / 1024.0)
}

/// A random multipart boundary, fixed for every attempt of one upload so a retry sends the
/// same bytes (and the same `Idempotency-Key` replays instead of uploading twice).
fn boundary() -> String {
    let mut raw = [0u8; 12];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut raw)
        .expect("system randomness");
    let hex: String = raw.iter().map(|b| format!("{b:02x}")).collect();
    format!("rime-upload-{hex}")
}

fn part_type(name: &str) -> &'static str {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".csv") {
        "text/csv"
    } else if lower.ends_with(".json") || lower.ends_with(".ndjson") || lower.ends_with(".jsonl") {
        "application/json"
    } else {
        "application/octet-stream"
    }
}

/// The body factory: head, the file in chunks (opened afresh per attempt), tail.
fn body(
    path: PathBuf,
    head: Bytes,
    tail: Bytes,
    bar: Option<indicatif::ProgressBar>,
) -> Arc<dyn Fn() -> reqwest::Body + Send + Sync> {
    Arc::new(move || {
        if let Some(b) = &bar {
            b.reset();
        }
        let (path, bar) = (path.clone(), bar.clone());
        let file = stream::once(async move { tokio::fs::File::open(path).await })
            .map_ok(|f| ReaderStream::with_capacity(f, CHUNK))
            .try_flatten()
            .inspect_ok(move |chunk: &Bytes| {
                if let Some(b) = &bar {
                    b.inc(chunk.len() as u64);
                }
            });
        let parts = stream::once(future::ready(Ok::<Bytes, std::io::Error>(head.clone())))
            .chain(file)
            .chain(stream::once(future::ready(Ok(tail.clone()))));
        reqwest::Body::wrap_stream(parts)
    })
}

pub async fn run(ctx: &Context, a: UploadArgs) -> anyhow::Result<()> {
    let meta = std::fs::metadata(&a.file)
        .map_err(|e| CliError::config(&a.file, format!("cannot read it: {e}")))?;
    if !meta.is_file() {
        return Err(CliError::config(&a.file, "is not a regular file").into());
    }
    let size = meta.len();
    if size > LIMIT {
        return Err(CliError::Usage(format!(
            "{} is {}; the upload limit is 100 MiB",
            a.file.display(),
            mib(size)
        ))
        .into());
    }
    let connector = CONNECTORS.find(ctx, Scope::top(), &a.connector).await?;
    if connector["type"] != "file" {
        return Err(CliError::Usage(format!(
            "connector {} is a {} connector; only file connectors take uploads",
            CONNECTORS.label(&connector),
            terminal_safe(connector["type"].as_str().unwrap_or("different"))
        ))
        .into());
    }
    let filename = a
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "upload".into());
    let quoted = filename
        .replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    let boundary = boundary();
    let head = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{quoted}\"\r\nContent-Type: {}\r\n\r\n",
        part_type(&filename)
    );
    let tail = format!("\r\n--{boundary}--\r\n");
    let length = head.len() as u64 + size + tail.len() as u64;
    let bar = transfer_bar(&ctx.out, size, &format!("uploading {filename}"));
    if bar.is_none() {
        ctx.out.status(&format!(
            "uploading {} ({}) to connector {}",
            terminal_safe(&filename),
            mib(size),
            CONNECTORS.label(&connector)
        ));
    }
    let id = connector["id"].as_str().unwrap_or(&a.connector);
    let mut req = Request::new(
        Method::POST,
        CONNECTORS
            .item_path(ctx, Scope::top(), id)
            .await?
            .seg("upload"),
    );
    req.body = ReqBody::Stream {
        make: body(
            a.file.clone(),
            Bytes::from(head),
            Bytes::from(tail),
            bar.clone(),
        ),
        content_type: format!("multipart/form-data; boundary={boundary}"),
        length: Some(length),
    };
    // Allow for slow links: at least 256 KiB/s on top of the usual per-request timeout.
    req.timeout = Some(ctx.settings.timeout.value + Duration::from_secs(size / (256 * 1024)));
    let started = Instant::now();
    let result = ctx.client().await?.call(req).await;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let upload = result.map_err(|e| {
        e.context(format!(
            "could not upload {} to connector {}",
            terminal_safe(&filename),
            CONNECTORS.label(&connector)
        ))
    })?;
    ctx.out.status(&format!(
        "uploaded {} to connector {}: {} rows, {} columns ({} in {:.1}s)",
        terminal_safe(&filename),
        CONNECTORS.label(&connector),
        upload["rows_detected"].as_u64().unwrap_or(0),
        upload["columns"].as_array().map_or(0, Vec::len),
        mib(size),
        started.elapsed().as_secs_f64()
    ));
    let columns = ListSpec {
        columns: COLUMNS,
        known_fields: &["name", "inferred_type"],
    };
    ctx.out
        .detail(&upload, &upload["columns"], &columns, &ListSpec::default())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn parts_are_typed_by_extension_and_boundaries_differ() {
        assert_eq!(super::part_type("a.CSV"), "text/csv");
        assert_eq!(super::part_type("a.ndjson"), "application/json");
        assert_eq!(super::part_type("a"), "application/octet-stream");
        assert_ne!(super::boundary(), super::boundary());
    }
}
