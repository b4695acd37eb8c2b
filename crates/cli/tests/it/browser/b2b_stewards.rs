//! A table steward's day: the organiser names a helper a steward of the B2B day on the stewards
//! page; the helper finds the check-in desk and the attendance page on the event's page and
//! records whether a meeting took place, seeing none of the organiser's links.

use super::events::{demo_with_events, open_mine};
use super::harness::{Journey, Viewport};
use super::steps::{at_both_widths, log_in, log_out, DEMO};

const EARLIER: &str = "B2B Spring Meetings";

at_both_widths!(a_steward_is_named_opens_the_desk_and_records_a_meeting);

async fn a_steward_is_named_opens_the_desk_and_records_a_meeting(v: Viewport) {
    let Some(j) = Journey::start("b2b-stewards", v).await else {
        return;
    };
    let app = demo_with_events().await;

    // The manager names Sam, the demo member, a steward of the day.
    let manager = j.person("manager", &app.base).await;
    log_in(&manager, "manager@demo.clusterhub.eu", DEMO).await;
    open_mine(&manager, EARLIER).await;
    manager
        .click_text("link", "Participants, meetings and statistics")
        .await;
    manager.click_text("link", "Table stewards").await;
    manager
        .fill("E-mail address of their account", "nobody@demo.clusterhub.eu")
        .await;
    manager.click_text("button", "Name a steward").await;
    manager.see("No account has this e-mail address").await;
    manager
        .fill("E-mail address of their account", "member@demo.clusterhub.eu")
        .await;
    manager.click_text("button", "Name a steward").await;
    manager.see("The steward is named").await;
    manager.see("member@demo.clusterhub.eu").await;
    manager.screenshot("named").await;
    log_out(&manager).await;

    // Sam finds the desk on the event's page, then the attendance page, and records a meeting
    // he does not take part in; the organiser's links are not there.
    let sam = j.person("member", &app.base).await;
    log_in(&sam, "member@demo.clusterhub.eu", DEMO).await;
    open_mine(&sam, EARLIER).await;
    sam.see("You are a table steward").await;
    sam.click_text("link", "Check-in desk").await;
    sam.see("QR code or check-in code").await;
    sam.not_see("Participants, meetings and statistics").await;
    sam.screenshot("desk").await;
    sam.click_text("link", "Attendance").await;
    sam.not_see("Re-fill freed slots").await;
    sam.click_text("link", "Show all meetings that have begun").await;
    sam.see("You take part: the organisers decide.").await;
    let label = sam.text_of("main label[for^=outcome-]").await;
    sam.select(&label, "neither came").await;
    sam.click_text("button", "Save").await;
    sam.see("The outcome is recorded.").await;
    sam.screenshot("recorded").await;
    j.finish();
}
