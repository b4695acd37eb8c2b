//! Read-through caches of directory pages and profiles. The directory is read far more often than
//! written, so answers are kept in memory and dropped as soon as the change feed moves: a follower
//! task polls the feed's newest id (every [`POLL`]), so writes made by any node, or by a CLI import
//! into the same database, show after at most one interval.

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

struct Map<K, V> {
    entries: Mutex<HashMap<K, (i64, Arc<V>)>>,
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

    fn get(&self, key: &K, version: i64) -> Option<Arc<V>> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries
            .get(key)
            .filter(|(v, _)| *v == version)
            .map(|(_, value)| value.clone())
    }

    fn put(&self, key: K, version: i64, value: Arc<V>) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= self.capacity {
            entries.clear();
        }
        entries.insert(key, (version, value));
    }
}

pub struct ReadCache {
    /// The version entries are stored and served at: the newest change feed id this node has
    /// seen, plus `basis.shift`.
    version: AtomicI64,
    /// The database the entries come from.
    basis: Mutex<Basis>,
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
        match state.store.position().await {
            Ok(now) => state.cache.advance(&now),
            Err(e) => tracing::warn!(error = %e, "could not read the change feed after a write"),
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

    /// Records a feed position read after a write; entries of older positions are no longer
    /// served. A position of another database is left to the follower (`follow`), which reads
    /// positions in order and so can tell a restore from a late answer.
    pub fn advance(&self, now: &store::change_feed::Position) {
        let basis = self.basis.lock().unwrap_or_else(|p| p.into_inner());
        if basis.identity.as_ref().is_none_or(|i| *i == now.identity) {
            self.version.fetch_max(now.change + basis.shift, Ordering::AcqRel);
        }
    }

    /// Records the position the follower read: a new database, or a feed that went back, drops
    /// every entry.
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
        self.version.fetch_max(now.change + basis.shift, Ordering::AcqRel);
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
        self.through(&self.profiles, slug.to_owned(), || store.organisation_details(slug))
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
        let version = self.version();
        if version >= 0 {
            if let Some(hit) = self.network_drawings.get(&key, version) {
                return Ok(hit);
            }
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
        let version = self.version();
        if version < 0 {
            return Ok(Arc::new(load().await?));
        }
        if let Some(hit) = map.get(&key, version) {
            return Ok(hit);
        }
        // One fill per key at a time; whoever waited finds the value the first one put.
        let _filling = map.fill_lock(&key).lock().await;
        let version = self.version();
        if let Some(hit) = map.get(&key, version) {
            return Ok(hit);
        }
        let value = Arc::new(load().await?);
        map.put(key, version, value.clone());
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
            match store.position().await {
                Ok(now) => cache.follow_to(&now),
                Err(e) => tracing::warn!(error = %e, "cannot read the change feed; cached pages are kept"),
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

    async fn total(cache: &ReadCache, loaded: i64) -> i64 {
        cache
            .through(&cache.directory, "k".to_owned(), || async move {
                Ok(ListPage {
                    items: vec![],
                    total: loaded,
                    limit: 20,
                    offset: 0,
                })
            })
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
        cache.follow_to(&at("b", 40));
        assert_eq!(total(&cache, 4).await, 4, "and the repeated feed id is not the old one");
        // A late answer about the old database after a write changes nothing.
        cache.advance(&at("a", 99));
        assert_eq!(total(&cache, 5).await, 4);
        // The same database put back to an earlier point (a file copied back) drops it too.
        cache.follow_to(&at("b", 20));
        assert_eq!(total(&cache, 6).await, 6);
    }

    #[tokio::test]
    async fn entries_live_until_the_feed_moves() {
        let cache = ReadCache::default();
        let page = || async {
            Ok(ListPage {
                items: vec![],
                total: 1,
                limit: 20,
                offset: 0,
            })
        };
        // Before the first poll nothing is kept.
        cache
            .through(&cache.directory, "k".to_owned(), page)
            .await
            .expect("load");
        assert!(cache.directory.get(&"k".to_owned(), -1).is_none());
        cache.follow_to(&at("a", 5));
        cache
            .through(&cache.directory, "k".to_owned(), page)
            .await
            .expect("load");
        let again = cache
            .through(&cache.directory, "k".to_owned(), || async {
                Ok(ListPage {
                    items: vec![],
                    total: 2,
                    limit: 20,
                    offset: 0,
                })
            })
            .await
            .expect("hit");
        assert_eq!(again.total, 1, "served from the cache");
        cache.advance(&at("a", 6));
        let fresh = cache
            .through(&cache.directory, "k".to_owned(), || async {
                Ok(ListPage {
                    items: vec![],
                    total: 3,
                    limit: 20,
                    offset: 0,
                })
            })
            .await
            .expect("reload");
        assert_eq!(fresh.total, 3, "a change drops the entry");
        cache.advance(&at("a", 4));
        assert_eq!(cache.version(), 6, "the version never goes back");
    }
}
