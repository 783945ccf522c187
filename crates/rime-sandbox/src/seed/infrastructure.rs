//! Demo infrastructure: active Snowflake and AWS resources in `demo`, and one pending change.

use serde_json::{Value, json};

use super::SeedCtx;
use crate::body::Check;
use crate::collection::{INFRA_RESOURCES, INFRA_STATES};
use crate::domain::infrastructure::state::{Actual, State, resource_key};
use crate::domain::infrastructure::{config, types};

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

pub fn seed(ctx: &SeedCtx<'_>) -> anyhow::Result<()> {
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
            "id": id, "project_id": ctx.demo, "type": kind, "name": name, "config": desired,
            "status": status, "created_at": created, "updated_at": applied_at,
            "applied_at": applied_at, "last_error": null,
        });
        let key = resource_key(kind, name);
        ctx.insert(
            ctx.in_demo(&INFRA_RESOURCES, &id, &resource)
                .named(Some(&key)),
        )?;
        let (sid, _) = ctx.id("ist");
        let mut st = State::for_resource(sid, &resource);
        st.applied = Some(applied.clone());
        st.real = Some(Actual {
            config: applied,
            grants: Vec::new(),
        });
        let body = serde_json::to_value(&st)?;
        ctx.insert(ctx.in_demo(&INFRA_STATES, &st.id, &body).named(Some(&id)))?;
    }
    Ok(())
}
