//! The contract's error envelope: every failure is `{"error": {code, message, details?}}` with its status.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub details: Vec<Detail>,
    pub retry_after: Option<u64>,
}

#[derive(Debug, Clone)]
pub struct Detail {
    pub field: String,
    pub message: String,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            details: Vec::new(),
            retry_after: None,
        }
    }
    pub fn validation(message: impl Into<String>, details: Vec<Detail>) -> ApiError {
        let mut e = ApiError::new(StatusCode::BAD_REQUEST, "validation_error", message);
        e.details = details;
        e
    }
    /// A 400 about one field.
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> ApiError {
        let message = message.into();
        ApiError::validation(
            message.clone(),
            vec![Detail {
                field: field.into(),
                message,
            }],
        )
    }
    pub fn unauthorized(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", message)
    }
    pub fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, "forbidden", message)
    }
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "resource_not_found", message)
    }
    pub fn conflict(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, "conflict", message)
    }
    pub fn unprocessable(message: impl Into<String>, details: Vec<Detail>) -> ApiError {
        let mut e = ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unprocessable_entity",
            message,
        );
        e.details = details;
        e
    }
    pub fn rate_limited(retry_after: u64) -> ApiError {
        let mut e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            format!("Rate limit exceeded. Retry after {retry_after} seconds."),
        );
        e.retry_after = Some(retry_after);
        e
    }
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal_error", message)
    }
    pub fn status(status: StatusCode) -> ApiError {
        let (code, message) = match status.as_u16() {
            405 => ("method_not_allowed", "Method not allowed for this path."),
            413 => ("payload_too_large", "Request body is too large."),
            415 => (
                "unsupported_media_type",
                "Content-Type must be application/json.",
            ),
            429 => ("rate_limited", "Rate limit exceeded."),
            502 => ("internal_error", "Bad gateway."),
            503 => ("internal_error", "Service temporarily unavailable."),
            504 => ("internal_error", "Gateway timeout."),
            _ => ("internal_error", "Internal server error."),
        };
        ApiError::new(status, code, message)
    }

    pub fn body(&self) -> Value {
        let mut error = json!({"code": self.code, "message": self.message});
        if !self.details.is_empty() {
            error["details"] = self
                .details
                .iter()
                .map(|d| json!({"field": d.field, "message": d.message}))
                .collect::<Vec<_>>()
                .into();
        }
        json!({ "error": error })
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.status.as_u16(),
            self.code,
            self.message
        )
    }
}

impl std::error::Error for ApiError {}

impl Detail {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Detail {
        Detail {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut resp = (self.status, axum::Json(self.body())).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            resp.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if let Some(secs) = self.retry_after {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        resp
    }
}
