//! A coverage-free mutation fuzzer that runs as ordinary tests on stable Rust: seeded, bounded,
//! reproducible, with a committed corpus and crash inputs saved (minimised) for regression tests.
//!
//! Budget: by default each target runs until `DEFAULT_ITERS` inputs or `DEFAULT_SECONDS` have
//! passed, whichever comes first, from a fixed seed (the same inputs on every CI run).
//! `RIME_FUZZ_SECONDS=60` runs each target for a minute instead (and `RIME_FUZZ_ITERS` caps the
//! count); `RIME_FUZZ_SEED` explores another sequence. A crash panics the test with the seed, the
//! input as a Rust byte string and the file it was saved to: move that file into
//! `fuzz/corpus/<target>/` and add a named test beside the targets.

mod regressions;
mod targets;

use std::io::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const DEFAULT_ITERS: u64 = 40_000;
const DEFAULT_SECONDS: f64 = 2.5;
/// Inputs longer than this are cut: the decoders are linear, long inputs only slow the search.
const MAX_LEN: usize = 16 * 1024;
/// Accepted mutants kept to mutate further (structure the parsers liked survives).
const POOL_MAX: usize = 4096;

/// SplitMix64: tiny, fast and good enough to drive mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// Bytes that tend to matter to text formats and terminals.
const INTERESTING_BYTES: &[u8] = &[
    0, 1, 0x7f, 0x80, 0xff, 0xc3, 0xe2, b'"', b'\'', b'\\', b'{', b'}', b'[', b']', b',', b':',
    b'\n', b'\r', b'\t', 0x1b, b'=', b'.', b'*', b'/', b'-', b'|', b' ', b'#', b'@', b'0', b'9',
];

/// Numbers at the edges of integer and float types, and of the formats' ranges.
const INTERESTING_NUMBERS: &[&str] = &[
    "0",
    "-0",
    "-1",
    "1",
    "59",
    "60",
    "255",
    "256",
    "65535",
    "2147483647",
    "-2147483648",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "1e308",
    "1e999",
    "-1e-999",
    "1.5",
    "0.0000001",
    "NaN",
];

/// Text that breaks terminals, UTF-8 decoders and naive splitters.
const INTERESTING_TEXT: &[&str] = &[
    "\u{1b}[31m",
    "\u{1b}]0;t\u{7}",
    "\u{9b}",
    "\u{85}",
    "\u{202e}",
    "\u{2066}",
    "\u{200b}",
    "\u{2028}",
    "\u{feff}",
    "\r\n",
    "é",
    "日本",
    "🚀",
    "\\u0000",
    "\\ud800",
    "\\u001b",
];

/// One fuzz target's run.
pub struct Fuzz {
    name: &'static str,
    dict: Vec<Vec<u8>>,
}

/// What the run did, for the report line and for tests of the engine itself.
#[derive(Debug)]
pub struct Figures {
    pub inputs: u64,
    pub accepted: u64,
    pub corpus: usize,
}

fn env_number<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

fn hash(data: &[u8]) -> u64 {
    // FNV-1a: a stable name for a crash file.
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `b"…"` with every byte that is not printable ASCII escaped: paste it into a test.
pub fn byte_literal(data: &[u8]) -> String {
    let mut s = String::from("b\"");
    for &b in data {
        match b {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s.push('"');
    s
}

pub fn corpus_dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(name)
}

/// The committed inputs of a target, in file-name order (so runs are reproducible).
pub fn corpus(name: &str) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(corpus_dir(name))
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| {
            let data = std::fs::read(&p).expect("corpus file is readable");
            (p.file_name().unwrap().to_string_lossy().into_owned(), data)
        })
        .collect()
}

impl Fuzz {
    pub fn new(name: &'static str) -> Fuzz {
        Fuzz {
            name,
            dict: Vec::new(),
        }
    }

    /// Tokens of the target's format, inserted whole by one of the mutations.
    pub fn dict(mut self, tokens: &[&str]) -> Fuzz {
        self.dict
            .extend(tokens.iter().map(|t| t.as_bytes().to_vec()));
        self
    }

    /// Runs `check` on every corpus input, then on mutants until the budget is spent. `check`
    /// asserts the target's properties (a panic is a crash) and returns whether the input was
    /// accepted (parsed), which keeps it in the pool of inputs to mutate further.
    pub fn run(self, check: impl Fn(&[u8]) -> bool) -> Figures {
        let corpus = corpus(self.name);
        assert!(
            !corpus.is_empty(),
            "fuzz target `{}` has no corpus in {}",
            self.name,
            corpus_dir(self.name).display()
        );
        let seed =
            env_number::<u64>("RIME_FUZZ_SEED").unwrap_or(0x5EED_F00D) ^ hash(self.name.as_bytes());
        let (max_iters, max_time) = match env_number::<f64>("RIME_FUZZ_SECONDS") {
            Some(secs) => (
                env_number("RIME_FUZZ_ITERS").unwrap_or(u64::MAX),
                Duration::from_secs_f64(secs.max(0.0)),
            ),
            None => (
                env_number("RIME_FUZZ_ITERS").unwrap_or(DEFAULT_ITERS),
                Duration::from_secs_f64(DEFAULT_SECONDS),
            ),
        };
        let mut rng = Rng(seed);
        let mut figures = Figures {
            inputs: 0,
            accepted: 0,
            corpus: corpus.len(),
        };
        let mut pool: Vec<Vec<u8>> = Vec::new();
        for (file, data) in &corpus {
            figures.inputs += 1;
            match self.attempt(&check, data) {
                Ok(true) => {
                    figures.accepted += 1;
                    pool.push(data.clone());
                }
                Ok(false) => pool.push(data.clone()),
                Err(msg) => self.crashed(&check, data, &msg, seed, Some(file)),
            }
        }
        pool.extend(self.dict.iter().cloned());
        let started = Instant::now();
        while figures.inputs < max_iters.saturating_add(corpus.len() as u64)
            && started.elapsed() < max_time
        {
            let mut input = pool[rng.below(pool.len())].clone();
            for _ in 0..1 + rng.below(4) {
                self.mutate(&mut rng, &mut input, &pool);
            }
            input.truncate(MAX_LEN);
            figures.inputs += 1;
            match self.attempt(&check, &input) {
                Ok(true) => {
                    figures.accepted += 1;
                    if pool.len() < POOL_MAX {
                        pool.push(input);
                    } else {
                        let i = rng.below(pool.len());
                        pool[i] = input;
                    }
                }
                Ok(false) => {}
                Err(msg) => self.crashed(&check, &input, &msg, seed, None),
            }
        }
        // Straight to the process's stderr, past the test harness's capture: the figures are
        // the point of a bounded run.
        let _ = writeln!(
            std::io::stderr().lock(),
            "fuzz {}: {} inputs in {:.1}s ({} accepted, {} corpus files, seed {seed:#x})",
            self.name,
            figures.inputs,
            started.elapsed().as_secs_f64(),
            figures.accepted,
            figures.corpus
        );
        figures
    }

    fn attempt(&self, check: &impl Fn(&[u8]) -> bool, data: &[u8]) -> Result<bool, String> {
        quiet_panics();
        QUIET.set(true);
        let result = catch_unwind(AssertUnwindSafe(|| check(data)));
        QUIET.set(false);
        result.map_err(|p| {
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "a panic without a message".into())
        })
    }

    /// Shrinks the crashing input while it still crashes, saves it and fails the test.
    fn crashed(
        &self,
        check: &impl Fn(&[u8]) -> bool,
        data: &[u8],
        msg: &str,
        seed: u64,
        corpus_file: Option<&str>,
    ) -> ! {
        if let Some(file) = corpus_file {
            panic!(
                "fuzz target `{}` crashes on its corpus file {file}: {msg}",
                self.name
            );
        }
        let small = minimise(data, |d| self.attempt(check, d).is_err());
        let dir = std::env::temp_dir()
            .join("rime-fuzz-crashes")
            .join(self.name);
        let path = dir.join(format!("crash-{:016x}", hash(&small)));
        let saved = std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(&path, &small))
            .map(|()| path.display().to_string())
            .unwrap_or_else(|e| format!("(not saved: {e})"));
        panic!(
            "fuzz target `{}` crashed (seed {seed:#x}): {msg}\n  input: {}\n  saved: {saved}\n  \
             move it to fuzz/corpus/{}/ and add a named regression test",
            self.name,
            byte_literal(&small),
            self.name
        );
    }

    fn mutate(&self, rng: &mut Rng, data: &mut Vec<u8>, pool: &[Vec<u8>]) {
        let len = data.len();
        let pos = rng.below(len + 1);
        if rng.chance(4) && self.mutate_json(rng, data) {
            return;
        }
        match rng.below(11) {
            0 if len > 0 => data[pos.min(len - 1)] ^= 1 << rng.below(8),
            1 if len > 0 => {
                data[pos.min(len - 1)] = INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())]
            }
            2 => data.insert(pos, rng.next() as u8),
            3 if len > 0 => {
                let end = (pos + 1 + rng.below(8)).min(len);
                data.drain(pos.min(len - 1)..end);
            }
            4 if len > 0 => {
                // Duplicate a range: repeated keys, nested brackets, doubled separators.
                let start = rng.below(len);
                let end = (start + 1 + rng.below(32)).min(len);
                let chunk = data[start..end].to_vec();
                let at = rng.below(data.len() + 1);
                data.splice(at..at, chunk);
            }
            5 if !pool.is_empty() => {
                // Splice: the head of this input with the tail of another.
                let other = &pool[rng.below(pool.len())];
                let from = rng.below(other.len() + 1);
                data.truncate(pos);
                data.extend_from_slice(&other[from..]);
            }
            6 if !self.dict.is_empty() => {
                let token = &self.dict[rng.below(self.dict.len())];
                data.splice(pos..pos, token.iter().copied());
            }
            7 => {
                // Replace a run of digits (or insert) with an edge-of-range number.
                let n = INTERESTING_NUMBERS[rng.below(INTERESTING_NUMBERS.len())].as_bytes();
                let digits = data
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| b.is_ascii_digit())
                    .map(|(i, _)| i)
                    .nth(rng.below(4));
                match digits {
                    Some(start) => {
                        let end = data[start..]
                            .iter()
                            .position(|b| !b.is_ascii_digit())
                            .map_or(data.len(), |p| start + p);
                        data.splice(start..end, n.iter().copied());
                    }
                    None => {
                        data.splice(pos..pos, n.iter().copied());
                    }
                }
            }
            8 => {
                let t = INTERESTING_TEXT[rng.below(INTERESTING_TEXT.len())].as_bytes();
                data.splice(pos..pos, t.iter().copied());
            }
            9 => data.truncate(pos),
            _ if len > 1 => {
                // Swap two bytes: reordered brackets and quotes.
                let a = rng.below(len);
                let b = rng.below(len);
                data.swap(a, b);
            }
            _ => data.push(INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())]),
        }
    }
}

thread_local! {
    /// Set while this thread runs a fuzz input: its panics are caught and reported once, not
    /// printed for every attempt of the minimiser.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs (once) a panic hook that stays silent on fuzzing threads and defers to the previous
/// hook everywhere else, so tests running beside the fuzzers report panics as usual.
fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.get() {
                previous(info);
            }
        }));
    });
}

impl Fuzz {
    /// Structure-aware mutation: when a line of the input is JSON, one node of it is replaced by a
    /// value of another type, a dictionary string, an edge-case number or a copy of another node
    /// (type confusion is what hostile servers send), or an object key is dropped.
    fn mutate_json(&self, rng: &mut Rng, data: &mut Vec<u8>) -> bool {
        let lines: Vec<&[u8]> = data.split(|b| *b == b'\n').collect();
        let which = rng.below(lines.len());
        let Ok(mut v) = serde_json::from_slice::<serde_json::Value>(lines[which]) else {
            return false;
        };
        let donor = pick_node(&mut v, rng).clone();
        let replacement = match rng.below(9) {
            0 => serde_json::Value::Null,
            1 => serde_json::Value::Bool(rng.chance(2)),
            2 => serde_json::from_str(INTERESTING_NUMBERS[rng.below(INTERESTING_NUMBERS.len())])
                .unwrap_or(serde_json::Value::Null),
            3 => serde_json::Value::String(
                INTERESTING_TEXT[rng.below(INTERESTING_TEXT.len())].to_string(),
            ),
            4 if !self.dict.is_empty() => serde_json::Value::String(
                String::from_utf8_lossy(&self.dict[rng.below(self.dict.len())])
                    .trim_matches(['"', ':', ' '])
                    .to_string(),
            ),
            5 => serde_json::json!([]),
            6 => serde_json::json!({}),
            7 => {
                // Drop a key of some object instead of replacing a node.
                if let serde_json::Value::Object(m) = pick_node(&mut v, rng)
                    && !m.is_empty()
                {
                    let key = m
                        .keys()
                        .nth(rng.below(m.len()))
                        .cloned()
                        .expect("non-empty");
                    m.remove(&key);
                }
                return self.put_line(data, which, &v);
            }
            _ => donor,
        };
        *pick_node(&mut v, rng) = replacement;
        self.put_line(data, which, &v)
    }

    fn put_line(&self, data: &mut Vec<u8>, which: usize, v: &serde_json::Value) -> bool {
        let mut lines: Vec<Vec<u8>> = data.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
        lines[which] = v.to_string().into_bytes();
        *data = lines.join(&b'\n');
        true
    }
}

/// A node reached by a random walk from the root that stops at each level with probability
/// 1/3: shallow nodes (a run, its steps) are picked as often as deep ones, whose number would
/// otherwise drown them.
fn pick_node<'v>(v: &'v mut serde_json::Value, rng: &mut Rng) -> &'v mut serde_json::Value {
    let children = match &*v {
        serde_json::Value::Array(a) => a.len(),
        serde_json::Value::Object(m) => m.len(),
        _ => 0,
    };
    if children == 0 || rng.chance(3) {
        return v;
    }
    let i = rng.below(children);
    match v {
        serde_json::Value::Array(a) => pick_node(&mut a[i], rng),
        serde_json::Value::Object(m) => pick_node(m.values_mut().nth(i).expect("in range"), rng),
        _ => unreachable!("has children"),
    }
}

/// Deletes chunks, then single bytes, while `fails` still holds; bounded work.
pub fn minimise(data: &[u8], fails: impl Fn(&[u8]) -> bool) -> Vec<u8> {
    let mut cur = data.to_vec();
    let mut budget = 4000;
    let mut chunk = (cur.len() / 2).max(1);
    while chunk >= 1 && budget > 0 {
        let mut i = 0;
        let mut shrunk = false;
        while i < cur.len() && budget > 0 {
            budget -= 1;
            let end = (i + chunk).min(cur.len());
            let mut candidate = cur[..i].to_vec();
            candidate.extend_from_slice(&cur[end..]);
            if fails(&candidate) {
                cur = candidate;
                shrunk = true;
            } else {
                i += chunk;
            }
        }
        if !shrunk {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    cur
}

#[cfg(test)]
mod engine_tests {
    use super::*;

    #[test]
    fn the_engine_finds_a_planted_bug_and_minimises_it() {
        // A decoder that crashes on a specific three-byte sequence anywhere in its input.
        let planted = |d: &[u8]| d.windows(3).any(|w| w == b"{\x1b}");
        let f = Fuzz::new("error_envelope").dict(&["{", "}"]);
        let mut rng = Rng(7);
        let mut input = b"{\"error\": 1}".to_vec();
        let mut found = None;
        for _ in 0..200_000 {
            f.mutate(&mut rng, &mut input, &[b"{}".to_vec()]);
            input.truncate(64);
            if planted(&input) {
                found = Some(input.clone());
                break;
            }
            if input.is_empty() {
                input = b"{}".to_vec();
            }
        }
        let found = found.expect("mutations reach the planted input");
        assert_eq!(minimise(&found, planted), b"{\x1b}");
        assert_eq!(byte_literal(b"a\"\x1b\n"), "b\"a\\\"\\x1b\\n\"");
    }
}
