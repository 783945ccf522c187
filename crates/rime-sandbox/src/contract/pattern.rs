//! A tiny regular-expression matcher for JSON Schema `pattern`: the subset the OpenAPI document uses.
//
// Supported: `^`, `$`, literals, `\` escapes (incl. `\d`, `\w`, `\s`), `.`, character classes
// with ranges and negation, and the quantifiers `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`.
// Groups and alternation are refused at compile time, so `check_document` reports a pattern this
// matcher cannot honour instead of silently skipping it.

#[derive(Debug, Clone)]
enum Atom {
    Any,
    Char(char),
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
}

impl Atom {
    fn matches(&self, c: char) -> bool {
        match self {
            Atom::Any => c != '\n',
            Atom::Char(x) => *x == c,
            Atom::Class { negated, ranges } => {
                ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) != *negated
            }
        }
    }
}

#[derive(Debug, Clone)]
struct Piece {
    atom: Atom,
    min: usize,
    max: usize,
}

/// A compiled pattern; unanchored patterns match anywhere, as ECMA-262 `test` does.
#[derive(Debug, Clone)]
pub struct Pattern {
    start: bool,
    end: bool,
    pieces: Vec<Piece>,
}

fn class_escape(c: char) -> Option<Vec<(char, char)>> {
    Some(match c {
        'd' => vec![('0', '9')],
        'w' => vec![('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')],
        's' => vec![(' ', ' '), ('\t', '\t'), ('\n', '\n'), ('\r', '\r')],
        _ => return None,
    })
}

impl Pattern {
    pub fn compile(src: &str) -> Result<Pattern, String> {
        let chars: Vec<char> = src.chars().collect();
        let mut i = 0;
        let start = chars.first() == Some(&'^');
        if start {
            i = 1;
        }
        let mut end = false;
        let mut pieces: Vec<Piece> = Vec::new();
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            let atom = match c {
                '$' if i == chars.len() => {
                    end = true;
                    break;
                }
                '(' | ')' | '|' | '$' | '^' => {
                    return Err(format!("pattern {src:?}: `{c}` is not supported"));
                }
                '.' => Atom::Any,
                '\\' => {
                    let e = *chars
                        .get(i)
                        .ok_or_else(|| format!("pattern {src:?}: trailing backslash"))?;
                    i += 1;
                    match class_escape(e) {
                        Some(ranges) => Atom::Class {
                            negated: false,
                            ranges,
                        },
                        None if e.is_ascii_alphanumeric() => {
                            return Err(format!("pattern {src:?}: `\\{e}` is not supported"));
                        }
                        None => Atom::Char(e),
                    }
                }
                '[' => {
                    let (atom, next) = class(&chars, i, src)?;
                    i = next;
                    atom
                }
                '?' | '*' | '+' | '{' => {
                    return Err(format!("pattern {src:?}: quantifier without an atom"));
                }
                other => Atom::Char(other),
            };
            let (min, max, next) = quantifier(&chars, i, src)?;
            i = next;
            pieces.push(Piece { atom, min, max });
        }
        Ok(Pattern { start, end, pieces })
    }

    pub fn is_match(&self, s: &str) -> bool {
        let chars: Vec<char> = s.chars().collect();
        let last = if self.start { 0 } else { chars.len() };
        (0..=last).any(|from| self.here(0, &chars, from))
    }

    fn here(&self, piece: usize, s: &[char], at: usize) -> bool {
        let Some(p) = self.pieces.get(piece) else {
            return !self.end || at == s.len();
        };
        let mut n = 0;
        while n < p.max && at + n < s.len() && p.atom.matches(s[at + n]) {
            n += 1;
        }
        // Greedy with backtracking: the patterns are short, so the worst case stays tiny.
        (p.min..=n).rev().any(|k| self.here(piece + 1, s, at + k))
    }
}

fn class(chars: &[char], mut i: usize, src: &str) -> Result<(Atom, usize), String> {
    let negated = chars.get(i) == Some(&'^');
    if negated {
        i += 1;
    }
    let mut ranges = Vec::new();
    let mut first = true;
    loop {
        let c = *chars
            .get(i)
            .ok_or_else(|| format!("pattern {src:?}: unterminated class"))?;
        i += 1;
        if c == ']' && !first {
            break;
        }
        first = false;
        let lo = if c == '\\' {
            let e = *chars
                .get(i)
                .ok_or_else(|| format!("pattern {src:?}: trailing backslash"))?;
            i += 1;
            if let Some(r) = class_escape(e) {
                ranges.extend(r);
                continue;
            }
            e
        } else {
            c
        };
        if chars.get(i) == Some(&'-') && chars.get(i + 1).is_some_and(|n| *n != ']') {
            let hi = chars[i + 1];
            if hi < lo {
                return Err(format!("pattern {src:?}: range {lo}-{hi} out of order"));
            }
            ranges.push((lo, hi));
            i += 2;
        } else {
            ranges.push((lo, lo));
        }
    }
    Ok((Atom::Class { negated, ranges }, i))
}

fn quantifier(chars: &[char], i: usize, src: &str) -> Result<(usize, usize, usize), String> {
    Ok(match chars.get(i) {
        Some('?') => (0, 1, i + 1),
        Some('*') => (0, usize::MAX, i + 1),
        Some('+') => (1, usize::MAX, i + 1),
        Some('{') => {
            let close = chars[i..]
                .iter()
                .position(|c| *c == '}')
                .ok_or_else(|| format!("pattern {src:?}: unterminated {{"))?;
            let body: String = chars[i + 1..i + close].iter().collect();
            let bad = || format!("pattern {src:?}: bad quantifier {{{body}}}");
            let (min, max) = match body.split_once(',') {
                None => {
                    let n = body.trim().parse().map_err(|_| bad())?;
                    (n, n)
                }
                Some((lo, "")) => (lo.trim().parse().map_err(|_| bad())?, usize::MAX),
                Some((lo, hi)) => (
                    lo.trim().parse().map_err(|_| bad())?,
                    hi.trim().parse().map_err(|_| bad())?,
                ),
            };
            if max < min {
                return Err(bad());
            }
            (min, max, i + close + 1)
        }
        _ => (1, 1, i),
    })
}

#[cfg(test)]
mod tests {
    use super::Pattern;

    fn m(p: &str, s: &str) -> bool {
        Pattern::compile(p).expect("compiles").is_match(s)
    }

    #[test]
    fn matches_the_document_patterns() {
        assert!(m("^[a-z][a-z0-9-]{1,30}$", "demo"));
        assert!(m("^[a-z][a-z0-9-]{1,30}$", "a-1"));
        assert!(!m("^[a-z][a-z0-9-]{1,30}$", "a"));
        assert!(!m("^[a-z][a-z0-9-]{1,30}$", "Demo"));
        assert!(!m(
            "^[a-z][a-z0-9-]{1,30}$",
            &format!("a{}", "b".repeat(31))
        ));
        assert!(m(
            "^rk_[A-Za-z0-9]{40}$",
            &format!("rk_{}", "aZ9".repeat(13) + "x")
        ));
        assert!(!m("^rk_[A-Za-z0-9]{40}$", "rk_short"));
        assert!(m(r"^[a-z][a-z_]*\.[a-z][a-z_]*$", "auth.login_failed"));
        assert!(!m(r"^[a-z][a-z_]*\.[a-z][a-z_]*$", "auth-login"));
        assert!(m(r"^3\.1\.", "3.1.0"));
        assert!(m("b+c?", "xxbbbz"), "unanchored patterns search");
        assert!(m(r"^\d{2,}$", "123") && !m(r"^\d{2,}$", "1"));
        assert!(m("^[^,]*$", "abc") && !m("^[^,]*$", "a,b"));
    }

    #[test]
    fn refuses_what_it_cannot_honour() {
        for p in ["(a|b)", "a|b", "^a$b", "*a", "[a-", r"\p{L}", "a{3,1}"] {
            assert!(Pattern::compile(p).is_err(), "{p} should be refused");
        }
    }
}
