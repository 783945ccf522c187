//! `connectors upload CONNECTOR FILE`: a multipart body streamed from disk (flat memory) with a progress bar.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Args;

use super::{CONNECTORS, Connectors};
use crate::context::Context;
use crate::error::CliError;
use crate::http::multipart::{self, FilePart, Progress};
use crate::http::{Method, Request};
use crate::output::ColumnKind::Text;
use crate::output::progress::transfer_bar;
use crate::output::{Column, ListSpec, col, terminal_safe};
use crate::registry::Item;

/// The API's limit; bigger files are refused before a byte is sent.
pub const LIMIT: u64 = 100 * 1024 * 1024;

#[derive(Args, Debug)]
pub struct UploadArgs {
    #[command(flatten)]
    pub connector: Item<Connectors>,
    /// The CSV or JSON file, read as the connector's `format`
    pub file: PathBuf,
}

const COLUMNS: &[Column] = &[
    col("COLUMN", "name", Text),
    col("INFERRED TYPE", "inferred_type", Text),
];

fn mib(bytes: u64) -> String {
    crate::output::size(bytes)
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
    let placed = a.connector.place(ctx).await?;
    let target = placed.target();
    let connector = target.found(ctx).await?;
    if connector["type"] != "file" {
        return Err(CliError::Usage(format!(
            "connector {} is a {} connector; only file connectors take uploads",
            CONNECTORS.label(connector),
            terminal_safe(connector["type"].as_str().unwrap_or("different"))
        ))
        .into());
    }
    let filename = a
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "upload".into());
    let bar = transfer_bar(&ctx.out, size, &format!("uploading {filename}"));
    if bar.is_none() {
        ctx.out.status(&format!(
            "uploading {} ({}) to connector {}",
            terminal_safe(&filename),
            mib(size),
            CONNECTORS.label(connector)
        ));
    }
    let mut req = Request::new(Method::POST, target.path(ctx).await?.seg("upload"));
    req.body = multipart::file(FilePart {
        field: "file",
        filename: filename.clone(),
        content_type: part_type(&filename),
        path: a.file.clone(),
        size,
        progress: bar.clone().map(|b| -> multipart::OnProgress {
            Arc::new(move |p| match p {
                Progress::Restart => b.reset(),
                Progress::Sent(n) => b.inc(n),
            })
        }),
    });
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
            CONNECTORS.label(connector)
        ))
    })?;
    ctx.out.status(&format!(
        "uploaded {} to connector {}: {}, {} ({} in {})",
        terminal_safe(&filename),
        CONNECTORS.label(connector),
        crate::output::count(upload["rows_detected"].as_u64().unwrap_or(0), "row"),
        crate::output::count(
            upload["columns"].as_array().map_or(0, Vec::len) as u64,
            "column"
        ),
        mib(size),
        crate::output::elapsed(started.elapsed())
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
    fn parts_are_typed_by_extension() {
        assert_eq!(super::part_type("a.CSV"), "text/csv");
        assert_eq!(super::part_type("a.ndjson"), "application/json");
        assert_eq!(super::part_type("a"), "application/octet-stream");
    }
}
