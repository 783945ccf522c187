//! The resource type catalogue: per-type config keys, defaults and limits, name rules, apply durations.

use serde_json::{Value, json};

/// What a config key holds.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Text,
    /// A Snowflake identifier (or dotted path) stored upper case, as Snowflake stores unquoted names.
    Ident,
    Int(i64, i64),
    Bool,
    Enum(&'static [&'static str]),
    /// A non-empty list of Snowflake privileges, stored upper case.
    Privileges,
    /// A list of strings.
    Strings,
    /// An S3 URL (`s3://bucket/path`).
    S3Url,
    /// An IAM policy document (an object with `Statement`).
    PolicyDocument,
}

#[derive(Debug, Clone, Copy)]
pub enum Fallback {
    None,
    Int(i64),
    Bool(bool),
    Str(&'static str),
    EmptyList,
}

#[derive(Debug, Clone, Copy)]
pub struct Key {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub default: Fallback,
    pub description: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRule {
    /// Upper-cased Snowflake identifier.
    Snowflake,
    /// `<project identifier>-<name>`, lower case, 3–63 characters.
    S3Bucket,
    /// Letters, digits, `-` and `_`, 1–256.
    SnsTopic,
    /// IAM names: letters, digits and `+=,.@_-`, 1–64.
    Iam,
}

#[derive(Debug)]
pub struct TypeSpec {
    pub name: &'static str,
    pub provider: &'static str,
    pub description: &'static str,
    pub name_rule: NameRule,
    pub keys: &'static [Key],
    /// Simulated seconds a create takes; modify and destroy take half (at least 2).
    pub create_seconds: i64,
    /// Dependency rank: lower ranks are created first and destroyed last.
    pub rank: u8,
}

pub const WAREHOUSE_SIZES: &[&str] = &[
    "x-small", "small", "medium", "large", "x-large", "2x-large", "3x-large", "4x-large",
    "5x-large", "6x-large",
];
const FILE_FORMATS: &[&str] = &["parquet", "csv", "json"];
const GRANT_TARGETS: &[&str] = &[
    "database",
    "schema",
    "warehouse",
    "table",
    "view",
    "stage",
    "pipe",
    "all_tables_in_schema",
    "future_tables_in_schema",
];
pub const PRIVILEGES: &[&str] = &[
    "ALL",
    "USAGE",
    "SELECT",
    "INSERT",
    "UPDATE",
    "DELETE",
    "TRUNCATE",
    "REFERENCES",
    "OWNERSHIP",
    "MONITOR",
    "OPERATE",
    "MODIFY",
    "READ",
    "WRITE",
    "CREATE SCHEMA",
    "CREATE TABLE",
    "CREATE VIEW",
    "CREATE STAGE",
    "CREATE PIPE",
];

const fn key(name: &'static str, kind: Kind, description: &'static str) -> Key {
    Key {
        name,
        kind,
        required: false,
        default: Fallback::None,
        description,
    }
}

const fn req(name: &'static str, kind: Kind, description: &'static str) -> Key {
    Key {
        name,
        kind,
        required: true,
        default: Fallback::None,
        description,
    }
}

const fn dflt(name: &'static str, kind: Kind, default: Fallback, description: &'static str) -> Key {
    Key {
        name,
        kind,
        required: false,
        default,
        description,
    }
}

const COMMENT: Key = key("comment", Kind::Text, "Free text shown by SHOW commands.");
const RETENTION: Key = dflt(
    "data_retention_days",
    Kind::Int(0, 90),
    Fallback::Int(1),
    "Time Travel retention in days.",
);

pub const TYPES: &[TypeSpec] = &[
    TypeSpec {
        name: "snowflake_role",
        provider: "snowflake",
        description: "A Snowflake role.",
        name_rule: NameRule::Snowflake,
        keys: &[COMMENT],
        create_seconds: 3,
        rank: 0,
    },
    TypeSpec {
        name: "snowflake_database",
        provider: "snowflake",
        description: "A Snowflake database; the name is forced to upper case.",
        name_rule: NameRule::Snowflake,
        keys: &[COMMENT, RETENTION],
        create_seconds: 6,
        rank: 1,
    },
    TypeSpec {
        name: "snowflake_schema",
        provider: "snowflake",
        description: "A schema inside a database.",
        name_rule: NameRule::Snowflake,
        keys: &[
            req(
                "database",
                Kind::Ident,
                "The database that holds the schema.",
            ),
            COMMENT,
            RETENTION,
            dflt(
                "managed_access",
                Kind::Bool,
                Fallback::Bool(false),
                "Only the schema owner may grant privileges on its objects.",
            ),
        ],
        create_seconds: 4,
        rank: 2,
    },
    TypeSpec {
        name: "snowflake_warehouse",
        provider: "snowflake",
        description: "A virtual warehouse (compute).",
        name_rule: NameRule::Snowflake,
        keys: &[
            dflt(
                "size",
                Kind::Enum(WAREHOUSE_SIZES),
                Fallback::Str("x-small"),
                "Warehouse size.",
            ),
            dflt(
                "auto_suspend_seconds",
                Kind::Int(0, 86_400),
                Fallback::Int(600),
                "Idle seconds before suspending; 0 never suspends.",
            ),
            dflt(
                "auto_resume",
                Kind::Bool,
                Fallback::Bool(true),
                "Resume when a query arrives.",
            ),
            dflt(
                "min_cluster_count",
                Kind::Int(1, 10),
                Fallback::Int(1),
                "Minimum clusters (multi-cluster warehouses); at most max_cluster_count.",
            ),
            dflt(
                "max_cluster_count",
                Kind::Int(1, 10),
                Fallback::Int(1),
                "Maximum clusters.",
            ),
            COMMENT,
        ],
        create_seconds: 10,
        rank: 2,
    },
    TypeSpec {
        name: "snowflake_stage",
        provider: "snowflake",
        description: "An external stage over an S3 location.",
        name_rule: NameRule::Snowflake,
        keys: &[
            req("database", Kind::Ident, "The database of the stage."),
            req("schema", Kind::Ident, "The schema of the stage."),
            req("url", Kind::S3Url, "The S3 location, `s3://bucket/path`."),
            key(
                "storage_integration",
                Kind::Ident,
                "The storage integration that grants access to the bucket.",
            ),
            dflt(
                "file_format",
                Kind::Enum(FILE_FORMATS),
                Fallback::Str("parquet"),
                "Format of the staged files.",
            ),
            COMMENT,
        ],
        create_seconds: 4,
        rank: 3,
    },
    TypeSpec {
        name: "snowflake_pipe",
        provider: "snowflake",
        description: "A Snowpipe loading a table from a stage.",
        name_rule: NameRule::Snowflake,
        keys: &[
            req("database", Kind::Ident, "The database of the pipe."),
            req("schema", Kind::Ident, "The schema of the pipe."),
            req("table", Kind::Ident, "The table the pipe loads."),
            req("stage", Kind::Ident, "The stage the pipe reads."),
            dflt(
                "auto_ingest",
                Kind::Bool,
                Fallback::Bool(true),
                "Load on S3 event notifications (through SNS).",
            ),
            dflt(
                "file_format",
                Kind::Enum(FILE_FORMATS),
                Fallback::Str("parquet"),
                "Format of the loaded files.",
            ),
            COMMENT,
        ],
        create_seconds: 5,
        rank: 4,
    },
    TypeSpec {
        name: "snowflake_grant",
        provider: "snowflake",
        description: "Privileges granted to a role on an object.",
        name_rule: NameRule::Snowflake,
        keys: &[
            req("role", Kind::Ident, "The role receiving the privileges."),
            req(
                "privileges",
                Kind::Privileges,
                "The privileges, e.g. [\"USAGE\", \"SELECT\"].",
            ),
            req("on_type", Kind::Enum(GRANT_TARGETS), "The kind of object."),
            req(
                "on_name",
                Kind::Ident,
                "The object, e.g. ANALYTICS or ANALYTICS.MARTS.",
            ),
            dflt(
                "with_grant_option",
                Kind::Bool,
                Fallback::Bool(false),
                "The role may grant these privileges to others.",
            ),
        ],
        create_seconds: 2,
        rank: 5,
    },
    TypeSpec {
        name: "aws_iam_policy",
        provider: "aws",
        description: "An IAM managed policy.",
        name_rule: NameRule::Iam,
        keys: &[
            req(
                "document",
                Kind::PolicyDocument,
                "The policy document (an object with `Statement`).",
            ),
            key("description", Kind::Text, "What the policy is for."),
        ],
        create_seconds: 4,
        rank: 0,
    },
    TypeSpec {
        name: "aws_iam_role",
        provider: "aws",
        description: "An IAM role, e.g. the one Snowflake assumes to read the landing bucket.",
        name_rule: NameRule::Iam,
        keys: &[
            req(
                "trusted_principal",
                Kind::Text,
                "The ARN allowed to assume the role.",
            ),
            key(
                "external_id",
                Kind::Text,
                "The external id the principal must present.",
            ),
            dflt(
                "policy_names",
                Kind::Strings,
                Fallback::EmptyList,
                "Managed policies attached to the role.",
            ),
            dflt(
                "max_session_duration_seconds",
                Kind::Int(3600, 43_200),
                Fallback::Int(3600),
                "Longest session the role allows.",
            ),
            key("description", Kind::Text, "What the role is for."),
        ],
        create_seconds: 6,
        rank: 1,
    },
    TypeSpec {
        name: "aws_sns_topic",
        provider: "aws",
        description: "An SNS topic, e.g. the one S3 notifies and Snowpipe subscribes to.",
        name_rule: NameRule::SnsTopic,
        keys: &[key(
            "display_name",
            Kind::Text,
            "The name shown in notifications.",
        )],
        create_seconds: 5,
        rank: 2,
    },
    TypeSpec {
        name: "aws_s3_bucket",
        provider: "aws",
        description: "An S3 bucket; the project identifier is prefixed to its name.",
        name_rule: NameRule::S3Bucket,
        keys: &[
            key(
                "region",
                Kind::Text,
                "AWS region; null uses the project's AWS connection region.",
            ),
            dflt(
                "versioning",
                Kind::Bool,
                Fallback::Bool(false),
                "Keep every version of every object.",
            ),
            dflt(
                "encryption",
                Kind::Enum(&["sse-s3", "sse-kms"]),
                Fallback::Str("sse-s3"),
                "Server-side encryption.",
            ),
            key(
                "lifecycle_expiration_days",
                Kind::Int(1, 3650),
                "Delete objects after this many days; null keeps them.",
            ),
            key(
                "notification_topic",
                Kind::Text,
                "The SNS topic notified of new objects (for Snowpipe).",
            ),
        ],
        create_seconds: 8,
        rank: 3,
    },
];

pub fn spec(type_name: &str) -> Option<&'static TypeSpec> {
    TYPES.iter().find(|t| t.name == type_name)
}

pub fn type_names() -> Vec<&'static str> {
    TYPES.iter().map(|t| t.name).collect()
}

impl Fallback {
    pub fn value(self) -> Value {
        match self {
            Fallback::None => Value::Null,
            Fallback::Int(i) => json!(i),
            Fallback::Bool(b) => json!(b),
            Fallback::Str(s) => json!(s),
            Fallback::EmptyList => json!([]),
        }
    }
}
