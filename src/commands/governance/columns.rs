//! `rime governance columns`: list, get and classify catalogue columns (one, or many from a file).

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::{LEVELS, ListArgs, PII_TYPES};
use crate::context::Context;
use crate::error::CliError;
use crate::output::col;
use crate::output::{ColumnKind, terminal_safe};
use crate::registry::{Kind, Parent, Scope, field, ro, verbs};

pub static COLUMNS: Kind = Kind {
    name: "column",
    singular: "column",
    plural: "columns",
    command: "governance columns",
    parent: Parent::Project,
    path: "governance/columns",
    schema: "Column",
    names: &[],
    id_prefix: "",
    arg: ("PATH", "Column path (DB.SCHEMA.TABLE.COLUMN)"),
    columns: &[
        col("PATH", "path", ColumnKind::Text),
        col("DATA TYPE", "data_type", ColumnKind::Text),
        col("LEVEL", "privacy_level", ColumnKind::Text),
        col("PII", "pii_type", ColumnKind::Text),
        col("MASKING", "masking", ColumnKind::Text),
        col("FLAGGED", "flagged.pii_type", ColumnKind::Text),
        col("CONFIDENCE", "flagged.confidence", ColumnKind::Text),
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
    config: true,
    ..Kind::BASE
};

#[derive(Args, Debug)]
#[command(
    after_help = "Columns are named DATABASE.SCHEMA.TABLE.COLUMN (case-insensitive). Connector tables
land in database RAW, schema = the connector's name.

Examples:
  rime governance columns list --unclassified --database ANALYTICS
  rime governance columns classify ANALYTICS.CRM.CUSTOMERS.IRD_NUMBER --level restricted --pii ird_number
  rime governance columns classify --from-file classification.csv --continue-on-error"
)]
pub struct ColumnsArgs {
    #[command(subcommand)]
    pub command: ColumnsCommand,
}

#[derive(Subcommand, Debug)]
pub enum ColumnsCommand {
    /// List catalogue columns with their classification and masking
    #[command(visible_alias = "ls")]
    List(ColumnsListArgs),
    /// Show one column
    Get(ColumnPath),
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
pub struct ColumnPath {
    /// DATABASE.SCHEMA.TABLE.COLUMN
    pub path: String,
}

#[derive(Args, Debug)]
pub struct ColumnsListArgs {
    #[arg(long)]
    pub database: Option<String>,
    #[arg(long)]
    pub schema: Option<String>,
    #[arg(long)]
    pub table: Option<String>,
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
    #[command(flatten)]
    pub list: ListArgs,
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

pub async fn run(ctx: &Context, args: ColumnsArgs) -> anyhow::Result<()> {
    match args.command {
        ColumnsCommand::List(a) => {
            let mut q: Vec<(String, String)> = [
                ("database", a.database),
                ("schema", a.schema),
                ("table", a.table),
                ("privacy_level", a.level),
                ("pii_type", a.pii),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
            .collect();
            if a.classified || a.unclassified {
                q.push(("classified".into(), a.classified.to_string()));
            }
            if a.flagged {
                q.push(("flagged".into(), "true".into()));
            }
            verbs::list(ctx, &COLUMNS, Scope::top(), q, &a.list.page).await
        }
        ColumnsCommand::Get(a) => verbs::get(ctx, &COLUMNS, Scope::top(), &a.path).await,
        ColumnsCommand::Classify(a) => match (&a.from_file, &a.path) {
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
        },
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
