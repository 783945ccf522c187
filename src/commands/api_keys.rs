//! `rime api-keys`: a project's API keys for scripts and CI; `create` shows the secret exactly once.

use clap::Args;
use clap::builder::PossibleValuesParser;
use serde_json::{Value, json};

use crate::context::Context;
use crate::output::ColumnKind::{Text, Time};
use crate::output::{col, terminal_safe};
use crate::registry::{
    Body, Kind, Lookup, NoArgs, NoVerbs, Noun, Scope, create, delete, fixed, get, list, ro,
};

pub static API_KEYS: Kind = Kind {
    name: "api_key",
    singular: "API key",
    plural: "API keys",
    command: "api-keys",
    path: "api-keys",
    schema: "ApiKey",
    names: &["name"],
    id_prefix: "key_",
    lookup: Lookup::List,
    arg: ("KEY", "Key name or id"),
    columns: &[
        col("NAME", "name", Text),
        col("PREFIX", "prefix", Text),
        col("ROLE", "role", Text),
        col("CREATED", "created_at", Time),
        col("LAST USED", "last_used_at", Time),
        col("EXPIRES", "expires_at", Time),
        col("ID", "id", Text),
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
    ..Kind::BASE
};

pub struct ApiKeys;

impl Noun for ApiKeys {
    const KIND: &'static Kind = &API_KEYS;
    type Filters = NoArgs;
    type Create = ApiKeysCreateArgs;
    type Update = NoArgs;
    type Extra = NoVerbs;

    /// The secret is shown once: alone when a script captures stdout.
    async fn create(ctx: &Context, scope: &Scope, a: ApiKeysCreateArgs) -> anyhow::Result<()> {
        let body = a.body(ctx, scope).await?;
        let path = API_KEYS.collection(ctx, scope).await?;
        let key = ctx
            .client()
            .await?
            .post(&path, body)
            .await
            .map_err(|e| e.context("could not create the API key"))?;
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
        Ok(())
    }
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
