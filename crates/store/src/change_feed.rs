//! The change feed: one row per write, with a monotonic id, written in the transaction of the write
//! itself so that a reader that has seen id N has seen every committed change up to N.

use chrono::{DateTime, Utc};

use crate::{Backend, Sql, Store, StoreError, Tx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Upsert,
    Delete,
}

impl Op {
    fn as_str(self) -> &'static str {
        match self {
            Op::Upsert => "upsert",
            Op::Delete => "delete",
        }
    }
}

row! {
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct Change {
        pub id: i64,
        pub entity: String,
        pub entity_id: i64,
        pub op: String,
        pub at: DateTime<Utc>,
    }
}

pub async fn record(tx: &mut Tx, entity: &str, entity_id: i64, op: Op) -> Result<(), StoreError> {
    if tx.backend() == Backend::Postgres {
        // Feed ids come from a sequence, and concurrent transactions could commit them out of
        // order: a follower that read id 11 would never see a later-committed 10. Holding this
        // lock until commit makes feed writers commit one at a time, in id order. (SQLite has one
        // writer at a time anyway.) Taking it again in the same transaction costs nothing.
        tx.execute(&Sql::new("SELECT pg_advisory_xact_lock(7261001)")).await?;
    }
    tx.execute(&Sql::with(
        "INSERT INTO change_feed (entity, entity_id, op, at) VALUES ($1, $2, $3, $4)",
        vec![entity.into(), entity_id.into(), op.as_str().into(), Utc::now().into()],
    ))
    .await?;
    Ok(())
}

/// Where a database stands: which database it is (see migration 0026) and its newest change.
/// Whatever copies the database (the search index, the matching index, the read cache) records
/// the position it reflects; a copy whose identity differs, or that is ahead of the feed, was made
/// from another database or from before a restore, and is rebuilt.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Position {
    pub identity: String,
    pub change: i64,
}

impl Position {
    /// Whether what reflects `self` must be rebuilt to follow `now`: another database, or a
    /// history that went back (restored from a backup).
    pub fn superseded_by(&self, now: &Position) -> bool {
        self.identity != now.identity || self.change > now.change
    }
}

impl Store {
    /// The database's identity and newest change, read together.
    pub async fn position(&self) -> Result<Position, StoreError> {
        let (identity, change): (String, i64) = self
            .pool()
            .fetch_one(&Sql::new(
                "SELECT identity, (SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM change_feed) \
                 FROM database_identity WHERE id = 1",
            ))
            .await?;
        Ok(Position { identity, change })
    }

    /// Gives the database a new identity, so that every index and cache made from it before is
    /// rebuilt (after a restore: the restored history may repeat feed ids with other changes).
    pub async fn renew_identity(&self) -> Result<String, StoreError> {
        let make = match self.backend() {
            Backend::Sqlite => "lower(hex(randomblob(16)))",
            Backend::Postgres => "replace(CAST(gen_random_uuid() AS TEXT), '-', '')",
        };
        let mut tx = self.begin().await?;
        tx.execute(&Sql::new(&format!(
            "UPDATE database_identity SET identity = {make} WHERE id = 1"
        )))
        .await?;
        let (identity,): (String,) = tx
            .fetch_one(&Sql::new("SELECT identity FROM database_identity WHERE id = 1"))
            .await?;
        tx.commit().await?;
        Ok(identity)
    }

    /// The id of the newest change, 0 when there is none.
    pub async fn latest_change_id(&self) -> Result<i64, StoreError> {
        let (id,): (i64,) = self
            .pool()
            .fetch_one(&Sql::new(
                "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM change_feed",
            ))
            .await?;
        Ok(id)
    }

    /// Changes after `after`, oldest first, at most `limit`.
    pub async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT id, entity, entity_id, op, at FROM change_feed WHERE id > $1 ORDER BY id LIMIT $2",
                vec![after.into(), limit.into()],
            ))
            .await
    }

    /// The changes after `after` up to `to`, oldest first, read a page at a time; `None` when
    /// there are more than `most` (a follower then starts afresh instead of reading them all).
    pub async fn changes_until(&self, mut after: i64, to: i64, most: usize) -> Result<Option<Vec<Change>>, StoreError> {
        const PAGE: i64 = 1_000;
        let mut changes = Vec::new();
        while after < to {
            let page = self.changes_since(after, PAGE).await?;
            let Some(last) = page.last().map(|c| c.id) else { break };
            after = last;
            changes.extend(page.into_iter().filter(|c| c.id <= to));
            if changes.len() > most {
                return Ok(None);
            }
        }
        Ok(Some(changes))
    }
}
