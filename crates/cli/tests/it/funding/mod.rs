//! Funding calls over HTTP: the list (open by default, closing soon first), its filters, a call's
//! page with its cut-offs in Brussels time and the reader's, and the calls in the search.

use domain::PlatformRole;

use crate::agent::{account, Agent, PASSWORD};
use crate::helpers::{shared_data, TestApp};

#[tokio::test]
async fn calls_are_listed_by_status_filtered_and_found() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let made = clusterhub::demo::seed_calls(store, 42).await.expect("demo calls");
    assert!(made > 20);
    let (status, open) = app.text("/funding").await;
    assert_eq!(status, 200);
    assert!(
        open.contains("Closing within 30 days"),
        "open calls closing soon come first"
    );
    assert!(
        open.contains("badge state-open") && !open.contains("badge state-closed"),
        "open ones by default"
    );
    let (_, closed) = app.text("/funding?status=closed").await;
    assert!(closed.contains("badge state-closed") && !closed.contains("badge state-open"));
    let (_, cascade) = app.text("/funding?status=all&cascade=yes").await;
    assert!(cascade.contains("Cascade call") && !cascade.contains("EIC Accelerator"));
    let (_, eic) = app.text("/funding?status=all&programme=horizon").await;
    assert!(eic.contains("EIC Accelerator") && !eic.contains("Cybersecurity uptake"));
    for bad in ["?status=soon", "?programme=<script>", "?cascade=maybe", "?offset=-3"] {
        let (status, _) = app.text(&format!("/funding{bad}")).await;
        assert_eq!(status, 400, "{bad}");
    }

    // A call's page: cut-offs in Brussels time, and in the reader's zone when it differs.
    let id = open
        .split("href=\"/funding/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a call")
        .to_owned();
    let (_, page) = app.text(&format!("/funding/{id}")).await;
    assert!(page.contains("17:00 (Europe/Brussels)"));
    assert!(page.contains("<strong>"), "the sanitised description is shown as HTML");
    let user = account(&app, "reader@example.fi", PlatformRole::User).await;
    store.set_timezone(user, Some("Europe/Helsinki")).await.expect("zone");
    let mut reader = Agent::new(&app);
    reader.login("reader@example.fi", PASSWORD).await;
    let seen = reader.get(&format!("/funding/{id}")).await;
    assert!(
        seen.body.contains("18:00 (Europe/Helsinki)"),
        "Brussels 17:00 is 18:00 in Helsinki"
    );
    assert_eq!(app.text("/funding/999999").await.0, 404);

    let found = app
        .search_until("q=innovation+vouchers+biotech&kind=call", |b| {
            b["total"].as_u64().unwrap_or(0) > 0
        })
        .await
        .expect("calls are in the search");
    assert!(found["hits"][0]["url"].as_str().expect("url").starts_with("/funding/"));
}

#[tokio::test]
async fn imported_portal_calls_are_listed_as_closed_with_their_cut_offs() {
    let Some(file) = shared_data("funding_calls/ft_calls_open_2024-10-26.csv") else {
        return;
    };
    let app = TestApp::spawn().await;
    clusterhub::import::calls::run(&app.db.store, &file, false)
        .await
        .expect("import");
    // The export is of 2024: every call has closed since.
    let (_, open) = app.text("/funding").await;
    assert!(open.contains("No call matches these filters."));
    let (_, erc) = app.text("/funding?status=closed&programme=ERC").await;
    assert!(erc.contains("ERC SYNERGY GRANTS"), "titles as the portal writes them");
    assert!(
        erc.contains("6 Nov 2024, 17:00 (Europe/Brussels)"),
        "in the reader's language"
    );
    let (_, cascade) = app.text("/funding?status=all&cascade=yes").await;
    assert!(cascade.contains("89 calls"));
}

/// A person follows a call: a reminder mail comes once when a cut-off is as near as they asked,
/// the cut-offs are in their calendar feed at a secret address, and the calls that fit their
/// organisation are listed with reasons.
#[tokio::test]
async fn followed_calls_remind_before_each_cut_off_and_fit_calls_come_with_reasons() {
    use domain::{CriticalTechnology, OrgRole, OrganisationType};
    use store::organisations::{OrgKey, SaveMode};
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    clusterhub::demo::seed_calls(store, 7).await.expect("demo calls");
    let user = account(&app, "founder@robots.dk", PlatformRole::User).await;
    let mut draft = domain::OrganisationDraft::new(
        "Aarhus Robotics",
        OrganisationType::Company,
        domain::CountryCode::parse("DK").expect("country"),
    );
    draft.is_sme = true;
    draft.critical_technologies = vec![CriticalTechnology::Semiconductors];
    draft.descriptions.insert(
        domain::LanguageCode::parse("en").expect("language"),
        "We design semiconductor test equipment and pilot lines for chips.".into(),
    );
    let draft = draft.validate().expect("draft");
    let slug = domain::Slug::parse("aarhus-robotics").expect("slug");
    let mut tx = store.begin().await.expect("tx");
    let (org, _) = store::organisations::save(&mut tx, OrgKey::Slug(&slug), SaveMode::Replace, &draft)
        .await
        .expect("save");
    tx.commit().await.expect("commit");
    store.set_org_role(user, org, OrgRole::Admin).await.expect("role");

    let mut a = Agent::new(&app);
    a.login("founder@robots.dk", PASSWORD).await;
    let mine = a.get("/funding/mine").await;
    assert_eq!(mine.status, 200);
    assert!(mine.body.contains("Calls that fit your organisations"));
    assert!(
        mine.body.contains("Next-generation semiconductor pilot lines"),
        "the semiconductor call fits"
    );
    assert!(mine.body.contains("Mentions semiconductor"), "with its reason");

    // Follow the open call whose cut-off is nearest, reminded 30 days ahead.
    let now = chrono::Utc::now();
    let (calls, _) = store
        .calls(&store::funding::CallFilter {
            now,
            status: Some(domain::funding::CallStatus::Open),
            programmes: vec![],
            cascade: None,
            closing_within_days: Some(30),
            limit: 1,
            offset: 0,
        })
        .await
        .expect("calls");
    let call = calls.first().expect("a call closing within 30 days");
    let page = a.get(&format!("/funding/{}", call.id)).await;
    assert!(page.body.contains("Follow this call"));
    assert!(
        page.body.contains("Addressed to")
            && (page.body.contains("countries associated to") || page.body.contains("As the cascade call sets them"))
    );
    let bad = a.post(&format!("/funding/{}/follow", call.id), &[("days", "2")]).await;
    assert_eq!(bad.status, 400);
    let followed = a.post(&format!("/funding/{}/follow", call.id), &[("days", "30")]).await;
    assert_eq!(followed.status, 303);
    assert_eq!(store.following_call(user, call.id).await.expect("read"), Some(30));

    let sent = web::routes::funding::send_call_reminders(&app.state)
        .await
        .expect("reminders");
    assert!(sent >= 1, "the next cut-off is within 30 days");
    let mails = app.mails_to("founder@robots.dk");
    assert!(
        mails
            .iter()
            .any(|m| m.contains("has a cut-off on") && m.contains(&call.call.identifier)),
        "{mails:?}"
    );
    assert_eq!(
        web::routes::funding::send_call_reminders(&app.state)
            .await
            .expect("reminders"),
        0,
        "once per cut-off"
    );

    // The calendar: a secret address, replaced on demand.
    a.get("/funding/mine").await;
    assert_eq!(a.post("/funding/calendar", &[]).await.status, 303);
    let key = store.calendar_key(user).await.expect("read").expect("a key");
    let (status, ics) = app.text(&format!("/calendars/{key}/deadlines.ics")).await;
    assert_eq!(status, 200);
    let cal: icalendar::Calendar = ics.parse().expect("valid iCalendar");
    assert_eq!(cal.components.len(), call.call.deadlines.len());
    assert!(ics.contains(&format!("DTEND:{}", call.call.deadlines[0].at.format("%Y%m%dT%H%M%SZ"))));
    a.get("/funding/mine").await;
    assert_eq!(a.post("/funding/calendar", &[]).await.status, 303);
    assert_eq!(
        app.text(&format!("/calendars/{key}/deadlines.ics")).await.0,
        404,
        "the old address is retired"
    );
    assert_eq!(app.text("/calendars/not-a-key/deadlines.ics").await.0, 404);

    // The same in the API, as documented.
    let (_, doc) = app.json("/api/openapi.json").await;
    let (status, fits) = app.json("/api/v1/organisations/aarhus-robotics/calls?limit=5").await;
    assert_eq!(status, 200);
    crate::api::assert_conforms(
        &doc,
        crate::api::response_schema(&doc, "/api/v1/organisations/{slug}/calls", "200"),
        &fits,
        "fits",
    );
    assert!(fits["items"][0]["reasons"].as_array().is_some_and(|r| !r.is_empty()));
    let (_, calls) = app.json("/api/v1/calls?status=all&limit=3").await;
    crate::api::assert_conforms(
        &doc,
        crate::api::response_schema(&doc, "/api/v1/calls", "200"),
        &calls,
        "calls",
    );
    assert!(calls["next"].as_str().is_some());
    let (_, one) = app.json(&format!("/api/v1/calls/{}", call.id)).await;
    crate::api::assert_conforms(
        &doc,
        crate::api::response_schema(&doc, "/api/v1/calls/{id}", "200"),
        &one,
        "call",
    );
    assert_eq!(one["deadlines"][0]["timezone"], "Europe/Brussels");
    for bad in [
        "status=soon",
        "cascade=maybe",
        "limit=101",
        "programme=%3Cscript%3E",
        "colour=red",
    ] {
        assert_eq!(app.json(&format!("/api/v1/calls?{bad}")).await.0, 400, "{bad}");
    }
    assert_eq!(app.json("/api/v1/organisations/nobody/calls").await.0, 404);

    assert_eq!(a.post(&format!("/funding/{}/unfollow", call.id), &[]).await.status, 303);
    assert_eq!(store.following_call(user, call.id).await.expect("read"), None);
}
