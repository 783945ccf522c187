//! The terminal list table drawn directly when every cell is plain ASCII (the usual case): the
//! light style of [`LIGHT`] (no borders, a rule under the header), padding, colours and one-line
//! rows as comfy-table draws them, at a fraction of its cost (it wraps and measures every cell by
//! Unicode rules first); and which columns a narrow terminal leaves out.

use comfy_table::{LineStyle, TableStyle};

use super::Style;

/// The list style: no borders or column lines (they cost three columns each), two spaces between
/// columns, a rule under the header.
pub(crate) const LIGHT: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─'));

/// The narrowest a free-text column is cut to before a whole column is left out instead.
const MIN_CUT: usize = 10;

/// Which columns a terminal `total` wide shows when not every one fits: the rightmost
/// low-value column goes first, until the rest fit with free text cut no narrower than
/// [`MIN_CUT`]. `essential` columns (the first, names, ids) always stay. `max` and `header` are
/// widths in columns.
pub(crate) fn shown(
    max: &[usize],
    header: &[usize],
    keep: &[bool],
    essential: &[bool],
    total: usize,
) -> Vec<bool> {
    let n = max.len();
    let mut show = vec![true; n];
    let need = |show: &[bool]| -> usize {
        (0..n)
            .filter(|&i| show[i])
            .map(|i| {
                let content = if keep[i] {
                    max[i].max(header[i])
                } else {
                    max[i].min(header[i].max(MIN_CUT)).max(header[i])
                };
                content + 2
            })
            .sum()
    };
    while need(&show) > total {
        match (0..n).rev().find(|&i| show[i] && !essential[i]) {
            Some(i) => show[i] = false,
            None => break,
        }
    }
    show
}

/// One cell of a terminal list: terminal-safe text and its colour.
#[derive(Clone, Debug)]
pub(crate) struct TtyCell {
    pub(crate) text: String,
    pub(crate) style: Option<Style>,
}

/// What a table looks like apart from its rows.
pub(crate) struct Frame<'a> {
    pub(crate) header: Option<&'a [TtyCell]>,
    /// Right-aligned columns (counts), one flag per column.
    pub(crate) right: &'a [bool],
    /// Columns that are never cut (names, ids, statuses, times, counts), one flag per column:
    /// only free text gives up width when the terminal is too narrow.
    pub(crate) keep: &'a [bool],
    /// The terminal's width; `None` when unknown (then nothing is cut).
    pub(crate) width: Option<usize>,
    pub(crate) color: bool,
}

/// The drawn table, or `None` when some text is not plain ASCII: display widths then follow
/// Unicode rules, which is comfy-table's job.
pub(crate) fn draw(frame: &Frame<'_>, rows: &[Vec<TtyCell>]) -> Option<String> {
    let n = frame.right.len();
    let mut max = vec![0usize; n];
    for cells in frame
        .header
        .into_iter()
        .chain(rows.iter().map(Vec::as_slice))
    {
        for (m, cell) in max.iter_mut().zip(cells) {
            if !cell.text.is_ascii() {
                return None;
            }
            *m = (*m).max(cell.text.len());
        }
    }
    let widths = match frame.width {
        Some(total) => fit(&max, frame, total),
        None => max,
    };
    let mut out =
        String::with_capacity((rows.len() + 2) * (widths.iter().sum::<usize>() + 2 * n + 1));
    if let Some(header) = frame.header {
        // Header cells wrap where the rows would be cut, as comfy-table wraps them.
        let wrapped: Vec<Vec<String>> = header
            .iter()
            .zip(&widths)
            .map(|(cell, w)| wrap(&cell.text, *w))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(0);
        for l in 0..height {
            for (i, (lines, w)) in wrapped.iter().zip(&widths).enumerate() {
                match lines.get(l) {
                    Some(text) => {
                        let style = header.get(i).and_then(|c| c.style);
                        cell(&mut out, text, style, *w, frame.right[i], frame.color);
                    }
                    None => out.extend(std::iter::repeat_n(' ', w + 2)),
                }
            }
            out.push('\n');
        }
        out.extend(std::iter::repeat_n('─', widths.iter().map(|w| w + 2).sum()));
        out.push('\n');
    }
    for cells in rows {
        for (i, (w, right)) in widths.iter().zip(frame.right).enumerate() {
            let (text, style) = cells
                .get(i)
                .map_or(("", None), |c| (c.text.as_str(), c.style));
            cell(&mut out, text, style, *w, *right, frame.color);
        }
        out.push('\n');
    }
    Some(out)
}

/// Column widths for a terminal `total` columns wide: kept columns (names, ids, …) and every
/// header keep their full width so they can be copied; free-text columns share what is left
/// (as comfy-table would share it). A table whose kept columns alone are too wide is drawn wider
/// than the terminal rather than cutting a name.
fn fit(max: &[usize], frame: &Frame<'_>, total: usize) -> Vec<usize> {
    let n = max.len();
    let room = total.saturating_sub(2 * n);
    if max.iter().sum::<usize>() <= room {
        return max.to_vec();
    }
    let keep = |i: usize| frame.keep.get(i).copied().unwrap_or(true);
    let kept: usize = (0..n).filter(|&i| keep(i)).map(|i| max[i]).sum();
    let free: Vec<usize> = (0..n).filter(|&i| !keep(i)).collect();
    let free_max: Vec<usize> = free.iter().map(|&i| max[i]).collect();
    // `arrange` counts padding for the columns it is given; add it back.
    let left = room.saturating_sub(kept) + 2 * free.len();
    let shared = arrange(&free_max, left);
    let mut widths = max.to_vec();
    for (&i, w) in free.iter().zip(shared) {
        let header = frame
            .header
            .and_then(|h| h.get(i))
            .map_or(1, |c| c.text.len());
        widths[i] = w.max(header.min(max[i]));
    }
    widths
}

/// Column content widths for a terminal `total` columns wide, as comfy-table's dynamic
/// arrangement decides them for one-line rows: columns narrower than the average room left
/// keep their width (repeatedly, as the average grows), the others share the rest evenly.
fn arrange(max: &[usize], total: usize) -> Vec<usize> {
    let n = max.len();
    // One space of padding on each side of each column (the light style has no borders).
    let mut remaining = total.saturating_sub(2 * n);
    let mut decided: Vec<Option<usize>> = vec![None; n];
    let mut left = n;
    let mut found = true;
    'fit: while found && left > 0 && remaining / left > 0 {
        found = false;
        for (i, w) in max.iter().enumerate() {
            if decided[i].is_none() && *w <= remaining / left {
                decided[i] = Some(*w);
                remaining -= w;
                left -= 1;
                found = true;
                if left == 0 {
                    break 'fit;
                }
            }
        }
    }
    if left > 0 {
        let share = remaining.max(left);
        let (each, mut extra) = (share / left, share % left);
        for d in decided.iter_mut().filter(|d| d.is_none()) {
            *d = Some(each + usize::from(extra > 0));
            extra = extra.saturating_sub(1);
        }
    }
    decided.into_iter().map(|d| d.unwrap_or(0)).collect()
}

/// One padded cell. Text too long for the column keeps its first wrapped line, cut to leave
/// room for `…` (as comfy-table shows a one-line row; no mark fits a zero-width column).
fn cell(out: &mut String, text: &str, style: Option<Style>, w: usize, right: bool, color: bool) {
    let first;
    let (shown, cut) = if text.len() > w {
        let mut lines = wrap(text, w).into_iter();
        first = lines.next().unwrap_or_default();
        if lines.next().is_some() {
            (&first[..first.len().min(w.saturating_sub(1))], w > 0)
        } else {
            (first.as_str(), false)
        }
    } else {
        (text, false)
    };
    let pad = w - shown.len() - usize::from(cut);
    let (start, end) = match style.filter(|_| color) {
        Some(style) => sgr(style),
        None => ("", ""),
    };
    out.push_str(start);
    out.push(' ');
    if right {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out.push_str(shown);
    if cut {
        out.push('…');
    }
    if !right {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out.push(' ');
    out.push_str(end);
}

/// comfy-table's line splitting for ASCII text: words packed greedily, a line closed once
/// fewer than three columns are left, words longer than a line broken where the line ends.
fn wrap(text: &str, width: usize) -> Vec<String> {
    const MIN_FREE: usize = 2;
    if text.len() <= width {
        return vec![text.to_owned()];
    }
    let mut lines = Vec::new();
    let mut words: Vec<String> = text.split(' ').rev().map(str::to_owned).collect();
    let mut current = String::new();
    let full = |lines: &mut Vec<String>, current: &mut String| {
        if current.len() > width.saturating_sub(MIN_FREE) {
            lines.push(std::mem::take(current));
        }
    };
    while let Some(next) = words.pop() {
        let sep = usize::from(!current.is_empty());
        let room = (width - current.len()).saturating_sub(sep);
        if current.len() + sep + next.len() <= width {
            if sep == 1 {
                current.push(' ');
            }
            current.push_str(&next);
            full(&mut lines, &mut current);
            continue;
        }
        if !current.is_empty() && room <= MIN_FREE {
            words.push(next);
            lines.push(std::mem::take(&mut current));
            continue;
        }
        if next.len() > width {
            let fresh = current.is_empty();
            if !fresh {
                current.push(' ');
            }
            let at = if fresh && room == 0 {
                1
            } else {
                room.min(next.len())
            };
            current.push_str(&next[..at]);
            words.push(next[at..].to_owned());
            lines.push(std::mem::take(&mut current));
            continue;
        }
        lines.push(std::mem::replace(&mut current, next));
        full(&mut lines, &mut current);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// The escape sequences comfy-table (through crossterm) wraps a styled cell in.
fn sgr(style: Style) -> (&'static str, &'static str) {
    match style {
        Style::Bold => ("\x1b[1m", "\x1b[0m"),
        Style::Dim => ("\x1b[2m", "\x1b[0m"),
        Style::Red => ("\x1b[38;5;9m", "\x1b[39m"),
        Style::Green => ("\x1b[38;5;10m", "\x1b[39m"),
        Style::Yellow => ("\x1b[38;5;11m", "\x1b[39m"),
        Style::Cyan => ("\x1b[38;5;14m", "\x1b[39m"),
    }
}
