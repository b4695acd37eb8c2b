//! Properties of the meeting scheduler on random events: nobody is double-booked, availability
//! and tables are respected, locked meetings stay where they are, it never does worse than
//! first-fit, and on events small enough to try every schedule it finds the optimum.

#[allow(dead_code)]
#[path = "../eval/meetings.rs"]
mod meetings;

use matching::schedule::{self, Locked, Options, Pair, Placement, Problem, Unscheduled};
use proptest::prelude::*;

/// Random events: up to `people` participants, `slots` slots, `max_meetings` meetings, with
/// availability holes, a table count per slot (sometimes none) and some locked meetings.
fn events(people: u32, slots: usize, max_meetings: usize) -> impl Strategy<Value = Problem> {
    (2..=people, 1..=slots).prop_flat_map(move |(n, s)| {
        let all = (1u128 << s) - 1;
        (
            prop::collection::vec(0..=all, n as usize),
            prop::collection::vec(0u32..=4, s),
            prop::collection::vec((0..n, 0..n), 0..=max_meetings),
            prop::collection::vec((any::<prop::sample::Index>(), 0..s as u16, 0u32..4), 0..=3),
        )
            .prop_map(move |(available, tables, pairs, locks)| {
                let meetings: Vec<Pair> = pairs
                    .into_iter()
                    .filter(|(a, b)| a != b)
                    .map(|(a, b)| Pair { a, b })
                    .collect();
                let locked = if meetings.is_empty() {
                    Vec::new()
                } else {
                    locks
                        .into_iter()
                        .map(|(i, slot, table)| Locked {
                            meeting: i.index(meetings.len()),
                            at: Placement { slot, table },
                        })
                        .fold(Vec::new(), |mut kept: Vec<Locked>, l| {
                            if kept.iter().all(|k| k.meeting != l.meeting) {
                                kept.push(l);
                            }
                            kept
                        })
                };
                Problem {
                    participants: n as usize,
                    tables,
                    available,
                    meetings,
                    locked,
                    ..Problem::default()
                }
            })
    })
}

/// The most meetings any schedule can hold, by trying every slot (or none) for every meeting.
fn optimum(problem: &Problem) -> usize {
    fn go(problem: &Problem, m: usize, busy: &mut Vec<u128>, load: &mut Vec<u32>, count: usize, best: &mut usize) {
        if count + (problem.meetings.len() - m) <= *best {
            return;
        }
        if m == problem.meetings.len() {
            *best = count;
            return;
        }
        let Pair { a, b } = problem.meetings[m];
        let (a, b) = (a as usize, b as usize);
        for s in 0..problem.tables.len() {
            let bit = 1u128 << s;
            if problem.available[a] & problem.available[b] & bit != 0
                && (busy[a] | busy[b]) & bit == 0
                && load[s] < problem.tables[s]
            {
                busy[a] |= bit;
                busy[b] |= bit;
                load[s] += 1;
                go(problem, m + 1, busy, load, count + 1, best);
                busy[a] &= !bit;
                busy[b] &= !bit;
                load[s] -= 1;
            }
        }
        go(problem, m + 1, busy, load, count, best);
    }
    let mut best = 0;
    go(
        problem,
        0,
        &mut vec![0; problem.participants],
        &mut vec![0; problem.tables.len()],
        0,
        &mut best,
    );
    best
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn schedules_are_valid_and_keep_locked_meetings(problem in events(12, 8, 40)) {
        let ours = schedule::schedule(&problem, &Options::default()).expect("valid");
        prop_assert_eq!(schedule::check(&problem, &ours), Ok(()));
        let first_fit = schedule::first_fit(&problem).expect("valid");
        prop_assert_eq!(schedule::check(&problem, &first_fit), Ok(()));
        prop_assert!(ours.scheduled() >= first_fit.scheduled());
        // Every meeting is either placed or explained, once.
        let explained: std::collections::HashSet<usize> = ours.unscheduled.iter().map(|&(m, _)| m).collect();
        prop_assert_eq!(explained.len(), ours.unscheduled.len());
        for (m, placed) in ours.placements.iter().enumerate() {
            prop_assert_eq!(placed.is_none(), explained.contains(&m));
        }
        for &(m, why) in &ours.unscheduled {
            let Pair { a, b } = problem.meetings[m];
            let common = problem.available[a as usize] & problem.available[b as usize];
            if why == Unscheduled::NoCommonTime {
                prop_assert!(problem.tables.iter().enumerate().all(|(s, &t)| common >> s & 1 == 0 || t == 0));
            }
        }
    }

    #[test]
    fn small_events_get_the_optimum(problem in events(6, 4, 9)) {
        let problem = Problem { locked: Vec::new(), ..problem };
        let ours = schedule::schedule(&problem, &Options::default()).expect("valid");
        prop_assert_eq!(schedule::check(&problem, &ours), Ok(()));
        prop_assert_eq!(ours.scheduled(), optimum(&problem));
    }
}

#[test]
fn a_rerun_keeps_the_published_meetings_and_adds_late_ones() {
    let mut problem = meetings::event(300, 7);
    let late = problem.meetings.split_off(problem.meetings.len() - 60);
    let first = schedule::schedule(&problem, &Options::default()).expect("valid");
    problem.locked = first
        .placements
        .iter()
        .enumerate()
        .filter_map(|(meeting, at)| at.map(|at| Locked { meeting, at }))
        .collect();
    problem.meetings.extend(late);
    let second = schedule::schedule(&problem, &Options::default()).expect("valid");
    assert_eq!(schedule::check(&problem, &second), Ok(()));
    for l in &problem.locked {
        assert_eq!(second.placements[l.meeting], Some(l.at), "a published meeting moved");
    }
    assert!(
        second.scheduled() > first.scheduled(),
        "late requests were scheduled too"
    );
}

#[test]
fn realistic_events_beat_first_fit_and_explain_what_is_left() {
    let problem = meetings::event(1_000, 1_000);
    let ours = schedule::schedule(&problem, &Options::default()).expect("valid");
    let first_fit = schedule::first_fit(&problem).expect("valid");
    assert_eq!(schedule::check(&problem, &ours), Ok(()));
    assert!(ours.scheduled() > first_fit.scheduled());
    assert_eq!(ours.unscheduled.len(), problem.meetings.len() - ours.scheduled());
}

#[test]
fn bad_problems_are_refused_with_what_is_wrong() {
    let base = Problem {
        participants: 2,
        tables: vec![1; 2],
        available: vec![3, 3],
        meetings: vec![Pair { a: 0, b: 1 }],
        locked: Vec::new(),
        ..Problem::default()
    };
    let cases = [
        (
            Problem {
                tables: vec![1; 129],
                ..base.clone()
            },
            "129 slots",
        ),
        (
            Problem {
                available: vec![3],
                ..base.clone()
            },
            "availability given for 1",
        ),
        (
            Problem {
                meetings: vec![Pair { a: 0, b: 5 }],
                ..base.clone()
            },
            "participant 5",
        ),
        (
            Problem {
                meetings: vec![Pair { a: 1, b: 1 }],
                ..base.clone()
            },
            "themself",
        ),
        (
            Problem {
                locked: vec![Locked {
                    meeting: 3,
                    at: Placement { slot: 0, table: 0 },
                }],
                ..base.clone()
            },
            "meeting 3",
        ),
        (
            Problem {
                locked: vec![Locked {
                    meeting: 0,
                    at: Placement { slot: 9, table: 0 },
                }],
                ..base.clone()
            },
            "slot 9",
        ),
        (
            Problem {
                locked: vec![
                    Locked {
                        meeting: 0,
                        at: Placement { slot: 0, table: 0 }
                    };
                    2
                ],
                ..base.clone()
            },
            "locked in two places",
        ),
    ];
    for (problem, expected) in cases {
        let err = schedule::schedule(&problem, &Options::default())
            .expect_err("refused")
            .to_string();
        assert!(err.contains(expected), "{err}");
    }
}
