//! Every command's Examples and its one line of global options: generic verbs' examples come from
//! their Kind, a noun's own verbs' from `EXAMPLES` (keyed by command path), any other from its usage.

use clap::Command;

use super::{Kind, Op, Verb};

/// Hand-written examples for verbs the registry cannot describe, by command path (no `rime`).
/// One example per line; a line starting with `#` says what the next one does. Add yours here.
pub static EXAMPLES: &[(&str, &str)] = &[
    (
        "users invite",
        "rime users invite new.analyst@acme.io --role viewer --first-name Ana",
    ),
    (
        "governance columns classify",
        "rime governance columns classify RAW.SHOP.CUSTOMERS.EMAIL --level confidential --pii email
# Many at once: path,level,pii_type per row
rime governance columns classify --from-file columns.csv",
    ),
    (
        "governance grants create",
        "rime governance grants create --role ANALYST --level internal",
    ),
    (
        "connectors sync",
        "# Start a sync and follow it to the end (exit 9 unless it completes)
rime connectors sync orders-db --wait
# Start one and come back later
rime connectors sync orders-db && rime connectors runs list orders-db",
    ),
    ("connectors test", "rime connectors test orders-db"),
    (
        "connectors upload",
        "rime connectors upload budget-sheets budget.csv",
    ),
    (
        "connectors types",
        "rime connectors types
rime connectors types -o json --jq '.[].type'",
    ),
    (
        "connectors create",
        "# Secrets from stdin, never on the command line
rime connectors create --type postgresql --name shop-db --config host=db.internal \\
    --config port=5432 --config database=shop --config username=rime --secret password=-",
    ),
    ("connectors runs watch", "rime connectors runs watch RUN"),
    (
        "connectors schedule set",
        "# Every hour at minute 30 (the next runs are previewed)
rime connectors schedule set orders-db --cron '30 * * * *'",
    ),
    (
        "connectors schema show",
        "rime connectors schema show orders-db",
    ),
    (
        "connectors schema select",
        "rime connectors schema select orders-db public.orders",
    ),
    (
        "pipelines run",
        "# Run a pipeline and watch its steps live
rime pipelines run nightly-sales --watch
rime pipelines run nightly-sales --wait --timeout 30m",
    ),
    (
        "pipelines graph",
        "rime pipelines graph nightly-sales
# The layers and edges as data
rime pipelines graph nightly-sales -o json",
    ),
    ("pipelines get", "rime pipelines get nightly-sales --steps"),
    (
        "pipelines versions diff",
        "rime pipelines versions diff nightly-sales 1 2",
    ),
    (
        "pipelines schedule set",
        "rime pipelines schedule set nightly-sales --cron '0 2 * * *' --timezone Europe/London",
    ),
    (
        "transformations run",
        "# Run every model, or one model and everything upstream of it
rime transformations run retail_sales --wait
rime transformations run retail_sales --models fct_orders",
    ),
    (
        "transformations lineage",
        "rime transformations lineage retail_sales",
    ),
    (
        "infrastructure plan",
        "rime infrastructure plan
rime infrastructure plan -o json > plan.json",
    ),
    (
        "infrastructure apply",
        "rime infrastructure apply --yes --wait",
    ),
    (
        "infrastructure drift check",
        "rime infrastructure drift check",
    ),
    (
        "export",
        "rime -p staging export --dir rime/\nrime -p staging export --kind connector > connectors.yaml",
    ),
    (
        "schema",
        "rime schema > rime.schema.json\nrime schema --kind connector",
    ),
    (
        "diff",
        "rime -p prod diff -f rime/ --var-file prod.yaml\nrime -p prod diff -f rime/ --out plan.json --detailed-exitcode",
    ),
    (
        "apply",
        "rime -p prod apply -f rime/ --dry-run\nrime -p prod apply -f rime/ --plan plan.json --yes",
    ),
    ("monitoring summary", "rime monitoring summary"),
    ("monitoring alerts watch", "rime monitoring alerts watch"),
    (
        "monitoring channels create",
        "# The type's secret from stdin (KEY=-) or a file (KEY=@FILE), never the command line
rime monitoring channels create --name data-alerts --type slack --slack-channel '#data-alerts' \\
    --secret webhook_url=@hook.txt
printf '%s' \"$SMTP_PASSWORD\" | rime monitoring channels create --name ops --type email \\
    --smtp-host smtp.acme.io --smtp-username alerts --from alerts@acme.io --to ops@acme.io \\
    --secret password=-",
    ),
    (
        "monitoring channels update",
        "# Rotate the secret
rime monitoring channels update data-alerts-slack --secret webhook_url=@new-hook.txt",
    ),
    (
        "projects update",
        "rime projects update demo --description 'The demo project'
# A connection secret of the project's settings, from a file
rime projects update demo --secret snowflake.password=@snowflake-password.txt",
    ),
    (
        "monitoring channels test",
        "rime monitoring channels test data-alerts-slack",
    ),
    ("governance scan", "rime governance scan --wait"),
    (
        "governance report coverage",
        "rime governance report coverage -o csv > coverage.csv",
    ),
    (
        "auth login",
        "rime auth login --tenant acme
# Secrets come from stdin (KEY=-) or a file (KEY=@FILE), never the command line
printf '%s' \"$PASSWORD\" | rime auth login --tenant acme --email me@acme.io --secret password=-
# CI: an API key from a file
rime auth login --tenant acme --secret token=@rime-key.txt",
    ),
    ("auth status", "rime auth status"),
    (
        "auth token",
        "# An access token for another tool (printed bare when piped)
curl -H \"Authorization: Bearer $(rime auth token)\" https://acme.rimedata.io/api/v1/me",
    ),
    (
        "doctor",
        "rime doctor
rime doctor -o json",
    ),
    (
        "sandbox start",
        "rime sandbox start
rime --profile sandbox projects list",
    ),
    ("sandbox serve", "rime sandbox serve --port 8080"),
    (
        "profile show",
        "rime profile show
rime profile show staging -o json",
    ),
    ("profile use", "rime profile use staging"),
    (
        "api-keys create",
        "# The secret is shown once (bare when piped)
KEY=$(rime api-keys create --name ci --role editor)",
    ),
    (
        "api-keys rotate",
        "# A new key like ci (its secret once), then ci revoked
KEY=$(rime api-keys rotate ci --yes)
rime api-keys rotate ci --name ci-2027 --yes",
    ),
    (
        "audit export",
        "rime audit export --since 7d > audit.ndjson",
    ),
];

/// Marks the line of global options, so a command is given it once.
const GLOBAL_MARK: &str = "Global options: ";

pub use crate::cli::GLOBAL_LINE;

/// A sample object of each kind, from the sandbox's demo data where it has one.
fn sample(k: &Kind) -> String {
    let known = match k.name {
        "connector" => "orders-db",
        "transformation" => "retail_sales",
        "model" => "stg_orders",
        "pipeline" => "nightly-sales",
        "project" => "demo",
        "user" => "editor@sandbox.rime.test",
        "notification_channel" => "data-alerts-slack",
        "escalation_policy" => "data-platform-on-call",
        "masking_policy" => "phone-last-four",
        "infrastructure_resource" => "RAW",
        "api_key" => "ci-demo",
        "pipeline_version" => "2",
        _ => "",
    };
    match known {
        "" => k.arg.0.to_string(),
        s => s.to_string(),
    }
}

/// A sample for a positional of a noun's own verb, by its value name.
fn sample_for(value_name: &str) -> &str {
    match value_name {
        "CONNECTOR" => "orders-db",
        "TRANSFORMATION" => "retail_sales",
        "MODEL" => "stg_orders",
        "PIPELINE" => "nightly-sales",
        "PROJECT" => "demo",
        "CHANNEL" => "data-alerts-slack",
        "SHELL" => "bash",
        "VERSION" => "2",
        other => other,
    }
}

/// A generic verb's examples, from its kind: `rime connectors get orders-db`.
pub fn of_verb(k: &'static Kind, v: &Verb, c: &Command) -> String {
    let parents: String = k
        .ancestors()
        .iter()
        .map(|p| format!(" {}", sample(p)))
        .collect();
    let at = format!("rime {} {}{parents}", k.command, v.name);
    // A singleton (a connector's schema) is its parents.
    let it = match k.singleton() {
        true => at.clone(),
        false => format!("{at} {}", sample(k)),
    };
    let has = |long: &str| c.get_arguments().any(|a| a.get_long() == Some(long));
    match v.op {
        Op::List => format!("{at}\n{at} -o json --jq '.[].id'"),
        Op::Get => format!("{it}\n{it} -o yaml"),
        Op::Show => format!("{at}\n{at} -o json"),
        Op::Create if has("from-file") => format!(
            "{at} --from-file {}.yaml\n# Print only the new id\n{at} --from-file {}.yaml --jq .id",
            k.name, k.name
        ),
        Op::Create => format!("{at} --help"),
        Op::Update if has("name") => format!("{it} --name new-name"),
        Op::Update if has("from-file") => format!("{it} --from-file {}.yaml", k.name),
        Op::Update => format!("{it} --help"),
        Op::Delete => format!("{it}\n# In a script: no prompt\n{it} --yes"),
        Op::Action { .. } => it,
    }
}

/// The examples a command has: its entry in `EXAMPLES`, else one made from its positionals.
fn of_path(path: &str, c: &Command) -> String {
    if let Some((_, text)) = EXAMPLES.iter().find(|(p, _)| *p == path) {
        return text.to_string();
    }
    let args: String = c
        .get_positionals()
        .filter(|a| a.is_required_set() && !a.is_hide_set())
        .map(|a| {
            let name = a
                .get_value_names()
                .and_then(|n| n.first())
                .map_or("VALUE".to_string(), |n| n.to_string());
            format!(" {}", sample_for(&name))
        })
        .collect();
    format!("rime {path}{args}")
}

/// `text` indented under an "Examples:" heading.
fn section(text: &str) -> String {
    let body: Vec<String> = text.lines().map(|l| format!("  {l}")).collect();
    format!("Examples:\n{}", body.join("\n"))
}

/// The help that follows a command's options: what it had, its examples (leaves) and the line of
/// global options. Idempotent: a command already given them is left as it is.
pub fn finish(c: Command, examples: Option<String>) -> Command {
    let had = c
        .get_after_help()
        .map(|h| h.to_string())
        .unwrap_or_default();
    if had.contains(GLOBAL_MARK) {
        return c;
    }
    let mut parts: Vec<String> = Vec::new();
    if !had.is_empty() {
        parts.push(had.clone());
    }
    if let Some(e) = examples.filter(|_| !had.contains("Examples:")) {
        parts.push(section(&e));
    }
    parts.push(GLOBAL_LINE.to_string());
    c.after_help(parts.join("\n\n"))
}

/// A command and everything below it that is built: leaves get examples by their path.
pub fn decorate(c: Command, path: &str) -> Command {
    // A noun whose verbs are not built yet still requires one: it is no leaf.
    let leaf = !c.has_subcommands() && !c.is_subcommand_required_set();
    let names: Vec<String> = c
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    let mut c = c;
    for n in names {
        let sub = format!("{path} {n}");
        c = c.mut_subcommand(&n, |s| decorate(s, &sub));
    }
    let examples = leaf.then(|| of_path(path, &c));
    finish(c, examples)
}
