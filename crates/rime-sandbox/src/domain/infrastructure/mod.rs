//! Infrastructure: the resource type catalogue, config checks and the desired-vs-actual state model.

pub mod config;
pub mod state;
pub mod types;
