//! Projects as code: `rime export`, `rime diff` and `rime apply`, built on the Kinds of the
//! registry (docs/as-code.md). The server is the only state; files name resources by name.

mod doc;
pub mod export;
mod state;

pub use export::ExportArgs;
