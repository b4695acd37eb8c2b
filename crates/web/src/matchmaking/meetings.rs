//! The adapter between B2B events and the meeting scheduler (`matching::schedule`): an event's
//! confirmed participants, their free slots, the accepted requests between them (with the
//! priority their preferences give), the meetings the organiser pairs from preferences in
//! hosted-buyer mode, group meetings, per-person meeting limits and the sessions as blocks of
//! consecutive slots become the scheduler's problem; its answer becomes the placements the store
//! keeps, with a reason code for each meeting it could not place. The scheduler is pure and
//! CPU-bound, so it runs off the async workers, and its answer is checked before anything is
//! saved.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use matching::schedule::{
    self, Group, Item, Locked, Options, Pair, Placement, Priority, Problem, Reason, Schedule, Score, Unscheduled,
};
use store::b2b_preferences::{GroupMeeting, GroupPlaced, Limits, Mark, Preference, Settings};
use store::events::{Event, MeetingRequest, Placed, Registration, RegistrationState, RequestState};

use crate::WebError;

/// How a slot's start is written where people mark slots they are not free.
pub const SLOT_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// Wall-clock start of every slot, sessions laid end to end.
pub fn slot_starts(e: &Event) -> Vec<NaiveDateTime> {
    e.sessions
        .iter()
        .flat_map(|s| (0..s.slots).map(move |i| s.slot_start(i)))
        .collect()
}

/// What preferences and the organiser's settings add to the requests.
#[derive(Default)]
pub struct Inputs {
    pub preferences: Vec<Preference>,
    pub settings: Settings,
    /// Participants' own limits, over the event's.
    pub limits: Vec<(i64, Limits)>,
    pub groups: Vec<GroupMeeting>,
    /// The requests the organiser paired from preferences (hosted-buyer mode).
    pub hosted: HashSet<i64>,
}

impl Inputs {
    /// Everything an event's run needs besides its registrations and requests.
    pub async fn load(store: &store::Store, event_id: i64) -> Result<Self, WebError> {
        Ok(Self {
            preferences: store.preferences(event_id).await?,
            settings: store.b2b_settings(event_id).await?,
            limits: store.meeting_limits(event_id).await?,
            groups: store.group_meetings(event_id).await?,
            hosted: store.hosted_request_ids(event_id).await?,
        })
    }

    pub(crate) fn marks(&self) -> HashMap<(i64, i64), Mark> {
        self.preferences
            .iter()
            .map(|p| ((p.from_id, p.to_id), p.mark))
            .collect()
    }
}

/// The pairs (registration ids) the organiser meets in hosted-buyer mode: every two confirmed
/// participants of whom at least one marked the other "must meet" or "would like to meet", and
/// neither "no, thanks"; with `skip_met`, not those who met before (`met`, by account).
pub fn hosted_pairs(
    regs: &[Registration],
    prefs: &[Preference],
    skip_met: bool,
    met: &HashSet<(i64, i64)>,
) -> Vec<(i64, i64)> {
    let user: HashMap<i64, i64> = regs
        .iter()
        .filter(|r| r.state == RegistrationState::Confirmed)
        .map(|r| (r.id, r.user_id))
        .collect();
    let mut marks: HashMap<(i64, i64), Vec<Mark>> = HashMap::new();
    for p in prefs {
        if user.contains_key(&p.from_id) && user.contains_key(&p.to_id) && p.from_id != p.to_id {
            let key = (p.from_id.min(p.to_id), p.from_id.max(p.to_id));
            marks.entry(key).or_default().push(p.mark);
        }
    }
    let mut pairs: Vec<(i64, i64)> = marks
        .into_iter()
        .filter(|(_, m)| !m.contains(&Mark::No))
        .filter(|((a, b), _)| {
            let (ua, ub) = (user[a], user[b]);
            !(skip_met && met.contains(&(ua.min(ub), ua.max(ub))))
        })
        .map(|(k, _)| k)
        .collect();
    pairs.sort_unstable();
    pairs
}

/// How much a meeting between `a` and `b` matters: a must-meet when either marked the other so;
/// a meeting the organiser paired from a one-sided wish is a wish; any other is as requested.
fn priority(marks: &HashMap<(i64, i64), Mark>, a: i64, b: i64, hosted: bool) -> Priority {
    let (ab, ba) = (marks.get(&(a, b)), marks.get(&(b, a)));
    if ab == Some(&Mark::Must) || ba == Some(&Mark::Must) {
        Priority::Must
    } else if hosted && !(ab == Some(&Mark::Wish) && ba == Some(&Mark::Wish)) {
        Priority::Wish
    } else {
        Priority::Requested
    }
}

/// The scheduler's problem for an event, with what its answer is read against.
pub(crate) struct Built {
    pub(crate) problem: Problem,
    /// The request of each meeting.
    pub(crate) ids: Vec<i64>,
    /// The registration of each participant.
    pub(crate) participants: Vec<i64>,
    /// The group meeting of each of the problem's groups.
    group_ids: Vec<i64>,
    /// Groups that cannot be scheduled at all (a member is no longer a participant).
    left_out: Vec<i64>,
}

/// The problem of an event's run: its confirmed participants as they are free, the accepted
/// requests (placed and locked ones kept where they are), group meetings, limits and blocks.
/// The re-fill on the day takes it and narrows who is free when.
pub(crate) fn build(e: &Event, regs: &[Registration], requests: &[MeetingRequest], inputs: &Inputs) -> Built {
    let starts: Vec<String> = slot_starts(e)
        .iter()
        .map(|s| s.format(SLOT_FORMAT).to_string())
        .collect();
    let slots = starts.len();
    let confirmed: Vec<&Registration> = regs
        .iter()
        .filter(|r| r.state == RegistrationState::Confirmed)
        .collect();
    let index: HashMap<i64, u32> = confirmed.iter().enumerate().map(|(i, r)| (r.id, i as u32)).collect();
    let available = confirmed
        .iter()
        .map(|r| {
            starts
                .iter()
                .enumerate()
                .filter(|(_, s)| !r.unavailable.contains(s))
                .fold(0u128, |mask, (i, _)| mask | (1u128 << i))
        })
        .collect();
    let marks = inputs.marks();
    let mut meetings = Vec::new();
    let mut priorities = Vec::new();
    let mut ids = Vec::new();
    let mut locked = Vec::new();
    for x in requests.iter().filter(|x| x.state == RequestState::Accepted) {
        let (Some(&a), Some(&b)) = (index.get(&x.requester_id), index.get(&x.invitee_id)) else {
            continue;
        };
        if x.locked {
            if let (Some(slot), Some(table)) = (x.slot, x.table) {
                if (slot as usize) < slots {
                    locked.push(Locked {
                        meeting: meetings.len(),
                        at: Placement { slot, table },
                    });
                }
            }
        }
        meetings.push(Pair { a, b });
        priorities.push(priority(
            &marks,
            x.requester_id,
            x.invitee_id,
            inputs.hosted.contains(&x.id),
        ));
        ids.push(x.id);
    }
    let mut groups = Vec::new();
    let mut group_ids = Vec::new();
    let mut left_out = Vec::new();
    for g in &inputs.groups {
        let members: Option<Vec<u32>> = g.members().map(|m| index.get(&m).copied()).collect();
        let Some(members) = members else {
            left_out.push(g.id);
            continue;
        };
        let host = g.host_id;
        let must = g
            .guests
            .iter()
            .any(|&m| marks.get(&(host, m)) == Some(&Mark::Must) || marks.get(&(m, host)) == Some(&Mark::Must));
        groups.push(Group {
            host: members[0],
            guests: members[1..].to_vec(),
            priority: if must { Priority::Must } else { Priority::Requested },
            locked: match (g.locked, g.slot, g.table) {
                (true, Some(slot), Some(table)) if (slot as usize) < slots => Some(Placement { slot, table }),
                _ => None,
            },
        });
        group_ids.push(g.id);
    }
    let own: HashMap<i64, Limits> = inputs.limits.iter().copied().collect();
    let limit = |r: &Registration| own.get(&r.id).copied().unwrap_or(inputs.settings.limits);
    let min_meetings: Vec<u16> = confirmed.iter().map(|r| limit(r).min.unwrap_or(0)).collect();
    // The scheduler reads a maximum of 0 as none: a maximum is at least 1 (the pages refuse 0).
    let max_meetings: Vec<u16> = confirmed.iter().map(|r| limit(r).max.unwrap_or(0)).collect();
    // Each session is a block: its slots follow each other without a break, and idle time is
    // counted within a session only.
    let block: Vec<u16> = e
        .sessions
        .iter()
        .enumerate()
        .flat_map(|(i, s)| std::iter::repeat_n(i as u16, s.slots as usize))
        .collect();
    Built {
        problem: Problem {
            participants: confirmed.len(),
            tables: e.slot_tables(),
            available,
            meetings,
            locked,
            priority: priorities,
            groups,
            min_meetings: if min_meetings.iter().any(|&m| m > 0) {
                min_meetings
            } else {
                Vec::new()
            },
            max_meetings: if max_meetings.iter().any(|&m| m > 0) {
                max_meetings
            } else {
                Vec::new()
            },
            block,
        },
        ids,
        participants: confirmed.iter().map(|r| r.id).collect(),
        group_ids,
        left_out,
    }
}

fn reason_code(why: Reason, participants: &[i64]) -> String {
    let who = |p: u32| participants.get(p as usize).copied().unwrap_or(0);
    match why {
        Reason::Slots(Unscheduled::NoCommonTime) => "no-common-time".into(),
        Reason::Slots(Unscheduled::AgendaFull(p)) => format!("agenda-full:{}", who(p)),
        Reason::Slots(Unscheduled::BusyAtCommonTimes) => "busy".into(),
        Reason::Slots(Unscheduled::NoTable) => "no-table".into(),
        Reason::Slots(Unscheduled::LockedConflict) => "locked-conflict".into(),
        Reason::MaximumReached(p) => format!("maximum:{}", who(p)),
        Reason::MemberBusy(p) => format!("member-busy:{}", who(p)),
    }
}

/// What a scheduler run placed.
pub struct Run {
    /// One per accepted request between confirmed participants, to save.
    pub placed: Vec<Placed>,
    /// One per group meeting, to save.
    pub groups: Vec<GroupPlaced>,
    pub scheduled: usize,
    pub requests: usize,
    pub score: Score,
}

/// Schedules the event's accepted requests and group meetings, keeping locked ones where they
/// are.
pub async fn schedule(
    e: &Event,
    regs: &[Registration],
    requests: &[MeetingRequest],
    inputs: &Inputs,
) -> Result<Run, WebError> {
    let built = build(e, regs, requests, inputs);
    let p = built.problem;
    let solved = tokio::task::spawn_blocking(move || {
        let s = schedule::schedule(&p, &Options::default());
        (p, s)
    })
    .await
    .map_err(|_| WebError::Internal)?;
    let (p, result) = solved;
    let result = result.map_err(|err| {
        tracing::error!(event = e.id, "scheduler refused its problem: {err}");
        WebError::Internal
    })?;
    if let Err(fault) = schedule::check(&p, &result) {
        tracing::error!(event = e.id, "scheduler answered an invalid schedule: {fault}");
        return Err(WebError::Internal);
    }
    let reasons: HashMap<Item, Reason> = result.reasons.iter().copied().collect();
    let code = |item: Item| reasons.get(&item).map(|&why| reason_code(why, &built.participants));
    let placed: Vec<Placed> = built
        .ids
        .iter()
        .enumerate()
        .map(|(m, &request_id)| {
            let at = result.placements[m];
            Placed {
                request_id,
                at: at.map(|at| (at.slot, at.table)),
                unscheduled: match at {
                    Some(_) => None,
                    None => code(Item::Pair(m)).or_else(|| {
                        result
                            .unscheduled
                            .iter()
                            .find(|(x, _)| *x == m)
                            .map(|&(_, why)| reason_code(Reason::Slots(why), &built.participants))
                    }),
                },
            }
        })
        .collect();
    let mut groups: Vec<GroupPlaced> = built
        .group_ids
        .iter()
        .enumerate()
        .map(|(g, &group_id)| {
            let at = result.group_placements.get(g).copied().flatten();
            GroupPlaced {
                group_id,
                at: at.map(|at| (at.slot, at.table)),
                // A group the scheduler answered no reason for was still not placed.
                unscheduled: at
                    .is_none()
                    .then(|| code(Item::Group(g)).unwrap_or_else(|| "unplaced".into())),
            }
        })
        .collect();
    groups.extend(built.left_out.iter().map(|&group_id| GroupPlaced {
        group_id,
        at: None,
        unscheduled: Some("member-not-participant".into()),
    }));
    Ok(Run {
        placed,
        groups,
        scheduled: result.scheduled() + result.groups_scheduled(),
        requests: built.ids.len() + built.group_ids.len(),
        score: schedule::score(&p, &result),
    })
}

/// The figures of the stored schedule, as the scheduler counts them: must-meets placed (and
/// asked), meetings placed, idle gaps and table changes.
pub fn figures(e: &Event, regs: &[Registration], requests: &[MeetingRequest], inputs: &Inputs) -> (Score, usize) {
    let built = build(e, regs, requests, inputs);
    let p = &built.problem;
    let slots = e.slot_count();
    let by_id: HashMap<i64, &MeetingRequest> = requests.iter().map(|x| (x.id, x)).collect();
    let at = |slot: Option<u16>, table: Option<u32>| match (slot, table) {
        (Some(slot), Some(table)) if (slot as usize) < slots => Some(Placement { slot, table }),
        _ => None,
    };
    let groups: HashMap<i64, &GroupMeeting> = inputs.groups.iter().map(|g| (g.id, g)).collect();
    let stored = Schedule {
        placements: built
            .ids
            .iter()
            .map(|id| by_id.get(id).and_then(|x| at(x.slot, x.table)))
            .collect(),
        group_placements: built
            .group_ids
            .iter()
            .map(|id| groups.get(id).and_then(|g| at(g.slot, g.table)))
            .collect(),
        ..Schedule::default()
    };
    let asked = p.priority.iter().filter(|&&x| x == Priority::Must).count()
        + p.groups.iter().filter(|g| g.priority == Priority::Must).count();
    (schedule::score(p, &stored), asked)
}
