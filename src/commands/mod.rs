//! One module per noun; `dispatch` matches the parsed command to its async function.

pub mod api;
pub mod api_keys;
pub mod as_code;
pub mod audit;
pub mod auth;
pub mod completion;
pub mod connectors;
pub mod doctor;
pub mod flags;
pub mod format;
pub mod governance;
pub mod infrastructure;
pub mod input;
pub mod kinds;
pub mod monitoring;
pub mod pipelines;
pub mod profile;
pub mod projects;
pub mod sandbox;
pub mod schedule;
pub mod secrets;
pub mod tenant;
pub mod transformations;
pub mod users;
pub mod wait;

use crate::cli::Command;
use crate::context::Context;
use crate::error::CliError;
use crate::registry::Lazy;

/// Runs a command. Commands that need no API (profiles, completion) never start a runtime.
pub fn dispatch(ctx: &Context, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Profile(Lazy(a)) => profile::run(ctx, a),
        Command::Completion(Lazy(a)) => completion::run(ctx, a),
        Command::Format(Lazy(a)) => format::run(ctx, a),
        Command::Schema(Lazy(a)) => as_code::schema::run(ctx, a),
        other => block_on(ctx, run_async(ctx, other)),
    }
}

async fn run_async(ctx: &Context, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Projects(v) => v.run(ctx).await,
        Command::Pipelines(a) => pipelines::run(ctx, a).await,
        Command::Connectors(v) => v.run(ctx).await,
        Command::Tenant(v) => v.run(ctx).await,
        Command::Transformations(a) => transformations::run(ctx, a).await,
        Command::Infrastructure(Lazy(a)) => infrastructure::run(ctx, a).await,
        Command::Auth(Lazy(a)) => auth::run(ctx, a).await,
        Command::Users(v) => v.run(ctx).await,
        Command::ApiKeys(v) => v.run(ctx).await,
        Command::Doctor(Lazy(a)) => doctor::run(ctx, a).await,
        Command::Api(Lazy(a)) => api::run(ctx, a).await,
        Command::Monitoring(Lazy(a)) => monitoring::run(ctx, a).await,
        Command::Governance(Lazy(a)) => governance::run(ctx, a).await,
        Command::Audit(v) => v.run(ctx).await,
        Command::Sandbox(Lazy(a)) => sandbox::run(ctx, a).await,
        Command::Export(Lazy(a)) => as_code::export::run(ctx, a).await,
        Command::Diff(Lazy(a)) => as_code::diff(ctx, a).await,
        Command::Apply(Lazy(a)) => as_code::apply(ctx, a).await,
        Command::Profile(_) | Command::Completion(_) | Command::Format(_) | Command::Schema(_) => {
            unreachable!("dispatched without a runtime")
        }
    }
}

/// A single-threaded runtime (cheapest to start); Ctrl-C, SIGTERM or SIGHUP ends the command
/// with exit 130, 143 or 129 and whatever the command said to tell the user (a resume cursor, a
/// re-attach command).
fn block_on(ctx: &Context, fut: impl Future<Output = anyhow::Result<()>>) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let who = crate::error::Audience {
        profile: ctx.profile().to_string(),
        color: ctx.out.color_stderr(),
        ..Default::default()
    };
    crate::http::watchdog(move |stop| {
        let e = CliError::Interrupted {
            what: stop.message(),
            code: stop.exit_code(),
            resume: None,
            detached: false,
        };
        let _ = crate::error::report(&e.into(), &who);
        std::process::exit(i32::from(stop.exit_code()));
    });
    rt.block_on(async {
        let mut stops = crate::http::Stops::listen()?;
        let mut fut = std::pin::pin!(fut);
        let stop = loop {
            tokio::select! {
                r = &mut fut => return r,
                stop = stops.next() => if !crate::http::stops_itself() && !ctx.handles_ctrl_c() {
                    break stop;
                },
            }
        };
        // A token refresh in flight is driven on until its new tokens are stored (abandoning it
        // would end the session); a second stop signal does not wait.
        while crate::http::in_critical_section() {
            tokio::select! {
                _ = &mut fut => break,
                _ = stops.next() => break,
                _ = tokio::time::sleep(std::time::Duration::from_millis(10)) => {}
            }
        }
        Err(CliError::Interrupted {
            what: stop.message(),
            code: stop.exit_code(),
            resume: ctx.interrupt_hint(),
            detached: ctx.is_detaching(),
        }
        .into())
    })
}
