//! Makes server-supplied text inert before it reaches a human's terminal.

use std::borrow::Cow;
use std::fmt::Write as _;

/// The only escape sequences `Output::paint` emits; messages may keep these, nothing else.
pub(crate) const PAINT_SGR: &[&str] = &[
    "\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[36m",
];

/// Characters that can move the cursor, rewrite the screen, reorder text visually
/// (Trojan Source style bidi overrides) or hide content.
fn is_unsafe(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200b}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{feff}'
    )
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        // Writing into a String cannot fail.
        c if u32::from(c) <= 0x9f => {
            let _ = write!(out, "\\x{:02x}", u32::from(c));
        }
        c => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

/// Replaces control, bidi and invisible characters with visible escapes
/// (`\x1b`, `\n`, `\u{202e}`, …). Clean input is borrowed, not copied.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    let Some(first) = s.find(is_unsafe) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        if is_unsafe(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A TSV cell: [`terminal_safe`]'s escapes, plus a backslash doubled, so `\n` in the output always
/// means a newline in the data and `\\n` a backslash followed by `n`. Clean input is borrowed.
pub(crate) fn tsv_safe(s: &str) -> Cow<'_, str> {
    if !s.contains('\\') {
        return terminal_safe(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if is_unsafe(c) => push_escaped(&mut out, c),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A CSV cell a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return gets a leading `'` (OWASP's advice against formula injection), unless it is a plain
/// number such as `-12.5`, which a spreadsheet reads as that number anyway.
pub(crate) fn spreadsheet_safe(s: &str) -> Cow<'_, str> {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if !risky || is_plain_number(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(format!("'{s}"))
}

/// JSON's number grammar: `-`, digits (no leading zero), optional fraction and exponent.
fn is_plain_number(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let int_start = i;
    let n = digits(&mut i);
    if n == 0 || (n > 1 && b[int_start] == b'0') {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Like [`terminal_safe`] but for whole status/warning lines: newlines are the
/// caller's layout, and (when `keep_paint` is set) the exact colour codes that
/// `paint` produces survive. Everything else a server might have smuggled in is escaped.
pub(crate) fn message_safe(s: &str, keep_paint: bool) -> Cow<'_, str> {
    let needs_work = |c: char| c != '\n' && is_unsafe(c);
    let Some(first) = s.find(needs_work) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..first]);
    let mut rest = &s[first..];
    while let Some(c) = rest.chars().next() {
        if c == '\x1b'
            && keep_paint
            && let Some(sgr) = PAINT_SGR.iter().find(|sgr| rest.starts_with(**sgr))
        {
            out.push_str(sgr);
            rest = &rest[sgr.len()..];
            continue;
        }
        if needs_work(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// For raw text (jq `-r` style strings) shown on a terminal: line breaks stay
/// line breaks, each line is made safe.
pub(crate) fn lines_safe(s: &str) -> Cow<'_, str> {
    message_safe(s, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_input_is_borrowed() {
        for s in [
            "",
            "plain ascii",
            "ünïcödé – 日本語 ✓",
            "emoji 🚀 and \\n literal",
        ] {
            assert!(
                matches!(terminal_safe(s), Cow::Borrowed(b) if b == s),
                "{s:?}"
            );
        }
    }

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(terminal_safe("\x1b[31mred\x1b[0m"), "\\x1b[31mred\\x1b[0m");
        // OSC 52 clipboard write and window-title tricks.
        assert_eq!(terminal_safe("\x1b]0;pwned\x07"), "\\x1b]0;pwned\\x07");
        assert_eq!(terminal_safe("a\x7fb\0"), "a\\x7fb\\x00");
    }

    #[test]
    fn cr_lf_tab_use_short_escapes() {
        assert_eq!(terminal_safe("ok\rFAKE"), "ok\\rFAKE");
        assert_eq!(terminal_safe("a\nb\tc"), "a\\nb\\tc");
    }

    #[test]
    fn c1_bidi_and_invisibles() {
        assert_eq!(terminal_safe("x\u{9b}31m"), "x\\x9b31m");
        assert_eq!(terminal_safe("x\u{85}y"), "x\\x85y");
        assert_eq!(terminal_safe("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(terminal_safe("\u{2066}i\u{2069}"), "\\u{2066}i\\u{2069}");
        assert_eq!(
            terminal_safe("\u{61c}\u{200e}\u{200f}"),
            "\\u{61c}\\u{200e}\\u{200f}"
        );
        assert_eq!(terminal_safe("a\u{200b}b\u{feff}"), "a\\u{200b}b\\u{feff}");
        assert_eq!(terminal_safe("l\u{2028}p\u{2029}"), "l\\u{2028}p\\u{2029}");
        // Neighbours of the ranges are left alone.
        assert_eq!(
            terminal_safe("\u{a0}\u{2027}\u{202f}"),
            "\u{a0}\u{2027}\u{202f}"
        );
    }

    #[test]
    fn tsv_cells_escape_the_backslash_too() {
        assert!(matches!(tsv_safe("plain"), Cow::Borrowed(_)));
        assert_eq!(tsv_safe("a\nb"), "a\\nb");
        assert_eq!(tsv_safe("a\\nb"), "a\\\\nb");
        assert_eq!(tsv_safe("C:\\x\t\x1b"), "C:\\\\x\\t\\x1b");
    }

    #[test]
    fn spreadsheet_cells_never_start_a_formula() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("+SUM(A1)", "'+SUM(A1)"),
            ("-2+3", "'-2+3"),
            ("@cmd", "'@cmd"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("-", "'-"),
            ("-1e", "'-1e"),
            ("-01", "'-01"),
        ] {
            assert_eq!(spreadsheet_safe(cell), want, "{cell:?}");
        }
        for cell in [
            "-12", "-12.5", "-1e-3", "-0", "plain", "a=b", "", " =x", "'=x",
        ] {
            assert!(
                matches!(spreadsheet_safe(cell), Cow::Borrowed(_)),
                "{cell:?}"
            );
        }
    }

    #[test]
    fn messages_keep_newlines_and_own_colours_only() {
        assert!(matches!(message_safe("two\nlines", true), Cow::Borrowed(_)));
        assert_eq!(
            message_safe("\x1b[32m✓\x1b[0m made \x1b[2Jx\r", true),
            "\x1b[32m✓\x1b[0m made \\x1b[2Jx\\r"
        );
        assert_eq!(message_safe("\x1b[32mx", false), "\\x1b[32mx");
        assert_eq!(lines_safe("a\nb\u{202e}"), "a\nb\\u{202e}");
    }
}
