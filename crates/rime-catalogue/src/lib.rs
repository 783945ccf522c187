//! The connector catalogue (contract §5), the one source for the CLI and the sandbox: every type's
//! category and config fields, which are required, which are write-only secrets, and how each is
//! checked. The contract test holds it against `openapi/connectors.yaml`. Beside it, the model
//! kinds each transformation methodology takes, shared the same way.

/// What a config field holds (and so how the sandbox checks it and the CLI types `--config`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A non-empty string.
    Text,
    /// A host name or IP address, without scheme or port.
    Host,
    /// 1–65535.
    Port,
    /// An `http(s)://` URL; `true` = HTTPS only.
    Url(bool),
    Choice(&'static [&'static str]),
    /// An array of non-empty strings.
    List,
    /// A write-only string: never returned; the response shows `<key>_set`.
    Secret,
    /// One character (`\t` may be written as the two characters backslash, t).
    Char,
    /// An integer from 0 to 1000.
    Count,
    /// `rest_api` authentication: `method` and that method's fields ([`AUTH_METHODS`]).
    Auth,
    /// `rest_api` endpoints: `[{path, table, records_path?}]`.
    Endpoints,
}

#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub key: &'static str,
    pub kind: Kind,
    pub required: bool,
}

impl Field {
    pub const fn is_secret(&self) -> bool {
        matches!(self.kind, Kind::Secret)
    }
}

const fn req(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        kind,
        required: true,
    }
}

const fn opt(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        kind,
        required: false,
    }
}

pub struct TypeDef {
    pub name: &'static str,
    pub category: &'static str,
    pub fields: &'static [Field],
    /// At least one of these keys must be present.
    pub one_of: &'static [&'static str],
}

const fn def(name: &'static str, category: &'static str, fields: &'static [Field]) -> TypeDef {
    TypeDef {
        name,
        category,
        fields,
        one_of: &[],
    }
}

const SSL_MODES: &[&str] = &[
    "disable",
    "allow",
    "prefer",
    "require",
    "verify-ca",
    "verify-full",
];
const DATABASE: &[Field] = &[
    req("host", Kind::Host),
    req("port", Kind::Port),
    req("database", Kind::Text),
    req("username", Kind::Text),
    req("password", Kind::Secret),
    opt("ssl_mode", Kind::Choice(SSL_MODES)),
];
const OAUTH_TOKENS: [Field; 2] = [
    opt("refresh_token", Kind::Secret),
    opt("access_token", Kind::Secret),
];
const EITHER_TOKEN: &[&str] = &["refresh_token", "access_token"];
pub const ENCODINGS: &[&str] = &["utf-8", "utf-16", "iso-8859-1", "windows-1252"];

pub const TYPES: &[TypeDef] = &[
    def("postgresql", "database", DATABASE),
    def("mysql", "database", DATABASE),
    def("sqlserver", "database", DATABASE),
    def("oracle", "database", DATABASE),
    def(
        "mongodb",
        "database",
        &[
            req("connection_uri", Kind::Secret),
            req("database", Kind::Text),
        ],
    ),
    def(
        "salesforce",
        "saas",
        &[
            req("environment", Kind::Choice(&["production", "sandbox"])),
            req("refresh_token", Kind::Secret),
        ],
    ),
    TypeDef {
        one_of: EITHER_TOKEN,
        ..def("xero", "saas", &OAUTH_TOKENS)
    },
    TypeDef {
        one_of: EITHER_TOKEN,
        ..def(
            "shopify",
            "saas",
            &[
                req("shop_domain", Kind::Host),
                OAUTH_TOKENS[0],
                OAUTH_TOKENS[1],
            ],
        )
    },
    TypeDef {
        one_of: EITHER_TOKEN,
        ..def(
            "google_sheets",
            "saas",
            &[
                req("spreadsheet_id", Kind::Text),
                OAUTH_TOKENS[0],
                OAUTH_TOKENS[1],
            ],
        )
    },
    def(
        "jira",
        "devops",
        &[
            req("instance_url", Kind::Url(true)),
            req("email", Kind::Text),
            req("api_token", Kind::Secret),
            opt("projects", Kind::List),
        ],
    ),
    def(
        "github",
        "devops",
        &[req("token", Kind::Secret), req("organization", Kind::Text)],
    ),
    def(
        "gitlab",
        "devops",
        &[
            req("token", Kind::Secret),
            req("base_url", Kind::Url(false)),
            req("groups", Kind::List),
        ],
    ),
    def(
        "azure_devops",
        "devops",
        &[req("token", Kind::Secret), req("organization", Kind::Text)],
    ),
    def(
        "rest_api",
        "rest_api",
        &[
            req("base_url", Kind::Url(false)),
            req("auth", Kind::Auth),
            req("endpoints", Kind::Endpoints),
        ],
    ),
    def(
        "file",
        "file",
        &[
            req("format", Kind::Choice(&["csv", "json"])),
            opt("delimiter", Kind::Char),
            opt("quote", Kind::Char),
            opt("header_row", Kind::Count),
            opt("encoding", Kind::Choice(ENCODINGS)),
            opt("null_values", Kind::List),
            opt("skip_rows", Kind::Count),
        ],
    ),
];

/// `rest_api` auth methods and their fields inside `auth` (besides `method`).
pub const AUTH_METHODS: &[(&str, &[Field])] = &[
    (
        "api_key",
        &[
            req("key_name", Kind::Text),
            req("api_key", Kind::Secret),
            opt("location", Kind::Choice(&["header", "query_parameter"])),
        ],
    ),
    ("bearer", &[req("token", Kind::Secret)]),
    (
        "basic",
        &[req("username", Kind::Text), req("password", Kind::Secret)],
    ),
    (
        "oauth2_client_credentials",
        &[
            req("token_url", Kind::Url(false)),
            req("client_id", Kind::Text),
            req("client_secret", Kind::Secret),
            opt("scopes", Kind::Text),
        ],
    ),
];

/// The options that apply only to `format: csv`, and their documented defaults.
pub const CSV_DEFAULTS: &[(&str, CsvDefault)] = &[
    ("delimiter", CsvDefault::Text(",")),
    ("quote", CsvDefault::Text("\"")),
    ("header_row", CsvDefault::Int(1)),
    ("encoding", CsvDefault::Text("utf-8")),
    ("null_values", CsvDefault::EmptyList),
    ("skip_rows", CsvDefault::Int(0)),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvDefault {
    Text(&'static str),
    Int(i64),
    EmptyList,
}

pub fn find(name: &str) -> Option<&'static TypeDef> {
    TYPES.iter().find(|t| t.name == name)
}

/// Every type name, in catalogue order.
pub fn names() -> impl Iterator<Item = &'static str> {
    TYPES.iter().map(|t| t.name)
}

/// The fields of one `rest_api` auth method.
pub fn auth_fields(method: &str) -> Option<&'static [Field]> {
    AUTH_METHODS
        .iter()
        .find(|(m, _)| *m == method)
        .map(|(_, f)| *f)
}

/// Whether a config key (dotted, relative to `config`) is a secret of some type: secrets are
/// never taken from the command line, whatever the type.
pub fn is_secret(key: &str) -> bool {
    let name = key.rsplit('.').next().unwrap_or(key);
    let all = TYPES
        .iter()
        .flat_map(|t| t.fields.iter())
        .chain(AUTH_METHODS.iter().flat_map(|(_, f)| f.iter()));
    all.filter(|f| f.is_secret()).any(|f| f.key == name)
}

/// Every dotted config path (`password`, `auth.token`) that is a secret of some type.
pub fn secret_keys() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let plain = TYPES.iter().flat_map(|t| t.fields.iter()).map(|f| (f, ""));
    let auth = AUTH_METHODS
        .iter()
        .flat_map(|(_, fs)| fs.iter())
        .map(|f| (f, "auth."));
    for (f, prefix) in plain.chain(auth) {
        let key = format!("{prefix}{}", f.key);
        if f.is_secret() && !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// The model kinds a transformation methodology takes (the contract's `ModelKind`), `None` for a
/// methodology the contract does not name.
pub fn model_kinds(methodology: &str) -> Option<&'static [&'static str]> {
    match methodology {
        "kimball" => Some(&["staging", "dimension", "fact", "mart", "hierarchy"]),
        "data_vault" => Some(&[
            "staging",
            "hub",
            "link",
            "satellite",
            "business_vault",
            "mart",
            "hierarchy",
        ]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_secrets_known_everywhere() {
        let mut names: Vec<&str> = names().collect();
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), n);
        assert!(is_secret("password") && is_secret("auth.client_secret"));
        assert!(!is_secret("host") && !is_secret("auth.method"));
        assert_eq!(
            secret_keys(),
            [
                "password",
                "connection_uri",
                "refresh_token",
                "access_token",
                "api_token",
                "token",
                "auth.api_key",
                "auth.token",
                "auth.password",
                "auth.client_secret"
            ]
        );
        assert_eq!(auth_fields("bearer").map(|f| f[0].key), Some("token"));
        assert!(find("rest_api").is_some() && find("nope").is_none());
    }
}
