//! B2B matchmaking days of a realistic shape for the scheduler's objective: priorities,
//! group meetings, per-person minimums and maximums, and sessions in blocks over one or two days.
//!
//! - Sessions: each day a morning block of 9 slots and an afternoon block of 8 (a lunch break
//!   between them); one day under 1,000 participants, two days from 1,000 up.
//! - A third of the participants host (exhibitors, suppliers), the rest visit. Visitors ask for
//!   2–8 meetings (two days: 3–12), four in five with hosts chosen by a skewed popularity (the
//!   host of rank r is asked in proportion to 1/(r+1)^0.9, so the top hosts are asked more often
//!   than they have slots), one in five with other visitors.
//! - 10% of the pairs are must-meets, 10% wishes, the rest ordinary requests; group meetings are
//!   5% of all meetings: a host (by popularity) and 1–6 visitors, 10% of them must-meets.
//! - Tables for a fifth of the participants per slot: short in the busy slots.
//! - A quarter of the participants are away for part of a block (or all of it); on two-day
//!   events 15% come on one day only.
//! - Maximums: 30% of the hosts at 10–14 per day, 20% of the visitors at 4–8; minimums: 30% of
//!   the visitors want at least 3.

use matching::schedule::{Group, Pair, Priority, Problem};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// An event with `participants` participants, reproducible from `seed`.
pub fn event(participants: usize, seed: u64) -> Problem {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let days = if participants >= 1_000 { 2 } else { 1 };
    let blocks_per_day = [9usize, 8];
    let mut block = Vec::new();
    for d in 0..days {
        for (b, &len) in blocks_per_day.iter().enumerate() {
            block.extend(std::iter::repeat_n((d * 2 + b) as u16, len));
        }
    }
    let slots = block.len();
    let block_range = |b: usize| {
        let from = block.iter().position(|&x| x as usize == b).unwrap_or(0);
        let len = block.iter().filter(|&&x| x as usize == b).count();
        (from, len)
    };

    let hosts = (participants / 3).max(1);
    let popularity: Vec<f64> = (0..hosts).map(|r| 1.0 / ((r + 1) as f64).powf(0.9)).collect();
    let total: f64 = popularity.iter().sum();
    let cumulative: Vec<f64> = popularity
        .iter()
        .scan(0.0, |acc, &w| {
            *acc += w / total;
            Some(*acc)
        })
        .collect();
    let pick_host = |rng: &mut ChaCha8Rng| -> u32 {
        let x: f64 = rng.gen();
        cumulative.partition_point(|&c| c < x).min(hosts - 1) as u32
    };

    let mut seen = std::collections::HashSet::new();
    let mut meetings = Vec::new();
    for v in hosts..participants {
        let wanted = if days == 1 {
            rng.gen_range(2..=8)
        } else {
            rng.gen_range(3..=12)
        };
        for _ in 0..wanted {
            let other = if rng.gen_bool(0.8) || participants - hosts < 2 {
                pick_host(&mut rng)
            } else {
                rng.gen_range(hosts..participants) as u32
            };
            let (a, b) = ((v as u32).min(other), (v as u32).max(other));
            if a != b && seen.insert((a, b)) {
                meetings.push(Pair { a, b });
            }
        }
    }
    meetings.shuffle(&mut rng);
    let priority = (0..meetings.len())
        .map(|_| match rng.gen_range(0..10) {
            0 => Priority::Must,
            1 => Priority::Wish,
            _ => Priority::Requested,
        })
        .collect();

    // Groups are 5% of all meetings: g / (pairs + g) = 0.05.
    let group_count = meetings.len() / 19;
    let mut groups = Vec::with_capacity(group_count);
    while groups.len() < group_count && participants - hosts >= 6 {
        let host = pick_host(&mut rng);
        let size = match rng.gen_range(0..20) {
            0..=7 => 1,
            8..=13 => 2,
            14..=16 => 3,
            17 => 4,
            18 => 5,
            _ => 6,
        };
        let mut guests: Vec<u32> = Vec::with_capacity(size);
        while guests.len() < size {
            let g = rng.gen_range(hosts..participants) as u32;
            if !guests.contains(&g) {
                guests.push(g);
            }
        }
        let priority = if rng.gen_bool(0.1) {
            Priority::Must
        } else {
            Priority::Requested
        };
        groups.push(Group {
            host,
            guests,
            priority,
            locked: None,
        });
    }

    let all = if slots >= 128 { u128::MAX } else { (1u128 << slots) - 1 };
    let mut available = vec![all; participants];
    for a in available.iter_mut() {
        if days == 2 && rng.gen_bool(0.15) {
            let (from, _) = block_range(rng.gen_range(0..2) * 2);
            let day_len: usize = blocks_per_day.iter().sum();
            for s in from..from + day_len {
                *a &= !(1u128 << s);
            }
        }
        if rng.gen_bool(0.25) {
            let (from, len) = block_range(rng.gen_range(0..days * 2));
            let away = rng.gen_range(len / 4..=len).max(1);
            let start = from + rng.gen_range(0..=len - away);
            for s in start..start + away {
                *a &= !(1u128 << s);
            }
        }
    }

    let mut min_meetings = vec![0u16; participants];
    let mut max_meetings = vec![0u16; participants];
    for p in 0..participants {
        if p < hosts {
            if rng.gen_bool(0.3) {
                max_meetings[p] = rng.gen_range(10..=14) * days as u16;
            }
        } else {
            if rng.gen_bool(0.2) {
                max_meetings[p] = rng.gen_range(4..=8);
            }
            if rng.gen_bool(0.3) {
                min_meetings[p] = 3;
            }
        }
    }

    Problem {
        participants,
        tables: vec![(participants / 5).max(2) as u32; slots],
        available,
        meetings,
        locked: Vec::new(),
        priority,
        groups,
        min_meetings,
        max_meetings,
        block,
    }
}
