//! The follow-up of a B2B event in the browser: the organiser opens the dashboard from the
//! event's management page (its tables checked by axe-core like every page) and sets how long
//! requests wait and how often participants are reminded, a value out of range named first.

use super::harness::{Journey, Viewport};
use super::steps::{at_both_widths, log_in, nav, DEMO};
use crate::helpers::TestApp;

at_both_widths!(the_organiser_reads_the_dashboard_and_sets_the_follow_up);

async fn the_organiser_reads_the_dashboard_and_sets_the_follow_up(v: Viewport) {
    let Some(j) = Journey::start("b2b-follow-up", v).await else {
        return;
    };
    let app = TestApp::with_demo(120).await;
    clusterhub::demo::seed_accounts(&app.db.store)
        .await
        .expect("demo accounts");
    clusterhub::demo::seed_events(&app.db.store, 42)
        .await
        .expect("demo events");
    let manager = j.person("manager", &app.base).await;
    log_in(&manager, "manager@demo.clusterhub.eu", DEMO).await;
    nav(&manager, "Events").await;
    manager.click_text("link", "Your events").await;
    manager.click_text("main a", "B2B Matchmaking Day").await;
    manager
        .click_text("link", "Participants, meetings and statistics")
        .await;
    manager.click_text("link", "Dashboard").await;
    manager.see("Meeting requests").await;
    manager.see("Idle time").await;
    manager.see("Answers by stage, per round").await;
    manager.screenshot("dashboard").await;

    manager.click_text("link", "Requests and reminders").await;
    manager.fill("Days a request waits for its answer", "30").await;
    manager.click_text("button", "Save the settings").await;
    manager.see("Enter a number of days from 1 to 14.").await;
    manager.screenshot("refused").await;
    manager.fill("Days a request waits for its answer", "5").await;
    manager.click_text("button", "Save the settings").await;
    manager.see("The settings are saved.").await;
    j.finish();
}
