//! Verifying an answer against its problem.

use super::{Item, Placement, Problem, Reason, Schedule, Unscheduled};
use std::collections::{HashMap, HashSet};

/// A pair or group as checked: where it is, its members, where it is locked.
type Entry = (Item, Option<Placement>, Vec<u32>, Option<Placement>);

/// Checks a schedule against its problem; answers the first fault found: a participant in two
/// meetings at once or meeting while away, more meetings in a slot than tables or two at one
/// table, a locked meeting moved, a participant over their maximum, or a meeting left out
/// without exactly one reason. Used by the tests and by the web layer before it stores a
/// schedule.
pub fn check(problem: &Problem, schedule: &Schedule) -> Result<(), String> {
    if schedule.placements.len() != problem.meetings.len() {
        return Err("one placement per meeting expected".into());
    }
    if schedule.group_placements.len() != problem.groups.len() {
        return Err("one placement per group expected".into());
    }
    let slots = problem.tables.len();
    let mut seen = HashSet::new();
    let mut tables = HashSet::new();
    let mut per_slot = vec![0u64; slots];
    let mut count = vec![0usize; problem.participants];
    let mut locked_count = vec![0usize; problem.participants];
    let locked: HashMap<usize, Placement> = problem.locked.iter().map(|l| (l.meeting, l.at)).collect();
    let pairs = schedule.placements.iter().enumerate().map(|(m, at)| {
        let pair = problem.meetings[m];
        (Item::Pair(m), *at, vec![pair.a, pair.b], locked.get(&m).copied())
    });
    let groups = schedule.group_placements.iter().enumerate().map(|(g, at)| {
        let group = &problem.groups[g];
        (Item::Group(g), *at, group.members().collect(), group.locked)
    });
    let all: Vec<Entry> = pairs.chain(groups).collect();
    for (item, placed, members, lock) in &all {
        let Some(at) = placed else { continue };
        let s = at.slot as usize;
        if s >= slots {
            return Err(format!("{item:?} in slot {s}, which does not exist"));
        }
        let is_locked = *lock == Some(*at);
        for &p in members {
            if !seen.insert((p, at.slot)) {
                return Err(format!("participant {p} has two meetings in slot {s}"));
            }
            if !is_locked && problem.available[p as usize] & (1 << s) == 0 {
                return Err(format!(
                    "participant {p} meets in slot {s}, where they are not available"
                ));
            }
            count[p as usize] += 1;
            if is_locked {
                locked_count[p as usize] += 1;
            }
        }
        if !tables.insert((at.slot, at.table)) {
            return Err(format!("two meetings at table {} in slot {s}", at.table));
        }
        per_slot[s] += 1;
        if per_slot[s] > u64::from(problem.tables[s]) && !is_locked {
            return Err(format!(
                "slot {s} has more meetings than its {} tables",
                problem.tables[s]
            ));
        }
        if !is_locked && u64::from(at.table) >= u64::from(problem.tables[s]) {
            return Err(format!(
                "{item:?} at table {} of slot {s}, which has {}",
                at.table, problem.tables[s]
            ));
        }
    }
    // Locked meetings may exceed a maximum set after them; the scheduler adds none beyond it.
    for (p, &max) in problem.max_meetings.iter().enumerate() {
        if max > 0 && count[p] > usize::from(max).max(locked_count[p]) {
            return Err(format!(
                "participant {p} has {} meetings, more than their maximum {max}",
                count[p]
            ));
        }
    }
    let conflict = |item: Item| {
        schedule
            .reasons
            .iter()
            .any(|&(i, why)| i == item && why == Reason::Slots(Unscheduled::LockedConflict))
    };
    for (item, placed, _, lock) in &all {
        if let Some(l) = lock {
            if *placed != Some(*l) && !conflict(*item) {
                return Err(format!("locked {item:?} moved"));
            }
        }
    }
    // Every item left out is explained exactly once, and no placed one is.
    if !schedule.reasons.is_empty() || all.iter().any(|(_, at, _, _)| at.is_none()) {
        let mut explained: HashMap<Item, usize> = HashMap::new();
        for &(item, _) in &schedule.reasons {
            *explained.entry(item).or_default() += 1;
        }
        for (item, placed, _, _) in &all {
            let times = explained.get(item).copied().unwrap_or(0);
            if placed.is_some() && times > 0 {
                return Err(format!("{item:?} is placed and explained"));
            }
            if placed.is_none() && times != 1 {
                return Err(format!("{item:?} is left out with {times} reasons"));
            }
        }
    }
    Ok(())
}
