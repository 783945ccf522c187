//! `connectors schema show|select|deselect|refresh`: which tables and columns the next sync extracts.

use std::time::Duration;

use clap::Subcommand;
use serde_json::{Value, json};

use super::CONNECTORS;
use crate::commands::wait::{Poll, poll};
use crate::context::Context;
use crate::error::CliError;
use crate::output::ColumnKind::{Bool, Count, Text};
use crate::output::progress::Snapshot;
use crate::output::{Column, ListSpec, col, terminal_safe};
use crate::registry::prelude::*;

/// A connector's discovered tables and columns; its selection is configuration.
pub static SCHEMA: Kind = Kind {
    fields: &[
        ro("connector_id"),
        ro("status"),
        ro("discovered_at"),
        field("tables"),
        field("tables[].name"),
        field("tables[].selected"),
        ro("tables[].row_count"),
        field("tables[].columns"),
        field("tables[].columns[].name"),
        ro("tables[].columns[].source_type"),
        ro("tables[].columns[].snowflake_type"),
        ro("tables[].columns[].nullable"),
        field("tables[].columns[].selected"),
    ],
    verbs: &[
        show("Show the discovered tables and which are selected (--columns: every column)"),
        update("Select tables for the next sync (and bring back excluded columns)").named("select"),
        update("Deselect tables, or exclude single columns, from the next sync").named("deselect"),
        action(
            "refresh",
            "refresh",
            "refreshing",
            "Re-discover the source's tables; the selection is kept",
        ),
    ],
    ..Kind::project("connector_schema", "ConnectorSchema")
        .under(&CONNECTORS)
        .said("schema", "schemas")
        .at("connectors schema", "schema")
        .config()
};

pub struct Schema;

impl Declared for Schema {
    const KIND: &'static Kind = &SCHEMA;
    type Parts = Parts<NoArgs, NoArgs, NoArgs, SchemaVerbs>;
}

#[derive(Subcommand, Debug)]
pub enum SchemaVerbs {
    Show {
        #[command(flatten)]
        connector: Item<Schema>,
        /// One row per column, with source and Snowflake types
        #[arg(long)]
        columns: bool,
    },
    Select {
        #[command(flatten)]
        connector: Item<Schema>,
        /// Tables to select
        tables: Vec<String>,
        /// A column to include again (repeatable)
        #[arg(long = "include-column", value_name = "TABLE.COLUMN")]
        include: Vec<String>,
    },
    Deselect {
        #[command(flatten)]
        connector: Item<Schema>,
        /// Tables to deselect
        tables: Vec<String>,
        /// A column to exclude (repeatable); its table stays selected
        #[arg(long = "exclude-column", value_name = "TABLE.COLUMN")]
        exclude: Vec<String>,
    },
    Refresh {
        #[command(flatten)]
        connector: Item<Schema>,
        /// Wait until the refresh is done and show the tables (--timeout D limits the wait)
        #[arg(long)]
        wait: bool,
    },
}

const TABLE_COLUMNS: &[Column] = &[
    col("TABLE", "name", Text),
    col("SELECTED", "selected", Bool),
    col("COLUMNS", "columns", Count),
    col("EXCLUDED", "excluded_columns", Text),
    col("ROWS", "row_count", Count),
];
const COLUMN_COLUMNS: &[Column] = &[
    col("TABLE", "table", Text),
    col("COLUMN", "name", Text),
    col("SOURCE TYPE", "source_type", Text),
    col("SNOWFLAKE TYPE", "snowflake_type", Text),
    col("NULLABLE", "nullable", Bool),
    col("SELECTED", "selected", Bool),
];

/// Tables (or columns) in table and CSV output; the schema object in the JSON-shaped formats.
fn show_schema(ctx: &Context, schema: &Value, columns: bool) -> anyhow::Result<()> {
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
        .detail(schema, &Value::Array(rows), &spec, &SCHEMA.spec())?;
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

/// The connector's label, for messages.
fn label(scope: &Scope) -> String {
    scope
        .parent_found()
        .map_or_else(|| format!("`{}`", scope.parent()), |c| CONNECTORS.label(c))
}

async fn patch(
    ctx: &Context,
    connector: &Item<Schema>,
    body: Value,
    verb: &str,
) -> anyhow::Result<()> {
    let scope = connector.place(ctx).await?.scope;
    let path = SCHEMA.collection(ctx, &scope).await?;
    let schema = ctx.client().await?.patch(&path, body).await.map_err(|e| {
        e.context(format!(
            "could not change the selection of {}",
            label(&scope)
        ))
    })?;
    ctx.out.status(&format!(
        "{verb} in the schema of {}; applies from the next sync",
        label(&scope)
    ));
    show_schema(ctx, &schema, false)
}

impl Extra for SchemaVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            SchemaVerbs::Show { connector, columns } => {
                let scope = connector.place(ctx).await?.scope;
                let schema = verbs::fetch_one(ctx, &SCHEMA, &scope).await?;
                show_schema(ctx, &schema, columns)
            }
            SchemaVerbs::Select {
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
            SchemaVerbs::Deselect {
                connector,
                tables,
                exclude,
            } => {
                let body = selection(&tables, &exclude, false)?;
                patch(ctx, &connector, body, "deselected").await
            }
            SchemaVerbs::Refresh { connector, wait } => refresh(ctx, &connector, wait).await,
        }
    }
}

async fn refresh(ctx: &Context, connector: &Item<Schema>, wait: bool) -> anyhow::Result<()> {
    let scope = connector.place(ctx).await?.scope;
    let path = SCHEMA.collection(ctx, &scope).await?;
    let label = label(&scope);
    let started = ctx
        .client()
        .await?
        .post(&path.clone().seg("refresh"), json!({}))
        .await
        .map_err(|e| e.context(format!("could not refresh the schema of {label}")))?;
    ctx.out.status(&format!("refreshing the schema of {label}"));
    if !wait {
        return show_schema(ctx, &started, false);
    }
    let view = move |s: &Value| Snapshot {
        header: format!(
            "schema of {label}: {}",
            terminal_safe(s["status"].as_str().unwrap_or("?"))
        ),
        items: Vec::new(),
    };
    let given = scope.given.last().map_or("", String::as_str);
    let done = poll(
        ctx,
        Poll {
            path,
            view: &view,
            done: &|s: &Value| s["status"] != "refreshing",
            reattach: format!(
                "the refresh goes on; see it with `rime connectors schema show {given}`"
            ),
            interval: Duration::from_millis(500),
        },
    )
    .await?;
    show_schema(ctx, &done, false)
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
