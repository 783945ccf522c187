//! Test recorder: every request the sandbox received and every response it sent, with its route.

use std::sync::{Mutex, PoisonError};

use serde_json::Value;

#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: String,
    /// Path and query as received (percent-encoded).
    pub uri: String,
    /// The matched route template (`/api/v1/projects/{project_id}`), if any.
    pub route: Option<String>,
    /// Request headers of interest (lower-case name, value); Authorization is kept for assertions.
    pub headers: Vec<(String, String)>,
    pub body: Option<Value>,
    pub body_len: usize,
    pub status: u16,
    pub response_content_type: Option<String>,
    pub response: Option<Value>,
    pub replayed: bool,
    pub fault: Option<String>,
}

impl Exchange {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub struct Recorder {
    on: bool,
    log: Mutex<Vec<Exchange>>,
}

impl Recorder {
    pub fn new(on: bool) -> Recorder {
        Recorder {
            on,
            log: Mutex::new(Vec::new()),
        }
    }
    pub fn enabled(&self) -> bool {
        self.on
    }
    pub fn push(&self, e: Exchange) {
        if self.on {
            self.log
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(e);
        }
    }
    pub fn all(&self) -> Vec<Exchange> {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
    pub fn clear(&self) {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }
}
