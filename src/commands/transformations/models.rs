//! `rime transformations models`: a transformation's models (tests are part of a model), from
//! flags for the common fields (`--source`, `--test COLUMN:TYPE[:SEVERITY]`) or from a file for
//! the full configuration.

use clap::Args;
use serde_json::{Value, json};

use super::super::input::BodyArgs;
use super::TRANSFORMATIONS;
use crate::context::Context;
use crate::output::ColumnKind::{Count, Text, Time};
use crate::output::col;
use crate::registry::prelude::*;
use crate::registry::refers_by_name;

pub static MODELS: Kind = Kind {
    columns: &[
        col("NAME", "name", Text),
        col("KIND", "kind", Text),
        col("SOURCES", "sources", Text),
        col("TESTS", "tests", Count),
        col("UPDATED", "updated_at", Time),
        col("ID", "id", Text),
    ],
    fields: &[
        ro("id"),
        ro("transformation_id"),
        field("name"),
        field("kind"),
        field("description"),
        field("sources"),
        // A source is a raw table (`raw.orders`) or another model of the transformation.
        refers_by_name("sources[]", &MODELS),
        field("config"),
        field("tests"),
        // `<type>_<model>_<column>`, derived by the server; sent back it is ignored.
        ro("tests[].name"),
        refers_by_name("tests[].to", &MODELS),
        ro("created_at"),
        ro("updated_at"),
    ],
    verbs: &[
        list("List a transformation's models with their kind, sources and test count"),
        get("Show one model"),
        create("Add a model"),
        update("Change a model (--source and --test replace the whole list)"),
        delete("Delete a model (refused while other models read it)"),
    ],
    ..Kind::project("model", "TransformationModel")
        .under(&TRANSFORMATIONS)
        .said("model", "models")
        .at("transformations models", "models")
        .known_by(&["name"], "mdl_", ("MODEL", "Model name or id"))
        .config()
};

const KINDS: [&str; 9] = [
    "staging",
    "dimension",
    "fact",
    "mart",
    "hub",
    "link",
    "satellite",
    "business_vault",
    "hierarchy",
];

pub struct Models;

impl Declared for Models {
    const KIND: &'static Kind = &MODELS;
    type Parts = Parts<NoArgs, ModelFlags, UpdateFlags>;
}

#[derive(Args, Debug)]
pub struct ModelFlags {
    /// Model name: snake_case, unique in the transformation
    #[arg(long)]
    pub name: Option<String>,
    /// Kind; Kimball takes staging, dimension, fact, mart, hierarchy; Data Vault takes staging, hub,
    /// link, satellite, business_vault, mart, hierarchy
    #[arg(long, value_parser = KINDS)]
    pub kind: Option<String>,
    /// What it reads: a raw table (raw.<table>) or another model; repeat for several
    #[arg(long = "source", value_name = "SOURCE")]
    pub sources: Vec<String>,
    /// A test, COLUMN:TYPE[=ARGS][:SEVERITY]; repeat for several. TYPE is not_null, unique,
    /// accepted_values=V1,V2,… or relationships=MODEL.FIELD; SEVERITY is error (default) or warn
    #[arg(long = "test", value_name = "SPEC", value_parser = parse_test)]
    pub tests: Vec<Value>,
    /// Description
    #[arg(long)]
    pub description: Option<String>,
    #[command(flatten)]
    pub body: BodyArgs,
}

#[derive(Args, Debug)]
pub struct UpdateFlags {
    /// Remove every test
    #[arg(long, conflicts_with = "tests")]
    pub no_tests: bool,
    #[command(flatten)]
    pub flags: ModelFlags,
}

/// `COLUMN:TYPE[=ARGS][:SEVERITY]`, e.g. `order_id:unique`, `status:accepted_values=placed,shipped:warn`,
/// `customer_id:relationships=dim_customer.customer_id`.
pub fn parse_test(spec: &str) -> Result<Value, String> {
    const FORM: &str = "expected COLUMN:TYPE[=ARGS][:SEVERITY], e.g. order_id:unique:warn";
    let (column, rest) = spec.split_once(':').ok_or(FORM)?;
    if column.is_empty() || rest.is_empty() {
        return Err(FORM.into());
    }
    let (rest, severity) = match rest.rsplit_once(':') {
        Some((r, sev @ ("warn" | "error"))) => (r, Some(sev)),
        _ => (rest, None),
    };
    let (ty, args) = match rest.split_once('=') {
        Some((t, a)) => (t, Some(a)),
        None => (rest, None),
    };
    let mut test = json!({"type": ty, "column": column});
    match (ty, args) {
        ("not_null" | "unique", None) => {}
        ("not_null" | "unique", Some(_)) => return Err(format!("a {ty} test takes no =ARGS")),
        ("accepted_values", Some(a)) => {
            let values: Vec<&str> = a.split(',').map(str::trim).collect();
            if values.iter().any(|v| v.is_empty()) {
                return Err("accepted_values=V1,V2,… needs non-empty values".into());
            }
            test["values"] = json!(values);
        }
        ("accepted_values", None) => {
            return Err("accepted_values needs its values: COLUMN:accepted_values=V1,V2".into());
        }
        ("relationships", Some(a)) => match a.split_once('.') {
            Some((to, field)) if !to.is_empty() && !field.is_empty() => {
                test["to"] = json!(to);
                test["field"] = json!(field);
            }
            _ => {
                return Err(
                    "relationships=MODEL.FIELD names the referenced model and column".into(),
                );
            }
        },
        ("relationships", None) => {
            return Err("relationships needs its target: COLUMN:relationships=MODEL.FIELD".into());
        }
        (other, _) => {
            return Err(format!(
                "unknown test type `{other}` (expected not_null, unique, accepted_values or relationships)"
            ));
        }
    }
    if let Some(sev) = severity {
        test["severity"] = json!(sev);
    }
    Ok(test)
}

fn text(v: &Option<String>) -> Option<Value> {
    v.clone().map(Value::String)
}

impl ModelFlags {
    /// The body: file, then these flags (lists only when given), then `--set`.
    fn build(&self, clear_tests: bool) -> anyhow::Result<Value> {
        let list = |v: Vec<Value>, given: bool| given.then_some(Value::Array(v));
        let sources = self.sources.iter().cloned().map(Value::String).collect();
        Ok(self.body.build(vec![
            ("name", text(&self.name)),
            ("kind", text(&self.kind)),
            ("description", text(&self.description)),
            ("sources", list(sources, !self.sources.is_empty())),
            (
                "tests",
                list(self.tests.clone(), !self.tests.is_empty() || clear_tests),
            ),
        ])?)
    }
}

/// A kind the transformation's methodology does not take is the first thing to say, before
/// what that kind's configuration lacks (the server's schema check would name that first).
fn check_kind(body: &Value, transformation: Option<&Value>) -> anyhow::Result<()> {
    // An unknown kind is the server's to name (with the list of kinds).
    let (Some(kind), Some(t)) = (
        body["kind"].as_str().filter(|k| KINDS.contains(k)),
        transformation,
    ) else {
        return Ok(());
    };
    let methodology = t["methodology"].as_str().unwrap_or_default();
    match rime_catalogue::model_kinds(methodology) {
        Some(kinds) if !kinds.contains(&kind) => Err(crate::error::CliError::Usage(format!(
            "a {methodology} transformation takes {} models, not `{}`",
            kinds.join(", "),
            crate::output::terminal_safe(kind)
        ))
        .into()),
        _ => Ok(()),
    }
}

impl Body for ModelFlags {
    async fn body(&self, _: &Context, scope: &Scope) -> anyhow::Result<Value> {
        let body = self.build(false)?;
        check_kind(&body, scope.parent_found())?;
        Ok(body)
    }
}

impl Patch for UpdateFlags {
    async fn patch(&self, _: &Context, _: &Target<'_>) -> anyhow::Result<Value> {
        self.flags.build(self.no_tests)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_specs() {
        assert_eq!(
            parse_test("order_id:unique").unwrap(),
            json!({"type": "unique", "column": "order_id"})
        );
        assert_eq!(
            parse_test("status:accepted_values=placed, shipped:warn").unwrap(),
            json!({"type": "accepted_values", "column": "status", "values": ["placed", "shipped"], "severity": "warn"})
        );
        assert_eq!(
            parse_test("customer_id:relationships=dim_customer.customer_id:error").unwrap(),
            json!({"type": "relationships", "column": "customer_id", "to": "dim_customer",
                   "field": "customer_id", "severity": "error"})
        );
        for bad in [
            "order_id",
            ":unique",
            "order_id:",
            "a:not_null=1",
            "a:accepted_values",
            "a:accepted_values=x,,y",
            "a:relationships=dim",
            "a:fuzzy",
        ] {
            assert!(parse_test(bad).is_err(), "{bad}");
        }
    }
}
