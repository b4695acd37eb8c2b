//! News: items an organisation publishes through moderation (`store::moderation` moves them),
//! listed newest first with filters by language, kind, tag and the organisations they are about.

use chrono::{DateTime, Utc};
use domain::{NewsDraft, NewsKind, NewsState, Slug};

use crate::change_feed::{self, Op};
use crate::corrupt;
use crate::db::Tx;
use crate::{Sql, Store, StoreError};

/// A stored news item with the organisation that publishes it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct News {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_slug: Slug,
    pub organisation_name: String,
    pub state: NewsState,
    #[serde(flatten)]
    pub draft: NewsDraft,
    /// Why a moderator returned it, while it is returned.
    pub return_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

row! {
    struct NewsRow {
        id: i64,
        organisation_id: i64,
        slug: String,
        name: String,
        state: String,
        details: String,
        return_reason: Option<String>,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
        published_at: Option<DateTime<Utc>>,
    }
}

const NEWS_SELECT: &str = "SELECT n.id, n.organisation_id, o.slug, o.name, n.state, n.details, n.return_reason, \
     n.created_at, n.updated_at, n.published_at FROM news n JOIN organisations o ON o.id = n.organisation_id";

impl NewsRow {
    fn into_news(self) -> Result<News, StoreError> {
        Ok(News {
            id: self.id,
            organisation_id: self.organisation_id,
            organisation_slug: Slug::parse(&self.slug).map_err(|e| corrupt("organisations.slug", e))?,
            organisation_name: self.name,
            state: self.state.parse().map_err(|e| corrupt("news.state", e))?,
            draft: serde_json::from_str(&self.details).map_err(|e| corrupt("news.details", e))?,
            return_reason: self.return_reason,
            created_at: self.created_at,
            updated_at: self.updated_at,
            published_at: self.published_at,
        })
    }
}

/// One language version of a story.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub id: i64,
    pub language: String,
    pub title: String,
}

/// Which published news to list: filters combine with AND.
#[derive(Debug, Clone, Default)]
pub struct NewsFilter {
    pub language: Option<String>,
    pub kind: Option<NewsKind>,
    pub tag: Option<String>,
    /// Published by this organisation, about it or mentioning it.
    pub organisation: Option<Slug>,
    /// Mentioning this country (ISO code), technology or ecosystem (taxonomy id such as
    /// `ket-photonics` or `ecosystem-health`).
    pub country: Option<String>,
    pub technology: Option<String>,
    pub ecosystem: Option<String>,
    /// Summarising this event (by id).
    pub event: Option<i64>,
    pub limit: i64,
    pub offset: i64,
}

/// The rows of `news_tags` for a draft: its tags, and the organisations it is about (the
/// publisher among them, so that "news of an organisation" is one lookup).
fn tags_of(d: &NewsDraft, publisher: &str) -> Vec<(&'static str, String)> {
    let mut t: Vec<(&'static str, String)> = d.tags.iter().map(|v| ("tag", v.clone())).collect();
    t.extend(d.about.iter().map(|s| ("organisation", s.as_str().to_owned())));
    t.extend(d.event_id.map(|e| ("event", e.to_string())));
    t.extend(d.translation_of.map(|e| ("translation-of", e.to_string())));
    t.push(("organisation", publisher.to_owned()));
    t.sort_unstable();
    t.dedup();
    t
}

async fn index_news(tx: &mut Tx, id: i64, organisation_id: i64, d: &NewsDraft) -> Result<(), StoreError> {
    let (publisher,): (String,) = tx
        .fetch_one(&Sql::with(
            "SELECT slug FROM organisations WHERE id = $1",
            vec![organisation_id.into()],
        ))
        .await?;
    crate::db::replace_tags(tx, "news_tags", "news_id", id, tags_of(d, &publisher)).await?;
    // The facets of confirmed mentions stay until the mentions of the new text are set.
    crate::mentions::refresh_facets(tx, id).await
}

/// Inserts an item: a draft, or published at `published` (imports and trusted feeds).
pub(crate) async fn insert_news(
    tx: &mut Tx,
    organisation_id: i64,
    user_id: Option<i64>,
    d: &NewsDraft,
    published: Option<DateTime<Utc>>,
) -> Result<i64, StoreError> {
    let details = serde_json::to_string(d).map_err(|e| corrupt("news.details", e))?;
    let now = Utc::now();
    let (id,): (i64,) = tx
        .fetch_one(&Sql::with(
            "INSERT INTO news (organisation_id, created_by, kind, state, language, title, details, created_at, \
             updated_at, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING id",
            vec![
                organisation_id.into(),
                user_id.into(),
                d.kind.as_str().into(),
                if published.is_some() { "published" } else { "draft" }.into(),
                d.language.as_str().into(),
                d.title.as_str().into(),
                details.into(),
                now.into(),
                published.into(),
            ],
        ))
        .await?;
    index_news(tx, id, organisation_id, d).await?;
    change_feed::record(tx, "news", id, Op::Upsert).await?;
    Ok(id)
}

impl Store {
    /// Stores a new draft of `organisation_id`, written by `user_id`.
    pub async fn create_news(
        &self,
        organisation_id: i64,
        user_id: Option<i64>,
        d: &NewsDraft,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin().await?;
        let id = insert_news(&mut tx, organisation_id, user_id, d, None).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Stores imported items of an organisation in one transaction: drafts, or published (at the
    /// date given, else now). Their ids, in order.
    pub async fn import_news(
        &self,
        organisation_id: i64,
        items: &[(NewsDraft, Option<DateTime<Utc>>)],
        publish: bool,
    ) -> Result<Vec<i64>, StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        let mut ids = Vec::with_capacity(items.len());
        for (d, date) in items {
            let published = publish.then(|| date.unwrap_or(now));
            ids.push(insert_news(&mut tx, organisation_id, None, d, published).await?);
        }
        tx.commit().await?;
        Ok(ids)
    }

    /// Replaces the text of a draft or returned item; false when it is in neither state.
    pub async fn update_news(&self, id: i64, d: &NewsDraft) -> Result<bool, StoreError> {
        let details = serde_json::to_string(d).map_err(|e| corrupt("news.details", e))?;
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE news SET kind = $1, language = $2, title = $3, details = $4, updated_at = $5 \
                 WHERE id = $6 AND state IN ('draft', 'returned')",
                vec![
                    d.kind.as_str().into(),
                    d.language.as_str().into(),
                    d.title.as_str().into(),
                    details.into(),
                    Utc::now().into(),
                    id.into(),
                ],
            ))
            .await?;
        if n == 1 {
            let (organisation_id,): (i64,) = tx
                .fetch_one(&Sql::with(
                    "SELECT organisation_id FROM news WHERE id = $1",
                    vec![id.into()],
                ))
                .await?;
            index_news(&mut tx, id, organisation_id, d).await?;
            change_feed::record(&mut tx, "news", id, Op::Upsert).await?;
        }
        tx.commit().await?;
        Ok(n == 1)
    }

    pub async fn news(&self, id: i64) -> Result<Option<News>, StoreError> {
        self.pool()
            .fetch_optional::<NewsRow>(&Sql::with(&format!("{NEWS_SELECT} WHERE n.id = $1"), vec![id.into()]))
            .await?
            .map(NewsRow::into_news)
            .transpose()
    }

    async fn news_where(&self, sql: Sql) -> Result<Vec<News>, StoreError> {
        self.pool()
            .fetch_all::<NewsRow>(&sql)
            .await?
            .into_iter()
            .map(NewsRow::into_news)
            .collect()
    }

    /// Items by id, in any state (the search index keeps only published ones).
    pub async fn news_by_ids(&self, ids: &[i64]) -> Result<Vec<News>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let mut sql = Sql::new(&format!("{NEWS_SELECT} WHERE n.id IN "));
            sql.bind_list(chunk.iter().copied());
            sql.push(" ORDER BY n.id");
            out.extend(self.news_where(sql).await?);
        }
        Ok(out)
    }

    /// Up to `limit` items with ids above `after`, in id order.
    pub async fn news_after(&self, after: i64, limit: i64) -> Result<Vec<News>, StoreError> {
        self.news_where(Sql::with(
            &format!("{NEWS_SELECT} WHERE n.id > $1 ORDER BY n.id LIMIT $2"),
            vec![after.into(), limit.into()],
        ))
        .await
    }

    /// The published versions of a story in its languages: its first version `root` and the
    /// translations of it.
    pub async fn news_versions(&self, root: i64) -> Result<Vec<Version>, StoreError> {
        let rows: Vec<(i64, String, String)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT n.id, n.language, n.title FROM news n WHERE n.state = 'published' AND (n.id = $1 OR n.id IN \
                 (SELECT t.news_id FROM news_tags t WHERE t.facet = 'translation-of' AND t.value = $2)) ORDER BY n.language",
                vec![root.into(), root.to_string().into()],
            ))
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, language, title)| Version { id, language, title })
            .collect())
    }

    /// Every item of an organisation, in any state, last changed first.
    pub async fn news_of(&self, organisation_id: i64) -> Result<Vec<News>, StoreError> {
        self.news_where(Sql::with(
            &format!("{NEWS_SELECT} WHERE n.organisation_id = $1 ORDER BY n.updated_at DESC, n.id DESC"),
            vec![organisation_id.into()],
        ))
        .await
    }

    /// What waits for a moderator, oldest first.
    pub async fn submitted_news(&self) -> Result<Vec<News>, StoreError> {
        self.news_where(Sql::new(&format!(
            "{NEWS_SELECT} WHERE n.state = 'submitted' ORDER BY n.updated_at, n.id"
        )))
        .await
    }

    /// Published items that pass the filter, newest first, and how many there are in all.
    pub async fn published_news(&self, f: &NewsFilter) -> Result<(Vec<News>, i64), StoreError> {
        let filtered = |select: &str| {
            let mut sql = Sql::new(select);
            sql.push(" WHERE n.state = 'published'");
            if let Some(l) = &f.language {
                sql.push(" AND n.language = ").bind(l.clone());
            }
            if let Some(k) = f.kind {
                sql.push(" AND n.kind = ").bind(k.as_str());
            }
            for (facets, value) in [
                ("'tag'", f.tag.clone()),
                (
                    "'organisation', 'mentioned'",
                    f.organisation.as_ref().map(|s| s.as_str().to_owned()),
                ),
                ("'country'", f.country.clone()),
                ("'technology'", f.technology.clone()),
                ("'ecosystem'", f.ecosystem.clone()),
                ("'event'", f.event.map(|e| e.to_string())),
            ] {
                if let Some(v) = value {
                    sql.push(&format!(
                        " AND n.id IN (SELECT t.news_id FROM news_tags t WHERE t.facet IN ({facets}) AND t.value = "
                    ))
                    .bind(v)
                    .push(")");
                }
            }
            sql
        };
        let (total,): (i64,) = self.pool().fetch_one(&filtered("SELECT COUNT(*) FROM news n")).await?;
        let mut list = filtered(NEWS_SELECT);
        list.push(" ORDER BY n.published_at DESC, n.id DESC LIMIT ")
            .bind(f.limit)
            .push(" OFFSET ")
            .bind(f.offset);
        Ok((self.news_where(list).await?, total))
    }

    /// The tags of published news with how many items carry each, most used first.
    pub async fn news_tags(&self, limit: i64) -> Result<Vec<(String, i64)>, StoreError> {
        self.pool()
            .fetch_all::<(String, i64)>(&Sql::with(
                "SELECT t.value, COUNT(*) AS uses FROM news_tags t JOIN news n ON n.id = t.news_id \
                 WHERE t.facet = 'tag' AND n.state = 'published' GROUP BY t.value ORDER BY uses DESC, t.value LIMIT $1",
                vec![limit.into()],
            ))
            .await
    }

    /// The values of a facet of `news_tags` ('country', 'technology', 'ecosystem') that
    /// published items carry, for the list's filters.
    pub async fn news_facet_values(&self, facet: &str) -> Result<Vec<String>, StoreError> {
        Ok(self
            .pool()
            .fetch_all::<(String,)>(&Sql::with(
                "SELECT DISTINCT t.value FROM news_tags t JOIN news n ON n.id = t.news_id \
                 WHERE t.facet = $1 AND n.state = 'published' ORDER BY t.value",
                vec![facet.into()],
            ))
            .await?
            .into_iter()
            .map(|(v,)| v)
            .collect())
    }

    /// The languages published news is written in, by code.
    pub async fn news_languages(&self) -> Result<Vec<String>, StoreError> {
        Ok(self
            .pool()
            .fetch_all::<(String,)>(&Sql::new(
                "SELECT DISTINCT language FROM news WHERE state = 'published' ORDER BY language",
            ))
            .await?
            .into_iter()
            .map(|(l,)| l)
            .collect())
    }
}
