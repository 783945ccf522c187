//! `rime users`: list, get, invite, update, suspend, activate, delete, revoke-sessions (email or id).

use clap::builder::PossibleValuesParser;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::input::BodyArgs;
use super::resource::{self, Resource, Seg};
use crate::cli::PageArgs;
use crate::context::Context;
use crate::http::{Method, Request};
use crate::output::{Column, ColumnKind};

/// The contract's roles.
pub const ROLES: [&str; 4] = ["admin", "editor", "viewer", "governance_admin"];

pub const USERS: Resource = Resource {
    kind: "user",
    command: "users",
    path: &[Seg::Lit("users")],
    columns: &[
        Column {
            header: "EMAIL",
            path: "email",
            kind: ColumnKind::Text,
        },
        Column {
            header: "FIRST NAME",
            path: "first_name",
            kind: ColumnKind::Text,
        },
        Column {
            header: "LAST NAME",
            path: "last_name",
            kind: ColumnKind::Text,
        },
        Column {
            header: "ROLE",
            path: "role",
            kind: ColumnKind::Text,
        },
        Column {
            header: "STATUS",
            path: "status",
            kind: ColumnKind::Status,
        },
        Column {
            header: "LAST LOGIN",
            path: "last_login_at",
            kind: ColumnKind::Time,
        },
        Column {
            header: "ID",
            path: "id",
            kind: ColumnKind::Text,
        },
    ],
    fields: &[
        "id",
        "email",
        "first_name",
        "last_name",
        "role",
        "status",
        "last_login_at",
        "created_at",
        "updated_at",
    ],
    name_fields: &["email"],
    id_prefix: "usr_",
};

#[derive(Args, Debug)]
pub struct UsersArgs {
    #[command(subcommand)]
    pub command: UsersCommand,
}

#[derive(Subcommand, Debug)]
pub enum UsersCommand {
    /// List the tenant's users
    #[command(visible_alias = "ls")]
    List(UsersListArgs),
    /// Show one user
    Get(UserArg),
    /// Invite a user by email (they start as `invited`)
    Invite(UsersInviteArgs),
    /// Change a user's name or role
    Update(UsersUpdateArgs),
    /// Suspend a user: they cannot log in, and their sessions end
    Suspend(UserArg),
    /// Re-activate a suspended (or invited) user
    Activate(UserArg),
    /// Delete a user and end their sessions
    #[command(visible_alias = "rm")]
    Delete(UserArg),
    /// End every session of a user (they must log in again)
    RevokeSessions(UserArg),
}

#[derive(Args, Debug)]
pub struct UsersListArgs {
    /// Only users with this role
    #[arg(long, value_parser = PossibleValuesParser::new(ROLES))]
    pub role: Option<String>,
    /// Only users in this state
    #[arg(long, value_parser = PossibleValuesParser::new(["invited", "active", "suspended"]))]
    pub status: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Args, Debug)]
pub struct UserArg {
    /// Email or user id
    pub user: String,
}

#[derive(Args, Debug)]
pub struct UserFlags {
    /// First name
    #[arg(long)]
    pub first_name: Option<String>,
    /// Last name
    #[arg(long)]
    pub last_name: Option<String>,
    /// Role
    #[arg(long, value_parser = PossibleValuesParser::new(ROLES))]
    pub role: Option<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

#[derive(Args, Debug)]
#[command(after_help = "Example:
  rime users invite ana@acme.co.nz --first-name Ana --last-name Silva --role editor")]
pub struct UsersInviteArgs {
    /// The new user's email
    pub email: String,
    #[command(flatten)]
    pub flags: UserFlags,
}

#[derive(Args, Debug)]
pub struct UsersUpdateArgs {
    /// Email or user id
    pub user: String,
    #[command(flatten)]
    pub flags: UserFlags,
}

impl UserFlags {
    fn body(&self, extra: Vec<(&str, Option<Value>)>) -> anyhow::Result<Value> {
        let text = |v: &Option<String>| v.clone().map(Value::String);
        let mut flags = extra;
        flags.extend([
            ("first_name", text(&self.first_name)),
            ("last_name", text(&self.last_name)),
            ("role", text(&self.role)),
        ]);
        Ok(self.body.build(flags)?)
    }
}

/// Emails are stored lower-case; accept them as typed.
fn user_ref(s: &str) -> String {
    if s.contains('@') {
        s.to_ascii_lowercase()
    } else {
        s.to_string()
    }
}

pub async fn run(ctx: &Context, args: UsersArgs) -> anyhow::Result<()> {
    match args.command {
        UsersCommand::List(a) => {
            let mut filters = Vec::new();
            if let Some(r) = a.role {
                filters.push(("role".to_string(), r));
            }
            if let Some(s) = a.status {
                filters.push(("status".to_string(), s));
            }
            resource::list(ctx, &USERS, &[], filters, &a.page).await
        }
        UsersCommand::Get(a) => resource::get(ctx, &USERS, &[], &user_ref(&a.user)).await,
        UsersCommand::Invite(a) => {
            let body = a
                .flags
                .body(vec![("email", Some(Value::String(a.email.clone())))])?;
            resource::create(ctx, &USERS, &[], body).await.map(drop)
        }
        UsersCommand::Update(a) => {
            let patch = a.flags.body(Vec::new())?;
            resource::update(ctx, &USERS, &[], &user_ref(&a.user), patch)
                .await
                .map(drop)
        }
        UsersCommand::Suspend(a) => set_status(ctx, &a.user, "suspended").await,
        UsersCommand::Activate(a) => set_status(ctx, &a.user, "active").await,
        UsersCommand::Delete(a) => {
            resource::delete(
                ctx,
                &USERS,
                &[],
                &user_ref(&a.user),
                " (their sessions end at once)",
            )
            .await
        }
        UsersCommand::RevokeSessions(a) => {
            let user = USERS.find(ctx, &[], &user_ref(&a.user)).await?;
            let id = user["id"].as_str().unwrap_or_default();
            let path = USERS
                .item_path(ctx, &[], id)
                .await?
                .seg("sessions")
                .seg("revoke");
            let mut req = Request::new(Method::POST, path);
            req.expect_json = false;
            ctx.client()
                .await?
                .send(req)
                .await
                .map_err(|e| e.context("could not revoke the user's sessions"))?;
            ctx.out.status(&format!(
                "ended every session of user {}; they must log in again",
                USERS.label(&user)
            ));
            Ok(())
        }
    }
}

async fn set_status(ctx: &Context, user: &str, status: &str) -> anyhow::Result<()> {
    resource::update(
        ctx,
        &USERS,
        &[],
        &user_ref(user),
        json!({ "status": status }),
    )
    .await
    .map(drop)
}
