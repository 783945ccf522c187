//! Router-level tests of the sandbox over loopback HTTP; every test validates its exchanges against the contract.

mod http;
mod support;

mod api_keys;
mod audit;
mod auth;
mod connector_runs;
mod connectors;
mod contract;
mod controls;
mod conventions;
mod faults;
mod generative;
mod governance;
mod infrastructure;
mod monitoring;
mod pagination;
mod pipeline_events;
mod pipeline_runs;
mod pipelines;
mod projects;
mod requests;
mod sandbox;
mod transformations;
mod users;
