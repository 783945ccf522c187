//! The sandbox's stored collections, one table row each (`table`), and the one list path they share.
//
// A row says where a kind lives (tenant-wide, in a project, or inside a parent object of the
// project), how it is named in messages and in which order it lists. Handlers, simulations and
// seeds all find, load, list and insert objects through the rows, so a kind's facts are written
// once; the query parameters a list accepts are the route's business (`Param`).

mod table;

use std::collections::HashMap;

use axum::Json;
use axum::response::Response;
use jiff::Timestamp;
use rusqlite::Connection;
use serde_json::{Map, Value};

pub use table::*;

use crate::clock::rfc3339;
use crate::error::{ApiError, ApiResult, Detail};
use crate::page::{PageParams, envelope, raw_envelope};
use crate::store::{Filter, ListQuery, NewObj, Obj, ObjPage, Store};

/// Where the objects of a collection live; their stored `scope` is the id of what holds them.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// Tenant-wide (`/users`, `/projects`, `/audit-log`): scope `""`.
    Tenant,
    /// Directly in a project (`/projects/{project_id}/…`): scope = the project's id.
    Project,
    /// Inside an object of another collection of the project (a connector's runs, a
    /// transformation's models): scope = that object's id.
    Under(&'static Collection),
}

/// One stored collection.
#[derive(Debug)]
pub struct Collection {
    /// The store kind, also the audit `resource_type` of generic collections.
    pub kind: &'static str,
    /// For messages: "Alert rule with ID '…' was not found."
    pub label: &'static str,
    /// Words after "was not found" in that message (" in this project").
    pub missing: &'static str,
    pub scope: Scope,
    /// Lists show the newest first (runs, alerts, audit entries) rather than the oldest.
    pub newest_first: bool,
}

impl Collection {
    /// A project collection listed oldest first: the usual case, for `..Collection::PROJECT`.
    pub const PROJECT: Collection = Collection {
        kind: "",
        label: "",
        missing: "",
        scope: Scope::Project,
        newest_first: false,
    };

    /// The object `id` of this collection in `scope`, or 404 naming the collection.
    pub fn load(&self, conn: &Connection, scope: &str, id: &str) -> ApiResult<Obj> {
        match self.get(conn, id)? {
            Some(o) if o.scope == scope => Ok(o),
            _ => Err(ApiError::not_found(format!(
                "{} with ID '{id}' was not found{}.",
                self.label, self.missing
            ))),
        }
    }

    /// The object `id`, wherever it lives.
    pub fn get(&self, conn: &Connection, id: &str) -> ApiResult<Option<Obj>> {
        Store(conn).get(self.kind, id)
    }

    /// True when `scope` holds an object `id` of this collection (references between objects).
    pub fn has(&self, conn: &Connection, scope: &str, id: &str) -> ApiResult<bool> {
        Ok(self.get(conn, id)?.is_some_and(|o| o.scope == scope))
    }

    /// The object named `name` in `scope`.
    pub fn named(&self, conn: &Connection, scope: &str, name: &str) -> ApiResult<Option<Obj>> {
        Store(conn).find_by_name(self.kind, scope, name)
    }

    /// Every object in `scope`, oldest first (small internal walks).
    pub fn all(&self, conn: &Connection, scope: &str) -> ApiResult<Vec<Obj>> {
        Store(conn).all(self.kind, Some(scope))
    }

    pub fn count(&self, conn: &Connection, scope: &str) -> ApiResult<i64> {
        Store(conn).count(self.kind, Some(scope))
    }

    /// The first object a list of `scope` shows (the newest, for newest-first collections).
    pub fn first(
        &self,
        conn: &Connection,
        scope: &str,
        filters: Vec<Filter>,
    ) -> ApiResult<Option<Obj>> {
        Store(conn).first(self.kind, Some(scope), filters, self.newest_first)
    }

    /// A new object of this collection in `scope`, belonging to `project_id`.
    pub fn new_obj<'a>(
        &'a self,
        id: &'a str,
        scope: &'a str,
        project_id: Option<&'a str>,
        body: &'a Value,
    ) -> NewObj<'a> {
        NewObj::new(self.kind, id, scope, project_id, body)
    }

    /// Stores an unnamed object without secrets directly in project `pid`.
    pub fn insert_in(&self, conn: &Connection, id: &str, pid: &str, body: &Value) -> ApiResult<()> {
        Store(conn)
            .insert(self.new_obj(id, pid, Some(pid), body))
            .map(drop)
    }

    /// The page a list request asks for: `limit` and `cursor` (400 "Invalid pagination
    /// parameters."), then the route's filters (400 naming each bad value).
    pub fn query(
        &'static self,
        q: &HashMap<String, String>,
        params: &[Param],
    ) -> ApiResult<Listing> {
        let page = PageParams::from_query(q)?;
        let mut filters = Vec::new();
        let mut bad = Vec::new();
        for param in params {
            let Some(v) = q.get(param.name()) else {
                continue;
            };
            match param.filter(v) {
                Ok(f) => filters.push(f),
                Err(message) => bad.push(Detail::new(param.name(), message)),
            }
        }
        if !bad.is_empty() {
            return Err(ApiError::validation("Request validation failed.", bad));
        }
        Ok(Listing {
            coll: self,
            page,
            filters,
        })
    }
}

/// A list query parameter and the condition it puts on stored bodies.
#[derive(Debug, Clone, Copy)]
pub enum Param {
    /// `?name=v`: the top-level field `name` is `v`.
    Eq(&'static str),
    /// The same, for one of these values only.
    OneOf(&'static str, &'static [&'static str]),
    /// The same, for one of the values a catalogue names.
    OneOfAny(&'static str, fn() -> Vec<&'static str>),
    /// `?name=<RFC 3339>`: the body's field at this JSON path is at or after it.
    Since(&'static str, &'static str),
    /// … at or before it.
    Until(&'static str, &'static str),
    /// A condition built from the value.
    With(&'static str, fn(&str) -> Filter),
}

impl Param {
    fn name(&self) -> &'static str {
        match self {
            Param::Eq(n)
            | Param::OneOf(n, _)
            | Param::OneOfAny(n, _)
            | Param::Since(n, _)
            | Param::Until(n, _)
            | Param::With(n, _) => n,
        }
    }

    fn filter(&self, v: &str) -> Result<Filter, String> {
        let one_of = |name: &str, allowed: &[&str]| {
            if allowed.contains(&v) {
                Ok(Filter::eq(&format!("$.{name}"), v))
            } else {
                Err(format!("must be one of: {}", allowed.join(", ")))
            }
        };
        let time = || {
            v.parse::<Timestamp>()
                .map(|t| Value::String(rfc3339(t)))
                .map_err(|_| "must be an RFC 3339 timestamp".to_string())
        };
        match *self {
            Param::Eq(name) => Ok(Filter::eq(&format!("$.{name}"), v)),
            Param::OneOf(name, allowed) => one_of(name, allowed),
            Param::OneOfAny(name, allowed) => one_of(name, &allowed()),
            Param::Since(_, path) => Ok(Filter::Ge(path.into(), time()?)),
            Param::Until(_, path) => Ok(Filter::Le(path.into(), time()?)),
            Param::With(_, build) => Ok(build(v)),
        }
    }
}

/// A checked list request: run it against the scope that holds the objects.
pub struct Listing {
    coll: &'static Collection,
    page: PageParams,
    filters: Vec<Filter>,
}

impl Listing {
    /// One more condition, decided by the route (runs whose state is derived, not stored).
    pub fn and(mut self, f: Filter) -> Listing {
        self.filters.push(f);
        self
    }

    pub fn page(&self, conn: &Connection, scope: &str) -> ApiResult<ObjPage> {
        Store(conn).list(&self.store_query(scope))
    }

    /// The list envelope straight from the stored bodies (objects shown as stored).
    pub fn raw(&self, conn: &Connection, scope: &str) -> ApiResult<Response> {
        Ok(raw_envelope(
            &Store(conn).list_raw(&self.store_query(scope))?,
        ))
    }

    /// The list envelope with each object shown by `view`.
    pub fn json(
        &self,
        conn: &Connection,
        scope: &str,
        view: impl Fn(&Obj) -> Value,
    ) -> ApiResult<Json<Value>> {
        Ok(Json(envelope(&self.page(conn, scope)?, view)))
    }

    /// [`Listing::json`] with a view that can fail.
    pub fn try_json(
        &self,
        conn: &Connection,
        scope: &str,
        view: impl Fn(&Obj) -> ApiResult<Value>,
    ) -> ApiResult<Json<Value>> {
        let page = self.page(conn, scope)?;
        let data = page.items.iter().map(view).collect::<ApiResult<Vec<_>>>()?;
        let mut out = envelope(&page, |_| Value::Null);
        out["data"] = Value::Array(data);
        Ok(Json(out))
    }

    fn store_query<'a>(&'a self, scope: &'a str) -> ListQuery<'a> {
        ListQuery {
            kind: self.coll.kind,
            scope: Some(scope),
            filters: self.filters.clone(),
            newest_first: self.coll.newest_first,
            limit: self.page.limit,
            after_seq: self.page.after_seq,
        }
    }
}

/// The API view of a stored body: keys starting with `_` are the simulations' own bookkeeping.
pub fn public(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect::<Map<String, Value>>(),
        ),
        other => other.clone(),
    }
}
