//! Table format: TSV for pipes, sized and coloured comfy-table for terminals, key/value view.

use serde_json::json;

use super::*;

fn tty(width: u16) -> impl FnOnce(&mut OutputOptions) {
    move |o| {
        o.stdout_tty = true;
        o.term_width = Some(width);
    }
}

#[test]
fn plain_table_is_tab_separated_with_one_header() {
    let h = harness(|_| {});
    assert_eq!(write_pages(&h.out, &three_pages()), 9);
    let text = h.stdout.text();
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 10);
    assert_eq!(lines[0], ["NAME", "STATUS", "CREATED", "TAGS"]);
    assert_eq!(lines[2], ["ds-1", "failed", "2026-11-10T11:57:00Z", "a, b"]);
    assert!(!text.contains('\x1b') && !text.contains('│'));
}

#[test]
fn no_header_drops_the_header_line() {
    let h = harness(|o| o.no_header = true);
    write_pages(&h.out, &three_pages());
    let text = h.stdout.text();
    assert_eq!(
        text.lines().next(),
        Some("ds-0\tactive\t2026-11-10T11:57:00Z\ta, b")
    );
    assert_eq!(text.lines().count(), 9);
}

#[test]
fn plain_cells_cannot_break_rows_or_the_terminal() {
    let h = harness(|_| {});
    let mut evil = item(0);
    evil["name"] = json!("x\ty\nz\u{1b}]0;title\u{7}\u{202e}");
    write_pages(&h.out, &[vec![evil]]);
    let row = h.stdout.text().lines().nth(1).unwrap().to_owned();
    assert_eq!(
        row.split('\t').next(),
        Some("x\\ty\\nz\\x1b]0;title\\x07\\u{202e}")
    );
}

#[test]
fn fields_choose_table_columns_with_dotted_paths() {
    let h = harness(|o| o.fields = Some("settings.snowflake.account,name,status".into()));
    write_pages(&h.out, &[items(2)]);
    let text = h.stdout.text();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "SETTINGS.SNOWFLAKE.ACCOUNT\tNAME\tSTATUS",
            "acct-0\tds-0\tactive",
            "acct-1\tds-1\tfailed"
        ]
    );

    let h = harness(|o| {
        explicit(Format::Csv)(o);
        o.fields = Some("id,settings.snowflake".into());
    });
    write_pages(&h.out, &[items(1)]);
    assert_eq!(
        h.stdout.text(),
        "ID,SETTINGS.SNOWFLAKE\n0,\"{\"\"account\"\":\"\"acct-0\"\",\"\"warehouse\"\":\"\"WH\"\"}\"\n"
    );
}

/// Characters a terminal would show, ignoring SGR colour sequences.
fn visible_width(line: &str) -> usize {
    let mut width = 0;
    let mut in_escape = false;
    for c in line.chars() {
        match (in_escape, c) {
            (false, '\u{1b}') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, _) => width += 1,
        }
    }
    width
}

fn long_item() -> serde_json::Value {
    let mut it = item(0);
    it["name"] = json!(format!("dataset-{}", "with-a-really-long-name-".repeat(6)));
    it
}

#[test]
fn terminal_table_fits_the_width_and_truncates() {
    let mut long_tags = item(0);
    long_tags["tags"] = json!(vec!["a-rather-long-tag"; 12]);
    let h = harness(tty(60));
    write_pages(&h.out, &[vec![long_tags, item(1)]]);
    let text = h.stdout.text();
    for line in text.lines() {
        assert!(visible_width(line) <= 60, "too wide: {line}");
    }
    assert!(text.contains('…'), "{text}");
    assert!(text.contains("NAME") && text.contains("3m ago") && text.contains('─'));
    // One line per row despite the long cell: header, rule, 2 rows (the light style).
    assert_eq!(text.lines().count(), 4, "{text}");
}

/// Names are copied into the next command: the table runs past the edge rather than cut one.
#[test]
fn terminal_table_never_cuts_a_name() {
    let h = harness(tty(60));
    write_pages(&h.out, &[vec![long_item(), item(1)]]);
    let text = h.stdout.text();
    assert!(
        text.contains(long_item()["name"].as_str().unwrap()),
        "{text}"
    );
    assert_eq!(text.lines().count(), 4, "{text}");
}

#[test]
fn plain_table_never_truncates() {
    let h = harness(|o| o.term_width = Some(60));
    write_pages(&h.out, &[vec![long_item()]]);
    assert!(
        h.stdout
            .text()
            .contains(long_item()["name"].as_str().unwrap())
    );
    assert!(!h.stdout.text().contains('…'));
}

#[test]
fn terminal_colour_follows_the_choice() {
    let h = harness(tty(100));
    write_pages(&h.out, &[items(2)]);
    let coloured = h.stdout.text();
    assert!(
        coloured.contains('\x1b') && coloured.contains("active") && coloured.contains("failed")
    );

    for off in [
        |o: &mut OutputOptions| o.no_color_env = true,
        |o: &mut OutputOptions| o.color = ColorChoice::Never,
    ] {
        let h = harness(|o| {
            tty(100)(o);
            off(o);
        });
        write_pages(&h.out, &[items(2)]);
        let text = h.stdout.text();
        assert!(!text.contains('\x1b') && text.contains("active"), "{text}");
    }
}

#[test]
fn terminal_cells_are_sanitised() {
    let h = harness(tty(100));
    let mut evil = item(0);
    evil["name"] = json!("\u{1b}[2Jgone\rfake\u{9b}x");
    write_pages(&h.out, &[vec![evil]]);
    let text = h.stdout.text();
    assert!(text.contains("\\x1b[2Jgone\\rfake\\x9bx"), "{text}");
    assert!(!text.contains('\r') && !text.contains('\u{9b}'));
}

#[test]
fn object_is_a_flattened_key_value_view() {
    let mut obj = item(1);
    obj["owners"] = json!([{"id": 7}]);
    obj["note"] = json!(null);
    let h = harness(|o| {
        tty(100)(o);
        o.color = ColorChoice::Never;
    });
    h.out.object(&obj, &spec()).unwrap();
    let text = h.stdout.text();
    let row = |key: &str| {
        text.lines()
            .find(|l| l.contains(&format!(" {key} ")))
            .unwrap_or_else(|| panic!("no {key} in\n{text}"))
            .to_owned()
    };
    assert!(row("settings.snowflake.account").contains("acct-1"));
    assert!(row("settings.snowflake.warehouse").contains("WH"));
    assert!(row("tags").contains("a, b"));
    assert!(row("owners").contains(r#"[{"id":7}]"#));
    assert!(row("note").contains(" - "));
    assert!(row("created_at").contains("2026-11-10T11:57:00Z (3m ago)"));
    assert!(
        !text.contains("settings "),
        "objects are flattened, not shown whole"
    );

    let h = harness(|_| {});
    h.out.object(&obj, &spec()).unwrap();
    let text = h.stdout.text();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "FIELD\tVALUE");
    assert!(lines.contains(&"settings.snowflake.account\tacct-1"));
    assert!(lines.contains(&"tags\ta, b"));
    assert!(lines.contains(&"note\t"));
}

#[test]
fn object_view_with_fields() {
    let h = harness(|o| {
        o.fields = Some("name,settings".into());
        o.no_header = true;
    });
    h.out.object(&item(2), &spec()).unwrap();
    assert_eq!(
        h.stdout.text(),
        "name\tds-2\nsettings.snowflake.account\tacct-2\nsettings.snowflake.warehouse\tWH\n"
    );
}

/// The directly drawn terminal list and comfy-table's, for the same rows.
fn both_tables(
    tweak: impl FnOnce(&mut OutputOptions),
    cols: &str,
    rows: &[Value],
) -> (String, String) {
    let h = harness(tweak);
    let paths = super::super::fields::parse(Some(cols)).unwrap();
    let mut cols: Vec<super::super::fields::Col> = paths
        .iter()
        .map(|p| super::super::fields::Col::for_path(p, &[]))
        .collect();
    cols[1].kind = ColumnKind::Status;
    cols[2].kind = ColumnKind::Count;
    let cells: Vec<_> = rows.iter().map(|r| h.out.tty_row(&cols, r)).collect();
    let direct = h.out.render_tty_list(&cols, cells.clone());
    let width = h.out.opts.term_width.filter(|_| !h.out.opts.no_trunc);
    let comfy = h.out.comfy_list(&cols, cells, width);
    (direct, comfy)
}

#[test]
fn the_direct_terminal_table_is_comfy_tables_byte_for_byte() {
    let mut rows = Vec::new();
    for (i, status) in ["active", "failed", "paused", "cancelled", "mystery"]
        .iter()
        .enumerate()
    {
        rows.push(json!({
            "name": format!("dataset {i} with several words in its name{}", " x".repeat(i * 7)),
            "status": status,
            "count": [1, 2, i],
            "config": {"host": format!("db{i}.internal"), "port": 5432 + i, "pad": "y".repeat(i * 40)},
            "note": if i == 2 { json!("trailing   ") } else { json!(null) },
        }));
    }
    let cols = "name,status,count,config,note,a_rather_long_header_for_an_empty_column";
    // Cut or not, they agree when nothing is cut; where they cut, the direct one keeps names
    // and headers whole (below).
    for width in [8u16, 80, 400] {
        for (color, no_header) in [(true, false), (false, false), (true, true)] {
            let (direct, comfy) = both_tables(
                |o| {
                    tty(width)(o);
                    o.no_trunc = true;
                    o.no_header = no_header;
                    if !color {
                        o.color = ColorChoice::Never;
                    }
                },
                cols,
                &rows,
            );
            assert_eq!(
                direct, comfy,
                "width {width}, colour {color}, no header {no_header}"
            );
        }
    }
    // Not ASCII: comfy-table draws it, by Unicode widths.
    for width in [8u16, 20, 33, 47, 60, 80] {
        let wide = |o: &mut OutputOptions| {
            tty(width)(o);
            o.format = Format::Wide;
        };
        let (direct, _) = both_tables(wide, cols, &rows);
        for header in [
            "NAME",
            "STATUS",
            "COUNT",
            "A_RATHER_LONG_HEADER_FOR_AN_EMPTY_COLUMN",
        ] {
            assert!(
                direct.contains(header),
                "width {width}: {header} split\n{direct}"
            );
        }
        for row in &rows {
            let name = row["name"].as_str().unwrap();
            assert!(direct.contains(name), "width {width}: {name} cut\n{direct}");
        }
    }
    rows[0]["name"] = json!("日本語のデータセット");
    let (direct, comfy) = both_tables(
        |o| {
            tty(80)(o);
            o.no_trunc = true;
        },
        cols,
        &rows,
    );
    assert_eq!(direct, comfy);
    assert!(direct.contains('日'), "{direct}");
}

/// A narrow terminal leaves out the rightmost low-value columns (never the first, names or ids)
/// rather than cut each; `-o wide` keeps them all.
#[test]
fn a_narrow_table_leaves_out_low_value_columns_and_wide_keeps_them() {
    let row = json!({"name": "orders-db", "status": "active", "created_at": "2026-11-10T11:57:00Z",
                     "tags": ["nightly", "finance"], "id": "con_01M3TCSNH0MFM15CX6VMK1YVMS"});
    let draw = |tweak: &dyn Fn(&mut OutputOptions)| {
        let h = harness(|o| {
            tweak(o);
            o.color = ColorChoice::Never;
        });
        let paths = super::super::fields::parse(Some("name,status,created_at,tags,id")).unwrap();
        let mut cols: Vec<super::super::fields::Col> = paths
            .iter()
            .map(|p| super::super::fields::Col::for_path(p, &[]))
            .collect();
        cols[1].kind = ColumnKind::Status;
        cols[2].kind = ColumnKind::Time;
        let cells = vec![h.out.tty_row(&cols, &row)];
        h.out.render_tty_list(&cols, cells)
    };
    let narrow = draw(&|o| tty(52)(o));
    let header = narrow.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["NAME", "STATUS", "ID"],
        "{narrow}"
    );
    assert!(narrow.contains("con_01M3TCSNH0MFM15CX6VMK1YVMS") && !narrow.contains('…'));
    for line in narrow.lines() {
        assert!(visible_width(line) <= 52, "too wide: {line}");
    }
    let wide = draw(&|o| {
        tty(52)(o);
        o.format = Format::Wide;
    });
    assert_eq!(
        wide.lines().next().unwrap().split_whitespace().count(),
        5,
        "{wide}"
    );
    let roomy = draw(&|o| tty(160)(o));
    assert_eq!(
        roomy.lines().next().unwrap().split_whitespace().count(),
        5,
        "{roomy}"
    );
}
