//! What each domain knows, shared by the routes, the simulations and the seeds alike: catalogues,
//! validation rules and derived state. Nothing here speaks HTTP or moves with the clock.

pub mod connectors;
pub mod governance;
pub mod infrastructure;
pub mod monitoring;
pub mod pipelines;
pub mod transformations;
