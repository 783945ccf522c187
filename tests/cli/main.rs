//! Integration tests: the real `rime` binary against the real sandbox over loopback HTTP.

mod common;

mod generated;
mod identity;
mod infrastructure;
mod output;
mod pipeline_runs;
mod pipelines;
mod profiles;
mod projects;
mod reliability;
mod sandbox_profile;
mod spine;
mod transformations;
