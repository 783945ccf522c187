//! `rime governance columns`: list, get and classify catalogue columns (one, or many from a file).

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::{LEVELS, PII_TYPES, Place};
use crate::context::Context;
use crate::error::CliError;
use crate::output::ColumnKind::Text;
use crate::output::terminal_safe;
use crate::registry::prelude::*;

pub static COLUMNS: Kind = Kind {
    columns: &[
        col("PATH", "path", Text),
        col("DATA TYPE", "data_type", Text),
        col("LEVEL", "privacy_level", Text),
        col("PII", "pii_type", Text),
        col("MASKING", "masking", Text),
        col("FLAGGED", "flagged.pii_type", Text),
        col("CONFIDENCE", "flagged.confidence", Text),
    ],
    fields: &[
        ro("path"),
        ro("database"),
        ro("schema"),
        ro("table"),
        ro("column"),
        ro("data_type"),
        field("privacy_level"),
        field("pii_type"),
        ro("masking"),
        ro("masking_policy_id"),
        ro("classified_by"),
        ro("classified_at"),
        ro("flagged"),
        ro("source"),
    ],
    verbs: &[
        list("List catalogue columns with their classification and masking"),
        get("Show one column"),
    ],
    ..Kind::project("column", "Column")
        .said("column", "columns")
        .at("governance columns", "governance/columns")
        .known_by(&[], "", ("PATH", "DATABASE.SCHEMA.TABLE.COLUMN"))
        .config()
};

pub struct Columns;

impl Declared for Columns {
    const KIND: &'static Kind = &COLUMNS;
    const AFTER_HELP: &'static str =
        "Columns are named DATABASE.SCHEMA.TABLE.COLUMN (case-insensitive). Connector tables
land in database RAW, schema = the connector's name.

Examples:
  rime governance columns list --unclassified --database ANALYTICS
  rime governance columns classify ANALYTICS.CRM.CUSTOMERS.IRD_NUMBER --level restricted --pii ird_number
  rime governance columns classify --from-file classification.csv --continue-on-error";
    type Parts = Parts<ColumnsFilters, NoArgs, NoArgs, ColumnsVerbs>;
}

#[derive(Subcommand, Debug)]
pub enum ColumnsVerbs {
    /// Classify a column, or many from a CSV or NDJSON file
    #[command(
        after_help = "Files hold one column per row; a level or PII type may be empty, `none` clears it:
  CSV with a header   path,level,pii_type
                      ANALYTICS.CRM.CUSTOMERS.IRD_NUMBER,restricted,ird_number
  NDJSON              {\"path\": \"ANALYTICS.CRM.CUSTOMERS.EMAIL\", \"privacy_level\": \"confidential\", \"pii_type\": \"email\"}
A malformed file is reported with its line and column and changes nothing. Rows are applied in
order, each with its result; the first failure skips the rest unless --continue-on-error. The exit
code is 9 when any row failed."
    )]
    Classify(ClassifyArgs),
}

#[derive(Args, Debug)]
pub struct ColumnsFilters {
    #[command(flatten)]
    pub place: Place,
    /// Only classified columns
    #[arg(long, conflicts_with = "unclassified")]
    pub classified: bool,
    /// Only unclassified columns (masked in full)
    #[arg(long)]
    pub unclassified: bool,
    /// Only columns at this privacy level
    #[arg(long, value_parser = LEVELS)]
    pub level: Option<String>,
    /// Only columns of this PII type
    #[arg(long, value_parser = PII_TYPES)]
    pub pii: Option<String>,
    /// Only columns a PII scan flagged for review
    #[arg(long)]
    pub flagged: bool,
}

impl Filters for ColumnsFilters {
    async fn query(&self, _: &Context, _: &Scope) -> anyhow::Result<Vec<(String, String)>> {
        let mut q = self.place.query();
        q.extend(query_of([
            ("privacy_level", &self.level),
            ("pii_type", &self.pii),
        ]));
        if self.classified || self.unclassified {
            q.push(("classified".into(), self.classified.to_string()));
        }
        if self.flagged {
            q.push(("flagged".into(), "true".into()));
        }
        Ok(q)
    }
}

#[derive(Args, Debug)]
pub struct ClassifyArgs {
    /// DATABASE.SCHEMA.TABLE.COLUMN (not with --from-file)
    #[arg(required_unless_present = "from_file")]
    pub path: Option<String>,
    /// public, internal, confidential or restricted; `none` declassifies
    #[arg(long, value_parser = ["public", "internal", "confidential", "restricted", "none"])]
    pub level: Option<String>,
    /// The PII type, or `none`; it needs a level at or above its minimum (ird_number: restricted)
    #[arg(long, value_name = "TYPE")]
    pub pii: Option<String>,
    /// Classify many columns from a CSV (path,level,pii_type) or NDJSON file (`-` for stdin)
    #[arg(short = 'f', long, visible_alias = "file", value_name = "FILE", conflicts_with_all = ["path", "level", "pii"])]
    pub from_file: Option<String>,
    /// With --from-file: go on after a row fails (exit 9 at the end if any did)
    #[arg(long)]
    pub continue_on_error: bool,
}

/// `none` (or an empty value) clears the field.
pub fn clearable(v: &str) -> Value {
    match v {
        "" | "none" => Value::Null,
        other => Value::String(other.to_string()),
    }
}

impl Extra for ColumnsVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        let ColumnsVerbs::Classify(a) = self;
        match (&a.from_file, &a.path) {
            (Some(file), _) => super::bulk::classify_file(ctx, file, a.continue_on_error).await,
            (None, _) if a.continue_on_error => {
                Err(CliError::Usage("--continue-on-error goes with --from-file".into()).into())
            }
            (None, Some(path)) => {
                let mut body = json!({});
                if let Some(l) = &a.level {
                    body["privacy_level"] = clearable(l);
                }
                if let Some(p) = &a.pii {
                    body["pii_type"] = clearable(p);
                }
                if body.as_object().is_some_and(|m| m.is_empty()) {
                    return Err(CliError::Usage(
                        "nothing to classify: give --level and/or --pii".into(),
                    )
                    .into());
                }
                let column = classify(ctx, path, body).await?;
                ctx.out.status(&describe(&column));
                ctx.show(&column, &COLUMNS.spec())
            }
            (None, None) => unreachable!("clap requires a path or --from-file"),
        }
    }
}

/// `PATCH …/governance/columns/{path}`.
pub async fn classify(ctx: &Context, path: &str, body: Value) -> anyhow::Result<Value> {
    let item = COLUMNS.item_path(ctx, Scope::top(), path).await?;
    ctx.client()
        .await?
        .patch(&item, body)
        .await
        .map_err(|e| e.context(format!("could not classify `{}`", terminal_safe(path))))
}

/// "classified X as restricted (ird_number); masking full".
pub fn describe(column: &Value) -> String {
    let path = terminal_safe(column["path"].as_str().unwrap_or("?")).into_owned();
    match column["privacy_level"].as_str() {
        None => format!("declassified {path}; masking full"),
        Some(level) => {
            let pii = column["pii_type"]
                .as_str()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default();
            let masking = column["masking"].as_str().unwrap_or("none");
            format!("classified {path} as {level}{pii}; masking {masking}")
        }
    }
}
