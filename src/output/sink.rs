//! The byte streams behind `Output`: stdout for data, stderr for people, stdin for answers.

use std::io::{self, BufRead, BufWriter, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use super::OutputError;

pub(crate) type Writer = Box<dyn Write + Send>;
pub(crate) type Reader = Box<dyn BufRead + Send>;

pub(crate) struct Sinks {
    out: Mutex<Writer>,
    err: Mutex<Writer>,
    /// `None` reads the real stdin/TTY; tests inject canned answers.
    input: Mutex<Option<Reader>>,
    /// Once the reader of stdout has gone, every later write fails the same way
    /// without touching the pipe again.
    broken: AtomicBool,
}

/// A panic while holding a lock leaves only a half-written line; keep going.
fn lock<T: ?Sized>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Sinks {
    pub(crate) fn real() -> Self {
        // Block buffering: line-buffered stdout costs a syscall per row on 100k-row lists.
        let out = BufWriter::with_capacity(64 * 1024, io::stdout());
        Self::new(Box::new(out), Box::new(io::stderr()))
    }

    pub(crate) fn new(out: Writer, err: Writer) -> Self {
        Self {
            out: Mutex::new(out),
            err: Mutex::new(err),
            input: Mutex::new(None),
            broken: AtomicBool::new(false),
        }
    }

    pub(crate) fn set_input(&self, input: Reader) {
        *lock(&self.input) = Some(input);
    }

    fn map(&self, e: io::Error) -> OutputError {
        if e.kind() == io::ErrorKind::BrokenPipe {
            self.broken.store(true, Ordering::Relaxed);
            OutputError::BrokenPipe
        } else {
            OutputError::Io(e)
        }
    }

    pub(crate) fn write_out(&self, bytes: &[u8]) -> Result<(), OutputError> {
        if self.broken.load(Ordering::Relaxed) {
            return Err(OutputError::BrokenPipe);
        }
        lock(&self.out).write_all(bytes).map_err(|e| self.map(e))
    }

    pub(crate) fn flush_out(&self) -> Result<(), OutputError> {
        if self.broken.load(Ordering::Relaxed) {
            return Err(OutputError::BrokenPipe);
        }
        lock(&self.out).flush().map_err(|e| self.map(e))
    }

    /// Messages are best effort: a closed stderr must not turn into a failed command.
    pub(crate) fn write_err(&self, text: &str) {
        // Pending data first, so a terminal shows lines in the order they were produced.
        if !self.broken.load(Ordering::Relaxed)
            && let Err(e) = lock(&self.out).flush()
        {
            let _ = self.map(e);
        }
        let mut err = lock(&self.err);
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }

    /// One answer line without its line ending; `None` at end of input.
    pub(crate) fn read_line(&self) -> io::Result<Option<String>> {
        let mut line = String::new();
        let n = match lock(&self.input).as_mut() {
            Some(input) => input.read_line(&mut line)?,
            None => io::stdin().lock().read_line(&mut line)?,
        };
        if n == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_owned()))
    }

    /// Without echo on the terminal; injected input is read as a plain line.
    pub(crate) fn read_secret(&self) -> io::Result<String> {
        if lock(&self.input).is_some() {
            return Ok(self.read_line()?.unwrap_or_default());
        }
        rpassword::read_password()
    }
}
