//! Pipelines: the DAG rules of their steps and their schedules.

pub mod dag;
pub mod schedule;
