//! `rime governance masking-policies`: masking types for privacy levels or PII types.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::{LEVELS, ListArgs, PII_TYPES};
use crate::commands::input::BodyArgs;
use crate::commands::resource::{self, Resource, Seg};
use crate::context::Context;
use crate::output::{Column, ColumnKind};

pub const MASKING: Resource = Resource {
    kind: "masking policy",
    command: "governance masking-policies",
    path: &[
        Seg::Project,
        Seg::Lit("governance"),
        Seg::Lit("masking-policies"),
    ],
    columns: &[
        Column {
            header: "NAME",
            path: "name",
            kind: ColumnKind::Text,
        },
        Column {
            header: "TYPE",
            path: "masking_type",
            kind: ColumnKind::Text,
        },
        Column {
            header: "LEVEL",
            path: "applies_to.privacy_level",
            kind: ColumnKind::Text,
        },
        Column {
            header: "PII",
            path: "applies_to.pii_type",
            kind: ColumnKind::Text,
        },
        Column {
            header: "CONFIG",
            path: "config",
            kind: ColumnKind::Json,
        },
        Column {
            header: "ID",
            path: "id",
            kind: ColumnKind::Text,
        },
    ],
    fields: &[
        "id",
        "project_id",
        "name",
        "masking_type",
        "applies_to",
        "config",
        "created_at",
        "updated_at",
        "created_by",
    ],
    name_fields: &["name"],
    id_prefix: "msk_",
};

#[derive(Args, Debug)]
#[command(
    after_help = "Masking types: full (****, 0, FALSE), null (NULL), partial (e.g. ***-***-7890;
options show_first, show_last), hash (option algorithm: sha256|sha512), date_truncate (option unit:
year|month|day). A policy for a PII type wins over one for a privacy level.

Example:
  rime governance masking-policies create --name phone-last-four --type partial --pii phone --set config.show_last=4"
)]
pub struct MaskingArgs {
    #[command(subcommand)]
    pub command: MaskingCommand,
}

#[derive(Subcommand, Debug)]
pub enum MaskingCommand {
    /// List masking policies
    #[command(visible_alias = "ls")]
    List(MaskingListArgs),
    /// Show one masking policy
    Get(Named),
    /// Create a masking policy
    Create(MaskingFlags),
    /// Change a masking policy (changing the type drops the old type's options)
    Update(MaskingUpdateArgs),
    /// Delete a masking policy (its columns fall back to the default masking)
    #[command(visible_alias = "rm")]
    Delete(Named),
}

#[derive(Args, Debug)]
pub struct Named {
    /// Policy name or id
    pub name: String,
}

#[derive(Args, Debug)]
pub struct MaskingListArgs {
    /// Only policies of this masking type
    #[arg(long = "type", value_name = "TYPE", value_parser = ["full", "null", "partial", "hash", "date_truncate"])]
    pub masking_type: Option<String>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Args, Debug)]
pub struct MaskingFlags {
    /// Policy name, unique in the project
    #[arg(long)]
    pub name: Option<String>,
    /// full, null, partial, hash or date_truncate
    #[arg(long = "type", value_name = "TYPE", value_parser = ["full", "null", "partial", "hash", "date_truncate"])]
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

#[derive(Args, Debug)]
pub struct MaskingUpdateArgs {
    /// Policy name or id
    #[arg(value_name = "NAME")]
    pub target: String,
    #[command(flatten)]
    pub flags: MaskingFlags,
}

impl MaskingFlags {
    fn body(&self, updating: bool) -> anyhow::Result<Value> {
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

pub async fn run(ctx: &Context, args: MaskingArgs) -> anyhow::Result<()> {
    match args.command {
        MaskingCommand::List(a) => {
            let q = a
                .masking_type
                .map(|t| ("masking_type".to_string(), t))
                .into_iter()
                .collect();
            resource::list(ctx, &MASKING, &[], q, &a.list.page).await
        }
        MaskingCommand::Get(a) => resource::get(ctx, &MASKING, &[], &a.name).await,
        MaskingCommand::Create(f) => resource::create(ctx, &MASKING, &[], f.body(false)?)
            .await
            .map(drop),
        MaskingCommand::Update(a) => {
            let patch = a.flags.body(true)?;
            resource::update(ctx, &MASKING, &[], &a.target, patch)
                .await
                .map(drop)
        }
        MaskingCommand::Delete(a) => resource::delete(ctx, &MASKING, &[], &a.name, "").await,
    }
}
