//! Funding: following a call (with its reminder and calendar address), and a cascade-funding
//! programme from the application, naming a technology centre, through the centre's
//! confirmation and the evaluator's score to the owner's award.

use super::harness::{Journey, Viewport};
use super::steps::{account_named, at_both_widths, join, log_in, nav, organisations_of, DEMO, PASSWORD};
use crate::helpers::TestApp;

at_both_widths!(a_member_follows_a_funding_call);

async fn a_member_follows_a_funding_call(v: Viewport) {
    let Some(j) = Journey::start("follow-call", v).await else {
        return;
    };
    let app = TestApp::with_demo(60).await;
    clusterhub::demo::seed_accounts(&app.db.store)
        .await
        .expect("demo accounts");
    clusterhub::demo::seed_calls(&app.db.store, 42)
        .await
        .expect("demo calls");
    let sam = j.person("member", &app.base).await;
    log_in(&sam, "member@demo.clusterhub.eu", DEMO).await;
    nav(&sam, "Funding").await;
    sam.see("Funding opportunities").await;
    sam.screenshot("calls").await;
    sam.click("main .event-list h4 a, main h3 a, main li a[href^='/funding/']")
        .await;
    let title = sam.text_of("h1").await;
    sam.see("Follow this call").await;
    sam.select("Remind me by e-mail", "7 days before each cut-off").await;
    sam.click_text("button", "Follow and remind me").await;
    sam.see("You follow this call; reminders come by e-mail before each cut-off.")
        .await;
    sam.see("You follow this call.").await;
    sam.screenshot("following").await;

    sam.click_text("main a", "My funding").await;
    sam.see("Calls you follow").await;
    sam.see(&title).await;
    sam.click_text("button", "Create my calendar address").await;
    sam.see("Your calendar address is ready").await;
    let calendar: String = sam
        .eval("(() => { const a = [...document.querySelectorAll('main a, main input, main code')].map(e => e.href || e.value || e.textContent).find(t => /deadlines\\.ics/.test(t || '')); return a || ''; })()")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned();
    sam.expect(!calendar.is_empty(), "the page shows the calendar address")
        .await;
    let (status, content_type, body) = sam.fetch(calendar.trim()).await;
    sam.expect(
        status == 200 && content_type.starts_with("text/calendar") && body.contains("BEGIN:VCALENDAR"),
        &format!("the calendar address answers {status} {content_type}"),
    )
    .await;
    sam.screenshot("my-funding").await;

    sam.click_text("main a", &title).await;
    sam.click_text("button", "Stop following").await;
    sam.see("You no longer follow this call.").await;
    j.finish();
}

at_both_widths!(an_sme_applies_to_a_cascade_programme_and_is_awarded);

async fn an_sme_applies_to_a_cascade_programme_and_is_awarded(v: Viewport) {
    let Some(j) = Journey::start("programme", v).await else {
        return;
    };
    let app = TestApp::with_demo(60).await;
    clusterhub::demo::seed_accounts(&app.db.store)
        .await
        .expect("demo accounts");
    clusterhub::demo::seed_programmes(&app.db.store, 42)
        .await
        .expect("demo programme");
    // A company that has not applied yet (the demo's six applicants come first).
    let company = organisations_of(&app, domain::OrganisationType::Company)
        .await
        .into_iter()
        .nth(12)
        .expect("a company");
    let centre = organisations_of(&app, domain::OrganisationType::TechnologyCentre)
        .await
        .into_iter()
        .last()
        .expect("a technology centre");
    let petra = account_named(&app, "petra@sme.example.eu", "Petra Pilot").await;
    join(&app, petra, company.id, domain::OrgRole::Admin).await;
    let tom = account_named(&app, "tom@centre.example.eu", "Tom Centre").await;
    join(&app, tom, centre.id, domain::OrgRole::Member).await;
    let project = "Laser-cut sensor brackets";

    // Petra finds the programme from the funding page and applies.
    let p = j.person("applicant", &app.base).await;
    log_in(&p, "petra@sme.example.eu", PASSWORD).await;
    nav(&p, "Funding").await;
    p.see("Cascade-funding programmes open on clusterhub").await;
    p.click_text("main a", "Smart manufacturing pilots").await;
    p.see("Maximum grant").await;
    p.looks_like_a_button("link", "Apply").await;
    p.screenshot("programme").await;
    p.click_text("link", "Apply").await;
    p.see("Apply to Smart manufacturing pilots").await;
    if p.shows("Applicant").await {
        p.select("Applicant", &company.profile.name).await;
    }
    // Typing the start of the centre's name offers it; choosing the suggestion fills the field
    // with what the browser takes from it, which must be the name the person reads.
    let first_word = centre
        .profile
        .name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned();
    p.fill("Technology centre", &first_word).await;
    let chosen = p
        .eval(&format!(
            "(() => {{ const input = byLabel('Technology centre')[0]; const list = input.list; if (!list) return null; \
             const o = [...list.options].find(o => o.value === {name:?} || o.label === {name:?} || o.textContent.trim() === {name:?}); \
             return o ? o.value : null; }})()",
            name = centre.profile.name
        ))
        .await;
    match chosen.as_str() {
        Some(value) if value == centre.profile.name => {}
        Some(value) => {
            p.problem(&format!(
                "choosing “{}” among the suggestions of the field “Technology centre” fills it with “{value}”, not with the name",
                centre.profile.name
            ))
            .await;
        }
        None => {
            p.problem(&format!(
                "the field “Technology centre” does not suggest “{}”",
                centre.profile.name
            ))
            .await;
        }
    }
    p.fill("Technology centre", &centre.profile.name).await;
    p.fill("Project", project).await;
    p.fill(
        "Project summary",
        "Brackets laser-cut from recycled steel sheet, replacing machined aluminium parts.",
    )
    .await;
    p.fill("Requested", "40000").await;
    p.fill(
        "What will you build or change in your production?",
        "A laser cell for brackets.",
    )
    .await;
    p.fill(
        "What does the technology centre bring",
        "Its laser lab and two engineers for the trials.",
    )
    .await;
    p.fill(
        "What will the result be worth",
        "A tenth less material and half the machining time.",
    )
    .await;
    p.screenshot("application").await;
    p.click_text("button", "Submit the application").await;
    p.see("Your application is submitted").await;
    p.see(project).await;

    // The technology centre confirms from the mail it receives.
    let t = j.person("centre", &app.base).await;
    log_in(&t, "tom@centre.example.eu", PASSWORD).await;
    let link = app
        .link_in_mail("tom@centre.example.eu", "/programme-applications/", 0)
        .await;
    t.goto(&link).await;
    t.click_text("button", "Confirm our participation").await;
    t.see("Your participation is confirmed.").await;
    t.screenshot("centre-confirmed").await;

    // The evaluator scores it.
    let e = j.person("evaluator", &app.base).await;
    log_in(&e, "member@demo.clusterhub.eu", DEMO).await;
    nav(&e, "Funding").await;
    e.click_text("main a", "Smart manufacturing pilots").await;
    e.click_text("link", "Applications").await;
    e.click_text("main a", project).await;
    e.fill("Innovation", "8").await;
    e.fill("Impact on the company", "7").await;
    e.fill("Feasibility and the centre", "9").await;
    e.fill("Comment", "A clear, small step with a capable centre.").await;
    e.click_text("button", "Save my score").await;
    e.see("Your score is saved.").await;
    e.screenshot("scored").await;

    // The owner awards the grant.
    let m = j.person("manager", &app.base).await;
    log_in(&m, "manager@demo.clusterhub.eu", DEMO).await;
    nav(&m, "Funding").await;
    m.click_text("main a", "Smart manufacturing pilots").await;
    m.click_text("link", "Applications").await;
    m.click_text("main a", project).await;
    m.fill("Grant", "40000").await;
    m.click_text("button", "Award").await;
    m.see("The grant is awarded.").await;
    m.click_text("main a", "Smart manufacturing pilots").await;
    m.see("Funded projects").await;
    m.see(project).await;
    m.screenshot("awarded").await;
    j.finish();
}
