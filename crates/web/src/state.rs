//! What every handler can reach: the installation's settings and the shared state.

use std::sync::Arc;

use store::Store;

use crate::{auth, cache, mail, matchmaking, mentions};

/// How this installation is reached and sends mail.
pub struct Settings {
    /// The address people use, e.g. `https://hub.example.eu`: links in mail point there and
    /// cookies are marked Secure when it is https. Never taken from a request's Host header.
    pub public_url: String,
    /// The reverse proxies in front, whose `X-Forwarded-For` entries are believed (see
    /// `auth::proxy`); empty when clients connect directly.
    pub trusted_proxies: Vec<auth::proxy::Network>,
    pub mailer: mail::Mailer,
    /// Platform admins and moderators must turn on two-factor authentication before they use
    /// their role. Only the loopback demo (whose passwords are published anyway) goes without.
    pub require_two_factor: bool,
    /// How organisations' feeds are read: time, size and redirect limits, and whether private
    /// and loopback addresses may be read (only on a closed test network).
    pub feeds: crate::feeds_in::FetchLimits,
}

impl Settings {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// An absolute link to `path` on this installation.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }
}

/// What every handler can reach: one shared value, so that the middleware and extractors that
/// each take a copy per request copy one pointer (a dozen reference counts per copy, five copies
/// per request, were a measurable share of a cached page's time).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// The state itself (reached through [`AppState`]).
pub struct Shared {
    pub store: Store,
    pub cache: Arc<cache::ReadCache>,
    /// The node's search index; its own task keeps it current (see `search::sync`).
    pub search: Arc<search::SearchIndex>,
    pub settings: Arc<Settings>,
    pub passwords: Arc<auth::Passwords>,
    /// Partner recommendations; its own task rebuilds it when the data changes.
    pub matchmaker: Arc<matchmaking::Matchmaker>,
    /// Technology service proposals; rebuilt when asked after the data changed.
    pub proposer: Arc<matchmaking::services::ServiceProposer>,
    /// What news can mention, by name; built when first needed and when names changed.
    pub mentions: Arc<mentions::Directory>,
    /// Searches running at once (each is CPU work anyone may ask for without an account): a burst
    /// waits briefly for a permit, then is told to come back (503 with Retry-After).
    pub searches: Arc<tokio::sync::Semaphore>,
    /// Set when the server was asked to stop: `/readyz` answers 503 at once, so a load balancer
    /// sends no more requests while the open ones finish.
    pub draining: Arc<std::sync::atomic::AtomicBool>,
    /// Requests and job runs counted for `/metrics`.
    pub metrics: Arc<crate::metrics::Metrics>,
    /// The check-in signing key, read from the database once per node: it is made once per
    /// database and never changes while the node runs.
    pub(crate) checkin_key: Arc<tokio::sync::OnceCell<Vec<u8>>>,
}

impl AppState {
    /// State for a server; follows the change feed until `stop` (needs a Tokio runtime).
    pub fn new(store: Store, search: Arc<search::SearchIndex>, settings: Settings, stop: &crate::jobs::Stop) -> Self {
        let state = Self::without_cache(store, search, settings);
        cache::follow(state.store.clone(), state.cache.clone(), stop.clone());
        matchmaking::follow(state.store.clone(), state.matchmaker.clone(), stop.clone());
        state
    }

    /// State whose read cache stays empty: every request goes to the database. For measuring.
    pub fn without_cache(store: Store, search: Arc<search::SearchIndex>, settings: Settings) -> Self {
        Self(Arc::new(Shared {
            store,
            cache: Arc::new(cache::ReadCache::default()),
            search,
            settings: Arc::new(settings),
            passwords: Arc::new(auth::Passwords::new()),
            matchmaker: Arc::new(matchmaking::Matchmaker::default()),
            proposer: Arc::new(matchmaking::services::ServiceProposer::default()),
            mentions: Arc::new(mentions::Directory::default()),
            searches: Arc::new(tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2) * 2,
            )),
            draining: Arc::default(),
            metrics: Arc::default(),
            checkin_key: Arc::default(),
        }))
    }
}
