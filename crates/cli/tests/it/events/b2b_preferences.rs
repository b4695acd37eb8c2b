//! B2B preferences and compact schedules: marks on other participants, hosted-buyer
//! pairing, must-meets first when tables are short, per-person limits, group meetings, who may
//! do what, and bad input named.

use store::b2b_preferences::{Mark, Mode};
use store::events::RequestState;

use super::*;

/// A published B2B event with `n` confirmed participants (p0@… to p{n-1}@…, each of their own
/// company), signed in; answers the event, the participants' agents and registration ids, and
/// the organiser's agent.
async fn event_with(app: &TestApp, n: usize) -> (i64, Vec<Agent<'_>>, Vec<i64>, Agent<'_>) {
    let id = published_event(app, "matchmaking", "").await;
    let store = &app.db.store;
    let mut people = Vec::new();
    for i in 0..n {
        let email = format!("p{i}@firm{i}.eu");
        let user = account(app, &email, PlatformRole::User).await;
        let slug = format!("firm-{i}");
        let org = organisation_in(app, &slug, &format!("Firm {i}"), ["DE", "FR", "IT", "DK"][i % 4]).await;
        store.set_org_role(user, org, OrgRole::Member).await.expect("role");
        let mut a = Agent::new(app);
        a.login(&email, PASSWORD).await;
        a.get(&format!("/events/{id}")).await;
        let r = a
            .post(&format!("/events/{id}/register"), &[("organisation", slug.as_str())])
            .await;
        assert!(r.location.ends_with("done=registered"), "{}", r.location);
        people.push(a);
    }
    let regs = store.registrations(id).await.expect("registrations");
    let ids = (0..n)
        .map(|i| {
            regs.iter()
                .find(|r| r.user_email == format!("p{i}@firm{i}.eu"))
                .expect("registered")
                .id
        })
        .collect();
    let mut o = Agent::new(app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    (id, people, ids, o)
}

/// The organiser adds a session of `slots` slots with `tables` tables.
async fn session(o: &mut Agent<'_>, id: i64, slots: u32, tables: u32) {
    o.get(&format!("/events/{id}/manage")).await;
    let r = o
        .post(
            &format!("/events/{id}/sessions"),
            &[
                ("starts", &format!("{}T10:00", day_ahead(30))),
                ("slots", &slots.to_string()),
                ("minutes", "20"),
                ("tables", &tables.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
}

async fn mark(a: &mut Agent<'_>, id: i64, other: i64, mark: &str) -> u16 {
    a.get(&format!("/events/{id}/participants")).await;
    a.post(
        &format!("/events/{id}/preferences"),
        &[("other", &other.to_string()), ("mark", mark)],
    )
    .await
    .status
}

/// An accepted request from `a` to `b`, made in the store.
async fn accepted(app: &TestApp, id: i64, a: i64, b: i64) -> i64 {
    let store = &app.db.store;
    let x = store.request_meeting(id, a, b, "").await.expect("request");
    assert!(store
        .set_request_state(x, &[RequestState::Pending], RequestState::Accepted)
        .await
        .expect("accept"));
    x
}

async fn run(o: &mut Agent<'_>, id: i64) {
    o.get(&format!("/events/{id}/manage")).await;
    let r = o.post(&format!("/events/{id}/schedule"), &[]).await;
    assert_eq!(r.status, 303, "{}", r.body);
}

/// A 422 whose message names `field`.
fn names(r: &crate::agent::Answer, field: &str) -> bool {
    r.status == 422 && r.body.contains(&format!("{field}: "))
}

#[tokio::test]
async fn marks_are_stored_changed_private_and_refused_to_outsiders() {
    let app = TestApp::spawn().await;
    let (id, mut people, ids, _o) = event_with(&app, 3).await;
    let store = &app.db.store;

    assert_eq!(mark(&mut people[0], id, ids[1], "wish").await, 303);
    assert_eq!(mark(&mut people[0], id, ids[2], "no").await, 303);
    assert_eq!(mark(&mut people[0], id, ids[1], "must").await, 303, "changed");
    let mine = store.preferences_of(ids[0]).await.expect("marks");
    assert_eq!(
        mine.iter().map(|p| (p.to_id, p.mark)).collect::<Vec<_>>(),
        vec![(ids[1], Mark::Must), (ids[2], Mark::No)],
        "one mark per pair and direction"
    );
    assert_eq!(mark(&mut people[0], id, ids[2], "").await, 303, "cleared");
    assert_eq!(store.preferences_of(ids[0]).await.expect("marks").len(), 1);
    let page = people[0].get(&format!("/events/{id}/participants")).await;
    assert!(
        page.body.contains("<option value=\"must\" selected>"),
        "the card shows the mark"
    );
    // Private: the other side's card does not show it.
    let theirs = people[1].get(&format!("/events/{id}/participants")).await;
    assert!(!theirs.body.contains(" selected>Must meet"));
    assert!(store.preferences_of(ids[1]).await.expect("marks").is_empty());

    // They are personal data: in the person's export.
    let export = people[0].get("/account/export").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).expect("JSON");
    assert_eq!(
        data["events"]["registrations"][0]["meeting_preferences"][0]["mark"], "must",
        "{}",
        export.body
    );

    // Bad input is named.
    people[0].get(&format!("/events/{id}/participants")).await;
    let unknown = people[0]
        .post(
            &format!("/events/{id}/preferences"),
            &[("other", "999999"), ("mark", "wish")],
        )
        .await;
    assert!(names(&unknown, "other"), "{} {}", unknown.status, unknown.body);
    let oneself = people[0]
        .post(
            &format!("/events/{id}/preferences"),
            &[("other", &ids[0].to_string()), ("mark", "wish")],
        )
        .await;
    assert!(names(&oneself, "other"), "not oneself");
    let odd = people[0]
        .post(
            &format!("/events/{id}/preferences"),
            &[("other", &ids[1].to_string()), ("mark", "maybe")],
        )
        .await;
    assert!(names(&odd, "mark"), "{}", odd.body);

    // Someone who is not a participant marks nobody.
    account(&app, "outsider@example.org", PlatformRole::User).await;
    let mut outsider = Agent::new(&app);
    outsider.login("outsider@example.org", PASSWORD).await;
    outsider.get("/events").await;
    assert_eq!(mark(&mut outsider, id, ids[1], "must").await, 409);

    // Marks are audited.
    let (entries,): (i64,) = store
        .pool()
        .fetch_one(&store::Sql::new(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'b2b_preference_marked'",
        ))
        .await
        .expect("audit");
    assert_eq!(entries, 4);
}

#[tokio::test]
async fn only_organisers_change_mode_limits_and_groups_and_bad_input_is_named() {
    let app = TestApp::spawn().await;
    let (id, mut people, ids, mut o) = event_with(&app, 8).await;
    let store = &app.db.store;
    let page = format!("/events/{id}/manage/matchmaking");

    // A participant is not an organiser.
    assert_eq!(people[0].get(&page).await.status, 403);
    people[0].get(&format!("/events/{id}/participants")).await;
    for (path, fields) in [
        (page.clone(), vec![("mode", "hosted")]),
        (format!("/events/{id}/manage/limits"), vec![("participant", "1")]),
        (format!("/events/{id}/groups"), vec![("title", "Primes")]),
    ] {
        assert_eq!(people[0].post(&path, &fields).await.status, 403, "{path}");
    }

    // The organiser sets the mode and event-wide limits.
    let settings = o.get(&page).await;
    assert_eq!(settings.status, 200);
    assert!(!settings.body.contains(">b2b-"), "every label translated");
    let saved = o
        .post(
            &page,
            &[("mode", "hosted"), ("min", "2"), ("max", "5"), ("skip_met", "on")],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let s = store.b2b_settings(id).await.expect("settings");
    assert_eq!(s.mode, Mode::Hosted);
    assert_eq!((s.limits.min, s.limits.max, s.skip_met), (Some(2), Some(5), true));
    let backwards = o.post(&page, &[("mode", "hosted"), ("min", "4"), ("max", "3")]).await;
    assert!(names(&backwards, "max"), "max below min: {}", backwards.body);
    let zero = o.post(&page, &[("mode", "hosted"), ("max", "0")]).await;
    assert!(names(&zero, "max"));
    let mode = o.post(&page, &[("mode", "auction")]).await;
    assert!(names(&mode, "mode"));

    // One participant's own limits.
    let limits = format!("/events/{id}/manage/limits");
    let own = o
        .post(
            &limits,
            &[("participant", &ids[3].to_string()), ("min", "1"), ("max", "1")],
        )
        .await;
    assert_eq!(own.status, 303);
    assert_eq!(
        store.meeting_limits(id).await.expect("limits"),
        vec![(
            ids[3],
            store::b2b_preferences::Limits {
                min: Some(1),
                max: Some(1)
            }
        )]
    );
    let nobody = o.post(&limits, &[("participant", "999999"), ("max", "2")]).await;
    assert!(names(&nobody, "participant"), "unknown participant");
    let backwards = o
        .post(
            &limits,
            &[("participant", &ids[3].to_string()), ("min", "3"), ("max", "2")],
        )
        .await;
    assert!(names(&backwards, "max"));

    // Group meetings: created, changed, refused with too many guests or an unknown member,
    // removed.
    let groups = format!("/events/{id}/groups");
    let guests: Vec<String> = ids[1..8].iter().map(ToString::to_string).collect();
    let host = ids[0].to_string();
    let mut too_many = vec![("title", "Primes meet SMEs"), ("host", host.as_str())];
    too_many.extend(guests.iter().map(|g| ("guests", g.as_str())));
    let refused = o.post(&groups, &too_many).await;
    assert!(names(&refused, "guests"), "seven guests: {}", refused.body);
    let unknown = o
        .post(
            &groups,
            &[("title", "Primes"), ("host", &ids[0].to_string()), ("guests", "999999")],
        )
        .await;
    assert!(names(&unknown, "guests"));
    let no_host = o
        .post(
            &groups,
            &[("title", "Primes"), ("host", "999999"), ("guests", &ids[1].to_string())],
        )
        .await;
    assert!(names(&no_host, "host"));
    let untitled = o
        .post(
            &groups,
            &[
                ("title", " "),
                ("host", &ids[0].to_string()),
                ("guests", &ids[1].to_string()),
            ],
        )
        .await;
    assert!(names(&untitled, "title"));
    let made = o
        .post(
            &groups,
            &[
                ("title", "Primes meet SMEs"),
                ("host", &ids[0].to_string()),
                ("guests", &ids[1].to_string()),
                ("guests", &ids[2].to_string()),
            ],
        )
        .await;
    assert_eq!(made.status, 303, "{}", made.body);
    let g = store.group_meetings(id).await.expect("groups");
    assert_eq!(
        (g.len(), g[0].host_id, g[0].guests.clone()),
        (1, ids[0], vec![ids[1], ids[2]])
    );
    let gid = g[0].id;
    let edit = o.get(&format!("{page}?group={gid}")).await;
    assert!(edit.body.contains(&format!("action=\"/events/{id}/groups/{gid}\"")));
    let changed = o
        .post(
            &format!("/events/{id}/groups/{gid}"),
            &[
                ("title", "Primes and SMEs"),
                ("host", &ids[0].to_string()),
                ("guests", &ids[3].to_string()),
            ],
        )
        .await;
    assert_eq!(changed.status, 303);
    let g = store.group_meetings(id).await.expect("groups");
    assert_eq!(
        (g[0].title.as_str(), g[0].guests.clone()),
        ("Primes and SMEs", vec![ids[3]])
    );
    people[1].get(&format!("/events/{id}/participants")).await;
    assert_eq!(
        people[1]
            .post(&format!("/events/{id}/groups/{gid}/delete"), &[])
            .await
            .status,
        403
    );
    o.get(&page).await;
    assert_eq!(
        o.post(&format!("/events/{id}/groups/{gid}/delete"), &[]).await.status,
        303
    );
    assert!(store.group_meetings(id).await.expect("groups").is_empty());
    let (entries,): (i64,) = store
        .pool()
        .fetch_one(&store::Sql::new(
            "SELECT COUNT(*) FROM audit_log WHERE action IN ('b2b_matchmaking_set', 'b2b_limits_set', \
             'b2b_group_created', 'b2b_group_edited', 'b2b_group_removed')",
        ))
        .await
        .expect("audit");
    assert_eq!(entries, 5, "every change audited, none of the refused");
}

#[tokio::test]
async fn hosted_buyers_are_paired_from_preferences_and_no_thanks_excludes() {
    let app = TestApp::spawn().await;
    let (id, mut people, ids, mut o) = event_with(&app, 4).await;
    let store = &app.db.store;
    session(&mut o, id, 4, 4).await;
    o.get(&format!("/events/{id}/manage/matchmaking")).await;
    assert_eq!(
        o.post(&format!("/events/{id}/manage/matchmaking"), &[("mode", "hosted")])
            .await
            .status,
        303
    );
    // 0 wishes 1, but 1 says no thanks; 0 must meet 2; 3 wishes 2 and 2 wishes 3 (mutual);
    // 1 wishes 3.
    for (from, to, m) in [
        (0, 1, "wish"),
        (1, 0, "no"),
        (0, 2, "must"),
        (3, 2, "wish"),
        (2, 3, "wish"),
        (1, 3, "wish"),
    ] {
        assert_eq!(mark(&mut people[from], id, ids[to], m).await, 303);
    }
    // The organiser reads the marks.
    let marks = o.get(&format!("/events/{id}/manage/matchmaking")).await;
    assert_eq!(marks.body.matches("<td>No, thanks</td>").count(), 1, "{}", marks.body);
    assert_eq!(marks.body.matches("<td>Must meet</td>").count(), 1);
    run(&mut o, id).await;
    let pair = |a: i64, b: i64| (a.min(b), a.max(b));
    let meetings = |xs: Vec<store::events::MeetingRequest>| {
        let mut v: Vec<(i64, i64)> = xs
            .iter()
            .filter(|x| x.state == RequestState::Accepted)
            .map(|x| pair(x.requester_id, x.invitee_id))
            .collect();
        v.sort_unstable();
        v
    };
    let mut want = vec![pair(ids[0], ids[2]), pair(ids[2], ids[3]), pair(ids[1], ids[3])];
    want.sort_unstable();
    let got = meetings(store.meeting_requests(id).await.expect("requests"));
    assert_eq!(got, want, "no thanks leaves 0 and 1 apart");
    assert!(
        store
            .meeting_requests(id)
            .await
            .expect("requests")
            .iter()
            .filter(|x| x.state == RequestState::Accepted)
            .all(|x| x.slot.is_some()),
        "all placed"
    );
    // 3 changes their mind about 1: the next run takes that meeting back.
    assert_eq!(mark(&mut people[3], id, ids[1], "no").await, 303);
    run(&mut o, id).await;
    let got = meetings(store.meeting_requests(id).await.expect("requests"));
    assert!(!got.contains(&pair(ids[1], ids[3])), "{got:?}");
    assert_eq!(got.len(), 2);
    let manage = o.get(&format!("/events/{id}/manage")).await;
    assert!(
        manage.body.contains("Must-meets placed") && manage.body.contains("1 of 1"),
        "figures"
    );
}

#[tokio::test]
async fn must_meets_are_placed_first_when_tables_are_short() {
    let app = TestApp::spawn().await;
    let (id, mut people, ids, mut o) = event_with(&app, 4).await;
    let store = &app.db.store;
    // One slot, one table: only one of the two meetings fits.
    session(&mut o, id, 1, 1).await;
    let ordinary = accepted(&app, id, ids[0], ids[1]).await;
    let must = accepted(&app, id, ids[2], ids[3]).await;
    assert_eq!(mark(&mut people[3], id, ids[2], "must").await, 303);
    run(&mut o, id).await;
    let after = store.meeting_requests(id).await.expect("requests");
    let slot = |x: i64| after.iter().find(|r| r.id == x).expect("request").slot;
    assert_eq!(slot(must), Some(0), "the must-meet is placed");
    assert_eq!(slot(ordinary), None, "the ordinary one waits");
    let manage = o.get(&format!("/events/{id}/manage")).await;
    assert!(manage.body.contains("1 of 1"), "must-meets placed, of those asked");
}

#[tokio::test]
async fn a_participants_maximum_is_respected() {
    let app = TestApp::spawn().await;
    let (id, _people, ids, mut o) = event_with(&app, 4).await;
    let store = &app.db.store;
    session(&mut o, id, 4, 4).await;
    for other in &ids[1..] {
        accepted(&app, id, ids[0], *other).await;
    }
    o.get(&format!("/events/{id}/manage/matchmaking")).await;
    let own = o
        .post(
            &format!("/events/{id}/manage/limits"),
            &[("participant", &ids[0].to_string()), ("max", "2")],
        )
        .await;
    assert_eq!(own.status, 303);
    run(&mut o, id).await;
    let placed = store
        .meeting_requests(id)
        .await
        .expect("requests")
        .iter()
        .filter(|x| x.slot.is_some())
        .count();
    assert_eq!(placed, 2, "at most two for participant 0");
    let csv = o.get(&format!("/events/{id}/manage/meetings.csv")).await;
    assert!(csv.body.contains("has the most meetings they accept"), "{}", csv.body);
}

#[tokio::test]
async fn a_group_meeting_is_placed_in_one_slot_with_all_members_free_and_on_their_agendas() {
    let app = TestApp::spawn().await;
    let (id, mut people, ids, mut o) = event_with(&app, 4).await;
    let store = &app.db.store;
    session(&mut o, id, 2, 2).await;
    // Member 2 is away in the first slot.
    people[2].get(&format!("/events/{id}/meetings")).await;
    let away = people[2]
        .post(
            &format!("/events/{id}/availability"),
            &[("available", &format!("{}T10:20", day_ahead(30)))],
        )
        .await;
    assert_eq!(away.status, 303);
    let ordinary = accepted(&app, id, ids[0], ids[3]).await;
    o.get(&format!("/events/{id}/manage/matchmaking")).await;
    let made = o
        .post(
            &format!("/events/{id}/groups"),
            &[
                ("title", "Satellite primes"),
                ("host", &ids[0].to_string()),
                ("guests", &ids[1].to_string()),
                ("guests", &ids[2].to_string()),
            ],
        )
        .await;
    assert_eq!(made.status, 303, "{}", made.body);
    run(&mut o, id).await;
    let g = &store.group_meetings(id).await.expect("groups")[0];
    assert_eq!(g.slot, Some(1), "the one slot all three have free");
    let pair = store.meeting_request(ordinary).await.expect("read").expect("request");
    assert_eq!(pair.slot, Some(0), "the host's other meeting moves out of its way");
    o.get(&format!("/events/{id}/manage")).await;
    assert_eq!(o.post(&format!("/events/{id}/schedule/publish"), &[]).await.status, 303);
    for (i, who) in [(0, "Firm 1"), (1, "Firm 0"), (2, "Firm 1")] {
        let agenda = people[i].get(&format!("/events/{id}/agenda")).await;
        assert!(
            agenda.body.contains("Satellite primes") && agenda.body.contains(who),
            "on member {i}'s agenda"
        );
    }
    let ics = people[2].get(&format!("/events/{id}/agenda.ics")).await;
    assert_eq!(
        calendar(&ics.body)
            .components
            .iter()
            .filter(|c| c.as_event().is_some())
            .count(),
        1
    );
    let csv = o.get(&format!("/events/{id}/manage/meetings.csv")).await;
    let line = csv
        .body
        .lines()
        .find(|l| l.starts_with(&format!("group-{}", g.id)))
        .expect("the group in the export");
    assert!(line.contains(",group,") && line.contains("Firm 1; Firm 2"), "{line}");
}

#[tokio::test]
async fn a_group_that_cannot_meet_is_explained() {
    let app = TestApp::spawn().await;
    let (id, mut people, ids, mut o) = event_with(&app, 3).await;
    let store = &app.db.store;
    session(&mut o, id, 2, 2).await;
    // The two guests are never free at the same time.
    for (i, free) in [(1, "10:00"), (2, "10:20")] {
        people[i].get(&format!("/events/{id}/meetings")).await;
        let r = people[i]
            .post(
                &format!("/events/{id}/availability"),
                &[("available", &format!("{}T{free}", day_ahead(30)))],
            )
            .await;
        assert_eq!(r.status, 303);
    }
    store
        .create_group_meeting(id, ids[0], &[ids[1], ids[2]], "Never together")
        .await
        .expect("group");
    run(&mut o, id).await;
    let g = &store.group_meetings(id).await.expect("groups")[0];
    assert_eq!(g.slot, None);
    assert!(g.unscheduled.is_some(), "a reason is kept");
    let manage = o.get(&format!("/events/{id}/manage")).await;
    assert!(
        manage.body.contains("Never together"),
        "the statistics list it with its reason"
    );
    assert!(!manage.body.contains(">b2b-"), "every label and reason translated");
    let cards = people[0].get(&format!("/events/{id}/participants")).await;
    assert!(!cards.body.contains(">b2b-") && cards.body.contains("Would like to meet"));
}

#[tokio::test]
async fn pairs_who_met_at_an_earlier_event_of_the_organiser_can_be_left_out() {
    let app = TestApp::spawn().await;
    let (first, _people, ids, mut o) = event_with(&app, 3).await;
    let store = &app.db.store;
    // At the first event 0 and 1 met: accepted, placed and published.
    session(&mut o, first, 2, 2).await;
    accepted(&app, first, ids[0], ids[1]).await;
    run(&mut o, first).await;
    o.get(&format!("/events/{first}/manage")).await;
    assert_eq!(
        o.post(&format!("/events/{first}/schedule/publish"), &[]).await.status,
        303
    );
    // A later event of the same organiser, with the same three people.
    let e = store.event(first).await.expect("read").expect("event");
    let starts = chrono::Utc::now() + chrono::Duration::days(60);
    let input = domain::EventInput {
        kind: "matchmaking".into(),
        title: "Space & Defence B2B Day, second edition".into(),
        description: "Meet primes, SMEs and research centres of the Nordic space industry.".into(),
        starts: starts.format("%Y-%m-%dT09:00").to_string(),
        ends: starts.format("%Y-%m-%dT17:00").to_string(),
        timezone: "UTC".into(),
        attendance: "on-site".into(),
        venue: "DGI Byen".into(),
        city: "Copenhagen".into(),
        country: "DK".into(),
        contact_email: "events@cluster.dk".into(),
        ..domain::EventInput::default()
    };
    let d = input.validate(chrono::Utc::now()).expect("valid");
    let second = store.create_event(e.organisation_id, None, &d).await.expect("create");
    store
        .transition(
            second,
            &[domain::EventState::Draft],
            domain::EventState::Published,
            None,
        )
        .await
        .expect("publish");
    let regs = store.registrations(first).await.expect("registrations");
    let mut now = Vec::new();
    for &r in &ids {
        let reg = regs.iter().find(|x| x.id == r).expect("registration");
        match store
            .register(second, reg.user_id, reg.organisation_id, None)
            .await
            .expect("register")
        {
            store::events::Seat::Confirmed(x) => now.push(x.id),
            other => panic!("not confirmed: {other:?}"),
        }
    }
    store
        .set_sessions(
            second,
            &[domain::MeetingSession {
                starts: chrono::NaiveDateTime::parse_from_str(
                    &starts.format("%Y-%m-%dT10:00").to_string(),
                    "%Y-%m-%dT%H:%M",
                )
                .expect("time"),
                slots: 3,
                minutes: 20,
                tables: 3,
            }],
        )
        .await
        .expect("sessions");
    // 0 wishes to meet 1 (whom they met) and 2 (whom they did not).
    for to in [now[1], now[2]] {
        store
            .set_preference(second, now[0], to, Some(Mark::Wish))
            .await
            .expect("mark");
    }
    let page = format!("/events/{second}/manage/matchmaking");
    o.get(&page).await;
    assert_eq!(
        o.post(&page, &[("mode", "hosted"), ("skip_met", "on")]).await.status,
        303
    );
    run(&mut o, second).await;
    let paired: Vec<(i64, i64)> = store
        .meeting_requests(second)
        .await
        .expect("requests")
        .iter()
        .filter(|x| x.state == RequestState::Accepted)
        .map(|x| (x.requester_id.min(x.invitee_id), x.requester_id.max(x.invitee_id)))
        .collect();
    assert_eq!(
        paired,
        vec![(now[0].min(now[2]), now[0].max(now[2]))],
        "the pair who met is left out"
    );
    // Without the option both are paired.
    o.get(&page).await;
    assert_eq!(o.post(&page, &[("mode", "hosted")]).await.status, 303);
    run(&mut o, second).await;
    let paired = store
        .meeting_requests(second)
        .await
        .expect("requests")
        .iter()
        .filter(|x| x.state == RequestState::Accepted)
        .count();
    assert_eq!(paired, 2);
    // With the option again, but the organiser recorded the first meeting as a no-show: they
    // did not meet, so both are paired.
    let earlier = store.meeting_requests(first).await.expect("requests")[0].id;
    store
        .pool()
        .execute(&store::Sql::with(
            "INSERT INTO b2b_meeting_reports (request_id, side, outcome, absent, reported_at) \
             VALUES ($1, 'organiser', 'no-show', 'both', $2)",
            vec![earlier.into(), chrono::Utc::now().into()],
        ))
        .await
        .expect("report");
    o.get(&page).await;
    assert_eq!(
        o.post(&page, &[("mode", "hosted"), ("skip_met", "on")]).await.status,
        303
    );
    run(&mut o, second).await;
    let paired = store
        .meeting_requests(second)
        .await
        .expect("requests")
        .iter()
        .filter(|x| x.state == RequestState::Accepted)
        .count();
    assert_eq!(
        paired, 2,
        "a meeting that did not happen is no reason to leave a pair out"
    );
}
