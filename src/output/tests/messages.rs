//! Messages on stderr, colour decisions and prompts.

use std::io::Cursor;

use super::*;
use crate::output::{Stream, Style};

#[test]
fn quiet_silences_status_only() {
    let h = harness(|o| o.quiet = true);
    h.out.status("Created dataset");
    h.out.warn("token expires soon");
    h.out.verbose_line("hidden");
    h.out.debug("hidden too");
    assert_eq!(h.stderr.text(), "warning: token expires soon\n");
    assert!(h.stdout.text().is_empty());
    assert!(!h.out.show_progress());
}

#[test]
fn verbose_and_debug_lines() {
    let h = harness(|o| o.verbose = true);
    h.out.verbose_line("GET /datasets");
    h.out.debug("headers");
    assert_eq!(h.stderr.text(), "GET /datasets\n");

    let h = harness(|o| o.debug = true);
    h.out.verbose_line("v");
    h.out.debug("> GET /x");
    assert_eq!(h.stderr.text(), "v\ndebug: > GET /x\n");
}

#[test]
fn messages_escape_server_text_but_keep_our_colours() {
    let h = harness(|o| {
        o.stderr_tty = true;
        o.color = ColorChoice::Always;
    });
    let tick = h.out.paint("✓", Style::Green, Stream::Stderr);
    h.out
        .status(&format!("{tick} deleted \u{1b}]0;owned\u{7}\nnext line"));
    h.out.warn("careful");
    assert_eq!(
        h.stderr.text(),
        "\u{1b}[32m✓\u{1b}[0m deleted \\x1b]0;owned\\x07\nnext line\n\u{1b}[33mwarning:\u{1b}[0m careful\n"
    );
}

#[test]
fn colour_decisions() {
    let h = harness(|o| {
        o.stdout_tty = true;
        o.stderr_tty = false;
    });
    assert!(h.out.color_stdout() && !h.out.color_stderr());
    assert_eq!(
        h.out.paint("x", Style::Bold, Stream::Stdout),
        "\u{1b}[1mx\u{1b}[0m"
    );
    assert_eq!(h.out.paint("x", Style::Bold, Stream::Stderr), "x");

    let h = harness(|o| {
        o.stdout_tty = true;
        o.no_color_env = true;
    });
    assert!(!h.out.color_stdout());
    let h = harness(|o| {
        o.color = ColorChoice::Always;
        o.no_color_env = true;
    });
    assert!(
        h.out.color_stdout() && h.out.color_stderr(),
        "--color=always beats NO_COLOR"
    );
}

fn answering(input: &str) -> Harness {
    let h = harness(|o| o.stderr_tty = true);
    let out = h
        .out
        .with_input(Box::new(Cursor::new(input.as_bytes().to_vec())));
    Harness { out, ..h }
}

#[test]
fn confirm_defaults_to_no() {
    let h = answering("y\n\nYES\nnope\n");
    assert!(h.out.confirm("Delete ds-1?").unwrap());
    assert!(!h.out.confirm("Again?").unwrap());
    assert!(h.out.confirm("Again?").unwrap());
    assert!(!h.out.confirm("Again?").unwrap());
    assert!(!h.out.confirm("At EOF?").unwrap());
    assert!(
        h.stderr
            .text()
            .starts_with("Delete ds-1? [y/N] Again? [y/N] ")
    );
    assert!(h.stdout.text().is_empty());
}

#[test]
fn confirm_typed_needs_the_exact_word() {
    let h = answering("prod\nprod-db\n");
    assert!(
        !h.out
            .confirm_typed("This drops everything.", "prod-db")
            .unwrap()
    );
    assert!(
        h.out
            .confirm_typed("This drops everything.", "prod-db")
            .unwrap()
    );
    assert!(
        h.stderr
            .text()
            .contains("Type \u{1b}[1mprod-db\u{1b}[0m to confirm: ")
    );
}

#[test]
fn secret_reads_a_line() {
    let h = answering("s3cr3t\r\n");
    assert_eq!(h.out.secret("Token: ").unwrap(), "s3cr3t");
    assert_eq!(h.stderr.text(), "Token: ");
}

#[test]
fn text_is_written_verbatim() {
    let h = harness(|_| {});
    h.out.text("digraph {\n  a -> b\n}\n\u{1b}").unwrap();
    assert_eq!(h.stdout.text(), "digraph {\n  a -> b\n}\n\u{1b}");
}
