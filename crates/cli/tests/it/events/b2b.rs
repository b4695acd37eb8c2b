//! B2B matchmaking at an event, end to end.

use super::*;

#[tokio::test]
async fn b2b_meetings_are_requested_scheduled_locked_published_and_on_agendas() {
    let app = TestApp::spawn().await;
    let id = published_event(&app, "matchmaking", "").await;
    let store = &app.db.store;
    let mut people = Vec::new();
    for (email, slug, name, country) in [
        ("p1@alpha.de", "alpha", "Alpha Optics", "DE"),
        ("p2@beta.fr", "beta", "Beta Satellites", "FR"),
        ("p3@gamma.it", "gamma", "Gamma Robotics", "IT"),
    ] {
        let user = account(&app, email, PlatformRole::User).await;
        let org = organisation_in(&app, slug, name, country).await;
        store.set_org_role(user, org, OrgRole::Member).await.expect("role");
        let mut a = Agent::new(&app);
        a.login(email, PASSWORD).await;
        a.get(&format!("/events/{id}")).await;
        let r = a
            .post(&format!("/events/{id}/register"), &[("organisation", slug)])
            .await;
        assert!(r.location.ends_with("done=registered"), "{}", r.location);
        people.push(a);
    }
    // The confirmation tells each participant how they will check in.
    assert!(
        app.mails_to("p1@alpha.de")
            .iter()
            .any(|m| m.contains("check-in code") && m.contains(&format!("/events/{id}/agenda"))),
        "the confirmation names the check-in code and the agenda with the QR code"
    );
    let mut outsider = Agent::new(&app);
    account(&app, "outsider@example.org", PlatformRole::User).await;
    outsider.login("outsider@example.org", PASSWORD).await;
    assert_eq!(outsider.get(&format!("/events/{id}/participants")).await.status, 409);

    // Profiles, then everyone browses and asks.
    people[1].get(&format!("/events/{id}/meetings")).await;
    let saved = people[1]
        .post(
            &format!("/events/{id}/profile"),
            &[
                ("offer", "Star trackers for small satellites"),
                ("seek", "Optics suppliers"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let found = people[0]
        .get(&format!("/events/{id}/participants?q=star+tracker"))
        .await;
    assert!(
        found.body.contains("Beta Satellites") && !found.body.contains("Gamma Robotics"),
        "search by what they offer"
    );
    let by_country = people[0].get(&format!("/events/{id}/participants?country=IT")).await;
    assert!(by_country.body.contains("Gamma Robotics") && !by_country.body.contains("Beta Satellites"));
    let regs = store.registrations(id).await.expect("registrations");
    let reg = |email: &str| {
        regs.iter()
            .find(|r| r.user_email == email)
            .expect("registered")
            .id
            .to_string()
    };
    let (r1, r2, r3) = (reg("p1@alpha.de"), reg("p2@beta.fr"), reg("p3@gamma.it"));
    let ask = |to: &str| {
        vec![
            ("invitee", to.to_owned()),
            ("message", "Twenty minutes on optics?".to_owned()),
        ]
    };
    for (from, to) in [(0, &r2), (0, &r3), (2, &r2)] {
        people[from].get(&format!("/events/{id}/participants")).await;
        let sent = people[from]
            .post(&format!("/events/{id}/meetings/request"), &as_pairs(&ask(to)))
            .await;
        assert_eq!(sent.status, 303, "{}", sent.body);
    }
    assert_eq!(
        people[0]
            .post(&format!("/events/{id}/meetings/request"), &as_pairs(&ask(&r2)))
            .await
            .status,
        409,
        "once"
    );
    assert_eq!(
        people[0]
            .post(&format!("/events/{id}/meetings/request"), &as_pairs(&ask(&r1)))
            .await
            .status,
        400,
        "not oneself"
    );
    assert!(app
        .mails_to("p2@beta.fr")
        .iter()
        .any(|m| m.contains("would like to meet you")));
    let requests = store.meeting_requests(id).await.expect("requests");
    let to_p2 = requests
        .iter()
        .find(|x| x.invitee_id.to_string() == r2 && x.requester_id.to_string() == r1)
        .expect("request")
        .id;
    let to_p3 = requests
        .iter()
        .find(|x| x.invitee_id.to_string() == r3)
        .expect("request")
        .id;
    let from_p3 = requests
        .iter()
        .find(|x| x.requester_id.to_string() == r3)
        .expect("request")
        .id;
    // Only the invitee answers; the requester only withdraws.
    people[0].get(&format!("/events/{id}/meetings")).await;
    assert_eq!(
        people[0]
            .post(&format!("/meeting-requests/{to_p2}/accept"), &[])
            .await
            .status,
        403
    );
    people[1].get(&format!("/events/{id}/meetings")).await;
    assert_eq!(
        people[1]
            .post(&format!("/meeting-requests/{to_p2}/accept"), &[])
            .await
            .status,
        303
    );
    assert_eq!(
        people[1]
            .post(&format!("/meeting-requests/{from_p3}/accept"), &[])
            .await
            .status,
        303
    );
    people[2].get(&format!("/events/{id}/meetings")).await;
    assert_eq!(
        people[2]
            .post(&format!("/meeting-requests/{to_p3}/decline"), &[])
            .await
            .status,
        303
    );
    assert_eq!(
        people[1]
            .post(&format!("/meeting-requests/{to_p2}/withdraw"), &[])
            .await
            .status,
        403
    );

    // The organiser sets a session (a bad one is named), and p2 is away for its first slot.
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get(&format!("/events/{id}/manage")).await;
    assert_eq!(
        o.post(&format!("/events/{id}/schedule"), &[]).await.status,
        409,
        "no session yet"
    );
    let day = day_ahead(30);
    let bad = o
        .post(
            &format!("/events/{id}/sessions"),
            &[
                ("starts", &format!("{day}T20:00")),
                ("slots", "500"),
                ("minutes", "20"),
                ("tables", "2"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("href=\"#session-starts\"") && bad.body.contains("href=\"#session-slots\""));
    let ok = o
        .post(
            &format!("/events/{id}/sessions"),
            &[
                ("starts", &format!("{day}T10:00")),
                ("slots", "3"),
                ("minutes", "20"),
                ("tables", "1"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let page = people[1].get(&format!("/events/{id}/meetings")).await;
    assert!(
        page.body.contains(&format!("value=\"{day}T10:20\"")),
        "slots to choose from"
    );
    let avail = people[1]
        .post(
            &format!("/events/{id}/availability"),
            &[
                ("available", &format!("{day}T10:20")),
                ("available", &format!("{day}T10:40")),
            ],
        )
        .await;
    assert_eq!(avail.status, 303);
    assert_eq!(
        people[1]
            .post(&format!("/events/{id}/availability"), &[("available", "tomorrow")])
            .await
            .status,
        400
    );

    // The event's hours cannot leave its sessions out.
    let mut shorter = event_form(&day, "matchmaking", "");
    shorter[4].1 = format!("{day}T10:30");
    o.get(&format!("/events/{id}/edit")).await;
    let refused = o.post(&format!("/events/{id}/edit"), &as_pairs(&shorter)).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("sessions must stay within the event"));

    // Scheduling: both of p2's meetings placed, apart, after 10:20, one table a slot.
    o.get(&format!("/events/{id}/manage")).await;
    assert_eq!(o.post(&format!("/events/{id}/schedule"), &[]).await.status, 303);
    let placed: Vec<_> = store
        .meeting_requests(id)
        .await
        .expect("requests")
        .into_iter()
        .filter(|x| x.slot.is_some())
        .collect();
    assert_eq!(placed.len(), 2);
    assert!(placed.iter().all(|x| x.slot != Some(0)), "p2 is away in slot 0");
    assert_ne!(placed[0].slot, placed[1].slot);
    let agenda = people[1].get(&format!("/events/{id}/agenda")).await;
    assert!(agenda.body.contains("not published the meeting schedule yet"));
    let manage = o.get(&format!("/events/{id}/manage")).await;
    assert!(manage.body.contains("2 meetings placed"));

    // Publishing locks and tells; p2's agenda lists both, as a page and as a calendar.
    assert_eq!(o.post(&format!("/events/{id}/schedule/publish"), &[]).await.status, 303);
    assert!(app
        .mails_to("p2@beta.fr")
        .iter()
        .any(|m| m.contains("you have 2 meetings")));
    let agenda = people[1].get(&format!("/events/{id}/agenda")).await;
    assert!(
        agenda.body.contains("Alpha Optics")
            && agenda.body.contains("Gamma Robotics")
            && agenda.body.contains("Table 1")
    );
    let ics = people[1].get(&format!("/events/{id}/agenda.ics")).await;
    let cal = calendar(&ics.body);
    assert_eq!(cal.components.iter().filter(|c| c.as_event().is_some()).count(), 2);
    assert_eq!(
        people[0]
            .get(&format!("/events/{id}/agenda"))
            .await
            .body
            .matches("Table 1")
            .count(),
        1
    );

    // A late acceptance (p3 changes their mind) is placed by a re-run without moving what was
    // published; asking again the other way is refused, as one of them asked already.
    people[2].get(&format!("/events/{id}/participants")).await;
    assert_eq!(
        people[2]
            .post(&format!("/events/{id}/meetings/request"), &as_pairs(&ask(&r1)))
            .await
            .status,
        409
    );
    let late = to_p3;
    people[2].get(&format!("/events/{id}/meetings")).await;
    assert_eq!(
        people[2]
            .post(&format!("/meeting-requests/{late}/accept"), &[])
            .await
            .status,
        303
    );
    o.get(&format!("/events/{id}/manage")).await;
    let changed = o
        .post(
            &format!("/events/{id}/sessions"),
            &[
                ("starts", &format!("{day}T14:00")),
                ("slots", "3"),
                ("minutes", "20"),
                ("tables", "1"),
            ],
        )
        .await;
    assert_eq!(changed.status, 409, "sessions are fixed once published");
    assert_eq!(o.post(&format!("/events/{id}/schedule"), &[]).await.status, 303);
    let after = store.meeting_requests(id).await.expect("requests");
    for before in &placed {
        let now = after.iter().find(|x| x.id == before.id).expect("still there");
        assert_eq!(
            (now.slot, now.table),
            (before.slot, before.table),
            "published meetings stay"
        );
    }
    assert!(
        after.iter().find(|x| x.id == late).expect("late").slot.is_some(),
        "the late one is placed"
    );

    // Statistics, by country and type, and the CSV exports.
    let manage = o.get(&format!("/events/{id}/manage")).await;
    assert!(manage.body.contains("By country") && manage.body.contains("Germany"));
    let stats = o.get(&format!("/events/{id}/manage/statistics.csv")).await;
    assert!(stats
        .body
        .starts_with("group,value,participants,requests_sent,requests_accepted,meetings_scheduled"));
    for line in [
        "country,DE,1,2,2,2",
        "country,FR,1,0,0,2",
        "country,IT,1,1,1,2",
        "organisation_type,company,3,3,3,6",
    ] {
        assert!(stats.body.contains(line), "{line} missing from\n{}", stats.body);
    }
    let meetings = o.get(&format!("/events/{id}/manage/meetings.csv")).await;
    assert_eq!(meetings.body.lines().count(), 4, "{}", meetings.body);
    assert_eq!(people[0].get(&format!("/events/{id}/manage")).await.status, 403);
    assert_eq!(
        people[0].get(&format!("/events/{id}/manage/meetings.csv")).await.status,
        403
    );
}

/// The mails to `to`, once `n` of them have arrived (SMTP delivery is asynchronous).
async fn mails_after(app: &TestApp, to: &str, n: usize) -> Vec<String> {
    for _ in 0..100 {
        let mails = app.mails_to(to);
        if mails.len() >= n {
            return mails;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no mail number {n} to {to} arrived");
}

#[tokio::test]
async fn the_b2b_confirmation_mail_carries_the_check_in_qr_code_as_an_image() {
    // Through a real SMTP server (aiosmtpd) when it is installed, else to the mail folder.
    let app = TestApp::spawn_with_smtp().await;
    let id = published_event(&app, "matchmaking", "").await;
    let store = &app.db.store;
    let german = account(&app, "lena@optik.de", PlatformRole::User).await;
    store.set_language(german, "de").await.expect("language");
    account(&app, "sam@sme.ie", PlatformRole::User).await;
    for email in ["lena@optik.de", "sam@sme.ie"] {
        let mut a = Agent::new(&app);
        a.login(email, PASSWORD).await;
        a.get(&format!("/events/{id}")).await;
        let r = a.post(&format!("/events/{id}/register"), &[("organisation", "")]).await;
        assert!(r.location.ends_with("done=registered"), "{}", r.location);
    }
    let regs = store.registrations(id).await.expect("registrations");
    for (email, says) in [
        ("lena@optik.de", "das angehängte Bild"),
        ("sam@sme.ie", "show the attached image at the check-in desk"),
    ] {
        let registration = regs.iter().find(|r| r.user_email == email).expect("registered").id;
        let (token, code) = web::routes::events::b2b::checkin_credentials(&app.state, id, registration)
            .await
            .expect("credentials");
        // The text, in the reader's language, says what the image is and gives the typed code.
        let text = mails_after(&app, email, 1).await.pop().expect("the confirmation");
        assert!(text.contains(says) && text.contains(&code), "{email}: {text}");
        assert!(text.contains(&format!("/events/{id}/agenda")), "{text}");
        let files = app.mail_files_to(email).pop().expect("the confirmation");
        assert_eq!(files.len(), 1, "{email}: one picture");
        let png = &files[0];
        let headers = png.headers.to_lowercase();
        assert!(headers.contains("content-type: image/png"), "{headers}");
        assert!(
            headers.contains(&format!("content-disposition: inline; filename=\"check-in-{id}.png\"")),
            "{headers}"
        );
        assert!(headers.contains("content-id: <"), "{headers}");
        assert!(png.bytes.len() < 4096, "a small picture: {} bytes", png.bytes.len());
        eprintln!("check-in QR picture: {} bytes", png.bytes.len());
        // A QR reader finds in the picture the token the agenda page shows, which the desk takes.
        let picture = image::load_from_memory_with_format(&png.bytes, image::ImageFormat::Png)
            .expect("a PNG picture")
            .to_luma8();
        assert!((300..=400).contains(&picture.width()), "{} px wide", picture.width());
        let mut prepared = rqrr::PreparedImage::prepare(picture);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1, "{email}: one QR code in the picture");
        let (_, read) = grids[0].decode().expect("a readable QR code");
        assert_eq!(read, token, "{email}: the QR code is their check-in token");
    }

    // A registration at an event without B2B meetings is confirmed in plain text alone.
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get("/organisations/space-cluster/events/new").await;
    let form = event_form(&day_ahead(40), "workshop", "");
    let created = o
        .post("/organisations/space-cluster/events/new", &as_pairs(&form))
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let workshop = event_id(&created.location);
    o.get(&format!("/events/{workshop}")).await;
    assert_eq!(o.post(&format!("/events/{workshop}/submit"), &[]).await.status, 303);
    let mut m = Agent::new(&app);
    m.login("moderator@hub.eu", PASSWORD).await;
    m.get("/moderation/events").await;
    assert_eq!(m.post(&format!("/events/{workshop}/approve"), &[]).await.status, 303);
    let mut sam = Agent::new(&app);
    sam.login("sam@sme.ie", PASSWORD).await;
    sam.get(&format!("/events/{workshop}")).await;
    let r = sam
        .post(&format!("/events/{workshop}/register"), &[("organisation", "")])
        .await;
    assert!(r.location.ends_with("done=registered"), "{}", r.location);
    let text = mails_after(&app, "sam@sme.ie", 2)
        .await
        .pop()
        .expect("the confirmation");
    assert!(
        text.contains("You are registered") && !text.contains("check-in"),
        "{text}"
    );
    assert!(
        app.mail_files_to("sam@sme.ie")
            .pop()
            .expect("the confirmation")
            .is_empty(),
        "no picture"
    );
}

/// The text of the one QR code in a PNG picture.
fn qr_text(png: &[u8]) -> String {
    let picture = image::load_from_memory_with_format(png, image::ImageFormat::Png)
        .expect("a PNG picture")
        .to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(picture);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    grids[0].decode().expect("a readable QR code").1
}

/// The registration of `email` at `id` and the token and typed code of its check-in.
async fn pass_of(app: &TestApp, id: i64, email: &str) -> (i64, String, String) {
    let registration = app
        .db
        .store
        .registrations(id)
        .await
        .expect("registrations")
        .into_iter()
        .find(|r| r.user_email == email)
        .expect("registered")
        .id;
    let (token, code) = web::routes::events::b2b::checkin_credentials(&app.state, id, registration)
        .await
        .expect("credentials");
    (registration, token, code)
}

/// The last mail to `email` tells, in the words `says` of the reader's language, how they check
/// in at `id` (typed code, agenda link) and carries their QR code as `check-in-<id>.png`.
async fn assert_carries_check_in(app: &TestApp, id: i64, email: &str, says: &[&str]) {
    let (_, token, code) = pass_of(app, id, email).await;
    let text = app.mails_to(email).pop().expect("a mail");
    for words in says {
        assert!(text.contains(words), "{email}: {words:?} missing from {text}");
    }
    assert!(text.contains(&code), "{email}: the typed code in {text}");
    assert!(
        text.contains(&format!("/events/{id}/agenda")),
        "{email}: the agenda in {text}"
    );
    let files = app.mail_files_to(email).pop().expect("a mail");
    assert_eq!(files.len(), 1, "{email}: one picture");
    let headers = files[0].headers.to_lowercase();
    assert!(headers.contains("content-type: image/png"), "{headers}");
    assert!(
        headers.contains(&format!("content-disposition: inline; filename=\"check-in-{id}.png\"")),
        "{headers}"
    );
    assert_eq!(
        qr_text(&files[0].bytes),
        token,
        "{email}: the QR code is their check-in token"
    );
}

#[tokio::test]
async fn a_place_from_the_waiting_list_comes_with_the_check_in_qr_code() {
    let app = TestApp::spawn().await;
    let id = published_event(&app, "matchmaking", "1").await;
    let store = &app.db.store;
    account(&app, "anna@sme.dk", PlatformRole::User).await;
    let lena = account(&app, "lena@optik.de", PlatformRole::User).await;
    store.set_language(lena, "de").await.expect("language");
    account(&app, "sam@sme.ie", PlatformRole::User).await;
    let mut agents = Vec::new();
    for (email, done) in [
        ("anna@sme.dk", "registered"),
        ("lena@optik.de", "waitlisted"),
        ("sam@sme.ie", "waitlisted"),
    ] {
        let mut a = Agent::new(&app);
        a.login(email, PASSWORD).await;
        a.get(&format!("/events/{id}")).await;
        let r = a.post(&format!("/events/{id}/register"), &[("organisation", "")]).await;
        assert!(r.location.ends_with(&format!("done={done}")), "{}", r.location);
        agents.push(a);
    }
    // On the waiting list there is nothing to show at the desk yet.
    let waiting = app.mails_to("lena@optik.de").pop().expect("waiting list mail");
    assert!(!waiting.contains("Check-in-Code"), "{waiting}");
    assert!(app.mail_files_to("lena@optik.de").pop().expect("mail").is_empty());

    // Anna leaves: Lena moves up and is told in German, with her code and picture.
    agents[0].get(&format!("/events/{id}")).await;
    assert_eq!(
        agents[0].post(&format!("/events/{id}/unregister"), &[]).await.status,
        303
    );
    assert_carries_check_in(
        &app,
        id,
        "lena@optik.de",
        &["Ein Platz ist frei geworden", "das angehängte Bild"],
    )
    .await;

    // The organiser adds a place: Sam moves up, told in English the same way.
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get(&format!("/events/{id}/edit")).await;
    let more = event_form(&day_ahead(30), "matchmaking", "2");
    let saved = o.post(&format!("/events/{id}/edit"), &as_pairs(&more)).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_carries_check_in(
        &app,
        id,
        "sam@sme.ie",
        &["A place freed up", "show the attached image at the check-in desk"],
    )
    .await;
}

#[tokio::test]
async fn the_day_before_reminder_carries_the_check_in_qr_code_at_b2b_events() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let organiser = account(&app, "organiser@cluster.dk", PlatformRole::User).await;
    let cluster = organisation(&app, "space-cluster", "Space Cluster Denmark").await;
    store
        .set_org_role(organiser, cluster, OrgRole::Admin)
        .await
        .expect("role");
    // A B2B day (capacity one) and a workshop, both starting within a day.
    let now = chrono::Utc::now();
    let starts = now + chrono::Duration::hours(20);
    let mut ids = vec![];
    for (kind, capacity) in [("matchmaking", "1"), ("workshop", "")] {
        let input = domain::EventInput {
            kind: kind.into(),
            title: "Space & Defence B2B Day".into(),
            description: "Meet primes, SMEs and research centres of the Nordic space industry.".into(),
            starts: starts.format("%Y-%m-%dT%H:%M").to_string(),
            ends: (starts + chrono::Duration::hours(6))
                .format("%Y-%m-%dT%H:%M")
                .to_string(),
            timezone: "UTC".into(),
            attendance: "on-site".into(),
            venue: "DGI Byen".into(),
            city: "Copenhagen".into(),
            country: "DK".into(),
            capacity: capacity.into(),
            contact_email: "events@cluster.dk".into(),
            ..domain::EventInput::default()
        };
        let d = input.validate(now).expect("valid");
        let id = store.create_event(cluster, None, &d).await.expect("create");
        store
            .transition(id, &[domain::EventState::Draft], domain::EventState::Published, None)
            .await
            .expect("publish");
        ids.push(id);
    }
    let (b2b, workshop) = (ids[0], ids[1]);
    let lena = account(&app, "lena@optik.de", PlatformRole::User).await;
    store.set_language(lena, "de").await.expect("language");
    let sam = account(&app, "sam@sme.ie", PlatformRole::User).await;
    store.register(b2b, lena, None, Some(1)).await.expect("register");
    store.register(b2b, sam, None, Some(1)).await.expect("waiting list");
    store.register(workshop, sam, None, None).await.expect("register");
    assert_eq!(
        web::routes::events::send_reminders(&app.state)
            .await
            .expect("reminders"),
        2,
        "Lena at the B2B day, Sam at the workshop; not Sam on the waiting list"
    );
    // Lena's, in German: the reminder, then how she checks in, with the picture.
    assert_carries_check_in(&app, b2b, "lena@optik.de", &["Zur Erinnerung", "das angehängte Bild"]).await;
    // Sam's workshop has no desk: the reminder is its text alone.
    let mails = app.mails_to("sam@sme.ie");
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert!(
        mails[0].contains("A reminder") && !mails[0].contains("check-in"),
        "{}",
        mails[0]
    );
    assert!(app.mail_files_to("sam@sme.ie").pop().expect("mail").is_empty());
}

#[tokio::test]
async fn every_meeting_of_the_agenda_calendar_carries_the_check_in_qr_code() {
    use base64::Engine;
    use store::events::Placed;
    let app = TestApp::spawn().await;
    let id = published_event(&app, "matchmaking", "").await;
    let store = &app.db.store;
    let mut regs = vec![];
    for email in ["p0@alpha.eu", "p1@beta.eu", "p2@gamma.eu"] {
        let user = account(&app, email, PlatformRole::User).await;
        store.register(id, user, None, None).await.expect("register");
        regs.push(pass_of(&app, id, email).await.0);
    }
    let day = chrono::NaiveDate::parse_from_str(&day_ahead(30), "%Y-%m-%d").expect("day");
    store
        .set_sessions(
            id,
            &[domain::MeetingSession {
                starts: day.and_hms_opt(9, 30, 0).expect("time"),
                slots: 6,
                minutes: 20,
                tables: 2,
            }],
        )
        .await
        .expect("sessions");
    // p0 meets p1 and p2, and is p1's guest at a group meeting.
    let mut placed = vec![];
    for (to, slot) in [(regs[1], 0), (regs[2], 2)] {
        let rid = store.request_meeting(id, regs[0], to, "Meet?").await.expect("request");
        assert!(store
            .set_request_state(
                rid,
                &[store::events::RequestState::Pending],
                store::events::RequestState::Accepted
            )
            .await
            .expect("accept"));
        placed.push(Placed {
            request_id: rid,
            at: Some((slot, 0)),
            unscheduled: None,
        });
    }
    store.save_schedule(id, &placed).await.expect("schedule");
    placed_group(&app, id, regs[1], &[regs[0]], 4, 1).await;
    store.publish_schedule(id).await.expect("publish");

    let (_, token, _) = pass_of(&app, id, "p0@alpha.eu").await;
    let mut p0 = Agent::new(&app);
    p0.login("p0@alpha.eu", PASSWORD).await;
    let ics = p0.get(&format!("/events/{id}/agenda.ics")).await;
    assert_eq!(ics.status, 200);
    eprintln!("agenda .ics with 3 meetings: {} bytes", ics.body.len());
    for line in ics.body.split("\r\n") {
        assert!(line.len() <= 75, "a line of more than 75 octets: {line:?}");
    }
    let cal = calendar(&ics.body);
    let meetings: Vec<_> = cal.components.iter().filter_map(|c| c.as_event()).collect();
    assert_eq!(meetings.len(), 3, "two meetings and the group meeting");
    let mut pictures = std::collections::HashSet::new();
    for m in meetings {
        let attach = match m.multi_properties().get("ATTACH").map(Vec::as_slice) {
            Some([attach]) => attach,
            other => panic!("not one ATTACH on {:?}: {other:?}", m.get_summary()),
        };
        let params = attach.params();
        let param = |name: &str| params.get(name).map(|p| p.value().to_owned());
        assert_eq!(param("FMTTYPE").as_deref(), Some("image/png"));
        assert_eq!(param("ENCODING").as_deref(), Some("BASE64"));
        assert_eq!(param("VALUE").as_deref(), Some("BINARY"));
        assert_eq!(param("X-FILENAME"), Some(format!("check-in-{id}.png")));
        let png = base64::engine::general_purpose::STANDARD
            .decode(attach.value())
            .expect("base64");
        assert_eq!(qr_text(&png), token, "the QR code is p0's check-in token");
        pictures.insert(png);
    }
    assert_eq!(pictures.len(), 1, "one picture, the same in every meeting");

    // The public calendar of events carries no files.
    let (_, feed) = app.text("/events.ics").await;
    assert!(feed.contains("BEGIN:VEVENT") && !feed.contains("ATTACH"), "{feed}");
}
