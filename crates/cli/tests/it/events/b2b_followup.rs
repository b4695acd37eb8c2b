//! The follow-up of B2B matchmaking, end to end: requests that expire, reminders, outcome
//! questions months later, the organiser's dashboard and CSV, and three nodes on one database
//! sending each mail once. The jobs take the moment they run at, so the clock is driven without
//! sleeping.

use chrono::{Duration, Utc};

use super::*;

/// Registers each (email, organisation slug, name, country) for event `id` through the pages;
/// gives their signed-in agents and registration ids.
async fn join<'a>(app: &'a TestApp, id: i64, people: &[(&str, &str, &str, &str)]) -> (Vec<Agent<'a>>, Vec<i64>) {
    let store = &app.db.store;
    let mut agents = Vec::new();
    for (email, slug, name, country) in people {
        let user = account(app, email, PlatformRole::User).await;
        let org = organisation_in(app, slug, name, country).await;
        store.set_org_role(user, org, OrgRole::Member).await.expect("role");
        let mut a = Agent::new(app);
        a.login(email, PASSWORD).await;
        a.get(&format!("/events/{id}")).await;
        let r = a
            .post(&format!("/events/{id}/register"), &[("organisation", slug)])
            .await;
        assert!(r.location.ends_with("done=registered"), "{}", r.location);
        agents.push(a);
    }
    let regs = store.registrations(id).await.expect("registrations");
    let ids = people
        .iter()
        .map(|(email, ..)| regs.iter().find(|r| r.user_email == *email).expect("registered").id)
        .collect();
    (agents, ids)
}

async fn ask(a: &mut Agent<'_>, id: i64, to: i64) -> u16 {
    a.get(&format!("/events/{id}/participants")).await;
    a.post(
        &format!("/events/{id}/meetings/request"),
        &[("invitee", &to.to_string()), ("message", "Twenty minutes on optics?")],
    )
    .await
    .status
}

/// The request from registration `from` to `to`.
async fn request_between(app: &TestApp, id: i64, from: i64, to: i64) -> i64 {
    app.db
        .store
        .meeting_requests(id)
        .await
        .expect("requests")
        .iter()
        .find(|x| x.requester_id == from && x.invitee_id == to)
        .expect("request")
        .id
}

async fn answer(a: &mut Agent<'_>, id: i64, request: i64, action: &str) -> u16 {
    a.get(&format!("/events/{id}/meetings")).await;
    a.post(&format!("/meeting-requests/{request}/{action}"), &[])
        .await
        .status
}

async fn organiser(app: &TestApp) -> Agent<'_> {
    let mut o = Agent::new(app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o
}

async fn set_follow_up(o: &mut Agent<'_>, id: i64, days: &str, every: &str, cap: &str) -> crate::agent::Answer {
    o.get(&format!("/events/{id}/follow-up")).await;
    o.post(
        &format!("/events/{id}/follow-up"),
        &[("request_days", days), ("nudge_every_days", every), ("nudge_cap", cap)],
    )
    .await
}

#[tokio::test]
async fn an_unanswered_request_expires_after_the_set_time_and_its_requester_is_told_once() {
    let app = TestApp::spawn().await;
    let id = published_event(&app, "matchmaking", "").await;
    let (mut people, regs) = join(
        &app,
        id,
        &[
            ("p1@alpha.de", "alpha", "Alpha Optics", "DE"),
            ("p2@beta.fr", "beta", "Beta Satellites", "FR"),
            ("p3@gamma.it", "gamma", "Gamma Robotics", "IT"),
        ],
    )
    .await;
    let mut o = organiser(&app).await;
    let refused = set_follow_up(&mut o, id, "30", "2", "x").await;
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("href=\"#follow-up-request_days\"")
            && refused.body.contains("href=\"#follow-up-nudge_cap\""),
        "each bad field is named"
    );
    assert_eq!(set_follow_up(&mut o, id, "2", "2", "2").await.status, 303);
    assert_eq!(people[0].get(&format!("/events/{id}/follow-up")).await.status, 403);

    assert_eq!(ask(&mut people[0], id, regs[1]).await, 303);
    assert_eq!(ask(&mut people[0], id, regs[2]).await, 303);
    let to_p3 = request_between(&app, id, regs[0], regs[2]).await;
    assert_eq!(answer(&mut people[2], id, to_p3, "accept").await, 303);

    let now = Utc::now();
    let expire = |at| web::routes::events::b2b::expire_requests(&app.state, at);
    assert_eq!(expire(now + Duration::days(1)).await.expect("expiry"), 0, "not yet");
    assert_eq!(
        expire(now + Duration::days(2) + Duration::minutes(5))
            .await
            .expect("expiry"),
        1,
        "the unanswered one; the answered one never expires"
    );
    assert_eq!(expire(now + Duration::days(3)).await.expect("expiry"), 0, "once");
    let told: Vec<String> = app
        .mails_to("p1@alpha.de")
        .into_iter()
        .filter(|m| m.contains("did not answer your meeting request"))
        .collect();
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].contains("within 2 days") && told[0].contains("/participants"));
    let requests = app.db.store.meeting_requests(id).await.expect("requests");
    let to_p2 = request_between(&app, id, regs[0], regs[1]).await;
    let state_of = |rid: i64| requests.iter().find(|x| x.id == rid).expect("request").state;
    assert_eq!(state_of(to_p2), store::events::RequestState::Withdrawn);
    assert_eq!(state_of(to_p3), store::events::RequestState::Accepted);
    // Both sides are free again: p2 can no longer accept it, p1 may ask again.
    assert_eq!(answer(&mut people[1], id, to_p2, "accept").await, 409);
    assert_eq!(ask(&mut people[0], id, regs[1]).await, 303);
    // The dashboard counts it.
    let page = o.get(&format!("/events/{id}/dashboard")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Expired unanswered</dt><dd>1</dd>"), "{}", page.body);
}

#[tokio::test]
async fn reminders_keep_their_interval_and_cap_go_in_the_readers_language_and_spare_who_has_nothing_to_do() {
    let app = TestApp::spawn().await;
    let id = published_event(&app, "matchmaking", "").await;
    let (mut people, regs) = join(
        &app,
        id,
        &[
            ("p1@alpha.de", "alpha", "Alpha Optics", "DE"),
            ("p2@beta.de", "beta", "Beta Satellites", "DE"),
            ("p3@gamma.it", "gamma", "Gamma Robotics", "IT"),
            ("p4@delta.dk", "delta", "Delta Drones", "DK"),
            ("p5@epsilon.fr", "epsilon", "Epsilon Photonics", "FR"),
        ],
    )
    .await;
    let store = &app.db.store;
    let all = store.registrations(id).await.expect("registrations");
    let p2 = all.iter().find(|r| r.user_email == "p2@beta.de").expect("p2").user_id;
    store.set_language(p2, "de").await.expect("language");
    // Registered ten days ago, so that every simulated moment below lies before the answers
    // given during the test (the audit log dates those with the real clock).
    let base = Utc::now() - Duration::days(10);
    store
        .pool()
        .execute(&store::Sql::with(
            "UPDATE registrations SET created_at = $1 WHERE event_id = $2",
            vec![base.into(), id.into()],
        ))
        .await
        .expect("backdate");
    let mut o = organiser(&app).await;
    assert_eq!(set_follow_up(&mut o, id, "14", "2", "2").await.status, 303);
    // p1 asks p2 (p2 has an answer to give, p1 no meeting yet); p3 and p4 have their meeting
    // and nothing waiting; p5 has done nothing.
    assert_eq!(ask(&mut people[0], id, regs[1]).await, 303);
    assert_eq!(ask(&mut people[2], id, regs[3]).await, 303);
    let p3_p4 = request_between(&app, id, regs[2], regs[3]).await;
    assert_eq!(answer(&mut people[3], id, p3_p4, "accept").await, 303);

    let now = base;
    let nudge = |at| web::routes::events::b2b::send_nudges(&app.state, at);
    assert_eq!(nudge(now + Duration::days(1)).await.expect("reminders"), 0, "too early");
    assert_eq!(
        nudge(now + Duration::days(2) + Duration::hours(1))
            .await
            .expect("reminders"),
        3
    );
    let to_p2 = app.mails_to("p2@beta.de");
    let reminder = to_p2
        .last()
        .expect("the reminder, after the registration and the request");
    assert!(
        reminder.contains("Eine Gesprächsanfrage wartet") && reminder.contains("/meetings"),
        "in German, to answer: {to_p2:?}"
    );
    assert!(app
        .mails_to("p1@alpha.de")
        .iter()
        .any(|m| m.contains("You have no meetings yet") && m.contains("/participants")));
    for idle in ["p3@gamma.it", "p4@delta.dk"] {
        assert!(
            !app.mails_to(idle)
                .iter()
                .any(|m| m.contains("no meetings yet") || m.contains("waits for your answer")),
            "{idle} has nothing to do"
        );
    }
    // p2 answers; neither side of that meeting is reminded again, p5 is, after the interval.
    let p1_p2 = request_between(&app, id, regs[0], regs[1]).await;
    assert_eq!(answer(&mut people[1], id, p1_p2, "accept").await, 303);
    assert_eq!(nudge(now + Duration::days(3)).await.expect("reminders"), 0, "interval");
    assert_eq!(
        nudge(now + Duration::days(4) + Duration::hours(2))
            .await
            .expect("reminders"),
        1
    );
    assert_eq!(
        nudge(now + Duration::days(6) + Duration::hours(3))
            .await
            .expect("reminders"),
        0,
        "cap of 2"
    );
    assert_eq!(nudge(now + Duration::days(20)).await.expect("reminders"), 0, "cap of 2");
    let reminders_to = |email: &str| {
        app.mails_to(email)
            .iter()
            .filter(|m| m.contains("no meetings yet") || m.contains("Gesprächsanfrage wartet"))
            .count()
    };
    assert_eq!(reminders_to("p5@epsilon.fr"), 2);
    assert_eq!(reminders_to("p2@beta.de"), 1);
    assert_eq!(reminders_to("p1@alpha.de"), 1);

    // The organiser sees who was reminded, how often, and who answered since.
    let page = o.get(&format!("/events/{id}/dashboard")).await;
    assert!(page.body.contains("Reminders sent</dt><dd>4</dd>"), "{}", page.body);
    assert!(page.body.contains("People reminded</dt><dd>3</dd>"));
    assert!(page.body.contains("answered a request since</dt><dd>1</dd>"));
    let row = page
        .body
        .split("<tr>")
        .find(|r| r.contains("Epsilon Photonics"))
        .expect("p5's row");
    assert!(row.contains("<td>2</td>"), "{row}");
    // Nobody else reads the dashboard.
    assert_eq!(people[0].get(&format!("/events/{id}/dashboard")).await.status, 403);
    assert_eq!(people[0].get(&format!("/events/{id}/dashboard.csv")).await.status, 403);
}

/// An event 100 days past whose meetings p1–p2, p1–p3 and p2–p3 were placed and published; on
/// the day p1–p2 was reported held by one side, p1–p3 by both, and p2–p3 is disputed (p2 says
/// held, p3 that p2 did not come), so two meetings count as held.
async fn held_event(app: &TestApp) -> (i64, Vec<Agent<'_>>, Vec<i64>) {
    let id = published_event(app, "matchmaking", "").await;
    let (mut people, regs) = join(
        app,
        id,
        &[
            ("p1@alpha.de", "alpha", "Alpha Optics", "DE"),
            ("p2@beta.fr", "beta", "Beta Satellites", "FR"),
            ("p3@gamma.it", "gamma", "Gamma Robotics", "IT"),
            ("p4@delta.dk", "delta", "Delta Drones", "DK"),
        ],
    )
    .await;
    for (from, to) in [(0, 1), (0, 2), (1, 2)] {
        assert_eq!(ask(&mut people[from], id, regs[to]).await, 303);
        let rid = request_between(app, id, regs[from], regs[to]).await;
        assert_eq!(answer(&mut people[to], id, rid, "accept").await, 303);
    }
    let mut o = organiser(app).await;
    o.get(&format!("/events/{id}/manage")).await;
    let day = day_ahead(30);
    let session = o
        .post(
            &format!("/events/{id}/sessions"),
            &[
                ("starts", &format!("{day}T10:00")),
                ("slots", "4"),
                ("minutes", "20"),
                ("tables", "2"),
            ],
        )
        .await;
    assert_eq!(session.status, 303, "{}", session.body);
    assert_eq!(o.post(&format!("/events/{id}/schedule"), &[]).await.status, 303);
    assert_eq!(o.post(&format!("/events/{id}/schedule/publish"), &[]).await.status, 303);
    // The day moves 130 days back: it was 30 days ahead, it is now 100 days past.
    let store = &app.db.store;
    let mut sessions = store.event(id).await.expect("read").expect("event").sessions;
    for s in &mut sessions {
        s.starts -= Duration::days(130);
    }
    store.set_sessions(id, &sessions).await.expect("sessions");
    use store::b2b_attendance::{Outcome as Met, Side};
    let (p1_p2, p1_p3, p2_p3) = (
        request_between(app, id, regs[0], regs[1]).await,
        request_between(app, id, regs[0], regs[2]).await,
        request_between(app, id, regs[1], regs[2]).await,
    );
    for (rid, side, met) in [
        (p1_p2, Side::Requester, Met::Held),
        (p1_p3, Side::Requester, Met::Held),
        (p1_p3, Side::Invitee, Met::Held),
        (p2_p3, Side::Requester, Met::Held),
        (p2_p3, Side::Invitee, Met::RequesterAbsent),
    ] {
        store.report_meeting(rid, side, met, None).await.expect("report");
    }
    let ended = Utc::now() - Duration::days(100);
    app.db
        .store
        .pool()
        .execute(&store::Sql::with(
            "UPDATE events SET starts_at = $1, ends_at = $2 WHERE id = $3",
            vec![(ended - Duration::hours(8)).into(), ended.into(), id.into()],
        ))
        .await
        .expect("move the event into the past");
    (id, people, regs)
}

/// The link of `stage` for `meeting` in the newest outcome mail to `email`.
fn outcome_link(app: &TestApp, email: &str, meeting: i64, stage: &str) -> String {
    let mails = app.mails_to(email);
    let mail = mails
        .iter()
        .rev()
        .find(|m| m.contains("/b2b/outcome?token="))
        .expect("outcome mail");
    let wanted = format!("&meeting={meeting}&stage={stage}");
    mail.split_whitespace()
        .find(|w| w.contains("/b2b/outcome?token=") && w.contains(&wanted))
        .unwrap_or_else(|| panic!("no link for {wanted} in {mail}"))
        .to_owned()
}

#[tokio::test]
async fn outcome_questions_go_once_a_round_answers_stay_private_and_are_counted_for_organisers() {
    let app = TestApp::spawn().await;
    let (id, mut people, regs) = held_event(&app).await;
    let now = Utc::now();
    let ask_outcomes = |at| web::routes::events::b2b::send_outcome_questions(&app.state, at);
    assert_eq!(
        ask_outcomes(now - Duration::days(20)).await.expect("outcomes"),
        0,
        "not 90 days yet"
    );
    assert_eq!(
        ask_outcomes(now).await.expect("outcomes"),
        3,
        "p1, p2, p3; p4 held none"
    );
    // p2 and p3's disputed meeting is not asked about.
    for email in ["p2@beta.fr", "p3@gamma.it"] {
        let mail = app.mails_to(email).into_iter().last().expect("mail");
        assert_eq!(mail.matches("Your meeting with").count(), 1, "{mail}");
    }
    assert_eq!(
        ask_outcomes(now + Duration::hours(1)).await.expect("outcomes"),
        0,
        "once a round"
    );
    assert!(app.mails_to("p4@delta.dk").iter().all(|m| !m.contains("/b2b/outcome")));
    let p1_mail = app.mails_to("p1@alpha.de").into_iter().last().expect("mail");
    assert_eq!(p1_mail.matches("Your meeting with").count(), 2, "{p1_mail}");

    let p1_p2 = request_between(&app, id, regs[0], regs[1]).await;
    let p2_p3 = request_between(&app, id, regs[1], regs[2]).await;
    // One tap in the mail opens the answer chosen; its one button saves it, without signing in.
    let link = outcome_link(&app, "p1@alpha.de", p1_p2, "in_negotiation");
    let path = &link[link.find("/b2b/").expect("path")..];
    let (status, page) = app.text(path).await;
    assert_eq!(status, 200);
    assert!(page.contains("value=\"in_negotiation\" checked"), "{page}");
    let token = &path["/b2b/outcome?token=".len()..path.find('&').expect("query")];
    let post = |token: String, meeting: i64, stage: &'static str| {
        let client = app.client.clone();
        let url = format!("{}/b2b/outcome?token={token}", app.base);
        async move {
            client
                .post(url)
                .form(&[("meeting", meeting.to_string()), ("stage", stage.to_owned())])
                .send()
                .await
                .expect("post")
                .status()
                .as_u16()
        }
    };
    assert_eq!(post(token.to_owned(), p1_p2, "in_negotiation").await, 303);
    assert_eq!(post(token.to_owned(), p1_p2, "signed").await, 400, "stage named");
    assert_eq!(
        post(token.to_owned(), p2_p3, "in_negotiation").await,
        404,
        "not p1's meeting, nor held"
    );
    assert_eq!(post("unknown".into(), p1_p2, "in_negotiation").await, 409);

    // p2 answers on the platform; p3 cannot answer for p1 and p2's meeting, nor see answers.
    people[1].get(&format!("/events/{id}/outcomes")).await;
    let saved = people[1]
        .post(
            &format!("/events/{id}/outcomes"),
            &[("meeting", &p1_p2.to_string()), ("stage", "commercial_agreement")],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let p3_page = people[2].get(&format!("/events/{id}/outcomes")).await;
    assert_eq!(p3_page.status, 200);
    assert!(
        !p3_page.body.contains("\" checked") && !p3_page.body.contains(&format!("name=\"meeting\" value=\"{p1_p2}\"")),
        "p3 sees only their own meetings, unanswered: {}",
        p3_page.body
    );
    let refused = people[2]
        .post(
            &format!("/events/{id}/outcomes"),
            &[("meeting", &p1_p2.to_string()), ("stage", "no_further_contact")],
        )
        .await;
    assert_eq!(refused.status, 404);
    assert_eq!(people[3].get(&format!("/events/{id}/dashboard")).await.status, 403);
    // p2's own data export holds their answer.
    let export = people[1].get("/account/export").await;
    assert!(
        export.body.contains("meeting_outcomes") && export.body.contains("commercial_agreement"),
        "{}",
        export.body
    );
    let p2_page = people[1].get(&format!("/events/{id}/outcomes")).await;
    assert!(p2_page.body.contains("value=\"commercial_agreement\" checked"));
    assert!(
        !p2_page.body.contains("value=\"in_negotiation\" checked"),
        "p1's answer is p1's"
    );

    // The second round, 180 days after: once again each.
    assert_eq!(ask_outcomes(now + Duration::days(81)).await.expect("outcomes"), 3);
    assert_eq!(ask_outcomes(now + Duration::days(82)).await.expect("outcomes"), 0);
    assert_eq!(
        app.mails_to("p2@beta.fr")
            .iter()
            .filter(|m| m.contains("/b2b/outcome?token="))
            .count(),
        2
    );

    // Organisers see counts by stage, country and type, and the CSV.
    let mut o = organiser(&app).await;
    let page = o.get(&format!("/events/{id}/dashboard")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Meetings held</dt><dd>2</dd>"), "{}", page.body);
    assert!(
        page.body.contains("Missed (no-show)</dt><dd>0</dd>"),
        "the dispute is not settled"
    );
    let negotiating = page
        .body
        .split("<tr>")
        .find(|r| r.contains("We are negotiating"))
        .expect("stage row");
    assert!(negotiating.contains("<td>1</td><td>0</td>"), "{negotiating}");
    // Two answering people: too few to show by country or type without revealing who said what.
    assert!(
        page.body.contains("Where meetings stand, by participants")
            && !page.body.contains("<caption>Where meetings stand, by participants"),
        "the tables by country and type say there is nothing to show"
    );
    let csv = o.get(&format!("/events/{id}/dashboard.csv")).await;
    assert_eq!(csv.status, 200);
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let header = reader.headers().expect("header").clone();
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    let of = |kind: &str| records.iter().filter(|r| &r[0] == kind).count();
    assert_eq!(of("meeting"), 3);
    let held: Vec<&str> = records
        .iter()
        .filter(|r| &r[0] == "meeting")
        .map(|r| &r[col("state")])
        .collect();
    assert_eq!(held.iter().filter(|s| **s == "held").count(), 2, "{held:?}");
    assert_eq!(of("participant"), 4);
    let count = |kind: &str, round: &str, stage: &str| {
        records
            .iter()
            .find(|r| &r[0] == kind && &r[col("round_days")] == round && &r[col("stage")] == stage)
            .map(|r| r[col("count")].to_owned())
    };
    assert_eq!(count("outcome", "90", "in_negotiation").as_deref(), Some("1"));
    assert_eq!(count("outcome", "90", "commercial_agreement").as_deref(), Some("1"));
    assert_eq!(count("outcome", "180", "in_negotiation").as_deref(), Some("0"));
    // One or two people of a country are not shown apart: their answers could be read off.
    assert!(
        !records
            .iter()
            .any(|r| &r[0] == "outcome_by_country" && matches!(&r[col("country")], "FR" | "DE")),
        "a country of fewer than three answering people is merged or left out"
    );
    let p1_row = records
        .iter()
        .find(|r| &r[0] == "participant" && &r[col("participant")] == "p1")
        .or_else(|| {
            records
                .iter()
                .find(|r| &r[0] == "participant" && r[col("organisation")].contains("Alpha"))
        })
        .expect("p1's row");
    assert_eq!(&p1_row[col("meetings_placed")], "2");
}

/// Three `serve` nodes on one PostgreSQL database run the reminder, expiry and outcome jobs at
/// the same moment: every mail leaves once. (On SQLite there is one file and one writer at a
/// time, so nodes sharing it do not arise; the claims are the same SQL and are proved by the
/// tests above running each job twice.)
#[tokio::test(flavor = "multi_thread", worker_threads = 3)]
async fn three_nodes_on_one_postgresql_database_send_every_reminder_and_outcome_mail_once() {
    let app = TestApp::spawn().await;
    if app.db.backend() != store::Backend::Postgres {
        eprintln!("skipped: three nodes share one database on PostgreSQL only (set TEST_DATABASE_URL)");
        return;
    }
    // A past event with held meetings (outcomes) …
    let (past, _people, _) = held_event(&app).await;
    // … and an upcoming one where everyone has something to do (reminders) and requests wait
    // (expiry).
    let store = &app.db.store;
    let cluster = store.event(past).await.expect("read").expect("event").organisation_id;
    let starts = Utc::now() + Duration::days(20);
    let input = domain::EventInput {
        kind: "matchmaking".into(),
        title: "Photonics B2B Day".into(),
        description: "One-to-one meetings between photonics makers and users.".into(),
        starts: starts.format("%Y-%m-%dT09:00").to_string(),
        ends: starts.format("%Y-%m-%dT17:00").to_string(),
        timezone: "UTC".into(),
        attendance: "online".into(),
        online_url: "https://meet.example.dk/photonics".into(),
        contact_email: "events@cluster.dk".into(),
        ..domain::EventInput::default()
    };
    let draft = input.validate(Utc::now()).expect("valid");
    assert!(draft.b2b, "a matchmaking event has B2B meetings");
    let upcoming = store.create_event(cluster, None, &draft).await.expect("create");
    store
        .transition(
            upcoming,
            &[domain::EventState::Draft],
            domain::EventState::Published,
            None,
        )
        .await
        .expect("publish");
    let mut emails = Vec::new();
    let mut reg_ids = Vec::new();
    for n in 0..12 {
        let email = format!("n{n}@nodes.eu");
        let user = account(&app, &email, PlatformRole::User).await;
        match store.register(upcoming, user, None, None).await.expect("register") {
            store::events::Seat::Confirmed(r) => reg_ids.push(r.id),
            other => panic!("{other:?}"),
        }
        emails.push(email);
    }
    for pair in reg_ids.chunks(2) {
        store
            .request_meeting(upcoming, pair[0], pair[1], "Shall we meet?")
            .await
            .expect("request");
    }

    // Two more nodes: their own pools, states and jobs, on the same schema, writing mail to
    // the same outbox.
    let mut nodes = vec![app.state.clone()];
    for _ in 0..2 {
        let other = store::Store::connect(&app.db.url).await.expect("another pool");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let settings = web::Settings {
            public_url: format!("http://{addr}"),
            trusted_proxies: vec![],
            mailer: web::mail::Mailer::folder(
                app.mail_dir.path().to_owned(),
                "clusterhub <noreply@clusterhub.localhost>",
            )
            .expect("mailer"),
            require_two_factor: false,
            feeds: web::feeds_in::FetchLimits::default(),
        };
        let (_, state) = clusterhub::serve::spawn_app(other, listener, settings)
            .await
            .expect("node");
        nodes.push(state);
    }
    let at = Utc::now() + Duration::days(8);
    let mut runs = Vec::new();
    for node in &nodes {
        for job in 0..3 {
            let node = node.clone();
            runs.push(tokio::spawn(async move {
                match job {
                    0 => web::routes::events::b2b::send_nudges(&node, at).await,
                    1 => web::routes::events::b2b::expire_requests(&node, at).await,
                    _ => web::routes::events::b2b::send_outcome_questions(&node, Utc::now()).await,
                }
                .map(|n| (job, n))
            }));
        }
    }
    let mut done = [0usize; 3];
    for r in runs {
        let (job, n) = r.await.expect("task").expect("job");
        done[job] += n;
    }
    // 6 invitees with a request waiting, 6 requesters without meetings: 12 reminders; the 6
    // requests expire (7 days by default); 3 people of the past event held meetings.
    assert_eq!(
        done,
        [12, 6, 3],
        "reminders, expiries, outcome mails, summed over the nodes"
    );
    for (i, email) in emails.iter().enumerate() {
        let mails = app.mails_to(email);
        let expiries = mails
            .iter()
            .filter(|m| m.contains("did not answer your meeting request"))
            .count();
        assert_eq!(expiries, usize::from(i % 2 == 0), "{email}: told once, requesters only");
    }
    let subjects = |email: &str, needle: &str| {
        app.mails_with_headers_to(email)
            .iter()
            .filter(|(h, _)| h.contains(needle))
            .count()
    };
    for email in &emails {
        assert_eq!(subjects(email, "Subject: Your meetings at"), 1, "{email}: one reminder");
    }
    for email in ["p1@alpha.de", "p2@beta.fr", "p3@gamma.it"] {
        assert_eq!(
            subjects(email, "Subject: What came of your meetings"),
            1,
            "{email}: one outcome mail"
        );
    }
}
