//! The connector types and their config keys (contract §5): `connectors types`, typed `--config`, secret prompts.

use serde_json::{Value, json};

/// How a `--config key=value` string becomes JSON.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Text,
    Int,
    /// Comma-separated, or a JSON array.
    List,
    /// JSON (objects and arrays of objects).
    Json,
}

#[derive(Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub secret: bool,
}

const fn f(key: &'static str, kind: Kind, required: bool, secret: bool) -> Field {
    Field {
        key,
        kind,
        required,
        secret,
    }
}

pub struct TypeInfo {
    pub name: &'static str,
    pub category: &'static str,
    pub fields: &'static [Field],
    /// At least one of these (secret) keys.
    pub one_of: &'static [&'static str],
}

const DATABASE: &[Field] = &[
    f("host", Kind::Text, true, false),
    f("port", Kind::Int, true, false),
    f("database", Kind::Text, true, false),
    f("username", Kind::Text, true, false),
    f("password", Kind::Text, true, true),
    f("ssl_mode", Kind::Text, false, false),
];
const TOKENS: [Field; 2] = [
    f("refresh_token", Kind::Text, false, true),
    f("access_token", Kind::Text, false, true),
];
const EITHER_TOKEN: &[&str] = &["refresh_token", "access_token"];

pub const TYPES: &[TypeInfo] = &[
    TypeInfo {
        name: "postgresql",
        category: "database",
        fields: DATABASE,
        one_of: &[],
    },
    TypeInfo {
        name: "mysql",
        category: "database",
        fields: DATABASE,
        one_of: &[],
    },
    TypeInfo {
        name: "sqlserver",
        category: "database",
        fields: DATABASE,
        one_of: &[],
    },
    TypeInfo {
        name: "oracle",
        category: "database",
        fields: DATABASE,
        one_of: &[],
    },
    TypeInfo {
        name: "mongodb",
        category: "database",
        fields: &[
            f("connection_uri", Kind::Text, true, true),
            f("database", Kind::Text, true, false),
        ],
        one_of: &[],
    },
    TypeInfo {
        name: "salesforce",
        category: "saas",
        fields: &[
            f("environment", Kind::Text, true, false),
            f("refresh_token", Kind::Text, true, true),
        ],
        one_of: &[],
    },
    TypeInfo {
        name: "xero",
        category: "saas",
        fields: &TOKENS,
        one_of: EITHER_TOKEN,
    },
    TypeInfo {
        name: "shopify",
        category: "saas",
        fields: &[
            f("shop_domain", Kind::Text, true, false),
            TOKENS[0],
            TOKENS[1],
        ],
        one_of: EITHER_TOKEN,
    },
    TypeInfo {
        name: "google_sheets",
        category: "saas",
        fields: &[
            f("spreadsheet_id", Kind::Text, true, false),
            TOKENS[0],
            TOKENS[1],
        ],
        one_of: EITHER_TOKEN,
    },
    TypeInfo {
        name: "jira",
        category: "devops",
        fields: &[
            f("instance_url", Kind::Text, true, false),
            f("email", Kind::Text, true, false),
            f("api_token", Kind::Text, true, true),
            f("projects", Kind::List, false, false),
        ],
        one_of: &[],
    },
    TypeInfo {
        name: "github",
        category: "devops",
        fields: &[
            f("token", Kind::Text, true, true),
            f("organization", Kind::Text, true, false),
        ],
        one_of: &[],
    },
    TypeInfo {
        name: "gitlab",
        category: "devops",
        fields: &[
            f("token", Kind::Text, true, true),
            f("base_url", Kind::Text, true, false),
            f("groups", Kind::List, true, false),
        ],
        one_of: &[],
    },
    TypeInfo {
        name: "azure_devops",
        category: "devops",
        fields: &[
            f("token", Kind::Text, true, true),
            f("organization", Kind::Text, true, false),
        ],
        one_of: &[],
    },
    TypeInfo {
        name: "rest_api",
        category: "rest_api",
        fields: &[
            f("base_url", Kind::Text, true, false),
            f("auth.method", Kind::Text, true, false),
            f("endpoints", Kind::Json, true, false),
        ],
        one_of: &[],
    },
    TypeInfo {
        name: "file",
        category: "file",
        fields: &[
            f("format", Kind::Text, true, false),
            f("delimiter", Kind::Text, false, false),
            f("quote", Kind::Text, false, false),
            f("header_row", Kind::Int, false, false),
            f("encoding", Kind::Text, false, false),
            f("null_values", Kind::List, false, false),
            f("skip_rows", Kind::Int, false, false),
        ],
        one_of: &[],
    },
];

/// `rest_api` auth methods and their keys (inside `auth`).
pub const AUTH_METHODS: &[(&str, &[Field])] = &[
    (
        "api_key",
        &[
            f("auth.key_name", Kind::Text, true, false),
            f("auth.api_key", Kind::Text, true, true),
            f("auth.location", Kind::Text, false, false),
        ],
    ),
    ("bearer", &[f("auth.token", Kind::Text, true, true)]),
    (
        "basic",
        &[
            f("auth.username", Kind::Text, true, false),
            f("auth.password", Kind::Text, true, true),
        ],
    ),
    (
        "oauth2_client_credentials",
        &[
            f("auth.token_url", Kind::Text, true, false),
            f("auth.client_id", Kind::Text, true, false),
            f("auth.client_secret", Kind::Text, true, true),
            f("auth.scopes", Kind::Text, false, false),
        ],
    ),
];

/// Key names that are always write-only, whatever the type.
const SECRET_NAMES: &[&str] = &[
    "password",
    "connection_uri",
    "refresh_token",
    "access_token",
    "api_token",
    "token",
    "api_key",
    "client_secret",
];

pub fn find(name: &str) -> Option<&'static TypeInfo> {
    TYPES.iter().find(|t| t.name == name)
}

/// Every type name, in catalogue order (for flag validation).
pub const NAMES: &[&str] = &[
    "postgresql",
    "mysql",
    "sqlserver",
    "oracle",
    "mongodb",
    "salesforce",
    "xero",
    "shopify",
    "google_sheets",
    "jira",
    "github",
    "gitlab",
    "azure_devops",
    "rest_api",
    "file",
];

/// Whether a config key (dotted, relative to `config`) holds a secret.
pub fn is_secret(key: &str) -> bool {
    SECRET_NAMES.contains(&key.rsplit('.').next().unwrap_or(key))
}

/// Every field of a type, auth-method fields included for `rest_api`.
fn all_fields(t: &TypeInfo) -> impl Iterator<Item = &'static Field> {
    let auth = if t.name == "rest_api" {
        AUTH_METHODS
    } else {
        &[]
    };
    t.fields
        .iter()
        .chain(auth.iter().flat_map(|(_, fs)| fs.iter()))
}

/// The JSON value of `--config key=value`, by the key's kind (unknown keys: typed guess).
pub fn value_for(t: Option<&TypeInfo>, key: &str, raw: &str) -> Value {
    let kind = t
        .and_then(|t| all_fields(t).find(|f| f.key == key))
        .map(|f| f.kind);
    match kind {
        Some(Kind::Text) => Value::String(raw.to_string()),
        Some(Kind::Int) => raw
            .trim()
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::String(raw.into())),
        Some(Kind::List) if !raw.trim_start().starts_with('[') => Value::Array(
            raw.split(',')
                .map(|s| Value::String(s.trim().to_string()))
                .filter(|v| v.as_str() != Some(""))
                .collect(),
        ),
        Some(Kind::List | Kind::Json) => {
            serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.into()))
        }
        None => crate::commands::input::typed(raw),
    }
}

/// Required secrets missing from `config`, as dotted keys (for hidden prompts on a terminal).
pub fn missing_secrets(t: &TypeInfo, config: &Value) -> Vec<&'static str> {
    let has = |key: &str| {
        config
            .pointer(&format!("/{}", key.replace('.', "/")))
            .is_some_and(|v| !v.is_null())
    };
    let mut out: Vec<&'static str> = t
        .fields
        .iter()
        .filter(|f| f.secret && f.required && !has(f.key))
        .map(|f| f.key)
        .collect();
    if !t.one_of.is_empty() && !t.one_of.iter().any(|k| has(k)) {
        out.push(t.one_of[0]);
    }
    if t.name == "rest_api" {
        let method = config["auth"]["method"].as_str().unwrap_or("");
        if let Some((_, fields)) = AUTH_METHODS.iter().find(|(m, _)| *m == method) {
            out.extend(
                fields
                    .iter()
                    .filter(|f| f.secret && f.required && !has(f.key))
                    .map(|f| f.key),
            );
        }
    }
    out
}

/// One row of `connectors types`.
pub fn describe(t: &TypeInfo) -> Value {
    let keys = |pick: &dyn Fn(&Field) -> bool| -> Vec<String> {
        t.fields
            .iter()
            .filter(|f| pick(f))
            .map(|f| f.key.to_string())
            .collect()
    };
    let mut secrets = keys(&|f| f.secret && f.required);
    if !t.one_of.is_empty() {
        secrets.push(t.one_of.join(" | "));
    }
    let mut required = keys(&|f| f.required && !f.secret);
    let mut optional = keys(&|f| !f.required && !f.secret);
    if t.name == "rest_api" {
        for (method, fields) in AUTH_METHODS {
            for fl in fields.iter() {
                let label = format!("{} ({method})", fl.key);
                match (fl.secret, fl.required) {
                    (true, _) => secrets.push(label),
                    (false, true) => required.push(label),
                    (false, false) => optional.push(label),
                }
            }
        }
    }
    json!({
        "type": t.name,
        "category": t.category,
        "required": required,
        "secrets": secrets,
        "optional": optional,
    })
}
