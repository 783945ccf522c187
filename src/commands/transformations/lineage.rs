//! `rime transformations lineage`: the graph of sources, models and tests as a terminal tree,
//! Graphviz DOT (colours from the docs' legend) or the API's JSON.

use clap::{Args, ValueEnum};

use super::Transformations;
use super::draw::{dot, tree};
use crate::context::Context;
use crate::error::HintExt;
use crate::http::{ApiError, Method, Request};
use crate::output::{ListSpec, terminal_safe};
use crate::registry::Item;

#[derive(Args, Debug)]
pub struct LineageArgs {
    #[command(flatten)]
    pub transformation: Item<Transformations>,
    /// Centre the graph on this model
    #[arg(long, value_name = "NAME")]
    pub model: Option<String>,
    /// With --model: only what it reads, transitively
    #[arg(long, requires = "model", conflicts_with = "downstream")]
    pub upstream: bool,
    /// With --model: only what reads it, its tests included
    #[arg(long, requires = "model")]
    pub downstream: bool,
    /// tree (the default), dot (Graphviz) or json (the API object; `-o json` and `--jq` also give it)
    #[arg(long, value_enum)]
    pub format: Option<LineageFormat>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineageFormat {
    Tree,
    Dot,
    Json,
}

pub async fn run(ctx: &Context, a: LineageArgs) -> anyhow::Result<()> {
    let placed = a.transformation.place(ctx).await?;
    let t = placed.target();
    let found = t.found(ctx).await?;
    let name = found["name"]
        .as_str()
        .or(found["id"].as_str())
        .unwrap_or_default();
    let path = t.path(ctx).await?.seg("lineage");
    let mut req = Request::new(Method::GET, path);
    if let Some(m) = &a.model {
        req = req.query("model", m.as_str());
    }
    if a.upstream {
        req = req.query("direction", "upstream");
    } else if a.downstream {
        req = req.query("direction", "downstream");
    }
    let graph = match ctx.client().await?.call(req).await {
        Err(e)
            if a.model.is_some()
                && e.downcast_ref::<ApiError>()
                    .is_some_and(|x| x.status == 404) =>
        {
            return Err(e).hint(
                format!(
                    "no lineage for model `{}`",
                    terminal_safe(a.model.as_deref().unwrap_or_default())
                ),
                format!(
                    "run `rime transformations models list {}` to see its models",
                    terminal_safe(name)
                ),
            );
        }
        other => other?,
    };
    let text = match a.format {
        Some(LineageFormat::Dot) => dot(&graph, name),
        Some(LineageFormat::Json) => {
            let json = if ctx.out.stdout_is_tty() {
                serde_json::to_string_pretty(&graph)
            } else {
                serde_json::to_string(&graph)
            };
            format!("{}\n", json.unwrap_or_default())
        }
        // Asking for a data format or a jq filter means the data, not a drawing.
        None if !ctx.out.human() => {
            return ctx.show(&graph, &ListSpec::default());
        }
        Some(LineageFormat::Tree) | None => {
            tree(&graph, a.model.as_deref(), !a.downstream, !a.upstream)
        }
    };
    ctx.out.text(&text)?;
    Ok(())
}
