//! `connectors schema show|select|deselect|refresh`: which tables and columns the next sync extracts.

use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::CONNECTORS;
use crate::commands::wait::{Poll, poll};
use crate::context::Context;
use crate::error::CliError;
use crate::http::ApiPath;
use crate::output::progress::Snapshot;
use crate::output::{Column, ColumnKind, ListSpec, terminal_safe};
use crate::registry::Scope;

#[derive(Args, Debug)]
pub struct SchemaArgs {
    #[command(subcommand)]
    pub command: SchemaCommand,
}

#[derive(Subcommand, Debug)]
pub enum SchemaCommand {
    /// Show the discovered tables and which are selected (--columns: every column)
    Show {
        /// Connector name or id
        connector: String,
        /// One row per column, with source and Snowflake types
        #[arg(long)]
        columns: bool,
    },
    /// Select tables for the next sync (and bring back excluded columns)
    Select {
        /// Connector name or id
        connector: String,
        /// Tables to select
        tables: Vec<String>,
        /// A column to include again (repeatable)
        #[arg(long = "include-column", value_name = "TABLE.COLUMN")]
        include: Vec<String>,
    },
    /// Deselect tables, or exclude single columns, from the next sync
    Deselect {
        /// Connector name or id
        connector: String,
        /// Tables to deselect
        tables: Vec<String>,
        /// A column to exclude (repeatable); its table stays selected
        #[arg(long = "exclude-column", value_name = "TABLE.COLUMN")]
        exclude: Vec<String>,
    },
    /// Re-discover the source's tables; the selection is kept
    Refresh {
        /// Connector name or id
        connector: String,
        /// Wait until the refresh is done and show the tables (--timeout D limits the wait)
        #[arg(long)]
        wait: bool,
    },
}

const TABLE_COLUMNS: &[Column] = &[
    Column {
        header: "TABLE",
        path: "name",
        kind: ColumnKind::Text,
    },
    Column {
        header: "SELECTED",
        path: "selected",
        kind: ColumnKind::Bool,
    },
    Column {
        header: "COLUMNS",
        path: "columns",
        kind: ColumnKind::Count,
    },
    Column {
        header: "EXCLUDED",
        path: "excluded_columns",
        kind: ColumnKind::Text,
    },
    Column {
        header: "ROWS",
        path: "row_count",
        kind: ColumnKind::Count,
    },
];
const COLUMN_COLUMNS: &[Column] = &[
    Column {
        header: "TABLE",
        path: "table",
        kind: ColumnKind::Text,
    },
    Column {
        header: "COLUMN",
        path: "name",
        kind: ColumnKind::Text,
    },
    Column {
        header: "SOURCE TYPE",
        path: "source_type",
        kind: ColumnKind::Text,
    },
    Column {
        header: "SNOWFLAKE TYPE",
        path: "snowflake_type",
        kind: ColumnKind::Text,
    },
    Column {
        header: "NULLABLE",
        path: "nullable",
        kind: ColumnKind::Bool,
    },
    Column {
        header: "SELECTED",
        path: "selected",
        kind: ColumnKind::Bool,
    },
];

async fn schema_path(ctx: &Context, connector: &str) -> anyhow::Result<(Value, ApiPath)> {
    let c = CONNECTORS.find(ctx, Scope::top(), connector).await?;
    let id = c["id"].as_str().unwrap_or(connector).to_string();
    Ok((
        c,
        CONNECTORS
            .item_path(ctx, Scope::top(), &id)
            .await?
            .seg("schema"),
    ))
}

/// Tables (or columns) in table and CSV output; the schema object in the JSON-shaped formats.
fn show(ctx: &Context, schema: &Value, columns: bool) -> anyhow::Result<()> {
    let tables = schema["tables"].as_array().cloned().unwrap_or_default();
    let (cols, rows): (&[Column], Vec<Value>) = if columns {
        let rows = tables
            .iter()
            .flat_map(|t| {
                t["columns"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .map(move |mut c| {
                        c["table"] = t["name"].clone();
                        c
                    })
            })
            .collect();
        (COLUMN_COLUMNS, rows)
    } else {
        let rows = tables
            .iter()
            .map(|t| {
                let excluded: Vec<Value> = t["columns"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|c| c["selected"] == Value::Bool(false))
                    .map(|c| c["name"].clone())
                    .collect();
                let mut row = t.clone();
                row["excluded_columns"] = excluded.into();
                row
            })
            .collect();
        (TABLE_COLUMNS, rows)
    };
    let known: Vec<&str> = cols.iter().map(|c| c.path).collect();
    let spec = ListSpec {
        columns: cols,
        known_fields: &known,
    };
    ctx.out
        .detail(schema, &Value::Array(rows), &spec, &ListSpec::default())?;
    if schema["status"] == "refreshing" {
        ctx.out
            .status("a schema refresh is in progress; the tables may change");
    }
    Ok(())
}

/// `TABLE.COLUMN` (the last dot splits, so table names may hold dots).
fn split_column(s: &str) -> Result<(&str, &str), CliError> {
    s.rsplit_once('.')
        .filter(|(t, c)| !t.is_empty() && !c.is_empty())
        .ok_or_else(|| CliError::Usage(format!("`{s}` is not TABLE.COLUMN")))
}

/// The PATCH body: tables first, then columns grouped under their table.
fn selection(tables: &[String], columns: &[String], selected: bool) -> Result<Value, CliError> {
    if tables.is_empty() && columns.is_empty() {
        return Err(CliError::Usage(
            "name at least one table (or a column with TABLE.COLUMN)".into(),
        ));
    }
    let mut out: Vec<Value> = tables
        .iter()
        .map(|t| json!({"name": t, "selected": selected}))
        .collect();
    for spec in columns {
        let (table, column) = split_column(spec)?;
        let entry = match out.iter().position(|t| t["name"] == table) {
            Some(i) => &mut out[i],
            None => {
                out.push(json!({"name": table}));
                out.last_mut().expect("just pushed")
            }
        };
        let cols = entry
            .as_object_mut()
            .expect("an object")
            .entry("columns")
            .or_insert_with(|| json!([]));
        cols.as_array_mut()
            .expect("an array")
            .push(json!({"name": column, "selected": selected}));
    }
    Ok(json!({ "tables": out }))
}

async fn patch(ctx: &Context, connector: &str, body: Value, verb: &str) -> anyhow::Result<()> {
    let (c, path) = schema_path(ctx, connector).await?;
    let schema = ctx.client().await?.patch(&path, body).await.map_err(|e| {
        e.context(format!(
            "could not change the selection of {}",
            CONNECTORS.label(&c)
        ))
    })?;
    ctx.out.status(&format!(
        "{verb} in the schema of {}; applies from the next sync",
        CONNECTORS.label(&c)
    ));
    show(ctx, &schema, false)
}

pub async fn run(ctx: &Context, a: SchemaArgs) -> anyhow::Result<()> {
    match a.command {
        SchemaCommand::Show { connector, columns } => {
            let (_, path) = schema_path(ctx, &connector).await?;
            let schema = ctx.client().await?.get(&path).await?;
            show(ctx, &schema, columns)
        }
        SchemaCommand::Select {
            connector,
            tables,
            include,
        } => {
            patch(
                ctx,
                &connector,
                selection(&tables, &include, true)?,
                "selected",
            )
            .await
        }
        SchemaCommand::Deselect {
            connector,
            tables,
            exclude,
        } => {
            patch(
                ctx,
                &connector,
                selection(&tables, &exclude, false)?,
                "deselected",
            )
            .await
        }
        SchemaCommand::Refresh { connector, wait } => {
            let (c, path) = schema_path(ctx, &connector).await?;
            let started = ctx
                .client()
                .await?
                .post(&path.clone().seg("refresh"), json!({}))
                .await
                .map_err(|e| {
                    e.context(format!(
                        "could not refresh the schema of {}",
                        CONNECTORS.label(&c)
                    ))
                })?;
            ctx.out.status(&format!(
                "refreshing the schema of {}",
                CONNECTORS.label(&c)
            ));
            if !wait {
                return show(ctx, &started, false);
            }
            let label = CONNECTORS.label(&c);
            let view = move |s: &Value| Snapshot {
                header: format!(
                    "schema of {label}: {}",
                    terminal_safe(s["status"].as_str().unwrap_or("?"))
                ),
                items: Vec::new(),
            };
            let done = poll(
                ctx,
                Poll {
                    path,
                    view: &view,
                    done: &|s: &Value| s["status"] != "refreshing",
                    reattach: format!(
                        "the refresh goes on; see it with `rime connectors schema show {connector}`"
                    ),
                    interval: Duration::from_millis(500),
                },
            )
            .await?;
            show(ctx, &done, false)
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn selections_group_columns_under_their_tables() {
        let body = super::selection(
            &["orders".into()],
            &["orders.card".into(), "dbo.users.email".into()],
            false,
        )
        .unwrap();
        assert_eq!(
            body,
            json!({"tables": [
                {"name": "orders", "selected": false, "columns": [{"name": "card", "selected": false}]},
                {"name": "dbo.users", "columns": [{"name": "email", "selected": false}]}
            ]})
        );
        assert!(super::selection(&[], &[], true).is_err());
        assert!(super::selection(&[], &["nodot".into()], true).is_err());
    }
}
