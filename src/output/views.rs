//! Views: the decisions "how does this show" made once here, so commands never branch on the format.

use serde_json::Value;

use super::list::ListWriter;
use super::{Format, ListSpec, Output, OutputError};

/// A duration for people, one way everywhere: `45s`, `2m05s`, `1h02m`, `3d04h`.
pub fn duration(secs: u64) -> String {
    let (d, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    match secs {
        0..60 => format!("{s}s"),
        60..3600 => format!("{m}m{s:02}s"),
        3600..86_400 => format!("{h}h{m:02}m"),
        _ => format!("{d}d{h:02}h"),
    }
}

/// `1 pending change`, `2 pending changes`: a count and its noun, singular when it is one.
pub fn count(n: u64, singular: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else if let Some(stem) = singular
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o']))
    {
        format!("{n} {stem}ies")
    } else {
        format!("{n} {singular}s")
    }
}

/// A size for people: `512 B`, `4.2 KiB`, `12.5 MiB`, `1.1 GiB`.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut v = bytes as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.1} {}", UNITS[unit])
}

/// A short elapsed time for people: `35 ms`, `1.4s`, then as [`duration`].
pub fn elapsed(d: std::time::Duration) -> String {
    match d.as_millis() {
        0..1000 => format!("{} ms", d.as_millis()),
        1000..60_000 => format!("{:.1}s", d.as_secs_f64()),
        _ => duration(d.as_secs()),
    }
}

impl Output {
    /// A command's own rendering for people (a summary screen, a tree) applies: the table format
    /// without `--jq` or `--fields`. Otherwise the command shows the object as data.
    pub fn human(&self) -> bool {
        self.opts.format == Format::Table && self.jq.is_none() && self.fields.is_none()
    }

    /// A live view redrawn in place applies: a person watches a table on a terminal.
    pub fn live(&self) -> bool {
        self.tty_table() && self.show_progress() && self.jq.is_none()
    }

    /// An object whose interesting part is a list (a run's tables, a test's checks): the list in
    /// the table and CSV formats, the whole object in the JSON-shaped ones and for `--jq`.
    pub fn detail(
        &self,
        object: &Value,
        items: &Value,
        items_spec: &ListSpec<'_>,
        object_spec: &ListSpec<'_>,
    ) -> Result<(), OutputError> {
        if matches!(self.opts.format, Format::Table | Format::Csv) && self.jq.is_none() {
            self.items(items, items_spec)
        } else {
            self.object(object, object_spec)
        }
    }

    /// An object with a list inside it (a run and its steps): for a person, the object's other
    /// fields, then the list as its own table; otherwise the object whole.
    pub fn with_items(
        &self,
        object: &Value,
        field: &str,
        object_spec: &ListSpec<'_>,
        items_spec: &ListSpec<'_>,
    ) -> Result<(), OutputError> {
        if !self.human() {
            return self.object(object, object_spec);
        }
        let mut rest = object.clone();
        if let Some(m) = rest.as_object_mut() {
            m.remove(field);
        }
        self.object(&rest, object_spec)?;
        self.text("\n")?;
        self.items(&object[field], items_spec)
    }

    /// A list already in hand (a pipeline's steps), as any list shows.
    pub fn items(&self, items: &Value, spec: &ListSpec<'_>) -> Result<(), OutputError> {
        let mut w = self.list(spec)?;
        for item in items.as_array().into_iter().flatten() {
            w.push(item)?;
        }
        w.finish().map(drop)
    }

    /// The events of a stream are the data (`-o ndjson`): each goes to stdout as it comes, and
    /// the final object is not shown again.
    pub fn streams(&self) -> bool {
        self.opts.format == Format::Ndjson
    }

    /// One value a script captures (a new secret): alone when the default format goes to a pipe
    /// with no `--fields` or `--jq`; the whole object whenever a format or a person asks for more.
    pub fn bare_or_object(
        &self,
        bare: &str,
        object: &Value,
        spec: &ListSpec<'_>,
    ) -> Result<(), OutputError> {
        if self.human() && !self.opts.format_explicit && !self.opts.stdout_tty {
            self.text(&format!("{bare}\n"))
        } else {
            self.object(object, spec)
        }
    }

    /// A list that never ends (a watch): refused in the formats that only close at the end.
    pub fn endless(&self, spec: &ListSpec<'_>, what: &str) -> Result<ListWriter<'_>, OutputError> {
        if matches!(self.opts.format, Format::Json | Format::Yaml) {
            return Err(OutputError::Unsupported(format!(
                "{what} prints one line per change and never ends; use -o ndjson (or table, csv)"
            )));
        }
        self.list(spec)
    }
}

impl ListWriter<'_> {
    /// Like [`ListWriter::finish`]; an empty list says so on stderr, for a person at a terminal
    /// (a script reading stdout gets the empty list alone).
    pub fn finish_noting(self, empty: &str) -> Result<usize, OutputError> {
        let out = self.output();
        let n = self.finish()?;
        if n == 0 && out.opts.stdout_tty && out.jq.is_none() {
            out.status(empty);
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::duration;

    #[test]
    fn durations_read_one_way() {
        for (secs, want) in [
            (0, "0s"),
            (45, "45s"),
            (60, "1m00s"),
            (125, "2m05s"),
            (3570, "59m30s"),
            (3725, "1h02m"),
            (86_400, "1d00h"),
            (273_600, "3d04h"),
        ] {
            assert_eq!(duration(secs), want);
        }
    }
}
