//! SQLite storage: a generic object table (JSON bodies, write-only secrets apart) plus the auth tables.

use rusqlite::{Connection, OptionalExtension, params, params_from_iter, types::Value as SqlValue};
use serde_json::Value;

use crate::error::{ApiError, ApiResult};

const SCHEMA_VERSION: i64 = 2;

const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE objects (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL,
    id         TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL DEFAULT '',
    project_id TEXT,
    name       TEXT,
    body       TEXT NOT NULL,
    secrets    TEXT
);
CREATE INDEX objects_list ON objects (kind, scope, seq);
CREATE UNIQUE INDEX objects_name ON objects (kind, scope, name) WHERE name IS NOT NULL;
CREATE INDEX objects_project ON objects (project_id);
CREATE TABLE passwords (user_id TEXT PRIMARY KEY, salt BLOB NOT NULL, hash BLOB NOT NULL);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, method TEXT NOT NULL,
    created_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tokens (
    hash TEXT PRIMARY KEY, kind TEXT NOT NULL, session_id TEXT, key_id TEXT,
    expires_at INTEGER, spent INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tokens_session ON tokens (session_id);
CREATE TABLE auth_codes (
    hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, redirect_uri TEXT NOT NULL,
    expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE idempotency (
    principal TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL,
    status INTEGER, content_type TEXT, body BLOB, created_at INTEGER NOT NULL,
    PRIMARY KEY (principal, key)
);
"#,
    r#"
ALTER TABLE idempotency ADD COLUMN headers TEXT;
"#,
];

pub fn open(path: &str) -> anyhow::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    migrate(&conn)?;
    Ok(conn)
}

fn migrate(conn: &Connection) -> anyhow::Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    anyhow::ensure!(
        version <= SCHEMA_VERSION,
        "sandbox database schema {version} is newer than this build understands ({SCHEMA_VERSION})"
    );
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        conn.execute_batch(sql)?;
        conn.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    Ok(())
}

/// One stored resource. `body` is what the API returns (secrets already replaced by `*_set`);
/// `secrets` holds the write-only values beside it.
#[derive(Debug, Clone)]
pub struct Obj {
    pub seq: i64,
    pub id: String,
    pub scope: String,
    pub body: Value,
    pub secrets: Value,
}

pub struct NewObj<'a> {
    pub kind: &'a str,
    pub id: &'a str,
    pub scope: &'a str,
    pub project_id: Option<&'a str>,
    /// Unique within (kind, scope) when present.
    pub name: Option<&'a str>,
    pub body: &'a Value,
    pub secrets: &'a Value,
}

impl<'a> NewObj<'a> {
    /// An unnamed object without secrets in `scope` (its project, or a parent inside it).
    pub fn new(
        kind: &'a str,
        id: &'a str,
        scope: &'a str,
        project_id: Option<&'a str>,
        body: &'a Value,
    ) -> NewObj<'a> {
        NewObj {
            kind,
            id,
            scope,
            project_id,
            name: None,
            body,
            secrets: &Value::Null,
        }
    }

    /// Unique within its kind and scope.
    pub fn named(self, name: Option<&'a str>) -> NewObj<'a> {
        NewObj { name, ..self }
    }

    /// Write-only values kept beside the body.
    pub fn secrets(self, secrets: &'a Value) -> NewObj<'a> {
        NewObj { secrets, ..self }
    }
}

/// A keyset-paginated listing of one kind in one scope.
pub struct ListQuery<'a> {
    pub kind: &'a str,
    pub scope: Option<&'a str>,
    pub filters: Vec<Filter>,
    pub newest_first: bool,
    pub limit: usize,
    pub after_seq: Option<i64>,
}

/// A condition on a JSON path of the body (`$.status`, `$.actor.email`).
#[derive(Debug, Clone)]
pub enum Filter {
    Eq(String, Value),
    /// Greater or equal (strings compare lexically: RFC 3339 UTC timestamps sort correctly).
    Ge(String, Value),
    Le(String, Value),
    /// The object's id is one of these (an empty list matches nothing).
    Ids(Vec<String>),
}

impl Filter {
    pub fn eq(path: &str, v: impl Into<Value>) -> Filter {
        Filter::Eq(path.to_string(), v.into())
    }
}

pub struct ObjPage {
    pub items: Vec<Obj>,
    pub has_more: bool,
}

/// A page of bodies as their stored JSON text, for listings that return objects as stored:
/// no parse and no re-serialisation per row (the hot path of every `GET` list).
pub struct RawPage {
    /// `(seq, body)`, in page order.
    pub items: Vec<(i64, String)>,
    pub has_more: bool,
}

fn row_obj(row: &rusqlite::Row<'_>) -> rusqlite::Result<Obj> {
    let body: String = row.get(3)?;
    let secrets: Option<String> = row.get(4)?;
    Ok(Obj {
        seq: row.get(0)?,
        id: row.get(1)?,
        scope: row.get(2)?,
        body: serde_json::from_str(&body).unwrap_or(Value::Null),
        secrets: secrets
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or(Value::Null),
    })
}

const COLUMNS: &str = "seq, id, scope, body, secrets";

fn sql_err(e: rusqlite::Error) -> ApiError {
    ApiError::internal(format!("storage error: {e}"))
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation)
}

fn secrets_text(secrets: &Value) -> Option<String> {
    match secrets {
        Value::Null => None,
        Value::Object(m) if m.is_empty() => None,
        other => Some(other.to_string()),
    }
}

fn to_sql(v: &Value) -> SqlValue {
    match v {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(*b as i64),
        Value::Number(n) => n
            .as_i64()
            .map(SqlValue::Integer)
            .unwrap_or_else(|| SqlValue::Real(n.as_f64().unwrap_or(0.0))),
        Value::String(s) => SqlValue::Text(s.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}

pub struct Store<'c>(pub &'c Connection);

impl Store<'_> {
    /// Inserts an object; a name clash within its scope is a 409 naming the kind.
    pub fn insert(&self, o: NewObj<'_>) -> ApiResult<i64> {
        let result = self.0.prepare_cached(
            "INSERT INTO objects (kind, id, scope, project_id, name, body, secrets) VALUES (?, ?, ?, ?, ?, ?, ?)",
        ).and_then(|mut st| {
            st.execute(params![o.kind, o.id, o.scope, o.project_id, o.name, o.body.to_string(), secrets_text(o.secrets)])
        });
        match result {
            Ok(_) => Ok(self.0.last_insert_rowid()),
            Err(e) if is_unique_violation(&e) => Err(duplicate(o.kind, o.name)),
            Err(e) => Err(sql_err(e)),
        }
    }

    pub fn get(&self, kind: &str, id: &str) -> ApiResult<Option<Obj>> {
        let mut st = self
            .0
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM objects WHERE id = ? AND kind = ?"
            ))
            .map_err(sql_err)?;
        st.query_row(params![id, kind], row_obj)
            .optional()
            .map_err(sql_err)
    }

    pub fn find_by_name(&self, kind: &str, scope: &str, name: &str) -> ApiResult<Option<Obj>> {
        let mut st = self
            .0
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM objects WHERE kind = ? AND scope = ? AND name = ?"
            ))
            .map_err(sql_err)?;
        st.query_row(params![kind, scope, name], row_obj)
            .optional()
            .map_err(sql_err)
    }

    pub fn update(
        &self,
        id: &str,
        kind: &str,
        name: Option<&str>,
        body: &Value,
        secrets: &Value,
    ) -> ApiResult<()> {
        let result = self
            .0
            .prepare_cached("UPDATE objects SET name = ?, body = ?, secrets = ? WHERE id = ?")
            .and_then(|mut st| {
                st.execute(params![name, body.to_string(), secrets_text(secrets), id])
            });
        match result {
            Ok(_) => Ok(()),
            Err(e) if is_unique_violation(&e) => Err(duplicate(kind, name)),
            Err(e) => Err(sql_err(e)),
        }
    }

    /// Replaces only the body (server-side state changes such as run progress).
    pub fn put_body(&self, id: &str, body: &Value) -> ApiResult<()> {
        self.0
            .prepare_cached("UPDATE objects SET body = ? WHERE id = ?")
            .and_then(|mut st| st.execute(params![body.to_string(), id]))
            .map(|_| ())
            .map_err(sql_err)
    }

    pub fn delete(&self, id: &str) -> ApiResult<bool> {
        self.0
            .execute("DELETE FROM objects WHERE id = ?", params![id])
            .map(|n| n > 0)
            .map_err(sql_err)
    }

    /// Removes every object of a scope (children of a deleted parent).
    pub fn delete_scope(&self, scope: &str) -> ApiResult<usize> {
        self.0
            .execute("DELETE FROM objects WHERE scope = ?", params![scope])
            .map_err(sql_err)
    }

    /// Cascade for project deletion: everything that belongs to the project, at any depth.
    pub fn delete_project(&self, project_id: &str) -> ApiResult<usize> {
        self.0
            .execute(
                "DELETE FROM objects WHERE project_id = ? OR id = ?",
                params![project_id, project_id],
            )
            .map_err(sql_err)
    }

    pub fn count(&self, kind: &str, scope: Option<&str>) -> ApiResult<i64> {
        match scope {
            Some(s) => self.0.query_row(
                "SELECT COUNT(*) FROM objects WHERE kind = ? AND scope = ?",
                params![kind, s],
                |r| r.get(0),
            ),
            None => self.0.query_row(
                "SELECT COUNT(*) FROM objects WHERE kind = ?",
                params![kind],
                |r| r.get(0),
            ),
        }
        .map_err(sql_err)
    }

    pub fn list(&self, q: &ListQuery<'_>) -> ApiResult<ObjPage> {
        let (sql, args) = list_sql(q, COLUMNS);
        let mut st = self.0.prepare_cached(&sql).map_err(sql_err)?;
        let mut items: Vec<Obj> = st
            .query_map(params_from_iter(args), row_obj)
            .map_err(sql_err)?
            .collect::<Result<_, _>>()
            .map_err(sql_err)?;
        let has_more = items.len() > q.limit;
        items.truncate(q.limit);
        Ok(ObjPage { items, has_more })
    }

    /// The first object a listing would show (oldest, or newest with `newest_first`).
    pub fn first(
        &self,
        kind: &str,
        scope: Option<&str>,
        filters: Vec<Filter>,
        newest_first: bool,
    ) -> ApiResult<Option<Obj>> {
        let page = self.list(&ListQuery {
            kind,
            scope,
            filters,
            newest_first,
            limit: 1,
            after_seq: None,
        })?;
        Ok(page.items.into_iter().next())
    }

    /// `list`, but the bodies stay JSON text (see [`RawPage`]).
    pub fn list_raw(&self, q: &ListQuery<'_>) -> ApiResult<RawPage> {
        let (sql, args) = list_sql(q, "seq, body");
        let mut st = self.0.prepare_cached(&sql).map_err(sql_err)?;
        let mut items: Vec<(i64, String)> = st
            .query_map(params_from_iter(args), |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(sql_err)?
            .collect::<Result<_, _>>()
            .map_err(sql_err)?;
        let has_more = items.len() > q.limit;
        items.truncate(q.limit);
        Ok(RawPage { items, has_more })
    }

    /// Every object of a kind in a scope, oldest first (small internal walks: DAGs, schedules).
    pub fn all(&self, kind: &str, scope: Option<&str>) -> ApiResult<Vec<Obj>> {
        let (sql, args): (String, Vec<SqlValue>) = match scope {
            Some(s) => (
                format!("SELECT {COLUMNS} FROM objects WHERE kind = ? AND scope = ? ORDER BY seq"),
                vec![SqlValue::Text(kind.into()), SqlValue::Text(s.into())],
            ),
            None => (
                format!("SELECT {COLUMNS} FROM objects WHERE kind = ? ORDER BY seq"),
                vec![SqlValue::Text(kind.into())],
            ),
        };
        let mut st = self.0.prepare_cached(&sql).map_err(sql_err)?;
        st.query_map(params_from_iter(args), row_obj)
            .map_err(sql_err)?
            .collect::<Result<_, _>>()
            .map_err(sql_err)
    }

    pub fn meta(&self, key: &str) -> ApiResult<Option<String>> {
        self.0
            .query_row("SELECT value FROM meta WHERE key = ?", params![key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(sql_err)
    }

    pub fn set_meta(&self, key: &str, value: &str) -> ApiResult<()> {
        self.0
            .execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map(|_| ())
            .map_err(sql_err)
    }
}

/// The keyset query of a listing: filters, the cursor's bound, order and one extra row for `has_more`.
fn list_sql(q: &ListQuery<'_>, columns: &str) -> (String, Vec<SqlValue>) {
    let mut sql = format!("SELECT {columns} FROM objects WHERE kind = ?");
    let mut args: Vec<SqlValue> = vec![SqlValue::Text(q.kind.to_string())];
    if let Some(scope) = q.scope {
        sql.push_str(" AND scope = ?");
        args.push(SqlValue::Text(scope.to_string()));
    }
    for f in &q.filters {
        match f {
            Filter::Eq(path, Value::Null) => {
                sql.push_str(" AND json_extract(body, ?) IS NULL");
                args.push(SqlValue::Text(path.clone()));
            }
            Filter::Eq(path, v) | Filter::Ge(path, v) | Filter::Le(path, v) => {
                let op = match f {
                    Filter::Ge(..) => ">=",
                    Filter::Le(..) => "<=",
                    _ => "=",
                };
                sql.push_str(&format!(" AND json_extract(body, ?) {op} ?"));
                args.push(SqlValue::Text(path.clone()));
                args.push(to_sql(v));
            }
            Filter::Ids(ids) if ids.is_empty() => sql.push_str(" AND 0"),
            Filter::Ids(ids) => {
                let marks = vec!["?"; ids.len()].join(", ");
                sql.push_str(&format!(" AND id IN ({marks})"));
                args.extend(ids.iter().map(|id| SqlValue::Text(id.clone())));
            }
        }
    }
    if let Some(after) = q.after_seq {
        sql.push_str(if q.newest_first {
            " AND seq < ?"
        } else {
            " AND seq > ?"
        });
        args.push(SqlValue::Integer(after));
    }
    sql.push_str(if q.newest_first {
        " ORDER BY seq DESC"
    } else {
        " ORDER BY seq ASC"
    });
    sql.push_str(" LIMIT ?");
    args.push(SqlValue::Integer(q.limit as i64 + 1));
    (sql, args)
}

fn duplicate(kind: &str, name: Option<&str>) -> ApiError {
    let label = kind.replace('_', " ");
    let a = if label.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "An"
    } else {
        "A"
    };
    match name {
        Some(n) => ApiError::conflict(format!("{a} {label} named '{n}' already exists.")),
        None => ApiError::conflict(format!("This {label} already exists.")),
    }
}

/// Wipes all data (reset) while keeping the schema.
pub fn wipe(conn: &Connection) -> anyhow::Result<()> {
    conn.execute_batch(
        "DELETE FROM objects; DELETE FROM meta; DELETE FROM passwords; DELETE FROM sessions;
         DELETE FROM tokens; DELETE FROM auth_codes; DELETE FROM idempotency;
         DELETE FROM sqlite_sequence WHERE name = 'objects';",
    )?;
    Ok(())
}

pub fn sql(e: rusqlite::Error) -> ApiError {
    sql_err(e)
}
