//! `--jq`: compiles the filter up front with jaq and runs it on the whole result, on a thread with
//! a large stack and within limits (program size and nesting, recursion, value depth) that end a
//! runaway filter with a clear error instead of a stack overflow.

use jaq_core::load::parse::{BinaryOp, Def, Pattern, Term};
use jaq_core::load::{Arena, File, Loader, lex::StrPart};
use jaq_core::{Compiler, Ctx, Vars, data};
use serde::Deserialize as _;
use serde_json::{Map, Value};

use super::OutputError;

pub(crate) use jaq_json::Val;

type Data = data::JustLut<Val>;
type Filter = jaq_core::Filter<Data>;

mod each;
mod limits;
mod read;

/// A compiled filter; the jaq program is pure data, so it is `Send + Sync`.
pub(crate) struct Program {
    filter: Filter,
    /// For a program `.[] | f` (or `.[]`, `.[].a…`): `f` alone, run on each element of an array
    /// input as the element is parsed, so a large list is never held whole (see [`each`]).
    each: Option<Filter>,
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

/// Where `part` starts inside `code`; 0 when it is not a slice of it.
fn offset_in(code: &str, part: &str) -> usize {
    let (start, at) = (code.as_ptr() as usize, part.as_ptr() as usize);
    if at >= start && at + part.len() <= start + code.len() {
        at - start
    } else {
        0
    }
}

fn invalid(code: &str, part: &str, what: String) -> OutputError {
    let offset = offset_in(code, part);
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

/// Where the filter's input comes from; it is turned into jaq's values on the jq thread, since
/// they cannot cross threads.
pub(crate) enum Input<'a> {
    /// An API value.
    Value(&'a Value),
    /// One JSON document (a list collected as text).
    Text(Vec<u8>),
    /// JSON or NDJSON text (`rime format`): one document alone, else one list of the array
    /// elements and other documents in order.
    Documents(Vec<u8>),
}

/// What a run gave: results, and the error that ended it early; or the text back when it was not
/// JSON (`Input::Documents` only), for the caller's own parser to say where.
pub(crate) enum Outcome {
    Ran(Vec<Value>, Option<OutputError>),
    NotJson(Vec<u8>),
}

impl Program {
    /// Parses and compiles `code` (on the jq thread: jaq's parser recurses once per nesting level).
    pub(crate) fn compile(code: &str) -> Result<Self, OutputError> {
        limits::check_source(code)?;
        limits::on_jq_stack(|| Self::compile_here(code))?
    }

    fn compile_here(code: &str) -> Result<Self, OutputError> {
        let Some(main) = jaq_core::load::parse(code, |p| p.term()) else {
            let err = Loader::new([])
                .load(&Arena::default(), File { code, path: () })
                .err()
                .and_then(|errs| errs.into_iter().next())
                .map(|(_, e)| load_error(code, e));
            return Err(err.unwrap_or_else(|| {
                invalid(
                    code,
                    code,
                    "module directives (import, include, module) are not supported".to_owned(),
                )
            }));
        };
        let each = each::split(&main)
            .map(|f| Self::compile_term(code, f))
            .transpose()?;
        let filter = Self::compile_term(code, main)?;
        Ok(Self { filter, each })
    }

    fn compile_term(code: &str, mut main: Term<&str>) -> Result<Filter, OutputError> {
        let mut defs: Vec<Def<&str>> = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs())
            .map(guard_def)
            .collect();
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs())
            .chain(limits::funs());
        let arena = Arena::default();
        // The user's program becomes the prelude's `__rime_main`, with every definition and
        // reduce/foreach step guarded; the loader then only resolves the call to it.
        instrument(&mut main);
        defs.push(Def {
            name: "__rime_main",
            args: Vec::new(),
            body: main,
        });
        let modules = Loader::new(defs)
            .load(
                &arena,
                File {
                    code: "__rime_main",
                    path: (),
                },
            )
            .map_err(|errs| match errs.into_iter().next() {
                Some((_, e)) => load_error(code, e),
                None => invalid(code, code, "cannot parse expression".to_owned()),
            })?;
        Compiler::default()
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
            })
    }

    /// All results, in order; a runtime error ends the run but keeps what came before,
    /// as jq prints earlier outputs before failing.
    #[cfg(test)]
    pub(crate) fn run_json(&self, input: &Value) -> (Vec<Value>, Option<OutputError>) {
        match self.run(Input::Value(input)) {
            Outcome::Ran(results, err) => (results, err),
            Outcome::NotJson(_) => unreachable!("a value is JSON"),
        }
    }

    /// Runs the filter on the jq thread; every jaq value is made, used and dropped there.
    pub(crate) fn run(&self, input: Input<'_>) -> Outcome {
        let ran = limits::on_jq_stack(|| {
            // Element by element through serde_json, unless a number there may not survive it.
            if let (Some(each), Input::Text(text) | Input::Documents(text)) = (&self.each, &input)
                && !super::raw::has_long_digits(text)
            {
                match each::run(each, text) {
                    each::Ran::Done(results, err) => {
                        return Outcome::Ran(results, limits::tripped().or(err));
                    }
                    each::Ran::Whole(val) => {
                        let (results, err) = self.run_val(val);
                        return Outcome::Ran(results, err);
                    }
                    // The whole-input path says why.
                    each::Ran::NotJson => {}
                }
            }
            let val = match input {
                Input::Value(v) => match to_val(v) {
                    Ok(val) => val,
                    Err(e) => return Outcome::Ran(Vec::new(), Some(e)),
                },
                Input::Text(text) => match parse(&text) {
                    Ok(val) => val,
                    Err(e) => return Outcome::Ran(Vec::new(), Some(e)),
                },
                Input::Documents(text) => match documents(&text) {
                    Some(val) => val,
                    None => return Outcome::NotJson(text),
                },
            };
            keep_until_exit(&val);
            let (results, err) = self.run_val(val);
            Outcome::Ran(results, err)
        });
        ran.unwrap_or_else(|e| Outcome::Ran(Vec::new(), Some(e)))
    }

    fn run_val(&self, input: Val) -> (Vec<Value>, Option<OutputError>) {
        let mut results = Vec::new();
        let err = run_filter(&self.filter, input, &mut results).flatten();
        // A limit the guards hit halts the program; say which, whatever the halt looked like.
        (results, limits::tripped().or(err))
    }
}

/// Runs `filter` on `input`, appending its results; `Some` when the run ended early, with the
/// error that ended it (`None` for `halt`).
fn run_filter(
    filter: &Filter,
    input: Val,
    results: &mut Vec<Value>,
) -> Option<Option<OutputError>> {
    let ctx = Ctx::<Data>::new(&filter.lut, Vars::new([]));
    for item in filter.id.run((ctx, input)) {
        let err = match item {
            Ok(v) => match limits::to_json(&v) {
                Ok(v) => {
                    results.push(v);
                    continue;
                }
                Err(e) => Some(e),
            },
            // `halt`/`halt_error` end the program; jaq's helper would exit the process.
            Err(exn) => match exn.get_err() {
                Ok(e) => Some(runtime(e.to_string())),
                Err(exn) => match exn.get_halt() {
                    Ok(0) => None,
                    Ok(code) => Some(runtime(format!("halted with exit code {code}"))),
                    Err(_) => Some(runtime("unexpected control flow".to_owned())),
                },
            },
        };
        return Some(err);
    }
    None
}

/// A library definition with its body guarded (see [`instrument`]), as one of the program's.
fn guard_def<'a>(mut d: Def<&'static str>) -> Def<&'a str> {
    instrument(&mut d.body);
    guard(&mut d.body);
    d
}

fn guard(t: &mut Term<&str>) {
    let inner = std::mem::take(t);
    *t = Term::BinOp(
        Box::new(Term::Call(limits::GUARD, Vec::new())),
        BinaryOp::Pipe(None),
        Box::new(inner),
    );
}

/// Puts the guard at the start of every definition and every reduce/foreach step (where
/// recursion and value growth happen), and the JSON depth check before every `fromjson`.
/// Recursion here follows the program's nesting, which [`limits::check_source`] bounded.
fn instrument(t: &mut Term<&str>) {
    match t {
        Term::Id | Term::Recurse | Term::Num(_) | Term::Break(_) | Term::Var(_) => {}
        Term::Str(_, parts) => {
            for p in parts {
                if let StrPart::Term(t) = p {
                    instrument(t);
                }
            }
        }
        Term::Arr(a) => {
            if let Some(a) = a {
                instrument(a);
            }
        }
        Term::Obj(entries) => {
            for (k, v) in entries {
                instrument(k);
                if let Some(v) = v {
                    instrument(v);
                }
            }
        }
        Term::Neg(t) | Term::Label(_, t) => instrument(t),
        Term::BinOp(l, op, r) => {
            instrument(l);
            if let BinaryOp::Pipe(Some(p)) = op {
                pattern(p);
            }
            instrument(r);
        }
        Term::Fold(_, xs, pat, args) => {
            instrument(xs);
            pattern(pat);
            for a in args.iter_mut() {
                instrument(a);
            }
            if let Some(update) = args.get_mut(1) {
                guard(update);
            }
        }
        Term::TryCatch(t, c) => {
            instrument(t);
            if let Some(c) = c {
                instrument(c);
            }
        }
        Term::IfThenElse(branches, otherwise) => {
            for (cond, then) in branches {
                instrument(cond);
                instrument(then);
            }
            if let Some(e) = otherwise {
                instrument(e);
            }
        }
        Term::Def(defs, rest) => {
            for d in defs {
                instrument(&mut d.body);
                guard(&mut d.body);
            }
            instrument(rest);
        }
        Term::Call(name, args) => {
            for a in args.iter_mut() {
                instrument(a);
            }
            if *name == "fromjson" && args.is_empty() {
                let call = std::mem::take(t);
                *t = Term::BinOp(
                    Box::new(Term::Call(limits::JSON_DEPTH, Vec::new())),
                    BinaryOp::Pipe(None),
                    Box::new(call),
                );
            }
        }
        Term::Path(t, path) => {
            instrument(t);
            for (part, _) in &mut path.0 {
                match part {
                    jaq_core::path::Part::Index(i) => instrument(i),
                    jaq_core::path::Part::Range(from, to) => {
                        for x in [from, to].into_iter().flatten() {
                            instrument(x);
                        }
                    }
                }
            }
        }
    }
}

fn pattern(p: &mut Pattern<&str>) {
    match p {
        Pattern::Var(_) => {}
        Pattern::Arr(ps) => ps.iter_mut().for_each(pattern),
        Pattern::Obj(entries) => {
            for (k, p) in entries {
                instrument(k);
                pattern(p);
            }
        }
    }
}

/// The value as jq sees it.
pub(crate) fn to_val(v: &Value) -> Result<Val, OutputError> {
    Val::deserialize(v).map_err(|e| runtime(e.to_string()))
}

/// One JSON document parsed straight into jq's values. Text with a number no double holds
/// (`1e400`) or a run of digits that may be an integer beyond 64 bits goes through jaq's own
/// reader, which keeps such numbers exactly (as jq does); it shares no strings, so it is kept
/// for that text.
pub(crate) fn parse(text: &[u8]) -> Result<Val, OutputError> {
    let exact = || jaq_json::read::parse_single(text).ok();
    if super::raw::has_long_digits(text)
        && let Some(v) = exact()
    {
        return Ok(v);
    }
    let mut de = serde_json::Deserializer::from_slice(text);
    let val = read::Strings::default().value(&mut de);
    val.and_then(|v| de.end().map(|()| v))
        .or_else(|e| exact().ok_or(e))
        .map_err(|e| runtime(e.to_string()))
}

/// JSON text (one document or many, as NDJSON) parsed straight into jq's values, with no
/// `serde_json` tree in between: one document alone, else one array of the array elements and
/// other documents in order. `None` unless it is valid JSON with at least one document.
fn documents(data: &[u8]) -> Option<Val> {
    let strings = read::Strings::default();
    let mut de = serde_json::Deserializer::from_slice(data);
    let mut docs = Vec::new();
    while de.end().is_err() {
        docs.push(strings.value(&mut de).ok()?);
    }
    match docs.len() {
        0 => None,
        1 => docs.pop(),
        _ => {
            let mut items = Vec::with_capacity(docs.len());
            for doc in docs {
                match doc {
                    Val::Arr(a) => items.extend(std::rc::Rc::unwrap_or_clone(a)),
                    other => items.push(other),
                }
            }
            Some(Val::Arr(items.into()))
        }
    }
}

/// A large input given to `--jq` lives until the process ends: freeing its millions of small
/// allocations one by one took a third of the time of a filter over 100,000 items, and a command
/// prints the result of a list once, right before it exits. Small inputs (and so anything a
/// watch prints again and again) are freed as usual.
fn keep_until_exit(input: &Val) {
    const LARGE: usize = 10_000;
    if matches!(input, Val::Arr(items) if items.len() >= LARGE) {
        std::mem::forget(input.clone());
    }
}

fn runtime(message: String) -> OutputError {
    OutputError::JqRuntime { message }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// jaq values are a superset of JSON: byte strings become text, NaN becomes null
/// (as in jq), non-string keys are written as their jq rendering. `None` when arrays and objects
/// nest more than `levels` deep.
pub(crate) fn to_json(v: &Val, levels: usize) -> Option<Value> {
    Some(match v {
        Val::Null => Value::Null,
        Val::Bool(b) => Value::Bool(*b),
        // A number no double or 64-bit integer holds comes out as its text (see `raw`); what
        // is no number in JSON (NaN, infinities) is null, as jq prints it.
        Val::Num(_) => match super::raw::exact_number(&v.to_string()) {
            Value::String(t)
                if !t
                    .trim_start_matches('-')
                    .starts_with(|c: char| c.is_ascii_digit()) =>
            {
                Value::Null
            }
            n => n,
        },
        Val::TStr(b) | Val::BStr(b) => Value::String(text(b)),
        Val::Arr(_) | Val::Obj(_) if levels == 0 => return None,
        Val::Arr(a) => Value::Array(
            a.iter()
                .map(|x| to_json(x, levels - 1))
                .collect::<Option<_>>()?,
        ),
        Val::Obj(o) => {
            let mut m = Map::new();
            for (k, v) in o.iter() {
                let key = match k {
                    Val::TStr(b) | Val::BStr(b) => text(b),
                    other => other.to_string(),
                };
                m.insert(key, to_json(v, levels - 1)?);
            }
            Value::Object(m)
        }
    })
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
        let (out, err) = p.run_json(&json!([{"name": "a", "x": 1.5}, {"name": "b", "x": 3}]));
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
        let (out, err) = p.run_json(&json!([{"a": 1}, 5]));
        assert_eq!(out, [json!(1)]);
        assert!(matches!(err, Some(OutputError::JqRuntime { .. })));
        let (out, err) = Program::compile("1, halt, 2")
            .unwrap()
            .run_json(&json!(null));
        assert_eq!((out, err.is_none()), (vec![json!(1)], true));
    }

    fn stops(code: &str) -> String {
        let p = Program::compile(code).unwrap();
        match p.run_json(&json!(null)) {
            (out, Some(OutputError::Jq { message })) => {
                assert!(out.is_empty(), "{out:?}");
                message
            }
            other => panic!("{code}: {other:?}"),
        }
    }

    #[test]
    fn runaway_filters_stop_with_a_limit_not_a_stack_overflow() {
        assert!(stops("def f: [f]; f").contains("recursion used more than"));
        assert!(stops("def f: 1 + f; f").contains("recursion"));
        assert!(
            stops("try (def f: [f]; f) catch 0").contains("recursion"),
            "not catchable"
        );
        for deep in [
            "reduce range(200000) as $i (null; [.])",
            "reduce range(200000) as $i (null; {a: .})",
            "reduce range(200000) as $i (0; [1, ., 2])",
            "last(limit(200000; 0 | recurse([.])))",
            "(\"[\" * 100000) + (\"]\" * 100000) | fromjson",
        ] {
            assert!(stops(deep).contains("nested deeper than 10000"), "{deep}");
        }
        assert!(stops("reduce range(1001) as $i (0; [.])").contains("cannot be printed"));
        let nested = format!("{}1{}", "(".repeat(300), ")".repeat(300));
        assert_eq!(
            msg(&nested),
            "invalid --jq expression at 1:257: nested deeper than 256 levels"
        );
        let strings = format!("{}1{}", "\"\\(".repeat(200), ")\"".repeat(200));
        assert!(
            msg(&strings).contains("nested deeper than 256"),
            "{strings:.20}"
        );
        assert!(msg(&"1|".repeat(20_000)).contains("longer than 32 KiB"));
    }

    #[test]
    fn guards_leave_ordinary_filters_alone() {
        let run = |code: &str, input: Value| Program::compile(code).unwrap().run_json(&input);
        // Tail recursion still runs in constant stack.
        let (out, err) = run(
            "def f: if . >= 300000 then . else .+1 | f end; 0 | f",
            json!(null),
        );
        assert!(err.is_none(), "{err:?}");
        assert_eq!(out, [json!(300000)]);
        // The guard passes paths and updates through.
        assert_eq!(
            run("del(.[] | select(. == 2))", json!([1, 2, 3])).0,
            [json!([1, 3])]
        );
        assert_eq!(run("path(first(.a, .b))", json!({})).0, [json!(["a"])]);
        assert_eq!(
            run("(.[] | select(. > 1)) |= . * 10", json!([1, 2])).0,
            [json!([1, 20])]
        );
        assert_eq!(
            run(
                "reduce range(999) as $i (0; [.]) | tojson | length",
                json!(null)
            )
            .0,
            [json!(1999)]
        );
        assert_eq!(run("\"[[1]]\" | fromjson", json!(null)).0, [json!([[1]])]);
        assert!(msg("include \"x\"; .").contains("modules cannot be loaded here"));
        assert!(msg("module {}; .").contains("module directives"));
    }
}
