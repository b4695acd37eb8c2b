//! The index: its schema, writing documents with the change-feed position they reflect, and
//! answering searches with facet counts, a distance filter and highlighted passages.

use std::collections::HashMap;
use std::collections::{BTreeMap, HashSet};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, FacetCounts, TopDocs};
use tantivy::query::doc_predicate_query::{DocPredicateQuery, FunctionPredicate};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur, PhraseQuery,
    Query, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED,
    STORED, STRING,
};
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, SegmentReader, TantivyDocument, Term,
};

use crate::analysis;
use crate::document::Document;
use crate::highlight::{self, Matcher};
use crate::lang::{self, Lang};
use crate::query::{self, ParsedQuery};

/// Bumped whenever the schema, analysis or storage format changes; an index of another version is
/// rebuilt. 2: column dictionaries without zstd (an index of version 1 may hold zstd blocks).
/// 3: news items are documents (an index of version 2 lacks those published before).
/// 4: technology services are documents.
pub const SCHEMA_VERSION: u32 = 4;
/// Facets a result set is counted by, in display order.
pub const FACETS: &[&str] = &[
    "kind",
    "type",
    "country",
    "region",
    "ecosystem",
    "technology",
    "critical",
    "label",
    "service",
    "delivery",
    "price",
    "language",
];
pub const MAX_LIMIT: usize = 100;
/// Passages are about this many bytes long.
const PASSAGE: usize = 220;
const EARTH_RADIUS_KM: f64 = 6371.0;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index directory {path}: {message}")]
    Directory { path: PathBuf, message: String },
    #[error(
        "the search index at {0} is in use by another process (a running `clusterhub serve`?); stop it or give another --index-dir"
    )]
    Locked(PathBuf),
}

#[derive(Clone, Copy)]
struct Fields {
    key: Field,
    kind: Field,
    url: Field,
    title: Field,
    name: Field,
    name_edge: Field,
    plain: Field,
    facets: Field,
    lat: Field,
    lon: Field,
    lang: Field,
    texts: Field,
    meta: Field,
    /// The stemmed field of each language, in [`Lang::ALL`] order.
    stemmed: [Field; Lang::ALL.len()],
}

fn text_options(analyzer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(record),
    )
}

fn schema() -> Schema {
    let mut b = Schema::builder();
    b.add_text_field("key", STRING | STORED);
    b.add_text_field("kind", STRING | STORED);
    b.add_text_field("url", STORED);
    b.add_text_field("title", STORED);
    b.add_text_field(
        "name",
        text_options(analysis::PLAIN, IndexRecordOption::WithFreqsAndPositions),
    );
    b.add_text_field("name_edge", text_options(analysis::EDGE, IndexRecordOption::Basic));
    b.add_text_field(
        "plain",
        text_options(analysis::PLAIN, IndexRecordOption::WithFreqsAndPositions),
    );
    for l in Lang::ALL {
        b.add_text_field(&l.field(), text_options(&l.analyzer(), IndexRecordOption::WithFreqs));
    }
    b.add_facet_field("facets", FacetOptions::default());
    b.add_f64_field("lat", INDEXED | FAST | STORED);
    b.add_f64_field("lon", INDEXED | FAST | STORED);
    b.add_text_field("lang", STRING | STORED);
    b.add_text_field("texts", STORED);
    b.add_text_field("meta", STORED);
    b.build()
}

impl Fields {
    fn of(s: &Schema) -> Result<Self, tantivy::TantivyError> {
        Ok(Self {
            key: s.get_field("key")?,
            kind: s.get_field("kind")?,
            url: s.get_field("url")?,
            title: s.get_field("title")?,
            name: s.get_field("name")?,
            name_edge: s.get_field("name_edge")?,
            plain: s.get_field("plain")?,
            facets: s.get_field("facets")?,
            lat: s.get_field("lat")?,
            lon: s.get_field("lon")?,
            lang: s.get_field("lang")?,
            texts: s.get_field("texts")?,
            meta: s.get_field("meta")?,
            stemmed: {
                let mut fields = [s.get_field("plain")?; Lang::ALL.len()];
                for (slot, l) in fields.iter_mut().zip(Lang::ALL) {
                    *slot = s.get_field(&l.field())?;
                }
                fields
            },
        })
    }
}

/// What the index has taken in, kept in the commit itself so it cannot disagree with the data.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Commit {
    pub version: u32,
    /// The newest change-feed id the index reflects.
    pub cursor: i64,
    /// The identity of the database it was made from (empty in indexes older than identities,
    /// which are therefore rebuilt once).
    #[serde(default)]
    pub identity: String,
}

impl Commit {
    /// The database position the index reflects.
    pub fn position(&self) -> store::change_feed::Position {
        store::change_feed::Position {
            identity: self.identity.clone(),
            change: self.cursor,
        }
    }
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    f: Fields,
    path: Option<PathBuf>,
    /// Answers given since the last commit, by request: a search depends on nothing but its
    /// request and the index, so a query people repeat (a popular word, a facet clicked) is
    /// searched once per commit.
    answers: Mutex<Answers>,
    /// Counts commits; an answer is kept only for the commit it was searched in.
    generation: AtomicU64,
}

#[derive(Default)]
struct Answers {
    generation: u64,
    by_request: HashMap<String, Arc<SearchResults>>,
}

/// Answers kept at most (a page's answer is a few KB to a few tens of KB); a full set is emptied.
const ANSWERS_KEPT: usize = 256;

/// Memory the writer buffers before it writes a segment. A serving node writes a few documents
/// at a time; only its first start (or a new schema) indexes everything, where a larger buffer
/// saves little time and was kept as resident memory for the node's life. Rebuilds
/// by `reindex` use [`SearchIndex::open_for_bulk`].
const WRITER_BUDGET: usize = 32 * 1024 * 1024;

impl SearchIndex {
    /// Opens the index in `dir`, creating it, or recreating it empty when it was written by
    /// another version of the schema (the caller then rebuilds it: [`Self::commit_state`] is `None`).
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        let bad = |e: std::io::Error| SearchError::Directory {
            path: dir.to_owned(),
            message: e.to_string(),
        };
        std::fs::create_dir_all(dir).map_err(bad)?;
        let has_files = std::fs::read_dir(dir).map_err(bad)?.next().is_some();
        let index = match Index::open_in_dir(dir) {
            Ok(index) if Self::stored_commit(&index).is_some_and(|c| c.version == SCHEMA_VERSION) => index,
            // Another format, or unreadable: the index is only a copy of the store, so it is
            // emptied and rebuilt rather than refused.
            other if has_files => {
                match other {
                    Ok(_) => tracing::info!(dir = %dir.display(), "search index has another format; rebuilding it"),
                    Err(e) => {
                        tracing::warn!(dir = %dir.display(), error = %e, "search index unreadable; rebuilding it")
                    }
                }
                for entry in std::fs::read_dir(dir).map_err(bad)? {
                    let p = entry.map_err(bad)?.path();
                    if p.is_file() {
                        std::fs::remove_file(&p).map_err(bad)?;
                    }
                }
                Index::create_in_dir(dir, schema())?
            }
            _ => Index::create_in_dir(dir, schema())?,
        };
        Self::with_index(index, Some(dir.to_owned()), WRITER_BUDGET, 1)
    }

    /// An index in memory, for tests and measurements.
    pub fn in_memory() -> Result<Self, SearchError> {
        Self::with_index(Index::create_in_ram(schema()), None, WRITER_BUDGET, 1)
    }

    /// Uses more memory and threads for writing: for full rebuilds.
    pub fn open_for_bulk(dir: Option<&Path>, threads: usize) -> Result<Self, SearchError> {
        let this = match dir {
            Some(d) => Self::open(d)?,
            None => Self::in_memory()?,
        };
        let index = this.index.clone();
        let path = this.path.clone();
        drop(this);
        Self::with_index(index, path, 256 * 1024 * 1024, threads.max(1))
    }

    fn with_index(index: Index, path: Option<PathBuf>, budget: usize, threads: usize) -> Result<Self, SearchError> {
        analysis::register(index.tokenizers());
        let f = Fields::of(&index.schema())?;
        let writer = index
            .writer_with_num_threads(threads, budget * threads)
            .map_err(|e| match (e, &path) {
                (tantivy::TantivyError::LockFailure(..), Some(p)) => SearchError::Locked(p.clone()),
                (e, _) => SearchError::Index(e),
            })?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Self {
            index,
            reader,
            writer: Mutex::new(writer),
            f,
            path,
            answers: Mutex::default(),
            generation: AtomicU64::new(0),
        })
    }

    fn stored_commit(index: &Index) -> Option<Commit> {
        let payload = index.load_metas().ok()?.payload?;
        serde_json::from_str(&payload).ok()
    }

    /// The version and change-feed position of the last commit; `None` for an index never built.
    pub fn commit_state(&self) -> Option<Commit> {
        Self::stored_commit(&self.index)
    }

    /// Bytes the index takes on disk.
    pub fn size_on_disk(&self) -> u64 {
        fn walk(p: &Path) -> u64 {
            std::fs::read_dir(p)
                .map(|it| {
                    it.flatten()
                        .map(|e| match e.metadata() {
                            Ok(m) if m.is_dir() => walk(&e.path()),
                            Ok(m) => m.len(),
                            Err(_) => 0,
                        })
                        .sum()
                })
                .unwrap_or(0)
        }
        self.path.as_deref().map(walk).unwrap_or(0)
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, IndexWriter> {
        self.writer.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Adds or replaces documents (by key). Visible after [`Self::commit`].
    pub fn upsert(&self, docs: &[Document]) -> Result<(), SearchError> {
        let writer = self.lock();
        for d in docs {
            writer.delete_term(Term::from_field_text(self.f.key, &d.key()));
            writer.add_document(self.to_tantivy(d))?;
        }
        Ok(())
    }

    pub fn delete(&self, keys: &[String]) {
        let writer = self.lock();
        for k in keys {
            writer.delete_term(Term::from_field_text(self.f.key, k));
        }
    }

    /// Forgets every document (a rebuild follows).
    pub fn clear(&self) -> Result<(), SearchError> {
        self.lock().delete_all_documents()?;
        Ok(())
    }

    /// Makes the writes so far durable and searchable, recording the database and the feed
    /// position they reflect.
    pub fn commit(&self, identity: &str, cursor: i64) -> Result<(), SearchError> {
        let payload = serde_json::to_string(&Commit {
            version: SCHEMA_VERSION,
            cursor,
            identity: identity.to_owned(),
        })
        .unwrap_or_default();
        {
            let mut writer = self.lock();
            let mut prepared = writer.prepare_commit()?;
            prepared.set_payload(&payload);
            prepared.commit()?;
        }
        self.reader.reload()?;
        let generation = self.generation.fetch_add(1, Ordering::AcqRel) + 1;
        let mut answers = self.answers.lock().unwrap_or_else(|p| p.into_inner());
        answers.generation = generation;
        answers.by_request.clear();
        Ok(())
    }

    /// Writes the documents added so far into segments, without making them searchable or
    /// recording a position (an index interrupted after this is rebuilt at its next start, as
    /// [`Self::open`] finds no commit of its own). A rebuild calls it every few thousand
    /// documents: the writer queues what it is given, and a first build of 100,000
    /// organisations otherwise held tens of thousands of documents in that queue at once.
    pub fn flush(&self) -> Result<(), SearchError> {
        self.lock().commit()?;
        Ok(())
    }

    /// Waits for background merges, so the index on disk is compact. For rebuilds.
    pub fn finish(self) -> Result<(), SearchError> {
        let writer = self.writer.into_inner().unwrap_or_else(|p| p.into_inner());
        writer.wait_merging_threads()?;
        Ok(())
    }

    fn to_tantivy(&self, d: &Document) -> TantivyDocument {
        let f = &self.f;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.key, d.key());
        doc.add_text(f.kind, &d.kind);
        doc.add_text(f.url, &d.url);
        doc.add_text(f.title, &d.title);
        doc.add_facet(f.facets, Facet::from_path(["kind", d.kind.as_str()]));
        for (facet, value) in &d.facets {
            if !value.is_empty() {
                doc.add_facet(f.facets, Facet::from_path([facet.as_str(), value.as_str()]));
            }
        }
        for name in std::iter::once(&d.title).chain(&d.aliases) {
            doc.add_text(f.name, name);
            doc.add_text(f.name_edge, name);
            doc.add_text(f.plain, name);
        }
        let main = d.language();
        let mut texts_stored = Vec::new();
        for t in &d.texts {
            let l = t.lang.or_else(|| lang::detect(&t.text, main));
            doc.add_text(f.plain, &t.text);
            if let Some(l) = l {
                doc.add_text(self.lang_field(l), &t.text);
            }
            texts_stored.push((l.map(Lang::code), t.text.as_str()));
        }
        if let Some(l) = main {
            doc.add_text(self.lang_field(l), &d.title);
            doc.add_text(f.lang, l.code());
        }
        for k in &d.keywords {
            doc.add_text(f.plain, &k.text);
            if let Some(l) = k.lang {
                doc.add_text(self.lang_field(l), &k.text);
            }
        }
        if let Some((lat, lon)) = d.position {
            doc.add_f64(f.lat, lat);
            doc.add_f64(f.lon, lon);
        }
        doc.add_text(f.texts, serde_json::to_string(&texts_stored).unwrap_or_default());
        doc.add_text(f.meta, d.meta.to_string());
        doc
    }

    fn lang_field(&self, l: Lang) -> Field {
        let i = Lang::ALL.iter().position(|x| *x == l).unwrap_or(0);
        self.f.stemmed[i]
    }

    /// The answer to `req` if it was searched since the last commit.
    pub fn answered(&self, req: &SearchRequest) -> Option<SearchResults> {
        self.kept(&format!("{req:?}"), self.generation.load(Ordering::Acquire))
    }

    fn kept(&self, key: &str, generation: u64) -> Option<SearchResults> {
        let answers = self.answers.lock().unwrap_or_else(|p| p.into_inner());
        (answers.generation == generation)
            .then(|| answers.by_request.get(key))
            .flatten()
            .map(|a| a.as_ref().clone())
    }

    /// Answers a search.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults, SearchError> {
        let key = format!("{req:?}");
        // Read before searching: a commit meanwhile makes the answer one of an older generation.
        let generation = self.generation.load(Ordering::Acquire);
        if let Some(kept) = self.kept(&key, generation) {
            return Ok(kept);
        }
        let results = self.search_uncached(req)?;
        let mut answers = self.answers.lock().unwrap_or_else(|p| p.into_inner());
        if answers.generation == generation {
            if answers.by_request.len() >= ANSWERS_KEPT {
                answers.by_request.clear();
            }
            answers.by_request.insert(key, Arc::new(results.clone()));
        }
        Ok(results)
    }

    /// Answers a search without looking at or keeping answers: what the engine itself costs,
    /// for benchmarks that repeat their queries.
    pub fn search_uncached(&self, req: &SearchRequest) -> Result<SearchResults, SearchError> {
        let searcher = self.reader.searcher();
        let parsed = query::parse(&req.q, req.lang, req.typing);
        let mut notices = Vec::new();
        if parsed.truncated {
            notices.push(Notice::Truncated {
                max_chars: query::MAX_QUERY_CHARS,
                max_words: query::MAX_WORDS,
            });
        }
        for (facet, value) in &req.filters {
            let term = Term::from_facet(self.f.facets, &Facet::from_path([facet.as_str(), value.as_str()]));
            if searcher.doc_freq(&term)? == 0 {
                notices.push(Notice::UnknownFacetValue {
                    facet: facet.clone(),
                    value: value.clone(),
                });
            }
        }
        let limit = req.limit.clamp(1, MAX_LIMIT);
        let filters = self.filters(req, None);
        let run = |text: &dyn Query| -> tantivy::Result<Collected> {
            let query = combine(text.box_clone(), &filters, &[]);
            let top = TopDocs::with_limit(limit).and_offset(req.offset).order_by_score();
            if req.facets {
                let (t, n, f) = searcher.search(&query, &(top, Count, self.facet_collector()))?;
                Ok((t, n, Some(f)))
            } else {
                let (t, n) = searcher.search(&query, &(top, Count))?;
                Ok((t, n, None))
            }
        };
        // Strict first: every word, typos only for words the index does not know. Then typos
        // for every word (in a short query); then fewer and fewer of the words.
        let mut plan = Plan::new(self, &searcher, &parsed, false);
        let mut text_query = plan.text_query(None);
        let (mut top, mut total, mut facet_counts) = run(&with_exclusions(text_query.box_clone(), &plan.excluded))?;
        // A long query goes from the strict search straight to its relaxed one below: typos in
        // a few of its words seldom make all of them match, and each search is dear.
        if total == 0 && !parsed.is_empty() && plan.required_words() <= LONG_QUERY_WORDS {
            let lenient = Plan::new(self, &searcher, &parsed, true);
            if lenient.fuzzier_than(&plan) {
                plan = lenient;
                text_query = plan.text_query(None);
                (top, total, facet_counts) = run(&with_exclusions(text_query.box_clone(), &plan.excluded))?;
            }
        }
        let mut relaxed = false;
        let required = plan.required_words();
        if total == 0 && required > 1 {
            // All but one word, then half of them, then any one: each step is a whole search,
            // so a long query must not cost one per word. A long query (more than four words,
            // often pasted text) goes straight to any one word: documents with more of the words
            // still rank first, as each word adds to the score, and the steps between would
            // each cost a search over the large posting lists of its commonest words.
            let mut steps = if required > LONG_QUERY_WORDS {
                vec![1]
            } else {
                vec![required - 1, required.div_ceil(2), 1]
            };
            steps.dedup();
            for at_least in steps.into_iter().filter(|n| (1..required).contains(n)) {
                text_query = plan.text_query(Some(at_least));
                (top, total, facet_counts) = run(&with_exclusions(text_query.box_clone(), &plan.excluded))?;
                if total > 0 {
                    relaxed = true;
                    break;
                }
            }
        }

        // A facet someone filters by is counted without its own filter, so its other values
        // stay visible with the counts they would give.
        let mut facets = BTreeMap::new();
        for facet in FACETS.iter().filter(|_| req.facets) {
            let filtered = req.filters.iter().any(|(f, _)| f == facet);
            let counts = if filtered {
                let q = combine(
                    with_exclusions(text_query.box_clone(), &plan.excluded),
                    &self.filters(req, Some(facet)),
                    &[],
                );
                let mut c = FacetCollector::for_field("facets");
                c.add_facet(Facet::from_path([*facet]));
                let fc = searcher.search(&q, &c)?;
                facet_values(&fc, facet)
            } else {
                facet_counts
                    .as_ref()
                    .map(|c| facet_values(c, facet))
                    .unwrap_or_default()
            };
            if !counts.is_empty() {
                facets.insert((*facet).to_owned(), counts);
            }
        }

        let matcher = plan.matcher();
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            hits.push(self.hit(&searcher, addr, score, &matcher, req)?);
        }
        Ok(SearchResults {
            total,
            hits,
            facets,
            relaxed,
            notices,
        })
    }

    fn facet_collector(&self) -> FacetCollector {
        let mut c = FacetCollector::for_field("facets");
        for facet in FACETS {
            c.add_facet(Facet::from_path([*facet]));
        }
        c
    }

    /// Facet and distance filters; `except` leaves one facet out.
    fn filters(&self, req: &SearchRequest, except: Option<&str>) -> Vec<Box<dyn Query>> {
        let mut by_facet: BTreeMap<&str, Vec<Box<dyn Query>>> = BTreeMap::new();
        for (facet, value) in &req.filters {
            if Some(facet.as_str()) == except {
                continue;
            }
            let term = Term::from_facet(self.f.facets, &Facet::from_path([facet.as_str(), value.as_str()]));
            by_facet
                .entry(facet.as_str())
                .or_default()
                .push(Box::new(TermQuery::new(term, IndexRecordOption::Basic)));
        }
        // Values of one facet are alternatives; different facets all apply.
        let mut out: Vec<Box<dyn Query>> = by_facet
            .into_values()
            .map(|alternatives| Box::new(BooleanQuery::union(alternatives)) as Box<dyn Query>)
            .collect();
        if let Some(near) = req.near {
            out.extend(self.within(near));
        }
        out
    }

    /// Documents within `near.km` of a point: a bounding box on the position's range index, then
    /// the great-circle distance for the box's corners.
    fn within(&self, near: Near) -> Vec<Box<dyn Query>> {
        let km = near.km.clamp(0.0, 20_000.0);
        let dlat = (km / EARTH_RADIUS_KM).to_degrees();
        let cos = near.lat.to_radians().cos().max(0.01);
        let dlon = (dlat / cos).min(180.0);
        let range = |field: Field, lo: f64, hi: f64| -> Box<dyn Query> {
            Box::new(RangeQuery::new(
                Bound::Included(Term::from_field_f64(field, lo)),
                Bound::Included(Term::from_field_f64(field, hi)),
            ))
        };
        let predicate = FunctionPredicate::from(move |segment: &SegmentReader| {
            let lat = segment.fast_fields().f64("lat")?;
            let lon = segment.fast_fields().f64("lon")?;
            Ok(move |doc: DocId| match (lat.first(doc), lon.first(doc)) {
                (Some(a), Some(b)) => distance_km(near.lat, near.lon, a, b) <= km,
                _ => false,
            })
        });
        vec![
            range(self.f.lat, near.lat - dlat, near.lat + dlat),
            range(self.f.lon, near.lon - dlon, near.lon + dlon),
            Box::new(DocPredicateQuery::from(predicate)),
        ]
    }

    fn hit(
        &self,
        searcher: &Searcher,
        addr: DocAddress,
        score: f32,
        matcher: &Matcher,
        req: &SearchRequest,
    ) -> Result<Hit, SearchError> {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let text = |f: Field| doc.get_first(f).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        let doc_lang = Lang::from_code(&text(self.f.lang));
        let title = text(self.f.title);
        let texts: Vec<(Option<String>, String)> = serde_json::from_str(&text(self.f.texts)).unwrap_or_default();
        // Prefer the passage with the most matches; among equals, the reader's language.
        let mut best: Option<(usize, bool, highlight::Highlighted)> = None;
        for (code, body) in texts.iter().filter(|_| req.passages) {
            let l = code.as_deref().and_then(Lang::from_code);
            let h = highlight::passage(body, l, matcher, PASSAGE);
            let own = l == Some(req.lang);
            let better = match &best {
                None => true,
                Some((m, o, _)) => (h.matched, own) > (*m, *o),
            };
            if better {
                best = Some((h.matched, own, h));
            }
        }
        let position = match (
            doc.get_first(self.f.lat).and_then(|v| v.as_f64()),
            doc.get_first(self.f.lon).and_then(|v| v.as_f64()),
        ) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        };
        Ok(Hit {
            key: text(self.f.key),
            kind: text(self.f.kind),
            url: text(self.f.url),
            title_html: highlight::whole(&title, doc_lang, matcher).html,
            title,
            snippet_html: best.map(|(_, _, h)| h.html).unwrap_or_default(),
            meta: serde_json::from_str(&text(self.f.meta)).unwrap_or(serde_json::Value::Null),
            score,
            distance_km: req
                .near
                .zip(position)
                .map(|(n, (a, b))| (distance_km(n.lat, n.lon, a, b) * 10.0).round() / 10.0),
        })
    }
}

/// The best hits of a page, how many matched, and the facet counts when asked for.
type Collected = (Vec<(f32, DocAddress)>, usize, Option<FacetCounts>);

fn facet_values(counts: &FacetCounts, facet: &str) -> Vec<FacetValue> {
    let prefix = format!("/{facet}/");
    let mut values: Vec<FacetValue> = counts
        .get(Facet::from_path([facet]))
        .map(|(f, n)| FacetValue {
            value: f.to_path_string().strip_prefix(&prefix).unwrap_or_default().to_owned(),
            count: n,
        })
        .filter(|v| !v.value.is_empty())
        .collect();
    values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    values
}

/// The text query with filters (scoring nothing) and exclusions around it.
fn combine(text: Box<dyn Query>, filters: &[Box<dyn Query>], excluded: &[Term]) -> BooleanQuery {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text)];
    for f in filters {
        clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(f.box_clone(), 0.0))));
    }
    for t in excluded {
        clauses.push((
            Occur::MustNot,
            Box::new(TermQuery::new(t.clone(), IndexRecordOption::Basic)),
        ));
    }
    BooleanQuery::new(clauses)
}

/// The text query less the documents with an excluded word.
fn with_exclusions(text: Box<dyn Query>, excluded: &[Term]) -> Box<dyn Query> {
    if excluded.is_empty() {
        return text;
    }
    Box::new(combine(text, &[], excluded))
}

/// Great-circle distance in kilometres (haversine).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
}

/// How each word of a parsed query is looked up, decided once with the index's vocabulary at
/// hand: words the index does not know are split as compounds or matched with typos.
struct Plan<'a> {
    index: &'a SearchIndex,
    parsed: &'a ParsedQuery,
    groups: Vec<(bool, Box<dyn Query>)>,
    excluded: Vec<Term>,
    matcher_extra: Matcher,
    /// Words matched with typos anywhere in the text, not only in names.
    typo_words: usize,
}

/// A query of more words than this is long: often pasted text, searched in fewer steps.
const LONG_QUERY_WORDS: usize = 4;

/// At most this many words of a query are matched with typos, and at most this many as the first
/// part of a compound: each is an automaton walked over the term dictionary, the dearest part of a
/// query, so a long query must not multiply them (words beyond are matched as written).
const MAX_FUZZY_WORDS: usize = 3;
const MAX_PREFIX_WORDS: usize = 4;
/// Of those, at most this many with two typos: an automaton of distance two walks many times
/// the dictionary one of distance one does (the rest get one typo).
const MAX_TWO_TYPO_WORDS: usize = 2;

/// How many edits a word of this many characters may have and still match.
fn typo_budget(chars: usize) -> u8 {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

impl<'a> Plan<'a> {
    /// `lenient`: every word may have typos, not only the words the index does not know.
    fn new(index: &'a SearchIndex, searcher: &Searcher, parsed: &'a ParsedQuery, lenient: bool) -> Self {
        let f = index.f;
        let df = |field: Field, t: &str| searcher.doc_freq(&Term::from_field_text(field, t)).unwrap_or(0);
        let mut extra = Matcher::default();
        let mut typo_words = 0;
        let mut fuzzy_words = 0;
        let mut two_typo_words = 0;
        let mut prefix_words = 0;
        let mut groups = Vec::new();
        let n = parsed.words.len();
        for (i, w) in parsed.words.iter().enumerate() {
            let mut alts: Vec<Box<dyn Query>> = Vec::new();
            let term = |field: Field, t: &str, boost: f32| -> Box<dyn Query> {
                Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, t),
                        IndexRecordOption::WithFreqs,
                    )),
                    boost,
                ))
            };
            alts.push(term(f.name, &w.plain, 3.0));
            alts.push(term(f.plain, &w.plain, 1.0));
            for (l, stem) in &w.stems {
                let boost = if *l == Lang::En && w.stems.len() > 1 { 0.8 } else { 1.0 };
                alts.push(term(index.lang_field(*l), stem, boost));
            }
            // The word as the first part of a compound ("Lebensmittel" in
            // "Lebensmittelverarbeitung", "halvledere" in "halvlederdesign"): its stem as a prefix.
            if let Some((_, stem)) = w
                .stems
                .first()
                .filter(|(_, s)| s.chars().count() >= 5 && prefix_words < MAX_PREFIX_WORDS)
            {
                prefix_words += 1;
                alts.push(Box::new(BoostQuery::new(
                    Box::new(FuzzyTermQuery::new_prefix(
                        Term::from_field_text(f.plain, stem),
                        0,
                        false,
                    )),
                    0.4,
                )));
                extra.prefixes.push(stem.clone());
            }
            // Compounds written apart in the query but together in the text: "Halbleiter Cluster"
            // finds "Halbleitercluster" (also with the linking s of German and Danish).
            for (a, b) in [(i.checked_sub(1), Some(i)), (Some(i), (i + 1 < n).then_some(i + 1))] {
                if let (Some(a), Some(b)) = (a, b) {
                    let (wa, wb) = (&parsed.words[a], &parsed.words[b]);
                    for joined in [
                        format!("{}{}", wa.plain, wb.plain),
                        format!("{}s{}", wa.plain, wb.plain),
                    ] {
                        if df(f.plain, &joined) > 0 {
                            alts.push(term(f.plain, &joined, 1.0));
                            extra.plain.insert(joined);
                        }
                    }
                }
            }
            let chars = w.plain.chars().count();
            let is_prefix = parsed.prefix_last && i + 1 == n;
            if is_prefix {
                alts.push(term(f.name_edge, &w.plain, 1.5));
                extra.prefixes.push(w.plain.clone());
                if chars >= 4 {
                    alts.push(Box::new(BoostQuery::new(
                        Box::new(FuzzyTermQuery::new_prefix(
                            Term::from_field_text(f.plain, &w.plain),
                            0,
                            false,
                        )),
                        0.3,
                    )));
                }
            }
            let known = df(f.plain, &w.plain) > 0 || w.stems.iter().any(|(l, s)| df(index.lang_field(*l), s) > 0);
            let completes = is_prefix && df(f.name_edge, &w.plain) > 0;
            if !known && !completes {
                // A compound written together in the query but apart in the text: both parts
                // rank highest, the first part alone still counts ("forsvarsindustrien").
                if let Some((a, b)) = split_compound(&w.plain, |t| df(f.plain, t)) {
                    // A first part alone is weak evidence: it ranks below a near miss of the word.
                    let mut parts = vec![term(f.plain, &a, if b.is_some() { 0.8 } else { 0.2 })];
                    extra.plain.insert(a);
                    if let Some(b) = b {
                        parts.push(term(f.plain, &b, 0.4));
                        extra.plain.insert(b);
                    }
                    alts.push(Box::new(BooleanQuery::union(parts)));
                }
            }
            // Names are where typos hurt most, and their vocabulary is small: a near miss of a
            // name word always counts, below the word as written.
            let d = if fuzzy_words < MAX_FUZZY_WORDS {
                typo_budget(chars)
            } else {
                0
            };
            let d = if d > 1 && two_typo_words >= MAX_TWO_TYPO_WORDS {
                1
            } else {
                d
            };
            if d > 1 && ((!known && !completes) || lenient) {
                two_typo_words += 1;
            }
            if known && !lenient && d > 0 && chars >= 5 {
                fuzzy_words += 1;
                alts.push(Box::new(BoostQuery::new(
                    Box::new(FuzzyTermQuery::new(
                        Term::from_field_text(f.name, &w.plain),
                        d.min(1),
                        true,
                    )),
                    1.0,
                )));
                extra.fuzzy.push((w.plain.clone(), 1));
            }
            if ((!known && !completes) || lenient) && d > 0 {
                fuzzy_words += 1;
                for (field, boost) in [(f.name, 2.0), (f.plain, 0.6)] {
                    alts.push(Box::new(BoostQuery::new(
                        Box::new(FuzzyTermQuery::new(Term::from_field_text(field, &w.plain), d, true)),
                        boost,
                    )));
                }
                extra.fuzzy.push((w.plain.clone(), u32::from(d)));
                typo_words += 1;
            }
            groups.push((
                !w.optional,
                Box::new(DisjunctionMaxQuery::with_tie_breaker(alts, 0.2)) as Box<dyn Query>,
            ));
        }
        for p in &parsed.phrases {
            let terms: Vec<Term> = p.iter().map(|t| Term::from_field_text(f.plain, t)).collect();
            groups.push((true, Box::new(BoostQuery::new(Box::new(PhraseQuery::new(terms)), 1.5))));
        }
        let excluded = parsed
            .excluded
            .iter()
            .flat_map(|t| [Term::from_field_text(f.plain, t), Term::from_field_text(f.name, t)])
            .collect();
        Self {
            index,
            parsed,
            groups,
            excluded,
            matcher_extra: extra,
            typo_words,
        }
    }

    fn required_words(&self) -> usize {
        self.groups.iter().filter(|(required, _)| *required).count()
    }

    /// Whether this plan tolerates typos in words `other` takes as written.
    fn fuzzier_than(&self, other: &Plan<'_>) -> bool {
        self.typo_words > other.typo_words
    }

    /// All required words must match; with `at_least`, that many of them will do.
    fn text_query(&self, at_least: Option<usize>) -> Box<dyn Query> {
        if self.parsed.is_empty() {
            return Box::new(AllQuery);
        }
        if self.required_words() == 0 {
            // Only optional words ("the", "a"): they must still match something.
            let alternatives = self.groups.iter().map(|(_, q)| q.box_clone()).collect();
            return Box::new(BooleanQuery::union(alternatives));
        }
        if let Some(n) = at_least {
            let required: Vec<Box<dyn Query>> = self
                .groups
                .iter()
                .filter(|(r, _)| *r)
                .map(|(_, q)| q.box_clone())
                .collect();
            let optional = self.groups.iter().filter(|(r, _)| !*r).map(|(_, q)| q.box_clone());
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
                Occur::Must,
                Box::new(BooleanQuery::union_with_minimum_required_clauses(required, n)),
            )];
            clauses.extend(optional.map(|q| (Occur::Should, q)));
            return Box::new(BooleanQuery::new(clauses));
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = self
            .groups
            .iter()
            .map(|(required, q)| (if *required { Occur::Must } else { Occur::Should }, q.box_clone()))
            .collect();
        // Words that run together as in a name rank that name first.
        if self.parsed.words.len() > 1 {
            let terms: Vec<Term> = self
                .parsed
                .words
                .iter()
                .map(|w| Term::from_field_text(self.index.f.name, &w.plain))
                .collect();
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(PhraseQuery::new(terms)), 3.0)),
            ));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    fn matcher(&self) -> Matcher {
        let mut m = Matcher {
            plain: self.parsed.plain_terms().map(str::to_owned).collect(),
            stems: self
                .parsed
                .words
                .iter()
                .flat_map(|w| w.stems.iter().cloned())
                .collect::<HashSet<_>>(),
            ..Matcher::default()
        };
        m.plain.extend(self.matcher_extra.plain.iter().cloned());
        m.prefixes = self.matcher_extra.prefixes.clone();
        m.fuzzy = self.matcher_extra.fuzzy.clone();
        m.parts = self
            .matcher_extra
            .plain
            .iter()
            .filter(|t| t.chars().count() >= 5)
            .cloned()
            .collect();
        m
    }
}

/// Splits a word the index does not know into a known first part and, when the index knows it,
/// the rest ("halbleitercluster" → "halbleiter", "cluster"; "forsvarsindustrien" → "forsvar"),
/// dropping a linking "s" or "e". Without a known rest, the first part must be long enough to
/// mean something. The split whose rarer part is commonest wins.
fn split_compound(word: &str, df: impl Fn(&str) -> u64) -> Option<(String, Option<String>)> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 7 {
        return None;
    }
    let mut best: Option<(u64, String, Option<String>)> = None;
    for cut in 3..=chars.len() - 3 {
        let head: String = chars[..cut].iter().collect();
        let tail: String = chars[cut..].iter().collect();
        let mut heads = vec![head.clone()];
        if let Some(h) = head.strip_suffix('s').or_else(|| head.strip_suffix('e')) {
            if h.chars().count() >= 3 {
                heads.push(h.to_owned());
            }
        }
        for h in heads {
            let (dh, dt) = (df(&h), df(&tail));
            let (score, rest) = match (dh, dt) {
                (0, _) => continue,
                (_, 0) if h.chars().count() >= 5 => (0, None),
                (_, 0) => continue,
                _ => (dh.min(dt), Some(tail.clone())),
            };
            let better = match &best {
                None => true,
                Some((b, _, brest)) => (rest.is_some(), score) > (brest.is_some(), *b),
            };
            if better {
                best = Some((score, h, rest));
            }
        }
    }
    best.map(|(_, a, b)| (a, b))
}

/// A point and a radius.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Near {
    pub lat: f64,
    pub lon: f64,
    pub km: f64,
}

#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub q: String,
    /// The reader's language: the query is analysed in it and in English.
    pub lang: Lang,
    /// The last word may be unfinished (search as you type).
    pub typing: bool,
    /// (facet, value) pairs; values of one facet are alternatives.
    pub filters: Vec<(String, String)>,
    pub near: Option<Near>,
    pub limit: usize,
    pub offset: usize,
    /// Count facet values (a page shows them; suggestions do not).
    pub facets: bool,
    /// Highlight the matched passage of each hit.
    pub passages: bool,
}

impl SearchRequest {
    pub fn new(q: impl Into<String>, lang: Lang) -> Self {
        Self {
            q: q.into(),
            lang,
            typing: false,
            filters: Vec::new(),
            near: None,
            limit: 10,
            offset: 0,
            facets: true,
            passages: true,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}

/// Something the reader should know about how the query was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Notice {
    /// Only the first part of the query was read.
    Truncated { max_chars: usize, max_words: usize },
    /// No document has this facet value.
    UnknownFacetValue { facet: String, value: String },
}

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub key: String,
    pub kind: String,
    pub url: String,
    pub title: String,
    /// The title, escaped, matched words in `<mark>`.
    pub title_html: String,
    /// The passage that matched, escaped, matched words in `<mark>`.
    pub snippet_html: String,
    pub meta: serde_json::Value,
    pub score: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Values of each facet with the number of results they would give.
    pub facets: BTreeMap<String, Vec<FacetValue>>,
    /// No result had every word, so results with some of them are shown.
    pub relaxed: bool,
    pub notices: Vec<Notice>,
}
