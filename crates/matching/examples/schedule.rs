//! The meeting scheduler against first-fit on generated events of 200, 1,000 and 3,000
//! participants: `cargo run --release -p clusterhub-matching --example schedule [-- --export DIR]`.
//! With `--export`, each event and both schedules' sizes are written to DIR as JSON for
//! `eval/schedule_optimum.py`, which finds the optimum with an integer-programming solver.

#[path = "../eval/meetings.rs"]
mod meetings;

use matching::schedule::{self, Options, Problem};
use std::fmt::Write as _;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut export = None;
    let mut sizes = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--export" => export = args.next(),
            n => match n.parse::<usize>() {
                Ok(n) if n >= 2 => sizes.push(n),
                _ => {
                    eprintln!("usage: schedule [--export DIR] [PARTICIPANTS ...]");
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
        "{:>12} {:>8} {:>6} {:>7} | {:>10} {:>9} | {:>10} {:>9} | {:>8}",
        "participants", "meetings", "slots", "tables", "first-fit", "time", "clusterhub", "time", "ratio"
    );
    for &n in &sizes {
        let problem = meetings::event(n, n as u64);
        let (ff, ff_time) = timed(|| schedule::first_fit(&problem).expect("a valid event"));
        let (ours, our_time) = timed(|| schedule::schedule(&problem, &Options::default()).expect("a valid event"));
        schedule::check(&problem, &ff).expect("first-fit is valid");
        schedule::check(&problem, &ours).expect("the schedule is valid");
        println!(
            "{:>12} {:>8} {:>6} {:>7} | {:>10} {:>7.1}ms | {:>10} {:>7.1}ms | {:>7.4}×",
            n,
            problem.meetings.len(),
            problem.tables.len(),
            problem.tables[0],
            ff.scheduled(),
            ff_time * 1e3,
            ours.scheduled(),
            our_time * 1e3,
            ours.scheduled() as f64 / ff.scheduled().max(1) as f64
        );
        if let Some(dir) = &export {
            let path = format!("{dir}/event-{n}.json");
            let json = to_json(&problem, ff.scheduled(), ff_time, ours.scheduled(), our_time);
            if let Err(e) = std::fs::write(&path, json) {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        }
    }
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

fn to_json(problem: &Problem, first_fit: usize, first_fit_s: f64, ours: usize, ours_s: f64) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{{\"participants\":{},\"tables\":{:?},\"first_fit\":{first_fit},\"first_fit_seconds\":{first_fit_s},\"clusterhub\":{ours},\"clusterhub_seconds\":{ours_s},\"available\":[",
        problem.participants, problem.tables
    );
    for (i, a) in problem.available.iter().enumerate() {
        let slots: Vec<u32> = (0..problem.tables.len() as u32).filter(|&s| a >> s & 1 == 1).collect();
        let _ = write!(out, "{}{:?}", if i > 0 { "," } else { "" }, slots);
    }
    out.push_str("],\"meetings\":[");
    for (i, m) in problem.meetings.iter().enumerate() {
        let _ = write!(out, "{}[{},{}]", if i > 0 { "," } else { "" }, m.a, m.b);
    }
    out.push_str("]}\n");
    out
}
