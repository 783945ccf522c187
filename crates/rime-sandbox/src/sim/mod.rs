//! The sandbox clock at work: runs, applies, scans and alerts progress as simulated time passes.
//
// Nothing runs in the background. Each simulation is a pure function of stored objects and the
// clock, materialised ("settled") when something reads the objects, so every request, every
// test and every replay sees the same history.

pub mod alerts;
pub mod connectors;
pub mod infrastructure;
pub mod pii_scans;
pub mod pipelines;
pub mod transformations;
