//! The command-line grammar: global flags and the tree of nouns and verbs (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter};

use crate::commands::{self, completion};
use crate::registry::{Lazy, Verbs};

pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("RIME_COMMIT"), ")");

/// Administer a Rime data-platform tenant: projects, connectors, infrastructure, transformations,
/// pipelines, monitoring, governance, users and API keys.
#[derive(Parser, Debug)]
#[command(name = "rime", version = VERSION, propagate_version = true, max_term_width = 100)]
#[command(after_help = ROOT_AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The global options, listed once here: under every other command they are one line
/// (`GLOBAL_LINE`), as gh lists inherited flags. A static text, so `rime --help`
/// costs nothing more; `tests/cli/help.rs` holds it to the flags below.
macro_rules! global_help {
    () => {
        "\
Global options, for every command ([VAR]: its environment variable):
      --profile <NAME>      Profile to use [RIME_PROFILE]
      --tenant <TENANT>     https://<TENANT>.rimedata.io/api/v1 [RIME_TENANT]
      --api-url <URL>       API base URL (http:// on loopback) [RIME_API_URL]
  -p, --project <PROJECT>   Project id or name [RIME_PROJECT]
  -o, --output <FORMAT>     table, wide, json, ndjson, yaml, csv [RIME_OUTPUT]
      --fields <FIELDS>     Fields to show, in order: a,b.c [RIME_FIELDS]
      --jq <EXPR>           jq filter over the JSON result, in-process [RIME_JQ]
      --no-header           No header row in tables and CSV [RIME_NO_HEADER]
      --no-trunc            Cut no table cell to fit the terminal [RIME_NO_TRUNC]
      --color <WHEN>        auto, always, never [RIME_COLOR; NO_COLOR honoured]
  -q, --quiet               Print only data and errors [RIME_QUIET]
  -v, --verbose             Print more about what rime is doing [RIME_VERBOSE]
      --debug               Trace HTTP on stderr, secrets redacted [RIME_DEBUG]
      --timeout <DURATION>  Per-request timeout; 30s [RIME_TIMEOUT]
      --max-retries <N>     Retries on 429, 5xx, drops; 4 [RIME_MAX_RETRIES]
  -y, --yes                 Confirm destructive actions, no prompt [RIME_YES]
      --no-input            Never prompt; fail instead [RIME_NO_INPUT]
      --ca-cert <FILE>      Extra CA certificates (PEM) to trust [RIME_CA_BUNDLE]"
    };
}

pub const GLOBAL_HELP: &str = global_help!();

/// `rime --help` as clap prints it 100 columns wide without colour, kept ready for the start-up
/// path (`crate::main`); `tests/cli/generated.rs` holds it to clap's rendering of this tree.
pub const TOP_HELP: &str = include_str!("cli_help.txt");

/// Under every command but the top: the global options in one line (`rime --help` lists them).
pub const GLOBAL_LINE: &str = "Global options: --profile, --tenant, --api-url, -p/--project, -o/--output, --fields, --jq, \
--no-header, --no-trunc, --color, -q/--quiet, -v/--verbose, --debug, --timeout, --max-retries, -y/--yes, \
--no-input, --ca-cert (see `rime --help`)";

const ROOT_AFTER_HELP: &str = concat!(
    global_help!(),
    "

Examples:
  # Explore a local sandbox tenant with no setup
  rime --profile sandbox projects list
  rime auth login --tenant acme
  rime connectors list -p demo -o json --jq '.[].name'
  rime pipelines run nightly-sales --watch"
);

#[derive(Args, Debug, Default, Clone)]
pub struct GlobalArgs {
    /// Profile to use [env: RIME_PROFILE]
    #[arg(long, global = true, hide = true, value_name = "NAME", add = ArgValueCandidates::new(completion::profiles))]
    pub profile: Option<String>,
    /// Tenant subdomain: https://<TENANT>.rimedata.io/api/v1 [env: RIME_TENANT]
    #[arg(long, global = true, hide = true, value_name = "TENANT")]
    pub tenant: Option<String>,
    /// API base URL (http:// only for loopback hosts) [env: RIME_API_URL]
    #[arg(long, global = true, hide = true, value_name = "URL")]
    pub api_url: Option<String>,
    /// Project id or name [env: RIME_PROJECT]
    #[arg(short = 'p', long, global = true, hide = true, value_name = "PROJECT", add = ArgValueCompleter::new(completion::projects))]
    pub project: Option<String>,
    /// Output format: table, json, ndjson, yaml, csv [env: RIME_OUTPUT]
    #[arg(short = 'o', long, global = true, hide = true, value_name = "FORMAT", add = ArgValueCandidates::new(completion::formats))]
    pub output: Option<String>,
    /// Fields to show, in order; dotted paths allowed (a,b.c) [env: RIME_FIELDS]
    #[arg(long, global = true, hide = true, value_name = "FIELDS")]
    pub fields: Option<String>,
    /// jq filter applied to the JSON result, in-process [env: RIME_JQ]
    #[arg(long, global = true, hide = true, value_name = "EXPR")]
    pub jq: Option<String>,
    /// Omit the header row of tables and CSV [env: RIME_NO_HEADER]
    #[arg(long, global = true, hide = true)]
    pub no_header: bool,
    /// Cut no table cell to fit the terminal (rows may run past its edge) [env: RIME_NO_TRUNC]
    #[arg(long, global = true, hide = true)]
    pub no_trunc: bool,
    /// When to use colour [env: RIME_COLOR; NO_COLOR honoured]
    #[arg(long, global = true, hide = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorWhen>,
    /// Print only data and errors [env: RIME_QUIET]
    #[arg(short, long, global = true, hide = true)]
    pub quiet: bool,
    /// Print more about what rime is doing [env: RIME_VERBOSE]
    #[arg(short, long, global = true, hide = true)]
    pub verbose: bool,
    /// Trace every HTTP request and response on stderr (secrets redacted) [env: RIME_DEBUG]
    #[arg(long, global = true, hide = true)]
    pub debug: bool,
    /// Per-request timeout, e.g. 30s, 2m [env: RIME_TIMEOUT; default 30s]
    #[arg(long, global = true, hide = true, value_name = "DURATION")]
    pub timeout: Option<String>,
    /// Retries for rate limits, server errors and dropped connections [env: RIME_MAX_RETRIES; default 4]
    #[arg(long, global = true, hide = true, value_name = "N")]
    pub max_retries: Option<u32>,
    /// Confirm destructive actions without prompting [env: RIME_YES]
    #[arg(short = 'y', long, global = true, hide = true)]
    pub yes: bool,
    /// Never prompt; fail instead [env: RIME_NO_INPUT]
    #[arg(long, global = true, hide = true)]
    pub no_input: bool,
    /// Extra CA certificate(s) to trust, PEM [env: RIME_CA_BUNDLE]
    #[arg(long, global = true, hide = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

impl GlobalArgs {
    /// The flags as the settings layer takes them (it knows nothing of the parser).
    pub(crate) fn overrides(&self) -> crate::config::Overrides {
        use crate::output::ColorChoice;
        crate::config::Overrides {
            profile: self.profile.clone(),
            tenant: self.tenant.clone(),
            api_url: self.api_url.clone(),
            project: self.project.clone(),
            output: self.output.clone(),
            fields: self.fields.clone(),
            jq: self.jq.clone(),
            no_header: self.no_header,
            no_trunc: self.no_trunc,
            color: self.color.map(|c| match c {
                ColorWhen::Auto => ColorChoice::Auto,
                ColorWhen::Always => ColorChoice::Always,
                ColorWhen::Never => ColorChoice::Never,
            }),
            quiet: self.quiet,
            verbose: self.verbose,
            debug: self.debug,
            timeout: self.timeout.clone(),
            max_retries: self.max_retries,
            yes: self.yes,
            no_input: self.no_input,
            ca_cert: self.ca_cert.clone(),
        }
    }
}

/// Pagination flags shared by every list command.
#[derive(Args, Debug, Default, Clone)]
#[command(next_help_heading = "Pagination")]
pub struct PageArgs {
    /// Stop after N items (prints a resume cursor when more remain)
    #[arg(long, value_name = "N")]
    pub max_items: Option<u64>,
    /// Items per request, 1-100 (the API's `limit`)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub page_size: Option<u32>,
    /// Start from this cursor (from an earlier, interrupted listing)
    #[arg(long, value_name = "CURSOR")]
    pub cursor: Option<String>,
    /// Fetch only one page
    #[arg(long)]
    pub no_paginate: bool,
    /// Fetch every page (the default; overrides --max-items)
    #[arg(long, conflicts_with = "no_paginate")]
    pub all: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Projects: the containers of every other resource
    #[command(visible_alias = "project")]
    Projects(Verbs<commands::projects::Projects>),
    /// Transformations: Kimball and Data Vault models, tests, runs and lineage
    #[command(visible_alias = "tf", alias = "transformation")]
    Transformations(commands::transformations::TransformationsArgs),
    /// Pipelines: DAGs of steps, versions, schedules, runs and live progress
    #[command(visible_alias = "pl")]
    Pipelines(commands::pipelines::PipelinesArgs),
    /// Snowflake and AWS resources as desired state: plan, apply, drift
    #[command(visible_alias = "infra")]
    Infrastructure(Lazy<commands::infrastructure::InfraArgs>),
    /// Connectors: sources synced into Snowflake, their runs, schema, schedule and uploads
    #[command(visible_alias = "conn")]
    Connectors(Verbs<commands::connectors::Connectors>),
    /// The tenant: tier, limits and usage
    Tenant(Verbs<commands::tenant::Tenant>),
    /// Log in, inspect and manage credentials
    Auth(Lazy<commands::auth::AuthArgs>),
    /// Users of the tenant: invite, roles, suspend, sessions
    #[command(visible_alias = "user")]
    Users(Verbs<commands::users::Users>),
    /// A project's API keys for scripts and CI
    #[command(visible_alias = "api-key")]
    ApiKeys(Verbs<commands::api_keys::ApiKeys>),
    /// Check settings, credentials, connectivity, TLS, proxy, clock and rate limits
    Doctor(Lazy<commands::doctor::DoctorArgs>),
    /// Named settings: tenant, default project, output
    #[command(visible_alias = "profiles")]
    Profile(Lazy<commands::profile::ProfileArgs>),
    /// Monitoring: alert rules, channels, escalation policies, alerts, health summary
    Monitoring(Lazy<commands::monitoring::MonitoringArgs>),
    /// Governance: column classification, masking, grants, PII scans, compliance reports
    Governance(Lazy<commands::governance::GovernanceArgs>),
    /// The audit log: every change, login and failed login (admins)
    Audit(Verbs<commands::audit::Audit>),
    /// Make an authenticated request to any API path
    Api(Lazy<commands::api::ApiArgs>),
    /// Run and control the local sandbox tenant
    Sandbox(Lazy<commands::sandbox::SandboxArgs>),
    /// Render saved JSON or NDJSON (a file or stdin) in any output format, with --fields and --jq
    Format(Lazy<commands::format::FormatArgs>),
    /// The project's configuration as YAML files (projects as code; docs/as-code.md)
    Export(Lazy<commands::as_code::ExportArgs>),
    /// Compare files with the project: what `rime apply` would create, update or delete
    Diff(Lazy<commands::as_code::DiffArgs>),
    /// Make the project as the files say (dependency order, idempotent, only the fields given)
    Apply(Lazy<commands::as_code::ApplyArgs>),
    /// A JSON Schema of the as-code files, for editors and CI (`rime schema > rime.schema.json`)
    Schema(Lazy<commands::as_code::SchemaArgs>),
    /// Print a shell completion script
    Completion(Lazy<commands::completion::CompletionArgs>),
}
