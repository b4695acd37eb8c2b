//! The index of everything that can be recommended and the ranking over it.
//!
//! Retrieval walks inverted lists (tag → entities, word → entities, organisation → the
//! organisations it worked with), so a query touches only entities that share something with it;
//! scoring then adds the weighted features of [`Features`] for each touched entity and keeps the
//! best `limit`. Only the winners get their reasons written out.

use std::collections::HashMap;

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
/// an evaluation's data) and query it from many threads.
pub struct Index {
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
        self.partners.push(e.partners);
        self.names.push(&e.name);
        self.nodes.push(Node {
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
        });
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
                let weight = |x: WordCount| (1.0 + f32::from(x.times).ln()) * word_idf[x.word as usize];
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
        Index {
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
        }
    }
}

impl Index {
    pub fn build(entities: Vec<Entity>) -> Self {
        let mut builder = IndexBuilder::default();
        builder.extend(entities);
        builder.finish()
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn contains(&self, key: Key) -> bool {
        self.by_key.contains_key(&key)
    }

    /// The keys of the organisations an entity has worked with.
    pub fn partners_of(&self, key: Key) -> Vec<Key> {
        self.by_key
            .get(&key)
            .map(|&i| {
                self.worked_with
                    .get(i as usize)
                    .iter()
                    .map(|&(j, _)| self.nodes[j as usize].key)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn tag_list(&self, tags: &[String]) -> Vec<u32> {
        unique(tags.iter().filter_map(|t| self.tag_ids.get(t).copied()).collect())
    }

    /// The query's words as (word, normalised tf-idf weight), words unknown to the index dropped.
    fn query_words(&self, text: &str) -> Vec<(u32, f32)> {
        let mut tf: HashMap<u32, u32> = HashMap::new();
        text::for_each_word(text, MAX_WORDS, |stem, _| {
            if let Some(&w) = self.word_ids.get(stem) {
                *tf.entry(w).or_default() += 1;
            }
        });
        let mut v: Vec<(u32, f32)> = tf
            .into_iter()
            .map(|(w, c)| (w, (1.0 + (c as f32).ln()) * self.word_idf[w as usize]))
            .collect();
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
        let lists = [
            &self.tags,
            &self.offers,
            &self.needs,
            &self.offer_postings,
            &self.need_postings,
        ]
        .iter()
        .map(|l| l.bytes())
        .sum::<usize>()
            + self.tag_postings.bytes()
            + self.word_postings.bytes()
            + self.worked_with.bytes();
        let words: usize = self.word_surface.iter().map(|w| 2 * w.len() + 40).sum();
        IndexSize {
            entities: self.nodes.len(),
            words: self.word_surface.len(),
            word_postings: self.word_postings.items(),
            bytes: self.nodes.len() * (std::mem::size_of::<Node>() + 24) + self.names.bytes() + lists + words,
        }
    }

    /// The best `q.limit` candidates for a query under the given weights, best first, each with
    /// its reasons. Candidates that share nothing with the query (no tag, need, word or partner)
    /// are never recommended, whatever their standing.
    pub fn recommend(&self, q: &Query, w: &Weights) -> Vec<Recommendation> {
        let n = self.nodes.len();
        let mut acc = Scratch::new(n);
        acc.blocked = self.nodes.iter().map(|node| !q.accept.allows(node.subject)).collect();
        for k in &q.exclude {
            if let Some(&c) = self.by_key.get(k) {
                acc.blocked[c as usize] = true;
            }
        }
        let q_tags = self.tag_list(&q.tags);
        let q_needs = self.tag_list(&q.needs);
        let q_offers = self.tag_list(&q.offers);
        let q_words = self.query_words(&q.text);
        let q_partners: Vec<u32> = unique(q.partners.iter().filter_map(|k| self.by_key.get(k).copied()).collect());

        if w.tags > 0.0 {
            for &t in &q_tags {
                let weight = self.tag_idf[t as usize].powi(2);
                for &(c, strength) in self.tag_postings.get(t as usize) {
                    acc.add(c, Slot::Tags, weight * strength);
                }
            }
        }
        if w.complement > 0.0 {
            for &t in &q_needs {
                for &c in self.offer_postings.get(t as usize) {
                    acc.add(c, Slot::Provides, self.tag_idf[t as usize]);
                }
            }
            for &t in &q_offers {
                for &c in self.need_postings.get(t as usize) {
                    acc.add(c, Slot::Needs, self.tag_idf[t as usize]);
                }
            }
        }
        if w.text > 0.0 {
            // Common words have no postings (see `build`).
            for &(word, qw) in &q_words {
                for &(c, cw) in self.word_postings.get(word as usize) {
                    acc.add(c, Slot::Text, qw * cw);
                }
            }
        }
        if w.network > 0.0 {
            for &p in &q_partners {
                // Adamic–Adar: a partner who works with few others says more about each of them.
                let partners = self.worked_with.get(p as usize);
                let rarity = 1.0 / (2.0 + partners.len() as f32).ln();
                for &(c, _) in partners {
                    acc.add(c, Slot::Network, rarity);
                }
            }
        }

        let q_tag_mass: f32 = q_tags.iter().map(|&t| self.tag_idf[t as usize].powi(2)).sum();
        let q_need_mass: f32 = q_needs.iter().map(|&t| self.tag_idf[t as usize]).sum();
        let q_offer_mass: f32 = q_offers.iter().map(|&t| self.tag_idf[t as usize]).sum();

        let features = |c: u32| -> Features {
            let node = &self.nodes[c as usize];
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
                    let degree = self.worked_with.get(c as usize).len() as f32;
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
                .then_with(|| self.nodes[a.1 as usize].key.cmp(&self.nodes[b.1 as usize].key))
        };
        if limit > 0 && limit < scored.len() {
            scored.select_nth_unstable_by(limit - 1, by_score);
        }
        scored.truncate(limit);
        scored.sort_unstable_by(by_score);
        scored
            .into_iter()
            .map(|(score, c)| {
                let node = &self.nodes[c as usize];
                let f = features(c);
                Recommendation {
                    key: node.key,
                    name: self.names.get(c as usize).to_owned(),
                    subject: node.subject,
                    country: node.country,
                    score,
                    features: f,
                    reasons: self.reasons(q, w, node, c, &f, &q_tags, &q_needs, &q_offers, &q_words, &q_partners),
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
        ids.sort_by(|a, b| self.tag_idf[*b as usize].total_cmp(&self.tag_idf[*a as usize]));
        ids.into_iter()
            .take(4)
            .map(|t| self.tag_names[t as usize].clone())
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn reasons(
        &self,
        q: &Query,
        w: &Weights,
        node: &Node,
        c: u32,
        f: &Features,
        q_tags: &[u32],
        q_needs: &[u32],
        q_offers: &[u32],
        q_words: &[(u32, f32)],
        q_partners: &[u32],
    ) -> Vec<Reason> {
        let mut out: Vec<(f32, Reason)> = Vec::new();
        // Tags already named as provided or needed are not named again as shared.
        let mut named: Vec<u32> = Vec::new();
        if f.complement > 0.0 {
            let provided: Vec<u32> = q_needs
                .iter()
                .copied()
                .filter(|t| self.offers.get(c as usize).binary_search(t).is_ok())
                .collect();
            named.extend(&provided);
            if !provided.is_empty() {
                out.push((
                    w.complement * f.complement + 1.0,
                    Reason::Provides(self.names_of_tags(provided)),
                ));
            }
            let needed: Vec<u32> = q_offers
                .iter()
                .copied()
                .filter(|t| self.needs.get(c as usize).binary_search(t).is_ok())
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
            let shared: Vec<u32> = q_tags
                .iter()
                .copied()
                .filter(|t| self.tags.get(c as usize).binary_search(t).is_ok() && !named.contains(t))
                .collect();
            if !shared.is_empty() {
                out.push((w.tags * f.tags, Reason::Shares(self.names_of_tags(shared))));
            }
        }
        if f.text > 0.0 {
            let mut shared: Vec<(f32, u32)> = q_words
                .iter()
                // Postings are in node order: the word's list tells whether the node has it
                // (a word list per node would double the index's largest part).
                .filter(|(wd, _)| {
                    self.word_postings
                        .get(*wd as usize)
                        .binary_search_by_key(&c, |(node, _)| *node)
                        .is_ok()
                })
                .map(|(wd, qw)| (*qw, *wd))
                .collect();
            shared.sort_by(|a, b| b.0.total_cmp(&a.0));
            let words: Vec<String> = shared
                .iter()
                .take(4)
                .map(|(_, wd)| self.word_surface[*wd as usize].clone())
                .collect();
            if !words.is_empty() {
                out.push((w.text * f.text, Reason::Words(words)));
            }
        }
        if f.network > 0.0 {
            let mine = self.worked_with.get(c as usize);
            let with: Vec<u32> = q_partners
                .iter()
                .copied()
                .filter(|p| mine.binary_search_by_key(p, |(j, _)| *j).is_ok())
                .collect();
            out.push((
                w.network * f.network,
                Reason::WorkedWith {
                    names: with
                        .iter()
                        .take(3)
                        .map(|&p| self.names.get(p as usize).to_owned())
                        .collect(),
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
