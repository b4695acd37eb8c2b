//! A B2B matchmaking day as it happens: check-in at the desk (QR tokens, typed codes, offline
//! batches), "did it happen?" from both sides and the organiser, the one question afterwards,
//! and the re-fill of freed slots. The event is moved to today through the store, so that some
//! of its slots have begun and others are still to come.

use chrono::{Duration, Timelike, Utc};
use domain::MeetingSession;
use store::b2b_attendance::Outcome;
use store::events::Placed;

use super::*;

/// Four participants (p0–p3) registered at a published B2B event, their agents, and the event's
/// registration ids.
pub(super) async fn day(app: &TestApp) -> (i64, Vec<Agent<'_>>, Vec<i64>) {
    let id = published_event(app, "matchmaking", "").await;
    let store = &app.db.store;
    let mut people = Vec::new();
    for (i, (slug, name, country)) in [
        ("alpha", "Alpha Optics", "DE"),
        ("beta", "Beta Satellites", "FR"),
        ("gamma", "Gamma Robotics", "IT"),
        ("delta", "Delta Sensors", "DK"),
    ]
    .into_iter()
    .enumerate()
    {
        let email = format!("p{i}@{slug}.eu");
        let user = account(app, &email, PlatformRole::User).await;
        let org = organisation_in(app, slug, name, country).await;
        store.set_org_role(user, org, OrgRole::Member).await.expect("role");
        let mut a = Agent::new(app);
        a.login(&email, PASSWORD).await;
        a.get(&format!("/events/{id}")).await;
        let r = a
            .post(&format!("/events/{id}/register"), &[("organisation", slug)])
            .await;
        assert!(r.location.ends_with("done=registered"), "{}", r.location);
        people.push(a);
    }
    let regs = store.registrations(id).await.expect("registrations");
    let reg = |i: usize| {
        regs.iter()
            .find(|r| r.user_email.starts_with(&format!("p{i}@")))
            .expect("registered")
            .id
    };
    let ids = (0..4).map(reg).collect();
    (id, people, ids)
}

/// Moves the event to today: a session of twelve 20-minute slots with 3 tables that began
/// 2 h 10 min ago, so slots 0–6 have begun and 7–11 are to come.
pub(super) async fn move_to_today(app: &TestApp, id: i64) {
    let store = &app.db.store;
    let mut e = store.event(id).await.expect("event").expect("exists");
    let tz = e.draft.tz();
    let now = Utc::now().with_timezone(&tz).naive_local();
    let start = (now - Duration::minutes(130))
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .expect("a minute");
    e.draft.starts = start - Duration::minutes(30);
    e.draft.ends = start + Duration::hours(6);
    assert!(store.update_event(id, &e.draft).await.expect("update"));
    store
        .set_sessions(
            id,
            &[MeetingSession {
                starts: start,
                slots: 12,
                minutes: 20,
                tables: 3,
            }],
        )
        .await
        .expect("sessions");
}

/// An accepted request between two registrations.
pub(super) async fn accepted(app: &TestApp, id: i64, from: i64, to: i64) -> i64 {
    let store = &app.db.store;
    let rid = store.request_meeting(id, from, to, "Meet?").await.expect("request");
    assert!(store
        .set_request_state(
            rid,
            &[store::events::RequestState::Pending],
            store::events::RequestState::Accepted
        )
        .await
        .expect("accept"));
    rid
}

fn scans(list: &[(&str, &str, &str, i64)]) -> String {
    serde_json::to_string(
        &list
            .iter()
            .map(|(key, value, kind, at)| serde_json::json!({"key": key, "value": value, "kind": kind, "at": at}))
            .collect::<Vec<_>>(),
    )
    .expect("json")
}

fn results(body: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"));
    v["results"].as_array().expect("results").clone()
}

#[tokio::test]
async fn participants_check_in_with_signed_codes_once_even_offline() {
    let app = TestApp::spawn().await;
    let (id, mut people, regs) = day(&app).await;
    move_to_today(&app, id).await;
    let store = &app.db.store;
    let creds = |r: i64| web::routes::events::b2b::checkin_credentials(&app.state, id, r);
    let (_, code0) = creds(regs[0]).await.expect("credentials");
    let (token1, _) = creds(regs[1]).await.expect("credentials");
    let (_, code2) = creds(regs[2]).await.expect("credentials");
    assert_eq!(code0.len(), 6);
    assert!(!code0.contains(['0', 'O', '1', 'I']));

    // The participant's agenda shows their QR code and code; the desk is the organiser's.
    let agenda = people[0].get(&format!("/events/{id}/agenda")).await;
    assert!(
        agenda.body.contains("<svg") && agenda.body.contains(&code0),
        "QR and code on the agenda"
    );
    let ics = people[0].get(&format!("/events/{id}/agenda.ics")).await;
    assert_eq!(ics.status, 200);
    assert_eq!(people[0].get(&format!("/events/{id}/checkin")).await.status, 403);
    assert_eq!(
        people[0]
            .post(&format!("/events/{id}/checkin"), &[("code", code0.as_str())])
            .await
            .status,
        403,
        "a participant is no steward"
    );
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    let desk = o.get(&format!("/events/{id}/checkin")).await;
    assert_eq!(desk.status, 200);
    assert!(desk.body.contains("/static/checkin.js"));

    // A typed code checks in and answers with the name and organisation; a second scan says so.
    let first = o
        .post(
            &format!("/events/{id}/checkin"),
            &[("code", code0.as_str()), ("kind", "in")],
        )
        .await;
    assert_eq!(first.status, 200, "{}", first.body);
    assert!(first.body.contains("Alpha Optics") && first.body.contains("Checked in"));
    let again = o
        .post(
            &format!("/events/{id}/checkin"),
            &[
                ("code", &format!("{}-{}", &code0[..3], code0[3..].to_lowercase())),
                ("kind", "in"),
            ],
        )
        .await;
    assert_eq!(again.status, 200);
    assert!(again.body.contains("Already checked in"), "{}", again.body);
    let arrived = store.presence_of(regs[0]).await.expect("presence").expect("in");
    // The participant's own data export holds their check-in.
    let export = people[0].get("/account/export").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).expect("export is JSON");
    assert!(
        data["events"]["registrations"][0]["check_in"]["checked_in_at"].is_string(),
        "the export holds the check-in: {}",
        data["events"]["registrations"][0]
    );
    // The QR token works too.
    let by_qr = o
        .post(&format!("/events/{id}/checkin"), &[("code", token1.as_str())])
        .await;
    assert!(by_qr.body.contains("Beta Satellites") && by_qr.body.contains("Checked in"));

    // Forged, altered, other-event and unknown codes are refused with a message.
    let forged = token1.replace(&format!("-{}-", regs[1]), &format!("-{}-", regs[3]));
    for (bad, message) in [
        (forged.as_str(), "not a valid check-in code"),
        ("CH-1-2-0123456789ABCDEF01234567", "not a valid check-in code"),
        ("ZZZZZZ", "No participant of this event has this code"),
        ("OOOOOO", "No participant of this event has this code"),
    ] {
        let r = o.post(&format!("/events/{id}/checkin"), &[("code", bad)]).await;
        assert_eq!(r.status, 422, "{bad}");
        assert!(r.body.contains(message), "{bad}: {}", r.body);
    }
    let (elsewhere, _) = web::routes::events::b2b::checkin_credentials(&app.state, id + 1000, regs[1])
        .await
        .expect("credentials");
    let r = o
        .post(&format!("/events/{id}/checkin"), &[("code", elsewhere.as_str())])
        .await;
    assert_eq!(r.status, 422, "a token of another event");
    assert_eq!(
        o.post(&format!("/events/{id}/checkin"), &[("code", "")]).await.status,
        422,
        "an empty code is named"
    );

    // A cancelled registration's token is revoked with it.
    let (token3, _) = creds(regs[3]).await.expect("credentials");
    people[3].get(&format!("/events/{id}")).await;
    let cancelled = people[3].post(&format!("/events/{id}/unregister"), &[]).await;
    assert_eq!(cancelled.status, 303, "{}", cancelled.body);
    let r = o
        .post(&format!("/events/{id}/checkin"), &[("code", token3.as_str())])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("registration was cancelled"), "{}", r.body);

    // An offline batch keeps each scan's own time and counts once when sent twice; a check-out
    // made offline after its check-in comes in order.
    o.get(&format!("/events/{id}/checkin")).await;
    let at = (Utc::now() - Duration::minutes(30)).timestamp_millis();
    let batch = scans(&[
        ("offline-out-0001", &code2, "out", at + 60_000),
        ("offline-in-00001", &code2, "in", at),
        ("offline-in-00002", "ZZZZZZ", "in", at),
    ]);
    let sent = o
        .post(&format!("/events/{id}/checkin/sync"), &[("scans", batch.as_str())])
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let answers = results(&sent.body);
    assert_eq!(answers.len(), 3);
    // Answered in the order the scans were made.
    assert_eq!(answers[0]["outcome"], "checked_in");
    assert_eq!(answers[0]["organisation"], "Gamma Robotics");
    assert_eq!(answers[1]["ok"], false);
    assert_eq!(answers[2]["outcome"], "checked_out");
    let p2 = store.presence_of(regs[2]).await.expect("presence").expect("in");
    assert_eq!(p2.checked_in_at.timestamp_millis(), at, "the scan's own time");
    assert_eq!(p2.checked_out_at.map(|t| t.timestamp_millis()), Some(at + 60_000));
    let replayed = o
        .post(&format!("/events/{id}/checkin/sync"), &[("scans", batch.as_str())])
        .await;
    let answers = results(&replayed.body);
    assert!(
        answers[0]["outcome"] == "replayed" && answers[2]["outcome"] == "replayed",
        "{answers:?}"
    );
    assert_eq!(store.presence_of(regs[2]).await.expect("presence"), Some(p2));
    assert_eq!(
        store.presence_of(regs[0]).await.expect("presence"),
        Some(arrived),
        "the first arrival is kept"
    );
    assert_eq!(
        o.post(&format!("/events/{id}/checkin/sync"), &[("scans", "[{")])
            .await
            .status,
        400
    );
    let present = store.presence(id).await.expect("presence");
    assert_eq!(present.iter().filter(|(_, p)| p.present()).count(), 2);

    // Whatever a camera read is answered on its own: a character split at the token's prefix,
    // or a value far too long, names nobody and does not hold up the batch it came in.
    let long = "X".repeat(300);
    let odd = scans(&[
        ("odd-value-00001", "xx\u{e9}1", "in", at),
        ("odd-value-00002", "CH\u{e9}-1-2-3", "in", at),
        ("odd-value-00003", long.as_str(), "in", at),
        ("odd-value-00004", &code2, "in", at + 120_000),
    ]);
    let sent = o
        .post(&format!("/events/{id}/checkin/sync"), &[("scans", odd.as_str())])
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let answers = results(&sent.body);
    assert!(
        answers[..3].iter().all(|a| a["ok"] == false) && answers[3]["ok"] == true,
        "{answers:?}"
    );
    for value in ["xx\u{e9}1", long.as_str()] {
        let typed = o
            .post(&format!("/events/{id}/checkin"), &[("code", value), ("kind", "in")])
            .await;
        assert!(typed.status < 500, "{}: {}", typed.status, typed.body);
    }
}

/// Checks everyone in `who` in at the desk, by their typed codes.
async fn check_in(app: &TestApp, id: i64, who: &[i64]) {
    let mut desk = Agent::new(app);
    desk.login("organiser@cluster.dk", PASSWORD).await;
    desk.get(&format!("/events/{id}/checkin")).await;
    for &r in who {
        let (_, code) = web::routes::events::b2b::checkin_credentials(&app.state, id, r)
            .await
            .expect("credentials");
        let a = desk
            .post(
                &format!("/events/{id}/checkin"),
                &[("code", code.as_str()), ("kind", "in")],
            )
            .await;
        assert_eq!(a.status, 200, "{}", a.body);
    }
}

#[tokio::test]
async fn the_refill_places_waiting_preferences_and_pending_requests_the_invitee_wants() {
    use store::b2b_preferences::{Mark, Mode, Settings};
    let app = TestApp::spawn().await;
    let (id, _people, r) = day(&app).await;
    move_to_today(&app, id).await;
    let store = &app.db.store;
    let mark = |from: usize, to: usize, m: Mark| store.set_preference(id, r[from], r[to], Some(m));
    // p0 and p1 marked each other; p3 asked p2, and p2 marked p3 (that is p2's yes); p0 marked
    // p2 alone; p1 asked p2, who said nothing; p1 must meet p3, who said no.
    mark(0, 1, Mark::Must).await.expect("mark");
    mark(1, 0, Mark::Wish).await.expect("mark");
    let wanted = store.request_meeting(id, r[3], r[2], "Meet?").await.expect("request");
    mark(2, 3, Mark::Wish).await.expect("mark");
    mark(0, 2, Mark::Wish).await.expect("mark");
    let unanswered = store.request_meeting(id, r[1], r[2], "Meet?").await.expect("request");
    mark(1, 3, Mark::Must).await.expect("mark");
    mark(3, 1, Mark::No).await.expect("mark");
    // p0 hosts p1 in a group meeting in slot 7, the first still to come.
    placed_group(&app, id, r[0], &[r[1]], 7, 0).await;
    store.publish_schedule(id).await.expect("publish");
    check_in(&app, id, &r).await;

    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get(&format!("/events/{id}/attendance")).await;
    let refilled = o.post(&format!("/events/{id}/refill"), &[]).await;
    assert_eq!(refilled.status, 303, "{}", refilled.body);
    assert!(refilled.location.contains("placed=2&"), "{}", refilled.location);
    let after = store.meeting_requests(id).await.expect("requests");
    let between = |a: usize, b: usize| {
        after
            .iter()
            .filter(|x| {
                (x.requester_id, x.invitee_id) == (r[a], r[b]) || (x.requester_id, x.invitee_id) == (r[b], r[a])
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    let pair = between(0, 1);
    assert_eq!(pair.len(), 1, "both marks make one meeting: {pair:?}");
    assert!(
        pair[0].state == store::events::RequestState::Accepted && pair[0].locked && pair[0].slot.is_some_and(|s| s > 7),
        "placed after the group meeting both are in: {pair:?}"
    );
    let taken = after.iter().find(|x| x.id == wanted).expect("request");
    assert!(
        taken.state == store::events::RequestState::Accepted && taken.slot.is_some_and(|s| s >= 7),
        "the invitee's mark was their yes: {taken:?}"
    );
    let waiting = after.iter().find(|x| x.id == unanswered).expect("request");
    assert!(
        waiting.state == store::events::RequestState::Pending && waiting.slot.is_none(),
        "no answer, no meeting: {waiting:?}"
    );
    assert!(
        between(0, 2).is_empty(),
        "one side's mark pairs no one in requests mode"
    );
    assert!(between(1, 3).is_empty(), "a no, thanks is a no");
    assert!(app
        .mails_to("p1@beta.eu")
        .iter()
        .any(|m| m.contains("Your agenda for today changed") && m.contains("Alpha Optics")));
    assert_eq!(store.refilled_meetings(id).await.expect("count"), 2);

    // In hosted-buyer mode the organiser pairs from one side's mark.
    store
        .set_b2b_settings(
            id,
            &Settings {
                mode: Mode::Hosted,
                ..Settings::default()
            },
        )
        .await
        .expect("settings");
    let refilled = o.post(&format!("/events/{id}/refill"), &[]).await;
    assert!(refilled.location.contains("placed=1&"), "{}", refilled.location);
    let now = store.meeting_requests(id).await.expect("requests");
    let of = |a: i64, b: i64| {
        now.iter()
            .filter(|x| x.requester_id.min(x.invitee_id) == a.min(b) && x.requester_id.max(x.invitee_id) == a.max(b))
            .collect::<Vec<_>>()
    };
    let pair = of(r[0], r[2]);
    assert!(pair.len() == 1 && pair[0].slot.is_some_and(|s| s >= 7), "{pair:?}");
    assert!(of(r[1], r[3]).is_empty(), "still no");
}

#[tokio::test]
async fn meetings_are_confirmed_disputed_settled_asked_once_and_refilled() {
    let app = TestApp::spawn().await;
    let (id, mut people, r) = day(&app).await;
    move_to_today(&app, id).await;
    let store = &app.db.store;
    // Placed and published: three that have begun (slots 1–3), two to come (8, 9); one accepted
    // request never placed.
    let m01 = accepted(&app, id, r[0], r[1]).await;
    let m02 = accepted(&app, id, r[0], r[2]).await;
    let m03 = accepted(&app, id, r[0], r[3]).await;
    let m13 = accepted(&app, id, r[1], r[3]).await;
    let m23 = accepted(&app, id, r[2], r[3]).await;
    let m12 = accepted(&app, id, r[1], r[2]).await;
    let placed: Vec<Placed> = [(m01, 1), (m02, 2), (m03, 3), (m13, 8), (m23, 9)]
        .into_iter()
        .map(|(request_id, slot)| Placed {
            request_id,
            at: Some((slot, 0)),
            unscheduled: None,
        })
        .collect();
    store.save_schedule(id, &placed).await.expect("schedule");
    store.publish_schedule(id).await.expect("publish");

    // Both sides of m01 say they met; m02 is disputed. Only from the meeting's start, only by
    // its two sides.
    let report = |rid: i64| format!("/events/{id}/meetings/{rid}/report");
    let agenda = people[0].get(&format!("/events/{id}/agenda")).await;
    assert!(agenda.body.contains(&report(m01)) && !agenda.body.contains(&report(m13)));
    assert_eq!(people[0].post(&report(m01), &[("answer", "held")]).await.status, 303);
    people[1].get(&format!("/events/{id}/agenda")).await;
    assert_eq!(people[1].post(&report(m01), &[("answer", "held")]).await.status, 303);
    assert_eq!(people[0].post(&report(m02), &[("answer", "held")]).await.status, 303);
    people[2].get(&format!("/events/{id}/agenda")).await;
    assert_eq!(people[2].post(&report(m02), &[("answer", "absent")]).await.status, 303);
    assert_eq!(
        people[1].post(&report(m13), &[("answer", "held")]).await.status,
        409,
        "not begun"
    );
    assert_eq!(
        people[2].post(&report(m01), &[("answer", "held")]).await.status,
        403,
        "not theirs"
    );
    assert_eq!(people[1].post(&report(m01), &[("answer", "maybe")]).await.status, 400);
    let agenda = people[1].get(&format!("/events/{id}/agenda")).await;
    assert!(agenda.body.contains("you said you met"));

    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    let page = o.get(&format!("/events/{id}/attendance")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Conflicting answers") && page.body.contains(&format!("meeting-{m02}")));
    assert!(
        !page.body.contains(&format!("meeting-{m01}\"")),
        "settled meetings are not listed first"
    );
    assert_eq!(
        o.post(&format!("/events/{id}/attendance/{m02}"), &[("outcome", "held")])
            .await
            .status,
        303
    );
    assert_eq!(people[0].get(&format!("/events/{id}/attendance")).await.status, 403);
    let reports = store.meeting_reports(id).await.expect("reports");
    let of = |rid: i64| reports.iter().filter(|x| x.request_id == rid).count();
    assert_eq!(
        (of(m01), of(m02)),
        (2, 3),
        "conflicting answers are kept beside the organiser's"
    );

    // Check-in: p0, p1, p2 arrive; p3 arrives and leaves. The re-fill gives up p3's meetings to
    // come (m13, m23) and places m12 in a slot to come; nothing else moves.
    let mut desk = Agent::new(&app);
    desk.login("organiser@cluster.dk", PASSWORD).await;
    desk.get(&format!("/events/{id}/checkin")).await;
    for (i, kind) in [(0, "in"), (1, "in"), (2, "in"), (3, "in"), (3, "out")] {
        let (_, code) = web::routes::events::b2b::checkin_credentials(&app.state, id, r[i])
            .await
            .expect("credentials");
        let a = desk
            .post(
                &format!("/events/{id}/checkin"),
                &[("code", code.as_str()), ("kind", kind)],
            )
            .await;
        assert_eq!(a.status, 200, "{}", a.body);
    }
    let before = store.meeting_requests(id).await.expect("requests");
    o.get(&format!("/events/{id}/attendance")).await;
    let refilled = o.post(&format!("/events/{id}/refill"), &[]).await;
    assert_eq!(refilled.status, 303, "{}", refilled.body);
    let after = store.meeting_requests(id).await.expect("requests");
    let find =
        |v: &[store::events::MeetingRequest], rid: i64| v.iter().find(|x| x.id == rid).cloned().expect("request");
    for rid in [m01, m02, m03] {
        let (b, a) = (find(&before, rid), find(&after, rid));
        assert_eq!(
            (a.slot, a.table, a.locked),
            (b.slot, b.table, true),
            "held and begun stay"
        );
    }
    for rid in [m13, m23] {
        assert_eq!(find(&after, rid).slot, None, "given up: the other left");
    }
    let new = find(&after, m12);
    assert!(
        new.locked && new.slot.is_some_and(|s| s >= 7),
        "placed in a slot to come: {new:?}"
    );
    assert!(app
        .mails_to("p1@beta.eu")
        .iter()
        .any(|m| m.contains("Your agenda for today changed") && m.contains("Gamma Robotics")));
    assert!(app
        .mails_to("p2@gamma.eu")
        .iter()
        .any(|m| m.contains("Cancelled") && m.contains("Delta Sensors")));
    let agenda = people[1].get(&format!("/events/{id}/agenda")).await;
    assert!(agenda.body.contains("Gamma Robotics") && !agenda.body.contains("Delta Sensors"));
    assert_eq!(
        store.refilled_meetings(id).await.expect("count"),
        1,
        "one slot handed on"
    );
    let dashboard = o.get(&format!("/events/{id}/dashboard")).await;
    assert!(
        dashboard.body.contains("Slots re-filled"),
        "the dashboard counts the re-filled slots"
    );
    assert_eq!(
        o.post(&format!("/events/{id}/refill"), &[]).await.status,
        303,
        "again: nothing to do"
    );
    assert_eq!(
        find(&store.meeting_requests(id).await.expect("requests"), m12).slot,
        new.slot
    );

    // After the event, m03 (no answer) is asked about once, to each of its sides.
    let mut e = store.event(id).await.expect("event").expect("exists");
    let now = Utc::now().with_timezone(&e.draft.tz()).naive_local();
    e.draft.ends = now - Duration::minutes(1);
    assert!(store.update_event(id, &e.draft).await.expect("update"));
    // Over: nothing is still to come, and no re-fill is offered or run.
    assert!(!o
        .get(&format!("/events/{id}/attendance"))
        .await
        .body
        .contains(&format!("action=\"/events/{id}/refill\"")));
    assert_eq!(o.post(&format!("/events/{id}/refill"), &[]).await.status, 409);
    let asked = web::routes::events::b2b::send_attendance_asks(&app.state)
        .await
        .expect("asks");
    assert_eq!(asked, 2, "p0 and p3, for m03");
    assert_eq!(
        web::routes::events::b2b::send_attendance_asks(&app.state)
            .await
            .expect("asks"),
        0,
        "once"
    );
    let asks = |to: &str| {
        app.mails_to(to)
            .into_iter()
            .filter(|m| m.contains("/b2b/answer"))
            .count()
    };
    assert_eq!(
        (asks("p0@alpha.eu"), asks("p3@delta.eu"), asks("p1@beta.eu")),
        (1, 1, 0)
    );
    let link = app.link_in_mail("p3@delta.eu", "/b2b/answer", 0).await;
    let path = &link[link.find("/b2b/answer").expect("path")..];
    let mut anyone = Agent::new(&app);
    let form = anyone.get(path).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("Alpha Optics"));
    let tampered = path.replace("a=held", "a=absent");
    assert_eq!(anyone.post(&tampered, &[]).await.status, 409);
    assert_eq!(anyone.post(path, &[]).await.status, 200);
    let reports = store.meeting_reports(id).await.expect("reports");
    assert!(reports
        .iter()
        .any(|x| x.request_id == m03 && x.outcome == Outcome::Held));
}
