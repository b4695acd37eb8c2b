//! The search benchmark and evaluation: clusterhub search (tantivy) against SQLite FTS5 and
//! PostgreSQL full-text search, side by side on the same documents and queries, in one run.
//!
//! - Quality: nDCG@10 of the labelled queries in `crates/search/eval/queries.json` over the
//!   evaluation corpus (CORDIS subset, cluster list, 600 demo organisations, seed 42).
//! - Speed: the same queries over a corpus filled up to `--docs` documents (default 200,000)
//!   with more demo organisations: p50/p99 latency on one thread, throughput on two threads.
//! - Indexing: documents per second for a full build, and the size on disk.
//!
//! - Hostile queries (`--hostile`): a generator of queries built to cost the most (dotted,
//!   hyphenated and apostrophised runs, long digit strings, mixed scripts, 150 one-letter words,
//!   misspellings that invite fuzzy expansion, operator soup, random Unicode; each at most 300
//!   characters) against the clusterhub index at `--docs` documents: prints the worst one next to
//!   the median labelled query (security finding 3: the worst stays within 10× the median).
//!
//! The speed corpus holds `--services` technology services (default 20,000) among its documents.
//!
//! Usage: `cargo run --release -p clusterhub --example search_bench -- [--docs N] [--services S] [--rounds R]
//! [--pg postgres://…] [--work DIR] [--corpus-only DIR] [--hostile]`. Needs ../shared/data.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use search::sources::{self, Context as SourceContext, Kind};
use search::{Document, Lang, SearchIndex, SearchRequest};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
struct Query {
    q: String,
    lang: String,
    group: String,
    filters: Vec<(String, String)>,
    relevant: Vec<String>,
}

/// A document as the peers see it: the same words, in two weighted columns.
struct Flat {
    label: String,
    kind: String,
    title: String,
    body: String,
    lang: Option<Lang>,
    facets: Vec<(String, String)>,
}

fn label_of(d: &Document) -> String {
    match d.kind.as_str() {
        "project" => format!("project:{}", d.title),
        _ => d.url.rsplit('/').next().unwrap_or_default().to_owned(),
    }
}

fn flatten(d: &Document) -> Flat {
    let mut title = d.title.clone();
    for a in &d.aliases {
        title.push(' ');
        title.push_str(a);
    }
    let body = d
        .texts
        .iter()
        .chain(&d.keywords)
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let mut facets = d.facets.clone();
    facets.push(("kind".into(), d.kind.clone()));
    Flat {
        label: label_of(d),
        kind: d.kind.clone(),
        title,
        body,
        lang: d.language(),
        facets,
    }
}

struct Args {
    docs: usize,
    /// Of those, technology services (the search keeps its target with them).
    services: usize,
    rounds: usize,
    pg: Option<String>,
    work: PathBuf,
    corpus_only: Option<PathBuf>,
    hostile: bool,
}

fn args() -> anyhow::Result<Args> {
    let mut a = Args {
        docs: 200_000,
        services: 20_000,
        rounds: 20,
        pg: Some("postgres://postgres@127.0.0.1:5432/test".into()),
        work: std::env::temp_dir().join("clusterhub-search-bench"),
        corpus_only: None,
        hostile: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().with_context(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--docs" => a.docs = value()?.parse()?,
            "--services" => a.services = value()?.parse()?,
            "--rounds" => a.rounds = value()?.parse()?,
            "--pg" => a.pg = Some(value()?).filter(|v| v != "none"),
            "--work" => a.work = value()?.into(),
            "--corpus-only" => a.corpus_only = Some(value()?.into()),
            "--hostile" => a.hostile = true,
            other => bail!("unknown argument {other}"),
        }
    }
    Ok(a)
}

fn shared(relative: &str) -> anyhow::Result<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(relative);
    if !p.exists() {
        bail!("{} is missing: the benchmark needs ../shared/data", p.display());
    }
    Ok(p)
}

/// The evaluation corpus in a SQLite database, built once.
async fn eval_store(dir: &Path) -> anyhow::Result<store::Store> {
    std::fs::create_dir_all(dir)?;
    let db = dir.join("clusterhub.db");
    let fresh = !db.exists();
    let store = store::Store::connect(&format!("sqlite:{}", db.display())).await?;
    store.migrate().await?;
    if fresh {
        clusterhub::demo::seed(&store, 600, 42).await?;
        clusterhub::import::nuts::run(&store, &shared("nuts/nuts2024_all_levels_from_gisco.csv")?, false).await?;
        clusterhub::import::cordis::run(&store, &shared("cordis/he_organizations_subset.csv")?, false).await?;
        clusterhub::import::cordis::run(&store, &shared("clusters/cordis_he_cluster_organisations.csv")?, false)
            .await?;
    }
    Ok(store)
}

async fn documents(store: &store::Store) -> anyhow::Result<Vec<Document>> {
    let vocabulary = web::i18n::SearchVocabulary;
    let ctx = SourceContext::load(store, &vocabulary).await?;
    let mut out = Vec::new();
    for kind in Kind::ALL {
        let mut after = 0;
        loop {
            let (docs, last) = kind.page(store, &ctx, after, 5_000).await?;
            let Some(last) = last else { break };
            after = last;
            out.extend(docs);
        }
    }
    Ok(out)
}

/// More demo organisations (another seed), as documents, up to `n`.
fn filler(n: usize, regions: &HashMap<String, String>) -> anyhow::Result<Vec<Document>> {
    let vocabulary = web::i18n::SearchVocabulary;
    let ctx = SourceContext {
        regions: regions.clone(),
        vocabulary: &vocabulary,
    };
    let mut out = Vec::with_capacity(n);
    for (i, r) in clusterhub::demo::generate(n, 7).into_iter().enumerate() {
        let v = r.validate().map_err(|e| anyhow::anyhow!("demo record: {e}"))?;
        let org = domain::Organisation {
            id: 10_000_000 + i as i64,
            slug: v.slug.unwrap_or_else(|| domain::Slug::from_name(&v.draft.name)),
            profile: v.draft,
            updated_at: String::new(),
            logo: None,
        };
        let mut d = sources::organisation(&org, &ctx);
        // Filler is never relevant: its labels must not collide with the evaluation corpus.
        d.url = format!("/organisations/filler-{i}");
        out.push(d);
    }
    Ok(out)
}

/// Technology services as documents, up to `n`: the proposals evaluation's catalogue (real
/// centres' offers in nine languages), each service again at other centres with sentences of
/// other services mixed into its description.
fn service_filler(n: usize, regions: &HashMap<String, String>) -> anyhow::Result<Vec<Document>> {
    #[derive(Deserialize)]
    struct Entry {
        centre: String,
        country: String,
        language: String,
        name: String,
        description: String,
        kind: String,
        technologies: Vec<String>,
        critical_technologies: Vec<String>,
        ecosystems: Vec<String>,
        trl_from: u8,
        trl_to: u8,
        delivery: Vec<String>,
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../matching/eval/services/catalogue.json");
    let catalogue: Vec<Entry> = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
    let vocabulary = web::i18n::SearchVocabulary;
    let ctx = SourceContext {
        regions: regions.clone(),
        vocabulary: &vocabulary,
    };
    let sentences: Vec<&str> = catalogue.iter().flat_map(|e| e.description.split(". ")).collect();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let e = &catalogue[i % catalogue.len()];
        let extra: Vec<&str> = (1..=2).map(|k| sentences[(i * 7 + k * 13) % sentences.len()]).collect();
        let input = domain::service::ServiceInput {
            kind: e.kind.clone(),
            language: e.language.clone(),
            texts: [(
                e.language.clone(),
                domain::service::ServiceTextInput {
                    name: e.name.clone(),
                    description: format!("{} {}.", e.description, extra.join(". ")),
                },
            )]
            .into(),
            technologies: e.technologies.clone(),
            critical_technologies: e.critical_technologies.clone(),
            ecosystems: e.ecosystems.clone(),
            trl_from: e.trl_from.to_string(),
            trl_to: e.trl_to.to_string(),
            price_model: "on-quote".into(),
            delivery: e.delivery.clone(),
            ..Default::default()
        };
        let draft = input.validate().map_err(|x| anyhow::anyhow!("{}: {x}", e.name))?;
        let service = store::services::Service {
            id: 20_000_000 + i as i64,
            organisation_id: 0,
            organisation_slug: domain::Slug::from_name(&e.centre),
            organisation_name: format!("{} {}", e.centre, i / catalogue.len()),
            organisation_country: e.country.clone(),
            state: domain::service::ServiceState::Published,
            draft,
            return_reason: None,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
            published_at: Some(chrono::Utc::now()),
        };
        let mut d = sources::service(&service, &ctx).context("a published service has a document")?;
        // Filler is never relevant: its labels must not collide with the evaluation corpus.
        d.url = format!("/services/filler-{i}");
        out.push(d);
    }
    Ok(out)
}

trait Engine: Sync {
    fn name(&self) -> &'static str;
    /// Labels of the top `k` results.
    fn search(&self, q: &Query, k: usize) -> anyhow::Result<Vec<String>>;
}

// --- clusterhub -----------------------------------------------------------------------------

struct Clusterhub {
    index: std::sync::Arc<SearchIndex>,
    labels: HashMap<String, String>,
    /// Ranked results only, like the peers: no facet counts, no highlighted passages.
    ranking_only: bool,
}

impl Clusterhub {
    fn build(docs: &[Document], dir: Option<&Path>) -> anyhow::Result<(Self, f64, u64)> {
        if let Some(d) = dir {
            let _ = std::fs::remove_dir_all(d);
        }
        let start = Instant::now();
        let index = SearchIndex::open_for_bulk(dir, 2)?;
        for chunk in docs.chunks(5_000) {
            index.upsert(chunk)?;
        }
        index.commit("bench", 1)?;
        index.finish()?;
        let secs = start.elapsed().as_secs_f64();
        let index = match dir {
            Some(d) => SearchIndex::open(d)?,
            None => bail!("the measured index is built on disk"),
        };
        let size = index.size_on_disk();
        let labels = docs.iter().map(|d| (d.key(), label_of(d))).collect();
        Ok((
            Self {
                index: std::sync::Arc::new(index),
                labels,
                ranking_only: false,
            },
            secs,
            size,
        ))
    }

    fn in_memory(docs: &[Document]) -> anyhow::Result<Self> {
        let index = SearchIndex::in_memory()?;
        index.upsert(docs)?;
        index.commit("bench", 1)?;
        let labels = docs.iter().map(|d| (d.key(), label_of(d))).collect();
        Ok(Self {
            index: std::sync::Arc::new(index),
            labels,
            ranking_only: false,
        })
    }
}

fn lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or(Lang::En)
}

impl Engine for Clusterhub {
    fn name(&self) -> &'static str {
        if self.ranking_only {
            "clusterhub, ranking only"
        } else {
            "clusterhub (tantivy)"
        }
    }

    fn search(&self, q: &Query, k: usize) -> anyhow::Result<Vec<String>> {
        let mut r = SearchRequest::new(q.q.clone(), lang(&q.lang));
        r.filters = q.filters.clone();
        r.limit = k;
        r.facets = !self.ranking_only;
        r.passages = !self.ranking_only;
        // The engine's own cost: the benchmark repeats its queries, which the index would
        // otherwise answer from memory.
        let res = self.index.search_uncached(&r)?;
        Ok(res
            .hits
            .iter()
            .map(|h| self.labels.get(&h.key).cloned().unwrap_or_default())
            .collect())
    }
}

// --- SQLite FTS5 ----------------------------------------------------------------------------

struct Fts5 {
    path: PathBuf,
    conns: Vec<std::sync::Mutex<rusqlite::Connection>>,
}

/// The words of a query for FTS5 and PostgreSQL: letters and digits only, phrases kept.
fn words_and_phrases(q: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let clean = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let mut words = Vec::new();
    let mut phrases = Vec::new();
    for (i, part) in q.split('"').enumerate() {
        if i % 2 == 1 && q.matches('"').count() >= 2 {
            phrases.push(clean(part));
        } else {
            words.extend(clean(part));
        }
    }
    (words, phrases)
}

impl Fts5 {
    fn build(docs: &[Flat], path: &Path) -> anyhow::Result<(Self, f64, u64)> {
        let _ = std::fs::remove_file(path);
        let start = Instant::now();
        let mut c = rusqlite::Connection::open(path)?;
        c.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
             CREATE TABLE meta (id INTEGER PRIMARY KEY, label TEXT NOT NULL, kind TEXT NOT NULL);
             CREATE TABLE facets (id INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL);
             CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');",
        )?;
        let tx = c.transaction()?;
        {
            let mut m = tx.prepare("INSERT INTO meta (id, label, kind) VALUES (?1, ?2, ?3)")?;
            let mut f = tx.prepare("INSERT INTO facets (id, facet, value) VALUES (?1, ?2, ?3)")?;
            let mut d = tx.prepare("INSERT INTO docs (rowid, title, body) VALUES (?1, ?2, ?3)")?;
            for (i, doc) in docs.iter().enumerate() {
                let id = i as i64 + 1;
                m.execute(rusqlite::params![id, doc.label, doc.kind])?;
                for (facet, value) in &doc.facets {
                    f.execute(rusqlite::params![id, facet, value])?;
                }
                d.execute(rusqlite::params![id, doc.title, doc.body])?;
            }
        }
        tx.commit()?;
        c.execute_batch(
            "CREATE INDEX facets_by_value ON facets (facet, value, id); INSERT INTO docs(docs) VALUES('optimize');",
        )?;
        let secs = start.elapsed().as_secs_f64();
        drop(c);
        let size = ["", "-wal", "-shm"]
            .iter()
            .filter_map(|s| std::fs::metadata(format!("{}{s}", path.display())).ok())
            .map(|m| m.len())
            .sum();
        let conns = (0..2)
            .map(|_| rusqlite::Connection::open(path).map(std::sync::Mutex::new))
            .collect::<Result<_, _>>()?;
        Ok((
            Self {
                path: path.to_owned(),
                conns,
            },
            secs,
            size,
        ))
    }

    fn run(&self, conn: &rusqlite::Connection, q: &Query, k: usize, any: bool) -> anyhow::Result<Vec<String>> {
        let (words, phrases) = words_and_phrases(&q.q);
        let mut terms: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
        terms.extend(
            phrases
                .iter()
                .filter(|p| !p.is_empty())
                .map(|p| format!("\"{}\"", p.join(" "))),
        );
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let expr = terms.join(if any { " OR " } else { " " });
        // The full-text match is materialised first: with a rowid filter beside MATCH, SQLite
        // would evaluate the match once per filtered row.
        let mut sql = String::from(
            "WITH hits AS MATERIALIZED (SELECT rowid AS id, bm25(docs, 5.0, 1.0) AS score FROM docs WHERE docs MATCH ?1) \
             SELECT m.label FROM hits JOIN meta m ON m.id = hits.id WHERE 1 = 1",
        );
        for (i, _) in q.filters.iter().enumerate() {
            sql.push_str(&format!(
                " AND hits.id IN (SELECT id FROM facets WHERE facet = ?{} AND value = ?{})",
                2 + 2 * i,
                3 + 2 * i
            ));
        }
        sql.push_str(&format!(" ORDER BY hits.score LIMIT {k}"));
        let mut params: Vec<String> = vec![expr];
        for (f, v) in &q.filters {
            params.push(f.clone());
            params.push(v.clone());
        }
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Engine for Fts5 {
    fn name(&self) -> &'static str {
        "SQLite FTS5"
    }

    fn search(&self, q: &Query, k: usize) -> anyhow::Result<Vec<String>> {
        // Each thread takes the first free connection.
        let conn = loop {
            if let Some(c) = self.conns.iter().find_map(|c| c.try_lock().ok()) {
                break c;
            }
            std::thread::yield_now();
        };
        let hits = self.run(&conn, q, k, false)?;
        if hits.is_empty() {
            return self.run(&conn, q, k, true);
        }
        Ok(hits)
    }
}

// --- PostgreSQL -----------------------------------------------------------------------------

struct Postgres {
    pool: sqlx::PgPool,
    rt: tokio::runtime::Handle,
}

fn pg_config(l: Option<Lang>) -> &'static str {
    match l {
        Some(Lang::En) => "english",
        Some(Lang::De) => "german",
        Some(Lang::Fr) => "french",
        Some(Lang::Da) => "danish",
        Some(Lang::Nl) => "dutch",
        Some(Lang::It) => "italian",
        Some(Lang::Es) => "spanish",
        Some(Lang::Pt) => "portuguese",
        Some(Lang::Sv) => "swedish",
        Some(Lang::Nb) => "norwegian",
        Some(Lang::Fi) => "finnish",
        Some(Lang::Ro) => "romanian",
        Some(Lang::Hu) => "hungarian",
        Some(Lang::El) => "greek",
        None => "simple",
    }
}

impl Postgres {
    async fn build(docs: &[Flat], url: &str, schema: &str) -> anyhow::Result<(Self, f64, u64)> {
        let admin = sqlx::PgPool::connect(url).await?;
        sqlx::query(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
            .execute(&admin)
            .await?;
        sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&admin).await?;
        admin.close().await;
        let sep = if url.contains('?') { '&' } else { '?' };
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(4)
            .connect(&format!("{url}{sep}options=-csearch_path%3D{schema}"))
            .await?;
        let start = Instant::now();
        sqlx::query(
            "CREATE TABLE docs (id BIGINT PRIMARY KEY, label TEXT NOT NULL, kind TEXT NOT NULL, facets TEXT[] NOT NULL, \
             cfg REGCONFIG NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, tsv TSVECTOR)",
        )
        .execute(&pool)
        .await?;
        for (n, chunk) in docs.chunks(2_000).enumerate() {
            let mut b = sqlx::QueryBuilder::new("INSERT INTO docs (id, label, kind, facets, cfg, title, body) ");
            b.push_values(chunk.iter().enumerate(), |mut row, (i, d)| {
                row.push_bind((n * 2_000 + i) as i64)
                    .push_bind(d.label.clone())
                    .push_bind(d.kind.clone())
                    .push_bind(d.facets.iter().map(|(f, v)| format!("{f}:{v}")).collect::<Vec<_>>())
                    .push_bind(pg_config(d.lang))
                    .push_unseparated("::regconfig")
                    .push_bind(d.title.clone())
                    .push_bind(d.body.clone());
            });
            b.build().execute(&pool).await?;
        }
        sqlx::query(
            // Names are words of no language: their unstemmed words too, as a careful schema would.
            "UPDATE docs SET tsv = setweight(to_tsvector(cfg, title), 'A') || setweight(to_tsvector('simple', title), 'A') \
             || setweight(to_tsvector(cfg, body), 'B')",
        )
        .execute(&pool)
        .await?;
        sqlx::query("CREATE INDEX docs_tsv ON docs USING GIN (tsv)")
            .execute(&pool)
            .await?;
        sqlx::query("CREATE INDEX docs_facets ON docs USING GIN (facets)")
            .execute(&pool)
            .await?;
        sqlx::query("VACUUM ANALYZE docs").execute(&pool).await?;
        let secs = start.elapsed().as_secs_f64();
        let (size,): (i64,) = sqlx::query_as("SELECT pg_total_relation_size('docs')")
            .fetch_one(&pool)
            .await?;
        Ok((
            Self {
                pool,
                rt: tokio::runtime::Handle::current(),
            },
            secs,
            size as u64,
        ))
    }

    async fn run(&self, q: &Query, k: usize, any: bool) -> anyhow::Result<Vec<String>> {
        let (words, phrases) = words_and_phrases(&q.q);
        if words.is_empty() && phrases.is_empty() {
            return Ok(Vec::new());
        }
        // The query in the reader's language and in English, as the product reads it.
        let mut parts: Vec<String> = words.clone();
        parts.extend(phrases.iter().map(|p| p.join(" <-> ")));
        let text = parts.join(if any { " | " } else { " & " });
        let user = pg_config(Some(lang(&q.lang)));
        let facets: Vec<String> = q.filters.iter().map(|(f, v)| format!("{f}:{v}")).collect();
        let rows: Vec<(String,)> = sqlx::query_as(
            "WITH q AS (SELECT to_tsquery($1::regconfig, $3) || to_tsquery('english', $3) || to_tsquery('simple', $3) AS query) \
             SELECT label FROM docs, q WHERE tsv @@ q.query AND facets @> $2 \
             ORDER BY ts_rank_cd(tsv, q.query) DESC LIMIT $4",
        )
        .bind(user)
        .bind(&facets)
        .bind(&text)
        .bind(k as i64)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(l,)| l).collect())
    }
}

impl Engine for Postgres {
    fn name(&self) -> &'static str {
        "PostgreSQL tsvector"
    }

    fn search(&self, q: &Query, k: usize) -> anyhow::Result<Vec<String>> {
        let rt = self.rt.clone();
        rt.block_on(async {
            let hits = self.run(q, k, false).await?;
            if hits.is_empty() {
                return self.run(q, k, true).await;
            }
            Ok(hits)
        })
    }
}

// --- measures -------------------------------------------------------------------------------

/// nDCG@10 with binary gains; the ideal ranks every relevant document first.
fn ndcg(ranked: &[String], relevant: &[String]) -> f64 {
    let dcg: f64 = ranked
        .iter()
        .take(10)
        .enumerate()
        .filter(|(_, l)| relevant.contains(l))
        .map(|(i, _)| 1.0 / ((i + 2) as f64).log2())
        .sum();
    let ideal: f64 = (0..relevant.len().min(10)).map(|i| 1.0 / ((i + 2) as f64).log2()).sum();
    if ideal == 0.0 {
        0.0
    } else {
        dcg / ideal
    }
}

/// Sums and counts of nDCG per query group.
type ByGroup = HashMap<String, (f64, usize)>;

fn quality(engine: &dyn Engine, queries: &[Query]) -> anyhow::Result<(f64, ByGroup)> {
    let mut total = 0.0;
    let mut groups: HashMap<String, (f64, usize)> = HashMap::new();
    for q in queries {
        let ranked = engine.search(q, 10)?;
        let n = ndcg(&ranked, &q.relevant);
        if std::env::var_os("BENCH_VERBOSE").is_some() && n < 0.9 {
            eprintln!(
                "{:<22} {:<32} {n:.3} top: {:?}",
                engine.name(),
                q.q,
                &ranked[..ranked.len().min(3)]
            );
        }
        total += n;
        let g = groups.entry(q.group.clone()).or_default();
        g.0 += n;
        g.1 += 1;
    }
    Ok((total / queries.len() as f64, groups))
}

struct Speed {
    p50_ms: f64,
    p99_ms: f64,
    qps_2: f64,
}

fn speed(engine: &dyn Engine, queries: &[Query], rounds: usize) -> anyhow::Result<Speed> {
    for q in queries {
        engine.search(q, 10)?;
    }
    let mut times = Vec::with_capacity(queries.len() * rounds);
    for _ in 0..rounds {
        for q in queries {
            let t = Instant::now();
            engine.search(q, 10)?;
            times.push(t.elapsed());
        }
    }
    if std::env::var_os("BENCH_VERBOSE").is_some() {
        let mut per: Vec<(f64, &str)> = queries
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let mean = (0..rounds)
                    .map(|r| times[r * queries.len() + i].as_secs_f64())
                    .sum::<f64>()
                    / rounds as f64;
                (mean * 1e3, q.q.as_str())
            })
            .collect();
        per.sort_by(|a, b| b.0.total_cmp(&a.0));
        eprintln!("{} slowest: {:?}", engine.name(), &per[..per.len().min(8)]);
    }
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)].as_secs_f64() * 1e3;
    // Two threads for a fixed time over the same queries.
    let done = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    let window = Duration::from_secs(5);
    let start = Instant::now();
    std::thread::scope(|s| -> anyhow::Result<()> {
        let workers: Vec<_> = (0..2)
            .map(|t| {
                let (done, stop) = (&done, &stop);
                s.spawn(move || -> anyhow::Result<()> {
                    let mut i = t * 7;
                    while !stop.load(Ordering::Relaxed) {
                        engine.search(&queries[i % queries.len()], 10)?;
                        done.fetch_add(1, Ordering::Relaxed);
                        i += 1;
                    }
                    Ok(())
                })
            })
            .collect();
        std::thread::sleep(window);
        stop.store(true, Ordering::Relaxed);
        for w in workers {
            w.join().map_err(|_| anyhow::anyhow!("worker panicked"))??;
        }
        Ok(())
    })?;
    Ok(Speed {
        p50_ms: pct(0.50),
        p99_ms: pct(0.99),
        qps_2: done.load(Ordering::Relaxed) as f64 / start.elapsed().as_secs_f64(),
    })
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() -> anyhow::Result<()> {
    let a = args()?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let queries: Vec<Query> = serde_json::from_str(&std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../search/eval/queries.json"),
    )?)?;

    if let Some(dir) = &a.corpus_only {
        rt.block_on(eval_store(dir))?;
        eprintln!("evaluation corpus in {}", dir.display());
        return Ok(());
    }
    std::fs::create_dir_all(&a.work)?;
    let (eval_docs, regions) = rt.block_on(async {
        let store = eval_store(&a.work.join("eval")).await?;
        let docs = documents(&store).await?;
        let regions: HashMap<String, String> = store
            .all_regions()
            .await?
            .into_iter()
            .map(|r| (r.code, r.name))
            .collect();
        anyhow::Ok((docs, regions))
    })?;
    println!(
        "# clusterhub search benchmark\n\nmachine: {} cores; {} labelled queries; evaluation corpus {} documents\n",
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        queries.len(),
        eval_docs.len()
    );

    // Quality on the evaluation corpus.
    let eval_flat: Vec<Flat> = eval_docs.iter().map(flatten).collect();
    let mut engines: Vec<Box<dyn Engine>> = vec![Box::new(Clusterhub::in_memory(&eval_docs)?)];
    engines.push(Box::new(Fts5::build(&eval_flat, &a.work.join("eval-fts5.db"))?.0));
    let _guard = rt.enter();
    if let Some(url) = &a.pg {
        engines.push(Box::new(
            rt.block_on(Postgres::build(&eval_flat, url, "search_bench_eval"))?.0,
        ));
    }
    println!("## Quality: nDCG@10 over {} labelled queries\n", queries.len());
    let mut group_names: Vec<String> = queries.iter().map(|q| q.group.clone()).collect();
    group_names.sort();
    group_names.dedup();
    println!("| engine | all | {} |", group_names.join(" | "));
    println!("|---|---:|{}", "---:|".repeat(group_names.len()));
    for e in &engines {
        let (all, groups) = quality(e.as_ref(), &queries)?;
        let cells: Vec<String> = group_names
            .iter()
            .map(|g| {
                groups
                    .get(g)
                    .map(|(s, n)| format!("{:.3}", s / *n as f64))
                    .unwrap_or_default()
            })
            .collect();
        println!("| {} | **{all:.3}** | {} |", e.name(), cells.join(" | "));
    }
    drop(engines);

    // Speed and indexing at scale.
    let services = a.services.min(a.docs.saturating_sub(eval_docs.len()));
    let extra = a.docs.saturating_sub(eval_docs.len() + services);
    let mut docs = eval_docs;
    docs.extend(service_filler(services, &regions)?);
    docs.extend(filler(extra, &regions)?);
    let flat: Vec<Flat> = docs.iter().map(flatten).collect();
    println!(
        "\n## Speed over {} documents ({} rounds of the queries, then 2 threads for 5 s)\n",
        docs.len(),
        a.rounds
    );
    let mut rows = Vec::new();
    let (ch, secs, size) = Clusterhub::build(&docs, Some(&a.work.join("tantivy")))?;
    // The same index answering what the peers answer: ranked documents only.
    let ranking_only = Clusterhub {
        index: ch.index.clone(),
        labels: ch.labels.clone(),
        ranking_only: true,
    };
    if a.hostile {
        return hostile(&ch, &queries, a.rounds);
    }
    rows.push((Box::new(ch) as Box<dyn Engine>, secs, size));
    rows.push((Box::new(ranking_only), secs, size));
    let (f, secs, size) = Fts5::build(&flat, &a.work.join("fts5.db"))?;
    let _ = &f.path;
    rows.push((Box::new(f), secs, size));
    if let Some(url) = &a.pg {
        let (p, secs, size) = rt.block_on(Postgres::build(&flat, url, "search_bench"))?;
        rows.push((Box::new(p), secs, size));
    }
    println!("| engine | p50 ms | p99 ms | queries/s (2 threads) | index build docs/s | index size MiB |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (e, secs, size) in &rows {
        let s = speed(e.as_ref(), &queries, a.rounds)?;
        println!(
            "| {} | {:.2} | {:.2} | {:.0} | {:.0} | {:.1} |",
            e.name(),
            s.p50_ms,
            s.p99_ms,
            s.qps_2,
            docs.len() as f64 / secs,
            mib(*size)
        );
    }
    println!(
        "\nclusterhub's times include what the product answers: facet counts over {} facets and highlighted \
         passages for each hit; the peers return ranked ids only.",
        search::FACETS.len()
    );
    Ok(())
}

// --- hostile queries ---------------------------------------------------------------------------

/// Queries built to cost the most, by family, each at most 300 characters.
fn hostile_queries(seed: u64) -> Vec<(&'static str, String)> {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let letters: Vec<char> = ('a'..='z').collect();
    let scripts: Vec<char> = "aбγدक中ßøæåéñšžłőאあ가".chars().chain('a'..='z').collect();
    let words = [
        "optoelectronics",
        "semiconductor",
        "biotechnology",
        "manufacturing",
        "aerospace",
        "nanomaterials",
        "photonics",
        "cybersecurity",
        "Raumfahrt",
        "Halbleiter",
        "énergie",
        "forsvarsindustri",
    ];
    let mut out = Vec::new();
    let cap = |s: String| s.chars().take(300).collect::<String>();
    for _ in 0..25 {
        let pick = |rng: &mut rand_chacha::ChaCha8Rng| letters[rng.gen_range(0..letters.len())];
        let run = |rng: &mut rand_chacha::ChaCha8Rng, sep: char, len: usize| {
            (0..len)
                .map(|_| {
                    let n = rng.gen_range(1..4);
                    (0..n).map(|_| pick(rng)).collect::<String>()
                })
                .collect::<Vec<_>>()
                .join(&sep.to_string())
        };
        out.push(("dots", cap(run(&mut rng, '.', 150))));
        out.push(("hyphens", cap(run(&mut rng, '-', 150))));
        out.push(("apostrophes", cap(run(&mut rng, '\'', 150))));
        let digits: String = (0..300).map(|_| char::from(b'0' + rng.gen_range(0..10u8))).collect();
        out.push(("digits", digits.clone()));
        out.push((
            "dotted digits",
            cap(digits.chars().map(|c| format!("{c}.")).collect::<String>()),
        ));
        out.push((
            "mixed scripts",
            cap((0..300)
                .map(|i| {
                    if i % 6 == 5 {
                        ' '
                    } else {
                        scripts[rng.gen_range(0..scripts.len())]
                    }
                })
                .collect()),
        ));
        out.push((
            "one-letter words",
            cap((0..150)
                .map(|_| pick(&mut rng).to_string())
                .collect::<Vec<_>>()
                .join(" ")),
        ));
        let misspelt = (0..20)
            .map(|_| {
                let mut w: Vec<char> = words[rng.gen_range(0..words.len())].chars().collect();
                let i = rng.gen_range(0..w.len());
                w[i] = pick(&mut rng);
                w.into_iter().collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ");
        out.push(("misspellings", cap(misspelt)));
        let soup = (0..40)
            .map(|i| match i % 4 {
                0 => format!("\"{} {}\"", pick(&mut rng), words[rng.gen_range(0..words.len())]),
                1 => format!("-{}", words[rng.gen_range(0..words.len())]),
                2 => format!("{}*", pick(&mut rng)),
                _ => format!("({}", pick(&mut rng)),
            })
            .collect::<Vec<_>>()
            .join(" ");
        out.push(("operators", cap(soup)));
        let random: String = (0..300)
            .map(|_| char::from_u32(rng.gen_range(0x20..0x3000)).unwrap_or('x'))
            .collect();
        out.push(("random Unicode", random));
    }
    out
}

/// Times the labelled queries and the hostile ones on the same index; prints the worst hostile
/// query against the median labelled one.
fn hostile(engine: &Clusterhub, queries: &[Query], rounds: usize) -> anyhow::Result<()> {
    let time = |q: &Query| -> anyhow::Result<f64> {
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            engine.search(q, 10)?;
            best = best.min(t.elapsed().as_secs_f64() * 1e3);
        }
        Ok(best)
    };
    for q in queries {
        engine.search(q, 10)?;
    }
    let mut normal = Vec::new();
    for _ in 0..rounds.max(1) {
        for q in queries {
            normal.push(time(q)?);
        }
    }
    normal.sort_by(f64::total_cmp);
    let median = normal[normal.len() / 2];
    let mut worst: Vec<(f64, &str, String)> = Vec::new();
    let mut by_family: HashMap<&str, f64> = HashMap::new();
    for (family, text) in hostile_queries(42) {
        let q = Query {
            q: text.clone(),
            lang: "en".into(),
            group: String::new(),
            filters: vec![],
            relevant: vec![],
        };
        let ms = time(&q)?;
        let e = by_family.entry(family).or_default();
        *e = e.max(ms);
        worst.push((ms, family, text));
    }
    worst.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!(
        "## Hostile queries ({} generated, each ≤ 300 characters; best of 3 runs each)\n",
        worst.len()
    );
    println!("median labelled query: {median:.2} ms\n");
    println!("| family | worst ms | × median |");
    println!("|---|---:|---:|");
    let mut families: Vec<_> = by_family.into_iter().collect();
    families.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (family, ms) in &families {
        println!("| {family} | {ms:.2} | {:.1} |", ms / median);
    }
    let (ms, family, text) = &worst[0];
    println!(
        "\nworst: {ms:.2} ms = {:.1}× the median ({family}: {:?}…); target ≤ 10×: {}",
        ms / median,
        text.chars().take(60).collect::<String>(),
        if ms / median <= 10.0 { "met" } else { "NOT met" }
    );
    Ok(())
}
