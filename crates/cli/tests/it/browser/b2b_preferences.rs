//! B2B preferences and compact schedules as the organiser lives them: the matchmaking settings
//! (hosted buyers, a maximum per person), a group meeting made and placed by the scheduler, and
//! the run's figures on the desk.

use super::events::{demo_with_events, open_mine};
use super::harness::{Journey, Viewport};
use super::steps::{at_both_widths, log_in, DEMO};

const COMING: &str = "B2B Matchmaking Day";

at_both_widths!(an_organiser_sets_hosted_buyers_limits_and_a_group_meeting);

async fn an_organiser_sets_hosted_buyers_limits_and_a_group_meeting(v: Viewport) {
    let Some(j) = Journey::start("b2b-preferences", v).await else {
        return;
    };
    let app = demo_with_events().await;
    let manager = j.person("manager", &app.base).await;
    log_in(&manager, "manager@demo.clusterhub.eu", DEMO).await;
    open_mine(&manager, COMING).await;
    manager
        .click_text("link", "Participants, meetings and statistics")
        .await;
    manager.click_text("link", "Matchmaking settings").await;

    // Hosted buyers, at most eight meetings each.
    manager.select("How meetings are made", "Hosted buyers").await;
    manager.fill("Most meetings per person", "8").await;
    manager.click_text("button", "Save settings").await;
    manager.see("The matchmaking settings are saved.").await;
    manager.screenshot("settings").await;

    // A group meeting: the first participant hosts the next two.
    manager.fill("Title", "Satellite primes meet SMEs").await;
    let host = manager.text_of("#group-host option:nth-child(2)").await;
    manager.select("Host", &host).await;
    for n in [2, 3] {
        let guest = manager
            .text_of(&format!("#group-guests .choices label:nth-of-type({n})"))
            .await;
        manager.check(&guest).await;
    }
    manager.click_text("button", "Add a group meeting").await;
    manager.see("The group meeting is saved.").await;
    manager.see("Satellite primes meet SMEs").await;
    manager.screenshot("group").await;

    // The scheduler places it; the desk shows the run's figures and where the group meets.
    manager
        .click_text("link", "Participants, meetings and statistics")
        .await;
    manager.click_text("button", "Run the scheduler").await;
    manager.see("The scheduler has run").await;
    manager.see("Must-meets placed").await;
    manager.see("Idle gaps").await;
    manager.see("Table changes").await;
    manager.see("Satellite primes meet SMEs").await;
    manager.screenshot("figures").await;
    j.finish();
}
