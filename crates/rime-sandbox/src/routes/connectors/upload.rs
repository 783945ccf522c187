//! `POST …/upload` for file connectors: multipart streamed to a temp file and sniffed on the way (100 MiB cap).

use std::sync::Arc;

use axum::extract::multipart::{Field, MultipartRejection};
use axum::extract::{DefaultBodyLimit, Multipart};
use axum::http::{HeaderMap, StatusCode, header};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{Value, json};
use tokio::io::AsyncWriteExt;

use crate::app::App;
use crate::collection::{CONNECTOR_UPLOADS, CONNECTORS};
use crate::domain::connectors::discovery;
use crate::domain::connectors::sniff::{Sniffed, Sniffer};
use crate::error::{ApiError, ApiResult, Detail};
use crate::routes::extract::{InProject, Write};
use crate::sim::connectors::schema;
use crate::spool::{TempFile, temp_path};
use crate::store::Store;

pub const UPLOAD_LIMIT: u64 = 100 * 1024 * 1024;
/// Room for the multipart framing around a file at the limit.
const FRAMING: u64 = 64 * 1024;

pub fn routes() -> Router<Arc<App>> {
    Router::new().route(
        "/projects/{project_id}/connectors/{connector_id}/upload",
        // The file streams through the handler, which enforces its own limit.
        post(upload).layer(DefaultBodyLimit::disable()),
    )
}

fn too_large() -> ApiError {
    let mut e = ApiError::status(StatusCode::PAYLOAD_TOO_LARGE);
    e.message = "The file is larger than the 100 MiB upload limit.".into();
    e
}

fn unreadable(e: impl std::fmt::Display) -> ApiError {
    ApiError::field("file", format!("could not read the upload: {e}"))
}

/// The Snowflake table a file lands in: its name without extension, as a lower-case identifier.
fn table_name(filename: &str) -> String {
    let stem = filename.rsplit(['/', '\\']).next().unwrap_or(filename);
    let stem = stem.rsplit_once('.').map(|(s, _)| s).unwrap_or(stem);
    let mut out = String::new();
    for ch in stem.chars().flat_map(char::to_lowercase) {
        let c = if ch.is_ascii_alphanumeric() { ch } else { '_' };
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    let out = out.trim_matches('_').to_string();
    let out = if out.starts_with(|c: char| c.is_ascii_lowercase()) {
        out
    } else {
        format!("file_{out}").trim_end_matches('_').to_string()
    };
    out.chars().take(255).collect()
}

fn snowflake_type(inferred: &str) -> &'static str {
    match inferred {
        "NUMBER" => "NUMBER(38,0)",
        "FLOAT" => "FLOAT",
        "DATE" => "DATE",
        "TIMESTAMP" => "TIMESTAMP_NTZ",
        "BOOLEAN" => "BOOLEAN",
        "VARIANT" => "VARIANT",
        _ => "VARCHAR",
    }
}

fn source_type(format: &str, inferred: &str) -> &'static str {
    match (format, inferred) {
        ("json", "NUMBER") => "integer",
        ("json", "FLOAT") => "number",
        ("json", "BOOLEAN") => "boolean",
        ("json", "VARIANT") => "object",
        _ => "string",
    }
}

/// Streams one file part to disk, feeding the sniffer as it goes.
async fn receive(
    mut field: Field<'_>,
    config: &Value,
) -> ApiResult<(u64, Result<Sniffed, String>)> {
    let temp = TempFile(temp_path("upload"));
    let mut file = tokio::fs::File::create(&temp.0)
        .await
        .map_err(|e| ApiError::internal(format!("cannot store the upload: {e}")))?;
    let mut sniffer = Sniffer::new(config);
    let mut size = 0u64;
    let mut problem = None;
    while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
        size += chunk.len() as u64;
        if size > UPLOAD_LIMIT {
            return Err(too_large());
        }
        file.write_all(&chunk)
            .await
            .map_err(|e| ApiError::internal(format!("cannot store the upload: {e}")))?;
        if problem.is_none()
            && let Err(e) = sniffer.feed(&chunk)
        {
            problem = Some(e);
        }
    }
    let _ = file.flush().await;
    let sniffed = match problem {
        Some(e) => Err(e),
        None if size == 0 => Err("the file is empty".to_string()),
        None => sniffer.finish(),
    };
    Ok((size, sniffed))
}

async fn upload(
    s: InProject<Write>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let (app, [cid]) = (&s.app, s.ids());
    let config = {
        let conn = s.db();
        let c = s.object(&conn, &CONNECTORS)?;
        if c.body["type"] != "file" {
            return Err(ApiError::unprocessable(
                format!(
                    "Connector '{}' is a {} connector; only file connectors take uploads.",
                    c.body["name"].as_str().unwrap_or(cid),
                    c.body["type"].as_str().unwrap_or("other")
                ),
                vec![],
            ));
        }
        c.body["config"].clone()
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > UPLOAD_LIMIT + FRAMING) {
        return Err(too_large());
    }
    let mut multipart = multipart.map_err(|_| {
        let mut e = ApiError::status(StatusCode::UNSUPPORTED_MEDIA_TYPE);
        e.message = "Content-Type must be multipart/form-data with a `file` part.".into();
        e
    })?;
    let mut received = None;
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        if field.name() != Some("file") {
            continue;
        }
        if received.is_some() {
            return Err(ApiError::field("file", "send one file per upload"));
        }
        let filename = field.file_name().unwrap_or("upload").to_string();
        received = Some((filename, receive(field, &config).await?));
    }
    let Some((filename, (size, sniffed))) = received else {
        return Err(ApiError::field(
            "file",
            "is required (a multipart part named `file`)",
        ));
    };
    let sniffed = sniffed.map_err(|e| {
        ApiError::unprocessable(
            format!(
                "The file could not be read as {}.",
                config["format"].as_str().unwrap_or("csv").to_uppercase()
            ),
            vec![Detail::new("file", e)],
        )
    })?;

    let conn = s.db();
    let c = s.object(&conn, &CONNECTORS)?;
    let format = config["format"].as_str().unwrap_or("csv");
    let id = app.new_id("upl");
    let now = app.now_str();
    let columns: Vec<Value> = sniffed
        .columns
        .iter()
        .map(|(name, kind)| json!({"name": name, "inferred_type": kind}))
        .collect();
    let body = json!({
        "id": id, "connector_id": cid, "filename": filename, "format": format, "size_bytes": size,
        "rows_detected": sniffed.rows, "columns": columns, "uploaded_at": now,
    });
    Store(&conn).insert(CONNECTOR_UPLOADS.new_obj(&id, cid, Some(&s.pid), &body))?;
    // The file becomes (or replaces) a table of the connector's schema, selected by default.
    let mut current = schema::current(app, &conn, &c)?;
    let table = table_name(&filename);
    let mut fresh = vec![json!({
        "name": table, "selected": true, "row_count": sniffed.rows,
        "columns": sniffed.columns.iter().map(|(name, kind)| json!({
            "name": name, "source_type": source_type(format, kind),
            "snowflake_type": snowflake_type(kind), "nullable": true, "selected": true,
        })).collect::<Vec<_>>(),
    })];
    discovery::keep_selection(&mut fresh, &current);
    let tables = current["tables"]
        .as_array_mut()
        .expect("a schema has tables");
    tables.retain(|t| t["name"] != table.as_str());
    tables.extend(fresh);
    current["discovered_at"] = now.clone().into();
    schema::put(&conn, cid, &current)?;
    s.audit("connector.file_uploaded")
        .on(CONNECTORS.kind, Some(cid), c.body["name"].as_str())
        .details(json!({"upload_id": id, "filename": filename, "size_bytes": size, "rows_detected": sniffed.rows}))
        .write(app, &conn);
    Ok((StatusCode::CREATED, Json(body)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_become_table_names() {
        assert_eq!(super::table_name("Sales 2026 (NZ).csv"), "sales_2026_nz");
        assert_eq!(
            super::table_name("/tmp/x/2026-targets.json"),
            "file_2026_targets"
        );
        assert_eq!(super::table_name("..."), "file");
    }
}
