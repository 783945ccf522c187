//! Decoding the contract's error envelope (or any other failure body) into a typed `ApiError`.

use serde_json::Value;

use crate::output::terminal_safe;

/// A non-2xx answer from the API.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub code: Option<String>,
    pub message: String,
    /// `(field, message)` from validation errors.
    pub details: Vec<(String, String)>,
    pub request_id: Option<String>,
    pub retry_after: Option<u64>,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = reason(self.status);
        match &self.code {
            Some(code) => write!(f, "{} ({} {reason}, {code})", self.message, self.status),
            None => write!(f, "{} ({} {reason})", self.message, self.status),
        }
    }
}

impl std::error::Error for ApiError {}

fn reason(status: u16) -> &'static str {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("")
}

impl ApiError {
    pub fn decode(
        status: u16,
        body: &[u8],
        request_id: Option<String>,
        retry_after: Option<u64>,
        method: &str,
        path: &str,
    ) -> ApiError {
        let mut e = ApiError {
            status,
            code: None,
            message: String::new(),
            details: Vec::new(),
            request_id,
            retry_after,
        };
        let parsed: Option<Value> = serde_json::from_slice(body).ok();
        match parsed
            .as_ref()
            .and_then(|v| v.get("error"))
            .filter(|e| e.is_object())
        {
            Some(err) => {
                e.code = err.get("code").and_then(Value::as_str).map(String::from);
                e.message = err
                    .get("message")
                    .and_then(Value::as_str)
                    .map(String::from)
                    .unwrap_or_else(|| format!("{method} {path} failed"));
                if let Some(Value::Array(details)) = err.get("details") {
                    e.details = details
                        .iter()
                        .map(|d| {
                            let field = d.get("field").and_then(Value::as_str).unwrap_or("?");
                            let msg = d
                                .get("message")
                                .and_then(Value::as_str)
                                .unwrap_or("invalid");
                            (field.to_string(), msg.to_string())
                        })
                        .collect();
                }
            }
            None => {
                // Not the contract's envelope (a proxy page, a truncated body): keep a short snippet.
                let text = String::from_utf8_lossy(body);
                let snippet: String = text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .chars()
                    .take(120)
                    .collect();
                e.message = if snippet.is_empty() {
                    format!("{method} {path} failed with an empty body")
                } else {
                    format!("{method} {path} failed: {}", terminal_safe(&snippet))
                };
            }
        }
        e
    }
}
