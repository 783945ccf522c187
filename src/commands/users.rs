//! `rime users`: the tenant's users by email or id; invite, suspend, activate, revoke sessions.

use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::flags::{Fields, Flag, FlagTable, text};
use crate::context::Context;
use crate::http::{Method, Request};
use crate::output::ColumnKind::{Status, Text, Time};
use crate::registry::prelude::*;

/// The contract's roles.
pub const ROLES: [&str; 4] = ["admin", "editor", "viewer", "governance_admin"];

pub static USERS: Kind = Kind {
    fold_case: true,
    columns: &[
        col("EMAIL", "email", Text),
        col("FIRST NAME", "first_name", Text),
        col("LAST NAME", "last_name", Text),
        col("ROLE", "role", Text),
        col("STATUS", "status", Status),
        col("LAST LOGIN", "last_login_at", Time),
        ID,
    ],
    fields: &[
        ro("id"),
        fixed("email"),
        field("first_name"),
        field("last_name"),
        field("role"),
        field("status"),
        ro("last_login_at"),
        ro("created_at"),
        ro("updated_at"),
    ],
    verbs: &[
        list("List the tenant's users"),
        get("Show one user"),
        create("Invite a user by email (they start as `invited`)").named("invite"),
        update("Change a user's name or role"),
        delete("Delete a user and end their sessions").note(" (their sessions end at once)"),
    ],
    ..Kind::tenant("user", "User")
        .said("user", "users")
        .at("users", "users")
        .known_by(&["email"], "usr_", ("USER", "Email or user id"))
};

pub struct Users;

impl Declared for Users {
    const KIND: &'static Kind = &USERS;
    type Parts = Parts<UsersFilters, UsersInviteArgs, Fields<UserFlags>, UserVerbs>;
}

#[derive(Subcommand, Debug)]
pub enum UserVerbs {
    /// Suspend a user: they cannot log in, and their sessions end
    Suspend(UserArg),
    /// Re-activate a suspended (or invited) user
    Activate(UserArg),
    /// End every session of a user (they must log in again)
    RevokeSessions(UserArg),
}

#[derive(Args, Debug)]
pub struct UsersFilters {
    /// Only users with this role
    #[arg(long, value_parser = PossibleValuesParser::new(ROLES))]
    pub role: Option<String>,
    /// Only users in this state
    #[arg(long, value_parser = PossibleValuesParser::new(["invited", "active", "suspended"]))]
    pub status: Option<String>,
}

impl Filters for UsersFilters {
    fn plain(&self) -> Vec<(String, String)> {
        query_of([("role", &self.role), ("status", &self.status)])
    }
}

#[derive(Args, Debug)]
pub struct UserArg {
    /// Email or user id
    pub user: String,
}

pub struct UserFlags;

impl FlagTable for UserFlags {
    const FLAGS: &'static [Flag] = &[
        text("first_name", "FIRST_NAME", "First name").named("first-name"),
        text("last_name", "LAST_NAME", "Last name").named("last-name"),
        text("role", "ROLE", "Role").one_of(&ROLES),
    ];
}

#[derive(Args, Debug)]
#[command(after_help = "Example:
  rime users invite ana@acme.co.nz --first-name Ana --last-name Silva --role editor")]
pub struct UsersInviteArgs {
    /// The new user's email
    pub email: String,
    #[command(flatten)]
    pub flags: Fields<UserFlags>,
}

impl Body for UsersInviteArgs {
    async fn body(&self, _: &Context, _: &Scope) -> anyhow::Result<Value> {
        let email = Value::String(self.email.clone());
        self.flags.build_with(vec![("email", Some(email))])
    }
}

impl Extra for UserVerbs {
    async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        match self {
            UserVerbs::Suspend(a) => set_status(ctx, &a.user, "suspended").await,
            UserVerbs::Activate(a) => set_status(ctx, &a.user, "active").await,
            UserVerbs::RevokeSessions(a) => {
                let target = Target::new(&USERS, Scope::top(), &a.user);
                let path = target.path(ctx).await?.seg("sessions").seg("revoke");
                let mut req = Request::new(Method::POST, path);
                req.expect_json = false;
                ctx.client()
                    .await?
                    .send(req)
                    .await
                    .map_err(|e| e.context("could not revoke the user's sessions"))?;
                ctx.out.status(&format!(
                    "ended every session of user {}; they must log in again",
                    USERS.label(target.found(ctx).await?)
                ));
                Ok(())
            }
        }
    }
}

async fn set_status(ctx: &Context, user: &str, status: &str) -> anyhow::Result<()> {
    let target = Target::new(&USERS, Scope::top(), user);
    verbs::update(ctx, &target, json!({ "status": status }))
        .await
        .map(drop)
}
