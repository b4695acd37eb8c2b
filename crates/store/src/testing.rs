//! Fresh databases for tests: a new SQLite file per test, or, when `TEST_DATABASE_URL` names a
//! PostgreSQL server, a new schema per test in it. The same test code thus runs on both back ends.

use crate::{Backend, Store, StoreError};

/// The environment variable that selects PostgreSQL for tests.
pub const TEST_DATABASE_URL: &str = "TEST_DATABASE_URL";

/// A migrated, empty database that lives as long as this value (SQLite) or until the server's
/// test database is dropped (PostgreSQL schemas are named `test_…` and removed by `.ci/run`).
pub struct TestDb {
    pub store: Store,
    /// The URL another process (a spawned `clusterhub serve`) would use for the same data.
    pub url: String,
    /// The PostgreSQL schema, when on PostgreSQL.
    pub schema: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

fn unique_name() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!(
        "test_{}_{}_{}",
        std::process::id(),
        nanos % 1_000_000_000,
        N.fetch_add(1, Ordering::Relaxed)
    )
}

impl TestDb {
    pub async fn new() -> Result<Self, StoreError> {
        match std::env::var(TEST_DATABASE_URL) {
            Ok(url) if url.starts_with("postgres") => {
                let schema = unique_name();
                let admin = Store::connect(&url).await?;
                admin
                    .pool()
                    .execute(&crate::Sql::new(&format!("CREATE SCHEMA {schema}")))
                    .await?;
                admin.close().await;
                let store = Store::connect_with_schema(&url, Some(&schema)).await?;
                store.migrate().await?;
                let sep = if url.contains('?') { '&' } else { '?' };
                Ok(Self {
                    store,
                    url: format!("{url}{sep}options=-csearch_path%3D{schema}"),
                    schema: Some(schema),
                    _dir: None,
                })
            }
            _ => {
                let dir = tempfile::tempdir().map_err(|e| StoreError::Database(sqlx::Error::Io(e)))?;
                let url = format!("sqlite:{}", dir.path().join("test.db").display());
                let store = Store::connect(&url).await?;
                store.migrate().await?;
                Ok(Self {
                    store,
                    url,
                    schema: None,
                    _dir: Some(dir),
                })
            }
        }
    }

    pub fn backend(&self) -> Backend {
        self.store.backend()
    }
}
