//! Re-fill on the day: when people leave (checked out) or are reported absent, the organiser
//! runs the scheduler again for the rest of the day. The absent people's meetings still to come
//! are given up; their slots and tables go to what waits between people who are here (checked
//! in, not checked out): accepted requests that were never placed, pending requests the invitee
//! marked as wanted, and pairs from preferences (see [`Day::waiting`]), with must-meets first.
//! Nothing placed moves: every other meeting and group meeting, held or to come, is locked
//! where it is for the run; slots that have begun are not used; limits hold. Each person whose
//! agenda changed is told at once, in their language.

use std::collections::HashSet;

use matching::schedule::{self, Options};
use store::b2b_attendance::{Outcome, Presence, Refill};
use store::b2b_preferences::{GroupMeeting, Mark, Mode};

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

/// Whether the event is on at `now`, when a re-fill is offered.
pub(crate) fn running(e: &Event, now: DateTime<Utc>) -> bool {
    e.starts_at <= now && now <= e.ends_at
}

/// What a re-fill is planned from.
pub(crate) struct Day {
    pub(crate) e: Event,
    pub(crate) regs: Vec<Registration>,
    pub(crate) requests: Vec<MeetingRequest>,
    pub(crate) inputs: meetings::Inputs,
    /// Pairs (by account, smaller first) who met at an earlier event of the same organiser;
    /// read only when the settings leave them out.
    pub(crate) met: HashSet<(i64, i64)>,
    pub(crate) presence: HashMap<i64, Presence>,
    pub(crate) absent: HashSet<i64>,
    pub(crate) now: DateTime<Utc>,
}

impl Day {
    fn here(&self, registration: i64) -> bool {
        !self.absent.contains(&registration) && self.presence.get(&registration).is_some_and(Presence::present)
    }

    /// What waits besides accepted requests, between two people who are both here: pending
    /// requests whose invitee marked the requester "must meet" or "would like to meet" (the
    /// mark is their yes), and pairs of marks with no request between them, as the event's
    /// mode pairs them (hosted-buyer: one side's mark; requests: both sides'), never where
    /// either said "no, thanks" and, when the organiser asked so, never between people who met
    /// before. Answers the pending requests' ids and the pairs.
    fn waiting(&self) -> (Vec<i64>, Vec<(i64, i64)>) {
        let marks = self.inputs.marks();
        let yes = |from: i64, to: i64| matches!(marks.get(&(from, to)), Some(Mark::Must | Mark::Wish));
        let no = |a: i64, b: i64| marks.get(&(a, b)) == Some(&Mark::No) || marks.get(&(b, a)) == Some(&Mark::No);
        let pair = |x: &MeetingRequest| (x.requester_id.min(x.invitee_id), x.requester_id.max(x.invitee_id));
        // Two people meet once: a pair that has an accepted meeting, or whose request the other
        // way was taken already, gets no second one.
        let mut met: HashSet<(i64, i64)> = self
            .requests
            .iter()
            .filter(|x| x.state == RequestState::Accepted)
            .map(pair)
            .collect();
        let pending: Vec<i64> = self
            .requests
            .iter()
            .filter(|x| x.state == RequestState::Pending && x.slot.is_none())
            .filter(|x| self.here(x.requester_id) && self.here(x.invitee_id))
            .filter(|x| yes(x.invitee_id, x.requester_id) && !no(x.requester_id, x.invitee_id))
            .filter(|x| met.insert(pair(x)))
            .map(|x| x.id)
            .collect();
        let spoken: HashSet<(i64, i64)> = self
            .requests
            .iter()
            .filter(|x| x.state != RequestState::Withdrawn)
            .map(pair)
            .collect();
        let settings = &self.inputs.settings;
        let pairs = meetings::hosted_pairs(&self.regs, &self.inputs.preferences, settings.skip_met, &self.met)
            .into_iter()
            .filter(|&(a, b)| self.here(a) && self.here(b) && !spoken.contains(&(a, b)))
            .filter(|&(a, b)| settings.mode == Mode::Hosted || (yes(a, b) && yes(b, a)))
            .collect();
        (pending, pairs)
    }
}

/// Plans a re-fill (pure: the scheduler runs here, on the caller's thread).
pub(crate) fn plan(day: &Day) -> Result<Plan, WebError> {
    let e = &day.e;
    let starts = slot_starts(e);
    let open: u128 = (0..starts.len())
        .filter(|&s| slot_span(e, s).is_some_and(|(st, _)| st > day.now))
        .fold(0, |m, s| m | (1u128 << s));
    let mut refill = Refill::default();
    // Every placed meeting stays where it is for the run, published or not, except those of
    // absent people still to come, which are given up; held or begun ones stay as they are.
    let mut requests = Vec::new();
    for x in day.requests.iter().filter(|x| x.state == RequestState::Accepted) {
        let placed = x.slot.zip(x.table).filter(|(s, _)| (*s as usize) < starts.len());
        let gone = day.absent.contains(&x.requester_id) || day.absent.contains(&x.invitee_id);
        match placed {
            Some((slot, _)) if gone => {
                if open & (1u128 << slot) != 0 {
                    refill.released.push(x.id);
                }
            }
            Some(_) => requests.push(MeetingRequest {
                locked: true,
                ..x.clone()
            }),
            None if gone => {}
            None => requests.push(x.clone()),
        }
    }
    let (pending, pairs) = day.waiting();
    let by_id: HashMap<i64, &MeetingRequest> = day.requests.iter().map(|x| (x.id, x)).collect();
    for id in &pending {
        requests.push(MeetingRequest {
            state: RequestState::Accepted,
            ..by_id[id].clone()
        });
    }
    // A pair from marks has no request yet: it stands in the problem under a negative id.
    let mut inputs = meetings::Inputs {
        preferences: day.inputs.preferences.clone(),
        settings: day.inputs.settings,
        limits: day.inputs.limits.clone(),
        // Placed group meetings hold their members and table where they are; the re-fill
        // places no group meeting.
        groups: day
            .inputs
            .groups
            .iter()
            .filter(|g| g.slot.is_some() && g.table.is_some())
            .map(|g| GroupMeeting {
                locked: true,
                ..g.clone()
            })
            .collect(),
        hosted: day.inputs.hosted.clone(),
    };
    for (k, &(a, b)) in pairs.iter().enumerate() {
        let id = -(k as i64) - 1;
        inputs.hosted.insert(id);
        requests.push(MeetingRequest {
            id,
            event_id: e.id,
            requester_id: a,
            invitee_id: b,
            message: String::new(),
            state: RequestState::Accepted,
            slot: None,
            table: None,
            locked: false,
            unscheduled: None,
            created_at: day.now,
        });
    }
    let mut built = meetings::build(e, &day.regs, &requests, &inputs);
    // Only those here get new meetings, in slots that have not begun.
    for (free, id) in built.problem.available.iter_mut().zip(&built.participants) {
        *free = if day.here(*id) { *free & open } else { 0 };
    }
    let problem = &built.problem;
    let result = schedule::schedule(problem, &Options::default()).map_err(|err| {
        tracing::error!(event = e.id, "re-fill problem refused: {err}");
        WebError::Internal
    })?;
    if let Err(fault) = schedule::check(problem, &result) {
        tracing::error!(event = e.id, "re-fill answered an invalid schedule: {fault}");
        return Err(WebError::Internal);
    }
    let locked: HashSet<usize> = problem.locked.iter().map(|l| l.meeting).collect();
    let pending: HashSet<i64> = pending.into_iter().collect();
    let mut unplaced = 0;
    for (m, &id) in built.ids.iter().enumerate().filter(|(m, _)| !locked.contains(m)) {
        match result.placements[m] {
            Some(at) if id < 0 => {
                let (a, b) = pairs[(-id - 1) as usize];
                refill.paired.push((a, b, at.slot, at.table));
            }
            Some(at) if pending.contains(&id) => refill.accepted.push((id, at.slot, at.table)),
            Some(at) => refill.placed.push((id, at.slot, at.table)),
            // What merely waited and found no place is no loss to anyone.
            None if id > 0 && !pending.contains(&id) => unplaced += 1,
            None => {}
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
    // Only while the event is on: before it, a check-out at a desk tried out weeks early would
    // give up someone's published meetings; after it, nothing is still to come.
    if !running(&e, now) {
        return Err(WebError::Conflict("b2b-refill-error-not-running"));
    }
    let regs = state.store.registrations(e.id).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    let presence: HashMap<i64, Presence> = state.store.presence(e.id).await?.into_iter().collect();
    let answers = answers_by_meeting(&state.store.meeting_reports(e.id).await?);
    let absent = absent(&requests, &presence, &answers);
    let inputs = meetings::Inputs::load(&state.store, e.id).await?;
    let met = if inputs.settings.skip_met {
        state.store.met_before(e.id).await?
    } else {
        HashSet::new()
    };
    let day = Day {
        e: e.clone(),
        regs,
        requests,
        inputs,
        met,
        presence,
        absent,
        now,
    };
    let (planned, day) = tokio::task::spawn_blocking(move || (plan(&day), day))
        .await
        .map_err(|_| WebError::Internal)?;
    let planned = planned?;
    let r = &planned.refill;
    // Which pending requests a mark accepted and which pairs marks made, by id, so that the
    // organiser's decision for others can be traced (the first hundred of each).
    let ids = |v: Vec<String>| v.into_iter().take(100).collect::<Vec<_>>().join(" ");
    let detail = format!(
        "{} placed, {} given up, {} left out; pending accepted: [{}]; paired from marks: [{}]",
        r.placed.len(),
        r.released.len(),
        planned.unplaced,
        ids(r.accepted.iter().map(|(id, _, _)| id.to_string()).collect()),
        ids(r.paired.iter().map(|(a, b, _, _)| format!("{a}-{b}")).collect()),
    );
    let actor = Actor::of(&state, &ctx, me.user())?;
    let applied = actor
        .audited(Action::B2bRefilled, &e.id.to_string(), &detail)
        .apply_refill(e.id, &planned.refill)
        .await?;
    tell_changes(&state, &e, &day.regs, &day.requests, &applied).await;
    let placed = applied.placed.len() + applied.accepted.len() + applied.paired.len();
    Ok(Redirect::to(&format!(
        "/events/{}/attendance?done=refilled&placed={placed}&released={}",
        e.id,
        applied.released.len()
    ))
    .into_response())
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
    let change = |other: i64, slot: u16, table: u32| crate::notify::b2b_attendance::Change {
        starts: slot_span(e, slot as usize).map(|(s, _)| s),
        slot,
        table,
        with: by_id.get(&other).map(|o| who(o)).unwrap_or_default(),
    };
    for id in &r.released {
        let Some(x) = by_request.get(id) else { continue };
        let (Some(slot), Some(table)) = (x.slot, x.table) else {
            continue;
        };
        for (me, other) in [(x.requester_id, x.invitee_id), (x.invitee_id, x.requester_id)] {
            changes.entry(me).or_default().0.push(change(other, slot, table));
        }
    }
    let new = r
        .placed
        .iter()
        .chain(&r.accepted)
        .filter_map(|&(id, slot, table)| {
            let x = by_request.get(&id)?;
            Some((x.requester_id, x.invitee_id, slot, table))
        })
        .chain(r.paired.iter().copied());
    for (a, b, slot, table) in new {
        for (me, other) in [(a, b), (b, a)] {
            changes.entry(me).or_default().1.push(change(other, slot, table));
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
