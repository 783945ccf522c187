//! Demo data: a Kimball star schema with tests (one failing `warn` test) and a finished run, and a
//! small Data Vault, both in the `demo` project; checked by the same rules as the API.

use serde_json::{Value, json};

use super::SeedCtx;
use crate::collection::{MODELS, TRANSFORMATION_RUNS, TRANSFORMATIONS};
use crate::domain::transformations::rules;
use crate::sim::transformations::{NewRun, new_run};

pub fn seed(ctx: &SeedCtx<'_>) -> anyhow::Result<()> {
    let (tid, models) = transformation(
        ctx,
        "retail_sales",
        "kimball",
        "NZ retail sales star schema: orders, customers and products",
        vec![
            json!({"name": "stg_customers", "kind": "staging", "sources": ["raw.customers"],
                   "description": "Shop customers, renamed and deduplicated",
                   "config": {"columns": [{"name": "cust_id", "rename": "customer_id", "cast": "NUMBER"},
                                          {"name": "cust_nm", "rename": "customer_name"},
                                          {"name": "email", "default": "unknown@example.invalid"}],
                              "dedup_key": ["customer_id"]},
                   "tests": [{"type": "not_null", "column": "customer_id"},
                             {"type": "unique", "column": "customer_id"}]}),
            json!({"name": "stg_orders", "kind": "staging", "sources": ["raw.orders"],
                   "tests": [{"type": "unique", "column": "order_id"},
                             {"type": "accepted_values", "column": "status",
                              "values": ["placed", "shipped", "delivered", "returned"]}]}),
            json!({"name": "stg_products", "kind": "staging", "sources": ["raw.products"]}),
            json!({"name": "stg_product_categories", "kind": "staging",
                   "sources": ["raw.product_categories"], "config": {"materialization": "view"}}),
            json!({"name": "dim_customer", "kind": "dimension", "sources": ["stg_customers"],
                   "config": {"scd_type": 2},
                   "tests": [{"type": "unique", "column": "customer_id"}]}),
            json!({"name": "dim_product", "kind": "dimension", "sources": ["stg_products"]}),
            json!({"name": "fct_orders", "kind": "fact",
                   "sources": ["stg_orders", "dim_customer", "dim_product"],
                   "config": {"grain": "one row per order line", "materialization": "incremental",
                              "unique_key": "order_line_id"},
                   "tests": [{"type": "relationships", "column": "customer_id", "to": "dim_customer",
                              "field": "customer_id"},
                             {"type": "not_null", "column": "discount_broken", "severity": "warn"}]}),
            json!({"name": "mart_sales_daily", "kind": "mart", "sources": ["fct_orders"],
                   "tests": [{"type": "not_null", "column": "sales_date"}]}),
            json!({"name": "hierarchy_product_categories", "kind": "hierarchy",
                   "sources": ["stg_product_categories"],
                   "config": {"child_key": "category_id", "parent_key": "parent_category_id",
                              "label_column": "category_name"}}),
        ],
    )?;
    let at = ctx.tick();
    let run_id = ctx.app.ids.id("tfr", at);
    let run = new_run(
        &models,
        NewRun {
            id: &run_id,
            tid: &tid,
            requested: None,
            full_refresh: false,
            trigger: "scheduled",
            start: at,
        },
    )
    .map_err(|e| anyhow::anyhow!(e.message))?;
    ctx.insert(TRANSFORMATION_RUNS.new_obj(&run_id, &tid, Some(&ctx.demo), &run))?;
    transformation(
        ctx,
        "crm_vault",
        "data_vault",
        "CRM contacts and accounts as a Data Vault",
        vec![
            json!({"name": "stg_crm_contacts", "kind": "staging", "sources": ["raw.crm_contacts"]}),
            json!({"name": "stg_crm_accounts", "kind": "staging", "sources": ["raw.crm_accounts"]}),
            json!({"name": "hub_customer", "kind": "hub", "sources": ["stg_crm_contacts"],
                   "config": {"business_key": "customer_id"},
                   "tests": [{"type": "unique", "column": "hub_hash_key"}]}),
            json!({"name": "hub_account", "kind": "hub", "sources": ["stg_crm_accounts"],
                   "config": {"business_key": "account_number"}}),
            json!({"name": "link_customer_account", "kind": "link",
                   "sources": ["hub_customer", "hub_account"]}),
            json!({"name": "sat_customer_details", "kind": "satellite",
                   "sources": ["hub_customer", "stg_crm_contacts"]}),
            json!({"name": "bv_customer_value", "kind": "business_vault",
                   "sources": ["sat_customer_details", "link_customer_account"]}),
            json!({"name": "mart_customer_360", "kind": "mart", "sources": ["bv_customer_value"]}),
        ],
    )?;
    Ok(())
}

/// Inserts a transformation and its models (in order, each validated); returns its id and models.
fn transformation(
    ctx: &SeedCtx<'_>,
    name: &str,
    methodology: &str,
    description: &str,
    models: Vec<Value>,
) -> anyhow::Result<(String, Vec<Value>)> {
    let (tid, at) = ctx.id("tfm");
    let body = json!({
        "id": tid, "project_id": ctx.demo, "name": name, "methodology": methodology,
        "description": description, "created_at": at, "updated_at": at,
    });
    ctx.insert(ctx.in_demo(&TRANSFORMATIONS, &tid, &body).named(Some(name)))?;
    let mut stored: Vec<Value> = Vec::new();
    for m in models {
        let invalid = |e: crate::error::ApiError| anyhow::anyhow!("seed model {m}: {}", e.message);
        let spec = rules::shape(&m).map_err(invalid)?;
        rules::fit(&spec, methodology, &stored).map_err(invalid)?;
        let (mid, at) = ctx.id("mdl");
        let model = spec.body(&mid, &tid, &at, &at);
        let new = MODELS.new_obj(&mid, &tid, Some(&ctx.demo), &model);
        ctx.insert(new.named(Some(&spec.name)))?;
        stored.push(model);
    }
    Ok((tid, stored))
}
