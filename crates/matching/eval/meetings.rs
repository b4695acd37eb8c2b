//! Matchmaking events of a realistic shape for the scheduler's benchmark and tests: three
//! meeting sessions of 8–12 slots, participants with 0–20 accepted meetings each and a few heavy
//! ones with 30 or more, limited tables, and a fifth of the participants away for part of a
//! session.

use matching::schedule::{Pair, Problem};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// An event with `participants` participants, reproducible from `seed`. Half of the heavy
/// participants' and everyone's requests go to partners in proportion to how sought after they
/// are (the configuration model), as at real events where a few exhibitors draw many requests.
pub fn event(participants: usize, seed: u64) -> Problem {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let sessions: Vec<usize> = (0..3).map(|_| rng.gen_range(8..=12)).collect();
    let slots: usize = sessions.iter().sum();

    let mut wanted: Vec<usize> = (0..participants).map(|_| rng.gen_range(0..=20)).collect();
    let heavy = (participants / 50).max(2);
    for w in wanted.iter_mut().take(heavy) {
        *w = rng.gen_range(30..=45);
    }
    let mut stubs: Vec<u32> = Vec::new();
    for (p, &w) in wanted.iter().enumerate() {
        stubs.extend(std::iter::repeat_n(p as u32, w));
    }
    stubs.shuffle(&mut rng);
    let mut seen = std::collections::HashSet::new();
    let mut meetings = Vec::new();
    for pair in stubs.chunks_exact(2) {
        let (a, b) = (pair[0].min(pair[1]), pair[0].max(pair[1]));
        if a != b && seen.insert((a, b)) {
            meetings.push(Pair { a, b });
        }
    }
    meetings.shuffle(&mut rng);

    let all = if slots >= 128 { u128::MAX } else { (1u128 << slots) - 1 };
    let mut available = vec![all; participants];
    for a in available.iter_mut() {
        if rng.gen_bool(0.2) {
            let session = rng.gen_range(0..3);
            let first: usize = sessions[..session].iter().sum();
            let len = sessions[session];
            let away = rng.gen_range(len / 4..=len * 3 / 4).max(1);
            let from = first + rng.gen_range(0..=len - away);
            for s in from..from + away {
                *a &= !(1u128 << s);
            }
        }
    }
    // Tables for a fifth of the participants: enough on average, short in the busiest slots.
    let tables = vec![(participants / 5).max(2) as u32; slots];
    Problem {
        participants,
        tables,
        available,
        meetings,
        locked: Vec::new(),
        ..Problem::default()
    }
}
