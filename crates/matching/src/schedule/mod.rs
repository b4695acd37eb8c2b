//! The meeting scheduler of B2B matchmaking events.
//!
//! Given the accepted meeting requests of an event (pairs, and group meetings of a host and up to
//! six guests), the slots of its meeting sessions and the blocks of consecutive slots they form,
//! the tables each slot offers and when each participant is available, it assigns meetings to a
//! slot and a table so that nobody is in two meetings at once, everybody meets only when
//! available, nobody has more meetings than their maximum and no slot has more meetings than
//! tables. Locked meetings (confirmed by the organiser, or already published) keep their slot and
//! table.
//!
//! The objective is lexicographic ([`Score`]): most must-meets, then most meetings, then fewest
//! people below their minimum, then fewest idle gaps, then fewest table changes. Maximising the
//! number of meetings alone is NP-hard (it contains edge colouring), so the scheduler is a local
//! search: a must-first, most-constrained-first greedy start (never worse than the must-first
//! first-fit, which is also computed), then ejection chains — an item that fits nowhere takes a
//! slot from the items in its way, which move elsewhere, recursively, within a depth and a node
//! budget — then seeded random kicks that accept sideways moves to leave plateaus, then a
//! compaction phase that moves and swaps placed items between slots to close idle gaps, and
//! table numbering that keeps hosts at one table. It is deterministic for a given seed (unless
//! the time limit cuts it). `docs/SCHEDULER.md` and the `schedule` and `schedule_objective`
//! examples compare it with the optimum of integer programmes.

mod check;
mod metrics;
mod search;

pub use check::check;
pub use metrics::{below_minimum, idle_gaps, idle_gaps_per_participant, must_placed, score, table_changes};
use search::{SplitMix, State};
use std::fmt;
use std::time::{Duration, Instant};

/// At most this many slots per event (bit sets are `u128`): five days of 24 half-hour slots.
pub const MAX_SLOTS: usize = 128;

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

/// Schedules as many meetings as it can under the lexicographic objective of [`Score`]. See the
/// module documentation.
pub fn schedule(problem: &Problem, options: &Options) -> Result<Schedule, ProblemError> {
    validate(problem)?;
    let started = Instant::now();
    // With compaction, the search for meetings gets 60% of the time and compaction the rest
    // (less 5% for numbering tables), so that it always runs.
    let (search_share, compact_share) = if options.compact { (0.6, 0.95) } else { (1.0, 1.0) };
    let deadline = options.time_limit.map(|d| started + d.mul_f64(search_share));
    let compact_deadline = options.time_limit.map(|d| started + d.mul_f64(compact_share));

    // The better of two starts: must-meets first and then the most constrained, and first fit
    // in request order with must-meets first (the baseline the search must never fall below).
    let mut state = State::new(problem);
    let conflicts = state.place_locked();
    state.greedy(&state.constrained_order(), false);
    let mut baseline = State::new(problem);
    baseline.place_locked();
    baseline.greedy(&baseline.request_order(), true);
    if baseline.key() > state.key() {
        state = baseline;
    }
    state.commit();

    let mut rng = SplitMix(options.seed);
    state.improve(&mut rng, options.kicks_per_unscheduled, deadline, &conflicts);
    if options.compact {
        state.compact(compact_deadline);
    }
    Ok(state.finish(&conflicts, options.compact))
}

/// The baseline: must-meets first, then the others, each kind in request order (pairs, then
/// groups), each to the first slot where all are free and available and a table is left.
/// Without priorities and groups, plain first-fit in request order.
pub fn first_fit(problem: &Problem) -> Result<Schedule, ProblemError> {
    validate(problem)?;
    let mut state = State::new(problem);
    let conflicts = state.place_locked();
    state.greedy(&state.request_order(), true);
    Ok(state.finish(&conflicts, false))
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

fn slot_mask(slots: usize) -> u128 {
    if slots >= 128 {
        u128::MAX
    } else {
        (1u128 << slots) - 1
    }
}
