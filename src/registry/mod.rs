//! The resource registry: one `Kind` per resource type describes it once — path, parent, names,
//! columns, fields and their flags, verbs — and drives its commands, lookups, completion, export
//! and the contract test. Guide: docs/registry.md.

mod cli;
pub mod complete;
pub mod examples;
mod lookup;
pub mod path;
mod runs;
#[cfg(test)]
mod tests;
mod typed;
pub mod verbs;

use crate::output::ColumnKind::{Text, Time};
use crate::output::{Column, col};

pub use cli::{
    Body, BodyIsPatch, Declared, Extra, Filters, Item, Lazy, NoArgs, Noun, Parts, Patch, Placed,
    Verbs, build_lazily, parents_given, query_of,
};
pub use lookup::{Scope, Target};

/// The vocabulary of a noun's file — the description's constructors (`col`, `ro`, `refers`,
/// `list`, …), the standard columns and the traits a noun implements: `use crate::registry::prelude::*;`.
pub mod prelude {
    pub use super::{
        Body, BodyIsPatch, CREATED, Declared, Extra, Filters, ID, Item, Kind, Lookup, NAME, NoArgs,
        Noun, Parts, Patch, Scope, Target, Verbs, action, create, delete, field, fixed, get, list,
        query_of, read_only, refers, ro, secret, show, update, verbs,
    };
    pub use crate::output::col;
}
pub use runs::{RunFilters, RunStatuses, cancel};

/// The columns most kinds end or start with.
pub const NAME: Column = col("NAME", "name", Text);
pub const CREATED: Column = col("CREATED", "created_at", Time);
pub const ID: Column = col("ID", "id", Text);

/// One resource type.
pub struct Kind {
    /// Machine name, the `kind:` of as-code files: `escalation_policy`.
    pub name: &'static str,
    /// For messages: "escalation policy" / "escalation policies".
    pub singular: &'static str,
    pub plural: &'static str,
    /// The command that holds its verbs, for hints: "monitoring escalation-policies".
    pub command: &'static str,
    pub parent: Parent,
    /// Segments below the parent: "escalation-policies", "governance/masking-policies".
    pub path: &'static str,
    /// How the CLI names the parent of an item verb (`get`, `delete`, actions).
    pub parent_arg: ParentArg,
    /// The OpenAPI schema of one object (`#/components/schemas/<schema>`).
    pub schema: &'static str,
    /// Fields a user may name an object by, besides its id; empty = ids only.
    pub names: &'static [&'static str],
    /// Names compare without regard to ASCII case (emails).
    pub fold_case: bool,
    /// Id prefix, only to decide which lookup to try first (ids stay opaque).
    pub id_prefix: &'static str,
    /// Shown after an id-only label: alerts read "`alt_…` (rule name)".
    pub describe: Option<&'static str>,
    pub lookup: Lookup,
    /// How an object is given on the command line: value name and help (`NAME`, "Policy name or id").
    pub arg: (&'static str, &'static str),
    /// The list view, one line each: `col("NAME", "name", Text)`.
    pub columns: &'static [Column],
    /// The list inside one object that table and CSV output show in its place (a run's tables):
    /// `Some(("tables", TABLE_COLUMNS))`; a top-level field.
    pub detail: Option<(&'static str, &'static [Column])>,
    /// Every top-level field, and nested ones that carry a flag (`steps[].channel_id`).
    pub fields: &'static [Field],
    /// The verbs, in help order; a noun's own verbs (`Noun::Extra`) follow them.
    pub verbs: &'static [Verb],
    /// Configuration that belongs in projects-as-code (`rime export`/`apply`), not state or history.
    pub config: bool,
}

impl Kind {
    /// Defaults for `..Kind::BASE`: a project-scoped, id-only type with no verbs.
    pub const BASE: Kind = Kind {
        name: "",
        singular: "",
        plural: "",
        command: "",
        parent: Parent::Project,
        path: "",
        parent_arg: ParentArg::Positional,
        schema: "",
        names: &[],
        fold_case: false,
        id_prefix: "",
        describe: None,
        lookup: Lookup::Get,
        arg: ("ID", "Id"),
        columns: &[],
        detail: None,
        fields: &[],
        verbs: &[],
        config: false,
    };

    /// A project-scoped type (`/projects/{p}/<path>`): its machine name and the schema of one
    /// object; the rest is said by the calls that follow, then `BASE`. A small noun's whole
    /// description (`monitoring/policies.rs`):
    ///
    /// ```text
    /// pub static POLICIES: Kind = Kind {
    ///     columns: &[NAME, col("STEPS", "steps", Count), CREATED, ID],
    ///     fields: &[ro("id"), …, refers("steps[].channel_id", &CHANNELS), …],
    ///     verbs: &[list("List escalation policies"), …],
    ///     ..Kind::project("escalation_policy", "EscalationPolicy")
    ///         .said("escalation policy", "escalation policies")
    ///         .at("monitoring escalation-policies", "escalation-policies")
    ///         .known_by(&["name"], "esc_", ("NAME", "Policy name or id"))
    ///         .config()
    /// };
    /// ```
    pub const fn project(name: &'static str, schema: &'static str) -> Kind {
        Kind {
            name,
            schema,
            ..Kind::BASE
        }
    }

    /// At the top of the tenant (`/users`, `/audit-log`), not in a project.
    pub const fn tenant(name: &'static str, schema: &'static str) -> Kind {
        Kind {
            parent: Parent::Tenant,
            ..Kind::project(name, schema)
        }
    }

    /// Below another kind's objects (`/projects/{p}/transformations/{t}/models`).
    pub const fn under(self, parent: &'static Kind) -> Kind {
        Kind {
            parent: Parent::Kind(parent),
            ..self
        }
    }

    /// How messages call one and many: "created escalation policy …", "no escalation policies found".
    pub const fn said(self, singular: &'static str, plural: &'static str) -> Kind {
        Kind {
            singular,
            plural,
            ..self
        }
    }

    /// The command that holds its verbs (for hints) and its path below the parent.
    pub const fn at(self, command: &'static str, path: &'static str) -> Kind {
        Kind {
            command,
            path,
            ..self
        }
    }

    /// The fields a user may name one by besides its id (none: ids only), the id prefix (which
    /// only decides the lookup tried first), and the positional's value name and help.
    pub const fn known_by(
        self,
        names: &'static [&'static str],
        id_prefix: &'static str,
        arg: (&'static str, &'static str),
    ) -> Kind {
        Kind {
            names,
            id_prefix,
            arg,
            ..self
        }
    }

    /// Configuration that belongs in projects as code.
    pub const fn config(self) -> Kind {
        Kind {
            config: true,
            ..self
        }
    }

    /// Every top-level field name, in order (what `--fields` may start with).
    pub fn top_fields(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for f in self.fields {
            let head = path::head(f.path);
            if !out.contains(&head) {
                out.push(head);
            }
        }
        out
    }

    pub fn field(&self, path: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.path == path)
    }

    pub fn has(&self, op: Op) -> bool {
        self.verbs.iter().any(|v| v.op == op)
    }

    /// One object per parent, at the path itself (`/tenant`, a connector's `schema`).
    pub fn singleton(&self) -> bool {
        self.has(Op::Show)
    }

    /// Every write-only path: the `secret` fields, and below each `secrets_in` field the keys its
    /// list names (`config.password`, `config.auth.token`, …).
    pub fn secrets(&self) -> Vec<String> {
        let mut out = Vec::new();
        for f in self.fields {
            if f.secret {
                out.push(f.path.to_string());
            }
            if let Some(keys) = f.secret_keys {
                out.extend(keys().into_iter().map(|k| format!("{}.{k}", f.path)));
            }
        }
        out
    }

    /// The kinds above this one, outermost first (the project is not one of them).
    pub fn ancestors(&'static self) -> Vec<&'static Kind> {
        let mut out = Vec::new();
        let mut at = self;
        while let Parent::Kind(p) = at.parent {
            out.insert(0, p);
            at = p;
        }
        out
    }

    /// Within the selected project, directly or below a parent that is.
    pub fn in_project(&'static self) -> bool {
        match self.parent {
            Parent::Tenant => false,
            Parent::Project => true,
            Parent::Kind(p) => p.in_project(),
        }
    }

    /// The collection as an OpenAPI path with anonymous parameters: `/projects/{}/connectors/{}/runs`.
    pub fn template(&'static self) -> String {
        let mut t = match self.parent {
            Parent::Tenant => String::new(),
            Parent::Project => "/projects/{}".to_string(),
            Parent::Kind(p) => format!("{}/{{}}", p.template()),
        };
        for seg in self.path.split('/') {
            t.push('/');
            t.push_str(seg);
        }
        t
    }
}

/// Where a type's collection lives.
#[derive(Clone, Copy)]
pub enum Parent {
    /// At the top of the tenant: `/users`, `/tenant`, `/projects`.
    Tenant,
    /// In the selected project: `/projects/{project}/…`.
    Project,
    /// In one object of another kind: a model in a transformation, a run in a connector.
    Kind(&'static Kind),
}

/// How item verbs take the parent (list and create always take it as a positional).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ParentArg {
    /// `rime tf models get TRANSFORMATION MODEL`.
    Positional,
    /// `rime conn runs get RUN [--connector C]`: `--<parent's singular>`, optional; without it
    /// every parent is searched.
    Flag { short: Option<char> },
}

/// How one object is fetched.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lookup {
    /// `GET …/{id}`; names are found by walking the list.
    Get,
    /// No `GET …/{id}` (API keys): the list is walked for the id or a name.
    List,
    /// Projects: with an API key through `/me` (a key may not list projects), else as `Get`.
    Project,
    /// Names unique per `type`, filtered by the server; `TYPE/NAME` picks one (infrastructure).
    Typed,
}

/// One field, by path: `name`, `config.password`, `steps[].channel_id`, `channel_ids[]`.
#[derive(Clone, Copy)]
pub struct Field {
    pub path: &'static str,
    /// Set by the server (`id`, `created_at`, `status`): never sent, never exported.
    pub read_only: bool,
    /// Set at create, fixed after (`identifier`, a channel's `type`).
    pub immutable: bool,
    /// Write-only: never returned; the response shows `<field>_set` instead.
    pub secret: bool,
    /// Holds the id of another kind's object (names in as-code files).
    pub refers: Option<&'static Kind>,
    /// The reference holds a name, not an id (a model's `sources`).
    pub by_name: bool,
    /// An object whose secrets depend on another field and are listed elsewhere: the dotted keys
    /// below it that are write-only (a connector's `config`, from the connector catalogue).
    pub secret_keys: Option<fn() -> Vec<String>>,
}

const fn plain(path: &'static str) -> Field {
    Field {
        path,
        read_only: false,
        immutable: false,
        secret: false,
        refers: None,
        by_name: false,
        secret_keys: None,
    }
}

/// A field the user sets.
pub const fn field(path: &'static str) -> Field {
    plain(path)
}

/// A field the server owns.
pub const fn ro(path: &'static str) -> Field {
    Field {
        read_only: true,
        ..plain(path)
    }
}

/// A type whose every field the server owns (an audit entry, an alert, the tenant): `fields:
/// &read_only(["id", "at", …])`.
pub const fn read_only<const N: usize>(paths: [&'static str; N]) -> [Field; N] {
    let mut out = [ro(""); N];
    let mut i = 0;
    while i < N {
        out[i] = ro(paths[i]);
        i += 1;
    }
    out
}

/// A field set at create and fixed after.
pub const fn fixed(path: &'static str) -> Field {
    Field {
        immutable: true,
        ..plain(path)
    }
}

/// A write-only secret.
pub const fn secret(path: &'static str) -> Field {
    Field {
        secret: true,
        ..plain(path)
    }
}

/// An object the user sets whose write-only keys `keys` lists (`Kind::secrets` spells them out):
/// `secrets_in("config", rime_catalogue::secret_keys)`.
pub const fn secrets_in(path: &'static str, keys: fn() -> Vec<String>) -> Field {
    Field {
        secret_keys: Some(keys),
        ..plain(path)
    }
}

/// The id of an object of `kind`.
pub const fn refers(path: &'static str, kind: &'static Kind) -> Field {
    Field {
        refers: Some(kind),
        ..plain(path)
    }
}

/// The name of an object of `kind` (no id to swap).
pub const fn refers_by_name(path: &'static str, kind: &'static Kind) -> Field {
    Field {
        refers: Some(kind),
        by_name: true,
        ..plain(path)
    }
}

/// What a verb does; `Action` posts to a segment below the item (`…/{id}/acknowledge`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Op {
    List,
    Get,
    /// A singleton: `GET` of the path itself (`/tenant`).
    Show,
    Create,
    Update,
    Delete,
    Action {
        segment: &'static str,
        /// Past tense for the status line: "acknowledged".
        done: &'static str,
    },
}

/// One verb of a kind's command.
#[derive(Clone, Copy, Debug)]
pub struct Verb {
    pub op: Op,
    /// The subcommand: `list`, `invite`, `revoke`, `ack`.
    pub name: &'static str,
    pub about: &'static str,
    pub alias: Option<&'static str>,
    /// Delete: what else goes, for the confirmation (" and its run history").
    pub note: &'static str,
}

const fn verb(op: Op, name: &'static str, about: &'static str) -> Verb {
    Verb {
        op,
        name,
        about,
        alias: None,
        note: "",
    }
}

impl Verb {
    /// Another name shown in help (`ls`, `rm`, `acknowledge`).
    pub const fn alias(self, alias: &'static str) -> Verb {
        Verb {
            alias: Some(alias),
            ..self
        }
    }

    /// For delete: what else goes with the object, said in the confirmation.
    pub const fn note(self, note: &'static str) -> Verb {
        Verb { note, ..self }
    }

    /// Another subcommand name for the same verb (`users invite`, `api-keys revoke`).
    pub const fn named(self, name: &'static str) -> Verb {
        Verb { name, ..self }
    }
}

pub const fn list(about: &'static str) -> Verb {
    verb(Op::List, "list", about).alias("ls")
}

pub const fn get(about: &'static str) -> Verb {
    verb(Op::Get, "get", about)
}

pub const fn show(about: &'static str) -> Verb {
    verb(Op::Show, "show", about)
}

pub const fn create(about: &'static str) -> Verb {
    verb(Op::Create, "create", about)
}

pub const fn update(about: &'static str) -> Verb {
    verb(Op::Update, "update", about)
}

pub const fn delete(about: &'static str) -> Verb {
    verb(Op::Delete, "delete", about).alias("rm")
}

/// `POST …/{id}/<segment>` with an empty body; the object as returned is shown.
pub const fn action(
    name: &'static str,
    segment: &'static str,
    done: &'static str,
    about: &'static str,
) -> Verb {
    verb(Op::Action { segment, done }, name, about)
}

#[cfg(test)]
mod constructors {
    use super::*;

    static SMALL: Kind = Kind {
        fields: &read_only(["id", "at"]),
        ..Kind::project("thing", "Thing")
            .said("thing", "things")
            .at("things", "things")
            .known_by(&["name"], "thg_", ("NAME", "Thing name or id"))
            .config()
    };

    #[test]
    fn the_registry_constructors_fill_what_they_name_and_leave_base_for_the_rest() {
        let k = &SMALL;
        assert_eq!(
            (k.name, k.schema, k.singular, k.plural),
            ("thing", "Thing", "thing", "things")
        );
        assert_eq!(
            (k.command, k.path, k.id_prefix),
            ("things", "things", "thg_")
        );
        assert_eq!(
            (k.names, k.arg),
            (&["name"][..], ("NAME", "Thing name or id"))
        );
        assert!(k.config && k.in_project() && k.template() == "/projects/{}/things");
        assert!(k.fields.iter().all(|f| f.read_only) && k.top_fields() == ["id", "at"]);
        assert_eq!(k.lookup, Lookup::Get);
        static TOP: Kind = Kind::tenant("user", "User").at("users", "users");
        assert!(!TOP.in_project() && TOP.template() == "/users" && !TOP.config);
    }
}
