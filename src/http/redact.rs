//! Redaction for `--debug` traces: no token, password, key or secret ever reaches the terminal,
//! whether it is a body field, a query parameter or the password inside a DSN URL.

use std::borrow::Cow;

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

/// Query parameters whose values are secret besides the body's secret keys (signed URLs).
const SECRET_PARAMS: &[&str] = &["key", "sig", "signature", "passwd", "pwd", "auth"];

fn is_secret_param(key: &str) -> bool {
    is_secret_key(key) || SECRET_PARAMS.contains(&key.to_ascii_lowercase().as_str())
}

/// A copy of `v` with every secret-looking value replaced, and secrets inside URL strings cut.
pub fn redact(v: &Value) -> Value {
    redact_in(v, false)
}

/// `in_error`: inside the error envelope, whose `code` (`not_found`, `rate_limited`) is what a
/// reader of the trace needs, not a secret as an OAuth `code` is.
fn redact_in(v: &Value, in_error: bool) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, child)| {
                    let kept = in_error && k == "code";
                    let shown =
                        if !kept && is_secret_key(k) && !child.is_null() && !child.is_boolean() {
                            Value::String("[redacted]".into())
                        } else {
                            redact_in(child, in_error || k == "error")
                        };
                    (k.clone(), shown)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|i| redact_in(i, in_error)).collect()),
        Value::String(s) => Value::String(redact_url(s).into_owned()),
        other => other.clone(),
    }
}

/// `s` with the password of a `scheme://user:password@host` URL and the values of secret query
/// parameters (`?token=`, `api_key=`, `access_token=`, `password=`, …) replaced by `[redacted]`.
/// Text that is not a URL comes back borrowed.
pub fn redact_url(s: &str) -> Cow<'_, str> {
    if !s.contains("://") && !s.contains('?') && !s.contains('=') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // Userinfo: between `://` and the `@` that ends the authority.
    if let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let end = tail.find(['/', '?', '#', ' ']).unwrap_or(tail.len());
        let authority = &tail[..end];
        match authority.rfind('@') {
            Some(at) if authority[..at].contains(':') => {
                let colon = authority[..at].find(':').expect("checked");
                out.push_str(&authority[..=colon]);
                out.push_str("[redacted]");
                out.push_str(&authority[at..]);
            }
            _ => out.push_str(authority),
        }
        rest = &tail[end..];
    }
    // Query parameters: `key=value` pairs after `?`, separated by `&` or `;`.
    let query = match rest.find('?') {
        Some(q) => {
            out.push_str(&rest[..=q]);
            &rest[q + 1..]
        }
        None if out.is_empty() => rest, // a bare `a=b&token=c` (a form body or a query alone)
        None => {
            out.push_str(rest);
            ""
        }
    };
    let (query, fragment) = query.split_at(query.find('#').unwrap_or(query.len()));
    for piece in query.split_inclusive(['&', ';']) {
        let (pair, sep) = match piece.strip_suffix(['&', ';']) {
            Some(p) => (p, &piece[p.len()..]),
            None => (piece, ""),
        };
        match pair.split_once('=') {
            Some((k, v)) if !v.is_empty() && is_secret_param(&percent_decoded(k)) => {
                out.push_str(k);
                out.push_str("=[redacted]");
            }
            _ => out.push_str(pair),
        }
        out.push_str(sep);
    }
    out.push_str(fragment);
    if out == s {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(out)
    }
}

/// A query key with its `%XX` escapes decoded (`api%5Fkey` is `api_key`), lossily.
fn percent_decoded(k: &str) -> String {
    let b = k.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).and_then(|c| hex(*c)),
            b.get(i + 2).and_then(|c| hex(*c)),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', ..) => {
                out.push(b' ');
                i += 1;
            }
            (c, ..) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
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

    #[test]
    fn secrets_in_urls_are_cut_and_the_error_code_kept() {
        for (raw, shown) in [
            (
                "https://h/x?token=t1&page_size=2",
                "https://h/x?token=[redacted]&page_size=2",
            ),
            ("/p?a=1;api_key=k2#frag", "/p?a=1;api_key=[redacted]#frag"),
            (
                "/p?Access_Token=t3&api%5Fkey=k4",
                "/p?Access_Token=[redacted]&api%5Fkey=[redacted]",
            ),
            (
                "postgres://u:pw5@db:5432/x?sslmode=require",
                "postgres://u:[redacted]@db:5432/x?sslmode=require",
            ),
            (
                "mysql://u@db/x?password=pw6",
                "mysql://u@db/x?password=[redacted]",
            ),
            (
                "client_secret=s7&grant=x",
                "client_secret=[redacted]&grant=x",
            ),
            ("/p?cursor=abc&q=", "/p?cursor=abc&q="),
            ("plain text", "plain text"),
            ("a ? b", "a ? b"),
        ] {
            assert_eq!(redact_url(raw), shown, "{raw}");
        }
        let v = serde_json::json!({"error": {"code": "not_found", "message": "m",
            "details": [{"code": "too_long", "field": "dsn"}]},
            "code": "oauth-code", "dsn": "postgres://u:pw8@h/db"});
        let r = redact(&v).to_string();
        assert!(
            r.contains("\"not_found\"") && r.contains("\"too_long\""),
            "{r}"
        );
        assert!(!r.contains("oauth-code") && !r.contains("pw8"), "{r}");
    }
}
