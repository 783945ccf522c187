//! Demo infrastructure: active Snowflake and AWS resources in `demo`, and one pending change.

use serde_json::{Value, json};

use super::state::{Actual, RESOURCE, STATE, State, resource_key};
use super::{config, types};
use crate::body::Check;
use crate::seed::SeedCtx;

/// (type, name, applied config, desired config when it differs: the pending change)
fn demo_resources() -> Vec<(&'static str, &'static str, Value, Option<Value>)> {
    vec![
        (
            "snowflake_role",
            "TRANSFORMER",
            json!({"comment": "Runs transformations"}),
            None,
        ),
        (
            "snowflake_database",
            "RAW",
            json!({"comment": "Landing zone for connector loads", "data_retention_days": 7}),
            None,
        ),
        (
            "snowflake_database",
            "ANALYTICS",
            json!({"comment": "Modelled data", "data_retention_days": 30}),
            None,
        ),
        (
            "snowflake_warehouse",
            "TRANSFORM_WH",
            json!({"size": "small", "auto_suspend_seconds": 300}),
            Some(json!({"size": "medium", "auto_suspend_seconds": 300})),
        ),
        (
            "snowflake_grant",
            "TRANSFORMER_ON_ANALYTICS",
            json!({"role": "TRANSFORMER", "privileges": ["USAGE", "CREATE SCHEMA"], "on_type": "database", "on_name": "ANALYTICS"}),
            None,
        ),
        (
            "aws_sns_topic",
            "demo-landing-events",
            json!({"display_name": "Landing bucket events"}),
            None,
        ),
        (
            "aws_s3_bucket",
            "demo-landing",
            json!({"versioning": true, "notification_topic": "demo-landing-events"}),
            None,
        ),
    ]
}

fn normalised(kind: &str, config: &Value) -> anyhow::Result<Value> {
    let spec = types::spec(kind).ok_or_else(|| anyhow::anyhow!("unknown type {kind}"))?;
    let mut c = Check::new(&Value::Null);
    let v = config::check_config(spec, config, &mut c);
    c.finish()
        .map_err(|e| anyhow::anyhow!("seed config of {kind}: {e}"))?;
    Ok(v)
}

pub fn demo(ctx: &SeedCtx<'_>) -> anyhow::Result<()> {
    let pid = ctx.demo.clone();
    for (kind, name, applied, desired) in demo_resources() {
        let applied = normalised(kind, &applied)?;
        let desired = match desired {
            Some(d) => normalised(kind, &d)?,
            None => applied.clone(),
        };
        let (id, created) = ctx.id("inf");
        let applied_at = crate::clock::rfc3339(ctx.tick());
        let status = if desired == applied {
            "active"
        } else {
            "pending_update"
        };
        let resource = json!({
            "id": id, "project_id": pid, "type": kind, "name": name, "config": desired,
            "status": status, "created_at": created, "updated_at": applied_at,
            "applied_at": applied_at, "last_error": null,
        });
        ctx.insert(
            RESOURCE,
            &id,
            &pid,
            Some(&pid),
            Some(&resource_key(kind, name)),
            &resource,
            &Value::Null,
        )?;
        let (sid, _) = ctx.id("ist");
        let mut st = State::for_resource(sid, &resource);
        st.applied = Some(applied.clone());
        st.real = Some(Actual {
            config: applied,
            grants: Vec::new(),
        });
        let body = serde_json::to_value(&st)?;
        ctx.insert(
            STATE,
            &st.id,
            &pid,
            Some(&pid),
            Some(&id),
            &body,
            &Value::Null,
        )?;
    }
    Ok(())
}
