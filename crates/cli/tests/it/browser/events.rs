//! Events: registering and cancelling; B2B meetings requested, accepted, scheduled, published and
//! found on the participant's agenda and calendar file; a business mission's call, from the
//! application through the evaluation to the selection.

use super::harness::{Journey, Page, Viewport};
use super::steps::{account_named, at_both_widths, join, log_in, nav, organisations_of, unfold, DEMO, PASSWORD};
use crate::helpers::TestApp;

/// The demo directory with its accounts and events.
pub(super) async fn demo_with_events() -> TestApp {
    let app = TestApp::with_demo(120).await;
    clusterhub::demo::seed_accounts(&app.db.store)
        .await
        .expect("demo accounts");
    clusterhub::demo::seed_events(&app.db.store, 42)
        .await
        .expect("demo events");
    app
}

/// Opens one of the events the signed-in person registered for or organises, by (part of) its
/// title, from their list.
pub(super) async fn open_mine(b: &Page, title: &str) {
    nav(b, "Events").await;
    b.click_text("link", "Your events").await;
    b.click_text("main a", title).await;
}

/// Opens an event from the calendar by (part of) its title, narrowing the list to a type of
/// event first when one is given.
async fn open_event(b: &Page, kind: Option<&str>, title: &str) {
    nav(b, "Events").await;
    if let Some(kind) = kind {
        // A narrow screen folds the filters under their heading.
        unfold(b, "Filters").await;
        b.check(kind).await;
        b.click_text("button", "Show").await;
    }
    b.click_text("main a", title).await;
}

at_both_widths!(a_member_registers_for_an_event_and_cancels);

async fn a_member_registers_for_an_event_and_cancels(v: Viewport) {
    let Some(j) = Journey::start("event-registration", v).await else {
        return;
    };
    let app = demo_with_events().await;
    let sam = j.person("member", &app.base).await;
    log_in(&sam, "member@demo.clusterhub.eu", DEMO).await;
    open_event(&sam, Some("Talk or webinar"), "Webinar:").await;
    let title = sam.text_of("h1").await;
    sam.see("Registration").await;
    sam.not_see("meet.demo.clusterhub.eu").await;
    sam.screenshot("event").await;
    if sam.shows("Registering for").await {
        sam.select("Registering for", "Myself only").await;
    }
    sam.click_text("button", "Register").await;
    sam.see("You are registered; a confirmation is on its way by e-mail.")
        .await;
    sam.see("You are registered.").await;
    // The online access is for registered participants.
    sam.see("meet.demo.clusterhub.eu").await;
    sam.screenshot("registered").await;

    nav(&sam, "Events").await;
    sam.click_text("link", "Your events").await;
    sam.see(&title).await;
    sam.click_text("main a", &title).await;
    sam.click_text("button", "Cancel my registration").await;
    sam.see("Your registration is cancelled.").await;
    sam.not_see("You are registered.").await;
    sam.not_see("meet.demo.clusterhub.eu").await;
    sam.screenshot("cancelled").await;
    j.finish();
}

at_both_widths!(b2b_meetings_are_requested_accepted_scheduled_and_on_the_agenda);

async fn b2b_meetings_are_requested_accepted_scheduled_and_on_the_agenda(v: Viewport) {
    let Some(j) = Journey::start("b2b", v).await else {
        return;
    };
    let app = demo_with_events().await;
    let company = organisations_of(&app, domain::OrganisationType::Company)
        .await
        .into_iter()
        .nth(5)
        .expect("a company");
    let ole = account_named(&app, "ole@example.dk", "Ole Sørensen").await;
    join(&app, ole, company.id, domain::OrgRole::Member).await;
    let day = "B2B Matchmaking Day";

    // Ole registers for the manager's matchmaking day and describes what he brings.
    let o = j.person("ole", &app.base).await;
    log_in(&o, "ole@example.dk", PASSWORD).await;
    open_event(&o, Some("Matchmaking event"), day).await;
    if o.shows("Registering for").await {
        o.select("Registering for", &company.profile.name).await;
    }
    o.click_text("button", "Register").await;
    o.see("You are registered").await;
    o.click_text("link", "Your meetings").await;
    if o.shows("Your profile at this event").await {
        o.fill("Offers", "Laser welding of thin sheet, small series.").await;
        o.fill("Seeks", "Integrators of sensor housings.").await;
        o.click_text("button", "Save the profile").await;
        o.see("Your profile is saved.").await;
    }
    // He is away for the last meeting of the afternoon.
    o.uncheck("15:50").await;
    o.click_text("button", "Save the availability").await;
    o.see("Your availability is saved.").await;

    // Sam, a participant already, finds him and asks for a meeting.
    let sam = j.person("member", &app.base).await;
    log_in(&sam, "member@demo.clusterhub.eu", DEMO).await;
    open_event(&sam, Some("Matchmaking event"), day).await;
    sam.click_text("link", "Participants").await;
    sam.fill("Search the participants", "Sørensen").await;
    sam.press("Enter").await;
    sam.see("Ole Sørensen").await;
    sam.fill(
        "A message to Ole Sørensen (optional)",
        "Could we talk about sensor housings?",
    )
    .await;
    sam.screenshot("request").await;
    sam.click_text("button", "Request a meeting").await;
    sam.see("Your request is sent.").await;

    // Ole accepts, on the page of his meetings.
    if o.path().await.contains("/meetings") {
        o.reload().await;
    } else {
        o.click_text("link", "Your meetings").await;
    }
    o.see("Could we talk about sensor housings?").await;
    o.click_text("button", "Accept").await;
    o.see("You accepted the meeting.").await;
    o.screenshot("accepted").await;

    // The organiser runs the scheduler, locks a meeting and publishes.
    let manager = j.person("manager", &app.base).await;
    log_in(&manager, "manager@demo.clusterhub.eu", DEMO).await;
    nav(&manager, "Events").await;
    manager.click_text("link", "Your events").await;
    manager.click_text("main a", day).await;
    manager
        .click_text("link", "Participants, meetings and statistics")
        .await;
    manager.click_text("button", "Run the scheduler").await;
    manager.see("The scheduler has run").await;
    manager.see("meetings placed").await;
    manager.screenshot("scheduled").await;
    manager.click_text("button", "Lock").await;
    manager.see("Saved.").await;
    manager.click_text("button", "Publish the schedule").await;
    manager.see("The schedule is published").await;
    manager.screenshot("published").await;

    // Sam's agenda has the meeting with Ole, and a calendar file of it.
    sam.click_text("link", "Your agenda").await;
    sam.see("Meeting agenda").await;
    sam.see("Ole Sørensen").await;
    sam.screenshot("agenda").await;
    let ics = sam.href_of("Add the meetings to your calendar (.ics)").await;
    let (status, content_type, body) = sam.fetch(&ics).await;
    sam.expect(
        status == 200 && content_type.starts_with("text/calendar"),
        &format!("the agenda's calendar file answers {status} {content_type}"),
    )
    .await;
    sam.expect(
        body.contains("BEGIN:VCALENDAR") && body.contains("Ole S"),
        &format!("the calendar file holds the meeting with Ole: {body}"),
    )
    .await;
    j.finish();
}

at_both_widths!(a_business_mission_takes_applications_evaluates_and_selects);

async fn a_business_mission_takes_applications_evaluates_and_selects(v: Viewport) {
    let Some(j) = Journey::start("mission", v).await else {
        return;
    };
    let app = demo_with_events().await;
    let store = &app.db.store;
    let (missions, _) = store
        .public_events(&store::events::EventFilter {
            kinds: vec![domain::EventKind::Mission],
            limit: 1,
            ..Default::default()
        })
        .await
        .expect("missions");
    let mission = missions.into_iter().next().expect("the demo has a business mission");
    let title = mission.draft.title.clone();
    let olga = account_named(&app, "olga@cluster.example.eu", "Olga Organiser").await;
    join(&app, olga, mission.organisation_id, domain::OrgRole::Admin).await;
    let company = organisations_of(&app, domain::OrganisationType::Company)
        .await
        .into_iter()
        .find(|o| o.id != mission.organisation_id)
        .expect("a company");
    let anna = account_named(&app, "anna@sme.example.eu", "Anna Applicant").await;
    join(&app, anna, company.id, domain::OrgRole::Admin).await;
    account_named(&app, "eve@agency.example.eu", "Eve Evaluator").await;
    let bob = account_named(&app, "bob@agency.example.eu", "Bob Bystander").await;

    // Anna applies for her company.
    let a = j.person("applicant", &app.base).await;
    log_in(&a, "anna@sme.example.eu", PASSWORD).await;
    open_event(&a, Some("Business mission"), &title).await;
    a.see("Call for participation").await;
    a.click_text("link", "Apply for the mission").await;
    a.fill(
        "Which markets in North America do you target",
        "Canada first: Ontario's automotive suppliers.",
    )
    .await;
    a.fill(
        "What do you offer buyers and partners there",
        "Sensor housings machined to 5 µm.",
    )
    .await;
    a.fill("Who would travel", "Our CEO and our head of sales.").await;
    a.screenshot("application").await;
    a.click_text("button", "Submit the application").await;
    a.see("Your application is submitted").await;
    a.see(&format!("{} applied: submitted", company.profile.name)).await;
    a.can_see("button", "Withdraw the application").await;

    // The organiser names an evaluator.
    let o = j.person("organiser", &app.base).await;
    log_in(&o, "olga@cluster.example.eu", PASSWORD).await;
    nav(&o, "Events").await;
    o.click_text("link", "Your events").await;
    o.click_text("main a", &title).await;
    o.click_text("link", "Call for participation").await;
    o.fill("E-mail address of an account", "eve@agency.example.eu").await;
    o.click_text("button", "Add as evaluator").await;
    o.see("The evaluators are updated.").await;
    o.see("eve@agency.example.eu").await;
    // A second one by mistake, removed again.
    o.fill("E-mail address of an account", "bob@agency.example.eu").await;
    o.click_text("button", "Add as evaluator").await;
    o.see("bob@agency.example.eu").await;
    o.click(&format!("form[action$='/evaluators/{bob}/remove'] button"))
        .await;
    o.see("The evaluators are updated.").await;
    o.not_see("bob@agency.example.eu").await;
    o.screenshot("evaluators").await;

    // The evaluator, told by mail, scores the application.
    let e = j.person("evaluator", &app.base).await;
    log_in(&e, "eve@agency.example.eu", PASSWORD).await;
    let link = app
        .link_in_mail("eve@agency.example.eu", &format!("/events/{}", mission.id), 0)
        .await;
    e.goto(&link).await;
    if !e.path().await.contains("/applications") {
        e.click_text("link", "Applications").await;
    }
    e.click_text("main a", &company.profile.name).await;
    e.see("Your score").await;
    e.fill("Export readiness", "8").await;
    e.fill("Fit with the target market", "7").await;
    e.fill("Capacity to follow up", "9").await;
    e.fill("Comment", "Clear plan; the right people travel.").await;
    e.click_text("button", "Save my score").await;
    e.should_see("Your score is saved.").await;
    // The score is among the application's scores, now that hers is given.
    if !e.shows("Clear plan; the right people travel.").await {
        e.click_text("main a", &company.profile.name).await;
    }
    e.see("Eve Evaluator").await;
    e.see("Clear plan; the right people travel.").await;
    e.screenshot("scored").await;

    // The organiser selects and tells every applicant.
    o.click_text("link", "Applications").await;
    o.see("Ranking by weighted score").await;
    o.see(&company.profile.name).await;
    o.click_text("button", "Select").await;
    o.see("The decision is recorded.").await;
    o.click_text("button", "Tell every applicant the outcome").await;
    o.see("Every applicant has been told the outcome.").await;
    o.screenshot("notified").await;

    a.goto(&format!("/events/{}", mission.id)).await;
    a.see(&format!("{} applied: selected", company.profile.name)).await;
    let told = app.mails_to("anna@sme.example.eu");
    a.expect(
        told.iter().any(|m| m.contains(&title) && m.contains("selected")),
        &format!("Anna is told by mail that her company is selected: {told:?}"),
    )
    .await;
    j.finish();
}
