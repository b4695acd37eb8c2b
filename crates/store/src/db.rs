//! One SQL text for both back ends: queries are written once with `$1`-style placeholders (which
//! SQLite accepts too), arguments are collected as [`Arg`]s, and the few calls below dispatch to
//! the pool or transaction of the back end in use.

use chrono::{DateTime, Utc};
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;
use sqlx::{FromRow, PgPool, Postgres, Sqlite, SqlitePool};

use crate::StoreError;

/// Which database a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A bind argument. Options carry their type so PostgreSQL can type a NULL.
#[derive(Debug, Clone)]
pub enum Arg {
    I64(i64),
    OptI64(Option<i64>),
    F64(Option<f64>),
    Text(String),
    OptText(Option<String>),
    Bool(bool),
    Time(DateTime<Utc>),
    OptTime(Option<DateTime<Utc>>),
    Bytes(Vec<u8>),
}

impl From<Vec<u8>> for Arg {
    fn from(v: Vec<u8>) -> Self {
        Arg::Bytes(v)
    }
}

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::I64(v)
    }
}
impl From<Option<i64>> for Arg {
    fn from(v: Option<i64>) -> Self {
        Arg::OptI64(v)
    }
}
impl From<Option<f64>> for Arg {
    fn from(v: Option<f64>) -> Self {
        Arg::F64(v)
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_owned())
    }
}
impl From<Option<String>> for Arg {
    fn from(v: Option<String>) -> Self {
        Arg::OptText(v)
    }
}
impl From<Option<&str>> for Arg {
    fn from(v: Option<&str>) -> Self {
        Arg::OptText(v.map(str::to_owned))
    }
}
impl From<bool> for Arg {
    fn from(v: bool) -> Self {
        Arg::Bool(v)
    }
}
impl From<Option<DateTime<Utc>>> for Arg {
    fn from(v: Option<DateTime<Utc>>) -> Self {
        Arg::OptTime(v)
    }
}
impl From<DateTime<Utc>> for Arg {
    fn from(v: DateTime<Utc>) -> Self {
        Arg::Time(v)
    }
}

/// SQL text with its arguments; `bind` appends the next `$n` placeholder.
#[derive(Debug, Clone, Default)]
pub struct Sql {
    pub text: String,
    pub args: Vec<Arg>,
}

impl Sql {
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            args: Vec::new(),
        }
    }

    /// A statement whose placeholders `$1…$n` are already written in `text`.
    pub fn with(text: &str, args: Vec<Arg>) -> Self {
        Self {
            text: text.to_owned(),
            args,
        }
    }

    pub fn push(&mut self, s: &str) -> &mut Self {
        self.text.push_str(s);
        self
    }

    pub fn bind(&mut self, a: impl Into<Arg>) -> &mut Self {
        self.args.push(a.into());
        self.text.push('$');
        self.text.push_str(&self.args.len().to_string());
        self
    }

    /// Appends `($a, $b, …)` binding each value.
    pub fn bind_list<A: Into<Arg>>(&mut self, values: impl IntoIterator<Item = A>) -> &mut Self {
        self.text.push('(');
        for (i, v) in values.into_iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.bind(v);
        }
        self.text.push(')');
        self
    }
}

/// Replaces the (facet, value) rows of `owner` in a tag table (`organisation_tags`,
/// `opportunity_tags`): the lists of a record repeated as rows for filtering. `table` and
/// `owner_column` are the caller's constants, never input.
pub(crate) async fn replace_tags<V: Into<Arg>>(
    tx: &mut Tx,
    table: &'static str,
    owner_column: &'static str,
    owner: i64,
    tags: Vec<(&'static str, V)>,
) -> Result<(), StoreError> {
    tx.execute(&Sql::with(
        &format!("DELETE FROM {table} WHERE {owner_column} = $1"),
        vec![owner.into()],
    ))
    .await?;
    if tags.is_empty() {
        return Ok(());
    }
    let mut sql = Sql::new(&format!("INSERT INTO {table} ({owner_column}, facet, value) VALUES "));
    for (i, (facet, value)) in tags.into_iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.push("(")
            .bind(owner)
            .push(", ")
            .bind(facet)
            .push(", ")
            .bind(value)
            .push(")");
    }
    tx.execute(&sql).await?;
    Ok(())
}

/// A row type both back ends can decode.
pub trait Row: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T> Row for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}

macro_rules! bind_all {
    ($q:expr, $args:expr) => {{
        let mut q = $q;
        for a in $args {
            q = match a {
                Arg::I64(v) => q.bind(*v),
                Arg::OptI64(v) => q.bind(*v),
                Arg::F64(v) => q.bind(*v),
                Arg::Text(v) => q.bind(v.as_str()),
                Arg::OptText(v) => q.bind(v.as_deref()),
                Arg::Bool(v) => q.bind(*v),
                Arg::Time(v) => q.bind(*v),
                Arg::OptTime(v) => q.bind(*v),
                Arg::Bytes(v) => q.bind(v.as_slice()),
            };
        }
        q
    }};
}

macro_rules! run {
    ($exec:expr, $sql:expr, $db:ty, execute) => {
        bind_all!(sqlx::query::<$db>(&$sql.text), &$sql.args)
            .execute($exec)
            .await
            .map(|r| r.rows_affected())
    };
    ($exec:expr, $sql:expr, $db:ty, $method:ident, $t:ty) => {
        bind_all!(sqlx::query_as::<$db, $t>(&$sql.text), &$sql.args)
            .$method($exec)
            .await
    };
}

/// The connection pool of either back end.
#[derive(Debug, Clone)]
pub enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// An open transaction of either back end; dropped without `commit` it rolls back.
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

impl Pool {
    pub fn backend(&self) -> Backend {
        match self {
            Pool::Sqlite(_) => Backend::Sqlite,
            Pool::Postgres(_) => Backend::Postgres,
        }
    }

    /// Begins a write transaction. On SQLite it takes the write lock at once: a transaction that
    /// read first and wrote later would fail with "database is locked" (without waiting) when
    /// another writer committed in between, while one that starts as a writer waits its turn.
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(match self {
            Pool::Sqlite(p) => Tx::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
            Pool::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    pub async fn execute(&self, sql: &Sql) -> Result<u64, StoreError> {
        Ok(match self {
            Pool::Sqlite(p) => run!(p, sql, Sqlite, execute)?,
            Pool::Postgres(p) => run!(p, sql, Postgres, execute)?,
        })
    }

    pub async fn fetch_all<T: Row>(&self, sql: &Sql) -> Result<Vec<T>, StoreError> {
        Ok(match self {
            Pool::Sqlite(p) => run!(p, sql, Sqlite, fetch_all, T)?,
            Pool::Postgres(p) => run!(p, sql, Postgres, fetch_all, T)?,
        })
    }

    pub async fn fetch_optional<T: Row>(&self, sql: &Sql) -> Result<Option<T>, StoreError> {
        Ok(match self {
            Pool::Sqlite(p) => run!(p, sql, Sqlite, fetch_optional, T)?,
            Pool::Postgres(p) => run!(p, sql, Postgres, fetch_optional, T)?,
        })
    }

    pub async fn fetch_one<T: Row>(&self, sql: &Sql) -> Result<T, StoreError> {
        Ok(match self {
            Pool::Sqlite(p) => run!(p, sql, Sqlite, fetch_one, T)?,
            Pool::Postgres(p) => run!(p, sql, Postgres, fetch_one, T)?,
        })
    }

    pub async fn close(&self) {
        match self {
            Pool::Sqlite(p) => p.close().await,
            Pool::Postgres(p) => p.close().await,
        }
    }
}

impl Tx {
    /// Serialises this transaction with every other that takes the same `key`, until it ends:
    /// for check-then-act steps (count, then write) that must not interleave. SQLite's write
    /// transactions are serialised already (`BEGIN IMMEDIATE`); PostgreSQL takes an advisory
    /// lock on the key's hash.
    pub async fn lock(&mut self, key: &str) -> Result<(), StoreError> {
        if let Tx::Postgres(t) = self {
            sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .bind(key)
                .execute(&mut **t)
                .await?;
        }
        Ok(())
    }

    pub async fn commit(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }

    pub async fn execute(&mut self, sql: &Sql) -> Result<u64, StoreError> {
        Ok(match self {
            Tx::Sqlite(t) => run!(&mut **t, sql, Sqlite, execute)?,
            Tx::Postgres(t) => run!(&mut **t, sql, Postgres, execute)?,
        })
    }

    pub async fn fetch_all<T: Row>(&mut self, sql: &Sql) -> Result<Vec<T>, StoreError> {
        Ok(match self {
            Tx::Sqlite(t) => run!(&mut **t, sql, Sqlite, fetch_all, T)?,
            Tx::Postgres(t) => run!(&mut **t, sql, Postgres, fetch_all, T)?,
        })
    }

    pub async fn fetch_optional<T: Row>(&mut self, sql: &Sql) -> Result<Option<T>, StoreError> {
        Ok(match self {
            Tx::Sqlite(t) => run!(&mut **t, sql, Sqlite, fetch_optional, T)?,
            Tx::Postgres(t) => run!(&mut **t, sql, Postgres, fetch_optional, T)?,
        })
    }

    pub async fn fetch_one<T: Row>(&mut self, sql: &Sql) -> Result<T, StoreError> {
        Ok(match self {
            Tx::Sqlite(t) => run!(&mut **t, sql, Sqlite, fetch_one, T)?,
            Tx::Postgres(t) => run!(&mut **t, sql, Postgres, fetch_one, T)?,
        })
    }
}

/// Escapes `%`, `_` and `\` for a LIKE pattern used with `ESCAPE '\'`.
pub fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
