//! List items as the JSON text the server sent: written out compact or pretty without being
//! parsed, projected by `--fields` on the text, and turned into values exactly for the formats
//! that need them.
//!
//! The text is valid JSON already (the page was scanned as JSON when it arrived), so these only
//! track where strings start and end; numbers are never converted, which keeps `1e400` and
//! integers beyond 2^64 as they were sent.

use serde_json::{Map, Number, Value};

use super::fields::FieldPath;

/// Whether `raw` may have whitespace between its tokens: valid JSON has no control characters
/// inside strings, so any byte below 0x20 is such whitespace, and a space may be. One pass,
/// branch-free so that it runs over whole words at a time.
fn may_have_whitespace(raw: &[u8]) -> bool {
    raw.iter().fold(false, |any, &b| any | (b <= b' '))
}

/// The end (exclusive) of the string starting at `i` (its opening quote). Strings are most of
/// an item's text, so their bytes are passed over eight at a time up to the next quote or
/// backslash, not looked at one by one.
fn string_end(raw: &[u8], mut i: usize) -> usize {
    i += 1;
    loop {
        while let Some(word) = raw.get(i..i + 8) {
            let w = u64::from_le_bytes(word.try_into().expect("eight bytes"));
            let found = has_byte(w, b'"') | has_byte(w, b'\\');
            if found != 0 {
                i += (found.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        match raw.get(i) {
            None => return raw.len(),
            Some(b'"') => return i + 1,
            Some(b'\\') => i += 2,
            Some(_) => i += 1,
        }
    }
}

/// The high bit of each byte of `w` that equals `b`, exact up to the first such byte (above it a
/// borrow may mark others): enough to find the first one.
const fn has_byte(w: u64, b: u8) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    let x = w ^ (ONES * b as u64);
    x.wrapping_sub(ONES) & !x & (ONES << 7)
}

/// Appends `raw` to `out` compact, as serde_json writes JSON: as it is when it has no whitespace
/// at all (one fast pass), else without the whitespace between its tokens.
pub(crate) fn compact(out: &mut Vec<u8>, raw: &[u8]) {
    if !may_have_whitespace(raw) {
        out.extend_from_slice(raw);
        return;
    }
    out.reserve(raw.len());
    let (mut i, mut from) = (0, 0);
    while i < raw.len() {
        match raw[i] {
            b'"' => i = string_end(raw, i),
            b' ' | b'\t' | b'\n' | b'\r' => {
                out.extend_from_slice(&raw[from..i]);
                i += 1;
                from = i;
            }
            _ => i += 1,
        }
    }
    out.extend_from_slice(&raw[from..]);
}

fn newline(out: &mut Vec<u8>, depth: usize) {
    out.push(b'\n');
    for _ in 0..depth {
        out.extend_from_slice(b"  ");
    }
}

fn skip_ws(raw: &[u8], mut i: usize) -> usize {
    while i < raw.len() && matches!(raw[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// Appends `raw` pretty-printed as `serde_json::to_string_pretty` does (two spaces a level,
/// `{}` and `[]` when empty), its lines after the first indented by `base` levels.
pub(crate) fn pretty(out: &mut Vec<u8>, raw: &[u8], base: usize) {
    let mut depth = base;
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'"' => {
                let end = string_end(raw, i);
                out.extend_from_slice(&raw[i..end]);
                i = end;
                continue;
            }
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                let next = skip_ws(raw, i + 1);
                out.push(open);
                if raw.get(next) == Some(&close) {
                    out.push(close);
                    i = next;
                } else {
                    depth += 1;
                    newline(out, depth);
                }
            }
            close @ (b'}' | b']') => {
                depth = depth.saturating_sub(1);
                newline(out, depth);
                out.push(close);
            }
            b',' => {
                out.push(b',');
                newline(out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            b' ' | b'\t' | b'\n' | b'\r' => {}
            b => out.push(b),
        }
        i += 1;
    }
}

/// The end (exclusive) of the value starting at `i` (after any whitespace).
fn value_end(raw: &[u8], i: usize) -> usize {
    let mut i = skip_ws(raw, i);
    let mut depth = 0usize;
    while i < raw.len() {
        match raw[i] {
            b'"' => {
                i = string_end(raw, i);
                if depth == 0 {
                    return i;
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => return i,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            b',' | b' ' | b'\t' | b'\n' | b'\r' | b':' if depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    raw.len()
}

/// The decoded text of the string at `raw[start..end]` (quotes included); a string serde_json
/// refuses (a lone surrogate escape) is shown as written.
fn string_at(raw: &[u8], start: usize, end: usize) -> String {
    serde_json::from_slice(&raw[start..end]).unwrap_or_else(|_| {
        let inner = raw
            .get(start + 1..end.saturating_sub(1))
            .unwrap_or_default();
        String::from_utf8_lossy(inner).into_owned()
    })
}

/// The members of the object at `raw` in order (keys decoded); empty for anything else.
fn members(raw: &[u8]) -> Vec<(String, &[u8])> {
    let mut out = Vec::new();
    let mut i = skip_ws(raw, 0);
    if raw.get(i) != Some(&b'{') {
        return out;
    }
    i += 1;
    loop {
        i = skip_ws(raw, i);
        if raw.get(i) != Some(&b'"') {
            return out;
        }
        let key_end = string_end(raw, i);
        let key = string_at(raw, i, key_end);
        i = skip_ws(raw, key_end);
        if raw.get(i) != Some(&b':') {
            return out;
        }
        let start = skip_ws(raw, i + 1);
        let end = value_end(raw, start);
        out.push((key, &raw[start..end]));
        i = skip_ws(raw, end);
        if raw.get(i) != Some(&b',') {
            return out;
        }
        i += 1;
    }
}

/// The elements of the array at `raw` in order; empty for anything else.
fn elements(raw: &[u8]) -> Vec<&[u8]> {
    elements_at(raw, 0).map_or_else(Vec::new, |(items, _)| items)
}

/// The elements of the array starting at `raw[i]` (after any whitespace), and where it ends;
/// `None` when no array starts there.
fn elements_at(raw: &[u8], i: usize) -> Option<(Vec<&[u8]>, usize)> {
    let mut out = Vec::new();
    let mut i = skip_ws(raw, i);
    if raw.get(i) != Some(&b'[') {
        return None;
    }
    i = skip_ws(raw, i + 1);
    if raw.get(i) == Some(&b']') {
        return Some((out, i + 1));
    }
    loop {
        let start = skip_ws(raw, i);
        let end = value_end(raw, start);
        if end == start {
            return Some((out, end));
        }
        out.push(&raw[start..end]);
        i = skip_ws(raw, end);
        if raw.get(i) != Some(&b',') {
            return Some((out, i + 1));
        }
        i += 1;
    }
}

/// A number's JSON value when a 64-bit integer or a finite double holds it as written, else its
/// source text as a string (`1e400`, integers beyond 2^64): shown as sent, never rounded.
pub(crate) fn exact_number(text: &str) -> Value {
    let integral = !text.contains(['.', 'e', 'E']);
    if integral {
        if let Ok(i) = text.parse::<i64>() {
            return Value::Number(i.into());
        }
        if let Ok(u) = text.parse::<u64>() {
            return Value::Number(u.into());
        }
    } else if let Some(n) = text
        .parse::<f64>()
        .ok()
        .filter(|f| f.is_finite())
        .and_then(Number::from_f64)
    {
        return Value::Number(n);
    }
    Value::String(text.to_owned())
}

/// A run of this many digits may be an integer no 64-bit one holds (`u64::MAX` has 20, and
/// `i64::MIN` 19), which serde_json would round to a double.
const LONG_DIGITS: usize = 19;

pub(crate) fn has_long_digits(raw: &[u8]) -> bool {
    let mut run = 0;
    for &b in raw {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run >= LONG_DIGITS {
            return true;
        }
    }
    false
}

/// The item as a value for the formats that need one (tables, CSV, YAML): parsed as usual, with
/// every number that does not fit shown by its source text (see [`exact_number`]).
pub(crate) fn value(raw: &[u8]) -> Value {
    if !has_long_digits(raw)
        && let Ok(v) = serde_json::from_slice(raw)
    {
        return v;
    }
    exact_value(raw)
}

/// How deep [`exact_value`] builds values, as serde_json's parse does (it recurses once a level,
/// and the check that the text is JSON does not bound the depth).
pub(crate) const MAX_DEPTH: usize = 128;

/// Whether the arrays and objects of valid JSON text nest at most `max` deep.
pub(crate) fn nests_within(raw: &[u8], max: usize) -> bool {
    let (mut depth, mut i) = (0usize, 0);
    while i < raw.len() {
        match raw[i] {
            b'"' => {
                i = string_end(raw, i);
                continue;
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > max {
                    return false;
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    true
}

/// The value of valid JSON text with every number that does not fit shown by its source text,
/// whatever the text holds (see [`value`] for the fast path). What nests deeper than
/// [`MAX_DEPTH`] is shown by its text too.
pub(crate) fn exact_value(raw: &[u8]) -> Value {
    exact_at(raw, 0)
}

fn exact_at(raw: &[u8], depth: usize) -> Value {
    let start = skip_ws(raw, 0);
    match raw.get(start) {
        Some(b'{' | b'[') if depth >= MAX_DEPTH => {
            let mut text = Vec::new();
            compact(&mut text, raw);
            Value::String(String::from_utf8_lossy(&text).into_owned())
        }
        Some(b'{') => {
            let mut map = Map::new();
            for (k, v) in members(raw) {
                map.insert(k, exact_at(v, depth + 1));
            }
            Value::Object(map)
        }
        Some(b'[') => Value::Array(
            elements(raw)
                .into_iter()
                .map(|v| exact_at(v, depth + 1))
                .collect(),
        ),
        Some(b'"') => Value::String(string_at(raw, start, string_end(raw, start))),
        Some(b't') => Value::Bool(true),
        Some(b'f') => Value::Bool(false),
        Some(b'n') | None => Value::Null,
        Some(_) => {
            let end = value_end(raw, start);
            exact_number(&String::from_utf8_lossy(&raw[start..end]))
        }
    }
}

/// The value at `segs` inside `raw` (objects by key, the last of a repeated one as a parse
/// keeps; arrays by index), as `fields::lookup` finds it in a parsed item.
fn lookup<'r>(raw: &'r [u8], segs: &[String]) -> Option<&'r [u8]> {
    segs.iter()
        .try_fold(raw, |v, seg| match v.get(skip_ws(v, 0)) {
            Some(b'{') => members(v)
                .into_iter()
                .rev()
                .find(|(k, _)| k == seg)
                .map(|(_, v)| v),
            Some(b'[') => seg
                .parse::<usize>()
                .ok()
                .and_then(|i| elements(v).get(i).copied()),
            _ => None,
        })
}

/// A `--fields` projection under construction: what `fields::project` builds, with the picked
/// values kept as text.
enum Node<'r> {
    Leaf(Option<&'r [u8]>),
    Obj(Vec<(String, Node<'r>)>),
}

/// First writer wins, as in `fields::project`: `b` then `b.c` keeps all of `b`.
fn insert<'r>(node: &mut Vec<(String, Node<'r>)>, segs: &[String], picked: Option<&'r [u8]>) {
    let Some((first, rest)) = segs.split_first() else {
        return;
    };
    let at = node.iter().position(|(k, _)| k == first);
    if rest.is_empty() {
        if at.is_none() {
            node.push((first.clone(), Node::Leaf(picked)));
        }
        return;
    }
    let at = at.unwrap_or_else(|| {
        node.push((first.clone(), Node::Obj(Vec::new())));
        node.len() - 1
    });
    if let Node::Obj(m) = &mut node[at].1 {
        insert(m, rest, picked);
    }
}

fn write_node(out: &mut Vec<u8>, node: &Node<'_>) {
    match node {
        Node::Leaf(Some(raw)) => compact(out, raw),
        Node::Leaf(None) => out.extend_from_slice(b"null"),
        Node::Obj(members) => {
            out.push(b'{');
            for (n, (k, v)) in members.iter().enumerate() {
                if n > 0 {
                    out.push(b',');
                }
                serde_json::to_writer(&mut *out, k).expect("a string serialises");
                out.push(b':');
                write_node(out, v);
            }
            out.push(b'}');
        }
    }
}

/// The item with only the `--fields` paths, nesting kept and missing ones null, as compact
/// text; the picked values are the server's text.
pub(crate) fn project(raw: &[u8], fields: &[FieldPath]) -> Vec<u8> {
    let mut root = Vec::new();
    for f in fields {
        insert(&mut root, &f.segs, lookup(raw, &f.segs));
    }
    let mut out = Vec::new();
    write_node(&mut out, &Node::Obj(root));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::fields;
    use serde_json::json;

    const ITEM: &str = r#"{"id":"c_1","big":123456789012345678901234567890,"huge":1e400,"neg":-9223372036854775809,"f":2.5,"s":"a \"q\" \\ b,}","n":null,"t":true,"o":{"x":[1,{"y":2}],"e":{},"a":[]}}"#;

    #[test]
    fn compact_and_pretty_keep_every_number_and_string() {
        let spaced = "{ \"id\" : \"c_1\",\n \"big\":\t123456789012345678901234567890 ,\r\n \"s\": \"a \\\"q\\\" \\\\ b,}\" }";
        let mut out = Vec::new();
        compact(&mut out, spaced.as_bytes());
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"{"id":"c_1","big":123456789012345678901234567890,"s":"a \"q\" \\ b,}"}"#
        );
        // Without the unrepresentable numbers, pretty output is serde_json's, byte for byte.
        let ordinary = r#"{"id":"c_1","f":2.5,"s":"a \"q\" \\ b,}","n":null,"o":{"x":[1,{"y":2}],"e":{},"a":[ ]}}"#;
        let mut out = Vec::new();
        pretty(&mut out, ordinary.as_bytes(), 0);
        let v: Value = serde_json::from_str(ordinary).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_json::to_string_pretty(&v).unwrap()
        );
        let mut out = Vec::new();
        pretty(&mut out, ITEM.as_bytes(), 1);
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("\n    \"huge\": 1e400,\n"), "{text}");
        assert!(text.ends_with("\n  }"), "{text}");
    }

    #[test]
    fn strings_end_where_a_byte_by_byte_scan_says() {
        let naive = |raw: &[u8], mut i: usize| {
            i += 1;
            while i < raw.len() {
                match raw[i] {
                    b'"' => return i + 1,
                    b'\\' => i += 2,
                    _ => i += 1,
                }
            }
            raw.len()
        };
        for len in 0..40 {
            for at in 0..len {
                for special in [&b"\\\""[..], b"\\\\", b"\"", b"\\"] {
                    let mut text = vec![b'"'];
                    text.extend((0..len).map(|k| b'a' + (k % 26) as u8));
                    text.splice(1 + at..1 + at, special.iter().copied());
                    for tail in [&b"\""[..], b"\",1]", b""] {
                        let mut t = text.clone();
                        t.extend_from_slice(tail);
                        assert_eq!(
                            string_end(&t, 0),
                            naive(&t, 0),
                            "{:?}",
                            String::from_utf8_lossy(&t)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn values_show_what_no_number_holds_by_its_text() {
        assert_eq!(
            value(ITEM.as_bytes()),
            json!({"id": "c_1", "big": "123456789012345678901234567890", "huge": "1e400",
                   "neg": "-9223372036854775809", "f": 2.5, "s": "a \"q\" \\ b,}", "n": null,
                   "t": true, "o": {"x": [1, {"y": 2}], "e": {}, "a": []}})
        );
        assert_eq!(exact_number("18446744073709551615"), json!(u64::MAX));
        assert_eq!(exact_number("-12"), json!(-12));
        assert_eq!(exact_number("1e3"), json!(1000.0));
        assert_eq!(value(br#"{"a":"\ud800"}"#), json!({"a": "\\ud800"}));
        // Nesting no parse takes is shown by its text from the limit on, not recursed into.
        let deep = format!("{}1e400{}", "[".repeat(100_000), "]".repeat(100_000));
        let mut v = &value(deep.as_bytes());
        for _ in 0..MAX_DEPTH {
            v = &v[0];
        }
        assert_eq!(v.as_str().map(str::len), Some(deep.len() - 2 * MAX_DEPTH));
        assert!(!nests_within(deep.as_bytes(), MAX_DEPTH));
        assert!(nests_within(br#"[[["[[[["]]]"#, 3));
    }

    #[test]
    fn projection_on_text_matches_projection_on_values() {
        let ordinary = r#"{"id":"c_1","s":"x","a":{"b":1,"c":[5,6]},"a2":{"b":0},"d":{"e":1}}"#;
        let v: Value = serde_json::from_str(ordinary).unwrap();
        for spec in [
            "id",
            "a.b,id",
            "a,a.b",
            "a.b,a",
            "a.c.1,missing,d.e.f",
            "s.x",
        ] {
            let f = fields::parse(Some(spec)).unwrap();
            let text = String::from_utf8(project(ordinary.as_bytes(), &f)).unwrap();
            assert_eq!(text, fields::project(&v, &f).to_string(), "{spec}");
        }
        let f = fields::parse(Some("huge,big,o.x.1")).unwrap();
        assert_eq!(
            String::from_utf8(project(ITEM.as_bytes(), &f)).unwrap(),
            r#"{"huge":1e400,"big":123456789012345678901234567890,"o":{"x":{"1":{"y":2}}}}"#
        );
    }
}
