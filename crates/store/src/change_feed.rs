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

impl Store {
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
}
