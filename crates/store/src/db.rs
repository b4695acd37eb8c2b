//! One SQL text for both back ends: queries are written once with `$1`-style placeholders (which
//! SQLite accepts too), arguments are collected as [`Arg`]s, and the few calls below dispatch to
//! the pool or transaction of the back end in use.

use chrono::{DateTime, Utc};
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;
use sqlx::{FromRow, PgPool, Postgres, Sqlite, SqlitePool};

use std::sync::{Arc, Mutex};

use crate::audit::Pending;
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

/// The ids of an `IN` list a statement at a time (`None`: one statement for every row).
pub(crate) fn id_chunks(ids: Option<&[i64]>) -> Vec<Option<&[i64]>> {
    match ids {
        None => vec![None],
        Some(ids) => ids.chunks(500).map(Some).collect(),
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

/// The connection pool of either back end, and the audit entry (if any) that waits for the
/// first write made through this handle (see [`crate::Store::audited`]).
#[derive(Debug, Clone)]
pub struct Pool {
    pub(crate) conn: Conn,
    audit: Option<AuditSlot>,
}

#[derive(Debug, Clone)]
pub(crate) enum Conn {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Where a waiting audit entry sits until a write takes it (and where a transaction that rolls
/// back puts it again).
type AuditSlot = Arc<Mutex<Option<Pending>>>;

/// An audit entry a transaction holds until it commits; dropped with the transaction (a
/// rollback), it goes back to its slot for the next write.
#[derive(Debug)]
struct Held {
    pending: Option<Pending>,
    slot: AuditSlot,
}

impl Drop for Held {
    fn drop(&mut self) {
        if let Some(p) = self.pending.take() {
            *self.slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(p);
        }
    }
}

/// An open transaction of either back end; dropped without `commit` it rolls back.
pub struct Tx {
    conn: TxConn,
    audit: Option<Held>,
}

enum TxConn {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

/// A connection lent for one query (see `Pool::lease`).
enum Lease {
    Sqlite(sqlx::pool::PoolConnection<Sqlite>),
    Postgres(sqlx::pool::PoolConnection<Postgres>),
    Tx(Tx),
}

enum ConnRef<'a> {
    Sqlite(&'a mut sqlx::SqliteConnection),
    Postgres(&'a mut sqlx::PgConnection),
}

impl Lease {
    fn conn(&mut self) -> ConnRef<'_> {
        match self {
            Lease::Sqlite(c) => ConnRef::Sqlite(c),
            Lease::Postgres(c) => ConnRef::Postgres(c),
            Lease::Tx(tx) => match &mut tx.conn {
                TxConn::Sqlite(t) => ConnRef::Sqlite(t),
                TxConn::Postgres(t) => ConnRef::Postgres(t),
            },
        }
    }

    /// After the query: an audited one commits with its entry when it changed something (else
    /// it rolls back, and the entry waits for the next write).
    async fn done(self, sql: &Sql, changed: bool) -> Result<(), StoreError> {
        if let Lease::Tx(mut tx) = self {
            tx.wrote(sql).await?;
            if changed {
                tx.commit().await?;
            }
        }
        Ok(())
    }
}

impl Sql {
    /// Whether the statement may change data: anything but a query. An audit entry waiting for
    /// a change is written with the first statement that may change data, not with a read.
    fn writes(&self) -> bool {
        let text = self.text.trim_start();
        let first = text.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        if first.eq_ignore_ascii_case("with") {
            let upper = text.to_ascii_uppercase();
            return ["INSERT ", "UPDATE ", "DELETE "].iter().any(|w| upper.contains(w));
        }
        !["select", "pragma", "explain", "show", "values"]
            .iter()
            .any(|r| first.eq_ignore_ascii_case(r))
    }

    fn inserts(&self) -> bool {
        let text = self.text.trim_start();
        text.len() >= 6 && text[..6].eq_ignore_ascii_case("insert")
    }
}

impl Pool {
    pub(crate) fn new(conn: Conn) -> Self {
        Self { conn, audit: None }
    }

    /// The same connections, with `pending` waiting for the first write made through them.
    pub(crate) fn with_audit(&self, pending: Pending) -> Self {
        Self {
            conn: self.conn.clone(),
            audit: Some(Arc::new(Mutex::new(Some(pending)))),
        }
    }

    pub fn backend(&self) -> Backend {
        match self.conn {
            Conn::Sqlite(_) => Backend::Sqlite,
            Conn::Postgres(_) => Backend::Postgres,
        }
    }

    /// Begins a write transaction, which takes the waiting audit entry if there is one. On
    /// SQLite it takes the write lock at once: a transaction that read first and wrote later
    /// would fail with "database is locked" (without waiting) when another writer committed in
    /// between, while one that starts as a writer waits its turn.
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        // Taken before the wait for a connection, so a failed begin puts it back.
        let audit = self.take_audit();
        Ok(Tx {
            conn: match &self.conn {
                Conn::Sqlite(p) => TxConn::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
                Conn::Postgres(p) => TxConn::Postgres(p.begin().await?),
            },
            audit,
        })
    }

    fn take_audit(&self) -> Option<Held> {
        let slot = self.audit.as_ref()?;
        let pending = slot.lock().unwrap_or_else(|e| e.into_inner()).take()?;
        Some(Held {
            pending: Some(pending),
            slot: slot.clone(),
        })
    }

    /// A transaction for `sql` alone when it writes and an audit entry waits for it.
    async fn audit_tx(&self, sql: &Sql) -> Result<Option<Tx>, StoreError> {
        if self.audit.is_none() || !sql.writes() {
            return Ok(None);
        }
        let tx = self.begin().await?;
        Ok(tx.audit.is_some().then_some(tx))
    }

    pub async fn execute(&self, sql: &Sql) -> Result<u64, StoreError> {
        if let Some(mut tx) = self.audit_tx(sql).await? {
            let n = tx.execute(sql).await?;
            // A statement that changed no row changed nothing to record: rolled back, the
            // entry waits for the next write.
            if n > 0 {
                tx.commit().await?;
            }
            return Ok(n);
        }
        Ok(match &self.conn {
            Conn::Sqlite(p) => run!(p, sql, Sqlite, execute)?,
            Conn::Postgres(p) => run!(p, sql, Postgres, execute)?,
        })
    }

    pub async fn fetch_all<T: Row>(&self, sql: &Sql) -> Result<Vec<T>, StoreError> {
        let mut lease = self.lease(sql).await?;
        let rows = match lease.conn() {
            ConnRef::Sqlite(c) => run!(c, sql, Sqlite, fetch_all, T)?,
            ConnRef::Postgres(c) => run!(c, sql, Postgres, fetch_all, T)?,
        };
        lease.done(sql, !rows.is_empty()).await?;
        Ok(rows)
    }

    pub async fn fetch_optional<T: Row>(&self, sql: &Sql) -> Result<Option<T>, StoreError> {
        let mut lease = self.lease(sql).await?;
        let row = match lease.conn() {
            ConnRef::Sqlite(c) => run!(c, sql, Sqlite, fetch_optional, T)?,
            ConnRef::Postgres(c) => run!(c, sql, Postgres, fetch_optional, T)?,
        };
        lease.done(sql, row.is_some()).await?;
        Ok(row)
    }

    pub async fn fetch_one<T: Row>(&self, sql: &Sql) -> Result<T, StoreError> {
        let mut lease = self.lease(sql).await?;
        let row = match lease.conn() {
            ConnRef::Sqlite(c) => run!(c, sql, Sqlite, fetch_one, T)?,
            ConnRef::Postgres(c) => run!(c, sql, Postgres, fetch_one, T)?,
        };
        lease.done(sql, true).await?;
        Ok(row)
    }

    /// A connection for one query: from the pool, or a transaction of its own when the query
    /// writes and an audit entry waits for it. The generic query code then runs on the one
    /// executor type both give, so it is generated once per row type.
    async fn lease(&self, sql: &Sql) -> Result<Lease, StoreError> {
        if let Some(tx) = self.audit_tx(sql).await? {
            return Ok(Lease::Tx(tx));
        }
        Ok(match &self.conn {
            Conn::Sqlite(p) => Lease::Sqlite(p.acquire().await?),
            Conn::Postgres(p) => Lease::Postgres(p.acquire().await?),
        })
    }

    pub async fn close(&self) {
        match &self.conn {
            Conn::Sqlite(p) => p.close().await,
            Conn::Postgres(p) => p.close().await,
        }
    }
}

impl Tx {
    pub fn backend(&self) -> Backend {
        match self.conn {
            TxConn::Sqlite(_) => Backend::Sqlite,
            TxConn::Postgres(_) => Backend::Postgres,
        }
    }

    /// Serialises this transaction with every other that takes the same `key`, until it ends:
    /// for check-then-act steps (count, then write) that must not interleave. SQLite's write
    /// transactions are serialised already (`BEGIN IMMEDIATE`); PostgreSQL takes an advisory
    /// lock on the key's hash.
    pub async fn lock(&mut self, key: &str) -> Result<(), StoreError> {
        if let TxConn::Postgres(t) = &mut self.conn {
            sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .bind(key)
                .execute(&mut **t)
                .await?;
        }
        Ok(())
    }

    /// Commits, writing the audit entry the transaction holds first.
    pub async fn commit(mut self) -> Result<(), StoreError> {
        if let Some(mut held) = self.audit.take() {
            if let Some(pending) = held.pending.take() {
                if let Err(e) = self.execute(&pending.statement()).await {
                    held.pending = Some(pending);
                    return Err(e);
                }
            }
        }
        match self.conn {
            TxConn::Sqlite(t) => t.commit().await?,
            TxConn::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }

    /// After a statement: a waiting creation entry learns the id of the first row inserted.
    async fn wrote(&mut self, sql: &Sql) -> Result<(), StoreError> {
        let wants = self
            .audit
            .as_ref()
            .and_then(|h| h.pending.as_ref())
            .is_some_and(Pending::wants_created_id);
        if !wants || !sql.inserts() {
            return Ok(());
        }
        let last = Sql::new(match self.backend() {
            Backend::Sqlite => "SELECT last_insert_rowid()",
            Backend::Postgres => "SELECT lastval()",
        });
        let (id,): (i64,) = match &mut self.conn {
            TxConn::Sqlite(t) => run!(&mut **t, last, Sqlite, fetch_one, (i64,))?,
            TxConn::Postgres(t) => run!(&mut **t, last, Postgres, fetch_one, (i64,))?,
        };
        if let Some(p) = self.audit.as_mut().and_then(|h| h.pending.as_mut()) {
            p.created(id);
        }
        Ok(())
    }

    pub async fn execute(&mut self, sql: &Sql) -> Result<u64, StoreError> {
        let n = match &mut self.conn {
            TxConn::Sqlite(t) => run!(&mut **t, sql, Sqlite, execute)?,
            TxConn::Postgres(t) => run!(&mut **t, sql, Postgres, execute)?,
        };
        self.wrote(sql).await?;
        Ok(n)
    }

    pub async fn fetch_all<T: Row>(&mut self, sql: &Sql) -> Result<Vec<T>, StoreError> {
        let rows = match &mut self.conn {
            TxConn::Sqlite(t) => run!(&mut **t, sql, Sqlite, fetch_all, T)?,
            TxConn::Postgres(t) => run!(&mut **t, sql, Postgres, fetch_all, T)?,
        };
        self.wrote(sql).await?;
        Ok(rows)
    }

    pub async fn fetch_optional<T: Row>(&mut self, sql: &Sql) -> Result<Option<T>, StoreError> {
        let row = match &mut self.conn {
            TxConn::Sqlite(t) => run!(&mut **t, sql, Sqlite, fetch_optional, T)?,
            TxConn::Postgres(t) => run!(&mut **t, sql, Postgres, fetch_optional, T)?,
        };
        self.wrote(sql).await?;
        Ok(row)
    }

    pub async fn fetch_one<T: Row>(&mut self, sql: &Sql) -> Result<T, StoreError> {
        let row = match &mut self.conn {
            TxConn::Sqlite(t) => run!(&mut **t, sql, Sqlite, fetch_one, T)?,
            TxConn::Postgres(t) => run!(&mut **t, sql, Postgres, fetch_one, T)?,
        };
        self.wrote(sql).await?;
        Ok(row)
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
