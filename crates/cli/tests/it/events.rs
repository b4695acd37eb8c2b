//! Events end to end over HTTP: an organiser's draft reviewed and published, the calendar with
//! its filters, month view and iCalendar feed, schema.org data, registration with a waiting list
//! and its mails; then B2B matchmaking: profiles, requests and answers, availability, sessions,
//! the scheduler run, locks, publishing, agendas and statistics.

use domain::{OrgRole, PlatformRole};
use icalendar::{Component, EventLike};

use crate::accounts::{account, organisation, Agent, PASSWORD};
use crate::helpers::TestApp;

pub(crate) fn day_ahead(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

pub(crate) fn event_form(day: &str, kind: &str, capacity: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", kind.into()),
        ("title", "Space & Defence B2B Day".into()),
        (
            "description",
            "Meet primes, SMEs and research centres of the Nordic space industry.".into(),
        ),
        ("language", "en".into()),
        ("starts", format!("{day}T09:00")),
        ("ends", format!("{day}T17:00")),
        ("timezone", "Europe/Copenhagen".into()),
        ("attendance", "hybrid".into()),
        ("venue", "DGI Byen, Tietgensgade 65".into()),
        ("city", "Copenhagen".into()),
        ("country", "dk".into()),
        ("online_url", "https://meet.example.dk/b2b".into()),
        ("capacity", capacity.into()),
        ("technologies", "photonics".into()),
        ("agenda", "09:00 Welcome\n09:30–12:00 Meetings".into()),
        ("speakers", "Anna Berg, DTU Space".into()),
        ("contact_email", "events@cluster.dk".into()),
    ]
}

pub(crate) fn as_pairs<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

pub(crate) fn event_id(location: &str) -> i64 {
    location
        .strip_prefix("/events/")
        .and_then(|r| r.split(['?', '/']).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no event in {location}"))
}

/// A company in `country` with slug `slug`.
async fn organisation_in(app: &TestApp, slug: &str, name: &str, country: &str) -> i64 {
    crate::helpers::organisation_of(app, slug, name, domain::OrganisationType::Company, country).await
}

fn calendar(text: &str) -> icalendar::Calendar {
    text.parse()
        .unwrap_or_else(|e| panic!("not a valid iCalendar file ({e}):\n{text}"))
}

/// A published event of `kind` (a mission gets a destination) by the organiser of "space-cluster".
async fn published_event_of_kind(app: &TestApp, kind: &str) -> i64 {
    published_event(app, kind, "").await
}

/// An organiser (admin of "space-cluster") with a published event made through the pages.
pub(crate) async fn published_event(app: &TestApp, kind: &str, capacity: &str) -> i64 {
    let organiser = account(app, "organiser@cluster.dk", PlatformRole::User).await;
    account(app, "moderator@hub.eu", PlatformRole::Moderator).await;
    let cluster = organisation(app, "space-cluster", "Space Cluster Denmark").await;
    app.db
        .store
        .set_org_role(organiser, cluster, OrgRole::Admin)
        .await
        .expect("role");
    let mut o = Agent::new(app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    o.get("/organisations/space-cluster/events/new").await;
    let mut form = event_form(&day_ahead(30), kind, capacity);
    if kind == "mission" {
        form.push(("destinations", "US, CA".into()));
    }
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
async fn an_event_is_reviewed_published_found_and_filled_up_to_its_capacity() {
    let app = TestApp::spawn().await;
    let organiser = account(&app, "organiser@cluster.dk", PlatformRole::User).await;
    account(&app, "moderator@hub.eu", PlatformRole::Moderator).await;
    let cluster = organisation(&app, "space-cluster", "Space Cluster Denmark").await;
    app.db
        .store
        .set_org_role(organiser, cluster, OrgRole::Admin)
        .await
        .expect("role");
    let member = account(&app, "member@cluster.dk", PlatformRole::User).await;
    app.db
        .store
        .set_org_role(member, cluster, OrgRole::Member)
        .await
        .expect("role");

    // Members may not organise; admins may, and bad input is named field by field.
    let mut plain = Agent::new(&app);
    plain.login("member@cluster.dk", PASSWORD).await;
    assert_eq!(plain.get("/organisations/space-cluster/events/new").await.status, 403);
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;
    let form = o.get("/organisations/space-cluster/events/new").await;
    assert!(form.body.contains("type=\"datetime-local\""), "times have a picker");
    let mut bad = event_form("2020-01-01", "party", "none");
    bad[5].1 = "2019-12-31T08:00".into();
    bad[6].1 = "Mars/Olympus".into();
    bad[11].1 = "<script>alert(1)</script>".into();
    let refused = o.post("/organisations/space-cluster/events/new", &as_pairs(&bad)).await;
    assert_eq!(refused.status, 422);
    for field in ["kind", "starts", "timezone", "online_url", "capacity"] {
        assert!(
            refused.body.contains(&format!("href=\"#event-{field}\"")),
            "{field} not named"
        );
    }
    assert!(!refused.body.contains("<script>alert"), "what was typed is escaped");
    assert!(refused.body.contains("&#60;script&#62;"), "and kept");
    assert_eq!(app.db.store.submitted_events().await.expect("queue").len(), 0);

    let created = o
        .post(
            "/organisations/space-cluster/events/new",
            &as_pairs(&event_form(&day_ahead(30), "matchmaking", "1")),
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let id = event_id(&created.location);
    // A draft is the organiser's alone.
    let (status, _) = app.text(&format!("/events/{id}")).await;
    assert_eq!(status, 404);
    o.get(&format!("/events/{id}")).await;
    assert_eq!(o.post(&format!("/events/{id}/submit"), &[]).await.status, 303);
    assert!(app
        .mails_to("moderator@hub.eu")
        .iter()
        .any(|m| m.contains("/moderation/events")));
    let mut m = Agent::new(&app);
    m.login("moderator@hub.eu", PASSWORD).await;
    let queue = m.get("/moderation/events").await;
    assert!(queue.body.contains("Space &#38; Defence B2B Day"), "the queue lists it");
    assert_eq!(m.post(&format!("/events/{id}/approve"), &[]).await.status, 303);
    assert!(app
        .mails_to("organiser@cluster.dk")
        .iter()
        .any(|m| m.contains("is in the calendar")));

    // Search finds it among everything else, as an event.
    let found = app
        .search_until("q=nordic+space+industry&kind=event", |b| {
            b["total"].as_u64().unwrap_or(0) > 0
        })
        .await
        .expect("the event is in the search");
    assert_eq!(found["hits"][0]["url"], format!("/events/{id}"));

    // The API lists it with the same filters, without the online access.
    let (status, list) = app
        .json("/api/v1/events?kind=matchmaking&country=DK&technology=ket:photonics")
        .await;
    assert_eq!(status, 200);
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["title"], "Space & Defence B2B Day");
    assert_eq!(list["items"][0]["timezone"], "Europe/Copenhagen");
    assert!(list["items"][0].get("online_url").is_none(), "for participants only");
    let (status, one) = app.json(&format!("/api/v1/events/{id}")).await;
    assert_eq!((status, one["kind"].as_str()), (200, Some("matchmaking")));
    let (status, bad) = app.json("/api/v1/events?colour=red").await;
    assert_eq!((status, bad["error"]["parameter"].as_str()), (400, Some("colour")));

    // The calendar finds it by its filters and not by others; bad parameters are named.
    let (status, page) = app.text(&format!("/events/{id}")).await;
    assert_eq!(status, 200);
    let json_ld = page
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("schema.org data");
    let data: serde_json::Value = serde_json::from_str(json_ld).expect("JSON-LD");
    assert_eq!(data["@type"], "Event");
    assert_eq!(
        data["eventAttendanceMode"],
        "https://schema.org/MixedEventAttendanceMode"
    );
    assert!(
        data["startDate"].as_str().expect("start").ends_with("+01:00")
            || data["startDate"].as_str().expect("start").ends_with("+02:00")
    );
    assert!(!page.contains("meet.example.dk"), "the online link is for participants");
    for (query, found) in [
        ("", true),
        ("?kind=matchmaking&kind=talk", true),
        ("?kind=workshop", false),
        ("?country=DK&attendance=online", true),
        ("?attendance=on-site&country=DE", false),
        ("?technology=ket:photonics", true),
        ("?technology=eco:health", false),
        (&format!("?from={}&to={}", day_ahead(29), day_ahead(31)), true),
        (&format!("?from={}", day_ahead(40)), false),
    ] {
        let (status, list) = app.text(&format!("/events{query}")).await;
        assert_eq!(status, 200, "{query}");
        assert_eq!(list.contains(&format!("/events/{id}\"")), found, "{query}");
    }
    let month = &day_ahead(30)[..7];
    let (_, grid) = app.text(&format!("/events?view=month&month={month}")).await;
    assert!(grid.contains(&format!("/events/{id}\"")), "the month view shows it");
    for bad in [
        "?kind=party",
        "?from=tomorrow",
        "?technology=ket:magic",
        "?month=2026-13",
        "?offset=-1",
    ] {
        let (status, body) = app.text(&format!("/events{bad}")).await;
        assert_eq!(status, 400, "{bad}: {body}");
    }
    let (status, backwards) = app
        .text(&format!("/events?from={}&to={}", day_ahead(31), day_ahead(29)))
        .await;
    assert_eq!(status, 200, "a backwards range is empty, not an error");
    assert!(!backwards.contains(&format!("/events/{id}\"")));

    // Calendar files: the feed (filtered) and the one event, both valid iCalendar.
    let (_, feed) = app.text("/events.ics?kind=matchmaking").await;
    let cal = calendar(&feed);
    let entries: Vec<_> = cal.components.iter().filter_map(|c| c.as_event()).collect();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].get_summary(), Some("Space & Defence B2B Day"));
    let (_, other) = app.text("/events.ics?kind=workshop").await;
    assert!(calendar(&other).components.iter().all(|c| c.as_event().is_none()));
    let (_, one) = app.text(&format!("/events/{id}/event.ics")).await;
    let one = calendar(&one);
    let entry = one.components.iter().find_map(|c| c.as_event()).expect("the event");
    assert!(entry.get_location().expect("location").contains("Copenhagen"));

    // One place: the first is confirmed, the second waits, and moves up when the first cancels.
    for email in ["anna@sme.dk", "ole@sme.dk"] {
        account(&app, email, PlatformRole::User).await;
    }
    let mut anna = Agent::new(&app);
    anna.login("anna@sme.dk", PASSWORD).await;
    anna.get(&format!("/events/{id}")).await;
    let r = anna
        .post(&format!("/events/{id}/register"), &[("organisation", "")])
        .await;
    assert!(r.location.ends_with("done=registered"), "{}", r.location);
    assert!(
        anna.get(&format!("/events/{id}"))
            .await
            .body
            .contains("meet.example.dk"),
        "participants see the link"
    );
    assert_eq!(
        anna.post(&format!("/events/{id}/register"), &[]).await.status,
        409,
        "once"
    );
    let hostile = anna
        .post(&format!("/events/{id}/register"), &[("organisation", "space-cluster")])
        .await;
    assert_eq!(hostile.status, 400, "only for one's own organisations");
    let mut ole = Agent::new(&app);
    ole.login("ole@sme.dk", PASSWORD).await;
    let page = ole.get(&format!("/events/{id}")).await;
    assert!(page.body.contains("Join the waiting list"));
    let r = ole
        .post(&format!("/events/{id}/register"), &[("organisation", "")])
        .await;
    assert!(r.location.ends_with("done=waitlisted"), "{}", r.location);
    assert!(ole
        .get(&format!("/events/{id}"))
        .await
        .body
        .contains("number 1 on the waiting list"));
    assert!(app
        .mails_to("anna@sme.dk")
        .iter()
        .any(|m| m.contains("You are registered")));
    assert!(app.mails_to("ole@sme.dk").iter().any(|m| m.contains("waiting list")));
    assert_eq!(anna.post(&format!("/events/{id}/unregister"), &[]).await.status, 303);
    assert!(app
        .mails_to("ole@sme.dk")
        .iter()
        .any(|m| m.contains("A place freed up")));
    assert!(ole
        .get(&format!("/events/{id}"))
        .await
        .body
        .contains("You are registered."));
    assert_eq!(anna.post(&format!("/events/{id}/unregister"), &[]).await.status, 409);
    let export = ole.get("/account/export").await;
    let data: serde_json::Value = serde_json::from_str(&export.body).expect("JSON");
    assert_eq!(
        data["events"]["registrations"][0]["event"]["id"], id,
        "registrations are personal data"
    );
    let mine = ole.get("/events/mine").await;
    assert!(mine.body.contains(&format!("/events/{id}\"")));

    // A published event changes: an hour later and one more place; the waiting list moves up and
    // everyone registered hears of the new time.
    account(&app, "eva@sme.dk", PlatformRole::User).await;
    let mut eva = Agent::new(&app);
    eva.login("eva@sme.dk", PASSWORD).await;
    eva.get(&format!("/events/{id}")).await;
    let r = eva
        .post(&format!("/events/{id}/register"), &[("organisation", "")])
        .await;
    assert!(r.location.ends_with("done=waitlisted"), "{}", r.location);
    let edit = o.get(&format!("/events/{id}/edit")).await;
    assert_eq!(edit.status, 200, "a published event can be changed until it starts");
    let mut later = event_form(&day_ahead(30), "matchmaking", "0");
    later[4].1 = format!("{}T10:00", day_ahead(30));
    let fewer = o.post(&format!("/events/{id}/edit"), &as_pairs(&later)).await;
    assert_eq!(fewer.status, 422, "at least one place");
    later[12].1 = "2".into();
    let changed = o.post(&format!("/events/{id}/edit"), &as_pairs(&later)).await;
    assert_eq!(changed.status, 303, "{}", changed.body);
    assert!(app
        .mails_to("eva@sme.dk")
        .iter()
        .any(|m| m.contains("A place freed up")));
    assert!(app
        .mails_to("ole@sme.dk")
        .iter()
        .any(|m| m.contains("changed the time or place") && m.contains("10:00")));
    later[12].1 = "1".into();
    let below = o.post(&format!("/events/{id}/edit"), &as_pairs(&later)).await;
    assert_eq!(below.status, 422);
    assert!(
        below.body.contains("2 people are registered already"),
        "no fewer places than people registered"
    );

    // Calling it off is asked once more, saying who will be told; then everyone registered is.
    o.get(&format!("/events/{id}")).await;
    let unconfirmed = o.post(&format!("/events/{id}/cancel"), &[]).await;
    assert_eq!(unconfirmed.location, format!("/events/{id}/cancel"), "asked first");
    assert!(app.mails_to("ole@sme.dk").iter().all(|m| !m.contains("called off")));
    let asked = o.get(&format!("/events/{id}/cancel")).await;
    assert!(
        asked.body.contains("people registered or waiting are told by mail"),
        "{}",
        asked.body
    );
    assert_eq!(
        o.post(&format!("/events/{id}/cancel"), &[("confirm", "yes")])
            .await
            .status,
        303
    );
    assert!(app.mails_to("ole@sme.dk").iter().any(|m| m.contains("called off")));
    let (_, feed) = app.text("/events.ics").await;
    assert!(feed.contains("STATUS:CANCELLED"));
    assert!(
        app.search_until("q=nordic+space+industry&kind=event", |b| b["total"].as_u64() == Some(0))
            .await
            .is_some(),
        "a called-off event leaves the search"
    );
    assert_eq!(
        ole.post(&format!("/events/{id}/register"), &[]).await.status,
        409,
        "closed"
    );
}

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

#[tokio::test]
async fn a_business_mission_selects_applicants_by_weighted_scores() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let id = published_event_of_kind(&app, "mission").await;
    let mut o = Agent::new(&app);
    o.login("organiser@cluster.dk", PASSWORD).await;

    // The call: a bad one is named field by field, then a good one.
    o.get(&format!("/events/{id}/call")).await;
    let bad = o
        .post(
            &format!("/events/{id}/call"),
            &[
                ("questions", ""),
                ("criteria", "heavy Export"),
                ("places", "0"),
                ("deadline", "2020-01-01"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    for field in ["questions", "criteria", "places", "deadline"] {
        assert!(
            bad.body.contains(&format!("href=\"#call-{field}\"")),
            "{field} not named"
        );
    }
    let deadline = day_ahead(10);
    let saved = o
        .post(
            &format!("/events/{id}/call"),
            &[
                (
                    "questions",
                    "Which markets do you export to?\nWhat do you expect from the mission?",
                ),
                ("criteria", "1 Export readiness\n3 Fit with the US market"),
                ("places", "1"),
                ("deadline", &deadline),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);

    // Two organisations apply; the evaluator from one of them may not score it.
    let mut applicants = Vec::new();
    for (email, slug, name, country) in [
        ("a@alpha.de", "alpha", "Alpha Optics", "DE"),
        ("b@beta.fr", "beta", "Beta Satellites", "FR"),
    ] {
        let user = account(&app, email, PlatformRole::User).await;
        let org = organisation_in(&app, slug, name, country).await;
        store.set_org_role(user, org, OrgRole::Member).await.expect("role");
        let mut a = Agent::new(&app);
        a.login(email, PASSWORD).await;
        let page = a.get(&format!("/events/{id}")).await;
        assert!(
            page.body.contains(&format!("/events/{id}/apply")) && !page.body.contains("/register\""),
            "missions take applications"
        );
        assert_eq!(
            a.post(&format!("/events/{id}/register"), &[("organisation", "")])
                .await
                .status,
            409
        );
        a.get(&format!("/events/{id}/apply")).await;
        let empty = a
            .post(
                &format!("/events/{id}/apply"),
                &[("organisation", slug), ("answer-0", "US, Canada")],
            )
            .await;
        assert_eq!(empty.status, 422, "every question is answered");
        assert!(empty.body.contains("US, Canada"), "what was typed is kept");
        let sent = a
            .post(
                &format!("/events/{id}/apply"),
                &[
                    ("organisation", slug),
                    ("answer-0", "US, Canada"),
                    ("answer-1", "Distributors"),
                ],
            )
            .await;
        assert_eq!(sent.status, 303, "{}", sent.body);
        assert_eq!(
            a.post(
                &format!("/events/{id}/apply"),
                &[("organisation", slug), ("answer-0", "x"), ("answer-1", "y")]
            )
            .await
            .status,
            409
        );
        applicants.push(a);
    }
    assert!(app.mails_to("a@alpha.de").iter().any(|m| m.contains("is received")));
    // A third applies and withdraws; only its own people may, and it leaves the ranking.
    let g = account(&app, "g@gamma.it", PlatformRole::User).await;
    let gamma = organisation_in(&app, "gamma", "Gamma Robotics", "IT").await;
    store.set_org_role(g, gamma, OrgRole::Member).await.expect("role");
    let withdrawn = store
        .apply(id, gamma, g, &["Italy".into(), "Buyers".into()])
        .await
        .expect("apply");
    applicants[0].get(&format!("/events/{id}")).await;
    assert_eq!(
        applicants[0]
            .post(&format!("/applications/{withdrawn}/withdraw"), &[])
            .await
            .status,
        403
    );
    let mut gino = Agent::new(&app);
    gino.login("g@gamma.it", PASSWORD).await;
    let page = gino.get(&format!("/events/{id}")).await;
    assert!(page.body.contains(&format!("/applications/{withdrawn}/withdraw")));
    assert_eq!(
        gino.post(&format!("/applications/{withdrawn}/withdraw"), &[])
            .await
            .status,
        303
    );
    assert!(gino
        .get(&format!("/events/{id}"))
        .await
        .body
        .contains("Gamma Robotics applied: withdrawn"));
    let apps = store.applications(id).await.expect("applications");
    let (alpha, beta) = (apps[0].id, apps[1].id);

    account(&app, "eva@agency.eu", PlatformRole::User).await;
    let e2 = account(&app, "bob@beta.fr", PlatformRole::User).await;
    let beta_org = apps[1].organisation_id;
    store.set_org_role(e2, beta_org, OrgRole::Member).await.expect("role");
    o.get(&format!("/events/{id}/call")).await;
    assert_eq!(
        o.post(&format!("/events/{id}/evaluators"), &[("email", "nobody@nowhere.eu")])
            .await
            .status,
        422
    );
    for email in ["eva@agency.eu", "bob@beta.fr"] {
        assert_eq!(
            o.post(&format!("/events/{id}/evaluators"), &[("email", email)])
                .await
                .status,
            303
        );
    }
    assert!(app.mails_to("eva@agency.eu").iter().any(|m| m.contains("evaluator")));

    // Bob: conflict of interest on beta, scores alpha; he sees no one else's scores until then.
    let mut bob = Agent::new(&app);
    bob.login("bob@beta.fr", PASSWORD).await;
    let list = bob.get(&format!("/events/{id}/applications")).await;
    assert!(list.body.contains("not yours to score"));
    assert_eq!(bob.get(&format!("/applications/{beta}")).await.status, 403);
    let mut eva = Agent::new(&app);
    eva.login("eva@agency.eu", PASSWORD).await;
    eva.get(&format!("/applications/{alpha}")).await;
    assert_eq!(
        eva.post(
            &format!("/applications/{alpha}/score"),
            &[("score-0", "11"), ("score-1", "x")]
        )
        .await
        .status,
        422
    );
    assert_eq!(
        eva.post(
            &format!("/applications/{alpha}/score"),
            &[("score-0", "6"), ("score-1", "6"), ("comment", "Solid")]
        )
        .await
        .status,
        303
    );
    assert_eq!(
        eva.post(
            &format!("/applications/{beta}/score"),
            &[("score-0", "10"), ("score-1", "9"), ("comment", "Ready")]
        )
        .await
        .status,
        303
    );
    let before = bob.get(&format!("/applications/{alpha}")).await;
    assert!(
        before.body.contains("appear once you have given yours") && !before.body.contains("Solid"),
        "hidden before his own"
    );
    assert_eq!(
        bob.post(
            &format!("/applications/{beta}/score"),
            &[("score-0", "10"), ("score-1", "10")]
        )
        .await
        .status,
        403
    );
    assert_eq!(
        bob.post(
            &format!("/applications/{alpha}/score"),
            &[("score-0", "2"), ("score-1", "4")]
        )
        .await
        .status,
        303
    );
    let after = bob.get(&format!("/applications/{alpha}")).await;
    assert!(after.body.contains("Solid"), "visible once he scored");
    assert_eq!(
        applicants[0].get(&format!("/applications/{alpha}")).await.status,
        403,
        "applicants do not read evaluations"
    );

    // Ranking: beta 9.25 (only Eva), alpha (6·1 + 6·3)/4 and (2·1 + 4·3)/4 averaged per criterion = 4.75 + …
    let ranking = o.get(&format!("/events/{id}/applications")).await;
    let beta_at = ranking.body.find("Beta Satellites").expect("beta listed");
    let alpha_at = ranking.body.find("Alpha Optics").expect("alpha listed");
    assert!(beta_at < alpha_at, "the better score ranks first");
    assert!(
        ranking.body.contains("9.25") && ranking.body.contains("4.75"),
        "weighted means per criterion"
    );
    assert_eq!(
        o.post(&format!("/events/{id}/applications/notify"), &[]).await.status,
        409,
        "decide first"
    );
    assert_eq!(
        o.post(&format!("/events/{id}/applications/select-top"), &[])
            .await
            .status,
        303
    );
    assert_eq!(
        o.post(&format!("/applications/{alpha}/decision"), &[("decision", "selected")])
            .await
            .status,
        409,
        "one place"
    );
    assert_eq!(
        o.post(&format!("/events/{id}/applications/notify"), &[]).await.status,
        303
    );
    assert!(app.mails_to("b@beta.fr").iter().any(|m| m.contains("is selected")));
    assert!(app.mails_to("a@alpha.de").iter().any(|m| m.contains("not selected")));
    assert_eq!(
        o.post(&format!("/applications/{alpha}/decision"), &[("decision", "selected")])
            .await
            .status,
        409,
        "final"
    );
    let page = applicants[1].get(&format!("/events/{id}")).await;
    assert!(page.body.contains("Beta Satellites applied: selected"));
    let export: serde_json::Value = serde_json::from_str(&eva.get("/account/export").await.body).expect("JSON");
    assert_eq!(
        export["events"]["mission_scores_given"].as_array().map(Vec::len),
        Some(2)
    );
    let export: serde_json::Value =
        serde_json::from_str(&applicants[0].get("/account/export").await.body).expect("JSON");
    assert_eq!(
        export["events"]["mission_applications"][0]["answers"][1],
        "Distributors"
    );
}

#[tokio::test]
async fn people_registered_are_reminded_once_the_day_before() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let organiser = account(&app, "organiser@cluster.dk", PlatformRole::User).await;
    let cluster = organisation(&app, "space-cluster", "Space Cluster Denmark").await;
    store
        .set_org_role(organiser, cluster, OrgRole::Admin)
        .await
        .expect("role");
    let now = chrono::Utc::now();
    let (soon, later) = (now + chrono::Duration::hours(20), now + chrono::Duration::hours(72));
    let mut ids = vec![];
    for starts in [soon, later] {
        let input = domain::EventInput {
            kind: "workshop".into(),
            title: "Hands-on workshop: digital twins".into(),
            description: "A practical half-day on digital twins for manufacturing SMEs.".into(),
            starts: starts.format("%Y-%m-%dT%H:%M").to_string(),
            ends: (starts + chrono::Duration::hours(3))
                .format("%Y-%m-%dT%H:%M")
                .to_string(),
            timezone: "UTC".into(),
            attendance: "hybrid".into(),
            venue: "DGI Byen".into(),
            city: "Copenhagen".into(),
            country: "DK".into(),
            online_url: "https://meet.example.dk/ws".into(),
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
    let anna = account(&app, "anna@sme.dk", PlatformRole::User).await;
    for &id in &ids {
        store.register(id, anna, None, None).await.expect("register");
    }
    assert_eq!(
        web::routes::events::send_reminders(&app.state)
            .await
            .expect("reminders"),
        1,
        "only the event within a day"
    );
    let mails = app.mails_to("anna@sme.dk");
    assert!(
        mails
            .iter()
            .any(|m| m.contains("A reminder") && m.contains("meet.example.dk/ws")),
        "{mails:?}"
    );
    assert_eq!(
        web::routes::events::send_reminders(&app.state)
            .await
            .expect("reminders"),
        0,
        "once"
    );
}
