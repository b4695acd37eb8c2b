//! A cluster manager writes a news item in Markdown, looks at the preview, saves it, confirms
//! what the platform found it mentions and submits it; a moderator publishes it; a visitor finds
//! it through the list's filters and reads it, the mentions linked.

use super::harness::{Journey, Viewport};
use super::steps::{at_both_widths, demo_cluster, error_summary_has_focus, log_in, nav, unfold, DEMO};
use crate::helpers::TestApp;

at_both_widths!(a_news_item_is_written_previewed_published_and_read);

async fn a_news_item_is_written_previewed_published_and_read(v: Viewport) {
    let Some(j) = Journey::start("news", v).await else {
        return;
    };
    let app = TestApp::with_demo(60).await;
    clusterhub::demo::seed_accounts(&app.db.store)
        .await
        .expect("demo accounts");
    let cluster = demo_cluster(&app).await;
    let title = "Our members at the space industry days in Bremen";

    let manager = j.person("manager", &app.base).await;
    log_in(&manager, "manager@demo.clusterhub.eu", DEMO).await;
    nav(&manager, "News").await;
    manager
        .click_text("link", &format!("Write news for {}", cluster.name))
        .await;
    manager.select("Kind of news", "Talk or event summary").await;
    manager.fill("Title", title).await;
    // Saved without a lead: the summary names what is missing and takes the focus.
    manager.click_text("button", "Save draft").await;
    error_summary_has_focus(&manager, "Lead").await;
    manager
        .fill(
            "Lead",
            "Twelve members showed their satellite parts and test services; three signed agreements.",
        )
        .await;
    manager
        .fill(
            "Text",
            &format!("## Key messages\n\nMembers of {} met their customers.\n\n- Test capacity is the bottleneck for small suppliers.\n- **Joint proposals** shorten the way to flight heritage.\n\nSee the [programme](https://example.eu/space-days).", cluster.name),
        )
        .await;
    manager.fill("Language", "en").await;
    manager.fill("Tags", "space, trade-fair").await;
    manager.click_text("button", "Preview").await;
    manager.see("This preview is not saved yet").await;
    manager.see("Key messages").await;
    manager.screenshot("preview").await;
    manager.click_text("button", "Save draft").await;
    manager.see("Draft saved.").await;
    // The cluster is found in the text; the manager keeps the link.
    manager.see("What the text mentions").await;
    manager.screenshot("mentions").await;
    manager.click_text("button", "Save mentions").await;
    manager.see("Mentions saved.").await;
    manager.click_text("button", "Submit for review").await;
    manager.see("Submitted: a moderator will review it.").await;

    let mo = j.person("moderator", &app.base).await;
    log_in(&mo, "moderator@demo.clusterhub.eu", DEMO).await;
    nav(&mo, "Moderation").await;
    mo.click_text("link", "News to review").await;
    mo.see(title).await;
    mo.screenshot("queue").await;
    mo.click_text("button", "Publish").await;
    mo.see("Published.").await;

    let visitor = j.person("visitor", &app.base).await;
    visitor.goto("/").await;
    nav(&visitor, "News").await;
    // A narrow screen folds the filters under their heading.
    unfold(&visitor, "Filters").await;
    visitor.select("Tag", "trade-fair (1)").await;
    visitor.click_text("button", "Apply filters").await;
    visitor.click_text("link", title).await;
    visitor.see("Test capacity is the bottleneck").await;
    visitor.see(&format!("Mentions {}", cluster.name)).await;
    visitor.see(&format!("More news about {}", cluster.name)).await;
    visitor.screenshot("article").await;
    j.finish();
}
