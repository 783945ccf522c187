//! Finding objects of a kind: paths under resolved parents, by id or name, once per command.

use std::sync::Mutex;

use serde_json::Value;
use tokio::sync::OnceCell;

use super::{Kind, Lookup, Parent};
use crate::context::Context;
use crate::error::CliError;
use crate::http::page::{PageOpts, Pager};
use crate::http::{ApiError, ApiPath, check_id};
use crate::output::{ListSpec, terminal_safe};

/// A kind's parents, resolved: their ids outermost first, and how the user named them (for hints).
/// The project is not among them: it comes from the context.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub ids: Vec<String>,
    pub given: Vec<String>,
    /// The parents as the server has them, when they were looked up (`Scope::of` knows only ids).
    pub found: Vec<Value>,
}

static TOP: Scope = Scope {
    ids: Vec::new(),
    given: Vec::new(),
    found: Vec::new(),
};

impl Scope {
    /// No parents (a project-scoped or top-level kind).
    pub fn top() -> &'static Scope {
        &TOP
    }

    /// Parents already resolved to ids (the ids stand in for names in hints).
    pub fn of<S: AsRef<str>>(ids: impl IntoIterator<Item = S>) -> Scope {
        let ids: Vec<String> = ids.into_iter().map(|s| s.as_ref().to_string()).collect();
        Scope {
            given: ids.clone(),
            ids,
            found: Vec::new(),
        }
    }

    /// The innermost parent's id.
    pub fn parent(&self) -> &str {
        self.ids.last().map_or("", String::as_str)
    }

    /// The innermost parent as the server has it, when it was looked up.
    pub fn parent_found(&self) -> Option<&Value> {
        self.found.get(self.ids.len().checked_sub(1)?)
    }

    fn outer(&self) -> Scope {
        let n = self.ids.len().saturating_sub(1);
        Scope {
            ids: self.ids[..n].to_vec(),
            given: self.given[..n.min(self.given.len())].to_vec(),
            found: self.found[..n.min(self.found.len())].to_vec(),
        }
    }
}

/// An object named on the command line, looked up at most once however often it is asked for.
pub struct Target<'a> {
    pub kind: &'static Kind,
    pub scope: &'a Scope,
    pub given: &'a str,
    found: OnceCell<Value>,
}

impl<'a> Target<'a> {
    pub fn new(kind: &'static Kind, scope: &'a Scope, given: &'a str) -> Target<'a> {
        Target {
            kind,
            scope,
            given,
            found: OnceCell::new(),
        }
    }

    /// A target already fetched (found while searching for its parent).
    pub fn known(kind: &'static Kind, scope: &'a Scope, given: &'a str, v: Value) -> Target<'a> {
        Target {
            kind,
            scope,
            given,
            found: OnceCell::new_with(Some(v)),
        }
    }

    /// The object as the server has it.
    pub async fn found(&self, ctx: &Context) -> anyhow::Result<&Value> {
        self.found
            .get_or_try_init(|| self.kind.find(ctx, self.scope, self.given))
            .await
    }

    /// The object's id; an id-only kind takes the given id as it is, without a lookup.
    pub async fn id(&self, ctx: &Context) -> anyhow::Result<String> {
        if self.kind.names.is_empty() && self.kind.lookup == Lookup::Get {
            check_id(self.given)?;
            return Ok(self.given.to_string());
        }
        let v = self.found(ctx).await?;
        Ok(v["id"].as_str().unwrap_or(self.given).to_string())
    }

    pub async fn path(&self, ctx: &Context) -> anyhow::Result<ApiPath> {
        let id = self.id(ctx).await?;
        self.kind.item_path(ctx, self.scope, &id).await
    }
}

impl Kind {
    /// The list view and the fields `--fields` may name.
    pub fn spec(&'static self) -> ListSpec<'static> {
        ListSpec {
            columns: self.columns,
            known_fields: self.known_fields(),
        }
    }

    /// `top_fields`, worked out once per kind and process.
    fn known_fields(&'static self) -> &'static [&'static str] {
        type Cache = Vec<(usize, &'static [&'static str])>;
        static CACHE: Mutex<Cache> = Mutex::new(Vec::new());
        let key = std::ptr::from_ref(self) as usize;
        let mut cache = CACHE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, f)) = cache.iter().find(|(k, _)| *k == key) {
            return f;
        }
        let f: &'static [&'static str] = Box::leak(self.top_fields().into_boxed_slice());
        cache.push((key, f));
        f
    }

    /// One object, in the chosen format; a kind with a `detail` list shows that list in table and
    /// CSV output.
    pub fn show(&'static self, ctx: &Context, v: &Value) -> anyhow::Result<()> {
        let Some((path, columns)) = self.detail else {
            return ctx.show(v, &self.spec());
        };
        let known: Vec<&str> = columns.iter().map(|c| c.path).collect();
        let items = ListSpec {
            columns,
            known_fields: &known,
        };
        Ok(ctx.out.detail(v, &v[path], &items, &self.spec())?)
    }

    /// Resolves the parents the user named (outermost first) to ids, each within the one before.
    pub async fn scope(&'static self, ctx: &Context, given: &[String]) -> anyhow::Result<Scope> {
        let mut scope = Scope::default();
        for (kind, name) in self.ancestors().into_iter().zip(given) {
            let v = kind.find(ctx, &scope, name).await?;
            scope.ids.push(v["id"].as_str().unwrap_or(name).to_string());
            scope.given.push(name.clone());
            scope.found.push(v);
        }
        Ok(scope)
    }

    pub async fn collection(
        &'static self,
        ctx: &Context,
        scope: &Scope,
    ) -> anyhow::Result<ApiPath> {
        let mut path = match self.parent {
            Parent::Tenant => ApiPath::root(),
            Parent::Project => ApiPath::root()
                .seg("projects")
                .seg(Box::pin(ctx.project_id()).await?),
            Parent::Kind(p) => {
                check_id(scope.parent())?;
                Box::pin(p.collection(ctx, &scope.outer()))
                    .await?
                    .seg(scope.parent())
            }
        };
        for seg in self.path.split('/') {
            path = path.seg(seg);
        }
        Ok(path)
    }

    pub async fn item_path(
        &'static self,
        ctx: &Context,
        scope: &Scope,
        id: &str,
    ) -> anyhow::Result<ApiPath> {
        check_id(id)?;
        Ok(self.collection(ctx, scope).await?.seg(id))
    }

    /// The object named by `name_or_id`: by id first when it looks like one, else by name.
    pub async fn find(
        &'static self,
        ctx: &Context,
        scope: &Scope,
        name_or_id: &str,
    ) -> anyhow::Result<Value> {
        check_id(name_or_id)?;
        match self.lookup {
            Lookup::List => return self.find_listed(ctx, scope, name_or_id).await,
            Lookup::Typed => return self.find_typed(ctx, scope, name_or_id).await,
            Lookup::Project if ctx.client().await?.is_api_key() => {
                let id = Box::pin(ctx.project_named(name_or_id)).await?;
                let path = self.item_path(ctx, scope, &id).await?;
                return ctx.client().await?.get(&path).await;
            }
            Lookup::Get | Lookup::Project => {}
        }
        let looks_like_id = !self.id_prefix.is_empty() && name_or_id.starts_with(self.id_prefix);
        if looks_like_id || self.names.is_empty() {
            match self.get_by_id(ctx, scope, name_or_id).await? {
                Some(v) => return Ok(v),
                None if self.names.is_empty() => return Err(self.not_found(name_or_id, scope)),
                None => {}
            }
        }
        if let Some(v) = self.find_in_list(ctx, scope, name_or_id, false).await? {
            return Ok(v);
        }
        if !looks_like_id && let Some(v) = self.get_by_id(ctx, scope, name_or_id).await? {
            return Ok(v);
        }
        Err(self.not_found(name_or_id, scope))
    }

    pub async fn id_of(
        &'static self,
        ctx: &Context,
        scope: &Scope,
        name_or_id: &str,
    ) -> anyhow::Result<String> {
        let v = self.find(ctx, scope, name_or_id).await?;
        Ok(v["id"].as_str().unwrap_or(name_or_id).to_string())
    }

    /// An object of a kind whose parent was not given (`runs get RUN`): each parent in the
    /// project is asked in turn. Returns the object and the scope it was found in.
    pub async fn locate(&'static self, ctx: &Context, id: &str) -> anyhow::Result<(Scope, Value)> {
        let Parent::Kind(parent) = self.parent else {
            return Ok((Scope::default(), self.find(ctx, Scope::top(), id).await?));
        };
        check_id(id)?;
        let client = ctx.client().await?;
        let path = parent.collection(ctx, Scope::top()).await?;
        let mut pager = Pager::new(client, path, Vec::new(), PageOpts::default());
        while let Some(parents) = pager.next_page().await? {
            for p in parents {
                let pid = p["id"].as_str().unwrap_or_default().to_string();
                let name = parent.names.iter().find_map(|f| p[*f].as_str());
                let scope = Scope {
                    given: vec![name.unwrap_or(&pid).to_string()],
                    ids: vec![pid],
                    found: vec![p],
                };
                if let Some(v) = self.get_by_id(ctx, &scope, id).await? {
                    return Ok((scope, v));
                }
            }
        }
        Err(CliError::NotFound {
            message: format!(
                "no {} `{}` in any {} of this project",
                self.singular,
                terminal_safe(id),
                parent.singular
            ),
            hint: format!(
                "run `rime {} list {}` to see a {}'s {}",
                self.command, parent.arg.0, parent.singular, self.plural
            ),
        }
        .into())
    }

    pub(super) async fn get_by_id(
        &'static self,
        ctx: &Context,
        scope: &Scope,
        id: &str,
    ) -> anyhow::Result<Option<Value>> {
        let path = self.item_path(ctx, scope, id).await?;
        match ctx.client().await?.get(&path).await {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.downcast_ref::<ApiError>()
                    .is_some_and(|a| a.status == 404) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn is_named(&self, item: &Value, name: &str) -> bool {
        self.names.iter().any(|f| match item[*f].as_str() {
            Some(n) if self.fold_case => n.eq_ignore_ascii_case(name),
            Some(n) => n == name,
            None => false,
        })
    }

    /// Walks the list for an object named `name` (or, `with_id`, whose id it is).
    async fn find_in_list(
        &'static self,
        ctx: &Context,
        scope: &Scope,
        name: &str,
        with_id: bool,
    ) -> anyhow::Result<Option<Value>> {
        let path = self.collection(ctx, scope).await?;
        let client = ctx.client().await?;
        let mut pager = Pager::new(client, path, Vec::new(), PageOpts::default());
        while let Some(items) = pager.next_page().await? {
            if let Some(found) = items.into_iter().find(|item| {
                (with_id && item["id"].as_str() == Some(name)) || self.is_named(item, name)
            }) {
                return Ok(Some(found));
            }
        }
        Ok(None)
    }

    /// For collections without a `GET …/{id}`: the list is walked for the id or a name.
    pub async fn find_listed(
        &'static self,
        ctx: &Context,
        scope: &Scope,
        name_or_id: &str,
    ) -> anyhow::Result<Value> {
        check_id(name_or_id)?;
        match self.find_in_list(ctx, scope, name_or_id, true).await? {
            Some(v) => Ok(v),
            None => Err(self.not_found(name_or_id, scope)),
        }
    }

    /// Every name (or id, for id-only kinds) in the collection: for completion.
    pub async fn names_in(
        &'static self,
        ctx: &Context,
        scope: &Scope,
    ) -> anyhow::Result<Vec<String>> {
        let path = self.collection(ctx, scope).await?;
        let client = ctx.client().await?;
        let mut pager = Pager::new(client, path, Vec::new(), PageOpts::default());
        let mut out = Vec::new();
        while let Some(items) = pager.next_page().await? {
            for item in &items {
                let name = self.names.iter().find_map(|f| item[*f].as_str());
                if let Some(n) = name.or(item["id"].as_str()) {
                    out.push(n.to_string());
                }
            }
        }
        Ok(out)
    }

    pub(crate) fn not_found(&self, what: &str, scope: &Scope) -> anyhow::Error {
        let parents: String = scope
            .given
            .iter()
            .map(|g| format!(" {}", terminal_safe(g)))
            .collect();
        CliError::NotFound {
            message: format!(
                "no {} named or with id `{}`",
                self.singular,
                terminal_safe(what)
            ),
            hint: format!("run `rime {} list{parents}` to see them", self.command),
        }
        .into()
    }

    /// A readable label: `` `name` (id) ``, or `` `id` (describe) `` for id-only kinds.
    pub fn label(&self, v: &Value) -> String {
        let id = v["id"].as_str().unwrap_or("?");
        match self.names.iter().find_map(|f| v[*f].as_str()) {
            Some(name) if name != id => format!("`{}` ({id})", terminal_safe(name)),
            _ => match self.describe.and_then(|f| v[f].as_str()) {
                Some(d) => format!("`{id}` ({})", terminal_safe(d)),
                None => format!("`{id}`"),
            },
        }
    }
}
