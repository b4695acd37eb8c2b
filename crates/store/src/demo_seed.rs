//! Whether `serve --demo` finished seeding (migration 0028), and emptying a database whose
//! seeding was cut off, so that the next start seeds it whole instead of leaving a partial demo.

use crate::{Backend, Sql, Store, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoSeed {
    /// Begun and not finished (or still going).
    Seeding,
    Complete,
}

impl DemoSeed {
    fn as_str(self) -> &'static str {
        match self {
            DemoSeed::Seeding => "seeding",
            DemoSeed::Complete => "complete",
        }
    }
}

/// Tables `erase_everything` leaves alone: what the migrations applied, and which database this is.
const KEPT: [&str; 2] = ["_sqlx_migrations", "database_identity"];

impl Store {
    pub async fn demo_seed(&self) -> Result<Option<DemoSeed>, StoreError> {
        let state: Option<(String,)> = self
            .pool()
            .fetch_optional(&Sql::new("SELECT state FROM demo_seed WHERE id = 1"))
            .await?;
        Ok(state.map(|(s,)| {
            if s == "complete" {
                DemoSeed::Complete
            } else {
                DemoSeed::Seeding
            }
        }))
    }

    pub async fn set_demo_seed(&self, state: DemoSeed) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO demo_seed (id, state) VALUES (1, $1) \
                 ON CONFLICT (id) DO UPDATE SET state = excluded.state",
                vec![state.as_str().into()],
            ))
            .await?;
        Ok(())
    }

    /// The tables of the schema, from the database's own catalogue (so tables added later are
    /// included), without those of [`KEPT`].
    pub async fn data_tables(&self) -> Result<Vec<String>, StoreError> {
        let sql = match self.backend() {
            Backend::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
            }
            Backend::Postgres => {
                "SELECT CAST(tablename AS TEXT) FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
            }
        };
        let names: Vec<(String,)> = self.pool().fetch_all(&Sql::new(sql)).await?;
        Ok(names
            .into_iter()
            .map(|(n,)| n)
            .filter(|n| !KEPT.contains(&n.as_str()))
            .collect())
    }

    /// Empties every table (ids start again from 1) in one transaction and gives the database a
    /// new identity, so that search indexes and caches of what was there are rebuilt.
    pub async fn erase_everything(&self) -> Result<(), StoreError> {
        let tables = self.data_tables().await?;
        let mut tx = self.begin().await?;
        match self.backend() {
            Backend::Sqlite => {
                // Rows refer to each other; checked at commit, when no row is left.
                tx.execute(&Sql::new("PRAGMA defer_foreign_keys = ON")).await?;
                for t in &tables {
                    tx.execute(&Sql::new(&format!("DELETE FROM \"{t}\""))).await?;
                }
                // AUTOINCREMENT counters, so ids start again from 1.
                let (counters,): (i64,) = tx
                    .fetch_one(&Sql::new(
                        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'",
                    ))
                    .await?;
                if counters > 0 {
                    tx.execute(&Sql::new("DELETE FROM sqlite_sequence")).await?;
                }
            }
            Backend::Postgres => {
                if !tables.is_empty() {
                    let list: Vec<String> = tables.iter().map(|t| format!("\"{t}\"")).collect();
                    tx.execute(&Sql::new(&format!("TRUNCATE {} RESTART IDENTITY", list.join(", "))))
                        .await?;
                }
            }
        }
        tx.commit().await?;
        self.renew_identity().await?;
        Ok(())
    }
}
