//! `rime transformations` against the sandbox: transformations, models, runs and lineage.

mod crud;
mod lineage;
mod models;
mod runs;

use serde_json::{Value, json};

use crate::common::{Argv, Env, Out};

/// `rime -p demo <args>`.
pub fn tf(env: &Env, args: impl Argv) -> Out {
    env.rime("-p demo").args(args).run()
}

/// A transformation in the demo project, made through the CLI.
pub fn make(env: &Env, name: &str) {
    tf(env, format!("tf create --name {name}")).ok();
}

/// A model made through the CLI from flags.
pub fn model(env: &Env, t: &str, name: &str, kind: &str, sources: &[&str], tests: &[&str]) {
    let mut args = vec!["tf", "models", "create", t, "--name", name, "--kind", kind];
    for s in sources {
        args.extend(["--source", s]);
    }
    for t in tests {
        args.extend(["--test", t]);
    }
    tf(env, &args).ok();
}

/// stg_a ← raw.a, stg_b ← raw.b, dim_a ← stg_a (with `dim_tests`), fct_ab ← dim_a + stg_b, mart_ab ← fct_ab.
pub fn star(env: &Env, name: &str, dim_tests: &[&str]) {
    make(env, name);
    model(env, name, "stg_a", "staging", &["raw.a"], &[]);
    model(env, name, "stg_b", "staging", &["raw.b"], &[]);
    model(env, name, "dim_a", "dimension", &["stg_a"], dim_tests);
    model(env, name, "fct_ab", "fact", &["dim_a", "stg_b"], &[]);
    model(env, name, "mart_ab", "mart", &["fct_ab"], &[]);
}

/// Lets simulated time run 600× faster, so `--wait` sees a run end within a fraction of a second.
pub fn fast_clock(env: &Env) {
    env.control("POST", "/clock", json!({"rate": 600}));
}

/// The body of the last request the sandbox received for a route template (after `/api/v1`).
pub fn last_body(env: &Env, method: &str, route: &str) -> Value {
    env.requests(method, &format!("/api/v1{route}"))
        .pop()
        .unwrap_or_else(|| panic!("no {method} {route} received"))
        .body
        .unwrap_or(Value::Null)
}

/// The documented simulation hash (FNV-1a, 32 bit).
pub fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}
