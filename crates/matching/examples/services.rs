//! Service proposals, measured: on the labelled challenges of `eval/services/`, how often a
//! fitting service is among the top 5 (and the mean reciprocal rank), for the full ranking and
//! its two baselines (BM25 of the words alone; concepts and taxonomy alone), per language; then
//! the time to propose for one challenge with 20,000 services in the index (the catalogue's
//! services plus generated ones of the same shape: each a real service's text with sentences of
//! others mixed in, at another centre and place).
//!
//!     cargo run --release -p clusterhub-matching --example services [-- --misses]

#[path = "../eval/services.rs"]
mod eval;

use std::time::Instant;

use matching::services::{Mode, ServiceIndex};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

const SERVICES: usize = 20_000;
const ROUNDS: usize = 10;

fn main() {
    let show_misses = std::env::args().any(|a| a == "--misses");
    let catalogue = eval::catalogue();
    let cases = eval::challenges();
    let index = ServiceIndex::build(eval::entities(&catalogue));
    println!(
        "{} services of {} centres, {} challenges",
        catalogue.len(),
        catalogue
            .iter()
            .map(|e| e.centre.as_str())
            .collect::<std::collections::HashSet<_>>()
            .len(),
        cases.len()
    );
    println!(
        "{:<26} {:>10} {:>8}   per language (hits/cases)",
        "ranking", "top-5 fit", "MRR@10"
    );
    for (name, mode) in [
        ("full", Mode::Full),
        ("BM25 words only", Mode::Words),
        ("concepts+taxonomy only", Mode::Concepts),
    ] {
        let s = eval::evaluate(&index, &catalogue, &cases, mode);
        let langs: Vec<String> = s.by_language.iter().map(|(l, (n, h))| format!("{l} {h}/{n}")).collect();
        println!(
            "{name:<26} {:>9.1}% {:>8.3}   {}",
            s.rate() * 100.0,
            s.mrr,
            langs.join(", ")
        );
        if show_misses && mode == Mode::Full {
            println!("  missed: {}", s.misses.join(", "));
        }
    }

    // Speed: the catalogue grown to SERVICES with generated services of the same shape.
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(19);
    let sentences: Vec<String> = catalogue
        .iter()
        .flat_map(|e| e.description.split(". ").map(str::to_owned).collect::<Vec<_>>())
        .collect();
    let mut entities = eval::entities(&catalogue);
    while entities.len() < SERVICES {
        let base = catalogue.choose(&mut rng).expect("catalogue");
        let mut e = base.clone();
        let extra: Vec<&String> = sentences.choose_multiple(&mut rng, 3).collect();
        e.description = format!(
            "{} {}",
            e.description,
            extra.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(". ")
        );
        e.lat += rng.gen_range(-3.0..3.0);
        e.lon += rng.gen_range(-3.0..3.0);
        let id = entities.len() as i64 + 1;
        entities.push(eval::entity(id, 1_000 + id / 4, &e));
    }
    let started = Instant::now();
    let big = ServiceIndex::build(entities);
    println!(
        "index of {} services built in {:.2} s",
        big.len(),
        started.elapsed().as_secs_f64()
    );
    let mut times: Vec<f64> = Vec::new();
    for _ in 0..ROUNDS {
        for c in &cases {
            let challenge = eval::challenge(c);
            let t = Instant::now();
            let p = big.propose(&challenge, Mode::Full, 10);
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            assert!(p.len() <= 10);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "proposals with {} services: {} challenges, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        big.len(),
        times.len(),
        at(0.5),
        at(0.99),
        times[times.len() - 1]
    );
}
