//! `--jq`: compiles the filter up front with jaq and runs it on the whole result.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data};
use serde::Deserialize as _;
use serde_json::{Map, Value};

use super::OutputError;

pub(crate) use jaq_json::Val;

type Filter = jaq_core::Filter<data::JustLut<Val>>;

/// A compiled filter; the jaq program is pure data, so it is `Send + Sync`.
pub(crate) struct Program {
    filter: Filter,
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Program")
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(code: &str, offset: usize) -> (usize, usize) {
    let before = &code[..offset.min(code.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Tokens can be whole bracketed groups, so long ones are cut short.
fn found(part: &str) -> String {
    if part.is_empty() {
        return "end of input".to_owned();
    }
    let mut head: String = part.chars().take(12).collect();
    if head.len() < part.len() {
        head.push('…');
    }
    format!("`{head}`")
}

fn invalid(code: &str, part: &str, what: String) -> OutputError {
    let offset = jaq_core::load::span(code, part).start;
    let (line, col) = line_col(code, offset);
    OutputError::Jq {
        message: format!("invalid --jq expression at {line}:{col}: {what}"),
    }
}

fn load_error(code: &str, err: jaq_core::load::Error<&str>) -> OutputError {
    use jaq_core::load::{Error, lex};
    match err {
        Error::Lex(errs) => match errs.into_iter().next() {
            Some((expect, part)) => {
                let tok: String = part.chars().take(1).collect();
                let what = match expect {
                    lex::Expect::Token => format!("unexpected token `{tok}`"),
                    other => format!("expected {}, found {}", other.as_str(), found(&tok)),
                };
                invalid(code, part, what)
            }
            None => invalid(code, code, "cannot read expression".to_owned()),
        },
        Error::Parse(errs) => match errs.into_iter().next() {
            Some((expect, part)) => {
                let what = format!("expected {}, found {}", expect.as_str(), found(part));
                invalid(code, part, what)
            }
            None => invalid(code, code, "cannot parse expression".to_owned()),
        },
        Error::Io(errs) => match errs.into_iter().next() {
            Some((path, _)) => invalid(code, path, "modules cannot be loaded here".to_owned()),
            None => invalid(code, code, "modules cannot be loaded here".to_owned()),
        },
    }
}

impl Program {
    pub(crate) fn compile(code: &str) -> Result<Self, OutputError> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let arena = Arena::default();
        let modules = Loader::new(defs)
            .load(&arena, File { code, path: () })
            .map_err(|errs| match errs.into_iter().next() {
                Some((_, e)) => load_error(code, e),
                None => invalid(code, code, "cannot parse expression".to_owned()),
            })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errs| {
                let first = errs.into_iter().flat_map(|(_, e)| e).next();
                match first {
                    Some((name, undef)) => {
                        invalid(code, name, format!("undefined {} `{name}`", undef.as_str()))
                    }
                    None => invalid(code, code, "cannot compile expression".to_owned()),
                }
            })?;
        Ok(Self { filter })
    }

    /// All results, in order; a runtime error ends the run but keeps what came before,
    /// as jq prints earlier outputs before failing.
    #[cfg(test)]
    pub(crate) fn run(&self, input: &Value) -> (Vec<Value>, Option<OutputError>) {
        match to_val(input) {
            Ok(v) => self.run_val(v),
            Err(e) => (Vec::new(), Some(e)),
        }
    }

    /// [`Program::run`] on an input already in jaq's form.
    pub(crate) fn run_val(&self, input: Val) -> (Vec<Value>, Option<OutputError>) {
        let ctx = Ctx::<data::JustLut<Val>>::new(&self.filter.lut, Vars::new([]));
        let mut results = Vec::new();
        for item in self.filter.id.run((ctx, input)) {
            match item {
                Ok(v) => results.push(to_json(&v)),
                Err(exn) => {
                    // `halt`/`halt_error` end the program; jaq's helper would exit the process.
                    let err = match exn.get_err() {
                        Ok(e) => Some(runtime(e.to_string())),
                        Err(exn) => match exn.get_halt() {
                            Ok(0) => None,
                            Ok(code) => Some(runtime(format!("halted with exit code {code}"))),
                            Err(_) => Some(runtime("unexpected control flow".to_owned())),
                        },
                    };
                    return (results, err);
                }
            }
        }
        (results, None)
    }
}

/// The value as jq sees it.
pub(crate) fn to_val(v: &Value) -> Result<Val, OutputError> {
    Val::deserialize(v).map_err(|e| runtime(e.to_string()))
}

/// One JSON document parsed straight into jq's value.
pub(crate) fn parse(text: &[u8]) -> Result<Val, OutputError> {
    serde_json::from_slice(text).map_err(|e| runtime(e.to_string()))
}

/// One jq array of the items.
pub(crate) fn array(items: Vec<Val>) -> Val {
    Val::Arr(items.into())
}

/// JSON text (one document or many, as NDJSON) parsed straight into jq's values, with no
/// `serde_json` tree in between; `None` unless it is valid JSON.
pub(crate) fn parse_documents(data: &[u8]) -> Option<Vec<Val>> {
    serde_json::Deserializer::from_slice(data)
        .into_iter::<Val>()
        .collect::<Result<_, _>>()
        .ok()
}

fn runtime(message: String) -> OutputError {
    OutputError::JqRuntime { message }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// jaq values are a superset of JSON: byte strings become text, NaN becomes null
/// (as in jq), non-string keys are written as their jq rendering.
pub(crate) fn to_json(v: &Val) -> Value {
    match v {
        Val::Null => Value::Null,
        Val::Bool(b) => Value::Bool(*b),
        Val::Num(_) => serde_json::from_str(&v.to_string()).unwrap_or(Value::Null),
        Val::TStr(b) | Val::BStr(b) => Value::String(text(b)),
        Val::Arr(a) => Value::Array(a.iter().map(to_json).collect()),
        Val::Obj(o) => {
            let mut m = Map::new();
            for (k, v) in o.iter() {
                let key = match k {
                    Val::TStr(b) | Val::BStr(b) => text(b),
                    other => other.to_string(),
                };
                m.insert(key, to_json(v));
            }
            Value::Object(m)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn msg(code: &str) -> String {
        Program::compile(code).unwrap_err().to_string()
    }

    #[test]
    fn parse_errors_carry_positions() {
        assert_eq!(
            msg(".items | )"),
            "invalid --jq expression at 1:10: unexpected token `)`"
        );
        assert_eq!(
            msg(".a | | .b"),
            "invalid --jq expression at 1:6: expected term, found `|`"
        );
        assert_eq!(
            msg("map(.a"),
            "invalid --jq expression at 1:7: expected closing parenthesis, found end of input"
        );
        assert!(
            msg(".a |\n  nosuchfn").starts_with("invalid --jq expression at 2:3: undefined filter")
        );
        let cases = [
            ("\"abc", "1:5: expected closing quote, found end of input"),
            ("{a:}", "1:4: expected term, found `}`"),
            (
                "if . then 1",
                "1:12: expected else or end, found end of input",
            ),
            ("$x", "1:1: undefined variable `$x`"),
        ];
        for (bad, why) in cases {
            assert_eq!(msg(bad), format!("invalid --jq expression at {why}"));
        }
    }

    #[test]
    fn runs_and_converts_back() {
        let p = Program::compile(r#".[] | {n: .name, big: (.x * 2), s: "\(.x)"}"#).unwrap();
        let (out, err) = p.run(&json!([{"name": "a", "x": 1.5}, {"name": "b", "x": 3}]));
        assert!(err.is_none());
        assert_eq!(
            out,
            [
                json!({"n": "a", "big": 3.0, "s": "1.5"}),
                json!({"n": "b", "big": 6, "s": "3"})
            ]
        );
    }

    #[test]
    fn runtime_errors_keep_earlier_results() {
        let p = Program::compile(".[] | .a").unwrap();
        let (out, err) = p.run(&json!([{"a": 1}, 5]));
        assert_eq!(out, [json!(1)]);
        assert!(matches!(err, Some(OutputError::JqRuntime { .. })));
        let (out, err) = Program::compile("1, halt, 2").unwrap().run(&json!(null));
        assert_eq!((out, err.is_none()), (vec![json!(1)], true));
    }
}
