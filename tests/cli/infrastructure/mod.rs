//! `rime infra` against the sandbox: desired state, plan preview, apply with confirmation and
//! progress, stale plans, failures, detailed exit codes, drift, names and ids, bad input.

mod apply;
mod drift;
mod resources;
mod terminal;

use serde_json::{Value, json};

use crate::common::{Argv, Env, Out};

pub const APPLY_ROUTE: &str = "/api/v1/projects/{project_id}/infrastructure/apply";

pub const PLAN_ROUTE: &str = "/api/v1/projects/{project_id}/infrastructure/plan";

/// `rime <args> -p demo`.
pub fn infra(env: &Env, args: impl Argv) -> Out {
    env.rime(args).args("-p demo").run()
}

/// Lets the sandbox clock run (100 simulated seconds per real second) so `--wait` finishes.
pub fn run_clock(env: &Env) {
    env.control("POST", "/clock", json!({"rate": 100}));
}

pub fn resource(env: &Env, name: &str) -> Value {
    infra(env, format!("infra get {name} -o json")).ok().json()
}
