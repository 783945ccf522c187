//! `rime governance masking-policies`: masking types for privacy levels or PII types.

use clap::{Args, Subcommand};
use serde_json::Value;

use super::{LEVELS, ListArgs, PII_TYPES};
use crate::commands::input::BodyArgs;
use crate::context::Context;
use crate::output::ColumnKind;
use crate::output::col;
use crate::registry::{Kind, Parent, Scope, field, ro, verbs};

pub static MASKING: Kind = Kind {
    name: "masking_policy",
    singular: "masking policy",
    plural: "masking policies",
    command: "governance masking-policies",
    parent: Parent::Project,
    path: "governance/masking-policies",
    schema: "MaskingPolicy",
    names: &["name"],
    id_prefix: "msk_",
    arg: ("POLICY", "Policy name or id"),
    columns: &[
        col("NAME", "name", ColumnKind::Text),
        col("TYPE", "masking_type", ColumnKind::Text),
        col("LEVEL", "applies_to.privacy_level", ColumnKind::Text),
        col("PII", "applies_to.pii_type", ColumnKind::Text),
        col("CONFIG", "config", ColumnKind::Json),
        col("ID", "id", ColumnKind::Text),
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
    config: true,
    ..Kind::BASE
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
            verbs::list(ctx, &MASKING, Scope::top(), q, &a.list.page).await
        }
        MaskingCommand::Get(a) => verbs::get(ctx, &MASKING, Scope::top(), &a.name).await,
        MaskingCommand::Create(f) => verbs::create(ctx, &MASKING, Scope::top(), f.body(false)?)
            .await
            .map(drop),
        MaskingCommand::Update(a) => {
            let patch = a.flags.body(true)?;
            verbs::patch(ctx, &MASKING, Scope::top(), &a.target, patch)
                .await
                .map(drop)
        }
        MaskingCommand::Delete(a) => verbs::delete(ctx, &MASKING, Scope::top(), &a.name, "").await,
    }
}
