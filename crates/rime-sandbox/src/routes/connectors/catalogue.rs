//! The connector catalogue: every type's category, config fields (secrets marked) and their validation.

use serde_json::{Value, json};

use crate::body::Check;

/// How one config field is checked.
#[derive(Clone, Copy)]
pub enum Kind {
    /// A non-empty string.
    Text,
    /// A host name or IP address, without scheme or port.
    Host,
    Port,
    /// An `http(s)://` URL; `true` = HTTPS only.
    Url(bool),
    Choice(&'static [&'static str]),
    /// An array of non-empty strings.
    List,
    /// A write-only string.
    Secret,
    /// One character (`\t` may be written as the two characters backslash, t).
    Char,
    /// An integer from 0 to 1000.
    Count,
    /// `rest_api` authentication (method-specific fields).
    Auth,
    /// `rest_api` endpoints: `[{path, table, records_path?}]`.
    Endpoints,
}

#[derive(Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    pub kind: Kind,
    pub required: bool,
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
pub const ENCODINGS: &[&str] = &["utf-8", "utf-16", "iso-8859-1", "windows-1252"];

pub const TYPES: &[TypeDef] = &[
    TypeDef {
        name: "postgresql",
        category: "database",
        fields: DATABASE,
        one_of: &[],
    },
    TypeDef {
        name: "mysql",
        category: "database",
        fields: DATABASE,
        one_of: &[],
    },
    TypeDef {
        name: "sqlserver",
        category: "database",
        fields: DATABASE,
        one_of: &[],
    },
    TypeDef {
        name: "oracle",
        category: "database",
        fields: DATABASE,
        one_of: &[],
    },
    TypeDef {
        name: "mongodb",
        category: "database",
        fields: &[
            req("connection_uri", Kind::Secret),
            req("database", Kind::Text),
        ],
        one_of: &[],
    },
    TypeDef {
        name: "salesforce",
        category: "saas",
        fields: &[
            req("environment", Kind::Choice(&["production", "sandbox"])),
            req("refresh_token", Kind::Secret),
        ],
        one_of: &[],
    },
    TypeDef {
        name: "xero",
        category: "saas",
        fields: &OAUTH_TOKENS,
        one_of: &["refresh_token", "access_token"],
    },
    TypeDef {
        name: "shopify",
        category: "saas",
        fields: &[
            req("shop_domain", Kind::Host),
            OAUTH_TOKENS[0],
            OAUTH_TOKENS[1],
        ],
        one_of: &["refresh_token", "access_token"],
    },
    TypeDef {
        name: "google_sheets",
        category: "saas",
        fields: &[
            req("spreadsheet_id", Kind::Text),
            OAUTH_TOKENS[0],
            OAUTH_TOKENS[1],
        ],
        one_of: &["refresh_token", "access_token"],
    },
    TypeDef {
        name: "jira",
        category: "devops",
        fields: &[
            req("instance_url", Kind::Url(true)),
            req("email", Kind::Text),
            req("api_token", Kind::Secret),
            opt("projects", Kind::List),
        ],
        one_of: &[],
    },
    TypeDef {
        name: "github",
        category: "devops",
        fields: &[req("token", Kind::Secret), req("organization", Kind::Text)],
        one_of: &[],
    },
    TypeDef {
        name: "gitlab",
        category: "devops",
        fields: &[
            req("token", Kind::Secret),
            req("base_url", Kind::Url(false)),
            req("groups", Kind::List),
        ],
        one_of: &[],
    },
    TypeDef {
        name: "azure_devops",
        category: "devops",
        fields: &[req("token", Kind::Secret), req("organization", Kind::Text)],
        one_of: &[],
    },
    TypeDef {
        name: "rest_api",
        category: "rest_api",
        fields: &[
            req("base_url", Kind::Url(false)),
            req("auth", Kind::Auth),
            req("endpoints", Kind::Endpoints),
        ],
        one_of: &[],
    },
    TypeDef {
        name: "file",
        category: "file",
        fields: &[
            req("format", Kind::Choice(&["csv", "json"])),
            opt("delimiter", Kind::Char),
            opt("quote", Kind::Char),
            opt("header_row", Kind::Count),
            opt("encoding", Kind::Choice(ENCODINGS)),
            opt("null_values", Kind::List),
            opt("skip_rows", Kind::Count),
        ],
        one_of: &[],
    },
];

/// `rest_api` auth methods and their fields (besides `method`).
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

const CSV_OPTIONS: &[&str] = &[
    "delimiter",
    "quote",
    "header_row",
    "encoding",
    "null_values",
    "skip_rows",
];

pub fn type_names() -> Vec<&'static str> {
    TYPES.iter().map(|t| t.name).collect()
}

pub fn find(name: &str) -> Option<&'static TypeDef> {
    TYPES.iter().find(|t| t.name == name)
}

fn auth_fields(method: &str) -> Option<&'static [Field]> {
    AUTH_METHODS
        .iter()
        .find(|(m, _)| *m == method)
        .map(|(_, f)| *f)
}

/// Dotted body paths of the type's write-only fields (`config.password`, `config.auth.token`).
pub fn secret_paths(def: &TypeDef, config: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for f in def.fields {
        match f.kind {
            Kind::Secret => out.push(format!("config.{}", f.key)),
            Kind::Auth => {
                let method = config["auth"]["method"].as_str().unwrap_or("");
                for af in auth_fields(method).unwrap_or(&[]) {
                    if matches!(af.kind, Kind::Secret) {
                        out.push(format!("config.auth.{}", af.key));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Fills the documented CSV defaults so a file connector always shows its effective options.
pub fn with_defaults(def: &TypeDef, config: &mut Value) {
    if def.name != "file" || config["format"] != "csv" {
        return;
    }
    let defaults = json!({
        "delimiter": ",", "quote": "\"", "header_row": 1, "encoding": "utf-8",
        "null_values": [], "skip_rows": 0,
    });
    if let (Some(c), Some(d)) = (config.as_object_mut(), defaults.as_object()) {
        for (k, v) in d {
            c.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
}

/// Checks a whole config (secrets inline), naming fields `config.…`; one detail per problem.
pub fn check_config(c: &mut Check<'_>, def: &TypeDef, config: &Value) {
    let mut k = Check::nested(config, "config");
    check_fields(&mut k, def.fields);
    if !def.one_of.is_empty() && !def.one_of.iter().any(|key| present(config, key)) {
        let others: Vec<String> = def.one_of[1..]
            .iter()
            .map(|o| format!("config.{o}"))
            .collect();
        k.fail(
            def.one_of[0],
            format!("is required (or {})", others.join(", ")),
        );
    }
    if def.name == "file" && config["format"] == "json" {
        for key in CSV_OPTIONS.iter().filter(|key| present(config, key)) {
            k.fail(key, "applies only to csv files");
        }
    }
    let known: Vec<&str> = def.fields.iter().map(|f| f.key).collect();
    k.only(&known, &[]);
    c.absorb(k);
}

fn present(v: &Value, key: &str) -> bool {
    v.get(key).is_some_and(|x| !x.is_null())
}

fn check_fields(k: &mut Check<'_>, fields: &[Field]) {
    for f in fields {
        match f.kind {
            Kind::Text | Kind::Secret => {
                if let Some(s) = k.string(f.key, f.required)
                    && s.trim().is_empty()
                {
                    k.fail(f.key, "must not be empty");
                }
            }
            Kind::Host => {
                if let Some(s) = k.string(f.key, f.required)
                    && !valid_host(&s)
                {
                    k.fail(
                        f.key,
                        "must be a host name or IP address, without a scheme or port",
                    );
                }
            }
            Kind::Port => {
                k.int(f.key, f.required, 1, 65535);
            }
            Kind::Url(https_only) => {
                if let Some(s) = k.string(f.key, f.required)
                    && !valid_url(&s, https_only)
                {
                    let scheme = if https_only {
                        "an https://"
                    } else {
                        "an http(s)://"
                    };
                    k.fail(f.key, format!("must be {scheme} URL"));
                }
            }
            Kind::Choice(allowed) => {
                k.one_of(f.key, allowed, f.required);
            }
            Kind::List => {
                if let Some(items) = k.strings(f.key, f.required) {
                    if items.iter().any(|s| s.trim().is_empty()) {
                        k.fail(f.key, "must not contain empty strings");
                    } else if f.required && items.is_empty() {
                        k.fail(f.key, "must list at least one value");
                    }
                }
            }
            Kind::Char => {
                if let Some(s) = k.string(f.key, f.required)
                    && parse_char(&s).is_none()
                {
                    k.fail(
                        f.key,
                        "must be a single ASCII character other than a letter, digit or line break",
                    );
                }
            }
            Kind::Count => {
                k.int(f.key, f.required, 0, 1000);
            }
            Kind::Auth => check_auth(k, f),
            Kind::Endpoints => check_endpoints(k, f),
        }
    }
}

fn check_auth(k: &mut Check<'_>, f: &Field) {
    let Some(auth) = k.object(f.key, f.required) else {
        return;
    };
    let mut a = Check::nested(auth, &k.path(f.key));
    let methods: Vec<&str> = AUTH_METHODS.iter().map(|(m, _)| *m).collect();
    let mut known = vec!["method"];
    if let Some(fields) = a
        .one_of("method", &methods, true)
        .and_then(|m| auth_fields(&m))
    {
        check_fields(&mut a, fields);
        known.extend(fields.iter().map(|f| f.key));
    }
    a.only(&known, &[]);
    k.absorb(a);
}

fn check_endpoints(k: &mut Check<'_>, f: &Field) {
    let Some(items) = k.array(f.key, f.required) else {
        return;
    };
    if items.is_empty() {
        k.fail(f.key, "must list at least one endpoint");
    }
    let mut tables: Vec<&str> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let prefix = format!("{}[{i}]", k.path(f.key));
        if !item.is_object() {
            k.details
                .push(crate::error::Detail::new(prefix, "must be an object"));
            continue;
        }
        let mut e = Check::nested(item, &prefix);
        if let Some(p) = e.string("path", true)
            && !p.starts_with('/')
        {
            e.fail("path", "must start with /");
        }
        if let Some(t) = e.string("table", true) {
            if !valid_table(&t) {
                e.fail("table", "must match ^[a-z][a-z0-9_]{0,254}$");
            } else if tables.contains(&item["table"].as_str().unwrap_or_default()) {
                e.fail("table", "is used by another endpoint");
            }
        }
        if let Some(t) = item["table"].as_str() {
            tables.push(t);
        }
        e.string("records_path", false);
        e.only(&["path", "table", "records_path"], &[]);
        k.absorb(e);
    }
}

pub fn valid_table(t: &str) -> bool {
    let b = t.as_bytes();
    !b.is_empty()
        && b.len() <= 255
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
}

fn valid_host(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

fn valid_url(s: &str, https_only: bool) -> bool {
    let rest = match s.split_once("://") {
        Some(("https", rest)) => rest,
        Some(("http", rest)) if !https_only => rest,
        _ => return false,
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once(':').map(|(h, _)| h).unwrap_or(host);
    valid_host(host)
}

/// The byte a `delimiter`/`quote` option stands for (`\t` written out is a tab).
pub fn parse_char(s: &str) -> Option<u8> {
    match s {
        "\\t" | "\t" => Some(b'\t'),
        _ => {
            let b = s.as_bytes();
            (b.len() == 1
                && b[0].is_ascii()
                && !b[0].is_ascii_alphanumeric()
                && !matches!(b[0], b'\n' | b'\r'))
            .then(|| b[0])
        }
    }
}

/// The host a connector talks to, for the simulated reachability rule (secrets inline).
pub fn host_of(config: &Value) -> Option<String> {
    if let Some(h) = config["host"].as_str().or(config["shop_domain"].as_str()) {
        return Some(h.to_string());
    }
    let url = ["instance_url", "base_url", "connection_uri"]
        .iter()
        .find_map(|k| config[*k].as_str())?;
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or(authority);
    Some(
        host.rsplit_once(':')
            .map(|(h, _)| h)
            .unwrap_or(host)
            .to_string(),
    )
}
