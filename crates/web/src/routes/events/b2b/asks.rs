//! The one question afterwards: once a B2B event is over, each participant with meetings that
//! nobody said anything of gets one mail, in their language, asking whether each took place,
//! with signed one-tap answers that need no sign-in. A participant is claimed before the mail
//! goes, so it goes once whatever the number of nodes or runs.

use chrono::Duration;

use super::attendance::answers_by_meeting;
use super::signing::Key;
use super::*;
use crate::notify::b2b_attendance::{ask, Question};

/// Events are asked about for this long after they end (a node down for a day still asks).
const ASK_WITHIN_DAYS: i64 = 7;

/// One run of the job: answers how many mails went out.
pub async fn send_attendance_asks(state: &AppState) -> Result<usize, WebError> {
    let now = crate::views::time::now();
    let mut sent = 0;
    for id in state
        .store
        .b2b_events_ended(now - Duration::days(ASK_WITHIN_DAYS), now)
        .await?
    {
        let Some(e) = state.store.event(id).await? else {
            continue;
        };
        sent += ask_event(state, &e, now).await?;
    }
    Ok(sent)
}

async fn ask_event(state: &AppState, e: &Event, now: DateTime<Utc>) -> Result<usize, WebError> {
    let regs = state.store.registrations(e.id).await?;
    let by_id: HashMap<i64, &Registration> = regs
        .iter()
        .filter(|r| r.state == RegistrationState::Confirmed)
        .map(|r| (r.id, r))
        .collect();
    let requests = state.store.meeting_requests(e.id).await?;
    let answers = answers_by_meeting(&state.store.meeting_reports(e.id).await?);
    // Per participant, their placed meetings that nobody answered for.
    let mut unanswered: BTreeMap<i64, Vec<&MeetingRequest>> = BTreeMap::new();
    for x in requests
        .iter()
        .filter(|x| super::attendance::started(e, x, now) && !answers.contains_key(&x.id))
    {
        for side in [x.requester_id, x.invitee_id] {
            unanswered.entry(side).or_default().push(x);
        }
    }
    let key = Key::of(state).await?;
    let mut sent = 0;
    for (reg, meetings) in unanswered {
        let Some(r) = by_id.get(&reg) else { continue };
        if !state.store.claim_attendance_ask(e.id, reg).await? {
            continue;
        }
        let questions: Vec<Question> = meetings
            .iter()
            .map(|x| {
                let other = if x.requester_id == reg {
                    x.invitee_id
                } else {
                    x.requester_id
                };
                Question {
                    starts: x.slot.and_then(|s| slot_span(e, s as usize)).map(|(s, _)| s),
                    with: by_id.get(&other).map(|o| who(o)).unwrap_or_default(),
                    held_link: key.answer_link(state, x.id, reg, "held", now),
                    absent_link: key.answer_link(state, x.id, reg, "absent", now),
                }
            })
            .collect();
        let zone = r
            .user_timezone
            .as_deref()
            .and_then(|z| z.parse::<Tz>().ok())
            .unwrap_or_else(|| e.draft.tz());
        crate::notify::tell(state, &r.user_email, crate::i18n::Locale::En, ask(e, zone, &questions)).await;
        sent += 1;
    }
    Ok(sent)
}
