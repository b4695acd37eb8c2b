//! The adapter between B2B events and the meeting scheduler (`matching::schedule`): an event's
//! confirmed participants, their free slots and the accepted requests between them become the
//! scheduler's problem; its answer becomes the placements the store keeps, with a reason code for
//! each meeting it could not place. The scheduler is pure and CPU-bound, so it runs off the
//! async workers, and its answer is checked before anything is saved.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use matching::schedule::{self, Locked, Options, Pair, Placement, Problem, Unscheduled};
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

/// The scheduler's problem for an event: confirmed participants, accepted requests between
/// them, locked meetings where they are. Answers the request id of each meeting too.
fn problem(e: &Event, regs: &[Registration], requests: &[MeetingRequest]) -> (Problem, Vec<i64>, Vec<i64>) {
    let starts: Vec<String> = slot_starts(e)
        .iter()
        .map(|s| s.format(SLOT_FORMAT).to_string())
        .collect();
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
    let mut meetings = Vec::new();
    let mut ids = Vec::new();
    let mut locked = Vec::new();
    for x in requests.iter().filter(|x| x.state == RequestState::Accepted) {
        let (Some(&a), Some(&b)) = (index.get(&x.requester_id), index.get(&x.invitee_id)) else {
            continue;
        };
        if x.locked {
            if let (Some(slot), Some(table)) = (x.slot, x.table) {
                if (slot as usize) < starts.len() {
                    locked.push(Locked {
                        meeting: meetings.len(),
                        at: Placement { slot, table },
                    });
                }
            }
        }
        meetings.push(Pair { a, b });
        ids.push(x.id);
    }
    let participants = confirmed.iter().map(|r| r.id).collect();
    (
        Problem {
            participants: confirmed.len(),
            tables: e.slot_tables(),
            available,
            meetings,
            locked,
            ..Default::default()
        },
        ids,
        participants,
    )
}

fn reason_code(why: Unscheduled, participants: &[i64]) -> String {
    match why {
        Unscheduled::NoCommonTime => "no-common-time".into(),
        Unscheduled::AgendaFull(p) => format!("agenda-full:{}", participants.get(p as usize).copied().unwrap_or(0)),
        Unscheduled::BusyAtCommonTimes => "busy".into(),
        Unscheduled::NoTable => "no-table".into(),
        Unscheduled::LockedConflict => "locked-conflict".into(),
    }
}

/// What a scheduler run placed.
pub struct Run {
    /// One per accepted request between confirmed participants, to save.
    pub placed: Vec<Placed>,
    pub scheduled: usize,
    pub requests: usize,
}

/// Schedules the event's accepted requests, keeping locked meetings where they are.
pub async fn schedule(e: &Event, regs: &[Registration], requests: &[MeetingRequest]) -> Result<Run, WebError> {
    let (p, ids, participants) = problem(e, regs, requests);
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
    let reasons: HashMap<usize, Unscheduled> = result.unscheduled.iter().copied().collect();
    let placed: Vec<Placed> = ids
        .iter()
        .enumerate()
        .map(|(m, &request_id)| Placed {
            request_id,
            at: result.placements[m].map(|at| (at.slot, at.table)),
            unscheduled: reasons.get(&m).map(|&why| reason_code(why, &participants)),
        })
        .collect();
    Ok(Run {
        placed,
        scheduled: result.scheduled(),
        requests: ids.len(),
    })
}
