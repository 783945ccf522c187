//! Role grants: a Snowflake role may see columns of a privacy level (and below) or of a PII type.

use serde_json::{Map, Value, json};

use crate::body::Check;
use crate::collection::{GRANTS as STORED, Param};
use crate::domain::governance::{LEVELS, pii_names};
use crate::error::{ApiError, ApiResult};
use crate::routes::crud::{Ctx, Kind, fields};
use crate::routes::extract::Access;

pub static GRANTS: Kind = Kind {
    filters: &[Param::Eq("role")],
    patchable: false,
    access: Access::Govern,
    ..Kind::new(
        &STORED,
        "/projects/{project_id}/governance/grants",
        "grant_id",
        "gnt",
        &["role", "privacy_level", "pii_type"],
        validate,
    )
};

/// Snowflake role names: a letter or `_`, then letters, digits, `_` or `$` (stored upper case).
fn role_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && s.len() <= 255
}

fn validate(ctx: &Ctx<'_>, v: &Value) -> ApiResult<Map<String, Value>> {
    let mut c = Check::new(v);
    let role = c.string("role", true);
    if role.as_deref().is_some_and(|r| !role_name(r)) {
        c.fail(
            "role",
            "must be a Snowflake role name: a letter or _, then letters, digits, _ or $",
        );
    }
    let piis = pii_names();
    let level = c.one_of("privacy_level", LEVELS, false);
    let pii = c.one_of("pii_type", &piis, false);
    match (&level, &pii) {
        (Some(_), Some(_)) => c.fail("pii_type", "give privacy_level or pii_type, not both"),
        (None, None) if c.ok() => c.fail("privacy_level", "give privacy_level or pii_type"),
        _ => {}
    }
    c.finish()?;
    let role = role.expect("checked").to_ascii_uppercase();
    for other in STORED.all(ctx.conn, ctx.project_id)? {
        let b = &other.body;
        if b["role"] == role.as_str()
            && b["privacy_level"].as_str() == level.as_deref()
            && b["pii_type"].as_str() == pii.as_deref()
        {
            return Err(ApiError::conflict(format!(
                "Role {role} already has this grant ({}).",
                other.id
            )));
        }
    }
    Ok(fields(
        json!({"role": role, "privacy_level": level, "pii_type": pii}),
    ))
}
