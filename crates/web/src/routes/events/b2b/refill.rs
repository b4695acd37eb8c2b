//! Re-fill on the day: when people leave (checked out) or are reported absent, the organiser
//! runs the scheduler again for the rest of the day. The absent people's meetings still to come
//! are given up; their slots and tables go to accepted requests that were never placed, between
//! people who are here (checked in, not checked out). Nothing placed moves: every other
//! meeting, held or to come, is locked where it is for the run; slots that have begun are not
//! used. Each person whose agenda changed is told at once, in their language.

use std::collections::HashSet;

use matching::schedule::{self, Locked, Options, Pair, Placement, Problem};
use store::b2b_attendance::{Outcome, Presence, Refill};

use super::attendance::{answers_by_meeting, Settled};
use super::*;

/// What a re-fill decided, before it is stored.
pub(crate) struct Plan {
    pub(crate) refill: Refill,
    /// Meetings (request ids) left out because both are here but no place was found.
    pub(crate) unplaced: usize,
}

/// Who is absent: not here now, and either gone (checked out) or reported absent from a meeting
/// by its settled answer. Someone reported absent who checks in later is here again. One side's
/// word alone counts only against someone the desk never saw while it was in use: otherwise a
/// participant could give away another's day by saying they did not come (the organiser's word,
/// a steward's, or both sides', settles it then).
pub(crate) fn absent(
    requests: &[MeetingRequest],
    presence: &HashMap<i64, Presence>,
    answers: &HashMap<i64, super::attendance::Answers>,
) -> HashSet<i64> {
    let mut out: HashSet<i64> = presence
        .iter()
        .filter(|(_, p)| !p.present())
        .map(|(id, _)| *id)
        .collect();
    let desk_in_use = !presence.is_empty();
    for x in requests {
        let Some(a) = answers.get(&x.id) else { continue };
        let vouched = a.organiser.is_some() || a.steward.is_some() || (a.requester.is_some() && a.invitee.is_some());
        let missing: &[i64] = match a.settled() {
            Settled::Is(Outcome::RequesterAbsent) => &[x.requester_id],
            Settled::Is(Outcome::InviteeAbsent) => &[x.invitee_id],
            Settled::Is(Outcome::BothAbsent) => &[x.requester_id, x.invitee_id],
            _ => &[],
        };
        for id in missing {
            let seen = presence.get(id);
            if !seen.is_some_and(Presence::present) && (vouched || (desk_in_use && seen.is_none())) {
                out.insert(*id);
            }
        }
    }
    out
}

/// Plans a re-fill at `now` (pure: the scheduler runs here, on the caller's thread).
pub(crate) fn plan(
    e: &Event,
    regs: &[Registration],
    requests: &[MeetingRequest],
    presence: &HashMap<i64, Presence>,
    absent: &HashSet<i64>,
    now: DateTime<Utc>,
) -> Result<Plan, WebError> {
    let starts = slot_starts(e);
    let open: u128 = (0..starts.len())
        .filter(|&s| slot_span(e, s).is_some_and(|(st, _)| st > now))
        .fold(0, |m, s| m | (1u128 << s));
    let keys: Vec<String> = starts.iter().map(|s| s.format(SLOT_FORMAT).to_string()).collect();
    // Everyone confirmed and not absent stays in the problem, so that their placed meetings keep
    // their tables; only those here may get new meetings.
    let people: Vec<&Registration> = regs
        .iter()
        .filter(|r| r.state == RegistrationState::Confirmed && !absent.contains(&r.id))
        .collect();
    let index: HashMap<i64, u32> = people.iter().enumerate().map(|(i, r)| (r.id, i as u32)).collect();
    let available: Vec<u128> = people
        .iter()
        .map(|r| {
            if !presence.get(&r.id).is_some_and(Presence::present) {
                return 0;
            }
            keys.iter()
                .enumerate()
                .filter(|(_, k)| !r.unavailable.contains(k))
                .fold(0u128, |m, (i, _)| m | (1u128 << i))
                & open
        })
        .collect();
    let mut refill = Refill::default();
    let mut meetings = Vec::new();
    let mut locked = Vec::new();
    let mut wanted = Vec::new();
    for x in requests.iter().filter(|x| x.state == RequestState::Accepted) {
        let placed = match (x.slot, x.table) {
            (Some(s), Some(t)) if (s as usize) < starts.len() => Some(Placement { slot: s, table: t }),
            _ => None,
        };
        let gone = absent.contains(&x.requester_id) || absent.contains(&x.invitee_id);
        if let Some(at) = placed {
            if gone {
                // Held or begun stays as it is; only what is still to come is given up.
                if open & (1u128 << at.slot) != 0 {
                    refill.released.push(x.id);
                }
                continue;
            }
        } else if gone {
            continue;
        }
        let (Some(&a), Some(&b)) = (index.get(&x.requester_id), index.get(&x.invitee_id)) else {
            continue;
        };
        if let Some(at) = placed {
            locked.push(Locked {
                meeting: meetings.len(),
                at,
            });
        } else {
            wanted.push(meetings.len());
        }
        meetings.push((x.id, Pair { a, b }));
    }
    let problem = Problem {
        participants: people.len(),
        tables: e.slot_tables(),
        available,
        meetings: meetings.iter().map(|(_, p)| *p).collect(),
        locked,
        ..Default::default()
    };
    let result = schedule::schedule(&problem, &Options::default()).map_err(|err| {
        tracing::error!(event = e.id, "re-fill problem refused: {err}");
        WebError::Internal
    })?;
    if let Err(fault) = schedule::check(&problem, &result) {
        tracing::error!(event = e.id, "re-fill answered an invalid schedule: {fault}");
        return Err(WebError::Internal);
    }
    let mut unplaced = 0;
    for m in wanted {
        match result.placements[m] {
            Some(at) => refill.placed.push((meetings[m].0, at.slot, at.table)),
            None => unplaced += 1,
        }
    }
    Ok(Plan { refill, unplaced })
}

/// `POST /events/{id}/refill`: the organiser's re-fill for the rest of the day.
pub async fn refill(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    if e.schedule_published_at.is_none() {
        return Err(WebError::Conflict("b2b-refill-error-not-published"));
    }
    let now = crate::views::time::now();
    let regs = state.store.registrations(e.id).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    let presence: HashMap<i64, Presence> = state.store.presence(e.id).await?.into_iter().collect();
    let answers = answers_by_meeting(&state.store.meeting_reports(e.id).await?);
    let gone = absent(&requests, &presence, &answers);
    let planned = {
        let (e, regs, requests, presence, gone) = (
            e.clone(),
            regs.clone(),
            requests.clone(),
            presence.clone(),
            gone.clone(),
        );
        tokio::task::spawn_blocking(move || plan(&e, &regs, &requests, &presence, &gone, now))
            .await
            .map_err(|_| WebError::Internal)??
    };
    let detail = format!(
        "{} placed, {} given up, {} left out",
        planned.refill.placed.len(),
        planned.refill.released.len(),
        planned.unplaced
    );
    let actor = Actor::of(&state, &ctx, me.user())?;
    let placed = actor
        .audited(Action::B2bRefilled, &e.id.to_string(), &detail)
        .apply_refill(e.id, &planned.refill)
        .await?;
    tell_changes(&state, &e, &regs, &requests, &planned.refill).await;
    Ok(Redirect::to(&format!("/events/{}/attendance?done=refilled&placed={placed}", e.id)).into_response())
}

/// Tells each person concerned what changed on their agenda: meetings given up because the
/// other is absent, and new ones, each at its time in the reader's zone.
async fn tell_changes(state: &AppState, e: &Event, regs: &[Registration], requests: &[MeetingRequest], r: &Refill) {
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    let by_request: HashMap<i64, &MeetingRequest> = requests.iter().map(|x| (x.id, x)).collect();
    let mut changes: BTreeMap<
        i64,
        (
            Vec<crate::notify::b2b_attendance::Change>,
            Vec<crate::notify::b2b_attendance::Change>,
        ),
    > = BTreeMap::new();
    let change = |x: &MeetingRequest, me: i64, slot: u16, table: u32| {
        let other = if x.requester_id == me {
            x.invitee_id
        } else {
            x.requester_id
        };
        crate::notify::b2b_attendance::Change {
            starts: slot_span(e, slot as usize).map(|(s, _)| s),
            slot,
            table,
            with: by_id.get(&other).map(|o| who(o)).unwrap_or_default(),
        }
    };
    for id in &r.released {
        let Some(x) = by_request.get(id) else { continue };
        let (Some(slot), Some(table)) = (x.slot, x.table) else {
            continue;
        };
        for side in [x.requester_id, x.invitee_id] {
            changes.entry(side).or_default().0.push(change(x, side, slot, table));
        }
    }
    for &(id, slot, table) in &r.placed {
        let Some(x) = by_request.get(&id) else { continue };
        for side in [x.requester_id, x.invitee_id] {
            changes.entry(side).or_default().1.push(change(x, side, slot, table));
        }
    }
    let link = state.settings.link(&format!("/events/{}/agenda", e.id));
    for (reg, (gone, new)) in changes {
        let Some(person) = by_id.get(&reg) else { continue };
        let zone = person
            .user_timezone
            .as_deref()
            .and_then(|z| z.parse::<Tz>().ok())
            .unwrap_or_else(|| e.draft.tz());
        crate::notify::tell(
            state,
            &person.user_email,
            crate::i18n::Locale::En,
            crate::notify::b2b_attendance::agenda_changed(e, zone, &gone, &new, &link),
        )
        .await;
    }
}

#[cfg(test)]
mod tests {
    use super::super::attendance::Answers;
    use super::*;

    fn meeting(id: i64, requester_id: i64, invitee_id: i64) -> MeetingRequest {
        MeetingRequest {
            id,
            event_id: 1,
            requester_id,
            invitee_id,
            message: String::new(),
            state: RequestState::Accepted,
            slot: Some(0),
            table: Some(0),
            locked: true,
            unscheduled: None,
            created_at: Utc::now(),
        }
    }

    fn checked_in(out: bool) -> Presence {
        Presence {
            checked_in_at: Utc::now(),
            checked_out_at: out.then(Utc::now),
        }
    }

    #[test]
    fn one_side_alone_cannot_make_someone_absent_whom_the_desk_saw_or_never_watched() {
        let requests = [meeting(10, 1, 2)];
        let lone = HashMap::from([(
            10,
            Answers {
                requester: Some(Outcome::InviteeAbsent),
                ..Answers::default()
            },
        )]);
        // No desk in use: the organiser has to say so.
        assert!(absent(&requests, &HashMap::new(), &lone).is_empty());
        // The desk is in use and never saw 2: 2 did not come.
        let desk = HashMap::from([(1, checked_in(false))]);
        assert_eq!(absent(&requests, &desk, &lone), HashSet::from([2]));
        // 2 checked in and is here: whatever was said, 2 is here.
        let here = HashMap::from([(1, checked_in(false)), (2, checked_in(false))]);
        assert!(absent(&requests, &here, &lone).is_empty());
        // 2 checked in, then out: gone, on the desk's word.
        let left = HashMap::from([(1, checked_in(false)), (2, checked_in(true))]);
        assert_eq!(absent(&requests, &left, &HashMap::new()), HashSet::from([2]));
        // The organiser's word settles, desk or not.
        let settled = HashMap::from([(
            10,
            Answers {
                requester: Some(Outcome::InviteeAbsent),
                organiser: Some(Outcome::InviteeAbsent),
                ..Answers::default()
            },
        )]);
        assert_eq!(absent(&requests, &HashMap::new(), &settled), HashSet::from([2]));
    }
}
