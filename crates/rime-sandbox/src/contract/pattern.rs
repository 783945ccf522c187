//! JSON Schema `pattern`: the ECMA-262 subset the OpenAPI document uses, matched in linear time, and sampled for tests.
//
// Supported: `^`, `$`, literals, escapes (`\d`, `\w`, `\s` and their negations, `\uXXXX`, escaped
// punctuation), `.`, classes with ranges and negation, groups `( )` / `(?: )`, alternation `|`,
// and the greedy quantifiers `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`. Anything else (lookaround,
// backreferences, flags, `\p{…}`) is refused at compile time, so `check_document` reports a
// pattern this engine cannot honour instead of silently skipping it.
//
// Matching is a Pike VM over a compiled program: no backtracking, so a hostile request value
// cannot make a pattern take exponential time.

/// `\s` as both ECMA-262 and Rust's `char::is_whitespace` see it: a pattern that excludes it
/// excludes every character either side would call white space.
const SPACES: &[(char, char)] = &[
    ('\t', '\r'),
    (' ', ' '),
    ('\u{85}', '\u{85}'),
    ('\u{a0}', '\u{a0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200a}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202f}', '\u{202f}'),
    ('\u{205f}', '\u{205f}'),
    ('\u{3000}', '\u{3000}'),
    ('\u{feff}', '\u{feff}'),
];

/// Largest compiled program accepted (counted repetitions are expanded).
const MAX_PROGRAM: usize = 20_000;

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
            Atom::Any => !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'),
            Atom::Char(x) => *x == c,
            Atom::Class { negated, ranges } => {
                ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) != *negated
            }
        }
    }
}

#[derive(Debug, Clone)]
enum Node {
    Atom(Atom),
    Start,
    End,
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, usize, usize),
}

#[derive(Debug, Clone)]
enum Inst {
    Atom(Atom),
    Split(usize, usize),
    Jmp(usize),
    Start,
    End,
    Match,
}

/// A compiled pattern; unanchored patterns match anywhere, as ECMA-262 `test` does.
#[derive(Debug, Clone)]
pub struct Pattern {
    tree: Node,
    prog: Vec<Inst>,
}

fn class_escape(c: char) -> Option<(bool, Vec<(char, char)>)> {
    let word = vec![('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];
    Some(match c {
        'd' => (false, vec![('0', '9')]),
        'D' => (true, vec![('0', '9')]),
        'w' => (false, word),
        'W' => (true, word),
        's' => (false, SPACES.to_vec()),
        'S' => (true, SPACES.to_vec()),
        _ => return None,
    })
}

struct Parser<'s> {
    chars: Vec<char>,
    i: usize,
    src: &'s str,
}

impl Parser<'_> {
    fn err(&self, what: impl std::fmt::Display) -> String {
        format!("pattern {:?}: {what}", self.src)
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn alt(&mut self) -> Result<Node, String> {
        let mut branches = vec![self.concat()?];
        while self.peek() == Some('|') {
            self.i += 1;
            branches.push(self.concat()?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().expect("one")
        } else {
            Node::Alt(branches)
        })
    }

    fn concat(&mut self) -> Result<Node, String> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Ok(Node::Concat(items))
    }

    fn atom(&mut self) -> Result<Node, String> {
        let c = self.peek().ok_or_else(|| self.err("unexpected end"))?;
        self.i += 1;
        Ok(match c {
            '^' => Node::Start,
            '$' => Node::End,
            '.' => Node::Atom(Atom::Any),
            '(' => {
                if self.peek() == Some('?') {
                    if self.chars.get(self.i + 1) != Some(&':') {
                        return Err(self.err("only `(?:` groups are supported"));
                    }
                    self.i += 2;
                }
                let inner = self.alt()?;
                if self.peek() != Some(')') {
                    return Err(self.err("unclosed group"));
                }
                self.i += 1;
                inner
            }
            ')' => return Err(self.err("unmatched `)`")),
            '[' => Node::Atom(self.class()?),
            '\\' => Node::Atom(self.escape(false)?),
            '?' | '*' | '+' | '{' => return Err(self.err("quantifier without an atom")),
            other => Node::Atom(Atom::Char(other)),
        })
    }

    /// After a backslash. In a class, `\b` would be a backspace; outside it is refused.
    fn escape(&mut self, in_class: bool) -> Result<Atom, String> {
        let e = self.peek().ok_or_else(|| self.err("trailing backslash"))?;
        self.i += 1;
        if let Some((negated, ranges)) = class_escape(e) {
            return Ok(Atom::Class { negated, ranges });
        }
        Ok(Atom::Char(match e {
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'f' => '\u{c}',
            'v' => '\u{b}',
            'u' => {
                let hex: String = self.chars.iter().skip(self.i).take(4).collect();
                let code = u32::from_str_radix(&hex, 16)
                    .ok()
                    .filter(|_| hex.len() == 4)
                    .and_then(char::from_u32)
                    .ok_or_else(|| self.err(format!("bad \\u escape \\u{hex}")))?;
                self.i += 4;
                code
            }
            '-' if in_class => '-',
            e if e.is_ascii_alphanumeric() => {
                return Err(self.err(format!("`\\{e}` is not supported")));
            }
            e => e,
        }))
    }

    fn class(&mut self) -> Result<Atom, String> {
        let negated = self.peek() == Some('^');
        if negated {
            self.i += 1;
        }
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let c = self.peek().ok_or_else(|| self.err("unterminated class"))?;
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                match self.escape(true)? {
                    Atom::Char(ch) => ch,
                    Atom::Class {
                        negated: false,
                        ranges: r,
                    } => {
                        ranges.extend(r);
                        continue;
                    }
                    _ => return Err(self.err("a negated escape inside a class is not supported")),
                }
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.i + 1).is_some_and(|n| *n != ']') {
                self.i += 1;
                let hi = match self.peek() {
                    Some('\\') => {
                        self.i += 1;
                        match self.escape(true)? {
                            Atom::Char(ch) => ch,
                            _ => return Err(self.err("a class escape cannot end a range")),
                        }
                    }
                    Some(h) => {
                        self.i += 1;
                        h
                    }
                    None => return Err(self.err("unterminated class")),
                };
                if hi < lo {
                    return Err(self.err(format!("range {lo}-{hi} out of order")));
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
        Ok(Atom::Class { negated, ranges })
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, String> {
        let (min, max) = match self.peek() {
            Some('?') => (0, 1),
            Some('*') => (0, usize::MAX),
            Some('+') => (1, usize::MAX),
            Some('{') => {
                let close = self.chars[self.i..]
                    .iter()
                    .position(|c| *c == '}')
                    .ok_or_else(|| self.err("unterminated {"))?;
                let body: String = self.chars[self.i + 1..self.i + close].iter().collect();
                let bad = || self.err(format!("bad quantifier {{{body}}}"));
                let num = |s: &str| s.trim().parse::<usize>().map_err(|_| bad());
                let (min, max) = match body.split_once(',') {
                    None => (num(&body)?, num(&body)?),
                    Some((lo, "")) => (num(lo)?, usize::MAX),
                    Some((lo, hi)) => (num(lo)?, num(hi)?),
                };
                if max < min {
                    return Err(bad());
                }
                self.i += close;
                (min, max)
            }
            _ => return Ok(atom),
        };
        self.i += 1;
        if matches!(atom, Node::Start | Node::End) {
            return Err(self.err("a quantified anchor"));
        }
        if self.peek() == Some('?') {
            return Err(self.err("lazy quantifiers are not supported"));
        }
        Ok(Node::Repeat(Box::new(atom), min, max))
    }
}

fn emit(node: &Node, prog: &mut Vec<Inst>) -> Result<(), String> {
    if prog.len() > MAX_PROGRAM {
        return Err("the pattern is too large once its counted repetitions are expanded".into());
    }
    match node {
        Node::Atom(a) => prog.push(Inst::Atom(a.clone())),
        Node::Start => prog.push(Inst::Start),
        Node::End => prog.push(Inst::End),
        Node::Concat(items) => {
            for n in items {
                emit(n, prog)?;
            }
        }
        Node::Alt(branches) => {
            let mut jumps = Vec::new();
            for (i, b) in branches.iter().enumerate() {
                if i + 1 < branches.len() {
                    let split = prog.len();
                    prog.push(Inst::Split(split + 1, 0));
                    emit(b, prog)?;
                    jumps.push(prog.len());
                    prog.push(Inst::Jmp(0));
                    let next = prog.len();
                    prog[split] = Inst::Split(split + 1, next);
                } else {
                    emit(b, prog)?;
                }
            }
            let end = prog.len();
            for j in jumps {
                prog[j] = Inst::Jmp(end);
            }
        }
        Node::Repeat(inner, min, max) => {
            for _ in 0..*min {
                emit(inner, prog)?;
            }
            if *max == usize::MAX {
                let split = prog.len();
                prog.push(Inst::Split(split + 1, 0));
                emit(inner, prog)?;
                prog.push(Inst::Jmp(split));
                let out = prog.len();
                prog[split] = Inst::Split(split + 1, out);
            } else {
                let mut splits = Vec::new();
                for _ in *min..*max {
                    splits.push(prog.len());
                    prog.push(Inst::Split(prog.len() + 1, 0));
                    emit(inner, prog)?;
                }
                let out = prog.len();
                for s in splits {
                    prog[s] = Inst::Split(s + 1, out);
                }
            }
        }
    }
    Ok(())
}

impl Pattern {
    pub fn compile(src: &str) -> Result<Pattern, String> {
        let mut p = Parser {
            chars: src.chars().collect(),
            i: 0,
            src,
        };
        let tree = p.alt()?;
        if p.i != p.chars.len() {
            return Err(p.err("unmatched `)`"));
        }
        let mut prog = Vec::new();
        emit(&tree, &mut prog).map_err(|e| format!("pattern {src:?}: {e}"))?;
        prog.push(Inst::Match);
        Ok(Pattern { tree, prog })
    }

    pub fn is_match(&self, s: &str) -> bool {
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len();
        let anchored = matches!(self.prog.first(), Some(Inst::Start));
        let mut current = Threads::new(self.prog.len());
        let mut next = Threads::new(self.prog.len());
        for i in 0..=n {
            if i == 0 || !anchored {
                self.add(&mut current, 0, i, n);
            }
            if current.list.is_empty() {
                if anchored {
                    return false;
                }
                continue;
            }
            let here = chars.get(i).copied();
            for k in 0..current.list.len() {
                let pc = current.list[k];
                match &self.prog[pc] {
                    Inst::Match => return true,
                    Inst::Atom(a) if here.is_some_and(|c| a.matches(c)) => {
                        self.add(&mut next, pc + 1, i + 1, n)
                    }
                    _ => {}
                }
            }
            std::mem::swap(&mut current, &mut next);
            next.clear();
        }
        false
    }

    /// Adds `pc` and everything reachable from it without consuming a character.
    fn add(&self, t: &mut Threads, pc: usize, at: usize, len: usize) {
        if !t.insert(pc) {
            return;
        }
        match self.prog[pc] {
            Inst::Jmp(to) => self.add(t, to, at, len),
            Inst::Split(a, b) => {
                self.add(t, a, at, len);
                self.add(t, b, at, len);
            }
            Inst::Start if at == 0 => self.add(t, pc + 1, at, len),
            Inst::End if at == len => self.add(t, pc + 1, at, len),
            _ => {}
        }
    }

    /// A string the pattern matches, drawn with `pick(n)` (a number below `n`); unbounded
    /// repetitions stop after a few rounds. Negated classes draw from `alphabet`.
    pub fn sample(&self, pick: &mut dyn FnMut(usize) -> usize, alphabet: &[char]) -> String {
        let mut out = String::new();
        sample(&self.tree, pick, alphabet, &mut out);
        out
    }
}

fn sample(node: &Node, pick: &mut dyn FnMut(usize) -> usize, alphabet: &[char], out: &mut String) {
    match node {
        Node::Start | Node::End => {}
        Node::Atom(a) => {
            let c = match a {
                Atom::Char(c) => Some(*c),
                Atom::Class {
                    negated: false,
                    ranges,
                } => {
                    let (lo, hi) = ranges[pick(ranges.len())];
                    let span = (hi as u32 - lo as u32 + 1) as usize;
                    char::from_u32(lo as u32 + pick(span) as u32)
                }
                other => {
                    let fits: Vec<char> = alphabet
                        .iter()
                        .copied()
                        .filter(|c| other.matches(*c))
                        .collect();
                    (!fits.is_empty()).then(|| fits[pick(fits.len())])
                }
            };
            out.extend(c);
        }
        Node::Concat(items) => items.iter().for_each(|n| sample(n, pick, alphabet, out)),
        Node::Alt(branches) => sample(&branches[pick(branches.len())], pick, alphabet, out),
        Node::Repeat(inner, min, max) => {
            let extra = (*max - *min).min(4);
            for _ in 0..*min + pick(extra + 1) {
                sample(inner, pick, alphabet, out);
            }
        }
    }
}

/// A sparse set of program counters in insertion order (the VM's thread list).
struct Threads {
    list: Vec<usize>,
    seen: Vec<bool>,
}

impl Threads {
    fn new(n: usize) -> Threads {
        Threads {
            list: Vec::new(),
            seen: vec![false; n],
        }
    }
    fn insert(&mut self, pc: usize) -> bool {
        if self.seen[pc] {
            return false;
        }
        self.seen[pc] = true;
        self.list.push(pc);
        true
    }
    fn clear(&mut self) {
        for pc in self.list.drain(..) {
            self.seen[pc] = false;
        }
    }
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
    fn groups_alternation_and_escapes() {
        let loopback = r"^http://(127\.0\.0\.1|localhost|\[::1\]):[0-9]{1,5}([/?#].*)?$";
        assert!(m(loopback, "http://127.0.0.1:8080/callback?x=1"));
        assert!(m(loopback, "http://localhost:1"));
        assert!(m(loopback, "http://[::1]:9/"));
        assert!(!m(loopback, "http://127.0.0.2:80/"));
        assert!(!m(loopback, "https://localhost:80/"));
        assert!(!m(loopback, "http://localhost/"));
        assert!(m(r"^(?:ab)+$", "ababab") && !m(r"^(?:ab)+$", "aba"));
        assert!(m(r"\S", " x ") && !m(r"\S", " \u{a0}\u{85}\t"));
        assert!(m(r"^[^\s@]+$", "é") && !m(r"^[^\s@]+$", "a\u{3000}b"));
        assert!(m(r"^\u00e9$", "é"));
        assert!(m("^(a|)$", "") && m("^(a|)$", "a"));
        // Linear time: a classic exponential case for backtracking engines.
        let long = format!("{}!", "a".repeat(5000));
        assert!(!m("^(a+)+$", &long));
    }

    #[test]
    fn samples_match() {
        let mut seed = 7u64;
        let mut pick = move |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n.max(1)
        };
        let alphabet: Vec<char> = ('!'..='~').chain(['é', ' ']).collect();
        for p in [
            r"^http://(127\.0\.0\.1|localhost|\[::1\]):[0-9]{1,5}([/?#].*)?$",
            r"^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$",
            r"^[A-Za-z_][A-Za-z0-9_$]*$",
            r"^([01][0-9]|2[0-3]):[0-5][0-9]$",
        ] {
            let compiled = Pattern::compile(p).unwrap();
            for _ in 0..50 {
                let s = compiled.sample(&mut pick, &alphabet);
                assert!(compiled.is_match(&s), "{p} sampled {s:?}");
            }
        }
    }

    #[test]
    fn refuses_what_it_cannot_honour() {
        for p in [
            "(a|b", "a)", "*a", "[a-", r"\p{L}", "a{3,1}", "(?=a)", "a+?", r"\1",
        ] {
            assert!(Pattern::compile(p).is_err(), "{p} should be refused");
        }
    }
}
