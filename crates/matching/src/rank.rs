//! The index of everything that can be recommended and the ranking over it.
//!
//! Retrieval walks inverted lists (tag → entities, word → entities, organisation → the
//! organisations it worked with), so a query touches only entities that share something with it;
//! scoring then adds the weighted features of [`Features`] for each touched entity and keeps the
//! best `limit`. Only the winners get their reasons written out.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use domain::{ClusterLabel, CountryCode, OpportunityKind, OrganisationType};

use crate::lists::{Chunked, Lists, Strings};
use crate::text;

/// What a recommended entity is, with the identifier the caller knows it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Organisation(i64),
    Opportunity(i64),
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    Organisation(OrganisationType),
    Opportunity(OpportunityKind),
}

/// One organisation or opportunity as the ranking sees it. Tags are opaque strings with a prefix
/// naming their vocabulary (`ket:photonics`, `eco:digital`, `topic:HORIZON-CL4-…`); the caller
/// chooses them and translates them back for display.
#[derive(Debug, Clone)]
pub struct Entity {
    pub key: Key,
    pub name: String,
    pub subject: Subject,
    pub country: Option<CountryCode>,
    /// What it is about: technologies, ecosystems, sectors, programme topics, research fields.
    pub tags: Vec<String>,
    /// What it offers (a technology offer's technologies, a technology centre's competences).
    pub offers: Vec<String>,
    /// What it asks for (a request's or challenge's technologies).
    pub needs: Vec<String>,
    /// Free text: descriptions, project titles, topic titles.
    pub text: String,
    /// Organisations it has worked with in projects, with how many projects each.
    pub partners: Vec<(Key, u32)>,
    pub projects: u32,
    pub coordinated: u32,
    /// Its own cluster-management label (clusters).
    pub label: Option<ClusterLabel>,
    /// The best label among the clusters it is a member of.
    pub member_of_label: Option<ClusterLabel>,
}

impl Entity {
    pub fn new(key: Key, name: impl Into<String>, subject: Subject) -> Self {
        Self {
            key,
            name: name.into(),
            subject,
            country: None,
            tags: vec![],
            offers: vec![],
            needs: vec![],
            text: String::new(),
            partners: vec![],
            projects: 0,
            coordinated: 0,
            label: None,
            member_of_label: None,
        }
    }
}

/// What recommendations are wanted for: an organisation's profile, an opportunity, or a
/// consortium looking for a partner.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// The entities never to recommend (the subject itself, a consortium's members).
    pub exclude: Vec<Key>,
    pub country: Option<CountryCode>,
    pub tags: Vec<String>,
    pub offers: Vec<String>,
    pub needs: Vec<String>,
    pub text: String,
    /// Organisations already on the subject's side (its consortium, its past partners): those who
    /// worked with them are likely partners too.
    pub partners: Vec<Key>,
    /// Countries the subject wants partners in.
    pub target_countries: Vec<CountryCode>,
    /// Whether partners abroad count in favour (cross-border cooperation).
    pub cross_border: bool,
    /// Organisation types that can answer the subject best (soft preference).
    pub prefer_types: Vec<OrganisationType>,
    /// Which entities may be recommended at all.
    pub accept: Accept,
    pub limit: usize,
}

/// The kinds of entity a query accepts.
#[derive(Debug, Clone, Default)]
pub struct Accept {
    /// Accept organisations (of any type when `organisation_types` is empty).
    pub organisations: bool,
    pub organisation_types: Vec<OrganisationType>,
    /// Accept opportunities of these kinds.
    pub opportunities: Vec<OpportunityKind>,
}

impl Accept {
    pub fn organisations() -> Self {
        Self {
            organisations: true,
            ..Self::default()
        }
    }

    fn allows(&self, s: Subject) -> bool {
        match s {
            Subject::Organisation(t) => {
                self.organisations && (self.organisation_types.is_empty() || self.organisation_types.contains(&t))
            }
            Subject::Opportunity(k) => self.opportunities.contains(&k),
        }
    }
}

/// The features of one candidate for one query, each between 0 and 1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Features {
    /// Share of what the subject needs that the candidate offers (or the other way round),
    /// weighted by how rare each tag is.
    pub complement: f32,
    /// Share of the subject's tags the candidate has too, rare tags weighing more (idf²).
    pub tags: f32,
    /// Cosine of the two texts' word vectors (tf-idf).
    pub text: f32,
    /// The subject's partners the candidate has worked with, each counting more the fewer
    /// others it works with (Adamic–Adar), over the log of the candidate's own partner count;
    /// mapped to 0…1 by 1 − e^(−2x).
    pub network: f32,
    /// 1 in a target country; ½ abroad when cross-border cooperation is wanted.
    pub geography: f32,
    /// Projects and coordinations, on a log scale saturating at 50 projects / 5 coordinations.
    pub track: f32,
    /// 1 when the candidate is of a type that answers the subject.
    pub fit: f32,
    /// Cluster-management label: gold 1, silver ⅔, bronze ⅓; 0.8 × that for a member of such a cluster.
    pub label: f32,
}

/// How much each feature counts. The defaults are documented in `docs/MATCHING.md` with the
/// evaluation that chose them; every weight is visible here rather than learnt in a black box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub complement: f32,
    pub tags: f32,
    pub text: f32,
    pub network: f32,
    pub geography: f32,
    pub track: f32,
    pub fit: f32,
    pub label: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Self {
            complement: 3.0,
            tags: 2.0,
            text: 0.5,
            network: 8.0,
            geography: 0.5,
            track: 4.0,
            fit: 0.8,
            label: 0.3,
        }
    }
}

impl Weights {
    pub fn score(&self, f: &Features) -> f32 {
        self.complement * f.complement
            + self.tags * f.tags
            + self.text * f.text
            + self.network * f.network
            + self.geography * f.geography
            + self.track * f.track
            + self.fit * f.fit
            + self.label * f.label
    }

    /// Only text similarity: the baseline the evaluation compares with.
    pub fn text_only() -> Self {
        Self {
            complement: 0.0,
            tags: 0.0,
            text: 1.0,
            network: 0.0,
            geography: 0.0,
            track: 0.0,
            fit: 0.0,
            label: 0.0,
        }
    }
}

/// Why a candidate is recommended, as data; the web layer words it in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// The candidate offers these tags that the subject needs.
    Provides(Vec<String>),
    /// The candidate needs these tags that the subject offers.
    Needs(Vec<String>),
    /// Both are tagged with these.
    Shares(Vec<String>),
    /// Both texts use these words.
    Words(Vec<String>),
    /// The candidate has worked with these of the subject's partners (names, and how many in all).
    WorkedWith {
        names: Vec<String>,
        count: usize,
    },
    /// The candidate is in a country the subject targets.
    TargetCountry(CountryCode),
    /// Cooperation across a border, from the subject's country to the candidate's.
    CrossBorder {
        from: CountryCode,
        to: CountryCode,
    },
    TrackRecord {
        projects: u32,
        coordinated: u32,
    },
    /// The candidate is of a type that answers the subject.
    Answers(OrganisationType),
    Label(ClusterLabel),
    MemberOfLabelled(ClusterLabel),
}

#[derive(Debug, Clone)]
pub struct Recommendation {
    pub key: Key,
    pub name: String,
    pub subject: Subject,
    pub country: Option<CountryCode>,
    pub score: f32,
    pub features: Features,
    /// Strongest first.
    pub reasons: Vec<Reason>,
}

/// An entity's fixed-size facts; its name and lists are in the index's arrays, by its number.
struct Node {
    key: Key,
    subject: Subject,
    country: Option<CountryCode>,
    projects: u32,
    coordinated: u32,
    label: Option<ClusterLabel>,
    member_of_label: Option<ClusterLabel>,
    /// The track and label features, which depend on the candidate alone.
    track: f32,
    label_value: f32,
}

/// Everything that can be recommended, indexed for ranking. Build it once from the database (or
/// an evaluation's data) and query it from many threads; lay later changes over it with
/// [`Index::with_changes`] instead of building it again.
pub struct Index {
    base: Arc<Base>,
    /// Entities changed since the base was built; empty after a full build.
    over: Overlay,
}

/// The entities of a full build. Nodes are numbered from 0; an overlay's nodes follow them.
struct Base {
    nodes: Vec<Node>,
    names: Strings,
    /// Per node: its tags, offers and needs, by tag.
    tags: Lists<u32>,
    offers: Lists<u32>,
    needs: Lists<u32>,
    by_key: HashMap<Key, u32>,
    tag_ids: HashMap<String, u32>,
    tag_names: Vec<String>,
    tag_idf: Vec<f32>,
    /// Per tag: (node, how strongly the node has it).
    tag_postings: Lists<(u32, f32)>,
    offer_postings: Lists<u32>,
    need_postings: Lists<u32>,
    word_ids: HashMap<String, u32>,
    word_surface: Vec<String>,
    word_idf: Vec<f32>,
    /// Per word: (node, normalised tf-idf weight).
    word_postings: Lists<(u32, f32)>,
    /// Per node: the nodes it worked with and in how many projects, by node.
    worked_with: Lists<(u32, u32)>,
}

/// The size of an [`Index`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexSize {
    pub entities: usize,
    pub words: usize,
    pub word_postings: usize,
    /// An estimate of the memory it takes.
    pub bytes: usize,
}

/// At most this many words of an entity's text are indexed.
const MAX_WORDS: usize = 2_000;
/// The words of a query's text that take part: its most telling ones by tf-idf.
const MAX_QUERY_WORDS: usize = 32;
/// How fast the network feature approaches 1 with the Adamic–Adar sum of shared partners.
const NETWORK_SATURATION: f32 = 2.0;
/// Words in more than this share of entities say nothing about a match and are skipped at query time.
const COMMON_WORD_SHARE: f32 = 0.25;

/// How many entities a word may be in before it is too common to count.
fn common_word_count(n: usize) -> usize {
    (n as f32 * COMMON_WORD_SHARE).max(50.0) as usize
}

fn idf(n: usize, df: usize) -> f32 {
    (1.0 + n as f32 / df.max(1) as f32).ln()
}

/// The weight of a word used `times` times in a text (before the text's vector is normalised).
fn tf_idf(times: u32, idf: f32) -> f32 {
    (1.0 + (times as f32).ln()) * idf
}

/// Item `i` of a list numbered on from the base's: in the base's part or the overlay's.
fn base_or_over<'a, T>(i: u32, base: &'a [T], over: &'a [T]) -> &'a T {
    match (i as usize).checked_sub(base.len()) {
        None => &base[i as usize],
        Some(j) => &over[j],
    }
}

fn label_value(l: ClusterLabel) -> f32 {
    match l {
        ClusterLabel::Gold => 1.0,
        ClusterLabel::Silver => 2.0 / 3.0,
        ClusterLabel::Bronze => 1.0 / 3.0,
    }
}

struct Interner<'a> {
    ids: &'a mut HashMap<String, u32>,
    names: &'a mut Vec<String>,
}

impl Interner<'_> {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.names.len() as u32;
        self.ids.insert(s.to_owned(), id);
        self.names.push(s.to_owned());
        id
    }
}

fn unique(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v.dedup();
    v
}

/// A word of an entity's text and how often it occurs there (at most [`MAX_WORDS`] times), in six
/// bytes: the build holds one for every distinct word of every entity, its largest temporary.
#[derive(Clone, Copy)]
#[repr(C, packed(2))]
struct WordCount {
    word: u32,
    times: u16,
}

/// Builds an [`Index`] one entity at a time, so a caller can read entities in pages and drop
/// each one's text once it is counted: holding 100,000 entities with their texts at once was
/// most of the memory a rebuild took. Entities are ranked the same whatever order they come in;
/// callers give them in key order so that the index is the same from one build to the next.
#[derive(Default)]
pub struct IndexBuilder {
    tag_ids: HashMap<String, u32>,
    tag_names: Vec<String>,
    word_ids: HashMap<String, u32>,
    word_surface: Vec<String>,
    nodes: Vec<Node>,
    names: Strings,
    /// Per node: its tags, by tag, and how often each was given (a topic of several projects).
    tags: Lists<u32>,
    tag_counts: Chunked<u16>,
    offers: Lists<u32>,
    needs: Lists<u32>,
    /// Per node: its words and how often each occurs, by word.
    word_tf: Chunked<WordCount>,
    /// Per node: its partners, found among the nodes when the index is finished.
    partners: Chunked<(Key, u32)>,
}

impl Extend<Entity> for IndexBuilder {
    fn extend<I: IntoIterator<Item = Entity>>(&mut self, entities: I) {
        for e in entities {
            self.add(e);
        }
    }
}

impl IndexBuilder {
    pub fn add(&mut self, e: Entity) {
        let mut tags = Interner {
            ids: &mut self.tag_ids,
            names: &mut self.tag_names,
        };
        let mut all: Vec<u32> = e.tags.iter().map(|s| tags.id(s)).collect();
        all.sort_unstable();
        self.tags.push(all.chunk_by(|a, b| a == b).map(|run| run[0]));
        self.tag_counts.push(
            all.chunk_by(|a, b| a == b)
                .map(|run| u16::try_from(run.len()).unwrap_or(u16::MAX)),
        );
        let offers = unique(e.offers.iter().map(|s| tags.id(s)).collect());
        let needs = unique(e.needs.iter().map(|s| tags.id(s)).collect());
        self.offers.push(offers);
        self.needs.push(needs);
        let words = Interner {
            ids: &mut self.word_ids,
            names: &mut self.word_surface,
        };
        let mut tf: HashMap<u32, u32> = HashMap::new();
        text::for_each_word(&e.text, MAX_WORDS, |stem, surface| {
            let id = match words.ids.get(stem) {
                Some(&id) => id,
                None => {
                    let id = words.names.len() as u32;
                    words.ids.insert(stem.to_owned(), id);
                    words.names.push(surface.to_owned());
                    id
                }
            };
            *tf.entry(id).or_default() += 1;
        });
        let mut tf: Vec<(u32, u32)> = tf.into_iter().collect();
        tf.sort_unstable();
        self.word_tf.push(tf.into_iter().map(|(word, times)| WordCount {
            word,
            times: u16::try_from(times).unwrap_or(u16::MAX),
        }));
        self.names.push(&e.name);
        self.nodes.push(Node::of(&e));
        self.partners.push(e.partners);
    }

    pub fn finish(self) -> Index {
        let Self {
            tag_ids,
            tag_names,
            word_ids,
            word_surface,
            mut nodes,
            mut names,
            mut tags,
            tag_counts,
            mut offers,
            mut needs,
            word_tf,
            partners,
        } = self;
        nodes.shrink_to_fit();
        names.shrink_to_fit();
        tags.shrink_to_fit();
        offers.shrink_to_fit();
        needs.shrink_to_fit();
        let n = nodes.len();
        let by_key: HashMap<Key, u32> = nodes.iter().enumerate().map(|(i, node)| (node.key, i as u32)).collect();
        // The words first: their counts are the largest of the build's temporaries, and are
        // dropped before the other lists are made.
        let mut df = vec![0usize; word_surface.len()];
        for tf in word_tf.iter() {
            for x in tf {
                df[x.word as usize] += 1;
            }
        }
        let word_idf: Vec<f32> = df.iter().map(|&d| idf(n, d)).collect();
        // Words too common to tell anything are skipped by every query (see `recommend`), so
        // their postings, the longest of all, are not kept.
        let common = common_word_count(n);
        let word_postings = Lists::gather(word_surface.len(), |emit| {
            for (i, tf) in word_tf.iter().enumerate() {
                let weight = |x: WordCount| tf_idf(u32::from(x.times), word_idf[x.word as usize]);
                let norm = tf.iter().map(|&x| weight(x).powi(2)).sum::<f32>().sqrt();
                if norm > 0.0 {
                    for &x in tf {
                        if df[x.word as usize] <= common {
                            emit(x.word, (i as u32, weight(x) / norm));
                        }
                    }
                }
            }
        });
        drop(word_tf);
        // Both sides may list a partnership, and partners outside the index are left out.
        let partnership = |emit: &mut dyn FnMut(u32, (u32, u32))| {
            for (i, list) in partners.iter().enumerate() {
                for &(k, times) in list {
                    if let Some(&j) = by_key.get(&k) {
                        if j as usize != i {
                            emit(i as u32, (j, times));
                            emit(j, (i as u32, times));
                        }
                    }
                }
            }
        };
        let mut listed = Lists::gather(n, partnership);
        drop(partners);
        let mut worked_with = Lists::default();
        // One entry per partner, with the larger count.
        listed.for_each_mut(|list| list.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1))));
        for list in listed.iter() {
            worked_with.push(list.chunk_by(|a, b| a.0 == b.0).map(|run| run[0]));
        }
        drop(listed);
        worked_with.shrink_to_fit();
        let tag_postings = Lists::gather(tag_names.len(), |emit| {
            for (i, (list, counts)) in tags.iter().zip(tag_counts.iter()).enumerate() {
                for (&t, &times) in list.iter().zip(counts) {
                    emit(t, (i as u32, tag_strength(times)));
                }
            }
        });
        drop(tag_counts);
        let postings_of = |lists: &Lists<u32>| {
            Lists::gather(tag_names.len(), |emit| {
                for (i, list) in lists.iter().enumerate() {
                    for &t in list {
                        emit(t, i as u32);
                    }
                }
            })
        };
        let offer_postings = postings_of(&offers);
        let need_postings = postings_of(&needs);
        let tag_idf: Vec<f32> = (0..tag_names.len())
            .map(|t| {
                idf(
                    n,
                    tag_postings.get(t).len() + offer_postings.get(t).len() + need_postings.get(t).len(),
                )
            })
            .collect();
        Index::from(Base {
            nodes,
            names,
            tags,
            offers,
            needs,
            by_key,
            tag_ids,
            tag_names,
            tag_idf,
            tag_postings,
            offer_postings,
            need_postings,
            word_ids,
            word_surface,
            word_idf,
            word_postings,
            worked_with,
        })
    }
}

impl From<Base> for Index {
    fn from(base: Base) -> Self {
        Self {
            base: Arc::new(base),
            over: Overlay::default(),
        }
    }
}

/// Changes that [`Index::with_changes`] cannot lay over an index: they change other entities too,
/// and need a full build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unlayerable {
    /// The entity's partners differ from those of the build (each side of a partnership lists
    /// the other, so both would change).
    Partners(Key),
}

impl std::fmt::Display for Unlayerable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Partners(key) => write!(f, "the partners of {key:?} changed"),
        }
    }
}

impl std::error::Error for Unlayerable {}

/// Entities laid over a base: each replaces the base's entity of its key, is added, or removes
/// it. Nodes are numbered after the base's; tags and words the base knows keep its numbers and
/// its idf, new ones are numbered after the base's. Scores over base and overlay are therefore
/// comparable; what drifts until the next full build is only the base's own statistics (idf,
/// the common words), by as little as the few changed entities move them.
#[derive(Default)]
struct Overlay {
    /// What was laid over the base, by key (`None`: removed), to lay later changes over too.
    entities: BTreeMap<Key, Option<Arc<Entity>>>,
    /// Base nodes replaced or removed, one bit each.
    hidden: Vec<u64>,
    /// The overlay node that replaces a hidden base node (none when it was removed).
    replaced_by: HashMap<u32, Option<u32>>,
    nodes: Vec<Node>,
    names: Vec<String>,
    tags: Vec<Vec<u32>>,
    offers: Vec<Vec<u32>>,
    needs: Vec<Vec<u32>>,
    /// The overlay's nodes by key.
    by_key: HashMap<Key, u32>,
    /// Tags and words the base does not know.
    tag_ids: HashMap<String, u32>,
    tag_names: Vec<String>,
    tag_idf: Vec<f32>,
    word_ids: HashMap<String, u32>,
    word_surface: Vec<String>,
    word_idf: Vec<f32>,
    /// The overlay nodes' postings, by tag or word, in node order.
    tag_postings: HashMap<u32, Vec<(u32, f32)>>,
    offer_postings: HashMap<u32, Vec<u32>>,
    need_postings: HashMap<u32, Vec<u32>>,
    word_postings: HashMap<u32, Vec<(u32, f32)>>,
    /// Per overlay node: the nodes it worked with, as they are now.
    worked_with: Vec<Vec<(u32, u32)>>,
}

impl Overlay {
    fn is_hidden(&self, c: u32) -> bool {
        self.hidden
            .get(c as usize / 64)
            .is_some_and(|bits| bits & (1 << (c % 64)) != 0)
    }

    /// What a node number of the base's lists stands for now (only base nodes are hidden).
    fn now(&self, c: u32) -> Option<u32> {
        if self.is_hidden(c) {
            self.replaced_by.get(&c).copied().flatten()
        } else {
            Some(c)
        }
    }

    /// Lays `entities` over `base`.
    fn lay(base: &Base, entities: BTreeMap<Key, Option<Arc<Entity>>>) -> Result<Self, Unlayerable> {
        let nb = base.nodes.len() as u32;
        let mut over = Self {
            hidden: vec![0; base.nodes.len().div_ceil(64)],
            ..Self::default()
        };
        let mut next = nb;
        for (&key, e) in &entities {
            let old = base.by_key.get(&key).copied();
            let new = e.as_ref().map(|_| {
                next += 1;
                next - 1
            });
            if let Some(g) = new {
                over.by_key.insert(key, g);
            }
            if let Some(b) = old {
                over.hidden[b as usize / 64] |= 1 << (b % 64);
                over.replaced_by.insert(b, new);
            }
        }
        // The base's partner lists name replaced nodes by their old numbers: an entity may
        // change only where its partners stay the same, so each side still lists the other.
        let mut worked_with = Vec::new();
        for (&key, e) in &entities {
            let old = base.by_key.get(&key).copied();
            let before: Vec<(u32, u32)> = match old {
                Some(b) => base
                    .worked_with
                    .get(b as usize)
                    .iter()
                    .filter_map(|&(j, times)| over.now(j).map(|j| (j, times)))
                    .collect(),
                None => vec![],
            };
            let Some(e) = e else {
                if !before.is_empty() {
                    return Err(Unlayerable::Partners(key));
                }
                continue;
            };
            let me = over.by_key[&key];
            let mut after: Vec<(u32, u32)> = e
                .partners
                .iter()
                .filter_map(|(k, times)| {
                    let j = match over.by_key.get(k) {
                        Some(&j) => j,
                        None => base.by_key.get(k).copied().filter(|&j| !over.is_hidden(j))?,
                    };
                    (j != me).then_some((j, *times))
                })
                .collect();
            after.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            after.dedup_by_key(|p| p.0);
            let mut sorted_before = before;
            sorted_before.sort_unstable();
            if after != sorted_before {
                return Err(Unlayerable::Partners(key));
            }
            worked_with.push(after);
        }
        over.worked_with = worked_with;
        // Tags and words the base does not know are weighed among every entity there is now (a
        // new installation's index starts empty, and its first entities are laid over it).
        let n = base.nodes.len() - over.replaced_by.len() + entities.values().flatten().count();
        let mut word_tf: Vec<Vec<(u32, u32)>> = Vec::new();
        let mut tag_df: HashMap<u32, usize> = HashMap::new();
        let mut word_df: HashMap<u32, usize> = HashMap::new();
        let base_tags = base.tag_names.len() as u32;
        let base_words = base.word_surface.len() as u32;
        for e in entities.values().flatten() {
            let c = nb + over.nodes.len() as u32;
            let mut tag = |s: &str| -> u32 {
                if let Some(&t) = base.tag_ids.get(s) {
                    return t;
                }
                let next = base_tags + over.tag_names.len() as u32;
                *over.tag_ids.entry(s.to_owned()).or_insert_with(|| {
                    over.tag_names.push(s.to_owned());
                    next
                })
            };
            let mut all: Vec<u32> = e.tags.iter().map(|s| tag(s)).collect();
            all.sort_unstable();
            let offers = unique(e.offers.iter().map(|s| tag(s)).collect());
            let needs = unique(e.needs.iter().map(|s| tag(s)).collect());
            let mut tags = Vec::new();
            for run in all.chunk_by(|a, b| a == b) {
                tags.push(run[0]);
                let times = u16::try_from(run.len()).unwrap_or(u16::MAX);
                over.tag_postings
                    .entry(run[0])
                    .or_default()
                    .push((c, tag_strength(times)));
            }
            for &t in tags.iter().chain(&offers).chain(&needs) {
                if t >= base_tags {
                    *tag_df.entry(t).or_default() += 1;
                }
            }
            for &t in &offers {
                over.offer_postings.entry(t).or_default().push(c);
            }
            for &t in &needs {
                over.need_postings.entry(t).or_default().push(c);
            }
            over.tags.push(tags);
            over.offers.push(offers);
            over.needs.push(needs);
            let mut tf: HashMap<u32, u32> = HashMap::new();
            text::for_each_word(&e.text, MAX_WORDS, |stem, surface| {
                let id = match base.word_ids.get(stem) {
                    Some(&id) => id,
                    None => {
                        let next = base_words + over.word_surface.len() as u32;
                        *over.word_ids.entry(stem.to_owned()).or_insert_with(|| {
                            over.word_surface.push(surface.to_owned());
                            next
                        })
                    }
                };
                *tf.entry(id).or_default() += 1;
            });
            let mut tf: Vec<(u32, u32)> = tf.into_iter().collect();
            tf.sort_unstable();
            for &(w, _) in &tf {
                if w >= base_words {
                    *word_df.entry(w).or_default() += 1;
                }
            }
            word_tf.push(tf);
            over.names.push(e.name.clone());
            over.nodes.push(Node::of(e));
        }
        over.tag_idf = (0..over.tag_names.len() as u32)
            .map(|t| idf(n, tag_df.get(&(base_tags + t)).copied().unwrap_or(1)))
            .collect();
        over.word_idf = (0..over.word_surface.len() as u32)
            .map(|w| idf(n, word_df.get(&(base_words + w)).copied().unwrap_or(1)))
            .collect();
        for (i, tf) in word_tf.iter().enumerate() {
            let c = nb + i as u32;
            let weight = |(w, times): (u32, u32)| {
                tf_idf(
                    times.min(u32::from(u16::MAX)),
                    *base_or_over(w, &base.word_idf, &over.word_idf),
                )
            };
            let norm = tf.iter().map(|&x| weight(x).powi(2)).sum::<f32>().sqrt();
            if norm > 0.0 {
                for &(w, times) in tf {
                    // A base word without postings is too common to count (see `finish`).
                    if w >= base_words || !base.word_postings.get(w as usize).is_empty() {
                        over.word_postings
                            .entry(w)
                            .or_default()
                            .push((c, weight((w, times)) / norm));
                    }
                }
            }
        }
        over.entities = entities;
        Ok(over)
    }

    fn bytes(&self) -> usize {
        let lists = |v: &Vec<Vec<u32>>| v.iter().map(|l| 24 + 4 * l.len()).sum::<usize>();
        self.nodes.len() * (std::mem::size_of::<Node>() + 64)
            + self.names.iter().map(String::len).sum::<usize>()
            + lists(&self.tags)
            + lists(&self.offers)
            + lists(&self.needs)
            + self.word_postings.values().map(|l| 32 + 8 * l.len()).sum::<usize>()
            + self
                .entities
                .values()
                .flatten()
                .map(|e| e.text.len() + 32 * (e.tags.len() + e.partners.len()))
                .sum::<usize>()
    }
}

impl Node {
    fn of(e: &Entity) -> Self {
        Node {
            key: e.key,
            subject: e.subject,
            country: e.country,
            projects: e.projects,
            coordinated: e.coordinated,
            label: e.label,
            member_of_label: e.member_of_label,
            track: track(e.projects, e.coordinated),
            label_value: e
                .label
                .map(label_value)
                .or(e.member_of_label.map(|l| 0.8 * label_value(l)))
                .unwrap_or(0.0),
        }
    }
}

impl Index {
    pub fn build(entities: Vec<Entity>) -> Self {
        let mut builder = IndexBuilder::default();
        builder.extend(entities);
        builder.finish()
    }

    /// This index with `changes` laid over the full build it came from, on top of the changes
    /// laid over it before: each entity replaces the one of its key or is added, `None` removes
    /// the key. The full build is shared, not copied, so this costs memory and time in
    /// proportion to the changed entities alone. Changes that would change other entities
    /// (partnerships) are refused: they need a full build.
    pub fn with_changes(&self, changes: impl IntoIterator<Item = (Key, Option<Entity>)>) -> Result<Self, Unlayerable> {
        let mut entities = self.over.entities.clone();
        entities.extend(changes.into_iter().map(|(k, e)| (k, e.map(Arc::new))));
        Ok(Self {
            base: self.base.clone(),
            over: Overlay::lay(&self.base, entities)?,
        })
    }

    /// How many entities are laid over the full build (changed, added or removed since).
    pub fn layered(&self) -> usize {
        self.over.entities.len()
    }

    pub fn len(&self) -> usize {
        self.base.nodes.len() - self.over.replaced_by.len() + self.over.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, key: Key) -> bool {
        self.node_of(key).is_some()
    }

    /// An entity's own cluster-management label, as the index holds it; `None` when the index
    /// does not hold the entity.
    pub fn label_of(&self, key: Key) -> Option<Option<ClusterLabel>> {
        self.node_of(key).map(|c| self.node(c).label)
    }

    /// An entity's country, as the index holds it; `None` when the index does not hold the
    /// entity.
    pub fn country_of(&self, key: Key) -> Option<Option<CountryCode>> {
        self.node_of(key).map(|c| self.node(c).country)
    }

    /// The keys of the organisations an entity has worked with.
    pub fn partners_of(&self, key: Key) -> Vec<Key> {
        self.node_of(key)
            .map(|c| self.partners(c).into_iter().map(|(j, _)| self.node(j).key).collect())
            .unwrap_or_default()
    }

    fn base_len(&self) -> u32 {
        self.base.nodes.len() as u32
    }

    /// The node an entity is now.
    fn node_of(&self, key: Key) -> Option<u32> {
        match self.over.by_key.get(&key) {
            Some(&c) => Some(c),
            None => self.base.by_key.get(&key).copied().filter(|&c| !self.over.is_hidden(c)),
        }
    }

    fn node(&self, c: u32) -> &Node {
        base_or_over(c, &self.base.nodes, &self.over.nodes)
    }

    fn name(&self, c: u32) -> &str {
        match c.checked_sub(self.base_len()) {
            None => self.base.names.get(c as usize),
            Some(i) => &self.over.names[i as usize],
        }
    }

    /// A node's tags, offers or needs.
    fn tags_of<'a>(&self, c: u32, base: &'a Lists<u32>, over: &'a [Vec<u32>]) -> &'a [u32] {
        match c.checked_sub(self.base_len()) {
            None => base.get(c as usize),
            Some(i) => &over[i as usize],
        }
    }

    /// The nodes a node worked with, as they are now, and in how many projects.
    fn partners(&self, c: u32) -> Vec<(u32, u32)> {
        match c.checked_sub(self.base_len()) {
            None => self
                .base
                .worked_with
                .get(c as usize)
                .iter()
                .filter_map(|&(j, times)| self.over.now(j).map(|j| (j, times)))
                .collect(),
            Some(i) => self.over.worked_with[i as usize].clone(),
        }
    }

    /// How many nodes a node worked with (partnerships are the same in base and overlay).
    fn degree(&self, c: u32) -> usize {
        match c.checked_sub(self.base_len()) {
            None => self.base.worked_with.get(c as usize).len(),
            Some(i) => self.over.worked_with[i as usize].len(),
        }
    }

    fn tag_id(&self, tag: &str) -> Option<u32> {
        self.base
            .tag_ids
            .get(tag)
            .or_else(|| self.over.tag_ids.get(tag))
            .copied()
    }

    fn tag_idf(&self, t: u32) -> f32 {
        *base_or_over(t, &self.base.tag_idf, &self.over.tag_idf)
    }

    fn tag_name(&self, t: u32) -> &str {
        base_or_over::<String>(t, &self.base.tag_names, &self.over.tag_names)
    }

    fn word_idf(&self, w: u32) -> f32 {
        *base_or_over(w, &self.base.word_idf, &self.over.word_idf)
    }

    fn word_surface(&self, w: u32) -> &str {
        base_or_over::<String>(w, &self.base.word_surface, &self.over.word_surface)
    }

    /// The postings of a tag or word in the base and in the overlay.
    fn postings<'a, T>(&'a self, id: u32, base: &'a Lists<T>, over: &'a HashMap<u32, Vec<T>>) -> [&'a [T]; 2] {
        let in_base = if (id as usize) < base.len() {
            base.get(id as usize)
        } else {
            &[]
        };
        [in_base, over.get(&id).map(Vec::as_slice).unwrap_or(&[])]
    }

    /// Whether a node's text has a word (postings are in node order).
    fn has_word(&self, c: u32, w: u32) -> bool {
        self.postings(w, &self.base.word_postings, &self.over.word_postings)
            .iter()
            .any(|list| list.binary_search_by_key(&c, |(node, _)| *node).is_ok())
    }

    fn tag_list(&self, tags: &[String]) -> Vec<u32> {
        unique(tags.iter().filter_map(|t| self.tag_id(t)).collect())
    }

    /// The query's words as (word, normalised tf-idf weight), words unknown to the index dropped.
    fn query_words(&self, text: &str) -> Vec<(u32, f32)> {
        let mut tf: HashMap<u32, u32> = HashMap::new();
        text::for_each_word(text, MAX_WORDS, |stem, _| {
            if let Some(&w) = self.base.word_ids.get(stem).or_else(|| self.over.word_ids.get(stem)) {
                *tf.entry(w).or_default() += 1;
            }
        });
        let mut v: Vec<(u32, f32)> = tf.into_iter().map(|(w, c)| (w, tf_idf(c, self.word_idf(w)))).collect();
        // Like "more like this" searches: the most telling words stand for a long text.
        v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(MAX_QUERY_WORDS);
        let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
        for (_, x) in &mut v {
            *x /= norm;
        }
        v.sort_unstable_by_key(|(w, _)| *w);
        v
    }

    /// What the index holds, and about how many bytes of memory, for the logs.
    pub fn size(&self) -> IndexSize {
        let b = &self.base;
        let lists = [&b.tags, &b.offers, &b.needs, &b.offer_postings, &b.need_postings]
            .iter()
            .map(|l| l.bytes())
            .sum::<usize>()
            + b.tag_postings.bytes()
            + b.word_postings.bytes()
            + b.worked_with.bytes();
        let words: usize = b.word_surface.iter().map(|w| 2 * w.len() + 40).sum();
        IndexSize {
            entities: self.len(),
            words: b.word_surface.len() + self.over.word_surface.len(),
            word_postings: b.word_postings.items() + self.over.word_postings.values().map(Vec::len).sum::<usize>(),
            bytes: b.nodes.len() * (std::mem::size_of::<Node>() + 24)
                + b.names.bytes()
                + lists
                + words
                + self.over.bytes(),
        }
    }

    /// The best `q.limit` candidates for a query under the given weights, best first, each with
    /// its reasons. Candidates that share nothing with the query (no tag, need, word or partner)
    /// are never recommended, whatever their standing.
    pub fn recommend(&self, q: &Query, w: &Weights) -> Vec<Recommendation> {
        let (base, over) = (&*self.base, &self.over);
        let nb = self.base_len();
        let mut acc = Scratch::new(base.nodes.len() + over.nodes.len());
        acc.blocked = base.nodes.iter().map(|node| !q.accept.allows(node.subject)).collect();
        acc.blocked
            .extend(over.nodes.iter().map(|node| !q.accept.allows(node.subject)));
        for &hidden in over.replaced_by.keys() {
            acc.blocked[hidden as usize] = true;
        }
        for k in &q.exclude {
            if let Some(c) = self.node_of(*k) {
                acc.blocked[c as usize] = true;
            }
        }
        let q_tags = self.tag_list(&q.tags);
        let q_needs = self.tag_list(&q.needs);
        let q_offers = self.tag_list(&q.offers);
        let q_words = self.query_words(&q.text);
        let q_partners: Vec<u32> = unique(q.partners.iter().filter_map(|k| self.node_of(*k)).collect());

        if w.tags > 0.0 {
            for &t in &q_tags {
                let weight = self.tag_idf(t).powi(2);
                for list in self.postings(t, &base.tag_postings, &over.tag_postings) {
                    for &(c, strength) in list {
                        acc.add(c, Slot::Tags, weight * strength);
                    }
                }
            }
        }
        if w.complement > 0.0 {
            for &t in &q_needs {
                let idf = self.tag_idf(t);
                for list in self.postings(t, &base.offer_postings, &over.offer_postings) {
                    for &c in list {
                        acc.add(c, Slot::Provides, idf);
                    }
                }
            }
            for &t in &q_offers {
                let idf = self.tag_idf(t);
                for list in self.postings(t, &base.need_postings, &over.need_postings) {
                    for &c in list {
                        acc.add(c, Slot::Needs, idf);
                    }
                }
            }
        }
        if w.text > 0.0 {
            // Common words have no postings (see `build`).
            for &(word, qw) in &q_words {
                for list in self.postings(word, &base.word_postings, &over.word_postings) {
                    for &(c, cw) in list {
                        acc.add(c, Slot::Text, qw * cw);
                    }
                }
            }
        }
        if w.network > 0.0 {
            for &p in &q_partners {
                // Adamic–Adar: a partner who works with few others says more about each of them.
                let rarity = 1.0 / (2.0 + self.degree(p) as f32).ln();
                match p.checked_sub(nb) {
                    // The base's lists may name replaced nodes.
                    None if over.replaced_by.is_empty() => {
                        for &(c, _) in base.worked_with.get(p as usize) {
                            acc.add(c, Slot::Network, rarity);
                        }
                    }
                    _ => {
                        for (c, _) in self.partners(p) {
                            acc.add(c, Slot::Network, rarity);
                        }
                    }
                }
            }
        }

        let q_tag_mass: f32 = q_tags.iter().map(|&t| self.tag_idf(t).powi(2)).sum();
        let q_need_mass: f32 = q_needs.iter().map(|&t| self.tag_idf(t)).sum();
        let q_offer_mass: f32 = q_offers.iter().map(|&t| self.tag_idf(t)).sum();

        let features = |c: u32| -> Features {
            let node = self.node(c);
            let raw = &acc.values[c as usize];
            let share = |x: f32, mass: f32| if mass > 0.0 { (x / mass).min(1.0) } else { 0.0 };
            let network = raw[Slot::Network as usize];
            Features {
                complement: share(raw[Slot::Provides as usize], q_need_mass)
                    .max(share(raw[Slot::Needs as usize], q_offer_mass)),
                tags: share(raw[Slot::Tags as usize], q_tag_mass),
                text: raw[Slot::Text as usize].min(1.0),
                network: if network > 0.0 {
                    // Divided by the log of the candidate's own partner count, so an organisation
                    // that has worked with everyone does not lead every list on that alone.
                    let degree = self.degree(c) as f32;
                    1.0 - (-NETWORK_SATURATION * network / (1.0 + degree).ln()).exp()
                } else {
                    0.0
                },
                geography: self.geography(q, node),
                track: node.track,
                fit: match node.subject {
                    Subject::Organisation(t) if q.prefer_types.contains(&t) => 1.0,
                    _ => 0.0,
                },
                label: node.label_value,
            }
        };
        // Every touched candidate shares a tag, need, word or partner with the query.
        let mut scored: Vec<(f32, u32)> = acc.touched.iter().map(|&c| (w.score(&features(c)), c)).collect();
        let limit = q.limit.min(scored.len());
        let by_score = |a: &(f32, u32), b: &(f32, u32)| {
            b.0.total_cmp(&a.0)
                .then_with(|| self.node(a.1).key.cmp(&self.node(b.1).key))
        };
        if limit > 0 && limit < scored.len() {
            scored.select_nth_unstable_by(limit - 1, by_score);
        }
        scored.truncate(limit);
        scored.sort_unstable_by(by_score);
        let asked = Asked {
            q,
            w,
            tags: &q_tags,
            needs: &q_needs,
            offers: &q_offers,
            words: &q_words,
            partners: &q_partners,
        };
        scored
            .into_iter()
            .map(|(score, c)| {
                let node = self.node(c);
                let f = features(c);
                Recommendation {
                    key: node.key,
                    name: self.name(c).to_owned(),
                    subject: node.subject,
                    country: node.country,
                    score,
                    features: f,
                    reasons: self.reasons(&asked, node, c, &f),
                }
            })
            .collect()
    }

    fn geography(&self, q: &Query, node: &Node) -> f32 {
        match node.country {
            Some(c) if q.target_countries.contains(&c) => 1.0,
            Some(c) if q.cross_border && q.country.is_some_and(|h| h != c) => 0.5,
            _ => 0.0,
        }
    }

    fn names_of_tags(&self, mut ids: Vec<u32>) -> Vec<String> {
        // Rarest first: they say most about why this candidate.
        ids.sort_by(|a, b| self.tag_idf(*b).total_cmp(&self.tag_idf(*a)));
        ids.into_iter().take(4).map(|t| self.tag_name(t).to_owned()).collect()
    }

    fn reasons(&self, a: &Asked, node: &Node, c: u32, f: &Features) -> Vec<Reason> {
        let (q, w) = (a.q, a.w);
        let mut out: Vec<(f32, Reason)> = Vec::new();
        // Tags already named as provided or needed are not named again as shared.
        let mut named: Vec<u32> = Vec::new();
        if f.complement > 0.0 {
            let offers = self.tags_of(c, &self.base.offers, &self.over.offers);
            let provided: Vec<u32> = a
                .needs
                .iter()
                .copied()
                .filter(|t| offers.binary_search(t).is_ok())
                .collect();
            named.extend(&provided);
            if !provided.is_empty() {
                out.push((
                    w.complement * f.complement + 1.0,
                    Reason::Provides(self.names_of_tags(provided)),
                ));
            }
            let needs = self.tags_of(c, &self.base.needs, &self.over.needs);
            let needed: Vec<u32> = a
                .offers
                .iter()
                .copied()
                .filter(|t| needs.binary_search(t).is_ok())
                .collect();
            named.extend(&needed);
            if !needed.is_empty() {
                out.push((
                    w.complement * f.complement + 1.0,
                    Reason::Needs(self.names_of_tags(needed)),
                ));
            }
        }
        if f.tags > 0.0 {
            let tags = self.tags_of(c, &self.base.tags, &self.over.tags);
            let shared: Vec<u32> = a
                .tags
                .iter()
                .copied()
                .filter(|t| tags.binary_search(t).is_ok() && !named.contains(t))
                .collect();
            if !shared.is_empty() {
                out.push((w.tags * f.tags, Reason::Shares(self.names_of_tags(shared))));
            }
        }
        if f.text > 0.0 {
            // The word's postings tell whether the node has it (a word list per node would
            // double the index's largest part).
            let mut shared: Vec<(f32, u32)> = a
                .words
                .iter()
                .filter(|(wd, _)| self.has_word(c, *wd))
                .map(|(wd, qw)| (*qw, *wd))
                .collect();
            shared.sort_by(|a, b| b.0.total_cmp(&a.0));
            let words: Vec<String> = shared
                .iter()
                .take(4)
                .map(|(_, wd)| self.word_surface(*wd).to_owned())
                .collect();
            if !words.is_empty() {
                out.push((w.text * f.text, Reason::Words(words)));
            }
        }
        if f.network > 0.0 {
            let mine = self.partners(c);
            let with: Vec<u32> = a
                .partners
                .iter()
                .copied()
                .filter(|p| mine.iter().any(|(j, _)| j == p))
                .collect();
            out.push((
                w.network * f.network,
                Reason::WorkedWith {
                    names: with.iter().take(3).map(|&p| self.name(p).to_owned()).collect(),
                    count: with.len(),
                },
            ));
        }
        if f.geography > 0.0 {
            if let Some(to) = node.country {
                let reason = match q.country {
                    Some(from) if f.geography < 1.0 => Reason::CrossBorder { from, to },
                    _ => Reason::TargetCountry(to),
                };
                out.push((w.geography * f.geography, reason));
            }
        }
        if node.projects > 0 {
            out.push((
                w.track * f.track,
                Reason::TrackRecord {
                    projects: node.projects,
                    coordinated: node.coordinated,
                },
            ));
        }
        if let Subject::Organisation(t) = node.subject {
            if f.fit > 0.0 {
                out.push((w.fit * f.fit, Reason::Answers(t)));
            }
        }
        if let Some(l) = node.label {
            out.push((w.label * f.label, Reason::Label(l)));
        } else if let Some(l) = node.member_of_label {
            out.push((w.label * f.label, Reason::MemberOfLabelled(l)));
        }
        out.sort_by(|a, b| b.0.total_cmp(&a.0));
        out.into_iter().map(|(_, r)| r).collect()
    }
}

/// A query with its tags, words and partners resolved to the index's numbers.
struct Asked<'a> {
    q: &'a Query,
    w: &'a Weights,
    tags: &'a [u32],
    needs: &'a [u32],
    offers: &'a [u32],
    words: &'a [(u32, f32)],
    partners: &'a [u32],
}

/// How strongly an entity has a tag it was given `n` times: ½ once, rising on a log scale to 1 at
/// five times, so an organisation with five projects on a topic counts more than one with one.
fn tag_strength(n: u16) -> f32 {
    0.5 + 0.5 * (f32::from(n).ln() / 5f32.ln()).min(1.0)
}

fn track(projects: u32, coordinated: u32) -> f32 {
    let p = ((1.0 + projects as f32).ln() / 51f32.ln()).min(1.0);
    let c = (coordinated as f32 / 5.0).min(1.0);
    0.7 * p + 0.3 * c
}

#[derive(Clone, Copy)]
enum Slot {
    Tags,
    Provides,
    Needs,
    Text,
    Network,
}

const SLOTS: usize = 5;

/// Per-candidate accumulators of one query, and the list of candidates touched.
struct Scratch {
    values: Vec<[f32; SLOTS]>,
    touched: Vec<u32>,
    /// Candidates the query does not accept: never accumulated.
    blocked: Vec<bool>,
}

impl Scratch {
    fn new(n: usize) -> Self {
        Self {
            values: vec![[0.0; SLOTS]; n],
            touched: Vec::new(),
            blocked: Vec::new(),
        }
    }

    fn add(&mut self, c: u32, slot: Slot, v: f32) {
        if v <= 0.0 || self.blocked[c as usize] {
            return;
        }
        let cell = &mut self.values[c as usize];
        if cell.iter().all(|x| *x == 0.0) {
            self.touched.push(c);
        }
        cell[slot as usize] += v;
    }
}
