//! The weekly digest job: each person who follows something gets, on Monday morning, what is new
//! in it (news, opportunities and events published since their last digest, calls closing in
//! the next two weeks, and the new results of the saved searches they get weekly), in their
//! language, with a one-click unsubscribe link.
//!
//! Digests are claimed in batches ([`store::Store::claim_digests`]); what was published in a
//! batch's window is read once and indexed by follow target, so a reader costs a few hash
//! lookups, not queries. A batch is marked sent before its mails leave: a crash between the two
//! loses that week's digest for the batch instead of sending it twice.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use store::follows::{DigestItem, DueDigest, Follow, FollowKind};

use crate::auth::{hash_token, random_token};
use crate::i18n::{Locale, Tr};
use crate::notify::following::{Line, Part, Search, Section, Weekly};
use crate::notify::Mail;
use crate::{AppState, WebError};

/// Digests claimed and written at a time.
pub const BATCH: i64 = 500;
/// Lines per part of a digest; the rest is a count and a link.
const PER_PART: usize = 8;
/// Calls whose next cut-off is this close are "closing soon".
const CALLS_AHEAD_DAYS: i64 = 14;
/// A window never reaches further back than this (a digest started again after a long pause
/// covers the last weeks, not everything since).
const MAX_WINDOW_DAYS: i64 = 35;

/// A digest ready to leave.
pub struct Outgoing {
    pub to: String,
    pub mail: Mail,
    pub unsubscribe: String,
}

/// Something a digest may list, with what it touches.
struct Entry {
    title: String,
    organisation: String,
    path: String,
    language: String,
    /// When it was published (calls: never before the window).
    at: DateTime<Utc>,
    date: Option<DateTime<Utc>>,
    /// Translations of one story share it (the original's id); other entries their own.
    story: i64,
    targets: Vec<Follow>,
}

/// What was published in a window, indexed by the follow targets it touches.
struct Catalogue {
    parts: Vec<(Part, Vec<Entry>)>,
    by_target: HashMap<Follow, Vec<(usize, usize)>>,
}

fn entries(items: Vec<DigestItem>, path: &str, news: bool) -> Vec<Entry> {
    items
        .into_iter()
        .map(|i| Entry {
            path: format!("{path}/{}", i.id),
            story: if news { i.translation_of.unwrap_or(i.id) } else { i.id },
            title: i.title,
            organisation: i.organisation,
            language: i.language,
            at: i.at,
            date: i.starts,
            targets: i.targets,
        })
        .collect()
}

impl Catalogue {
    async fn load(state: &AppState, since: DateTime<Utc>, until: DateTime<Utc>) -> Result<Self, WebError> {
        let store = &state.store;
        let news = entries(store.digest_news(since, until).await?, "/news", true);
        let opportunities = entries(store.digest_opportunities(since, until).await?, "/opportunities", false);
        let events = entries(store.digest_events(since, until).await?, "/events", false);
        // Calls closing soon: what they are about comes from the words of their text.
        let index = state.cache.call_index(store).await?;
        let (ids, calls) = (&index.0, &index.1);
        let mut closing = Vec::new();
        for (i, call) in calls.calls().iter().enumerate() {
            let Some(deadline) = call.next_deadline(until).map(|d| d.at) else {
                continue;
            };
            if deadline > until + Duration::days(CALLS_AHEAD_DAYS) {
                continue;
            }
            let targets: Vec<Follow> = calls
                .taxonomy_of(i)
                .into_iter()
                .map(|target| Follow {
                    kind: if target.starts_with("ecosystem-") {
                        FollowKind::Ecosystem
                    } else {
                        FollowKind::Technology
                    },
                    target,
                })
                .collect();
            if targets.is_empty() {
                continue;
            }
            closing.push(Entry {
                title: call.title.clone(),
                organisation: call.identifier.clone(),
                path: format!("/funding/{}", ids[i]),
                language: "en".into(),
                at: until,
                date: Some(deadline),
                story: ids[i],
                targets,
            });
        }
        closing.sort_by_key(|e| e.date);
        let parts = vec![
            (Part::News, news),
            (Part::Opportunities, opportunities),
            (Part::Events, events),
            (Part::Calls, closing),
        ];
        let mut by_target: HashMap<Follow, Vec<(usize, usize)>> = HashMap::new();
        for (p, (_, list)) in parts.iter().enumerate() {
            for (i, e) in list.iter().enumerate() {
                for t in &e.targets {
                    by_target.entry(t.clone()).or_default().push((p, i));
                }
            }
        }
        Ok(Catalogue { parts, by_target })
    }

    /// The sections of one reader's digest: what touches what they follow, newer than `since`,
    /// one language version per story (theirs when there is one).
    fn sections(&self, state: &AppState, reader: Locale, follows: &[Follow], since: DateTime<Utc>) -> Vec<Section> {
        let mut hits: HashMap<(usize, usize), Vec<Follow>> = HashMap::new();
        for f in follows {
            for &(p, i) in self.by_target.get(f).map(Vec::as_slice).unwrap_or_default() {
                if self.parts[p].1[i].at > since {
                    hits.entry((p, i)).or_default().push(f.clone());
                }
            }
        }
        let mut out = Vec::new();
        for (p, (part, list)) in self.parts.iter().enumerate() {
            // Indexes in the part's order (newest first; calls and events by date).
            let mut found: Vec<usize> = hits.keys().filter(|(q, _)| *q == p).map(|(_, i)| *i).collect();
            if found.is_empty() {
                continue;
            }
            found.sort_unstable();
            let mut stories: HashMap<i64, usize> = HashMap::new();
            let mut chosen: Vec<usize> = Vec::new();
            for i in found {
                let e = &list[i];
                match stories.get(&e.story) {
                    Some(&at) => {
                        // Another version of a story already listed: the reader's language wins.
                        if e.language == reader.code() && list[chosen[at]].language != reader.code() {
                            chosen[at] = i;
                        }
                    }
                    None => {
                        stories.insert(e.story, chosen.len());
                        chosen.push(i);
                    }
                }
            }
            let more = chosen.len().saturating_sub(PER_PART);
            let lines = chosen
                .into_iter()
                .take(PER_PART)
                .map(|i| {
                    let e = &list[i];
                    let mut because = hits.remove(&(p, i)).unwrap_or_default();
                    because.sort();
                    Line {
                        title: e.title.clone(),
                        organisation: e.organisation.clone(),
                        link: state.settings.link(&e.path),
                        date: e.date,
                        because,
                    }
                })
                .collect();
            out.push(Section {
                part: *part,
                lines,
                more,
                all: state.settings.link(match part {
                    Part::News => "/news",
                    Part::Opportunities => "/opportunities",
                    Part::Events => "/events",
                    Part::Calls => "/funding",
                }),
            });
        }
        out
    }
}

/// The new results of the saved searches each reader of the batch gets weekly, marked seen.
async fn searches(state: &AppState, batch: &[DueDigest]) -> Result<HashMap<i64, Vec<Search>>, WebError> {
    let ids: Vec<i64> = batch.iter().map(|d| d.user_id).collect();
    let languages: HashMap<i64, Locale> = batch.iter().map(|d| (d.user_id, locale_of(d))).collect();
    let mut out: HashMap<i64, Vec<Search>> = HashMap::new();
    for s in state.store.weekly_saved_searches(&ids).await? {
        let reader = Tr::new(languages.get(&s.user_id).copied().unwrap_or_default());
        let Some(fresh) = crate::routes::search::alerts::fresh_results(state, &reader, &s).await? else {
            continue;
        };
        out.entry(s.user_id).or_default().push(Search {
            name: s.name.clone(),
            lines: fresh
                .into_iter()
                .map(|(name, href)| (name, state.settings.link(&href)))
                .collect(),
        });
    }
    Ok(out)
}

fn locale_of(d: &DueDigest) -> Locale {
    d.language.as_deref().and_then(Locale::from_code).unwrap_or_default()
}

/// Claims the next batch of digests due at `now` and writes them; None when none is due. The
/// batch is marked sent (each reader's next digest a week on) before this returns.
pub async fn next_batch(state: &AppState, now: DateTime<Utc>) -> Result<Option<Vec<Outgoing>>, WebError> {
    let batch = state.store.claim_digests(now, BATCH).await?;
    if batch.is_empty() {
        return Ok(None);
    }
    let floor = now - Duration::days(MAX_WINDOW_DAYS);
    let since = batch.iter().map(|d| d.since.max(floor)).min().unwrap_or(floor);
    let catalogue = Catalogue::load(state, since, now).await?;
    let mut searches = searches(state, &batch).await?;
    let mut out = Vec::new();
    let mut links = Vec::new();
    let mut translators: HashMap<Locale, Tr> = HashMap::new();
    for d in &batch {
        let locale = locale_of(d);
        let follows: Vec<Follow> = d.follows.iter().map(|f| f.follow.clone()).collect();
        let sections = catalogue.sections(state, locale, &follows, d.since.max(floor));
        let found = searches.remove(&d.user_id).unwrap_or_default();
        if sections.is_empty() && found.is_empty() {
            continue;
        }
        let token = random_token();
        let unsubscribe = state.settings.link(&format!("/digest/unsubscribe?token={token}"));
        links.push((d.user_id, hash_token(&token)));
        let weekly = Weekly {
            name: d.display_name.clone(),
            since: d.since.max(floor),
            until: now,
            sections,
            searches: found,
            organisations: d
                .follows
                .iter()
                .filter_map(|f| Some((f.follow.target.clone(), f.name.clone()?)))
                .collect(),
            following: state.settings.link("/account/following"),
            unsubscribe: unsubscribe.clone(),
        };
        let tr = translators.entry(locale).or_insert_with(|| Tr::new(locale));
        out.push(Outgoing {
            to: d.email.clone(),
            mail: crate::notify::following::weekly(&weekly)(tr),
            unsubscribe,
        });
    }
    let sent: Vec<(i64, DateTime<Utc>)> = batch.iter().map(|d| (d.user_id, d.next_at)).collect();
    state.store.digests_sent(&sent, &links, now).await?;
    Ok(Some(out))
}

/// The job: writes and sends every digest due now; gives how many mails left.
pub async fn send_weekly(state: &AppState) -> Result<usize, WebError> {
    send_due(state, crate::views::time::now()).await
}

/// Writes and sends every digest due at `now`; gives how many mails left.
pub async fn send_due(state: &AppState, now: DateTime<Utc>) -> Result<usize, WebError> {
    let mut sent = 0;
    while let Some(batch) = next_batch(state, now).await? {
        for o in batch {
            match state
                .settings
                .mailer
                .send_to_list(&o.to, &o.mail.subject, o.mail.body, &o.unsubscribe)
                .await
            {
                Ok(()) => sent += 1,
                Err(e) => tracing::warn!(error = %e, "a weekly digest could not be mailed"),
            }
        }
    }
    Ok(sent)
}
