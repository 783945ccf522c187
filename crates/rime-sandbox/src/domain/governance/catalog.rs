//! The column catalogue: seeded Snowflake tables plus every selected column of the project's
//! connectors' discovered schemas, each with sample values for PII scans.
//
// Connector tables land in database `RAW`, schema = the connector's name and table/column = the
// source names, all as Snowflake identifiers (upper case, anything but letters, digits and `_`
// replaced by `_`). Samples of connector columns are synthesised from the column name and type,
// reproducibly per path; seeded tables carry their own samples.

use std::collections::HashMap;

use rusqlite::Connection;
use serde_json::{Value, json};

use super::pii;
use crate::collection::{CATALOG_TABLES, COLUMNS, CONNECTOR_SCHEMAS, CONNECTORS};
use crate::error::ApiResult;
use crate::ids::Rng;
use crate::store::Obj;

/// The database every connector lands in [model].
pub const RAW_DATABASE: &str = "RAW";
/// Excluded from coverage, as in Snowflake's own reports [doc].
pub const INFORMATION_SCHEMA: &str = "INFORMATION_SCHEMA";

#[derive(Debug, Clone)]
pub struct CatColumn {
    pub path: String,
    pub database: String,
    pub schema: String,
    pub table: String,
    pub column: String,
    pub data_type: String,
    pub samples: Vec<String>,
    pub source: Value,
}

/// A Snowflake identifier: upper case, `[A-Z0-9_]` only.
pub fn ident(s: &str) -> String {
    let out: String = s
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if out.is_empty() { "_".into() } else { out }
}

/// Paths are compared as Snowflake compares unquoted identifiers: case-insensitively.
pub fn normalise_path(path: &str) -> String {
    path.trim().to_ascii_uppercase()
}

/// Classification state per normalised path.
pub fn states(conn: &Connection, pid: &str) -> ApiResult<HashMap<String, Obj>> {
    Ok(COLUMNS
        .all(conn, pid)?
        .into_iter()
        .map(|o| {
            (
                normalise_path(o.body["path"].as_str().unwrap_or_default()),
                o,
            )
        })
        .collect())
}

fn seeded(conn: &Connection, pid: &str, out: &mut Vec<CatColumn>) -> ApiResult<()> {
    for t in CATALOG_TABLES.all(conn, pid)? {
        let b = &t.body;
        let (db, schema, table) = (
            b["database"].as_str().unwrap_or_default(),
            b["schema"].as_str().unwrap_or_default(),
            b["table"].as_str().unwrap_or_default(),
        );
        for c in b["columns"].as_array().into_iter().flatten() {
            let column = c["name"].as_str().unwrap_or_default();
            out.push(CatColumn {
                path: format!("{db}.{schema}.{table}.{column}"),
                database: db.into(),
                schema: schema.into(),
                table: table.into(),
                column: column.into(),
                data_type: c["data_type"].as_str().unwrap_or("VARCHAR").into(),
                samples: c["samples"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|v| match v {
                        Value::String(s) => s.clone(),
                        Value::Null => String::new(),
                        other => other.to_string(),
                    })
                    .collect(),
                source: json!({"type": "seed", "connector_id": null}),
            });
        }
    }
    Ok(())
}

fn from_connectors(
    conn: &Connection,
    pid: &str,
    sampled: bool,
    out: &mut Vec<CatColumn>,
) -> ApiResult<()> {
    for connector in CONNECTORS.all(conn, pid)? {
        let Some(schema) = CONNECTOR_SCHEMAS.all(conn, &connector.id)?.pop() else {
            continue;
        };
        let schema_name = ident(connector.body["name"].as_str().unwrap_or(&connector.id));
        for t in schema.body["tables"].as_array().into_iter().flatten() {
            if t["selected"] == false {
                continue;
            }
            let table = ident(t["name"].as_str().unwrap_or_default());
            for c in t["columns"].as_array().into_iter().flatten() {
                if c["selected"] == false {
                    continue;
                }
                let column = ident(c["name"].as_str().unwrap_or_default());
                let data_type = c["snowflake_type"]
                    .as_str()
                    .unwrap_or("VARCHAR")
                    .to_string();
                let path = format!("{RAW_DATABASE}.{schema_name}.{table}.{column}");
                let samples = if sampled {
                    synthesise(&column, &data_type, &path)
                } else {
                    Vec::new()
                };
                out.push(CatColumn {
                    path,
                    database: RAW_DATABASE.into(),
                    schema: schema_name.clone(),
                    table: table.clone(),
                    column,
                    data_type,
                    samples,
                    source: json!({"type": "connector", "connector_id": connector.id}),
                });
            }
        }
    }
    Ok(())
}

/// Every column of the project, seeded tables first, then connectors in creation order.
pub fn columns(conn: &Connection, pid: &str) -> ApiResult<Vec<CatColumn>> {
    columns_with(conn, pid, true)
}

/// The same without connector columns' synthesised samples (only scans read them): what the
/// column views use, cheaper by far for large catalogues.
pub fn columns_unsampled(conn: &Connection, pid: &str) -> ApiResult<Vec<CatColumn>> {
    columns_with(conn, pid, false)
}

fn columns_with(conn: &Connection, pid: &str, sampled: bool) -> ApiResult<Vec<CatColumn>> {
    let mut out = Vec::new();
    seeded(conn, pid, &mut out)?;
    from_connectors(conn, pid, sampled, &mut out)?;
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert(normalise_path(&c.path)));
    Ok(out)
}

pub fn find(conn: &Connection, pid: &str, path: &str) -> ApiResult<Option<CatColumn>> {
    let wanted = normalise_path(path);
    Ok(columns(conn, pid)?
        .into_iter()
        .find(|c| normalise_path(&c.path) == wanted))
}

const FIRST: &[&str] = &[
    "Aroha",
    "Liam",
    "Mereana",
    "Oliver",
    "Priya",
    "Tama",
    "Sophie",
    "Wiremu",
    "Charlotte",
    "Hemi",
];
const LAST: &[&str] = &[
    "Ngata", "Chen", "Walker", "Smith", "Singh", "Rāwiri", "Martin", "Jones", "Wilson", "Patel",
];
const STREETS: &[&str] = &[
    "Queen Street",
    "Karangahape Road",
    "Cuba Street",
    "Colombo Street",
    "George Street",
    "Lambton Quay",
];

/// Ten plausible values for a connector column, chosen by its name and type.
fn synthesise(column: &str, data_type: &str, path: &str) -> Vec<String> {
    let mut seed: u64 = 0x8422_2325;
    for b in path.bytes() {
        seed = (seed ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    let mut rng = Rng::new(seed);
    let name = column.to_ascii_uppercase();
    let ty = data_type.to_ascii_uppercase();
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    (0..10)
        .map(|i| {
            let n = rng.below(10_000);
            let pick = |list: &[&str], r: u64| list[(r % list.len() as u64) as usize].to_string();
            if has(&["EMAIL"]) {
                format!("{}.{}@example.co.nz", pick(FIRST, n).to_lowercase(), i)
            } else if has(&["PHONE", "MOBILE"]) {
                format!("+64 21 {:03} {:04}", n % 1000, rng.below(10_000))
            } else if has(&["IRD"]) {
                valid_ird(&mut rng)
            } else if has(&["NHI"]) {
                valid_nhi(&mut rng)
            } else if has(&["BIRTH", "DOB"]) {
                format!("{}-{:02}-{:02}", 1950 + n % 55, 1 + n % 12, 1 + n % 28)
            } else if has(&["FIRST_NAME"]) {
                pick(FIRST, n)
            } else if has(&["LAST_NAME", "SURNAME"]) {
                pick(LAST, n)
            } else if has(&["ADDRESS", "STREET"]) {
                format!("{} {}", 1 + n % 300, pick(STREETS, n))
            } else if ty.starts_with("NUMBER")
                || ty.starts_with("INT")
                || ty.starts_with("FLOAT")
                || ty.starts_with("DECIMAL")
            {
                n.to_string()
            } else if ty.starts_with("DATE") || ty.starts_with("TIMESTAMP") {
                format!("2026-{:02}-{:02}", 1 + n % 11, 1 + n % 28)
            } else if ty.starts_with("BOOLEAN") {
                n.is_multiple_of(2).to_string()
            } else {
                format!("value {n}")
            }
        })
        .collect()
}

fn valid_ird(rng: &mut Rng) -> String {
    loop {
        // Nine-digit numbers below 150,000,000: an eight-digit base and its check digit.
        let base = 1_000_000 + rng.below(14_000_000);
        let digits: Vec<u32> = format!("{base:08}")
            .chars()
            .filter_map(|c| c.to_digit(10))
            .collect();
        if let Some(check) = pii::ird_check_digit(&digits) {
            let s = format!("{:09}", base * 10 + u64::from(check));
            return format!("{}-{}-{}", &s[..3], &s[3..6], &s[6..]);
        }
    }
}

fn valid_nhi(rng: &mut Rng) -> String {
    const LETTERS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
    loop {
        let l: Vec<u32> = (0..3).map(|_| rng.below(24) as u32 + 1).collect();
        let d: Vec<u32> = (0..3).map(|_| rng.below(10) as u32).collect();
        if let Some(check) = pii::nhi_check_digit(&l, &d) {
            let letters: String = l.iter().map(|v| LETTERS[*v as usize - 1] as char).collect();
            let nums: String = d
                .iter()
                .map(|v| char::from_digit(*v, 10).unwrap_or('0'))
                .collect();
            return format!("{letters}{nums}{check}");
        }
    }
}
