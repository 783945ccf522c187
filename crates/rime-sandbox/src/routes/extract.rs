//! The preamble of every project endpoint as one extractor: the caller, authorised for the
//! project; the project, which must exist; the path's other ids and the query string.
//
// Checks run in the order the contract's errors rank: 401 (no or bad token), 403 (not allowed in
// this project), 404 (no such project); the body, when the handler takes one, is read after.

use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::{Arc, MutexGuard};

use axum::extract::{FromRequestParts, Query, RawPathParams};
use axum::http::request::Parts;
use rusqlite::Connection;

use crate::app::{App, Audit};
use crate::auth::Principal;
use crate::collection::{Collection, Listing, PROJECTS, Param};
use crate::error::{ApiError, ApiResult};
use crate::store::Obj;

/// What a caller must be allowed to do in the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// See the project (any role; API keys of this project).
    Read,
    /// Change project resources (admin, editor).
    Write,
    /// Change governance settings (admin, governance admin).
    Govern,
    /// Tenant administration (admin users only).
    Admin,
    /// Tenant-level reads: any signed-in user, no API key.
    User,
}

impl Access {
    pub fn check(self, p: &Principal, pid: &str) -> ApiResult<()> {
        match self {
            Access::Read => p.require_project_read(pid),
            Access::Write => p.require_project_write(pid),
            Access::Govern => p.require_governance_write(pid),
            Access::Admin => p.require_admin(),
            Access::User => p.require_user(),
        }
    }
}

/// The access an [`InProject`] extractor demands, as a type: `InProject<Write>`.
pub trait Need: Send + Sync + 'static {
    const ACCESS: Access;
}

pub struct Read;
pub struct Write;
pub struct Govern;
pub struct Admin;
pub struct User;

impl Need for Read {
    const ACCESS: Access = Access::Read;
}
impl Need for Write {
    const ACCESS: Access = Access::Write;
}
impl Need for Govern {
    const ACCESS: Access = Access::Govern;
}
impl Need for Admin {
    const ACCESS: Access = Access::Admin;
}
impl Need for User {
    const ACCESS: Access = Access::User;
}

/// A request inside one existing project by a caller with access `N` to it.
pub struct InProject<N: Need = Read> {
    pub app: Arc<App>,
    pub p: Principal,
    pub pid: String,
    /// The project as stored (its identifier and settings).
    pub project: Obj,
    /// Query parameters (a repeated key: the last one wins).
    pub query: HashMap<String, String>,
    /// The path's ids after the project's, in route order.
    ids: Vec<String>,
    need: PhantomData<N>,
}

impl<N: Need> FromRequestParts<Arc<App>> for InProject<N> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Self, ApiError> {
        let p = Principal::from_request_parts(parts, app).await?;
        let params = RawPathParams::from_request_parts(parts, app)
            .await
            .map_err(|e| ApiError::field("path", e.body_text()))?;
        let (mut pid, mut ids) = (None, Vec::new());
        for (key, value) in &params {
            if key == "project_id" {
                pid = Some(value.to_string());
            } else {
                ids.push(value.to_string());
            }
        }
        let pid = pid.ok_or_else(|| ApiError::internal("a project route without {project_id}"))?;
        N::ACCESS.check(&p, &pid)?;
        let project = PROJECTS.load(&app.db(), "", &pid)?;
        Ok(InProject {
            app: app.clone(),
            p,
            pid,
            project,
            query: query(parts),
            ids,
            need: PhantomData,
        })
    }
}

impl<N: Need> InProject<N> {
    /// The database; held only between awaits (see [`App::db`]).
    pub fn db(&self) -> MutexGuard<'_, Connection> {
        self.app.db()
    }

    /// The path's first `K` ids after the project's (`let [connector_id, run_id] = s.ids();`).
    pub fn ids<const K: usize>(&self) -> [&str; K] {
        std::array::from_fn(|i| self.ids.get(i).map_or("", String::as_str))
    }

    /// An audit entry for an action of this caller in this project.
    pub fn audit<'a>(&'a self, action: &'a str) -> Audit<'a> {
        Audit::by(&self.p, action).project(&self.pid)
    }

    /// The list of `coll` this request asks for (`?limit`, `?cursor` and the filters `params`).
    pub fn listing(&self, coll: &'static Collection, params: &[Param]) -> ApiResult<Listing> {
        coll.query(&self.query, params)
    }

    /// The object of `coll` the path's first id names in this project (a connector, a
    /// pipeline, the parent of what the route is about), or 404.
    pub fn object(&self, conn: &Connection, coll: &Collection) -> ApiResult<Obj> {
        coll.load(conn, &self.pid, self.ids::<1>()[0])
    }
}

/// A tenant-level request (`/users`, `/projects`, `/audit-log`, `/tenant`) by a caller with
/// access `N` (`User` or `Admin`).
pub struct InTenant<N: Need = User> {
    pub app: Arc<App>,
    pub p: Principal,
    pub query: HashMap<String, String>,
    /// The path's one id, if any (`/users/{user_id}`).
    pub id: String,
    need: PhantomData<N>,
}

impl<N: Need> FromRequestParts<Arc<App>> for InTenant<N> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Self, ApiError> {
        let p = Principal::from_request_parts(parts, app).await?;
        N::ACCESS.check(&p, "")?;
        let params = RawPathParams::from_request_parts(parts, app)
            .await
            .map_err(|e| ApiError::field("path", e.body_text()))?;
        let id = params
            .iter()
            .next()
            .map(|(_, v)| v.to_string())
            .unwrap_or_default();
        Ok(InTenant {
            app: app.clone(),
            p,
            query: query(parts),
            id,
            need: PhantomData,
        })
    }
}

impl<N: Need> InTenant<N> {
    pub fn db(&self) -> MutexGuard<'_, Connection> {
        self.app.db()
    }

    /// An audit entry for an action of this caller.
    pub fn audit<'a>(&'a self, action: &'a str) -> Audit<'a> {
        Audit::by(&self.p, action)
    }
}

fn query(parts: &Parts) -> HashMap<String, String> {
    Query::<HashMap<String, String>>::try_from_uri(&parts.uri)
        .map(|q| q.0)
        .unwrap_or_default()
}
