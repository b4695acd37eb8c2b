//! The figures of a schedule that the organiser sees and the objective ranks: idle gaps, table
//! changes, must-meets placed, people below their minimum.

use super::{slot_mask, Priority, Problem, Schedule, Score};

/// The slots of each block, as bit sets (one set of all slots when `block` is empty).
pub(super) fn block_masks(problem: &Problem) -> Vec<u128> {
    let slots = problem.tables.len();
    if problem.block.is_empty() {
        return vec![slot_mask(slots)];
    }
    let mut masks: Vec<(u16, u128)> = Vec::new();
    for (s, &b) in problem.block.iter().enumerate().take(slots) {
        match masks.iter_mut().find(|(id, _)| *id == b) {
            Some((_, m)) => *m |= 1 << s,
            None => masks.push((b, 1 << s)),
        }
    }
    masks.into_iter().map(|(_, m)| m).collect()
}

/// The free slots between the first and the last busy slot of `busy` within each block.
pub(super) fn gaps_in(busy: u128, blocks: &[u128]) -> u32 {
    let mut gaps = 0;
    for &block in blocks {
        let b = busy & block;
        if b.count_ones() < 2 {
            continue;
        }
        let lo = b.trailing_zeros();
        let hi = 127 - b.leading_zeros();
        let span = (u128::MAX >> (127 - hi)) & (u128::MAX << lo);
        gaps += (span & block & !b).count_ones();
    }
    gaps
}

/// Each participant's meetings as (slot, table), pairs and groups, sorted by slot.
fn agendas(problem: &Problem, schedule: &Schedule) -> Vec<Vec<(u16, u32)>> {
    let mut agenda = vec![Vec::new(); problem.participants];
    for (m, at) in schedule.placements.iter().enumerate() {
        if let (Some(at), Some(pair)) = (at, problem.meetings.get(m)) {
            for p in [pair.a, pair.b] {
                agenda[p as usize].push((at.slot, at.table));
            }
        }
    }
    for (g, at) in schedule.group_placements.iter().enumerate() {
        if let (Some(at), Some(group)) = (at, problem.groups.get(g)) {
            for p in group.members() {
                agenda[p as usize].push((at.slot, at.table));
            }
        }
    }
    for a in &mut agenda {
        a.sort_unstable();
    }
    agenda
}

/// Idle gaps per participant: the free slots between two of their meetings within one block of
/// consecutive slots (what the organiser's dashboard shows as idle time).
pub fn idle_gaps_per_participant(problem: &Problem, schedule: &Schedule) -> Vec<u32> {
    let blocks = block_masks(problem);
    agendas(problem, schedule)
        .iter()
        .map(|a| gaps_in(a.iter().fold(0u128, |m, &(s, _)| m | 1u128 << (s % 128)), &blocks))
        .collect()
}

/// Idle gaps summed over participants.
pub fn idle_gaps(problem: &Problem, schedule: &Schedule) -> usize {
    idle_gaps_per_participant(problem, schedule)
        .iter()
        .map(|&g| g as usize)
        .sum()
}

/// Table changes summed over participants: a participant's next meeting in the same block is at
/// another table.
pub fn table_changes(problem: &Problem, schedule: &Schedule) -> usize {
    let block_of = |s: u16| problem.block.get(s as usize).copied().unwrap_or(0);
    agendas(problem, schedule)
        .iter()
        .map(|a| {
            a.windows(2)
                .filter(|w| block_of(w[0].0) == block_of(w[1].0) && w[0].1 != w[1].1)
                .count()
        })
        .sum()
}

/// Must-meets placed, pairs and groups.
pub fn must_placed(problem: &Problem, schedule: &Schedule) -> usize {
    let pairs = schedule
        .placements
        .iter()
        .enumerate()
        .filter(|(m, at)| at.is_some() && problem.priority.get(*m) == Some(&Priority::Must))
        .count();
    let groups = schedule
        .group_placements
        .iter()
        .zip(&problem.groups)
        .filter(|(at, g)| at.is_some() && g.priority == Priority::Must)
        .count();
    pairs + groups
}

/// Participants with fewer meetings than their minimum.
pub fn below_minimum(problem: &Problem, schedule: &Schedule) -> usize {
    agendas(problem, schedule)
        .iter()
        .zip(&problem.min_meetings)
        .filter(|(a, &min)| a.len() < usize::from(min))
        .count()
}

/// The schedule under the scheduler's lexicographic objective.
pub fn score(problem: &Problem, schedule: &Schedule) -> Score {
    Score {
        must: must_placed(problem, schedule),
        meetings: schedule.scheduled() + schedule.groups_scheduled(),
        below_minimum: below_minimum(problem, schedule),
        idle_gaps: idle_gaps(problem, schedule),
        table_changes: table_changes(problem, schedule),
    }
}
