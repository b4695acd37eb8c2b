//! Project pages kept by their consortium: an organisation's admin creates a project, adds
//! partners, posts news and links an event; the page, the partners' profiles and the API show
//! it; people outside the consortium change nothing.

use domain::{OrgRole, OrganisationType, PlatformRole};

use crate::agent::{account, Agent, PASSWORD};
use crate::api::{assert_conforms, response_schema};
use crate::helpers::{organisation_of as org, TestApp};

#[tokio::test]
async fn a_consortium_keeps_its_project_page() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let lead = account(&app, "lead@cluster.dk", PlatformRole::User).await;
    let cluster = org(
        &app,
        "space-cluster",
        "Space Cluster Denmark",
        OrganisationType::Cluster,
        "DK",
    )
    .await;
    store.set_org_role(lead, cluster, OrgRole::Admin).await.expect("role");
    let partner_admin = account(&app, "pm@iwu.de", PlatformRole::User).await;
    let centre = org(
        &app,
        "fraunhofer-iwu",
        "Fraunhofer IWU",
        OrganisationType::TechnologyCentre,
        "DE",
    )
    .await;
    store
        .set_org_role(partner_admin, centre, OrgRole::Admin)
        .await
        .expect("role");
    let _outsider = account(&app, "someone@else.eu", PlatformRole::User).await;

    let mut a = Agent::new(&app);
    a.login("lead@cluster.dk", PASSWORD).await;
    let form = a.get("/organisations/space-cluster/projects/new").await;
    assert_eq!(form.status, 200);
    let bad = a
        .post(
            "/organisations/space-cluster/projects/new",
            &[
                ("role", "coordinator"),
                ("acronym", ""),
                ("title", "Smallsat supply chain"),
                ("starts", "2026-02-30"),
                ("budget", "lots"),
                ("target_markets", "US XX"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    for message in [
        "From 1 to 60 characters",
        "Enter the day as YYYY-MM-DD",
        "An amount in euros",
    ] {
        assert!(bad.body.contains(message), "{message}");
    }
    let created = a
        .post(
            "/organisations/space-cluster/projects/new",
            &[
                ("role", "coordinator"),
                ("acronym", "SMALLSAT-SC"),
                ("title", "Smallsat supply chain"),
                ("programme", "Interreg North Sea"),
                (
                    "summary",
                    "Danish and German SMEs qualify parts for small satellites together.",
                ),
                ("starts", "2026-01-01"),
                ("ends", "2028-12-31"),
                ("budget", "2400000"),
                ("critical_technologies", "space-propulsion"),
                ("ecosystems", "aerospace-defence"),
                ("target_markets", "US JP"),
                ("website", "smallsat.example.eu"),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let id: i64 = created
        .location
        .strip_prefix("/projects/")
        .and_then(|r| r.split('?').next())
        .and_then(|n| n.parse().ok())
        .expect("project id");
    let again = a
        .post(
            "/organisations/space-cluster/projects/new",
            &[
                ("role", "participant"),
                ("acronym", "SMALLSAT-SC"),
                ("title", "Another one"),
            ],
        )
        .await;
    assert_eq!(again.status, 422);
    assert!(again.body.contains("Another project has this acronym"));

    // Partners: an unknown address is refused; the centre is invited as participant and joins
    // when its admin accepts.
    a.get(&format!("/projects/{id}")).await;
    let unknown = a
        .post(
            &format!("/projects/{id}/partners"),
            &[("organisation", "nobody"), ("role", "participant")],
        )
        .await;
    assert_eq!(unknown.status, 422);
    let added = a
        .post(
            &format!("/projects/{id}/partners"),
            &[
                ("organisation", "https://hub.example/organisations/fraunhofer-iwu"),
                ("role", "participant"),
            ],
        )
        .await;
    assert_eq!(added.status, 303);
    assert!(added.location.ends_with("done=partner-invited"), "{}", added.location);
    assert_eq!(
        store.consortium(id).await.expect("consortium").len(),
        1,
        "not before it accepts"
    );

    // The partner's admin posts news and links its event; it cannot edit the project.
    let day = (chrono::Utc::now() + chrono::Duration::days(20)).format("%Y-%m-%d");
    let event = domain::EventInput {
        kind: "workshop".into(),
        title: "Qualifying parts for orbit".into(),
        description: "A workshop on qualification tests for smallsat parts.".into(),
        starts: format!("{day}T09:00"),
        ends: format!("{day}T13:00"),
        timezone: "Europe/Berlin".into(),
        attendance: "on-site".into(),
        venue: "IWU".into(),
        city: "Chemnitz".into(),
        country: "DE".into(),
        contact_email: "events@iwu.example".into(),
        ..domain::EventInput::default()
    }
    .validate(chrono::Utc::now())
    .expect("valid");
    let event_id = store.create_event(centre, None, &event).await.expect("event");
    store
        .transition(
            event_id,
            &[domain::EventState::Draft],
            domain::EventState::Published,
            None,
        )
        .await
        .expect("publish");
    let mut p = Agent::new(&app);
    p.login("pm@iwu.de", PASSWORD).await;
    assert!(p
        .get("/dashboard")
        .await
        .body
        .contains("A project invites your organisation"));
    let invited = p.get(&format!("/projects/{id}")).await;
    assert!(invited.body.contains("Accept: we take part"), "{}", invited.body);
    let accepted = p
        .post(&format!("/projects/{id}/partners/fraunhofer-iwu/accept"), &[])
        .await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    let page = p.get(&format!("/projects/{id}")).await;
    assert!(page.body.contains("Post news") && page.body.contains("Qualifying parts for orbit"));
    assert!(!page.body.contains("Edit the project"), "only the coordinator edits");
    assert_eq!(p.get(&format!("/projects/{id}/edit")).await.status, 403);
    let news = p
        .post(
            &format!("/projects/{id}/news"),
            &[
                ("organisation", "fraunhofer-iwu"),
                ("title", "Vibration test bench ready"),
                ("body", "The shaker for qualification tests is installed in Chemnitz."),
            ],
        )
        .await;
    assert_eq!(news.status, 303);
    p.get(&format!("/projects/{id}")).await;
    let linked = p
        .post(&format!("/projects/{id}/events"), &[("event", &event_id.to_string())])
        .await;
    assert_eq!(linked.status, 303);

    // Everyone sees it; the partners' profiles show the consortium.
    let (_, public) = app.text(&format!("/projects/{id}")).await;
    for shown in [
        "SMALLSAT-SC",
        "Interreg North Sea",
        "2026-01-01 – 2028-12-31",
        "€2,400,000",
        "United States",
        "https://smallsat.example.eu",
        "Vibration test bench ready",
        "Qualifying parts for orbit",
        "Fraunhofer IWU",
    ] {
        assert!(public.contains(shown), "{shown}");
    }
    let (_, event_page) = app.text(&format!("/events/{event_id}")).await;
    assert!(
        event_page.contains(&format!("<a href=\"/projects/{id}\">SMALLSAT-SC</a>")),
        "the event names its project"
    );
    let (_, profile) = app.text("/organisations/fraunhofer-iwu").await;
    assert!(
        profile.contains("SMALLSAT-SC"),
        "the consortium shows on the partner's profile"
    );

    // The coordinator edits; the API shows the details, news and events as documented.
    let edit = a.get(&format!("/projects/{id}/edit")).await;
    assert_eq!(edit.status, 200);
    assert!(edit.body.contains("value=\"SMALLSAT-SC\""));
    let saved = a
        .post(
            &format!("/projects/{id}/edit"),
            &[
                ("acronym", "SMALLSAT-SC"),
                ("title", "Smallsat supply chain North Sea"),
                ("budget", "2500000"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303);
    let (_, doc) = app.json("/api/openapi.json").await;
    let (status, json) = app.json(&format!("/api/v1/projects/{id}")).await;
    assert_eq!(status, 200);
    assert_conforms(
        &doc,
        response_schema(&doc, "/api/v1/projects/{id}", "200"),
        &json,
        "project",
    );
    assert_eq!(json["details"]["budget"], 250_000_000);
    assert_eq!(json["news"][0]["organisation_slug"], "fraunhofer-iwu");
    assert_eq!(json["events"][0]["id"], event_id);
    assert_eq!(json["participants"].as_array().map(Vec::len), Some(2));

    // Outsiders change nothing.
    let mut z = Agent::new(&app);
    z.login("someone@else.eu", PASSWORD).await;
    z.get(&format!("/projects/{id}")).await;
    for (path, fields) in [
        (
            format!("/projects/{id}/news"),
            vec![
                ("organisation", "fraunhofer-iwu"),
                ("title", "Hacked"),
                ("body", "Nothing to see here at all."),
            ],
        ),
        (
            format!("/projects/{id}/partners"),
            vec![("organisation", "space-cluster"), ("role", "participant")],
        ),
        (format!("/projects/{id}/events/{event_id}/unlink"), vec![]),
    ] {
        assert_eq!(z.post(&path, &fields).await.status, 403, "{path}");
    }
    assert_eq!(z.get("/organisations/space-cluster/projects/new").await.status, 403);
}
