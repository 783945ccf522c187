//! `rime governance masking-policies`: masking types for privacy levels or PII types.

use clap::Args;
use serde_json::Value;

use super::{LEVELS, PII_TYPES};
use crate::commands::input::BodyArgs;
use crate::context::Context;
use crate::output::ColumnKind::{Json, Text};
use crate::registry::prelude::*;

pub static MASKING: Kind = Kind {
    columns: &[
        NAME,
        col("TYPE", "masking_type", Text),
        col("LEVEL", "applies_to.privacy_level", Text),
        col("PII", "applies_to.pii_type", Text),
        col("CONFIG", "config", Json),
        ID,
    ],
    fields: &[
        ro("id"),
        ro("project_id"),
        field("name"),
        field("masking_type"),
        field("applies_to"),
        field("config"),
        ro("created_at"),
        ro("updated_at"),
        ro("created_by"),
    ],
    verbs: &[
        list("List masking policies"),
        get("Show one masking policy"),
        create("Create a masking policy"),
        update("Change a masking policy (changing the type drops the old type's options)"),
        delete("Delete a masking policy (its columns fall back to the default masking)"),
    ],
    ..Kind::project("masking_policy", "MaskingPolicy")
        .said("masking policy", "masking policies")
        .at("governance masking-policies", "governance/masking-policies")
        .known_by(&["name"], "msk_", ("NAME", "Policy name or id"))
        .config()
};

pub struct Masking;

impl Declared for Masking {
    const KIND: &'static Kind = &MASKING;
    const AFTER_HELP: &'static str =
        "Masking types: full (****, 0, FALSE), null (NULL), partial (e.g. ***-***-7890;
options show_first, show_last), hash (option algorithm: sha256|sha512), date_truncate (option unit:
year|month|day). A policy for a PII type wins over one for a privacy level.

Example:
  rime governance masking-policies create --name phone-last-four --type partial --pii phone --set config.show_last=4";
    type Parts = Parts<MaskingFilters, MaskingFlags, MaskingFlags>;
}

const TYPES: [&str; 5] = ["full", "null", "partial", "hash", "date_truncate"];

#[derive(Args, Debug)]
pub struct MaskingFilters {
    /// Only policies of this masking type
    #[arg(long = "type", value_name = "TYPE", value_parser = TYPES)]
    pub masking_type: Option<String>,
}

impl Filters for MaskingFilters {
    fn plain(&self) -> Vec<(String, String)> {
        query_of([("masking_type", &self.masking_type)])
    }
}

#[derive(Args, Debug)]
pub struct MaskingFlags {
    /// Policy name, unique in the project
    #[arg(long)]
    pub name: Option<String>,
    /// full, null, partial, hash or date_truncate
    #[arg(long = "type", value_name = "TYPE", value_parser = TYPES)]
    pub masking_type: Option<String>,
    /// Apply to columns of this privacy level
    #[arg(long, value_parser = LEVELS, conflicts_with = "pii")]
    pub level: Option<String>,
    /// Apply to columns of this PII type
    #[arg(long, value_parser = PII_TYPES)]
    pub pii: Option<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

impl Body for MaskingFlags {
    async fn body(&self, _: &Context, _: &Scope) -> anyhow::Result<Value> {
        self.build(false)
    }
}

impl Patch for MaskingFlags {
    async fn patch(&self, _: &Context, _: &Target<'_>) -> anyhow::Result<Value> {
        self.build(true)
    }
}

impl MaskingFlags {
    fn build(&self, updating: bool) -> anyhow::Result<Value> {
        let text = |v: &Option<String>| v.clone().map(Value::String);
        // On update, naming one target clears the other (applies_to is merged).
        let other = |given: &Option<String>| (updating && given.is_some()).then_some(Value::Null);
        Ok(self.body.build(vec![
            ("name", text(&self.name)),
            ("masking_type", text(&self.masking_type)),
            (
                "applies_to.privacy_level",
                text(&self.level).or_else(|| other(&self.pii)),
            ),
            (
                "applies_to.pii_type",
                text(&self.pii).or_else(|| other(&self.level)),
            ),
        ])?)
    }
}
