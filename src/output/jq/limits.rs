//! The bounds that keep `--jq` from exhausting the stack: the program's size and nesting are
//! checked before parsing, everything runs on one thread with a large stack, and guards put into
//! the program stop recursion before that stack runs out and values before they nest too deep.

use std::cell::Cell;

use jaq_core::box_iter::box_once;
use jaq_core::native::{Fun, v};
use jaq_core::{Exn, Native, PathsPtr, RunPtr, UpdatePtr};
use serde_json::Value;

use super::{Data, Val};
use crate::output::OutputError;

/// The jq thread's stack. Only the pages a filter touches are ever committed.
#[cfg(target_pointer_width = "64")]
pub(crate) const STACK: usize = 512 << 20;
#[cfg(not(target_pointer_width = "64"))]
pub(crate) const STACK: usize = 64 << 20;
/// Recursion may use this much of [`STACK`]; the rest is room for the built-ins it calls.
const RECURSION_BUDGET: usize = STACK / 2;
/// The longest program: its parse tree can be as deep as it is long, and this length parses,
/// compiles and runs well within [`STACK`] even unoptimised.
pub(crate) const MAX_CODE: usize = 32 * 1024;
/// The most brackets, strings and interpolations open at once in the program.
pub(crate) const MAX_NESTING: usize = 256;
/// The most arrays and objects nested in a value a filter builds.
pub(crate) const MAX_DEPTH: usize = 10_000;
/// The most nested in a result: results are printed on the main thread's ordinary stack (and
/// JSON parsers commonly stop at a few hundred levels, serde_json at 128).
pub(crate) const MAX_RESULT_DEPTH: usize = 1_000;

/// The guard's name in the instrumented program.
pub(super) const GUARD: &str = "__rime_guard";
/// The check put before `fromjson` (jaq's JSON parser recurses per nesting level).
pub(super) const JSON_DEPTH: &str = "__rime_json_depth";

#[derive(Clone, Copy, Debug)]
enum Limit {
    Recursion,
    Depth,
}

thread_local! {
    /// The stack address where the jq thread started.
    static BASE: Cell<usize> = const { Cell::new(0) };
    /// The limit a guard hit; the program is halted and this is reported instead.
    static TRIPPED: Cell<Option<Limit>> = const { Cell::new(None) };
    static CALLS: Cell<u32> = const { Cell::new(0) };
}

fn stack_here() -> usize {
    let here = 0u8;
    std::ptr::addr_of!(here).addr()
}

/// Runs `f` on a fresh thread with a [`STACK`]-sized stack and fresh guards.
pub(crate) fn on_jq_stack<T: Send>(f: impl FnOnce() -> T + Send) -> Result<T, OutputError> {
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("jq".into())
            .stack_size(STACK)
            .spawn_scoped(scope, || {
                BASE.set(stack_here());
                TRIPPED.set(None);
                CALLS.set(0);
                f()
            })
            .map_err(|e| OutputError::Jq {
                message: format!(
                    "cannot run --jq: no thread with a {} MiB stack ({e})",
                    STACK >> 20
                ),
            })?;
        handle.join().map_err(|_| OutputError::JqRuntime {
            message: "the filter failed unexpectedly".into(),
        })
    })
}

/// Refuses programs too long or too deeply nested to parse safely, naming where.
pub(crate) fn check_source(code: &str) -> Result<(), OutputError> {
    if code.len() > MAX_CODE {
        return Err(OutputError::Jq {
            message: format!(
                "invalid --jq expression: longer than {} KiB ({} bytes)",
                MAX_CODE >> 10,
                code.len()
            ),
        });
    }
    if let Some(at) = too_nested(code) {
        let (line, col) = super::line_col(code, at);
        return Err(OutputError::Jq {
            message: format!(
                "invalid --jq expression at {line}:{col}: nested deeper than {MAX_NESTING} levels"
            ),
        });
    }
    Ok(())
}

#[derive(PartialEq)]
enum Frame {
    Group,
    Str,
    Interp,
}

/// The byte offset where more than [`MAX_NESTING`] brackets, strings and `\(…)` are open.
fn too_nested(code: &str) -> Option<usize> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = code.char_indices();
    while let Some((i, c)) = chars.next() {
        if stack.last() == Some(&Frame::Str) {
            match c {
                '\\' => match chars.next() {
                    Some((_, '(')) => stack.push(Frame::Interp),
                    _ => continue,
                },
                '"' => {
                    stack.pop();
                }
                _ => continue,
            }
        } else {
            match c {
                '"' => stack.push(Frame::Str),
                '(' | '[' | '{' => stack.push(Frame::Group),
                ')' | ']' | '}' => {
                    if matches!(stack.last(), Some(Frame::Group | Frame::Interp)) {
                        stack.pop();
                    }
                }
                '#' => {
                    for (_, c) in chars.by_ref() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                _ => continue,
            }
        }
        if stack.len() > MAX_NESTING {
            return Some(i);
        }
    }
    None
}

/// The guard and the `fromjson` check, as jaq native filters that pass their input through
/// unchanged (in paths and updates too, so `del(.[] | select(…))` still works).
pub(super) fn funs() -> impl Iterator<Item = Fun<Data>> {
    let guard_run: RunPtr<Data> = |cv| pass(guard(&cv.1), cv.1);
    let guard_paths: PathsPtr<Data> = |cv| pass(guard(&cv.1.0), cv.1);
    let guard_update: UpdatePtr<Data> = |cv, f| {
        if guard(&cv.1) {
            f(cv.1)
        } else {
            box_once(Err(Exn::halt(2)))
        }
    };
    let json_run: RunPtr<Data> = |cv| pass(json_ok(&cv.1), cv.1);
    [
        (
            GUARD,
            v(0),
            Native::<Data>::new(guard_run)
                .with_paths(guard_paths)
                .with_update(guard_update),
        ),
        (JSON_DEPTH, v(0), Native::<Data>::new(json_run)),
    ]
    .into_iter()
}

fn pass<'a, T: 'a>(ok: bool, x: T) -> jaq_core::ValXs<'a, T, Val> {
    box_once(if ok { Ok(x) } else { Err(Exn::halt(2)) })
}

fn trip(limit: Limit) -> bool {
    TRIPPED.set(Some(limit));
    false
}

/// At each definition call and reduce/foreach step: is there stack left for recursion, and (on
/// every eighth call) is the input nested too deeply? Once tripped, every later call fails too.
fn guard(input: &Val) -> bool {
    if TRIPPED.get().is_some() {
        return false;
    }
    let base = BASE.get();
    if base != 0 && base.saturating_sub(stack_here()) > RECURSION_BUDGET {
        return trip(Limit::Recursion);
    }
    let n = CALLS.get().wrapping_add(1);
    CALLS.set(n);
    if n.is_multiple_of(8) && too_deep(input) {
        return trip(Limit::Depth);
    }
    true
}

/// Children looked at on each side of an array or object: values grow by wrapping (`[.]`,
/// `{a: .}`, `[1, ., 2]`), so a cheap look at the ends finds the deep side.
const ENDS: usize = 4;

/// Whether `v` holds more than [`MAX_DEPTH`] nested arrays and objects along the first and last
/// [`ENDS`] children of each level; a bounded probe, not a full walk, so it stays cheap on big
/// inputs.
fn too_deep(v: &Val) -> bool {
    let mut stack: Vec<(&Val, usize)> = vec![(v, 0)];
    let mut budget = 4 * MAX_DEPTH;
    while let Some((v, depth)) = stack.pop() {
        let containers = |x: &&Val| matches!(x, Val::Arr(_) | Val::Obj(_));
        match v {
            Val::Arr(_) | Val::Obj(_) if depth >= MAX_DEPTH => return true,
            Val::Arr(a) => {
                let (head, tail) = if a.len() > 2 * ENDS {
                    (&a[..ENDS], &a[a.len() - ENDS..])
                } else {
                    (&a[..], &a[..0])
                };
                let kids = head.iter().chain(tail).filter(containers);
                stack.extend(kids.map(|k| (k, depth + 1)));
            }
            Val::Obj(o) => {
                let n = o.len();
                let head = o.values().take(ENDS.min(n));
                let tail = o.values().skip(n.saturating_sub(ENDS).max(ENDS.min(n)));
                let kids = head.chain(tail).filter(containers);
                stack.extend(kids.map(|k| (k, depth + 1)));
            }
            _ => {}
        }
        budget -= 1;
        if budget == 0 {
            return false;
        }
    }
    false
}

/// Before `fromjson`: a string whose brackets nest past [`MAX_DEPTH`] is refused unparsed.
fn json_ok(input: &Val) -> bool {
    let (Val::TStr(b) | Val::BStr(b)) = input else {
        return true;
    };
    let (mut depth, mut in_str, mut escaped) = (0usize, false, false);
    for &c in b.iter() {
        if in_str {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            b'"' => in_str = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return trip(Limit::Depth);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    true
}

/// The limit a guard hit during this run, as the error to report (exit 2).
pub(super) fn tripped() -> Option<OutputError> {
    let message = match TRIPPED.take()? {
        Limit::Recursion => format!(
            "--jq stopped: recursion used more than {} MiB of stack (does a recursive definition \
             never end?)",
            RECURSION_BUDGET >> 20
        ),
        Limit::Depth => format!("--jq stopped: a value nested deeper than {MAX_DEPTH} levels"),
    };
    Some(OutputError::Jq { message })
}

/// A result as JSON, refused past [`MAX_RESULT_DEPTH`] levels.
pub(super) fn to_json(v: &Val) -> Result<Value, OutputError> {
    super::to_json(v, MAX_RESULT_DEPTH).ok_or_else(|| OutputError::Jq {
        message: format!(
            "--jq stopped: a result nested deeper than {MAX_RESULT_DEPTH} levels cannot be printed"
        ),
    })
}
