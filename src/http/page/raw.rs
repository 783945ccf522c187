//! A list page split without parsing its items: each item stays the bytes the server sent.
//!
//! Building a `serde_json::Value` per item and serialising it again was most of a walk's client
//! CPU, and it changed the data: integers beyond 2^64 came back rounded, and one `1e400` made the
//! whole page invalid. The body is checked as JSON without building anything (so a body cut
//! short is still caught and retried), and its items are marked in the same pass and handed on
//! as slices of the one body buffer.

use bytes::Bytes;
use serde_json::Value;

/// A page whose items are kept as their JSON text.
#[derive(Debug, Clone, PartialEq)]
pub struct RawPage {
    /// Each item's JSON text, a slice of the response body (no copy).
    pub items: Vec<Bytes>,
    pub has_more: Option<Value>,
    pub next_cursor: Option<Value>,
}

/// The page as serde_json reads it: each item a slice of the body, checked as JSON on the way
/// (one pass over the text), the other members skipped.
#[derive(serde::Deserialize)]
struct Shape<'b> {
    #[serde(borrow)]
    data: Vec<&'b serde_json::value::RawValue>,
    has_more: Option<Value>,
    next_cursor: Option<Value>,
}

/// Splits `body` into its items; `None` when it is not an object with one `data` array (or not
/// JSON at all), for the ordinary parse to say why.
pub fn split(body: &Bytes) -> Option<RawPage> {
    // Skipping the members outside the items checks their syntax but not that their strings are
    // UTF-8 (the items' text is checked): checked first.
    let text = std::str::from_utf8(body).ok()?;
    // A struct would also be read from an array of its members in order: not a page.
    if !text.trim_start().starts_with('{') {
        return None;
    }
    let shape: Shape<'_> = serde_json::from_str(text).ok()?;
    Some(RawPage {
        items: shape
            .data
            .into_iter()
            .map(|i| body.slice_ref(i.get().as_bytes()))
            .collect(),
        has_more: shape.has_more,
        next_cursor: shape.next_cursor,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_keep_their_text_and_shape_errors_are_left_to_the_parse() {
        let body = Bytes::from_static(
            br#"{"x": {"y": [1e999, "data"]}, "data": [ {"n": 1e400, "s": "],}"}, 123456789012345678901234567890 , "s" ], "has_more": true, "next_cursor": "c"}"#,
        );
        let page = split(&body).unwrap();
        let items: Vec<&[u8]> = page.items.iter().map(|b| &b[..]).collect();
        assert_eq!(
            items,
            [
                &br#"{"n": 1e400, "s": "],}"}"#[..],
                b"123456789012345678901234567890",
                br#""s""#
            ]
        );
        assert_eq!(page.has_more, Some(Value::Bool(true)));
        assert_eq!(page.next_cursor, Some(Value::from("c")));
        let empty = split(&Bytes::from_static(br#"{"data":[],"has_more":false}"#)).unwrap();
        assert!(empty.items.is_empty());
        for bad in [
            &br#"{"data": {}}"#[..],
            b"[]",
            br#"[[1], false, null]"#,
            br#"{"data": [1], "data": [2]}"#,
            br#"{"data": [1, 2"#,
            b"{\"data\": [\"\x01 a raw control character\"]}",
            b"{\"data\": [\"\xff not UTF-8\"]}",
            br#"{"has_more": false}"#,
            br#"{"d\u0061ta": [1], "data": []}"#,
        ] {
            assert!(split(&Bytes::from_static(bad)).is_none(), "{bad:?}");
        }
    }
}
