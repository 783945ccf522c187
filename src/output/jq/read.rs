//! JSON text straight into jq's values, compactly: object keys and short strings shared, objects
//! and arrays allocated at their exact size.
//!
//! Every jaq string is its own allocation, so a list of 100,000 objects held each key 100,000
//! times; with keys and short values (statuses, types, flags) shared and no spare capacity, the
//! parsed input takes less memory than jq's own.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use bytes::Bytes;
use jaq_json::{Map, Num, Val};
use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, SeqAccess, Visitor};

/// Strings up to this length are shared when they repeat; longer ones (ids, names, text) rarely
/// do.
const SHORT: usize = 24;
/// The table stops growing here, so input of all-distinct short strings costs a bounded amount.
const TABLE_MAX: usize = 1 << 16;

/// One parse's table of shared strings.
#[derive(Default)]
pub(crate) struct Strings {
    table: RefCell<HashSet<Bytes>>,
}

impl Strings {
    fn get(&self, s: &str) -> Val {
        if s.len() > SHORT {
            return Val::utf8_str(Bytes::copy_from_slice(s.as_bytes()));
        }
        let mut table = self.table.borrow_mut();
        if let Some(b) = table.get(s.as_bytes()) {
            return Val::utf8_str(b.clone());
        }
        let b = Bytes::copy_from_slice(s.as_bytes());
        if table.len() < TABLE_MAX {
            table.insert(b.clone());
        }
        Val::utf8_str(b)
    }

    /// One JSON value from `de`.
    pub(crate) fn value<'de, D: Deserializer<'de>>(&self, de: D) -> Result<Val, D::Error> {
        Seed(self).deserialize(de)
    }
}

#[derive(Clone, Copy)]
pub(crate) struct Seed<'s>(pub(crate) &'s Strings);

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Val;
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Val, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Val;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any valid JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Val, E> {
        Ok(Val::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Val, E> {
        Ok(Val::Num(Num::from_integral(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Val, E> {
        Ok(Val::Num(Num::from_integral(v)))
    }
    fn visit_i128<E: Error>(self, v: i128) -> Result<Val, E> {
        Ok(Val::Num(Num::from_integral(v)))
    }
    fn visit_u128<E: Error>(self, v: u128) -> Result<Val, E> {
        Ok(Val::Num(Num::from_integral(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Val, E> {
        Ok(Val::Num(Num::Float(v)))
    }
    fn visit_str<E: Error>(self, v: &str) -> Result<Val, E> {
        Ok(self.0.get(v))
    }
    fn visit_unit<E>(self) -> Result<Val, E> {
        Ok(Val::Null)
    }
    fn visit_none<E>(self) -> Result<Val, E> {
        Ok(Val::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<Val, D::Error> {
        self.deserialize(de)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Val, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(self)? {
            items.push(v);
        }
        items.shrink_to_fit();
        Ok(Val::Arr(items.into()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Val, A::Error> {
        let mut entries = Vec::new();
        while let Some(k) = map.next_key_seed(self)? {
            entries.push((k, map.next_value_seed(self)?));
        }
        let mut m = Map::with_capacity_and_hasher(entries.len(), Default::default());
        m.extend(entries);
        Ok(Val::obj(m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Val {
        let strings = Strings::default();
        strings
            .value(&mut serde_json::Deserializer::from_str(text))
            .unwrap()
    }

    #[test]
    fn reads_what_jaq_reads() {
        for text in [
            r#"{"a": [1, -2, 3.5, 18446744073709551615, true, null, "x"], "b": {"c": ""}}"#,
            r#"[{"status": "active", "k": 1}, {"status": "active", "k": 2}, {"k": 1, "k": 2}]"#,
            r#""a string longer than twenty-four bytes, not shared""#,
        ] {
            let ours = parse(text);
            let jaqs: Val = serde_json::from_str(text).unwrap();
            assert_eq!(ours.to_string(), jaqs.to_string(), "{text}");
        }
    }
}
