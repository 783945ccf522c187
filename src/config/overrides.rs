//! The global flags as the user typed them: the highest layer of settings, free of the parser.

use std::path::PathBuf;

use crate::output::ColorChoice;

/// What the command line says about each setting (`None`/`false` = not given). The CLI fills it
/// from its parsed flags; `rime profile set` saves some of it.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub profile: Option<String>,
    pub tenant: Option<String>,
    pub api_url: Option<String>,
    pub project: Option<String>,
    pub output: Option<String>,
    pub fields: Option<String>,
    pub jq: Option<String>,
    pub no_header: bool,
    pub no_trunc: bool,
    pub color: Option<ColorChoice>,
    pub quiet: bool,
    pub verbose: bool,
    pub debug: bool,
    pub timeout: Option<String>,
    pub max_retries: Option<u32>,
    pub yes: bool,
    pub no_input: bool,
    pub ca_cert: Option<PathBuf>,
}
