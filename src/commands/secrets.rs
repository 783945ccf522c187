//! One convention for every secret a command takes: `--secret KEY=-` (standard input) or `--secret KEY=@FILE`.
//!
//! A value on the command line is refused (argv is visible to every user of the machine and
//! lands in shell history). Old spellings (`--password-stdin`, `--with-token`, `--secret-stdin`,
//! `--secret-file F`) become the same `KEY=-` / `KEY=@F` here, so every command reads, trims and
//! refuses alike. A required secret that is missing is asked for (hidden) on a terminal; with no
//! one to ask (`--no-input`, no TTY, CI) it fails before any request, naming the flag (exit 2).

use std::io::Read;

use serde_json::Value;

use super::input::{MAX_INPUT, read_text, set_path};
use crate::context::Context;
use crate::error::CliError;
use crate::output::terminal_safe;
use crate::registry::Kind;

/// What `--secret` takes, for `value_name`.
pub const VALUE_NAME: &str = "KEY=-|@FILE";

/// A secret's value, with the key it was given for.
#[derive(Debug)]
pub struct Secret {
    pub key: String,
    pub value: String,
}

/// Reads every `--secret KEY=-|@FILE`; only one may read standard input. `keys` are the keys
/// the command takes (empty: any dotted key); another key is refused naming them.
pub fn read(specs: &[String], keys: &[&str]) -> Result<Vec<Secret>, CliError> {
    let mut stdin_used = false;
    let mut out: Vec<Secret> = Vec::new();
    for spec in specs {
        let (key, source) = parse(spec)?;
        if !keys.is_empty() && !keys.contains(&key) {
            return Err(CliError::Usage(format!(
                "`--secret {}=…`: this command takes a secret for {}",
                terminal_safe(key),
                keys.join(", ")
            )));
        }
        if out.iter().any(|s| s.key == key) {
            return Err(CliError::Usage(format!("`--secret {key}` is given twice")));
        }
        let text = if source == "-" || source == "@-" {
            if std::mem::replace(&mut stdin_used, true) {
                return Err(CliError::Usage(
                    "only one --secret can read standard input; use KEY=@FILE for the others"
                        .into(),
                ));
            }
            let mut s = String::new();
            std::io::stdin()
                .lock()
                .take(MAX_INPUT)
                .read_to_string(&mut s)
                .map_err(|e| CliError::Usage(format!("cannot read standard input: {e}")))?;
            s
        } else {
            read_text(&source[1..])?.1
        };
        let value = text.trim_end_matches(['\n', '\r']).to_string();
        if value.is_empty() {
            return Err(CliError::Usage(if source.ends_with('-') {
                format!("no {key} on standard input")
            } else {
                format!("the secret for `{key}` is empty")
            }));
        }
        out.push(Secret {
            key: key.to_string(),
            value,
        });
    }
    Ok(out)
}

/// `KEY=-` or `KEY=@FILE` → (key, `-` or `@FILE`); a plain value is refused.
fn parse(spec: &str) -> Result<(&str, &str), CliError> {
    let Some((key, source)) = spec.split_once('=') else {
        // Not echoed: a value typed without its key would be the secret itself.
        return Err(CliError::Usage(
            "`--secret` must be KEY=- (standard input) or KEY=@FILE".into(),
        ));
    };
    let key = key.trim();
    if key.is_empty() || key.split('.').any(str::is_empty) {
        return Err(CliError::Usage(
            "`--secret` needs a key, e.g. --secret password=-".into(),
        ));
    }
    if source == "-" || (source.starts_with('@') && source.len() > 1) {
        Ok((key, source))
    } else {
        Err(on_argv(key))
    }
}

/// The error for a secret typed into a flag.
pub fn on_argv(key: &str) -> CliError {
    let key = terminal_safe(key);
    CliError::Usage(format!(
        "`{key}` is a secret and is never taken from the command line: use --secret {key}=- (standard input) or --secret {key}=@FILE"
    ))
}

/// An old spelling's stdin flag as the convention spells it: `--password-stdin` → `password=-`.
pub fn stdin_alias(given: bool, key: &str) -> Option<String> {
    given.then(|| format!("{key}=-"))
}

/// An old spelling's file flag as the convention spells it: `--secret-file F` → `KEY=@F`.
pub fn file_alias(file: Option<&str>, key: &str) -> Option<String> {
    file.map(|f| format!("{key}=@{f}"))
}

/// `--secret` for a kind's write-only fields below `under` (a project's `settings`): each key is
/// one of them, relative to `under` (`snowflake.password`). `--set` of one is refused unless it
/// reads a file (`--set settings.snowflake.password=@FILE`, the spelling kept from before).
pub fn apply(
    body: &mut Value,
    specs: &[String],
    sets: &[String],
    kind: &Kind,
    under: &str,
) -> Result<(), CliError> {
    let prefix = format!("{under}.");
    let paths = kind.secrets();
    let keys: Vec<&str> = paths
        .iter()
        .filter_map(|p| p.strip_prefix(&prefix))
        .collect();
    for s in sets {
        let (path, value) = s.split_once('=').unwrap_or((s, ""));
        let path = path.trim();
        if paths.iter().any(|p| p == path) && !value.starts_with('@') {
            return Err(on_argv(path.strip_prefix(&prefix).unwrap_or(path)));
        }
    }
    for s in read(specs, &keys)? {
        set_path(body, &format!("{prefix}{}", s.key), Value::String(s.value))?;
    }
    Ok(())
}

/// A required secret not given: asked for (hidden) on a terminal; with no one to ask, the
/// error naming the flag, before any request. `what` is how a person calls it ("SMTP password").
pub fn required(ctx: &Context, key: &str, what: &str) -> Result<String, CliError> {
    if !ctx.interactive {
        return Err(missing(key, what));
    }
    let value = ctx
        .out
        .secret(&format!("{what}: "))
        .map_err(|e| CliError::Usage(format!("cannot read the {what}: {e}")))?;
    if value.is_empty() {
        return Err(CliError::Usage(format!("no {what} given")));
    }
    Ok(value)
}

/// The error for a required secret that nobody can be asked for.
pub fn missing(key: &str, what: &str) -> CliError {
    let key = terminal_safe(key);
    CliError::Usage(format!(
        "the {what} is required and there is no terminal to ask for it: give --secret {key}=- (standard input) or --secret {key}=@FILE"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_stdin_or_a_file_and_never_a_value() {
        assert_eq!(parse("password=-").unwrap(), ("password", "-"));
        assert_eq!(
            parse(" auth.token =@t.txt").unwrap(),
            ("auth.token", "@t.txt")
        );
        for bad in ["password=hunter2", "password=@", "password", "=-", "a..b=-"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let e = parse("password=hunter2").unwrap_err().to_string();
        assert!(!e.contains("hunter2"), "the value is never echoed: {e}");
        assert!(e.contains("--secret password=-"), "{e}");
        assert_eq!(stdin_alias(true, "token").as_deref(), Some("token=-"));
        assert_eq!(
            file_alias(Some("k.txt"), "secret").as_deref(),
            Some("secret=@k.txt")
        );
        assert!(read(&["other=@x".into()], &["password"]).is_err());
    }
}
