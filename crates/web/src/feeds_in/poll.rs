//! Polling: every feed that is due is fetched (a handful at a time, each bounded in time and
//! size, so a slow or huge feed holds up only itself), read, and its new items become news of
//! the organisation — drafts for its writers to check and submit, or published at once when a
//! moderator trusts the organisation. An item is imported once: its key is recorded with it.

use chrono::{DateTime, Duration, Utc};
use futures_util::StreamExt;
use store::feeds::{Feed, PollOutcome};

use super::problem::Problem;
use super::text::shorten;
use super::{parse, Entry, Fetched, Fetcher, Validators};
use crate::{AppState, WebError};

/// How often a feed is read.
pub const PERIOD_MINUTES: i64 = 15;
/// After failures a feed is read less often: doubling up to a day.
const MAX_BACKOFF_MINUTES: i64 = 24 * 60;
/// Feeds fetched at the same time.
const CONCURRENT: usize = 8;
/// Feeds claimed by one round.
const ROUND: i64 = 200;
/// New entries taken from one poll of a feed (the newest; older ones come at the next polls), so
/// that no feed floods the news however many items it invents.
pub const MAX_NEW_PER_POLL: usize = 50;

/// What a round of polling did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub feeds: usize,
    pub not_modified: usize,
    pub failed: usize,
    /// News items created.
    pub imported: usize,
    /// Entries left out because they could not become news (named in the feed's error).
    pub refused: usize,
}

/// The fetcher the settings describe.
pub fn fetcher(state: &AppState) -> Result<Fetcher, WebError> {
    Fetcher::new(
        state.settings.feeds,
        &super::fetch::user_agent(&state.settings.public_url),
    )
    .map_err(|e| {
        tracing::error!(error = %e, "the feed fetcher cannot be built");
        WebError::Internal
    })
}

/// When a feed is due after `failures` failed polls in a row.
fn next_poll(now: DateTime<Utc>, failures: i64) -> DateTime<Utc> {
    let factor = 1i64 << failures.clamp(0, 7);
    now + Duration::minutes((PERIOD_MINUTES * factor).min(MAX_BACKOFF_MINUTES))
}

/// An entry as a news item of the organisation, or why it cannot be one.
fn draft_of(entry: &Entry, feed_language: Option<&str>, base: &str) -> Result<domain::NewsDraft, String> {
    let mut body = match (&entry.body_html, &entry.summary) {
        (Some(html), _) => domain::news::html_to_markdown(html, Some(entry.link.as_deref().unwrap_or(base))),
        (None, Some(summary)) => summary.clone(),
        (None, None) => String::new(),
    };
    let mut lead = entry.summary.clone().unwrap_or_default();
    if lead.chars().count() < domain::news::MIN_LEAD {
        lead = body
            .split("\n\n")
            .map(str::trim)
            .find(|b| !b.starts_with('#') && b.chars().count() >= domain::news::MIN_LEAD)
            .unwrap_or(&entry.title)
            .to_owned();
    }
    let lead = shorten(lead.replace(['*', '_', '#'], "").trim(), domain::news::MAX_LEAD);
    // The original on the organisation's site, named by its address (no words of any language).
    if let Some(link) = &entry.link {
        body = format!("{}\n\n<{link}>", body.trim());
    }
    if body.chars().count() < domain::news::MIN_BODY {
        body = format!("{lead}\n\n{body}");
    }
    let text = format!("{}\n{lead}\n{body}", entry.title);
    let language = [entry.language.as_deref(), feed_language]
        .into_iter()
        .flatten()
        .map(|l| l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase())
        .find(|l| domain::organisation::LANGUAGES.contains(&l.as_str()))
        .or_else(|| {
            search::lang::detect(&text, None)
                .map(|l| l.code().to_owned())
                .filter(|c| domain::organisation::LANGUAGES.contains(&c.as_str()))
        })
        .unwrap_or_else(|| "en".to_owned());
    let mut input = domain::NewsInput {
        kind: "article".into(),
        title: shorten(entry.title.trim(), domain::news::MAX_TITLE),
        lead,
        body: shorten(body.trim(), domain::news::MAX_BODY),
        language,
        cover_url: entry.image.clone().unwrap_or_default(),
        ..domain::NewsInput::default()
    };
    let refused = match input.validate() {
        Ok(d) => return Ok(d),
        Err(v) => v,
    };
    // A cover the draft refuses (not https, too long) is left out rather than the item.
    if refused.0.iter().all(|f| f.field == "cover_url") {
        input.cover_url.clear();
        if let Ok(d) = input.validate() {
            return Ok(d);
        }
    }
    Err(refused
        .0
        .iter()
        .map(|f| format!("{}: {}", f.field, f.message))
        .collect::<Vec<_>>()
        .join("; "))
}

/// Reads one feed and imports what is new in it; the outcome to record.
async fn poll_one(
    state: &AppState,
    fetcher: &Fetcher,
    feed: &Feed,
    now: DateTime<Utc>,
    report: &mut Report,
) -> PollOutcome {
    let validators = Validators {
        etag: feed.etag.clone(),
        last_modified: feed.last_modified.clone(),
    };
    let failed = |problem: Problem| {
        tracing::info!(feed = feed.id, problem = problem.id, detail = %problem.detail, "a feed could not be read");
        PollOutcome {
            etag: feed.etag.clone(),
            last_modified: feed.last_modified.clone(),
            error: Some(problem.encode()),
            next_poll_at: next_poll(now, feed.failures + 1),
        }
    };
    let fetched = fetcher.fetch(&feed.url, &validators).await;
    let (bytes, content_type, got, final_url) = match fetched {
        Ok(Fetched::NotModified) => {
            report.not_modified += 1;
            return PollOutcome {
                etag: feed.etag.clone(),
                last_modified: feed.last_modified.clone(),
                error: None,
                next_poll_at: next_poll(now, 0),
            };
        }
        Ok(Fetched::Body {
            bytes,
            content_type,
            validators,
            final_url,
        }) => (bytes, content_type, validators, final_url),
        Err(e) => {
            report.failed += 1;
            return failed(Problem::of_fetch(&e));
        }
    };
    // Reading markup is work for a thread of its own, not for the runtime's few.
    let base = final_url.clone();
    let parsed = tokio::task::spawn_blocking(move || parse(&bytes, content_type.as_deref(), &base)).await;
    let parsed = match parsed {
        Ok(Ok(p)) => p,
        Ok(Err(e)) => {
            report.failed += 1;
            return failed(Problem::of_parse(&e));
        }
        Err(e) => {
            report.failed += 1;
            tracing::error!(feed = feed.id, error = %e, "reading a feed failed");
            return failed(Problem::of_parse(&super::ParseError::NotAFeed));
        }
    };
    if parsed.kind == super::FeedKind::ICalendar {
        // Calendar entries are events, not news; the platform does not take events from feeds.
        report.failed += 1;
        return failed(Problem::calendar());
    }
    match import(state, feed, &parsed, &final_url, now).await {
        Ok((created, refused)) => {
            report.imported += created;
            report.refused += refused.len();
            if !refused.is_empty() {
                tracing::info!(feed = feed.id, entries = ?refused, "feed entries could not become news");
            }
            PollOutcome {
                etag: got.etag,
                last_modified: got.last_modified,
                // Entries that could not be read are counted; the poll itself worked.
                error: (!refused.is_empty()).then(|| Problem::refused_entries(refused.len()).encode()),
                next_poll_at: next_poll(now, 0),
            }
        }
        Err(e) => {
            report.failed += 1;
            tracing::warn!(feed = feed.id, error = ?e, "feed items could not be stored");
            // Not the feed's fault: the validators are not advanced, so the items come again.
            failed(Problem::not_stored())
        }
    }
}

/// Imports the new entries of a parsed feed; how many became news, and the entries refused.
async fn import(
    state: &AppState,
    feed: &Feed,
    parsed: &super::Parsed,
    base: &str,
    now: DateTime<Utc>,
) -> Result<(usize, Vec<String>), WebError> {
    let keys: Vec<String> = parsed.entries.iter().map(|e| e.key.clone()).collect();
    let known: std::collections::HashSet<String> = state
        .store
        .known_feed_items(feed.id, &keys)
        .await?
        .into_iter()
        .collect();
    let fresh: Vec<Entry> = parsed
        .entries
        .iter()
        .filter(|e| !known.contains(&e.key))
        .take(MAX_NEW_PER_POLL)
        .cloned()
        .collect();
    let language = parsed.language.clone();
    let base = base.to_owned();
    let drafts = tokio::task::spawn_blocking(move || {
        // Oldest first, so that the news list shows them in the feed's order.
        fresh
            .into_iter()
            .rev()
            .map(|entry| {
                let draft = draft_of(&entry, language.as_deref(), &base);
                (entry, draft)
            })
            .collect::<Vec<_>>()
    })
    .await
    .map_err(|e| {
        tracing::error!(feed = feed.id, error = %e, "feed entries could not be read");
        WebError::Internal
    })?;
    let mut items = Vec::new();
    let mut refused = Vec::new();
    for (entry, draft) in drafts {
        match draft {
            Ok(d) => items.push((entry.key, d, entry.published)),
            Err(why) => refused.push(format!("“{}”: {why}", entry.title.chars().take(80).collect::<String>())),
        }
    }
    if items.is_empty() {
        return Ok((0, refused));
    }
    let trusted = state.store.feeds_trusted(feed.organisation_id).await?;
    let created = state
        .store
        .import_feed_items(feed.id, feed.organisation_id, &items, trusted, now)
        .await?;
    for id in &created {
        crate::mentions::refresh(state, *id).await?;
        if trusted {
            // A trusted source's items go out as written: what they mention is linked.
            crate::mentions::confirm_all(&state.store, *id).await?;
        }
    }
    Ok((created.len(), refused))
}

/// Polls every feed due at `now`, in rounds; what it did.
pub async fn poll_due(state: &AppState, fetcher: &Fetcher, now: DateTime<Utc>) -> Result<Report, WebError> {
    let mut report = Report::default();
    loop {
        let feeds = state.store.claim_feeds(now, ROUND).await?;
        if feeds.is_empty() {
            return Ok(report);
        }
        report.feeds += feeds.len();
        let outcomes: Vec<(i64, PollOutcome, Report)> = futures_util::stream::iter(feeds)
            .map(|feed| async move {
                let mut r = Report::default();
                let outcome = poll_one(state, fetcher, &feed, now, &mut r).await;
                (feed.id, outcome, r)
            })
            .buffer_unordered(CONCURRENT)
            .collect()
            .await;
        for (id, outcome, r) in outcomes {
            state.store.feed_polled(id, &outcome, now).await?;
            report.not_modified += r.not_modified;
            report.failed += r.failed;
            report.imported += r.imported;
            report.refused += r.refused;
        }
    }
}

/// The job: polls the feeds that are due; gives how many items became news.
pub async fn run(state: &AppState) -> Result<usize, WebError> {
    let fetcher = fetcher(state)?;
    Ok(poll_due(state, &fetcher, crate::views::time::now()).await?.imported)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, summary: Option<&str>, html: Option<&str>) -> Entry {
        Entry {
            key: "k".into(),
            title: title.into(),
            link: Some("https://cluster.example.dk/news/1".into()),
            published: None,
            summary: summary.map(str::to_owned),
            body_html: html.map(str::to_owned),
            image: None,
            language: None,
            event: None,
        }
    }

    #[test]
    fn an_entry_becomes_a_draft_with_a_link_to_its_original() {
        let d = draft_of(
            &entry(
                "Nordic Space Cluster opens a test bed",
                Some("The cluster opened a test bed for satellite antennas in Aalborg."),
                Some("<p>The test bed is open to <a href=\"/members\">members</a> and partners from <b>all</b> countries.</p><script>x()</script>"),
            ),
            None,
            "https://cluster.example.dk/feed.xml",
        )
        .expect("a draft");
        assert_eq!(d.language.as_str(), "en");
        assert!(
            d.body.contains("](<https://cluster.example.dk/members>)"),
            "relative links resolved: {}",
            d.body
        );
        assert!(d.body.contains("<https://cluster.example.dk/news/1>"), "{}", d.body);
        assert!(!d.body.contains("x()"));
    }

    #[test]
    fn a_short_entry_still_becomes_a_draft_in_its_language() {
        let d = draft_of(
            &entry("Neues Testfeld in Dresden eröffnet", Some("Kurz."), None),
            Some("de-DE"),
            "https://cluster.example.de/feed",
        )
        .expect("a draft");
        assert_eq!(d.language.as_str(), "de");
        assert!(d.lead.chars().count() >= domain::news::MIN_LEAD);
    }

    #[test]
    fn failures_read_a_feed_less_often_up_to_daily() {
        let now = Utc::now();
        assert_eq!(next_poll(now, 0) - now, Duration::minutes(15));
        assert_eq!(next_poll(now, 2) - now, Duration::minutes(60));
        assert_eq!(next_poll(now, 30) - now, Duration::minutes(MAX_BACKOFF_MINUTES));
    }
}
