//! The cooperation marketplace: opportunities and their lifecycle, expressions of interest with
//! their conversations, and saved searches. State changes are conditional updates (`WHERE state IN
//! …`), so two moderators or an owner and the expiry job cannot both win a transition.

use chrono::{DateTime, Utc};
use domain::{
    fold, CountryCode, CriticalTechnology, Day, Ecosystem, KeyEnablingTechnology, OpportunityDraft, OpportunityKind,
    OpportunityState, Slug, Taxonomy,
};

use crate::change_feed::{self, Op};
use crate::db::{like_escape, Tx};
use crate::Conflict;
use crate::{corrupt, is_unique_violation};
use crate::{Sql, Store, StoreError};

/// A stored opportunity with the organisation that publishes it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Opportunity {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_slug: Slug,
    pub organisation_name: String,
    /// The publishing organisation's country (ISO 3166-1 alpha-2).
    pub organisation_country: String,
    pub state: OpportunityState,
    #[serde(flatten)]
    pub draft: OpportunityDraft,
    /// Why a moderator returned it, while it is returned.
    pub return_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

row! {
    struct OpportunityRow {
        id: i64,
        organisation_id: i64,
        slug: String,
        name: String,
        country: String,
        state: String,
        details: String,
        return_reason: Option<String>,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
        published_at: Option<DateTime<Utc>>,
    }
}

const OPPORTUNITY_SELECT: &str = "SELECT p.id, p.organisation_id, o.slug, o.name, o.country, p.state, p.details, \
     p.return_reason, p.created_at, p.updated_at, p.published_at \
     FROM opportunities p JOIN organisations o ON o.id = p.organisation_id";

impl OpportunityRow {
    fn into_opportunity(self) -> Result<Opportunity, StoreError> {
        Ok(Opportunity {
            id: self.id,
            organisation_id: self.organisation_id,
            organisation_slug: Slug::parse(&self.slug).map_err(|e| corrupt("organisations.slug", e))?,
            organisation_name: self.name,
            organisation_country: self.country,
            state: self.state.parse().map_err(|e| corrupt("opportunities.state", e))?,
            draft: serde_json::from_str(&self.details).map_err(|e| corrupt("opportunities.details", e))?,
            return_reason: self.return_reason,
            created_at: self.created_at,
            updated_at: self.updated_at,
            published_at: self.published_at,
        })
    }
}

/// Which published opportunities to list: filters combine with AND, values of one filter with OR.
#[derive(Debug, Clone, Default)]
pub struct OpportunityFilter {
    pub kind: Option<OpportunityKind>,
    /// Words that must all appear in the title, description or publisher's name.
    pub q: Option<String>,
    /// Countries of the publishing organisation.
    pub countries: Vec<CountryCode>,
    pub technologies: Vec<KeyEnablingTechnology>,
    pub ecosystems: Vec<Ecosystem>,
    pub critical_technologies: Vec<CriticalTechnology>,
    pub sort: OpportunitySort,
    /// Include those only signed-in people may read.
    pub members_only: bool,
    pub limit: i64,
    pub offset: i64,
}

/// Orders of the marketplace list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OpportunitySort {
    /// Newest published first.
    #[default]
    Newest,
    /// Soonest deadline first.
    Deadline,
    Title,
}

impl OpportunitySort {
    pub const ALL: &'static [Self] = &[Self::Newest, Self::Deadline, Self::Title];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Newest => "newest",
            Self::Deadline => "deadline",
            Self::Title => "title",
        }
    }

    fn order_by(self) -> &'static str {
        match self {
            Self::Newest => " ORDER BY p.published_at DESC, p.id DESC",
            Self::Deadline => " ORDER BY p.deadline, p.id",
            Self::Title => " ORDER BY LOWER(p.title), p.id",
        }
    }
}

impl std::str::FromStr for OpportunitySort {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .iter()
            .copied()
            .find(|o| o.as_str() == s)
            .ok_or_else(|| "must be newest, deadline or title".to_owned())
    }
}

/// The folded words an opportunity is found by.
fn search_text(d: &OpportunityDraft) -> String {
    let mut s = fold(&d.title);
    s.push(' ');
    s.push_str(&fold(&d.description));
    if let Some(call) = &d.call {
        s.push(' ');
        s.push_str(&fold(call));
    }
    s
}

/// The draft's taxonomy lists as (facet, value) rows of `opportunity_tags`.
fn tags_of(d: &OpportunityDraft) -> Vec<(&'static str, &'static str)> {
    let mut t: Vec<(&'static str, &'static str)> = Vec::new();
    t.extend(d.technologies.iter().map(|v| ("ket", v.slug())));
    t.extend(d.ecosystems.iter().map(|v| ("ecosystem", v.slug())));
    t.extend(d.critical_technologies.iter().map(|v| ("cta", v.slug())));
    t.sort_unstable();
    t.dedup();
    t
}

/// Writes the search words and tags of opportunity `id` from its draft.
async fn index_opportunity(tx: &mut Tx, id: i64, d: &OpportunityDraft) -> Result<(), StoreError> {
    tx.execute(&Sql::with(
        "UPDATE opportunities SET search_text = $1 WHERE id = $2",
        vec![search_text(d).into(), id.into()],
    ))
    .await?;
    crate::db::replace_tags(tx, "opportunity_tags", "opportunity_id", id, tags_of(d)).await
}

row! {
    /// An organisation's expression of interest in an opportunity.
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    pub struct Interest {
        pub id: i64,
        pub opportunity_id: i64,
        pub opportunity_title: String,
        /// The organisation that publishes the opportunity.
        pub owner_id: i64,
        pub owner_slug: String,
        pub owner_name: String,
        /// The interested organisation.
        pub organisation_id: i64,
        pub organisation_slug: String,
        pub organisation_name: String,
        pub created_at: DateTime<Utc>,
        pub messages: i64,
    }
}

const INTEREST_SELECT: &str = "SELECT i.id, i.opportunity_id, p.title AS opportunity_title, \
     p.organisation_id AS owner_id, w.slug AS owner_slug, w.name AS owner_name, i.organisation_id, \
     o.slug AS organisation_slug, o.name AS organisation_name, i.created_at, \
     (SELECT COUNT(*) FROM interest_messages m WHERE m.interest_id = i.id) AS messages \
     FROM interests i JOIN opportunities p ON p.id = i.opportunity_id \
     JOIN organisations o ON o.id = i.organisation_id JOIN organisations w ON w.id = p.organisation_id";

impl Interest {
    /// The organisation on the other side of the conversation from `organisation_id`: the
    /// interested one for the owner, the owner for the interested one. (slug, name)
    pub fn other_side(&self, organisation_id: i64) -> (&str, &str) {
        if organisation_id == self.organisation_id {
            (&self.owner_slug, &self.owner_name)
        } else {
            (&self.organisation_slug, &self.organisation_name)
        }
    }
}

row! {
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    pub struct Message {
        pub id: i64,
        pub author_id: Option<i64>,
        pub author_name: String,
        pub body: String,
        pub created_at: DateTime<Utc>,
    }
}

/// What a saved search watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WatchKind {
    /// A search query string (`q=…&type=…`).
    Search,
    /// The recommendations for an organisation (`organisation:slug`) or opportunity (`opportunity:id`).
    Recommendations,
}

impl WatchKind {
    pub fn as_str(self) -> &'static str {
        match self {
            WatchKind::Search => "search",
            WatchKind::Recommendations => "recommendations",
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SavedSearch {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub kind: WatchKind,
    pub query: String,
    /// Result keys already sent.
    pub seen: Vec<String>,
    pub last_sent_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// Its news come weekly inside the digest instead of daily in a mail of its own.
    pub weekly: bool,
}

row! {
    struct SavedSearchRow {
        id: i64,
        user_id: i64,
        name: String,
        kind: String,
        query: String,
        seen: String,
        last_sent_at: Option<DateTime<Utc>>,
        created_at: DateTime<Utc>,
        frequency: String,
    }
}

const SAVED_SELECT: &str =
    "SELECT id, user_id, name, kind, query, seen, last_sent_at, created_at, frequency FROM saved_searches";

impl SavedSearchRow {
    fn into_saved(self) -> Result<SavedSearch, StoreError> {
        Ok(SavedSearch {
            id: self.id,
            user_id: self.user_id,
            name: self.name,
            kind: match self.kind.as_str() {
                "search" => WatchKind::Search,
                "recommendations" => WatchKind::Recommendations,
                other => return Err(corrupt("saved_searches.kind", other)),
            },
            query: self.query,
            seen: serde_json::from_str(&self.seen).map_err(|e| corrupt("saved_searches.seen", e))?,
            last_sent_at: self.last_sent_at,
            created_at: self.created_at,
            weekly: self.frequency == "weekly",
        })
    }
}

/// At most this many result keys are remembered per saved search.
pub const MAX_SEEN: usize = 500;

impl Store {
    pub async fn create_opportunity(
        &self,
        organisation_id: i64,
        user_id: Option<i64>,
        d: &OpportunityDraft,
    ) -> Result<i64, StoreError> {
        let details = serde_json::to_string(d).map_err(|e| corrupt("opportunities.details", e))?;
        let now = Utc::now();
        let mut tx = self.begin().await?;
        let (id,): (i64,) = tx
            .fetch_one(&Sql::with(
                "INSERT INTO opportunities (organisation_id, created_by, kind, state, title, deadline, visibility, \
                 details, created_at, updated_at) VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $8) RETURNING id",
                vec![
                    organisation_id.into(),
                    user_id.into(),
                    d.kind.as_str().into(),
                    d.title.as_str().into(),
                    d.deadline.to_string().into(),
                    d.visibility.as_str().into(),
                    details.into(),
                    now.into(),
                ],
            ))
            .await?;
        index_opportunity(&mut tx, id, d).await?;
        change_feed::record(&mut tx, "opportunity", id, Op::Upsert).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces the content of a draft or returned opportunity; false when it is in another state.
    pub async fn update_opportunity(&self, id: i64, d: &OpportunityDraft) -> Result<bool, StoreError> {
        let details = serde_json::to_string(d).map_err(|e| corrupt("opportunities.details", e))?;
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE opportunities SET kind = $1, title = $2, deadline = $3, visibility = $4, details = $5, \
                 updated_at = $6 WHERE id = $7 AND state IN ('draft', 'returned')",
                vec![
                    d.kind.as_str().into(),
                    d.title.as_str().into(),
                    d.deadline.to_string().into(),
                    d.visibility.as_str().into(),
                    details.into(),
                    Utc::now().into(),
                    id.into(),
                ],
            ))
            .await?;
        if n == 1 {
            index_opportunity(&mut tx, id, d).await?;
        }
        change_feed::record(&mut tx, "opportunity", id, Op::Upsert).await?;
        tx.commit().await?;
        Ok(n == 1)
    }

    /// Fills the search words and tags of opportunities written before they were kept (run at
    /// start, after the migrations; a no-op once every row has them).
    pub async fn index_unindexed_opportunities(&self) -> Result<usize, StoreError> {
        let rows: Vec<(i64, String)> = self
            .pool()
            .fetch_all(&Sql::new(
                "SELECT id, details FROM opportunities WHERE search_text IS NULL ORDER BY id",
            ))
            .await?;
        let mut tx = self.begin().await?;
        for (id, details) in &rows {
            let d: OpportunityDraft = serde_json::from_str(details).map_err(|e| corrupt("opportunities.details", e))?;
            index_opportunity(&mut tx, *id, &d).await?;
        }
        tx.commit().await?;
        Ok(rows.len())
    }

    /// Marks published opportunities whose deadline is before `today` as expired; returns their ids.
    pub async fn expire_opportunities(&self, today: Day) -> Result<Vec<i64>, StoreError> {
        let mut tx = self.begin().await?;
        let ids: Vec<(i64,)> = tx
            .fetch_all(&Sql::with(
                "UPDATE opportunities SET state = 'expired', updated_at = $1 \
                 WHERE state = 'published' AND deadline < $2 RETURNING id",
                vec![Utc::now().into(), today.to_string().into()],
            ))
            .await?;
        for (id,) in &ids {
            change_feed::record(&mut tx, "opportunity", *id, Op::Upsert).await?;
        }
        tx.commit().await?;
        Ok(ids.into_iter().map(|(id,)| id).collect())
    }

    pub async fn opportunity(&self, id: i64) -> Result<Option<Opportunity>, StoreError> {
        self.pool()
            .fetch_optional::<OpportunityRow>(&Sql::with(
                &format!("{OPPORTUNITY_SELECT} WHERE p.id = $1"),
                vec![id.into()],
            ))
            .await?
            .map(OpportunityRow::into_opportunity)
            .transpose()
    }

    async fn opportunities_where(&self, sql: Sql) -> Result<Vec<Opportunity>, StoreError> {
        self.pool()
            .fetch_all::<OpportunityRow>(&sql)
            .await?
            .into_iter()
            .map(OpportunityRow::into_opportunity)
            .collect()
    }

    /// Every opportunity of an organisation, in any state, newest first.
    pub async fn opportunities_of(&self, organisation_id: i64) -> Result<Vec<Opportunity>, StoreError> {
        self.opportunities_where(Sql::with(
            &format!("{OPPORTUNITY_SELECT} WHERE p.organisation_id = $1 ORDER BY p.updated_at DESC, p.id DESC"),
            vec![organisation_id.into()],
        ))
        .await
    }

    /// Opportunities waiting for a moderator, oldest first.
    pub async fn submitted_opportunities(&self) -> Result<Vec<Opportunity>, StoreError> {
        self.opportunities_where(Sql::new(&format!(
            "{OPPORTUNITY_SELECT} WHERE p.state = 'submitted' ORDER BY p.updated_at, p.id"
        )))
        .await
    }

    /// Published opportunities, newest first, and how many match in all.
    pub async fn published_opportunities(&self, f: &OpportunityFilter) -> Result<(Vec<Opportunity>, i64), StoreError> {
        let filtered = |select: &str| {
            let mut sql = Sql::new(select);
            sql.push(" WHERE p.state = 'published'");
            if let Some(k) = f.kind {
                sql.push(" AND p.kind = ").bind(k.as_str());
            }
            if !f.members_only {
                sql.push(" AND p.visibility = 'public'");
            }
            if let Some(q) = &f.q {
                for word in fold(q).split_whitespace().take(8) {
                    let like = format!("%{}%", like_escape(word));
                    sql.push(" AND (p.search_text LIKE ")
                        .bind(like.clone())
                        .push(" ESCAPE '\\' OR o.search_text LIKE ")
                        .bind(like)
                        .push(" ESCAPE '\\')");
                }
            }
            if !f.countries.is_empty() {
                sql.push(" AND o.country IN ")
                    .bind_list(f.countries.iter().map(|c| c.as_str()));
            }
            for (facet, values) in [
                ("ket", f.technologies.iter().map(|v| v.slug()).collect::<Vec<_>>()),
                ("ecosystem", f.ecosystems.iter().map(|v| v.slug()).collect()),
                ("cta", f.critical_technologies.iter().map(|v| v.slug()).collect()),
            ] {
                if !values.is_empty() {
                    sql.push(" AND p.id IN (SELECT t.opportunity_id FROM opportunity_tags t WHERE t.facet = ")
                        .bind(facet)
                        .push(" AND t.value IN ")
                        .bind_list(values)
                        .push(")");
                }
            }
            sql
        };
        let (total,): (i64,) = self
            .pool()
            .fetch_one(&filtered(
                "SELECT COUNT(*) FROM opportunities p JOIN organisations o ON o.id = p.organisation_id",
            ))
            .await?;
        let mut list = filtered(OPPORTUNITY_SELECT);
        list.push(f.sort.order_by()).push(" LIMIT ").bind(f.limit);
        list.push(" OFFSET ").bind(f.offset);
        Ok((self.opportunities_where(list).await?, total))
    }

    /// Every published opportunity, for the matching index.
    pub async fn all_published_opportunities(&self) -> Result<Vec<Opportunity>, StoreError> {
        self.opportunities_where(Sql::new(&format!(
            "{OPPORTUNITY_SELECT} WHERE p.state = 'published' ORDER BY p.id"
        )))
        .await
    }

    /// Records an organisation's interest with its first message; `Conflict` when that
    /// organisation has expressed interest already.
    pub async fn express_interest(
        &self,
        opportunity_id: i64,
        organisation_id: i64,
        user_id: i64,
        author_name: &str,
        message: &str,
    ) -> Result<i64, StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        let inserted = tx
            .fetch_one::<(i64,)>(&Sql::with(
                "INSERT INTO interests (opportunity_id, organisation_id, user_id, created_at) \
                 VALUES ($1, $2, $3, $4) RETURNING id",
                vec![
                    opportunity_id.into(),
                    organisation_id.into(),
                    user_id.into(),
                    now.into(),
                ],
            ))
            .await;
        let (id,) = match inserted {
            Ok(row) => row,
            Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict(Conflict::Interest)),
            Err(e) => return Err(e),
        };
        tx.execute(&Sql::with(
            "INSERT INTO interest_messages (interest_id, author_id, author_name, body, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
            vec![
                id.into(),
                user_id.into(),
                author_name.into(),
                message.into(),
                now.into(),
            ],
        ))
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn interest(&self, id: i64) -> Result<Option<Interest>, StoreError> {
        self.pool()
            .fetch_optional(&Sql::with(
                &format!("{INTEREST_SELECT} WHERE i.id = $1"),
                vec![id.into()],
            ))
            .await
    }

    /// The expressions of interest an opportunity received, newest first.
    pub async fn interests_in(&self, opportunity_id: i64) -> Result<Vec<Interest>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                &format!("{INTEREST_SELECT} WHERE i.opportunity_id = $1 ORDER BY i.created_at DESC, i.id DESC"),
                vec![opportunity_id.into()],
            ))
            .await
    }

    /// The expressions of interest that concern an organisation: sent by it or received by its
    /// opportunities, newest first.
    pub async fn interests_of(&self, organisation_id: i64) -> Result<Vec<Interest>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                &format!(
                    "{INTEREST_SELECT} WHERE i.organisation_id = $1 OR p.organisation_id = $1 \
                     ORDER BY i.created_at DESC, i.id DESC"
                ),
                vec![organisation_id.into()],
            ))
            .await
    }

    pub async fn add_message(
        &self,
        interest_id: i64,
        author_id: i64,
        author_name: &str,
        body: &str,
    ) -> Result<i64, StoreError> {
        let (id,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "INSERT INTO interest_messages (interest_id, author_id, author_name, body, created_at) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
                vec![
                    interest_id.into(),
                    author_id.into(),
                    author_name.into(),
                    body.into(),
                    Utc::now().into(),
                ],
            ))
            .await?;
        Ok(id)
    }

    pub async fn messages(&self, interest_id: i64) -> Result<Vec<Message>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT id, author_id, author_name, body, created_at FROM interest_messages \
                 WHERE interest_id = $1 ORDER BY id",
                vec![interest_id.into()],
            ))
            .await
    }

    pub async fn save_search(
        &self,
        user_id: i64,
        name: &str,
        kind: WatchKind,
        query: &str,
        unsubscribe_hash: &str,
        seen: &[String],
    ) -> Result<i64, StoreError> {
        let seen = serde_json::to_string(seen).map_err(|e| corrupt("saved_searches.seen", e))?;
        let (id,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "INSERT INTO saved_searches (user_id, name, kind, query, unsubscribe_hash, seen, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                vec![
                    user_id.into(),
                    name.into(),
                    kind.as_str().into(),
                    query.into(),
                    unsubscribe_hash.into(),
                    seen.into(),
                    Utc::now().into(),
                ],
            ))
            .await?;
        Ok(id)
    }

    pub async fn saved_searches_of(&self, user_id: i64) -> Result<Vec<SavedSearch>, StoreError> {
        self.pool()
            .fetch_all::<SavedSearchRow>(&Sql::with(
                &format!("{SAVED_SELECT} WHERE user_id = $1 ORDER BY created_at DESC, id DESC"),
                vec![user_id.into()],
            ))
            .await?
            .into_iter()
            .map(SavedSearchRow::into_saved)
            .collect()
    }

    /// The saved searches that send a daily mail of their own.
    pub async fn daily_saved_searches(&self) -> Result<Vec<SavedSearch>, StoreError> {
        self.pool()
            .fetch_all::<SavedSearchRow>(&Sql::new(&format!(
                "{SAVED_SELECT} WHERE frequency = 'daily' ORDER BY id"
            )))
            .await?
            .into_iter()
            .map(SavedSearchRow::into_saved)
            .collect()
    }

    /// The saved searches of `user_ids` whose news go into the weekly digest.
    pub async fn weekly_saved_searches(&self, user_ids: &[i64]) -> Result<Vec<SavedSearch>, StoreError> {
        let mut out = Vec::new();
        for chunk in user_ids.chunks(500) {
            let mut sql = Sql::new(SAVED_SELECT);
            sql.push(" WHERE frequency = 'weekly' AND user_id IN ")
                .bind_list(chunk.iter().copied())
                .push(" ORDER BY user_id, id");
            for row in self.pool().fetch_all::<SavedSearchRow>(&sql).await? {
                out.push(row.into_saved()?);
            }
        }
        Ok(out)
    }

    /// Sends the news of a saved search of `user_id` weekly in the digest or daily on its own;
    /// false when they have no such search. Made weekly, it joins the digest (started if need be).
    pub async fn set_saved_search_weekly(&self, id: i64, user_id: i64, weekly: bool) -> Result<bool, StoreError> {
        let changed = self
            .pool()
            .execute(&Sql::with(
                "UPDATE saved_searches SET frequency = $1 WHERE id = $2 AND user_id = $3",
                vec![
                    if weekly { "weekly" } else { "daily" }.into(),
                    id.into(),
                    user_id.into(),
                ],
            ))
            .await?
            == 1;
        if changed && weekly {
            self.set_digest(user_id, true, Utc::now()).await?;
        }
        Ok(changed)
    }

    pub async fn saved_search_by_unsubscribe(&self, hash: &str) -> Result<Option<SavedSearch>, StoreError> {
        self.pool()
            .fetch_optional::<SavedSearchRow>(&Sql::with(
                &format!("{SAVED_SELECT} WHERE unsubscribe_hash = $1"),
                vec![hash.into()],
            ))
            .await?
            .map(SavedSearchRow::into_saved)
            .transpose()
    }

    /// Deletes a saved search of this user; false when there is none.
    pub async fn delete_saved_search(&self, id: i64, user_id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "DELETE FROM saved_searches WHERE id = $1 AND user_id = $2",
                vec![id.into(), user_id.into()],
            ))
            .await?
            == 1)
    }

    pub async fn set_unsubscribe(&self, id: i64, hash: &str) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE saved_searches SET unsubscribe_hash = $1 WHERE id = $2",
                vec![hash.into(), id.into()],
            ))
            .await?;
        Ok(())
    }

    /// Opportunities by id, in any state (the search decides what it shows).
    pub async fn opportunities_by_ids(&self, ids: &[i64]) -> Result<Vec<Opportunity>, StoreError> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        let mut sql = Sql::new(OPPORTUNITY_SELECT);
        sql.push(" WHERE p.id IN ").bind_list(ids.iter().copied());
        self.opportunities_where(sql).await
    }

    /// Up to `limit` opportunities with ids above `after`, in id order.
    pub async fn opportunities_after(&self, after: i64, limit: i64) -> Result<Vec<Opportunity>, StoreError> {
        self.opportunities_where(Sql::with(
            &format!("{OPPORTUNITY_SELECT} WHERE p.id > $1 ORDER BY p.id LIMIT $2"),
            vec![after.into(), limit.into()],
        ))
        .await
    }

    /// Records that a digest went out with these result keys now known.
    pub async fn mark_digest_sent(&self, id: i64, seen: &[String]) -> Result<(), StoreError> {
        let keep = &seen[seen.len().saturating_sub(MAX_SEEN)..];
        let seen = serde_json::to_string(keep).map_err(|e| corrupt("saved_searches.seen", e))?;
        self.pool()
            .execute(&Sql::with(
                "UPDATE saved_searches SET seen = $1, last_sent_at = $2 WHERE id = $3",
                vec![seen.into(), Utc::now().into(), id.into()],
            ))
            .await?;
        Ok(())
    }
}
