//! Table stewards of a B2B day: named by the organiser by the address of an account (told by
//! mail in their own language), they run the check-in desk and record whether meetings took
//! place, and nothing else of the organiser's; their word settles a meeting unless the organiser
//! says otherwise, never on a meeting of their own; removed, they lose the desk at once.

use chrono::{Duration, Timelike, Utc};
use domain::MeetingSession;
use store::b2b_attendance::Side;
use store::events::Placed;

use super::*;

/// Four participants (p0–p3, each for their own company) at a published B2B event whose one
/// session began 2 h 10 min ago (slots 0–6 have begun, 7–11 are to come); their registrations.
async fn day_of_four(app: &TestApp) -> (i64, Vec<i64>) {
    let id = published_event(app, "matchmaking", "").await;
    let store = &app.db.store;
    for (i, (slug, name)) in [
        ("alpha", "Alpha Optics"),
        ("beta", "Beta Satellites"),
        ("gamma", "Gamma Robotics"),
        ("delta", "Delta Sensors"),
    ]
    .into_iter()
    .enumerate()
    {
        let email = format!("p{i}@{slug}.eu");
        let user = account(app, &email, PlatformRole::User).await;
        let org = organisation_in(app, slug, name, "DE").await;
        store.set_org_role(user, org, OrgRole::Member).await.expect("role");
        let mut a = Agent::new(app);
        a.login(&email, PASSWORD).await;
        a.get(&format!("/events/{id}")).await;
        let r = a
            .post(&format!("/events/{id}/register"), &[("organisation", slug)])
            .await;
        assert!(r.location.ends_with("done=registered"), "{}", r.location);
    }
    let regs = store.registrations(id).await.expect("registrations");
    let reg = |i: usize| {
        regs.iter()
            .find(|r| r.user_email.starts_with(&format!("p{i}@")))
            .expect("registered")
            .id
    };
    let ids = (0..4).map(reg).collect();

    let mut e = store.event(id).await.expect("event").expect("exists");
    let now = Utc::now().with_timezone(&e.draft.tz()).naive_local();
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
    (id, ids)
}

/// Accepted meetings between registrations, placed at these slots (table 0) and published.
async fn placed(app: &TestApp, id: i64, meetings: &[(i64, i64, u16)]) -> Vec<i64> {
    let store = &app.db.store;
    let mut ids = Vec::new();
    let mut plan = Vec::new();
    for &(from, to, slot) in meetings {
        let rid = store.request_meeting(id, from, to, "Meet?").await.expect("request");
        assert!(store
            .set_request_state(
                rid,
                &[store::events::RequestState::Pending],
                store::events::RequestState::Accepted
            )
            .await
            .expect("accept"));
        plan.push(Placed {
            request_id: rid,
            at: Some((slot, 0)),
            unscheduled: None,
        });
        ids.push(rid);
    }
    store.save_schedule(id, &plan).await.expect("schedule");
    store.publish_schedule(id).await.expect("publish");
    ids
}

async fn audited(app: &TestApp, action: &str) -> i64 {
    let (n,): (i64,) = app
        .db
        .store
        .pool()
        .fetch_one(&store::Sql::with(
            "SELECT COUNT(*) FROM audit_log WHERE action = $1",
            vec![action.into()],
        ))
        .await
        .expect("audit");
    n
}

#[tokio::test]
async fn only_organisers_name_stewards_by_an_existing_account_and_the_steward_is_told_in_their_language() {
    let app = TestApp::spawn().await;
    let (id, _) = day_of_four(&app).await;
    let store = &app.db.store;
    let steward = account(&app, "steward@cluster.dk", PlatformRole::User).await;
    store.set_language(steward, "de").await.expect("language");

    // A participant is no organiser: neither the list nor naming.
    let mut p1 = Agent::new(&app);
    p1.login("p1@beta.eu", PASSWORD).await;
    assert_eq!(p1.get(&format!("/events/{id}/stewards")).await.status, 403);
    p1.get(&format!("/events/{id}")).await;
    let refused = p1
        .post(&format!("/events/{id}/stewards"), &[("email", "p1@beta.eu")])
        .await;
    assert_eq!(refused.status, 403, "only organisers name stewards");
    assert!(!store.is_steward(id, steward).await.expect("steward"));

    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    let manage = o.get(&format!("/events/{id}/manage")).await;
    assert!(
        manage.body.contains(&format!("/events/{id}/stewards\"")),
        "linked from the manage page"
    );
    let page = o.get(&format!("/events/{id}/stewards")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("No steward named yet."));

    // Unknown addresses, bad ones and organisers are refused, each saying why, what was typed kept.
    for (typed, why) in [
        ("nobody@nowhere.eu", "No account has this e-mail address"),
        ("not an address", "This is not a valid e-mail address"),
        ("", "Enter the e-mail address"),
        ("organiser@cluster.dk", "organises the event already"),
    ] {
        let r = o.post(&format!("/events/{id}/stewards"), &[("email", typed)]).await;
        assert_eq!(r.status, 422, "{typed}: {}", r.body);
        assert!(r.body.contains(why), "{typed}: {}", r.body);
        assert!(r.body.contains("aria-invalid=\"true\""));
        assert!(r.body.contains(&format!("value=\"{typed}\"")));
    }
    assert!(store.stewards(id).await.expect("stewards").is_empty());
    assert!(app.mails_to("nobody@nowhere.eu").is_empty());

    // Named: listed, audited, and told in German with the two addresses.
    let named = o
        .post(&format!("/events/{id}/stewards"), &[("email", "Steward@Cluster.dk")])
        .await;
    assert_eq!(named.status, 303, "{}", named.body);
    assert!(store.is_steward(id, steward).await.expect("steward"));
    let page = o.get(&format!("/events/{id}/stewards?done=named")).await;
    assert!(page.body.contains("steward@cluster.dk") && page.body.contains("by organiser"));
    let mails = app.mails_to("steward@cluster.dk");
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert!(
        mails[0].contains("Tischbetreuer")
            && mails[0].contains(&format!("/events/{id}/checkin"))
            && mails[0].contains(&format!("/events/{id}/attendance")),
        "{}",
        mails[0]
    );
    // Naming twice changes nothing, sends nothing and leaves no second entry.
    o.get(&format!("/events/{id}/stewards")).await;
    let again = o
        .post(&format!("/events/{id}/stewards"), &[("email", "steward@cluster.dk")])
        .await;
    assert_eq!(again.status, 303);
    assert_eq!(app.mails_to("steward@cluster.dk").len(), 1);
    assert_eq!(store.stewards(id).await.expect("stewards").len(), 1);
    assert_eq!(audited(&app, "b2b_steward_named").await, 1);

    // The participant cannot remove them either; removing someone who is none is not found.
    p1.get(&format!("/events/{id}")).await;
    assert_eq!(
        p1.post(&format!("/events/{id}/stewards/{steward}/remove"), &[])
            .await
            .status,
        403
    );
    o.get(&format!("/events/{id}/stewards")).await;
    assert_eq!(
        o.post(&format!("/events/{id}/stewards/999999/remove"), &[])
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn a_steward_runs_the_desk_and_settles_meetings_under_the_organisers_word_and_loses_it_when_removed() {
    let app = TestApp::spawn().await;
    let (id, r) = day_of_four(&app).await;
    let store = &app.db.store;
    // Begun: m01 (slot 1), m02 (2), m23 (3); to come: m13 (9).
    let m = placed(
        &app,
        id,
        &[(r[0], r[1], 1), (r[0], r[2], 2), (r[2], r[3], 3), (r[1], r[3], 9)],
    )
    .await;
    let (m01, m02, m23, m13) = (m[0], m[1], m[2], m[3]);
    let steward = account(&app, "steward@cluster.dk", PlatformRole::User).await;
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get(&format!("/events/{id}/stewards")).await;
    for email in ["steward@cluster.dk", "p0@alpha.eu"] {
        let named = o.post(&format!("/events/{id}/stewards"), &[("email", email)]).await;
        assert_eq!(named.status, 303, "{}", named.body);
    }

    // Before: a plain participant sees no way in and is refused.
    let mut p1 = Agent::new(&app);
    p1.login("p1@beta.eu", PASSWORD).await;
    assert!(!p1
        .get(&format!("/events/{id}"))
        .await
        .body
        .contains("You are a table steward"));
    assert_eq!(p1.get(&format!("/events/{id}/checkin")).await.status, 403);

    // The steward finds the desk and the attendance page on the event's page.
    let mut s = Agent::new(&app);
    s.login("steward@cluster.dk", PASSWORD).await;
    let event = s.get(&format!("/events/{id}")).await;
    assert!(event.body.contains("You are a table steward"), "{}", event.body);
    assert!(event.body.contains(&format!("href=\"/events/{id}/checkin\"")));
    assert!(event.body.contains(&format!("href=\"/events/{id}/attendance\"")));
    assert!(!event.body.contains(&format!("href=\"/events/{id}/manage\"")));

    // The desk: a typed code checks a participant in; no organiser's links.
    let desk = s.get(&format!("/events/{id}/checkin")).await;
    assert_eq!(desk.status, 200, "{}", desk.body);
    for organisers_only in ["/manage", "/dashboard", "/refill", "/stewards", "/follow-up"] {
        assert!(
            !desk.body.contains(&format!("/events/{id}{organisers_only}")),
            "{organisers_only} on the steward's desk"
        );
    }
    let (_, code) = web::routes::events::b2b::checkin_credentials(&app.state, id, r[2])
        .await
        .expect("credentials");
    let scanned = s
        .post(
            &format!("/events/{id}/checkin"),
            &[("code", code.as_str()), ("kind", "in")],
        )
        .await;
    assert_eq!(scanned.status, 200, "{}", scanned.body);
    assert!(scanned.body.contains("Gamma Robotics") && scanned.body.contains("Checked in"));
    assert!(store.presence_of(r[2]).await.expect("presence").is_some());
    let (_, code3) = web::routes::events::b2b::checkin_credentials(&app.state, id, r[3])
        .await
        .expect("credentials");
    let batch = serde_json::json!([{"key": "steward-scan-0001", "value": code3, "kind": "in", "at": Utc::now().timestamp_millis()}]);
    let synced = s
        .post(&format!("/events/{id}/checkin/sync"), &[("scans", &batch.to_string())])
        .await;
    assert_eq!(synced.status, 200, "{}", synced.body);
    assert!(store.presence_of(r[3]).await.expect("presence").is_some());

    // The attendance page, without the re-fill or the organiser's links.
    let page = s.get(&format!("/events/{id}/attendance")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains(&format!("meeting-{m23}")));
    for organisers_only in ["/manage", "/refill", "/dashboard"] {
        assert!(
            !page.body.contains(&format!("/events/{id}{organisers_only}")),
            "{organisers_only} on the steward's attendance page"
        );
    }

    // p2 says p3 did not come to m23, the steward that they met: the steward's word settles it.
    let mut p2 = Agent::new(&app);
    p2.login("p2@gamma.eu", PASSWORD).await;
    p2.get(&format!("/events/{id}/agenda")).await;
    assert_eq!(
        p2.post(&format!("/events/{id}/meetings/{m23}/report"), &[("answer", "absent")])
            .await
            .status,
        303
    );
    let recorded = s
        .post(&format!("/events/{id}/attendance/{m23}"), &[("outcome", "held")])
        .await;
    assert_eq!(recorded.status, 303, "{}", recorded.body);
    let reports = store.meeting_reports(id).await.expect("reports");
    assert!(reports
        .iter()
        .any(|x| x.request_id == m23 && x.side == Side::Steward && x.outcome == store::b2b_attendance::Outcome::Held));
    let all = s.get(&format!("/events/{id}/attendance?all=1")).await;
    assert!(
        all.body.contains("Steward (steward): they met"),
        "who recorded it is shown: {}",
        all.body
    );
    assert_eq!(audited(&app, "b2b_meeting_settled").await, 1);

    // The steward says nobody came to m02; the organiser says they met: the organiser's word stands.
    s.get(&format!("/events/{id}/attendance")).await;
    assert_eq!(
        s.post(&format!("/events/{id}/attendance/{m02}"), &[("outcome", "both-absent")])
            .await
            .status,
        303
    );
    o.get(&format!("/events/{id}/attendance")).await;
    assert_eq!(
        o.post(&format!("/events/{id}/attendance/{m02}"), &[("outcome", "held")])
            .await
            .status,
        303
    );
    let all = o.get(&format!("/events/{id}/attendance?all=1")).await;
    assert!(
        all.body.contains("Organiser (organiser): they met") && all.body.contains("Steward (steward): neither came")
    );
    // Not begun, or bad input: refused, naming why.
    s.get(&format!("/events/{id}/attendance")).await;
    assert_eq!(
        s.post(&format!("/events/{id}/attendance/{m13}"), &[("outcome", "held")])
            .await
            .status,
        409
    );
    assert_eq!(
        s.post(&format!("/events/{id}/attendance/{m23}"), &[("outcome", "maybe")])
            .await
            .status,
        400
    );

    // p0 is a steward too, but takes part in m01: they cannot record it; the page says so.
    let mut p0 = Agent::new(&app);
    p0.login("p0@alpha.eu", PASSWORD).await;
    let theirs = p0.get(&format!("/events/{id}/attendance")).await;
    assert!(
        theirs.body.contains("You take part: the organisers decide."),
        "{}",
        theirs.body
    );
    let own = p0
        .post(&format!("/events/{id}/attendance/{m01}"), &[("outcome", "held")])
        .await;
    assert_eq!(own.status, 422, "{}", own.body);
    assert!(own.body.contains("You take part in this meeting"), "{}", own.body);
    assert!(store
        .meeting_reports(id)
        .await
        .expect("reports")
        .iter()
        .all(|x| x.request_id != m01));

    // Everything else of the organiser's stays theirs.
    for page in ["dashboard", "manage", "stewards", "follow-up", "manage/matchmaking"] {
        assert_eq!(
            s.get(&format!("/events/{id}/{page}")).await.status,
            403,
            "{page} is the organiser's"
        );
    }
    s.get(&format!("/events/{id}/checkin")).await;
    for (path, fields) in [
        ("refill", vec![]),
        ("stewards", vec![("email", "p1@beta.eu")]),
        ("follow-up", vec![("request_days", "7")]),
        ("schedule", vec![]),
    ] {
        assert_eq!(
            s.post(&format!("/events/{id}/{path}"), &fields).await.status,
            403,
            "{path} is the organiser's"
        );
    }

    // The steward's role is in their personal data.
    let export = s.get("/account/export").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).expect("JSON");
    assert_eq!(data["events"]["steward_roles"][0]["event_id"], id, "{}", export.body);

    // After the day, "held" follows the steward's word where the organiser gave none (m23, over
    // p2's answer) and the organiser's where they did (m02).
    let mut e = store.event(id).await.expect("event").expect("exists");
    e.draft.ends = Utc::now().with_timezone(&e.draft.tz()).naive_local() - Duration::minutes(1);
    assert!(store.update_event(id, &e.draft).await.expect("update"));
    let held: Vec<i64> = store
        .held_meetings(id, Utc::now())
        .await
        .expect("held")
        .iter()
        .map(|x| x.id)
        .collect();
    assert_eq!(held, vec![m02, m23]);

    // Removed: the desk and the page are closed at the next request; the event page no longer
    // leads there; what they recorded stays.
    o.get(&format!("/events/{id}/stewards")).await;
    let removed = o.post(&format!("/events/{id}/stewards/{steward}/remove"), &[]).await;
    assert_eq!(removed.status, 303, "{}", removed.body);
    assert_eq!(audited(&app, "b2b_steward_removed").await, 1);
    assert_eq!(s.get(&format!("/events/{id}/checkin")).await.status, 403);
    assert_eq!(s.get(&format!("/events/{id}/attendance")).await.status, 403);
    assert_eq!(
        s.post(&format!("/events/{id}/attendance/{m23}"), &[("outcome", "held")])
            .await
            .status,
        403
    );
    assert!(!s
        .get(&format!("/events/{id}"))
        .await
        .body
        .contains("You are a table steward"));
    assert!(store
        .meeting_reports(id)
        .await
        .expect("reports")
        .iter()
        .any(|x| x.request_id == m23 && x.side == Side::Steward));
}
