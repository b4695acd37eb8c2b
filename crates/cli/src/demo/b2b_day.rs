//! The B2B matchmaking day's preferences, and an earlier matchmaking day of the same cluster
//! four months ago, held with check-in, meetings confirmed or reported as no-shows, and the
//! answers of the 90-day outcome round: what the organiser's dashboard and the funder's report
//! show once a day is over.

use super::*;

use chrono::{DateTime, Duration, Utc};
use store::b2b_attendance::{Outcome, ScanKind, Side};
use store::b2b_followup::Outcome as Answer;
use store::b2b_preferences::Mark;
use store::events::{RequestState, Seat};

/// Marks of the coming day's participants on each other: a few must-meets and wishes, and
/// some "no, thanks", as people leave them while browsing the participant list.
pub(super) async fn mark_preferences(
    store: &store::Store,
    rng: &mut ChaCha8Rng,
    event: i64,
    registrations: &[i64],
) -> anyhow::Result<()> {
    for &from in registrations {
        for _ in 0..rng.gen_range(0..4) {
            let to = registrations[rng.gen_range(0..registrations.len())];
            if to == from {
                continue;
            }
            let mark = match rng.gen_range(0..10) {
                0..=1 => Mark::Must,
                2..=7 => Mark::Wish,
                _ => Mark::No,
            };
            store.set_preference(event, from, to, Some(mark)).await?;
        }
    }
    // A delegation visiting the cluster: one host meets four guests at once.
    if registrations.len() >= 5 {
        store
            .create_group_meeting(
                event,
                registrations[0],
                &registrations[1..5],
                "Delegation from the partner region",
            )
            .await?;
    }
    Ok(())
}

/// The demo member helps at the coming day's check-in desk: the manager names them a table
/// steward, so that signing in as them shows the desk and the attendance page on the event's
/// page (and, as they take part in meetings too, which meetings the organisers decide instead).
pub(super) async fn name_steward(store: &store::Store, event: i64, steward: i64, manager: i64) -> anyhow::Result<()> {
    store.add_steward(event, steward, manager).await?;
    // As if told by mail: naming them again after a removal tells them nothing new.
    store.first_steward_notice(event, steward).await?;
    Ok(())
}

/// A participant of the coming day, who took part in the earlier one too.
pub(super) struct Person {
    pub user: i64,
    pub organisation: Option<i64>,
    pub offer: String,
    pub seek: String,
}

/// The cluster's matchmaking day of four months ago (at the place of the coming one, `coming`): forty of the coming day's participants
/// took part (so some pairs have met before), most came, most meetings were held, and a share of
/// the participants answered the 90-day question about what came of them.
pub(super) async fn seed_past_day(
    store: &store::Store,
    rng: &mut ChaCha8Rng,
    organiser: (i64, i64),
    title: &str,
    coming: &domain::EventInput,
    people: &[Person],
) -> anyhow::Result<()> {
    let (organisation, manager) = organiser;
    // 125 days: past the 90-day round's mailing window, so a demo start sends no questions.
    let date = (Utc::now() - Duration::days(125)).date_naive();
    let input = domain::EventInput {
        title: title.into(),
        description:
            "Pre-arranged meetings of 20 minutes between the cluster's members and visitors: the spring edition.".into(),
        starts: format!("{date}T09:00"),
        ends: format!("{date}T17:00"),
        capacity: "80".into(),
        agenda: String::new(),
        ..coming.clone()
    };
    // The day was planned a month before it took place.
    let planned = Utc::now() - Duration::days(155);
    let draft = input
        .validate(planned)
        .map_err(|e| anyhow::anyhow!("demo past matchmaking day: {e}"))?;
    let event = store.create_event(organisation, Some(manager), &draft).await?;
    store
        .transition(event, &[domain::EventState::Draft], domain::EventState::Submitted, None)
        .await?;
    store
        .transition(
            event,
            &[domain::EventState::Submitted],
            domain::EventState::Published,
            None,
        )
        .await?;
    let at = |h: u32, m: u32| {
        date.and_hms_opt(h, m, 0)
            .ok_or_else(|| anyhow::anyhow!("demo day time"))
    };
    store
        .set_sessions(
            event,
            &[
                domain::MeetingSession {
                    starts: at(9, 30)?,
                    slots: 9,
                    minutes: 20,
                    tables: 15,
                },
                domain::MeetingSession {
                    starts: at(13, 30)?,
                    slots: 6,
                    minutes: 20,
                    tables: 15,
                },
            ],
        )
        .await?;
    let mut registrations = Vec::new();
    // The newest registrations first: the demo member, who registered last, took part too.
    for p in people.iter().rev().take(40) {
        if let Seat::Confirmed(r) = store.register(event, p.user, p.organisation, draft.capacity).await? {
            store.set_profile(r.id, &p.offer, &p.seek).await?;
            registrations.push(r.id);
        }
    }
    let mut asked = HashSet::new();
    for &a in &registrations {
        for _ in 0..rng.gen_range(1..6) {
            let b = registrations[rng.gen_range(0..registrations.len())];
            if a == b || !asked.insert((a.min(b), a.max(b))) {
                continue;
            }
            let id = store
                .request_meeting(event, a, b, "Shall we meet at the B2B day?")
                .await?;
            let to = if rng.gen_bool(0.8) {
                RequestState::Accepted
            } else {
                RequestState::Declined
            };
            store.set_request_state(id, &[RequestState::Pending], to).await?;
        }
    }
    let e = store
        .event(event)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo past day vanished"))?;
    let regs = store.registrations(event).await?;
    let requests = store.meeting_requests(event).await?;
    let inputs = web::matchmaking::meetings::Inputs::load(store, event)
        .await
        .map_err(|e| anyhow::anyhow!("demo past day: {e:?}"))?;
    let run = web::matchmaking::meetings::schedule(&e, &regs, &requests, &inputs)
        .await
        .map_err(|e| anyhow::anyhow!("demo past day schedule: {e:?}"))?;
    store.save_schedule(event, &run.placed).await?;
    store.publish_schedule(event).await?;
    // The desk opened at 08:40 local time.
    let opened = domain::event::local_to_utc(draft.tz(), at(8, 40)?);
    attend(store, rng, event, opened, &registrations, manager).await
}

/// Check-in, the meetings' fate and the 90-day answers of the earlier day.
async fn attend(
    store: &store::Store,
    rng: &mut ChaCha8Rng,
    event: i64,
    opened: DateTime<Utc>,
    registrations: &[i64],
    manager: i64,
) -> anyhow::Result<()> {
    let mut came = HashSet::new();
    for (n, &r) in registrations.iter().enumerate() {
        // About one in eight did not come.
        if rng.gen_bool(0.12) {
            continue;
        }
        let arrived = opened + Duration::minutes(rng.gen_range(0..50));
        let key = format!("demo-in-{}-{n}", event);
        store
            .record_scan(event, r, ScanKind::In, arrived, &key, Some(manager))
            .await?;
        came.insert(r);
    }
    let meetings: Vec<_> = store
        .meeting_requests(event)
        .await?
        .into_iter()
        .filter(|m| m.state == RequestState::Accepted && m.slot.is_some())
        .collect();
    let mut held = Vec::new();
    for m in &meetings {
        let (a, b) = (came.contains(&m.requester_id), came.contains(&m.invitee_id));
        let outcome = match (a, b) {
            (true, true) => Outcome::Held,
            (false, true) => Outcome::RequesterAbsent,
            (true, false) => Outcome::InviteeAbsent,
            (false, false) => Outcome::BothAbsent,
        };
        // Those present say what happened, most of them; a few meetings stay unanswered.
        if a && rng.gen_bool(0.8) {
            let said = if outcome == Outcome::Held {
                Outcome::Held
            } else {
                Outcome::other_absent(Side::Requester)
            };
            store.report_meeting(m.id, Side::Requester, said, None).await?;
        }
        if b && rng.gen_bool(0.7) {
            let said = if outcome == Outcome::Held {
                Outcome::Held
            } else {
                Outcome::other_absent(Side::Invitee)
            };
            store.report_meeting(m.id, Side::Invitee, said, None).await?;
        }
        if outcome == Outcome::Held {
            held.push(m);
        }
    }
    // The 90-day questions went to everyone with a held meeting (their links have expired since).
    let round = domain::b2b_followup::OUTCOME_ROUNDS[0];
    let asked_at = opened + Duration::days(i64::from(round));
    let mut asked = HashSet::new();
    for m in &held {
        for r in [m.requester_id, m.invitee_id] {
            if asked.insert(r) {
                let token = web::auth::hash_token(&web::auth::random_token());
                store
                    .claim_outcome_ask(event, r, round, &token, asked_at, asked_at + Duration::days(21))
                    .await?;
            }
        }
    }
    let answered_at = asked_at + Duration::days(2);
    let stages = domain::b2b_followup::OutcomeStage::ALL;
    for m in held {
        for r in [m.requester_id, m.invitee_id] {
            if !rng.gen_bool(0.55) {
                continue;
            }
            // Most meetings lead nowhere or to an exchange; a few to negotiations and agreements.
            let stage = match rng.gen_range(0..20) {
                0..=6 => stages[0],
                7..=13 => stages[1],
                14..=16 => stages[2],
                k => stages[3 + (k as usize - 17) % (stages.len() - 3)],
            };
            let answer = Answer {
                request_id: m.id,
                registration_id: r,
                round,
                stage,
            };
            store.record_outcome(event, &answer, answered_at).await?;
        }
    }
    Ok(())
}
