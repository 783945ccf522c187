//! Cursor pagination as the contract fixes it: `limit` 1–100 (default 50), opaque keyset cursors.

use std::collections::HashMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use crate::error::{ApiError, ApiResult, Detail};
use crate::store::{ObjPage, RawPage};

pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 100;

#[derive(Debug, Clone, Copy)]
pub struct PageParams {
    pub limit: usize,
    pub after_seq: Option<i64>,
}

impl PageParams {
    pub fn from_query(q: &HashMap<String, String>) -> ApiResult<PageParams> {
        let mut details = Vec::new();
        let limit = match q.get("limit") {
            None => DEFAULT_LIMIT,
            Some(raw) => match raw.parse::<usize>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
                _ => {
                    details.push(Detail::new(
                        "limit",
                        format!("must be an integer from 1 to {MAX_LIMIT}"),
                    ));
                    DEFAULT_LIMIT
                }
            },
        };
        let after_seq = match q.get("cursor").map(String::as_str) {
            None | Some("") => None,
            Some(c) => match decode_cursor(c) {
                Some(seq) => Some(seq),
                None => {
                    details.push(Detail::new("cursor", "is not a valid cursor"));
                    None
                }
            },
        };
        if !details.is_empty() {
            return Err(ApiError::validation(
                "Invalid pagination parameters.",
                details,
            ));
        }
        Ok(PageParams { limit, after_seq })
    }
}

pub fn encode_cursor(seq: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("rc1:{seq}"))
}

fn decode_cursor(c: &str) -> Option<i64> {
    let raw = URL_SAFE_NO_PAD.decode(c).ok()?;
    let text = std::str::from_utf8(&raw).ok()?;
    text.strip_prefix("rc1:")?
        .parse::<i64>()
        .ok()
        .filter(|n| *n >= 0)
}

/// The list envelope; `next_cursor` only when there is more.
#[allow(
    dead_code,
    reason = "for listings that render rather than return stored bodies"
)]
pub fn envelope(page: &ObjPage, render: impl Fn(&crate::store::Obj) -> Value) -> Value {
    let data: Vec<Value> = page.items.iter().map(render).collect();
    let mut out = json!({ "data": data, "has_more": page.has_more });
    if page.has_more
        && let Some(last) = page.items.last()
    {
        out["next_cursor"] = Value::String(encode_cursor(last.seq));
    }
    out
}

/// The list envelope written straight from stored JSON text, for objects returned as stored.
pub fn raw_envelope(page: &RawPage) -> axum::response::Response {
    use axum::response::IntoResponse;
    let size: usize = page.items.iter().map(|(_, b)| b.len() + 1).sum();
    let mut out = String::with_capacity(size + 64);
    out.push_str("{\"data\":[");
    for (i, (_, body)) in page.items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(body);
    }
    out.push_str(if page.has_more {
        "],\"has_more\":true"
    } else {
        "],\"has_more\":false"
    });
    if let (true, Some((seq, _))) = (page.has_more, page.items.last()) {
        out.push_str(",\"next_cursor\":\"");
        out.push_str(&encode_cursor(*seq));
        out.push('"');
    }
    out.push('}');
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        out,
    )
        .into_response()
}

/// A list that is computed rather than stored (e.g. derived reports) paginated by position.
pub fn envelope_vec(items: Vec<Value>, params: PageParams) -> Value {
    let start = params
        .after_seq
        .map(|s| s as usize)
        .unwrap_or(0)
        .min(items.len());
    let end = (start + params.limit).min(items.len());
    let has_more = end < items.len();
    let mut out = json!({ "data": items[start..end].to_vec(), "has_more": has_more });
    if has_more {
        out["next_cursor"] = Value::String(encode_cursor(end as i64));
    }
    out
}
