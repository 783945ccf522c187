//! Integration tests: the real `rime` binary against the real sandbox over loopback HTTP.

mod common;

mod connector_runs;
mod connector_setup;
mod connector_uploads;
mod connectors;
mod generated;
mod output;
mod profiles;
mod projects;
mod reliability;
mod sandbox_profile;
mod spine;
