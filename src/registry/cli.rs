//! A kind's command from its registry entry: clap's builder makes the generic verbs (only when that
//! command is used), a noun adds its flags and own verbs, and `Verbs::run` resolves and runs.

use std::fmt;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::error::ErrorKind;
use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches, Subcommand, value_parser};
use serde_json::{Value, json};

use super::examples;
use super::lookup::{Scope, Target};
use super::{Kind, Op, Parent, ParentArg, Verb, verbs};
use crate::cli::PageArgs;
use crate::context::Context;

/// A noun: its registry entry and what is special about it. Everything else is generic.
///
/// ```text
/// pub struct Policies;
/// impl Noun for Policies {
///     const KIND: &'static Kind = &POLICIES;
///     type Filters = NoArgs;
///     type Create = PolicyFlags;
///     type Update = PolicyFlags;
///     type Extra = NoVerbs;
/// }
/// ```
// The futures run on rime's single-threaded runtime: no `Send` bound is wanted.
#[allow(async_fn_in_trait)]
pub trait Noun: 'static {
    const KIND: &'static Kind;
    /// Shown after the noun's own help (`rime monitoring rules --help`).
    const AFTER_HELP: &'static str = "";
    /// `list` flags that become query parameters.
    type Filters: Filters;
    type Create: Body;
    type Update: Patch;
    /// The noun's own verbs (a derive `Subcommand`), after the generic ones in help.
    type Extra: Extra;

    /// The create verb: the body from the flags, posted. A noun that shows its result
    /// differently (a secret shown once) overrides this.
    async fn create(ctx: &Context, scope: &Scope, flags: Self::Create) -> anyhow::Result<()> {
        post_flags(ctx, Self::KIND, scope, &flags).await
    }

    /// The update verb: the merge patch from the flags, sent. A noun that says more about the
    /// result (a pipeline's new version) overrides this.
    async fn update(ctx: &Context, target: &Target<'_>, flags: Self::Update) -> anyhow::Result<()> {
        patch_flags(ctx, target, &flags).await
    }
}

/// The generic create: the body the flags make, posted.
async fn post_flags(
    ctx: &Context,
    kind: &'static Kind,
    scope: &Scope,
    flags: &impl Body,
) -> anyhow::Result<()> {
    let body = flags.body(ctx, scope).await?;
    verbs::create(ctx, kind, scope, body).await.map(drop)
}

/// The generic update: the merge patch the flags make, sent.
async fn patch_flags(ctx: &Context, target: &Target<'_>, flags: &impl Patch) -> anyhow::Result<()> {
    let patch = flags.patch(ctx, target).await?;
    verbs::update(ctx, target, patch).await.map(drop)
}

/// A noun declared by its kind and the flag types it has (`Noun` follows, for every `Declared`):
///
/// ```text
/// impl Declared for Policies {
///     const KIND: &'static Kind = &POLICIES;
///     type Parts = Parts<NoArgs, PolicyFlags, PolicyFlags>;
/// }
/// ```
#[allow(async_fn_in_trait)]
pub trait Declared: 'static {
    const KIND: &'static Kind;
    /// Shown after the noun's own help.
    const AFTER_HELP: &'static str = "";
    type Parts: HasParts;

    /// As `Noun::create`: override it to show the result differently (a secret shown once).
    async fn create(ctx: &Context, scope: &Scope, flags: CreateOf<Self>) -> anyhow::Result<()> {
        post_flags(ctx, Self::KIND, scope, &flags).await
    }

    /// As `Noun::update`.
    async fn update(
        ctx: &Context,
        target: &Target<'_>,
        flags: UpdateOf<Self>,
    ) -> anyhow::Result<()> {
        patch_flags(ctx, target, &flags).await
    }
}

/// A declared noun's create and update flags.
pub type CreateOf<D> = <<D as Declared>::Parts as HasParts>::Create;
pub type UpdateOf<D> = <<D as Declared>::Parts as HasParts>::Update;

/// A noun's flag types in `Noun`'s order — list filters, create flags, update flags, its own
/// verbs — the ones it lacks left out: `Parts<ChannelFilters, ChannelFlags, ChannelFlags,
/// ChannelVerbs>`, `Parts<NoArgs, GrantFlags>`, `Parts` alone.
pub struct Parts<L = NoArgs, C = NoArgs, U = NoArgs, X = NoVerbs>(PhantomData<(L, C, U, X)>);

/// What `Parts` carries.
pub trait HasParts {
    type Filters: Filters;
    type Create: Body;
    type Update: Patch;
    type Extra: Extra;
}

impl<L: Filters, C: Body, U: Patch, X: Extra> HasParts for Parts<L, C, U, X> {
    type Filters = L;
    type Create = C;
    type Update = U;
    type Extra = X;
}

impl<D: Declared> Noun for D {
    const KIND: &'static Kind = D::KIND;
    const AFTER_HELP: &'static str = D::AFTER_HELP;
    type Filters = <D::Parts as HasParts>::Filters;
    type Create = CreateOf<D>;
    type Update = UpdateOf<D>;
    type Extra = <D::Parts as HasParts>::Extra;

    async fn create(ctx: &Context, scope: &Scope, flags: Self::Create) -> anyhow::Result<()> {
        D::create(ctx, scope, flags).await
    }

    async fn update(ctx: &Context, target: &Target<'_>, flags: Self::Update) -> anyhow::Result<()> {
        D::update(ctx, target, flags).await
    }
}

/// `list` flags; the query parameters they make (names resolved to ids here).
#[allow(async_fn_in_trait)]
pub trait Filters: Args + FromArgMatches {
    async fn query(&self, _ctx: &Context, _scope: &Scope) -> anyhow::Result<Vec<(String, String)>> {
        Ok(self.plain())
    }

    /// Flags that map straight onto query parameters, with no lookup and nothing to fail:
    /// `query_of([("role", &self.role)])`. What `query` gives unless a noun overrides it.
    fn plain(&self) -> Vec<(String, String)> {
        Vec::new()
    }
}

/// The query parameters of the filters given: `query_of([("type", &self.kind), ("status", &self.status)])`.
pub fn query_of<const N: usize>(filters: [(&str, &Option<String>); N]) -> Vec<(String, String)> {
    filters
        .into_iter()
        .filter_map(|(k, v)| v.clone().map(|v| (k.to_string(), v)))
        .collect()
}

/// `create` flags; the request body they make.
#[allow(async_fn_in_trait)]
pub trait Body: Args + FromArgMatches {
    async fn body(&self, ctx: &Context, scope: &Scope) -> anyhow::Result<Value>;
}

/// `update` flags; the merge patch they make. `target.found(ctx)` is the object as it is now,
/// fetched at most once for the whole command.
#[allow(async_fn_in_trait)]
pub trait Patch: Args + FromArgMatches {
    async fn patch(&self, ctx: &Context, target: &Target<'_>) -> anyhow::Result<Value>;
}

/// Update flags whose merge patch is what create would send of the flags given (every flag
/// optional): `impl BodyIsPatch for PolicyFlags {}` makes them the noun's `Patch` too.
pub trait BodyIsPatch: Body {}

impl<T: BodyIsPatch> Patch for T {
    async fn patch(&self, ctx: &Context, target: &Target<'_>) -> anyhow::Result<Value> {
        self.body(ctx, target.scope).await
    }
}

/// A noun's own verbs.
#[allow(async_fn_in_trait)]
pub trait Extra: Subcommand {
    async fn run(self, ctx: &Context) -> anyhow::Result<()>;
}

/// No flags.
#[derive(Args, Debug, Default)]
pub struct NoArgs {}

impl Filters for NoArgs {}

impl Body for NoArgs {
    async fn body(&self, _: &Context, _: &Scope) -> anyhow::Result<Value> {
        Ok(json!({}))
    }
}

impl Patch for NoArgs {
    async fn patch(&self, _: &Context, _: &Target<'_>) -> anyhow::Result<Value> {
        Ok(json!({}))
    }
}

/// No verbs of the noun's own.
#[derive(Debug)]
pub enum NoVerbs {}

impl FromArgMatches for NoVerbs {
    fn from_arg_matches(_: &ArgMatches) -> Result<Self, clap::Error> {
        Err(clap::Error::raw(
            ErrorKind::InvalidSubcommand,
            "no such subcommand",
        ))
    }
    fn update_from_arg_matches(&mut self, _: &ArgMatches) -> Result<(), clap::Error> {
        match *self {}
    }
}

impl Subcommand for NoVerbs {
    fn augment_subcommands(cmd: Command) -> Command {
        cmd
    }
    fn augment_subcommands_for_update(cmd: Command) -> Command {
        cmd
    }
    fn has_subcommand(_: &str) -> bool {
        false
    }
}

impl Extra for NoVerbs {
    async fn run(self, _: &Context) -> anyhow::Result<()> {
        match self {}
    }
}

/// The parsed command of a noun: a generic verb or one of its own.
pub struct Verbs<N: Noun> {
    call: Call<N>,
}

enum Call<N: Noun> {
    List {
        parents: Vec<String>,
        filters: N::Filters,
        page: PageArgs,
    },
    Show {
        parents: Vec<String>,
    },
    Create {
        parents: Vec<String>,
        flags: N::Create,
    },
    Update {
        parents: Vec<String>,
        target: String,
        flags: N::Update,
    },
    /// Get, delete or an action on one object.
    Item {
        verb: &'static Verb,
        parents: Vec<String>,
        target: String,
    },
    Extra(N::Extra),
}

impl<N: Noun> fmt::Debug for Verbs<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = match &self.call {
            Call::List { .. } => "list",
            Call::Show { .. } => "show",
            Call::Create { .. } => "create",
            Call::Update { .. } => "update",
            Call::Item { verb, .. } => verb.name,
            Call::Extra(_) => "(own verb)",
        };
        write!(f, "Verbs({} {verb})", N::KIND.name)
    }
}

const PARENT_IDS: [&str; 4] = ["parent0", "parent1", "parent2", "parent3"];
const PARENT_FLAG: &str = "parent_flag";
const TARGET: &str = "target";
const AFTER_PARENT: &str = "after_parent";

static LAZY: AtomicBool = AtomicBool::new(false);

/// From now on, nouns' verbs are built only when their command is parsed or its help shown, so
/// start-up pays only for the command used. For parsing only: completion scripts and man pages
/// want the whole tree at once (clap copies it for `rime help …` before deferred parts exist).
pub fn build_lazily() {
    LAZY.store(true, Ordering::Relaxed);
}

/// Builds `cmd`'s arguments and subcommands now, or when it is used once [`build_lazily`] is on.
fn when_used(cmd: Command, build: fn(Command) -> Command) -> Command {
    if LAZY.load(Ordering::Relaxed) {
        cmd.defer(build)
    } else {
        build(cmd)
    }
}

/// A hand-written noun's command (a derive `Args` with its own subcommand tree), built only when
/// used, as the registry's nouns are: start-up then pays for the top level alone.
#[derive(Debug)]
pub struct Lazy<T>(pub T);

/// `T`'s arguments built at once: clap runs a command's deferred builder once, so one that
/// defers again (a noun whose flags come from `Verbs`) would never be built.
fn built_now<T: Args>(cmd: Command) -> Command {
    let lazy = LAZY.swap(false, Ordering::Relaxed);
    let cmd = T::augment_args(cmd);
    LAZY.store(lazy, Ordering::Relaxed);
    let path = cmd.get_name().to_string();
    examples::decorate(cmd, &path)
}

impl<T: Args> Args for Lazy<T> {
    fn augment_args(cmd: Command) -> Command {
        when_used(cmd, built_now::<T>)
    }
    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl<T: FromArgMatches> FromArgMatches for Lazy<T> {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(m).map(Lazy)
    }
    fn from_arg_matches_mut(m: &mut ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(m).map(Lazy)
    }
    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(m)
    }
}

impl<N: Noun> Args for Verbs<N> {
    fn augment_args(cmd: Command) -> Command {
        let cmd = cmd.subcommand_required(true).arg_required_else_help(true);
        when_used(cmd, build::<N>)
    }
    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

fn build<N: Noun>(mut cmd: Command) -> Command {
    let k = N::KIND;
    if !N::AFTER_HELP.is_empty() {
        cmd = cmd.after_help(N::AFTER_HELP);
    }
    // A verb of the noun's own named like a generic one takes its place (`pipelines get --steps`);
    // the kind's help line stays. The order is set here: commands built elsewhere carry their own.
    let own = N::Extra::augment_subcommands(Command::new(k.name));
    let mut order = 0;
    let mut add = |cmd: Command, c: Command| {
        order += 1;
        cmd.subcommand(c.display_order(order))
    };
    for v in k.verbs {
        let c = match own.find_subcommand(v.name) {
            Some(c) => described(c.clone(), v),
            None => described(verb_command::<N>(v), v),
        };
        let path = format!("{} {}", k.command, v.name);
        let listed = examples::EXAMPLES.iter().find(|(p, _)| *p == path);
        let e = listed.map_or_else(|| examples::of_verb(k, v, &c), |(_, e)| e.to_string());
        cmd = add(cmd, examples::finish(c, Some(e)));
    }
    for c in own.get_subcommands() {
        if !k.verbs.iter().any(|v| v.name == c.get_name()) {
            let path = format!("{} {}", k.command, c.get_name());
            cmd = add(cmd, examples::decorate(c.clone(), &path));
        }
    }
    examples::finish(cmd, None)
}

/// The kind's help line and alias on a verb's command.
fn described(c: Command, v: &Verb) -> Command {
    // After the flags: a flag struct's doc comment would otherwise become the verb's about.
    let c = c.about(v.about).long_about(None);
    match v.alias {
        Some(a) => c.visible_alias(a),
        None => c,
    }
}

fn verb_command<N: Noun>(v: &'static Verb) -> Command {
    let k = N::KIND;
    let c = Command::new(v.name);
    match v.op {
        Op::List => PageArgs::augment_args(N::Filters::augment_args(parents(c, k, false))),
        Op::Show => parents(c, k, false),
        Op::Create => N::Create::augment_args(parents(c, k, false)),
        Op::Update => N::Update::augment_args(item_args(c, k)),
        Op::Get | Op::Delete | Op::Action { .. } => item_args(c, k),
    }
}

/// The parents, then the object; with a parent flag, the object first. A kind with a parent flag
/// also takes its parent first, as `list` does (`tf runs get star tfr_1`): scripts written that
/// way keep working.
fn item_args(c: Command, k: &'static Kind) -> Command {
    let target = Arg::new(TARGET)
        .value_name(k.arg.0)
        .help(k.arg.1)
        .required(true)
        .value_parser(value_parser!(String))
        .action(ArgAction::Set);
    let target = completing(target, k);
    match k.parent_arg {
        ParentArg::Positional => parents(c, k, false).arg(target),
        ParentArg::Flag { .. } => {
            let after_parent = Arg::new(AFTER_PARENT)
                .hide(true)
                .value_parser(value_parser!(String))
                .action(ArgAction::Set)
                .conflicts_with(PARENT_FLAG);
            parents(c.arg(target).arg(after_parent), k, true)
        }
    }
}

/// One positional per parent, outermost first; for item verbs of a kind with a parent flag, that
/// optional flag instead.
fn parents(mut c: Command, k: &'static Kind, item: bool) -> Command {
    let ancestors = k.ancestors();
    if let (true, ParentArg::Flag { short }, Some(p)) = (item, k.parent_arg, ancestors.last()) {
        let help = format!(
            "The {}'s {} (name or id); without it every {1} of the project is searched",
            k.singular, p.singular
        );
        return c.arg(completing(
            Arg::new(PARENT_FLAG)
                .long(p.singular)
                .short(short)
                .value_name(p.arg.0)
                .help(help)
                .value_parser(value_parser!(String))
                .action(ArgAction::Set),
            p,
        ));
    }
    for (id, p) in PARENT_IDS.iter().zip(ancestors) {
        c = c.arg(completing(
            Arg::new(*id)
                .value_name(p.arg.0)
                .help(p.arg.1)
                .required(true)
                .value_parser(value_parser!(String))
                .action(ArgAction::Set),
            p,
        ));
    }
    c
}

/// An argument that names an object of `k` completes its names (`rime conn get <TAB>`).
fn completing(a: Arg, k: &'static Kind) -> Arg {
    match super::complete::names_of(k) {
        Some(names) => a.add(names),
        None => a,
    }
}

/// The line of a command being completed, as the registry's completers read it: the values of
/// the parents given before the word at the cursor (`m` is the innermost subcommand's matches).
pub fn parents_given(m: &ArgMatches) -> (Vec<String>, Option<String>) {
    let value = |id: &str| m.try_get_one::<String>(id).ok().flatten().cloned();
    let parents = PARENT_IDS.iter().map_while(|id| value(id)).collect();
    (parents, value(PARENT_FLAG))
}

fn take_parents(m: &mut ArgMatches, k: &'static Kind) -> Vec<String> {
    PARENT_IDS
        .iter()
        .take(k.ancestors().len())
        .filter_map(|id| m.remove_one::<String>(id))
        .collect()
}

/// An item verb's parents and object, however they were given.
fn take_item(m: &mut ArgMatches, k: &'static Kind) -> (Vec<String>, String) {
    let target = m.remove_one::<String>(TARGET).unwrap_or_default();
    if !matches!(k.parent_arg, ParentArg::Flag { .. }) {
        return (take_parents(m, k), target);
    }
    match m.remove_one::<String>(AFTER_PARENT) {
        Some(object) => (vec![target], object),
        None => (
            m.remove_one::<String>(PARENT_FLAG).into_iter().collect(),
            target,
        ),
    }
}

impl<N: Noun> FromArgMatches for Verbs<N> {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut m.clone())
    }

    fn from_arg_matches_mut(m: &mut ArgMatches) -> Result<Self, clap::Error> {
        let k = N::KIND;
        let Some(name) = m.subcommand_name() else {
            return Err(clap::Error::raw(
                ErrorKind::MissingSubcommand,
                "a subcommand is required",
            ));
        };
        let generic = k.verbs.iter().find(|v| v.name == name);
        let Some(v) = generic.filter(|_| !N::Extra::has_subcommand(name)) else {
            return Ok(Verbs {
                call: Call::Extra(N::Extra::from_arg_matches_mut(m)?),
            });
        };
        let (_, mut sub) = m.remove_subcommand().expect("a subcommand");
        let (parents, target) = if matches!(v.op, Op::List | Op::Create | Op::Show) {
            (take_parents(&mut sub, k), String::new())
        } else {
            take_item(&mut sub, k)
        };
        let call = match v.op {
            Op::List => Call::List {
                parents,
                filters: N::Filters::from_arg_matches_mut(&mut sub)?,
                page: PageArgs::from_arg_matches_mut(&mut sub)?,
            },
            Op::Show => Call::Show { parents },
            Op::Create => Call::Create {
                parents,
                flags: N::Create::from_arg_matches_mut(&mut sub)?,
            },
            Op::Update => Call::Update {
                parents,
                target,
                flags: N::Update::from_arg_matches_mut(&mut sub)?,
            },
            Op::Get | Op::Delete | Op::Action { .. } => Call::Item {
                verb: v,
                parents,
                target,
            },
        };
        Ok(Verbs { call })
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl<N: Noun> Verbs<N> {
    /// The noun's own verb, when that is what was given.
    pub fn extra(&self) -> Option<&N::Extra> {
        match &self.call {
            Call::Extra(x) => Some(x),
            _ => None,
        }
    }

    pub async fn run(self, ctx: &Context) -> anyhow::Result<()> {
        let k = N::KIND;
        match self.call {
            Call::List {
                parents,
                filters,
                page,
            } => {
                let scope = k.scope(ctx, &parents).await?;
                let query = filters.query(ctx, &scope).await?;
                verbs::list(ctx, k, &scope, query, &page).await
            }
            Call::Show { parents } => {
                let scope = k.scope(ctx, &parents).await?;
                let v = verbs::fetch_one(ctx, k, &scope).await?;
                k.show(ctx, &v)
            }
            Call::Create { parents, flags } => {
                let scope = k.scope(ctx, &parents).await?;
                N::create(ctx, &scope, flags).await
            }
            Call::Update {
                parents,
                target,
                flags,
            } => {
                let placed = place(ctx, k, parents, target).await?;
                N::update(ctx, &placed.target(), flags).await
            }
            Call::Item {
                verb,
                parents,
                target,
            } => item(ctx, verb, &place(ctx, k, parents, target).await?.target()).await,
            Call::Extra(x) => x.run(ctx).await,
        }
    }
}

async fn item(ctx: &Context, verb: &Verb, t: &Target<'_>) -> anyhow::Result<()> {
    let k = t.kind;
    match verb.op {
        Op::Get => k.show(ctx, t.found(ctx).await?),
        Op::Delete => verbs::delete_found(ctx, k, t.scope, t.found(ctx).await?, verb.note).await,
        Op::Action { segment, done } => {
            let v = verbs::act(ctx, t, segment).await?;
            ctx.out
                .status(&format!("{done} {} {}", k.singular, k.label(&v)));
            k.show(ctx, &v)
        }
        Op::List | Op::Show | Op::Create | Op::Update => unreachable!("not an item verb"),
    }
}

/// An object named on the command line, resolved: its parents' scope, and the object itself when
/// finding the parent meant fetching it.
pub struct Placed {
    kind: &'static Kind,
    pub scope: Scope,
    given: String,
    found: Option<Value>,
}

impl Placed {
    pub fn target(&self) -> Target<'_> {
        match &self.found {
            Some(v) => Target::known(self.kind, &self.scope, &self.given, v.clone()),
            None => Target::new(self.kind, &self.scope, &self.given),
        }
    }
}

/// Resolves the parents the user named; none given for a kind below another means every parent
/// in the project is asked (`runs get RUN`).
async fn place(
    ctx: &Context,
    k: &'static Kind,
    parents: Vec<String>,
    given: String,
) -> anyhow::Result<Placed> {
    let unplaced = parents.is_empty() && matches!(k.parent, Parent::Kind(_)) && !k.singleton();
    let (scope, found) = if unplaced {
        let (scope, v) = k.locate(ctx, &given).await?;
        (scope, Some(v))
    } else {
        (k.scope(ctx, &parents).await?, None)
    };
    Ok(Placed {
        kind: k,
        scope,
        given,
        found,
    })
}

/// One object of `N`'s kind taken as its item verbs take it — parents as positionals, or the
/// object and the kind's optional parent flag — for a noun's own verbs (`runs watch RUN
/// [--pipeline P]`, `pipelines run PIPELINE`).
pub struct Item<N> {
    parents: Vec<String>,
    given: String,
    noun: PhantomData<fn() -> N>,
}

impl<N: Noun> Item<N> {
    /// The object as the user named it.
    pub fn given(&self) -> &str {
        &self.given
    }

    pub async fn place(&self, ctx: &Context) -> anyhow::Result<Placed> {
        place(ctx, N::KIND, self.parents.clone(), self.given.clone()).await
    }

    /// The object as the server has it.
    pub async fn fetch(&self, ctx: &Context) -> anyhow::Result<Value> {
        let placed = self.place(ctx).await?;
        Ok(placed.target().found(ctx).await?.clone())
    }
}

impl<N> fmt::Debug for Item<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Item({:?} {:?})", self.parents, self.given)
    }
}

/// For a singleton (a connector's `schema`) an `Item` is its parents.
impl<N: Noun> Args for Item<N> {
    fn augment_args(cmd: Command) -> Command {
        match N::KIND.singleton() {
            true => parents(cmd, N::KIND, false),
            false => item_args(cmd, N::KIND),
        }
    }
    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl<N: Noun> FromArgMatches for Item<N> {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut m.clone())
    }
    fn from_arg_matches_mut(m: &mut ArgMatches) -> Result<Self, clap::Error> {
        let (parents, given) = match N::KIND.singleton() {
            true => (take_parents(m, N::KIND), String::new()),
            false => take_item(m, N::KIND),
        };
        Ok(Item {
            parents,
            given,
            noun: PhantomData,
        })
    }
    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}
