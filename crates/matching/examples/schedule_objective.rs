//! The scheduler's lexicographic objective (must-meets, meetings, people below their minimum,
//! idle gaps, table changes) on generated B2B days of 200, 1,000 and 3,000 participants with
//! priorities, group meetings, minimums, maximums and blocks (`eval/agendas.rs`):
//!
//!     cargo run --release -p clusterhub-matching --example schedule_objective [-- --export DIR] [--kicks N] [PARTICIPANTS ...]
//!
//! Compares three schedules of each event: the must-first greedy (`first_fit`), today's
//! count-only search (`Options { compact: false }`) and the full scheduler. With `--export`, each
//! event and the figures are written to DIR as `agenda-N.json` for
//! `eval/schedule_objective.py`, which finds the optimum of the same objective with HiGHS.

#[path = "../eval/agendas.rs"]
mod agendas;

use matching::schedule::{self, Options, Priority, Problem, Schedule, Score};
use serde_json::json;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut export = None;
    let mut sizes = Vec::new();
    let mut options = Options::default();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--export" => export = args.next(),
            "--kicks" => match args.next().and_then(|k| k.parse().ok()) {
                Some(k) => options.kicks_per_unscheduled = k,
                None => {
                    eprintln!("--kicks takes a number");
                    std::process::exit(2);
                }
            },
            n => match n.parse::<usize>() {
                Ok(n) if n >= 8 => sizes.push(n),
                _ => {
                    eprintln!("usage: schedule_objective [--export DIR] [--kicks N] [PARTICIPANTS ...]");
                    std::process::exit(2);
                }
            },
        }
    }
    if sizes.is_empty() {
        sizes = vec![200, 1_000, 3_000];
    }
    if let Some(dir) = &export {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("{dir}: {e}");
            std::process::exit(1);
        }
    }
    println!(
        "{:>6} {:>6} {:>6} {:>5} {:>6} | {:<10} {:>9} {:>8} {:>7} {:>6} {:>7} {:>8}",
        "people",
        "pairs",
        "groups",
        "slots",
        "musts",
        "schedule",
        "must-meet",
        "meetings",
        "<min",
        "gaps",
        "changes",
        "time"
    );
    for &n in &sizes {
        let problem = agendas::event(n, n as u64);
        let musts = problem.priority.iter().filter(|&&p| p == Priority::Must).count()
            + problem.groups.iter().filter(|g| g.priority == Priority::Must).count();
        let (greedy, greedy_s) = timed(|| schedule::first_fit(&problem).expect("a valid event"));
        let count_only = Options {
            compact: false,
            ..options.clone()
        };
        let (counted, counted_s) = timed(|| schedule::schedule(&problem, &count_only).expect("a valid event"));
        let (ours, ours_s) = timed(|| schedule::schedule(&problem, &options).expect("a valid event"));
        let mut rows = Vec::new();
        for (name, s, secs) in [
            ("must-first", &greedy, greedy_s),
            ("count-only", &counted, counted_s),
            ("clusterhub", &ours, ours_s),
        ] {
            schedule::check(&problem, s).unwrap_or_else(|e| panic!("{name}: {e}"));
            let score = schedule::score(&problem, s);
            println!(
                "{:>6} {:>6} {:>6} {:>5} {:>6} | {:<10} {:>9} {:>8} {:>7} {:>6} {:>7} {:>6.0}ms",
                n,
                problem.meetings.len(),
                problem.groups.len(),
                problem.tables.len(),
                musts,
                name,
                score.must,
                score.meetings,
                score.below_minimum,
                score.idle_gaps,
                score.table_changes,
                secs * 1e3
            );
            rows.push((name, score, secs));
        }
        let (before, after) = (rows[1].1, rows[2].1);
        println!(
            "{:>33} | idle gaps {:+.1}%, table changes {:+.1}% against count-only at {} meetings ({} there)",
            "",
            change(before.idle_gaps, after.idle_gaps),
            change(before.table_changes, after.table_changes),
            after.meetings,
            before.meetings
        );
        if let Some(dir) = &export {
            let path = format!("{dir}/agenda-{n}.json");
            if let Err(e) = std::fs::write(&path, to_json(&problem, &rows, &ours).to_string()) {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        }
    }
}

fn change(before: usize, after: usize) -> f64 {
    (after as f64 - before as f64) / before.max(1) as f64 * 100.0
}

/// Runs `f` three times and answers its last result with the median time in seconds.
fn timed<T>(mut f: impl FnMut() -> T) -> (T, f64) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..3 {
        let started = Instant::now();
        last = Some(f());
        times.push(started.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    (last.expect("ran"), times[1])
}

fn to_json(problem: &Problem, rows: &[(&str, Score, f64)], ours: &Schedule) -> serde_json::Value {
    let slots = problem.tables.len() as u32;
    let available: Vec<Vec<u32>> = problem
        .available
        .iter()
        .map(|a| (0..slots).filter(|&s| a >> s & 1 == 1).collect())
        .collect();
    let priority = |p: Priority| match p {
        Priority::Must => "must",
        Priority::Requested => "requested",
        Priority::Wish => "wish",
    };
    let figures: serde_json::Map<String, serde_json::Value> = rows
        .iter()
        .map(|(name, s, secs)| {
            (
                (*name).to_string(),
                json!({
                    "must": s.must, "meetings": s.meetings, "below_minimum": s.below_minimum,
                    "idle_gaps": s.idle_gaps, "table_changes": s.table_changes, "seconds": secs,
                }),
            )
        })
        .collect();
    json!({
        "participants": problem.participants,
        "tables": problem.tables,
        "block": problem.block,
        "available": available,
        "meetings": problem.meetings.iter().map(|m| [m.a, m.b]).collect::<Vec<_>>(),
        "priority": problem.priority.iter().map(|&p| priority(p)).collect::<Vec<_>>(),
        "groups": problem.groups.iter().map(|g| json!({
            "members": g.members().collect::<Vec<_>>(), "priority": priority(g.priority),
        })).collect::<Vec<_>>(),
        "min_meetings": problem.min_meetings,
        "max_meetings": problem.max_meetings,
        "figures": figures,
        "clusterhub_slots": ours.placements.iter().map(|p| p.map(|p| p.slot))
            .chain(ours.group_placements.iter().map(|p| p.map(|p| p.slot))).collect::<Vec<_>>(),
    })
}
