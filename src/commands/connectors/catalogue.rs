//! The connector catalogue (the `rime-catalogue` crate) as the CLI uses it: `connectors types`,
//! typed `--config` values and prompts for missing secrets.

use rime_catalogue::{AUTH_METHODS, Field, Kind, TypeDef};
use serde_json::{Value, json};

pub use rime_catalogue::{TYPES, find, is_secret, names};

/// One config key as the CLI sees it: dotted (`auth.token`), with how `--config` types it.
struct Key {
    key: String,
    kind: Kind,
    required: bool,
    secret: bool,
}

fn key(prefix: &str, f: &Field) -> Key {
    Key {
        key: format!("{prefix}{}", f.key),
        kind: f.kind,
        required: f.required,
        secret: f.is_secret(),
    }
}

/// A type's keys; `auth` stands for `auth.method` (its method's keys are listed apart).
fn keys(t: &TypeDef) -> Vec<Key> {
    t.fields
        .iter()
        .map(|f| match f.kind {
            Kind::Auth => Key {
                key: "auth.method".into(),
                kind: Kind::Text,
                ..key("", f)
            },
            _ => key("", f),
        })
        .collect()
}

/// Every `auth.*` key of every method, for `rest_api`.
fn auth_keys() -> impl Iterator<Item = (&'static str, Key)> {
    AUTH_METHODS
        .iter()
        .flat_map(|(m, fs)| fs.iter().map(move |f| (*m, key("auth.", f))))
}

/// The JSON value of `--config key=value`, by the key's kind (unknown keys: typed guess).
pub fn value_for(t: Option<&TypeDef>, key: &str, raw: &str) -> Value {
    let kind = t.and_then(|t| {
        let auth = (t.name == "rest_api").then(auth_keys).into_iter().flatten();
        keys(t)
            .into_iter()
            .chain(auth.map(|(_, k)| k))
            .find(|k| k.key == key)
            .map(|k| k.kind)
    });
    match kind {
        Some(Kind::Port | Kind::Count) => raw
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
        Some(Kind::List | Kind::Endpoints | Kind::Auth) => {
            serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.into()))
        }
        Some(_) => Value::String(raw.to_string()),
        None => crate::commands::input::typed(raw),
    }
}

/// Required secrets missing from `config`, as dotted keys (for hidden prompts on a terminal).
pub fn missing_secrets(t: &TypeDef, config: &Value) -> Vec<String> {
    let has = |key: &str| {
        config
            .pointer(&format!("/{}", key.replace('.', "/")))
            .is_some_and(|v| !v.is_null())
    };
    let mut out: Vec<String> = keys(t)
        .into_iter()
        .filter(|k| k.secret && k.required && !has(&k.key))
        .map(|k| k.key)
        .collect();
    if !t.one_of.is_empty() && !t.one_of.iter().any(|k| has(k)) {
        out.push(t.one_of[0].to_string());
    }
    if t.name == "rest_api" {
        let method = config["auth"]["method"].as_str().unwrap_or("");
        out.extend(
            auth_keys()
                .filter(|(m, k)| *m == method && k.secret && k.required && !has(&k.key))
                .map(|(_, k)| k.key),
        );
    }
    out
}

/// One row of `connectors types`.
pub fn describe(t: &TypeDef) -> Value {
    let all = keys(t);
    let pick = |want: &dyn Fn(&Key) -> bool| -> Vec<String> {
        all.iter()
            .filter(|k| want(k))
            .map(|k| k.key.clone())
            .collect()
    };
    let mut secrets = pick(&|k| k.secret && k.required);
    if !t.one_of.is_empty() {
        secrets.push(t.one_of.join(" | "));
    }
    let mut required = pick(&|k| k.required && !k.secret);
    let mut optional = pick(&|k| !k.required && !k.secret);
    if t.name == "rest_api" {
        for (method, k) in auth_keys() {
            let label = format!("{} ({method})", k.key);
            match (k.secret, k.required) {
                (true, _) => secrets.push(label),
                (false, true) => required.push(label),
                (false, false) => optional.push(label),
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
