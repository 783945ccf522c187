//! Redaction for `--debug` traces: no token, password, key or secret ever reaches the terminal.

use serde_json::Value;

/// Key fragments whose values are secret.
const SECRET_KEYS: &[&str] = &[
    "password",
    "secret",
    "token",
    "api_key",
    "private_key",
    "connection_uri",
    "integration_key",
    "webhook_url",
    "code",
];

pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    !k.ends_with("_set") && !k.ends_with("_type") && SECRET_KEYS.iter().any(|s| k.contains(s))
}

/// A copy of `v` with every secret-looking value replaced.
pub fn redact(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, child)| {
                    let shown = if is_secret_key(k) && !child.is_null() && !child.is_boolean() {
                        Value::String("[redacted]".into())
                    } else {
                        redact(child)
                    };
                    (k.clone(), shown)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redact).collect()),
        other => other.clone(),
    }
}

/// Body text for the trace: JSON redacted and shortened; other bodies summarised by size.
pub fn body_for_trace(bytes: &[u8], content_type: Option<&str>) -> String {
    const MAX: usize = 2000;
    if bytes.is_empty() {
        return String::new();
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(v) => {
            let text = redact(&v).to_string();
            if text.len() > MAX {
                let mut cut = MAX;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                format!("{}… ({} bytes)", &text[..cut], bytes.len())
            } else {
                text
            }
        }
        Err(_) => format!(
            "[{} bytes of {}]",
            bytes.len(),
            content_type.unwrap_or("unknown content")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_secrets_are_redacted() {
        let v = serde_json::json!({"email": "a@b", "password": "hunter2",
            "config": {"password_set": true, "api_token": "t", "host": "h"}, "access_token": "x"});
        let r = redact(&v).to_string();
        assert!(
            !r.contains("hunter2") && !r.contains("\"t\"") && !r.contains("\"x\""),
            "{r}"
        );
        assert!(r.contains("password_set") && r.contains("\"h\""), "{r}");
    }
}
