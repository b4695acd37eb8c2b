//! Persistence of clusterhub on SQLite (the embedded default, in WAL mode) and PostgreSQL (for
//! production and several nodes). Each back end has its own migrations with the same version
//! numbers; every query is written once and runs on both (see [`db`]). Every write that search or
//! other nodes must see is recorded in the change feed in the same transaction.

#[macro_use]
mod row;

pub mod accounts;
pub mod audit;
pub mod b2b_attendance;
pub mod b2b_followup;
pub mod b2b_preferences;
pub mod backup;
pub mod change_feed;
pub mod dashboard;
pub mod db;
pub mod demo_seed;
pub mod evaluation;
pub mod event_stewards;
pub mod events;
pub mod feeds;
pub mod follows;
pub mod funding;
pub mod mentions;
pub mod missions;
pub mod moderation;
pub mod news;
pub mod opportunities;
pub mod organisations;
pub mod programmes;
pub mod projects;
pub mod regions;
pub mod services;
pub mod sitemap;
pub mod statistics;
pub mod testing;

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use db::Conn;
pub use db::{Arg, Backend, Pool, Sql, Tx};

/// The migrations of each back end, embedded by `build.rs` as (file name, text).
mod migrations {
    include!(concat!(env!("OUT_DIR"), "/migrations.rs"));
}

/// Embedded migrations, read as sqlx reads a migrations folder: `<version>_<description>.sql`,
/// the description with spaces for underscores, checksummed by sqlx from the text. (sqlx's
/// `migrate!` macro does the same at compile time, but its proc-macro crate compiles both
/// database drivers a second time for the compiler's host.)
#[derive(Debug)]
struct Embedded(&'static [(&'static str, &'static str)]);

impl<'s> sqlx::migrate::MigrationSource<'s> for Embedded {
    fn resolve(
        self,
    ) -> std::pin::Pin<
        Box<
            dyn std::future::Future<Output = Result<Vec<sqlx::migrate::Migration>, sqlx::error::BoxDynError>>
                + Send
                + 's,
        >,
    > {
        Box::pin(async move { self.migrations() })
    }
}

impl Embedded {
    fn migrations(&self) -> Result<Vec<sqlx::migrate::Migration>, sqlx::error::BoxDynError> {
        let mut all = Vec::with_capacity(self.0.len());
        for (file, sql) in self.0 {
            let (version, rest) = file
                .split_once('_')
                .ok_or_else(|| format!("migration {file}: no version prefix"))?;
            let version: i64 = version
                .parse()
                .map_err(|_| format!("migration {file}: version is not a number"))?;
            let description = rest.trim_end_matches(".sql").replace('_', " ");
            all.push(sqlx::migrate::Migration::new(
                version,
                description.into(),
                sqlx::migrate::MigrationType::Simple,
                (*sql).into(),
                sql.starts_with("-- no-transaction"),
            ));
        }
        all.sort_by_key(|m| m.version);
        Ok(all)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Conflict(Conflict),
    /// The change would leave the platform without an admin.
    #[error("the platform's last admin cannot be demoted or erased")]
    LastPlatformAdmin,
    /// The change would leave an organisation without an admin.
    #[error("an organisation's last admin cannot be demoted or removed")]
    LastOrganisationAdmin,
    #[error("invalid stored value in {column}: {message}")]
    Corrupt { column: &'static str, message: String },
    #[error("database URL \"{0}\" is neither sqlite:… nor postgres://…")]
    UnsupportedUrl(String),
    #[error("database URL {0}")]
    InvalidUrl(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// What a refused write would have clashed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// Another account has this address.
    Email,
    /// Another project has this acronym.
    Acronym,
    /// The organisation applied to this call already.
    Application,
    /// The organisation expressed interest already.
    Interest,
    /// The person is an evaluator already.
    Evaluator,
    /// The person is registered already.
    Registration,
    /// A meeting request between the two is there already.
    MeetingRequest,
    /// What is awarded already is more than the new budget.
    Budget,
    /// A claim on the organisation waits already.
    PendingClaim,
    /// An organisation cannot partner with itself.
    SelfPartnership,
    /// Another service of the organisation has this reference.
    ServiceReference,
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Conflict::Email => "an account with this address exists",
            Conflict::Acronym => "a project with this acronym exists",
            Conflict::Application => "the organisation applied already",
            Conflict::Interest => "the organisation expressed interest already",
            Conflict::Evaluator => "the person is an evaluator already",
            Conflict::Registration => "the person is registered already",
            Conflict::MeetingRequest => "a meeting request between the two exists",
            Conflict::Budget => "more is awarded than the budget",
            Conflict::PendingClaim => "a claim on this organisation is pending already",
            Conflict::SelfPartnership => "an organisation cannot partner with itself",
            Conflict::ServiceReference => "another service of the organisation has this reference",
        })
    }
}

/// A stored value that does not read back as what was written.
pub(crate) fn corrupt(column: &'static str, message: impl ToString) -> StoreError {
    StoreError::Corrupt {
        column,
        message: message.to_string(),
    }
}

/// Whether an insert failed on a UNIQUE constraint (on either back end).
pub(crate) fn is_unique_violation(e: &StoreError) -> bool {
    matches!(e, StoreError::Database(sqlx::Error::Database(d)) if d.is_unique_violation())
}

/// How SQLite syncs to disk: `FULL` unless the URL says `synchronous=normal` (or `extra`). With
/// WAL, `FULL` syncs the log at every commit, so an acknowledged write survives a power loss;
/// `NORMAL` syncs only at checkpoints and may lose the last commits then (never corrupting the
/// file). docs/BENCHMARKS.md has what each costs.
fn sqlite_synchronous(url: &str) -> Result<(String, SqliteSynchronous), StoreError> {
    let Some((path, query)) = url.split_once('?') else {
        return Ok((url.to_owned(), SqliteSynchronous::Full));
    };
    let mut synchronous = SqliteSynchronous::Full;
    let mut rest = vec![];
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some((k, v)) if k.eq_ignore_ascii_case("synchronous") => {
                synchronous = match v.to_ascii_lowercase().as_str() {
                    "full" => SqliteSynchronous::Full,
                    "normal" => SqliteSynchronous::Normal,
                    "extra" => SqliteSynchronous::Extra,
                    _ => {
                        return Err(StoreError::InvalidUrl(format!(
                            "\"{url}\": synchronous must be full, normal or extra"
                        )))
                    }
                }
            }
            _ => rest.push(pair),
        }
    }
    let url = if rest.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", rest.join("&"))
    };
    Ok((url, synchronous))
}

/// Everything the rest of the program may ask of the database.
#[derive(Debug, Clone)]
pub struct Store {
    pool: Pool,
}

impl Store {
    /// Connects to `sqlite:PATH` (creating the file) or `postgres://…`. For PostgreSQL,
    /// `schema` confines every query to that schema (used by tests to isolate themselves).
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_with_schema(url, None).await
    }

    pub async fn connect_with_schema(url: &str, schema: Option<&str>) -> Result<Self, StoreError> {
        let pool = if url.starts_with("sqlite:") {
            let (url, synchronous) = sqlite_synchronous(url)?;
            let opts = SqliteConnectOptions::from_str(&url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(synchronous)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                // 2 MiB of page cache per connection (SQLite's default; 8 pooled: 16 MiB). Each
                // connection keeps its own cache in the process; at 32 MiB each they held up to
                // 256 MiB of a node's memory with 100,000 organisations, while the operating
                // system caches the file for all of them anyway (docs/BENCHMARKS.md).
                .pragma("cache_size", "-2048")
                .pragma("temp_store", "memory");
            Pool::new(Conn::Sqlite(
                SqlitePoolOptions::new()
                    .max_connections(8)
                    .min_connections(1)
                    .connect_with(opts)
                    .await?,
            ))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let mut opts = PgConnectOptions::from_str(url)?;
            if let Some(s) = schema {
                opts = opts.options([("search_path", s)]);
            }
            Pool::new(Conn::Postgres(
                PgPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(opts)
                    .await?,
            ))
        } else {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        };
        Ok(Self { pool })
    }

    /// Applies the migrations embedded in the binary that the database has not seen yet.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match &self.pool.conn {
            Conn::Sqlite(p) => {
                sqlx::migrate::Migrator::new(Embedded(migrations::SQLITE))
                    .await?
                    .run(p)
                    .await?
            }
            Conn::Postgres(p) => {
                sqlx::migrate::Migrator::new(Embedded(migrations::POSTGRES))
                    .await?
                    .run(p)
                    .await?
            }
        }
        // Data the application derives that older rows lack (kept out of SQL, which cannot fold
        // words as the application does).
        self.index_unindexed_opportunities().await?;
        self.index_unindexed_call_deadlines().await?;
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.pool.backend()
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    pub async fn begin(&self) -> Result<Tx, StoreError> {
        self.pool.begin().await
    }

    /// This store with `pending` waiting for its first write (see [`Store::audited`]).
    fn with_pending(&self, pending: audit::Pending) -> Store {
        Store {
            pool: self.pool.with_audit(pending),
        }
    }

    /// Readiness: the database answers a query.
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.pool
            .fetch_one::<(i64,)>(&Sql::new("SELECT CAST(1 AS BIGINT)"))
            .await
            .map(|_| ())
    }

    pub async fn close(&self) {
        self.pool.close().await
    }

    /// The tables and their columns, for comparing the two back ends' schemas.
    pub async fn schema_columns(&self) -> Result<Vec<(String, String)>, StoreError> {
        let sql = match self.backend() {
            Backend::Sqlite => Sql::new(
                "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' \
                 ORDER BY m.name, p.name",
            ),
            Backend::Postgres => Sql::new(
                "SELECT table_name::text, column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%' \
                 ORDER BY table_name, column_name",
            ),
        };
        self.pool.fetch_all(&sql).await
    }
}

/// The connection string with any password replaced, for logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod synchronous_tests {
    use super::*;

    #[test]
    fn sqlite_syncs_fully_unless_the_url_says_otherwise() {
        let (url, s) = sqlite_synchronous("sqlite:/d/c.db").expect("plain");
        assert_eq!((url.as_str(), format!("{s:?}")), ("sqlite:/d/c.db", "Full".into()));
        let (url, s) = sqlite_synchronous("sqlite:/d/c.db?mode=rwc&synchronous=NORMAL").expect("normal");
        assert_eq!(
            (url.as_str(), format!("{s:?}")),
            ("sqlite:/d/c.db?mode=rwc", "Normal".into())
        );
        assert!(sqlite_synchronous("sqlite:/d/c.db?synchronous=off").is_err());
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_redacted() {
        assert_eq!(super::redact_url("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(super::redact_url("sqlite:data/x.db"), "sqlite:data/x.db");
    }

    /// The embedded migrations are the folder's as sqlx reads it: every file, with the same
    /// versions, descriptions and checksums, so databases migrated before keep validating.
    #[tokio::test]
    async fn embedded_migrations_are_the_folders() {
        use sqlx::migrate::Migrator;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        for (folder, embedded) in [
            ("sqlite", super::migrations::SQLITE),
            ("postgres", super::migrations::POSTGRES),
        ] {
            let from_folder = Migrator::new(root.join(folder).as_path())
                .await
                .expect("the folder reads");
            let from_binary = Migrator::new(super::Embedded(embedded))
                .await
                .expect("the embedded list reads");
            let facts = |m: &Migrator| {
                m.iter()
                    .map(|x| {
                        (
                            x.version,
                            x.description.to_string(),
                            x.checksum.to_vec(),
                            x.no_tx,
                            x.migration_type,
                        )
                    })
                    .collect::<Vec<_>>()
            };
            assert!(!embedded.is_empty());
            assert_eq!(facts(&from_binary), facts(&from_folder), "{folder}");
        }
    }
}
