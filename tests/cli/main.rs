//! Integration tests: the real `rime` binary against the real sandbox over loopback HTTP.

mod common;
mod completion;
mod stops;
#[macro_use]
mod snapshot;

mod as_code;
mod audit;
mod chaos;
mod connector_runs;
mod connector_setup;
mod connector_uploads;
mod connectors;
mod contract;
mod format;
mod funnel;
mod generated;
mod governance;
mod help;
mod hostile;
mod identity;
mod infrastructure;
mod keyring;
mod monitoring;
mod output;
mod pipeline_runs;
mod pipelines;
mod profiles;
mod projects;
mod reliability;
mod runs_shape;
mod sandbox_controls;
mod sandbox_daemon;
mod sandbox_profile;
mod secrets;
mod shape;
mod spine;
mod tables;
mod tour;
mod transformations;
mod waits;
