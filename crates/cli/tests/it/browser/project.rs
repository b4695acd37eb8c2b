//! A consortium keeps its project page: the coordinator's admin creates the project, invites a
//! partner whose admin accepts, removes it again, posts and deletes news, links and unlinks an
//! event.

use super::harness::{Journey, Viewport};
use super::steps::{
    account_named, at_both_widths, days_ahead, demo_cluster, join, log_in, organisations_of, DEMO, PASSWORD,
};
use crate::helpers::TestApp;

at_both_widths!(a_cluster_keeps_the_page_of_its_project);

async fn a_cluster_keeps_the_page_of_its_project(v: Viewport) {
    let Some(j) = Journey::start("project", v).await else {
        return;
    };
    let app = TestApp::with_demo(60).await;
    clusterhub::demo::seed_accounts(&app.db.store)
        .await
        .expect("demo accounts");
    clusterhub::demo::seed_events(&app.db.store, 42)
        .await
        .expect("demo events");
    let cluster = demo_cluster(&app).await;
    let centre = organisations_of(&app, domain::OrganisationType::TechnologyCentre)
        .await
        .into_iter()
        .next()
        .expect("a technology centre");

    let m = j.person("manager", &app.base).await;
    log_in(&m, "manager@demo.clusterhub.eu", DEMO).await;
    m.goto(&format!("/organisations/{}", cluster.slug)).await;
    m.click_text("link", "Add a project").await;
    m.select("Your organisation’s role", "Coordinator").await;
    m.fill("Acronym", "COBOT-CELL").await;
    m.fill("Title", "Collaborative welding cells for SMEs").await;
    m.fill("Programme", "Interreg North Sea").await;
    m.fill(
        "Summary",
        "Five SMEs and a technology centre pilot cobot welding cells together.",
    )
    .await;
    m.fill("Start", &days_ahead(30)).await;
    m.fill("End", &days_ahead(700)).await;
    m.fill("Total budget", "1800000").await;
    m.screenshot("new-project").await;
    m.click_text("button", "Save the project").await;
    m.see("The project is created; add its partners below.").await;
    m.see("COBOT-CELL").await;

    // A partner is invited, its admin accepts; then it leaves again.
    let lena = account_named(&app, "lena@centre.example.eu", "Lena Laser").await;
    join(&app, lena, centre.id, domain::OrgRole::Admin).await;
    m.fill("The partner’s address in the directory", centre.slug.as_str())
        .await;
    m.click_text("button", "Add a partner").await;
    m.see("The organisation is invited; it joins the consortium when one of its admins accepts.")
        .await;
    m.see("waiting for the organisation to accept").await;
    m.screenshot("partner-invited").await;
    let path = m.path().await;
    let project = path.split('?').next().unwrap_or_default().to_owned();
    let partner = j.person("partner", &app.base).await;
    log_in(&partner, "lena@centre.example.eu", PASSWORD).await;
    partner.goto("/dashboard").await;
    partner
        .click_text("link", "A project invites your organisation into its consortium")
        .await;
    partner.click_text("button", "Accept: we take part").await;
    partner.see("Your organisation is now a partner of this project.").await;
    partner.screenshot("partner-accepted").await;
    m.goto(&project).await;
    m.see(&centre.profile.name).await;
    m.screenshot("partner-added").await;
    m.click(&format!("form[action$='/partners/{}/remove'] button", centre.slug))
        .await;
    m.see("The consortium is updated.").await;
    m.not_see(&centre.profile.name).await;

    // News, posted and deleted.
    m.fill("Title", "Kick-off in Hamburg").await;
    m.fill(
        "Text",
        "The consortium met at the technology centre and chose the first two pilot lines.",
    )
    .await;
    m.click_text("button", "Post news").await;
    m.see("The news are updated.").await;
    m.see("Kick-off in Hamburg").await;
    m.screenshot("news").await;
    m.click_text("button", "Delete").await;
    m.see("The news are updated.").await;
    m.not_see("Kick-off in Hamburg").await;

    // An event of the cluster, linked and unlinked.
    m.select("Link an event of a partner", "B2B Matchmaking Day").await;
    m.click_text("button", "Link an event of a partner").await;
    m.see("The events are updated.").await;
    m.see("B2B Matchmaking Day").await;
    m.screenshot("event-linked").await;
    m.click_text("button", "Unlink").await;
    m.see("The events are updated.").await;
    m.see("No event is linked to this project.").await;
    j.finish();
}
