//! Backups of the whole database in one portable file, and restores from them.
//!
//! A backup is a gzip'd stream of JSON lines, the same whichever back end wrote it, so that a
//! backup taken from SQLite restores into PostgreSQL and back (the way an installation grows from
//! one machine to many):
//!
//! 1. a header: format and its version, the schema version (the newest applied migration), the
//!    back end, when it was taken, and every table with its columns and row count;
//! 2. for each table, a line `{"table": …, "rows": N}` and then N rows, each a JSON array in the
//!    order of the header's columns: integers and reals as numbers, text as strings, booleans as
//!    `true`/`false` (SQLite's 0 and 1 become booleans on restore where the target column is a
//!    boolean), timestamps as RFC 3339 text, blobs as `{"base64": …}`, NULL as `null`;
//! 3. a trailer with the numbers of tables and rows and the SHA-256 of every line before it, so
//!    that a truncated or altered file is refused.
//!
//! The tables come from the catalogue (not a list kept by hand), so tables added by later
//! migrations are included; sqlx's migration table is left out, its newest version is recorded.
//! A backup reads one snapshot (a read transaction on SQLite, whose WAL keeps it stable while
//! `serve` writes; `REPEATABLE READ READ ONLY` on PostgreSQL) and streams it, table by table, in
//! an order where every table comes after those it refers to. A restore inserts everything in one
//! transaction and gives the database a new identity in it (see [`crate::change_feed::Position`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use base64::Engine as _;
use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
use futures_util::TryStreamExt as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::{Row as _, TypeInfo as _, ValueRef as _};

use crate::db::Conn;
use crate::{Backend, Store, StoreError};

/// The name in every backup's header.
pub const FORMAT: &str = "clusterhub-backup";
/// The version of the file layout (not of the schema): raised when a reader of an older layout
/// could misread a newer file.
pub const FORMAT_VERSION: u32 = 1;

/// Which database this is: copied in a backup for the record, never restored over the target's
/// own, which a restore renews instead.
const IDENTITY_TABLE: &str = "database_identity";

/// At most this many bound values in one INSERT (SQLite allows 32,766, PostgreSQL 65,535).
const MAX_BOUND_VALUES: usize = 8_000;
const MAX_BATCH_ROWS: usize = 500;

/// The first line of a backup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub format_version: u32,
    /// The newest migration applied to the database the backup was taken from.
    pub schema_version: i64,
    /// `sqlite` or `postgres`.
    pub backend: String,
    pub taken_at: String,
    pub tables: Vec<TableHeader>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableHeader {
    pub name: String,
    pub columns: Vec<ColumnHeader>,
    pub rows: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnHeader {
    pub name: String,
    /// The column's type as the source database declares it.
    #[serde(rename = "type")]
    pub declared: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Section {
    table: String,
    rows: u64,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Trailer {
    end: End,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct End {
    tables: usize,
    rows: u64,
    sha256: String,
}

/// What a backup or a restore did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    pub tables: usize,
    pub rows: u64,
    /// The size of the backup file.
    pub bytes: u64,
    pub seconds: f64,
}

impl std::fmt::Display for Figures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} tables, {} rows, {:.2} MB in {:.2} s ({:.0} rows/s)",
            self.tables,
            self.rows,
            self.bytes as f64 / 1e6,
            self.seconds,
            self.rows as f64 / self.seconds.max(1e-9)
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The file is not a whole, unaltered backup.
    #[error("{}, line {line}: {message}", path.display())]
    Malformed { path: PathBuf, line: u64, message: String },
    /// A row does not fit the target database.
    #[error("{}, line {line}, table {table}: {message}", path.display())]
    Row {
        path: PathBuf,
        line: u64,
        table: String,
        message: String,
    },
    /// A value of the database that the backup cannot carry.
    #[error("table {table}: {message}")]
    Source { table: String, message: String },
    #[error(
        "the backup is of schema version {backup}, newer than this program's {program}: restore it with the \
         clusterhub release that took it, or a newer one"
    )]
    NewerSchema { backup: i64, program: i64 },
    #[error(
        "the database holds data already (in {tables}); restore into an empty database, or add --replace to \
         empty this one first (in the same transaction)"
    )]
    NotEmpty { tables: String },
    #[error("the database has no clusterhub schema (no migration applied): nothing to back up")]
    NoSchema,
}

impl From<sqlx::Error> for BackupError {
    fn from(e: sqlx::Error) -> Self {
        BackupError::Store(StoreError::Database(e))
    }
}

fn io_at(path: &Path) -> impl Fn(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_owned(),
        source,
    }
}

/// The newest migration this program carries.
pub fn program_schema_version() -> i64 {
    crate::migrations::SQLITE
        .iter()
        .filter_map(|(file, _)| file.split_once('_')?.0.parse::<i64>().ok())
        .max()
        .unwrap_or(0)
}

/// How a column's values are read and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    /// PostgreSQL `integer` / `smallint`: an integer with a narrower range.
    Int32,
    Int16,
    Real,
    Bool,
    Text,
    Bytes,
    /// PostgreSQL `timestamp with time zone`.
    Time,
    /// Any other type: on PostgreSQL read and written as text with a cast; on SQLite, whatever
    /// the value is.
    Other,
}

impl Kind {
    fn of_sqlite(declared: &str) -> Kind {
        // SQLite's affinity rules (https://sqlite.org/datatype3.html, 3.1), plus the booleans
        // that schemas declare as BOOLEAN.
        let d = declared.to_ascii_uppercase();
        if d.contains("INT") {
            Kind::Int
        } else if d.contains("BOOL") {
            Kind::Bool
        } else if d.contains("CHAR") || d.contains("CLOB") || d.contains("TEXT") {
            Kind::Text
        } else if d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB") {
            Kind::Real
        } else {
            Kind::Other
        }
    }

    fn of_postgres(declared: &str) -> Kind {
        match declared {
            "bigint" => Kind::Int,
            "integer" => Kind::Int32,
            "smallint" => Kind::Int16,
            "double precision" | "real" => Kind::Real,
            "boolean" => Kind::Bool,
            "text" => Kind::Text,
            d if d.starts_with("character") => Kind::Text,
            "bytea" => Kind::Bytes,
            "timestamp with time zone" => Kind::Time,
            _ => Kind::Other,
        }
    }
}

#[derive(Debug, Clone)]
struct Column {
    name: String,
    declared: String,
    kind: Kind,
    /// Position in the primary key, from 1; 0 when not in it.
    key: i64,
    /// PostgreSQL: filled from a sequence, which a restore moves past the restored ids.
    serial: bool,
}

#[derive(Debug, Clone)]
struct Table {
    name: String,
    columns: Vec<Column>,
    /// The other tables it refers to.
    parents: BTreeSet<String>,
}

/// `name` as an SQL identifier (names come from the catalogue, but may be any text).
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The tables, each after the tables it refers to (self-references aside; their rows go in key
/// order). Ties and what a cycle leaves are taken by name, so the order is the same every time.
fn dependency_order(tables: Vec<Table>) -> Vec<Table> {
    let names: BTreeSet<String> = tables.iter().map(|t| t.name.clone()).collect();
    let mut waiting: BTreeMap<String, Table> = tables.into_iter().map(|t| (t.name.clone(), t)).collect();
    let mut placed = BTreeSet::new();
    let mut order = Vec::with_capacity(waiting.len());
    while !waiting.is_empty() {
        let ready: Vec<String> = waiting
            .values()
            .filter(|t| {
                t.parents
                    .iter()
                    .all(|p| p == &t.name || placed.contains(p) || !names.contains(p))
            })
            .map(|t| t.name.clone())
            .collect();
        // A cycle between tables: take the first by name and let the database judge.
        let ready = if ready.is_empty() {
            waiting.keys().next().cloned().into_iter().collect()
        } else {
            ready
        };
        for name in ready {
            if let Some(t) = waiting.remove(&name) {
                placed.insert(name);
                order.push(t);
            }
        }
    }
    order
}

/// One transaction on either back end: a snapshot to read, or the restore's write transaction.
enum Session {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

impl Session {
    async fn snapshot(store: &Store) -> Result<Session, BackupError> {
        Ok(match &store.pool().conn {
            // Deferred: the snapshot is taken at the first read, and WAL keeps it while others
            // write.
            Conn::Sqlite(p) => Session::Sqlite(p.begin().await?),
            Conn::Postgres(p) => {
                Session::Postgres(p.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY").await?)
            }
        })
    }

    async fn writer(store: &Store) -> Result<Session, BackupError> {
        Ok(match &store.pool().conn {
            Conn::Sqlite(p) => {
                let mut tx = p.begin_with("BEGIN IMMEDIATE").await?;
                // Foreign keys are checked at commit, so the order of rows within the
                // transaction does not matter.
                sqlx::query("PRAGMA defer_foreign_keys = ON").execute(&mut *tx).await?;
                Session::Sqlite(tx)
            }
            Conn::Postgres(p) => Session::Postgres(p.begin().await?),
        })
    }

    fn backend(&self) -> Backend {
        match self {
            Session::Sqlite(_) => Backend::Sqlite,
            Session::Postgres(_) => Backend::Postgres,
        }
    }

    async fn commit(self) -> Result<(), BackupError> {
        match self {
            Session::Sqlite(tx) => tx.commit().await?,
            Session::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }

    async fn execute(&mut self, sql: &str) -> Result<u64, sqlx::Error> {
        Ok(match self {
            Session::Sqlite(tx) => sqlx::query(sql).execute(&mut **tx).await?.rows_affected(),
            Session::Postgres(tx) => sqlx::query(sql).execute(&mut **tx).await?.rows_affected(),
        })
    }

    async fn count(&mut self, sql: &str) -> Result<i64, sqlx::Error> {
        let (n,): (i64,) = match self {
            Session::Sqlite(tx) => sqlx::query_as(sql).fetch_one(&mut **tx).await?,
            Session::Postgres(tx) => sqlx::query_as(sql).fetch_one(&mut **tx).await?,
        };
        Ok(n)
    }

    async fn schema_version(&mut self) -> Result<i64, BackupError> {
        let sql = "SELECT CAST(MAX(version) AS BIGINT) FROM _sqlx_migrations WHERE success";
        let v: Result<(Option<i64>,), sqlx::Error> = match self {
            Session::Sqlite(tx) => sqlx::query_as(sql).fetch_one(&mut **tx).await,
            Session::Postgres(tx) => sqlx::query_as(sql).fetch_one(&mut **tx).await,
        };
        match v {
            Ok((Some(v),)) => Ok(v),
            Ok((None,)) => Err(BackupError::NoSchema),
            // No migration table at all.
            Err(sqlx::Error::Database(_)) => Err(BackupError::NoSchema),
            Err(e) => Err(e.into()),
        }
    }

    /// Every table of the schema with its columns and the tables it refers to.
    async fn catalogue(&mut self) -> Result<Vec<Table>, BackupError> {
        let mut tables = Vec::new();
        match self {
            Session::Sqlite(tx) => {
                let names: Vec<(String,)> = sqlx::query_as(
                    "SELECT name FROM sqlite_master WHERE type = 'table' \
                     AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_sqlx%' ESCAPE '\\' \
                     ORDER BY name",
                )
                .fetch_all(&mut **tx)
                .await?;
                for (name,) in names {
                    let columns: Vec<(String, String, i64)> =
                        sqlx::query_as("SELECT name, type, pk FROM pragma_table_info($1) ORDER BY cid")
                            .bind(&name)
                            .fetch_all(&mut **tx)
                            .await?;
                    let parents: Vec<(String,)> =
                        sqlx::query_as("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list($1)")
                            .bind(&name)
                            .fetch_all(&mut **tx)
                            .await?;
                    tables.push(Table {
                        name,
                        columns: columns
                            .into_iter()
                            .map(|(name, declared, key)| Column {
                                name,
                                kind: Kind::of_sqlite(&declared),
                                declared,
                                key,
                                serial: false,
                            })
                            .collect(),
                        parents: parents.into_iter().map(|(p,)| p).collect(),
                    });
                }
            }
            Session::Postgres(tx) => {
                let columns: Vec<(String, String, String, bool, i32)> = sqlx::query_as(
                    "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), \
                     pg_get_serial_sequence(quote_ident(c.relname::text), a.attname::text) IS NOT NULL, \
                     COALESCE((SELECT array_position(i.indkey::int2[], a.attnum) - array_lower(i.indkey::int2[], 1) + 1 \
                               FROM pg_index i \
                               WHERE i.indrelid = c.oid AND i.indisprimary), 0) \
                     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid \
                     WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) \
                     AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped \
                     AND a.attgenerated = '' AND c.relname NOT LIKE '\\_sqlx%' \
                     ORDER BY c.relname, a.attnum",
                )
                .fetch_all(&mut **tx)
                .await?;
                let parents: Vec<(String, String)> = sqlx::query_as(
                    "SELECT DISTINCT c.relname::text, p.relname::text FROM pg_constraint k \
                     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid \
                     WHERE k.contype = 'f' \
                     AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())",
                )
                .fetch_all(&mut **tx)
                .await?;
                let mut by_name: BTreeMap<String, Table> = BTreeMap::new();
                for (table, name, declared, serial, key) in columns {
                    by_name
                        .entry(table.clone())
                        .or_insert_with(|| Table {
                            name: table,
                            columns: Vec::new(),
                            parents: BTreeSet::new(),
                        })
                        .columns
                        .push(Column {
                            name,
                            kind: Kind::of_postgres(&declared),
                            declared,
                            key: i64::from(key),
                            serial,
                        });
                }
                for (child, parent) in parents {
                    if let Some(t) = by_name.get_mut(&child) {
                        t.parents.insert(parent);
                    }
                }
                tables.extend(by_name.into_values());
            }
        }
        Ok(dependency_order(tables))
    }

    /// Streams the rows of `table`, in key order, as JSON values, to `each`.
    async fn rows(
        &mut self,
        table: &Table,
        mut each: impl FnMut(Vec<Value>) -> Result<(), BackupError>,
    ) -> Result<u64, BackupError> {
        let bad = |column: &str, message: String| BackupError::Source {
            table: table.name.clone(),
            message: format!("column {column}: {message}"),
        };
        let mut keys: Vec<&Column> = table.columns.iter().filter(|c| c.key > 0).collect();
        keys.sort_by_key(|c| c.key);
        let order = if keys.is_empty() {
            (1..=table.columns.len())
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            keys.iter().map(|c| ident(&c.name)).collect::<Vec<_>>().join(", ")
        };
        let mut n = 0;
        match self {
            Session::Sqlite(tx) => {
                let list: Vec<String> = table.columns.iter().map(|c| ident(&c.name)).collect();
                let sql = format!(
                    "SELECT {} FROM {} ORDER BY {order}",
                    list.join(", "),
                    ident(&table.name)
                );
                let mut stream = sqlx::query(&sql).fetch(&mut **tx);
                while let Some(row) = stream.try_next().await? {
                    let mut values = Vec::with_capacity(table.columns.len());
                    for (i, c) in table.columns.iter().enumerate() {
                        let raw = row.try_get_raw(i)?;
                        let ty = raw.type_info().name().to_owned();
                        let v = match ty.as_str() {
                            _ if raw.is_null() => Value::Null,
                            "INTEGER" => {
                                let v: i64 = row.try_get_unchecked(i)?;
                                if c.kind == Kind::Bool {
                                    Value::Bool(v != 0)
                                } else {
                                    Value::from(v)
                                }
                            }
                            "REAL" => {
                                let v: f64 = row.try_get_unchecked(i)?;
                                real(v).ok_or_else(|| bad(&c.name, format!("{v} is not a finite number")))?
                            }
                            "BLOB" => blob(&row.try_get_unchecked::<Vec<u8>, _>(i)?),
                            _ => Value::String(
                                row.try_get_unchecked::<String, _>(i)
                                    .map_err(|e| bad(&c.name, e.to_string()))?,
                            ),
                        };
                        values.push(v);
                    }
                    each(values)?;
                    n += 1;
                }
            }
            Session::Postgres(tx) => {
                let list: Vec<String> = table
                    .columns
                    .iter()
                    .map(|c| {
                        let name = ident(&c.name);
                        match c.kind {
                            Kind::Int32 | Kind::Int16 => format!("CAST({name} AS BIGINT)"),
                            Kind::Real => format!("CAST({name} AS DOUBLE PRECISION)"),
                            Kind::Other => format!("CAST({name} AS TEXT)"),
                            _ => name,
                        }
                    })
                    .collect();
                let sql = format!(
                    "SELECT {} FROM {} ORDER BY {order}",
                    list.join(", "),
                    ident(&table.name)
                );
                let mut stream = sqlx::query(&sql).fetch(&mut **tx);
                while let Some(row) = stream.try_next().await? {
                    let mut values = Vec::with_capacity(table.columns.len());
                    for (i, c) in table.columns.iter().enumerate() {
                        let v = match c.kind {
                            Kind::Int | Kind::Int32 | Kind::Int16 => {
                                row.try_get::<Option<i64>, _>(i)?.map_or(Value::Null, Value::from)
                            }
                            Kind::Real => match row.try_get::<Option<f64>, _>(i)? {
                                None => Value::Null,
                                Some(v) => {
                                    real(v).ok_or_else(|| bad(&c.name, format!("{v} is not a finite number")))?
                                }
                            },
                            Kind::Bool => row.try_get::<Option<bool>, _>(i)?.map_or(Value::Null, Value::Bool),
                            Kind::Bytes => row.try_get::<Option<Vec<u8>>, _>(i)?.map_or(Value::Null, |b| blob(&b)),
                            Kind::Time => row
                                .try_get::<Option<DateTime<Utc>>, _>(i)?
                                .map_or(Value::Null, |t| Value::String(timestamp(&t))),
                            Kind::Text | Kind::Other => {
                                row.try_get::<Option<String>, _>(i)?.map_or(Value::Null, Value::String)
                            }
                        };
                        values.push(v);
                    }
                    each(values)?;
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    async fn insert(&mut self, sql: &str, values: Vec<Bind>) -> Result<(), sqlx::Error> {
        macro_rules! bound {
            ($q:expr) => {{
                let mut q = $q;
                for v in values {
                    q = match v {
                        Bind::Null(Kind::Int | Kind::Int32 | Kind::Int16) => q.bind(None::<i64>),
                        Bind::Null(Kind::Real) => q.bind(None::<f64>),
                        Bind::Null(Kind::Bool) => q.bind(None::<bool>),
                        Bind::Null(Kind::Bytes) => q.bind(None::<Vec<u8>>),
                        Bind::Null(Kind::Time) => q.bind(None::<DateTime<Utc>>),
                        Bind::Null(Kind::Text | Kind::Other) => q.bind(None::<String>),
                        Bind::Int(v) => q.bind(v),
                        Bind::Real(v) => q.bind(v),
                        Bind::Bool(v) => q.bind(v),
                        Bind::Text(v) => q.bind(v),
                        Bind::Bytes(v) => q.bind(v),
                        Bind::Time(v) => q.bind(v),
                    };
                }
                q
            }};
        }
        match self {
            Session::Sqlite(tx) => {
                bound!(sqlx::query(sql)).execute(&mut **tx).await?;
            }
            Session::Postgres(tx) => {
                bound!(sqlx::query(sql)).execute(&mut **tx).await?;
            }
        }
        Ok(())
    }
}

/// A timestamp as the SQLite driver writes one (so restored SQLite rows compare, as text, like
/// those the program writes).
fn timestamp(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

/// A timestamp written by either back end: RFC 3339, or SQLite's `YYYY-MM-DD HH:MM:SS[.f]` (UTC).
fn parse_timestamp(s: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f%:z") {
        return Some(t.with_timezone(&Utc));
    }
    ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .map(|t| t.and_utc())
}

fn real(v: f64) -> Option<Value> {
    serde_json::Number::from_f64(v).map(Value::Number)
}

fn blob(b: &[u8]) -> Value {
    let mut m = serde_json::Map::with_capacity(1);
    m.insert(
        "base64".to_owned(),
        Value::String(base64::engine::general_purpose::STANDARD.encode(b)),
    );
    Value::Object(m)
}

fn unblob(v: &Value) -> Option<Result<Vec<u8>, String>> {
    let Value::Object(m) = v else { return None };
    let Some(Value::String(s)) = m.get("base64").filter(|_| m.len() == 1) else {
        return None;
    };
    Some(
        base64::engine::general_purpose::STANDARD
            .decode(s)
            .map_err(|e| format!("invalid base64: {e}")),
    )
}

/// A value ready to bind.
#[derive(Debug)]
enum Bind {
    /// NULL of a column of this kind: PostgreSQL types each parameter of a prepared statement,
    /// which is reused for every batch of the table, so a NULL must have its column's type.
    Null(Kind),
    Int(i64),
    Real(f64),
    Bool(bool),
    Text(String),
    Bytes(Vec<u8>),
    Time(DateTime<Utc>),
}

fn describe(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

/// `v` as a value of a column of `kind` on `backend`.
fn convert(v: Value, kind: Kind, backend: Backend) -> Result<Bind, String> {
    let expected = |what: &str, v: &Value| Err(format!("expected {what}, found {}", describe(v)));
    if v.is_null() {
        return Ok(Bind::Null(kind));
    }
    Ok(match kind {
        Kind::Int | Kind::Int32 | Kind::Int16 => {
            let n = match &v {
                Value::Number(n) => match n.as_i64() {
                    Some(n) => n,
                    None => return expected("an integer", &v),
                },
                Value::Bool(b) => i64::from(*b),
                _ => return expected("an integer", &v),
            };
            let fits = match kind {
                Kind::Int32 => i32::try_from(n).is_ok(),
                Kind::Int16 => i16::try_from(n).is_ok(),
                _ => true,
            };
            if !fits {
                return Err(format!("{n} is out of the column's range"));
            }
            Bind::Int(n)
        }
        Kind::Real => match v.as_f64() {
            Some(f) => Bind::Real(f),
            None => return expected("a number", &v),
        },
        Kind::Bool => match &v {
            Value::Bool(b) => Bind::Bool(*b),
            Value::Number(n) if n.as_i64() == Some(0) => Bind::Bool(false),
            Value::Number(n) if n.as_i64() == Some(1) => Bind::Bool(true),
            _ => return expected("a boolean", &v),
        },
        Kind::Text => match v {
            Value::String(s) => Bind::Text(s),
            _ => return expected("text", &v),
        },
        Kind::Bytes => match unblob(&v) {
            Some(b) => Bind::Bytes(b?),
            None => return expected("{\"base64\": …}", &v),
        },
        Kind::Time => match &v {
            Value::String(s) => match parse_timestamp(s) {
                Some(t) => Bind::Time(t),
                None => return expected("a timestamp", &v),
            },
            _ => return expected("a timestamp", &v),
        },
        Kind::Other => match (backend, v) {
            (_, Value::String(s)) => Bind::Text(s),
            (Backend::Postgres, v @ (Value::Number(_) | Value::Bool(_))) => Bind::Text(v.to_string()),
            (Backend::Postgres, v) => return expected("text", &v),
            (Backend::Sqlite, Value::Number(n)) => match n.as_i64() {
                Some(i) => Bind::Int(i),
                None => Bind::Real(n.as_f64().unwrap_or(f64::NAN)),
            },
            (Backend::Sqlite, Value::Bool(b)) => Bind::Int(i64::from(b)),
            (_, v) => match unblob(&v) {
                Some(b) => Bind::Bytes(b?),
                None => return expected("a value", &v),
            },
        },
    })
}

/// Writes through to `inner`, hashing what passes.
struct Hashing<W> {
    inner: W,
    hasher: Sha256,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where a backup is written until it is complete.
pub fn partial_path(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".partial");
    PathBuf::from(p)
}

impl Store {
    /// Writes a backup of every table to `path`: first to `path.partial`, renamed to `path` once
    /// complete and on disk, so that a file at `path` is always a whole backup. Runs beside a
    /// serving process: it reads one snapshot and holds no lock writers wait for.
    pub async fn backup(&self, path: &Path) -> Result<Figures, BackupError> {
        let started = Instant::now();
        let partial = partial_path(path);
        let result = self.write_backup(&partial).await;
        let (tables, rows) = match result {
            Ok(done) => done,
            Err(e) => {
                let _ = std::fs::remove_file(&partial);
                return Err(e);
            }
        };
        std::fs::rename(&partial, path).map_err(io_at(path))?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            // The rename itself is on disk only once the folder is (where a folder can be
            // synced at all).
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        let bytes = std::fs::metadata(path).map_err(io_at(path))?.len();
        Ok(Figures {
            tables,
            rows,
            bytes,
            seconds: started.elapsed().as_secs_f64(),
        })
    }

    async fn write_backup(&self, path: &Path) -> Result<(usize, u64), BackupError> {
        let io = io_at(path);
        let file = File::create(path).map_err(&io)?;
        let gz = flate2::write::GzEncoder::new(BufWriter::with_capacity(1 << 16, file), flate2::Compression::fast());
        let mut out = BufWriter::with_capacity(
            1 << 16,
            Hashing {
                inner: gz,
                hasher: Sha256::new(),
            },
        );

        let mut session = Session::snapshot(self).await?;
        let schema_version = session.schema_version().await?;
        let tables = session.catalogue().await?;
        let mut header = Header {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            schema_version,
            backend: match session.backend() {
                Backend::Sqlite => "sqlite",
                Backend::Postgres => "postgres",
            }
            .to_owned(),
            taken_at: timestamp(&Utc::now()),
            tables: Vec::with_capacity(tables.len()),
        };
        for t in &tables {
            let rows = session
                .count(&format!("SELECT CAST(COUNT(*) AS BIGINT) FROM {}", ident(&t.name)))
                .await?;
            header.tables.push(TableHeader {
                name: t.name.clone(),
                columns: t
                    .columns
                    .iter()
                    .map(|c| ColumnHeader {
                        name: c.name.clone(),
                        declared: c.declared.clone(),
                    })
                    .collect(),
                rows: u64::try_from(rows).unwrap_or(0),
            });
        }
        write_line(&mut out, &header, path)?;
        let mut total = 0;
        for (t, h) in tables.iter().zip(&header.tables) {
            let section = Section {
                table: t.name.clone(),
                rows: h.rows,
            };
            write_line(&mut out, &section, path)?;
            let n = session.rows(t, |values| write_line(&mut out, &values, path)).await?;
            if n != h.rows {
                // Cannot happen in one snapshot; a file that said otherwise would be refused.
                return Err(BackupError::Source {
                    table: t.name.clone(),
                    message: format!("counted {} rows, then read {n}", h.rows),
                });
            }
            total += n;
        }
        drop(session);
        out.flush().map_err(&io)?;
        let Hashing { inner: mut gz, hasher } = out.into_inner().map_err(|e| io(e.into_error()))?;
        let trailer = Trailer {
            end: End {
                tables: tables.len(),
                rows: total,
                sha256: hex(&hasher.finalize()),
            },
        };
        serde_json::to_writer(&mut gz, &trailer).map_err(|e| io(e.into()))?;
        gz.write_all(b"\n").map_err(&io)?;
        let file = gz.finish().map_err(&io)?.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(&io)?;
        Ok((tables.len(), total))
    }

    /// Restores the backup at `path` into this (migrated) database, all or nothing: a file that
    /// is not whole, or a row that does not fit, leaves the database as it was. Refuses a
    /// database that holds data unless `replace`, which empties it in the same transaction. The
    /// database gets a new identity, so every index and cache of what it held before is rebuilt.
    pub async fn restore(&self, path: &Path, replace: bool) -> Result<Figures, BackupError> {
        let started = Instant::now();
        let bytes = std::fs::metadata(path).map_err(io_at(path))?.len();
        let mut reader = Reader::open(path)?;
        let header = reader.header().clone();
        let program = program_schema_version();
        if header.schema_version > program {
            return Err(BackupError::NewerSchema {
                backup: header.schema_version,
                program,
            });
        }
        let mut session = Session::writer(self).await?;
        let backend = session.backend();
        let catalogue = session.catalogue().await?;
        let target: HashMap<&str, &Table> = catalogue.iter().map(|t| (t.name.as_str(), t)).collect();

        // Every table and column of the backup must have a place, and every table must come
        // after those it refers to (PostgreSQL checks each row as it is inserted).
        let position: HashMap<&str, usize> = header
            .tables
            .iter()
            .enumerate()
            .map(|(i, t)| (t.name.as_str(), i))
            .collect();
        for (i, h) in header.tables.iter().enumerate() {
            let Some(t) = target.get(h.name.as_str()) else {
                return Err(BackupError::Malformed {
                    path: path.to_owned(),
                    line: 1,
                    message: format!("the backup has a table {} that this database does not have", h.name),
                });
            };
            for c in &h.columns {
                if !t.columns.iter().any(|tc| tc.name == c.name) {
                    return Err(BackupError::Malformed {
                        path: path.to_owned(),
                        line: 1,
                        message: format!(
                            "the backup's table {} has a column {} that this database does not have",
                            h.name, c.name
                        ),
                    });
                }
            }
            if backend == Backend::Postgres {
                if let Some(p) = t
                    .parents
                    .iter()
                    .find(|p| **p != t.name && position.get(p.as_str()).is_some_and(|&pi| pi > i))
                {
                    return Err(BackupError::Malformed {
                        path: path.to_owned(),
                        line: 1,
                        message: format!("table {} comes before {p}, which it refers to", h.name),
                    });
                }
            }
        }

        let mut holding = Vec::new();
        for t in catalogue.iter().filter(|t| t.name != IDENTITY_TABLE) {
            let n = session
                .count(&format!(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM (SELECT 1 AS x FROM {} LIMIT 1) AS probe",
                    ident(&t.name)
                ))
                .await?;
            if n > 0 {
                holding.push(t.name.clone());
            }
        }
        if !holding.is_empty() {
            if !replace {
                let more = holding.len().saturating_sub(5);
                let mut tables = holding.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
                if more > 0 {
                    tables.push_str(&format!(" and {more} more tables"));
                }
                return Err(BackupError::NotEmpty { tables });
            }
            let emptied: Vec<&Table> = catalogue.iter().filter(|t| t.name != IDENTITY_TABLE).collect();
            match backend {
                Backend::Postgres => {
                    let list: Vec<String> = emptied.iter().map(|t| ident(&t.name)).collect();
                    session.execute(&format!("TRUNCATE {}", list.join(", "))).await?;
                }
                Backend::Sqlite => {
                    for t in emptied.iter().rev() {
                        session.execute(&format!("DELETE FROM {}", ident(&t.name))).await?;
                    }
                }
            }
        }

        let mut rows = 0;
        let mut current: Option<Inserter> = None;
        while let Some(item) = reader.next()? {
            match item {
                Item::Table(i) => {
                    if let Some(done) = current.take() {
                        done.finish(&mut session, path).await?;
                    }
                    let h = &header.tables[i];
                    if h.name != IDENTITY_TABLE {
                        if let Some(t) = target.get(h.name.as_str()) {
                            current = Some(Inserter::new(t, h, backend));
                        }
                    }
                }
                Item::Row(values) => {
                    rows += 1;
                    if let Some(ins) = current.as_mut() {
                        let line = reader.line();
                        ins.push(values, line).map_err(|message| BackupError::Row {
                            path: path.to_owned(),
                            line,
                            table: ins.table.clone(),
                            message,
                        })?;
                        if ins.full() {
                            ins.flush(&mut session, path).await?;
                        }
                    }
                }
            }
        }
        if let Some(done) = current.take() {
            done.finish(&mut session, path).await?;
        }

        if backend == Backend::Postgres {
            for t in &catalogue {
                for c in t.columns.iter().filter(|c| c.serial) {
                    session
                        .execute(&format!(
                            "SELECT setval(pg_get_serial_sequence({table_text}, '{column_text}'), \
                             COALESCE(MAX({column}), 0) + 1, false) FROM {table}",
                            table_text = sql_text(&ident(&t.name)),
                            column_text = c.name.replace('\'', "''"),
                            column = ident(&c.name),
                            table = ident(&t.name),
                        ))
                        .await?;
                }
            }
        }
        // The new identity commits with the data: no moment where the restored data carries the
        // identity an index built before the restore recorded.
        let make = match backend {
            Backend::Sqlite => "lower(hex(randomblob(16)))",
            Backend::Postgres => "replace(CAST(gen_random_uuid() AS TEXT), '-', '')",
        };
        session
            .execute(&format!(
                "INSERT INTO {IDENTITY_TABLE} (id, identity) VALUES (1, {make}) \
                 ON CONFLICT (id) DO UPDATE SET identity = excluded.identity"
            ))
            .await?;
        session.commit().await.map_err(|e| match e {
            BackupError::Store(StoreError::Database(e)) => BackupError::Malformed {
                path: path.to_owned(),
                line: reader.line(),
                message: format!("the restored rows do not hold together: {e}"),
            },
            e => e,
        })?;
        Ok(Figures {
            tables: header.tables.len(),
            rows,
            bytes,
            seconds: started.elapsed().as_secs_f64(),
        })
    }
}

fn write_line(out: &mut impl Write, value: &impl Serialize, path: &Path) -> Result<(), BackupError> {
    serde_json::to_writer(&mut *out, value)
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .map_err(io_at(path))
}

fn sql_text(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Collects one table's rows into multi-row INSERTs.
struct Inserter {
    table: String,
    backend: Backend,
    /// For each column of the backup: its kind in the target.
    kinds: Vec<Kind>,
    /// `INSERT INTO t (a, b) VALUES ` and one row's `(…)` with `{}` for the first placeholder.
    columns: Vec<(String, String)>,
    batch_rows: usize,
    full_sql: Option<String>,
    values: Vec<Bind>,
    rows: usize,
    first_line: u64,
    last_line: u64,
}

impl Inserter {
    fn new(target: &Table, backup: &TableHeader, backend: Backend) -> Inserter {
        let mut kinds = Vec::with_capacity(backup.columns.len());
        let mut columns = Vec::with_capacity(backup.columns.len());
        for c in &backup.columns {
            let tc = target.columns.iter().find(|tc| tc.name == c.name);
            kinds.push(tc.map_or(Kind::Other, |tc| tc.kind));
            columns.push((c.name.clone(), tc.map_or_else(String::new, |tc| tc.declared.clone())));
        }
        let width = columns.len().max(1);
        Inserter {
            table: target.name.clone(),
            backend,
            kinds,
            columns,
            batch_rows: (MAX_BOUND_VALUES / width).clamp(1, MAX_BATCH_ROWS),
            full_sql: None,
            values: Vec::new(),
            rows: 0,
            first_line: 0,
            last_line: 0,
        }
    }

    fn sql(&self, rows: usize) -> String {
        let names: Vec<String> = self.columns.iter().map(|(n, _)| ident(n)).collect();
        let mut sql = format!("INSERT INTO {} ({}) VALUES ", ident(&self.table), names.join(", "));
        let mut n = 0;
        for r in 0..rows {
            if r > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            for (i, (_, declared)) in self.columns.iter().enumerate() {
                if i > 0 {
                    sql.push_str(", ");
                }
                n += 1;
                match self.backend {
                    // Each value is bound as what it is and cast to the column's own type, so
                    // that text reaches json, date or numeric columns and NULL needs no type.
                    Backend::Postgres => sql.push_str(&format!("CAST(${n} AS {declared})")),
                    Backend::Sqlite => sql.push_str(&format!("${n}")),
                }
            }
            sql.push(')');
        }
        sql
    }

    fn push(&mut self, values: Vec<Value>, line: u64) -> Result<(), String> {
        if values.len() != self.kinds.len() {
            return Err(format!("{} values for {} columns", values.len(), self.kinds.len()));
        }
        for (i, v) in values.into_iter().enumerate() {
            let b =
                convert(v, self.kinds[i], self.backend).map_err(|m| format!("column {}: {m}", self.columns[i].0))?;
            self.values.push(b);
        }
        if self.rows == 0 {
            self.first_line = line;
        }
        self.last_line = line;
        self.rows += 1;
        Ok(())
    }

    fn full(&self) -> bool {
        self.rows >= self.batch_rows
    }

    async fn flush(&mut self, session: &mut Session, path: &Path) -> Result<(), BackupError> {
        if self.rows == 0 {
            return Ok(());
        }
        let sql = if self.rows == self.batch_rows {
            if self.full_sql.is_none() {
                self.full_sql = Some(self.sql(self.batch_rows));
            }
            self.full_sql.clone().unwrap_or_default()
        } else {
            self.sql(self.rows)
        };
        let values = std::mem::take(&mut self.values);
        let rows = std::mem::take(&mut self.rows);
        session.insert(&sql, values).await.map_err(|e| BackupError::Row {
            path: path.to_owned(),
            line: self.first_line,
            table: self.table.clone(),
            message: if rows > 1 {
                format!("one of the rows up to line {}: {e}", self.last_line)
            } else {
                e.to_string()
            },
        })
    }

    async fn finish(mut self, session: &mut Session, path: &Path) -> Result<(), BackupError> {
        self.flush(session, path).await
    }
}

/// What a backup holds, read in order.
#[derive(Debug, PartialEq)]
pub enum Item {
    /// The start of the rows of the header's table with this index.
    Table(usize),
    /// A row of the current table, in the order of its header's columns.
    Row(Vec<Value>),
}

/// Reads a backup line by line, checking its layout as it goes and its checksum at the end.
/// Memory stays bounded by the longest line, whatever the size of the backup.
pub struct Reader {
    path: PathBuf,
    input: BufReader<flate2::read::GzDecoder<BufReader<File>>>,
    hasher: Sha256,
    header: Header,
    line: u64,
    buf: Vec<u8>,
    /// The table being read and how many of its rows are still to come.
    table: Option<(usize, u64)>,
    rows: u64,
    done: bool,
}

impl Reader {
    /// Opens a backup and reads its header.
    pub fn open(path: &Path) -> Result<Reader, BackupError> {
        let file = File::open(path).map_err(io_at(path))?;
        let input = BufReader::with_capacity(
            1 << 16,
            flate2::read::GzDecoder::new(BufReader::with_capacity(1 << 16, file)),
        );
        let mut r = Reader {
            path: path.to_owned(),
            input,
            hasher: Sha256::new(),
            header: Header {
                format: String::new(),
                format_version: 0,
                schema_version: 0,
                backend: String::new(),
                taken_at: String::new(),
                tables: Vec::new(),
            },
            line: 0,
            buf: Vec::new(),
            table: None,
            rows: 0,
            done: false,
        };
        if !r.read_line(true)? {
            return Err(r.malformed("the file is empty"));
        }
        let first: Value = serde_json::from_slice(&r.buf)
            .map_err(|e| r.malformed(format!("not a clusterhub backup (the header does not read: {e})")))?;
        if first.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(r.malformed(format!("not a clusterhub backup (no \"format\": \"{FORMAT}\")")));
        }
        let version = first.get("format_version").and_then(Value::as_u64).unwrap_or(0);
        if version != u64::from(FORMAT_VERSION) {
            return Err(r.malformed(format!(
                "backup format version {version}; this program reads version {FORMAT_VERSION}"
            )));
        }
        r.header = serde_json::from_value(first).map_err(|e| r.malformed(format!("the header does not read: {e}")))?;
        Ok(r)
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The number of the line read last, from 1.
    pub fn line(&self) -> u64 {
        self.line
    }

    fn malformed(&self, message: impl Into<String>) -> BackupError {
        BackupError::Malformed {
            path: self.path.clone(),
            line: self.line,
            message: message.into(),
        }
    }

    /// Reads the next line into `buf` (without its newline), hashing it when `hash`; false at
    /// the end of the file.
    fn read_line(&mut self, hash: bool) -> Result<bool, BackupError> {
        self.buf.clear();
        let n = self.input.read_until(b'\n', &mut self.buf).map_err(|e| {
            self.malformed(format!(
                "the file is truncated or damaged after this line ({e}); it is not a whole backup"
            ))
        })?;
        if n == 0 {
            return Ok(false);
        }
        self.line += 1;
        if hash {
            self.hasher.update(&self.buf);
        }
        if self.buf.last() != Some(&b'\n') {
            return Err(self.malformed("the line has no end: the file is truncated"));
        }
        self.buf.pop();
        Ok(true)
    }

    /// The next table or row; `None` once the trailer has been read and the checksum matched.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Item>, BackupError> {
        if self.done {
            return Ok(None);
        }
        match self.table {
            Some((i, left)) if left > 0 => {
                if !self.read_line(true)? {
                    return Err(self.malformed(format!(
                        "the file ends {left} rows before the end of table {}: it is truncated",
                        self.header.tables[i].name
                    )));
                }
                let values: Vec<Value> = serde_json::from_slice(&self.buf).map_err(|e| {
                    self.malformed(format!(
                        "a row of table {} does not read: {e}",
                        self.header.tables[i].name
                    ))
                })?;
                let want = self.header.tables[i].columns.len();
                if values.len() != want {
                    return Err(self.malformed(format!(
                        "a row of table {} has {} values for {want} columns",
                        self.header.tables[i].name,
                        values.len()
                    )));
                }
                self.table = Some((i, left - 1));
                self.rows += 1;
                Ok(Some(Item::Row(values)))
            }
            _ => {
                let next = self.table.map_or(0, |(i, _)| i + 1);
                if next < self.header.tables.len() {
                    if !self.read_line(true)? {
                        return Err(self.malformed(format!(
                            "the file ends before table {}: it is truncated",
                            self.header.tables[next].name
                        )));
                    }
                    let s: Section = serde_json::from_slice(&self.buf).map_err(|e| {
                        self.malformed(format!(
                            "expected the start of table {} ({{\"table\": …, \"rows\": …}}): {e}",
                            self.header.tables[next].name
                        ))
                    })?;
                    let h = &self.header.tables[next];
                    if s.table != h.name || s.rows != h.rows {
                        return Err(self.malformed(format!(
                            "expected table {} with {} rows, as the header says; found {} with {}",
                            h.name, h.rows, s.table, s.rows
                        )));
                    }
                    self.table = Some((next, s.rows));
                    return Ok(Some(Item::Table(next)));
                }
                let sum = hex(&self.hasher.clone().finalize());
                if !self.read_line(false)? {
                    return Err(self.malformed("the file ends before its trailer: it is truncated"));
                }
                let t: Trailer = serde_json::from_slice(&self.buf)
                    .map_err(|e| self.malformed(format!("expected the trailer ({{\"end\": …}}): {e}")))?;
                if t.end.sha256 != sum {
                    return Err(self.malformed(format!(
                        "the checksum does not match (the trailer says {}, the lines before it give {sum}): \
                         the file was altered",
                        t.end.sha256
                    )));
                }
                if t.end.tables != self.header.tables.len() || t.end.rows != self.rows {
                    return Err(self.malformed(format!(
                        "the trailer counts {} tables and {} rows; the file has {} and {}",
                        t.end.tables,
                        t.end.rows,
                        self.header.tables.len(),
                        self.rows
                    )));
                }
                if self.read_line(false)? {
                    return Err(self.malformed("there is more after the trailer"));
                }
                self.done = true;
                Ok(None)
            }
        }
    }
}

/// A value as both back ends keep it, for comparing a database with its copy restored on the
/// other: booleans as 0 and 1 (SQLite's), timestamps in UTC to the microsecond (PostgreSQL's
/// precision; SQLite keeps what the program wrote, to the nanosecond).
pub fn canonical(value: &Value) -> Value {
    match value {
        Value::Bool(b) => Value::from(i64::from(*b)),
        Value::String(s) => match parse_timestamp(s) {
            Some(t) => {
                let micros = t.timestamp_micros();
                DateTime::from_timestamp_micros(micros).map_or_else(|| value.clone(), |t| Value::String(timestamp(&t)))
            }
            None => value.clone(),
        },
        v => v.clone(),
    }
}

/// The rows of each table, by name.
pub type Rows = BTreeMap<String, Vec<Vec<Value>>>;

/// A whole backup in memory, each row in [`canonical`] form, by table: for checking a restore
/// against its source on small databases.
pub fn read_canonical(path: &Path) -> Result<(Header, Rows), BackupError> {
    let mut reader = Reader::open(path)?;
    let header = reader.header().clone();
    let mut tables = Rows::new();
    let mut current = String::new();
    while let Some(item) = reader.next()? {
        match item {
            Item::Table(i) => {
                current = header.tables[i].name.clone();
                tables.entry(current.clone()).or_default();
            }
            Item::Row(values) => tables
                .entry(current.clone())
                .or_default()
                .push(values.iter().map(canonical).collect()),
        }
    }
    Ok((header, tables))
}

#[cfg(test)]
mod tests {
    use std::io::Read as _;

    use chrono::Utc;

    use super::*;
    use crate::testing::TestDb;
    use crate::Sql;

    /// A migrated SQLite database in its own folder, whatever TEST_DATABASE_URL says.
    async fn sqlite_db() -> (Store, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite:{}", dir.path().join("other.db").display());
        let store = Store::connect(&url).await.expect("sqlite");
        store.migrate().await.expect("migrate");
        (store, dir)
    }

    /// Organisations with reals, booleans, NULLs, timestamps and text in several scripts, and
    /// logos (blobs) recorded in the change feed.
    async fn fill(store: &Store, n: i64) {
        fill_from(store, 0, n).await
    }

    async fn fill_from(store: &Store, from: i64, n: i64) {
        for i in from..from + n {
            let now = Utc::now();
            store
                .pool()
                .execute(&Sql::with(
                    "INSERT INTO organisations (slug, name, sort_key, search_text, kind, country, lat, lon, \
                     founded, is_sme, details, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, 'cluster', 'DE', $5, $6, $7, $8, '{\"d\": \"Ünïcödé ☃\"}', $9, $10)",
                    vec![
                        format!("org-{i}").into(),
                        format!("Organisation \"{i}\" — Ærø ✓").into(),
                        format!("organisation {i}").into(),
                        String::new().into(),
                        Some(48.0 + i as f64 / 7.0).into(),
                        // NULL throughout the first batch of a restore, values after.
                        (if i < 400 { None } else { Some(-9.125) }).into(),
                        (if i % 3 == 0 { None } else { Some(1990 + i) }).into(),
                        (i % 2 == 0).into(),
                        now.into(),
                        now.into(),
                    ],
                ))
                .await
                .expect("organisation");
        }
        let (ids,): (Vec<i64>,) = (store
            .pool()
            .fetch_all::<(i64,)>(&Sql::new("SELECT id FROM organisations ORDER BY id"))
            .await
            .expect("ids")
            .into_iter()
            .map(|(id,)| id)
            .collect(),);
        for (k, id) in ids.iter().enumerate().take(3) {
            store
                .set_logo(*id, vec![0, 159, 146, 150, 255, k as u8, b'\n', b'"'])
                .await
                .expect("logo");
        }
    }

    fn without_identity(mut tables: BTreeMap<String, Vec<Vec<Value>>>) -> BTreeMap<String, Vec<Vec<Value>>> {
        tables.remove(IDENTITY_TABLE);
        tables
    }

    async fn backup_of(store: &Store, dir: &Path, name: &str) -> PathBuf {
        let path = dir.join(name);
        store.backup(&path).await.expect("backup");
        path
    }

    #[tokio::test]
    async fn a_restore_brings_back_every_table_equal_with_a_new_identity() {
        let source = TestDb::new().await.expect("db");
        fill(&source.store, 800).await;
        let files = tempfile::tempdir().expect("dir");
        let path = backup_of(&source.store, files.path(), "a.chbackup").await;
        assert!(!partial_path(&path).exists());
        let (header, before) = read_canonical(&path).expect("reads");
        assert_eq!(header.schema_version, program_schema_version());
        assert!(header.tables.iter().all(|t| !t.name.starts_with("_sqlx")));
        assert_eq!(before["organisations"].len(), 800);
        assert_eq!(before["organisation_logos"].len(), 3);

        // The same back end, then SQLite (when the source is PostgreSQL, that crosses over).
        let target = TestDb::new().await.expect("db");
        let (other, _dir) = sqlite_db().await;
        for store in [&target.store, &other] {
            let identity = store.position().await.expect("position").identity;
            let f = store.restore(&path, false).await.expect("restore");
            assert_eq!(
                (f.tables, f.rows),
                (header.tables.len(), header.tables.iter().map(|t| t.rows).sum())
            );
            let copy = backup_of(store, files.path(), "copy.chbackup").await;
            let (_, after) = read_canonical(&copy).expect("reads");
            assert_eq!(without_identity(after), without_identity(before.clone()));
            let now = store.position().await.expect("position");
            assert_ne!(now.identity, identity);
            assert_ne!(now.identity, source.store.position().await.expect("position").identity);
            assert_eq!(now.change, source.store.latest_change_id().await.expect("feed"));
            // The next id follows the restored ones (a PostgreSQL sequence was moved on).
            fill_from(store, 1000, 1).await;
        }
        // And from SQLite into the back end under test.
        let back = backup_of(&other, files.path(), "back.chbackup").await;
        let again = TestDb::new().await.expect("db");
        again.store.restore(&back, false).await.expect("restore");
        let copy = backup_of(&again.store, files.path(), "again.chbackup").await;
        assert_eq!(
            without_identity(read_canonical(&copy).expect("reads").1),
            without_identity(read_canonical(&back).expect("reads").1)
        );
    }

    async fn count(store: &Store, table: &str) -> i64 {
        let (n,): (i64,) = store
            .pool()
            .fetch_one(&Sql::new(&format!("SELECT CAST(COUNT(*) AS BIGINT) FROM {table}")))
            .await
            .expect("count");
        n
    }

    fn gunzip(path: &Path) -> String {
        let mut s = String::new();
        flate2::read::GzDecoder::new(File::open(path).expect("open"))
            .read_to_string(&mut s)
            .expect("gunzip");
        s
    }

    fn gzip(path: &Path, text: &str) {
        let mut gz = flate2::write::GzEncoder::new(File::create(path).expect("create"), flate2::Compression::fast());
        gz.write_all(text.as_bytes()).expect("write");
        gz.finish().expect("finish");
    }

    #[tokio::test]
    async fn a_broken_backup_is_refused_and_the_target_keeps_what_it_had() {
        let source = TestDb::new().await.expect("db");
        fill(&source.store, 5).await;
        let files = tempfile::tempdir().expect("dir");
        let path = backup_of(&source.store, files.path(), "a.chbackup").await;
        let target = TestDb::new().await.expect("db");
        fill(&target.store, 2).await;
        let identity = target.store.position().await.expect("position").identity;
        let text = gunzip(&path);
        let lines: Vec<&str> = text.lines().collect();
        let org_line = lines
            .iter()
            .position(|l| l.starts_with("{\"table\":\"organisations\""))
            .expect("section")
            + 2;

        let truncated = files.path().join("truncated.chbackup");
        let bytes = std::fs::read(&path).expect("read");
        std::fs::write(&truncated, &bytes[..bytes.len() * 2 / 3]).expect("write");
        let cut_lines = files.path().join("cut.chbackup");
        gzip(&cut_lines, &(lines[..lines.len() - 4].join("\n") + "\n"));
        let altered = files.path().join("altered.chbackup");
        gzip(&altered, &text.replacen("org-3", "org-9", 1));
        let misfit = files.path().join("misfit.chbackup");
        let mut broken: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        broken[org_line - 1] = broken[org_line - 1].replacen("[", "[\"one\",", 1).replacen(",", "", 0);
        let mut row: Vec<Value> = serde_json::from_str(lines[org_line - 1]).expect("row");
        row[0] = Value::from("one");
        broken[org_line - 1] = serde_json::to_string(&row).expect("json");
        gzip(&misfit, &(broken.join("\n") + "\n"));
        let not_json = files.path().join("not-json.chbackup");
        broken[org_line - 1] = "[1, 2".to_owned();
        gzip(&not_json, &(broken.join("\n") + "\n"));

        let cases: [(&PathBuf, &str); 5] = [
            (&truncated, "truncated"),
            (&cut_lines, "truncated"),
            (&altered, "checksum"),
            (
                &misfit,
                "table organisations: column id: expected an integer, found \"one\"",
            ),
            (&not_json, "does not read"),
        ];
        for (file, says) in cases {
            let e = target.store.restore(file, true).await.expect_err("refused");
            let e = e.to_string().replace(&file.display().to_string(), "FILE");
            assert!(e.contains(says), "{e}");
            if file == &misfit || file == &not_json {
                assert!(e.starts_with(&format!("FILE, line {org_line}")), "{e}");
            }
            // Without --replace the data of the target is named first.
            let e = target.store.restore(file, false).await.expect_err("refused");
            assert!(
                matches!(e, BackupError::NotEmpty { .. } | BackupError::Malformed { .. }),
                "{e}"
            );
        }
        assert_eq!(count(&target.store, "organisations").await, 2);
        assert_eq!(count(&target.store, "organisation_logos").await, 2);
        assert_eq!(target.store.position().await.expect("position").identity, identity);
    }

    #[tokio::test]
    async fn a_database_with_data_is_replaced_only_when_asked() {
        let source = TestDb::new().await.expect("db");
        fill(&source.store, 3).await;
        let files = tempfile::tempdir().expect("dir");
        let path = backup_of(&source.store, files.path(), "a.chbackup").await;
        let target = TestDb::new().await.expect("db");
        fill(&target.store, 7).await;
        let e = target.store.restore(&path, false).await.expect_err("refused");
        assert!(matches!(e, BackupError::NotEmpty { .. }), "{e}");
        assert!(
            e.to_string().contains("organisations") && e.to_string().contains("--replace"),
            "{e}"
        );
        assert_eq!(count(&target.store, "organisations").await, 7);
        target.store.restore(&path, true).await.expect("replaced");
        assert_eq!(count(&target.store, "organisations").await, 3);
        assert_eq!(count(&target.store, "organisation_logos").await, 3);
    }

    #[tokio::test]
    async fn a_backup_of_a_newer_schema_is_refused() {
        let source = TestDb::new().await.expect("db");
        let files = tempfile::tempdir().expect("dir");
        let path = backup_of(&source.store, files.path(), "a.chbackup").await;
        let newer = program_schema_version() + 1;
        let text = gunzip(&path).replacen(
            &format!("\"schema_version\":{}", program_schema_version()),
            &format!("\"schema_version\":{newer}"),
            1,
        );
        let future = files.path().join("future.chbackup");
        gzip(&future, &text);
        let target = TestDb::new().await.expect("db");
        let e = target.store.restore(&future, false).await.expect_err("refused");
        assert!(
            matches!(e, BackupError::NewerSchema { backup, .. } if backup == newer),
            "{e}"
        );
    }

    /// Writes landing while the backup reads: each write is a region and its change in one
    /// transaction, so a consistent snapshot has as many of one as of the other.
    #[tokio::test]
    async fn a_backup_taken_during_writes_is_one_consistent_snapshot() {
        let source = TestDb::new().await.expect("db");
        fill(&source.store, 200).await;
        let writer = {
            let store = source.store.clone();
            tokio::spawn(async move {
                for i in 0..400_i64 {
                    let mut tx = store.begin().await.expect("begin");
                    tx.execute(&Sql::with(
                        "INSERT INTO nuts_regions (code, level, name) VALUES ($1, 3, $2)",
                        vec![format!("ZZ{i:04}").into(), format!("Region {i}").into()],
                    ))
                    .await
                    .expect("region");
                    crate::change_feed::record(&mut tx, "region", i, crate::change_feed::Op::Upsert)
                        .await
                        .expect("change");
                    tx.commit().await.expect("commit");
                    tokio::task::yield_now().await;
                }
            })
        };
        let files = tempfile::tempdir().expect("dir");
        let mut paths = Vec::new();
        for k in 0..3 {
            paths.push(backup_of(&source.store, files.path(), &format!("{k}.chbackup")).await);
        }
        writer.await.expect("writer");
        for path in paths {
            let target = TestDb::new().await.expect("db");
            target.store.restore(&path, false).await.expect("restore");
            let regions = count(&target.store, "nuts_regions").await;
            let (changes,): (i64,) = target
                .store
                .pool()
                .fetch_one(&Sql::new(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM change_feed WHERE entity = 'region'",
                ))
                .await
                .expect("changes");
            assert_eq!(regions, changes, "{}", path.display());
            let (max,): (i64,) = target
                .store
                .pool()
                .fetch_one(&Sql::new(
                    "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM change_feed",
                ))
                .await
                .expect("max");
            assert_eq!(target.store.position().await.expect("position").change, max);
            assert_eq!(max, count(&target.store, "change_feed").await);
        }
    }

    #[test]
    fn tables_come_after_those_they_refer_to() {
        let t = |name: &str, parents: &[&str]| Table {
            name: name.to_owned(),
            columns: Vec::new(),
            parents: parents.iter().map(|p| p.to_string()).collect(),
        };
        let order: Vec<String> = dependency_order(vec![
            t("a", &["c"]),
            t("b", &["b"]),
            t("c", &["b", "elsewhere"]),
            t("x", &["y"]),
            t("y", &["x"]),
        ])
        .into_iter()
        .map(|t| t.name)
        .collect();
        assert_eq!(order, ["b", "c", "a", "x", "y"]);
    }

    #[test]
    fn values_convert_to_each_kind_of_column() {
        use Backend::*;
        assert!(matches!(
            convert(Value::from(1), Kind::Bool, Postgres),
            Ok(Bind::Bool(true))
        ));
        assert!(matches!(
            convert(Value::Bool(true), Kind::Int, Sqlite),
            Ok(Bind::Int(1))
        ));
        assert!(convert(Value::from(1_i64 << 40), Kind::Int32, Postgres).is_err());
        assert!(convert(Value::from(2), Kind::Bool, Postgres).is_err());
        assert!(matches!(
            convert(Value::from("2024-05-01 10:00:00"), Kind::Time, Postgres),
            Ok(Bind::Time(t)) if t.to_rfc3339() == "2024-05-01T10:00:00+00:00"
        ));
        assert!(matches!(
            convert(blob(b"\x00\xff"), Kind::Bytes, Postgres),
            Ok(Bind::Bytes(b)) if b == b"\x00\xff"
        ));
        assert!(convert(Value::from("x"), Kind::Bytes, Postgres).is_err());
        assert!(matches!(
            convert(Value::Null, Kind::Int, Postgres),
            Ok(Bind::Null(Kind::Int))
        ));
        assert_eq!(
            canonical(&Value::from("2024-05-01T10:00:00.123456789+00:00")),
            Value::from("2024-05-01T10:00:00.123456+00:00")
        );
    }
}
