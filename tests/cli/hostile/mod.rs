//! Hostile input: broken and malicious servers, terminal tricks, leaked secrets, unsafe transport,
//! damaged local files and bad user input — each must end in a clear error, never a crash, a hang,
//! a leak or a damaged file.

mod config_files;
mod core_dumps;
mod debug_redaction;
mod expiry;
mod files;
mod input;
mod limits;
mod numbers;
mod responses;
pub mod secrets;
pub mod server;
mod signals;
mod terminal;
mod transport;
mod walks;

use crate::common::{Argv, Cmd, Env};
use server::Hostile;

/// The token rime sends to hostile servers (from `RIME_TOKEN`, never stored).
pub const TOKEN: &str = "tok_hostile_0123456789abcdef";

/// `rime --api-url <hostile> ARGS` with `RIME_TOKEN` set.
pub fn against(env: &Env, h: &Hostile, args: impl Argv) -> Cmd {
    env.rime(["--api-url", h.api_url().as_str()])
        .args(args)
        .env("RIME_TOKEN", TOKEN)
}
