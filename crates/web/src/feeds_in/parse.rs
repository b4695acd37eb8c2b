//! Feed documents to entries: RSS (0.9x, 1.0, 2.0), Atom and JSON Feed through feed-rs, iCalendar
//! through the icalendar crate (see `ical.rs`), all to the same [`Entry`].
//!
//! What an entry promises, whatever the format:
//! - `key` identifies the item across polls: the feed's own id for it (RSS `guid`, Atom `id`,
//!   JSON Feed `id`, iCalendar `UID` with its `RECURRENCE-ID`) when there is one, else its absolute
//!   link, else a SHA-256 of its title and date (`sha256:` and 64 hex digits). Never empty, at most
//!   [`MAX_KEY_LEN`] bytes (a longer key is replaced by its hash). The first of two entries with
//!   the same key is kept.
//! - `title` and `summary` are plain text: tags dropped, entities decoded, whitespace collapsed,
//!   at most [`MAX_TITLE_CHARS`] and [`MAX_SUMMARY_CHARS`] characters. An entry without a title
//!   takes the beginning of its text; an entry with neither is skipped.
//! - `link` and `image` are absolute http or https URLs (relative ones are resolved against the
//!   feed's address and `xml:base`); anything else is dropped.
//! - `body_html` is the HTML as the feed gives it, not sanitised: the caller sanitises it (its
//!   relative URLs are left as they are; resolve them against `link` or the feed's address).
//!
//! A document gives at most [`MAX_ENTRIES`] entries: the newest when they carry dates.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use sha2::{Digest, Sha256};
use url::Url;

use super::fetch::MAX_URL_LEN;
use super::ical;
use super::text::{collapse, html_to_text, shorten, text_to_html};

/// Entries one document gives at most.
pub const MAX_ENTRIES: usize = 500;
/// The longest key kept as it is, in bytes; longer ones are hashed.
pub const MAX_KEY_LEN: usize = 500;
/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 300;
/// The longest summary, in characters: a teaser, the body is in `body_html`.
pub const MAX_SUMMARY_CHARS: usize = 1000;
/// A title made of the beginning of an entry's text, when the entry has none (JSON Feed items and
/// RSS items may lack one).
const DERIVED_TITLE_CHARS: usize = 100;

const DUBLIN_CORE: &str = "http://purl.org/dc/elements/1.1/";
const ITEM_NAMESPACES: &[&str] = &[
    "http://www.w3.org/2005/Atom",
    "http://purl.org/rss/1.0/",
    "http://my.netscape.com/rdf/simple/0.9/",
];

/// The format a document turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedKind {
    /// RSS 0.9x, 1.0 (RDF) or 2.0.
    Rss,
    Atom,
    JsonFeed,
    ICalendar,
}

/// A feed document, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub kind: FeedKind,
    /// The feed's own title (RSS channel title, Atom feed title, iCalendar `X-WR-CALNAME`).
    pub title: Option<String>,
    /// The feed's language as it gives it, lower-case ("da", "de-de").
    pub language: Option<String>,
    pub entries: Vec<Entry>,
}

/// One item of a feed: a news article, or with `event` an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The item's identity across polls (see the module documentation).
    pub key: String,
    /// Plain text, never empty.
    pub title: String,
    /// Absolute http(s) URL of the item's page.
    pub link: Option<String>,
    /// When the item was published, else when it was last updated. For iCalendar: `CREATED`, else
    /// `LAST-MODIFIED` (never `DTSTAMP`, which many servers set to the time of the download).
    pub published: Option<DateTime<Utc>>,
    /// Plain text: the item's summary, else the beginning of its body.
    pub summary: Option<String>,
    /// The item's full HTML as given (RSS `content:encoded`, else `description`; Atom `content`,
    /// else `summary`; JSON Feed `content_html`); plain text is escaped into paragraphs.
    /// Not sanitised.
    pub body_html: Option<String>,
    /// Absolute http(s) URL of the item's image (JSON Feed `image`, MediaRSS, an image enclosure,
    /// iCalendar `IMAGE` or an image `ATTACH`).
    pub image: Option<String>,
    /// The item's language (RSS `dc:language`, Atom `xml:lang`, JSON Feed `language`, iCalendar
    /// `LANGUAGE` of the summary), else the feed's; lower-case.
    pub language: Option<String>,
    /// For iCalendar entries (always set there), when and where the event takes place.
    pub event: Option<EventTimes>,
}

/// When an event from an iCalendar feed takes place, as the domain's events keep it: wall-clock
/// times in an IANA zone.
///
/// How `DTSTART` and `DTEND` are read:
/// - with a `TZID` naming an IANA zone (also when written as a path ending in one, like
///   `/mozilla.org/…/Europe/Copenhagen`, named by the `VTIMEZONE`'s `X-LIC-LOCATION`, or one of
///   the common Windows names Outlook writes): the wall-clock time in that zone;
/// - in UTC (`…Z`): the UTC wall-clock time, zone `"UTC"`;
/// - floating (no zone): the wall-clock time, in the calendar's `X-WR-TIMEZONE` when it names a
///   zone, else without zone — the caller applies the organisation's own;
/// - a `TZID` that cannot be resolved is read as floating;
/// - a `DATE` (`VALUE=DATE`): an all-day event from midnight of that day, `ends` being midnight
///   after the last day (iCalendar's `DTEND` of dates is exclusive; without `DTEND` the event
///   lasts one day); its zone is the calendar's `X-WR-TIMEZONE`, else none.
///
/// An end in another zone than the start is converted to the start's zone. Without `DTEND`,
/// `DURATION` gives the end; without either a timed event has no end (`ends` is `None`).
/// A recurring event (`RRULE`) is one entry at its first occurrence: its repetitions are not
/// expanded, since the platform lists an event once. A changed occurrence (`RECURRENCE-ID`) is
/// an entry of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventTimes {
    /// Wall-clock start in `time_zone`.
    pub starts: NaiveDateTime,
    /// Wall-clock end in `time_zone`; for all-day events exclusive (midnight after the last day).
    pub ends: Option<NaiveDateTime>,
    pub all_day: bool,
    /// An IANA zone name ("Europe/Copenhagen", "UTC"); `None` for floating times.
    pub time_zone: Option<String>,
    /// `LOCATION` as plain text.
    pub location: Option<String>,
}

impl EventTimes {
    /// The start as an instant, when the zone is known.
    pub fn starts_utc(&self) -> Option<DateTime<Utc>> {
        self.instant(self.starts)
    }

    /// The end as an instant, when there is one and the zone is known.
    pub fn ends_utc(&self) -> Option<DateTime<Utc>> {
        self.instant(self.ends?)
    }

    fn instant(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        let tz: chrono_tz::Tz = self.time_zone.as_deref()?.parse().ok()?;
        ical::local_to_utc(&tz, local)
    }
}

/// Why a document could not be read as a feed; the text is shown to the organisation's admin.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("the document is empty")]
    Empty,
    #[error(
        "the address gives a web page (HTML), not a feed: use the address of the site's RSS or Atom feed, \
         which the page often links to as \"RSS\" or with a feed icon"
    )]
    HtmlPage,
    #[error("the document is not an RSS, Atom, JSON Feed or iCalendar document")]
    NotAFeed,
    /// The text is feed-rs' account of the problem.
    #[error("the feed is malformed: {0}")]
    Malformed(String),
    /// The text is the iCalendar parser's account of the problem.
    #[error("the iCalendar document is malformed: {0}")]
    Calendar(String),
}

/// An entry before the rules every format shares (title fallback, key, bounds) are applied.
#[derive(Debug, Default)]
pub(super) struct Item {
    pub id: Option<String>,
    /// Plain text.
    pub title: Option<String>,
    /// Absolute http(s).
    pub link: Option<String>,
    pub published: Option<DateTime<Utc>>,
    /// Plain text.
    pub summary: Option<String>,
    pub body_html: Option<String>,
    pub image: Option<String>,
    pub language: Option<String>,
    pub event: Option<EventTimes>,
}

/// Reads a feed document. `content_type` is the HTTP header as sent (it only decides for
/// iCalendar; the other formats are recognised by their content), `base_url` the address the
/// document came from, against which relative links are resolved.
pub fn parse(bytes: &[u8], content_type: Option<&str>, base_url: &str) -> Result<Parsed, ParseError> {
    let base = Url::parse(base_url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"));
    let head = document_start(bytes);
    if head.is_empty() {
        return Err(ParseError::Empty);
    }
    let says_calendar = content_type.is_some_and(|t| {
        t.split(';')
            .next()
            .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("text/calendar"))
    });
    if starts_with_ignore_case(head, b"BEGIN:VCALENDAR") {
        let calendar = ical::parse(head, base.as_ref())?;
        return Ok(Parsed {
            kind: FeedKind::ICalendar,
            title: calendar.title,
            language: None,
            entries: finish(calendar.items),
        });
    }
    if says_calendar && !head.starts_with(b"<") && !head.starts_with(b"{") {
        return Err(ParseError::Calendar(
            "it does not begin with BEGIN:VCALENDAR".to_owned(),
        ));
    }
    if starts_with_ignore_case(head, b"<!doctype html") || starts_with_ignore_case(head, b"<html") {
        return Err(ParseError::HtmlPage);
    }
    parse_feed(bytes, base.as_ref())
}

/// The document after a byte-order mark and leading whitespace.
fn document_start(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn parse_feed(bytes: &[u8], base: Option<&Url>) -> Result<Parsed, ParseError> {
    let parser = feed_rs::parser::Builder::new()
        .base_uri(base.map(Url::as_str))
        // No invented ids: an entry without one gets its key from its link here.
        .id_generator(|_, _, _| String::new())
        // The body is sanitised by the caller, with the platform's own rules.
        .sanitize_content(false)
        .build();
    let feed = parser.parse(bytes).map_err(|e| feed_error(e, bytes))?;
    let kind = match feed.feed_type {
        feed_rs::model::FeedType::Atom => FeedKind::Atom,
        feed_rs::model::FeedType::JSON => FeedKind::JsonFeed,
        _ => FeedKind::Rss,
    };
    // What feed-rs does not read (per-item languages, JSON Feed images), read on the side; used
    // only when it found the same number of items, so that they line up.
    let extras = match kind {
        FeedKind::JsonFeed => json_extras(bytes),
        _ => xml_extras(bytes),
    };
    let extras_fit = extras.items.len() == feed.entries.len();
    let language = feed
        .language
        .as_deref()
        .and_then(normalise_language)
        .or_else(|| extras.feed_language.as_deref().and_then(normalise_language));
    let title = feed
        .title
        .as_ref()
        .map(|t| html_to_text(&t.content))
        .filter(|t| !t.is_empty());

    let items = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let extra = if extras_fit { extras.items.get(i) } else { None };
            feed_item(entry, extra, base, language.as_deref())
        })
        .collect();
    Ok(Parsed {
        kind,
        title,
        language,
        entries: finish(items),
    })
}

fn feed_error(error: feed_rs::parser::ParseFeedError, bytes: &[u8]) -> ParseError {
    use feed_rs::parser::{ParseErrorKind, ParseFeedError};
    match error {
        ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot) => ParseError::NotAFeed,
        // JSON that is no JSON Feed at all is not a malformed feed.
        ParseFeedError::JsonSerde(_) if !is_json_feed(bytes) => ParseError::NotAFeed,
        e => ParseError::Malformed(e.to_string()),
    }
}

fn is_json_feed(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .and_then(|v| v.get("version")?.as_str().map(|s| s.contains("jsonfeed.org")))
        .unwrap_or(false)
}

fn feed_item(
    entry: feed_rs::model::Entry,
    extra: Option<&ItemExtras>,
    base: Option<&Url>,
    feed_language: Option<&str>,
) -> Item {
    let id = Some(entry.id.trim().to_owned()).filter(|id| !id.is_empty());
    let link = pick_link(&entry.links, base).or_else(|| {
        // An RSS guid is the item's permalink unless it says otherwise, and feeds that give no
        // link rely on that.
        id.as_deref().and_then(|id| absolute(id, None))
    });
    let body_html = match &entry.content {
        Some(content) => content
            .body
            .as_deref()
            .and_then(|body| as_html(body, content.content_type.as_ref())),
        None => None,
    }
    .or_else(|| {
        entry
            .summary
            .as_ref()
            .and_then(|s| as_html(&s.content, s.content_type.as_ref()))
    });
    let summary = entry
        .summary
        .as_ref()
        .map(|s| html_to_text(&s.content))
        .filter(|s| !s.is_empty());
    let image = extra
        .and_then(|e| e.image.as_deref())
        .and_then(|src| absolute(src, base))
        .or_else(|| media_image(&entry, base));
    let language = extra
        .and_then(|e| e.language.as_deref())
        .and_then(normalise_language)
        .or_else(|| entry.language.as_deref().and_then(normalise_language))
        .or_else(|| feed_language.map(str::to_owned));
    Item {
        id,
        title: entry.title.as_ref().map(|t| html_to_text(&t.content)),
        link,
        published: entry.published.or(entry.updated),
        summary,
        body_html,
        image,
        language,
        event: None,
    }
}

/// HTML of an element's content: HTML as it is, plain text escaped, other types (an Atom content
/// that is a picture, say) not at all.
fn as_html(body: &str, content_type: &str) -> Option<String> {
    let body = body.trim();
    if body.is_empty() {
        return None;
    }
    let content_type = content_type.to_ascii_lowercase();
    if content_type.contains("html") {
        Some(body.to_owned())
    } else if content_type.starts_with("text/") {
        Some(text_to_html(body))
    } else {
        None
    }
}

/// The item's own page: the first link that is not a comment feed, an enclosure or some other
/// relation, and not a file of some type other than HTML.
fn pick_link(links: &[feed_rs::model::Link], base: Option<&Url>) -> Option<String> {
    links
        .iter()
        .filter(|l| l.target.is_none())
        .filter(|l| l.rel.as_deref().is_none_or(|r| r.eq_ignore_ascii_case("alternate")))
        .filter(|l| {
            l.media_type
                .as_deref()
                .is_none_or(|t| t.to_ascii_lowercase().contains("html"))
        })
        .find_map(|l| absolute(&l.href, base))
}

fn media_image(entry: &feed_rs::model::Entry, base: Option<&Url>) -> Option<String> {
    let typed_image = |c: &feed_rs::model::MediaContent| {
        c.content_type
            .as_ref()
            .is_some_and(|t| t.to_string().to_ascii_lowercase().starts_with("image/"))
    };
    let contents = || entry.media.iter().flat_map(|m| m.content.iter());
    let url_of = |c: &feed_rs::model::MediaContent| c.url.as_ref().and_then(|u| absolute(u.as_str(), base));
    contents()
        .filter(|c| typed_image(c))
        .find_map(url_of)
        .or_else(|| {
            entry
                .media
                .iter()
                .flat_map(|m| m.thumbnails.iter())
                .find_map(|t| absolute(&t.image.uri, base))
        })
        .or_else(|| {
            contents()
                .filter(|c| c.content_type.is_none() && c.url.as_ref().is_some_and(|u| looks_like_image(u.path())))
                .find_map(url_of)
        })
        .or_else(|| {
            entry
                .links
                .iter()
                .filter(|l| l.rel.as_deref() == Some("enclosure"))
                .filter(|l| l.media_type.as_deref().is_some_and(|t| t.starts_with("image/")))
                .find_map(|l| absolute(&l.href, base))
        })
}

fn looks_like_image(path: &str) -> bool {
    let path = path.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"]
        .iter()
        .any(|ext| path.ends_with(ext))
}

/// `href` as an absolute http(s) URL, resolved against `base`; `None` for any other scheme, for
/// what does not parse, and for addresses too long to keep.
pub(super) fn absolute(href: &str, base: Option<&Url>) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let url = match base {
        Some(base) => base.join(href),
        None => Url::parse(href),
    }
    .ok()?;
    let ok = matches!(url.scheme(), "http" | "https") && url.host().is_some();
    let url = String::from(url);
    (ok && url.len() <= MAX_URL_LEN).then_some(url)
}

/// A language tag as the platform keeps it: trimmed, lower-case, `-` between its parts; `None`
/// for what cannot be one.
pub(super) fn normalise_language(tag: &str) -> Option<String> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    let valid = !tag.is_empty()
        && tag.len() <= 35
        && tag
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
    valid.then_some(tag)
}

/// What the side reading of a document found.
#[derive(Debug, Default)]
struct Extras {
    feed_language: Option<String>,
    items: Vec<ItemExtras>,
}

#[derive(Debug, Default)]
struct ItemExtras {
    language: Option<String>,
    image: Option<String>,
}

/// Languages feed-rs leaves out: `dc:language` of the channel and of each item (RSS 1.0 and
/// 2.0), `xml:lang` on each Atom entry. Empty when the document does not read.
fn xml_extras(bytes: &[u8]) -> Extras {
    let mut reader = quick_xml::NsReader::from_reader(bytes);
    // As feed-rs reads, so that `<item/>` counts as the item it is to feed-rs.
    reader.config_mut().expand_empty_elements = true;
    let mut extras = Extras::default();
    let mut buf = Vec::new();
    let mut depth = 0usize;
    let mut item_depth: Option<usize> = None;
    let mut in_language = false;
    loop {
        let (ns, event) = match reader.read_resolved_event_into(&mut buf) {
            Ok(read) => read,
            Err(_) => return Extras::default(),
        };
        match event {
            Event::Start(start) => {
                depth += 1;
                let local = start.local_name();
                let local = local.as_ref();
                let namespace_ok = match &ns {
                    ResolveResult::Unbound => true,
                    ResolveResult::Bound(n) => ITEM_NAMESPACES.contains(&n.as_ref()),
                    ResolveResult::Unknown(_) => false,
                };
                in_language =
                    matches!(&ns, ResolveResult::Bound(n) if n.as_ref() == DUBLIN_CORE) && local == "language";
                if item_depth.is_none() && namespace_ok && (local == "item" || local == "entry") {
                    item_depth = Some(depth);
                    let lang = start
                        .attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == "xml:lang")
                        .map(|a| a.value.into_owned());
                    extras.items.push(ItemExtras {
                        language: lang,
                        image: None,
                    });
                }
            }
            Event::Text(text) if in_language => {
                let value = text.trim().to_owned();
                match (item_depth, extras.items.last_mut()) {
                    (Some(_), Some(item)) => item.language = Some(value),
                    _ => extras.feed_language = Some(value),
                }
            }
            Event::CData(text) if in_language => {
                let value = text.trim().to_owned();
                match (item_depth, extras.items.last_mut()) {
                    (Some(_), Some(item)) => item.language = Some(value),
                    _ => extras.feed_language = Some(value),
                }
            }
            Event::End(_) => {
                in_language = false;
                if item_depth == Some(depth) {
                    item_depth = None;
                }
                depth = depth.saturating_sub(1);
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    extras
}

/// What feed-rs leaves out of JSON Feed items: `image` (or `banner_image`) and `language`.
fn json_extras(bytes: &[u8]) -> Extras {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return Extras::default();
    };
    let text = |item: &serde_json::Value, field: &str| item.get(field).and_then(|v| v.as_str()).map(str::to_owned);
    let items = value
        .get("items")
        .and_then(|items| items.as_array())
        .map(|items| {
            items
                .iter()
                .map(|item| ItemExtras {
                    language: text(item, "language"),
                    image: text(item, "image").or_else(|| text(item, "banner_image")),
                })
                .collect()
        })
        .unwrap_or_default();
    Extras {
        feed_language: None,
        items,
    }
}

/// Applies the rules every format shares: title fallback and bounds, keys, the first of two
/// entries with one key, at most [`MAX_ENTRIES`].
pub(super) fn finish(items: Vec<Item>) -> Vec<Entry> {
    let mut seen = HashSet::new();
    let mut entries: Vec<Entry> = items
        .into_iter()
        .filter_map(entry_of)
        .filter(|entry| seen.insert(entry.key.clone()))
        .collect();
    if entries.len() > MAX_ENTRIES {
        // The newest, in the document's order; undated entries count as the oldest.
        let mut order: Vec<usize> = (0..entries.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(sort_date(&entries[i])));
        let keep: HashSet<usize> = order.into_iter().take(MAX_ENTRIES).collect();
        entries = entries
            .into_iter()
            .enumerate()
            .filter(|(i, _)| keep.contains(i))
            .map(|(_, e)| e)
            .collect();
    }
    entries
}

fn sort_date(entry: &Entry) -> Option<DateTime<Utc>> {
    entry.published.or_else(|| {
        let event = entry.event.as_ref()?;
        Some(
            event
                .starts_utc()
                .unwrap_or_else(|| Utc.from_utc_datetime(&event.starts)),
        )
    })
}

fn entry_of(item: Item) -> Option<Entry> {
    let summary = item
        .summary
        .map(|s| collapse(&s))
        .filter(|s| !s.is_empty())
        .or_else(|| item.body_html.as_deref().map(html_to_text).filter(|s| !s.is_empty()));
    let title = item
        .title
        .map(|t| collapse(&t))
        .filter(|t| !t.is_empty())
        .map(|t| shorten(&t, MAX_TITLE_CHARS))
        .or_else(|| summary.as_deref().map(|s| shorten(s, DERIVED_TITLE_CHARS)))?;
    let key = key_of(item.id.as_deref(), item.link.as_deref(), &title, item.published);
    Some(Entry {
        key,
        title,
        link: item.link,
        published: item.published,
        summary: summary.map(|s| shorten(&s, MAX_SUMMARY_CHARS)),
        body_html: item.body_html,
        image: item.image,
        language: item.language,
        event: item.event,
    })
}

fn key_of(id: Option<&str>, link: Option<&str>, title: &str, published: Option<DateTime<Utc>>) -> String {
    let id = id.map(str::trim).filter(|id| !id.is_empty());
    let key = match id.or(link) {
        Some(key) => key.to_owned(),
        None => {
            let date = published.map(|d| d.to_rfc3339()).unwrap_or_default();
            return hashed(&format!("{title}\n{date}"));
        }
    };
    if key.len() > MAX_KEY_LEN {
        hashed(&key)
    } else {
        key
    }
}

fn hashed(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut key = String::with_capacity(7 + 64);
    key.push_str("sha256:");
    for byte in digest {
        key.push_str(&format!("{byte:02x}"));
    }
    key
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone};

    use super::*;

    const BASE: &str = "https://cluster.example/news/feed.xml";

    fn parse_ok(doc: &str, content_type: Option<&str>) -> Parsed {
        parse(doc.as_bytes(), content_type, BASE).expect("parses")
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .expect("date")
    }

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Cleantech Cluster &#8211; News</title>
    <link>https://cluster.example/</link>
    <description>News from the cluster</description>
    <language>da-DK</language>
    <item>
      <title>Gr&#248;n omstilling: K&amp;oslash;benhavn &amp;amp; M&amp;uuml;nchen samarbejder</title>
      <link>https://cluster.example/news/groen-omstilling</link>
      <guid isPermaLink="false">cluster-news-1042</guid>
      <pubDate>Mon, 03 Mar 2025 09:30:00 +0100</pubDate>
      <description><![CDATA[<p>Et kort <b>resumé</b> af nyheden.</p>]]></description>
      <content:encoded><![CDATA[<p>Hele teksten med <a href="/events/1">et link</a>.</p><p>Anden del.</p>]]></content:encoded>
      <enclosure url="/uploads/groen.jpg" length="12345" type="image/jpeg"/>
    </item>
    <item>
      <title>Neue Förderrunde für KMU</title>
      <link>/news/foerderrunde</link>
      <dc:language>de</dc:language>
      <pubDate>Fri, 28 Feb 2025 08:00:00 GMT</pubDate>
      <description>Die Frist endet am 30. April &amp;ndash; jetzt bewerben.</description>
      <media:content url="https://cdn.cluster.example/kmu.png" type="image/png" medium="image"/>
    </item>
    <item>
      <title>Same guid again</title>
      <guid isPermaLink="false">cluster-news-1042</guid>
      <description>Duplicate</description>
    </item>
    <item>
      <description>An item without a title, only its text, which is long enough to make a title from its first words and then some more words</description>
      <link>javascript:alert(1)</link>
    </item>
    <item>
      <title>   </title>
      <description>  </description>
    </item>
  </channel>
</rss>"#;

    #[test]
    fn rss_items_become_entries() {
        let parsed = parse_ok(RSS, Some("application/rss+xml"));
        assert_eq!(parsed.kind, FeedKind::Rss);
        assert_eq!(parsed.title.as_deref(), Some("Cleantech Cluster – News"));
        assert_eq!(parsed.language.as_deref(), Some("da-dk"));
        assert_eq!(parsed.entries.len(), 3, "{:#?}", parsed.entries);

        let first = &parsed.entries[0];
        assert_eq!(first.key, "cluster-news-1042");
        assert_eq!(first.title, "Grøn omstilling: København & München samarbejder");
        assert_eq!(
            first.link.as_deref(),
            Some("https://cluster.example/news/groen-omstilling")
        );
        assert_eq!(
            first.published,
            Some(Utc.with_ymd_and_hms(2025, 3, 3, 8, 30, 0).single().expect("date"))
        );
        assert_eq!(first.summary.as_deref(), Some("Et kort resumé af nyheden."));
        assert_eq!(
            first.body_html.as_deref(),
            Some(r#"<p>Hele teksten med <a href="/events/1">et link</a>.</p><p>Anden del.</p>"#)
        );
        assert_eq!(
            first.image.as_deref(),
            Some("https://cluster.example/uploads/groen.jpg")
        );
        assert_eq!(first.language.as_deref(), Some("da-dk"));
        assert!(first.event.is_none());

        let second = &parsed.entries[1];
        // No guid: the absolute link is the key.
        assert_eq!(second.key, "https://cluster.example/news/foerderrunde");
        assert_eq!(
            second.link.as_deref(),
            Some("https://cluster.example/news/foerderrunde")
        );
        assert_eq!(second.language.as_deref(), Some("de"));
        assert_eq!(
            second.summary.as_deref(),
            Some("Die Frist endet am 30. April – jetzt bewerben.")
        );
        // The description is the body when there is no content:encoded.
        assert_eq!(
            second.body_html.as_deref(),
            Some("Die Frist endet am 30. April &ndash; jetzt bewerben.")
        );
        assert_eq!(second.image.as_deref(), Some("https://cdn.cluster.example/kmu.png"));

        let third = &parsed.entries[2];
        assert!(
            third.title.starts_with("An item without a title, only its text"),
            "{}",
            third.title
        );
        assert!(third.title.chars().count() <= DERIVED_TITLE_CHARS);
        assert_eq!(third.link, None, "a javascript: link is dropped");
        assert!(
            third.key.starts_with("sha256:") && third.key.len() == 71,
            "{}",
            third.key
        );
    }

    #[test]
    fn keys_are_stable_across_parses() {
        let once = parse_ok(RSS, None);
        let again = parse_ok(RSS, None);
        let keys = |p: &Parsed| p.entries.iter().map(|e| e.key.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&once), keys(&again));
    }

    const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://www.cluster.example/blog/">
  <title type="html">Cluster &lt;b&gt;Blog&lt;/b&gt;</title>
  <id>tag:cluster.example,2025:blog</id>
  <updated>2025-03-01T12:00:00Z</updated>
  <entry>
    <title>Robotics testbed opens</title>
    <id>tag:cluster.example,2025:post-7</id>
    <link rel="alternate" type="text/html" href="posts/testbed"/>
    <link rel="replies" href="posts/testbed#comments"/>
    <updated>2025-03-01T12:00:00Z</updated>
    <content type="html">&lt;p&gt;The &lt;em&gt;testbed&lt;/em&gt; is open to all members.&lt;/p&gt;</content>
  </entry>
  <entry xml:lang="fr">
    <title type="text">Nouvelle plateforme</title>
    <id>tag:cluster.example,2025:post-8</id>
    <link href="/fr/plateforme"/>
    <published>2025-02-20T08:00:00+01:00</published>
    <updated>2025-02-21T08:00:00+01:00</updated>
    <summary>Un résumé.</summary>
  </entry>
</feed>"#;

    #[test]
    fn atom_entries_resolve_links_against_xml_base() {
        let parsed = parse_ok(ATOM, Some("application/atom+xml"));
        assert_eq!(parsed.kind, FeedKind::Atom);
        assert_eq!(parsed.title.as_deref(), Some("Cluster Blog"));
        assert_eq!(parsed.language.as_deref(), Some("en"));
        let first = &parsed.entries[0];
        assert_eq!(first.key, "tag:cluster.example,2025:post-7");
        assert_eq!(
            first.link.as_deref(),
            Some("https://www.cluster.example/blog/posts/testbed")
        );
        assert_eq!(first.summary.as_deref(), Some("The testbed is open to all members."));
        assert_eq!(
            first.body_html.as_deref(),
            Some("<p>The <em>testbed</em> is open to all members.</p>")
        );
        assert_eq!(
            first.published,
            Some(Utc.with_ymd_and_hms(2025, 3, 1, 12, 0, 0).single().expect("date"))
        );
        assert_eq!(first.language.as_deref(), Some("en"));

        let second = &parsed.entries[1];
        assert_eq!(
            second.link.as_deref(),
            Some("https://www.cluster.example/fr/plateforme")
        );
        assert_eq!(second.language.as_deref(), Some("fr"));
        // Published wins over updated.
        assert_eq!(
            second.published,
            Some(Utc.with_ymd_and_hms(2025, 2, 20, 7, 0, 0).single().expect("date"))
        );
        assert_eq!(second.summary.as_deref(), Some("Un résumé."));
        assert_eq!(second.body_html.as_deref(), Some("<p>Un résumé.</p>"));
    }

    const JSON_FEED: &str = r#"{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Cluster JSON",
  "home_page_url": "https://cluster.example/",
  "language": "sv",
  "items": [
    {
      "id": "2025-03-02-hydrogen",
      "url": "https://cluster.example/news/hydrogen",
      "title": "Vätgas i hamnen",
      "content_html": "<p>Projektet <strong>startar</strong> i april.</p>",
      "summary": "Projektet startar i april.",
      "image": "/img/hydrogen.jpg",
      "date_published": "2025-03-02T10:00:00+01:00",
      "language": "sv-SE"
    },
    {
      "id": "note-2",
      "content_text": "A short note without a title.\n\nSecond paragraph.",
      "date_published": "2025-03-01T10:00:00Z"
    }
  ]
}"#;

    #[test]
    fn json_feed_items_become_entries() {
        let parsed = parse_ok(JSON_FEED, Some("application/feed+json"));
        assert_eq!(parsed.kind, FeedKind::JsonFeed);
        assert_eq!(parsed.title.as_deref(), Some("Cluster JSON"));
        assert_eq!(parsed.language.as_deref(), Some("sv"));
        let first = &parsed.entries[0];
        assert_eq!(first.key, "2025-03-02-hydrogen");
        assert_eq!(first.title, "Vätgas i hamnen");
        assert_eq!(first.image.as_deref(), Some("https://cluster.example/img/hydrogen.jpg"));
        assert_eq!(first.language.as_deref(), Some("sv-se"));
        assert_eq!(
            first.body_html.as_deref(),
            Some("<p>Projektet <strong>startar</strong> i april.</p>")
        );
        let second = &parsed.entries[1];
        assert_eq!(second.title, "A short note without a title. Second paragraph.");
        assert_eq!(
            second.body_html.as_deref(),
            Some("<p>A short note without a title.</p><p>Second paragraph.</p>")
        );
        assert_eq!(second.language.as_deref(), Some("sv"));
    }

    const ICAL: &str = "BEGIN:VCALENDAR\r\n\
VERSION:2.0\r\n\
PRODID:-//Cluster//Events//EN\r\n\
X-WR-CALNAME:Cluster events\r\n\
BEGIN:VTIMEZONE\r\n\
TZID:Europe/Copenhagen\r\n\
BEGIN:STANDARD\r\n\
DTSTART:19701025T030000\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n\
BEGIN:VEVENT\r\n\
UID:event-17@cluster.example\r\n\
DTSTAMP:20250301T120000Z\r\n\
DTSTART;TZID=Europe/Copenhagen:20250410T090000\r\n\
DTEND;TZID=Europe/Copenhagen:20250410T163000\r\n\
SUMMARY;LANGUAGE=da:Matchmaking-dag i Odense\r\n\
DESCRIPTION:Mød virksomheder og forskere.\\nTilmelding på sitet\\, gratis.\r\n\
LOCATION:Odense Congress Center\\, Ørbækvej 350\r\n\
URL:https://cluster.example/events/17\r\n\
RRULE:FREQ=YEARLY\r\n\
CREATED:20250201T100000Z\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:webinar-3@cluster.example\r\n\
DTSTAMP:20250301T120000Z\r\n\
DTSTART:20250415T130000Z\r\n\
DURATION:PT1H30M\r\n\
SUMMARY:Webinar: funding calls\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:fair-2025@cluster.example\r\n\
DTSTAMP:20250301T120000Z\r\n\
DTSTART;VALUE=DATE:20250520\r\n\
DTEND;VALUE=DATE:20250523\r\n\
SUMMARY:Trade fair\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:cancelled-1@cluster.example\r\n\
DTSTAMP:20250301T120000Z\r\n\
DTSTART:20250501T100000Z\r\n\
SUMMARY:Called off\r\n\
STATUS:CANCELLED\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:event-17@cluster.example\r\n\
RECURRENCE-ID;TZID=Europe/Copenhagen:20260410T090000\r\n\
DTSTAMP:20250301T120000Z\r\n\
DTSTART;TZID=/mozilla.org/20050126_1/Europe/Copenhagen:20260411T090000\r\n\
SUMMARY:Matchmaking-dag (moved)\r\n\
END:VEVENT\r\n\
END:VCALENDAR\r\n";

    #[test]
    fn icalendar_events_become_entries_with_their_times() {
        let parsed = parse_ok(ICAL, Some("text/calendar; charset=utf-8"));
        assert_eq!(parsed.kind, FeedKind::ICalendar);
        assert_eq!(parsed.title.as_deref(), Some("Cluster events"));
        let titles: Vec<&str> = parsed.entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Matchmaking-dag i Odense",
                "Webinar: funding calls",
                "Trade fair",
                "Matchmaking-dag (moved)"
            ]
        );

        let zoned = &parsed.entries[0];
        assert_eq!(zoned.key, "event-17@cluster.example");
        assert_eq!(zoned.link.as_deref(), Some("https://cluster.example/events/17"));
        assert_eq!(zoned.language.as_deref(), Some("da"));
        assert_eq!(
            zoned.summary.as_deref(),
            Some("Mød virksomheder og forskere. Tilmelding på sitet, gratis.")
        );
        assert_eq!(
            zoned.body_html.as_deref(),
            Some("<p>Mød virksomheder og forskere.<br>Tilmelding på sitet, gratis.</p>")
        );
        assert_eq!(
            zoned.published,
            Some(Utc.with_ymd_and_hms(2025, 2, 1, 10, 0, 0).single().expect("date"))
        );
        let times = zoned.event.as_ref().expect("event");
        assert_eq!(times.starts, at(2025, 4, 10, 9, 0));
        assert_eq!(times.ends, Some(at(2025, 4, 10, 16, 30)));
        assert!(!times.all_day);
        assert_eq!(times.time_zone.as_deref(), Some("Europe/Copenhagen"));
        assert_eq!(times.location.as_deref(), Some("Odense Congress Center, Ørbækvej 350"));
        // Copenhagen is at +02:00 in April.
        assert_eq!(
            times.starts_utc(),
            Some(Utc.with_ymd_and_hms(2025, 4, 10, 7, 0, 0).single().expect("date"))
        );

        let utc = parsed.entries[1].event.as_ref().expect("event");
        assert_eq!(utc.starts, at(2025, 4, 15, 13, 0));
        assert_eq!(utc.ends, Some(at(2025, 4, 15, 14, 30)));
        assert_eq!(utc.time_zone.as_deref(), Some("UTC"));
        assert_eq!(
            utc.ends_utc(),
            Some(Utc.with_ymd_and_hms(2025, 4, 15, 14, 30, 0).single().expect("date"))
        );

        let day = parsed.entries[2].event.as_ref().expect("event");
        assert!(day.all_day);
        assert_eq!(day.starts, at(2025, 5, 20, 0, 0));
        assert_eq!(day.ends, Some(at(2025, 5, 23, 0, 0)));
        assert_eq!(day.time_zone, None);

        let moved = &parsed.entries[3];
        assert_eq!(moved.key, "event-17@cluster.example#20260410T090000");
        let moved_times = moved.event.as_ref().expect("event");
        assert_eq!(moved_times.time_zone.as_deref(), Some("Europe/Copenhagen"));
        assert_eq!(moved_times.starts, at(2026, 4, 11, 9, 0));
    }

    #[test]
    fn icalendar_is_recognised_by_its_content_too() {
        let with_bom = format!("\u{feff}\r\n{ICAL}");
        let parsed = parse(with_bom.as_bytes(), Some("application/octet-stream"), BASE).expect("parses");
        assert_eq!(parsed.kind, FeedKind::ICalendar);
        assert_eq!(parsed.entries.len(), 4);
    }

    #[test]
    fn windows_and_unknown_zones_and_floating_times() {
        let doc = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Europe/Berlin\r\n\
BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=W. Europe Standard Time:20250601T100000\r\nSUMMARY:Outlook\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20250601T100000\r\nSUMMARY:Floating\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:c\r\nDTSTART;TZID=Custom Zone:20250601T100000\r\nSUMMARY:Unknown\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:d\r\nDTSTART;VALUE=DATE:20250601\r\nSUMMARY:One day\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:e\r\nSUMMARY:No start\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";
        let parsed = parse_ok(doc, Some("text/calendar"));
        let zones: Vec<Option<&str>> = parsed
            .entries
            .iter()
            .map(|e| e.event.as_ref().expect("event").time_zone.as_deref())
            .collect();
        assert_eq!(
            zones,
            [
                Some("Europe/Berlin"),
                Some("Europe/Berlin"),
                Some("Europe/Berlin"),
                Some("Europe/Berlin")
            ]
        );
        let one_day = parsed.entries[3].event.as_ref().expect("event");
        assert_eq!(one_day.ends, Some(at(2025, 6, 2, 0, 0)));
    }

    #[test]
    fn rss_1_languages_come_from_dublin_core() {
        let doc = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://cluster.example/rss">
    <title>RDF news</title>
    <link>https://cluster.example/</link>
    <dc:language>nl</dc:language>
  </channel>
  <item rdf:about="https://cluster.example/a">
    <title>Nieuws</title>
    <link>https://cluster.example/a</link>
  </item>
  <item rdf:about="https://cluster.example/b">
    <title>News</title>
    <link>https://cluster.example/b</link>
    <dc:language>en</dc:language>
  </item>
</rdf:RDF>"#;
        let parsed = parse_ok(doc, None);
        assert_eq!(parsed.kind, FeedKind::Rss);
        assert_eq!(parsed.language.as_deref(), Some("nl"));
        let languages: Vec<Option<&str>> = parsed.entries.iter().map(|e| e.language.as_deref()).collect();
        assert_eq!(languages, [Some("nl"), Some("en")]);
        assert_eq!(parsed.entries[1].key, "https://cluster.example/b");
    }

    #[test]
    fn rss_without_guids_is_keyed_by_link_and_duplicates_collapse() {
        let doc = r#"<rss version="2.0"><channel><title>x</title>
<item><title>One</title><link>https://cluster.example/a</link></item>
<item><title>One again</title><link>https://cluster.example/a</link></item>
<item><title>Two</title><link>b</link></item>
</channel></rss>"#;
        let parsed = parse_ok(doc, None);
        let keys: Vec<&str> = parsed.entries.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["https://cluster.example/a", "https://cluster.example/news/b"]);
        assert_eq!(parsed.entries[0].title, "One");
    }

    #[test]
    fn long_keys_are_hashed() {
        let guid = "x".repeat(MAX_KEY_LEN + 1);
        let doc =
            format!(r#"<rss version="2.0"><channel><item><title>t</title><guid>{guid}</guid></item></channel></rss>"#);
        let key = &parse_ok(&doc, None).entries[0].key;
        assert!(key.starts_with("sha256:") && key.len() <= MAX_KEY_LEN, "{key}");
    }

    #[test]
    fn at_most_the_newest_entries_are_kept() {
        let mut doc = String::from(r#"<rss version="2.0"><channel><title>many</title>"#);
        for i in 0..(MAX_ENTRIES + 20) {
            // The first twenty are the oldest.
            let day =
                Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).single().expect("date") + chrono::Duration::days(i as i64);
            doc.push_str(&format!(
                "<item><title>Item {i}</title><guid>g{i}</guid><pubDate>{}</pubDate></item>",
                day.to_rfc2822()
            ));
        }
        doc.push_str("</channel></rss>");
        let parsed = parse_ok(&doc, None);
        assert_eq!(parsed.entries.len(), MAX_ENTRIES);
        assert_eq!(parsed.entries[0].key, "g20");
        assert_eq!(parsed.entries[MAX_ENTRIES - 1].key, format!("g{}", MAX_ENTRIES + 19));
    }

    #[test]
    fn titles_are_bounded() {
        let title = "Lang titel ".repeat(60);
        let doc =
            format!(r#"<rss version="2.0"><channel><item><title>{title}</title><guid>g</guid></item></channel></rss>"#);
        let entry = &parse_ok(&doc, None).entries[0];
        assert!(entry.title.chars().count() <= MAX_TITLE_CHARS);
        assert!(entry.title.ends_with('…'));
    }

    #[test]
    fn what_is_no_feed_says_so() {
        let err = parse(b"this is just some text", None, BASE).expect_err("no feed");
        assert_eq!(err, ParseError::NotAFeed);
        assert_eq!(
            err.to_string(),
            "the document is not an RSS, Atom, JSON Feed or iCalendar document"
        );
        assert_eq!(parse(b"<config><a/></config>", None, BASE), Err(ParseError::NotAFeed));
        assert_eq!(
            parse(br#"{"name": "api"}"#, Some("application/json"), BASE),
            Err(ParseError::NotAFeed)
        );
        assert_eq!(parse(b"  \n ", None, BASE), Err(ParseError::Empty));
        assert_eq!(
            parse(
                b"<!DOCTYPE html><html><head><title>Home</title></head></html>",
                Some("text/html"),
                BASE
            ),
            Err(ParseError::HtmlPage)
        );
        assert!(matches!(
            parse(b"not a calendar", Some("text/calendar"), BASE),
            Err(ParseError::Calendar(_))
        ));
    }

    #[test]
    fn malformed_documents_say_what_is_wrong() {
        let err = parse(
            br#"<rss version="2.0"><channel><title>Broken</title><item><title>a</titel></item></channel></rss>"#,
            None,
            BASE,
        )
        .expect_err("malformed");
        let ParseError::Malformed(reason) = &err else {
            panic!("expected a malformed feed, got {err:?}");
        };
        assert!(err.to_string().starts_with("the feed is malformed: "), "{err}");
        assert!(!reason.is_empty());

        let err = parse(
            br#"{"version": "https://jsonfeed.org/version/1.1", "title": 5, "items": []}"#,
            None,
            BASE,
        )
        .expect_err("malformed");
        assert!(matches!(err, ParseError::Malformed(_)), "{err:?}");

        let err = parse(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY x\r\n", None, BASE).expect_err("malformed");
        assert_eq!(
            err.to_string(),
            "the iCalendar document is malformed: it cannot be read from line 2 on (\"BEGIN:VEVENT\")"
        );
    }

    #[test]
    fn other_encodings_are_read() {
        let doc = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>t</title>\
<item><title>K\xf8benhavn og M\xfcnchen</title><guid>g</guid></item></channel></rss>";
        let parsed = parse(doc, None, BASE).expect("parses");
        assert_eq!(parsed.entries[0].title, "København og München");
    }

    #[test]
    fn language_tags_are_normalised() {
        assert_eq!(normalise_language(" de_DE ").as_deref(), Some("de-de"));
        assert_eq!(normalise_language("en").as_deref(), Some("en"));
        assert_eq!(normalise_language(""), None);
        assert_eq!(normalise_language("not a tag"), None);
    }
}
