//! The one state change of moderated publication, for every kind that has it: a conditional
//! update (`WHERE state IN …`), so two moderators, or an owner and a moderator, cannot both win.

use chrono::Utc;
use domain::moderation::ModeratedState;
use domain::service::ServiceState;
use domain::{EventState, NewsState, OpportunityState};

use crate::change_feed::{self, Op};
use crate::{Sql, Store, StoreError};

/// A moderated kind's table, and its name in the change feed.
pub trait Moderated: ModeratedState {
    const TABLE: &'static str;
    const FEED: &'static str;
}

impl Moderated for EventState {
    const TABLE: &'static str = "events";
    const FEED: &'static str = "event";
}

impl Moderated for OpportunityState {
    const TABLE: &'static str = "opportunities";
    const FEED: &'static str = "opportunity";
}

impl Moderated for NewsState {
    const TABLE: &'static str = "news";
    const FEED: &'static str = "news";
}

impl Moderated for ServiceState {
    const TABLE: &'static str = "services";
    const FEED: &'static str = "service";
}

impl Store {
    /// Moves the item `id` to `to` if it is in one of `from`; false when it was not (someone
    /// else moved it first). `reason` is kept when returning it to its owners, and cleared by
    /// any other move; publishing stamps `published_at`.
    pub async fn transition<S: Moderated>(
        &self,
        id: i64,
        from: &[S],
        to: S,
        reason: Option<&str>,
    ) -> Result<bool, StoreError> {
        let now = Utc::now();
        let mut sql = Sql::new(&format!("UPDATE {} SET state = ", S::TABLE));
        sql.bind(to.as_str())
            .push(", return_reason = ")
            .bind(reason.map(str::to_owned));
        sql.push(", updated_at = ").bind(now);
        if to == S::PUBLISHED {
            sql.push(", published_at = ").bind(now);
        }
        sql.push(" WHERE id = ").bind(id).push(" AND state IN ");
        sql.bind_list(from.iter().map(|s| s.as_str()));
        let mut tx = self.begin().await?;
        let n = tx.execute(&sql).await?;
        if n == 1 {
            change_feed::record(&mut tx, S::FEED, id, Op::Upsert).await?;
        }
        tx.commit().await?;
        Ok(n == 1)
    }
}
