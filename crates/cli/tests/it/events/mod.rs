//! Events end to end over HTTP: an organiser's draft reviewed and published, the calendar with
//! its filters, month view and iCalendar feed, schema.org data, registration with a waiting list
//! and its mails; then B2B matchmaking: profiles, requests and answers, availability, sessions,
//! the scheduler run, locks, publishing, agendas and statistics.

use domain::{OrgRole, PlatformRole};
use icalendar::{Component, EventLike};

use crate::agent::{account, organisation, Agent, PASSWORD};
use crate::helpers::TestApp;

mod b2b;
mod b2b_day;
mod b2b_followup;
mod b2b_preferences;
mod b2b_stewards;
mod missions;

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

/// A group meeting of `host` and `guests` at an event, placed at `slot` and `table` and locked
/// there as a published schedule leaves it.
async fn placed_group(app: &TestApp, id: i64, host: i64, guests: &[i64], slot: u16, table: u32) {
    let store = &app.db.store;
    let group = store
        .create_group_meeting(id, host, guests, "Delegation")
        .await
        .expect("group");
    store
        .save_group_schedule(
            id,
            &[store::b2b_preferences::GroupPlaced {
                group_id: group,
                at: Some((slot, table)),
                unscheduled: None,
            }],
        )
        .await
        .expect("group placed");
    store.lock_group_meetings(id).await.expect("lock");
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
