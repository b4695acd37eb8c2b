//! Table stewards of a B2B day: named by the organiser by the address of an account (told by
//! mail in their own language), they run the check-in desk and record whether meetings took
//! place, and nothing else of the organiser's; their word settles a meeting unless the organiser
//! says otherwise, never on a meeting of their own; removed, they lose the desk at once.

use chrono::{Duration, Utc};
use store::b2b_attendance::Side;
use store::events::Placed;

use super::*;

/// Four participants (p0–p3, each for their own company) at a published B2B event whose one
/// session began 2 h 10 min ago (slots 0–6 have begun, 7–11 are to come); their registrations.
async fn day_of_four(app: &TestApp) -> (i64, Vec<i64>) {
    let (id, _, ids) = super::b2b_day::day(app).await;
    super::b2b_day::move_to_today(app, id).await;
    (id, ids)
}

/// Accepted meetings between registrations, placed at these slots (table 0) and published.
async fn placed(app: &TestApp, id: i64, meetings: &[(i64, i64, u16)]) -> Vec<i64> {
    let store = &app.db.store;
    let mut ids = Vec::new();
    let mut plan = Vec::new();
    for &(from, to, slot) in meetings {
        let rid = super::b2b_day::accepted(app, id, from, to).await;
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

/// A second published B2B event of the same organiser (from `published_event`'s organisation).
async fn second_event(app: &TestApp) -> i64 {
    let mut o = Agent::new(app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get("/organisations/space-cluster/events/new").await;
    let form = event_form(&day_ahead(40), "matchmaking", "");
    let created = o
        .post("/organisations/space-cluster/events/new", &as_pairs(&form))
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let id = event_id(&created.location);
    o.get(&format!("/events/{id}")).await;
    assert_eq!(o.post(&format!("/events/{id}/submit"), &[]).await.status, 303);
    let mut m = Agent::new(app);
    m.login("moderator@hub.eu", PASSWORD).await;
    m.get("/moderation/events").await;
    assert_eq!(m.post(&format!("/events/{id}/approve"), &[]).await.status, 303);
    id
}

#[tokio::test]
async fn a_steward_of_one_event_is_refused_at_the_desk_and_attendance_of_another() {
    let app = TestApp::spawn().await;
    let (a, r) = day_of_four(&app).await;
    let m = placed(&app, a, &[(r[2], r[3], 1)]).await;
    let b = second_event(&app).await;
    account(&app, "steward@cluster.dk", PlatformRole::User).await;
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get(&format!("/events/{a}/stewards")).await;
    let named = o
        .post(&format!("/events/{a}/stewards"), &[("email", "steward@cluster.dk")])
        .await;
    assert_eq!(named.status, 303, "{}", named.body);

    let mut s = Agent::new(&app);
    s.login("steward@cluster.dk", PASSWORD).await;
    assert_eq!(s.get(&format!("/events/{a}/checkin")).await.status, 200);
    s.get(&format!("/events/{b}")).await;
    let (_, code) = web::routes::events::b2b::checkin_credentials(&app.state, a, r[2])
        .await
        .expect("credentials");
    let batch = serde_json::json!([{"key": "steward-scan-0002", "value": code, "kind": "in", "at": Utc::now().timestamp_millis()}]);
    let m0 = m[0].to_string();
    for (path, fields) in [
        (format!("/events/{b}/attendance/{m0}"), vec![("outcome", "held")]),
        (
            format!("/events/{b}/checkin"),
            vec![("code", code.as_str()), ("kind", "in")],
        ),
        (
            format!("/events/{b}/checkin/sync"),
            vec![("scans", &*batch.to_string())],
        ),
    ] {
        let refused = s.post(&path, &fields).await;
        assert_eq!(refused.status, 403, "{path}: {}", refused.body);
    }
    for page in ["checkin", "attendance"] {
        assert_eq!(s.get(&format!("/events/{b}/{page}")).await.status, 403, "{page}");
    }
    assert!(app.db.store.presence_of(r[2]).await.expect("presence").is_none());
    assert!(app.db.store.meeting_reports(a).await.expect("reports").is_empty());
}

#[tokio::test]
async fn a_steward_cannot_settle_a_colleagues_meeting_even_one_registered_without_their_organisation() {
    let app = TestApp::spawn().await;
    let (id, r) = day_of_four(&app).await;
    let store = &app.db.store;
    // A fifth participant of Alpha Optics registers without naming it.
    let p4 = account(&app, "p4@alpha.eu", PlatformRole::User).await;
    let alpha = store
        .organisation_by_slug("alpha")
        .await
        .expect("organisation")
        .expect("Alpha exists")
        .id;
    store.set_org_role(p4, alpha, OrgRole::Member).await.expect("role");
    let mut a4 = Agent::new(&app);
    a4.login("p4@alpha.eu", PASSWORD).await;
    a4.get(&format!("/events/{id}")).await;
    let registered = a4
        .post(&format!("/events/{id}/register"), &[("organisation", "")])
        .await;
    assert!(
        registered.location.ends_with("done=registered"),
        "{}",
        registered.location
    );
    let r4 = store.registration(id, p4).await.expect("registration").expect("seat");
    let r4 = match r4 {
        store::events::Seat::Confirmed(x) | store::events::Seat::Waitlisted { registration: x, .. } => x,
    };
    assert_eq!(r4.organisation_id, None);
    // m01: p0 (Alpha) meets p1; m41: p4 (Alpha, unnamed) meets p1; m23: Gamma meets Delta.
    let m = placed(&app, id, &[(r[0], r[1], 1), (r4.id, r[1], 2), (r[2], r[3], 3)]).await;
    let (m01, m41, m23) = (m[0], m[1], m[2]);

    // Another person of Alpha Optics is the steward.
    let colleague = account(&app, "colleague@alpha.eu", PlatformRole::User).await;
    store
        .set_org_role(colleague, alpha, OrgRole::Member)
        .await
        .expect("role");
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get(&format!("/events/{id}/stewards")).await;
    assert_eq!(
        o.post(&format!("/events/{id}/stewards"), &[("email", "colleague@alpha.eu")])
            .await
            .status,
        303
    );
    let mut s = Agent::new(&app);
    s.login("colleague@alpha.eu", PASSWORD).await;
    let page = s.get(&format!("/events/{id}/attendance")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    for own in [m01, m41] {
        let row = page
            .body
            .split(&format!("id=\"meeting-{own}\""))
            .nth(1)
            .and_then(|rest| rest.split("</tr>").next())
            .expect("listed");
        assert!(row.contains("You take part: the organisers decide."), "{own}: {row}");
        let refused = s
            .post(&format!("/events/{id}/attendance/{own}"), &[("outcome", "held")])
            .await;
        assert_eq!(refused.status, 422, "{own}: {}", refused.body);
        assert!(
            refused.body.contains("You take part in this meeting"),
            "{}",
            refused.body
        );
    }
    // A meeting of two other companies is theirs to record.
    s.get(&format!("/events/{id}/attendance")).await;
    assert_eq!(
        s.post(&format!("/events/{id}/attendance/{m23}"), &[("outcome", "held")])
            .await
            .status,
        303
    );
    let reports = store.meeting_reports(id).await.expect("reports");
    assert!(reports.iter().all(|x| x.request_id != m01 && x.request_id != m41));

    // What they recorded as a steward is in their personal data.
    let export = s.get("/account/export").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).expect("JSON");
    let recorded = &data["events"]["steward_meeting_reports"];
    assert_eq!(recorded.as_array().map(Vec::len), Some(1), "{}", export.body);
    assert_eq!(recorded[0]["request_id"], m23);
    assert_eq!(recorded[0]["event_id"], id);
    assert_eq!(recorded[0]["outcome"], "held");
    assert_eq!(data["events"]["steward_notices"][0]["event_id"], id, "{}", export.body);
}

#[tokio::test]
async fn the_steward_is_told_once_however_often_named_and_removed() {
    let app = TestApp::spawn().await;
    let (id, _) = day_of_four(&app).await;
    let steward = account(&app, "steward@cluster.dk", PlatformRole::User).await;
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    for _ in 0..3 {
        o.get(&format!("/events/{id}/stewards")).await;
        let named = o
            .post(&format!("/events/{id}/stewards"), &[("email", "steward@cluster.dk")])
            .await;
        assert_eq!(named.status, 303, "{}", named.body);
        assert!(app.db.store.is_steward(id, steward).await.expect("steward"));
        o.get(&format!("/events/{id}/stewards")).await;
        let removed = o.post(&format!("/events/{id}/stewards/{steward}/remove"), &[]).await;
        assert_eq!(removed.status, 303, "{}", removed.body);
    }
    assert_eq!(app.mails_to("steward@cluster.dk").len(), 1);
    assert_eq!(audited(&app, "b2b_steward_named").await, 3);
    // Named for another event, they are told of that one.
    let other = second_event(&app).await;
    o.get(&format!("/events/{other}/stewards")).await;
    assert_eq!(
        o.post(&format!("/events/{other}/stewards"), &[("email", "steward@cluster.dk")])
            .await
            .status,
        303
    );
    assert_eq!(app.mails_to("steward@cluster.dk").len(), 2);
}

#[tokio::test]
async fn looking_up_addresses_is_throttled_per_organiser_and_says_so() {
    let app = TestApp::spawn().await;
    let (id, _) = day_of_four(&app).await;
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get(&format!("/events/{id}/stewards")).await;
    for i in 0..20 {
        let email = format!("guess{i}@nowhere.eu");
        let r = o
            .post(&format!("/events/{id}/stewards"), &[("email", email.as_str())])
            .await;
        assert_eq!(r.status, 422, "{i}: {}", r.body);
    }
    // Past the limit, even an address with an account gets no answer about it.
    let r = o
        .post(&format!("/events/{id}/stewards"), &[("email", "p1@beta.eu")])
        .await;
    assert_eq!(r.status, 429, "{}", r.body);
    assert!(
        r.body
            .contains("You have looked up many addresses in a short time. Try again in 60 minutes."),
        "{}",
        r.body
    );
    assert!(r.body.contains("value=\"p1@beta.eu\"") && r.body.contains("aria-invalid=\"true\""));
    assert!(app.db.store.stewards(id).await.expect("stewards").is_empty());
    // Typing mistakes are told without counting; the refusal is recorded once.
    let typo = o
        .post(&format!("/events/{id}/stewards"), &[("email", "not an address")])
        .await;
    assert_eq!(typo.status, 422);
    assert_eq!(
        o.post(&format!("/events/{id}/stewards"), &[("email", "p2@gamma.eu")])
            .await
            .status,
        429
    );
    assert_eq!(audited(&app, "b2b_steward_lookup").await, 20);
    assert_eq!(audited(&app, "b2b_steward_lookup_throttled").await, 1);
}

#[tokio::test]
async fn a_platform_admins_address_is_answered_like_anyone_elses() {
    let app = TestApp::spawn().await;
    let (id, _) = day_of_four(&app).await;
    let admin = account(&app, "admin@hub.eu", PlatformRole::Admin).await;
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get(&format!("/events/{id}/stewards")).await;
    let r = o
        .post(&format!("/events/{id}/stewards"), &[("email", "admin@hub.eu")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(r.location.ends_with("done=named"), "{}", r.location);
    assert!(app.db.store.is_steward(id, admin).await.expect("steward"));
    // The organisation's own admins are still told they run the desk already.
    let refused = o
        .post(&format!("/events/{id}/stewards"), &[("email", "organiser@cluster.dk")])
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("organises the event already"));
}
