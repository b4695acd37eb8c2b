//! The meeting scheduler of B2B matchmaking events.
//!
//! Given the accepted meeting requests of an event, the slots of its meeting sessions, the tables
//! each slot offers and when each participant is available, it assigns as many meetings as it can
//! to a slot and a table so that nobody is in two meetings at once, everybody meets only when
//! available and no slot has more meetings than tables. Locked meetings (confirmed by the
//! organiser, or already published) keep their slot and table.
//!
//! Maximising the number of meetings is NP-hard (it contains edge colouring), so the scheduler is
//! a local search with a proven shape: a most-constrained-first greedy start (never worse than
//! first-fit in request order, which is also computed), then ejection chains — a meeting that
//! fits nowhere takes a slot from one or two meetings which move elsewhere, recursively, within a
//! depth and a node budget — then seeded random kicks that accept sideways moves to leave
//! plateaus. It is deterministic for a given seed. `docs/SCHEDULER.md` and the `schedule` example
//! compare it with the optimum of an integer programme.

use std::fmt;
use std::time::{Duration, Instant};

/// At most this many slots per event (bit sets are `u128`): five days of 24 half-hour slots.
pub const MAX_SLOTS: usize = 128;

const NONE: u32 = u32::MAX;
const UNPLACED: u16 = u16::MAX;

/// A meeting between two participants (indices into the participants of a [`Problem`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    pub a: u32,
    pub b: u32,
}

/// Where a meeting takes place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    pub slot: u16,
    /// Table (or room) number within the slot, from 0.
    pub table: u32,
}

/// A meeting that keeps its place whatever else moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locked {
    pub meeting: usize,
    pub at: Placement,
}

/// How much a meeting matters to the organiser. The scheduler places must-meets first and never
/// gives one up for any number of other meetings; requested meetings and wishes then count alike
/// (wishes come after requests where the search must choose an order).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Priority {
    /// A "would like to meet" preference the organiser pairs in hosted-buyer mode.
    Wish,
    /// An ordinary accepted meeting request.
    #[default]
    Requested,
    /// One of the two marked the other "must meet".
    Must,
}

/// Fewest and most members of a group meeting, host included.
pub const GROUP_MEMBERS: std::ops::RangeInclusive<usize> = 2..=7;

/// A group meeting: a host and a delegation (of one or more organisations) meeting together at
/// one table in one slot, which every member must have free.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Group {
    pub host: u32,
    /// One to six guests; with the host, [`GROUP_MEMBERS`] people in all.
    pub guests: Vec<u32>,
    pub priority: Priority,
    /// Where a confirmed or published group meeting stays, as [`Locked`] for pairs.
    pub locked: Option<Placement>,
}

impl Group {
    /// The host, then the guests.
    pub fn members(&self) -> impl Iterator<Item = u32> + '_ {
        std::iter::once(self.host).chain(self.guests.iter().copied())
    }
}

/// What the scheduler is asked.
#[derive(Clone, Debug, Default)]
pub struct Problem {
    pub participants: usize,
    /// Tables free in each slot (`u32::MAX` when unlimited, as online); its length is the number
    /// of slots, sessions laid end to end.
    pub tables: Vec<u32>,
    /// Slots each participant can attend: bit `s` for slot `s`.
    pub available: Vec<u128>,
    pub meetings: Vec<Pair>,
    pub locked: Vec<Locked>,
    /// The priority of each entry of `meetings`; empty means all [`Priority::Requested`].
    pub priority: Vec<Priority>,
    /// Group meetings, scheduled together with the pairs; answered in
    /// [`Schedule::group_placements`].
    pub groups: Vec<Group>,
    /// Per participant, the meetings (pairs and groups) they would like at least: a target, not
    /// a constraint (see [`Score`]). Empty means no minimum.
    pub min_meetings: Vec<u16>,
    /// Per participant, the meetings (pairs and groups) they accept at most: a hard limit. Empty,
    /// or 0 for a participant, means no maximum.
    pub max_meetings: Vec<u16>,
    /// Per slot, the block of consecutive slots it belongs to (a session without a break); idle
    /// gaps are counted within a block only. Empty means all slots are one block.
    pub block: Vec<u16>,
}

/// A problem the scheduler cannot take, naming what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemError {
    TooManySlots(usize),
    AvailabilityLength {
        expected: usize,
        found: usize,
    },
    UnknownParticipant {
        meeting: usize,
        participant: u32,
    },
    SelfMeeting {
        meeting: usize,
    },
    UnknownMeeting {
        meeting: usize,
    },
    UnknownSlot {
        meeting: usize,
        slot: u16,
    },
    LockedTwice {
        meeting: usize,
    },
    /// `priority` is neither empty nor one per meeting.
    PriorityLength {
        expected: usize,
        found: usize,
    },
    /// `min_meetings` or `max_meetings` (named) is neither empty nor one per participant.
    LimitsLength {
        field: &'static str,
        expected: usize,
        found: usize,
    },
    /// `block` is neither empty nor one per slot.
    BlockLength {
        expected: usize,
        found: usize,
    },
    /// A group with fewer or more members than [`GROUP_MEMBERS`].
    GroupSize {
        group: usize,
        members: usize,
    },
    UnknownGroupMember {
        group: usize,
        participant: u32,
    },
    /// A participant named twice in one group.
    RepeatedGroupMember {
        group: usize,
        participant: u32,
    },
    UnknownGroupSlot {
        group: usize,
        slot: u16,
    },
}

impl fmt::Display for ProblemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooManySlots(n) => write!(f, "{n} slots; at most {MAX_SLOTS} can be scheduled"),
            Self::AvailabilityLength { expected, found } => {
                write!(f, "availability given for {found} participants, expected {expected}")
            }
            Self::UnknownParticipant { meeting, participant } => {
                write!(
                    f,
                    "meeting {meeting} names participant {participant}, who does not exist"
                )
            }
            Self::SelfMeeting { meeting } => write!(f, "meeting {meeting} is between a participant and themself"),
            Self::UnknownMeeting { meeting } => write!(f, "locked meeting {meeting} does not exist"),
            Self::UnknownSlot { meeting, slot } => {
                write!(f, "locked meeting {meeting} is in slot {slot}, which does not exist")
            }
            Self::LockedTwice { meeting } => write!(f, "meeting {meeting} is locked in two places"),
            Self::PriorityLength { expected, found } => {
                write!(f, "priority given for {found} meetings, expected {expected} or none")
            }
            Self::LimitsLength { field, expected, found } => {
                write!(f, "{field} given for {found} participants, expected {expected} or none")
            }
            Self::BlockLength { expected, found } => {
                write!(f, "block given for {found} slots, expected {expected} or none")
            }
            Self::GroupSize { group, members } => write!(
                f,
                "group {group} has {members} members, expected {} to {}",
                GROUP_MEMBERS.start(),
                GROUP_MEMBERS.end()
            ),
            Self::UnknownGroupMember { group, participant } => {
                write!(f, "group {group} names participant {participant}, who does not exist")
            }
            Self::RepeatedGroupMember { group, participant } => {
                write!(f, "group {group} names participant {participant} twice")
            }
            Self::UnknownGroupSlot { group, slot } => {
                write!(f, "locked group {group} is in slot {slot}, which does not exist")
            }
        }
    }
}

impl std::error::Error for ProblemError {}

/// Why a meeting could not be scheduled, as the organiser's statistics explain it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unscheduled {
    /// The two are never available at the same time.
    NoCommonTime,
    /// Every slot this participant is available in is taken by their other meetings.
    AgendaFull(u32),
    /// At every time both are available, one of them already has another meeting.
    BusyAtCommonTimes,
    /// Both are free at some common time, but no table is left then.
    NoTable,
    /// A locked meeting that collides with another locked meeting (same person or same table
    /// in the same slot); the earlier one in the list was kept.
    LockedConflict,
}

/// Why a pair or a group meeting was left out, including the causes the new constraints add.
/// [`Schedule::unscheduled`] keeps answering the pairs with [`Unscheduled`] alone (a maximum
/// reached reads there as that participant's full agenda).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    /// One of the reasons of [`Unscheduled`]; for a group, `NoCommonTime` means its members are
    /// never all available at once and `BusyAtCommonTimes` that at every such time one of them is
    /// busy.
    Slots(Unscheduled),
    /// This participant already has their maximum number of meetings.
    MaximumReached(u32),
    /// A group: this member is busy (in another meeting) at every time the group could meet
    /// otherwise.
    MemberBusy(u32),
}

/// A pair (index into [`Problem::meetings`]) or a group meeting (into [`Problem::groups`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    Pair(usize),
    Group(usize),
}

/// The scheduler's objective, compared lexicographically in the order of the fields: more
/// must-meets placed, then more meetings, then fewer people below their minimum, then fewer idle
/// gaps, then fewer table changes. The first three are what the search optimises; gaps and
/// table changes are what the compaction phase lowers without touching the first three.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Must-meets placed, pairs and groups.
    pub must: usize,
    /// Meetings placed, pairs and groups (a group meeting counts once).
    pub meetings: usize,
    /// Participants with fewer meetings than their minimum.
    pub below_minimum: usize,
    /// Free slots between two of a person's meetings in one block, summed over people.
    pub idle_gaps: usize,
    /// Times a person goes from one meeting to their next one in the same block at another
    /// table, summed over people.
    pub table_changes: usize,
}

impl Score {
    /// Larger is better.
    fn key(
        &self,
    ) -> (
        usize,
        usize,
        std::cmp::Reverse<usize>,
        std::cmp::Reverse<usize>,
        std::cmp::Reverse<usize>,
    ) {
        use std::cmp::Reverse;
        (
            self.must,
            self.meetings,
            Reverse(self.below_minimum),
            Reverse(self.idle_gaps),
            Reverse(self.table_changes),
        )
    }

    /// Whether `self` is better than `other` under the lexicographic objective.
    pub fn better_than(&self, other: &Score) -> bool {
        self.key() > other.key()
    }
}

/// How hard to search: the defaults schedule 15,000 meetings in well under a second.
#[derive(Clone, Debug)]
pub struct Options {
    pub seed: u64,
    /// Random kicks per meeting left unscheduled after the ejection chains.
    pub kicks_per_unscheduled: u32,
    /// Search stops here whatever is left (the answer is then still a valid schedule).
    pub time_limit: Option<Duration>,
    /// Whether to close idle gaps and spare table changes after the meetings are placed (off:
    /// the count-only schedule, kept to measure what compaction gains).
    pub compact: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            seed: 0x5eed,
            kicks_per_unscheduled: 300,
            time_limit: Some(Duration::from_secs(2)),
            compact: true,
        }
    }
}

/// The answer: a placement per meeting (`None` when unscheduled) and why the others were left.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schedule {
    pub placements: Vec<Option<Placement>>,
    pub unscheduled: Vec<(usize, Unscheduled)>,
    /// A placement per entry of [`Problem::groups`].
    pub group_placements: Vec<Option<Placement>>,
    /// Every pair and group left out, once, with its reason.
    pub reasons: Vec<(Item, Reason)>,
}

impl Schedule {
    /// Pairs placed.
    pub fn scheduled(&self) -> usize {
        self.placements.iter().filter(|p| p.is_some()).count()
    }

    /// Group meetings placed.
    pub fn groups_scheduled(&self) -> usize {
        self.group_placements.iter().filter(|p| p.is_some()).count()
    }
}

/// Schedules as many meetings as it can. See the module documentation.
pub fn schedule(problem: &Problem, options: &Options) -> Result<Schedule, ProblemError> {
    validate(problem)?;
    let started = Instant::now();
    let deadline = options.time_limit.map(|d| started + d);

    // The better of two starts: most constrained first, and first fit in request order (the
    // baseline the search must never fall below).
    let mut state = State::new(problem);
    let conflicts = state.place_locked();
    let ours = state.greedy(&constrained_order(problem), false);
    let mut baseline = State::new(problem);
    baseline.place_locked();
    let theirs = baseline.greedy(&(0..problem.meetings.len()).collect::<Vec<_>>(), true);
    if theirs > ours {
        state = baseline;
    }
    state.journal.clear();

    let mut rng = SplitMix(options.seed);
    state.improve(&mut rng, options.kicks_per_unscheduled, deadline, &conflicts);
    Ok(state.finish(&conflicts))
}

/// The baseline: each meeting in request order to the first slot where both are free and
/// available and a table is left.
pub fn first_fit(problem: &Problem) -> Result<Schedule, ProblemError> {
    validate(problem)?;
    let mut state = State::new(problem);
    let conflicts = state.place_locked();
    state.greedy(&(0..problem.meetings.len()).collect::<Vec<_>>(), true);
    Ok(state.finish(&conflicts))
}

fn validate(problem: &Problem) -> Result<(), ProblemError> {
    let slots = problem.tables.len();
    if slots > MAX_SLOTS {
        return Err(ProblemError::TooManySlots(slots));
    }
    if problem.available.len() != problem.participants {
        return Err(ProblemError::AvailabilityLength {
            expected: problem.participants,
            found: problem.available.len(),
        });
    }
    for (i, m) in problem.meetings.iter().enumerate() {
        for p in [m.a, m.b] {
            if p as usize >= problem.participants {
                return Err(ProblemError::UnknownParticipant {
                    meeting: i,
                    participant: p,
                });
            }
        }
        if m.a == m.b {
            return Err(ProblemError::SelfMeeting { meeting: i });
        }
    }
    let mut locked = std::collections::HashSet::new();
    for l in &problem.locked {
        if !locked.insert(l.meeting) {
            return Err(ProblemError::LockedTwice { meeting: l.meeting });
        }
        if l.meeting >= problem.meetings.len() {
            return Err(ProblemError::UnknownMeeting { meeting: l.meeting });
        }
        if l.at.slot as usize >= slots {
            return Err(ProblemError::UnknownSlot {
                meeting: l.meeting,
                slot: l.at.slot,
            });
        }
    }
    if !problem.priority.is_empty() && problem.priority.len() != problem.meetings.len() {
        return Err(ProblemError::PriorityLength {
            expected: problem.meetings.len(),
            found: problem.priority.len(),
        });
    }
    for (field, v) in [
        ("min_meetings", &problem.min_meetings),
        ("max_meetings", &problem.max_meetings),
    ] {
        if !v.is_empty() && v.len() != problem.participants {
            return Err(ProblemError::LimitsLength {
                field,
                expected: problem.participants,
                found: v.len(),
            });
        }
    }
    if !problem.block.is_empty() && problem.block.len() != slots {
        return Err(ProblemError::BlockLength {
            expected: slots,
            found: problem.block.len(),
        });
    }
    for (g, group) in problem.groups.iter().enumerate() {
        let members = 1 + group.guests.len();
        if !GROUP_MEMBERS.contains(&members) {
            return Err(ProblemError::GroupSize { group: g, members });
        }
        let mut seen = Vec::with_capacity(members);
        for p in group.members() {
            if p as usize >= problem.participants {
                return Err(ProblemError::UnknownGroupMember {
                    group: g,
                    participant: p,
                });
            }
            if seen.contains(&p) {
                return Err(ProblemError::RepeatedGroupMember {
                    group: g,
                    participant: p,
                });
            }
            seen.push(p);
        }
        if let Some(at) = group.locked {
            if at.slot as usize >= slots {
                return Err(ProblemError::UnknownGroupSlot {
                    group: g,
                    slot: at.slot,
                });
            }
        }
    }
    Ok(())
}

/// Meetings with the fewest common free slots first; among equals, those of the busiest people.
fn constrained_order(problem: &Problem) -> Vec<usize> {
    let mut degree = vec![0u32; problem.participants];
    for m in &problem.meetings {
        degree[m.a as usize] += 1;
        degree[m.b as usize] += 1;
    }
    let all = slot_mask(problem.tables.len());
    let mut order: Vec<usize> = (0..problem.meetings.len()).collect();
    order.sort_by_key(|&i| {
        let m = problem.meetings[i];
        let common = (problem.available[m.a as usize] & problem.available[m.b as usize] & all).count_ones();
        (
            common,
            std::cmp::Reverse(degree[m.a as usize] + degree[m.b as usize]),
            i,
        )
    });
    order
}

fn slot_mask(slots: usize) -> u128 {
    if slots >= 128 {
        u128::MAX
    } else {
        (1u128 << slots) - 1
    }
}

/// A small deterministic generator (SplitMix64), enough for choosing kicks.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    /// A random set bit of a non-empty mask.
    fn bit(&mut self, mask: u128) -> usize {
        let mut k = self.below(mask.count_ones() as usize);
        let mut m = mask;
        loop {
            let b = m.trailing_zeros() as usize;
            if k == 0 {
                return b;
            }
            k -= 1;
            m &= m - 1;
        }
    }
}

struct State<'a> {
    problem: &'a Problem,
    slots: usize,
    all: u128,
    slot_of: Vec<u16>,
    locked: Vec<bool>,
    /// Slots in which each participant has a meeting.
    busy: Vec<u128>,
    /// The meeting each participant has in each slot (`NONE` when free).
    occupant: Vec<u32>,
    /// Meetings in each slot, and each meeting's position there (for O(1) removal).
    in_slot: Vec<Vec<u32>>,
    position: Vec<u32>,
    /// Slots whose tables are all taken, and those that have none at all.
    full: u128,
    closed: u128,
    placed: usize,
    /// Moves since the last commit: (meeting, its slot before the move).
    journal: Vec<(u32, u16)>,
    /// Meetings on the current ejection chain, which must not be ejected again.
    chain_mark: Vec<u32>,
    chain: u32,
    budget: u32,
}

impl<'a> State<'a> {
    fn new(problem: &'a Problem) -> Self {
        let slots = problem.tables.len();
        let n = problem.meetings.len();
        let mut full = 0u128;
        for (s, &t) in problem.tables.iter().enumerate() {
            if t == 0 {
                full |= 1 << s;
            }
        }
        Self {
            problem,
            slots,
            all: slot_mask(slots),
            slot_of: vec![UNPLACED; n],
            locked: vec![false; n],
            busy: vec![0; problem.participants],
            occupant: vec![NONE; problem.participants * slots],
            in_slot: vec![Vec::new(); slots],
            position: vec![NONE; n],
            full,
            closed: full,
            placed: 0,
            journal: Vec::new(),
            chain_mark: vec![0; n],
            chain: 0,
            budget: 0,
        }
    }

    fn ends(&self, m: usize) -> (usize, usize) {
        let p = self.problem.meetings[m];
        (p.a as usize, p.b as usize)
    }

    fn occupant(&self, p: usize, s: usize) -> u32 {
        self.occupant[p * self.slots + s]
    }

    fn assign(&mut self, m: usize, s: usize) {
        debug_assert_eq!(self.slot_of[m], UNPLACED);
        let (a, b) = self.ends(m);
        self.slot_of[m] = s as u16;
        self.busy[a] |= 1 << s;
        self.busy[b] |= 1 << s;
        self.occupant[a * self.slots + s] = m as u32;
        self.occupant[b * self.slots + s] = m as u32;
        self.position[m] = self.in_slot[s].len() as u32;
        self.in_slot[s].push(m as u32);
        if self.in_slot[s].len() as u64 >= u64::from(self.problem.tables[s]) {
            self.full |= 1 << s;
        }
        self.placed += 1;
        self.journal.push((m as u32, UNPLACED));
    }

    fn unassign(&mut self, m: usize) {
        let s = self.slot_of[m] as usize;
        let (a, b) = self.ends(m);
        self.slot_of[m] = UNPLACED;
        self.busy[a] &= !(1 << s);
        self.busy[b] &= !(1 << s);
        self.occupant[a * self.slots + s] = NONE;
        self.occupant[b * self.slots + s] = NONE;
        let at = self.position[m] as usize;
        self.in_slot[s].swap_remove(at);
        if let Some(&moved) = self.in_slot[s].get(at) {
            self.position[moved as usize] = at as u32;
        }
        self.position[m] = NONE;
        if (self.in_slot[s].len() as u64) < u64::from(self.problem.tables[s]) {
            self.full &= !(1 << s);
        }
        self.placed -= 1;
        self.journal.push((m as u32, s as u16));
    }

    /// Undoes the moves after `mark` in the journal, newest first.
    fn rollback(&mut self, mark: usize) {
        while self.journal.len() > mark {
            let Some((m, before)) = self.journal.pop() else { break };
            let m = m as usize;
            if before == UNPLACED {
                self.unassign(m);
            } else {
                self.assign(m, before as usize);
            }
            // Undoing wrote its own entry; it is not part of the history.
            self.journal.pop();
        }
    }

    /// Places the locked meetings; answers those that collide with one placed before them.
    fn place_locked(&mut self) -> Vec<usize> {
        let mut taken: std::collections::HashSet<(u16, u32)> = std::collections::HashSet::new();
        let mut conflicts = Vec::new();
        for l in &self.problem.locked {
            let (a, b) = self.ends(l.meeting);
            let s = l.at.slot as usize;
            if self.busy[a] & (1 << s) != 0 || self.busy[b] & (1 << s) != 0 || !taken.insert((l.at.slot, l.at.table)) {
                // Left out, not moved: the organiser decides where it goes.
                conflicts.push(l.meeting);
                self.locked[l.meeting] = true;
                continue;
            }
            self.assign(l.meeting, s);
            self.locked[l.meeting] = true;
        }
        conflicts
    }

    /// Slots where meeting `m` could go without moving anything.
    fn free_slots(&self, m: usize) -> u128 {
        let (a, b) = self.ends(m);
        let avail = &self.problem.available;
        avail[a] & avail[b] & self.all & !self.busy[a] & !self.busy[b] & !self.full
    }

    /// Each meeting in `order` to its free slot with the most tables left; answers how many.
    /// With `first_fit`, to the earliest free slot instead.
    fn greedy(&mut self, order: &[usize], first_fit: bool) -> usize {
        for &m in order {
            if self.slot_of[m] != UNPLACED || self.locked[m] {
                continue;
            }
            let free = self.free_slots(m);
            if free == 0 {
                continue;
            }
            let s = if first_fit {
                free.trailing_zeros() as usize
            } else {
                let mut best = free.trailing_zeros() as usize;
                let mut best_left = self.tables_left(best);
                let mut rest = free & (free - 1);
                while rest != 0 {
                    let s = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    let left = self.tables_left(s);
                    if left > best_left {
                        best = s;
                        best_left = left;
                    }
                }
                best
            };
            self.assign(m, s);
        }
        self.placed
    }

    fn tables_left(&self, s: usize) -> u64 {
        u64::from(self.problem.tables[s]).saturating_sub(self.in_slot[s].len() as u64)
    }

    /// Tries to place `m`, moving at most `depth` levels of other meetings out of the way. On
    /// failure the state is as before.
    fn place(&mut self, m: usize, depth: u32, rng: &mut SplitMix) -> bool {
        let free = self.free_slots(m);
        if free != 0 {
            self.assign(m, rng.bit(free));
            return true;
        }
        if depth == 0 {
            return false;
        }
        self.chain_mark[m] = self.chain;
        let (a, b) = self.ends(m);
        let common = self.problem.available[a] & self.problem.available[b] & self.all;
        // Start at a random slot so that repeated searches explore differently.
        let start = if common == 0 { 0 } else { rng.bit(common) };
        let rotated = common.rotate_right(start as u32);
        let mut rest = rotated;
        while rest != 0 {
            if self.budget == 0 {
                return false;
            }
            self.budget -= 1;
            let s = (rest.trailing_zeros() as usize + start) % 128;
            rest &= rest - 1;
            let mut eject = [NONE; 2];
            let (oa, ob) = (self.occupant(a, s), self.occupant(b, s));
            eject[0] = oa;
            if ob != oa {
                eject[1] = ob;
            }
            if eject[0] == NONE && eject[1] == NONE {
                // Both free: the slot lacks a table; free one by moving a random meeting of it.
                if self.problem.tables[s] == 0 || self.in_slot[s].is_empty() {
                    continue;
                }
                let pick = self.in_slot[s][rng.below(self.in_slot[s].len())];
                eject[0] = pick;
            }
            let ejections = eject.iter().filter(|&&e| e != NONE).count() as u32;
            if ejections > depth
                || eject
                    .iter()
                    .any(|&e| e != NONE && (self.locked[e as usize] || self.chain_mark[e as usize] == self.chain))
            {
                continue;
            }
            let mark = self.journal.len();
            for &e in &eject {
                if e != NONE {
                    self.unassign(e as usize);
                }
            }
            if self.free_slots(m) & (1 << s) == 0 {
                self.rollback(mark);
                continue;
            }
            self.assign(m, s);
            let mut ok = true;
            for &e in &eject {
                if e != NONE {
                    self.chain_mark[e as usize] = self.chain;
                    if !self.place(e as usize, depth - ejections, rng) {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                return true;
            }
            self.rollback(mark);
        }
        false
    }

    /// A fresh ejection-chain search for `m` with a node budget.
    fn search(&mut self, m: usize, depth: u32, budget: u32, rng: &mut SplitMix) -> bool {
        self.chain = self.chain.wrapping_add(1).max(1);
        self.budget = budget;
        self.place(m, depth, rng)
    }

    fn unplaced(&self, conflicts: &[usize]) -> Vec<usize> {
        let mut out: Vec<usize> = (0..self.slot_of.len())
            .filter(|&m| self.slot_of[m] == UNPLACED && !self.locked[m] && self.could_ever_meet(m))
            .collect();
        out.retain(|m| !conflicts.contains(m));
        out
    }

    fn could_ever_meet(&self, m: usize) -> bool {
        let (a, b) = self.ends(m);
        let avail = &self.problem.available;
        avail[a] & avail[b] & self.all & !self.closed != 0
    }

    fn improve(&mut self, rng: &mut SplitMix, kicks_per: u32, deadline: Option<Instant>, conflicts: &[usize]) {
        let out_of_time = |d: Option<Instant>| d.is_some_and(|d| Instant::now() >= d);
        // Ejection chains of growing depth over everything left.
        for depth in 1..=3 {
            for m in self.unplaced(conflicts) {
                if self.slot_of[m] == UNPLACED && self.search(m, depth, 64 << depth, rng) {
                    self.journal.clear();
                }
                if out_of_time(deadline) {
                    return;
                }
            }
        }
        self.journal.clear();
        // Kicks: force a left-out meeting into a random slot of its common time, re-place what
        // it pushed out, keep the result unless it lost meetings.
        let mut left = self.unplaced(conflicts);
        let total = (left.len() as u64 * u64::from(kicks_per)).min(u64::from(u32::MAX));
        let mut kick = 0u64;
        while kick < total && !left.is_empty() {
            kick += 1;
            if kick.is_multiple_of(64) && out_of_time(deadline) {
                break;
            }
            let i = rng.below(left.len());
            let m = left[i];
            if self.slot_of[m] != UNPLACED {
                left.swap_remove(i);
                continue;
            }
            let before = self.placed;
            let mark = self.journal.len();
            let (a, b) = self.ends(m);
            let common = self.problem.available[a] & self.problem.available[b] & self.all & !self.closed;
            if common == 0 {
                left.swap_remove(i);
                continue;
            }
            let s = rng.bit(common);
            let mut eject = Vec::with_capacity(2);
            for p in [a, b] {
                let o = self.occupant(p, s);
                if o != NONE && !eject.contains(&o) {
                    eject.push(o);
                }
            }
            if eject.is_empty() {
                if self.in_slot[s].is_empty() {
                    continue;
                }
                eject.push(self.in_slot[s][rng.below(self.in_slot[s].len())]);
            }
            if eject.iter().any(|&e| self.locked[e as usize]) {
                continue;
            }
            for &e in &eject {
                self.unassign(e as usize);
            }
            if self.free_slots(m) & (1 << s) == 0 {
                self.rollback(mark);
                continue;
            }
            self.assign(m, s);
            self.chain = self.chain.wrapping_add(1).max(1);
            self.chain_mark[m] = self.chain;
            for &e in &eject {
                self.budget = 256;
                self.chain_mark[e as usize] = self.chain;
                self.place(e as usize, 2, rng);
            }
            if self.placed < before {
                self.rollback(mark);
            } else {
                // The ejected meetings that found no place are now the ones left out.
                for &e in &eject {
                    if self.slot_of[e as usize] == UNPLACED {
                        left.push(e as usize);
                    }
                }
                left.retain(|&x| self.slot_of[x] == UNPLACED);
                if self.placed > before {
                    // More room may have opened for the others.
                    let others = left.clone();
                    for o in others {
                        if self.slot_of[o] == UNPLACED && self.search(o, 1, 64, rng) {
                            self.journal.clear();
                        }
                    }
                    left.retain(|&x| self.slot_of[x] == UNPLACED);
                }
            }
            self.journal.clear();
        }
    }

    /// Tables for the placed meetings (locked ones keep theirs) and reasons for the rest.
    fn finish(&self, conflicts: &[usize]) -> Schedule {
        let problem = self.problem;
        let mut placements = vec![None; problem.meetings.len()];
        let mut used: Vec<std::collections::HashSet<u32>> = vec![Default::default(); self.slots];
        for l in &problem.locked {
            if self.locked[l.meeting] && self.slot_of[l.meeting] != UNPLACED {
                placements[l.meeting] = Some(l.at);
                used[l.at.slot as usize].insert(l.at.table);
            }
        }
        let mut next = vec![0u32; self.slots];
        for (m, &s) in self.slot_of.iter().enumerate() {
            if s == UNPLACED || placements[m].is_some() {
                continue;
            }
            let s = s as usize;
            while used[s].contains(&next[s]) {
                next[s] += 1;
            }
            placements[m] = Some(Placement {
                slot: s as u16,
                table: next[s],
            });
            next[s] += 1;
        }
        let mut unscheduled = Vec::new();
        for (m, placed) in placements.iter().enumerate() {
            if placed.is_some() {
                continue;
            }
            let why = if conflicts.contains(&m) {
                Unscheduled::LockedConflict
            } else {
                self.why(m)
            };
            unscheduled.push((m, why));
        }
        // The search does not take groups yet: they are all left out, with no reason claimed.
        let reasons = unscheduled
            .iter()
            .map(|&(m, why)| (Item::Pair(m), Reason::Slots(why)))
            .collect();
        Schedule {
            placements,
            unscheduled,
            group_placements: vec![None; problem.groups.len()],
            reasons,
        }
    }

    fn why(&self, m: usize) -> Unscheduled {
        let (a, b) = self.ends(m);
        let avail = &self.problem.available;
        let common = avail[a] & avail[b] & self.all & !self.closed;
        if common == 0 {
            return Unscheduled::NoCommonTime;
        }
        if common & !self.busy[a] & !self.busy[b] != 0 {
            return Unscheduled::NoTable;
        }
        for p in [a, b] {
            if avail[p] & self.all & !self.busy[p] == 0 {
                return Unscheduled::AgendaFull(p as u32);
            }
        }
        Unscheduled::BusyAtCommonTimes
    }
}

/// Checks a schedule against its problem; answers the first fault found. Used by the tests and
/// by the web layer before it stores a schedule.
pub fn check(problem: &Problem, schedule: &Schedule) -> Result<(), String> {
    if schedule.placements.len() != problem.meetings.len() {
        return Err("one placement per meeting expected".into());
    }
    let slots = problem.tables.len();
    let mut seen = std::collections::HashSet::new();
    let mut tables = std::collections::HashSet::new();
    let mut per_slot = vec![0u64; slots];
    let locked: std::collections::HashMap<usize, Placement> =
        problem.locked.iter().map(|l| (l.meeting, l.at)).collect();
    for (m, placed) in schedule.placements.iter().enumerate() {
        let Some(at) = placed else { continue };
        let s = at.slot as usize;
        if s >= slots {
            return Err(format!("meeting {m} in slot {s}, which does not exist"));
        }
        let pair = problem.meetings[m];
        let is_locked = locked.get(&m) == Some(at);
        for p in [pair.a, pair.b] {
            if !seen.insert((p, at.slot)) {
                return Err(format!("participant {p} has two meetings in slot {s}"));
            }
            if !is_locked && problem.available[p as usize] & (1 << s) == 0 {
                return Err(format!(
                    "participant {p} meets in slot {s}, where they are not available"
                ));
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
                "meeting {m} at table {} of slot {s}, which has {}",
                at.table, problem.tables[s]
            ));
        }
    }
    for l in &problem.locked {
        let kept = schedule.placements[l.meeting] == Some(l.at);
        let excused = schedule
            .unscheduled
            .iter()
            .any(|&(m, why)| m == l.meeting && why == Unscheduled::LockedConflict);
        if !kept && !excused {
            return Err(format!("locked meeting {} moved", l.meeting));
        }
    }
    Ok(())
}

/// The slots of each block, as bit sets (one set of all slots when `block` is empty).
fn block_masks(problem: &Problem) -> Vec<u128> {
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
fn gaps_in(busy: u128, blocks: &[u128]) -> u32 {
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
