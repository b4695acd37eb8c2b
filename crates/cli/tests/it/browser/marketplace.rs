//! A cluster publishes an opportunity; a moderator approves it; someone of another
//! organisation expresses interest (an empty message is refused first); the two organisations
//! talk on a private page, each seeing the other's name.

use super::harness::{Journey, Viewport};
use super::steps::{
    account_named, at_both_widths, days_ahead, demo_cluster, error_summary_has_focus, join, log_in, nav, DEMO, PASSWORD,
};
use crate::helpers::TestApp;

at_both_widths!(an_opportunity_is_published_moderated_and_answered_by_another_organisation);

async fn an_opportunity_is_published_moderated_and_answered_by_another_organisation(v: Viewport) {
    let Some(j) = Journey::start("marketplace", v).await else {
        return;
    };
    let app = TestApp::with_demo(60).await;
    clusterhub::demo::seed_accounts(&app.db.store)
        .await
        .expect("demo accounts");
    let cluster = demo_cluster(&app).await;
    let centre = super::steps::organisations_of(&app, domain::OrganisationType::TechnologyCentre)
        .await
        .into_iter()
        .next()
        .expect("a technology centre");
    let lena = account_named(&app, "lena@centre.example.eu", "Lena Laser").await;
    join(&app, lena, centre.id, domain::OrgRole::Member).await;
    let title = "Cobot welding cells for small series";

    // The cluster's manager writes the opportunity and submits it.
    let manager = j.person("manager", &app.base).await;
    log_in(&manager, "manager@demo.clusterhub.eu", DEMO).await;
    nav(&manager, "Marketplace").await;
    manager
        .click_text("link", &format!("Publish an opportunity for {}", cluster.name))
        .await;
    manager.select("Kind", "Technology request").await;
    manager.fill("Title", title).await;
    manager
        .fill(
            "Description",
            "Our member SMEs weld small series of frames. We seek a technology centre to pilot a collaborative welding cell with seam tracking.",
        )
        .await;
    manager.check("Advanced manufacturing technologies").await;
    manager.check("Technical cooperation").await;
    manager.fill("Deadline", &days_ahead(60)).await;
    manager.fill("Contact person", "Clara Clustermanager").await;
    manager.fill("Contact e-mail", "clara@cluster.example.eu").await;
    manager.screenshot("opportunity-form").await;
    manager.click_text("button", "Save draft").await;
    manager.see(title).await;
    manager.see("Draft").await;
    manager.click_text("button", "Submit for review").await;
    manager.see("Submitted: a moderator will review it.").await;
    manager.screenshot("submitted").await;

    // The moderator publishes it.
    let mo = j.person("moderator", &app.base).await;
    log_in(&mo, "moderator@demo.clusterhub.eu", DEMO).await;
    nav(&mo, "Moderation").await;
    mo.see("Opportunities to review").await;
    mo.click_text("link", title).await;
    mo.click_text("button", "Publish").await;
    mo.see("Published; the owners have been told.").await;

    // Someone of a technology centre finds it and expresses interest.
    let other = j.person("lena", &app.base).await;
    log_in(&other, "lena@centre.example.eu", PASSWORD).await;
    nav(&other, "Marketplace").await;
    other.click_text("link", title).await;
    other.see("Express interest").await;
    // She asks to be told of new matches for it (the recommendations are computed in the
    // background: a person reloads until they are there).
    for _ in 0..10 {
        if !other.shows("Recommendations are being prepared").await {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
        other.reload().await;
    }
    other.click_text("button", "Notify me of new matches").await;
    other
        .see("Saved: you will get an e-mail when something new appears.")
        .await;
    nav(&other, "Marketplace").await;
    other.click_text("link", title).await;
    other.click_text("button", "Send").await;
    error_summary_has_focus(&other, "Your message to the owners").await;
    other.screenshot("interest-refused").await;
    other
        .fill(
            "Your message to the owners",
            "We run a cobot welding lab with seam tracking and can host a pilot next quarter.",
        )
        .await;
    other.click_text("button", "Send").await;
    other.see("the other side has been told").await;
    let heading = other.text_of("h1").await;
    other
        .verify(
            heading == format!("Conversation with {}", cluster.name),
            &format!(
                "the sender sees the conversation with the other organisation ({}); the heading reads “{heading}”",
                cluster.name
            ),
        )
        .await;
    other.see("We run a cobot welding lab").await;
    other.screenshot("conversation-sender").await;
    // The alert is listed on her account, and she deletes it.
    other.click_text("header a", "Lena Laser").await;
    other.click_text("main a", "Alerts").await;
    other.see(title).await;
    other.click_text("button", "Delete").await;
    other.see("Alert deleted.").await;

    // The owners answer on the same private page, which names the interested organisation.
    manager.goto("/marketplace/mine").await;
    manager.see(&centre.profile.name).await;
    manager.click_text("link", title).await;
    if !manager.path().await.starts_with("/interests/") {
        manager.click_text("link", &centre.profile.name).await;
    }
    let heading = manager.text_of("h1").await;
    manager
        .verify(
            heading == format!("Conversation with {}", centre.profile.name),
            &format!("the owners see the conversation with the interested organisation; the heading reads “{heading}”"),
        )
        .await;
    manager
        .fill("Message", "Welcome! Could you visit our members in March?")
        .await;
    manager.click_text("button", "Send").await;
    manager.see("Sent; the other side has been told by e-mail.").await;
    manager.see("Could you visit our members in March?").await;
    manager.screenshot("conversation-owner").await;
    j.finish();
}
