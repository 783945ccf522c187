//! Dangling references in a plan: a destroyed resource that a resource the plan keeps still names
//! (an S3 bucket's `notification_topic`, a pipe's `stage`). `plan` warns; `apply` refuses them
//! unless `--force`, since the API would destroy the target and leave the reference broken.

use serde_json::Value;

use super::RESOURCES;
use crate::context::Context;
use crate::http::page::{PageOpts, Pager};
use crate::output::terminal_safe;
use crate::registry::Scope;
use crate::registry::path::values;

/// Config keys that name another resource: (type, key path, the type it names).
const REFERENCES: &[(&str, &str, &str)] = &[
    (
        "aws_s3_bucket",
        "config.notification_topic",
        "aws_sns_topic",
    ),
    ("aws_iam_role", "config.policy_names[]", "aws_iam_policy"),
    ("snowflake_schema", "config.database", "snowflake_database"),
    ("snowflake_stage", "config.database", "snowflake_database"),
    ("snowflake_pipe", "config.database", "snowflake_database"),
    ("snowflake_pipe", "config.stage", "snowflake_stage"),
    ("snowflake_grant", "config.role", "snowflake_role"),
];

/// One line per reference the plan would leave dangling, e.g. "aws_s3_bucket demo-landing still
/// names aws_sns_topic demo-landing-events (notification_topic), which this plan destroys".
pub async fn dangling(ctx: &Context, plan: &Value) -> anyhow::Result<Vec<String>> {
    let destroyed: Vec<&Value> = plan["changes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["change_type"] == "destroy")
        .collect();
    if destroyed.is_empty() {
        return Ok(Vec::new());
    }
    let gone = |id: &str| destroyed.iter().any(|c| c["resource_id"] == id);
    let path = RESOURCES.collection(ctx, Scope::top()).await?;
    let mut pager = Pager::new(ctx.client().await?, path, Vec::new(), PageOpts::default());
    let mut found = Vec::new();
    while let Some(items) = pager.next_page().await? {
        for r in items
            .iter()
            .filter(|r| !gone(r["id"].as_str().unwrap_or("")))
        {
            found.extend(names_gone(r, &destroyed));
        }
    }
    Ok(found)
}

/// The references of `r` to a destroyed resource.
fn names_gone(r: &Value, destroyed: &[&Value]) -> Vec<String> {
    let text = |v: &Value| terminal_safe(v.as_str().unwrap_or("?")).into_owned();
    let mut out = Vec::new();
    for (kind, key, target) in REFERENCES {
        if r["type"] != *kind {
            continue;
        }
        for named in values(r, key).into_iter().filter_map(Value::as_str) {
            let hit = destroyed.iter().any(|c| {
                c["resource_type"] == *target
                    && c["resource_name"]
                        .as_str()
                        .is_some_and(|n| n.eq_ignore_ascii_case(named))
            });
            if hit {
                out.push(format!(
                    "{kind} {} still names {target} {} ({}), which this plan destroys",
                    text(&r["name"]),
                    terminal_safe(named),
                    key.trim_start_matches("config.").trim_end_matches("[]")
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn a_kept_resource_naming_a_destroyed_one_is_dangling() {
        let topic = json!({"resource_id": "inf_t", "resource_type": "aws_sns_topic",
            "resource_name": "demo-landing-events", "change_type": "destroy"});
        let bucket = json!({"id": "inf_b", "type": "aws_s3_bucket", "name": "demo-landing",
            "config": {"notification_topic": "demo-landing-events"}});
        assert_eq!(
            super::names_gone(&bucket, &[&topic]),
            [
                "aws_s3_bucket demo-landing still names aws_sns_topic demo-landing-events \
              (notification_topic), which this plan destroys"
            ]
        );
        let role = json!({"id": "inf_r", "type": "aws_iam_role", "name": "loader",
            "config": {"policy_names": ["other", "demo-landing-events"]}});
        assert!(super::names_gone(&role, &[&topic]).is_empty());
    }
}
