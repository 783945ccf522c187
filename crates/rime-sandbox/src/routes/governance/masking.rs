//! Masking policies: a masking type applied to a privacy level or a PII type, with its options.

use serde_json::{Map, Value, json};

use crate::body::Check;
use crate::collection::{MASKING_POLICIES, Param};
use crate::domain::governance::{LEVELS, pii_names};
use crate::error::{ApiError, ApiResult, Detail};
use crate::routes::crud::{Ctx, Kind, fields};
use crate::routes::extract::Access;

/// The five masking types [doc].
pub const TYPES: &[&str] = &["full", "null", "partial", "hash", "date_truncate"];
/// PII types whose partial mask has a documented format (last digits, first letter and domain).
const PARTIAL_FORMATS: &[&str] = &["phone", "email", "bank_account", "ird_number"];

pub static POLICIES: Kind = Kind {
    filters: &[Param::Eq("masking_type")],
    access: Access::Govern,
    ..Kind::new(
        &MASKING_POLICIES,
        "/projects/{project_id}/governance/masking-policies",
        "policy_id",
        "msk",
        &["name", "masking_type", "applies_to", "config"],
        validate,
    )
};

fn validate(ctx: &Ctx<'_>, v: &Value) -> ApiResult<Map<String, Value>> {
    let mut c = Check::new(v);
    let name = c.name("name", 100);
    let ty = c.one_of("masking_type", TYPES, true);
    let applies = c.object("applies_to", true).cloned();
    let mut config = c
        .object("config", false)
        .cloned()
        .unwrap_or_else(|| json!({}));
    // Changing the type drops the options of the old one (they were merged in from before).
    let retyped = ctx
        .before
        .is_some_and(|b| ty.as_deref().is_some_and(|t| b.body["masking_type"] != t));
    if let (true, Some(old), Some(m)) = (
        retyped,
        ctx.before.map(|b| &b.body["config"]),
        config.as_object_mut(),
    ) {
        m.retain(|k, v| old.get(k) != Some(v));
    }
    let mut target = None;
    if let Some(a) = &applies {
        let mut t = Check::nested(a, "applies_to");
        t.only(&["privacy_level", "pii_type"], &[]);
        let piis = pii_names();
        let level = t.one_of("privacy_level", LEVELS, false);
        let pii = t.one_of("pii_type", &piis, false);
        match (level, pii) {
            (Some(l), None) => target = Some(("privacy_level", l)),
            (None, Some(p)) => target = Some(("pii_type", p)),
            (Some(_), Some(_)) => t.fail("pii_type", "give privacy_level or pii_type, not both"),
            (None, None) if t.ok() => t.fail("privacy_level", "give privacy_level or pii_type"),
            _ => {}
        }
        c.absorb(t);
    }
    let mut out_config = Map::new();
    if let Some(ty) = &ty {
        let mut k = Check::nested(&config, "config");
        match ty.as_str() {
            "partial" => {
                let first = k.int("show_first", false, 0, 10).unwrap_or(0);
                let last = k.int("show_last", false, 0, 10).unwrap_or(4);
                k.only(&["show_first", "show_last"], &[]);
                out_config.insert("show_first".into(), first.into());
                out_config.insert("show_last".into(), last.into());
            }
            "hash" => {
                let alg = k
                    .one_of("algorithm", &["sha256", "sha512"], false)
                    .unwrap_or_else(|| "sha256".into());
                k.only(&["algorithm"], &[]);
                out_config.insert("algorithm".into(), alg.into());
            }
            "date_truncate" => {
                let unit = k
                    .one_of("unit", &["year", "month", "day"], false)
                    .unwrap_or_else(|| "month".into());
                k.only(&["unit"], &[]);
                out_config.insert("unit".into(), unit.into());
            }
            _ => k.only(&[], &[]),
        }
        c.absorb(k);
    }
    c.finish()?;
    let (ty, (key, value)) = (ty.expect("checked"), target.expect("checked"));
    let mut bad = Vec::new();
    if key == "pii_type" && ty == "partial" && !PARTIAL_FORMATS.contains(&value.as_str()) {
        bad.push(Detail::new(
            "masking_type",
            format!(
                "partial masking has no format for {value} (it has for: {})",
                PARTIAL_FORMATS.join(", ")
            ),
        ));
    }
    if key == "pii_type" && ty == "date_truncate" && value != "date_of_birth" {
        bad.push(Detail::new(
            "masking_type",
            "date_truncate applies only to dates (pii_type date_of_birth)",
        ));
    }
    if !bad.is_empty() {
        return Err(ApiError::unprocessable(
            "The masking policy is not valid.",
            bad,
        ));
    }
    // One policy per privacy level or PII type, so a column's masking is never ambiguous.
    let own = ctx.before.map(|b| b.id.as_str());
    for other in MASKING_POLICIES.all(ctx.conn, ctx.project_id)? {
        if Some(other.id.as_str()) != own && other.body["applies_to"][key] == value.as_str() {
            return Err(ApiError::conflict(format!(
                "Masking policy '{}' already applies to {key} {value}.",
                other.body["name"].as_str().unwrap_or(&other.id)
            )));
        }
    }
    Ok(fields(json!({
        "name": name, "masking_type": ty, "applies_to": {key: value}, "config": out_config,
    })))
}
