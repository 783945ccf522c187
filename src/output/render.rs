//! Table shapes: the terminal's table (drawn directly, or by comfy-table), the pipe's TSV, and the
//! key/value view.

use std::borrow::Cow;

use comfy_table::{
    Attribute, Cell, CellAlignment, Color, ContentArrangement, Row, Table, TableStyle, presets,
};
use serde_json::Value;

use super::cells::{CellMode, cell_text, status_style};
use super::fields::{Col, lookup};
use super::grid::{self, Frame, TtyCell};
use super::sanitize::{spreadsheet_safe, terminal_safe};
use super::{ColumnKind, Output, OutputError, Style};

fn styled(cell: Cell, style: Style) -> Cell {
    match style {
        Style::Bold => cell.add_attribute(Attribute::Bold),
        Style::Dim => cell.add_attribute(Attribute::Dim),
        Style::Red => cell.fg(Color::Red),
        Style::Green => cell.fg(Color::Green),
        Style::Yellow => cell.fg(Color::Yellow),
        Style::Cyan => cell.fg(Color::Cyan),
    }
}

impl Output {
    /// One terminal cell; colour only repeats what the text already says.
    pub(crate) fn tty_cell(&self, value: Option<&Value>, kind: ColumnKind) -> Cell {
        let cell = Cell::new(cell_text(value, kind, self.tty_mode()));
        match (kind, value) {
            (ColumnKind::Status, Some(Value::String(s))) if self.color_out => match status_style(s)
            {
                Some(style) => styled(cell, style),
                None => cell,
            },
            _ => cell,
        }
    }

    fn tty_mode(&self) -> CellMode {
        CellMode::Tty(self.now())
    }

    fn header_cell(&self, text: &str) -> Cell {
        let cell = Cell::new(text);
        if self.color_out {
            styled(cell, Style::Bold)
        } else {
            cell
        }
    }

    fn new_table(&self, style: TableStyle) -> Table {
        let mut table = Table::new();
        table
            .load_style(style)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_truncation_indicator("…");
        if let Some(width) = self.opts.term_width {
            // We already know the answer; keep comfy-table from probing the real stdout.
            table.force_no_tty().set_width(width);
        }
        if self.color_out {
            table.enforce_styling();
        }
        table
    }

    /// A row of cells for the terminal table, computed as items arrive.
    pub(crate) fn tty_row(&self, cols: &[Col], item: &Value) -> Vec<TtyCell> {
        cols.iter()
            .map(|c| {
                let value = lookup(item, &c.path.segs);
                let style = match (c.kind, value) {
                    (ColumnKind::Status, Some(Value::String(s))) => status_style(s),
                    _ => None,
                };
                TtyCell {
                    text: cell_text(value, c.kind, self.tty_mode()),
                    style,
                }
            })
            .collect()
    }

    /// Sized to the terminal; each row stays one line, cut with `…` when too wide. Plain ASCII
    /// (the usual case) is drawn directly; other text goes through comfy-table for its Unicode
    /// widths.
    pub(crate) fn render_tty_list(&self, cols: &[Col], rows: Vec<Vec<TtyCell>>) -> String {
        let width = self
            .opts
            .term_width
            .or_else(|| Table::new().width())
            .filter(|_| !self.opts.no_trunc);
        // A narrow terminal leaves out low-value columns rather than cutting every one; `-o wide`
        // (and `--fields`, `--no-trunc`) keeps them all.
        if let Some(total) = width.filter(|_| !self.wide) {
            let len = |s: &str| s.chars().count();
            let max: Vec<usize> = (0..cols.len())
                .map(|i| {
                    rows.iter()
                        .map(|r| r.get(i).map_or(0, |c| len(&c.text)))
                        .max()
                        .unwrap_or(0)
                })
                .collect();
            let header: Vec<usize> = cols.iter().map(|c| len(&c.header)).collect();
            let keep: Vec<bool> = cols.iter().map(Col::keeps_width).collect();
            let essential: Vec<bool> = (0..cols.len())
                .map(|i| i == 0 || cols[i].identifies())
                .collect();
            let show = grid::shown(&max, &header, &keep, &essential, usize::from(total));
            if show.contains(&false) {
                let cols: Vec<Col> = cols
                    .iter()
                    .zip(&show)
                    .filter(|(_, s)| **s)
                    .map(|(c, _)| c.clone())
                    .collect();
                let rows = rows
                    .into_iter()
                    .map(|r| {
                        r.into_iter()
                            .zip(&show)
                            .filter(|(_, s)| **s)
                            .map(|(c, _)| c)
                            .collect()
                    })
                    .collect();
                return self.draw_list(&cols, rows, Some(total));
            }
        }
        self.draw_list(cols, rows, width)
    }

    fn draw_list(&self, cols: &[Col], rows: Vec<Vec<TtyCell>>, width: Option<u16>) -> String {
        let header: Vec<TtyCell> = cols
            .iter()
            .map(|c| TtyCell {
                text: c.header.clone(),
                style: Some(Style::Bold),
            })
            .collect();
        let right: Vec<bool> = cols.iter().map(|c| c.kind == ColumnKind::Count).collect();
        let keep: Vec<bool> = cols.iter().map(Col::keeps_width).collect();
        let frame = Frame {
            header: (!self.opts.no_header).then_some(header.as_slice()),
            right: &right,
            keep: &keep,
            width: width.map(usize::from),
            color: self.color_out,
        };
        match grid::draw(&frame, &rows) {
            Some(text) => text,
            None => self.comfy_list(cols, rows, width),
        }
    }

    /// The terminal list by comfy-table.
    pub(crate) fn comfy_list(
        &self,
        cols: &[Col],
        rows: Vec<Vec<TtyCell>>,
        width: Option<u16>,
    ) -> String {
        let mut table = self.new_table(grid::LIGHT);
        if width.is_none() {
            // `--no-trunc`, or a terminal of unknown width: nothing is cut.
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
        if !self.opts.no_header {
            table.set_header(cols.iter().map(|c| self.header_cell(&c.header)));
        }
        let cap = width.map_or(usize::MAX, usize::from);
        for cells in rows {
            let mut row = Row::from(cells.into_iter().map(|c| self.comfy_cell(c, cap)));
            row.max_height(1);
            table.add_row(row);
        }
        for (i, col) in cols.iter().enumerate() {
            if col.kind == ColumnKind::Count
                && let Some(column) = table.column_mut(i)
            {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
        format!("{table}\n")
    }

    /// A list cell for comfy-table. Rows stay one line, so text longer than the terminal is wide
    /// is cut first: comfy-table would wrap all of it into lines only to keep the first.
    fn comfy_cell(&self, mut cell: TtyCell, cap: usize) -> Cell {
        if let Some((cut, _)) = cell.text.char_indices().nth(cap) {
            cell.text.truncate(cut);
            cell.text.push('…');
        }
        match cell.style.filter(|_| self.color_out) {
            Some(style) => styled(Cell::new(cell.text), style),
            None => Cell::new(cell.text),
        }
    }

    /// Two columns, field and value; long values wrap, since this is the detail view.
    pub(crate) fn render_tty_pairs(
        &self,
        pairs: &[(String, &Value)],
        kinds: &[ColumnKind],
    ) -> String {
        let mut table = self.new_table(presets::UTF8_FULL_CONDENSED);
        for ((key, value), kind) in pairs.iter().zip(kinds) {
            let key_cell = self.header_cell(&super::terminal_safe(key));
            let mut value_cell = self.tty_cell(Some(value), *kind);
            if let (ColumnKind::Time, Value::String(s)) = (kind, value) {
                // Relative alone hides the exact instant a detail view is consulted for.
                let rel = value_cell.content();
                if rel != *s {
                    value_cell = Cell::new(format!("{} ({rel})", super::terminal_safe(s)));
                }
            }
            table.add_row(vec![key_cell, value_cell]);
        }
        format!("{table}\n")
    }
}

/// One TSV line; cells are already free of tabs and newlines (escaped by [`super::sanitize::tsv_safe`]).
pub(crate) fn tsv_line<I, S>(cells: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut line = String::new();
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            line.push('\t');
        }
        line.push_str(cell.as_ref());
    }
    line.push('\n');
    line
}

impl Output {
    /// TSV cells of one item; with `--color always` on a pipe (`| less -R`), statuses coloured
    /// as on a terminal (the escapes are ours: server text is escaped before).
    pub(crate) fn tsv_row(&self, cols: &[Col], item: &Value) -> Vec<String> {
        let mut row = plain_row(cols, item);
        if self.color_out {
            for (cell, c) in row.iter_mut().zip(cols) {
                if let (ColumnKind::Status, Some(Value::String(s))) =
                    (c.kind, lookup(item, &c.path.segs))
                    && let Some(style) = status_style(s)
                {
                    *cell = self.paint(cell, style, super::Stream::Stdout);
                }
            }
        }
        row
    }
}

/// TSV cells of one item, in column order.
pub(crate) fn plain_row(cols: &[Col], item: &Value) -> Vec<String> {
    cols.iter()
        .map(|c| cell_text(lookup(item, &c.path.segs), c.kind, CellMode::Plain))
        .collect()
}

/// CSV cells of one item, in column order.
pub(crate) fn csv_row(cols: &[Col], item: &Value) -> Vec<String> {
    cols.iter()
        .map(|c| cell_text(lookup(item, &c.path.segs), c.kind, CellMode::Csv))
        .collect()
}

/// One RFC 4180 record (quoted only where needed), newline-terminated. Every cell is made
/// spreadsheet-safe (see [`spreadsheet_safe`]) — in files, pipes and on a terminal alike, so what
/// a person sees is what a file gets — and, for a terminal, inert as tables are.
pub(crate) fn csv_record<I, S>(cells: I, tty: bool) -> Result<Vec<u8>, OutputError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut buf = Vec::new();
    // A writer per record keeps no state between pages and needs no shared buffer.
    let mut w = csv::WriterBuilder::new()
        .buffer_capacity(1024)
        .from_writer(&mut buf);
    for cell in cells {
        let cell = spreadsheet_safe(cell.as_ref());
        let cell = if tty {
            terminal_safe(&cell)
        } else {
            Cow::Borrowed(&*cell)
        };
        w.write_field(cell.as_bytes())
            .map_err(|e| OutputError::Encode(e.to_string()))?;
    }
    w.write_record(None::<&[u8]>)
        .map_err(|e| OutputError::Encode(e.to_string()))?;
    w.flush()?;
    drop(w);
    Ok(buf)
}
