//! Latency of recommendations for one opportunity among 100,000 organisations and 50,000
//! opportunities: `cargo run --release -p clusterhub-matching --example speed`. The entities are
//! generated (seeded) with the shape of the platform's data: taxonomy tags from the Commission's
//! lists and programme topics, texts drawn from a Zipf-distributed vocabulary, project partners.

use std::time::Instant;

use domain::{CountryCode, Ecosystem, KeyEnablingTechnology, OpportunityKind, OrganisationType, Taxonomy};
use matching::{Accept, Entity, Index, Key, Query, Subject, Weights};
use rand::distributions::{Distribution, WeightedIndex};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const ORGANISATIONS: usize = 100_000;
const OPPORTUNITIES: usize = 50_000;
const QUERIES: usize = 2_000;
const COUNTRIES: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "NO", "CH", "IS",
];

struct Vocabulary {
    words: Vec<String>,
    zipf: WeightedIndex<f64>,
}

impl Vocabulary {
    fn new(rng: &mut ChaCha8Rng) -> Self {
        const SYLLABLES: &[&str] = &[
            "ta", "ro", "mi", "ne", "ka", "lu", "po", "se", "ve", "di", "gra", "pho", "tron", "bio", "nano", "quan",
            "lin", "mat", "cel", "dyn",
        ];
        let words = (0..20_000)
            .map(|_| {
                let n = rng.gen_range(2..5);
                (0..n).map(|_| *SYLLABLES.choose(rng).expect("syllable")).collect()
            })
            .collect();
        let zipf = WeightedIndex::new((1..=20_000).map(|r| 1.0 / r as f64)).expect("weights");
        Self { words, zipf }
    }

    fn text(&self, rng: &mut ChaCha8Rng, n: usize) -> String {
        (0..n)
            .map(|_| self.words[self.zipf.sample(rng)].as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn tags(rng: &mut ChaCha8Rng) -> Vec<String> {
    let mut t: Vec<String> = (0..rng.gen_range(1..4))
        .map(|_| format!("ket:{}", KeyEnablingTechnology::ALL.choose(rng).expect("ket").slug()))
        .collect();
    for _ in 0..rng.gen_range(1..3) {
        t.push(format!("eco:{}", Ecosystem::ALL.choose(rng).expect("eco").slug()));
    }
    for _ in 0..rng.gen_range(0..6) {
        let code = format!(
            "HORIZON-CL{}-2024-D{}-01-{:02}",
            rng.gen_range(1..7),
            rng.gen_range(1..6),
            rng.gen_range(1..30)
        );
        t.extend(matching::topic_tags(&code));
    }
    t
}

fn country(rng: &mut ChaCha8Rng) -> Option<CountryCode> {
    CountryCode::parse(COUNTRIES.choose(rng).expect("country")).ok()
}

fn main() {
    let mut rng = ChaCha8Rng::seed_from_u64(20_261_123);
    let vocabulary = Vocabulary::new(&mut rng);
    let mut entities = Vec::with_capacity(ORGANISATIONS + OPPORTUNITIES);
    for i in 0..ORGANISATIONS {
        let kind = *OrganisationType::ALL.choose(&mut rng).expect("type");
        let mut e = Entity::new(
            Key::Organisation(i as i64),
            format!("Organisation {i}"),
            Subject::Organisation(kind),
        );
        e.country = country(&mut rng);
        e.tags = tags(&mut rng);
        e.offers = e.tags.iter().filter(|t| t.starts_with("ket:")).cloned().collect();
        let words = rng.gen_range(20..200);
        e.text = vocabulary.text(&mut rng, words);
        e.projects = if rng.gen_bool(0.3) { rng.gen_range(1..40) } else { 0 };
        e.coordinated = e.projects / 5;
        e.partners = (0..e.projects * 3)
            .map(|_| (Key::Organisation(rng.gen_range(0..ORGANISATIONS) as i64), 1))
            .collect();
        entities.push(e);
    }
    for i in 0..OPPORTUNITIES {
        let kind = *OpportunityKind::ALL.choose(&mut rng).expect("kind");
        let mut e = Entity::new(
            Key::Opportunity(i as i64),
            format!("Opportunity {i}"),
            Subject::Opportunity(kind),
        );
        e.country = country(&mut rng);
        e.tags = tags(&mut rng);
        let techs: Vec<String> = e.tags.iter().filter(|t| t.starts_with("ket:")).cloned().collect();
        if kind.is_request() {
            e.needs = techs;
        } else {
            e.offers = techs;
        }
        let words = rng.gen_range(40..300);
        e.text = vocabulary.text(&mut rng, words);
        entities.push(e);
    }
    let queries: Vec<Query> = (0..QUERIES)
        .map(|i| {
            let kind = *OpportunityKind::ALL.choose(&mut rng).expect("kind");
            let e = &entities[ORGANISATIONS + (i * 7919) % OPPORTUNITIES];
            let owner = Key::Organisation(rng.gen_range(0..ORGANISATIONS) as i64);
            Query {
                exclude: vec![e.key, owner],
                country: e.country,
                tags: e.tags.clone(),
                offers: e.offers.clone(),
                needs: e.needs.clone(),
                text: e.text.clone(),
                partners: vec![owner],
                target_countries: (0..rng.gen_range(0..3)).filter_map(|_| country(&mut rng)).collect(),
                cross_border: true,
                prefer_types: kind.answered_by().to_vec(),
                accept: Accept {
                    organisations: true,
                    organisation_types: vec![],
                    opportunities: kind.complements().to_vec(),
                },
                limit: 10,
            }
        })
        .collect();
    let started = Instant::now();
    let index = Index::build(entities);
    println!(
        "index of {} organisations + {} opportunities built in {:.2} s",
        ORGANISATIONS,
        OPPORTUNITIES,
        started.elapsed().as_secs_f64()
    );
    measure("the full build", &index, &queries);

    // A node lays changed organisations over its index, up to 2,000 before it builds it again:
    // the same queries over the most it lays over.
    let changes: Vec<(Key, Option<Entity>)> = (0..LAYERED)
        .map(|i| {
            let key = Key::Organisation(((i * 48_611) % ORGANISATIONS) as i64);
            let kind = *OrganisationType::ALL.choose(&mut rng).expect("type");
            let mut e = Entity::new(key, format!("Changed organisation {i}"), Subject::Organisation(kind));
            e.country = country(&mut rng);
            e.tags = tags(&mut rng);
            e.offers = e.tags.iter().filter(|t| t.starts_with("ket:")).cloned().collect();
            let words = rng.gen_range(20..200);
            e.text = vocabulary.text(&mut rng, words);
            // Partnerships stay as they are (changing them takes a full build).
            e.partners = index.partners_of(key).into_iter().map(|k| (k, 1)).collect();
            e
        })
        .map(|e| (e.key, Some(e)))
        .collect();
    let started = Instant::now();
    let layered = index.with_changes(changes).expect("partnerships unchanged");
    println!(
        "{LAYERED} changed organisations laid over it in {:.1} ms ({} MiB in all)",
        started.elapsed().as_secs_f64() * 1000.0,
        layered.size().bytes >> 20
    );
    measure(&format!("{LAYERED} laid over"), &layered, &queries);
}

/// Entities laid over the index in the second measurement.
const LAYERED: usize = 2_000;

fn measure(what: &str, index: &Index, queries: &[Query]) {
    let weights = Weights::default();
    let mut times = Vec::with_capacity(QUERIES);
    let mut touched = 0usize;
    for q in queries {
        let t = Instant::now();
        let r = index.recommend(q, &weights);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        touched += r.len();
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    println!(
        "{what}: {QUERIES} recommendation lists (10 each, reasons included; {} results in all), one thread: \
         p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        touched,
        pct(0.5),
        pct(0.9),
        pct(0.99),
        times[times.len() - 1]
    );
}
