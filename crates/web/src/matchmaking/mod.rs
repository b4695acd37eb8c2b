//! The node's partner-matching index: every organisation and published opportunity as a
//! [`matching::Entity`], kept current in the background from the change feed (checked every
//! [`REBUILD_EVERY`]): changed organisations and opportunities are read again and laid over the
//! index, which is built again from the database when changes reach further (a project, a
//! cluster's label, a partnership) or pile up; and the queries that pages and the API ask of it.

pub mod meetings;
pub mod services;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use domain::{
    ClusterLabel, CriticalTechnology, Ecosystem, KeyEnablingTechnology, NaceSection, OpportunityKind, OpportunityState,
    Organisation, OrganisationType, ParticipationRole, Taxonomy, Visibility,
};
use matching::{Accept, Entity, Index, IndexBuilder, Key, Query, Reason, Recommendation, Subject, Weights};
use store::opportunities::Opportunity;
use store::projects::ParticipationsOf;
use store::Store;

use crate::i18n::Tr;

/// How often the follower looks whether the data changed.
pub const REBUILD_EVERY: Duration = Duration::from_secs(2);
/// The pause after a rebuild is at least this many times what the rebuild took.
const REBUILD_SHARE: u32 = 4;
/// Recommendations shown on a page.
pub const SHOWN: usize = 8;

/// What the index was built from, beyond the index itself: what pages need to show results.
pub struct Snapshot {
    pub index: Index,
    /// The change feed position the snapshot was built at.
    pub version: i64,
    /// The newest change it is known to reflect: later changes that concern none of its
    /// entities ([`FOLLOWED`]) move this, not the snapshot.
    seen: std::sync::atomic::AtomicI64,
    /// The database it was loaded from (see `store::change_feed::Position`).
    identity: String,
    /// Each organisation's slug, for links.
    slugs: Slugs,
    published: Published,
}

impl Snapshot {
    fn new(index: Index, at: store::change_feed::Position, slugs: Slugs, published: Published) -> Self {
        Self {
            index,
            version: at.change,
            seen: std::sync::atomic::AtomicI64::new(at.change),
            identity: at.identity,
            slugs,
            published,
        }
    }
}

/// What pages need of the published opportunities besides the index.
#[derive(Clone, Default)]
struct Published {
    /// Members-only opportunities, hidden from visitors.
    members_only: HashSet<i64>,
    /// The organisation that publishes each opportunity.
    owner: HashMap<i64, i64>,
}

impl Published {
    /// Takes in opportunity `id` as it is now (`None`: not found) and gives its entity while it is
    /// published.
    fn take(&mut self, id: i64, o: Option<&Opportunity>) -> Option<Entity> {
        self.members_only.remove(&id);
        self.owner.remove(&id);
        let o = o.filter(|o| o.state == OpportunityState::Published)?;
        self.owner.insert(id, o.organisation_id);
        if o.draft.visibility == Visibility::Members {
            self.members_only.insert(id);
        }
        // The store reads the opportunity with its publisher's country.
        Some(opportunity_entity(
            o,
            domain::CountryCode::parse(&o.organisation_country).ok(),
        ))
    }
}

/// Each organisation's slug: those of the full build, shared by the snapshots laid over it,
/// and those read since.
struct Slugs {
    built: Arc<HashMap<i64, Box<str>>>,
    changed: HashMap<i64, Box<str>>,
}

impl Slugs {
    fn get(&self, id: i64) -> Option<&str> {
        self.changed.get(&id).or_else(|| self.built.get(&id)).map(|s| &**s)
    }
}

#[derive(Default)]
pub struct Matchmaker {
    current: RwLock<Option<Arc<Snapshot>>>,
    /// Lists already worked out, by what they are for, whether the reader is signed in and their
    /// language, with the snapshot version they were ranked on: a profile is viewed far more
    /// often than the data changes, and ranking 100,000 organisations for every view cost the
    /// profile page most of its throughput.
    shown: Arc<Memos>,
}

#[derive(Default)]
struct Memos {
    lists: std::sync::Mutex<Lists>,
    /// Whether a list of an older snapshot is being ranked again in the background (one at a
    /// time, so re-ranking after a change never takes more than one core from the pages).
    refreshing: std::sync::atomic::AtomicBool,
}

/// Lists kept; a full memo is emptied, which keeps memory bounded (a list of eight with its
/// reasons takes about 2.5 KB, so about 10 MB at most).
const MEMO_CAPACITY: usize = 4_000;

/// What a remembered list is for: the subject, whether the reader is signed in, their language
/// and how many were asked.
type Memo = (Key, bool, crate::i18n::Locale, usize);
/// Remembered lists with the snapshot version each was ranked on and when.
type Lists = HashMap<Memo, Remembered>;

#[derive(Clone)]
struct Remembered {
    version: i64,
    at: std::time::Instant,
    list: Arc<Vec<Shown>>,
}

/// A list of an older snapshot is ranked again when viewed, but not more often than this: under
/// steady writes the index is rebuilt every few seconds, and ranking every viewed profile again
/// after each rebuild kept a core busy (recommendations a minute old are still good ones).
const RANK_AGAIN_AFTER: Duration = Duration::from_secs(60);

fn ket(t: KeyEnablingTechnology) -> String {
    format!("ket:{}", t.slug())
}
fn cta(t: CriticalTechnology) -> String {
    format!("cta:{}", t.slug())
}
fn eco(t: Ecosystem) -> String {
    format!("eco:{}", t.slug())
}
fn nace(s: NaceSection) -> String {
    format!("nace:{}", s.as_str())
}

fn label_rank(l: ClusterLabel) -> u8 {
    match l {
        ClusterLabel::Bronze => 1,
        ClusterLabel::Silver => 2,
        ClusterLabel::Gold => 3,
    }
}

/// What an organisation is about and offers, as tags.
fn organisation_tags(o: &Organisation) -> (Vec<String>, Vec<String>) {
    let p = &o.profile;
    let capabilities: Vec<String> = p
        .technologies
        .iter()
        .map(|t| ket(*t))
        .chain(p.critical_technologies.iter().map(|t| cta(*t)))
        .collect();
    let mut tags = capabilities.clone();
    tags.extend(p.ecosystems.iter().map(|e| eco(*e)));
    tags.extend(p.sections().into_iter().map(nace));
    (tags, capabilities)
}

fn opportunity_entity(o: &Opportunity, country: Option<domain::CountryCode>) -> Entity {
    let d = &o.draft;
    let mut e = Entity::new(Key::Opportunity(o.id), d.title.clone(), Subject::Opportunity(d.kind));
    e.country = country;
    let capabilities: Vec<String> = d
        .technologies
        .iter()
        .map(|t| ket(*t))
        .chain(d.critical_technologies.iter().map(|t| cta(*t)))
        .collect();
    e.tags = capabilities.clone();
    e.tags.extend(d.ecosystems.iter().map(|x| eco(*x)));
    e.tags.extend(d.sectors.iter().map(|s| nace(*s)));
    if let Some(call) = &d.call {
        e.tags.extend(matching::topic_tags(call));
    }
    if d.kind.is_request() {
        e.needs = capabilities;
    } else {
        e.offers = capabilities;
    }
    e.text = format!("{}\n{}", d.title, d.description);
    e
}

/// Organisations read per query while loading.
const LOAD_PAGE: i64 = 5_000;

/// What relates organisations to each other, as their entities need it: labels through
/// memberships, projects and their participants.
#[derive(Default)]
struct Relations {
    /// Per organisation: the best label among the clusters it is a member of.
    member_of_label: HashMap<i64, ClusterLabel>,
    /// Per organisation: its projects and whether it coordinates each.
    projects_of: HashMap<i64, Vec<(i64, bool)>>,
    /// Per project: its participants.
    members_of_project: HashMap<i64, Vec<i64>>,
    /// Per project: the topic tags and the words its participants take from it (a project's
    /// summary and objective are not among them, and are not held).
    projects: HashMap<i64, (Vec<String>, String)>,
}

impl Relations {
    /// The best label of each member's clusters.
    fn memberships(&mut self, memberships: Vec<(i64, i64)>, label_of: impl Fn(i64) -> Option<ClusterLabel>) {
        for (member, cluster) in memberships {
            let Some(l) = label_of(cluster) else { continue };
            let best = self.member_of_label.entry(member).or_insert(l);
            if label_rank(l) > label_rank(*best) {
                *best = l;
            }
        }
    }

    fn participations(&mut self, rows: Vec<(i64, i64, ParticipationRole)>) {
        for (project, organisation, role) in rows {
            self.members_of_project.entry(project).or_default().push(organisation);
            self.projects_of
                .entry(organisation)
                .or_default()
                .push((project, role == ParticipationRole::Coordinator));
        }
    }

    fn projects(&mut self, page: Vec<domain::Project>) {
        self.projects.extend(page.into_iter().map(|p| {
            let tags = p.topics.iter().flat_map(|t| matching::topic_tags(&t.code)).collect();
            let mut text = String::new();
            for line in p
                .topics
                .iter()
                .map(|t| &t.title)
                .chain(&p.draft.title)
                .chain(&p.keywords)
            {
                text.push('\n');
                text.push_str(line);
            }
            (p.id, (tags, text))
        }));
    }

    /// An organisation as the index holds it: its profile, with the tags and words of its
    /// projects, and its partners (the other participants of its projects, with how many
    /// projects each). Its list of projects is taken out of the relations: each organisation is
    /// made once.
    fn entity(&mut self, o: &Organisation) -> Entity {
        let p = &o.profile;
        let mut e = Entity::new(Key::Organisation(o.id), p.name.clone(), Subject::Organisation(p.kind));
        e.country = Some(p.country);
        (e.tags, e.offers) = organisation_tags(o);
        e.text = p.descriptions.values().cloned().collect::<Vec<_>>().join("\n");
        e.label = p.label;
        e.member_of_label = self.member_of_label.get(&o.id).copied();
        let mut partners: HashMap<i64, u32> = HashMap::new();
        for (project_id, coordinated) in self.projects_of.remove(&o.id).unwrap_or_default() {
            e.projects += 1;
            if coordinated {
                e.coordinated += 1;
            }
            if let Some((tags, text)) = self.projects.get(&project_id) {
                e.tags.extend(tags.iter().cloned());
                e.text.push_str(text);
            }
            for &other in self.members_of_project.get(&project_id).into_iter().flatten() {
                if other != o.id {
                    *partners.entry(other).or_default() += 1;
                }
            }
        }
        e.partners = partners.into_iter().map(|(k, n)| (Key::Organisation(k), n)).collect();
        e.partners.sort_unstable();
        e
    }
}

/// Loads everything the index holds. What relates organisations to each other (slugs, labels,
/// memberships, projects, partners) is read first; then organisations are read a page at a
/// time and each is given to the index's builder at once, so no more than a page of profiles
/// and texts is held at a time (100,000 at once were most of the memory a rebuild took).
async fn load(store: &Store, at: store::change_feed::Position) -> Result<Snapshot, store::StoreError> {
    let keys = store.organisation_keys().await?;
    let mut slugs: HashMap<i64, Box<str>> = HashMap::with_capacity(keys.len());
    let mut cluster_label: HashMap<i64, ClusterLabel> = HashMap::new();
    for (id, slug, label) in keys {
        if let Some(l) = label {
            cluster_label.insert(id, l);
        }
        slugs.insert(id, slug.into_boxed_str());
    }
    let mut relations = Relations::default();
    relations.memberships(store.membership_ids(None).await?, |c| cluster_label.get(&c).copied());
    drop(cluster_label);
    relations.participations(store.participation_ids(ParticipationsOf::All).await?);
    let mut after = 0;
    loop {
        let page = store.projects_after(after, 5_000).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        relations.projects(page);
    }
    let mut builder = IndexBuilder::default();
    let mut after = 0;
    loop {
        let page = store.organisations_after(after, LOAD_PAGE).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        let entities: Vec<Entity> = page.iter().map(|o| relations.entity(o)).collect();
        builder = off_the_runtime(move || {
            builder.extend(entities);
            builder
        })
        .await?;
    }
    drop(relations);
    let mut opportunities = store.all_published_opportunities().await?;
    opportunities.sort_by_key(|o| o.id);
    let mut published = Published::default();
    let entities: Vec<Entity> = opportunities
        .iter()
        .filter_map(|o| published.take(o.id, Some(o)))
        .collect();
    drop(opportunities);
    let index = off_the_runtime(move || {
        builder.extend(entities);
        builder.finish()
    })
    .await?;
    let slugs = Slugs {
        built: Arc::new(slugs),
        changed: HashMap::new(),
    };
    Ok(Snapshot::new(index, at, slugs, published))
}

/// The organisations and opportunities changed since a snapshot, as the change feed names them.
#[derive(Debug, Default)]
struct Changed {
    organisations: BTreeSet<i64>,
    opportunities: BTreeSet<i64>,
}

/// The snapshot with the changed organisations and opportunities read again and laid over its
/// index ([`matching::Index::with_changes`]); `None` when the changes reach further than the
/// entities named (a cluster's label reaches its members, a partnership both partners), which
/// takes a full build.
async fn lay(
    store: &Store,
    old: Arc<Snapshot>,
    at: store::change_feed::Position,
    changed: Changed,
) -> Result<Option<Snapshot>, store::StoreError> {
    let ids: Vec<i64> = changed.organisations.into_iter().collect();
    let organisations = store.organisations_by_ids(&ids).await?;
    let mut opportunities = changed.opportunities;
    let mut label_now: HashMap<i64, Option<ClusterLabel>> = HashMap::new();
    for o in &organisations {
        let key = Key::Organisation(o.id);
        if old.index.label_of(key).is_some_and(|l| l != o.profile.label) {
            return Ok(None);
        }
        // Its opportunities are placed in its country.
        if old.index.country_of(key).is_some_and(|c| c != Some(o.profile.country)) {
            opportunities.extend(
                old.published
                    .owner
                    .iter()
                    .filter(|(_, owner)| **owner == o.id)
                    .map(|(id, _)| *id),
            );
        }
        label_now.insert(o.id, o.profile.label);
    }
    let mut relations = Relations::default();
    relations.memberships(store.membership_ids(Some(&ids)).await?, |c| {
        label_now
            .get(&c)
            .copied()
            .unwrap_or_else(|| old.index.label_of(Key::Organisation(c)).flatten())
    });
    let mut projects: Vec<i64> = store
        .participation_ids(ParticipationsOf::Organisations(&ids))
        .await?
        .into_iter()
        .map(|(project, _, _)| project)
        .collect();
    projects.sort_unstable();
    projects.dedup();
    relations.participations(store.participation_ids(ParticipationsOf::Projects(&projects)).await?);
    relations.projects(store.projects_by_ids(&projects).await?);
    let mut changes: Vec<(Key, Option<Entity>)> = organisations
        .iter()
        .map(|o| (Key::Organisation(o.id), Some(relations.entity(o))))
        .collect();
    let mut slugs = old.slugs.changed.clone();
    slugs.extend(organisations.iter().map(|o| (o.id, o.slug.as_str().into())));
    let ids: Vec<i64> = opportunities.into_iter().collect();
    let found = store.opportunities_by_ids(&ids).await?;
    let mut published = old.published.clone();
    for id in ids {
        let entity = published.take(id, found.iter().find(|o| o.id == id));
        changes.push((Key::Opportunity(id), entity));
    }
    let shared = old.clone();
    let Ok(index) = off_the_runtime(move || shared.index.with_changes(changes)).await? else {
        return Ok(None);
    };
    let slugs = Slugs {
        built: old.slugs.built.clone(),
        changed: slugs,
    };
    Ok(Some(Snapshot::new(index, at, slugs, published)))
}

/// Runs a step of building the index on the blocking pool (counting the words of a page of
/// texts takes tens of milliseconds, which would hold a runtime worker's requests).
async fn off_the_runtime<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, store::StoreError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| store::StoreError::Corrupt {
            column: "matching index",
            message: e.to_string(),
        })
}

/// A recommendation as a page or the API shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Shown {
    /// "organisation" or "opportunity".
    pub kind: &'static str,
    pub id: i64,
    pub name: String,
    pub href: String,
    pub country: Option<String>,
    pub score: f32,
    pub reasons: Vec<String>,
}

/// Changes read to decide what to do; past it the index is built again without reading on.
const CHANGES_READ_MAX: usize = 10_000;

/// Entities laid over a full build before it is built again. An overlay ranks with the
/// statistics (idf) of the full build, which drift from the data's as more changes are laid
/// over them, and holds its entities; a full build at 100,000 organisations takes seconds of
/// CPU and about 100 MB beside the index it replaces, an overlay of 2,000 a few MB.
fn layered_max(entities: usize) -> usize {
    (entities / 20).clamp(16, 2_000)
}

/// What the follower does about the changes since a snapshot.
#[derive(Debug)]
enum Due {
    /// Nothing the index holds changed.
    Nothing,
    /// These entities changed: read them again and lay them over the index.
    Lay(Changed),
    /// Build the index again from the database.
    Rebuild,
}

/// What to do about the changes after the snapshot's up to `to`. The index holds
/// organisations (with their memberships and partners), projects and published
/// opportunities; news, events, services, calls and maps leave it as it is.
async fn due(store: &Store, s: &Snapshot, to: i64) -> Result<Due, store::StoreError> {
    let Some(changes) = store.changes_until(s.seen(), to, CHANGES_READ_MAX).await? else {
        return Ok(Due::Rebuild);
    };
    let mut changed = Changed::default();
    for c in &changes {
        match c.entity.as_str() {
            "organisation" => changed.organisations.insert(c.entity_id),
            "opportunity" => changed.opportunities.insert(c.entity_id),
            // A project's tags, words and partners are each participant's.
            "project" => return Ok(Due::Rebuild),
            _ => false,
        };
    }
    let more = changed.organisations.len() + changed.opportunities.len();
    Ok(if more == 0 {
        Due::Nothing
    } else if s.index.layered() + more > layered_max(s.index.len()) {
        Due::Rebuild
    } else {
        Due::Lay(changed)
    })
}

impl Snapshot {
    /// The newest change this snapshot is known to reflect.
    pub fn seen(&self) -> i64 {
        self.seen.load(std::sync::atomic::Ordering::Acquire)
    }
}

impl Matchmaker {
    pub fn snapshot(&self) -> Option<Arc<Snapshot>> {
        self.current.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Rebuilds the index now from the database.
    pub async fn rebuild(&self, store: &Store) -> Result<(), store::StoreError> {
        let snapshot = load(store, store.position().await?).await?;
        let identity_changed = self
            .snapshot()
            .is_some_and(|old| old.identity != snapshot.identity || old.version > snapshot.version);
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Some(Arc::new(snapshot));
        // Lists of the same database stay and are served until ranked again on the new snapshot
        // (see `remembered`); those of another database (a restore) go at once.
        if identity_changed {
            self.shown.lists.lock().unwrap_or_else(|p| p.into_inner()).clear();
        }
        Ok(())
    }

    /// Reads the entities changed up to `at` again and lays them over the index; builds it again
    /// when they reach further than themselves. Tells which it did.
    async fn lay(
        &self,
        store: &Store,
        at: store::change_feed::Position,
        changed: Changed,
    ) -> Result<&'static str, store::StoreError> {
        if let Some(old) = self.snapshot() {
            if old.identity == at.identity {
                if let Some(snapshot) = lay(store, old, at, changed).await? {
                    *self.current.write().unwrap_or_else(|p| p.into_inner()) = Some(Arc::new(snapshot));
                    return Ok("laid over");
                }
            }
        }
        self.rebuild(store).await?;
        Ok("rebuilt")
    }

    /// Recommendations for an organisation's profile: organisations and the published requests it
    /// could answer.
    pub fn for_organisation(
        &self,
        tr: &Tr,
        o: &Organisation,
        signed_in: bool,
        limit: usize,
    ) -> Option<Arc<Vec<Shown>>> {
        self.organisation_list(tr, o, signed_in, limit, Ranked::MayBeOlder)
    }

    /// Like [`Self::for_organisation`], ranked on the current snapshot: for alerts, which
    /// exist to tell what the last changes brought.
    pub fn current_for_organisation(
        &self,
        tr: &Tr,
        o: &Organisation,
        signed_in: bool,
        limit: usize,
    ) -> Option<Arc<Vec<Shown>>> {
        self.organisation_list(tr, o, signed_in, limit, Ranked::Current)
    }

    fn organisation_list(
        &self,
        tr: &Tr,
        o: &Organisation,
        signed_in: bool,
        limit: usize,
        ranked: Ranked,
    ) -> Option<Arc<Vec<Shown>>> {
        let snap = self.snapshot()?;
        let memo = (Key::Organisation(o.id), signed_in, tr.locale, limit);
        let (tr, o) = (*tr, o.clone());
        self.remembered(snap, memo, ranked, move |snap| {
            rank_for_organisation(snap, &tr, &o, signed_in, limit)
        })
    }

    /// Recommendations for an opportunity: the organisations that can answer it and the
    /// opportunities that complement it.
    pub fn for_opportunity(
        &self,
        tr: &Tr,
        o: &Opportunity,
        owner: &Organisation,
        signed_in: bool,
        limit: usize,
    ) -> Option<Arc<Vec<Shown>>> {
        self.opportunity_list(tr, o, owner, signed_in, limit, Ranked::MayBeOlder)
    }

    /// Like [`Self::for_opportunity`], ranked on the current snapshot (for alerts).
    pub fn current_for_opportunity(
        &self,
        tr: &Tr,
        o: &Opportunity,
        owner: &Organisation,
        signed_in: bool,
        limit: usize,
    ) -> Option<Arc<Vec<Shown>>> {
        self.opportunity_list(tr, o, owner, signed_in, limit, Ranked::Current)
    }

    fn opportunity_list(
        &self,
        tr: &Tr,
        o: &Opportunity,
        owner: &Organisation,
        signed_in: bool,
        limit: usize,
        ranked: Ranked,
    ) -> Option<Arc<Vec<Shown>>> {
        let snap = self.snapshot()?;
        let memo = (Key::Opportunity(o.id), signed_in, tr.locale, limit);
        let (tr, o, owner) = (*tr, o.clone(), owner.clone());
        self.remembered(snap, memo, ranked, move |snap| {
            rank_for_opportunity(snap, &tr, &o, &owner, signed_in, limit)
        })
    }

    /// The list `work` gives on the current snapshot, remembered. A list ranked on an older
    /// snapshot of the same database is served as it is while it is ranked again in the
    /// background (at most once per [`RANK_AGAIN_AFTER`]): one change among 100,000
    /// organisations rarely changes a list, and ranking on the request path after every change
    /// (12 ms of CPU each) made p99 under writes. A list never ranked is ranked on the request
    /// (measured: moving it to the blocking pool, even one at a time with a bounded wait, made
    /// the profile page's p99 in `bench/directory.sh` two to six times worse).
    fn remembered(
        &self,
        snap: Arc<Snapshot>,
        memo: Memo,
        ranked: Ranked,
        work: impl FnOnce(&Snapshot) -> Vec<Shown> + Send + 'static,
    ) -> Option<Arc<Vec<Shown>>> {
        let memos = &self.shown;
        let known = memos
            .lists
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&memo)
            .cloned();
        let version = snap.version;
        match known {
            Some(r) if r.version == version => Some(r.list),
            Some(r) if r.version < version && ranked == Ranked::MayBeOlder => {
                if r.at.elapsed() >= RANK_AGAIN_AFTER
                    && !memos.refreshing.swap(true, std::sync::atomic::Ordering::AcqRel)
                {
                    let memos = self.shown.clone();
                    tokio::task::spawn_blocking(move || {
                        let list = Arc::new(work(&snap));
                        memos.put(memo, version, list);
                        memos.refreshing.store(false, std::sync::atomic::Ordering::Release);
                    });
                }
                Some(r.list)
            }
            _ => {
                let list = Arc::new(work(&snap));
                memos.put(memo, version, list.clone());
                Some(list)
            }
        }
    }
}

/// Whether a list ranked on an older snapshot may be served.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ranked {
    /// Yes, while it is ranked again in the background (pages).
    MayBeOlder,
    /// No: alerts report what changed.
    Current,
}

impl Memos {
    fn put(&self, memo: Memo, version: i64, list: Arc<Vec<Shown>>) {
        let mut lists = self.lists.lock().unwrap_or_else(|p| p.into_inner());
        if lists.len() >= MEMO_CAPACITY {
            lists.clear();
        }
        // Never replace a list of a newer snapshot with an older one.
        if lists.get(&memo).is_none_or(|r| r.version <= version) {
            lists.insert(
                memo,
                Remembered {
                    version,
                    at: std::time::Instant::now(),
                    list,
                },
            );
        }
    }
}

fn rank_for_organisation(snap: &Snapshot, tr: &Tr, o: &Organisation, signed_in: bool, limit: usize) -> Vec<Shown> {
    let (tags, offers) = organisation_tags(o);
    let mut text = o.profile.descriptions.values().cloned().collect::<Vec<_>>().join("\n");
    if text.is_empty() {
        text = o.profile.name.clone();
    }
    let partners = snap.index.partners_of(Key::Organisation(o.id));
    let mut requests: Vec<OpportunityKind> = OpportunityKind::ALL
        .iter()
        .copied()
        .filter(|k| k.is_request())
        .collect();
    if o.profile.kind == OrganisationType::Cluster {
        requests.push(OpportunityKind::ClusterPartnership);
    }
    let query = Query {
        exclude: vec![Key::Organisation(o.id)],
        country: Some(o.profile.country),
        tags,
        offers,
        needs: vec![],
        text,
        partners,
        target_countries: o.profile.target_markets.clone(),
        cross_border: true,
        prefer_types: vec![],
        accept: Accept {
            organisations: true,
            organisation_types: vec![],
            opportunities: requests,
        },
        limit,
    };
    show(snap, tr, &query, signed_in)
}

fn rank_for_opportunity(
    snap: &Snapshot,
    tr: &Tr,
    o: &Opportunity,
    owner: &Organisation,
    signed_in: bool,
    limit: usize,
) -> Vec<Shown> {
    let e = opportunity_entity(o, Some(owner.profile.country));
    let kind = o.draft.kind;
    let answered_by = kind.answered_by();
    let query = Query {
        exclude: vec![Key::Opportunity(o.id), Key::Organisation(o.organisation_id)],
        country: Some(owner.profile.country),
        tags: e.tags,
        offers: e.offers,
        needs: e.needs,
        text: e.text,
        partners: vec![Key::Organisation(o.organisation_id)],
        target_countries: o.draft.target_countries.clone(),
        cross_border: true,
        prefer_types: answered_by.to_vec(),
        accept: Accept {
            organisations: true,
            // Cluster partnerships are between clusters; other kinds prefer but do not require
            // the answering types, so a company with the right capability still shows.
            organisation_types: if kind == OpportunityKind::ClusterPartnership {
                answered_by.to_vec()
            } else {
                vec![]
            },
            opportunities: kind.complements().to_vec(),
        },
        limit,
    };
    show(snap, tr, &query, signed_in)
}

fn show(snap: &Snapshot, tr: &Tr, query: &Query, signed_in: bool) -> Vec<Shown> {
    let mut q = query.clone();
    // Members-only opportunities are dropped for visitors after ranking, and the list is
    // varied after that, so ask for more than are shown.
    q.limit = query.limit * VARIETY
        + if signed_in {
            0
        } else {
            snap.published.members_only.len().min(50)
        };
    let visible =
        snap.index.recommend(&q, &Weights::default()).into_iter().filter(|r| {
            signed_in || !matches!(r.key, Key::Opportunity(id) if snap.published.members_only.contains(&id))
        });
    varied(visible, |id| snap.published.owner.get(&id).copied(), query.limit)
        .into_iter()
        .filter_map(|r| shown(snap, tr, r))
        .collect()
}

/// Candidates asked of the index per recommendation shown, for [`varied`] to choose from.
const VARIETY: usize = 4;

/// A varied list from ranked candidates, best first: one opportunity per publishing
/// organisation, no two opportunities with the same title (generated and copied titles repeat),
/// nothing from an organisation already listed, and at most half opportunities while
/// organisations are there to fill the rest. A list of eight near-identical requests tells a
/// reader less than four requests and four partners.
pub fn varied(
    ranked: impl IntoIterator<Item = Recommendation>,
    owner_of: impl Fn(i64) -> Option<i64>,
    limit: usize,
) -> Vec<Recommendation> {
    let max_opportunities = limit.div_ceil(2);
    let mut chosen: Vec<Recommendation> = Vec::with_capacity(limit);
    let mut held_back: Vec<Recommendation> = Vec::new();
    let mut owners: HashSet<i64> = HashSet::new();
    let mut titles: HashSet<String> = HashSet::new();
    let mut opportunities = 0;
    for r in ranked {
        if chosen.len() == limit {
            break;
        }
        let (owner, is_opportunity) = match r.key {
            Key::Organisation(id) => (Some(id), false),
            Key::Opportunity(id) => (owner_of(id), true),
        };
        if owner.is_some_and(|o| owners.contains(&o)) {
            continue;
        }
        if is_opportunity {
            if !titles.insert(domain::fold(&r.name)) {
                continue;
            }
            if opportunities == max_opportunities {
                held_back.push(r);
                continue;
            }
            opportunities += 1;
        }
        owners.extend(owner);
        chosen.push(r);
    }
    // Too few organisations to fill the list: the best held-back opportunities take the room.
    for r in held_back {
        if chosen.len() == limit {
            break;
        }
        let owner = match r.key {
            Key::Opportunity(id) => owner_of(id),
            Key::Organisation(id) => Some(id),
        };
        if owner.is_some_and(|o| !owners.insert(o)) {
            continue;
        }
        chosen.push(r);
    }
    chosen.sort_by(|a, b| b.score.total_cmp(&a.score));
    chosen
}

fn shown(snap: &Snapshot, tr: &Tr, r: Recommendation) -> Option<Shown> {
    let (kind, id, href) = match r.key {
        Key::Organisation(id) => ("organisation", id, format!("/organisations/{}", snap.slugs.get(id)?)),
        Key::Opportunity(id) => ("opportunity", id, format!("/opportunities/{id}")),
    };
    Some(Shown {
        kind,
        id,
        name: crate::views::title_case_if_shouting(&r.name),
        href,
        country: r.country.map(|c| c.to_string()),
        score: r.score,
        reasons: r.reasons.iter().filter_map(|x| reason_text(tr, x)).take(6).collect(),
    })
}

/// A tag's name in the reader's language.
pub fn tag_name(tr: &Tr, tag: &str) -> String {
    let (vocabulary, value) = tag.split_once(':').unwrap_or(("", tag));
    let id = match vocabulary {
        "ket" => KeyEnablingTechnology::from_slug(value).map(|v| v.message_id()),
        "cta" => CriticalTechnology::from_slug(value).map(|v| v.message_id()),
        "eco" => Ecosystem::from_slug(value).map(|v| v.message_id()),
        "nace" => NaceSection::parse(value).ok().map(|v| v.message_id()),
        _ => None,
    };
    id.map(|id| tr.t(id)).unwrap_or_else(|| value.to_owned())
}

fn list(tr: &Tr, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => tr.t2("list-and", "first", init.join(", "), "last", last.clone()),
    }
}

/// A reason in plain words of the reader's language.
pub fn reason_text(tr: &Tr, r: &Reason) -> Option<String> {
    let tags = |v: &[String]| list(tr, &v.iter().map(|t| tag_name(tr, t)).collect::<Vec<_>>());
    Some(match r {
        Reason::Provides(t) => tr.t1("reason-provides", "tags", tags(t)),
        Reason::Needs(t) => tr.t1("reason-needs", "tags", tags(t)),
        Reason::Shares(t) if !t.is_empty() => tr.t1("reason-shares", "tags", tags(t)),
        Reason::Shares(_) => return None,
        Reason::Words(w) => tr.t1("reason-words", "words", list(tr, w)),
        Reason::WorkedWith { names, count } => {
            let names: Vec<String> = names.iter().map(|n| crate::views::title_case_if_shouting(n)).collect();
            tr.t2("reason-worked-with", "names", list(tr, &names), "count", *count as i64)
        }
        Reason::TargetCountry(c) => tr.t1("reason-target-country", "country", tr.country(c.as_str())),
        Reason::CrossBorder { from, to } => {
            tr.t2("reason-cross-border", "from", from.to_string(), "to", to.to_string())
        }
        Reason::TrackRecord { projects, coordinated } => tr.t2(
            "reason-track-record",
            "projects",
            i64::from(*projects),
            "coordinated",
            i64::from(*coordinated),
        ),
        Reason::Answers(t) => tr.t1("reason-answers", "type", tr.t(t.message_id())),
        Reason::Label(l) => tr.t1("reason-label", "label", tr.t(l.message_id())),
        Reason::MemberOfLabelled(l) => tr.t1("reason-member-of-labelled", "label", tr.t(l.message_id())),
    })
}

/// Keeps the index current until `stop`: builds it at start, then follows the change feed,
/// laying changed entities over it and building it again when the changes reach further.
pub fn follow(store: Store, matchmaker: Arc<Matchmaker>, mut stop: crate::jobs::Stop) {
    let weak = Arc::downgrade(&matchmaker);
    drop(matchmaker);
    tokio::spawn(async move {
        let mut pause = std::time::Duration::ZERO;
        loop {
            tokio::select! {
                _ = tokio::time::sleep(pause) => {}
                _ = stop.stopped() => break,
            }
            pause = REBUILD_EVERY;
            let Some(m) = weak.upgrade() else { break };
            let built = m.snapshot();
            let now = match store.position().await {
                Ok(now) => now,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot read the change feed");
                    continue;
                }
            };
            let due = match built {
                None => Ok(Due::Rebuild),
                // Another database, or a history that went back (a restore).
                Some(s) if s.identity != now.identity || s.seen() > now.change => Ok(Due::Rebuild),
                Some(s) if s.seen() == now.change => Ok(Due::Nothing),
                Some(s) => due(&store, &s, now.change).await.inspect(|d| {
                    if let Due::Nothing = d {
                        s.seen.fetch_max(now.change, std::sync::atomic::Ordering::AcqRel);
                    }
                }),
            };
            let started = std::time::Instant::now();
            let done = match due {
                Err(e) => {
                    tracing::warn!(error = %e, "cannot read the change feed");
                    continue;
                }
                Ok(Due::Nothing) => continue,
                Ok(Due::Lay(changed)) => m.lay(&store, now, changed).await,
                Ok(Due::Rebuild) => m.rebuild(&store).await.map(|()| "rebuilt"),
            };
            let how = match done {
                Ok(how) => how,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot update the matching index; the previous one stays");
                    continue;
                }
            };
            // Under steady writes an update follows every change: the pause after one is a
            // multiple of what it took, so a run of full builds takes at most a share of a
            // core from the pages (a build of 100,000 organisations takes seconds).
            let took = started.elapsed();
            pause = pause.max(took * REBUILD_SHARE);
            // The size is counted over every posting: only when it is logged.
            let size = tracing::enabled!(tracing::Level::DEBUG)
                .then(|| m.snapshot().map(|s| (s.index.size(), s.index.layered())))
                .flatten();
            tracing::debug!(
                ms = took.as_millis() as u64,
                entities = size.map(|s| s.0.entities),
                layered = size.map(|s| s.1),
                words = size.map(|s| s.0.words),
                word_postings = size.map(|s| s.0.word_postings),
                mib = size.map(|s| s.0.bytes >> 20),
                "matching index {how}"
            );
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use matching::{Features, Recommendation, Subject};

    fn candidate(key: Key, name: &str, score: f32) -> Recommendation {
        Recommendation {
            key,
            name: name.into(),
            subject: match key {
                Key::Organisation(_) => Subject::Organisation(OrganisationType::Company),
                Key::Opportunity(_) => Subject::Opportunity(OpportunityKind::TechnologyRequest),
            },
            country: None,
            score,
            features: Features::default(),
            reasons: vec![],
        }
    }

    #[test]
    fn a_varied_list_has_each_owner_and_title_once_and_room_for_organisations() {
        // Ten near-identical requests from organisations 100..110 rank above three organisations.
        let mut ranked: Vec<Recommendation> = (0..10)
            .map(|i| {
                candidate(
                    Key::Opportunity(i),
                    "Consortium partners for Horizon Europe",
                    10.0 - i as f32 * 0.1,
                )
            })
            .collect();
        ranked.push(candidate(Key::Opportunity(20), "Laser drilling of alumina", 5.0));
        ranked.push(candidate(Key::Opportunity(21), "Pilot line for sensors", 4.9));
        ranked.push(candidate(Key::Opportunity(22), "Another request by owner 101", 4.8));
        for (i, id) in [1, 2, 3].into_iter().enumerate() {
            ranked.push(candidate(Key::Organisation(id), "Org", 3.0 - i as f32));
        }
        let owner = |id: i64| Some(if id == 22 { 101 } else { 100 + id });
        let list = varied(ranked, owner, 6);
        let keys: Vec<Key> = list.iter().map(|r| r.key).collect();
        assert_eq!(
            keys,
            [
                Key::Opportunity(0),
                Key::Opportunity(20),
                Key::Opportunity(21),
                Key::Organisation(1),
                Key::Organisation(2),
                Key::Organisation(3)
            ],
            "one of the identical titles, no second request of an owner, half organisations"
        );
        // Without organisations, opportunities fill the list.
        let only: Vec<Recommendation> = (0..5)
            .map(|i| candidate(Key::Opportunity(i), &format!("Request {i}"), 5.0 - i as f32))
            .collect();
        assert_eq!(varied(only, |id| Some(100 + id), 4).len(), 4);
    }
}
