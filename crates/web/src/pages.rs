//! Pages as drawn for visitors who are not signed in, kept and sent again as they are. A cached
//! directory or profile page still cost most of its time drawing the same HTML from the same
//! cached data on every view (tens of kilobytes of escaped text, translations and formatting);
//! a page kept here costs a lookup.
//!
//! A kept page names what it was drawn from: the values the read cache and the matchmaker
//! handed out ([`Source`]). It is sent again only while each of them is still the very value
//! handed out now, so it lives exactly as long as the data it shows, with the read cache's own
//! rules for what a change drops. Anything a page might show beyond them (nothing today) is
//! bounded by [`MAX_AGE`].
//!
//! A page is kept on its second view within a while, not its first: addresses asked for once
//! (a crawler, or someone walking through made-up query strings) would otherwise push out the
//! pages people keep coming back to.
//!
//! Only pages without anything of the reader's are kept: a signed-in reader's pages never, and a
//! page that carries the visitor's form token is not kept either (checked on the drawn HTML, so a
//! form added to a page later cannot hand one visitor's token to another).

use std::any::Any;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::ctx::Ctx;

/// Bytes of pages kept at most; past it, pages are let go (the outdated first).
const BUDGET: usize = 8 << 20;
/// How long a page is kept at most, whatever its data.
pub const MAX_AGE: Duration = Duration::from_secs(60);
/// Addresses seen once that are remembered (as hashes) until their second view; past it they
/// are forgotten together.
const SEEN_ONCE: usize = 16_384;

/// A value a page was drawn from, known by its identity.
#[derive(Clone)]
pub struct Source(Weak<dyn Any + Send + Sync>);

impl Source {
    pub fn of<T: Any + Send + Sync>(value: &Arc<T>) -> Self {
        let weak: Weak<T> = Arc::downgrade(value);
        Self(weak)
    }

    /// The same value (a weak reference keeps its allocation, so no other value can take its
    /// address while a page names it).
    fn is(&self, other: &Source) -> bool {
        Weak::ptr_eq(&self.0, &other.0)
    }

    /// Still held by whoever handed it out (else no request can be handed it again).
    fn alive(&self) -> bool {
        self.0.strong_count() > 0
    }
}

struct Kept {
    sources: Vec<Source>,
    made: Instant,
    status: StatusCode,
    body: Bytes,
}

impl Kept {
    fn current(&self, sources: &[Source]) -> bool {
        self.made.elapsed() < MAX_AGE
            && self.sources.len() == sources.len()
            && self.sources.iter().zip(sources).all(|(a, b)| a.is(b))
    }

    fn outdated(&self) -> bool {
        self.made.elapsed() >= MAX_AGE || !self.sources.iter().all(Source::alive)
    }
}

#[derive(Default)]
struct Shelf {
    /// By the reader's language and the page's path and query.
    pages: HashMap<String, Kept>,
    bytes: usize,
    /// The keys drawn once and not kept yet, by hash.
    seen_once: HashSet<u64>,
}

/// The pages kept.
#[derive(Default)]
pub struct Pages {
    shelf: Mutex<Shelf>,
    /// Hashes keys for `seen_once`, with a key of its own per process (so nobody can make
    /// addresses that pass for one another).
    hasher: std::collections::hash_map::RandomState,
}

/// The key of the page a request asks for, if it may be kept: only for a visitor who is not
/// signed in.
fn key(ctx: &Ctx) -> Option<String> {
    let viewer = ctx.viewer.as_ref()?;
    if viewer.session.is_some() {
        return None;
    }
    let mut key = String::with_capacity(ctx.here.len() + 3);
    key.push_str(ctx.tr.locale.code());
    key.push(' ');
    key.push_str(&ctx.here);
    Some(key)
}

pub(crate) fn response(status: StatusCode, body: Bytes) -> Response {
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        Body::from(body),
    )
        .into_response()
}

impl Pages {
    /// The page kept for this request, if it was drawn from exactly `sources`.
    pub fn get(&self, ctx: &Ctx, sources: &[Source]) -> Option<Response> {
        let key = key(ctx)?;
        let shelf = self.shelf.lock().unwrap_or_else(|p| p.into_inner());
        let kept = shelf.pages.get(&key).filter(|k| k.current(sources))?;
        Some(response(kept.status, kept.body.clone()))
    }

    /// Answers with `html`, kept for the next visitor when nothing in it is this reader's.
    pub fn keep(&self, ctx: &Ctx, sources: Vec<Source>, status: StatusCode, html: String) -> Response {
        let Some(key) = key(ctx) else {
            return response(status, html.into());
        };
        let token = ctx.viewer.as_ref().map(|v| v.csrf.as_str()).unwrap_or_default();
        if token.is_empty() || html.contains(token) {
            return response(status, html.into());
        }
        let body = Bytes::from(html);
        let size = body.len() + key.len();
        if size > BUDGET / 16 {
            return response(status, body);
        }
        let mut shelf = self.shelf.lock().unwrap_or_else(|p| p.into_inner());
        if !shelf.pages.contains_key(&key) {
            let hash = self.hasher.hash_one(&key);
            if !shelf.seen_once.remove(&hash) {
                if shelf.seen_once.len() >= SEEN_ONCE {
                    shelf.seen_once.clear();
                }
                shelf.seen_once.insert(hash);
                return response(status, body);
            }
        }
        if let Some(old) = shelf.pages.remove(&key) {
            shelf.bytes -= old.body.len() + key.len();
        }
        if shelf.bytes + size > BUDGET {
            shelf.make_room(size);
        }
        shelf.bytes += size;
        shelf.pages.insert(
            key,
            Kept {
                sources,
                made: Instant::now(),
                status,
                body: body.clone(),
            },
        );
        response(status, body)
    }
}

impl Shelf {
    /// Lets go of the outdated pages, then of others (in no particular order) until `size` more
    /// bytes fit in three quarters of the budget, so that a full shelf is not sorted out again
    /// at the next page.
    fn make_room(&mut self, size: usize) {
        let goal = (BUDGET / 4 * 3).saturating_sub(size);
        let mut freed = 0;
        self.pages.retain(|key, kept| {
            let go = kept.outdated();
            if go {
                freed += kept.body.len() + key.len();
            }
            !go
        });
        self.bytes -= freed;
        while self.bytes > goal {
            let Some(key) = self.pages.keys().next().cloned() else {
                break;
            };
            if let Some(kept) = self.pages.remove(&key) {
                self.bytes -= kept.body.len() + key.len();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Viewer;
    use crate::i18n::{Locale, Tr};

    fn visitor(here: &str, locale: Locale) -> Ctx {
        Ctx {
            tr: Tr::new(locale),
            here: here.into(),
            viewer: Some(Viewer {
                session: None,
                session_hash: None,
                csrf: "f00dfeed".repeat(8),
                ip: "127.0.0.1".into(),
            }),
        }
    }

    async fn body(res: Response) -> String {
        let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    /// Two views of the same page (a page is kept on its second).
    fn viewed_twice(pages: &Pages, ctx: &Ctx, sources: &[Source], html: &str) {
        for _ in 0..2 {
            pages.keep(ctx, sources.to_vec(), StatusCode::OK, html.to_owned());
        }
    }

    #[tokio::test]
    async fn a_page_is_sent_again_while_it_was_drawn_from_the_same_values() {
        let pages = Pages::default();
        let data = Arc::new(vec![1, 2, 3]);
        let ctx = visitor("/organisations?country=DE", Locale::En);
        assert!(pages.get(&ctx, &[Source::of(&data)]).is_none());
        pages.keep(&ctx, vec![Source::of(&data)], StatusCode::OK, "<p>three</p>".into());
        assert!(pages.get(&ctx, &[Source::of(&data)]).is_none(), "not on its first view");
        pages.keep(&ctx, vec![Source::of(&data)], StatusCode::OK, "<p>three</p>".into());
        let hit = pages.get(&ctx, &[Source::of(&data)]).expect("kept");
        assert_eq!(hit.status(), StatusCode::OK);
        assert_eq!(body(hit).await, "<p>three</p>");
        // Another language, another address: other pages.
        assert!(pages
            .get(&visitor("/organisations?country=DE", Locale::De), &[Source::of(&data)])
            .is_none());
        assert!(pages
            .get(&visitor("/organisations?country=FR", Locale::En), &[Source::of(&data)])
            .is_none());
        // Data loaded again (a change dropped the entry) is another value, even if equal.
        let reloaded = Arc::new(vec![1, 2, 3]);
        assert!(pages.get(&ctx, &[Source::of(&reloaded)]).is_none());
        // Drawn from fewer or more values: not the same page.
        assert!(pages.get(&ctx, &[]).is_none());
        assert!(pages.get(&ctx, &[Source::of(&data), Source::of(&data)]).is_none());
        // Drawn again from the new values, it is kept at once (its address was kept before).
        pages.keep(&ctx, vec![Source::of(&reloaded)], StatusCode::OK, "<p>new</p>".into());
        assert_eq!(
            body(pages.get(&ctx, &[Source::of(&reloaded)]).expect("kept")).await,
            "<p>new</p>"
        );
    }

    #[tokio::test]
    async fn nothing_of_a_reader_is_kept() {
        let pages = Pages::default();
        let data = Arc::new(1);
        // A page with the visitor's form token.
        let ctx = visitor("/organisations/acme", Locale::En);
        let token = ctx.viewer.as_ref().unwrap().csrf.clone();
        let html = format!("<input name=csrf value={token}>");
        viewed_twice(&pages, &ctx, &[Source::of(&data)], &html);
        assert!(pages.get(&ctx, &[Source::of(&data)]).is_none());
        let res = pages.keep(&ctx, vec![Source::of(&data)], StatusCode::OK, html);
        assert!(body(res).await.contains(&token), "answered all the same");
        // A page drawn outside the session middleware.
        let outside = Ctx { viewer: None, ..ctx };
        viewed_twice(&pages, &outside, &[Source::of(&data)], "x");
        assert!(pages.get(&outside, &[Source::of(&data)]).is_none());
    }

    #[test]
    fn addresses_asked_for_once_do_not_push_out_kept_pages() {
        let pages = Pages::default();
        let data = Arc::new(0);
        let home = visitor("/organisations", Locale::En);
        viewed_twice(&pages, &home, &[Source::of(&data)], "home");
        for i in 0..(SEEN_ONCE + 100) {
            let junk = visitor(&format!("/organisations?x={i}"), Locale::En);
            pages.keep(&junk, vec![Source::of(&data)], StatusCode::OK, "junk".into());
        }
        let shelf = pages.shelf.lock().unwrap();
        assert_eq!(shelf.pages.len(), 1);
        assert!(shelf.seen_once.len() <= SEEN_ONCE);
        drop(shelf);
        assert!(pages.get(&home, &[Source::of(&data)]).is_some());
    }

    #[test]
    fn the_shelf_stays_within_its_budget() {
        let pages = Pages::default();
        let data = Arc::new(0);
        let page = "x".repeat(BUDGET / 20);
        for i in 0..100 {
            viewed_twice(
                &pages,
                &visitor(&format!("/organisations/o{i}"), Locale::En),
                &[Source::of(&data)],
                &page,
            );
        }
        let shelf = pages.shelf.lock().unwrap();
        assert!(shelf.bytes <= BUDGET);
        assert_eq!(
            shelf.bytes,
            shelf.pages.iter().map(|(k, v)| k.len() + v.body.len()).sum::<usize>()
        );
        // The last page is among those kept.
        assert!(shelf.pages.contains_key("en /organisations/o99"));
    }

    #[test]
    fn outdated_pages_go_first() {
        let pages = Pages::default();
        let kept = Arc::new(0);
        let page = "x".repeat(BUDGET / 20);
        {
            let gone = Arc::new(1);
            viewed_twice(&pages, &visitor("/gone", Locale::En), &[Source::of(&gone)], &page);
        }
        viewed_twice(&pages, &visitor("/kept", Locale::En), &[Source::of(&kept)], &page);
        pages.shelf.lock().unwrap().make_room(BUDGET / 2);
        let shelf = pages.shelf.lock().unwrap();
        assert!(shelf.pages.contains_key("en /kept"));
        assert!(!shelf.pages.contains_key("en /gone"));
    }
}
