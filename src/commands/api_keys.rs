//! `rime api-keys`: a project's API keys for scripts and CI; `create` and `rotate` show the
//! secret exactly once.

use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::context::Context;
use crate::error::HintExt;
use crate::output::ColumnKind::{Text, Time};
use crate::output::terminal_safe;
use crate::registry::prelude::*;

pub static API_KEYS: Kind = Kind {
    lookup: Lookup::List,
    columns: &[
        NAME,
        col("PREFIX", "prefix", Text),
        col("ROLE", "role", Text),
        CREATED,
        col("LAST USED", "last_used_at", Time),
        col("EXPIRES", "expires_at", Time),
        ID,
    ],
    fields: &[
        ro("id"),
        fixed("name"),
        ro("prefix"),
        fixed("role"),
        ro("project_id"),
        ro("created_at"),
        ro("created_by"),
        ro("last_used_at"),
        ro("expires_at"),
        // Returned once, by create: the only response that carries it.
        ro("secret"),
    ],
    verbs: &[
        list("List the project's API keys (never their secrets)"),
        get("Show one API key (never its secret)"),
        create("Create an API key and print its secret, once"),
        delete("Revoke an API key: anything using it gets 401 from then on")
            .named("revoke")
            .note("; anything using it stops working"),
    ],
    ..Kind::project("api_key", "ApiKey")
        .said("API key", "API keys")
        .at("api-keys", "api-keys")
        .known_by(&["name"], "key_", ("KEY", "Key name or id"))
};

pub struct ApiKeys;

impl Declared for ApiKeys {
    const KIND: &'static Kind = &API_KEYS;
    type Parts = Parts<NoArgs, ApiKeysCreateArgs, NoArgs, KeyVerbs>;

    async fn create(ctx: &Context, scope: &Scope, a: ApiKeysCreateArgs) -> anyhow::Result<()> {
        mint(ctx, scope, a.body(ctx, scope).await?).await.map(drop)
    }
}

/// Creates a key and shows its secret once: alone when a script captures stdout.
async fn mint(ctx: &Context, scope: &Scope, body: Value) -> anyhow::Result<Value> {
    let key = verbs::post(ctx, &API_KEYS, scope, body).await?;
    ctx.out.status(&format!(
        "created API key {} with role {}",
        API_KEYS.label(&key),
        terminal_safe(key["role"].as_str().unwrap_or("?"))
    ));
    let secret = key["secret"].as_str().unwrap_or_default();
    ctx.out.bare_or_object(secret, &key, &API_KEYS.spec())?;
    ctx.out.warn(
        "this is the only time the secret is shown: store it now, it cannot be retrieved again",
    );
    Ok(key)
}

#[derive(Subcommand, Debug)]
pub enum KeyVerbs {
    /// Replace a key: a new one with the same role and lifetime (its secret printed once), then
    /// the old one revoked
    #[command(
        after_help = "The API has no rotation of its own: rime creates the new key, then revokes the old one.
Names are unique in a project, so the new key is named after the old one and the time
(ci → ci-202612030915) unless --name says otherwise. Should the revoke fail, the new key is kept
and the error gives the command that revokes the old one."
    )]
    Rotate(RotateArgs),
}

#[derive(Args, Debug)]
pub struct RotateArgs {
    #[command(flatten)]
    pub key: Item<ApiKeys>,
    /// The new key's name (default: the old name and the time, UTC)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

impl Extra for KeyVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        let KeyVerbs::Rotate(a) = self;
        rotate(ctx, a).await
    }
}

/// Create-then-revoke: the old key works until the new one exists.
async fn rotate(ctx: &Context, a: RotateArgs) -> anyhow::Result<()> {
    let placed = a.key.place(ctx).await?;
    let target = placed.target();
    let old = target.found(ctx).await?.clone();
    let old_id = old["id"].as_str().unwrap_or_default().to_string();
    let label = API_KEYS.label(&old);
    ctx.confirm(&format!(
        "rotate API key {label}: a new key replaces it and anything using it stops working"
    ))?;
    let now = jiff::Timestamp::now();
    let name = match a.name {
        Some(n) => n,
        None => successor(old["name"].as_str().unwrap_or("key"), now),
    };
    let mut body = json!({"name": name, "role": old["role"]});
    if let Some(days) = lifetime_days(&old) {
        body["expires_in_days"] = Value::from(days);
    }
    mint(ctx, &placed.scope, body).await?;
    let path = target.path(ctx).await?;
    let revoked = ctx.client().await?.delete(&path).await;
    if revoked.is_err() {
        let project = ctx.project_id().await?;
        return revoked.hint(
            format!("the new key exists, but the old API key {label} could not be revoked"),
            format!("revoke it with `rime api-keys revoke {old_id} -p {project} --yes`"),
        );
    }
    ctx.out.status(&format!("revoked the old API key {label}"));
    Ok(())
}

/// The new key's name: the old one's (without an earlier rotation's time) and the time, within
/// the 64 characters a name may have.
fn successor(old: &str, now: jiff::Timestamp) -> String {
    let base = match old.rsplit_once('-') {
        Some((b, t)) if t.len() == 12 && t.bytes().all(|c| c.is_ascii_digit()) => b,
        _ => old,
    };
    let stamp = now.strftime("%Y%m%d%H%M").to_string();
    let base: String = base.chars().take(64 - 1 - stamp.len()).collect();
    format!("{base}-{stamp}")
}

/// How many days the old key was issued for (its `expires_in_days`), none when it never expires.
fn lifetime_days(key: &Value) -> Option<i64> {
    let at = |f: &str| key[f].as_str()?.parse::<jiff::Timestamp>().ok();
    let secs = at("expires_at")?.as_second() - at("created_at")?.as_second();
    Some(((secs + 43_200) / 86_400).clamp(1, 365))
}

#[derive(Args, Debug)]
#[command(
    after_help = "The secret is printed once and cannot be retrieved again. When standard output is not a
terminal, the default output is the secret alone:
  KEY=$(rime api-keys create --name ci --role editor -p sales)
  rime api-keys create --name ci -o json | jq -r .secret
The name may also come first, without --name: `rime api-keys create ci`."
)]
pub struct ApiKeysCreateArgs {
    /// A name, unique in the project
    #[arg(
        long = "name",
        id = "name_flag",
        value_name = "NAME",
        conflicts_with = "name"
    )]
    pub name_flag: Option<String>,
    /// The same as --name (kept for scripts that give the name first)
    #[arg(
        value_name = "NAME",
        required_unless_present = "name_flag",
        hide = true
    )]
    pub name: Option<String>,
    /// What the key may do in its project
    #[arg(long, default_value = "viewer", value_parser = PossibleValuesParser::new(["editor", "viewer"]))]
    pub role: String,
    /// Days until the key expires (1-365); without it the key never expires
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u16).range(1..=365))]
    pub expires_in_days: Option<u16>,
}

impl Body for ApiKeysCreateArgs {
    async fn body(&self, _: &Context, _: &Scope) -> anyhow::Result<Value> {
        let name = self.name_flag.as_ref().or(self.name.as_ref());
        let mut body = json!({"name": name, "role": self.role});
        if let Some(days) = self.expires_in_days {
            body["expires_in_days"] = Value::from(days);
        }
        Ok(body)
    }
}

#[cfg(test)]
mod tests {
    use super::{lifetime_days, successor};
    use serde_json::json;

    #[test]
    fn a_rotated_key_is_named_after_the_old_one_and_lives_as_long() {
        let now: jiff::Timestamp = "2026-12-03T09:15:00Z".parse().unwrap();
        assert_eq!(successor("ci", now), "ci-202612030915");
        assert_eq!(successor("ci-202611010800", now), "ci-202612030915");
        assert_eq!(successor("deploy-2026", now), "deploy-2026-202612030915");
        assert_eq!(successor(&"x".repeat(64), now).chars().count(), 64);
        let key =
            |exp: Option<&str>| json!({"created_at": "2026-11-01T10:00:00Z", "expires_at": exp});
        assert_eq!(lifetime_days(&key(Some("2026-12-01T10:00:03Z"))), Some(30));
        assert_eq!(lifetime_days(&key(None)), None);
    }
}
