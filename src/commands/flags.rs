//! Create and update flags that each set one text field, as a table: `--name N` → `{"name": N}`, then `--from-file`/`--set` as every body takes them.

use std::fmt;
use std::marker::PhantomData;

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};
use serde_json::Value;

use super::input::BodyArgs;
use crate::context::Context;
use crate::registry::{Body, Patch, Scope, Target};

/// One flag: the body field it sets, its value name and help, and the values it takes (any
/// when empty). The flag is named like the field unless `named` says otherwise.
pub struct Flag {
    pub field: &'static str,
    pub long: &'static str,
    pub value: &'static str,
    pub help: &'static str,
    pub values: &'static [&'static str],
}

/// `--<field> VALUE`: `text("name", "NAME", "New name")`.
pub const fn text(field: &'static str, value: &'static str, help: &'static str) -> Flag {
    Flag {
        field,
        long: field,
        value,
        help,
        values: &[],
    }
}

impl Flag {
    /// Only these values (offered and completed).
    pub const fn one_of(self, values: &'static [&'static str]) -> Flag {
        Flag { values, ..self }
    }

    /// The flag's own name, for a field with underscores: `--first-name` sets `first_name`.
    pub const fn named(self, long: &'static str) -> Flag {
        Flag { long, ..self }
    }
}

/// A noun's table of flags: `impl FlagTable for CreateFlags { const FLAGS: … }`, then
/// `type Create = Fields<CreateFlags>`.
pub trait FlagTable: 'static {
    const FLAGS: &'static [Flag];
}

/// The flags of table `T` as given, and the body they make (a create body or a merge patch).
pub struct Fields<T> {
    given: Vec<Option<String>>,
    body: BodyArgs,
    of: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for Fields<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fields")
            .field("given", &self.given)
            .field("body", &self.body)
            .finish()
    }
}

impl<T: FlagTable> Fields<T> {
    /// The body: the file first, then the flags given, in table order, then `--set`.
    pub fn build(&self) -> anyhow::Result<Value> {
        self.build_with(Vec::new())
    }

    /// The same with the command's other values first (a positional: `users invite EMAIL`).
    pub fn build_with(&self, mut flags: Vec<(&str, Option<Value>)>) -> anyhow::Result<Value> {
        let given = T::FLAGS.iter().zip(&self.given);
        flags.extend(given.map(|(f, v)| (f.field, v.clone().map(Value::String))));
        Ok(self.body.build(flags)?)
    }
}

impl<T: FlagTable> FromArgMatches for Fields<T> {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let mut f = Fields {
            given: vec![None; T::FLAGS.len()],
            body: BodyArgs::default(),
            of: PhantomData,
        };
        f.update_from_arg_matches(m)?;
        Ok(f)
    }
    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        for (flag, given) in T::FLAGS.iter().zip(&mut self.given) {
            if let Some(v) = m.try_get_one::<String>(flag.field).ok().flatten() {
                *given = Some(v.clone());
            }
        }
        self.body.update_from_arg_matches(m)
    }
}

impl<T: FlagTable> Args for Fields<T> {
    fn augment_args(cmd: Command) -> Command {
        let cmd = T::FLAGS.iter().fold(cmd, |cmd, f| {
            let arg = Arg::new(f.field)
                .long(f.long)
                .value_name(f.value)
                .help(f.help)
                .action(ArgAction::Set);
            cmd.arg(match f.values {
                [] => arg,
                values => arg.value_parser(PossibleValuesParser::new(values.iter().copied())),
            })
        });
        BodyArgs::augment_args(cmd)
    }
    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl<T: FlagTable> Body for Fields<T> {
    async fn body(&self, _: &Context, _: &Scope) -> anyhow::Result<Value> {
        self.build()
    }
}

impl<T: FlagTable> Patch for Fields<T> {
    async fn patch(&self, _: &Context, _: &Target<'_>) -> anyhow::Result<Value> {
        self.build()
    }
}
