//! Properties of the scheduler's lexicographic objective on random events with
//! priorities, group meetings, minimums, maximums, blocks and locks: nobody is double-booked, a
//! group meets only when every member is free and available, locks stay, maximums hold, never
//! fewer must-meets than the must-first greedy, every meeting left out is explained once, and
//! compaction changes neither which meetings are placed nor adds gaps.

use matching::schedule::{
    self, Group, Item, Locked, Options, Pair, Placement, Priority, Problem, ProblemError, Reason, Schedule, Unscheduled,
};
use proptest::prelude::*;
use std::collections::{HashMap, HashSet};

fn priority() -> impl Strategy<Value = Priority> {
    prop_oneof![Just(Priority::Wish), Just(Priority::Requested), Just(Priority::Must)]
}

/// Random events of up to `people` participants, `slots` slots in up to three blocks, `pairs`
/// pairs and `groups` groups, with priorities, minimums, maximums (0 = none) and locks.
fn events(people: u32, slots: usize, pairs: usize, groups: usize) -> impl Strategy<Value = Problem> {
    (3..=people, 1..=slots).prop_flat_map(move |(n, s)| {
        let all = (1u128 << s) - 1;
        (
            (
                prop::collection::vec(0..=all, n as usize),
                prop::collection::vec(0u32..=3, s),
                prop::collection::vec(0u16..3, s),
            ),
            prop::collection::vec((0..n, 0..n, priority()), 0..=pairs),
            prop::collection::vec(
                (
                    prop::collection::vec(0..n, 2..=7),
                    priority(),
                    prop::option::of((0..s as u16, 0u32..3)),
                ),
                0..=groups,
            ),
            (
                prop::collection::vec(0u16..=3, n as usize),
                prop::collection::vec(0u16..=4, n as usize),
            ),
            prop::collection::vec((any::<prop::sample::Index>(), 0..s as u16, 0u32..3), 0..=2),
        )
            .prop_map(
                move |((available, tables, mut block), pairs, groups, (min, max), locks)| {
                    // Blocks are runs of consecutive slots, as sessions are.
                    block.sort_unstable();
                    let (meetings, priority): (Vec<Pair>, Vec<Priority>) = pairs
                        .into_iter()
                        .filter(|(a, b, _)| a != b)
                        .map(|(a, b, p)| (Pair { a, b }, p))
                        .unzip();
                    let groups: Vec<Group> = groups
                        .into_iter()
                        .filter_map(|(members, priority, locked)| {
                            let mut seen = Vec::new();
                            for m in members {
                                if !seen.contains(&m) {
                                    seen.push(m);
                                }
                            }
                            (seen.len() >= 2).then(|| Group {
                                host: seen[0],
                                guests: seen[1..].to_vec(),
                                priority,
                                locked: locked.map(|(slot, table)| Placement { slot, table }),
                            })
                        })
                        .collect();
                    let mut locked: Vec<Locked> = Vec::new();
                    if !meetings.is_empty() {
                        for (i, slot, table) in locks {
                            let meeting = i.index(meetings.len());
                            if locked.iter().all(|l| l.meeting != meeting) {
                                locked.push(Locked {
                                    meeting,
                                    at: Placement { slot, table },
                                });
                            }
                        }
                    }
                    Problem {
                        participants: n as usize,
                        tables,
                        available,
                        meetings,
                        locked,
                        priority,
                        groups,
                        min_meetings: min,
                        max_meetings: max,
                        block,
                    }
                },
            )
    })
}

/// Each item's members and lock, pairs first, as the test sees them.
fn items(problem: &Problem) -> Vec<(Item, Vec<u32>, Option<Placement>, Priority)> {
    let locks: HashMap<usize, Placement> = problem.locked.iter().map(|l| (l.meeting, l.at)).collect();
    let pairs = problem.meetings.iter().enumerate().map(|(m, p)| {
        (
            Item::Pair(m),
            vec![p.a, p.b],
            locks.get(&m).copied(),
            problem.priority.get(m).copied().unwrap_or_default(),
        )
    });
    let groups = problem
        .groups
        .iter()
        .enumerate()
        .map(|(g, group)| (Item::Group(g), group.members().collect(), group.locked, group.priority));
    pairs.chain(groups).collect()
}

fn placement(schedule: &Schedule, item: Item) -> Option<Placement> {
    match item {
        Item::Pair(m) => schedule.placements[m],
        Item::Group(g) => schedule.group_placements[g],
    }
}

/// The rules, checked here independently of `schedule::check`.
fn verify(problem: &Problem, schedule: &Schedule) -> Result<(), TestCaseError> {
    let mut booked = HashSet::new();
    let mut tables = HashSet::new();
    let mut count = vec![0u16; problem.participants];
    let mut locked_count = vec![0u16; problem.participants];
    let conflicted: HashSet<Item> = schedule
        .reasons
        .iter()
        .filter(|(_, why)| *why == Reason::Slots(Unscheduled::LockedConflict))
        .map(|&(item, _)| item)
        .collect();
    for (item, members, lock, _) in items(problem) {
        if let Some(l) = lock {
            prop_assert!(
                placement(schedule, item) == Some(l) || conflicted.contains(&item),
                "locked {:?} moved",
                item
            );
        }
        let Some(at) = placement(schedule, item) else { continue };
        let is_locked = lock == Some(at);
        for &p in &members {
            prop_assert!(booked.insert((p, at.slot)), "participant {} double-booked", p);
            if !is_locked {
                prop_assert!(problem.available[p as usize] >> at.slot & 1 == 1, "{} away", p);
            }
            count[p as usize] += 1;
            if is_locked {
                locked_count[p as usize] += 1;
            }
        }
        prop_assert!(tables.insert((at.slot, at.table)), "two meetings at one table");
        if !is_locked {
            prop_assert!(at.table < problem.tables[at.slot as usize], "table out of range");
        }
    }
    for (p, &max) in problem.max_meetings.iter().enumerate() {
        if max > 0 {
            prop_assert!(
                count[p] <= max.max(locked_count[p]),
                "participant {} over their maximum",
                p
            );
        }
    }
    // Every item left out, and only those, explained exactly once, with a reason that holds.
    let mut explained: HashMap<Item, usize> = HashMap::new();
    for &(item, _) in &schedule.reasons {
        *explained.entry(item).or_default() += 1;
    }
    for (item, _, _, _) in items(problem) {
        let times = explained.get(&item).copied().unwrap_or(0);
        prop_assert_eq!(times, usize::from(placement(schedule, item).is_none()), "{:?}", item);
    }
    for &(item, why) in &schedule.reasons {
        let members = match item {
            Item::Pair(m) => vec![problem.meetings[m].a, problem.meetings[m].b],
            Item::Group(g) => problem.groups[g].members().collect(),
        };
        match why {
            Reason::MaximumReached(p) => {
                prop_assert!(members.contains(&p));
                // Locked meetings may take someone past a maximum set after them.
                prop_assert!(count[p as usize] >= problem.max_meetings[p as usize]);
            }
            Reason::MemberBusy(p) => {
                prop_assert!(matches!(item, Item::Group(_)) && members.contains(&p));
            }
            Reason::Slots(Unscheduled::NoCommonTime) => {
                let common = members
                    .iter()
                    .fold(u128::MAX, |c, &p| c & problem.available[p as usize]);
                prop_assert!(problem
                    .tables
                    .iter()
                    .enumerate()
                    .all(|(s, &t)| common >> s & 1 == 0 || t == 0));
            }
            _ => {}
        }
    }
    // The pairs' reasons of before, one per pair left out.
    prop_assert_eq!(
        schedule.unscheduled.len(),
        schedule.placements.iter().filter(|p| p.is_none()).count()
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn schedules_keep_every_rule(problem in events(12, 10, 30, 6)) {
        let ours = schedule::schedule(&problem, &Options::default()).expect("valid");
        prop_assert_eq!(schedule::check(&problem, &ours), Ok(()));
        verify(&problem, &ours)?;
        let greedy = schedule::first_fit(&problem).expect("valid");
        prop_assert_eq!(schedule::check(&problem, &greedy), Ok(()));
        verify(&problem, &greedy)?;
        let (o, g) = (schedule::score(&problem, &ours), schedule::score(&problem, &greedy));
        prop_assert!(o.must >= g.must, "fewer must-meets than the must-first greedy");
        prop_assert!((o.must, o.meetings) >= (g.must, g.meetings));
    }

    #[test]
    fn compaction_keeps_the_meetings_and_closes_gaps(problem in events(12, 10, 30, 6)) {
        let counted = schedule::schedule(&problem, &Options { compact: false, ..Options::default() }).expect("valid");
        let ours = schedule::schedule(&problem, &Options::default()).expect("valid");
        prop_assert_eq!(schedule::check(&problem, &ours), Ok(()));
        let (c, o) = (schedule::score(&problem, &counted), schedule::score(&problem, &ours));
        prop_assert_eq!((c.must, c.meetings, c.below_minimum), (o.must, o.meetings, o.below_minimum));
        // The same items are placed: compaction only moves them.
        for (a, b) in counted.placements.iter().zip(&ours.placements) {
            prop_assert_eq!(a.is_some(), b.is_some());
        }
        prop_assert!(o.idle_gaps <= c.idle_gaps);
        prop_assert_eq!(ours.clone(), schedule::schedule(&problem, &Options::default()).expect("valid"), "not deterministic");
    }

    #[test]
    fn small_events_get_the_most_must_meets_then_meetings(problem in events(5, 4, 7, 2)) {
        let problem = Problem { locked: Vec::new(), groups: problem.groups.into_iter().map(|g| Group { locked: None, ..g }).collect(), ..problem };
        let ours = schedule::schedule(&problem, &Options::default()).expect("valid");
        let o = schedule::score(&problem, &ours);
        prop_assert_eq!((o.must, o.meetings), optimum(&problem));
    }
}

/// The best (must-meets, meetings) of any schedule, by trying every slot (or none) for every item.
fn optimum(problem: &Problem) -> (usize, usize) {
    let items = items(problem);
    let max: Vec<u16> = problem
        .max_meetings
        .iter()
        .map(|&m| if m == 0 { u16::MAX } else { m })
        .collect();
    struct Search<'a> {
        problem: &'a Problem,
        items: &'a [(Item, Vec<u32>, Option<Placement>, Priority)],
        max: &'a [u16],
        busy: Vec<u128>,
        count: Vec<u16>,
        load: Vec<u32>,
        best: (usize, usize),
    }
    fn go(s: &mut Search, i: usize, must: usize, meetings: usize) {
        if i == s.items.len() {
            s.best = s.best.max((must, meetings));
            return;
        }
        let (_, members, _, priority) = &s.items[i];
        let is_must = usize::from(*priority == Priority::Must);
        for slot in 0..s.problem.tables.len() {
            let bit = 1u128 << slot;
            let fits = s.load[slot] < s.problem.tables[slot]
                && members.iter().all(|&p| {
                    let p = p as usize;
                    s.problem.available[p] & bit != 0 && s.busy[p] & bit == 0 && s.count[p] < s.max[p]
                });
            if fits {
                for &p in members {
                    s.busy[p as usize] |= bit;
                    s.count[p as usize] += 1;
                }
                s.load[slot] += 1;
                go(s, i + 1, must + is_must, meetings + 1);
                for &p in members {
                    s.busy[p as usize] &= !bit;
                    s.count[p as usize] -= 1;
                }
                s.load[slot] -= 1;
            }
        }
        go(s, i + 1, must, meetings);
    }
    let mut search = Search {
        problem,
        items: &items,
        max: &max,
        busy: vec![0; problem.participants],
        count: vec![0; problem.participants],
        load: vec![0; problem.tables.len()],
        best: (0, 0),
    };
    go(&mut search, 0, 0, 0);
    search.best
}

/// Two blocks of three slots; participant 0 meets 1 in slots 0 and 2 of the first block (a gap)
/// and 2 in slot 3, the first of the second block (no gap across the break).
#[test]
fn idle_gaps_count_within_blocks_and_table_changes_between_consecutive_meetings() {
    let problem = Problem {
        participants: 3,
        tables: vec![2; 6],
        available: vec![0b11_1111; 3],
        meetings: vec![Pair { a: 0, b: 1 }, Pair { a: 0, b: 1 }, Pair { a: 0, b: 2 }],
        block: vec![0, 0, 0, 1, 1, 1],
        ..Problem::default()
    };
    let at = |slot, table| Some(Placement { slot, table });
    let s = Schedule {
        placements: vec![at(0, 0), at(2, 1), at(3, 0)],
        group_placements: Vec::new(),
        ..Schedule::default()
    };
    assert_eq!(schedule::check(&problem, &s), Ok(()));
    assert_eq!(schedule::idle_gaps_per_participant(&problem, &s), vec![1, 1, 0]);
    assert_eq!(schedule::idle_gaps(&problem, &s), 2);
    // 0 and 1 change tables between slots 0 and 2; slot 3 is in another block.
    assert_eq!(schedule::table_changes(&problem, &s), 2);
    // The scheduler itself closes the gaps: the two meetings of 0 and 1 go side by side.
    let ours = schedule::schedule(&problem, &Options::default()).expect("valid");
    assert_eq!(schedule::idle_gaps(&problem, &ours), 0);
    assert_eq!(ours.scheduled(), 3);
}

#[test]
fn must_meets_win_over_more_meetings_and_reasons_name_the_new_causes() {
    // Participant 0 may meet once: the must-meet with 2 wins over the request with 1; then 3's
    // group with 0 finds 0 at their maximum. 1 meets 5 in slot 0 and 3 in slot 1 (the only
    // times those two are there), so 4's group with 1, which 4 can attend in slots 0 and 1
    // only, finds 1 busy.
    let problem = Problem {
        participants: 6,
        tables: vec![5; 3],
        available: vec![0b111, 0b111, 0b111, 0b010, 0b011, 0b001],
        meetings: vec![
            Pair { a: 0, b: 1 },
            Pair { a: 0, b: 2 },
            Pair { a: 1, b: 5 },
            Pair { a: 1, b: 3 },
        ],
        priority: vec![Priority::Requested, Priority::Must, Priority::Must, Priority::Must],
        groups: vec![
            Group {
                host: 3,
                guests: vec![0, 4],
                ..Group::default()
            },
            Group {
                host: 4,
                guests: vec![1],
                ..Group::default()
            },
        ],
        max_meetings: vec![1, 0, 0, 0, 0, 0],
        ..Problem::default()
    };
    let ours = schedule::schedule(&problem, &Options::default()).expect("valid");
    assert_eq!(schedule::check(&problem, &ours), Ok(()));
    assert!(ours.placements[1].is_some() && ours.placements[0].is_none());
    let reasons: HashMap<Item, Reason> = ours.reasons.iter().copied().collect();
    assert_eq!(reasons[&Item::Pair(0)], Reason::MaximumReached(0));
    assert_eq!(reasons[&Item::Group(0)], Reason::MaximumReached(0));
    assert_eq!(reasons[&Item::Group(1)], Reason::MemberBusy(1));
    // The pairs' reasons of before read a maximum as a full agenda.
    assert_eq!(ours.unscheduled, vec![(0, Unscheduled::AgendaFull(0))]);
    assert_eq!(schedule::must_placed(&problem, &ours), 3);
}

#[test]
fn malformed_new_inputs_are_refused_with_what_is_wrong() {
    let base = Problem {
        participants: 3,
        tables: vec![1; 2],
        available: vec![3; 3],
        meetings: vec![Pair { a: 0, b: 1 }],
        ..Problem::default()
    };
    let group = |host, guests: Vec<u32>| Group {
        host,
        guests,
        ..Group::default()
    };
    let cases = [
        (
            Problem {
                priority: vec![Priority::Must; 2],
                ..base.clone()
            },
            ProblemError::PriorityLength { expected: 1, found: 2 },
        ),
        (
            Problem {
                max_meetings: vec![1],
                ..base.clone()
            },
            ProblemError::LimitsLength {
                field: "max_meetings",
                expected: 3,
                found: 1,
            },
        ),
        (
            Problem {
                min_meetings: vec![1; 4],
                ..base.clone()
            },
            ProblemError::LimitsLength {
                field: "min_meetings",
                expected: 3,
                found: 4,
            },
        ),
        (
            Problem {
                block: vec![0],
                ..base.clone()
            },
            ProblemError::BlockLength { expected: 2, found: 1 },
        ),
        (
            Problem {
                groups: vec![group(0, vec![])],
                ..base.clone()
            },
            ProblemError::GroupSize { group: 0, members: 1 },
        ),
        (
            Problem {
                groups: vec![group(0, vec![1, 2, 1, 2, 1, 2, 1])],
                ..base.clone()
            },
            ProblemError::GroupSize { group: 0, members: 8 },
        ),
        (
            Problem {
                groups: vec![group(0, vec![7])],
                ..base.clone()
            },
            ProblemError::UnknownGroupMember {
                group: 0,
                participant: 7,
            },
        ),
        (
            Problem {
                groups: vec![group(0, vec![1, 0])],
                ..base.clone()
            },
            ProblemError::RepeatedGroupMember {
                group: 0,
                participant: 0,
            },
        ),
        (
            Problem {
                groups: vec![Group {
                    locked: Some(Placement { slot: 5, table: 0 }),
                    ..group(0, vec![1])
                }],
                ..base.clone()
            },
            ProblemError::UnknownGroupSlot { group: 0, slot: 5 },
        ),
    ];
    for (problem, expected) in cases {
        let err = schedule::schedule(&problem, &Options::default()).expect_err("refused");
        assert!(!err.to_string().is_empty());
        assert_eq!(err, expected);
    }
}

#[test]
fn a_rerun_keeps_published_group_meetings() {
    let mut problem = Problem {
        participants: 8,
        tables: vec![1; 4],
        available: vec![0b1111; 8],
        meetings: vec![Pair { a: 0, b: 1 }, Pair { a: 2, b: 3 }],
        groups: vec![Group {
            host: 4,
            guests: vec![5, 6, 7],
            priority: Priority::Must,
            locked: None,
        }],
        ..Problem::default()
    };
    let first = schedule::schedule(&problem, &Options::default()).expect("valid");
    let at = first.group_placements[0].expect("the group is placed");
    problem.groups[0].locked = Some(at);
    problem.meetings.push(Pair { a: 4, b: 0 });
    let second = schedule::schedule(&problem, &Options::default()).expect("valid");
    assert_eq!(schedule::check(&problem, &second), Ok(()));
    assert_eq!(second.group_placements[0], Some(at));
    assert_eq!(second.scheduled(), 3);
}
