//! What news items mention (`news_mentions`): what the recogniser found on the last save, what
//! the writers decided about it, and the published items that mention an organisation, project,
//! event or call, for "Mentioned in the news" on their pages. Confirmed mentions of
//! organisations, countries, technologies and ecosystems are also facets of `news_tags`, so the
//! news list filters by them.

use chrono::{DateTime, Utc};
use domain::MentionState;

use crate::corrupt;
use crate::db::Tx;
use crate::{Sql, Store, StoreError};

/// The kind of a mention that is not a link but a name for moderators.
pub const CANDIDATE: &str = "candidate";

/// Something a news item mentions, as the recogniser reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub kind: String,
    pub key: String,
    pub label: String,
    /// The words the text uses for it, each spelling on a line of its own.
    pub surface: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NewsMention {
    pub kind: String,
    pub key: String,
    pub label: String,
    pub surface: String,
    pub state: MentionState,
}

row! {
    struct MentionRow {
        news_id: i64,
        kind: String,
        key: String,
        label: String,
        surface: String,
        state: String,
    }
}

impl MentionRow {
    fn into_mention(self) -> Result<(i64, NewsMention), StoreError> {
        Ok((
            self.news_id,
            NewsMention {
                state: self.state.parse().map_err(|e| corrupt("news_mentions.state", e))?,
                kind: self.kind,
                key: self.key,
                label: self.label,
                surface: self.surface,
            },
        ))
    }
}

const MENTION_SELECT: &str = "SELECT news_id, kind, key, label, surface, state FROM news_mentions";

row! {
    /// A published item that mentions something, for the lists on the pages of what it mentions.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Mentioning {
        pub news_id: i64,
        pub title: String,
        pub language: String,
        pub published_at: Option<DateTime<Utc>>,
    }
}

row! {
    /// An organisation as the recogniser knows it.
    #[derive(Debug)]
    pub struct NamedOrganisation {
        pub slug: String,
        pub name: String,
        pub short_name: Option<String>,
        pub country: String,
        pub city: Option<String>,
    }
}

/// Everything the recogniser reads names from: small rows, for 100,000 organisations.
#[derive(Debug, Default)]
pub struct Names {
    pub organisations: Vec<NamedOrganisation>,
    /// id, acronym, title
    pub projects: Vec<(i64, String, Option<String>)>,
    /// id, title of published events
    pub events: Vec<(i64, String)>,
    /// id, identifier, title
    pub calls: Vec<(i64, String, String)>,
}

/// The facet of `news_tags` a confirmed mention of this kind fills, if any.
fn facet(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "organisation" => "mentioned",
        "country" => "country",
        "technology" => "technology",
        "ecosystem" => "ecosystem",
        _ => return None,
    })
}

pub(crate) async fn refresh_facets(tx: &mut Tx, news_id: i64) -> Result<(), StoreError> {
    tx.execute(&Sql::with(
        "DELETE FROM news_tags WHERE news_id = $1 AND facet IN ('mentioned', 'country', 'technology', 'ecosystem')",
        vec![news_id.into()],
    ))
    .await?;
    let confirmed: Vec<(String, String)> = tx
        .fetch_all(&Sql::with(
            "SELECT kind, key FROM news_mentions WHERE news_id = $1 AND state = 'confirmed'",
            vec![news_id.into()],
        ))
        .await?;
    for (kind, key) in confirmed {
        if let Some(f) = facet(&kind) {
            tx.execute(&Sql::with(
                "INSERT INTO news_tags (news_id, facet, value) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                vec![news_id.into(), f.into(), key.into()],
            ))
            .await?;
        }
    }
    Ok(())
}

impl Store {
    /// Records what the recogniser found in an item's text now: what it found before keeps the
    /// writers' decision, what is new is suggested, what the text no longer mentions is gone.
    pub async fn set_found_mentions(&self, news_id: i64, found: &[Found]) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        let before: Vec<(String, String)> = tx
            .fetch_all(&Sql::with(
                "SELECT kind, key FROM news_mentions WHERE news_id = $1",
                vec![news_id.into()],
            ))
            .await?;
        for (kind, key) in &before {
            if !found.iter().any(|f| &f.kind == kind && &f.key == key) {
                tx.execute(&Sql::with(
                    "DELETE FROM news_mentions WHERE news_id = $1 AND kind = $2 AND key = $3",
                    vec![news_id.into(), kind.as_str().into(), key.as_str().into()],
                ))
                .await?;
            }
        }
        for f in found {
            tx.execute(&Sql::with(
                "INSERT INTO news_mentions (news_id, kind, key, label, surface, state) \
                 VALUES ($1, $2, $3, $4, $5, 'suggested') \
                 ON CONFLICT (news_id, kind, key) DO UPDATE SET label = excluded.label, surface = excluded.surface",
                vec![
                    news_id.into(),
                    f.kind.as_str().into(),
                    f.key.as_str().into(),
                    f.label.as_str().into(),
                    f.surface.as_str().into(),
                ],
            ))
            .await?;
        }
        refresh_facets(&mut tx, news_id).await?;
        tx.commit().await
    }

    /// The writers' decision: the mentions named (as `(kind, key)`) are confirmed, every other one
    /// removed. Candidates stay as they are.
    pub async fn decide_mentions(&self, news_id: i64, confirmed: &[(String, String)]) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        let all: Vec<(String, String)> = tx
            .fetch_all(&Sql::with(
                "SELECT kind, key FROM news_mentions WHERE news_id = $1 AND kind <> $2",
                vec![news_id.into(), CANDIDATE.into()],
            ))
            .await?;
        for (kind, key) in all {
            let state = if confirmed.contains(&(kind.clone(), key.clone())) {
                MentionState::Confirmed
            } else {
                MentionState::Removed
            };
            tx.execute(&Sql::with(
                "UPDATE news_mentions SET state = $1 WHERE news_id = $2 AND kind = $3 AND key = $4",
                vec![state.as_str().into(), news_id.into(), kind.into(), key.into()],
            ))
            .await?;
        }
        refresh_facets(&mut tx, news_id).await?;
        tx.commit().await
    }

    /// An item's mentions and candidates, in the order of kinds and then labels.
    pub async fn news_mentions(&self, news_id: i64) -> Result<Vec<NewsMention>, StoreError> {
        self.pool()
            .fetch_all::<MentionRow>(&Sql::with(
                &format!("{MENTION_SELECT} WHERE news_id = $1 ORDER BY kind, label"),
                vec![news_id.into()],
            ))
            .await?
            .into_iter()
            .map(|r| r.into_mention().map(|(_, m)| m))
            .collect()
    }

    /// The confirmed mentions of several items at once, by item.
    pub async fn confirmed_mentions(&self, news_ids: &[i64]) -> Result<Vec<(i64, NewsMention)>, StoreError> {
        if news_ids.is_empty() {
            return Ok(vec![]);
        }
        let mut sql = Sql::new(&format!("{MENTION_SELECT} WHERE state = 'confirmed' AND news_id IN "));
        sql.bind_list(news_ids.iter().copied());
        sql.push(" ORDER BY news_id, kind, label");
        self.pool()
            .fetch_all::<MentionRow>(&sql)
            .await?
            .into_iter()
            .map(MentionRow::into_mention)
            .collect()
    }

    /// Published items that mention it (confirmed), newest first.
    pub async fn news_mentioning(&self, kind: &str, key: &str, limit: i64) -> Result<Vec<Mentioning>, StoreError> {
        self.pool()
            .fetch_all::<Mentioning>(&Sql::with(
                "SELECT n.id AS news_id, n.title, n.language, n.published_at FROM news_mentions m JOIN news n ON n.id = m.news_id \
                 WHERE m.kind = $1 AND m.key = $2 AND m.state = 'confirmed' AND n.state = 'published' \
                 ORDER BY n.published_at DESC, n.id DESC LIMIT $3",
                vec![kind.into(), key.into(), limit.into()],
            ))
            .await
    }

    /// Published items that summarise an event, newest first.
    pub async fn news_summarising(&self, event_id: i64, limit: i64) -> Result<Vec<Mentioning>, StoreError> {
        self.pool()
            .fetch_all::<Mentioning>(&Sql::with(
                "SELECT n.id AS news_id, n.title, n.language, n.published_at FROM news_tags t JOIN news n ON n.id = t.news_id \
                 WHERE t.facet = 'event' AND t.value = $1 AND n.state = 'published' \
                 ORDER BY n.published_at DESC, n.id DESC LIMIT $2",
                vec![event_id.to_string().into(), limit.into()],
            ))
            .await
    }

    /// Organisation-like names in submitted and published news that the directory does not
    /// have, with how many items name them, most named first.
    pub async fn mention_candidates(&self, limit: i64) -> Result<Vec<(String, i64)>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT MIN(m.label), COUNT(*) AS items FROM news_mentions m JOIN news n ON n.id = m.news_id \
                 WHERE m.kind = $1 AND n.state IN ('submitted', 'published') \
                 GROUP BY m.key ORDER BY items DESC, MIN(m.label) LIMIT $2",
                vec![CANDIDATE.into(), limit.into()],
            ))
            .await
    }

    /// Mentions its writers have not decided on yet.
    pub async fn undecided_mentions(&self, news_id: i64) -> Result<i64, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT COUNT(*) FROM news_mentions WHERE news_id = $1 AND state = 'suggested' AND kind <> $2",
                vec![news_id.into(), CANDIDATE.into()],
            ))
            .await?;
        Ok(n)
    }

    /// Everything the recogniser knows by name.
    pub async fn mention_names(&self) -> Result<Names, StoreError> {
        let pool = self.pool();
        Ok(Names {
            organisations: pool
                .fetch_all(&Sql::new(
                    "SELECT slug, name, short_name, country, city FROM organisations ORDER BY id",
                ))
                .await?,
            projects: pool
                .fetch_all(&Sql::new("SELECT id, acronym, title FROM projects ORDER BY id"))
                .await?,
            events: pool
                .fetch_all(&Sql::new(
                    "SELECT id, title FROM events WHERE state = 'published' ORDER BY id",
                ))
                .await?,
            calls: pool
                .fetch_all(&Sql::new("SELECT id, identifier, title FROM funding_calls ORDER BY id"))
                .await?,
        })
    }

    /// Changes when anything the recogniser knows by name may have: the last change of an
    /// organisation, project or event, and the number and last id of funding calls (imports do
    /// not write to the change feed).
    pub async fn mention_names_version(&self) -> Result<(i64, i64, i64), StoreError> {
        let (changed,): (i64,) = self
            .pool()
            .fetch_one(&Sql::new(
                "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM change_feed \
                 WHERE entity IN ('organisation', 'project', 'event')",
            ))
            .await?;
        let (calls, last): (i64, i64) = self
            .pool()
            .fetch_one(&Sql::new(
                "SELECT COUNT(*), CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM funding_calls",
            ))
            .await?;
        Ok((changed, calls, last))
    }
}
