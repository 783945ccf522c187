//! Simulated schema discovery: plausible tables and columns per connector type, with source and Snowflake types.

use serde_json::{Value, json};

/// Column kinds, mapped to each source's own type names.
#[derive(Clone, Copy)]
enum C {
    Id,
    Ref,
    Text,
    Email,
    Phone,
    Money,
    Int,
    Bool,
    Time,
    Date,
    Json,
}

#[derive(Clone, Copy)]
enum Flavour {
    Postgres,
    Mysql,
    SqlServer,
    Oracle,
    Mongo,
    Salesforce,
    Api,
}

type Table = (&'static str, &'static [(&'static str, C)]);

const DATABASE: &[Table] = &[
    (
        "customers",
        &[
            ("id", C::Id),
            ("first_name", C::Text),
            ("last_name", C::Text),
            ("email", C::Email),
            ("phone", C::Phone),
            ("region", C::Text),
            ("created_at", C::Time),
        ],
    ),
    (
        "orders",
        &[
            ("id", C::Id),
            ("customer_id", C::Ref),
            ("status", C::Text),
            ("total_amount", C::Money),
            ("currency", C::Text),
            ("ordered_at", C::Time),
            ("updated_at", C::Time),
        ],
    ),
    (
        "order_items",
        &[
            ("id", C::Id),
            ("order_id", C::Ref),
            ("product_id", C::Ref),
            ("quantity", C::Int),
            ("unit_price", C::Money),
        ],
    ),
    (
        "products",
        &[
            ("id", C::Id),
            ("sku", C::Text),
            ("name", C::Text),
            ("category", C::Text),
            ("price", C::Money),
            ("active", C::Bool),
        ],
    ),
    (
        "payments",
        &[
            ("id", C::Id),
            ("order_id", C::Ref),
            ("method", C::Text),
            ("amount", C::Money),
            ("card_last4", C::Text),
            ("paid_at", C::Time),
        ],
    ),
    (
        "inventory",
        &[
            ("product_id", C::Ref),
            ("warehouse", C::Text),
            ("on_hand", C::Int),
            ("updated_at", C::Time),
        ],
    ),
];

const MONGO: &[Table] = &[
    (
        "events",
        &[
            ("_id", C::Id),
            ("type", C::Text),
            ("user_id", C::Ref),
            ("properties", C::Json),
            ("occurred_at", C::Time),
        ],
    ),
    (
        "sessions",
        &[
            ("_id", C::Id),
            ("user_id", C::Ref),
            ("device", C::Text),
            ("started_at", C::Time),
            ("ended_at", C::Time),
        ],
    ),
    (
        "users",
        &[
            ("_id", C::Id),
            ("email", C::Email),
            ("name", C::Text),
            ("signed_up_at", C::Time),
            ("preferences", C::Json),
        ],
    ),
];

const SALESFORCE: &[Table] = &[
    (
        "Account",
        &[
            ("Id", C::Id),
            ("Name", C::Text),
            ("Industry", C::Text),
            ("AnnualRevenue", C::Money),
            ("OwnerId", C::Ref),
            ("CreatedDate", C::Time),
            ("LastModifiedDate", C::Time),
        ],
    ),
    (
        "Contact",
        &[
            ("Id", C::Id),
            ("AccountId", C::Ref),
            ("FirstName", C::Text),
            ("LastName", C::Text),
            ("Email", C::Email),
            ("Phone", C::Phone),
            ("CreatedDate", C::Time),
        ],
    ),
    (
        "Lead",
        &[
            ("Id", C::Id),
            ("Company", C::Text),
            ("Email", C::Email),
            ("Status", C::Text),
            ("LeadSource", C::Text),
            ("CreatedDate", C::Time),
        ],
    ),
    (
        "Opportunity",
        &[
            ("Id", C::Id),
            ("AccountId", C::Ref),
            ("Name", C::Text),
            ("StageName", C::Text),
            ("Amount", C::Money),
            ("CloseDate", C::Date),
            ("IsClosed", C::Bool),
        ],
    ),
    (
        "Case",
        &[
            ("Id", C::Id),
            ("AccountId", C::Ref),
            ("Subject", C::Text),
            ("Status", C::Text),
            ("Priority", C::Text),
            ("CreatedDate", C::Time),
        ],
    ),
    (
        "User",
        &[
            ("Id", C::Id),
            ("Username", C::Text),
            ("Email", C::Email),
            ("IsActive", C::Bool),
        ],
    ),
];

const XERO: &[Table] = &[
    (
        "invoices",
        &[
            ("invoice_id", C::Id),
            ("contact_id", C::Ref),
            ("invoice_number", C::Text),
            ("status", C::Text),
            ("total", C::Money),
            ("currency_code", C::Text),
            ("date", C::Date),
            ("due_date", C::Date),
            ("updated_date_utc", C::Time),
        ],
    ),
    (
        "contacts",
        &[
            ("contact_id", C::Id),
            ("name", C::Text),
            ("email_address", C::Email),
            ("is_customer", C::Bool),
            ("updated_date_utc", C::Time),
        ],
    ),
    (
        "payments",
        &[
            ("payment_id", C::Id),
            ("invoice_id", C::Ref),
            ("amount", C::Money),
            ("date", C::Date),
        ],
    ),
    (
        "accounts",
        &[
            ("account_id", C::Id),
            ("code", C::Text),
            ("name", C::Text),
            ("type", C::Text),
        ],
    ),
    (
        "bank_transactions",
        &[
            ("bank_transaction_id", C::Id),
            ("type", C::Text),
            ("total", C::Money),
            ("date", C::Date),
        ],
    ),
];

const SHOPIFY: &[Table] = &[
    (
        "orders",
        &[
            ("id", C::Id),
            ("customer_id", C::Ref),
            ("financial_status", C::Text),
            ("total_price", C::Money),
            ("currency", C::Text),
            ("created_at", C::Time),
            ("updated_at", C::Time),
        ],
    ),
    (
        "customers",
        &[
            ("id", C::Id),
            ("email", C::Email),
            ("first_name", C::Text),
            ("last_name", C::Text),
            ("orders_count", C::Int),
            ("created_at", C::Time),
        ],
    ),
    (
        "products",
        &[
            ("id", C::Id),
            ("title", C::Text),
            ("vendor", C::Text),
            ("product_type", C::Text),
            ("status", C::Text),
            ("updated_at", C::Time),
        ],
    ),
    (
        "inventory_levels",
        &[
            ("inventory_item_id", C::Ref),
            ("location_id", C::Ref),
            ("available", C::Int),
            ("updated_at", C::Time),
        ],
    ),
    (
        "fulfillments",
        &[
            ("id", C::Id),
            ("order_id", C::Ref),
            ("status", C::Text),
            ("tracking_number", C::Text),
            ("created_at", C::Time),
        ],
    ),
];

const SHEETS: &[Table] = &[
    (
        "budget",
        &[
            ("row_number", C::Int),
            ("cost_centre", C::Text),
            ("month", C::Date),
            ("amount", C::Money),
            ("notes", C::Text),
        ],
    ),
    (
        "forecast",
        &[
            ("row_number", C::Int),
            ("region", C::Text),
            ("quarter", C::Text),
            ("revenue", C::Money),
        ],
    ),
];

const JIRA: &[Table] = &[
    (
        "issues",
        &[
            ("id", C::Id),
            ("key", C::Text),
            ("project_key", C::Text),
            ("issue_type", C::Text),
            ("summary", C::Text),
            ("status", C::Text),
            ("priority", C::Text),
            ("assignee", C::Text),
            ("created", C::Time),
            ("updated", C::Time),
            ("custom_fields", C::Json),
        ],
    ),
    (
        "worklogs",
        &[
            ("id", C::Id),
            ("issue_id", C::Ref),
            ("author", C::Text),
            ("time_spent_seconds", C::Int),
            ("started", C::Time),
        ],
    ),
    (
        "comments",
        &[
            ("id", C::Id),
            ("issue_id", C::Ref),
            ("author", C::Text),
            ("body", C::Text),
            ("created", C::Time),
        ],
    ),
    (
        "changelogs",
        &[
            ("id", C::Id),
            ("issue_id", C::Ref),
            ("field", C::Text),
            ("from_string", C::Text),
            ("to_string", C::Text),
            ("created", C::Time),
        ],
    ),
    (
        "sprints",
        &[
            ("id", C::Id),
            ("board_id", C::Ref),
            ("name", C::Text),
            ("state", C::Text),
            ("start_date", C::Time),
            ("end_date", C::Time),
        ],
    ),
    (
        "boards",
        &[("id", C::Id), ("name", C::Text), ("type", C::Text)],
    ),
    (
        "projects",
        &[
            ("id", C::Id),
            ("key", C::Text),
            ("name", C::Text),
            ("lead", C::Text),
        ],
    ),
];

const GITHUB: &[Table] = &[
    (
        "repositories",
        &[
            ("id", C::Id),
            ("name", C::Text),
            ("full_name", C::Text),
            ("private", C::Bool),
            ("default_branch", C::Text),
            ("created_at", C::Time),
            ("pushed_at", C::Time),
        ],
    ),
    (
        "pull_requests",
        &[
            ("id", C::Id),
            ("repository_id", C::Ref),
            ("number", C::Int),
            ("title", C::Text),
            ("state", C::Text),
            ("user_login", C::Text),
            ("created_at", C::Time),
            ("merged_at", C::Time),
        ],
    ),
    (
        "issues",
        &[
            ("id", C::Id),
            ("repository_id", C::Ref),
            ("number", C::Int),
            ("title", C::Text),
            ("state", C::Text),
            ("labels", C::Json),
            ("created_at", C::Time),
            ("closed_at", C::Time),
        ],
    ),
    (
        "commits",
        &[
            ("sha", C::Text),
            ("repository_id", C::Ref),
            ("author_email", C::Email),
            ("message", C::Text),
            ("committed_at", C::Time),
        ],
    ),
    (
        "workflow_runs",
        &[
            ("id", C::Id),
            ("repository_id", C::Ref),
            ("name", C::Text),
            ("status", C::Text),
            ("conclusion", C::Text),
            ("run_started_at", C::Time),
        ],
    ),
];

const GITLAB: &[Table] = &[
    (
        "projects",
        &[
            ("id", C::Id),
            ("path_with_namespace", C::Text),
            ("visibility", C::Text),
            ("created_at", C::Time),
            ("last_activity_at", C::Time),
        ],
    ),
    (
        "merge_requests",
        &[
            ("id", C::Id),
            ("project_id", C::Ref),
            ("iid", C::Int),
            ("title", C::Text),
            ("state", C::Text),
            ("author_username", C::Text),
            ("created_at", C::Time),
            ("merged_at", C::Time),
        ],
    ),
    (
        "issues",
        &[
            ("id", C::Id),
            ("project_id", C::Ref),
            ("iid", C::Int),
            ("title", C::Text),
            ("state", C::Text),
            ("labels", C::Json),
            ("created_at", C::Time),
        ],
    ),
    (
        "pipelines",
        &[
            ("id", C::Id),
            ("project_id", C::Ref),
            ("ref", C::Text),
            ("status", C::Text),
            ("created_at", C::Time),
            ("finished_at", C::Time),
        ],
    ),
];

const AZURE: &[Table] = &[
    (
        "work_items",
        &[
            ("id", C::Id),
            ("project", C::Text),
            ("work_item_type", C::Text),
            ("title", C::Text),
            ("state", C::Text),
            ("assigned_to", C::Text),
            ("changed_date", C::Time),
        ],
    ),
    (
        "pull_requests",
        &[
            ("pull_request_id", C::Id),
            ("repository_id", C::Ref),
            ("title", C::Text),
            ("status", C::Text),
            ("created_by", C::Text),
            ("creation_date", C::Time),
            ("closed_date", C::Time),
        ],
    ),
    (
        "builds",
        &[
            ("id", C::Id),
            ("definition_name", C::Text),
            ("result", C::Text),
            ("status", C::Text),
            ("queue_time", C::Time),
            ("finish_time", C::Time),
        ],
    ),
    (
        "repositories",
        &[
            ("id", C::Id),
            ("name", C::Text),
            ("project", C::Text),
            ("default_branch", C::Text),
        ],
    ),
];

/// Every `rest_api` endpoint lands as one table of records.
const ENDPOINT: &[(&str, C)] = &[("id", C::Id), ("updated_at", C::Time), ("data", C::Json)];

fn types(f: Flavour, c: C) -> (&'static str, &'static str) {
    use C::*;
    use Flavour::*;
    match (f, c) {
        (Postgres, Id | Ref) => ("bigint", "NUMBER(19,0)"),
        (Postgres, Text | Email) => ("character varying(255)", "VARCHAR(255)"),
        (Postgres, Phone) => ("character varying(32)", "VARCHAR(32)"),
        (Postgres, Money) => ("numeric(12,2)", "NUMBER(12,2)"),
        (Postgres, Int) => ("integer", "NUMBER(10,0)"),
        (Postgres, Bool) => ("boolean", "BOOLEAN"),
        (Postgres, Time) => ("timestamp with time zone", "TIMESTAMP_TZ"),
        (Postgres, Date) => ("date", "DATE"),
        (Postgres, Json) => ("jsonb", "VARIANT"),
        (Mysql, Id | Ref) => ("bigint unsigned", "NUMBER(20,0)"),
        (Mysql, Text | Email) => ("varchar(255)", "VARCHAR(255)"),
        (Mysql, Phone) => ("varchar(32)", "VARCHAR(32)"),
        (Mysql, Money) => ("decimal(12,2)", "NUMBER(12,2)"),
        (Mysql, Int) => ("int", "NUMBER(10,0)"),
        (Mysql, Bool) => ("tinyint(1)", "BOOLEAN"),
        (Mysql, Time) => ("datetime", "TIMESTAMP_NTZ"),
        (Mysql, Date) => ("date", "DATE"),
        (Mysql, Json) => ("json", "VARIANT"),
        (SqlServer, Id | Ref) => ("bigint", "NUMBER(19,0)"),
        (SqlServer, Text | Email) => ("nvarchar(255)", "VARCHAR(255)"),
        (SqlServer, Phone) => ("nvarchar(32)", "VARCHAR(32)"),
        (SqlServer, Money) => ("decimal(12,2)", "NUMBER(12,2)"),
        (SqlServer, Int) => ("int", "NUMBER(10,0)"),
        (SqlServer, Bool) => ("bit", "BOOLEAN"),
        (SqlServer, Time) => ("datetime2", "TIMESTAMP_NTZ"),
        (SqlServer, Date) => ("date", "DATE"),
        (SqlServer, Json) => ("nvarchar(max)", "VARCHAR"),
        (Oracle, Id | Ref) => ("NUMBER(19)", "NUMBER(19,0)"),
        (Oracle, Text | Email) => ("VARCHAR2(255)", "VARCHAR(255)"),
        (Oracle, Phone) => ("VARCHAR2(32)", "VARCHAR(32)"),
        (Oracle, Money) => ("NUMBER(12,2)", "NUMBER(12,2)"),
        (Oracle, Int) => ("NUMBER(10)", "NUMBER(10,0)"),
        (Oracle, Bool) => ("NUMBER(1)", "BOOLEAN"),
        (Oracle, Time) => ("TIMESTAMP WITH TIME ZONE", "TIMESTAMP_TZ"),
        (Oracle, Date) => ("DATE", "TIMESTAMP_NTZ"),
        (Oracle, Json) => ("CLOB", "VARCHAR"),
        (Mongo, Id | Ref) => ("objectId", "VARCHAR(24)"),
        (Mongo, Text | Email | Phone) => ("string", "VARCHAR"),
        (Mongo, Money) => ("decimal128", "NUMBER(38,2)"),
        (Mongo, Int) => ("int", "NUMBER(10,0)"),
        (Mongo, Bool) => ("bool", "BOOLEAN"),
        (Mongo, Time | Date) => ("date", "TIMESTAMP_TZ"),
        (Mongo, Json) => ("object", "VARIANT"),
        (Salesforce, Id | Ref) => ("id", "VARCHAR(18)"),
        (Salesforce, Text) => ("string", "VARCHAR(255)"),
        (Salesforce, Email) => ("email", "VARCHAR(80)"),
        (Salesforce, Phone) => ("phone", "VARCHAR(40)"),
        (Salesforce, Money) => ("currency", "NUMBER(18,2)"),
        (Salesforce, Int) => ("int", "NUMBER(9,0)"),
        (Salesforce, Bool) => ("boolean", "BOOLEAN"),
        (Salesforce, Time) => ("datetime", "TIMESTAMP_TZ"),
        (Salesforce, Date) => ("date", "DATE"),
        (Salesforce, Json) => ("textarea", "VARCHAR"),
        (Api, Id | Ref | Int) => ("integer", "NUMBER(38,0)"),
        (Api, Text | Email | Phone) => ("string", "VARCHAR"),
        (Api, Money) => ("number", "FLOAT"),
        (Api, Bool) => ("boolean", "BOOLEAN"),
        (Api, Time) => ("string (date-time)", "TIMESTAMP_TZ"),
        (Api, Date) => ("string (date)", "DATE"),
        (Api, Json) => ("object", "VARIANT"),
    }
}

fn table(f: Flavour, name: &str, cols: &[(&str, C)]) -> Value {
    let columns: Vec<Value> = cols
        .iter()
        .enumerate()
        .map(|(i, (col, kind))| {
            let (source, snowflake) = types(f, *kind);
            json!({"name": col, "source_type": source, "snowflake_type": snowflake,
                   "nullable": i > 0 && !matches!(kind, C::Id), "selected": true})
        })
        .collect();
    json!({"name": name, "selected": true, "columns": columns})
}

/// The tables a connector of this type and config exposes. File connectors expose their
/// uploads (kept by the caller), so they start empty.
pub fn tables(kind: &str, config: &Value) -> Vec<Value> {
    let (flavour, set) = match kind {
        "postgresql" => (Flavour::Postgres, DATABASE),
        "mysql" => (Flavour::Mysql, DATABASE),
        "sqlserver" => (Flavour::SqlServer, DATABASE),
        "oracle" => (Flavour::Oracle, DATABASE),
        "mongodb" => (Flavour::Mongo, MONGO),
        "salesforce" => (Flavour::Salesforce, SALESFORCE),
        "xero" => (Flavour::Api, XERO),
        "shopify" => (Flavour::Api, SHOPIFY),
        "google_sheets" => (Flavour::Api, SHEETS),
        "jira" => (Flavour::Api, JIRA),
        "github" => (Flavour::Api, GITHUB),
        "gitlab" => (Flavour::Api, GITLAB),
        "azure_devops" => (Flavour::Api, AZURE),
        "rest_api" => {
            return config["endpoints"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|e| e["table"].as_str())
                .map(|t| table(Flavour::Api, t, ENDPOINT))
                .collect();
        }
        _ => return Vec::new(),
    };
    set.iter()
        .map(|(name, cols)| table(flavour, name, cols))
        .collect()
}

/// Re-discovery keeps what the user chose: a table or column seen before keeps its `selected`.
pub fn keep_selection(fresh: &mut [Value], previous: &Value) {
    let old = previous["tables"].as_array();
    for t in fresh.iter_mut() {
        let Some(before) = old.and_then(|o| o.iter().find(|x| x["name"] == t["name"])) else {
            continue;
        };
        t["selected"] = before["selected"].clone();
        if let Some(cols) = t["columns"].as_array_mut() {
            for c in cols {
                if let Some(b) = before["columns"]
                    .as_array()
                    .and_then(|bc| bc.iter().find(|x| x["name"] == c["name"]))
                {
                    c["selected"] = b["selected"].clone();
                }
            }
        }
    }
}

/// A deterministic row count for a table that has none recorded (1,000 to 250,000).
pub fn rows_for(connector_id: &str, table: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in connector_id.bytes().chain([b'/']).chain(table.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    1_000 + h % 249_001
}
