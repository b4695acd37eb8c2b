//! Mention recognition, measured: precision and recall per kind on the labelled texts of
//! `eval/mentions/`, then the time to recognise one article with 100,000 organisations in the
//! directory (the labelled set's directory plus generated organisations with names and acronyms
//! of the same shape).
//!
//!     cargo run --release -p clusterhub-matching --example mentions [-- --errors]

#[path = "../eval/mentions.rs"]
mod eval;

use std::time::Instant;

use matching::mentions::{Context, Entity, Gazetteer};
use rand::{Rng, SeedableRng};

const DIRECTORY: usize = 100_000;
const ROUNDS: usize = 20;

fn main() {
    let Some(entities) = eval::entities() else {
        eprintln!(
            "{} is missing: the evaluation needs the CORDIS data",
            eval::shared_data().display()
        );
        std::process::exit(2);
    };
    let texts = eval::texts();
    let real = entities
        .iter()
        .filter(|e| e.kind == matching::mentions::MentionKind::Organisation)
        .count();
    let outcome = eval::evaluate(&Gazetteer::new(entities.clone()), &texts);
    println!("labelled texts: {} ({})", texts.len(), by_language(&texts));
    println!("directory: {real} organisations (fixture and CORDIS)");
    println!(
        "{:<14} {:>5} {:>5} {:>5} {:>9} {:>7}",
        "kind", "tp", "fp", "fn", "precision", "recall"
    );
    for (kind, c) in outcome
        .per_kind
        .iter()
        .map(|(k, c)| (k.as_str(), c))
        .chain([("candidates", &outcome.candidates)])
    {
        println!(
            "{:<14} {:>5} {:>5} {:>5} {:>9.3} {:>7.3}",
            kind,
            c.true_positives,
            c.false_positives,
            c.false_negatives,
            c.precision(),
            c.recall()
        );
    }
    if std::env::args().any(|a| a == "--errors") {
        for e in &outcome.errors {
            println!("  {e}");
        }
    }

    let mut all = entities;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(17);
    const STEMS: &[&str] = &[
        "Nord", "Sud", "Balt", "Alp", "Rhein", "Dan", "Flan", "Lomb", "Bav", "Jut", "Kar", "Vist", "Oder", "Elb", "Tag",
    ];
    const WORDS: &[&str] = &[
        "Photonics",
        "Mobility",
        "Biotech",
        "Robotics",
        "Maritime",
        "Aerospace",
        "Food",
        "Energy",
        "Textile",
        "Health",
        "Materials",
        "Water",
        "Wood",
        "Chemistry",
        "Plastics",
        "Quantum",
        "Software",
        "Sensors",
        "Logistics",
        "Design",
    ];
    const HEADS: &[&str] = &[
        "Cluster",
        "GmbH",
        "A/S",
        "Network",
        "Centre",
        "Institute",
        "SAS",
        "Association",
        "Lab",
        "Hub",
    ];
    const COUNTRIES: &[&str] = &[
        "DE", "FR", "DK", "ES", "IT", "PL", "EE", "NL", "BE", "AT", "SE", "FI", "CZ", "PT",
    ];
    let mut added = 0;
    while real + added < DIRECTORY {
        let stem = STEMS[rng.gen_range(0..STEMS.len())];
        let suffix: String = (0..rng.gen_range(2..5))
            .map(|_| char::from(b'a' + rng.gen_range(0..26u8)))
            .collect();
        let name = format!(
            "{stem}{suffix} {} {}",
            WORDS[rng.gen_range(0..WORDS.len())],
            HEADS[rng.gen_range(0..HEADS.len())]
        );
        let acronym: String = (0..rng.gen_range(3..7))
            .map(|_| char::from(b'A' + rng.gen_range(0..26u8)))
            .collect();
        let country = COUNTRIES[rng.gen_range(0..COUNTRIES.len())];
        all.push(Entity::organisation(
            &format!("generated-{added}"),
            &name,
            Some(&acronym),
            country,
            None,
        ));
        added += 1;
    }
    let started = Instant::now();
    let gazetteer = Gazetteer::new(all);
    println!(
        "gazetteer of {} organisations and {} entities in all: built in {:.2} s",
        real + added,
        gazetteer.len(),
        started.elapsed().as_secs_f64()
    );
    let mut times = Vec::new();
    for _ in 0..ROUNDS {
        for t in &texts {
            let context = Context {
                language: t.language.clone(),
                countries: vec![],
            };
            let started = Instant::now();
            std::hint::black_box(gazetteer.recognise(&t.body, &context));
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "recognition per article ({} runs): p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        times.len(),
        at(0.5),
        at(0.99),
        at(1.0)
    );
    let still = eval::evaluate(&gazetteer, &texts);
    let o = still.per_kind[&matching::mentions::MentionKind::Organisation];
    println!(
        "organisations at {} in the directory: precision {:.3}, recall {:.3}",
        real + added,
        o.precision(),
        o.recall()
    );
}

fn by_language(texts: &[eval::Text]) -> String {
    eval::LANGUAGES
        .iter()
        .map(|l| format!("{l} {}", texts.iter().filter(|t| t.language == *l).count()))
        .collect::<Vec<_>>()
        .join(", ")
}
