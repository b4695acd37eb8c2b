//! What people follow and the weekly digest that tells them what is new in it.
//!
//! A follow names an organisation (slug), a technology or ecosystem (taxonomy id such as
//! `ket-photonics`, `cta-quantum`, `ecosystem-health`) or a country (ISO code). Following anything
//! subscribes a person to the weekly digest unless they stopped it. The digest job claims the
//! digests that are due in batches ([`Store::claim_digests`]), reads what was published in the
//! window once for the whole batch ([`Store::digest_news`] and its siblings), and marks the batch
//! sent ([`Store::digests_sent`]).

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};

use crate::{Sql, Store, StoreError};

/// What can be followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FollowKind {
    Organisation,
    Technology,
    Ecosystem,
    Country,
}

impl FollowKind {
    pub const ALL: [FollowKind; 4] = [
        FollowKind::Organisation,
        FollowKind::Technology,
        FollowKind::Ecosystem,
        FollowKind::Country,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FollowKind::Organisation => "organisation",
            FollowKind::Technology => "technology",
            FollowKind::Ecosystem => "ecosystem",
            FollowKind::Country => "country",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One thing a person follows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Follow {
    pub kind: FollowKind,
    pub target: String,
}

/// A follow with the name of the organisation it names (None for other kinds, and for an
/// organisation that has left the directory).
#[derive(Debug, Clone, PartialEq)]
pub struct Followed {
    pub follow: Follow,
    pub name: Option<String>,
}

row! {
    /// A person's weekly digest.
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    pub struct Digest {
        pub next_at: DateTime<Utc>,
        pub sent_at: Option<DateTime<Utc>>,
        pub stopped_at: Option<DateTime<Utc>>,
    }
}

/// A digest claimed for writing: whom it goes to and the window it covers.
#[derive(Debug, Clone)]
pub struct DueDigest {
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    pub language: Option<String>,
    pub next_at: DateTime<Utc>,
    /// Where its window starts: the end of the last digest's, or a week before it was due.
    pub since: DateTime<Utc>,
    pub follows: Vec<Followed>,
}

/// Something published that a digest may list, with the follow targets it touches.
#[derive(Debug, Clone)]
pub struct DigestItem {
    pub id: i64,
    pub title: String,
    pub organisation: String,
    pub language: String,
    /// When it was published (an event's start is in `starts`).
    pub at: DateTime<Utc>,
    pub starts: Option<DateTime<Utc>>,
    /// For news: the item it translates, if it is a translation.
    pub translation_of: Option<i64>,
    pub targets: Vec<Follow>,
}

/// How long a digest's unsubscribe link works.
pub const LINK_LIFETIME_DAYS: i64 = 90;
/// A claim older than this belongs to a run that died: the digest is claimed again.
const CLAIM_TIMEOUT_MINUTES: i64 = 60;

row! {
    struct DueRow {
        user_id: i64,
        email: String,
        display_name: String,
        language: Option<String>,
        next_at: DateTime<Utc>,
        sent_at: Option<DateTime<Utc>>,
    }
}

row! {
    struct ItemRow {
        id: i64,
        title: String,
        organisation: String,
        language: String,
        at: DateTime<Utc>,
    }
}

row! {
    /// An opportunity or event of a digest window, with its organisation's slug and country,
    /// its draft (for the language) and, for events, the venue's country, tags and start.
    struct PublishedRow {
        id: i64,
        title: String,
        organisation: String,
        slug: String,
        country: Option<String>,
        at: DateTime<Utc>,
        details: String,
        tags: Option<String>,
        starts: Option<DateTime<Utc>>,
    }
}

impl PublishedRow {
    /// The item with the targets it touches: `targets` from its tag table, and its
    /// organisation, country and `tags` column (events' `ket:… eco:…`).
    fn into_item(self, mut targets: Vec<Follow>) -> DigestItem {
        add_target(&mut targets, FollowKind::Organisation, self.slug);
        if let Some(c) = self.country {
            add_target(&mut targets, FollowKind::Country, c);
        }
        for tag in self.tags.as_deref().unwrap_or_default().split_whitespace() {
            if let Some((kind, target)) = tag.split_once(':').and_then(|(f, v)| target_of(f, v)) {
                add_target(&mut targets, kind, target);
            }
        }
        DigestItem {
            id: self.id,
            title: self.title,
            organisation: self.organisation,
            language: language_of(&self.details),
            at: self.at,
            starts: self.starts,
            translation_of: None,
            targets,
        }
    }
}

/// The language of a stored draft (its JSON `language`).
fn language_of(details: &str) -> String {
    serde_json::from_str::<serde_json::Value>(details)
        .ok()
        .and_then(|d| d.get("language").and_then(|l| l.as_str()).map(str::to_owned))
        .unwrap_or_default()
}

/// The next Monday at 07:00 UTC strictly after `now`: digests arrive at the start of a working week.
pub fn next_monday_morning(now: DateTime<Utc>) -> DateTime<Utc> {
    use chrono::{Datelike, TimeZone};
    let date = now.date_naive();
    let days = (7 - date.weekday().num_days_from_monday()) % 7;
    let mut at = Utc.from_utc_datetime(
        &(date + Duration::days(i64::from(days)))
            .and_hms_opt(7, 0, 0)
            .unwrap_or_default(),
    );
    if at <= now {
        at += Duration::days(7);
    }
    at
}

/// Follows with the names of the organisations they name: `{FOLLOWED_FROM}` joined.
const FOLLOWED_FROM: &str = "follows f LEFT JOIN organisations o ON f.kind = 'organisation' AND o.slug = f.target";

fn followed_from(rows: Vec<(String, String, Option<String>)>) -> Vec<Followed> {
    rows.into_iter()
        .filter_map(|(k, target, name)| {
            FollowKind::parse(&k).map(|kind| Followed {
                follow: Follow { kind, target },
                name,
            })
        })
        .collect()
}

/// Adds `(kind, target)` to `targets` when the pair is new.
fn add_target(targets: &mut Vec<Follow>, kind: FollowKind, target: String) {
    let f = Follow { kind, target };
    if !targets.contains(&f) {
        targets.push(f);
    }
}

/// The follow a tag row of news, an opportunity or an event stands for.
fn target_of(facet: &str, value: &str) -> Option<(FollowKind, String)> {
    Some(match facet {
        "organisation" | "mentioned" => (FollowKind::Organisation, value.to_owned()),
        "country" => (FollowKind::Country, value.to_owned()),
        "technology" => (FollowKind::Technology, value.to_owned()),
        "ecosystem" if value.starts_with("ecosystem-") => (FollowKind::Ecosystem, value.to_owned()),
        "ecosystem" | "eco" => (FollowKind::Ecosystem, format!("ecosystem-{value}")),
        "ket" | "cta" => (FollowKind::Technology, format!("{facet}-{value}")),
        _ => return None,
    })
}

impl Store {
    /// Follows `(kind, target)` for `user_id` (already following is no change), and starts their
    /// weekly digest unless they had stopped it. True when the follow is new.
    pub async fn follow(
        &self,
        user_id: i64,
        kind: FollowKind,
        target: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let added = tx
            .execute(&Sql::with(
                "INSERT INTO follows (user_id, kind, target, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                vec![user_id.into(), kind.as_str().into(), target.into(), now.into()],
            ))
            .await?;
        tx.execute(&Sql::with(
            "INSERT INTO digests (user_id, next_at, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            vec![user_id.into(), next_monday_morning(now).into(), now.into()],
        ))
        .await?;
        tx.commit().await?;
        Ok(added > 0)
    }

    /// Stops following; true when there was such a follow.
    pub async fn unfollow(&self, user_id: i64, kind: FollowKind, target: &str) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "DELETE FROM follows WHERE user_id = $1 AND kind = $2 AND target = $3",
                vec![user_id.into(), kind.as_str().into(), target.into()],
            ))
            .await?
            > 0)
    }

    /// What `user_id` follows, by kind and target.
    pub async fn follows_of(&self, user_id: i64) -> Result<Vec<Followed>, StoreError> {
        let rows: Vec<(String, String, Option<String>)> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!("SELECT f.kind, f.target, o.name FROM {FOLLOWED_FROM} WHERE f.user_id = $1 ORDER BY f.kind, f.target"),
                vec![user_id.into()],
            ))
            .await?;
        Ok(followed_from(rows))
    }

    /// Whether `user_id` follows `(kind, target)`.
    pub async fn is_following(&self, user_id: i64, kind: FollowKind, target: &str) -> Result<bool, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT COUNT(*) FROM follows WHERE user_id = $1 AND kind = $2 AND target = $3",
                vec![user_id.into(), kind.as_str().into(), target.into()],
            ))
            .await?;
        Ok(n > 0)
    }

    /// How many people follow `(kind, target)`.
    pub async fn followers(&self, kind: FollowKind, target: &str) -> Result<i64, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT COUNT(*) FROM follows WHERE kind = $1 AND target = $2",
                vec![kind.as_str().into(), target.into()],
            ))
            .await?;
        Ok(n)
    }

    /// The weekly digest of `user_id`, once they have followed something.
    pub async fn digest_of(&self, user_id: i64) -> Result<Option<Digest>, StoreError> {
        self.pool()
            .fetch_optional(&Sql::with(
                "SELECT next_at, sent_at, stopped_at FROM digests WHERE user_id = $1",
                vec![user_id.into()],
            ))
            .await
    }

    /// Starts (`on`) or stops the weekly digest of `user_id`. Started again, the next one is due
    /// the next Monday morning and covers the week before it.
    pub async fn set_digest(&self, user_id: i64, on: bool, now: DateTime<Utc>) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        tx.execute(&Sql::with(
            "INSERT INTO digests (user_id, next_at, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            vec![user_id.into(), next_monday_morning(now).into(), now.into()],
        ))
        .await?;
        if on {
            tx.execute(&Sql::with(
                "UPDATE digests SET stopped_at = NULL, next_at = $2, sent_at = NULL \
                 WHERE user_id = $1 AND stopped_at IS NOT NULL",
                vec![user_id.into(), next_monday_morning(now).into()],
            ))
            .await?;
        } else {
            tx.execute(&Sql::with(
                "UPDATE digests SET stopped_at = $2 WHERE user_id = $1 AND stopped_at IS NULL",
                vec![user_id.into(), now.into()],
            ))
            .await?;
        }
        tx.commit().await
    }

    /// Claims up to `limit` digests due at `now` that nobody is writing, with their reader and
    /// what they follow. Each is claimed for an hour: a node that dies leaves it to the next run.
    pub async fn claim_digests(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<DueDigest>, StoreError> {
        let stale = now - Duration::minutes(CLAIM_TIMEOUT_MINUTES);
        let mut tx = self.begin().await?;
        // One claimer at a time, so that two nodes never take the same rows (SQLite has one
        // writer anyway; on PostgreSQL the lock is an advisory one).
        tx.lock("digests").await?;
        let mut pick = Sql::new(
            "SELECT d.user_id, u.email, u.display_name, u.language, d.next_at, d.sent_at \
             FROM digests d JOIN users u ON u.id = d.user_id \
             WHERE d.stopped_at IS NULL AND u.email_confirmed_at IS NOT NULL AND d.next_at <= ",
        );
        pick.bind(now)
            .push(" AND (d.claimed_at IS NULL OR d.claimed_at < ")
            .bind(stale)
            .push(") ORDER BY d.next_at, d.user_id LIMIT ")
            .bind(limit);
        let rows: Vec<DueRow> = tx.fetch_all(&pick).await?;
        if rows.is_empty() {
            tx.commit().await?;
            return Ok(vec![]);
        }
        let ids: Vec<i64> = rows.iter().map(|r| r.user_id).collect();
        let mut claim = Sql::new("UPDATE digests SET claimed_at = ");
        claim
            .bind(now)
            .push(" WHERE user_id IN ")
            .bind_list(ids.iter().copied());
        tx.execute(&claim).await?;
        let mut read = Sql::new(&format!(
            "SELECT f.user_id, f.kind, f.target, o.name FROM {FOLLOWED_FROM} WHERE f.user_id IN "
        ));
        read.bind_list(ids.iter().copied())
            .push(" ORDER BY f.user_id, f.kind, f.target");
        let follow_rows: Vec<(i64, String, String, Option<String>)> = tx.fetch_all(&read).await?;
        tx.commit().await?;
        let mut follows: HashMap<i64, Vec<(String, String, Option<String>)>> = HashMap::new();
        for (user, kind, target, name) in follow_rows {
            follows.entry(user).or_default().push((kind, target, name));
        }
        Ok(rows
            .into_iter()
            .map(|r| DueDigest {
                since: r.sent_at.unwrap_or(r.next_at - Duration::days(7)),
                follows: followed_from(follows.remove(&r.user_id).unwrap_or_default()),
                user_id: r.user_id,
                email: r.email,
                display_name: r.display_name,
                language: r.language,
                next_at: r.next_at,
            })
            .collect())
    }

    /// Marks claimed digests written up to `until`: the next of each is due a week after this
    /// one was (or the next Monday morning, after a pause longer than a week), and the
    /// unsubscribe links they carry are stored (hashed) until they expire.
    pub async fn digests_sent(
        &self,
        sent: &[(i64, DateTime<Utc>)],
        links: &[(i64, String)],
        until: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        if sent.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin().await?;
        // Grouped by their next time, so a batch is a handful of statements, not one per person.
        let mut by_next: HashMap<DateTime<Utc>, Vec<i64>> = HashMap::new();
        for (user, due) in sent {
            let mut next = *due + Duration::days(7);
            if next <= until {
                next = next_monday_morning(until);
            }
            by_next.entry(next).or_default().push(*user);
        }
        for (next, users) in by_next {
            for chunk in users.chunks(500) {
                let mut sql = Sql::new("UPDATE digests SET claimed_at = NULL, sent_at = ");
                sql.bind(until)
                    .push(", next_at = ")
                    .bind(next)
                    .push(" WHERE user_id IN ")
                    .bind_list(chunk.iter().copied());
                tx.execute(&sql).await?;
            }
        }
        let expires = until + Duration::days(LINK_LIFETIME_DAYS);
        for chunk in links.chunks(300) {
            let mut sql = Sql::new("INSERT INTO digest_links (token_hash, user_id, expires_at) VALUES ");
            for (i, (user, hash)) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push(", ");
                }
                sql.push("(")
                    .bind(hash.clone())
                    .push(", ")
                    .bind(*user)
                    .push(", ")
                    .bind(expires)
                    .push(")");
            }
            tx.execute(&sql).await?;
        }
        tx.execute(&Sql::with(
            "DELETE FROM digest_links WHERE expires_at < $1",
            vec![until.into()],
        ))
        .await?;
        tx.commit().await
    }

    /// Stops the digest whose mail carried the link with hash `token_hash`, unless the link
    /// expired; gives whose digest it was (whether or not it was running).
    pub async fn stop_digest_by_link(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<i64>, StoreError> {
        let found: Option<(i64,)> = self
            .pool()
            .fetch_optional(&Sql::with(
                "SELECT user_id FROM digest_links WHERE token_hash = $1 AND expires_at >= $2",
                vec![token_hash.into(), now.into()],
            ))
            .await?;
        let Some((user,)) = found else {
            return Ok(None);
        };
        self.set_digest(user, false, now).await?;
        Ok(Some(user))
    }

    /// Published news of the window `(since, until]` with the organisations they are about or
    /// mention and their confirmed countries, technologies and ecosystems.
    pub async fn digest_news(&self, since: DateTime<Utc>, until: DateTime<Utc>) -> Result<Vec<DigestItem>, StoreError> {
        let window = " n.state = 'published' AND n.published_at > $1 AND n.published_at <= $2";
        let rows: Vec<ItemRow> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT n.id, n.title, o.name AS organisation, n.language, n.published_at AS at \
                     FROM news n JOIN organisations o ON o.id = n.organisation_id WHERE{window} \
                     ORDER BY n.published_at DESC, n.id DESC"
                ),
                vec![since.into(), until.into()],
            ))
            .await?;
        let tags: Vec<(i64, String, String)> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT t.news_id, t.facet, t.value FROM news_tags t JOIN news n ON n.id = t.news_id WHERE{window}"
                ),
                vec![since.into(), until.into()],
            ))
            .await?;
        let mut targets: HashMap<i64, (Vec<Follow>, Option<i64>)> = HashMap::new();
        for (id, facet, value) in tags {
            let entry = targets.entry(id).or_default();
            if facet == "translation-of" {
                entry.1 = value.parse().ok();
            } else if let Some((kind, target)) = target_of(&facet, &value) {
                add_target(&mut entry.0, kind, target);
            }
        }
        Ok(rows
            .into_iter()
            .map(|r| {
                let (targets, translation_of) = targets.remove(&r.id).unwrap_or_default();
                DigestItem {
                    id: r.id,
                    title: r.title,
                    organisation: r.organisation,
                    language: r.language,
                    at: r.at,
                    starts: None,
                    translation_of,
                    targets,
                }
            })
            .collect())
    }

    /// Opportunities published in `(since, until]` and not yet expired: their organisation, its
    /// country and the opportunity's technologies and ecosystems.
    pub async fn digest_opportunities(
        &self,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<DigestItem>, StoreError> {
        let window = " p.state = 'published' AND p.published_at > $1 AND p.published_at <= $2";
        let rows: Vec<PublishedRow> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT p.id, p.title, o.name AS organisation, o.slug, o.country, p.published_at AS at, p.details, \
                     NULL AS tags, NULL AS starts \
                     FROM opportunities p JOIN organisations o ON o.id = p.organisation_id WHERE{window} \
                     ORDER BY p.published_at DESC, p.id DESC"
                ),
                vec![since.into(), until.into()],
            ))
            .await?;
        let tags: Vec<(i64, String, String)> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT t.opportunity_id, t.facet, t.value FROM opportunity_tags t \
                     JOIN opportunities p ON p.id = t.opportunity_id WHERE{window}"
                ),
                vec![since.into(), until.into()],
            ))
            .await?;
        let mut targets: HashMap<i64, Vec<Follow>> = HashMap::new();
        for (id, facet, value) in tags {
            if let Some((kind, target)) = target_of(&facet, &value) {
                add_target(targets.entry(id).or_default(), kind, target);
            }
        }
        Ok(rows
            .into_iter()
            .map(|r| {
                let t = targets.remove(&r.id).unwrap_or_default();
                r.into_item(t)
            })
            .collect())
    }

    /// Events published in `(since, until]` that have not ended by `until`: their organiser,
    /// the venue's country and their technologies and ecosystems.
    pub async fn digest_events(
        &self,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<DigestItem>, StoreError> {
        let rows: Vec<PublishedRow> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT e.id, e.title, o.name AS organisation, o.slug, e.country, e.published_at AS at, e.details, \
                 e.tags, e.starts_at AS starts \
                 FROM events e JOIN organisations o ON o.id = e.organisation_id \
                 WHERE e.state = 'published' AND e.published_at > $1 AND e.published_at <= $2 AND e.ends_at > $2 \
                 ORDER BY e.starts_at, e.id",
                vec![since.into(), until.into()],
            ))
            .await?;
        Ok(rows.into_iter().map(|r| r.into_item(Vec::new())).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn digests_arrive_on_monday_mornings() {
        let at = |y, m, d, h| Utc.with_ymd_and_hms(y, m, d, h, 0, 0).single().expect("time");
        // Thursday 3 December 2026 → Monday 7 December.
        assert_eq!(next_monday_morning(at(2026, 12, 3, 21)), at(2026, 12, 7, 7));
        // Monday before seven → the same morning; at or after seven → a week later.
        assert_eq!(next_monday_morning(at(2026, 12, 7, 6)), at(2026, 12, 7, 7));
        assert_eq!(next_monday_morning(at(2026, 12, 7, 7)), at(2026, 12, 14, 7));
        // Sunday → the next day.
        assert_eq!(next_monday_morning(at(2026, 12, 13, 23)), at(2026, 12, 14, 7));
    }

    #[test]
    fn tags_become_follow_targets() {
        assert_eq!(
            target_of("ket", "photonics"),
            Some((FollowKind::Technology, "ket-photonics".into()))
        );
        assert_eq!(
            target_of("eco", "health"),
            Some((FollowKind::Ecosystem, "ecosystem-health".into()))
        );
        assert_eq!(
            target_of("ecosystem", "ecosystem-health"),
            Some((FollowKind::Ecosystem, "ecosystem-health".into()))
        );
        assert_eq!(
            target_of("mentioned", "censec"),
            Some((FollowKind::Organisation, "censec".into()))
        );
        assert_eq!(target_of("tag", "space"), None);
    }
}
