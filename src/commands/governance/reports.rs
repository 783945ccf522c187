//! `rime governance report coverage|access-matrix`: coverage with a bar per database and schema on
//! the terminal, the access matrix as a table; `-o json` prints the report object.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::Place;
use crate::context::Context;
use crate::http::{ApiPath, Request};
use crate::output::ColumnKind::Text;
use crate::output::{ListSpec, Stream, Style, col, terminal_safe};
use crate::registry::query_of;

const BAR_WIDTH: usize = 24;

const MATRIX: ListSpec<'static> = ListSpec::of(&[
    col("PATH", "path", Text),
    col("LEVEL", "privacy_level", Text),
    col("PII", "pii_type", Text),
    col("MASKING", "masking", Text),
    col("VISIBLE TO", "visible_to", Text),
]);

#[derive(Args, Debug)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub command: ReportCommand,
}

#[derive(Subcommand, Debug)]
pub enum ReportCommand {
    /// Classification coverage overall, by database and by schema
    Coverage,
    /// Which roles see which columns unmasked
    AccessMatrix(MatrixArgs),
}

#[derive(Args, Debug)]
pub struct MatrixArgs {
    /// Only the columns this role sees
    #[arg(long)]
    pub role: Option<String>,
    #[command(flatten)]
    pub place: Place,
}

async fn report(ctx: &Context, name: &str, query: Vec<(String, String)>) -> anyhow::Result<Value> {
    let pid = ctx.project_id().await?.to_string();
    let mut req = Request::new(
        crate::http::Method::GET,
        ApiPath::of(["projects", &pid, "governance", "reports", name]),
    );
    req.query = query;
    ctx.client()
        .await?
        .call(req)
        .await
        .map_err(|e| e.context(format!("could not read the {name} report")))
}

pub async fn run(ctx: &Context, args: ReportArgs) -> anyhow::Result<()> {
    match args.command {
        ReportCommand::Coverage => {
            let r = report(ctx, "coverage", Vec::new()).await?;
            if !ctx.out.human() {
                return ctx.show(&r, &ListSpec::default());
            }
            ctx.out.text(&coverage_text(ctx, &r))?;
            Ok(())
        }
        ReportCommand::AccessMatrix(a) => {
            let mut q = query_of([("role", &a.role)]);
            q.extend(a.place.query());
            let r = report(ctx, "access-matrix", q).await?;
            if !ctx.out.human() {
                return ctx.show(&r, &ListSpec::default());
            }
            ctx.out.items(&r["rows"], &MATRIX)?;
            let roles: Vec<&str> = r["roles"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            ctx.out.status(&format!(
                "roles with grants: {}",
                terminal_safe(&roles.join(", "))
            ));
            Ok(())
        }
    }
}

/// `██████░░░░  25.7%   9/35`, coloured by how far from complete.
fn bar(ctx: &Context, counts: &Value) -> String {
    let percent = counts["percent"].as_f64().unwrap_or(0.0);
    let filled = ((percent / 100.0) * BAR_WIDTH as f64).round() as usize;
    let style = if percent >= 100.0 {
        Style::Green
    } else if percent < 50.0 {
        Style::Red
    } else {
        Style::Yellow
    };
    let drawn = format!(
        "{}{}",
        "█".repeat(filled.min(BAR_WIDTH)),
        "░".repeat(BAR_WIDTH - filled.min(BAR_WIDTH))
    );
    format!(
        "{} {:>5.1}%  {}/{}",
        ctx.out.paint(&drawn, style, Stream::Stdout),
        percent,
        counts["classified"].as_u64().unwrap_or(0),
        counts["total"].as_u64().unwrap_or(0)
    )
}

fn coverage_text(ctx: &Context, r: &Value) -> String {
    let o = &r["overall"];
    let mut out = format!(
        "{}  {} of {} columns classified ({:.1}%)\n",
        ctx.out
            .paint("Classification coverage", Style::Bold, Stream::Stdout),
        o["classified"].as_u64().unwrap_or(0),
        o["total"].as_u64().unwrap_or(0),
        o["percent"].as_f64().unwrap_or(0.0)
    );
    for db in r["by_database"].as_array().into_iter().flatten() {
        let name = terminal_safe(db["database"].as_str().unwrap_or("?")).into_owned();
        out += &format!("  {name:<22} {}\n", bar(ctx, db));
        for schema in db["schemas"].as_array().into_iter().flatten() {
            let name = terminal_safe(schema["schema"].as_str().unwrap_or("?")).into_owned();
            out += &format!("    {name:<20} {}\n", bar(ctx, schema));
        }
    }
    let left = r["unclassified"].as_array().map_or(0, Vec::len);
    if left > 0 {
        out += &format!(
            "{left} column(s) still unclassified: rime governance columns list --unclassified\n"
        );
    }
    out
}
