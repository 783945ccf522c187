//! Checking connector config against the catalogue (the `rime-catalogue` crate, shared with the CLI).

use rime_catalogue::CsvDefault;
use serde_json::{Value, json};

use crate::body::Check;

pub use rime_catalogue::{Field, Kind, TypeDef, auth_fields, find};

pub fn type_names() -> Vec<&'static str> {
    rime_catalogue::names().collect()
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
    let Some(c) = config.as_object_mut() else {
        return;
    };
    for (key, default) in rime_catalogue::CSV_DEFAULTS {
        c.entry(key.to_string()).or_insert_with(|| match default {
            CsvDefault::Text(s) => json!(s),
            CsvDefault::Int(n) => json!(n),
            CsvDefault::EmptyList => json!([]),
        });
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
        let csv_only = rime_catalogue::CSV_DEFAULTS.iter().map(|(k, _)| k);
        for key in csv_only.filter(|key| present(config, key)) {
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
    let methods: Vec<&str> = rime_catalogue::AUTH_METHODS
        .iter()
        .map(|(m, _)| *m)
        .collect();
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
