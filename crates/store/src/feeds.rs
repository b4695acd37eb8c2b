//! Organisations' own news feeds, polled by the platform: registration by the organisation's
//! admins, claiming the feeds that are due, recording each poll, and importing new items (each
//! once, by its key) as drafts or, for organisations a moderator trusts, published.

use chrono::{DateTime, Duration, Utc};
use domain::NewsDraft;

use crate::{Sql, Store, StoreError};

row! {
    /// A registered feed and how its polling goes.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Feed {
        pub id: i64,
        pub organisation_id: i64,
        pub url: String,
        pub etag: Option<String>,
        pub last_modified: Option<String>,
        pub next_poll_at: DateTime<Utc>,
        pub polled_at: Option<DateTime<Utc>>,
        /// What went wrong at the last poll, in words for the organisation's admins.
        pub last_error: Option<String>,
        /// Polls that failed in a row.
        pub failures: i64,
        /// Items imported so far.
        pub items: i64,
        pub created_at: DateTime<Utc>,
    }
}

const FEED_SELECT: &str = "SELECT id, organisation_id, url, etag, last_modified, next_poll_at, polled_at, last_error, \
     failures, items, created_at FROM feeds";
/// A feed is read at most this often, however often "read now" is asked for.
pub const MIN_POLL_MINUTES: i64 = 5;

/// Feeds one organisation may register.
pub const MAX_FEEDS: i64 = 10;
/// A poll that has not reported back after this long died with its node: the feed is due again.
const CLAIM_TIMEOUT_MINUTES: i64 = 30;

/// What a poll found, for [`Store::feed_polled`].
#[derive(Debug, Clone, Default)]
pub struct PollOutcome {
    /// The validators to send next time (kept from before when the answer was "not modified").
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// None when the poll worked.
    pub error: Option<String>,
    pub next_poll_at: DateTime<Utc>,
}

impl Store {
    /// Registers a feed for an organisation, due at once (a feed removed before comes back with
    /// what it gave, so nothing is imported twice); None when it has it already. A moderator's
    /// trust in the organisation's feeds ends: it was given for the feeds there were.
    pub async fn add_feed(
        &self,
        organisation_id: i64,
        url: &str,
        added_by: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.begin().await?;
        let found: Option<(i64,)> = tx
            .fetch_optional(&Sql::with(
                "INSERT INTO feeds (organisation_id, url, added_by, next_poll_at, created_at) VALUES ($1, $2, $3, $4, $4) \
                 ON CONFLICT (organisation_id, url) DO UPDATE SET removed_at = NULL, next_poll_at = $4, added_by = $3 \
                 WHERE feeds.removed_at IS NOT NULL RETURNING id",
                vec![organisation_id.into(), url.into(), added_by.into(), now.into()],
            ))
            .await?;
        if found.is_some() {
            tx.execute(&Sql::with(
                "DELETE FROM feed_trust WHERE organisation_id = $1",
                vec![organisation_id.into()],
            ))
            .await?;
        }
        tx.commit().await?;
        Ok(found.map(|(id,)| id))
    }

    /// The feeds of an organisation, oldest first.
    pub async fn feeds_of(&self, organisation_id: i64) -> Result<Vec<Feed>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                &format!("{FEED_SELECT} WHERE organisation_id = $1 AND removed_at IS NULL ORDER BY id"),
                vec![organisation_id.into()],
            ))
            .await
    }

    /// Removes a feed of the organisation (the items it brought stay, and so does the record of
    /// what it gave); false when there is none.
    pub async fn delete_feed(&self, organisation_id: i64, id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "UPDATE feeds SET removed_at = $1 WHERE id = $2 AND organisation_id = $3 AND removed_at IS NULL",
                vec![Utc::now().into(), id.into(), organisation_id.into()],
            ))
            .await?
            == 1)
    }

    /// Makes a feed of the organisation due now, or [`MIN_POLL_MINUTES`] after it was last
    /// read; false when there is none.
    pub async fn poll_feed_soon(&self, organisation_id: i64, id: i64, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let found: Option<(Option<DateTime<Utc>>,)> = self
            .pool()
            .fetch_optional(&Sql::with(
                "SELECT polled_at FROM feeds WHERE id = $1 AND organisation_id = $2 AND removed_at IS NULL",
                vec![id.into(), organisation_id.into()],
            ))
            .await?;
        let Some((polled,)) = found else {
            return Ok(false);
        };
        let at = polled.map_or(now, |p| now.max(p + Duration::minutes(MIN_POLL_MINUTES)));
        self.pool()
            .execute(&Sql::with(
                "UPDATE feeds SET next_poll_at = $1 WHERE id = $2",
                vec![at.into(), id.into()],
            ))
            .await?;
        Ok(true)
    }

    /// Claims up to `limit` feeds due at `now` that no poll holds, soonest due first.
    pub async fn claim_feeds(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<Feed>, StoreError> {
        let stale = now - Duration::minutes(CLAIM_TIMEOUT_MINUTES);
        let mut tx = self.begin().await?;
        tx.lock("feeds").await?;
        let mut pick = Sql::new(FEED_SELECT);
        pick.push(" WHERE removed_at IS NULL AND next_poll_at <= ")
            .bind(now)
            .push(" AND (claimed_at IS NULL OR claimed_at < ")
            .bind(stale)
            .push(") ORDER BY next_poll_at, id LIMIT ")
            .bind(limit);
        let feeds: Vec<Feed> = tx.fetch_all(&pick).await?;
        for chunk in feeds.chunks(500) {
            let mut claim = Sql::new("UPDATE feeds SET claimed_at = ");
            claim
                .bind(now)
                .push(" WHERE id IN ")
                .bind_list(chunk.iter().map(|f| f.id));
            tx.execute(&claim).await?;
        }
        tx.commit().await?;
        Ok(feeds)
    }

    /// Records a poll of feed `id`: its validators, its error or success, when it is due next.
    pub async fn feed_polled(&self, id: i64, outcome: &PollOutcome, now: DateTime<Utc>) -> Result<(), StoreError> {
        let failures = if outcome.error.is_some() { "failures + 1" } else { "0" };
        self.pool()
            .execute(&Sql::with(
                &format!(
                    "UPDATE feeds SET etag = $1, last_modified = $2, last_error = $3, next_poll_at = $4, polled_at = $5, \
                     claimed_at = NULL, failures = {failures} WHERE id = $6"
                ),
                vec![
                    outcome.etag.clone().into(),
                    outcome.last_modified.clone().into(),
                    outcome.error.clone().into(),
                    outcome.next_poll_at.into(),
                    now.into(),
                    id.into(),
                ],
            ))
            .await?;
        Ok(())
    }

    /// Which of `keys` feed `id` has given before.
    pub async fn known_feed_items(&self, id: i64, keys: &[String]) -> Result<Vec<String>, StoreError> {
        let mut known = Vec::new();
        for chunk in keys.chunks(500) {
            let mut sql = Sql::new("SELECT item_key FROM feed_items WHERE feed_id = ");
            sql.bind(id).push(" AND item_key IN ").bind_list(chunk.iter().cloned());
            let rows: Vec<(String,)> = self.pool().fetch_all(&sql).await?;
            known.extend(rows.into_iter().map(|(k,)| k));
        }
        Ok(known)
    }

    /// Imports the items of a poll of feed `id` (of `organisation_id`) in one transaction, each
    /// by its key: one the feed gave before is left out, whether this poll or another node's
    /// gave it. Items are drafts, or published at their date (never later than now) when
    /// `publish`. Returns the ids of the news created.
    pub async fn import_feed_items(
        &self,
        id: i64,
        organisation_id: i64,
        items: &[(String, NewsDraft, Option<DateTime<Utc>>)],
        publish: bool,
        now: DateTime<Utc>,
    ) -> Result<Vec<i64>, StoreError> {
        let mut tx = self.begin().await?;
        // Two nodes importing one feed take turns, so the key check below sees the other's rows.
        tx.lock(&format!("feed:{id}")).await?;
        let mut created = Vec::new();
        for (key, draft, date) in items {
            let taken = tx
                .execute(&Sql::with(
                    "INSERT INTO feed_items (feed_id, item_key, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    vec![id.into(), key.as_str().into(), now.into()],
                ))
                .await?;
            if taken == 0 {
                continue;
            }
            let published = publish.then(|| date.map_or(now, |d| d.min(now)));
            let news = crate::news::insert_news(&mut tx, organisation_id, None, draft, published).await?;
            tx.execute(&Sql::with(
                "UPDATE feed_items SET news_id = $1 WHERE feed_id = $2 AND item_key = $3",
                vec![news.into(), id.into(), key.as_str().into()],
            ))
            .await?;
            created.push(news);
        }
        if !created.is_empty() {
            tx.execute(&Sql::with(
                "UPDATE feeds SET items = items + $1 WHERE id = $2",
                vec![(created.len() as i64).into(), id.into()],
            ))
            .await?;
        }
        tx.commit().await?;
        Ok(created)
    }

    /// Whether a moderator trusts the organisation's feeds to publish without moderation.
    pub async fn feeds_trusted(&self, organisation_id: i64) -> Result<bool, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT COUNT(*) FROM feed_trust WHERE organisation_id = $1",
                vec![organisation_id.into()],
            ))
            .await?;
        Ok(n > 0)
    }

    /// Trusts (or no longer trusts) the organisation's feeds, as moderator `by`.
    pub async fn set_feeds_trusted(
        &self,
        organisation_id: i64,
        trusted: bool,
        by: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let sql = if trusted {
            Sql::with(
                "INSERT INTO feed_trust (organisation_id, trusted_by, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                vec![organisation_id.into(), by.into(), now.into()],
            )
        } else {
            Sql::with(
                "DELETE FROM feed_trust WHERE organisation_id = $1",
                vec![organisation_id.into()],
            )
        };
        self.pool().execute(&sql).await?;
        Ok(())
    }
}
