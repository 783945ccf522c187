//! `.[] | f` over a large list, element by element: each element is parsed, given to `f` and
//! dropped before the next is read, so memory stays flat where jq (and the whole-input path)
//! holds the entire list.
//!
//! `.[] | f` on an array is `f` on each element in order, and on JSON or NDJSON text (see
//! `Input::Documents`) it is `f` on each element of each array document and on each other
//! document. A lone document that is not an array is left to the whole program (`.[]` of an
//! object, or its error on a scalar). Results are kept until the end, so text that turns out not
//! to be JSON still prints nothing: after `f` stops early the rest is only checked.

use std::cell::RefCell;
use std::fmt;

use jaq_core::load::parse::{BinaryOp, Term};
use jaq_core::path::{Opt, Part, Path};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::read::{Seed, Strings};
use super::{Filter, OutputError, Val, run_filter};

/// `f` when `main` is `.[] | f`, `.[]` or `.[]` followed by more path (`.[].a[0]`).
pub(super) fn split<'a>(main: &Term<&'a str>) -> Option<Term<&'a str>> {
    let each = |p: &(Part<Term<&str>>, Opt)| matches!(p, (Part::Range(None, None), Opt::Essential));
    match main {
        Term::BinOp(l, BinaryOp::Pipe(None), r) => match &**l {
            Term::Path(base, Path(parts))
                if matches!(**base, Term::Id) && parts.len() == 1 && each(&parts[0]) =>
            {
                Some((**r).clone())
            }
            _ => None,
        },
        Term::Path(base, Path(parts))
            if matches!(**base, Term::Id) && parts.first().is_some_and(each) =>
        {
            let rest = parts[1..].to_vec();
            Some(if rest.is_empty() {
                Term::Id
            } else {
                Term::Path(Box::new(Term::Id), Path(rest))
            })
        }
        _ => None,
    }
}

pub(super) enum Ran {
    /// Every element was run: the results and the error that ended the run early.
    Done(Vec<Value>, Option<OutputError>),
    /// One document that is not an array: for the whole program.
    Whole(Val),
    /// Not JSON, or no document at all.
    NotJson,
}

struct Each<'a> {
    filter: &'a Filter,
    strings: Strings,
    results: RefCell<Vec<Value>>,
    /// Set once `f` stopped (an error or `halt`): the rest is only checked.
    stopped: RefCell<Option<Option<OutputError>>>,
}

impl Each<'_> {
    fn run(&self, v: Val) {
        if self.stopped.borrow().is_some() {
            return;
        }
        if let Some(err) = run_filter(self.filter, v, &mut self.results.borrow_mut()) {
            *self.stopped.borrow_mut() = Some(err);
        }
    }
}

/// Runs `filter` (the `f` of `.[] | f`) over the documents of `text`.
pub(super) fn run(filter: &Filter, text: &[u8]) -> Ran {
    let each = Each {
        filter,
        strings: Strings::default(),
        results: RefCell::new(Vec::new()),
        stopped: RefCell::new(None),
    };
    let mut de = serde_json::Deserializer::from_slice(text);
    let mut docs = 0usize;
    let mut first: Option<Val> = None;
    while de.end().is_err() {
        if docs == 1 {
            // A second document: the first, not an array, was one element of the list.
            if let Some(v) = first.take() {
                each.run(v);
            }
        }
        match Doc(&each).deserialize(&mut de) {
            Ok(None) => {}
            Ok(Some(v)) if docs == 0 => first = Some(v),
            Ok(Some(v)) => each.run(v),
            Err(_) => return Ran::NotJson,
        }
        docs += 1;
    }
    match (docs, first) {
        (0, _) => Ran::NotJson,
        (_, Some(v)) => Ran::Whole(v),
        _ => {
            let err = each.stopped.take().flatten();
            Ran::Done(each.results.take(), err)
        }
    }
}

/// One top-level document: an array is run element by element (`None`), anything else parsed.
struct Doc<'e, 'a>(&'e Each<'a>);

impl<'de> DeserializeSeed<'de> for Doc<'_, '_> {
    type Value = Option<Val>;
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Option<Val>, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Doc<'_, '_> {
    type Value = Option<Val>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any valid JSON value")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<Val>, A::Error> {
        loop {
            if self.0.stopped.borrow().is_some() {
                if seq.next_element::<IgnoredAny>()?.is_none() {
                    return Ok(None);
                }
                continue;
            }
            match seq.next_element_seed(Seed(&self.0.strings))? {
                Some(v) => self.0.run(v),
                None => return Ok(None),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<Val>, A::Error> {
        Seed(&self.0.strings).visit_map(map).map(Some)
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Option<Val>, E> {
        Seed(&self.0.strings).visit_bool(v).map(Some)
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Option<Val>, E> {
        Seed(&self.0.strings).visit_i64(v).map(Some)
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Option<Val>, E> {
        Seed(&self.0.strings).visit_u64(v).map(Some)
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Option<Val>, E> {
        Seed(&self.0.strings).visit_f64(v).map(Some)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Option<Val>, E> {
        Seed(&self.0.strings).visit_str(v).map(Some)
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Option<Val>, E> {
        Ok(Some(Val::Null))
    }
}

#[cfg(test)]
mod tests {
    use super::super::Program;
    use serde_json::{Value, json};

    /// The element-wise run gives what the whole program gives on the same text.
    fn same(code: &str, text: &str) {
        let p = Program::compile(code).unwrap();
        assert!(p.each.is_some(), "{code} is element-wise");
        let streamed = match p.run(super::super::Input::Documents(text.into())) {
            super::super::Outcome::Ran(r, e) => (r, e.map(|e| e.to_string())),
            super::super::Outcome::NotJson(_) => panic!("{text} is JSON"),
        };
        let whole = Program {
            filter: p.filter,
            each: None,
        };
        let expected = match whole.run(super::super::Input::Documents(text.into())) {
            super::super::Outcome::Ran(r, e) => (r, e.map(|e| e.to_string())),
            super::super::Outcome::NotJson(_) => panic!("{text} is JSON"),
        };
        assert_eq!(streamed, expected, "{code} on {text}");
    }

    #[test]
    fn element_by_element_is_the_whole_program() {
        let list = r#"[{"a": 1, "s": "x"}, {"a": 2, "s": "y"}, {"a": 3}]"#;
        for code in [
            ".[]",
            ".[].a",
            ".[] | .s",
            r#".[] | select(.a > 1) | {a, t: "\(.s)"}"#,
            ".[] | .a, .a * 10",
            ".[] | if .a == 2 then halt else .a end",
            ".[] | .s | ascii_downcase",
        ] {
            same(code, list);
            same(code, "[1, 2]\n{\"a\": 9}\n[3]");
            same(code, r#"{"x": {"a": 5}, "y": {"a": 6}}"#);
            same(code, "[]");
        }
        same(".[] | .a", "7");
        same(".[]", "\"text\"");
    }

    #[test]
    fn not_json_prints_nothing_even_after_a_stop() {
        let p = Program::compile(".[] | error").unwrap();
        let bad = b"[1, 2, {".to_vec();
        assert!(matches!(
            p.run(super::super::Input::Documents(bad)),
            super::super::Outcome::NotJson(_)
        ));
        let p = Program::compile(".[] | .a").unwrap();
        match p.run(super::super::Input::Text(b"[{\"a\": 1}, 5]".to_vec())) {
            super::super::Outcome::Ran(r, e) => {
                assert_eq!(r, [json!(1)]);
                assert!(e.is_some());
            }
            super::super::Outcome::NotJson(_) => panic!("JSON"),
        }
        let _: Value = json!(null);
    }
}
