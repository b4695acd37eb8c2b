//! Read-through caches of directory pages and profiles. The directory is read far more often than
//! written, so answers are kept in memory and dropped as soon as the change feed says they may be
//! out of date: a follower task reads the feed (every [`POLL`]), so writes made by any node, or by
//! a CLI import into the same database, show after at most one interval; a node reads the feed
//! at once after its own writes.
//!
//! Most entries are dropped by any change. A profile is dropped only by a change of an
//! organisation it shows (itself, its members, clusters and partners) or by a change of anything
//! other than an organisation: under steady profile saves the other profiles stay cached.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use domain::statistics::{MapLevel, Measure};
use domain::{DirectoryFilter, Organisation};
use store::organisations::{CountriesOf, ListPage, OrganisationDetails};
use store::statistics::{MapShape, Network, NetworkOf, RegionFigures, RegionSummary, Statistics};
use store::Store;

pub const POLL: Duration = Duration::from_millis(500);
/// How long the statistics page's figures are kept at most.
pub const STATISTICS_TTL: Duration = Duration::from_secs(300);
/// Entries per map; a full map is emptied, which is cheap and keeps memory bounded.
const CAPACITY: usize = 2_000;
/// Changes read from the feed in one catch-up at most; past it (a bulk import) every entry is
/// dropped instead of reading them all.
const FEED_READ_MAX: usize = 10_000;
/// Organisations whose newest change is remembered; past it they are forgotten and every entry
/// older than that moment is dropped.
const REMEMBERED_ORGANISATIONS: usize = 100_000;

/// What an entry shows, so that only changes to it drop it.
enum Deps {
    /// Anything: every change drops it.
    Everything,
    /// These organisations, and nothing else that the feed names except through a change of
    /// another kind (projects, services, regions…), which drops it too.
    Organisations(Box<[i64]>),
}

/// A value with the version it was loaded at and what it shows.
struct Entry<V> {
    version: i64,
    deps: Deps,
    value: Arc<V>,
}

struct Map<K, V> {
    entries: Mutex<HashMap<K, Entry<V>>>,
    capacity: usize,
    /// Fills of a key are made one at a time (by the key's hash): when a change drops a page
    /// that 64 connections are reading, one of them reads the database and the others wait for
    /// its answer instead of each running the same query (which made p99 under writes).
    fills: [tokio::sync::Mutex<()>; FILL_STRIPES],
}

/// Locks that serialise the fills of one map, by key hash.
const FILL_STRIPES: usize = 64;

impl<K: Hash + Eq, V> Map<K, V> {
    fn new() -> Self {
        Self::with_capacity(CAPACITY)
    }

    /// A map of large values (networks), kept to fewer entries.
    fn with_capacity(capacity: usize) -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            capacity,
            fills: std::array::from_fn(|_| tokio::sync::Mutex::new(())),
        }
    }

    fn fill_lock(&self, key: &K) -> &tokio::sync::Mutex<()> {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let h = BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(key);
        &self.fills[(h % FILL_STRIPES as u64) as usize]
    }

    /// The entry for `key` if `fresh` says it is still up to date.
    fn get(&self, key: &K, fresh: impl FnOnce(i64, &Deps) -> bool) -> Option<Arc<V>> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries
            .get(key)
            .filter(|e| fresh(e.version, &e.deps))
            .map(|e| e.value.clone())
    }

    fn put(&self, key: K, version: i64, deps: Deps, value: Arc<V>) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= self.capacity {
            entries.clear();
        }
        entries.insert(key, Entry { version, deps, value });
    }
}

pub struct ReadCache {
    /// The version entries are stored and served at: the newest change feed id this node has
    /// seen, plus `basis.shift`.
    version: AtomicI64,
    /// The database the entries come from, and what changed in it.
    basis: Mutex<Basis>,
    /// One reader of the feed at a time, so changes are applied in their order.
    reading: tokio::sync::Mutex<()>,
    directory: Map<String, ListPage<Organisation>>,
    profiles: Map<String, Option<OrganisationDetails>>,
    regions: Map<(), HashMap<String, String>>,
    /// Every funding call, analysed for recommending them (a few hundred).
    calls: Map<(), (Vec<i64>, matching::calls::CallIndex)>,
    countries: Map<CountriesOf, Vec<String>>,
    /// The published news that mention an organisation, project, event or call (the "In the
    /// news" of their pages, viewed far more often than news is published).
    mentioning: Map<(String, String), Vec<store::mentions::Mentioning>>,
    /// What the news list offers to filter by.
    news_filters: Map<(), NewsFilters>,
    /// How many public pages of each kind there are, in the order of `store::sitemap::SOURCES`
    /// (counting 25,000 published opportunities takes 40 ms).
    sitemap: Map<(), Vec<i64>>,
    /// Maps and statistics: boundaries per level, figures per filter and measure, region pages
    /// and networks (reading them counts and joins over the whole directory).
    shapes: Map<u8, Vec<MapShape>>,
    figures: Map<String, RegionFigures>,
    markers: Map<String, Vec<store::statistics::Marker>>,
    /// Maps drawn (SVG and legend) per reader's language and query.
    drawn_maps: Map<String, (String, String)>,
    statistics: Map<i64, Statistics>,
    region_summaries: Map<String, RegionSummary>,
    /// Pages drawn for visitors from the entries above (see [`crate::pages`]).
    pages: crate::pages::Pages,
    networks: Map<String, Network>,
    /// Networks laid out and drawn, per reader's language (the layout takes tens of ms).
    network_drawings: Map<String, crate::routes::maps::NetworkDrawing>,
}

/// Which database the cached entries come from. After a restore the feed repeats ids with other
/// changes, so versions go on above every one used before (`shift`) and no entry made before the
/// restore is served again.
#[derive(Default)]
struct Basis {
    identity: Option<String>,
    /// The newest feed id the follower read.
    change: i64,
    shift: i64,
    /// The version of each organisation's newest change read.
    organisations: HashMap<i64, i64>,
    /// The version of the newest change of anything else (or of changes not read one by one:
    /// a restore, a bulk import, forgotten organisations): entries older than it are dropped
    /// whatever they show.
    others: i64,
}

impl Basis {
    fn fresh(&self, version: i64, deps: &Deps, now: i64) -> bool {
        match deps {
            Deps::Everything => version == now,
            Deps::Organisations(ids) => {
                version >= self.others
                    && ids
                        .iter()
                        .all(|id| self.organisations.get(id).is_none_or(|changed| *changed <= version))
            }
        }
    }
}

/// The values published news carry, for the news list's filters.
pub struct NewsFilters {
    pub languages: Vec<String>,
    /// Tags with how many items carry each, most used first.
    pub tags: Vec<(String, i64)>,
    /// The countries, technologies and ecosystems items mention.
    pub countries: Vec<String>,
    pub technologies: Vec<String>,
    pub ecosystems: Vec<String>,
}

impl Default for ReadCache {
    fn default() -> Self {
        Self {
            version: AtomicI64::new(-1),
            basis: Mutex::default(),
            reading: tokio::sync::Mutex::new(()),
            // A page of 20 whole organisations is about 30 KB: 500 pages bound it to ~15 MB
            // however many filters are asked (2,000 allowed ~60 MB).
            directory: Map::with_capacity(500),
            profiles: Map::new(),
            regions: Map::new(),
            calls: Map::new(),
            countries: Map::new(),
            mentioning: Map::new(),
            news_filters: Map::new(),
            sitemap: Map::new(),
            shapes: Map::new(),
            figures: Map::new(),
            markers: Map::with_capacity(256),
            drawn_maps: Map::with_capacity(512),
            statistics: Map::new(),
            region_summaries: Map::new(),
            // A network holds up to 20,000 pairs; a few dozen are plenty for the pages people
            // look at, and keep memory bounded whatever is asked.
            networks: Map::with_capacity(64),
            network_drawings: Map::with_capacity(256),
            pages: crate::pages::Pages::default(),
        }
    }
}

/// Middleware: after a request that changed something on this node, the cache moves to the
/// newest change at once, so the page the person is sent to next shows what they just saved
/// (other nodes see it within [`POLL`]).
pub async fn read_your_writes(
    axum::extract::State(state): axum::extract::State<crate::AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let writes = !matches!(*req.method(), axum::http::Method::GET | axum::http::Method::HEAD);
    let res = next.run(req).await;
    if writes && (res.status().is_success() || res.status().is_redirection()) {
        if let Err(e) = state.cache.catch_up(&state.store).await {
            tracing::warn!(error = %e, "could not read the change feed after a write");
        }
    }
    res
}

impl ReadCache {
    pub fn version(&self) -> i64 {
        self.version.load(Ordering::Acquire)
    }

    /// The newest feed id the follower read; `None` before its first read.
    pub fn change(&self) -> Option<i64> {
        let basis = self.basis.lock().unwrap_or_else(|p| p.into_inner());
        basis.identity.is_some().then_some(basis.change)
    }

    /// Reads the feed from where this node stands and applies what changed: entries of a
    /// change's organisation, or of everything for other changes, are no longer served. A new
    /// database, or a feed that went back, drops every entry.
    pub async fn catch_up(&self, store: &Store) -> Result<(), store::StoreError> {
        let _one = self.reading.lock().await;
        let now = store.position().await?;
        let from = {
            let basis = self.basis.lock().unwrap_or_else(|p| p.into_inner());
            match &basis.identity {
                Some(identity) if *identity == now.identity && now.change >= basis.change => Some(basis.change),
                _ => None,
            }
        };
        let Some(after) = from else {
            self.follow_to(&now);
            return Ok(());
        };
        let changes = store.changes_until(after, now.change, FEED_READ_MAX).await?;
        self.apply(&now, changes.as_deref());
        Ok(())
    }

    /// Applies the changes up to `now` (`None`: too many to name, every entry is dropped).
    fn apply(&self, now: &store::change_feed::Position, changes: Option<&[store::change_feed::Change]>) {
        let mut basis = self.basis.lock().unwrap_or_else(|p| p.into_inner());
        let shift = basis.shift;
        let top = now.change + shift;
        match changes {
            Some(changes) => {
                for c in changes {
                    if c.entity == "organisation" {
                        basis.organisations.insert(c.entity_id, c.id + shift);
                    } else {
                        basis.others = basis.others.max(c.id + shift);
                    }
                }
            }
            None => basis.others = basis.others.max(top),
        }
        if basis.organisations.len() > REMEMBERED_ORGANISATIONS {
            basis.organisations.clear();
            basis.others = basis.others.max(top);
        }
        basis.change = now.change;
        self.version.fetch_max(top, Ordering::AcqRel);
    }

    /// Records the position of a database this node did not follow until now (its first read,
    /// another database, or a history that went back): nothing cached before is served again.
    fn follow_to(&self, now: &store::change_feed::Position) {
        let mut basis = self.basis.lock().unwrap_or_else(|p| p.into_inner());
        let other = basis.identity.as_ref().is_some_and(|i| *i != now.identity);
        if other || now.change < basis.change {
            tracing::warn!(
                was = basis.change,
                now = now.change,
                "the database is another one, or went back in its history (restored from a backup?); cached pages dropped"
            );
            basis.shift = self.version() + 1 - now.change;
        }
        basis.identity = Some(now.identity.clone());
        basis.change = now.change;
        basis.organisations.clear();
        let top = now.change + basis.shift;
        basis.others = top;
        self.version.fetch_max(top, Ordering::AcqRel);
    }

    /// The page kept for this request if it was drawn from exactly `sources` (values this cache
    /// or the matchmaker handed out); none while the cache does not follow the feed (its values
    /// are then read anew for every request).
    pub fn page(&self, ctx: &crate::ctx::Ctx, sources: &[crate::pages::Source]) -> Option<axum::response::Response> {
        if self.version() < 0 {
            return None;
        }
        self.pages.get(ctx, sources)
    }

    /// Answers with `html`, kept for the next visitor as [`crate::pages`] allows.
    pub fn keep_page(
        &self,
        ctx: &crate::ctx::Ctx,
        sources: Vec<crate::pages::Source>,
        status: axum::http::StatusCode,
        html: String,
    ) -> axum::response::Response {
        if self.version() < 0 {
            return crate::pages::response(status, html.into());
        }
        self.pages.keep(ctx, sources, status, html)
    }

    /// A page of the directory for a filter; filters that mean the same share one entry.
    pub async fn directory(
        &self,
        store: &Store,
        filter: &DirectoryFilter,
    ) -> Result<Arc<ListPage<Organisation>>, store::StoreError> {
        let key = serde_urlencoded::to_string(filter.to_pairs(true)).unwrap_or_default();
        self.through(&self.directory, key, || store.list_organisations(filter))
            .await
    }

    /// A profile with its relations, or `None` for an unknown slug.
    pub async fn profile(
        &self,
        store: &Store,
        slug: &str,
    ) -> Result<Arc<Option<OrganisationDetails>>, store::StoreError> {
        self.through_with(
            &self.profiles,
            slug.to_owned(),
            || store.organisation_details(slug),
            |details| match details {
                Some(d) => Deps::Organisations(d.organisation_ids().into()),
                // An organisation made with this address would show here.
                None => Deps::Everything,
            },
        )
        .await
    }

    /// The countries that occur in a listing, for its country filter.
    pub async fn countries_in_use(
        &self,
        store: &Store,
        listing: CountriesOf,
    ) -> Result<Arc<Vec<String>>, store::StoreError> {
        self.through(&self.countries, listing, || store.countries_in_use(listing))
            .await
    }

    /// The latest published news that mention it.
    pub async fn news_mentioning(
        &self,
        store: &Store,
        kind: &str,
        key: &str,
        limit: i64,
    ) -> Result<Arc<Vec<store::mentions::Mentioning>>, store::StoreError> {
        self.through(&self.mentioning, (kind.to_owned(), key.to_owned()), || {
            store.news_mentioning(kind, key, limit)
        })
        .await
    }

    /// The latest published summaries of an event.
    pub async fn news_summarising(
        &self,
        store: &Store,
        event_id: i64,
        limit: i64,
    ) -> Result<Arc<Vec<store::mentions::Mentioning>>, store::StoreError> {
        self.through(&self.mentioning, ("summary".to_owned(), event_id.to_string()), || {
            store.news_summarising(event_id, limit)
        })
        .await
    }

    /// The news list's filter values.
    pub async fn news_filters(&self, store: &Store) -> Result<Arc<NewsFilters>, store::StoreError> {
        self.through(&self.news_filters, (), || async {
            Ok(NewsFilters {
                languages: store.news_languages().await?,
                tags: store.news_tags(30).await?,
                countries: store.news_facet_values("country").await?,
                technologies: store.news_facet_values("technology").await?,
                ecosystems: store.news_facet_values("ecosystem").await?,
            })
        })
        .await
    }

    /// The number of public pages of each kind, for the sitemap index.
    pub async fn sitemap_counts(&self, store: &Store) -> Result<Arc<Vec<i64>>, store::StoreError> {
        self.through(&self.sitemap, (), || async {
            let mut counts = Vec::new();
            for source in store::sitemap::SOURCES {
                counts.push(store.sitemap_count(source).await?);
            }
            Ok(counts)
        })
        .await
    }

    /// The boundaries of one level.
    pub async fn map_shapes(&self, store: &Store, level: u8) -> Result<Arc<Vec<MapShape>>, store::StoreError> {
        self.through(&self.shapes, level, || store.map_shapes(level)).await
    }

    /// A map's figures for a filter; filters that mean the same share one entry.
    pub async fn region_figures(
        &self,
        store: &Store,
        filter: &DirectoryFilter,
        measure: Measure,
        level: MapLevel,
    ) -> Result<Arc<RegionFigures>, store::StoreError> {
        let mut f = filter.clone();
        // Sorting and paging change the list, not what is counted.
        f.sort = Default::default();
        f.page = Default::default();
        let key = format!(
            "{measure}/{level}/{}",
            serde_urlencoded::to_string(f.to_pairs(true)).unwrap_or_default()
        );
        self.through(&self.figures, key, || store.region_figures(&f, measure, level))
            .await
    }

    /// The organisations drawn as markers on a map zoomed by `filter`.
    pub async fn map_markers(
        &self,
        store: &Store,
        filter: &DirectoryFilter,
        limit: i64,
    ) -> Result<Arc<Vec<store::statistics::Marker>>, store::StoreError> {
        let key = serde_urlencoded::to_string(filter.to_pairs(false)).unwrap_or_default();
        self.through(&self.markers, key, || store.map_markers(filter, limit))
            .await
    }

    /// A map drawn by `draw` (its SVG and legend), kept per `key` (language and query).
    pub async fn drawn_map(
        &self,
        key: String,
        draw: impl FnOnce() -> (String, String),
    ) -> Result<Arc<(String, String)>, store::StoreError> {
        self.through(&self.drawn_maps, key, || async move { Ok(draw()) }).await
    }

    /// The statistics page's figures. Meeting requests and registrations do not write the change
    /// feed, so an entry also expires after [`STATISTICS_TTL`].
    pub async fn statistics(&self, store: &Store) -> Result<Arc<Statistics>, store::StoreError> {
        let now = chrono::Utc::now();
        let bucket = now.timestamp() / STATISTICS_TTL.as_secs() as i64;
        self.through(&self.statistics, bucket, || store.statistics(now)).await
    }

    /// A region's page figures (its upcoming events and open opportunities as of the day).
    pub async fn region_summary(&self, store: &Store, code: &str) -> Result<Arc<RegionSummary>, store::StoreError> {
        let now = chrono::Utc::now();
        let key = format!("{code}/{}", now.format("%Y-%m-%d"));
        self.through(&self.region_summaries, key, || store.region_summary(code, now))
            .await
    }

    /// Who works with whom, of an organisation (by id) or a region.
    pub async fn network(&self, store: &Store, of: &NetworkOf) -> Result<Arc<Network>, store::StoreError> {
        self.through(&self.networks, network_key(of), || store.network(of))
            .await
    }

    /// A network drawn by `draw` for readers of `locale`.
    pub async fn network_drawing(
        &self,
        store: &Store,
        of: &NetworkOf,
        locale: &str,
        draw: impl FnOnce(&Network) -> crate::routes::maps::NetworkDrawing,
    ) -> Result<Arc<crate::routes::maps::NetworkDrawing>, store::StoreError> {
        let key = format!("{}/{locale}", network_key(of));
        if let Some(hit) = self.hit(&self.network_drawings, &key) {
            return Ok(hit);
        }
        let net = self.network(store, of).await?;
        self.through(&self.network_drawings, key, || async move { Ok(draw(&net)) })
            .await
    }

    /// NUTS region names by code.
    pub async fn region_names(&self, store: &Store) -> Result<Arc<HashMap<String, String>>, store::StoreError> {
        self.through(&self.regions, (), || async {
            Ok(store
                .all_regions()
                .await?
                .into_iter()
                .map(|r| (r.code, r.name))
                .collect())
        })
        .await
    }

    /// The funding calls, analysed for recommendations, with their ids in index order.
    pub async fn call_index(
        &self,
        store: &Store,
    ) -> Result<Arc<(Vec<i64>, matching::calls::CallIndex)>, store::StoreError> {
        self.through(&self.calls, (), || async {
            let mut ids = Vec::new();
            let mut calls = Vec::new();
            let mut after = 0;
            loop {
                let batch = store.calls_after(after, 1_000).await?;
                let Some(last) = batch.last() else { break };
                after = last.id;
                for c in batch {
                    ids.push(c.id);
                    calls.push(c.call);
                }
            }
            Ok((ids, matching::calls::CallIndex::new(calls)))
        })
        .await
    }

    /// The cached value for `key` at the current feed position, or what `load` gives (kept
    /// unless no position is known yet).
    async fn through<K, V, F, Fut>(&self, map: &Map<K, V>, key: K, load: F) -> Result<Arc<V>, store::StoreError>
    where
        K: Hash + Eq,
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<V, store::StoreError>>,
    {
        self.through_with(map, key, load, |_| Deps::Everything).await
    }

    /// The entry for `key` if nothing it shows changed since it was made.
    fn hit<K: Hash + Eq, V>(&self, map: &Map<K, V>, key: &K) -> Option<Arc<V>> {
        let version = self.version();
        if version < 0 {
            return None;
        }
        map.get(key, |v, deps| {
            let basis = self.basis.lock().unwrap_or_else(|p| p.into_inner());
            basis.fresh(v, deps, version)
        })
    }

    /// Like [`Self::through`], the entry kept until a change to what `deps` names.
    async fn through_with<K, V, F, Fut>(
        &self,
        map: &Map<K, V>,
        key: K,
        load: F,
        deps: impl FnOnce(&V) -> Deps,
    ) -> Result<Arc<V>, store::StoreError>
    where
        K: Hash + Eq,
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<V, store::StoreError>>,
    {
        if self.version() < 0 {
            return Ok(Arc::new(load().await?));
        }
        if let Some(hit) = self.hit(map, &key) {
            return Ok(hit);
        }
        // One fill per key at a time; whoever waited finds the value the first one put.
        let _filling = map.fill_lock(&key).lock().await;
        if let Some(hit) = self.hit(map, &key) {
            return Ok(hit);
        }
        // Read before loading: a change made meanwhile is newer than the entry and drops it.
        let version = self.version();
        let value = Arc::new(load().await?);
        map.put(key, version, deps(&value), value.clone());
        Ok(value)
    }
}

fn network_key(of: &NetworkOf) -> String {
    match of {
        NetworkOf::Organisation(id) => format!("o{id}"),
        NetworkOf::Region(code) => format!("r{code}"),
    }
}

/// Follows the change feed for as long as the cache is in use, until `stop`. Until the first
/// successful poll the version stays −1 and nothing is cached, so a node never serves what it
/// cannot invalidate.
pub fn follow(store: Store, cache: Arc<ReadCache>, mut stop: crate::jobs::Stop) {
    let weak = Arc::downgrade(&cache);
    drop(cache);
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(POLL);
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = interval.tick() => {}
                _ = stop.stopped() => break,
            }
            let Some(cache) = weak.upgrade() else { break };
            if let Err(e) = cache.catch_up(&store).await {
                tracing::warn!(error = %e, "cannot read the change feed; cached pages are kept");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(identity: &str, change: i64) -> store::change_feed::Position {
        store::change_feed::Position {
            identity: identity.into(),
            change,
        }
    }

    fn change(id: i64, entity: &str, entity_id: i64) -> store::change_feed::Change {
        store::change_feed::Change {
            id,
            entity: entity.into(),
            entity_id,
            op: "upsert".into(),
            at: chrono::Utc::now(),
        }
    }

    fn page(total: i64) -> ListPage<Organisation> {
        ListPage {
            items: vec![],
            total,
            limit: 20,
            offset: 0,
        }
    }

    async fn total(cache: &ReadCache, loaded: i64) -> i64 {
        cache
            .through(&cache.directory, "k".to_owned(), || async move { Ok(page(loaded)) })
            .await
            .expect("load")
            .total
    }

    /// An entry that shows organisations 1 and 2, loaded as `loaded` unless cached.
    async fn showing_one_and_two(cache: &ReadCache, loaded: i64) -> i64 {
        cache
            .through_with(
                &cache.directory,
                "p".to_owned(),
                || async move { Ok(page(loaded)) },
                |_| Deps::Organisations([1, 2].into()),
            )
            .await
            .expect("load")
            .total
    }

    #[tokio::test]
    async fn a_restored_database_is_never_answered_from_entries_of_before() {
        let cache = ReadCache::default();
        cache.follow_to(&at("a", 40));
        assert_eq!(total(&cache, 1).await, 1);
        assert_eq!(total(&cache, 2).await, 1, "cached");
        // Restored from a backup of change 30, with a new identity; then writes bring the feed
        // back to 40, which before the restore meant other data.
        cache.follow_to(&at("b", 30));
        assert_eq!(total(&cache, 3).await, 3, "dropped at the restore");
        assert_eq!(showing_one_and_two(&cache, 3).await, 3);
        cache.apply(&at("b", 40), Some(&[change(40, "organisation", 9)]));
        assert_eq!(total(&cache, 4).await, 4, "and the repeated feed id is not the old one");
        assert_eq!(showing_one_and_two(&cache, 4).await, 3, "organisation 9 is not shown");
        // The same database put back to an earlier point (a file copied back) drops it all.
        cache.follow_to(&at("b", 20));
        assert_eq!(total(&cache, 6).await, 6);
        assert_eq!(showing_one_and_two(&cache, 6).await, 6);
    }

    #[tokio::test]
    async fn entries_live_until_the_feed_moves() {
        let cache = ReadCache::default();
        // Before the first read of the feed nothing is kept.
        assert_eq!(total(&cache, 1).await, 1);
        assert!(cache.hit(&cache.directory, &"k".to_owned()).is_none());
        cache.follow_to(&at("a", 5));
        assert_eq!(total(&cache, 1).await, 1);
        assert_eq!(total(&cache, 2).await, 1, "served from the cache");
        cache.apply(&at("a", 6), Some(&[change(6, "organisation", 7)]));
        assert_eq!(total(&cache, 3).await, 3, "a change drops the entry");
        assert_eq!(cache.version(), 6);
    }

    #[tokio::test]
    async fn a_profile_lives_until_what_it_shows_changes() {
        let cache = ReadCache::default();
        cache.follow_to(&at("a", 5));
        assert_eq!(showing_one_and_two(&cache, 1).await, 1);
        cache.apply(
            &at("a", 7),
            Some(&[change(6, "organisation", 3), change(7, "organisation", 4)]),
        );
        assert_eq!(showing_one_and_two(&cache, 2).await, 1, "others' saves keep it");
        cache.apply(&at("a", 8), Some(&[change(8, "organisation", 2)]));
        assert_eq!(showing_one_and_two(&cache, 3).await, 3, "a listed organisation changed");
        cache.apply(&at("a", 9), Some(&[change(9, "project", 1)]));
        assert_eq!(
            showing_one_and_two(&cache, 4).await,
            4,
            "another kind of change drops it"
        );
        // Too many changes to read one by one drop everything.
        cache.apply(&at("a", 20_000), None);
        assert_eq!(showing_one_and_two(&cache, 5).await, 5);
        assert_eq!(showing_one_and_two(&cache, 6).await, 5);
    }
}
