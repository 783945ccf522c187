//! Router-level tests of the sandbox over loopback HTTP; every test validates its exchanges against the contract.

mod http;
mod support;

mod api_keys;
mod audit;
mod auth;
mod connector_runs;
mod connectors;
mod contract;
mod conventions;
mod faults;
mod pagination;
mod projects;
mod sandbox;
mod users;
